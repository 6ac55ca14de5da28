"""What a reader is shown as a quote, and who said it (issue 20, item 8, seventh session).

The finders (``direct``, ``reported``) read attributions as broadly as PolNeAR annotates them: beliefs,
stances, the object of "supports", "offers", "rejected calls for". A reader of "who said what" wants speech
and writing, so an attribution is marked ``not_speech`` (kept for the PolNeAR scorer, left out of the story's
quotes) when what it holds is no statement:

- the object of a verb that is no verb of saying ("the machine boasts 7 hours of battery life", "Karamanlis
  has rejected calls by opposition leaders ...", "youths attacked a police station"), or of a noun of saying
  someone else made ("has ignored mounting calls for his resignation": the calls are not his);
- a wh-clause after a verb of knowing ("I know what's good"), or what a passive with no agent or an action verb
  governs ("is expected to deliver", "voted to approve"); what a thing "boasts" or "offers".

A pronoun speaker is resolved where the parse is at hand (``antecedent``): "I" or "we" inside a quotation is
its speaker, inside a transcript turn (``TRUMP: ...``, ``REPORTER: ...``) the turn's speaker, elsewhere the
writer or a commenter (shown unattributed); "you" is no one (what "you" is said to do is not shown); "it" a body
or a writing; "he", "she", "they" the subject of the main clause of the nearest sentence before (in the paragraph,
then the two before it) that names a person (a description: "the president") or a group, else the speaker of the
nearest quote before, else, for "he" or "she", the person the report names most when named in the last paragraphs,
else no one. A text's mis-decoded closing mark ("...wild.\ufffd?") is read as a closing mark.
"""

from __future__ import annotations

import re

from .cues import DOCUMENT_NOUNS, SPEAKER_NOUNS
from .found import Found

# Verbs whose object is what was said: "announced new rallies", "denied the report", "a poll shows X ahead".
_OBJECT_IS_SAID = frozenset("""
say tell announce deny confirm admit acknowledge demand propose recommend predict promise pledge estimate repeat
reiterate reveal disclose call urge ask claim state report suggest show find accuse blame
charge describe question warn vow declare threaten request answer defend chant criticize criticise praise condemn
denounce slam blast accept
""".split())
# Verbs whose "to ..." is an act, not a statement: "voted to approve", "sought to change", "decided to".
_ACT_XCOMP = frozenset("vote seek help learn try decide fail manage continue begin need attempt".split())
# Verbs a thing is the subject of in a description, not a statement: "the machine boasts", "it offers".
_THING_VERBS = frozenset("boast tout offer feature support see include provide sport pack let allow".split())
# Verbs a wh-clause after which is asked or told: "asked whether", "explained how".
_WH_SAID = frozenset("ask wonder question explain tell say inquire debate discuss describe reveal".split())
_WH = ("what", "who", "whom", "whose", "how", "when", "where", "why", "whether", "if", "which")
# Verbs through which one carries a noun of saying as one's own: "made a claim", "issued a call for".
_LIGHT = frozenset("make issue repeat renew voice express reiterate have give offer deliver post send publish release "
                   "echo stand lodge file sound chant shout".split())
_FIRST = {"i", "we", "me", "us"}
_NO_ANTECEDENT = {"you", "it", "who", "which", "that", "his", "her", "their", "its", "my", "our", "your"}
_THIRD = {"he", "she", "they"}
_PERSON_NOUNS = frozenset(SPEAKER_NOUNS | {"man", "woman", "boy", "girl", "student", "protester", "reporter",
                                           "correspondent", "host", "anchor", "father", "mother", "wife", "husband",
                                           "jury", "panel", "board", "family", "crowd", "commission", "judge"})

# A transcript turn: "TRUMP: ...", "KELLY MCEVERS, HOST: ...", "Q: ..." (capitals), or a name ahead of a
# quotation at a paragraph's start ('Forstall: "Who is taller ..."').
_TURN = re.compile(r"(?:^|(?<=\n)|(?<=[.?!—–\-]\s)|(?<=[.?!]\s\s)|(?<=[.?!]”\s)|(?<=[.?!]\"\s))"
                   r"(?P<label>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}(?:,\s[A-Z][A-Z ]+)?):\s")
_NAME_TURN = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?):[ \t]*[\"“]")
_QUESTION_LABELS = {"Q", "QUESTION", "REPORTER", "AUDIENCE MEMBER"}
_NOT_TURNS = {"A", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "THE FACTS", "FACTS", "WATCH", "PHOTOS", "VIDEO",
              "BREAKING", "ALSO", "RELATED", "READ MORE", "SOURCE", "SOURCES"}


def repair_closing_marks(text: str) -> str:
    """A closing quote mark mis-decoded as U+FFFD and "?" ("...wild.\ufffd?", Multi-News rows) written "” " (same
    length, so every offset holds)."""
    if "\ufffd?" not in text:
        return text
    return re.sub(r"(?<=\S)\ufffd\?", "” ", text)


def repair_paired_closing(text: str) -> str:
    """"``I feel sorry for the young,`` said ...": a "``" after a comma or full stop and before a lowercase word
    closes a quote; written "''" (same length) so that ``direct._paired_marks_as_double`` reads it so."""
    if "``" not in text:
        return text
    text = re.sub(r"(?<=[,.?!])\s?``(?=\s*[a-z])", lambda m: m.group(0).replace("``", "''"), text)
    # '... charged with the ``illegal use ``of his service weapon': a second "``" glued to a lowercase word, a quote
    # being open, closes it
    chars = list(text)
    for para in re.finditer(r"[^\n]+", text):
        open_ = False
        for m in re.finditer(r"``|''", para.group()):
            at = para.start() + m.start()
            if m.group() == "''":
                open_ = False
            elif open_ and at > 0 and text[at - 1] == " " and re.match(r"[a-z]", text[at + 2:at + 3]):
                chars[at:at + 2] = ["'", "'"]
                open_ = False
            else:
                open_ = True
    return "".join(chars)


def transcript_turns(text: str) -> list[tuple[int, int, int, int]]:
    """(turn start, turn end, label start, label end) of each speaker's turn in a transcript: from the label to
    the next label or the end of the paragraph. A name label (not in capitals) holds only for its paragraph."""
    labels: list[tuple[int, int, int]] = []  # (label start, label end, content start)
    for m in _TURN.finditer(text):
        label = m.group("label").split(",")[0].strip()
        if label.upper() in _NOT_TURNS or len(label) < 2 and label != "Q":
            continue
        labels.append((m.start("label"), m.start("label") + len(label), m.end()))
    for m in _NAME_TURN.finditer(text):
        if not any(a == m.start("label") for a, _, _ in labels):
            labels.append((m.start("label"), m.end("label"), m.end("label") + 1))
    labels.sort()
    turns = []
    for k, (a, b, c) in enumerate(labels):
        para_end = text.find("\n", c)
        end = len(text) if para_end == -1 else para_end
        if k + 1 < len(labels):
            end = min(end, labels[k + 1][0])
        turns.append((c, end, a, b))
    return turns


def turn_label(text: str, a: int, b: int) -> str:
    label = text[a:b]
    return "a reporter" if label.upper() in _QUESTION_LABELS else label


def _turn_at(turns: list[tuple[int, int, int, int]], offset: int) -> tuple[int, int, int, int] | None:
    return next((t for t in turns if t[0] <= offset < t[1]), None)


def mark_shown(found: list[Found], text: str, doc) -> None:
    """Set ``not_speech`` and ``antecedent`` on a report's found quotes (``doc``: the report's parse)."""
    if doc is None:
        return
    turns = transcript_turns(text)
    direct = [f for f in found if f.kind == "direct"]
    for f in found:
        try:
            if f.kind == "reported":
                f.not_speech = _not_speech(f, doc)
            _resolve_in_turn(f, turns, text)
            if f.antecedent is None and f.speaker_text and f.speaker_text.strip().lower() in _FIRST | _THIRD | {"you", "it"}:
                f.antecedent = _antecedent(f, doc, text, turns, direct, found)
                if f.kind == "reported" and f.antecedent == (-1, -1) and f.speaker_text.strip().lower() == "you":
                    f.not_speech = f.not_speech or "you"  # "lets you view major landmarks": no one says it
        except Exception:  # noqa: BLE001 - a parse we cannot read leaves the quote as the finders gave it
            continue


def _resolve_in_turn(f: Found, turns, text: str) -> None:
    """A quote inside a transcript turn: its first-person or missing speaker is the turn's."""
    turn = _turn_at(turns, f.start)
    if turn is None:
        return
    low = (f.speaker_text or "").strip().lower()
    if f.speaker_start is None or (low in _FIRST and turn[0] <= f.speaker_start < turn[1]):
        f.antecedent = (turn[2], turn[3])
        if f.speaker_start is None:
            f.speaker_start, f.speaker_end, f.speaker_text = turn[2], turn[3], turn_label(text, turn[2], turn[3])
            f.speaker_head, f.basis, f.cue = (turn[2], turn[3]), "turn", ":"


def _not_speech(f: Found, doc) -> str | None:
    if f.cue_start is None or f.basis == "colon" or not f.parts:
        return None
    cue_span = doc.char_span(f.cue_start, f.cue_start + 1, alignment_mode="expand")
    if cue_span is None:
        return None
    cue = cue_span[0]
    lemma = cue.lemma_.lower()
    content = doc.char_span(f.parts[0][0], f.parts[-1][1], alignment_mode="expand")
    if content is None:
        return None
    heads = [t for t in content if not (content.start <= t.head.i < content.end) or t.head.i == t.i]
    head = heads[0] if heads else content.root
    first = content[0].lower_
    if cue.pos_ == "NOUN":
        owned = any(c.dep_ == "poss" for c in cue.children)
        if not owned and cue.dep_ in ("dobj", "nsubjpass", "pobj") and cue.head.lemma_.lower() not in _LIGHT:
            return "object"  # "has ignored calls for his resignation": the calls are someone else's
        if head.dep_ in ("pobj",) and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and lemma not in (
                "claim", "statement", "remark", "comment", "assertion", "warning", "accusation", "allegation"):
            return "object"  # "his demands for aides' loyalty", "his decision on X"
        return None
    agent = any(c.dep_ == "agent" for c in cue.children)  # "has been found guilty by a jury": the jury's
    if not agent and (any(c.dep_ == "auxpass" for c in cue.children) or cue.tag_ == "VBN" and cue.dep_ == "acl"):
        return "passive"  # "is expected to deliver": the one expected is not the one who expects
    if first in _WH and lemma not in _WH_SAID:
        return "wh"  # "I know what's good", "learn how to communicate"
    if head.dep_ == "xcomp" and lemma in _ACT_XCOMP:
        return "act"
    if lemma in _THING_VERBS and f.speaker_head is not None and _is_thing(doc, f.speaker_head):
        return "thing"  # "The updated machine boasts ...", "it boasts that rumored Retina Display"
    if head.dep_ in ("dobj", "oprd", "pobj", "dative", "attr") or (
            head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and head.dep_ not in ("ccomp", "xcomp", "nsubj")):
        if lemma not in _OBJECT_IS_SAID:
            return "object"  # "the machine boasts ...", "rejected calls by opposition leaders ...", "attacked a bank"
    return None


def _is_thing(doc, head: tuple[int, int]) -> bool:
    """Is the subject at ``head`` a thing, which says nothing ("it", "the updated machine", "Connectivity")?"""
    span = doc.char_span(head[0], head[1], alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    if t.lower_ in ("it", "this", "these", "those"):
        return True
    lemma = t.lemma_.lower()
    return (t.pos_ == "NOUN" and t.tag_ == "NN" and not t.ent_type_ and lemma not in _PERSON_NOUNS
            and lemma not in DOCUMENT_NOUNS)


def _antecedent(f: Found, doc, text: str, turns, direct: list[Found], found: list[Found]) -> tuple[int, int]:
    """Where the person (or group) a pronoun speaker stands for is named; (-1, -1): no one to name."""
    low = (f.speaker_text or "").strip().lower()
    none = (-1, -1)
    if low == "you":
        return none
    if low in _FIRST:
        # "I" inside a quotation is the one quoted; in a turn the turn's speaker (_resolve_in_turn); else the writer.
        outer = next((d for d in direct if d is not f and d.start <= f.speaker_start < d.end), None)
        if outer is not None and outer.speaker_start is not None and \
                (outer.speaker_text or "").strip().lower() not in _FIRST | {"you"}:
            return outer.antecedent or (outer.speaker_start, outer.speaker_end)
        return none
    span = doc.char_span(f.speaker_start, f.speaker_end, alignment_mode="expand")
    if span is None:
        return none
    turn = _turn_at(turns, f.speaker_start)
    para_start = text.rfind("\n", 0, f.speaker_start) + 1
    limit = turn[0] if turn is not None else 0
    sent = span[0].sent
    sents = []
    s = sent
    paragraphs = 0
    while s.start > 0 and len(sents) < 6:
        s = doc[s.start - 1].sent
        if s.end_char <= limit:
            break
        if s.end_char <= para_start:
            paragraphs += 1
            para_start = text.rfind("\n", 0, s.start_char + 1) + 1
            if paragraphs > 2:
                break
        sents.append(s)
    # the clause before the pronoun in its own sentence: "When Trump arrived, he said ..."
    own = [t for t in doc[sent.start:span.start] if t.dep_ in ("nsubj", "nsubjpass")]
    for subj in reversed(own):
        hit = _candidate(subj, low)
        if hit is not None:
            return hit
    other = 0  # "she" passed on the way back to a "he": the next person named is hers
    for s in sents:
        subjects = [t for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
                    and not any(a <= t.idx < b for d in direct for a, b in d.parts) and _main_clause(t.head)]
        # the main clause's subject first, then the others as written ("In one of his moments, Trump ruminated on
        # a career he decided ..." parsed with "he decided" as the main clause); a pronoun: back along the chain
        subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
        hits = [h for h in (_candidate(t, low) for t in subjects) if h is not None]
        if hits and other:
            other -= 1
            continue
        if hits:
            return hits[0]
        other += any(t.lower_ in ("he", "she") and t.lower_ != low for t in subjects) and low in ("he", "she")
    # the named speaker of the nearest quote before, in the paragraph or the one before
    # (a pronoun speaker of that quote stands for whom it was resolved to; a turn's quote, only outside turns:
    # "TRUMP: ..." then "Did he just say ...?", but not the host's question for the guest's "he")
    if low == "it":
        return none
    earlier = [g for g in found if g is not f and g.end <= f.start and g.speaker_start is not None
               and ((g.speaker_text or "").strip().lower() not in _FIRST | _THIRD | _NO_ANTECEDENT
                    or g.antecedent is not None and g.antecedent[0] >= 0)
               and text.count("\n", g.end, f.start) <= 2
               and (turn is None or g.basis not in ("colon", "turn") and _turn_at(turns, g.start) == turn)]
    if earlier:
        g = max(earlier, key=lambda g: g.end)
        if (g.speaker_text or "").strip().lower() in _FIRST | _THIRD and g.antecedent is not None:
            return g.antecedent
        return g.speaker_head or (g.speaker_start, g.speaker_end)
    if low in ("he", "she"):
        return _protagonist(doc, text, f.speaker_start) or none
    return none


def _protagonist(doc, text: str, before: int) -> tuple[int, int] | None:
    """The person the report names most (by surname), where last named in the three paragraphs before ``before``:
    whom an unresolved "he" in a news report most often stands for."""
    counts: dict[str, int] = {}
    for e in doc.ents:
        if e.label_ == "PERSON":
            counts[e[-1].lower_] = counts.get(e[-1].lower_, 0) + 1
    for e in doc.ents:  # a surname the tagger also took for a body ("Trump" as ORG) counts too
        if e.label_ == "ORG" and len(e) == 1 and e[0].lower_ in counts:
            counts[e[0].lower_] += 1
    if not counts:
        return None
    key = max(counts, key=lambda k: counts[k])
    if counts[key] < 3:
        return None
    window = before
    for _ in range(4):
        window = text.rfind("\n", 0, max(0, window - 1))
        if window <= 0:
            window = 0
            break
    last = [e for e in doc.ents if window <= e.start_char and e.end_char <= before and e.label_ in ("PERSON", "ORG")
            and e[-1].lower_ == key]
    return (last[-1].start_char, last[-1].end_char) if last else None


def _main_clause(verb) -> bool:
    """Is the verb the sentence's own, or one joined to it ("X arrived and said", "Trump ruminated on a career he
    decided ..." parsed upside down), not a clause inside ("when a reporter pointed out", "why he let Flynn go")?"""
    return verb.dep_ == "ROOT" or verb.dep_ in ("conj", "ccomp") and verb.head.dep_ == "ROOT"


def _candidate(subj, pronoun: str) -> tuple[int, int] | None:
    """The span of a subject a pronoun may stand for: a person (for he/she), a person or a group (they)."""
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if pronoun in ("he", "she"):
        if ent is not None and (ent.label_ == "PERSON" or ent.label_ == "ORG" and subj.pos_ == "PROPN" and len(ent) == 1):
            return ent.start_char, ent.end_char  # (a surname the tagger took for a body: "Kyrtsos, a conservative, ...")
        if subj.pos_ == "NOUN" and subj.lemma_.lower() in _PERSON_NOUNS and subj.tag_ == "NN" and \
                subj.left_edge.lower_ in ("the", "a", "an"):  # a description: "the president", "a spokesman"
            left = subj.left_edge
            return left.idx, subj.idx + len(subj.text)
        return None
    if pronoun == "it":  # a body or a writing: "the company ... It said", never a person
        if ent is not None and ent.label_ == "ORG":
            return ent.start_char, ent.end_char
        if subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.lemma_.lower() in SPEAKER_NOUNS | DOCUMENT_NOUNS:
            return subj.left_edge.idx, subj.idx + len(subj.text)
        return None
    if ent is not None and ent.label_ in ("ORG", "NORP"):
        return ent.start_char, ent.end_char
    if subj.pos_ == "NOUN" and subj.tag_ == "NNS" and subj.lemma_.lower() not in DOCUMENT_NOUNS:
        left = subj.left_edge
        return left.idx, subj.idx + len(subj.text)
    return None


__all__ = ["mark_shown", "repair_closing_marks", "repair_paired_closing", "transcript_turns", "turn_label"]
