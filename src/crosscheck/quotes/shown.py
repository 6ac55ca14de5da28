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

from .cues import DOCUMENT_NOUNS, REPORTED_CUES, SPEAKER_NOUNS, SPEECH_FORMS, SPEECH_VERBS
from .found import Found
from .pronouns import disagrees, opening_person, owner, reported_subject, same_gender, untyped_surname

# Verbs whose object is what was said: "announced new rallies", "denied the report", "a poll shows X ahead".
_OBJECT_IS_SAID = frozenset("""
say tell announce deny confirm admit acknowledge demand propose recommend predict promise pledge estimate repeat
reiterate reveal disclose call urge ask claim state report suggest show find question warn vow declare threaten request
answer chant accuse blame charge describe
""".split())
# (Not the verbs of attack or praise: what "Trump slammed Bush and Cruz", "blasted the FBI", "praised his medical
# skills" hold is their target, not words said: issue 20q, review s9, QUOTE-FALSE; "accused X of Y", "described X as Y"
# say what X did or is. "called" with a plain object is a telephone call or a summons: "called Sanders shortly after
# ...", "called their first witnesses"; "called it a hate crime" holds what was said.)
# Verbs whose "to ..." is an act, not a statement: "voted to approve", "sought to change", "decided to".
_ACT_XCOMP = frozenset("vote seek help learn try decide fail manage continue begin need attempt refuse".split())
# Verbs a thing is the subject of in a description, not a statement: "the machine boasts", "it offers".
_THING_VERBS = frozenset("boast tout offer feature support see include provide sport pack let allow".split())
# Verbs of wishing: "supporters hope her attacks might make her a contender", "folks who want to provide for their
# pets", "She wanted people to remember her ...": the writer's account of a wish, no words of the one who wishes (issue
# 20q, review s9 QUOTE-FALSE; PolNeAR still reads them)
_WISH = frozenset("hope hop want wish".split())  # ("hop": the lemma the tagger gives "hoped", "hopes")
# Verbs a finding is the subject of: "That suggests a lack of confidence", "the primary threatens to knock ... out",
# "a name suggesting there are ...": a thing that shows something says nothing (a poll or a document does: _is_thing)
_SHOWING = frozenset("show suggest indicate threaten reveal mean signal".split())
# Nouns of an act, not of words: "its decision not to indict", "her insistence on keeping her communications on a
# private server" (a "that" clause after them is words: "his insistence that he won")
_ACT_NOUNS = frozenset("decision refusal insistence push".split())
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
                f.not_speech = f.not_speech or _not_speech(f, doc)  # or as the finder marked it ("subhead")
            _resolve_in_turn(f, turns, text)
            if f.kind == "direct":
                f.not_speech = _direct_not_speech(f, doc)
            if f.antecedent is None and f.speaker_text and f.speaker_text.strip().lower() in _FIRST | _THIRD | {"you", "it"}:
                f.antecedent = _antecedent(f, doc, text, turns, direct, found)
                if f.kind == "reported" and f.antecedent == (-1, -1) and f.speaker_text.strip().lower() == "you":
                    f.not_speech = f.not_speech or "you"  # "lets you view major landmarks": no one says it
            elif f.antecedent is None and _a_person_described(f, doc):
                f.antecedent = opening_person(doc, (f.speaker_start, f.speaker_end))
        except Exception:  # noqa: BLE001 - a parse we cannot read leaves the quote as the finders gave it
            continue


_TITLE_WORDS = 8  # a title in marks is short: "The Mirror has Two Faces", "Woman of the Year"
_SCARE_WORDS = 3  # a scare quote hung on a verb that says nothing is shorter: the "comeback kid"


# Nouns of bodies and writings: "the statement", "the committee" stand for no person the paragraph opens with
_NOT_PERSONS = frozenset(DOCUMENT_NOUNS | {"statement", "report", "study", "government", "ministry", "agency", "army",
                                          "military", "council", "committee", "court", "party", "group", "union",
                                          "office", "department", "company", "campaign", "police", "administration",
                                          "prosecution", "defense", "defence", "family", "board", "panel", "jury",
                                          # (an unnamed source is no one the paragraph named: "the same source said")
                                          "source", "official", "spokesman", "spokeswoman", "spokesperson", "aide",
                                          "adviser", "advisor", "analyst", "expert", "witness", "resident"})


def _a_person_described(f: Found, doc) -> bool:
    """Is the speaker a description of one person, "the lawyer", "the New York native" (review s9: shown as a speaker
    of its own, though the paragraph opens with the person: "Mr Flanagan said ... "...," said the lawyer")?"""
    if f.speaker_start is None or not re.match(r"(?i)the\s", f.speaker_text or "") or len(f.speaker_text.split()) > 5:
        return False
    span = doc.char_span(f.speaker_start, f.speaker_end, alignment_mode="expand")
    if span is None or any(e.label_ in ("PERSON", "ORG", "NORP") and e.root.i == span.root.i for e in span.ents):
        return False
    head = span.root
    return head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() not in _NOT_PERSONS


def _direct_not_speech(f: Found, doc) -> str | None:
    """A quotation in marks that is no one's words (issue 20q, review s9 QUOTE-FALSE): a title no one is said to say
    (his part in a director's "The Garden of Seven Doors."), or a short phrase whose only cue is a verb that says
    nothing ("Alder toured ... the county that made his father the "people's judge"", "she won drama prizes for
    her parts in "Lanterns" in 1982 and "Girl of the Harbour""). PolNeAR's scorer still reads them."""
    words = f.text.replace("…", " ").split()
    if f.speaker_start is None:
        return "title" if len(words) <= _TITLE_WORDS and _title_case(words) else None
    if f.cue_start is None or f.basis != "sentence" or len(f.parts) > 2:
        return None
    cue = doc.char_span(f.cue_start, f.cue_start + 1, alignment_mode="expand")
    if cue is None or cue[0].lemma_.lower() in REPORTED_CUES or cue[0].lower_ in SPEECH_FORMS:
        return None
    if len(f.parts) > 1:
        pieces = [p.split() for p in f.text.split("…")]
        return "title" if all(len(p) <= _TITLE_WORDS and _title_case(p) for p in pieces) else None
    return "scare" if len(words) <= _SCARE_WORDS and not re.search(r"[.?!,]\W*$", f.text) else None


def _title_case(words: list[str]) -> bool:
    """Every word of four letters or more starts with a capital, and the first word does."""
    long = [w for w in words if len(w.strip(".,;:!?'\"")) >= 4]
    return bool(words) and words[0][:1].isupper() and bool(long) and all(w[:1].isupper() for w in long)


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
    if _wish(f, cue, lemma):
        return "wish"
    if cue.pos_ == "NOUN":
        if lemma in _ACT_NOUNS and head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "pcomp", "xcomp") and not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
            return "act"
        owned = any(c.dep_ == "poss" for c in cue.children)
        if not owned and cue.dep_ in ("dobj", "nsubjpass", "pobj") and cue.head.lemma_.lower() not in _LIGHT:
            return "object"  # "has ignored calls for his resignation": the calls are someone else's
        if head.dep_ in ("pobj",) and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and lemma not in (
                "claim", "statement", "remark", "comment", "assertion", "warning", "accusation", "allegation"):
            return "object"  # "his demands for aides' loyalty", "his decision on X"
        return None
    if any(c.dep_ == "neg" for c in cue.children):
        return "negated"  # "has never publicly blamed Russia for ...": shown as a claim it says the reverse (review s9)
    agent = any(c.dep_ == "agent" for c in cue.children)  # "has been found guilty by a jury": the jury's
    if not agent and (any(c.dep_ == "auxpass" for c in cue.children) or cue.tag_ == "VBN" and cue.dep_ == "acl"):
        return "passive"  # "is expected to deliver": the one expected is not the one who expects
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ("seem", "appear") and lemma not in SPEECH_VERBS:
        return "seeming"  # "Murray almost seemed to regard himself as the victim": the writer's impression
    if lemma in _SHOWING and f.speaker_head is not None and _is_thing(doc, f.speaker_head) and not _names_a_source(
            doc, f):
        return "thing"
    if first in _WH and lemma not in _WH_SAID:
        return "wh"  # "I know what's good", "learn how to communicate"
    if head.dep_ == "xcomp" and lemma in _ACT_XCOMP:
        return "act"
    if lemma == "call" and head.dep_ == "dobj" and not any(c.dep_ == "oprd" for c in cue.children):
        return "object"  # "called Sanders shortly after the winner was declared": a call, not what it said
    if lemma in ("find", "show") and head.pos_ == "ADJ":
        return "object"  # "found Jackson unconscious", "found him guilty of ...": what was found, no words
    if lemma in _THING_VERBS and f.speaker_head is not None and _is_thing(doc, f.speaker_head):
        return "thing"  # "The updated machine boasts ...", "it boasts that rumored Retina Display"
    if head.dep_ in ("dobj", "oprd", "pobj", "dative", "attr") or (
            head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and head.dep_ not in ("ccomp", "xcomp", "nsubj")):
        if lemma not in _OBJECT_IS_SAID:
            return "object"  # "the machine boasts ...", "rejected calls by opposition leaders ...", "attacked a bank"
    return None


def _wish(f: Found, cue, lemma: str) -> bool:
    """A wish told by the writer: "supporters hope ...", "Jeb Bush hopes ...", "folks who want to ...", "She wanted
    people to remember ...". Not one said in the first person ("I hope we can correct it", a transcript's "I just want
    to ..."), nor a demand in the present ("They want police banned" after "Some of their demands are ...")."""
    if lemma not in _WISH or (f.speaker_text or "").strip().lower() in _FIRST:
        return False
    return lemma != "want" or cue.tag_ == "VBD" or cue.dep_ == "relcl"


def _names_a_source(doc, f: Found) -> bool:
    """Does the subject phrase name who or what may say it: an organisation or person ("CNN exit poll data"), a
    document or a speaker noun ("Footage of the raid ... Court documents reveal that": a caption glued on)?"""
    span = doc.char_span(f.speaker_start, f.speaker_end, alignment_mode="expand") if f.speaker_start is not None else None
    return span is not None and any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_.lower() in DOCUMENT_NOUNS
                                    or t.lemma_.lower() in _PERSON_NOUNS for t in span)


def _is_thing(doc, head: tuple[int, int]) -> bool:
    """Is the subject at ``head`` a thing, which says nothing ("it", "the updated machine", "Connectivity")?"""
    span = doc.char_span(head[0], head[1], alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    if t.lower_ in ("it", "this", "that", "these", "those"):
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
    # (not a subject of what is said, "Mook acknowledged the former secretary ... had split", nor one inside the
    # quotation: "'... with whom Secretary Clinton was in contact,' he said" is not Clinton's)
    own = [t for t in doc[sent.start:span.start] if t.dep_ in ("nsubj", "nsubjpass")
           and not reported_subject(t, (f.start, f.end))]
    agreeing = same_gender(doc, doc[sent.start:span.start], low, (f.start, f.end))
    for subj in reversed(own):
        hit = _candidate(subj, low) or (owner(subj) if low in ("he", "she") else None)
        if hit is not None and agreeing is not None and not any(e[0] <= hit[0] < e[1] for e in [agreeing]):
            return agreeing  # "Though Sanders led Clinton ..., she had hoped": the one the report marks as a woman
        if hit is not None:
            return _named_for(doc, hit)
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
            return _named_for(doc, hits[0])
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
            return _fits(doc, g.antecedent, low)
        return _fits(doc, g.speaker_head or (g.speaker_start, g.speaker_end), low)
    if low in ("he", "she"):
        return _fits(doc, _protagonist(doc, text, f.speaker_start) or none, low)
    return none


def _fits(doc, span: tuple[int, int], pronoun: str) -> tuple[int, int]:
    """``span``, unless it names a person the report marks as of the other gender than the pronoun: (-1, -1)."""
    ent = next((e for e in doc.ents if e.start_char <= span[0] < e.end_char and e.label_ in ("PERSON", "ORG")), None)
    return (-1, -1) if ent is not None and disagrees(doc, ent, pronoun) else span


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


def _named_for(doc, hit: tuple[int, int]) -> tuple[int, int]:
    """A description found for a pronoun ("the senator") is the person the sentence before opens with, when it does."""
    if any(e.start_char <= hit[0] < e.end_char for e in doc.ents):
        return hit
    return opening_person(doc, hit) or hit


def _candidate(subj, pronoun: str) -> tuple[int, int] | None:
    """The span of a subject a pronoun may stand for: a person (for he/she), a person or a group (they)."""
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if pronoun in ("he", "she"):
        if ent is not None and ent.label_ in ("PERSON", "ORG") and disagrees(subj.doc, ent, pronoun):
            return None  # "Though Sanders led Clinton, she had hoped ...": not Sanders (review s9)
        if (ent is None or ent.label_ != "PERSON") and (surname := untyped_surname(subj)) is not None:
            full = next(e for e in subj.doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text == subj.text)
            return None if disagrees(subj.doc, full, pronoun) else surname  # "Kasich, who brags ..., doesn't pretend ...": the surname of a person the report names
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
