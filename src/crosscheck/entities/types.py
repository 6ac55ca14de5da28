"""A name's type read from the whole story, where the model's label for one mention misleads (issue 20e).

The model labels each mention on its own: "Halliburton" a place, "Transocean" a nationality, "Deepwater
Horizon" a person. The story says otherwise: it writes the company's full legal name ("Halliburton Energy
Services Inc.", "Transocean Holdings LLC") and the rig's noun ("the Deepwater Horizon drilling rig").

- :func:`organisations_by_legal_name`: a short form of an organisation the story names with a legal form
  (Inc, Corp, LLC, Ltd, Plc, Holdings, GmbH ...) is that organisation's name, unless the gazetteer found it
  as a place in context ("Qatar" of "Qatar Holdings LLC").
- :func:`things_by_noun`: a name the model called a person, written before a vessel's or a structure's noun
  ("the Deepwater Horizon rig") in at least half its mentions and never with a person's title, is that thing.
- :func:`surnames_typed_as_places`: a lone word the model called a place, which the gazetteer did not find
  and which is the surname of a person the story names in full ("Nunes" beside "Devin Nunes"), is a person's.
- :func:`join_department_names`: "Department of Justice", "Justice Department" and "Justice Dept." are one body.
- :func:`common_nouns_left_out`: a name written only in lower case ("department", "298p") is no name, unless the
  story writes it capitalised too ("the gulf" beside "the Gulf").
- :func:`group_type`: an entity's type is the majority label of its fullest-name mentions; a legal form in
  any of its names makes it an organisation.
"""

from __future__ import annotations

import re
from collections import Counter

from ..records import Document
from .ner import RawMention, key

# Legal forms written after a company's name (the key's words: dots dropped).
LEGAL_FORMS = {"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "lp", "llp",
               "gmbh", "nv", "ag", "sa", "holdings", "pty"}
_RETYPED_BY_SHORT_FORM = ("GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
_RETYPED_BY_FIRST_WORD = ("GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")  # not "American" of American Inc
# Nouns of things a name is written before: vessels and vehicles (PRODUCT), structures (FAC).
_VEHICLES = ("rig|platform|ship|vessel|tanker|ferry|boat|yacht|submarine|frigate|destroyer|aircraft|airliner|"
             "plane|jet|helicopter|satellite|spacecraft|rocket|shuttle")
_STRUCTURES = "reactor|refinery|pipeline|dam|bridge|tunnel|skyscraper|stadium|arena|mall|airport"
_THING_AFTER = re.compile(r"\s+(?:(?:oil|gas|drilling|offshore|deepwater|semi-submersible|cargo|cruise|"
                          r"passenger|container|fishing|research|space|nuclear|power)\s+){0,3}"
                          r"(?:(" + _VEHICLES + r")|(" + _STRUCTURES + r"))s?\b(?!-)")


_EVENT_AFTER = re.compile(r"\s+(?:oil\s+|gas\s+)?(?:disaster|spill|explosion|blast|fire|tragedy|accident|sinking|"
                          r"crash|leak|catastrophe)s?\b")
_THING_BEFORE = re.compile(r"\b(?:(" + _VEHICLES + r")|(" + _STRUCTURES + r"))\s+$")


def legal_form(k: str) -> bool:
    """Does this name key end with a company's legal form ("transocean holdings llc")?"""
    words = k.split()
    return len(words) >= 2 and words[-1] in LEGAL_FORMS


def _short_forms(k: str) -> tuple[str, str]:
    """The name without its legal forms ("transocean" of "transocean holdings llc") and its first word."""
    words = k.split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words), k.split()[0]


def organisations_by_legal_name(mentions: list[RawMention], places: set[str]) -> list[RawMention]:
    """Story-wide: a mention the model gave another label whose name is the short form of an organisation
    the story writes with a legal form is that organisation's ("Transocean" NORP, "Transocean Holdings LLC"
    GPE, "Halliburton" GPE beside "Halliburton Energy Services Inc."). ``places``: the name keys the
    gazetteer found as places in context; those stay places."""
    stripped, first = set(), set()
    for rm in mentions:
        k = key(rm.name)
        if legal_form(k) and rm.mention.label != "PERSON":
            whole, head = _short_forms(k)
            stripped.add(whole)
            first.add(head)
    if not stripped:
        return mentions
    for rm in mentions:
        label = rm.mention.label
        if label in ("ORG", "PERSON"):
            continue
        k = key(rm.name)
        if k in places and not legal_form(k):
            continue
        if legal_form(k) or (k in stripped and label in _RETYPED_BY_SHORT_FORM) or \
                (k in first and label in _RETYPED_BY_FIRST_WORD):
            rm.mention.label = "ORG"
    return mentions


def things_by_noun(documents: list[Document], mentions: list[RawMention]) -> dict[str, str]:
    """Story-wide: the names the model called a person that the story writes beside a vessel's or a structure's
    noun ("the Deepwater Horizon drilling rig", "the drilling rig Deepwater Horizon") in at least half of their
    mentions and of their last word's alone ("the Horizon rig"; one before an event's noun, "the Deepwater
    Horizon disaster", is not counted), and never with a person's title: name key ->
    FAC (a structure) or PRODUCT (a vessel). The entity named so takes that type; its mentions stay grouped as
    they were ("Horizon" with "Deepwater Horizon")."""
    text = {d.id: d.text for d in documents}
    seen: dict[str, list[str | None]] = {}
    titled: set[str] = set()
    for rm in mentions:
        k = key(rm.name)
        if rm.title:
            titled.add(k)
        t = text.get(rm.mention.document, "")
        m = _THING_AFTER.match(t, rm.mention.end) or _THING_BEFORE.search(t, max(0, rm.mention.start - 40),
                                                                           rm.mention.start)
        if m is None and _EVENT_AFTER.match(t, rm.mention.end):
            continue  # "the Deepwater Horizon disaster": says nothing of what the name names
        seen.setdefault(k, []).append(None if m is None else ("PRODUCT" if m.group(1) else "FAC"))
    things: dict[str, str] = {}
    people = {key(rm.name) for rm in mentions if rm.mention.label == "PERSON"}
    for k in people:
        kinds = seen.get(k, []) + (seen.get(k.split()[-1], []) if len(k.split()) >= 2 else [])
        found = [t for t in kinds if t]
        if found and 2 * len(found) >= len(kinds) and k not in titled:
            things[k] = Counter(found).most_common(1)[0][0]
    return things


def surnames_typed_as_places(mentions: list[RawMention], places: set[str],
                             things: dict[str, str] | None = None) -> list[RawMention]:
    """Story-wide: a lone capitalised word labelled a place (GPE, LOC, FAC) that the gazetteer did not find in
    context (``places``: the name keys it found) is a person's surname where the story names a person in full
    with it and no other name holds the word ("Nunes" beside "Devin Nunes"; not "Warren" beside "Warren
    County"; not "Horizon" beside the rig "Deepwater Horizon", one of ``things``)."""
    surnames = {key(rm.name).split()[-1] for rm in mentions
                if rm.mention.label == "PERSON" and len(rm.name.split()) >= 2 and key(rm.name) not in (things or {})}
    held = {w for rm in mentions if rm.mention.label != "PERSON" and len(rm.name.split()) >= 2
            for w in key(rm.name).split()}
    for rm in mentions:
        k = key(rm.name)
        if rm.mention.label in ("GPE", "LOC", "FAC") and re.fullmatch(r"[A-Z][\w'’-]+", rm.name) and \
                k in surnames and k not in held and k not in places:
            rm.mention.label = "PERSON"
    return mentions


# A room or a building's last word ("the Oval Office", "the East Room", "Carnegie Hall", "the Capitol Building"): a name
# so written is a facility, not a country, a city or a state (issue 21q).
# (Not "House", "Wing", "Center": "the White House", "the West Wing" speak for a government, and a town may be so named.)
_ROOM_OR_BUILDING = re.compile(r"(?i)\b(?:office|room|hall|building|chambers?|tower|palace|mansion|church|cathedral|"
                               r"chapel|mosque|synagogue|temple|stadium|arena|theatre|theater|museum|library|hospital|"
                               r"prison|jail|courthouse|airport|hotel|embassy|consulate)$")
_SETTLEMENT_FEATURES = ("country", "admin1", "admin2", "city")


def rooms_and_buildings(mentions: list[RawMention], features: dict[str, str]) -> list[RawMention]:
    """A name the model labelled a country, city or state (GPE) that ends on a room's or a building's noun is a
    facility (FAC): "the Oval Office" is no GPE (issue 21q). Not a name the gazetteer resolved to a country, a division
    or a town in this story (``features``: name key -> the feature it resolved to), as a town may be named so."""
    for rm in mentions:
        if rm.mention.label == "GPE" and len(rm.name.split()) >= 2 and _ROOM_OR_BUILDING.search(rm.name.strip()) \
                and features.get(key(rm.name)) not in _SETTLEMENT_FEATURES:
            rm.mention.label = "FAC"
    return mentions


# A tie between labels goes to a person, then a place ("Paris", "Queens", "Mount Sefton": one ORG, one place),
# then the others.
LABEL_ORDER = ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART")


def majority_label(labels: Counter) -> str:
    """The most frequent label; a tie goes to the earlier of LABEL_ORDER ("Charlene Kafoury": one PERSON,
    one WORK_OF_ART)."""
    return max(labels, key=lambda lab: (labels[lab], -LABEL_ORDER.index(lab) if lab in LABEL_ORDER else -99))


def group_type(group: list[RawMention], name: str) -> str | None:
    """An entity's type from its mentions: an organisation when any of its names carries a legal form, else
    the majority label of the mentions written with as many words as its name (the fullest), when that
    differs from the majority of all; None to keep the majority of all."""
    if any(legal_form(key(rm.name)) for rm in group) and any(rm.mention.label == "ORG" for rm in group):
        return "ORG"
    size = len(name.split())
    if size < 2:
        return None
    full = Counter(rm.mention.label for rm in group if len(rm.name.split()) >= size)
    if not full:
        return None
    everyone = Counter(rm.mention.label for rm in group)
    ranked = full.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # a tie among the full names: the majority of all decides
    return ranked[0][0] if ranked[0][0] != majority_label(everyone) else None


_BODY_OF = re.compile(r"^(department|ministry) of (?:the )?([a-z]+(?: [a-z]+)?)$")


def _body_key(k: str) -> str:
    """One key for the ways a government body is written: "department of justice", "justice dept" ->
    "justice department"; "ministry of defence" -> "defence ministry"."""
    k = re.sub(r"\bdept\b", "department", k)
    m = _BODY_OF.match(k)
    return f"{m.group(2)} {m.group(1)}" if m else k


def join_department_names(groups: list[list[RawMention]]) -> list[list[RawMention]]:
    """Groups of organisation names that are one government body written two ways ("Department of Justice",
    "Justice Department", "Justice Dept."; issue 20e: three entities for one department) become one. Only
    "department"/"ministry" names, each group's own names; a group joins another only when every one of its
    organisation names is of the same body."""
    from .aliases import UnionFind  # (aliases imports this module at its top)

    owner: dict[str, int] = {}
    uf = UnionFind()
    for i, group in enumerate(groups):
        bodies = {_body_key(key(rm.name)) for rm in group if rm.mention.label == "ORG"}
        bodies = {b for b in bodies if re.search(r"\b(department|ministry)$", b) and len(b.split()) >= 2}
        if len(bodies) != 1:
            continue
        body = next(iter(bodies))
        if body in owner:
            uf.union(owner[body], i)
        else:
            owner[body] = i
    joined: dict[int, list[RawMention]] = {}
    for i, group in enumerate(groups):
        joined.setdefault(uf.find(i), []).extend(group)
    return list(joined.values())


def common_nouns_left_out(mentions: list[RawMention]) -> list[RawMention]:
    """Story-wide: the model's names written without a capital letter ("department" after "the justice",
    "298p") are left out, unless the story writes the same name with one ("the gulf" beside "the Gulf", which
    it joins). A lower-case hit was listed as an entity ("department", typed a person) or as an alias."""
    proper = {key(rm.name) for rm in mentions if re.search(r"[A-Z]", rm.name)}
    return [rm for rm in mentions if re.search(r"[A-Z]", rm.name) or key(rm.name) in proper]
