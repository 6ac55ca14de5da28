"""A story's title from its content (issue 20, eighth session: a story was titled "in", its input folder's name).

The title is the headline most shared across the story's independent sources: each source's headlines (a
report's ``title``, cleaned of an outlet's name around it: "... - BBC News", "Reuters | ...") are scored by
the content words they share with the other sources' headlines, and the one sharing most leads (ties: the one
in sentence case, then the shorter). Several outlets heading one story write its main news in their headlines
("Colts beat Chiefs 20-13 to clinch playoff berth"); a one-off feature's headline shares little, and a headline
that shares fewer than two words with every other headline and with the brief is not the story's (a page's widget
text, "Add a location to your Tweets"). With no usable headline (plain texts, newswire without titles), the
opening sentence of the reports most shared in the same way ("Voters in Turkmenistan cast ballots Sunday in a
parliamentary election ..."), cut at a word near ``MAX_TITLE_CHARACTERS``; with none of those either, the brief's
sentence told by the most independent sources; with no brief, the story's name. ``title_basis`` says which.
On the 120 real dev stories: 58 titled by a headline, 62 by an opening sentence; 108 of 120 read as telling the
story's main news (bench/results/issue-20-s8-timeline.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..caption import reads_as_caption
from ..furniture import is_furniture, lead_of, lower_words, stands_alone
from ..plural import counted

MAX_TITLE_CHARACTERS = 120
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 20

_SEPARATOR = re.compile(r"\s+(?:[-–—|:•»]|::)\s+")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_STOP = frozenset("""a an the and or but of to in on at by for from with as is are was were be been has have had it its
this that after over into up out new says said will than more about""".split())


def _others_share(n: int) -> str:
    """ "no other shares", "1 other shares", "2 others share": the verb agrees with the count."""
    return "no other shares" if n == 0 else "1 other shares" if n == 1 else f"{n} others share"


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def clean_headline(title: str | None, outlet: str | None = None) -> str | None:
    """The headline without an outlet's name before or after it ("Three killed in Athens - BBC News"); None when
    what is left is no headline (too short or long, a sentence cut off, a URL)."""
    if not title:
        return None
    text = " ".join(title.split())
    parts = _SEPARATOR.split(text)
    if len(parts) > 1:
        # Keep the longest part: an outlet's or a section's name is the short one ("BBC News", "World").
        outlet_key = _fold(outlet or "")
        kept = [p for p in parts if not outlet_key or _fold(p) not in outlet_key and outlet_key not in _fold(p)]
        text = max(kept or parts, key=lambda p: len(_WORD.findall(p)))
    words = _WORD.findall(text)
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS or "://" in text or text.endswith((",", ";")):
        return None
    if text.isupper():
        return None  # a shouting wire slug: taken only when nothing else is left (below)
    if is_furniture(text) or not stands_alone(text) or _WIDGET.search(text) or _BYLINE.match(text):
        return None  # a byline, a caption, a page's widget, a line that opens on a pronoun
    return text


_BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+")  # "By Hayes Hickman of the Knoxville News Sentinel"
# A page's widget text taken for its title ("Add a location to your Tweets").
_WIDGET = re.compile(r"\b(?:your (?:tweets|account|browser|inbox)|log ?in|sign ?in|cookies?|javascript|newsletter)\b",
                     re.I)


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower()):
        w = w.strip("'’-")
        if w in _STOP or len(w) < 2:
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def _sentence_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w.lower() not in _STOP]
    return sum(w[:1].isupper() for w in words) < 0.8 * len(words) if words else False


def _most_shared(by_source: dict[str, list[str]], story_words: set[str]) -> tuple[str, int, bool] | None:
    """The text (a headline, a lead) whose content words the other sources' texts share most, and how many other
    sources share two words or more of it, and whether any text is so shared; None when every text shares fewer than
    two words with the others and with the brief."""
    words = {text: _words(text) for texts in by_source.values() for text in texts}
    candidates = [(source, text) for source, texts in by_source.items() for text in texts
                  if len(words[text] & story_words) >= 2
                  or any(len(words[text] & words[t]) >= 2 for other, texts in by_source.items() if other != source
                         for t in texts)]
    if not candidates:
        return None

    def shared(source: str, text: str) -> int:
        # the content words of this text each other source's texts also write (the best of its texts)
        return sum(max(len(words[text] & words[t]) for t in texts)
                   for other, texts in by_source.items() if other != source)

    def sharing(source: str, text: str) -> int:
        # how many other sources write two or more of its content words (what the basis reports)
        return sum(1 for other, texts in by_source.items()
                   if other != source and any(len(words[text] & words[t]) >= 2 for t in texts))

    counts = {c: sharing(*c) for c in candidates}
    if any(counts.values()):
        # On the brief's subject first (two of its words), then shared by other sources (two words or more), then
        # by how many words the others share: a pair of off-topic headlines ("school closures") never outranks
        # the one that tells the story, and a text nobody shares is never called the most shared.
        on_topic = (lambda c: len(words[c[1]] & story_words) >= 2) if story_words else (lambda c: True)  # noqa: E731
        key = lambda c: (not on_topic(c), counts[c] == 0, -shared(*c), not _sentence_case(c[1]),  # noqa: E731
                         len(c[1]), c[1])
    else:
        # None is shared: the text with the most of the brief's words (the basis says so).
        key = lambda c: (-len(words[c[1]] & story_words), not _sentence_case(c[1]), len(c[1]), c[1])  # noqa: E731
    chosen = min(candidates, key=key)
    return chosen[1], counts[chosen], any(counts.values())


def _lead(opening: str, common: frozenset[str] = frozenset()) -> str | None:
    """A report's first sentence that stands alone as the story's (past a headline, byline, dateline or a photo's
    caption). ``common``: the words the story's openings write in lower case, as the brief's ``lead_of`` is given
    them: one capitalised after a word opens a glued lead ("... counts the cost of the flood Flood waters reached ...")."""
    for n, piece in enumerate(_SENTENCE.split(opening.strip())[:4]):
        piece = " ".join(piece.split())
        text = lead_of(piece, common, first=n == 0)
        if text and text[0].isupper() and stands_alone(text) and len(text.split()) <= MAX_LEAD_WORDS \
                and text[:1] not in "\"“‘'`" and not _CAPTION_LEAD.search(text):
            return text
    return None


# A photo's caption a saved page's text opens with, which a title would show as the story's news (the sixteenth
# session's reading of the dev stories' titles; in other words: "A gull is seen diving ...", "May 3: Spilt fuel ... is
# seen ..."; a gallery's "Photograph no. 7 ..." is ``furniture``'s). "is seen as" is a judgement, not a picture.
_CAPTION_LEAD = re.compile(r"\b(?:is|are) (?:seen|pictured|shown)\b(?! as\b)"
                           r"|^(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}: ",
                           re.IGNORECASE)


_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
MAX_LEAD_WORDS = 45
MAX_CAPTIONS_PASSED = 3  # openings read as a caption and passed over before the next is taken as it comes


def story_title(story: str, reports: Iterable[tuple], brief: list[dict[str, Any]],
                source_of=lambda doc: doc) -> tuple[str, str]:
    """(title, basis) of a story: ``reports`` are (report id, title, outlet[, opening of its text]) of its reports,
    ``brief`` its brief sentences (story.json's form: ``text``, ``independent_sources``), ``source_of`` a report's
    source key (copies and one outlet's reports are one source)."""
    headlines: dict[str, list[str]] = {}
    leads: dict[str, list[str]] = {}
    shouted: list[str] = []
    reports = list(reports)
    common = lower_words(r[3] for r in reports if len(r) > 3 and r[3])  # as the brief gives ``lead_of``
    for doc, title, outlet, *opening in reports:
        text = clean_headline(title, outlet)
        if text is None and title and " ".join(title.split()).isupper() and clean_headline(title.title(), outlet):
            shouted.append(" ".join(title.split()).capitalize())
        if text is not None and text not in headlines.setdefault(source_of(doc), []):
            headlines[source_of(doc)].append(text)
        lead = _lead(opening[0], common) if opening and opening[0] else None
        if lead is not None and lead not in leads.setdefault(source_of(doc), []):
            leads[source_of(doc)].append(lead)
    sentences = [b for b in brief if b.get("text") and not _CONFLICT_LINE.match(b["text"])]
    story_words = set().union(*(_words(b["text"]) for b in sentences)) if sentences else set()
    headlines = {k: v for k, v in headlines.items() if v}
    found = _most_shared(headlines, story_words)
    if found is not None and len(headlines) == 1:
        return found[0], "the headline of the only independent source with one"
    if found is not None and found[1] == 0 and found[2]:
        return found[0], (f"the headline nearest the brief (no other of the "
                          f"{counted(len(headlines), 'independent source')} with a headline shares two words of it)")
    if found is not None and found[1] == 0:
        # No headline is shared: the one chosen is the one nearest the brief, and the basis says so, not "most shared".
        return found[0], (f"no two of the {counted(len(headlines), 'independent source')} with a headline share two "
                          f"words: the headline with the most words of the brief")
    if found is not None:
        return found[0], (f"the headline most shared across the {counted(len(headlines), 'independent source')} with a "
                          f"headline ({_others_share(found[1])} two words or more of it)")
    if shouted:
        return shouted[0], "a report's headline (written in capitals: no other report has a headline)"
    leads = {k: v for k, v in leads.items() if v}
    found = _most_shared(leads, story_words) if len(leads) >= 2 else None
    # A photo's caption told as a sentence, opening a saved page, is never the title ("A guard shoots dead a bear
    # that had strayed from the park, in ..."): asked of the opening chosen only (a parse), then of the next.
    for _ in range(MAX_CAPTIONS_PASSED):
        if found is None or not reads_as_caption(found[0]):
            break
        leads = {k: kept for k, v in leads.items() if (kept := [t for t in v if t != found[0]])}
        found = _most_shared(leads, story_words) if len(leads) >= 2 else None
    if found is not None and found[1] == 0 and found[2]:
        return _cut(found[0]), (f"no report has a usable headline: the opening sentence nearest the brief (no other "
                                f"of the {len(leads)} independent sources' openings shares two words of it)")
    brief_opening = sentences[0]["text"] if sentences else None
    if found is not None and found[1] == 0 and any(brief_opening in texts for texts in leads.values()):
        # No opening is shared: the one the brief opens with (its main news, by support and centrality) before the
        # one with most of the brief's words, which a long background sentence wins (s17: a cult's attack of 1995
        # titled a story of a killing in 2017).
        return _cut(brief_opening), (f"no report has a usable headline, and no two of the {len(leads)} independent "
                                     f"sources' openings share two words: the opening sentence the brief opens with")
    if found is not None and found[1] == 0:
        return _cut(found[0]), (f"no report has a usable headline, and no two of the {len(leads)} independent sources' "
                                f"openings share two words: the opening sentence with the most words of the brief")
    if found is not None:
        return _cut(found[0]), (f"no report has a usable headline: the opening sentence most shared across the "
                                f"{len(leads)} independent sources' openings ({_others_share(found[1])} two words "
                                f"or more of it)")
    # The brief's sentences that read as a title would: standing alone, not a quotation.
    plain = [b for b in sentences if stands_alone(b["text"]) and b["text"][:1] not in "\"“‘'`"] or sentences
    if plain:
        best = max(plain, key=lambda b: b.get("independent_sources") or 0)  # ties: the earliest (max keeps the first)
        return _cut(best["text"]), (f"no report has a usable headline or opening: the brief's sentence told by the "
                                    f"most independent sources ({best.get('independent_sources') or 0})")
    return story, "the story's name: no report has a headline and the story has no brief"


_CONFLICT_LINE = re.compile(r"Sources conflict on\b")


def _cut(text: str, limit: int = MAX_TITLE_CHARACTERS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text.rstrip(".")
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
