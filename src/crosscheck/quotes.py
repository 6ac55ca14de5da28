"""Quotes: who said what.

Direct quotations are found from quote marks (straight or curly) within a
paragraph, continued across paragraphs by the news convention (a paragraph
that opens a quote without closing it goes on in the next one that opens
with a quote mark), and joined when split by an attribution ("...," he said.
"..."). Reported speech is a sentence whose main verb is a speech verb with a
named subject ("X said that ...", "according to X").

The speaker is the subject of the speech verb in the attribution clause
(the parse); a pronoun or a description ("he", "the spokesman") goes to the
nearest preceding named person; a title is dropped by matching the entity.
When a reprint dropped the name, the speaker is taken from the same quote in
the original (the copy group). The same quote in several reports is one quote
with its sources; a quote whose words differ between reports keeps each
version as a variant.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .records import CopyGroup, Document, Entity, Evidence, Quote, Sentence, Sources

SPEECH_VERBS = {"say", "tell", "add", "write", "warn", "claim", "state", "announce", "insist", "argue", "note",
                "explain", "declare", "confirm", "deny", "admit", "acknowledge", "ask", "reply", "respond",
                "tweet", "post", "urge", "call", "describe", "predict", "promise", "vow", "caution", "stress",
                "suggest", "report", "recall", "allege", "maintain", "estimate", "concede", "complain"}
PRONOUNS = {"he", "she", "they", "him", "her", "it", "we", "i"}
DESCRIPTIONS = re.compile(r"^(the|a|an)\s+(\w+\s+){0,3}(spokesman|spokeswoman|spokesperson|official|minister|"
                          r"president|governor|commander|general|chief|head|director|mayor|officer|source|"
                          r"coordinator|manager|trader|analyst|envoy|ambassador)\b", re.I)
_OPEN = {"“": "”", '"': '"', "«": "»"}
MIN_QUOTE_WORDS = 2
SAME_QUOTE_RATIO = 88  # rapidfuzz ratio of normalised texts for "the same quote, maybe reworded"


@dataclass
class Found:
    document: str
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    basis: str | None = None
    sentence: str = ""
    middle: tuple[int, int] | None = None  # the attribution between the two parts of a split quote
    parts: list[tuple[int, int]] = field(default_factory=list)  # the quoted pieces, without what lies between


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted text (inside the marks)."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carry = False
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        i = 0
        if carry and para[:1] not in _OPEN:
            carry = False
        while i < len(para):
            ch = para[i]
            if ch in _OPEN and (ch != '"' or i == 0 or not para[i - 1].isalnum()):
                close = _OPEN[ch]
                j = para.find(close, i + 1)
                if j == -1:
                    # Unclosed at the paragraph's end: the quote goes on in the next paragraph.
                    spans.append((p_start + i + 1, p_end))
                    carry = True
                    break
                spans.append((p_start + i + 1, p_start + j))
                i = j + 1
                continue
            i += 1
    return [(a, b) for a, b in spans if len(text[a:b].split()) >= 1]


def _sentence_of(document: Document, offset: int) -> tuple[int, int]:
    for s in document.sentences:
        if s.start <= offset < s.end:
            return s.start, s.end
    return offset, offset


def _speaker_from_window(doc, start: int, end: int):
    """(speaker span, basis) from a speech verb's subject inside [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                # "said Yusuf Omar, the terminal manager": a name right after the verb.
                after = doc[token.i + 1: min(token.i + 5, len(doc))]
                names = [e for e in doc.ents if e.label_ == "PERSON" and after.start <= e.start < after.end]
                if names:
                    return names[0]
                continue
            subj = subjects[0]
            # "The governor, Khaled al-Ansi, said": the apposition names the speaker.
            named = [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if named and subj.ent_type_ != "PERSON":
                subj = named[0]
            left = min(t.i for t in subj.subtree if t.dep_ in ("compound", "flat", "nsubj", "nsubjpass", "amod", "det")
                       or t == subj)
            right = subj.i
            # Keep the name, not its relative clause or apposition.
            name_span = doc[left:right + 1]
            return name_span
    # "according to X"
    m = re.search(r"according to ((?:[A-Z][\w.'’-]*\s?){1,5})", span.text)
    if m:
        a = span.start_char + m.start(1)
        return doc.char_span(a, a + len(m.group(1).strip()), alignment_mode="expand")
    return None


def _find(document: Document, doc) -> list[Found]:
    text = document.text
    found: list[Found] = []
    for start, end in _quote_spans(text):
        quote = text[start:end].strip().rstrip(",")
        if len(quote.split()) < MIN_QUOTE_WORDS:
            continue
        s_start, s_end = _sentence_of(document, start)
        found.append(Found(document.id, start, end, quote, sentence=text[s_start:s_end], parts=[(start, end)]))
    # Join split quotes: "...," he said. "..." (only an attribution between them).
    merged: list[Found] = []
    for f in found:
        if merged:
            prev = merged[-1]
            between = text[prev.end:f.start]
            if "\n" not in between and len(between.split()) <= 10 and re.search(
                    r"\b(" + "|".join(v + r"\w*" for v in ("sa", "tol", "add", "wro", "warn", "claim", "insist")) +
                    r")\b", between):
                prev.middle = (prev.end, f.start)
                prev.text = prev.text + " … " + f.text
                prev.end = f.end
                prev.parts += f.parts
                continue
        merged.append(f)
    for f in merged:
        _attribute(f, document, doc)
    # A quote with no attribution of its own continues the previous one: in the same
    # paragraph ("...," said X, who ... . "..."), or in the next paragraph that opens
    # with a quote mark.
    for prev, f in zip(merged, merged[1:]):
        if f.speaker_start is not None or prev.speaker_start is None:
            continue
        gap = text[prev.end:f.start]
        if "\n" not in gap:
            basis = "same paragraph"
        elif gap.count("\n") <= 2 and text[f.start - 1:f.start] in _OPEN and len(gap.strip(" \n\"“”")) <= 2:
            basis = "previous paragraph"
        else:
            continue
        f.speaker_start, f.speaker_end, f.speaker_text, f.basis = (prev.speaker_start, prev.speaker_end,
                                                                   prev.speaker_text, basis)
    # Two parts of one statement in one paragraph are one quote, as a reprint may print them.
    joined: list[Found] = []
    for f in merged:
        if joined and f.basis == "same paragraph" and joined[-1].speaker_start == f.speaker_start:
            joined[-1].text += " … " + f.text
            joined[-1].end = f.end
            joined[-1].parts += f.parts
            continue
        joined.append(f)
    merged = joined
    found_reported = _reported(document, doc, merged)
    return merged + found_reported


def find_quotes(text: str, doc=None) -> list[Found]:
    """Direct and reported quotes of a raw text, with their speakers as written (no entities, no copies).

    ``doc`` is the spaCy parse of ``text`` when the caller has it.
    """
    from . import nlp

    if doc is None:
        doc = nlp.load_pipeline()(text)
    document = Document(id="text", source="", content_hash="", format="txt", original=text, text=text,
                        sentences=_sentences(text, doc))
    return _find(document, doc)


def _sentences(text: str, doc) -> list[Sentence]:
    """Sentences of the parse, cut at paragraph breaks (as the clean stage makes them)."""
    out = []
    for sent in doc.sents:
        for piece in re.finditer(r"[^\n]+", text[sent.start_char:sent.end_char]):
            a, b = sent.start_char + piece.start(), sent.start_char + piece.end()
            if text[a:b].strip():
                out.append(Sentence(text[a:b], a, b))
    return out


def _attribute(f: Found, document: Document, doc) -> None:
    text = document.text
    if doc is None:
        return
    s_start, s_end = _sentence_of(document, f.start)
    para_end = text.find("\n", f.end)
    para_end = len(text) if para_end == -1 else para_end
    para_start = text.rfind("\n", 0, f.start) + 1
    # Windows: after the quote (to the sentence or paragraph end), then before it.
    windows = [(f.end, max(s_end, min(para_end, f.end + 200))), (max(para_start, s_start), max(f.start - 1, s_start))]
    if f.middle:
        windows.insert(0, f.middle)
    for a, b in windows:
        if b <= a:
            continue
        span = _speaker_from_window(doc, a, b)
        inside_quote = f.start <= span.start_char < f.end if span is not None else False
        if span is not None and (not inside_quote or (a, b) == f.middle):
            f.speaker_text, f.speaker_start, f.speaker_end = span.text, span.start_char, span.end_char
            f.basis = "sentence"
            return


def _reported(document: Document, doc, direct: list[Found]) -> list[Found]:
    """Reported speech: "X said (that) ...", with a named subject and no quote marks."""
    if doc is None:
        return []
    out = []
    quoted = [(f.start, f.end) for f in direct]
    for sent in doc.sents:
        if any(a < sent.end_char and sent.start_char < b for a, b in quoted):
            continue
        root = sent.root
        if root.lemma_.lower() not in SPEECH_VERBS:
            continue
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        content = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        if not subjects or not content:
            continue
        subj = subjects[0]
        if subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and subj.lower_ not in PRONOUNS:
            continue
        clause = doc[content[0].left_edge.i: content[0].right_edge.i + 1]
        if len(clause) < 4:
            continue
        start = clause.start_char
        if clause[0].lower_ == "that":
            start = clause[1].idx
        name_left = min(t.i for t in subj.subtree if t.dep_ in ("compound", "flat") or t == subj)
        name = doc[name_left: subj.i + 1]
        out.append(Found(document.id, start, clause.end_char, document.text[start:clause.end_char], "reported",
                         name.text, name.start_char, name.end_char, "sentence", sent.text,
                         parts=[(start, clause.end_char)]))
    return out


# -------------------------------------------------------------------- speakers


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


class _People:
    """Named people and organisations of one document, in text order, with their entities."""

    def __init__(self, document: Document, entities: list[Entity], doc):
        self.mentions: list[tuple[int, int, str, str | None, str]] = []  # start, end, name, entity id, label
        for e in entities:
            for m in e.mentions:
                if m.document == document.id:
                    self.mentions.append((m.start, m.end, e.name, e.id, e.type))
        if not self.mentions and doc is not None:
            for ent in doc.ents:
                if ent.label_ in ("PERSON", "ORG"):
                    self.mentions.append((ent.start_char, ent.end_char, ent.text, None, ent.label_))
        self.mentions.sort()
        self.entities = entities

    def at(self, start: int, end: int) -> tuple[str, str | None] | None:
        for m_start, m_end, name, eid, _ in self.mentions:
            if m_start < end and start < m_end:
                return name, eid
        return None

    def before(self, offset: int, person_only: bool = True) -> tuple[str, str | None] | None:
        best = None
        for m_start, m_end, name, eid, label in self.mentions:
            if m_start >= offset:
                break
            if not person_only or label == "PERSON":
                best = (name, eid)
        return best

    def by_name(self, name: str) -> tuple[str, str | None] | None:
        key = _normal(name)
        for e in self.entities:
            forms = {_normal(e.name)} | {_normal(a) for a in e.aliases}
            if key in forms or any(key.endswith(" " + f) for f in forms if f):
                return e.name, e.id
        return None


def _resolve_speaker(f: Found, people: _People) -> tuple[str | None, str | None, str | None]:
    """(speaker name, entity id, basis)."""
    if f.speaker_start is None:
        return None, None, None
    text = (f.speaker_text or "").strip()
    if text.lower() in PRONOUNS or DESCRIPTIONS.match(text):
        found = people.before(f.start if f.start < f.speaker_start else f.speaker_start)
        if found:
            return found[0], found[1], "pronoun" if text.lower() in PRONOUNS else "description"
        return None, None, None
    hit = people.at(f.speaker_start, f.speaker_end) or people.by_name(text)
    if hit:
        return hit[0], hit[1], f.basis
    return text, None, f.basis


def extract_quotes(documents: list[Document], entities: list[Entity], copy_groups: list[CopyGroup],
                   sources: Sources) -> list[Quote]:
    from rapidfuzz import fuzz

    from . import nlp

    parsed = nlp.parse(documents)
    rows: list[tuple[Found, str | None, str | None, str | None]] = []
    for d in documents:
        doc = parsed.get(d.id)
        people = _People(d, entities, doc)
        for f in _find(d, doc):
            speaker, eid, basis = _resolve_speaker(f, people)
            rows.append((f, speaker, eid, basis))

    # A reprint that dropped the name ("he said"): the original's speaker for the same quote.
    original_of = {m.document: g.original for g in copy_groups for m in g.members}
    by_doc: dict[str, list[int]] = {}
    for i, (f, *_rest) in enumerate(rows):
        by_doc.setdefault(f.document, []).append(i)
    for i, (f, speaker, eid, basis) in enumerate(rows):
        original = original_of.get(f.document)
        if original is None or basis in ("sentence",) and speaker and (f.speaker_text or "").lower() not in PRONOUNS:
            continue
        for j in by_doc.get(original, []):
            g, g_speaker, g_eid, g_basis = rows[j]
            # partial_ratio: a copy may join or cut the parts of a split quote.
            if g_speaker and fuzz.partial_ratio(_normal(f.text), _normal(g.text)) >= SAME_QUOTE_RATIO:
                rows[i] = (f, g_speaker, g_eid, "copy")
                break

    # One quote, many reports.
    quotes: list[Quote] = []
    keys: list[str] = []
    for f, speaker, eid, basis in rows:
        key = _normal(f.text)
        match = None
        for q, k in zip(quotes, keys):
            if q.kind == f.kind and (k == key or fuzz.ratio(k, key) >= SAME_QUOTE_RATIO) and (
                    q.speaker is None or speaker is None or q.speaker == speaker):
                match = q
                break
        if match is None:
            qid = "quote-" + hashlib.sha1(f"{f.kind}|{key}".encode()).hexdigest()[:12]
            quotes.append(Quote(qid, f.document, f.text, speaker, eid, f.kind, f.start, f.end, f.sentence,
                                f.speaker_text, basis, [f.document]))
            keys.append(key)
            continue
        if f.document not in match.documents:
            match.documents.append(f.document)
        if speaker and (match.speaker is None or (match.speaker_basis != "sentence" and basis == "sentence")):
            # The report that names the speaker itself (usually the original) represents the quote.
            match.document, match.text, match.start, match.end, match.sentence = (
                f.document, f.text, f.start, f.end, f.sentence)
            match.speaker, match.speaker_entity, match.speaker_basis, match.speaker_text = (
                speaker, eid, basis, f.speaker_text)
        if _normal(match.text) != key:
            match.variants.append(Evidence(f.document, f.text, f.sentence, f.start, f.end))
    for q in quotes:
        q.independent_sources = sources.count(q.documents)
    return quotes
