"""Publications that relay a study: "a study out on Tuesday in the journal Nature", "the authors wrote in a medical
journal of that name", "A study published in JAMA Pediatrics found ...", "The study, published in the journal PLOS One,
found ...", "In a paper published Friday in an academy's proceedings, the team said ...", "scientists said in two
papers published in Science".

The study, the researchers or the team are where the finding starts (the primary source); the journal that published
it stands between them and the report, as an outlet does in "X told Reuters": a relay. Written for issue 19 (twelfth
session) from made-up sentences in the shape the held-out summary named ("a study published in <journal>",
"researchers wrote in <journal>"); the dev stories hold few of them (Lancet in one Multi-News story).
"""

from __future__ import annotations

import re

from ..records import Link
from .cues import SAYING

# verbs by which a piece comes out in a publication: "a study published in", "findings appearing in"
_PLACED = frozenset("published publishes publish appearing appears appeared appear released printed".split())
# verbs by which the authors say something in a publication: "researchers wrote in", "the team reported in"
_WRITTEN = frozenset("wrote write writes writing reported report reports reporting said say says".split())
# words that may stand between "published" and "in": when ("published Wednesday in", "published online this week in")
_WHEN = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday online this last next week month year
earlier recently early late on in the
""".split())
_MONTHS = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec
""".split())
# words of a journal's own name, and journals known by one word (a phrase "said in Science" is one; "said in Washington"
# is not)
_JOURNAL_WORDS = frozenset("""
journal proceedings annals review reports letters bulletin transactions archives
""".split())
_JOURNALS = frozenset("""
lancet nature science cell jama bmj plos pediatrics neurology circulation radiology gut thorax diabetologia
""".split())
_ADJECTIVES = frozenset("medical scientific science online british peer-reviewed academic leading prestigious "
                        "respected american international".split())
_SMALL = frozenset("of the and & for".split())


def _run(tokens, low: list[str], n: int, limit: int = 9) -> int:
    """The end of a capitalised name opening at token ``n`` ("Proceedings of the National Academy of Sciences",
    "JAMA Pediatrics"); small words inside it only when a capitalised word follows."""
    end = n
    while end < len(low) and end - n < limit:
        word = tokens[end][0]
        if word[:1].isupper() or word[:1].isdigit() and end > n:
            end += 1
        elif low[end] in _SMALL and end > n and end + 1 < len(low) and (
                tokens[end + 1][0][:1].isupper() or low[end + 1] == "the" and end + 2 < len(low)
                and tokens[end + 2][0][:1].isupper()):
            end += 1
        else:
            break
    while end > n and low[end - 1] in _SMALL:
        end -= 1
    return end


def publication_at(tokens, low: list[str], n: int, placed: bool) -> tuple[int, int] | None:
    """The publication named from token ``n`` (right after "in"): tokens [i, j), else None. ``placed``: after "published
    in" any name is a publication (not a month, a day or a year); after "wrote in" only a journal's name is."""
    if n < len(low) and low[n] == "the":
        n += 1
    k = n
    while k < len(low) and k - n < 3 and low[k] in _ADJECTIVES:
        k += 1
    if k + 1 < len(low) and low[k] == "journal" and tokens[k + 1][0][:1].isupper():
        return k + 1, _run(tokens, low, k + 1, 6)  # "the medical journal Lancet", "the journal Nature"
    if n >= len(low) or not tokens[n][0][:1].isupper():
        return None
    end = _run(tokens, low, n)
    words = low[n:end]
    if not words or words[0] in _MONTHS or words[0] in _WHEN:
        return None
    rest = end
    while rest < len(low) and rest - end < 2 and low[rest] in _ADJECTIVES:
        rest += 1
    if rest < len(low) and low[rest] == "journal":
        return n, end  # "the Lancet medical journal"
    if any(w in _JOURNAL_WORDS for w in words) or words[0] in _JOURNALS or words[-1] in _JOURNALS:
        return n, end
    if placed and (len(words) > 1 or words[0].endswith(_FIELD_ENDINGS)):
        # one unknown word after "published in" is as likely a place as a journal ("a report published in Geneva":
        # review of the twelfth session); a field's name ("Hepatology", "Pediatrics") or a longer name is a journal
        return n, end
    return None


_FIELD_ENDINGS = ("ology", "ics", "istry", "icine", "ience", "ogy")


def publication_relays(tokens, low: list[str]) -> list[tuple[int, int, str, int, int]]:
    """The publications a sentence says a study came out in: (start, end, cue, offset of the word that placed it,
    token index of that word). The cue is "published"; whose attribution it relays is the reader's to say."""
    out = []
    for k, word in enumerate(low):
        if word not in _PLACED and word not in _WRITTEN or not tokens[k][0].islower():
            continue
        n = k + 1
        while n < len(low) and n - k <= 5 and (low[n] in _WHEN or word in _PLACED and (
                low[n] in _MONTHS or low[n].isdigit() and len(low[n]) <= 2)) and low[n] != "in":
            n += 1  # (and a date after "published": "published online May 3 in Halcyon")
        if n >= len(low) or low[n] != "in":
            continue
        if word in _WRITTEN and n != k + 1:
            continue  # "said on Monday in Geneva": a place; "wrote in" only right after the verb
        if word in ("report", "reports") and (k == 0 or not low[k - 1].endswith("s") or low[k - 1] in ("its", "this")):
            continue  # "a report in the Lancet" (a noun); "researchers report in Nature" (a verb)
        r = publication_at(tokens, low, n + 1, word in _PLACED)
        if r is None:
            continue
        a, b = tokens[r[0]][1], tokens[r[1] - 1][2]
        out.append((a, b, "published", tokens[k][1], k))
    return out


def said_for(low: list[str], tokens, k: int, found: list[tuple[int, int, str, int, bool]]) -> int | None:
    """The cue offset of the attribution a publication named at token ``k`` (its "published" or "wrote") relays: the
    verb of saying it belongs to ("wrote in", "said in three papers published in"); the attribution whose source it
    describes ("according to a study published in X", "A study published in X found", "The study, published in X,
    found"); the attribution after an opening phrase ("In a paper published in X, the team said"); else None ("X said
    the paper, published in Nature, smashed ...": what is said is about the paper, the speaker's own)."""
    if low[k] in _WRITTEN:
        return tokens[k][1]
    back = next((n for n in range(k - 1, max(-1, k - 8), -1) if low[n] in SAYING and tokens[n][0].islower()
                 and low[n] not in ("report", "reports")), None)
    if back is not None and any(low[m] in ("in", "from") for m in range(back + 1, k)):
        return tokens[back][1]  # "scientists said in three papers published in Science"
    at = tokens[k][1]
    source = [f for f in found if f[1] <= at and at - f[1] <= 3]
    if source:
        return source[0][3]
    if k <= 8 and low[0] in ("in", "according") and not any(t[0] in ".;:\"“”" for t in tokens[:k]):
        after = [f[3] for f in found if f[3] > at]
        return min(after) if after else None
    return None


_WORDS = re.compile(r"[\w.&'’-]+|[,;:()]")


def speaker_published(written: str) -> tuple[str, str] | None:
    """A speaker the quotes stage read with where it was published ("a study published Wednesday in the journal
    Nature"): (the speaker, the publication), else None."""
    m = re.search(r",?\s+\(?(?:published|appearing|released)\b", written)
    if m is None or m.start() == 0:
        return None
    tokens = [(w.group(), w.start(), w.end()) for w in _WORDS.finditer(written, m.start())]
    low = [t[0].lower() for t in tokens]
    n = next((x for x in range(1, min(len(low), 6)) if low[x] == "in"), None)
    if n is None or any(w not in _WHEN for w in low[1:n]):
        return None
    r = publication_at(tokens, low, n + 1, True)
    if r is None:
        return None
    return written[:m.start()].strip(), written[tokens[r[0]][1]:tokens[r[1] - 1][2]]


def add_publications(tokens, low: list[str], reading, phrase_before) -> None:
    """Add to a sentence's ``reading`` (``reading._Reading``) the journals it names as relays of the attribution each
    relays (``said_for``); "A study published in JAMA Pediatrics found ...": the subject read leftwards from the verb
    stopped at the journal, so the study before "published" is made the source. ``phrase_before``: the reader's
    subject read leftwards from a token."""
    for a, b, cue, _, k in publication_relays(tokens, low):
        record = phrase_before(tokens, k) if k > 0 and low[k] in _PLACED else None
        if record is not None:
            ra, rb = tokens[record[0]][1], tokens[record[1] - 1][2]
            reading.found = [(ra, rb, f[2], f[3], False) if a <= f[0] and f[1] <= b else f for f in reading.found]
        told = said_for(low, tokens, k, reading.found)
        if told is not None and not any(a < rb and ra < b for ra, rb, _, _ in reading.relays):
            reading.relays.append((a, b, cue, told))


# "report in one of the papers", "in another of the new papers", "in a third paper", "in a companion study": a paper the
# report named before (which, among several, is for the report to say)
_ONE_OF_THE_PAPERS = re.compile(
    r"\bin\s+(?:(?:one|another|each|two|both|three)\s+of\s+the(?:\s+(?:new|three|two|four|latest|recent))?\s+"
    r"(?:papers|studies)|an?\s+(?:second|third|fourth|fifth|separate|companion|related)\s+(?:paper|study))\b", re.I)


def journal_before(report, i: int) -> list:
    """A statement made in one of the papers the report named before ("..., Smith and colleagues report in one of the
    papers", "..., conclude Smith and colleagues in a third paper", in sentence ``i`` of ``report``, a ``chains._Report``):
    the journal the nearest sentence before names as where papers or a study were published ("three papers published
    in Halcyon"), a relay as in the sentence that names it; [] when the sentence refers to no such paper or none is
    named."""
    from .reading import _tokens  # (reading imports this module)

    if _ONE_OF_THE_PAPERS.search(report.d.sentences[i].text) is None:
        return []
    for j in range(i - 1, -1, -1):
        s = report.d.sentences[j]
        tokens = _tokens(s.text, s.start)
        named = publication_relays(tokens, [t[0].lower() for t in tokens])
        if named:
            a, b = named[-1][0], named[-1][1]
            return [Link(report.d.text[a:b], "published", "relay", a, b)]
    return []
