"""Claims, finding figures in a sentence: the pattern of a quantity (bounds, ranges, currencies,
percentages, units, rates), the record of a figure found, and the numbers that are no claim
(a date, a time, a code, part of a name)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp import doc_text
from ..records import Normalized
from .figures import NUMBER_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE, _to_number
from .units import CURRENCY_WORDS, RATES, UNITS

BOUNDS = [("more than", "at_least"), ("over", "at_least"), ("at least", "at_least"), ("upwards of", "at_least"),
          ("in excess of", "at_least"), ("no fewer than", "at_least"), ("as many as", "at_most"),
          ("as much as", "at_most"), ("up to", "at_most"), ("at most", "at_most"), ("less than", "at_most"),
          ("fewer than", "at_most"), ("under", "at_most"), ("nearly", "about"), ("almost", "about"),
          ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"),
          ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("close to", "about"),
          ("just over", "about"), ("just under", "about"), ("about", "about"),
          # A bound denied is the other bound: "no more than 8" is at most 8, read as "more than" alone it was at least
          # 8 (issue 20x, twenty-second session; "more than" in a denied clause is read in ``bounds``)
          ("no more than", "at_most"), ("not more than", "at_most"), ("no less than", "at_least"),
          ("not less than", "at_least"), ("not fewer than", "at_least")]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\d.])\.\d+"
_WORDNUM = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_UNITW = "|".join(UNIT_WORDS)
# "twenty-five", "four hundred", "three hundred and twenty": built up in _to_number.
_COMPOUND = (rf"(?:(?:{'|'.join(TENS_WORDS)})[\s-](?:{_UNITW})|(?:{_UNITW}|{'|'.join(TEEN_WORDS)})\s+hundred"
             rf"(?:\s+(?:and\s+)?(?:{'|'.join(TENS_WORDS)}|{'|'.join(TEEN_WORDS)}|{_UNITW})(?:[\s-](?:{_UNITW}))?)?)")
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))
_SCALE = (r"(?:(?<=\d)\s(?:hundred\s)?(?:thousand|million|billion|trillion)\b|(?<=\d)\shundred\b"
          r"|\s?(?:thousand|million|billion|trillion|mn|bn|tn)\b|(?<=\d)(?:k|m|mil|bn|b)\b"
          # "a $20-billion fund", "a two-million-euro booty"
          r"|-(?:thousand|million|billion|trillion)\b)")
_CUR = (r"(?:\b(?-i:(?:US|AU|HK|NZ|C|S)\s?\$|A\$)|\$(?-i:US|A)(?=\d)|\$|€|£|¥|₹|"
        r"\b(?:USD|EUR|GBP|AUD|CAD|INR|CNY|CHF|JPY|HKD|NZD|SGD)\s?|\b(?-i:RM|Rs\.?|Y=)\s?|\b(?-i:euro)(?=\d)|\b(?-i:R)(?=\d[\d.,]*\s?(?:m|bn|million|billion)\b)"
        # "e85 million": a euro sign lost to a plain "e" (issue 20x, twenty-first session), only glued before a figure
        # with a scale, as the rand's "R" above
        r"|\b(?-i:e)(?=\d[\d.,]*\s?(?:m|bn|million|billion)\b))")
# A unit of several words may be hyphenated before its noun: "a 1,500-square-kilometer island".
_UNIT = "|".join(sorted((re.escape(u).replace(r"\ ", r"[\s-]") for u in UNITS), key=len, reverse=True))
_PCT = r"\s?(?:%|per ?cent\b|percent\b|(?<=\d)pc\b)"
# A range joiner: "300-350", "300 - 350", "4,000 to 6,000"; "50 -1.3%" is a number and a signed one.
# "and" joins a range only after "between": "about 2,500 and 168" is two figures.
_TO = r"(?:\s?(?:–|to|(?(between)and|(?!)))\s?|-\s?|\s[-–]\s)"
_CURWORD = "|".join(sorted((re.escape(u) for u in CURRENCY_WORDS if u != "€"), key=len, reverse=True))
_BOUND = "|".join(sorted((re.escape(b) for b, _ in BOUNDS), key=len, reverse=True))
# "a day" is also written "a-day" ("a 52,000 barrel-a-day refinery").
_RATE = "|".join(sorted((re.escape(r).replace(r"\ ", r"[\s-]") for r in RATES), key=len, reverse=True))

QUANTITY = re.compile(
    rf"(?P<by>(?<=\bby\s))?(?P<bound>\b(?:{_BOUND})\s+)?"
    rf"(?P<between>between\s+)?"
    rf"(?P<sign>(?<![\w.-])minus[\s-]?|(?<![\w.,-])[-−](?=[\d$€£.]))?"
    rf"(?P<cur>{_CUR})?(?(cur)(?P<sign2>-(?=\d))?)(?P<num>{_NUM}|\b(?:{_COMPOUND}|{_WORDNUM})\b)"
    rf"(?P<exp>\s?[×x]\s?10\s?(?:\^|\*\*)?\s?[−-]?\s?\d{{1,3}}(?![\d,]))?(?P<scale>{_SCALE})?"
    # "5% to 7%" is a range, "rose 6.5% to 164p" is not.
    rf"(?P<pct1>{_PCT}(?={_TO}[\d.,]+{_PCT}))?"
    # After "by", a first end written in full (its own scale or currency) is a change, and the
    # second a level: "increased by $43.6 billion to $419.2 billion"; "fell by 1 to 1.5 degrees" is a range.
    rf"(?:(?(by)(?(scale)(?!)|(?(cur)(?!)))){_TO}(?P<cur2>{_CUR})?(?P<num2>{_NUM}|\b(?:{_WORDNUM})\b)(?P<scale2>{_SCALE})?)?"
    rf"(?P<pct>{_PCT})?"
    # "352 net yards", "three more years": an adjective between a figure and its unit (issue 20, round 6).
    rf"(?:[\s-]?(?:(?P<unitadj>more|additional|extra|further|net|total)\s(?=[A-Za-z]{{2}}))?(?P<unit>(?:{_UNIT})|(?<=\d)(?-i:C|F))(?!\w))?"
    rf"(?:\s?(?P<cursym>€)|[\s-](?P<curword>{_CURWORD})\b|\s?(?P<pence>(?-i:p))(?!\w|\.\w))?"
    rf"(?:[\s-](?P<rate>{_RATE})\b(?!\s+(?:earlier|ago|before|later|after)\b)"
    # A conversion in brackets may stand between an amount and its rate: "C $6 (US $4.46) per share".
    rf"|(?=\s\([^()]{{1,40}}\)[\s-](?P<rate_p>{_RATE})\b)|(?=\)[\s-](?P<rate_c>{_RATE})\b))?"
    rf"|(?P<bound_v>\b(?:{_BOUND})\s+)?\b(?P<vague>{_VAGUE})\b",
    re.IGNORECASE)


_CLOCK_AFTER = re.compile(r"\s?(?:BST|GMT|UTC|EST|EDT|CET|CEST|ET|PT|am|pm|a\.m\.|p\.m\.|hrs|h)\b")


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    value_max: float | None
    unit: str | None  # as written ("miles", "USD", "%")
    bound: str
    normalized: Normalized
    rate: str | None = None
    subject: str | None = None
    counted: tuple[int, int] | None = None  # character span of the noun phrase counted ("best wireless speakers")


# Issue 20, seventh round (a new user's review): numbers that are part of a product's name or a label.
# "GT 650M", "Radeon HD 7970M": a figure glued to a capital letter after a capitalised model word.
_MODEL_WORD_BEFORE = re.compile(r"\b(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]\w*|[a-z]+[A-Z]\w*)\s$")
# "USB 3.0", "Bluetooth 4.0", "OS X 10.8": a version after a capitalised name (not at a sentence's start).
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b(?:[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)\s$")
# "iOS 6", "iPhone 5", "USB 2": a whole number after a camel-case or all-capital name.
_CAMEL_BEFORE = re.compile(r"\b(?:[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,6}|[A-Z][a-z]+[A-Z][A-Za-z]*)\s$")
# "the 13-inch MacBook Pro", "the 15-inch model", "13- and 15-inch models": a size that names a model.
# "the 15-inch will sell for", "the 13-and 15-inch portables", "the 13-inch and 15-inch Plimbooks" too.
_MODEL_SIZE_AFTER = re.compile(r"(?:\s?-?\s?(?:and|or|,)\s*\d+(?:\.\d+)?)?-?\s?(?:inch|in\.|″)"
                               r"(?:\s(?:and|or)\s\d+(?:\.\d+)?-?(?:inch|in\.|″))?[\s-]"
                               r"(?:[A-Z][a-z]*[A-Z]\w*|[A-Z][a-z]+\s[A-Z]\w*|(?:models?|versions?|variants?|options?|portables?"
                               r"|laptops?|notebooks?|tablets?|editions?)\b|(?P<verb>is|was|will|has|gets|costs|starts|comes|sells"
                               r"|offers|features|runs|boasts|ships)\b)"
                               # "a 3.1-inch SuperAMOLED display": the size of a screen told, a measurement
                               r"(?![\w-]*\s(?:[\w-]+\s)?(?:display|screen|panel|monitor|touchscreen)s?\b)")
# The same size written with an inch mark of quotes, before a model's camel-case name or a model noun: "the 17 ''
# MacBook Pro", "the 15\" model" (issue 20u, nineteenth session: ECB's tokenised text writes the mark as two
# apostrophes, and the 17 of the model's name was agreed as a count of laptops, fresh fdev). Only those two: a closing
# quote mark after a number before two capitalised words ("... 17'' Army Sgt.") stays a figure.
_MODEL_SIZE_QUOTED = re.compile(r"\s?(?:''|\"|”|″)\s(?:[A-Z][a-z]*[A-Z]\w*|(?:models?|versions?|laptops?|notebooks?|"
                                r"tablets?|portables?)\b)")
# A model's code written as four digits and more with a capital scale letter glued to it, "9400M", "7970M": a chip's
# name, not 9.4 billion of anything (issue 20u, nineteenth session: two sites' "the 9400M" agreed, fresh fdev). News
# writes billions as "9.4B" or "9,400 million"; money keeps its currency ("$9400M").
_MODEL_CODE_SCALE = re.compile(r"\d{4,}[MBK]")
_PHONE = re.compile(r"(?<![\d-])(?:\+?1[\s.-])?\(?\d{3}\)?[\s.-]?\d{3}[.-]\d{4}(?![\d-])")
# "1) the price", "2. the weight" at a line's start: a list's marker.
_LIST_MARKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*[(\[]?$")


def _a_name_phone_or_marker(text: str, m: re.Match) -> bool:
    """Is this figure part of a model's or a standard's name, a phone number or a list marker (no quantity)?"""
    num_start, num_end = m.start("num"), m.end("num")
    num = m.group("num")
    before = text[max(0, num_start - 30):num_start]
    money = any(m.group(g) for g in ("cur", "cur2", "curword", "cursym", "pence", "pct", "pct1"))
    if money:
        return False
    after = text[num_end:num_end + 12]
    # "3-D", "two-thirds" (a fraction, not the number two), "a one-two punch": no figure told.
    if re.match(r"-[A-Z](?![\w-])", after) and re.fullmatch(r"\d", num):
        return True
    if re.match(r"-(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b", after, re.I):
        return True
    if m.group("num2") and num.lower() == "one" and m.group("num2").lower() == "two" \
            and text[num_end:m.start("num2")] == "-":
        return True
    if m.group("scale") and re.fullmatch(r"[MBKmbk]", m.group("scale")) and _MODEL_WORD_BEFORE.search(before):
        return True
    if m.group("scale") and _MODEL_CODE_SCALE.fullmatch(text[num_start:m.end("scale")]) \
            and not re.match(r"\w", text[m.end("scale"):m.end("scale") + 1]):
        return True
    plain = not any(m.group(g) for g in ("scale", "unit", "num2", "bound", "sign", "rate"))
    if plain and re.fullmatch(r"\d{1,2}\.\d{1,2}", num) and _NAME_BEFORE.search(text[max(0, num_start - 30):num_start]) \
            and not re.match(r"\s(?:magnitude|on the Richter)", text[num_end:num_end + 20], re.I):
        return True
    if plain and re.fullmatch(r"\d{1,2}", num) and _CAMEL_BEFORE.search(before) \
            and not INDEX_NAME.search(before[-12:]):
        return _not_a_count_after(text, m.end())
    size = _MODEL_SIZE_AFTER.match(text, num_end) if num[:1].isdigit() else None
    # a verb right after only for a hyphenated size used as a noun ("the 15-inch will"), not "a Plimbook 16 inch is"
    if size and (not size.group("verb") or text.startswith("-", num_end)):
        return True
    if num.isdigit() and _MODEL_SIZE_QUOTED.match(text, num_end):
        return True
    window_start = max(0, num_start - 16)
    for phone in _PHONE.finditer(text[window_start:num_end + 16]):
        if phone.start() + window_start <= num_start < phone.end() + window_start:
            return True
    return (plain and num.isdigit() and int(num) < 100 and bool(_LIST_MARKER_BEFORE.search(text[max(0, num_start - 6):num_start]))
            and bool(re.match(r"[).\]]\s", text[num_end:num_end + 2])))


def _not_a_count_after(text: str, end: int) -> bool:
    """After "iOS 6" comes punctuation, a verb or a capitalised word, not a plural noun ("USB 2 ports" is still
    a name; "AP 3 people" is not written)."""
    return not re.match(r"\s(?:[a-z]+s)\b(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bdoes)", text[end:end + 20]) or \
        bool(re.match(r"\s(?:ports?|chips?|devices?|phones?|connectors?|slots?|cables?)\b", text[end:end + 20]))


def _is_not_a_claim(text: str, m: re.Match, skip: list[tuple[int, int]]) -> bool:
    if _a_name_phone_or_marker(text, m):
        return True
    num_start, num_end = m.start("num"), m.end("num")
    num = m.group("num")
    before, after = text[max(0, num_start - 1):num_start], text[num_end:num_end + 1]
    # Part of a word or code ("COVID-19", "A320", "G7"), a time ("11:30"), or an ordinal.
    if (re.match(r"[A-Za-z]", before) and not m.group("cur")) or (after and re.match(r"[A-Za-z]", after) and not m.group("unit")
                                         and not m.group("scale") and not m.group("pct")
                                         and not m.group("pence")):
        return True
    if re.match(r"[:/⁄]", after) or re.match(r"[:/⁄]", before):
        return True
    if (re.fullmatch(r"[A-Za-z]-", text[max(0, num_start - 2):num_start]) and not m.group("sign")
            # "workers-two women" (a dash written as a hyphen): a number word standing alone is a figure;
            # "production-four-door" is a compound
            and (num[:1].isdigit() or text[num_end:num_end + 1] == "-")
            and not re.search(r"\b(?:sub|magnitude)-$", text[max(0, num_start - 10):num_start], re.I)):  # "COVID-19", "F-16"
        return True
    if _CLOCK_AFTER.match(text, m.end("num")):  # "11.25 BST", "9.30pm": a time of day
        return True
    has_unit = any(m.group(g) for g in ("cur", "curword", "cursym", "pence", "pct", "pct1", "unit", "scale", "scale2"))
    # spaCy's small model often calls a bare figure a DATE ("sales of 5835 units", "fell to 13176");
    # only a number that could be a year or a day is one.
    could_be_date = not re.search(r"[,.]", num) and (not num.isdigit() or int(num) <= 31 or 1000 <= int(num) <= 2200)
    for a, b in skip:
        if (a <= num_start < b and not has_unit and could_be_date and not _age_after_name(text, num, num_start, num_end)
                and not _AGES_BEFORE.search(text[max(0, num_start - 30):num_start])):
            return True
    # A bare year is a date, not a quantity.
    if not has_unit and re.fullmatch(r"(1[89]|20)\d\d", num) and not m.group("bound"):
        return True
    return False


# "picking up her daughter, 11, from school", "his brother, 24,": a relative's age after the kin word (issue 20).
_KIN = (r"daughters?|sons?|brothers?|sisters?|wife|husband|mother|father|child|girlfriend|boyfriend|nephew|niece|"
        r"cousin|grandson|granddaughter|grandmother|grandfather|uncle|aunt|stepson|stepdaughter|fianc[ée]e?|partner")


# "John Jenkin, 23, was arrested", "Kathryn Jenkin, 20 and from Aberdare": an age after a name, which
# spaCy often calls a DATE (issue 20); not after a day or month name ("Friday, 20 May").
_NAME_COMMA = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:[A-Z][A-Za-z'’-]*[a-z]|(?i:"+_KIN+r")),\s$")


# "two sons, ages 16 and 6", "aged 4 and 7": ages the parser calls a date (issue 20, round 6).
_AGES_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:\d{1,3}\s*(?:,|and|to|or|-)\s*)*$", re.I)


def _age_after_name(text: str, num: str, num_start: int, num_end: int) -> bool:
    return (num.isdigit() and 1 <= int(num) <= 120 and bool(_NAME_COMMA.search(text[max(0, num_start - 40):num_start]))
            and bool(re.match(r",|\.(?:\s|$)|\s+and\s+(?:from|of)\b", text[num_end:num_end + 12])))


# Index and list names whose number is part of the name ("S&P 500", "FTSE 100", "Fortune 500").
INDEX_NAME = re.compile(r"(?:(?i:S\s?&?\s?P)|FTSE|Fortune|Russell|Nasdaq|Stoxx|DAX|CAC|Nikkei|Euro Stoxx|TSX|ASX|Hang Seng)\s$")


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


_HARM_VERB = re.compile(r"(?:kill|injur|wound|hurt|shoot|shot|stab|leav|left|rescu|arrest|detain|sav)\w*$")


def _plural_in_phrase(doc, first: int) -> bool:
    """Does the noun phrase from ``first`` end in a plural common noun ("384 Intel Atom dual-core processors":
    a brand, then the things counted), before any verb, number or punctuation other than a hyphen?"""
    for t in doc[first:first + 7]:
        if t.tag_ == "NNS":
            return True
        if t.pos_ in ("VERB", "AUX", "NUM", "ADP", "CCONJ") or (t.is_punct and t.text != "-"):
            return False
    return False


# What follows a gun's calibre: ".357 Magnum", ".38 special", ".22-caliber rifle".
_GUN_AFTER = re.compile(r"\s?(?:-\s?)?(?:magnum|calibre|caliber|cal\b|handgun|revolver|pistol|rifle|special|auto\b|acp\b)", re.I)


# "a mother of 12": the children of a parent counted (issue 20).
PARENT_WORDS = {"mother", "father", "mom", "mum", "dad", "parent", "parents", "grandmother", "grandfather", "grandparents"}


# What a score or a win-loss record is told with: "a 20-13 victory", "a 2-14 season", "the Bears (2-13, 1-7 home)".
_RESULT_NOUNS = {"victory", "win", "loss", "defeat", "lead", "record", "season", "tie", "draw", "rout", "triumph",
                 "score", "scoreline", "decision", "vote", "finish", "start", "mark", "margin", "split"}
_RESULT_VERBS = {"win", "lose", "beat", "defeat", "lead", "trail", "tie", "finish", "go", "improve", "fall", "drop",
                 "move", "edge", "dispatch", "down", "top", "rout", "vote"}


def _a_score_or_record(doc, m: re.Match) -> bool:
    """Is "N-M" a score or a win-loss record, not a range (issue 20, round 6: "the Chiefs (2-13)" was a range
    2 to 13)? Told in brackets right after a name, before a result noun, or after a verb of winning or losing."""
    text = doc_text(doc)
    if re.search(r"[A-Z][\w.'’]*\s?\(\s*(?:\d{1,3}-\d{1,3},\s*)?$", text[max(0, m.start() - 30):m.start()]):
        return True
    span = doc.char_span(m.start("num"), m.end("num2"), alignment_mode="expand")
    if span is None:
        return False
    nxt = next((t for t in doc[span.end:span.end + 3] if t.pos_ in ("NOUN", "PROPN") or t.lower_ in _RESULT_NOUNS), None)
    if nxt is not None and nxt.lemma_.lower() in _RESULT_NOUNS:
        return True
    head = span.root.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _RESULT_VERBS | {"be"} and head.i < span.start and (
        head.lemma_.lower() != "be" or any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.children))


def _is_a_name(doc, m: re.Match) -> bool:
    """A bare number that is part of a name ("iPhone 11", "Game 2", "S&P 500", "787 Dreamliner",
    "575 Wilbraham Road"), a day of a month the parser missed ("1 September"), "one" used as a
    pronoun ("each one", "the same one") or "half" in "half-staff" or "the second half" is not a quantity."""
    if m.group("num2") and not any(m.group(g) for g in ("cur", "cur2", "pct", "unit", "scale", "scale2", "curword")):
        low, high = _to_number(m.group("num"), None), _to_number(m.group("num2"), None)
        joiner = doc_text(doc)[m.end("num"):m.start("num2")].strip()
        # "won 2-1", "tied at 89-89", "ISO 3888-2": a score or a code, not a range.
        if joiner == "-" and low is not None and high is not None and low >= high:
            return True
        return joiner == "-" and _a_score_or_record(doc, m)
    if any(m.group(g) for g in ("cur", "curword", "cursym", "pence", "pct", "pct1", "unit", "scale", "num2", "bound",
                                "sign")):
        return False
    text = doc_text(doc)
    if INDEX_NAME.search(text[max(0, m.start("num") - 12):m.start("num")]):
        return True
    span = doc.char_span(m.start("num"), m.end("num"), alignment_mode="expand")
    if span is None:
        return False
    first, last = span[0], span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    if m.group("num").lower() == "one":
        # "the same one", "each one they lose": a pronoun; "one died", "killed one and injured three": a count.
        after = doc[last.i + 2] if last.i + 2 < len(doc) else None
        if (prev is not None and prev.text in (",", "including") and nxt is not None and nxt.lower_ in ("in", "at")
                and after is not None and after.pos_ == "PROPN"):
            return False  # "eight in New York City, one in Ohio": a count in a list of places
        if prev is not None and prev.pos_ == "VERB" and _HARM_VERB.match(prev.lower_):
            return False  # "shooting three people, killing one": a count of the people harmed
        if prev is not None and (prev.pos_ in ("DET", "ADJ") or prev.lower_ in ("each", "any", "another", "every")):
            return not (nxt is not None and (nxt.pos_ in ("NOUN", "ADJ", "PROPN") or nxt.lower_ == "of"))
        return not (nxt is not None and (nxt.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "AUX", "CCONJ") or nxt.lower_ == "of"))
    if m.group("num").lower() == "half":
        return (nxt is not None and nxt.text == "-") or (prev is not None and prev.lower_ in ("first", "second", "the"))
    if nxt is not None and nxt.lower_ in MONTHS and m.group("num").isdigit() and int(m.group("num")) <= 31:
        return True
    after = doc[last.i + 2] if last.i + 2 < len(doc) else None
    if prev is not None and prev.lower_ == "of" and first.i > 1 and doc[first.i - 2].lower_ in PARENT_WORDS:
        return False  # "Mother of 13 Zurana Horton": her children counted, not a name (issue 20)
    if (m.group("num").isdigit() and nxt is not None and nxt.tag_ == "NNP" and nxt.text[:1].isupper()
            and not re.search(r"\d", nxt.text)  # "14 AK-47 Rifles": a count of coded things
            and not _plural_in_phrase(doc, last.i + 1)
            and nxt.ent_type_ not in ("NORP", "GPE") and (after is None or after.pos_ not in ("NOUN", "NUM"))):
        return True  # "787 Dreamliner starting", "575 Wilbraham Road": a model or an address
    if prev is not None and prev.lower_ in ("category", "phase", "level", "stage"):
        return False  # "a Category 3 storm", "phase 4": a rank told, which may change (issue 20)
    # "iPhone 11 Pro", "Apple Watch 5", "Game 2": a capitalised name right before, not at a sentence start.
    return (m.group("num").isdigit() and prev is not None and prev.pos_ == "PROPN" and not prev.text.islower()
            and not prev.is_sent_start and prev.ent_type_ not in ("DATE", "PERSON")
            and (nxt is None or nxt.is_punct or nxt.pos_ in ("PROPN", "NOUN", "CCONJ", "ADP", "PART", "AUX", "VERB")))
