"""Alias resolution: mentions from every report into one entity per real actor.

Rules, in order (each guarded against false merges):

1. the same normalised name (case, accents, "the", hyphens, titles folded);
2. the curated alias table (``data/aliases.tsv``) for variants no rule finds;
3. the gazetteer: two place names that resolve to the same GeoNames place
   ("Hodeidah", "Al-Hudaydah");
4. acronyms: "Name (ACR)" anywhere in the story, else initials of a
   multi-word organisation ("United Nations" <- "UN");
5. a surname alone, or title + surname, joins the one full name in the story
   that ends with it; two people sharing a surname leave it unmerged;
6. spelling and transliteration variants by rapidfuzz, above
   ``FUZZY_THRESHOLD``, within one coarse type, never for a name that is a
   prefix/derivation of a country (demonym) and never across people whose first
   names differ.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..genders import FEMALE_TITLES, MALE_TITLES
from ..unionfind import UnionFind  # noqa: F401  (entities.types imports it from here)
from .ner import RawMention, initials, key
from .types import group_type, majority_label

DATA = Path(__file__).with_name("data")
# Chosen on the alias test set (tests/entities): 90 merges "Hizbullah"/"Hizbollah"
# and "Abdulla"/"Abdullah" while keeping "Yemen"/"Yemeni" and "Sudan"/"Sedan" apart.
FUZZY_THRESHOLD = 90
# Each word of a multi-word variant must be this close to its counterpart (MEANTIME airbus:
# "Changi International Airport" / "Chiang Mai International Airport" scored 90 whole).
FUZZY_WORD_THRESHOLD = 80

COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "NORP",
          "EVENT": "OTHER", "PRODUCT": "OTHER", "WORK_OF_ART": "OTHER", "LAW": "OTHER"}


@lru_cache(maxsize=1)
def alias_table() -> dict[str, tuple[str, str]]:
    table = {}
    with open(DATA / "aliases.tsv", encoding="utf-8") as handle:
        for row in csv.reader((ln for ln in handle if ln.strip() and not ln.startswith("#")), delimiter="\t"):
            variant, canonical, etype = (row + ["", ""])[:3]
            table[key(variant)] = (canonical, etype)
    return table


# Words that say what kind of body a name is, not which one: "Aer Lingus Group PLC" is Aer Lingus.
DESIGNATORS = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc",
               "nv", "n v", "sa", "ag", "gmbh", "group", "holdings", "airlines", "airways"}
# Words that say what kind of place: "Aceh Province" is Aceh. Not "city" or "state"
# ("Washington State", "New York City" are other places than the bare name often means).
# Nor "county" or "prefecture" (issue 20): "Lake County" and "Lake", "Nagasaki Prefecture" and the
# city of Nagasaki are two places, the city inside the other.
PLACE_WORDS = {"province", "governorate", "region", "district", "oblast"}
# A gendered title (crosscheck.genders' one table): "Mrs. Garcia" is not "Pedro Garcia" unless the story calls him
# so; a surname written with one never joins a full name written with the other.
_GENDER_MARK = {"f": " ♀", "m": " ♂"}


def title_gender(title: str | None) -> str | None:
    """'f' or 'm' for a gendered title ("Mrs.", "Mr."), else None."""
    words = {w.strip(".").lower() for w in (title or "").split()}
    if words & FEMALE_TITLES:
        return "f"
    if words & MALE_TITLES:
        return "m"
    return None


def name_variant(coarse: str, k: str, table: dict[str, tuple[str, str]]) -> str:
    """The key a name would have without designators or abbreviations; ``k`` itself when none apply."""
    words = k.split()
    if coarse == "ORG":
        while len(words) > 1 and (words[-1] in DESIGNATORS or " ".join(words[-2:]) in DESIGNATORS):
            words = words[:-2] if " ".join(words[-2:]) in DESIGNATORS and len(words) > 2 else words[:-1]
    elif coarse == "PLACE" and len(words) > 1 and words[-1] in PLACE_WORDS:
        words = words[:-1]
    if len(words) > 1:
        for n in (2, 1):  # "u s air force" and "us air force"
            head = " ".join(words[:n])
            if len(words) > n and head in table and table[head][1] == "GPE":
                words = key(table[head][0]).split() + words[n:]
                break
    return " ".join(words)


def resolve(mentions: list[RawMention], acronyms: dict[str, str], geo_ids: dict[str, int | None]) -> list[list[RawMention]]:
    """Group mentions into entities."""
    from rapidfuzz import fuzz

    # Nodes are distinct (coarse type, key) names; mentions hang off them.
    names: list[tuple[str, str]] = []
    index: dict[tuple[str, str], int] = {}
    members: dict[int, list[RawMention]] = defaultdict(list)
    table = alias_table()
    for rm in mentions:
        k = key(rm.name)
        coarse = COARSE.get(rm.mention.label, "OTHER")
        if k in table:
            canonical, etype = table[k]
            k = key(canonical)
            coarse = COARSE.get(etype, coarse)
        gender = title_gender(rm.title) if coarse == "PERSON" and " " not in k else None
        if gender == "f":
            k += _GENDER_MARK["f"]  # "Mrs. Garcia" apart from "Mr. Garcia" and from "Garcia"
        node = index.setdefault((coarse, k), len(names))
        if node == len(names):
            names.append((coarse, k))
        members[node].append(rm)
    uf = UnionFind()
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, (coarse, k) in enumerate(names):
        by_key[k].append(i)

    # Same key, different labels (spaCy calls a city an ORG now and then): one entity,
    # unless one side is a demonym group (NORP) - "Yemeni" is not "Yemen".
    for k, nodes in by_key.items():
        non_norp = [n for n in nodes if names[n][0] != "NORP"]
        for n in non_norp[1:]:
            uf.union(non_norp[0], n)

    # Gazetteer: two spellings of one place.
    by_geo: dict[int, list[int]] = defaultdict(list)
    for i, (coarse, k) in enumerate(names):
        gid = geo_ids.get(k)
        if coarse == "PLACE" and gid is not None:
            by_geo[gid].append(i)
    for nodes in by_geo.values():
        for n in nodes[1:]:
            uf.union(nodes[0], n)

    # Variants of a name: corporate designators dropped ("EADS N.V.", "AirTran Airways" ->
    # "eads", "airtran"), a place's administrative word dropped ("Aceh Province" -> "aceh"),
    # and a leading country abbreviation spelled out ("U.S. Air Force" -> "united states air
    # force"). A variant joins the names whose key it is, never two names that merely share a
    # variant ("Qatar Airways" and "Qatar Holdings" are two companies); a variant that is a
    # known place never takes an organisation ("Qatar Airways" is not Qatar).
    expanded: dict[int, str] = {}
    for i, (coarse, k) in enumerate(names):
        variant = name_variant(coarse, k, table)
        if variant == k:
            continue
        expanded[i] = variant
        for j in by_key.get(variant, ()):
            if names[j][0] == "NORP" or (coarse == "ORG" and names[j][0] == "PLACE" and geo_ids.get(variant)):
                continue
            if coarse == "PLACE" and names[j][0] != "PLACE":
                continue
            uf.union(i, j)

    # Acronyms.
    acronym_keys = {key(a): key(e) for a, e in acronyms.items()}
    org_by_initials: dict[str, list[int]] = defaultdict(list)
    for i, (coarse, k) in enumerate(names):
        if coarse == "ORG" and " " in k:
            # Initials of every way the name is written, and of its spelled-out variant:
            # "USAF" <- "U.S. Air Force" (United States Air Force).
            spellings = {rm.name for rm in members[i]} | ({expanded[i].title()} if i in expanded else set())
            for found in {initials(surface).lower() for surface in spellings}:
                org_by_initials[found].append(i)
    for i, (coarse, k) in enumerate(names):
        if coarse not in ("ORG", "PLACE") or " " in k or not members[i][0].name.replace(".", "").isupper():
            continue
        expansion = acronym_keys.get(k)
        targets = by_key.get(expansion, []) if expansion else org_by_initials.get(k.replace(" ", ""), [])
        # Initials alone never take a known place's abbreviation to an organisation: "S.C." is South Carolina, not the
        # "Supreme Court" (a fresh PolNeAR pile, twenty-second session: the two were one entity through "S.C.").
        if not expansion and coarse == "PLACE" and geo_ids.get(k) is not None:
            continue
        targets = [t for t in targets if names[t][0] in ("ORG", "PLACE")]
        if len({uf.find(t) for t in targets}) == 1:
            uf.union(i, targets[0])

    # Full names first: "Maria Keller" and "Maria L. Keller" (a middle name or initial) are one
    # person when first and last names agree. This must run before the surname rule, which
    # asks whether every full name ending in "Keller" is already one person. A generation
    # ("Anthony LaCalamita III", "Arcade Comeaux Jr.") is not the surname; a surname written as one
    # word with a hyphen or particle ("Strauss-Kahn", "al-Sanussi") is a surname (issue 20).
    people = [i for i, (coarse, k) in enumerate(names) if coarse == "PERSON"]
    parts_of = {i: _person_words(names[i][1]) for i in people}
    one_word = {i for i in people if len(parts_of[i]) >= 2 and _written_as_one_word(members[i])}
    full_by_last: dict[str, set[int]] = defaultdict(set)
    for i in people:
        parts = parts_of[i]
        if len(parts) >= 2 and not names[i][1].endswith(_GENDER_MARK["f"]) and i not in one_word:
            full_by_last[parts[-1]].add(i)
    for i in people:
        parts = parts_of[i]
        if len(parts) >= 2 and i not in one_word:
            carriers = full_by_last.get(parts[-1], ())
            listed = i in carriers
            for j in carriers:
                # Each pair once (issue 17: a surname carried by hundreds of full names): same_person_name is
                # symmetric and the partition a union-find leaves does not depend on the order of unions, so
                # the pair (j, i) asked when j's turn came is not asked again, nor a pair already joined.
                if j == i or (listed and j < i) or uf.find(i) == uf.find(j):
                    continue
                if same_person_name(parts, parts_of[j]):
                    uf.union(i, j)
    # Transliterations of one person's full name ("Muammar Gaddafi", "Moammar Gadhafi"): see
    # _spelling_variant_people. Before the surname rule, so a bare "Gadhafi" finds one person.
    variant_spellings = _spelling_variant_people(people, parts_of, one_word, full_by_last, names, uf, members)
    # Surnames: "Keller" -> the one full name (person) ending in Keller; "Mrs. Garcia" only to a
    # full name the story also gives a woman's title, "Mr. Garcia" never to one.
    genders = {i: {title_gender(rm.title) for rm in members[i]} - {None} for i in people}
    # The names some man's title is written with (asked for each surname below; a set, not a scan of every person).
    male_keys = {names[j][1] for j in people if "m" in genders[j]}
    for i in people:
        female = names[i][1].endswith(_GENDER_MARK["f"])
        surname = names[i][1].removesuffix(_GENDER_MARK["f"])
        carriers = full_by_last.get(surname, set()) if " " not in surname else set()
        if not carriers and " " not in surname:
            carriers = _variant_carriers(surname, variant_spellings, full_by_last, uf)
        if i in one_word:  # "Strauss-Kahn": the full names that end with all of its words
            carriers = {j for j in full_by_last.get(parts_of[i][-1], ())
                        if len(parts_of[j]) > len(parts_of[i]) and parts_of[j][-len(parts_of[i]):] == parts_of[i]}
        if carriers:
            roots = {uf.find(j) for j in carriers}
            target = next(iter(carriers))
            if len(roots) != 1:
                target = _dominant_full_name(i, carriers, members, uf)
                if target is None:
                    continue
            said = {g for j in carriers for g in genders.get(j, ())}
            # "Mrs. Garcia" and the story's one full name: apart when that name is a man's by its
            # titles, or when the story also writes "Mr. Garcia" (two people, husband and wife).
            male_surname = surname in male_keys
            if female and ("m" in said and "f" not in said or male_surname):
                continue
            if not female and "f" in said and "m" in genders.get(i, set()):
                continue
            uf.union(i, target)

    # Spelling variants. Only names of one coarse type and as many words can match (the word-by-word
    # test below), and two people's first words must agree: each name is compared within its bucket
    # only (issue 17: a story of thousands of names), the pairs close as wholes (_close_pairs) first.
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, (ci, ki) in enumerate(names):
        if len(ki) >= 5:
            words = ki.split()
            buckets[(ci, len(words), words[0] if ci == "PERSON" and len(words) > 1 else "")].append(i)
    for i, j in _close_pairs(buckets, names):
        (ci, ki), (cj, kj) = names[i], names[j]
        if ci != cj or len(kj) < 5 or uf.find(i) == uf.find(j):
            continue
        if ci == "PERSON":
            pi, pj = ki.split(), kj.split()
            if len(pi) != len(pj) or (len(pi) > 1 and pi[0] != pj[0]):
                continue
        if ki.split()[0] != kj.split()[0] and (ki.startswith(kj) or kj.startswith(ki)):
            continue  # "yemen" / "yemeni coast guard" kind of prefixes
        # Word by word: "Changi International Airport" is not "Chiang Mai International
        # Airport", though the two strings score 90 as a whole.
        wi, wj = ki.split(), kj.split()
        if len(wi) != len(wj) or any(fuzz.ratio(a, b) < FUZZY_WORD_THRESHOLD for a, b in zip(wi, wj)):
            continue
        if fuzz.ratio(ki, kj) >= FUZZY_THRESHOLD:
            uf.union(i, j)

    groups: dict[int, list[RawMention]] = defaultdict(list)
    for i in range(len(names)):
        groups[uf.find(i)].extend(members[i])
    return list(groups.values())


def _close_pairs(buckets: dict[tuple, list[int]], names: list[tuple[str, str]]) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) of one bucket whose keys score ``FUZZY_THRESHOLD`` or more (``fuzz.ratio``), in the order
    of a loop over i, then j: the last test of a spelling variant, asked first and in C for a whole bucket (issue 17:
    a bucket of hundreds of names was hundreds of thousands of pairs asked one by one). The other tests are pure
    and the union-find's partition does not depend on the order of its unions, so the names joined are the same."""
    from rapidfuzz import fuzz, process

    found: list[tuple[int, int]] = []
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        keys = [names[i][1] for i in bucket]
        for first in range(0, len(keys), 512):  # rows a block at a time: memory stays bounded
            scores = process.cdist(keys[first:first + 512], keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
            for a, b in zip(*scores.nonzero()):
                if first + a < b:
                    found.append((bucket[first + a], bucket[b]))
    return iter(sorted(found))


# Generations written after a name: not its surname.
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
# Common English short forms that are not the start of the full first name (a prefix, "Stan" of "Stanley",
# is read without a list).
_NICKNAMES = {
    "bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert", "rob": "robert",
    "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james", "mike": "michael", "ted": "edward",
    "ed": "edward", "eddie": "edward", "tony": "anthony", "peggy": "margaret", "maggie": "margaret",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine", "katie": "katherine",
    "kathryn": "katherine", "catherine": "katherine", "cathy": "katherine", "chuck": "charles", "charlie": "charles",
    "jack": "john", "johnny": "john", "hank": "henry", "harry": "henry", "larry": "lawrence", "dave": "david",
    "steve": "stephen", "steven": "stephen", "joe": "joseph", "jerry": "gerald", "sue": "susan", "peggie": "margaret",
    "bert": "albert", "andy": "andrew", "matt": "matthew", "pat": "patrick", "nick": "nicholas", "ben": "benjamin",
}


def _person_words(k: str) -> list[str]:
    """A person's key in words, without a generation at the end ("anthony lacalamita iii")."""
    words = k.removesuffix(_GENDER_MARK["f"]).split()
    while len(words) > 2 and words[-1] in _GENERATIONS:
        words = words[:-1]
    return words


def _written_as_one_word(group: list[RawMention]) -> bool:
    """Is every mention of this name one written word ("Strauss-Kahn", "al-Sanussi")?"""
    return all(" " not in rm.name.strip() for rm in group)


def _first_names_agree(a: str, b: str) -> bool:
    """"Stan" and "Stanley", "Bill" and "William", "Hasan" and "Hassan": one first name. Not "John" and "Katie"."""
    from rapidfuzz import fuzz

    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    if _NICKNAMES.get(a, a) == _NICKNAMES.get(b, b):
        return True
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85  # "Hasan"/"Hassan"; not "Jon"/"Joan"


def _middle_initials(words: list[str]) -> str:
    """The initials of the names between the first and the last: "w" of "george w bush", "hw" of "george hw bush" and
    of "george herbert walker bush" (a key word of one or two letters is initials already)."""
    return "".join(w if len(w) <= 2 else w[0] for w in words[1:-1])


def same_person_name(a: list[str], b: list[str]) -> bool:
    """Two full names (key words, same surname) that name one person: the same first name or a form of it
    ("Ken Feinberg", "Kenneth Feinberg"), past initials before it ("G. Gordon Liddy", "Gordon Liddy"), or
    one the other's last words ("Razorback Peyton Hillis", "Peyton Hillis"; issue 20). Two different first
    names ("John Jenkin", "Katie Jenkin") stay two people."""
    if a[-1] != b[-1]:
        return False
    if a[0] == b[0]:
        # "George W. Bush" and "George H.W. Bush": one first name, but middle names that differ are two people
        # (review s9 ENT-MERGE: the son's mentions were filed under the father).
        middle_a, middle_b = _middle_initials(a), _middle_initials(b)
        return not (middle_a and middle_b and middle_a != middle_b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 2 and len(long) > len(short) and long[-len(short):] == short:
        return True
    first_a = next((w for w in a[:-1] if len(w) > 1), a[0])
    first_b = next((w for w in b[:-1] if len(w) > 1), b[0])
    return _first_names_agree(first_a, first_b)


# A surname spelled two ways is one surname only this close (Jaro-Winkler, 0-1): "Gaddafi"/"Gadhafi"
# 0.93, "Gaddafi"/"Qaddafi" 0.90. Closeness alone is no proof ("Johnson"/"Johnston" 0.975): two full names
# join only when their first names agree too, and a bare surname only a spelling the story itself
# varies (a person written with two surnames).
SURNAME_VARIANT_THRESHOLD = 0.88


def _close_surnames(surnames: list[str]) -> dict[str, set[str]]:
    """Each surname (5+ letters) with the other, different surnames of the list close to it in spelling."""
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    words = sorted({s for s in surnames if len(s) >= 5})
    close: dict[str, set[str]] = defaultdict(set)
    if len(words) < 2:
        return close
    scores = process.cdist(words, words, scorer=JaroWinkler.normalized_similarity,
                           score_cutoff=SURNAME_VARIANT_THRESHOLD)
    for a, b in zip(*scores.nonzero()):
        if a != b:
            close[words[a]].add(words[b])
    return close


def _spelling_variant_people(people, parts_of, one_word, full_by_last, names, uf, members) -> dict[int, set[str]]:
    """Join full names whose surnames are spelling variants and whose first names agree ("Muammar Gaddafi",
    "Moammar Gadhafi"; issue 20). A name that would join two different people joins neither, and two spellings
    written in one report are two people ("Sen. Mary Landrieu" and "Adm. Mary Landry" in one BP spill report):
    a transliteration varies between outlets, not within one report. Returns, for
    each person written with more than one surname, the surnames it is written with (root -> spellings)."""
    close = _close_surnames(list(full_by_last))
    docs = {i: {rm.mention.document for rm in members[i]} for i in people}

    def agree(a: list[str], b: list[str]) -> bool:  # one person's name, the surname aside
        return same_person_name(a[:-1] + [b[-1]], b)

    matches: dict[int, set[int]] = {}
    for i in people:
        parts = parts_of[i]
        if len(parts) < 2 or i in one_word or names[i][1].endswith(_GENDER_MARK["f"]):
            continue
        matches[i] = {j for other in close.get(parts[-1], ()) for j in full_by_last[other]
                      if agree(parts, parts_of[j]) and not docs[i] & docs[j]}
    # "J. Marchetty" fits both "Jan Marchetti" and "Jon Marchetti": two people, so it joins neither, and
    # neither joins it.
    fits_one = {i for i, found in matches.items()
                if all(agree(parts_of[a], parts_of[b]) for a in found for b in found if a < b)}
    for i in fits_one:
        for j in matches[i]:
            if j in fits_one:
                uf.union(i, j)
    spellings: dict[int, set[str]] = defaultdict(set)
    for last, carriers in full_by_last.items():
        for j in carriers:
            spellings[uf.find(j)].add(last)
    return {root: lasts for root, lasts in spellings.items() if len(lasts) > 1}


def _variant_carriers(surname: str, variant_spellings: dict[int, set[str]], full_by_last, uf) -> set[int]:
    """The full names a bare surname with no full name of its own spelling means: those of the one person the
    story writes with several surnames, one of them close to this one ("Qaddafi" and a Muammar Gaddafi who is
    also "Moammar Gadhafi"). Empty when no such person, or two."""
    if len(surname) < 5:
        return set()
    roots = {root for root, lasts in variant_spellings.items() if _close_surnames([surname, *lasts]).get(surname)}
    if len(roots) != 1:
        return set()
    root = next(iter(roots))
    return {j for last in variant_spellings[root] for j in full_by_last[last] if uf.find(j) == root}


def _dominant_full_name(surname: int, full_names: set[int], members, uf) -> int | None:
    """The full name a bare surname means when the story names two people who share it: the one
    written beside the surname in its reports, in at least two of them and three times as many as
    any other ("Lopez" is Andrew Lopez, not his brother Kristian Lopez named once: ECB+ topic 33).
    None when no one name dominates ("Clinton" in a story of Hillary and Bill Clinton)."""
    said_in = {rm.mention.document for rm in members[surname]}
    cover: dict[int, set[str]] = defaultdict(set)
    for j in full_names:
        cover[uf.find(j)] |= {rm.mention.document for rm in members[j]} & said_in
    ranked = sorted(cover.items(), key=lambda kv: len(kv[1]), reverse=True)
    best, runner_up = len(ranked[0][1]), len(ranked[1][1]) if len(ranked) > 1 else 0
    if best >= 2 and best >= 3 * runner_up:
        return next(j for j in full_names if uf.find(j) == ranked[0][0])
    return _introduced_before(surname, full_names, members, uf)


def _introduced_before(surname: int, full_names: set[int], members, uf) -> int | None:
    """The full name a bare surname means when, in every report that uses the surname, exactly one of the
    people sharing it is named in full before the surname's first use, and it is the same person: news names
    a person in full first ("said Harry E. Johnson Sr." ... "Johnson said"), and a byline or credit at the
    end ("Staff writers ... Jenna Johnson") comes after (issue 20). None otherwise."""
    first_use: dict[str, int] = {}
    for rm in members[surname]:
        doc = rm.mention.document
        first_use[doc] = min(first_use.get(doc, rm.mention.start), rm.mention.start)
    chosen: set[int] = set()
    for doc, start in first_use.items():
        before = {uf.find(j) for j in full_names for rm in members[j]
                  if rm.mention.document == doc and rm.mention.end <= start}
        if len(before) != 1:
            return None
        chosen |= before
    if len(chosen) != 1:
        return None
    root = next(iter(chosen))
    return next(j for j in full_names if uf.find(j) == root)


def canonical(group: list[RawMention]) -> tuple[str, str, list[str]]:
    """(name, type, aliases): the longest full form, the majority label, every other form."""
    labels = Counter(rm.mention.label for rm in group)
    etype = majority_label(labels)
    forms = Counter(rm.name for rm in group)
    # The fullest proper name: a form written with a capital before one in lower case ("Justice Department",
    # not "justice department"), then the most words, the longest, the most written (issue 20e).
    name = max(forms, key=lambda f: (f[:1].isupper(), len(f.split()), len(f), not f.isupper(), forms[f]))
    etype = group_type(group, name) or etype
    if etype == "PERSON" and " " not in name.strip():
        # A surname only ever written with a woman's title is named so: "Mrs. Garcia".
        titles = {rm.title for rm in group}
        if len(titles) == 1 and title_gender(next(iter(titles))) == "f":
            name = f"{next(iter(titles))} {name}"
    written = {rm.mention.text for rm in group} | {f"{rm.title} {rm.name}" for rm in group if rm.title}
    # A form in lower case is a common noun's, an alias only as the case of a capitalised form ("gulf" of "Gulf",
    # which reconcile finds in "claims from the gulf"); never "department" of "Justice Department" (issue 20e).
    capitalised = {w.casefold() for w in written | {name} if any(ch.isupper() for ch in w)}
    aliases = sorted(w for w in written - {name} if any(ch.isupper() for ch in w) or w.casefold() in capitalised)
    return name, etype, aliases
