"""Page furniture that survives text extraction, by class (issue 15, sixth session): what ``clean`` drops
besides its own line rules, each piece with its reason.

Line classes (a line alone, short, shaped like the class as a whole):
- a social "follow" prompt anywhere in a short line ("Follow Newsbeat on Instagram, Facebook ...",
  "... Follow him on Twitter @michaeldwall.");
- a copyright line ("copyright Inexhibit 2019 - ISSN ...", "© 2019 Example Media. All rights reserved.");
- an unrendered shortcode widget ('[button link="..."] Send us YOUR kit review[/button]');
- a teaser: a "more to read" heading ("DON'T MISS", "SEE MORE: <headline>"), or a headline carrying a
  bracketed tag in capitals ("China furious at Macron ... [INSIGHT]");
- a bare update stamp ("Updated at 1:23 p.m.", "Last updated: Nov 19, 2019 3:40 PM ET");
- a tags line ("Filed under: ..."), a credit line ("Additional reporting by ...");
- a membership appeal ("If you enjoyed this article, we have a proposition for you: Join ...", "no paywalls");
- Twitter's location notice, a widget a page with an embedded tweet carries ("Tweet with a location" / "You can add
  location information to your Tweets ... delete your Tweet location history. Learn more"): in Multi-News, 12 pages
  are nothing else, so any two of one cluster looked like copies (issue 14, tenth session: 4 of the false copies).

Block classes (:func:`trailing_furniture`, over the paragraphs kept, from the end):
- a call for readers' comments ending the text ("Tell us what YOU think...");
- a list of Title-Case headlines after the article's last paragraph (related links);
- the publisher describing itself after the article (a press release's "About us": "Ascom is a global
  solutions provider ...", when the page's outlet is "Ascom").

A line of the first kind holding a sentence of the story is rare; each rule is checked against the gold
article bodies (``evaluation.article_extraction --removals``: removed pieces found in the gold body).
"""

from __future__ import annotations

import re

_PLATFORMS = r"(?:twitter|facebook|instagram|youtube|linkedin|tiktok|threads|snapchat|pinterest|flipboard|x)"
_FOLLOW = re.compile(
    # an imperative: the line's or a sentence's first word ("... is out now. Follow him on Twitter @x.")
    rf"(?:^\W*|[.!?]\s+)(?:follow\s+(?:us|him|her|them|me|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}})\s+(?:on|at)\s+"
    rf"{_PLATFORMS}\b|follow\s+(?:us|him|her|them|me)\b[^.]{{0,40}}@\w+)", re.I)
_FOLLOW_MAX_CHARS = 300
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.I)
_COPYRIGHT_MAX_CHARS = 200
_SHORTCODE = re.compile(r"^\s*\[([a-z_][\w-]*)\b[^\]]*\].{0,200}\[/\1\]\s*$", re.I | re.S)
_TEASER_HEADING = re.compile(
    r"^\W*(?:don'?t miss|see more|read more|more|read also|also read|also see|related|recommended|trending|"
    r"most (?:read|popular|viewed)|you (?:may|might) also (?:like|enjoy)|more (?:from|on) [\w' ]{1,30})\W*$", re.I)
_TEASER_PREFIX = re.compile(r"^\W*(?:see more|don'?t miss|read also|also read|more)\s*:\s*\S", re.I)
_BRACKET_TAG = re.compile(r"\[(?:[A-Z]{3,}|[A-Z]+ [A-Z]+)\]\W*$")
_UPDATE_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b(?:\s+(?:at|on))?\s*:?\s*", re.I)
_STAMP_WORDS = re.compile(
    r"(?:at|on|and|am|pm|a\.m|p\.m|gmt|utc|et|pt|ct|bst|cet|cest|[a-z][sd]t|"
    r"(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?|wed|sat|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|st|nd|rd|th)", re.I)


_REPUBLISHED = re.compile(r"^\W*(?:this (?:article|story|post|piece) (?:was |is )?)?originally (?:published|appeared|ran)\b",
                          re.I)
_MEMBERSHIP = re.compile(r"\bif you (?:enjoyed|liked|value) this (?:article|story|post|piece)\b|\bno paywalls?\b", re.I)


# Twitter's location widget: its heading alone on a line, and its notice (the two wordings the widget has had), which
# names the widget's own option; a report about location privacy words it otherwise ("let users delete ...").
_LOCATION_HEADING = re.compile(r"^\W*(?:tweet with a location|add a location to your tweets)\W*$", re.I)
_LOCATION_NOTICE = re.compile(r"\b(?:you can add location information to your tweets|when you tweet with a location, "
                              r"twitter stores that location)\b.*\boption to delete your (?:tweet )?location history\b",
                              re.I)
_LOCATION_MAX_CHARS = 300

_TAGS = re.compile(r"^\W*(?:filed under|tags|tagged(?: with)?|categories|posted in)\s*:", re.I)
_CREDIT = re.compile(r"^\W*(?:additional reporting|editing|edited|compiled|graphics?|research) by\s+[A-Z]", re.I)


def line_reason(line: str) -> str | None:
    """The furniture class of one line, or None."""
    n = len(line)
    if n <= 500 and _MEMBERSHIP.search(line):
        return "subscription appeal"
    if n <= _LOCATION_MAX_CHARS and (_LOCATION_HEADING.match(line) or _LOCATION_NOTICE.search(line)):
        return "Twitter's location notice (a page widget)"
    if n <= 200 and _TAGS.match(line):
        return "tags line"
    if n <= 200 and _CREDIT.match(line):
        return "credit line"
    if n <= _FOLLOW_MAX_CHARS and _FOLLOW.search(line):
        return "share or follow prompt"
    if n <= _COPYRIGHT_MAX_CHARS and _COPYRIGHT.search(line):
        return "copyright line"
    if _SHORTCODE.match(line):
        return "unrendered shortcode (a page widget)"
    if n <= 160 and (_TEASER_HEADING.match(line) or _TEASER_PREFIX.match(line)
                     or _tagged_headline(line)):
        return "teaser or related link"
    if n <= 80 and _is_update_stamp(line):
        return "update stamp"
    return None


def _tagged_headline(line: str) -> bool:
    """"Ministers clash over harbour tunnel budget [ANALYSIS]": a headline of three words or more, not a
    sentence, with a bracketed tag in capitals after it (a bare "[CNBC]" names a source, and stays)."""
    m = _BRACKET_TAG.search(line)
    head = line[: m.start()] if m else ""
    return bool(m) and len(head.split()) >= 3 and not _ends_sentence(head)


def _is_update_stamp(line: str) -> bool:
    """"Updated at 1:23 p.m.", "Last updated: Nov 19, 2019 3:40 PM ET": a label, then nothing but a time or a day."""
    m = _UPDATE_LABEL.match(line)
    if not m or not re.search(r"\d", line[m.end():]):
        return False
    words = re.findall(r"[A-Za-z]+(?:\.[a-z]\b)?", line[m.end():])
    return all(_STAMP_WORDS.fullmatch(w.rstrip(".")) for w in words)


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?][\"'”’)]?\s*$", text))


# --------------------------------------------------------------------------- blocks at the end

_COMMENT_CALL = re.compile(
    r"^\W*(?:tell us what (?:you|YOU) think|what do you think|leave (?:a|your) comment|"
    r"let us know (?:what you think|in the comments)|join the (?:conversation|discussion)|have your say|"
    r"share your (?:thoughts|views))\W*$", re.I)  # the call alone: "Leave a comment and let us know ..." stays
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’.-]*|[a-z]{1,3}|of|and|the|for|with|from|into")
_LIST_MARK = re.compile(r"^\s*[-•*–]\s+")


def _title_case_headline(line: str) -> bool:
    """"- Deep Sea Probe Could Finally Map the Ocean Floor": a list item that is a headline in
    Title Case (every longer word capitalised), under sixteen words, not a sentence."""
    body = _LIST_MARK.sub("", line).strip()
    words = re.findall(r"[^\s:,;|–—-]+", body)
    if not 3 <= len(words) <= 15 or _ends_sentence(body):
        return False
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def trailing_furniture(kept: list[str], outlet: str | None = None) -> list[tuple[int, str]]:
    """(index, reason) of the paragraphs at the end of ``kept`` that are page furniture: a call for comments,
    a list of related headlines, the publisher's own description. Read from the end back to the article's
    last paragraph; a republication note after them does not stop the reading (and stays)."""
    out: list[tuple[int, str]] = []
    i = len(kept) - 1
    while i >= 0:
        para = kept[i].strip()
        if len(para) <= 80 and _COMMENT_CALL.match(para):
            out.append((i, "call for readers' comments"))
            i -= 1
            continue
        if len(para) <= 160 and _REPUBLISHED.match(para):
            i -= 1  # "Originally published on Live Science.": the article's own note (kept), read past
            continue
        if outlet and _about_publisher(para, outlet):
            out.append((i, "the publisher's own description (press-release boilerplate)"))
            i -= 1
            continue
        if _LIST_MARK.match(para) and _title_case_headline(para):
            j = i
            while j >= 0 and _LIST_MARK.match(kept[j]) and _title_case_headline(kept[j]):
                j -= 1
            if i - j >= 2:  # a list of two headlines or more
                out.extend((k, "teaser or related link") for k in range(i, j, -1))
                i = j
                continue
        break
    return out


def _about_publisher(para: str, outlet: str) -> bool:
    """"Ascom is a global solutions provider ...", "Ascom is headquartered in Baar ...": the page's own
    outlet as the subject of a paragraph describing it (is a / is headquartered / was founded / employs)."""
    name = re.escape(outlet.strip())
    if not name or len(outlet.strip()) < 3:
        return False
    subject = re.match(rf"^{name}(?:\s+(?:[A-Z]\w*|\(\w+\)))?\s+(?:is (?:a|an|the|one|headquartered|based)\b|"
                       rf"was founded\b|employs\b)|^{name},\s+(?:a|an|the)\s", para)
    return bool(subject) and len(para.split()) >= 12 or bool(re.fullmatch(rf"\W*about\s+{name}\W*", para, re.I))


# --------------------------------------------------------------------------- the head of the text

_LONE_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}$")
_LONG_WORD = re.compile(r"\w{4,}")


def lone_dateline(line: str) -> bool:
    """"BAAR, SWITZERLAND": a press release's dateline on a line of its own (a place in capitals, a comma,
    its country or state in capitals)."""
    return len(line) <= 60 and bool(_LONE_DATELINE.match(line.strip()))


def restates_title(line: str, title: str | None) -> bool:
    """Whether the text's first line is the headline again in another wording ("HS Roundup: ..." /
    "High School Roundup: ...", the title with the site's name after it): not a sentence, and most of
    its longer words in the title and of the title's in it."""
    if not title or len(line.split()) > 30 or _ends_sentence(line) or line.rstrip().endswith((":", ";", ",")):
        return False
    mine = {w.casefold() for w in _LONG_WORD.findall(line)}
    if len(mine) < 2:
        return False
    theirs = {w.casefold() for w in _LONG_WORD.findall(title)}
    # the title's site segment ("... | Inexhibit", "... - SpaceNews") is not the headline's
    segments = [s for s in re.split(r"\s+[|–—-]\s+|\s+::\s+", title) if s.strip()]
    best = max(({w.casefold() for w in _LONG_WORD.findall(s)} for s in segments), key=lambda ws: len(ws & mine),
               default=set())
    head = best if len(best) >= 2 else theirs
    return len(mine & theirs) >= 0.7 * len(mine) and len(mine & head) >= 0.7 * len(head)


# --------------------------------------------------------------------------- inside a paragraph

# A person's hover card flattened into the sentence that names them: the name, glued to the card's own copy of it
# and the card's headlines, up to its "MORE" link ("... Rep. Ilhan OmarIlhan OmarHillicon Valley: ... | ... MORE
# (D-Minn.), the ..."): the name's first word again right after its last, the headlines, then MORE.
_HOVER_CARD = re.compile(r"\b([A-Z][\w'’-]+)((?: [A-Z][\w'’.-]+){1,3})(\1\b[^\n]{5,1500}?) MORE\b ?")


def without_hover_cards(para: str) -> tuple[str, list[str]]:
    """The paragraph without the hover cards glued into it, and the cards cut."""
    cut: list[str] = []

    def drop(m: re.Match) -> str:
        cut.append(m.group(3) + " MORE")
        return m.group(1) + m.group(2) + " "

    return _HOVER_CARD.sub(drop, para), cut


# --------------------------------------------------------------------------- a site's interface inside a paragraph

# A sentence that speaks to the reader about the page itself (its controls, its accounts, its comment system, its
# market data), not about the story: the phrases of the interface classes found glued into article text (issue 14,
# eleventh session: the copies false positives that furniture alone made). One such sentence can be an article's
# own ("log in" in a story about a hack); a run of them is the page's interface. ``_INTERFACE`` phrases are the
# widget's own wording; ``_INTERFACE_WEAK`` ones a story about a site can use ("Users who sign up must accept its new
# terms of service."), so they extend a run but never make one alone.
_INTERFACE = re.compile(
    r"\bclick(?:ing)? here\b|\bdefault edition\b|\byou'?ve selected the\b|\bselect one of the options\b|"
    r"\bchoose an option\b|\byour feedback will help\b|\bwhat do you think of this story\b|"
    r"\bexplain your choice\b|\bin the comments below\b|"
    r"\breset (?:code|your password)\b|\be-?mail address below\b|\bproviding your contact information\b|"
    r"\byou are consenting\b|\bnumbers and letters only\b|\bwill not be displayed\b|\bnot pre-screened\b|"
    r"\banything you post\b|"
    r"\bthis commenter is\b|\bbadge holders\b|\bcontributors aren.?t staff\b|\brecommend this comment\b|"
    r"\bto report a comment\b|\ball comments are posted\b|"
    r"\bquotes? (?:are )?delayed by\b|\bdelayed by at least \d+ minutes\b|\bexchanges and delays\b|"
    r"\bsearch, find and watch\b|\bfind a representative or topic\b|\bfollowing a representative\b|"
    r"\bvideos are listed in one place\b", re.I)
_INTERFACE_WEAK = re.compile(
    r"\bclick(?:ing)? on\b|\bsign (?:up|in)\b|\blog(?:ged)? in to\b|\bprivacy policy\b|\bby registering\b|"
    r"\bscreen name\b|\bterms of (?:service|use)\b|\bmake a selection\b|\breader post\b", re.I)
# Words that tell a sentence as someone's statement: then it is news, not the page speaking to its reader.
_TOLD = re.compile(r"\b(?:said|says|say|told|tells|according to|warned|warns|urged|urges|announced|reported|added)\b",
                   re.I)
GAP_WORDS = 15  # a sentence between two interface sentences joins their run only when this short (a byline, a blurb,
# one line of a comment-badge legend: 10 words on the Washington Post pages of half A)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"“(]?[A-Z0-9]|\(\s*[a-z])")  # "... me. ( required, ...)": a form


def without_interface_runs(para: str) -> tuple[str, list[str]]:
    """The paragraph without the runs of interface sentences glued into it, and the runs cut.

    A run: at least two interface sentences (``_INTERFACE``, ``_INTERFACE_WEAK``, none told as someone's statement),
    one of them strong, at most one short other sentence between two of them (a byline or a product blurb inside the
    widget), cut from its first interface sentence to its last. The edition picker and feedback form of a CNN
    iReport page, the comment-badge legend of a Washington Post page, Reuters' notice that quotes are delayed, BBC Democracy Live's search header: each recurs on a few of an outlet's pages (fewer than
    its copies template needs), so two pages sharing only it looked like copies; a claim should not be read off it
    either."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(para)]
    sentences = [(a, b) for a, b in zip(starts, starts[1:] + [len(para)]) if para[a:b].strip()]
    # A sentence someone is told to have said is the story's, whatever its words ("The bank urged customers to reset
    # your password ..., a spokesman said."): review s11 found such news cut whole.
    told = [bool(_TOLD.search(para[a:b])) for a, b in sentences]
    strong = [bool(_INTERFACE.search(para[a:b])) and not t for (a, b), t in zip(sentences, told)]
    marked = [m or (bool(_INTERFACE_WEAK.search(para[a:b])) and not t)
              for m, (a, b), t in zip(strong, sentences, told)]
    short = [len(para[a:b].split()) <= GAP_WORDS for a, b in sentences]
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(sentences):
        if not marked[k]:
            k += 1
            continue
        first = last = k
        count = 1
        j = k + 1
        while j < len(sentences) and (marked[j] or (short[j] and j + 1 < len(sentences) and marked[j + 1])):
            if marked[j]:
                last, count = j, count + 1
            j += 1
        if count >= 2 and any(strong[first:last + 1]):
            runs.append((sentences[first][0], sentences[last][1]))
        k = last + 1
    if not runs:
        return para, []
    cut = [para[a:b].strip() for a, b in runs]
    pieces, at = [], 0
    for a, b in runs:
        pieces.append(para[at:a])
        at = b
    pieces.append(para[at:])
    # Joined with one space where a run was cut; the paragraph's own spacing and line breaks stay as they are.
    return " ".join(p.strip() for p in pieces if p.strip()), cut
