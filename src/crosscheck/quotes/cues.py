"""The words that attribute: verbs and nouns of saying and thinking, speaker nouns, quote marks."""

from __future__ import annotations

import re



# Verbs that introduce what someone said, wrote or meant ("cues"). Lemmas, as spaCy gives them.
SPEECH_VERBS = frozenset("""
say tell add write warn claim state announce insist argue note explain declare confirm deny admit acknowledge
ask answer reply respond tweet post urge call describe predict promise vow caution stress suggest report recall
allege maintain estimate concede complain continue joke quip chant shout yell scream cry exclaim whisper mutter
remark observe comment testify conclude emphasize emphasise assert contend reason wonder question counter retort
agree echo dub label term quote cite recount characterize characterise pledge threaten demand plead beg boast brag
lament bemoan decry criticize criticise praise charge mock accuse blast slam rip tout hail proclaim rail reiterate
repeat confide inform advise recommend propose read put sum summarize summarise begin go point insist tell
predict thank lash fire hit attack dismiss deride ridicule brand name refer reveal disclose concur protest
bark snap fume gush beam sigh laugh grumble rage roar muse interject interrupt chime offer volunteer tease
exhort condemn denounce react assure talk portray blame challenge knock defend speak discuss credit imply pronounce
""".split())
# Inflected forms of speech verbs, for the attribution right after a quote, where the tagger often
# errs (after a closing mark "notes" is a plural noun, "Tulsa" a verb): read by form, not by tag.
SPEECH_FORMS = frozenset("""
reacted quoted said says told tells added adds wrote writes warned warns asked asks noted notes explained explains continued
continues argued argues insisted insists declared declares replied replies responded responds tweeted tweets
posted recalled recalls joked jokes quipped quips stated states announced announces claimed claims shouted
shouts exhorted exclaimed cautioned stressed stresses observed observes remarked remarks concluded concludes
acknowledged acknowledges admitted admits countered counters predicted predicts promised promises vowed vows
boasted boasts complained complains conceded concedes mused muses wondered wonders yelled screamed cried
chanted testified testifies recounted recounts reiterated reiterates agreed agrees suggested suggests
""".split())
_NOT_A_SUBJECT = {"that", "when", "while", "after", "before", "because", "if", "as", "since", "but", "and", "so",
                  "then", "also", "which", "who", "where", "although", "though"}
# Nouns of saying whose owner is the speaker: "her claim that ...", "Trump's remark that ...".
SAYING_NOUNS = frozenset("""
claim claims statement remark comment comments assertion argument insistence promise pledge warning suggestion
declaration admission denial accusation charge allegation prediction vow call description characterization
words remarks view belief contention message tweet response reply answer testimony
""".split())
# Writings that "say" what they hold: "a Bloomberg poll shows that ...", "the memo called it “...”".
DOCUMENT_NOUNS = frozenset("""
poll polls survey ad ads advertisement letter memo email e-mail book article editorial column tweet post video
transcript complaint lawsuit indictment petition website law rule rules bylaws document documents filing
analysis paper story headline speech interview release readout
""".split())
# Who may be quoted without a name in reported speech: "the spokesman said that ...".
SPEAKER_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official officials minister president governor commander general chief head
director mayor officer source sources analyst analysts envoy ambassador senator candidate nominee secretary
chairman chairwoman leader aide aides adviser advisor lawyer attorney police statement report campaign witness
witnesses expert experts resident residents company government ministry agency army military council committee
party court police group union office department spokespeople researchers scientists study
""".split())
PRONOUNS = {"he", "she", "they", "him", "her", "it", "we", "i", "you"}
# Cues of reported speech and thought (PolNeAR attributes beliefs, plans and findings too).
REPORTED_CUES = (SPEECH_VERBS | frozenset("""
believe think know expect want plan hope fear feel worry doubt find show indicate suggest support oppose endorse
understand assume suspect realize realise recognize intend decide refuse learn hear predict forecast project
anticipate demand seek urge mention hint signal determine conclude reject question insist acknowledge figure
hop see decline vote back express consider focus push view favor prefer remember highlight embrace deem advocate
accept encourage promote
""".split())) - frozenset("begin go continue put read fire hit knock react".split())
# Cues whose object is what was said or thought: "X criticized the plan", "a poll shows Clinton ahead".
_OBJECT_CUES = frozenset("""
cite offer note mention question support endorse oppose criticize criticise attack blast slam praise describe
call announce propose recommend demand deny admit acknowledge confirm reveal predict promise pledge estimate want
plan know believe expect find show suggest reject dismiss defend blame accuse charge discuss
back express consider view favor prefer remember tout highlight embrace accept promote see hop hope
""".split())
# Cues whose complement follows "for" or "on": "called for a special prosecutor", "pushed for ...".
_PREP_CUES = frozenset("call push argue ask press plead beg vote lobby campaign advocate".split())
# Cues whose "to ..." complement is not what was said ("began to", "went on to").
_NO_XCOMP = frozenset("begin go continue point put read talk speak try".split())
DESCRIPTIONS = re.compile(r"^(the|a|an)\s+(\w+\s+){0,3}(spokesman|spokeswoman|spokesperson|official|minister|"
                          r"president|governor|commander|general|chief|head|director|mayor|officer|source|"
                          r"coordinator|manager|trader|analyst|envoy|ambassador|senator|candidate|nominee|"
                          r"secretary|chairman|chairwoman|leader|aide|adviser|advisor|lawyer|attorney)\b", re.I)
_OPEN = {"“": "”", '"': '"', "«": "»"}
_MARKS = {"“", "”", '"', "«", "»"}
_DASHES = ("―", "—", "–", "-")
_NEXT_MARK = re.compile('[“"«]')
MIN_QUOTE_WORDS = 2  # shorter quotes are kept only when a speech verb attributes them
MIN_UNATTRIBUTED_WORDS = 4  # shorter unattributed quotes are scare quotes or titles
SAME_QUOTE_RATIO = 88  # rapidfuzz ratio of normalised texts for "the same quote, maybe reworded"
_VERBAL = ("VERB", "AUX")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with", "from", "vs"}


# Nouns of saying or stance whose owner holds what follows: "his claim that ...", "her support for ...".
NOMINAL_CUES = SAYING_NOUNS | frozenset("""
support criticism attack attacks question questions call plan proposal decision concern concerns opposition
hope hopes endorsement praise demand demands vow pledge insistence push defense defence case refusal
""".split())
_NOMINAL_PREPS = ("of", "about", "on", "for", "against", "to")
