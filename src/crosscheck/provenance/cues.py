"""The words that attribute and name sources: verbs of saying, the words a source phrase
stops at, pronouns, the nouns of persons, bodies, outlets and records, and the patterns built on them."""

from __future__ import annotations

import re

UNATTRIBUTED = "unattributed"

# Verbs of saying whose subject is a source: "the ministry said", "police confirmed".
SAYING = frozenset("""
said says say told tells reported reports announced announces confirmed confirms stated states added adds
estimated estimates warned warns explained explains noted notes claimed claims insisted insists wrote writes
tweeted tweets posted posts quoted quotes cited cites revealed reveals disclosed discloses acknowledged
acknowledges admitted admits indicated indicates showed shows show put puts counted counts recorded records
believes believe
accused accuses denied denies
testified testifies yelled yells shouted shouts identified identifies cautioned cautions concluded concludes
argued argues allege alleges claim argue insist deny
listed lists tallied tallies report
places placed values valued
suggest suggests suggested propose proposes proposed contend contends contended conclude putting placing
""".split())
# Verbs after which the speaker follows: "..., said the spokesman", "..., according to X".
INVERTED = frozenset("said says say added told reported reports wrote noted explained warned conclude concludes concluded"
                     .split())  # ("say": "..., say the Local Committees (LC), a network of ...", issue 22q; its acronym may follow)
# Words that end a source phrase read from its cue outwards.
_STOP = frozenset("""
that on in at who which whose as when while after before because to since where with from during said says
told tells reported reports added announced confirmed stated estimated was were is are has have had will would
could may might but and or so if than though although about over under into via including per there
""".split())
# Words that may sit between a subject and its verb: "the ministry also said", "police have confirmed".
_BETWEEN = frozenset("also later earlier previously has have had was were is are initially separately then "
                     "again further subsequently first yesterday today only still now".split())
# "recently", "reportedly", "initially", "publicly" (lowercase, so not "Kelly"; not "family", "tally")
_ADVERB = re.compile(r"[a-z]{3,}(?:al|ent|ant|ed|ous|ic|te|ck|ct|ar|ss|se|ful|re|ve|st)ly")
_ARTICLES = ("the ", "a ", "an ", "its ", "his ", "her ", "their ", "our ")
PRONOUNS = frozenset("he she they it we i him her them".split())
PERSON_PRONOUNS = frozenset("he she i him her".split())
# Heads of a description of one person ("a Lebanese analyst"): who "he" or "she" may be.
PERSON_NOUNS = frozenset("""
official spokesman spokeswoman spokesperson minister president governor expert analyst scientist researcher
source correspondent reporter witness resident lawyer attorney prosecutor judge doctor commander lawmaker leader
chief director head officer envoy ambassador secretary mayor adviser advisor aide commentator professor economist
diplomat observer academic historian cousin sister brother mother father friend neighbour neighbor user
commissioner eyewitness representative congressman congresswoman activist journalist
sheriff monsignor bishop archbishop reverend pastor priest rector detective sergeant captain lieutenant senator
nominee candidate contender frontrunner front-runner
""".split())
# Titles a report writes shortened before a name ("Msgr. Farmer", "Sgt. Ruiz"): "the monsignor" is that person
TITLE_ABBREVIATIONS = {"monsignor": "Msgr", "sergeant": "Sgt", "lieutenant": "Lt", "captain": "Capt", "governor": "Gov",
                       "senator": "Sen", "representative": "Rep", "detective": "Det", "reverend": "Rev",
                       "professor": "Prof", "superintendent": "Supt", "inspector": "Insp", "sister": "Sr",
                       "father": "Fr", "doctor": "Dr", "general": "Gen", "colonel": "Col"}

# Outlets and news agencies by name, and the nouns that make a phrase an outlet ("state television").
OUTLET_NAMES = re.compile(r"\b(reuters|associated press|ap|afp|agence france[- ]presse|xinhua|bbc|cnn|al jazeera|"
                          r"bloomberg|new york times|washington post|guardian|le monde|le figaro|kyodo|yonhap|tass|"
                          r"ria novosti|interfax|irna|fars|isna|sana|kcna|nhk|fox news|nbc|abc|cbs|sky news|agence[- ]france[- ]presse|"
                          r"spiegel|el pa[ií]s|ansa|dpa|efe|pti|anadolu|wafa|haaretz|times of israel|"
                          r"jerusalem post|the times|telegraph|independent|wall street journal|usa today|politico|"
                          r"npr|pbs|the hill|axios|msnbc|ntv|itar-tass|upi|press trust of india|asahi|"
                          r"mainichi|yomiuri|ria|sputnik|rt|cctv|global times|people's daily|dawn|al arabiya|"
                          r"financial times|economist|time magazine|newsweek|daily mail|mirror|sun|huffington post|"
                          r"breitbart|axios|vice|buzzfeed|ynet|times)\b", re.I)
# The last word of a newspaper's or a programme's title ("the LA Times", "the New York Daily News", "the Boston
# Herald"): a phrase in title case that ends in one is an outlet.
MASTHEADS = frozenset("""
times post news journal herald tribune gazette chronicle observer globe inquirer examiner courier bulletin
register dispatch star sun mail express standard telegraph newsday press mirror record review today weekly
advertiser enquirer sentinel reporter
""".split())
_COMMON_MASTHEADS = frozenset("record review today register standard press express weekly star sun news reporter".split())
# Broadcasters and sites known by a short name ("NY1", "ESPN", "TMZ") and US call signs ("KTLA", "WCVB").
_SHORT_OUTLETS = re.compile(r"(?:ny1|espn|tmz|newsday|yahoo!?(?: news| sports)?|suna|mena|bernama|antara)(?:\.com)?")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-TV)?")
OUTLET_NOUNS = re.compile(r"\b(newspaper|news agency|agency news|wire service|television|tv|radio|broadcaster|"
                          r"daily|media|outlet|news site|website|channel|magazine|tabloid|state media|"
                          r"press agency|news network|network|(?:news|tv|television|radio) stations?|newspapers|networks|"
                          r"broadcasters|outlets|news outlets|media outlets|news wires?|wire services)\b", re.I)
# Nouns by which a report refers back to an outlet it named ("the newspaper said", "the news stations said",
# "the paper said", "the news wire said"): that outlet, as "the ministry" is the ministry the report names.
OUTLET_DESCRIPTIONS = frozenset("""
newspaper newspapers paper station stations network networks broadcaster channel outlet outlets wire agency
daily tabloid website site magazine
""".split())
# Bodies by a noun that names a place as much as a body: "the hospital said" is one the report names with that word
# (``mentions.resolve``), never the nearest organisation (issue 19p, twentieth session).
PLACE_BODY_NOUNS = frozenset("hospital clinic university college school academy".split())
# Heads of a description that stands for an organisation the report names: "the charity" -> MSF.
BODY_NOUNS = frozenset("""
ministry department charity group organisation organization agency company firm body committee council
commission union association office service authority institute agency foundation society bank fund
league alliance federation
""".split()) | PLACE_BODY_NOUNS
_MARKS = frozenset("\"“”«»")
# Heads of a phrase that can be a source though not a name: "officials said", "a count put", "pictures showed".
SOURCE_NOUNS = frozenset("""
official officials spokesman spokeswoman spokesperson spokesmen minister ministry president governor police
authorities authority government agency experts expert analysts analyst scientists researchers sources source
correspondent correspondents reporter reporters witness witnesses residents resident lawyer lawyers attorney
attorneys prosecution prosecutors prosecutor defense defence jury judge court council committee group union party
campaign aides aide adviser advisers advisor estimate estimates report reports poll polls survey surveys study studies statement
doctors doctor medics army military commanders commander lawmakers team company leader leaders chief director
head officer officers envoy ambassador secretary mayor commission office department board bank fund organisation
organization charity neighbours neighbors family relatives survivors pictures images footage count tally figures
data census records panel teams workers staff operator spokespeople administration embassy consulate service
monitor observatory coalition rebels troops forces opposition activists protesters organisers organizers media
commentator commentators professor professors economist economists diplomat diplomats observer observers
academic academics historian historians firefighters paramedics autopsy cops cousin sister brother user users
woman women man men people person barber barbers teacher teachers student students nurse nurses shopkeeper owner
driver farmer pastor priest imam councilman councilwoman congressman congresswoman senator bystander bystanders
passenger passengers victim victims relative uncle aunt son daughter wife husband girlfriend boyfriend coach
employee employees worker friend friends neighbour neighbor father mother parents fans
refugees refugee villagers villager locals citizens demonstrators rescuers soldiers commissioner commissioners
detectives detective investigators investigator deputies deputy troopers trooper agents
co-worker co-workers coworker coworkers colleague colleagues investigation investigations inquiry probe case
representative representatives gunman gunmen shooter suspect suspects defendant defendants communique communiqué memo affidavit indictment filing
sheriff monsignor bishop archbishop reverend rector sergeant captain lieutenant
defenders supporters critics detractors opponents members followers backers allies loyalists
voice voices announcement speech remarks testimony state
note letter email e-mail cable charges complaint
eyewitness eyewitnesses league alliance federation
teen teens teenager teenagers boy boys girl girls youth kid kids account accounts
city county
nominee nominees candidate candidates contender contenders frontrunner front-runner hopeful hopefuls
""".split())
_NOT_SOURCES = frozenset("nobody views it this that there some many most others which what who you i we".split())
_PASSIVE = frozenset("been being be was were is are".split())
_CONNECTIVE = r"(?:(?:However|But|Meanwhile|And|Still|Yet|Later|Earlier|Separately),?\s+)?"
# "Earlier this year, Amy Bishop ... was charged": a short time phrase may open the sentence before its subject
_OPENING_TIME = r"(?:(?:Earlier|Later|Last|In|On|This|Since|After|Before)(?:\s+[\w'’-]+){1,3},\s+)?"
_SUBJECT_PREFIX = re.compile(r"\s*" + _CONNECTIVE + _OPENING_TIME + r"(?:(?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+)?")
# (the title capitalised as a name's: "President Obama backed her up ...", "Police Chief Randy Wright said")
_TITLE_BEFORE = re.compile(r"\s*" + _CONNECTIVE + r"(?:[A-Za-z][\w'’.-]*\s+){0,4}?(?i:" + "|".join(sorted(PERSON_NOUNS)) +
                           r")\s+(?:(?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+)?")
_TITLED = re.compile(r"\s*((?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+[A-Z][\w'’-]+)\s+[a-z]")
_APPOSED_PREFIX = re.compile(r"\s*(?:An?|The)\s(?:[\w-]+\s){0,3}?(\w+)(?:\s(?:of|at|for|from|in)\s[^,\"“”]{0,70})?,\s*")
_OF_OUTLET = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w.&'’!-]*(?:\s+[A-Z][\w.&'’!-]*){0,4})")
_OUTLETS_OWN = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w.&!-]*(?:\s+[A-Z][\w.&!-]*){0,4})['’]s\s+(?:[a-z]+\s+){0,2}$")
_CUT = re.compile(r"\b(?:[ap]\.m|[A-Z][a-z]?|Jr|Sr|St|No|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Mt|U\.S|Msgr|Rev|Det|Supt|Insp|"
                  r"Prof|Maj|Cmdr|Adm)\.\s*$")
MAX_REACH = 250  # characters between an attribution's cue and the item it covers
# a dash written with hyphens ("according to police - - the women were shot", "--") is one token, "—"
_WORD = re.compile(r"[\w][\w.'’&-]*|[,.;:!?()\"“”—–]|(?<=\s)-\s?-(?=\s)")
# "Al-Watan, a state-run newspaper, said": a name the report says is an outlet
_OUTLET_APPOSED = re.compile(r",\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:newspaper|daily|tabloid|broadcaster|"
                             r"channel|station|network|news agency|news site|website|magazine|weekly)\s*,")
# a sentence opening with a bare name as its subject: "Epstein was asked ...", "Kelly has said ..."
_BARE_SUBJECT = re.compile(r"\s*(?:(?:However|But|Meanwhile|And|Still|Yet|Later|Earlier),?\s+)?"
                           r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:was|is|has|had|did|does|[a-z]+ed|[a-z]+s)\b")
# Who does research: what such a subject "found" is a finding it states ("The researchers found that 40 percent ...",
# "scientists found"), as a record's is (a person who "found" something says nothing by it: "police found the body")
# The days of the week, lower case: a day after a name or a verb ("told KXYZ Monday") is no part of the name.
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

RESEARCHERS = frozenset("""
researchers researcher scientists scientist authors author team archaeologists archaeologist astronomers
epidemiologists biologists geologists
""".split())
# A report's opening agency ("(CNN) The Trump administration ...", "CAIRO (Reuters) - ..."): its own house
_HOUSE_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z .,'’-]{1,40})?\(([A-Z][\w .&-]{1,30})\)\s*[-–—]*\s")
# Records that "show" something ("Gray's autopsy showed", "a poll shows"): a person who "showed the footage" says nothing
_RECORDS = frozenset("""
pictures images footage video videos count tally figures data census records autopsy poll polls survey study studies
report reports statement estimate estimates results tests test analysis map maps documents document records
paper papers
""".split())
# reading: words after which a report is named ("following a report"), objects, clause openers, going on
_FOLLOWING = frozenset("following after amid despite denying confirming".split())
_OBJECT_WORDS = frozenset("the a an his her their its him them us me my our your this that these those".split())
_CLAUSE_OPENERS = frozenset("he she they it we i that there this".split())
_GOING_ON = frozenset("adding noting explaining insisting stressing".split())
# "Smith and colleagues report in one of the papers": the people who work with a named researcher
_COLLEAGUES = frozenset("colleagues co-authors coauthors co-workers".split())
