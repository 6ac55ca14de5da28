"""Who is "he" and who "she" in one report: the gender of each person a report names, read from the report's own
words first and from the given name's table (``given_names``) after (issue 19, nineteenth session).

Shared by the quotes stage (which pronoun speaker may stand for whom) and provenance (whom a "he said" chain goes
to): both hand over plain spans (the report's text, its sentences, each person's mentions), so neither stage reads
the other's records.

What the report says, strongest first:

- a mark: a gendered title before the name or opening it ("Mrs. Clinton", "Msgr. Farmer"), a noun in an apposition
  after it ("Benjamin, an African-American woman"), a spouse or a possessive right after it ("Graham's wife", "Reid
  and his staff"), or the name opening its sentence as the subject of "said he", "told reporters she" ("Graham,
  co-sponsor of the bill, said he would ...");
- the pronouns after a mention in a sentence that names that person alone and not as an object ("... her clinic");
  these are weak (a sentence naming one person often speaks of another: "Marsh ... . He said").

A mark decides (three pronouns' weight each). With no mark, the given name decides when the table says it is borne
almost only by women or by men ("Allison", "Bernard"), unless the report's pronouns say the other clearly (three or
more, none for the table's gender): a name the table calls borne by both ("Kim", "Jean") or does not know goes by
the pronouns, a clear majority or nothing.
"""

from __future__ import annotations

import bisect
import re
from typing import Hashable, Iterable, Mapping, Sequence

from .given_names import full_name_gender

# words before a name that are titles or descriptions, not given names ("Judge", "General", "Chief" are names in the
# table too); a caller may add its own
TITLES = frozenset("""
mr mrs ms miss dr prof sen rep gov lt col gen sgt capt maj cmdr adm msgr rev det supt insp sr fr st
general chief colonel major admiral marshal sheriff captain king queen prince princess lady sir dame lord saint
former late vice deputy acting first president senator governor judge justice mayor minister secretary director
officer detective sergeant lieutenant commander professor doctor bishop archbishop reverend pastor father sister
brother mother cousin friend neighbour neighbor spokesman spokeswoman representative congressman congresswoman
""".split())

# Titles that say a person is a woman or a man, the one table for quotes, provenance and entity aliases ("Mrs.
# Garcia" is not "Pedro Garcia"; "Sister Ann" is a she)
FEMALE_TITLES = frozenset("mrs ms miss madam madame sister dame queen princess lady spokeswoman".split())
MALE_TITLES = frozenset("mr msgr father fr sir brother king prince lord spokesman".split())
_TITLE_WORDS = "(" + "|".join(sorted((w.capitalize() for w in FEMALE_TITLES | MALE_TITLES),
                                     key=lambda w: (-len(w), w))) + ")"  # longest first: "Mrs" before "Mr"
GENDER_TITLE = re.compile(r"\b" + _TITLE_WORDS + r"\.?\s+$")
GENDER_TITLE_IN = re.compile(_TITLE_WORDS + r"\.?\s+[A-Z]")

_FEMALE_NOUNS = frozenset("woman mother wife daughter actress sister girl grandmother widow girlfriend chairwoman "
                          "spokeswoman congresswoman businesswoman".split())
_GENDER_APPOSED = re.compile(r",\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(woman|mother|wife|daughter|actress|"
                             r"sister|girl|grandmother|widow|girlfriend|chairwoman|spokeswoman|congresswoman|"
                             r"businesswoman|man|father|husband|son|brother|boy|actor|grandfather|widower|boyfriend|"
                             r"chairman|spokesman|congressman|businessman)\b")
# a spouse the name owns ("Graham's wife", "Potts's late husband"), or the name's own "his"/"her" right after an
# "and" ("Reid and his staff", "Marsh and her lawyers")
_SPOUSE = re.compile(r"['’]s?\s+(?:(?:late|former|new|estranged|ex-)\s*)?(wife|widow|girlfriend|fianc[ée]e|husband|"
                     r"widower|boyfriend|fianc[ée])\b")
_AND_OWN = re.compile(r"\s+and\s+(his|her)\s+[a-z]")
# the name as its sentence's subject of a verb of saying whose clause opens with "he" or "she": "Graham, co-sponsor
# of the bill, said he would", "Marsh told reporters on Sunday that she"
_SAID_PRONOUN = re.compile(r"(?:\s*,[^,.;:\"“”]{1,160},)?\s+(?:has\s+|had\s+|also\s+)?(?:(?:said|says|added|adds|"
                           r"insisted|argued|explained|stated|claimed|noted|wrote|writes|acknowledged|admitted|declared|"
                           r"announced)\s+|told\s+(?!(?:him|her|them|me|us)\b)(?:[\w’'-]+\s+){1,5}?)(?:that\s+)?(he|she)\b")
_SENTENCE_OPENING = re.compile(r"[\s\"“”'‘’(-]*(?:[A-Z][\w.'’-]*\s+){0,3}$")

# a lowercase word right before a name (a title between them aside) that makes it an object, not the subject: "asking
# Comey", "praised Smith", "by Jones" (not a verb of saying before an inverted subject, "said Smith")
_OBJECT_BEFORE = re.compile(r"\b(?!(?:said|says|say|added|adds|wrote|writes|told|tells|asked|and|but|while|when|as|though|"
                            r"although|after|before|because|since|if|that|who|whom)\b)[a-z][a-z'’-]*\s+"
                            r"(?:[A-Z][\w.'’-]*\s+){0,4}$")
_PRONOUNS = re.compile(r"\b(?:she|hers|herself|he|his|himself)\b", re.I)

# A mark weighs this many pronouns; a gender needs twice the other's votes. With no mark, the pronouns overrule the
# given name only when at least this many say the other gender and none the name's.
MARK_WEIGHT = 3
PRONOUNS_AGAINST_NAME = 3


def title_gender(written: str) -> str | None:
    """"f" or "m" by the title a name is written with ("Mrs. Clinton"), None for a title of either ("Dr.")."""
    title = GENDER_TITLE_IN.match(written)
    return None if title is None else "f" if title.group(1).lower() in FEMALE_TITLES else "m"


def _majority(votes: Mapping[str, int]) -> str | None:
    return "f" if votes["f"] > 2 * votes["m"] and votes["f"] >= 1 else "m" if votes["m"] > 2 * votes["f"] and \
        votes["m"] >= 1 else None


def _marks(text: str, a: int, b: int, sentence: tuple[int, int] | None) -> list[tuple[str, bool]]:
    """The genders a mention at [a, b) is marked with, each with whether a title marks it: its title, an apposition,
    a spouse or an "and his", and "said he" of the name opening its sentence."""
    marks = []
    title = GENDER_TITLE.search(text, max(0, a - 12), a) or GENDER_TITLE_IN.match(text, a, b)
    if title:
        marks.append(("f" if title.group(1).lower() in FEMALE_TITLES else "m", True))
    apposed = _GENDER_APPOSED.match(text, b)
    if apposed:
        marks.append(("f" if apposed.group(1).lower() in _FEMALE_NOUNS else "m", False))
    spouse = _SPOUSE.match(text, b)
    if spouse:
        marks.append(("m" if spouse.group(1).lower() in ("wife", "widow", "girlfriend", "fiancée", "fiancee") else "f",
                      False))
    own = _AND_OWN.match(text, b)
    if own:
        marks.append(("m" if own.group(1) == "his" else "f", False))
    if sentence is not None and _SENTENCE_OPENING.fullmatch(text, sentence[0], a) and not text[sentence[0]:a].strip(
            ).startswith(("\"", "“")):
        said = _SAID_PRONOUN.match(text, b, sentence[1])
        if said:
            marks.append(("f" if said.group(1) == "she" else "m", False))
    return marks


class _Evidence:
    """What a report says of one person's gender: marks (by a title apart), pronoun votes, the given names' genders."""

    def __init__(self) -> None:
        self.marked = {"m": 0, "f": 0}
        self.titled = {"m": 0, "f": 0}
        self.pronouns = {"m": 0, "f": 0}
        self.named: set[str] = set()

    def add(self, other: "_Evidence") -> None:
        for g in ("m", "f"):
            self.marked[g] += other.marked[g]
            self.titled[g] += other.titled[g]
            self.pronouns[g] += other.pronouns[g]
        self.named |= other.named

    def gender(self) -> str | None:
        gender = _majority({g: MARK_WEIGHT * self.marked[g] + self.pronouns[g] for g in ("m", "f")})
        if not self.marked["m"] + self.marked["f"] and len(self.named) == 1:
            g = next(iter(self.named))
            other = "f" if g == "m" else "m"
            # the given name, unless the report's pronouns clearly say the other ("Lindsey" is 0.90 women)
            gender = other if self.pronouns[other] >= PRONOUNS_AGAINST_NAME and not self.pronouns[g] else g
        return gender

    def own(self) -> str | None:
        """The gender the marks say, else the given name's."""
        if self.marked["m"] + self.marked["f"]:
            return _majority(self.marked)
        return next(iter(self.named)) if len(self.named) == 1 else None


def genders(text: str, sentences: Sequence[tuple[int, int]], people: Mapping[Hashable, Iterable[tuple[int, int]]],
            titles: frozenset[str] = TITLES, surnames: Mapping[Hashable, Hashable] | None = None
            ) -> dict[Hashable, str | None]:
    """"m", "f" or None for each person of a report: ``people`` maps a person (any key: an entity id, a name) to the
    spans of its mentions in ``text``; ``sentences`` are the report's sentence spans in order. ``titles``: words that
    are no given name before a surname (``full_name_gender``). ``surnames``: a key of lone-surname mentions -> the
    key of the one person named in full who bears that surname; the two are told together ("Lindsey Graham" ...
    "Graham ... said he"), unless a title of the lone surname says the other gender than the full name's marks or
    given name ("Mrs. Okafor" is not "Daniel Okafor": his wife)."""
    spans = {k: sorted(v) for k, v in people.items()}
    owner = sorted((a, b, k) for k, v in spans.items() for a, b in v)
    owner_starts = [m[0] for m in owner]
    starts = [s[0] for s in sentences]

    def sentence_of(offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, offset) - 1
        return sentences[i] if i >= 0 and offset < max(sentences[i][1], offset + 1) else None

    def alone(key: Hashable, s: tuple[int, int]) -> bool:
        i = bisect.bisect_left(owner_starts, s[0])
        while i < len(owner) and owner[i][0] < s[1]:
            if owner[i][2] != key and not (surnames and (surnames.get(owner[i][2]) == key or
                                                          surnames.get(key) == owner[i][2])):
                return False
            i += 1
        return True

    evidence: dict[Hashable, _Evidence] = {}
    for key, mentions in spans.items():
        e = evidence[key] = _Evidence()
        for a, b in mentions:
            s = sentence_of(a)
            for g, by_title in _marks(text, a, b, s):
                e.marked[g] += 1
                e.titled[g] += by_title
            if s is None or not alone(key, s) or _OBJECT_BEFORE.search(text, s[0], a):
                continue  # another person named there, or this one as an object: whose "he" it is is not told
            # (not "her" nor "him": an object is often someone else, "President Obama backed her up")
            for w in _PRONOUNS.findall(text, b, s[1]):
                e.pronouns["f" if w.lower().startswith(("she", "her")) else "m"] += 1
        e.named = {full_name_gender(text[a:b], titles) for a, b in mentions} - {None}
    out = {key: e.gender() for key, e in evidence.items()}
    for lone, full in (surnames or {}).items():
        if lone not in evidence or full not in evidence:
            continue
        said, titled = evidence[full].own(), _majority(evidence[lone].titled)
        if titled is not None and said is not None and titled != said:
            continue  # a title of the lone surname says another person: the wife, the husband
        both = _Evidence()
        both.add(evidence[full])
        both.add(evidence[lone])
        out[lone] = out[full] = both.gender()
    return out
