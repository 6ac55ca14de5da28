"""Claims, the thing counted: the noun a figure counts, what happened to the people counted
("killed", "injured"), and the verb it hangs from."""

from __future__ import annotations

import re

from ..nlp import doc_text
from .find import _GUN_AFTER, PARENT_WORDS, Quantity

PEOPLE = {"people", "person", "persons", "resident", "residents", "civilians", "civilian", "individuals", "villagers",
          "victims", "martyrs"}  # a toll of "48 martyrs" or "victims" counts people killed (issue 20)
DEATH = re.compile(r"\b(kill|killed|killing|dead|death|deaths|die|died|toll|lives)\b", re.I)
# Participles come from lemminflect's English inflection tables ("lead" -> "led", "oversee" -> "overseen", "cost" ->
# "cost"): a hand list missed most irregular verbs and wrote "lawsuits leaded", "dollars costed" (sixth session).
# reconcile's ``basis._participle_like`` asks the same tables, so the final verb of a key is dropped either way.


# What happened to the people a figure counts, most specific first: a part ("seriously injured")
# is not its total ("injured"), and an injury is not a death.
OUTCOMES = [
    ("seriously injured", re.compile(r"\b(?:seriously|critically|severely|badly|gravely)\s+(?:injur\w*|wounded|hurt|burn\w*)"
                                     r"|\bin (?:a )?(?:serious|critical|grave) condition|\bserious(?:ly)? injur\w*", re.I)),
    ("injured", re.compile(r"\b(?:injur\w*|wounded|wounding|hurt|hospitali[sz]ed)\b", re.I)),
    ("killed", re.compile(r"\b(?:kill\w*|dead|died|dies|die|deaths?|fatalit\w*|lives|bodies|death toll|toll|perished|"
                          r"drowned)\b", re.I)),
    ("missing", re.compile(r"\b(?:missing|unaccounted)\b", re.I)),
    ("evacuated", re.compile(r"\bevacuat\w*", re.I)),
    ("displaced", re.compile(r"\b(?:displaced|homeless|fled|left homeless)\b", re.I)),
    ("arrested", re.compile(r"\b(?:arrest\w*|detained)\b", re.I)),
    ("rescued", re.compile(r"\brescued\b", re.I)),
    ("trapped", re.compile(r"\btrapped\b", re.I)),  # "six killed and 14 trapped under debris"
    ("infected", re.compile(r"\b(?:infect\w*|(?:confirmed |suspected )?cases)\b", re.I)),
]
# "30 injured, 5 of them seriously": a part told after its total.
_PART_AFTER = re.compile(r"^\s*(?:of (?:them|whom|those)\s+)?(?:seriously|critically|severely|badly|gravely)\b", re.I)
COUNTED_PRONOUNS = {"them", "others", "whom", "those", "more", "other"}
OUTCOME_WORDS = {"dead", "injured", "wounded", "missing", "killed", "hurt", "evacuated", "displaced", "homeless"}


def local_outcome(text: str, start: int, end: int, sentence_start: int = 0) -> str | None:
    """What happened to the people a figure at [start, end) counts, read from the words right after
    it ("40 were injured", "300 still missing") or, failing that, right before it ("injuring 30",
    "the death toll rose to 1,100"); None when the words next to the figure do not say."""
    after = re.split(r"[.,;:()]|\d|\b(?:and|but|while|including|whereas|with)\b", text[end:end + 80], maxsplit=1)[0]
    # Five words: six would read "eight were determined to be probable cases" as infected, not as the students
    # counted before (the real stories' H1N1 a7); "100 were still thought to be missing" stays unread.
    after = " ".join(after.split()[:5])
    if _PART_AFTER.match(text[end:end + 40]):
        return "seriously injured"
    found = [(m.start(), name) for name, rx in OUTCOMES for m in [rx.search(after)] if m]
    if found:
        first = min(p for p, _ in found)
        return next(name for p, name in found if p == first)  # most specific of those at the first place
    before = text[max(sentence_start, start - 60):start]
    before = re.split(r"[.;:()]|\d", before)[-1]
    words = before.split()
    near = " ".join(words[-4:])
    found = [(m.end(), name) for name, rx in OUTCOMES for m in rx.finditer(near)]
    if found:
        last = max(p for p, _ in found)
        return next(name for p, name in found if p == last)
    return None


def _antecedent(doc, before: int):
    """The plural noun a "them" before ``before`` most likely stands for: the nearest one in its
    sentence or the sentence before ("intercepted five skiffs. While two of them fled")."""
    sentence = doc[before].sent
    first = sentence.start
    if first > 0:
        first = doc[first - 1].sent.start
    for t in reversed(doc[first:before]):
        if t.tag_ == "NNS" and t.is_alpha:
            return t
    return None


def _participle(lemma: str) -> str:
    """The past participle of a verb's lemma, as English writes it."""
    from lemminflect import getInflection

    forms = getInflection(lemma, "VBN")
    return forms[0] if forms else lemma + "ed"


# The people a gathering counts: "estimated the crowd at 70", "the size of the demonstration ... at 10,000".
_CROWD = re.compile(r"\b(?:crowds?|demonstrations?|protests?|marche?s?|rally|rallies|turnout|attendance|attended by|"
                    r"gathering|vigil)\b", re.I)


# A rank told with its figure: "a Category 3 storm", "pandemic phase 4", "alert level 6" (issue 20).
RANK_WORDS = {"category", "phase", "level", "stage", "grade"}
# A quake's magnitude however it is written: "a magnitude-6.1 temblor", "a 6.1-magnitude quake",
# "registering 6.1 on the Richter scale", "a magnitude of 5.9", "measuring 6.4". Not (yet) "a 6.7-strength
# quake" nor "a 6.7 degree quake": in the real stories those are past quakes told beside another past
# quake in one sentence, which reconcile cannot yet tell apart (ECB+ 20: Bam 6.7 vs Zarand 6.4).
_MAGNITUDE_AFTER = re.compile(r"^\s?-?\s?(?:magnitude|richter|on the richter)\b", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|measuring|registering|richter(?: scale)?)(?:\s+of)?(?:\s+(?:at least|about|"
                               r"around|nearly|almost|some))?[\s-]*$", re.I)


def _subject(doc, q: Quantity) -> str | None:
    """The thing counted: the noun the number modifies (plus "of X"), and its verb; for a quake's
    magnitude "quake magnitude", for a rank ("Category 3") the rank's word. ``q.counted`` is set to
    the noun phrase counted, when there is one."""
    subject = _counted_subject(doc, q)
    return _measured(doc, q) or subject


def _measured(doc, q: Quantity) -> str | None:
    """What a figure measures when it counts nothing: a quake's magnitude, a rank."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    if q.unit is None and q.value is not None and 1 <= q.value < 10 and (
            _MAGNITUDE_AFTER.match(doc_text(doc)[q.end:q.end + 20])
            or _MAGNITUDE_BEFORE.search(doc_text(doc)[max(0, q.start - 30):q.start])):
        return "quake magnitude"
    quake = re.match(r"\s?-?\s?(?:(aftershocks?)|earthquakes?|quakes?|temblors?|tremors?)\b",
                     doc_text(doc)[q.end:q.end + 28], re.I)
    if quake and q.unit is None and re.fullmatch(r"\d\.\d", q.text.strip()):
        return "aftershock magnitude" if quake.group(1) else "quake magnitude"  # "a 4.6 earthquake", "a 2.9 aftershock"
    if span.start > 0 and doc[span.start - 1].lower_ in RANK_WORDS and q.unit is None:
        return doc[span.start - 1].lower_
    if (q.unit is None and q.value is not None and _GUN_AFTER.match(doc_text(doc), q.end)
            and re.search(r"(?:^|\s)a?\.\s?\d*$", doc_text(doc)[max(0, q.start - 4):q.start + 1])):
        return "calibre"  # ".357 Magnum", ".22-caliber rifle"
    if (q.unit is None and span.start > 1 and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in PARENT_WORDS):
        return "children"  # "a mother of 12", "Mother of 13 Zurana Horton"
    if q.normalized is not None and q.normalized.unit == "km" and _is_a_fall(doc, span):
        return "fall"
    if span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in RANK_WORDS and q.unit is None:
        return doc[span.start - 2].lower_  # "from the current level of 3"
    return None


# A distance told with a motion verb or noun is how far something fell or was swept (issue 20): "fell about
# 150 metres", "a 200m fall", "swept the skiers 300 metres down"; only when the verb's subject or object is a
# thing that moves, not a measure ("the water level fell 2 metres", "shares plunged").
_FALL_VERBS = {"fall", "plunge", "slide", "sweep", "tumble", "plummet", "slip", "hurtle", "drop"}
_FALL_NOUNS = {"fall", "plunge", "drop", "slide", "tumble", "descent"}
_NOT_MOVING = {"level", "levels", "price", "prices", "share", "shares", "stock", "stocks", "index", "rate", "rates",
               "temperature", "temperatures", "value", "number", "toll", "figure", "sales", "output", "it", "this",
               "that", "which"}


def _is_a_fall(doc, span) -> bool:
    if span.end < len(doc) and doc[span.end].lemma_.lower() in _FALL_NOUNS and doc[span.end].pos_ == "NOUN":
        return True
    num = span[-1]
    verb = next((a for a in list(num.ancestors)[:3] if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _FALL_VERBS:
        return False
    movers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i not in range(span.start, span.end)]
    outer = verb
    for _ in range(4):
        # "John Smith died after falling about 150 metres": the one who died fell; "Rait died after slipping and falling
        # 60m", "the climber slipped and fell 200 metres": up the chain of verbs to the one with a subject (issue 20n,
        # nineteenth session: only one step was read, and such falls had no key)
        if movers or outer.dep_ not in ("advcl", "pcomp", "xcomp", "conj"):
            break
        outer = next((a for a in list(outer.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
        if outer is None:
            break
        movers = [c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "one of the party has slipped and has fallen": the one counted of the party; "the 36-year-old ... fell": an
    # adjective as the subject, a person
    return any((c.pos_ in ("NOUN", "PROPN", "PRON") or c.lower_ == "one" or (c.pos_ == "ADJ" and c.dep_ == "nsubj"))
               and c.lower_ not in _NOT_MOVING for c in movers)


_LEVEL_NOUN_DEPS = ("dobj", "nsubj", "nsubjpass")


# Verbs whose object is the level a thing reached: "costs, which have already hit $1.75 billion".
_LEVEL_VERBS = {"hit", "reach", "top", "exceed", "surpass", "total", "near", "approach", "pass"}


# Nouns of a tally whose level an aside gives: "the number of infections in Norland -- at 40, by the agency's count --".
_TALLY_NOUNS = {"number", "total", "toll", "count", "tally", "figure", "estimate"}


def _aside_level(num) -> str | None:
    """The tally a figure told as an aside "at N" right after it gives (issue 21k, twenty-first session): "the number of
    infections in Norland -- at 40, by the agency's count -- seemed ..." -> "number of infections" (it had no key, so it
    never met "40 reported cases"). Only a tally's noun with what it counts ("of infections"), or a toll: after a dash
    or a comma, "at 40" told of another noun is mostly an age ("the singer, at 40, ...")."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep" or prep.i == 0:
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _TALLY_NOUNS or noun.i > prep.i:
        return None
    if num.doc[prep.i - 1].text not in ("--", "-", "\u2013", "\u2014", ","):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and pobj.is_alpha and pobj.pos_ == "NOUN":
        return f"{noun.lower_} of {pobj.lower_}"
    return noun.lower_ if noun.lemma_.lower() == "toll" else None


def _level_of(num) -> str | None:
    """The thing whose level a figure after "to"/"at" (or after "hit", "reached") gives (issue 20, round 6):
    "swelling his season yardage to 4,183" -> "season yardage", "the number of refugees rose to 4,300" ->
    "number of refugees", "costs, which have already hit $1.75 billion" -> "costs"."""
    aside = _aside_level(num)
    if aside is not None:
        return aside
    prep = num.head
    if num.dep_ == "pobj" and prep.lower_ in ("to", "at") and prep.head.pos_ in ("VERB", "AUX"):
        verb = prep.head
        deps = _LEVEL_NOUN_DEPS
    elif num.dep_ == "dobj" and num.head.pos_ == "VERB" and num.head.lemma_.lower() in _LEVEL_VERBS:
        verb, prep = num.head, num
        deps = ("nsubj", "nsubjpass")
    elif num.dep_ == "attr" and num.head.lemma_ == "be":
        # "The refunds had been expected to be near $4.3 billion per year": what the figure is told to be
        verb, prep = num.head, num
        while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        deps = ("nsubj", "nsubjpass")
    elif (num.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "NOUN"
          and prep.head.dep_ in ("dobj", "nsubj", "nsubjpass") and prep.head.head.pos_ == "VERB"):
        verb = prep.head.head  # "lifting his season yardage to 1,210": the parser hangs "to" on the noun
        deps = (prep.head.dep_,)
    else:
        return None
    nouns = [c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN" and c.i != num.i]
    if not nouns and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
        nouns = [verb.head]  # "the costs, which have already hit $1.75 billion": the noun the clause tells of
    thing = next((c for c in nouns if c.dep_ == "dobj"), None) or next(iter(nouns), None)
    if thing is None:
        return None
    doc = num.doc
    while thing.i - 1 > verb.i and doc[thing.i - 1].pos_ == "NOUN" and doc[thing.i - 1].head in (thing, verb):
        thing = doc[thing.i - 1]  # "his season yardage": "season" and "yardage" as two objects
    words = [t.lower_ for t in thing.lefts if t.dep_ == "compound" and t.is_alpha] + [thing.lower_]
    while thing.i + 1 < len(doc) and doc[thing.i + 1].pos_ == "NOUN" and doc[thing.i + 1].i < prep.i:
        thing = doc[thing.i + 1]  # "his season yardage" parsed as "season" and a loose "yardage"
        words.append(thing.lower_)
    of = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"]
    pobj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
    if pobj and pobj[0].is_alpha:
        done = next((c for c in pobj[0].children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > pobj[0].i), None)
        if done is not None and thing.lemma_.lower() in _AMOUNT_NOUNS and (
                pobj[0].lower_ in PEOPLE | {"those"} or OUTCOME_WORDS & {done.lower_}):
            # "the number of people killed in the storm has reached 151": the people killed, the toll itself, as
            # "151 people were killed" is; keyed "number of people", the toll's progression lost the figure (lead,
            # twelfth session: a toll of 38, 151, 612 and 1,200 over four days showed only its last three).
            return f"{'people' if pobj[0].lower_ == 'those' else pobj[0].lower_} {done.lower_}"
        words += ["of", pobj[0].lower_]
    return " ".join(words)


# Nouns that only say "an amount" (the thing is elsewhere): "a total of", "an estimate of", "a figure of".
_AMOUNT_NOUNS = {"total", "number", "figure", "amount", "estimate", "sum", "tally", "count", "one", "some", "all", "each",
                 "most", "many", "none", "both", "any", "half", "part", "majority", "rest", "average", "range", "maximum",
                 "minimum", "increase", "decrease", "rise", "fall", "drop", "gain", "loss", "jump", "cut"}


def _noun_of(num) -> str | None:
    """What a figure after "of" is the value of (issue 20, round 6): "a dividend payment of $2.6 bn" -> "dividend
    payment", "a depth of 10 km" -> "depth"; not "a total of", "one of", nor a change ("a rise of 5%")."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.i > num.i:
        return None
    noun = prep.head
    if noun.lemma_.lower() in _AMOUNT_NOUNS:
        return None
    doc = num.doc
    first = min([num.i] + [t.i for t in num.subtree])
    if any(t.lower_ in ("all", "the", "these", "those", "both", "each", "his", "her", "their", "its")
           for t in doc[max(0, first - 1):num.i]):
        return None  # "the owner of all four": things told before, not the value of the noun
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod") and t.is_alpha and t.pos_ != "DET"
             and t.lower_ not in ("first", "last", "new", "latest", "previous", "estimated", "total")]
    return " ".join(words + [noun.lower_])


# What an amount of money is of, told after "in" with no determiner (issue 20k, sixteenth session): "$40 million in
# funding", "$8.5 bn in total costs", "$90 million in jewels", "$3m in fines". Not a time ("$2bn in the quarter",
# "$5m in 2010"), a place or a name, nor "in total".
_NOT_MONEY_OF = {"total", "all", "cash", "year", "years", "quarter", "quarters", "month", "months", "week", "weeks",
                 "day", "days", "period", "time", "part", "addition", "return", "exchange", "value", "dollars", "euros",
                 "pounds", "yen", "shares", "stock", "turn", "place", "order", "advance", "response", "contrast",
                 "trading", "trade", "dealings", "today", "morning", "afternoon", "evening", "night", "post", "hand",
                 "theory", "principle", "practice", "question", "money", "terms"}


def _money_in(doc, span) -> str | None:
    at = span.end
    if at + 1 >= len(doc) or doc[at].lower_ != "in":
        return None
    noun = next((t for t in doc[at].children if t.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or not noun.is_alpha or noun.lower_ in _NOT_MONEY_OF:
        return None
    of = _of_the_instalments(noun)
    if of is not None:
        return of
    if any(t.pos_ in ("DET", "NUM", "PROPN", "PRON") or t.like_num for t in doc[at + 1:noun.i]):
        return None  # "in the first quarter", "in two rounds", "in its accounts": not the thing paid
    words = [t.lower_ for t in doc[at + 1:noun.i] if t.is_alpha and t.dep_ in ("compound", "amod")
             and t.lower_ not in ("total", "estimated", "new", "first", "last")]
    return " ".join(words + [noun.lower_])


# A figure told as an estimate of a noun told before it (issue 20n, seventeenth session): "deaths, estimated by
# observers at some 2,000", "the damage was estimated at $2 million", "losses, estimated at $40m" -> the noun: a
# passive or a participle after a comma ("the agency estimated at least 400" is whoever estimated). Read on the words,
# as the parse often hangs "at N" on the agent ("by observers at ..."). Only "estimated": "put at" is told
# of a march or a crowd ("police put the march at 30,000"), which ``crowd`` reads.
_ESTIMATED_AT = re.compile(r"\b(?P<noun>[a-z]+)(?:\s*,|\s+(?:(?:has|have|had)\s+)?(?:now\s+|initially\s+|officially\s+)?"
                           r"(?:was|were|is|are|been|being)(?:\s+(?:now|initially|officially|variously))?)\s+estimated(?:\s+by\s+[a-z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)?\s+at\s+"
                           r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|between|as many as|"
                           r"approximately)\s+)?\$?$", re.I)
_ESTIMATED_OF = {"of", "in", "at", "on", "from"}
_NOT_ESTIMATED = {"it", "they", "which", "that", "this", "these", "those", "who", "he", "she", "we", "number", "total",
                  "figure", "amount", "sum", "cost", "value", "worth"}


def _estimated_at(doc, span) -> str | None:
    text = doc_text(doc)
    start = doc[span.start].idx
    m = _ESTIMATED_AT.search(text[max(0, start - 90):start])
    if m is None or m["noun"].lower() in _NOT_ESTIMATED:
        return None
    at = max(0, start - 90) + m.start("noun")
    noun = next((t for t in doc if t.idx == at), None)
    if noun is None or noun.sent.start != doc[span.start].sent.start:
        return None
    if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ in _ESTIMATED_OF:
        noun = noun.head.head  # "deaths in Norland, estimated at": the deaths, not the place
    elif noun.dep_ == "pobj" and noun.head.head.pos_ not in ("VERB", "AUX"):
        # "deaths in the crackdown on protesters in the capital, estimated at", "the bill, double that of the flood
        # disaster, estimated at": the noun of a phrase inside another, which noun is estimated is unsure
        return None
    return _noun_of_words(noun) if noun.pos_ == "NOUN" else None


# Money told in instalments of a thing (issue 20n, seventeenth session): "$35m in two rounds of funding", "$9m in
# three tranches of aid" -> "funding", "aid"; "in two rounds" alone names nothing paid.
_INSTALMENTS = {"round", "tranche", "instalment", "installment", "batch", "wave"}


def _of_the_instalments(noun) -> str | None:
    if noun.lemma_.lower() not in _INSTALMENTS:
        return None
    prep = next((t for t in noun.children if t.dep_ == "prep" and t.lower_ == "of"), None)
    thing = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep is not None else None
    if thing is None or thing.pos_ != "NOUN" or not thing.is_alpha or thing.lower_ in _NOT_MONEY_OF:
        return None
    words = [t.lower_ for t in thing.lefts if t.is_alpha and t.dep_ in ("compound", "amod")
             and t.lower_ not in ("total", "estimated", "new", "first", "last")]
    return " ".join(words + [thing.lower_])


# A measure told with no thing counted (issue 20k, sixteenth session: such figures had no key and were never compared):
# the noun it is the value of ("a depth of 9 miles", "waves of up to 10 metres", "a pressure reading of 7,000 psi"), the
# noun it is told right after ("temperatures up to 1,900 degrees"; not a length), the thing a weight is of ("the
# 80-ton crate", "the crate, weighing 60 tonnes": a weight only, as other hyphenated measures, "a 12-year sentence",
# "a 40-yard run", are told of several things in one story), or, for a million barrels and more, oil ("the tanker
# spilled nearly 2 million barrels": a barrel told alone is of oil). A length with no such noun keeps reconcile's own
# keys (a distance from a named place, a wind's speed).
_VAGUE_MEASURE_NOUNS = {"distance", "length", "way", "area", "size", "range", "radius", "stretch", "zone", "margin",
                        "speed", "weight", "volume", "quantity", "level", "value", "rate", "period", "span", "height",
                        "width", "altitude", "elevation", "record"}
_BARRELS = {"barrel", "barrels", "bbl", "bbls"}
_WEIGHTS = {"t", "kg"}


# People held: "four people are in custody", "has three people in custody": no outcome word names them, and "people"
# alone is too vague a thing to compare (issue 20k, sixteenth session).
_IN_CUSTODY = re.compile(r"\s+(?:(?:are|were|is|was|have been|had been|now|still|remain|remained|being)\s+)*(?:held\s+)?"
                         r"in\s+(?:police\s+|federal\s+)?custody\b", re.I)


# The noun of a dimension told as an adjective after its figure: "137 meters deep" is the depth "a depth of 137 m"
# tells; "three miles wide" the width "a 3-mile width" tells (issue 20n, nineteenth session: such lengths had no key, and
# "a mile wide" never faced "three miles wide"). A diameter is a round thing's width ("a tube 4 inches in diameter", "a
# four-inch-wide pipe").
_DIMENSIONS = {"deep": "depth", "wide": "width", "across": "width", "broad": "width", "long": "length",
               "high": "height", "tall": "height", "thick": "thickness"}
# Words after which a dimension word tells no dimension: "as long as", "long before", "long enough".
NOT_A_DIMENSION_AFTER = ("as", "than", "before", "after", "ago", "enough")
_DIMENSION_NOUNS = {"diameter": "width", "width": "width", "length": "length", "height": "height", "depth": "depth",
                    "thickness": "thickness"}
# Whose height or width a dimension tells, when it is a person's ("He is 5 feet 10 inches tall", "a man who was about six
# feet tall"): the people of one story differ in height, so no key.
_PERSON_SUBJECTS = {"he", "she", "who", "i", "you", "we", "they", "man", "woman", "boy", "girl", "suspect", "victim",
                    "teen", "teenager", "child", "toddler"}


def _dimension(doc, span) -> str | None:
    """The dimension a length told right before a dimension word measures: "three miles wide", "10 miles ( 16km ) long",
    "two metres (6.6 feet) wide", "4 inches in diameter", "a 40-foot-tall dome"; None where no dimension word follows;
    "" for a person's height ("5 feet 10 inches tall": neither figure is the height, and a person's is never compared)."""
    at = span.end
    if at < len(doc) and doc[at].text == "(":  # a conversion in brackets: "10 miles ( 16km ) long"
        close = next((t.i for t in doc[at:at + 8] if t.text == ")"), None)
        at = close + 1 if close is not None else at
    if at < len(doc) and doc[at].text == "-" and doc[at].whitespace_ == "":  # "a four-inch-wide pipe"
        at += 1
    if at >= len(doc):
        return None
    by = _by_dimension(doc, span, at)
    if by is not None:
        return by
    word = doc[at]
    if word.lower_ == "in" and at + 1 < len(doc) and doc[at + 1].lower_ in _DIMENSION_NOUNS:
        dimension = _DIMENSION_NOUNS[doc[at + 1].lower_]
    elif word.lower_ in _DIMENSIONS and word.pos_ in ("ADJ", "ADV") and not (
            at + 1 < len(doc) and doc[at + 1].lower_ in NOT_A_DIMENSION_AFTER):
        dimension = _DIMENSIONS[word.lower_]
    else:
        return None
    if span.start > 0 and re.fullmatch(r"[-–]?(?:feet|foot|ft|metres?|meters?|m)[-–]?", doc[span.start - 1].lower_):
        return ""  # "5 feet 10 inches tall", "5-feet-8 inches tall": the inches are no height of their own
    if at + 1 < len(doc) and doc[at + 1].like_num:
        return ""  # "5 feet 10 inches tall" read from its first figure
    if dimension in ("height", "width"):
        subject = next((c for t in (word, word.head) for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in _PERSON_SUBJECTS
                                    or subject.ent_type_ == "PERSON"):
            return ""
    return dimension


def _length_told(tokens) -> tuple[float, str] | None:
    """(value, unit word) of a figure of digits and a unit word ("45 miles", "105 miles"), else None."""
    if len(tokens) != 2 or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", tokens[0].text):
        return None
    return float(tokens[0].text.replace(",", "")), tokens[1].lower_


def _by_dimension(doc, span, at: int) -> str | None:
    """An area told as two lengths, "45 miles by 105 miles" (a slick, a field): the smaller is its width, the larger
    its length, as "80 miles long and 30 miles across" tells them; None where the figure is not one of two such."""
    if doc[at].lower_ == "by" and at + 2 < len(doc):
        mine, other = _length_told(span), _length_told(doc[at + 1:at + 3])
    elif span.start >= 3 and doc[span.start - 1].lower_ == "by":
        mine, other = _length_told(span), _length_told(doc[span.start - 3:span.start - 1])
    else:
        return None
    if mine is None or other is None or mine[1] != other[1] or mine[0] == other[0]:
        return None
    return "width" if mine[0] < other[0] else "length"


def _measure_noun(doc, span, num, q: Quantity) -> str | None:
    if q.normalized is None or q.normalized.unit in (None, "day") or not q.unit or "/" in q.normalized.unit:
        return None  # a speed or a rate keeps reconcile's own keys ("winds of 115 mph": a wind speed)
    unit = num.head if num.head.i in range(span.start, span.end) and num.head.pos_ in ("NOUN", "PROPN") else span[-1]
    noun = None
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.pos_ == "NOUN" \
            and unit.head.head.i < span.start:
        noun = _noun_of(unit)
    elif unit.dep_ == "appos" and unit.head.pos_ == "NOUN" and unit.head.i == span.start - 1 and q.normalized.unit != "km":
        # not a length: "the port town about 45 km east of Lyon" is a distance, not the town's
        noun = _noun_of_words(unit.head)
    elif q.normalized.unit != "km" and (near := _noun_before_approximator(doc, span, unit)) is not None:
        noun = " ".join(_noun_of_words(near).split()[:-1] + [near.lemma_.lower()])
    elif q.normalized.unit in _WEIGHTS and (
            (unit.dep_ in ("compound", "nmod", "amod") and unit.head.i >= span.end and "-" in q.text)
            or (unit.dep_ == "dobj" and unit.head.lower_ == "weighing" and unit.head.dep_ == "acl")):
        # a thing's weight: "the 80-ton crate", "a 60-tonne, 30-foot steel crate", "the crate, weighing 60 tonnes"
        thing = unit.head if unit.dep_ != "dobj" else unit.head.head
        if thing.pos_ == "NOUN" and thing.lemma_.lower() not in _VAGUE_MEASURE_NOUNS:
            return thing.lemma_.lower()
    if noun:
        words = noun.split()
        head = doc[unit.head.head.i if unit.dep_ == "pobj" else unit.head.i]
        words[-1] = head.lemma_.lower() if head.lower_ == words[-1] else words[-1]
        if words[-1] not in _VAGUE_MEASURE_NOUNS:
            return " ".join(words)
    if q.unit.lower() in _BARRELS and (q.value or 0) >= 1_000_000:
        # Only a total (invented: "the blowout spewed nearly 4 million barrels"). Thousands of barrels told alone are
        # mostly a day's flow or catch whose period the sentence tells elsewhere ("catching about 12,000 barrels every
        # 24 hours", "from 3,000 barrels a day to 90,000 barrels (...) a day"): keyed as oil they made two false
        # conflicts on dev.
        return "oil"
    return None


# Words that tell how near a measure comes to its figure, read as part of the figure ("close to 2,500 degrees").
_APPROXIMATORS = {"close", "near", "up", "nearly", "almost", "around", "about", "roughly", "above", "below", "over",
                  "under"}


def _noun_before_approximator(doc, span, unit):
    """The noun a measure is told right after when an approximator opens the figure (issue 21k, twenty-first session):
    "must bear temperatures close to 900 degrees" -> "temperatures" (the parse hangs "close" on the noun, so the
    figure was no apposition of it, and had no key, while "temperatures up to 950 degrees" had). None otherwise."""
    if span.start == 0 or doc[span.start].lower_ not in _APPROXIMATORS:
        return None
    top = unit
    while top.head.i in range(span.start, span.end) and top.head.i != top.i:
        top = top.head
    noun = top.head
    if noun.i != span.start - 1 or noun.pos_ != "NOUN" or top.dep_ not in ("amod", "advmod", "prep", "appos"):
        return None
    return noun


def _noun_of_words(noun) -> str:
    """A noun with the words that qualify it, as ``_noun_of`` reads them."""
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod") and t.is_alpha and t.pos_ != "DET"
             and t.lower_ not in ("first", "last", "new", "latest", "previous", "estimated", "total")]
    return " ".join(words + [noun.lower_])


def _phrase_head(doc, token):
    """The noun a compound modifier belongs to: "member" in "five-member Old Tappan police force" -> "force"."""
    head = token
    while head.dep_ in ("compound", "nmod", "amod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i \
            and head.head.i - token.i <= 5:
        head = head.head
    return head if head is not token else None


_KINDS = {"gauge", "caliber", "calibre", "bore", "star", "inch", "foot"}


def _plural(word: str) -> str:
    word = word.lower()
    if word.endswith("man"):
        return word[:-3] + "men"
    if re.search(r"(?:ch|sh|x|ss)$", word):
        return word + "es"  # "catch" -> "catches"
    return word if word.endswith("s") else word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"


def _modified_noun(doc, span, noun, q: Quantity) -> str | None:
    """What a figure hyphenated to a noun describes (issue 20, round 6), the thing named after the compound:
    "a five-member police force" -> "members of police force" (was "-member bribed"), "a 10-point halftime lead"
    -> "points of halftime lead". Not (yet) a measure so written ("a 12-year sentence", "115-mph winds"): as
    "sentence" or "winds" reconcile compared them across every report, where one story tells of several
    sentences, drives or yard lines (measured: new false conflicts on the real stories)."""
    if noun is None or span.end >= len(doc):
        return None
    if (noun.i == span.end + 1 and doc[span.end].text == "-" and q.unit is None and q.value is not None
            and q.value == int(q.value)):  # a count is whole: "a 6.7-strength quake" is no count of strengths
        if noun.lemma_.lower() in _KINDS:
            return noun.lemma_.lower()  # "a 12-gauge shotgun", ".38-caliber revolver": the kind, not a count of gauges
        owner = _phrase_head(doc, noun)
        if owner is None:
            return None
        q.counted = (noun.idx, noun.idx + len(noun.text))  # the unit counted, as NewsQuant's gold reads it
        rest = [t.lower_ for t in doc[noun.i + 1:owner.i + 1] if not t.is_punct and not t.like_num
                and (t.i == owner.i or not any(c.like_num for c in t.children))]  # "a 13-play, 73-yard drive"
        return f"{_plural(noun.text)} of {' '.join(rest)}"
    return None


# A model's code counted (issue 20k, eighteenth session): "Seven AK-47s", "seven AK-47 assault rifles", "12 AK 47
# guns", "six AK-47 rifles" count one thing, the weapons of that model, but were keyed "ak s", "ak" (the parser hangs
# "seven" on the code, not on the rifles), "ak guns" and "ak rifles", and never met. The code's letters and digits
# (written "AK-47", "AK 47", "AK47"), and a plural "s".
_MODEL_CODE = re.compile(r"(?P<letters>[A-Z]{1,4})(?:-|\s)?(?P<digits>\d{1,3})(?P<plural>s)?")
# Nouns that only name the class of a model told before them ("AK-47 assault rifles", "F-16 fighter jets"); any other
# noun is another thing of the model ("AK-47 magazines", "AK-47 rounds") and keeps its words.
_MODEL_CLASS = {"rifle", "rifles", "gun", "guns", "weapon", "weapons", "firearm", "firearms", "assault", "automatic",
                "semi-automatic", "machine", "machinegun", "machineguns", "pistol", "pistols", "handgun", "handguns",
                "jet", "jets", "fighter", "fighters", "plane", "planes", "aircraft", "warplane", "warplanes",
                "helicopter", "helicopters", "tank", "tanks"}


def _model_counted(words: list[str]) -> list[str]:
    """The words of a thing counted with a model's code at their head, as the code's plural ("ak-47s") when the other
    words only name its class ("of X" after them kept); else the words as they are."""
    two = len(words) > 1 and re.fullmatch(r"[A-Z]{1,4}", words[0]) and re.fullmatch(r"\d{1,3}s?", words[1])
    head = " ".join(words[:2]) if two else words[0] if words else ""
    code = _MODEL_CODE.fullmatch(head)
    if code is None or not code["letters"].isupper():
        return words
    rest = words[len(head.split()):]
    cut = rest.index("of") if "of" in rest else len(rest)
    if any(w.lower() not in _MODEL_CLASS for w in rest[:cut]):
        return words  # "AK-47 magazines": another thing of the model
    return [f"{code['letters'].lower()}-{code['digits']}s"] + rest[cut:]


# Nouns that say what happened to the people counted: a verb of another clause is not added to them.
_OUTCOME_NOUNS = {"deaths", "death", "dead", "fatalities", "casualties", "injuries", "injured", "wounded"}
# Verbs that tell how sure a count is, kept with an outcome noun ("deaths confirmed": basis.KEPT_VERBS).
_STATUS_VERBS = {"confirm", "suspect", "report", "record", "register"}


# Verbs of belief or report that take what happened as an infinitive: "40 sailors are thought to have drowned", "some
# 60 guards were said to have been shot", "nine nurses are known to have been infected" (issue 20k, twentieth session:
# keyed by the verb of belief, "sailors thought": no key, so such a toll never met the same toll told with "killed").
# Not "expected", "confirmed": a forecast or a status, read elsewhere.
_BELIEF_VERBS = {"believe", "think", "know", "report", "say", "fear", "understand", "presume", "estimate", "feel"}


def _told_to_have(verb):
    """The verb of what happened when ``verb`` only says it is believed or reported: "are thought to have drowned" ->
    "drowned"; else ``verb``. Only a passive belief verb whose infinitive is perfect ("to have drowned", "to have been
    shot"): "are thought to be in the capital" tells no happening."""
    if verb is None or verb.lemma_ not in _BELIEF_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return verb
    down = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if down is None or not any(c.dep_ == "aux" and c.lower_ == "have" for c in down.children):
        return verb
    return down


# A time told right after an amount (issue 20k, eighteenth session): "a contract worth some $50m last spring" was keyed
# "last spring", "crude at $70 last year" "last year": when, not what the amount is of. Counts keep
# their reading ("up from 148 yesterday" is the day before's toll, which a key of the toll would compare).
_TIME_NOUNS = {"summer", "winter", "spring", "autumn", "fall", "year", "years", "month", "months", "week", "weeks", "day",
               "days", "night", "nights", "morning", "afternoon", "evening", "season", "quarter", "decade", "century",
               "weekend", "time"}


def _time_phrase(doc, i: int) -> bool:
    word = doc[i]
    if word.lower_ in ("last", "next", "this", "that", "each", "every", "earlier", "later") and i + 1 < len(doc):
        return doc[i + 1].lower_ in _TIME_NOUNS
    return word.lower_ in ("yesterday", "today", "tonight")


def _worth_of(num) -> str | None:
    """What an amount of money is the worth of (issue 20k, eighteenth session): "a three-year contract worth about
    $50m" -> "contract", "diamonds worth $40m" -> "diamonds"; the noun "worth" hangs on, without a span before it
    ("three-year")."""
    worth = next((a for a in list(num.ancestors)[:3] if a.lower_ == "worth"), None)
    if worth is None or worth.head.pos_ != "NOUN" or worth.head.i > worth.i or not worth.head.is_alpha:
        return None
    noun = worth.head
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod") and t.is_alpha and t.pos_ != "DET"
             and not any(c.like_num for c in t.children)
             and t.lower_ not in ("first", "last", "new", "latest", "previous", "estimated", "total")]
    return " ".join(words + [noun.lower_])


# Money a business earned is its profit (issue 21k, twenty-first session): "the Oslo-based insurer earned $3.4 billion
# over the summer" had no key, so it never met another report's "its quarterly profit was $3.5 bn". Only where
# the one that earned is a business, by its noun ("the company", "Vantor Bank") or a company's suffix ("Acme Corp"):
# what a person earned is a wage, a fee or a prize ("she earned $2m from her films"), no profit. Not by the parser's
# entity type alone, which takes a lone given name for an organisation.
_BUSINESS_NOUNS = {"company", "firm", "group", "bank", "business", "corporation", "conglomerate", "insurer", "lender",
                   "carrier", "airline", "retailer", "maker", "manufacturer", "producer", "operator", "giant", "chain",
                   "supplier", "miner", "utility", "brewer", "automaker", "carmaker", "developer", "publisher",
                   "broker", "subsidiary", "unit", "division"}
_COMPANY_SUFFIXES = {"corp", "inc", "plc", "ltd", "llc", "co", "ag", "sa", "nv", "corporation", "incorporated"}


# Money a business spent is its costs: "the firm has spent $6.1 billion so far on the dam" had no key, so it never met
# another report's "$6.3 bn in total costs" (issue 21k). A business only, as for "earned".
_EARN_OR_SPEND = {"earn": "profit", "spend": "costs"}


def _earned(num) -> str | None:
    """"profit" for an amount of money a business earned ("the bank earned $40 million"), "costs" for one it spent
    ("the firm has spent $3 million on the clean-up"), else None."""
    verb = num.head
    if num.dep_ != "dobj" or verb.lemma_.lower() not in _EARN_OR_SPEND:
        return None
    earner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if earner is None:
        return None
    if earner.lemma_.lower() in _BUSINESS_NOUNS or (earner.pos_ == "PROPN"
                                                   and earner.lower_.rstrip(".") in _COMPANY_SUFFIXES):
        return _EARN_OR_SPEND[verb.lemma_.lower()]
    return None


# An amount told as what another was compared with (issue 21k, twenty-first session): "earned $3.4 billion in the
# spring, compared with $4.1 billion the spring before" -- the same thing at another time, which the time and scope
# tests tell apart; it had no key and never met another report's profit of that earlier time. Money
# only: a count "compared with" may be of another happening ("12 killed, against 30 in the last storm").
_COMPARED_BEFORE = re.compile(r",?\s*(?:compared\s+(?:with|to)|as\s+against)\s+(?:an?\s+)?(?:about\s+|some\s+|nearly\s+|"
                              r"almost\s+|around\s+|more\s+than\s+|over\s+)?\$?$", re.I)


def _compared_with(doc, span):
    """The number token of the figure a figure told right after "compared with" is compared with: the last number
    before "compared" in the sentence; None when the figure is not so told."""
    text = doc_text(doc)
    start = doc[span.start].idx
    sentence = doc[span.start].sent
    m = _COMPARED_BEFORE.search(text[max(sentence.start_char, start - 40):start])
    if m is None:
        return None
    told = max(sentence.start_char, start - 40) + m.start()
    before = [t for t in doc[sentence.start:span.start] if t.idx < told and (t.like_num or t.pos_ == "NUM")]
    return before[-1] if before else None


# Verbs by which a source tells its own figure of a thing told the sentence before: "private estimates say it is
# nearer 20 percent", "analysts put it at 12 percent".
_TELLING_VERBS = {"say", "put", "estimate", "believe", "think", "suggest", "show", "claim", "reckon", "calculate", "argue",
                  "insist", "contend", "find"}


def _it_told_before(doc, span, num) -> str | None:
    """The thing of a share told of "it" by another source, when the sentence before tells the same unit of a thing named
    as its subject (issue 22c, twenty-second session): "Joblessness is officially 9 percent. Private estimates say it
    is nearer 20 percent." -> "joblessness" (the second figure had no key, so the two readings never met). Only a
    figure of a clause whose subject is "it", under a verb by which a source tells it ("say", "estimate", "put"), and a
    sentence before whose subject is a noun of a clause of "be" holding a figure of the same unit word; else None."""
    unit = doc[span.end - 1]
    if unit.like_num or span.start == 0:
        return None  # a bare count: "it" names no such thing
    be = next((a for a in list(num.ancestors)[:4] if a.lemma_ == "be"), None)
    if be is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in be.children):
        teller = be.head if be.dep_ in ("ccomp", "xcomp") else None  # "estimates say it is nearer 20 percent"
    elif (at := next((a for a in list(num.ancestors)[:3] if a.lower_ == "at"), None)) is not None and \
            at.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in at.head.children):
        teller = at.head  # "economists put it at 20 percent"
    else:
        return None
    if teller is None or teller.lemma_.lower() not in _TELLING_VERBS:
        return None
    if be is not None and any(c.dep_ == "aux" for c in be.children):
        return None  # "analysts say it will be 7 percent next year": a forecast, not the same reading
    sent = num.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    root = before.root
    if root.lemma_ != "be" or (be is not None and be.tag_ != root.tag_):
        return None  # "it was 8 percent" after "is 10 percent": another time
    thing = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    if thing is None or (thing.pos_ == "PROPN" and thing.i != before.start) or not thing.is_alpha:
        return None  # a name is whose, not what (a capital only as the sentence's first word)
    if not any(t.like_num and t.i + 1 < before.end and doc[t.i + 1].lower_ == unit.lower_ and t.i > thing.i
               for t in before):
        return None
    words = [t.lower_ for t in thing.lefts if t.dep_ == "compound" and t.is_alpha] + [thing.lower_]
    return " ".join(words)


def _counted_subject(doc, q: Quantity) -> str | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    num = next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), span[-1])
    if q.unit and q.normalized is not None and q.normalized.unit == "km":
        dimension = _dimension(doc, span)
        if dimension is not None:  # "half a mile wide", "8 inches tall" were keyed by the adjective, "wide", "tall"
            return dimension or None
    noun = None
    if num.dep_ in ("nummod", "quantmod", "compound") and num.head.pos_ in ("NOUN", "PROPN") and num.head.i >= span.end - 1:
        noun = num.head
    elif (num.dep_ in ("nummod", "compound") and num.head.i == span.end and re.search(r"\d", num.head.text)
          and re.search(r"[A-Za-z]", num.head.text) and num.head.head.pos_ in ("NOUN", "PROPN")
          and num.head.head.i > num.head.i):
        noun = num.head.head  # "six AK-47 rifles": the model's code, then the thing counted
    if noun is not None and _MODEL_CODE.fullmatch(noun.text) and noun.head.pos_ == "NOUN" and noun.head.i > noun.i \
            and noun.dep_ in ("nummod", "compound", "nmod", "amod"):
        noun = noun.head  # "seven AK-47 assault rifles" parsed as seven -> AK-47 -> rifles: the rifles are counted
    if noun is None:
        nxt = span.end
        if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "PROPN", "ADJ") and not (q.unit and _time_phrase(doc, nxt)):
            noun = doc[nxt]
            while noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "NOUN" and doc[noun.i + 1].dep_ != "nsubj":
                noun = doc[noun.i + 1]
    words: list[str] = []
    head = noun
    modified = _modified_noun(doc, span, noun, q)
    if modified is not None:
        return modified
    if noun is not None and noun.i >= span.end:
        words = [t.text for t in doc[span.end:noun.i + 1]]
        q.counted = (doc[span.end].idx, noun.idx + len(noun.text))
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of and list(of[0].children):
            pobj = [c for c in of[0].children if c.dep_ == "pobj"]
            if pobj:
                words += ["of", pobj[0].text]
    elif span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].lower_ == "of":
        pobj = [c for c in doc[span[-1].i + 1].children if c.dep_ == "pobj"]
        if pobj:
            words = [t.text for t in doc[span[-1].i + 1: pobj[0].i + 1]]
            head = pobj[0]
            # "one of [the proudest moments in his life]": the noun with what qualifies it, not a relative clause.
            last = pobj[0]
            if q.text.lower() == "one":  # only "one of" names one member of the whole described set
                for t in doc[pobj[0].i + 1:max(x.i for x in pobj[0].subtree) + 1]:
                    if t.is_punct or t.lower_ in ("with", "that", "which", "who", "whom", "whose") or t.dep_ == "relcl":
                        break
                    last = t
            q.counted = (doc[span[-1].i + 2].idx, last.idx + len(last.text))
            if len(words) == 2 and words[1].lower() in ("them", "those", "these"):
                before = _antecedent(doc, span.start)
                if before is not None:  # "two of them managed to flee": of the boats told before
                    words = ["of", before.text]
    elif q.unit is not None:
        # "92m to 182m gallons (348m to 689m litres) of oil had spewed": what a measured figure measures,
        # after a conversion in brackets.
        at = span.end
        if at < len(doc) and doc[at].text == "(":
            close = next((t.i for t in doc[at:at + 16] if t.text == ")"), None)
            at = close + 1 if close is not None else at
        if at + 1 < len(doc) and doc[at].lower_ == "of" and doc[at + 1].pos_ in ("NOUN", "PROPN"):
            words = ["of", doc[at + 1].text]
            head = doc[at + 1]
    anchor = head if head is not None else num
    # The verb the quantity hangs from, through prepositions: "moved 4,000 tonnes of food".
    verb = None
    for ancestor in list(num.ancestors)[:4]:
        if ancestor.pos_ == "VERB":
            verb = ancestor
            break
    verb = _told_to_have(verb)
    sentence = anchor.sent.text
    lowered = [w.lower() for w in words]
    # What happened to the people counted, read next to the figure: "5 dead and 40 injured" counts
    # 40 injured, not killed; "8 seriously injured" is a part of the injured, kept apart.
    plain = PEOPLE | COUNTED_PRONOUNS | OUTCOME_WORDS
    # A length or an amount is no count of people: no outcome for "falling about 150 metres" (issue 20).
    people = q.unit is None or q.unit.lower() in ("years old", "year-old", "year old")
    if people and (not lowered or lowered[-1] in plain or lowered[0] == "of"):
        outcome = local_outcome(doc_text(doc), q.start, q.end, sentence_start=anchor.sent.start_char)
        if outcome is not None:
            counted = lowered[-1] if lowered and lowered[-1] not in plain and lowered[0] != "of" else "people"
            return f"{counted} {outcome}"
    if people and (not lowered or lowered[-1] in PEOPLE) and DEATH.search(sentence) and (
            verb is not None and DEATH.search(verb.text)):
        return "people killed"
    if not words:
        if people and "toll" in sentence.lower() and DEATH.search(sentence):
            return "people killed"
        if q.unit is None and _CROWD.search(doc_text(doc)[anchor.sent.start_char:q.start]):
            return "crowd"  # "estimated the crowd at 70", "the demonstration peaked at 15,000 to 20,000"
        if q.unit is None or q.unit.isupper():
            estimated = _estimated_at(doc, span)
            if estimated is not None:
                return estimated
        if q.normalized is not None and q.normalized.unit == "day":
            if re.search(r"\bevery\s+$", doc_text(doc)[max(0, q.start - 7):q.start], re.I):
                return "interval"  # "a football field every 38 minutes": how often, not how long something lasted
            return None
        if q.unit is None or q.unit.isupper():  # a count or money: a length or a speed keeps reconcile's own keys
            found = _level_of(num) or _noun_of(num) or (
                (_money_in(doc, span) or _worth_of(num) or _earned(num)) if q.unit else None)
            if found is None and q.unit:
                other = _compared_with(doc, span)
                if other is not None:
                    found = _level_of(other) or _noun_of(other) or _worth_of(other) or _earned(other)
            return found
        return _measure_noun(doc, span, num, q) or _it_told_before(doc, span, num)
    if "(" in words and ")" in words[words.index("("):]:  # "€2 million (R26 million) booty": not the conversion
        close = words.index(")", words.index("("))
        words = words[:words.index("(")] + words[close + 1:] or words
    if words[0].lower() == "of":  # "30 sq km of low-lying districts": the thing measured
        words = [w for w in words[1:] if w.lower() not in ("the", "a", "an", "its", "their")]
    words = _model_counted(words)
    subject = re.sub(r"\s*-\s*", "-", " ".join(words))
    if lowered == ["times"] and head is not None and head.i + 1 < len(doc) and doc[head.i + 1].tag_ in ("JJR", "RBR") \
            and doc[head.i + 1].is_alpha and doc[head.i + 1].lower_ not in ("more", "less", "fewer"):
        return f"times {doc[head.i + 1].lower_}"  # "eight times closer than any craft": a ratio, not how often (20k, s16)
    if lowered and lowered[-1] in PEOPLE and head is not None and _IN_CUSTODY.match(doc_text(doc), head.idx + len(head.text)):
        return "people in custody"  # "four people are in custody", "has three people in custody" (issue 20k, s16)
    if lowered and lowered[-1] in _OUTCOME_NOUNS and verb is not None and verb.lemma_ not in _STATUS_VERBS:
        # "Norland, worst hit by the fever, with 300 cases and 12 deaths": the noun says what happened; the verb
        # is another clause's (keyed "killed hit", such a toll never met "13 people killed").
        verb = None
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_ not in ("be", "have", "say"):
        subject += " " + _participle(verb.lemma_)
    return subject.lower()
