"""Spans of time: what a span of time is the length of, read from the words it is written with (issue 20, rounds
5-7). Split out of ``basis`` (issue 20, tenth session) when that module passed 700 lines: ``basis`` says what a figure
measures, this module what a span of time measures and how it is told."""

from __future__ import annotations

import functools
import re

from ..records import Claim
from .memo import per_figure

SPAN_KEY = "time span"


SPAN_MIN_SHARED, SPAN_MIN_OVERLAP = 3, 0.3  # a span of time names no thing: its sentences must be alike


_IRREGULAR_PARTICIPLES = {"left", "fled", "hit", "taken", "given", "sent", "brought", "found", "held", "built", "lost",
                          "kept", "sold", "bought", "made", "put", "cut", "shot", "struck", "felt", "seen"}


def _participle_like(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


# What a span of time measures (issue 20, round 6): a span is compared only with a span of the same thing,
# read from the words the figure is written with: the noun it qualifies ("a 12-year sentence", "the
# six-month-old war"), the noun after "of" ("six months of fighting"), the happening it dates ("married two
# weeks ago", "wed three weeks before he was murdered": the time before the marriage), or the verb it is the
# length of ("served four months", "ruled Libya for 42 years"). Without one of these, a span names nothing it
# measures and is never a side of a conflict (SPAN_KEY: agreements in alike sentences only).
_SPAN_WORD = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century)s?"
_SPAN_ADJECTIVE = re.compile(r"-\s*" + _SPAN_WORD + r"$", re.I)
_SPAN_OF = re.compile(r"^\s+of\s+(?:the\s+)?([a-z]+)", re.I)
_SPAN_RELATIVE = re.compile(r"^\s+(ago|earlier|before|after|later|prior)\b", re.I)
_SPAN_FOR = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?:past\s+|last\s+|nearly\s+|almost\s+|about\s+|around\s+|"
                       r"more than\s+|over\s+|just\s+|only\s+|some\s+)*$", re.I)
_SPAN_NOT_HEAD = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "long", "old", "period", "span",
                  "time", "stretch", "term", "spell"}
# One thing a span measures, in several words: the length of a war, of a quake's shaking, of a marriage.
_SPAN_CLASS = {"war": "conflict", "conflict": "conflict", "fighting": "conflict", "uprising": "conflict",
               "revolt": "conflict", "rebellion": "conflict", "insurgency": "conflict", "battle": "conflict",
               "crackdown": "conflict", "violence": "conflict", "unrest": "conflict", "revolution": "conflict",
               "felt": "shaking", "shook": "shaking", "shake": "shaking", "shaking": "shaking", "lasted": "shaking",
               "rattled": "shaking", "tremor": "shaking", "wed": "married", "marry": "married", "married": "married",
               "jail": "prison", "prison": "prison", "imprisonment": "prison", "sentence": "sentenced",
               "sentenced": "sentenced", "rule": "ruled", "ruled": "ruled", "reign": "ruled", "ruling": "ruled",
               "term": "term"}
_SPAN_VERB_SKIP = {"been", "be", "was", "were", "is", "are", "has", "have", "had", "for", "the", "past", "last", "nearly",
                   "almost", "about", "around", "more", "than", "over", "just", "only", "some", "strongly", "then",
                   "still", "already", "of", "in", "a", "an"}


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def span_key(claim: Claim) -> str | None:
    """"span of <thing>" for a span of time whose words say what it measures; None otherwise."""
    return _span_key(claim.sentence, claim.text)


@functools.lru_cache(maxsize=65536)  # asked for each pair of spans compared (as issue 17's caches)
def _span_key(sentence: str, text: str) -> str | None:
    found = _span_words(sentence, text)
    if found is None:
        return None
    relation, word = found
    return f"{relation} {_span_class(word)}"


def span_told(claim: Claim) -> str | None:
    """What a span of time is the length of, in the report's own word, for the basis a reader sees: "how long
    “deliberation” lasted", "the time before “suffered”"; None when it names nothing."""
    found = _span_words(claim.sentence, claim.text)
    if found is None:
        return None
    relation, word = found
    if relation != "span of":
        return f"the {relation} “{word}”"
    # Issue 20, seventh session: told as English ("how long “life” lasted", "how long “swirled” lasted" were not):
    # a noun as its whole phrase ("how long the “battery life” lasted"), a state with its "in" ("the time “in
    # hospital”"), a verb (the thing it is the length of is not named) as the span itself.
    phrase = _span_noun_phrase(claim.sentence, claim.text)
    if phrase is not None and phrase.split()[-1] == word:
        return f"how long the “{phrase}” lasted"
    at = claim.sentence.find(claim.text)
    m = _SPAN_IN_STATE.search(claim.sentence[max(0, at - 80):at])
    if m is not None and m.group(1).lower() == word:
        return f"the time “in {word}”"
    return "a span of time"


def _span_noun_phrase(sentence: str, text: str) -> str | None:
    """The noun phrase a span qualifies, as written: "7-hour battery life" -> "battery life", "six months of
    fighting" -> "fighting"; None when the span qualifies no noun (display only)."""
    at = sentence.find(text)
    after = sentence[at + len(text):at + len(text) + 80] if at >= 0 else ""
    if _SPAN_ADJECTIVE.search(text) or re.match(r"^-\s*(?:old|long)\b", after):
        after = re.sub(r"^-?\s*(?:old|long)\b", "", after)
    elif (m := _SPAN_OF.match(after)) is not None:
        after = after[m.start(1) - 1:]
    else:
        return None
    words = _noun_words(after)
    return " ".join(words) if words else None


# Who an "N-month-old" tells the age of: a person or an animal, whose age is no span of a happening.
_BEING = {"child", "children", "boy", "boys", "girl", "girls", "baby", "babies", "toddler", "toddlers", "infant", "son",
          "daughter", "man", "woman", "men", "women", "person", "people", "patient", "victim", "student", "teenager",
          "mother", "father", "brother", "sister", "dog", "cat", "lion", "leopard", "animal"}


# A span after "in" that is the length of a happening named after "of": "lost in nine weeks of fighting", "settled in
# two days of talks" (issue 20k, twentieth session: a revolt's length told so had no span key, read as a deadline, and
# never met "the ten-week-old revolt"). Not "within", "every", "under": a limit, a frequency.
_IN_SPAN_OF = re.compile(r"(?<![\w-])in\s+(?:about\s+|around\s+|nearly\s+)?[\w.,-]+\s+" + _SPAN_WORD
                         + r"\s+of\s+(?:the\s+)?[a-z]+", re.I)


@functools.lru_cache(maxsize=65536)
def _span_words(sentence: str, text: str) -> tuple[str, str] | None:
    """(relation, word as written) of a span's thing: ("span of", "war"), ("time before", "married"); or None."""
    at = sentence.find(text)
    if at < 0:
        return None
    before, after = sentence[max(0, at - 80):at], sentence[at + len(text):at + len(text) + 80]
    if re.search(r"\b(?:every|each|per|within|in|under|than)\s+(?:about\s+|around\s+|nearly\s+)?$", before, re.I) \
            and not _IN_SPAN_OF.search(before + text + after):
        return None  # "every 38 minutes" is a frequency, "within 24 hours", "in two weeks" a deadline or a limit
    if re.search(r"(?<!\bfor )\b(?:over|during)\s+(?:the\s+)?(?:last\s+|past\s+|next\s+|coming\s+)?$", before, re.I):
        return None  # "money made over the last 10-20 years": a window something happened in, not its length
    head = None
    if _SPAN_ADJECTIVE.search(text) or re.match(r"^-\s*(?:old|long)\b", after):
        head = _noun_head(re.sub(r"^-?\s*(?:old|long)\b", "", after))
        aged = re.match(r"^-?\s*old\s+([a-z]+)(?:\s+([a-z]+))?", after)  # "-old child", "-old baby girl"
        if aged and (aged.group(1) in _BEING or aged.group(2) in _BEING or head in _BEING):
            return None  # "a 23-month-old child": an age, not how long the child lasted (issue 20t, s11, test17 dev)
    elif (m := _SPAN_OF.match(after)) is not None:
        head = _noun_head(after[m.start(1) - 1:])
    elif (m := _SPAN_RELATIVE.match(after)) is not None:
        verb = _span_verb(before)
        return ("time before", verb) if verb and m.group(1).lower() in ("ago", "earlier", "before", "prior") \
            else (("time after", verb) if verb else None)
    else:
        head = _span_verb(before) if _SPAN_FOR.search(before) or re.search(r"[a-z]\s+$", before) else None
        if head is None and (m := _SPAN_IN_STATE.search(before)) is not None:
            head = m.group(1).lower()  # "in hospital for three weeks", "in prison for 12 years": the state it lasted
    if not head or head in _SPAN_NOT_HEAD:
        return None
    return "span of", head


_SPAN_IN_STATE = re.compile(r"\bin\s+(?:a\s+|the\s+)?([a-z]{4,})\s+for\s+(?:the\s+)?(?:past\s+|last\s+|nearly\s+|almost\s+|"
                            r"about\s+|around\s+|more than\s+|over\s+|just\s+|only\s+|some\s+)*$", re.I)


@per_figure  # issue 17: once a figure inside reconcile (``memo``)
def span_thing(claim: Claim) -> str | None:
    """``span_key`` with its head word reduced to a stem, to tell whether two spans measure one thing: "span of
    deliberation" and "span of deliberat" (deliberating), "span of hospital" and "span of hospitaliz" (issue 20,
    session 5); None when the span names nothing."""
    found = _span_words(claim.sentence, claim.text)
    if found is None:
        return None
    relation, word = found
    word = word.lower()
    if word in _SPAN_CLASS:
        return f"{relation} {_SPAN_CLASS[word]}"
    for suffix, keep in _STEMS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[:-len(suffix)] + keep
            break
    return f"{relation} {word}"


# Endings of one word's forms, to a shared stem: deliberation / deliberated / deliberating -> "deliberat";
# hospitalized -> "hospital".
_STEMS = (("ations", "at"), ("ation", "at"), ("izing", ""), ("ising", ""), ("ized", ""), ("ised", ""), ("izes", ""),
          ("ises", ""), ("ize", ""), ("ise", ""), ("ions", ""), ("ion", ""), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
          ("e", ""))


_NOUN_PHRASE_END = {"of", "in", "at", "on", "for", "to", "that", "which", "who", "and", "with", "by", "from", "was",
                    "is", "were", "are", "has", "had", "would", "will", "could", "as", "after", "before", "over", "since",
                    "he", "she", "they", "it", "we", "i", "or", "but", "into", "under", "against", "between", "among",
                    "across", "around", "through", "during", "without", "about", "than", "so", "now"}


def _noun_head(after: str) -> str | None:
    """The last word of the noun phrase that starts the text ("civil war --" -> "war", "rule GARYAN" -> "rule"):
    up to three lower-case words, to a function word, a capitalised word or a mark."""
    words = _noun_words(after)
    return words[-1] if words else None


def _noun_words(after: str) -> list[str]:
    """The words of the noun phrase that starts the text (``_noun_head``); [] when it is longer than three."""
    words = []
    for token in re.findall(r"[A-Za-z]+|[^\sA-Za-z]", after.strip())[:4]:
        if not token.isalpha() or not token.islower() or token in _NOUN_PHRASE_END:
            break
        if token in _DETERMINERS and len(words) >= 2:
            # "rule struck the capital": a determiner opens the next noun phrase, so the word before it is a verb
            # (issue 20k, twentieth session: "her 12-year reign shaped the party" named no thing, four words in a row)
            return words[:-1]
        words.append(token)
    return words if len(words) <= 3 else []


_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "our", "my", "your"}


_LIGHT_VERBS = {"made", "done", "had", "got", "gotten", "taken", "given", "seen", "gone", "come", "put", "held", "kept",
                "left", "used", "needed", "wanted", "called", "happened", "passed", "elapsed", "spent", "expected"}


def _span_verb(before: str) -> str | None:
    """The verb a span belongs to, read back from the figure inside its clause ("ruled Libya for", "was wed
    about", "served"): the nearest word that is a past form, at most seven words back."""
    clause = re.split(r"[,;:()\"]|\s-\s|\b(?:and|but|while|who|which|that)\b", before)[-1]
    words = re.findall(r"[a-z]+", clause.lower())
    for w in reversed(words[-7:]):
        if w in _SPAN_VERB_SKIP:
            continue
        if w in _LIGHT_VERBS:
            return None  # "made", "had", "taken": says nothing of what lasted
        if _participle_like(w) or w in _SPAN_CLASS or w in ("wed", "shook", "ruled", "served", "lasted"):
            return w
    return None


def _span_class(word: str) -> str:
    word = word.lower()
    if word in _SPAN_CLASS:
        return _SPAN_CLASS[word]
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def same_relation(a: Claim, b: Claim) -> bool:
    """Do two spans of time tell the same relation to what they measure, when both name one? "after eight days of
    clashes" is how long the clashes lasted, "killed eight days ago" the time since a killing: one number of days,
    two facts, never an agreement however alike their sentences (issue 20, tenth session; the previous helper's test
    of the Greek riots' wording). A span that names nothing is left to the likeness of its sentence."""
    ra, rb = _span_words(a.sentence, a.text), _span_words(b.sentence, b.text)
    return ra is None or rb is None or ra[0] == rb[0]
