"""Reported speech and thought: what a cue verb or noun of saying governs, "according to X",
a parenthetical attribution, a headline label."""

from __future__ import annotations

import re

from ..isolation import OnSkip, item_failed
from ..records import Document
from .cues import (
    _MARKS, _NO_XCOMP, NOMINAL_CUES, _NOMINAL_PREPS, _OBJECT_CUES, _PREP_CUES, REPORTED_CUES, _SMALL_WORDS,
    SPEECH_VERBS, _VERBAL)
from .found import Found, _has_mark, _Inside, _same_paragraph
from .parse import _paragraph_of, _paragraph_subject, _speaker_span, _subject
from .opening import opening_cue
from .shown import _OBJECT_IS_SAID
from .trailing import trailing_attributions


def _reported(document: Document, doc, direct: list[Found], on_skip: OnSkip | None = None) -> list[Found]:
    """Reported speech and thought: the clause (or object) a cue verb governs, with its subject.

    Every verb of saying or thinking in every sentence is a cue, not only a sentence's main verb:
    "X said (that) ...", "..., the minister said", "X told reporters that ...", "X wants to ...",
    "a poll shows ...", "X called for ...", "X denied the report". What a cue governs is its
    clausal complement (without "that"); for some verbs, its object ("X criticized the plan").
    A clause that holds a quote mark is left to direct quotes (PolNeAR counts it direct), unless it is a statement
    with a quoted phrase inside (``_around_a_quote``).
    """
    if doc is None:
        return []
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    inside = _Inside([(f.start, f.end) for f in direct])
    for sent in doc.sents:
        try:
            out += _reported_in(document, sent, inside, seen)
        except Exception as error:  # noqa: BLE001 - one sentence at fault: told to on_skip (issue 21)
            item_failed(error, on_skip, sent.start_char)
    for found in _headline_labels(document):
        if (found.start, found.end) not in seen and not any(f.start < found.end and found.start < f.end for f in out):
            out.append(found)
    # Attributions do not nest: "X said he thinks that ..." is X's, the clause and all.
    # (a clause around a quoted phrase holds no other attribution: it does not hide one)
    # (but of two items each holding the other's cue, "Police responded and stopped the car ..., Barbour said." read
    # as "responded" governing "Barbour said" and "said" governing the clause, the later cue's stands)
    def holds(g: Found, f: Found) -> bool:
        return g.basis != AROUND and f.cue_start is not None and any(a <= f.cue_start < b for a, b in g.parts)

    return [f for f in out if f.cue_start is None or not any(
        holds(g, f) and not (holds(f, g) and g.cue_start is not None and f.cue_start > g.cue_start) for g in out)]


def _reported_in(document: Document, sent, inside: _Inside, seen: set[tuple[int, int]]) -> list[Found]:
    """Reported speech and thought of one sentence (``seen``: spans found before, added to)."""
    out: list[Found] = []
    mine: set[tuple[int, int]] = set()
    according = _according(document, sent)
    if according is not None and _has_mark(document.text, according.start, according.end) and _around_a_quote(
            document.text, according.start, according.end, according.start):
        according.basis = AROUND  # "Officers ... trained in an "active shooter" situation, according to X"
    if according is not None and (according.basis == AROUND or not _has_mark(document.text, according.start,
                                                                               according.end)):
        out.append(according)
        mine.add((according.start, according.end))
    for t in sent:
        found = _reported_at(document, t, inside) or _nominal_at(document, t, inside)
        if found is None or (found.start, found.end) in seen or (found.start, found.end) in mine:
            continue
        mine.add((found.start, found.end))
        out.append(found)
    # "Prosecutors allege Simpson shot Flynn ...", the cue read as a noun (``opening``)
    found = opening_cue(document, sent, inside)
    if found is not None and not any(f.cue_start == found.cue_start for f in out) and (
            found.start, found.end) not in seen:
        mine.add((found.start, found.end))
        out.append(found)
    # "..., the head of the coast guard told TAP Monday.": an attribution ending the sentence the parse did not find
    for found in trailing_attributions(document, sent, out):
        if not inside(found.start) and (found.start, found.end) not in seen:
            mine.add((found.start, found.end))
            out.append(found)
    seen |= mine  # only once the whole sentence is read: a failing sentence adds nothing
    return out


_HEADLINE = re.compile(r"^[ \t]*([A-Z][^:\n]{0,40}?):[ \t]+(\S[^\n]*?)[ \t.]*$", re.M)
_NOT_A_LABEL = {"update", "updated", "watch", "breaking", "exclusive", "note", "editor's note", "editor’s note",
                "photos", "photo", "video", "related", "read more", "source", "sources", "via", "q", "a", "the facts"}
# An explainer's sections, each headed "Kasich: Now or never." (issue 20q, review s9: seven subheads of one report were
# shown as candidates' words): a report with this many label lines past its first uses them as subheads, not as
# headlines that say who speaks. Labels in capitals are a transcript's turns ("MCEVERS: ..."), kept; so are labels that
# come back ("Kroft: ...", "Hollis: ...", "Kroft: ..."), an interview's turns, unless the paragraph after the line
# opens with its label (a section about that person). Subheads are hidden, not dropped (review s11 finding 4).
SUBHEAD_LINES = 3
_NEXT_PARAGRAPH_OPENS = re.compile(r"[^\n]*\n\s*([\w'’.-]+)")


def _headline_labels(document: Document) -> list[Found]:
    """A headline that names who says it: "Lynch: No outside influence on FBI probe"."""
    out = []
    text = document.text
    for m in _HEADLINE.finditer(text):
        label, content = m.group(1).strip(), m.group(2)
        words = label.split()
        if (not 1 <= len(words) <= 5 or label.casefold() in _NOT_A_LABEL or any(ch.isdigit() for ch in label)
                or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
                or not 3 <= len(content.split()) <= 30 or any(c in _MARKS for c in content)):
            continue
        start, end = m.start(2), m.start(2) + len(content)
        out.append(Found(document.id, start, end, content, "reported", label, m.start(1), m.start(1) + len(label),
                         "colon", m.group(0).strip(), parts=[(start, end)], cue=":",
                         speaker_head=(m.start(1), m.start(1) + len(label)), cue_start=m.end(1)))
    return _without_subheads(out, text)


def _without_subheads(labels: list[Found], text: str) -> list[Found]:
    """The headline labels, an explainer's section subheads (``SUBHEAD_LINES``) marked ``not_speech`` "subhead": kept
    as hidden attributions, not shown as quotes. Its first line is a headline."""
    first_line = text.find("\n") if "\n" in text else len(text)
    body = [f for f in labels if f.start > first_line and not (f.speaker_text or "").isupper()]
    if len(body) < SUBHEAD_LINES:
        return labels
    said = [(f.speaker_text or "").strip() for f in body]
    turns = len(set(said)) < len(said)
    for f, label in zip(body, said):
        after = _NEXT_PARAGRAPH_OPENS.match(text, f.end)
        if not turns or after and label and after.group(1).startswith(label.split()[-1]):
            f.not_speech = "subhead"
    return labels


def _content_of(verb):
    """(first token, last token) of what a cue verb governs, or None.

    The complement in the cue's own paragraph: a sentence the parse runs on from the
    quote of the paragraph before hangs that quote on the verb as a second complement.
    """
    lemma = verb.lemma_.lower()
    comps = [c for c in verb.children if c.dep_ == "ccomp" and _same_paragraph(c, verb)]
    if not comps and lemma in ("tell", "inform", "assure", "warn", "remind", "convince", "advise"):
        # "Al-Obeidy told a journalist that officials had pressured ...": the parse hangs the "that" clause on the
        # one told (a relative clause of "journalist"); it is what was told
        comps = [a for o in verb.children if o.dep_ == "dobj" and o.i > verb.i for a in o.children
                 if a.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
                 and _same_paragraph(a, verb)]
    if not comps and lemma not in _NO_XCOMP:
        comps = [c for c in verb.children if c.dep_ == "xcomp" and _same_paragraph(c, verb)]
    if not comps and lemma in _OBJECT_CUES:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
        if objs:
            # What follows the object goes with it: "thanked Trump for backing ...", "shows him with ...".
            last = max(o.right_edge for o in objs)
            for c in verb.children:
                if c.i <= last.i:
                    continue
                if (c.dep_ not in ("prep", "oprd", "xcomp", "ccomp", "advcl", "npadvmod")
                        or verb.doc[c.left_edge.i - 1].is_punct):
                    break
                last = c.right_edge
            return objs[0].left_edge, last
    if not comps and lemma in _CLAUSE_VERBS:
        # "Police say an Ohio hiker who was trying to climb down ... fell to her death": the parse made the clause
        # an object with relative clauses; a long object holding a finite verb is what was said
        objs = [o for o in verb.children if o.dep_ == "dobj" and o.i > verb.i]
        if objs and objs[0].right_edge.i - objs[0].left_edge.i >= 5 and any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in objs[0].subtree):
            return objs[0].left_edge, objs[0].right_edge
    if not comps and lemma in SPEECH_VERBS:
        # "Heller told a judge during a hearing Thursday morning that Lohan had checked in ...": the parse hangs the
        # "that" clause (with its own subject) on a noun of a phrase after the verb; it is what was said
        comps = [a for p in verb.children if p.dep_ == "prep" and p.i > verb.i for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ in ("acl", "relcl") and _that_clause(a) and _same_paragraph(a, verb)]
    if not comps and not any(c.dep_ == "dobj" for c in verb.children):
        # "X called for a special prosecutor", "bragged about his prowess", "decided against ..."
        preps = ("about", "of", "against", "for", "on") if lemma in _PREP_CUES else ("about", "of", "against")
        preps += ("to",) if lemma in ("point", "refer") else ()
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > verb.i:
                objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                if objs:
                    return objs[0].left_edge, objs[0].right_edge
    if not comps:
        return None
    c = min(comps, key=lambda c: (c.i < verb.i, abs(c.i - verb.i)))  # after the verb, nearest, first
    if c.left_edge.i < verb.i < c.i and verb.i + 1 < len(verb.doc):
        # "a civil war that activists say has killed ...": the clause's subject is the relative pronoun before the
        # speaker; what is said starts after the verb
        return verb.doc[verb.i + 1], c.right_edge
    # (the clause taken back to an object of the verb only where an object is something said: ``shown`` hides the
    # clause of "believe Connor, 20, and a friend were ..." as an object believed, and provenance loses it)
    if c.i > verb.i and lemma not in _TOLD_LIKE and lemma in _OBJECT_IS_SAID and not any(
            a.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for a in c.children):
        # "The Dayton Police Department said Mara Lenz, 41, and Ida Froom, 38, face charges", "X said the
        # council in Lagos, Nigeria's largest city, is trying ...": the parse made the clause's subject the verb's
        # object; a clause with no subject of its own after it starts there
        # (or a second subject after the verb)
        objs = [o for o in verb.children if o.dep_ in ("dobj", "nsubj") and verb.i < o.i < c.left_edge.i]
        if objs:
            return objs[0].left_edge, c.right_edge
    if c.i > verb.i and lemma not in _TOLD_LIKE and lemma in _OBJECT_IS_SAID:
        # "Police said Evan Marsh, 23, and a 19-year-old cousin were hoping ...": the object ends with the
        # "and" whose other half the parse made the clause's subject
        objs = [o for o in verb.children if o.dep_ == "dobj" and verb.i < o.i < c.left_edge.i
                and any(a.dep_ == "cc" for a in o.children) and not any(a.dep_ == "conj" for a in o.children)]
        if objs:
            return objs[0].left_edge, c.right_edge
    return c.left_edge, c.right_edge


# Verbs of saying whose object is seldom anything but a clause misread ("Police say a man who ..."); not "believe",
# "think": ``shown`` hides what they take as an object, and provenance with it
_CLAUSE_VERBS = frozenset({"say"})
# Verbs whose object is the one told, not what was said: "X told reporters he would ..."
_TOLD_LIKE = frozenset("tell inform assure warn remind convince advise ask urge notify brief show".split())
# Adjectives of stance whose "that" clause is what the subject holds: "experts are skeptical that ...",
# "Brandt is certain that her brother's attacker will be found" (provenance dev, eleventh session)
_STANCE_ADJECTIVES = frozenset("""
skeptical sceptical confident sure certain convinced optimistic hopeful pessimistic adamant doubtful insistent
""".split())


def _that_clause(clause) -> bool:
    """A clause opened by "that" with a subject of its own (a complement, not a relative clause)."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) and any(
        a.dep_ in ("nsubj", "nsubjpass", "expl") for a in clause.children)


_LEADING = {"that", ",", ":", ";", "-", "—", "--", "–"}


def _runs(doc, keep: list[int]) -> list[tuple[int, int]]:
    """Character spans of the runs of kept tokens, trimmed of a leading "that" and of punctuation."""
    runs: list[list] = []
    for i in keep:
        if runs and i == runs[-1][-1].i + 1:
            runs[-1].append(doc[i])
        else:
            runs.append([doc[i]])
    out = []
    for run in runs:
        while run and (run[0].lower_ in _LEADING or run[0].is_space or run[0].is_punct and run[0].text not in "'$"):
            if run[0].lower_ == "that" and run[0].dep_ in ("det", "nsubj", "nsubjpass"):
                break  # "That apartment building is said to be ..., the Post reported": the subject's own word
            run.pop(0)
        while run and (run[-1].is_punct and run[-1].text not in ("''", ")") or run[-1].is_space):
            run.pop()
        if any(t.is_alpha or t.like_num for t in run):
            out.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return out


def _nominal_at(document: Document, noun, inside) -> Found | None:
    """"Trump's claim that ...", "his support for the deal", "Sanders toned down his criticism of Clinton"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NOMINAL_CUES or inside(noun.idx):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and not inside(c.idx)), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        owner = _subject(noun.head, inside)
    if owner is None:
        return None
    content = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and (
        any(m.lower_ in ("that", "to") for m in c.children if m.dep_ in ("mark", "aux")))), None)
    if content is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in _NOMINAL_PREPS and prep.i > noun.i:
                content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if content is not None:
                    break
    if content is None:
        return None
    doc = noun.doc
    parts = _runs(doc, list(range(content.left_edge.i, content.right_edge.i + 1)))
    if not parts:
        return None
    start, end = parts[0][0], parts[-1][1]
    text = document.text
    if _has_mark(text, start, end) or "\n" in text[min(start, owner.idx):end]:
        return None
    name = _speaker_span(owner)
    return Found(document.id, start, end, " … ".join(text[a:b] for a, b in parts), "reported", name.text,
                 name.start_char, name.end_char, "sentence", noun.sent.text, parts=parts, cue=noun.text,
                 speaker_head=(owner.idx, owner.idx + len(owner.text)), cue_start=noun.idx)


def _reported_at(document: Document, verb, inside) -> Found | None:
    stance = verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.lemma_.lower() in _STANCE_ADJECTIVES
    # ("..., TMZ reports, barely making the deadline": a parenthetical "reports" the tagger read as a plural noun)
    noun_cue = verb.pos_ == "NOUN" and verb.tag_ == "NNS" and verb.dep_ == "parataxis" and any(
        c.dep_ == "nsubj" for c in verb.children)
    # "the judge made clear the witness is reluctant to ...", "The opposition has made clear that it rejects ..."
    made_clear = verb.lemma_.lower() == "make" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "clear" \
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    if (verb.pos_ != "VERB" and not stance and not noun_cue) or verb.lemma_.lower() not in (
            _STANCE_ADJECTIVES if stance else REPORTED_CUES) and not made_clear or inside(verb.idx):
        return None
    if stance and not any(c.dep_ == "ccomp" and _that_clause(c) for c in verb.children):
        return None
    doc = verb.doc
    enclosed = _between_commas(verb)
    content = None if enclosed else _content_of(verb)
    own = {verb.i}  # the attribution's own words: the cue, its subject, its other dependents
    if made_clear:
        own.add(verb.i + 1)  # ("made clear the witness is ...": "clear" is the cue's, whatever the parse hangs it on)
    # "..., as (has been) reported by the CDC": a parenthetical whose speaker is the agent
    agent = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    as_reported = agent is not None and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)
    if enclosed:
        # "Nor does Mr. Alder have any intention, aides say, to borrow ideas from ...": the parse hung the rest of the
        # sentence on the parenthetical; it is all the advisers'
        first, last = verb.head.left_edge, verb.head.right_edge
        own.update(range(enclosed[0], enclosed[1] + 1))
        parenthetical = True
    elif content is None:
        # A parenthetical attribution: "The museum, Mr. Bush said, celebrated ...", "..., top lawmakers said".
        head = verb.head
        if (verb.dep_ not in ("parataxis", "ccomp", "advcl") or head.i == verb.i or head.pos_ not in _VERBAL
                or verb.lemma_.lower() not in SPEECH_VERBS
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "acomp") or c.dep_ == "mark" and not as_reported
                       for c in verb.children)):
            return None
        if re.match(r"[\w ,]{0,40}:\s*[\"“]", doc.text[verb.idx + len(verb.text):verb.idx + len(verb.text) + 45]):
            # "Hollis seemed to see himself as the one wronged, saying firmly: "I did nothing wrong ..."":
            # what the verb governs is the quotation after its colon, not the clause it hangs on
            return None
        if verb.dep_ == "ccomp" and verb.i > head.i and head.lemma_.lower() in REPORTED_CUES:
            return None  # "Boyette said he talked to five aid workers": what a cue governs, not a parenthetical
        first, last = head.left_edge, head.right_edge
        own.update(t.i for t in verb.subtree)
        parenthetical = True
    else:
        first, last = content
        for c in verb.children:
            if not first.i <= c.i <= last.i and not c.left_edge.i <= first.i <= last.i <= c.right_edge.i:
                own.update(t.i for t in c.subtree)
        parenthetical = False
    keep = [i for i in range(first.i, last.i + 1) if i not in own]
    parts = _runs(doc, keep)
    if not parts or sum(len(doc.char_span(a, b, alignment_mode="expand") or ()) for a, b in parts) < 2:
        return None
    start, end = parts[0][0], parts[-1][1]
    text = document.text
    reach = text[min(start, verb.idx):max(end, verb.idx)]
    if inside(start) or "\n" in reach or parenthetical and ":" in reach:
        return None
    around = _has_mark(text, start, end)
    if around and not _around_a_quote(text, start, end, verb.idx):
        return None
    subj = agent if as_reported and not inside(agent.idx) else _subject(verb.head if stance else verb, inside)
    if subj is not None and subj.dep_ == "nsubj" and subj.lower_ in ("that", "who", "which", "what"):
        # "a civil war that activists say has killed ...", "8 Block, who police say are engaged in ...": the parse gives
        # the cue two subjects, the relative pronoun (the clause's subject) and the one who says it
        sayer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i and not inside(c.idx)), None)
        subj = sayer or subj
    if subj is None and verb.lemma_.lower() in SPEECH_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "Senator Harry Reid, the minority leader, said that ...": the parse hung the name elsewhere.
        sent = verb.sent
        subj = _paragraph_subject(verb, _paragraph_of(sent, (verb.idx, verb.idx + 1)), inside)
    if subj is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        # "AFP quoted the Observatory as saying one person was killed", "X was quoted by Itar-Tass as saying ...": who
        # is quoted says it (the object of "quoted", or its subject in the passive)
        subj = next((c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass") and not inside(c.idx)), None)
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not inside(verb.head.idx):
        subj = verb.head  # "pastors supporting Mr. Cruz", "a group calling for ..."
    if subj is None or subj.lower_ == "there" or subj.lower_ == "it" and (
            verb.lemma_.lower() not in SPEECH_VERBS or subj.dep_ == "nsubjpass" or verb.dep_ == "relcl") or any(
            a <= subj.idx < b for a, b in parts):
        return None
    name = _speaker_span(subj)
    relative = subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl"
    head = subj.head.head if relative else subj
    return Found(document.id, start, end, " … ".join(text[a:b] for a, b in parts), "reported", name.text,
                 name.start_char, name.end_char, AROUND if around else "sentence", verb.sent.text, parts=parts,
                 cue=verb.text, speaker_head=(head.idx, head.idx + len(head.text)), cue_start=verb.idx)


def _between_commas(verb) -> tuple[int, int] | None:
    """(first, last) token of a parenthetical attribution between commas in mid-sentence, ", advisers say, ", its
    verb parataxis of the sentence's verb, or None."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (verb.dep_ != "parataxis" or subj is None or verb.head.pos_ not in _VERBAL or verb.head.i > verb.i
            or verb.lemma_.lower() not in SPEECH_VERBS or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ","
            or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ","
            or any(c.dep_ in ("dobj", "ccomp", "mark") for c in verb.children)):
        return None
    return subj.left_edge.i - 1, verb.i + 1


AROUND = "around a quote"  # the basis of a reported clause that holds a quoted phrase


def _around_a_quote(text: str, start: int, end: int, cue: int) -> bool:
    """Is a reported clause that holds quote marks a statement with a quoted phrase inside ('X said that the
    accusations are "smoke screens"', 'X told reporters that Hiller called 911, saying "I'm the one ..."'), not
    a quote the clause runs into: it follows its cue, opens with at least three unquoted words, and its marks
    pair up within it."""
    first = next(i for i in range(start, end) if text[i] in _MARKS)
    tail = re.match(r"[.,!?]?\s?[\"”]", text[end:end + 3])  # a phrase closing the clause: 'claims of "racial bias."'
    marks = sum(1 for c in text[start:end + (tail.end() if tail else 0)] if c in _MARKS)
    if marks % 2:
        return False
    if start >= cue and len(text[start:first].split()) >= 3:
        return True
    # (issue 22q) A statement with only short quoted phrases in it, whatever opens it and wherever its cue stands:
    # 'which said the "reckless" raids raise the risk', 'Dana Reyes "caused harm" to three patients, officials said',
    # 'Mr Tran said that it was "a pressing task" for both sides': its own words are the statement (the provenance dev
    # gold's items), the phrases are inside it. Not a quote the clause runs into: its quoted words are at most a third
    # of it, each phrase at most _SHORT_PHRASE words.
    spans = re.findall(r"[\"“«]([^\"“”«»]*)[\"”»]", text[start:end + (tail.end() if tail else 0)])
    quoted = sum(len(q.split()) for q in spans)
    return len(spans) * 2 == marks and all(len(q.split()) <= _SHORT_PHRASE for q in spans) and \
        len(text[start:end].split()) - quoted >= max(4, 2 * quoted)


_SHORT_PHRASE = 6  # words of a quoted phrase a reported statement holds (issue 22q)


def _according(document: Document, sent) -> Found | None:
    """"..., according to X" (or "According to X, ..."): the rest of the sentence is X's."""
    for t in sent:
        if t.lower_ != "according" or not any(c.lower_ == "to" for c in t.children):
            continue
        objs = [o for c in t.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        if not objs:
            return None
        phrase = sent.doc[t.left_edge.i: t.right_edge.i + 1]
        text = document.text
        if phrase.start_char - sent.start_char <= 2:
            start, end = phrase.end_char, sent.end_char
        else:
            start, end = sent.start_char, phrase.start_char
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
            end -= 1
        if len(text[start:end].split()) < 4:
            return None
        name = _according_source(objs[0])
        return Found(document.id, start, end, text[start:end], "reported", name.text, name.start_char,
                     name.end_char, "sentence", sent.text, parts=[(start, end)], cue="according to",
                     speaker_head=(objs[0].idx, objs[0].idx + len(objs[0].text)))
    return None


def _according_source(obj):
    """The source of "according to X" as written, with what describes it ("a poll released last week",
    "a database tracking such deaths"): the object's whole phrase, up to a quote mark or a line break."""
    doc = obj.doc
    left, right = obj.left_edge.i, obj.right_edge.i
    for i in range(obj.i, right + 1):
        if doc[i].text in _MARKS or "\n" in doc[i].text:
            right = i - 1
            break
    while right > obj.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < obj.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left:right + 1]

