"""One thing written several ways in one story: the forms that name it join the one name that carries them
(issue 20 item 8, eighth session). Each rewrites a mention's name to the name it joins; the mention keeps its text
(an alias), and the alias rules then group the two.

- :func:`first_name_variants`: the full names of one surname whose first names are one name's forms
  ("Alexandros Grigoropoulos" in most reports, "Alexis Grigoropoulos" in others: one boy), when no report writes two
  of them and every full name of that surname is such a form ("Hillary Clinton" and "Bill Clinton" stay two);
- :func:`plurals_of_names`: "iPhones" is "iPhone", "Socialists" are "Socialist", "Greeks" "Greek" (a product, an
  organisation or a group written in the plural); never a person's name ("Adams", "Williams") nor a place's;
- :func:`inverted_names`: "Trump Donald" is "Donald Trump" where the story writes that name.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict

from .ner import RawMention, key

# A short form of a first name shares at least this many first letters with it ("Alex" of "Alexis", "Alexandros").
_SHARED_LETTERS = 4
# ... and is this short at most: "Alexandra" and "Alexander" are two names, "Alexis" and "Alexandros" one.
_SHORT_FORM = 6


def _variant_first_names(a: str, b: str) -> bool:
    """Two first names that are forms of one: one begins the other ("Stan", "Stanley"), or the shorter, of at most
    six letters, shares its first four letters with the other ("Alexis", "Alexandros")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True
    return len(short) <= _SHORT_FORM and len(os.path.commonprefix([a, b])) >= _SHARED_LETTERS


def first_name_variants(mentions: list[RawMention]) -> list[RawMention]:
    """Story-wide: the full names (two or three words) of one surname are one person's when every two of their
    first names are forms of one name and no report writes two of them; each takes the one written most."""
    full: dict[str, dict[str, list[RawMention]]] = defaultdict(lambda: defaultdict(list))
    for rm in mentions:
        words = key(rm.name).split()
        if rm.mention.label == "PERSON" and 2 <= len(words) <= 3 and rm.name[:1].isupper():
            full[words[-1]][key(rm.name)].append(rm)
    for surname, names in full.items():
        if len(names) < 2:
            continue
        firsts = {k: k.split()[0] for k in names}
        if len({len(k.split()) for k in names}) != 1 or not all(
                _variant_first_names(firsts[a], firsts[b]) for a in names for b in names if a < b):
            continue
        reports = Counter(d for k in names for d in {rm.mention.document for rm in names[k]})
        if any(n > 1 for n in reports.values()):
            continue  # a report that writes two of the names writes two people ("Alexander" and "Alexandra")
        main = max(names, key=lambda k: (len(names[k]), len(k), k))
        surface = Counter(rm.name for rm in names[main]).most_common(1)[0][0]
        for k, group in names.items():
            if k != main:
                for rm in group:
                    rm.name = surface
    return mentions


_PLURAL_LABELS = ("ORG", "PRODUCT", "NORP", "EVENT", "WORK_OF_ART")
# A name a plural can be made of: with a figure ("787 Dreamliner"), a capital inside a word ("iPhone", "MacBook
# Pro") or several words ("Academy Award"); one plain word ends in "s" as a name of its own too ("Hamas", "Lloyds").
_PRODUCT_SHAPED = re.compile(r"\d|[a-z][A-Z]|\s")


def plurals_of_names(mentions: list[RawMention]) -> list[RawMention]:
    """Story-wide: a name written in the plural ("iPhones", "Socialists", "Greeks") and the singular name the story
    also writes ("iPhone", "Socialist", "Greek") are one, named as the story writes it more often, when the singular
    is an organisation's, a product's or a group's and neither is a person's or a place's (the model called "Greeks" a
    person: it takes the singular's label)."""
    labels: dict[str, Counter] = defaultdict(Counter)
    surface: dict[str, Counter] = defaultdict(Counter)
    for rm in mentions:
        k = key(rm.name)
        labels[k][rm.mention.label] += 1
        surface[k][rm.name] += 1
    people = {w for rm in mentions if rm.mention.label == "PERSON" and len(rm.name.split()) >= 2
              for w in key(rm.name).split()}
    pairs: dict[str, str] = {}  # plural key -> singular key
    for rm in mentions:
        k = key(rm.name)
        label = rm.mention.label
        if (not k.endswith("s") or rm.title or k in people
                or not (label in _PLURAL_LABELS or label == "PERSON" and " " not in k)):
            continue
        for singular in (k[:-1], k[:-2] if k.endswith("es") else None):
            if not singular or len(singular) < 3 or singular not in labels or singular in people:
                continue
            to = labels[singular].most_common(1)[0][0]
            if to not in _PLURAL_LABELS or any(labels[singular][p] for p in ("GPE", "LOC", "FAC")):
                continue
            if to == "NORP":
                # "Greeks" the model called people's name is the group's; the people and the adjective stay two
                # names ("Americans", "American": NewsWCL50 chains them apart).
                if label == "PERSON":
                    rm.mention.label = to
                break
            if label == "PERSON":
                break  # "Turkmens" a person beside a "Turkmen" product: both wrong, neither says the other
            if not _PRODUCT_SHAPED.search(surface[singular].most_common(1)[0][0]):
                break  # one plain word: "Hamas" is not "Hama", "Lloyds" not "Lloyd"
            rm.mention.label = to
            pairs[k] = singular
            break
    # A group's word the model once called a person ("Greek" beside ten "Greek" of a group) is the group's.
    for rm in mentions:
        k = key(rm.name)
        if rm.mention.label == "PERSON" and " " not in k and not rm.title and k not in people:
            top = labels[k].most_common(1)[0][0]
            if top == "NORP" and labels[k]["NORP"] > labels[k]["PERSON"]:
                rm.mention.label = "NORP"
    # The pair takes the form written more often ("Academy Awards" beside one "Academy Award"; a tie: the singular).
    plural_of = {s: p for p, s in pairs.items()}
    for rm in mentions:
        k = key(rm.name)
        plural = k if k in pairs else plural_of.get(k)
        if plural is not None:
            written = pairs[plural] if sum(surface[pairs[plural]].values()) >= sum(surface[plural].values()) else plural
            rm.name = surface[written].most_common(1)[0][0]
    return mentions


def inverted_names(mentions: list[RawMention]) -> list[RawMention]:
    """A person's two-word name written surname first ("Trump Donald", a page's garbled link) is the full name the
    story writes the other way round ("Donald Trump")."""
    written: dict[str, str] = {}
    for rm in mentions:
        if rm.mention.label == "PERSON" and len(rm.name.split()) == 2:
            written.setdefault(key(rm.name), rm.name)
    count = Counter(key(rm.name) for rm in mentions if rm.mention.label == "PERSON")
    for rm in mentions:
        words = key(rm.name).split()
        if rm.mention.label != "PERSON" or len(words) != 2:
            continue
        other = f"{words[1]} {words[0]}"
        if other in written and count[other] > count[key(rm.name)]:
            rm.name = written[other]
    return mentions
