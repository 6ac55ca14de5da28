"""A sentence that opens "<speakers> <cue> <clause>" which the tagger read as one noun phrase: "Prosecutors allege
Simpson shot Flynn after ...", the cue taken for a noun ("allege" a compound of "Simpson"). Read from the words: a short
noun phrase that opens the sentence (the speaker), a present-tense cue in the form a plural subject takes, and a clause
after it (provenance dev, ECB+ stories, eleventh session: read as dev)."""

from __future__ import annotations

from ..records import Document
from .found import Found

# the cue in the form a plural subject takes, which the tagger may read as a noun
_CUES = frozenset("say allege believe claim contend fear suspect estimate argue insist think suggest warn".split())
_SPEAKER_POS = frozenset("DET ADJ NOUN PROPN NUM".split())


def opening_cue(document: Document, sent, inside) -> Found | None:
    """The reported clause of a sentence opening "<speakers> <cue> ..." the parse did not read as a verb, or None."""
    tokens = [t for t in sent if not t.is_space]
    for n, verb in enumerate(tokens[:6]):
        if verb.lower_ in _CUES and n >= 1:
            break
    else:
        return None
    if verb.pos_ in ("VERB", "AUX") or inside(verb.idx):
        return None  # the parse read it as the verb it is: ``reported`` has it
    speaker = tokens[:n]
    last = speaker[-1]
    if (not all(t.pos_ in _SPEAKER_POS for t in speaker) or last.pos_ not in ("NOUN", "PROPN")
            or last.tag_ not in ("NNS", "NNPS", "NNP") or not last.text[:1].isalpha()):
        return None
    rest = tokens[n + 1:]
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest.pop()
    if len(rest) < 4 or rest[0].is_punct or rest[0].lower_ in ("of", "for", "and", "or", "to", "in", "on") or not any(
            t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    text = document.text
    start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    a, b = speaker[0].idx, last.idx + len(last.text)
    if "\n" in text[a:end] or inside(start):
        return None
    return Found(document.id, start, end, text[start:end], "reported", text[a:b], a, b, "sentence", sent.text,
                 parts=[(start, end)], cue=verb.text, speaker_head=(last.idx, last.idx + len(last.text)),
                 cue_start=verb.idx)
