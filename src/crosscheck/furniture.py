"""Page furniture inside a report's sentences: what reads like a sentence of the story but is not.

A web page flattened to text glues its headline, teaser, byline, timestamp and dateline to the lead
("Dozens missing in Peru landslide A heavy toll is feared ..."), leaves photo captions and
player widgets as lines of their own, and may carry readers' comments below the article ("At 09:15 pm
on 3 Mar 2012, RiverMeadow77 wrote: ..."). Plain functions over text, used by the brief (issue 20); any
stage may call them (they import nothing of the pipeline).

- ``is_furniture(text)``: a caption, byline, credit or widget line.
- ``lead_of(text)``: the sentence with a headline, teaser, byline, timestamp or dateline glued before
  it removed; None when no sentence of the story is left (a headline and a caption, a teaser list).
- ``comments_start(text)``: the offset where readers' comments begin in a report, or None.
- ``stands_alone(text)``: whether a sentence can be read away from its report (the brief's sentences and the
  timeline's events).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .abbreviations import NO_END_WORD
from .given_names import given_name_gender

# A photo caption ("An electron micrograph of the virus.", "Photograph: Reuters", "Gadhafi, left, and Obama
# meet ...", "in this handout photograph"), a byline ("By Amal Nasser, Red Sea Wire"), a dateline that stayed
# glued to its sentence's start, a credit line, a media player's or a page's widget text.
_FURNITURE = re.compile(
    r"^(?:an?|the)\s+(?:\w+\s+){0,3}?(?:photo(?:graph)?|picture|image|micrograph|file photo|still|screenshot|"
    r"illustration|graphic|map)\s+(?:of|shows|showing|taken)\b"
    r"|\b(?:photograph|photo|picture|image|illustration)\s*:\s*\S"
    r"|\((?:photo|picture|image|file|afp|ap|reuters|getty)[^()]{0,40}\)\s*$"
    r"|\((?:[\w .-]{1,30}/)?(?:youtube|video|c-span)\)\s*$"  # a video's credit: "... (CNN/YouTube)"
    r"|^by\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|"
    r"then|now|the|late|early|noon|midnight|nightfall|dawn|this|last|next|mid)[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:,|$|\||\bfor\b)"
    r"|\b(?:all rights reserved|copyright ©?|click here|sign up|subscribe|read more|related:)\b"
    # issue 20v: captions that name who stands where, handout pictures, player and page widgets
    r"|,\s*(?:left|right|centre|center|second (?:left|right)|front|rear|top|bottom)\s*,"
    r"|\(\s*(?:left|right|centre|center|back|front|rear|top|bottom|inset|pictured)\s*\)"  # "Ana Ruiz (back) and ..."
    r"|\b(?:in this|a) (?:\w+ )?(?:handout )?(?:photo(?:graph)?|picture|image|video grab|still)\b"
    r"|\bhandout (?:photo(?:graph)?|picture|image)\b"
    r"|\b(?:can ?not|unable to) play (?:this )?media\b|\bnot available in your territory\b"
    # A media player's notice left in a saved page's text ("To play this content JavaScript must be turned on and the
    # latest Flash player installed.": a brief sentence in the tenth session's new-user run). Anchored on the notice's
    # own opening, so a story about browsers or cookie rules stays (review s11).
    r"|^(?:to (?:play|watch|view|see|hear|listen to) this\b|please (?:enable|turn on|install|update)\b|you need\b"
    r"|your (?:web )?browser\b)[^.]{0,80}\b(?:javascript|flash|browser|plug-?in|html5|video|audio|media|player)\b"
    r"|\beditor'?s note\s*:|\blast updated at\b|^(?:watch|video|listen|audio|gallery|pictures|in pictures)\s*:"
    r"|^(?:an? |the )?(?:aerial )?(?:images?|pictures?|photo(?:graph)?s?|footage|video|views?)\s+(?:from|of|taken|released|sent)\b"
    # A gallery's numbered picture and an agency's dated file photo, read in the seventeenth session's labelling of the
    # dev briefs ("Photograph number four of a set of 12, showing ...", "In this June 3, 1998, file photo, a man ..."):
    r"|^photo(?:graph)?\s+(?:no\.?|number)\s+\w+|\b(?:photo(?:graph)?|picture|image)\s+\d+\s+of\s+\d+\b"
    r"|^in this (?:[a-z]+\.? \d{1,2}, \d{4},? |\d{4},? )(?:file |handout |undated )?(?:photo(?:graph)?|picture|image|video)\b"
    # Read in the eighteenth session's labelling of the dev briefs and titles: a page's "View Images" button, which a
    # saved page puts before the picture's caption ("View Images Originally the two planets had ..."), and a video
    # page's "Story highlights" list.
    r"|^view (?:images|photos|gallery)\b|\bstory highlights\b",
    re.IGNORECASE)
# A video player's close button left before the video's caption ("CLOSE The mayor says the city will ..."): in
# capitals only, since "Close to 500 people ..." opens a sentence of the story.
_PLAYER_BUTTON = re.compile(r"^CLOSE\s+(?=[A-Z\"“])")

# A dateline glued to the start of a lead sentence: the sentence is kept, the dateline is not.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([A-Z][\w .&'-]{1,30}\))?\s*[-–—]+\s*"
                       r"(?=[A-Z\"“‘])")


def is_furniture(text: str) -> bool:
    """Is this line a caption, byline, credit or widget rather than a sentence of the story?"""
    text = text.strip()
    return bool(_FURNITURE.search(text) or _PLAYER_BUTTON.match(text))


# An agency's dateline written in title case, with or without a dash after the credit ("Varna (CNN) The mayor ...",
# "Varna, Bulgaria (Reuters) - ..."): the agency's name in brackets is what makes it one (eighteenth session's labels).
_AGENCY_DATELINE = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:,\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2})?"
                              r"\s*\(\s*(?:CNN|Reuters|AP|AFP|UPI|AAP|dpa|Xinhua|BBC|Bloomberg)\s*\)\s*[-–—:]*\s*"
                              r"(?=[A-Z\"“‘])")


def without_dateline(text: str) -> str:
    """The sentence without a dateline glued to its start ("HODEIDAH, Yemen (Reuters) - A storm ...")."""
    m = _DATELINE.match(text) or _AGENCY_DATELINE.match(text)
    return text[m.end():] if m and len(text) - m.end() > 20 else text


# ---------------------------------------------------------------- run-ons (issue 20v)

# Where a headline, teaser or caption ends and the lead begins, with nothing between them: a word
# without a stop, then a capitalised word that opens sentences and never follows such a word inside
# one ("... in Haiti quake A major loss ...", "... spill of national significance The US Coast Guard ...",
# "... pandemic panic After a deadly outbreak ...", "Wednesday 13 January It is feared ...").
_OPENERS = ("A|An|The|This|These|Those|It|He|She|They|We|There|Thousands|Hundreds|Dozens|Millions|Up|More|"
            "Many|Some|Most|After|As|When|While|But|Tens|Officials|Rescuers|Police|With|Despite|Amid|Although")
_SEAM = re.compile(r"(?<=[\w\"”’')%])\s+(?=(?:" + _OPENERS + r")\s+\S)")
# A preposition that opens sentences, capitalised after a lower-case word and before an article or a possessive
# ("... the old bridge in pieces after the flood | In our series of letters ...": a caption run into a standfirst, the
# shape seen in a fresh story's brief, nineteenth session). Not in _OPENERS: after a capitalised word it is a title's ("Lost In
# Translation", "Made In Dagenham"), so only after a lower-case word (``_after_word``).
_PREPOSITION_SEAM = re.compile(r"(?<=[a-z])\s+(?=(?:In|At|On|During|Since|Before|Following|Over|For)\s+"
                               r"(?:the|a|an|our|his|her|their|its|this|that|these|those|recent|[0-9])\b)")
# A caption run into a lead that opens on a count in words ("Tamiflu has been given to pupils at the school | Four
# children and one adult ... have been diagnosed": twenty-first session, a new user's flu pile, whose title carried
# both). A number word inside a name ("Formula One", "World War Two", "BBC Two", "Group of Eight") is no seam: those
# words before it are listed, "One" is never an opener, and a lower-case word must follow the count.
_NUMBER_SEAM = re.compile(r"(?<=[\w\"”’')%])\s+(?=(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                          r"Fifteen|Twenty|Thirty|Forty|Fifty)\s+[a-z]{3,}\b)")
_NUMBERED_NAME_WORDS = frozenset("formula war channel force big top catch page chapter phase level category division "
                                 "league act part volume stage grade class number no apollo group season series "
                                 "square ocean's oceans gang tier section article bbc itv radio year form".split())
# A standfirst that ends on who says it, run into a lead that opens on a title and a name ("... a chance to reform
# oil use, says Dana K. Whitlow | President Ana Ruiz has made four trips ...": twentieth session, a new user's
# oil-spill pile). The sayer's first word must be a given name, so that "says European Commission | President ..."
# or "said US | President ..." (a title's own words) is no seam.
_SAYER_SEAM = re.compile(r",\s+(?:says|said)\s+([A-Z][a-z]+)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}\s+(?=(?:President|"
                         r"Prime|Secretary|Senator|Sen\.|Governor|Gov\.|General|Gen\.|Mr|Mrs|Ms|Dr)\.?\s+[A-Z])")
# Before these, a capitalised article inside a sentence is a title or a name: "told The Associated Press",
# "in The Hague", "vitamin A", "influenza A (H1N1)".
_NAME_BEFORE = {
    "to", "in", "of", "by", "at", "on", "from", "for", "with", "into", "told", "said", "says", "say", "tells",
    "reported", "reports", "according", "wrote", "writes", "called", "named", "titled", "read", "reads", "see",
    "watch", "and", "or", "the", "a", "an", "than", "like", "about", "vitamin", "type", "plan", "grade", "class",
    "category", "group", "influenza", "flu", "hepatitis", "size", "row", "block", "section", "level", "part", "is",
    "was", "are", "were", "be", "as", "that", "via", "host", "star", "ceo", "chief", "president", "minister"}
_TITLE_OPENERS = {"A", "An", "The", "Police", "Officials", "Rescuers", "Some", "Many", "Most"}
_FUNCTION_CAPS = {"In", "At", "On", "Of", "To", "For", "From", "By", "With", "And", "Or", "But", "As", "When", "If",
                  "While", "After", "Before", "Since", "Until", "Like", "Than", "Mr", "Mrs", "Ms", "Dr", "St"}
# A page's timestamp or an agency dateline glued before the lead: "Tuesday 28 April 2009 17.37 BST",
# "9 March 2013 Last updated at 08:20 GMT Help", "Tuesday, May 11, 2010; 4:12 PM",
# "QUITO | Tue Mar 14, 2017 10:41 am GMT QUITO ( Reuters ) -", "June 8, 2012 | By Ana Ruiz, CNN".
_STAMP = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:BST|GMT|UTC|CET|CEST|EDT|EST|CDT|CST|PDT|PST|ET)\b(?:\s+Help\b)?"
    r"(?=\s*(?:$|[A-Z\"“(]))"
    r"|\b\d{1,2}:\d{2}\s*[AP]M\b(?=\s*(?:$|[A-Z\"“(]))"
    r"|\(\s*(?:Reuters|AP|AFP|CNN|UPI|AAP|dpa|Xinhua|BBC)\s*\)\s*[-–—]+"
    r"|\bBy the \w+ Wire Staff\b"
    r"|^[A-Z][a-z]+ \d{1,2}, \d{4}\s*\|\s*By [^,]{3,40},\s*[A-Z]\w+")
# Highlights, teaser lists and notes never make a sentence, whatever follows them.
_TEASER = re.compile(r"\bNEW:|\bEditor'?s Note:|\bStory highlights\b|^\W*cents\b|\bRELATED\b")


def stamp_spans(text: str) -> list[tuple[int, int]]:
    """Where a page's timestamp or an agency's dateline stands in a sentence ("09.33 BST", "( Reuters ) -"): the
    (start, end) of each; the date just before a timestamp is the page's, not the story's (issue 20, eighth session)."""
    return [m.span() for m in _STAMP.finditer(text)]


# Before a page's stamp stand only dates, days, places, bars and these words ("Last updated at 08:20 GMT"); a clock
# time after a lower-case word of a sentence ("the flow stopped at 2:25 p.m. EDT Tuesday") is the story's own.
_STAMP_HEAD_WORDS = {"am", "pm", "a.m.", "p.m.", "last", "updated", "at", "on", "published", "posted", "modified"}


def _at_head(text: str, start: int) -> bool:
    """Is a stamp starting at ``start`` page furniture at the head of the sentence, not a clock time inside it?"""
    return all(w.lower() in _STAMP_HEAD_WORDS for w in re.findall(r"\b[a-z][\w.']*", text[:start]))


def head_stamp_end(text: str) -> int:
    """Where the page's stamps at the head of ``text`` end (0 when none): what a reader never sees as the story's."""
    return max((end for start, end in stamp_spans(text) if _at_head(text, start)), default=0)


_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]\s]*$")
# Words after which a stop does not end a sentence: a sentence ending on one was cut ("... from a ridge in
# Aoraki/Mt.", "said Troy police Lt.").
_CUT_AFTER = re.compile(r"(?:^|[\s/(])(?:" + NO_END_WORD + r"|U\.S|[A-Z])\.$")
MIN_LEAD_WORDS = 8
MIN_AFTER_SEAM = 10  # what follows a headline cut off must be a whole sentence, not a caption's few words
# A headline or caption running into a lead that opens on a body named by its country ("... wave of
# demonstrations Syrian President Bashar al-Assad has ...", "... precautions in place UN health officials ...").
_BODY_SEAM = re.compile(r"(?<=[a-z])\s+(?=(?:[A-Z][a-z]+(?:an|ian|ese|ish|i)|[A-Z]{2,4})\s+(?:President|Prime Minister|"
                        r"authorities|officials|health officials|forces|troops|government|leader|army|military|"
                        r"state media|state television|aid workers|aid agencies|rescuers|rescue teams|soldiers|"
                        r"doctors|diplomats|lawmakers|investigators|protesters|rebels|police|charities|aid)\b)")


# A page's pull quote or a video's headline before the lead: a few words, a colon, a quoted line, then a capital
# ('Mayor Ruiz: "We will rebuild" Crews worked ...'), seen glued before the leads of the dev stories' titles (s17).
_PULL_QUOTE = re.compile(r"^(?:[\w'’.-]+\s+){0,4}[\w'’.-]+:\s*[\"“‘`].{3,150}?[\"”’']\s+(?=[A-Z])")
# A page's dated stamp inside a headline's run-on ("... of world importance Saturday 3 May 2005 16.16 GMT Troops
# ..."): a weekday or day, a month and a year right before the clock, so not a clock time of the story's own.
_DATED_STAMP = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?"
                          r"\s+\d{1,2},)\s+\d{4},?\s+\d{1,2}[:.]\d{2}\s*(?:BST|GMT|UTC|CET|CEST|EDT|EST|CDT|CST|PDT|PST|ET)\b"
                          r"(?=\s+[A-Z\"“])")
# A picture gallery's buttons and caption run into the lead ("1 of 8 ... Skip Ad × Crews clear a road View Photos
# Rescue teams in Varna ..."): its "View Photos" button closes the gallery; what follows is the lead (the eighteenth
# session's labels).
_GALLERY_END = re.compile(r"\b(?:View Photos|Skip Ad\s*×|Full Article)\s+(?=[A-Z\"“])")
# An agency's dateline inside a report's first lines, after the page's headline, teaser or stamp ("... port strike
# spreads VARNA ( Reuters ) - Dock workers ...", '... vows to "rebuild" Varna, Bulgaria ( CNN ) -- Crews ...'): the
# place in capitals or title case, the agency in brackets, a dash; what stands before it is the page's.
_WIRE_DATELINE = re.compile(r"\b[A-Z][\w.'/-]+(?:,?\s+[A-Z][\w.'/-]+){0,3}\s*\(\s*(?:Reuters|AP|AFP|CNN|UPI)\s*\)"
                            r"\s*[-–—]+\s*(?=[A-Z\"“‘])")
# An agency's credit glued before the lead ("AP In what is ..."): the agency alone, then a sentence's first word.
_CREDIT_HEAD = re.compile(r"^(?:AP|AFP|UPI)\s+(?=(?:" + _OPENERS + r"|In|On|At)\s)")


# A plural noun the story writes in lower case, capitalised after a lower-case word and followed by one of these, opens
# a glued sentence ("... flood crews home after rescue mission | Teams from around the country were ...", the shape of a
# fresh story's brief, nineteenth session); "of" and "for" stay out: a plural before them opens names ("Friends of the Earth", "Doctors for Haiti").
_PLURAL_SUBJECT_AFTER = frozenset({"from", "across", "around", "in", "at", "on"})
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
_WORD_SEAM = re.compile(r"(?<=[\w'’])\s+(?=([A-Z][a-z]+)\s+([a-z][a-z'’-]*)\b)")


def _after_word(before: list[str]) -> bool:
    """Can a glued sentence start after these words: the last a lowercase word (not a function word), or one
    capitalised word after such a word ("... have reached Port-au-Prince | British aid workers ...")?"""
    if len(before) < 3:
        return False
    word = before[-1]
    if word.lower() in _function_words():
        return False
    if word.replace("-", "").isalpha() and word.islower():
        return True
    if not (word[:1].isupper() and word.replace("-", "").isalpha()) or word in _TITLES:
        return False
    return (len(before) >= 4 and before[-2].isalpha() and before[-2].islower()
            and before[-2] not in _function_words())


# The words before a verb whose object follows it: "to halt | Freedonian leader Omar Quist's raids", "a push to
# urge | Freedonian leader ... to quit" (a fresh Libya pile, twenty-second session: two leads lost their opening
# words, and a key date opened on the leader's title).
_BEFORE_A_VERB = frozenset("to will would could should may might must can cannot not".split())


def _takes_an_object(before: list[str]) -> bool:
    """Is the last word a verb after "to" or a modal, whose object the words after it are?"""
    return len(before) >= 2 and before[-2].lower() in _BEFORE_A_VERB and before[-1].isalpha() and before[-1].islower()


def _seams(text: str, common: frozenset[str] | set[str] = frozenset()) -> list[int]:
    """Offsets in ``text`` where a glued lead, or a glued caption, starts. ``common``: words the story writes
    in lower case; one of them capitalised after a word, then a lower-case word, opens a glued sentence
    ("... hampered by blockages | Makeshift camps are sprouting ...", "... in Haiti rubble | Rescue teams ...")."""
    out = []
    for m in _SEAM.finditer(text):
        before = text[:m.start()].split()
        word = before[-1] if before else ""
        bare = word.strip("\"”’')%")
        after = text[m.end():].split(None, 2)
        opener, following = after[0], (after[1] if len(after) > 1 else "")
        if not bare:
            continue  # an opening quote: '" The youth ...'
        if len(before) < 2 and bare in _FUNCTION_CAPS:
            continue
        if opener in _TITLE_OPENERS and (bare.lower() in _NAME_BEFORE and word == bare or bare in _FUNCTION_CAPS):
            continue  # "told The Associated Press", "in The Hague", "according to Police Chief ..."
        if opener in ("He", "She", "It") and (following[:1].isupper() or following[:1] in "(“\""):
            continue  # "vice premier He Lifeng"
        if opener in ("A", "An") and (following[:1] in "(“\"&" or following.isupper()
                                      or following[:1].isalpha() and any(c.isdigit() for c in following)):
            continue  # "influenza A (H1N1)", "the A H1N1 virus", "A&E"; "... from Mexico A 23-month-old ..." is a seam
        if opener == "The" and word != bare and word[-1] in "'’" and not bare.endswith(("s", "S")):
            continue
        out.append(m.end())
    for m in _PULL_QUOTE.finditer(text):
        out.append(m.end())  # 'Name: "a quoted line" The lead ...': the page's pull quote before its lead
    for m in _BODY_SEAM.finditer(text):
        before = text[:m.start()].split()
        if _after_word(before) and not _takes_an_object(before):
            out.append(m.end())
    for m in _SAYER_SEAM.finditer(text):
        if given_name_gender(m.group(1)) is not None:
            out.append(m.end())
    for m in _NUMBER_SEAM.finditer(text):
        before = text[:m.start()].split()
        word = before[-1].strip("\"”’')").lower() if len(before) >= 4 else ""
        if word and word not in _NUMBERED_NAME_WORDS and word not in _function_words():  # "Group of Eight"
            out.append(m.end())
    for m in _PREPOSITION_SEAM.finditer(text):
        before = text[:m.start()].split()
        if _after_word(before) and before[-1].isalpha() and before[-1].islower():
            out.append(m.end())
    if common:
        for m in _WORD_SEAM.finditer(text):
            word, following = m.group(1), m.group(2)
            if (word.lower() not in common or word.lower() in _CALENDAR or word in _TITLES
                    or word.lower().endswith(("ic", "an", "ian", "ish", "ese", "ist", "ern"))):
                continue  # a name, a day or month, a title before a name, a party or a people ("Democratic ...")
            if following in _function_words() and following not in _VERBS and not (
                    following in _PLURAL_SUBJECT_AFTER and word.endswith("s") and not word.endswith("ss")):
                continue  # "Hope of the ...": too weak a sign
            before = text[:m.start()].split()
            # after a lower-case word only: a capitalised word after a name is the name's ("the White House",
            # "the Coast Guard", "Royal Oak", "the Red Cross")
            if _after_word(before) and before[-1].replace("-", "").isalpha() and before[-1].islower():
                out.append(m.end())
            elif _label_before(before, word, following):
                out.append(m.end())
    return sorted(set(out))


# A section's label before a lead that opens on a plural the story writes in lower case and "including" ("... reappraised
# by the Digest | Singers including ...", the shape of a fresh story's brief, twentieth session): after "the" and one
# capitalised word (a section's or a page's name). Any other word after the plural keeps a name whole: an audit of the
# dev and fdev reports' sentences found "the United States and", "the Armed Forces said", "the Marshall Islands has",
# "the Academy Awards are", "the Sunday Times newspaper", all names.
def _label_before(before: list[str], word: str, following: str) -> bool:
    if following != "including" or len(before) < 4 or before[-2].lower() != "the" or not word.endswith("s") \
            or word.endswith("ss"):
        return False
    label = before[-1]
    return label[:1].isupper() and label[1:].islower() and label.isalpha() and label not in _TITLES \
        and label not in _FUNCTION_CAPS


# A page's headline names the story's subject, and the lead after its caption opens on that name again ("Harbour
# town's flood rescue | Crews from across the region joined the effort | Harbour volunteers have now come home ...",
# the shape of a fresh story's brief, twentieth session). Once a seam cut a headline off, a capitalised word the cut
# headline opens on, after a lower-case word and before a lower-case word, opens the lead; only when what was cut off has
# a headline's shape (no article, auxiliary or stop) and the caption between is one run of words (no other seam, no
# comma): the audit of the dev and fdev reports' sentences found the name inside the lead ("..., during which time
# Egypt has ...") or inside a sentence after a list ("... application notes Steele was ...") otherwise.
def _repeated_name_seams(text: str, seams: list[int], common: frozenset[str] | set[str]) -> list[int]:
    first_seam = seams[0]
    head = text[:first_seam].split()
    if not head or len(head) > MAX_HEADLINE_WORDS or any(w.lower() in _HEADLINE_FREE for w in head) \
            or re.search(r"[.!?]\s", text[:first_seam] + " "):
        return []
    name = head[0].strip("\"“‘'")
    name = re.sub(r"['’]s$", "", name)
    if not (name[:1].isupper() and name[1:].islower() and name.isalpha()) or name.lower() in common \
            or name in _FUNCTION_CAPS or name in _TITLE_OPENERS or name in _TITLES or name.lower() in _CALENDAR:
        return []
    out = []
    for m in re.finditer(r"(?<=[a-z])\s+(?=" + re.escape(name) + r"\s+([a-z][a-z'’-]*)\b)", text[first_seam:]):
        before = text[:first_seam + m.start()].split()
        following = m.group(1)
        caption = text[first_seam:first_seam + m.start()]
        if before[-1].isalpha() and before[-1].islower() and before[-1] not in _function_words() \
                and (following not in _function_words() or following in _VERBS) \
                and not re.search(r"[,;:]", caption) and not any(first_seam < x <= first_seam + m.start() for x in seams):
            out.append(first_seam + m.end())
            break
    return out


_TITLES = {"President", "Minister", "Prime", "Secretary", "General", "Governor", "Senator", "Mayor", "Chief", "King",
           "Queen", "Prince", "Princess", "Pope", "Judge", "Justice", "Captain", "Colonel", "Sergeant", "Officer",
           "Professor", "Doctor", "Lord", "Lady", "Sir", "Dame", "Saint", "Father", "Sister", "Brother", "Rev"}
_VERBS = {"are", "is", "were", "was", "have", "has", "had", "say", "says", "said", "will", "would", "could", "can",
          "and"}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | _NAME_BEFORE


_LOWER_WORD = re.compile(r"(?<=\s)[a-z][a-z'’-]+\b")


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """The words these texts write in lower case: ``lead_of``'s ``common`` (one of them capitalised after a word opens
    a glued sentence)."""
    return frozenset().union(*(_LOWER_WORD.findall(t) for t in texts))  # (the union in C, issue 17)


def lead_of(text: str, common: frozenset[str] | set[str] = frozenset(), first: bool = False) -> str | None:
    """The sentence as a reader would quote it: a headline, teaser, byline, timestamp or dateline glued
    before it cut off; None when what is left is not a sentence of the story (too short, a caption or
    widget, a teaser list, a headline without a stop, a sentence cut at an abbreviation). ``first``: the report's
    first sentence, which may carry a headline before a lead that opens on a name (``glued_headline_end``: asked
    only of a sentence that is one without it, so that it never makes a sentence of a teaser list)."""
    lead = _lead_of(text, common)
    whole = text.strip()
    if not first or lead is None or lead != whole:
        return lead
    headline = glued_headline_end(whole)
    return (_lead_of(whole[headline:], common) or lead) if headline else lead


def _lead_of(text: str, common: frozenset[str] | set[str] = frozenset()) -> str | None:
    text = without_dateline(text.strip())
    credit = _CREDIT_HEAD.match(text)
    if credit:
        text = text[credit.end():]
    cut = max([head_stamp_end(text)] + [m.end() for m in _DATED_STAMP.finditer(text[:400])]
              + [m.end() for m in _GALLERY_END.finditer(text[:600])]
              + [m.end() for m in _WIRE_DATELINE.finditer(text[:400])])
    seams = [s for s in _seams(text, common) if s > cut]
    if seams:
        seams += _repeated_name_seams(text, seams, common)
        cut = max(seams)
    rest = without_dateline(text[cut:].lstrip(" |;:-–—"))
    least = MIN_AFTER_SEAM if seams else MIN_LEAD_WORDS
    if not rest or _TEASER.search(text) or is_furniture(rest) or len(rest.split()) < least:
        return None
    if not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'"):
        return None
    if not _ENDS_SENTENCE.search(rest) or _CUT_AFTER.search(rest):
        return None
    return rest


# ---------------------------------------------------------------- a headline before a lead that opens on a name

# A saved page's headline (and standfirst) glued before a lead that opens on a name, not on a word that opens
# sentences: "Aid pledges to triple flood crews in Varna Mayor Ana Ruiz has ordered ...", "Port bill reaches $45m
# Varna Port says the flood has cost it $45m ...". Read in the eighteenth session's labels of the dev briefs and titles
# (the seventeenth session's "... in prison Michael ..."). Only a report's first sentence carries one, and only a
# headline's shape tells it: a few words without an article, an auxiliary or a stop, whose words the lead repeats.
_NAME_START = re.compile(r"(?<=\S)\s+(?=[A-Z])")
# A headline holds no article, auxiliary or subordinating word: "... warned that if rival contender | Omar Quist wins
# ..." is a lead whose own appositive ("rival contender Omar Quist") looked like a seam (a fresh PolNeAR pile,
# twenty-second session: a brief line opened on the other candidate's name, as if he already held the office). None of the 317 first sentences of the dev
# and fdev reports a headline was cut from carries one of the subordinating words.
_HEADLINE_FREE = frozenset("a an the is are was were has have had been would could did said "
                           "if whether because although though while".split())
_NAME_RUN = re.compile(r"^((?:(?:[A-Z][\w.'’-]*|[A-Z]{2,}|al-\w+)\s+){0,4}(?:[A-Z][\w.'’-]*))"
                       r"(?:\s*(:)|\s+([a-z][\w'’-]*))")
_NOT_A_VERB = frozenset("in of at on to from for with by over against into as after before near under than about "
                        "who whose which that".split())
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 5, 25
_CONTENT_WORD = re.compile(r"[$£€]?[A-Za-z0-9][\w.$'’-]*")


def _content_words(text: str) -> set[str]:
    return {w.lower().strip(".'’") for w in _CONTENT_WORD.findall(text)} - _function_words() - {"", "s"}


def glued_headline_end(text: str) -> int:
    """Where a headline glued before a report's first sentence ends, when the lead opens on a name (0 when none): the
    last such place before a word no headline holds (a page's stamp may stand between the headline and the lead)."""
    found = 0
    for m in _NAME_START.finditer(text[:400]):
        head, rest = text[:m.start()], text[m.end():]
        words = head.split()
        if len(words) > MAX_HEADLINE_WORDS:
            break
        last = words[-1]
        if len(words) < MIN_HEADLINE_WORDS or last.lower() in _function_words() or last.strip("'’") in _TITLES \
                or last[-1] in ".!?,;:" or not re.search(r"[A-Za-z]|^[-–—]+$", last) \
                or re.search(r"[a-z]{2}[.!?]\s", head + " "):
            continue
        if last[0].isupper() and rest.split(None, 1)[0] not in _TITLES:
            continue  # inside a run of capitalised words ("New | York", "Robert | Gibbs"), unless a title opens it
        if any(w.lower() in _HEADLINE_FREE for w in words):
            break  # an article or an auxiliary: a sentence of the story, not a headline (nor anything after it)
        name = _NAME_RUN.match(rest)
        if not name or (name.group(3) or ":") in _NOT_A_VERB or len(rest.split()) < MIN_AFTER_SEAM \
                or name.group(1).split()[0].lower() in _CALENDAR:
            continue  # a day or month opens no name: "Federal health officials | Friday called on BP ..." is one sentence
        said = _content_words(head)
        if len(said & _content_words(rest)) >= 2 or said & _content_words(name.group(1)):
            found = m.end()
    return found


# ---------------------------------------------------------------- standing alone (issue 20)

# A brief sentence (and a timeline event: issue 20, eighth session) is read alone, away from the sentences around it in
# its report (review s7: 10 of 20 brief sentences of three real stories could not be). Not standing alone: a sentence that opens on a personal pronoun
# ("They tout USB 3.0 ports"), or on a phrase and then one ("Like the new MacBook Air, they tout ..."), whose
# person is named in the sentence before; one that opens on a transcript's speaker label ("TRUMP: ...", "Q: ...");
# one that starts or stops inside a quotation (the sentence splitter cut a quote at a full stop); a fragment that
# opens in lower case. A whole quotation whose speaker is only "he" ("'...,' he said") stays: dropping those too cost
# Multi-News 0.3 R-2 more (held-out clusters 101-200: 44.44/14.84 with these rules, 44.40/14.75 with that
# one too, 45.15/15.69 with none; LexRank 42.92/13.09), for sentences a reader can still place as a quotation.
_PRONOUN_OPENING = re.compile(r"^[\"“‘']?(?:He|She|They|His|Her|Their|Him|Them|We)\b")
_PRONOUN_AFTER_PHRASE = re.compile(r"^[^,;:\"“”]{3,60},\s+(?:he|she|they|we|it)\s+[a-z]")
# Issue 20, eighth session (a reader of the timeline: "Today, it finally got it.", "But the group said ..."): a sentence
# that opens on a phrase and then "it", or on a word that ties it to the sentence before ("But", "And", "However",
# "Instead"), whose subject or contrast is in that sentence. "So far, ..." stands; so does a sentence opening on "It"
# ("It was the worst storm in decades, officials said": an "it" of the weather, the time or what follows, as often).
_CONNECTIVE_OPENING = re.compile(r"^[\"“‘']?(?:But|And|Yet|Or|Also|However|Instead|Nevertheless|Nonetheless|"
                                 r"Moreover|Besides|Otherwise|Then(?!-)|Thus|Therefore|So(?! far)|Both)\b")
# ... or one that points back: a demonstrative as its subject ("This isn't the revolutionary MacBook Pro ...", "That
# was ..."), "All of them", "At that point", "More than two months later," (100 timeline events labelled by reading).
_POINTING_BACK = re.compile(r"^[\"“‘']?(?:(?:This|That|These|Those)\s+(?:is|isn['’]t|was|wasn['’]t|are|aren['’]t|were|"
                            r"should|would|will|could|can|may|might|has|have|had|means|meant|comes|came)\b"
                            r"|(?:All|Some|Many|Most|None|One|Each|Both|Neither|Either|Several|Two|Three) of (?:them|those|these|"
                            r"whom)\b|(?:At|By|Since|Until|After|Before|From) (?:that|this|then|which)\b(?! (?:year|month|week|day))"
                            r"|(?:[\w-]+\s+){0,4}later\s*,)", re.IGNORECASE)
_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z .'’-]{0,30}:\s")
# A sentence whose subject is a word for what an earlier sentence told ("The news came as ...", "The findings were
# contained in ...", "The warning, announced by ..., came ..."): which news, which findings, the reader cannot tell.
# Read on the seventeenth session's labels of the dev brief sentences: 9 of 132 not standing alone, none of 808 good.
_TOLD_BEFORE = re.compile(r"^(?:The|This|That|These|Those)\s+(?:news|reports?|findings?|change|claims?|warning|move|"
                          r"decision|announcement|comments|remarks|statement|questions|request|offer|development|"
                          r"revelation|disclosure|figures?|numbers?|results?)\b(?:,[^,]{0,120},)?\s+(?:came|comes|"
                          r"was|were|is|are|has|have|had|also|follows|followed|marks|marked|could|would|will|may|might|"
                          r"did|does|do|appears?|suggests?|shows?)\b")


def stands_alone(text: str) -> bool:
    """Whether a sentence can be read alone (see above)."""
    if not text or text[0].islower():
        return False
    if _PRONOUN_OPENING.match(text) or _PRONOUN_AFTER_PHRASE.match(text) or _SPEAKER_LABEL.match(text) \
            or _CONNECTIVE_OPENING.match(text) or _POINTING_BACK.match(text) or _TOLD_BEFORE.match(text):
        return False
    # Tokenised corpora write quotes as ``...'' (ECB) or ''...'' : balanced means as many closers as openers.
    opened, closed = text.count("``"), text.count("''")
    tokenised = opened == closed if opened else closed % 2 == 0
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”") and tokenised


# ---------------------------------------------------------------- readers' comments (issue 20v)

# Where a page's readers' comments begin: a comment's header ("At 09:15 pm on 3 Mar 2012, RiverMeadow77 wrote:"),
# a moderator's note, a call for readers' views ("Have your say", "Send us your comments") or the line that
# opens readers' accounts ("BBC News website readers have been describing ...").
_HEADER = (r"\bAt \d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+on)?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s*,?\s*\d{4}|"
           r"[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4})\s*,?\s*[^:]{2,60}?\s+wrote\s*:"
           r"|\bThis comment was removed\b")
_COMMENTS = re.compile(
    _HEADER +
    r"|\bHave your say\b"
    r"|\b(?:send|tell) us (?:your|about your) (?:comments|views|stories|experiences|pictures)\b"
    r"|\breaders (?:have been|are) (?:describing|sending|telling|sharing)\b"
    r"|\bwhat are your (?:thoughts|views|experiences)\b"
    r"|\b(?:post|leave|add) (?:a|your) comment\b"
    r"|\bcomments? (?:are|is) (?:now )?closed\b",
    re.IGNORECASE)
_COMMENT_HEADER = re.compile(_HEADER, re.IGNORECASE)
# A reader writes in the first person; a report outside its quotations mostly does not.
_FIRST_PERSON = re.compile(r"\b(?:[Ii]|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?)\b")  # not "US"
_QUOTED = re.compile(r"[\"“][^\"“”]{0,600}[\"”]")
_WORD = re.compile(r"[A-Za-z]+")
_MEAN_COMMENT = 5_000  # characters a comment header stands for on average, and after the last one (with a footer)
_MAX_HEADER_GAP = 20_000  # the longest reader's comment
_CALL_WORDS = 30  # words of first-person writing a call for comments needs after it ("Leave a comment and let us
# know what your favourite gadget is." ends a report)
_FIRST_PERSON_SHARE = 0.03  # first-person words among a block's words, outside quotations, in each half


def _first_person(text: str, least: int = 5) -> bool:
    """Whether a block of at least ``least`` words reads as readers' own words: first-person words
    throughout, outside quotations."""
    text = _QUOTED.sub(" ", text)
    halves = (text[: len(text) // 2], text[len(text) // 2:]) if len(text) > 400 else (text,)
    if len(_WORD.findall(text)) < least:
        return False
    for half in halves:
        words = len(_WORD.findall(half))
        if words < 3 or len(_FIRST_PERSON.findall(half)) < _FIRST_PERSON_SHARE * words:
            return False
    return True


def _comment_headers(starts: list[int], end: int, text: str) -> bool:
    """Whether the headers at ``starts`` open a run of comments to the page's ``end``: two or more, the
    first near the block's start, a few thousand characters apart on average, none very far from the next,
    and the last one near the end (a page's footer may follow) unless what follows it is first-person writing."""
    if len(starts) < 2:
        return False
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    tail = text[starts[-1]:end]
    return (max(gaps) <= _MAX_HEADER_GAP and (end - starts[0]) / len(starts) <= _MEAN_COMMENT
            and (len(tail) <= _MEAN_COMMENT or _first_person(tail)))


# ---------------------------------------------------------------- readers' comments: footers and notices (issue 20v, s16)

# Most comment sections of saved pages have no header before each comment but a footer after it: the reader's name,
# the time and the page's buttons ("Posted by: riverfan | Sept 9, 2031 11:58 PM | Report abuse", "Posted by riverfan
# | Report as abusive", "Sept 9, 2031 at 11:58 pm | Reply"); a board's has a header of a date and a time ("9th Sept
# 2031 - 23:58", "Added: Tuesday, 9 Sept, 2031, 23:58 GMT"). And a site's notice opens them (an agency's welcome of
# comments that advance the story, with its disclaimer that readers' views are not its own; a board's "a selection
# of your comments appear below") or closes them (a site's welcome of a courteous discussion). Found reading the
# comments under the Timeline17 pages of the fresh stories (fdev) and of the dev stories: 4 of the judged false fresh
# conflicts and updates read a reader's words as the report's.
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FOOTER = re.compile(
    r"\bPosted by:?\s+[^|\n]{1,60}?\s*\|\s*(?:" + _MONTH_NAME + r"\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*\|\s*)?"
    r"Report (?:abuse|as abusive)\b"
    r"|\b" + _MONTH_NAME + r"\s+\d{1,2},\s+\d{4}\s+(?:\d{1,2}:\d{2}\s*[ap]\.?m\.?\s+)?at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*\|"
    r"(?P<buttons>\s*(?:Report abuse|Reply)\b)?")
# A blog's footer after each comment, with no buttons (issue 20c, twentieth session): "Posted by riverfan on Sept 9, 2031
# 11:58 PM." (a blog engine's default, under a 2005 newspaper blog), "Posted by riverfan 9 Sept 2031" (a travel page's
# readers' tips). A list of a site's posts prints the same line with no text between two of them (an opinion panel's
# contributors, one under another): a run counts when a comment's body (``_POSTED_ON_BODY`` words or more) stands
# between two of its footers.
_POSTED_ON = re.compile(
    r"\bPosted by\s+(?:[^.|\n]|(?<=\b[A-Z])\.){1,60}?,?\s+(?:on\s+)?(?:" + _MONTH_NAME + r"\s+\d{1,2},\s+\d{4}|\d{1,2}\s+"
    + _MONTH_NAME + r"\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?)?(?!\d)")
_POSTED_ON_BODY = 5
# A board's header is only a date and a time: two of them, a comment apart, before it counts.
_DASH_HEADER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+" + _MONTH_NAME + r"\s+\d{4}\s+-\s+\d{1,2}:\d{2}\b")
# A notice that opens the comments (what follows it, if anything, is readers').
_OPENING_NOTICE = re.compile(
    r"\bWe welcome comments that advance the story\b|\bViews expressed in the comments do not\b"
    r"|\bA selection of your comments (?:appears?|is|are) (?:published )?below\b"
    r"|\b(?:Below|Here) (?:is|are) a selection of (?:your|readers'?) comments\b"
    r"|\b(?:\w+ ){0,3}which ones made it on air\?"  # a show's blog: viewers' answers to its question follow
    r"|\bThis discussion is now closed\b|\bWe welcome comments on our articles\b")
# A board's header before each comment ("Added: Tuesday, 9 Sept, 2031, 23:58 GMT 23:58 UK"): two of them count.
_ADDED = re.compile(r"\bAdded:\s+(?:\w+day,?\s+)?\d{1,2}\s+" + _MONTH_NAME + r",?\s+\d{4},?\s+\d{1,2}:\d{2}\s*(?:GMT|BST|UTC)\b")
# A notice that closes them (what stands before it, back to the article's end, is readers').
_CLOSING_NOTICE = re.compile(r"\bwelcomes a lively and courteous discussion\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+")
# A stop that ends a title or an initial, not a sentence ("Sen. Kerry and Sen. McCain are ...", "Willis E. Elliott"): a
# first comment opening with one is not cut after it (issue 20c, twentieth session).
_ABBREVIATION_STOP = re.compile(r"(?:\b" + NO_END_WORD + r"|\b[A-Z])\.$")
_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Ll]et's|[Ll]et’s)\b")
_SHOUTED = re.compile(r"\b[A-Z]{5,}\b")
_OUR_REPORTER = re.compile(r"\b[Oo]ur (?:own )?(?:\w+ )?(?:correspondent|reporter|editor|team|colleague)s?\b")  # a report's "we"
# A sentence a report writes: one that attributes ("..., officials said", "according to", "told Reuters"), unless a
# reader's words are in it ("Why would you say what he said?").
_REPORTING = re.compile(r"\b(?:said|says|told|according to|reported|announced|added|spokes(?:man|woman|person))\b")
# What no comment holds: an agency's credit line, a transcript's speaker ("SMITH: ...").
_HARD_STOP = re.compile(r"\(\s*(?:Reporting|Writing|Editing) by\b|\b[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?:\s")
_MAX_NEUTRAL = 2  # sentences in a row that read neither as a reader's nor as a report's inside one comment
_MAX_FIRST_COMMENT = 1_000  # characters back from a footer: a first comment's usual length at most (a longer walk
# reads into an interview's or a column's first-person article text)


def _reader_sentence(bare: str) -> bool:
    """Does a sentence (its quotations blanked) read as a reader's: first or second person, a question or an
    exclamation, shouting ("DRILL", "SCAMS")?"""
    bare = bare.strip()
    return bool(_FIRST_PERSON.search(_OUR_REPORTER.sub(" ", bare)) or _YOU.search(bare) or bare.endswith(("?", "!"))
                or len(_SHOUTED.findall(bare)) >= 2)


def _first_comment(text: str, end: int, least: int = 1) -> int:
    """Where the comments ending at ``end`` (a footer's or a notice's offset) begin: back from ``end`` over the
    sentences a reader writes, through at most two others in a row, never into a sentence that attributes as a
    report does or into a site's notice; ``end`` itself when fewer than ``least`` reader's sentences stand there."""
    low = max(0, end - _MAX_FIRST_COMMENT)
    starts = [low] + [m.end() for m in _SENTENCE_END.finditer(text, low, end)
                      if not _ABBREVIATION_STOP.search(text[max(low, m.start() - 6):m.start()])]
    blank = _QUOTED.sub(lambda m: " " * len(m[0]), text[:end])  # quotations blanked, across the sentences they span
    start, neutral, readers = end, 0, 0
    for a, b in zip(reversed(starts), reversed(starts[1:] + [end])):
        sentence = text[a:b].strip()
        if not sentence:
            continue
        if a == low and low > 0:
            break  # the sentence starts beyond the longest first comment
        if _HARD_STOP.search(blank[a:b]) or _COMMENT_HEADER.search(sentence) \
                or _OPENING_NOTICE.search(sentence) or _CLOSING_NOTICE.search(sentence) or _FOOTER.search(sentence) \
                or _POSTED_ON.search(sentence):
            break
        if _reader_sentence(blank[a:b]):
            start, neutral, readers = a, 0, readers + 1
        elif len(sentence.split()) < 4:
            continue  # a piece the splitter cut at an abbreviation ("Mr. ", "W. "): neither
        elif _REPORTING.search(blank[a:b]):
            break
        else:
            neutral += 1
            if neutral > _MAX_NEUTRAL:
                break
    return start if readers >= least else end


def footers_start(text: str) -> int | None:
    """Where readers' comments marked by footers or a site's notice begin, or None (see ``_FOOTER``)."""
    found = []
    found_footers = list(_FOOTER.finditer(text))
    # A lone "date at time |" without a comment's buttons may be a post's own byline: it counts in a run only.
    footers = [m.start() for m in found_footers if m["buttons"] or len(found_footers) >= 2 or m[0].startswith("Posted")]
    posted = list(_POSTED_ON.finditer(text))
    bodied = [b for a, b in zip(posted, posted[1:]) if len(_WORD.findall(text[a.end():b.start()])) >= _POSTED_ON_BODY]
    if bodied:
        footers.append(posted[0].start())
    for header in (_DASH_HEADER, _ADDED):
        starts = [m.start() for m in header.finditer(text)]
        if len(starts) >= 2 and max(b - a for a, b in zip(starts, starts[1:])) <= _MAX_HEADER_GAP:
            found.append(starts[0])
    if footers:
        found.append(_first_comment(text, min(footers)))
    notice = _OPENING_NOTICE.search(text)
    if notice:
        # At the text's end, the notice may close comments above it as well (a blog's page): but a reporter's
        # first-person blog reads like them, so only the notice and what follows it are cut.
        found.append(notice.start())
    closing = _CLOSING_NOTICE.search(text)
    if closing:
        found.append(_first_comment(text, closing.start(), 2))
    return min(found) if found else None


def comments_start(text: str) -> int | None:
    """Where readers' comments (or a call for them, which they follow) begin in a report's text, or None.
    What follows is readers' first-person views, not the report's: never a sentence of the brief.

    A header or a call counts only where what follows it to the end of the text looks like comments: a run of
    timestamped comment headers, or first-person writing throughout. A report quoting "readers have been
    describing ..." or a "Have your say" box in the middle of a page, with the report going on below, does not
    (issue 15)."""
    footed = footers_start(text)
    headed = _headed_start(text)
    return footed if headed is None else headed if footed is None else min(footed, headed)


def _headed_start(text: str) -> int | None:
    """Where comments opened by headers ("At 09:15 pm on 3 Mar 2012, X wrote:") or a call for them begin."""
    headers = [m.start() for m in _COMMENT_HEADER.finditer(text)]
    for m in _COMMENTS.finditer(text):
        after = [h for h in headers if h >= m.start()]
        header = bool(after) and after[0] == m.start()  # a call for comments needs some comments after it
        if (after and after[0] - m.start() <= 1_500 and _comment_headers(after, len(text), text)) \
                or _first_person(text[m.end():], 5 if header else _CALL_WORDS):
            return m.start()
    return None


# ---------------------------------------------------------------- widgets inside the text (issue 21q)

# A pull-quote box flattened into the text: the quoted line, then "End Quote", the name of who said it and a title,
# run into the next sentence with no stop ('... this week" End Quote Ana Ruiz BBC Lima editor The government had ...').
_END_QUOTE = re.compile(r"\bEnd Quote\s+(?=[A-Z])")
# The related-links box of a page: headlines each closed by its age ("... ships the grain - 3 hrs ago Daily Planet ...").
LINK_AGE = r"\s[-–—]\s*\d{1,3}\s+(?:mins?|minutes?|hrs?|hours?|days?)\s+ago\b"  # also read by quotes.speakers
_LINK_AGE = re.compile(LINK_AGE)
# Words inside a pull quote's credit that do not end it ("Jordan" of "King Abdullah of Jordan").
_CREDIT_PARTICLES = {"of", "for", "de", "da", "al", "el", "bin", "van", "von", "and", "the", "in", "at", "on"}
MAX_CREDIT_WORDS = 10
MAX_LINK_CHARS = 250  # a related link's headline and its outlet's name, at most


def pull_quote_credits(text: str) -> list[tuple[int, int, int]]:
    """Each pull-quote box's credit in ``text``: (start of "End Quote", start of the credited name, end of the credit
    line). The line ends before an opening quote mark, a word that opens sentences ("The", "It", ...), or a
    capitalised word right after a lower-case one ("Ana Ruiz Lima lawyer Meanwhile ..."), at most
    ``MAX_CREDIT_WORDS`` words on. What the box says is the page's, not the report's running text: its name is no
    one the next sentence's "he" stands for, and no part of what the next sentence reports."""
    out = []
    openers = set(_OPENERS.split("|"))
    for m in _END_QUOTE.finditer(text):
        end = m.end()
        words = list(re.finditer(r"\S+", text[m.end():m.end() + 200]))
        prev = None
        for n, w in enumerate(words[:MAX_CREDIT_WORDS]):
            word = w.group()
            if n > 0 and (word[:1] in "\"“‘`'" or word in openers or
                          prev is not None and prev[:1].islower() and prev not in _CREDIT_PARTICLES and word[:1].isupper()):
                break
            end = m.end() + w.end()
            prev = word
        out.append((m.start(), m.end(), end))
    return out


def related_links(text: str) -> list[tuple[int, int]]:
    """Each related-links box's headlines in ``text`` ("Estimates of oil flow jump - 3 hrs ago"): from the stop
    before the first headline (or the previous link's age) to the last age. Headlines quote and name people, but
    they are the page's links to other reports, not this report's words."""
    out: list[tuple[int, int]] = []
    last_end = None
    for m in _LINK_AGE.finditer(text):
        if last_end is not None and m.start() - last_end <= MAX_LINK_CHARS:
            out[-1] = (out[-1][0], m.end())
        else:
            window = text[max(0, m.start() - MAX_LINK_CHARS):m.start()]
            stops = list(re.finditer(r"[.!?][\"”’']?\s+(?=[A-Z])", window))
            start = max(0, m.start() - MAX_LINK_CHARS) + (stops[-1].end() if stops else 0)
            out.append((start, m.end()))
        last_end = m.end()
    return out
