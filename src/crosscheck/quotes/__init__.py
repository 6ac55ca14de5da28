"""Quotes: who said what.

Direct quotations are found from quote marks (straight or curly) within a
paragraph, continued across paragraphs by the news convention (a paragraph
that opens a quote without closing it goes on in the next one that opens
with a quote mark), and joined when split by a short attribution ("...," he
said. "..."). Reported speech and thought is what a cue governs, in any
clause of any sentence: a verb of saying or thinking and its complement
without "that" ("X said (that) ...", "..., the minister said", "X told
reporters that ...", "X wants to ...", "a poll shows ..."), for some verbs
its object ("X criticized the plan for ..."), "called for ...", "according to
X", a parenthetical "The museum, X said, celebrated ..." (two parts), a noun
of saying and its owner ("his claim that ..."), a headline "X: ...". The
source is the cue's subject. Attributions do not nest (the outer one holds
the inner), and a clause holding a quote mark is left to direct quotes.

The speaker comes first from the words right after a closing mark, read by
their shape because the tagger is least reliable there ("“...,” Tulsa police
Chief Chuck Jordan said", "“...,” said Skelly", "“...” ― Pamela Padilla",
a signature line "- Sanders"); then from the parse: the subject of the verb
that governs the quote (walking up from the quoted words, preferring speech
verbs, so that in "Sanders says he is determined to end a “rigged economy”"
it is Sanders, not "he"; else a verb whose clausal complement holds the quote,
"Ryan worried that ..."; a parenthetical "X, the mayor said, “...”"; the owner
of a noun of saying, "her claim that ..."), always within the quote's own
paragraph; else the attribution between the parts of a split quote, a short
attribution sentence right after the quote ("... ?” he asks."), the clause
before a colon or a name as a label ("Clinton: “...”"), a sentence of saying
just before ("X agreed. “...”"), or the speaker of the quote just before (a
quote paragraph continuing a quote). A subject that cannot speak ("her right
foot was “so swollen”") is no speaker unless a verb of saying governs. A
relative pronoun is kept as written ("who") and resolved through the phrase it
hangs on. A pronoun or a description ("he", "the spokesman") goes
to the nearest preceding named person; a title is dropped by matching the
entity. When a reprint dropped the name, the speaker is taken from the same
quote in the original (the copy group). The same quote in several reports is
one quote with its sources; a quote whose words differ between reports keeps
each version as a variant. What "who said what" does not show (an attribution
that holds no statement, ``shown``; a quoted phrase inside the reported clause
shown around it, ``found.outermost``) is kept apart, with why, and is still an
attribution: provenance traces it (``ShownAndHidden``).

One concern a module: ``cues`` (the words that attribute), ``found`` (a quote as
found, span helpers), ``parse`` (reading the dependency parse), ``direct`` (quote
marks and their speakers), ``reported`` (reported speech and thought),
``speakers`` (speakers resolved to entities); this module joins them across reports.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from ..isolation import OnSkip
from ..records import CopyGroup, Document, Entity, Evidence, Quote, Sources
from .cues import PRONOUNS, SAME_QUOTE_RATIO
from .agentless import agentless
from .direct import _find, _quote_spans, find_quotes
from .found import Found, _Inside, _sentence_of, outermost
from .speakers import _Names, _normal, _People, _resolve_speaker, _strip_title

__all__ = ["ShownAndHidden", "Found", "PronounReader", "ReportNames", "extract_attributions", "extract_quotes", "find_all", "find_quotes",
           "report_names"]


def find_all(documents: list[Document],
             on_skip: Callable[[Document, int, BaseException], None] | None = None) -> list[Found]:
    """The quotes each report's text holds, report by report, speakers as written: the part
    of this stage that needs only the report itself (kept per report, ``reuse.per_report``).
    ``on_skip(document, sentence offset, error)``: a sentence whose work fails is left out and
    told there, the report's other quotes kept (issue 21); without it the failure is raised."""
    from .. import nlp

    parsed = nlp.parse(documents)

    def skipped(d: Document) -> OnSkip | None:
        return (lambda offset, error: on_skip(d, _sentence_of(d, offset)[0], error)) if on_skip else None

    return [f for d in documents for f in _find(d, parsed.get(d.id), skipped(d))]


@dataclass
class ReportNames:
    """The names spaCy found in a report that speakers are looked for among (issue 17): (start, end,
    label) of each of its PERSON, ORG, NORP and GPE entities, in the parse's order. A function of the
    report's text alone, kept per report (``reuse.per_report``), so that an update restores no old
    report's parse to attribute its quotes."""
    document: str
    names: list[tuple[int, int, str]] = field(default_factory=list)


def report_names(documents: list[Document]) -> list[ReportNames]:
    """Each report's :class:`ReportNames` (its parse read once, here)."""
    from .. import nlp

    parsed = nlp.parse(documents)
    return [ReportNames(d.id, [(e.start_char, e.end_char, e.label_) for e in parsed[d.id].ents if e.label_ in _SPEAKER_LABELS])
            for d in documents if parsed.get(d.id) is not None]


_SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")  # the labels speakers._People reads


class _Ent(NamedTuple):
    start_char: int
    end_char: int
    text: str
    label_: str


class _Named:
    """A report's :class:`ReportNames` where ``speakers._People`` takes its parse (it reads ``ents``)."""

    def __init__(self, d: Document, kept: ReportNames):
        self.ents = [_Ent(a, b, d.text[a:b], label) for a, b, label in kept.names]


INSIDE = "inside"  # Quote.hidden of a quoted phrase folded into the reported clause around it (found.outermost)


class ShownAndHidden(NamedTuple):
    """A story's attributions, split by what "who said what" shows. ``shown``: the quotes (story.json's ``quotes``,
    the Markdown, HTML and CSV). ``hidden``: the attributions a reader is not shown as quotes, each with its reason in
    ``Quote.hidden`` (an attribution that holds no statement, ``shown.py``'s ``not_speech``: "has defended his
    government's handling of ...", "found guilty ... by a jury"; a quoted phrase folded into the reported clause
    around it, "inside": 'vowed to hold BP accountable for the "horrific disaster"'). Not shown is not unattributed:
    provenance traces both (issue 20q, eleventh session: hiding them from provenance too lost the items its gate
    counts, primary-source accuracy 0.936 -> 0.897). The store's kind and story.json's section 'attributions' hold the
    hidden ones only (the shown ones are 'quotes'); provenance's item kind 'attribution' is a hidden one too."""
    shown: list[Quote]
    hidden: list[Quote]


# Who each quote spoken by "he" or "she" stands for, read over the story's reports: (documents, entities, quotes) ->
# {quote id: (name, entity id)}, (None, None) for no one. Handed in by the caller (the pipeline hands provenance's
# ``pronoun_speakers``), so that this stage calls no later stage.
PronounReader = Callable[[list[Document], list[Entity], list[Quote]], dict[str, tuple[str | None, str | None]]]


def extract_quotes(documents: list[Document], entities: list[Entity], copy_groups: list[CopyGroup],
                   sources: Sources, found: list[Found] | None = None,
                   kept_names: dict[str, ReportNames] | None = None,
                   pronouns: PronounReader | None = None) -> list[Quote]:
    """The story's quotes with speakers, as "who said what" shows them (``extract_attributions(...).shown``)."""
    return extract_attributions(documents, entities, copy_groups, sources, found, kept_names, pronouns).shown


def extract_attributions(documents: list[Document], entities: list[Entity], copy_groups: list[CopyGroup],
                         sources: Sources, found: list[Found] | None = None,
                         kept_names: dict[str, ReportNames] | None = None,
                         pronouns: PronounReader | None = None) -> ShownAndHidden:
    """The story's attributions with speakers, shown and hidden (:class:`ShownAndHidden`); ``found``:
    ``find_all(documents)`` when already at hand; ``kept_names``: each report's :class:`ReportNames`
    (``report_names``) when at hand, with ``found``, in place of its parse. ``pronouns``: who each "he"/"she" quote
    stands for (:data:`PronounReader`; the pipeline hands ``provenance.pronoun_speakers``, ``one_speaker``); without
    it a pronoun keeps this stage's own reading (the nearest preceding named person)."""
    from rapidfuzz import fuzz

    from .. import nlp

    parsed: dict = ({d.id: _Named(d, kept_names[d.id]) for d in documents if d.id in kept_names}
                    if kept_names is not None and found is not None else nlp.parse(documents))
    names = _Names(entities)
    found_in: dict[str, list[Found]] | None = None
    if found is not None:
        found_in = {}
        for f in found:
            found_in.setdefault(f.document, []).append(f)
    rows: list[_Row] = []
    for d in documents:
        doc = parsed.get(d.id)
        people = _People(d, names, doc, _Inside(_quote_spans(d.text)))
        every = found_in.get(d.id, []) if found_in is not None else _find(d, doc)
        every = every + agentless(d, every)  # "reportedly", "is said to have": no one named (hidden, for provenance)
        shown = [f for f in every if not f.not_speech]  # an attribution that holds no statement (shown.py)
        outer = {id(f) for f in outermost(shown)}
        for f in every:
            hidden = f.not_speech or (None if id(f) in outer else INSIDE)
            speaker, eid, basis = _resolve_speaker(f, people, d.text)
            rows.append(_Row(f, speaker, eid, basis, hidden))

    # A reprint that dropped the name ("he said"): the original's speaker for the same quote.
    original_of = {m.document: g.original for g in copy_groups for m in g.members}
    by_doc: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_doc.setdefault(row.found.document, []).append(i)
    for i, (f, speaker, eid, basis, hidden) in enumerate(rows):
        original = original_of.get(f.document)
        if original is None or basis in ("sentence",) and speaker and (f.speaker_text or "").lower() not in PRONOUNS:
            continue
        for j in by_doc.get(original, []):
            g, g_speaker, g_eid, g_basis, g_hidden = rows[j]
            if hidden is None and g_hidden is not None:
                continue  # (a shown quote takes its speaker from the original's shown quotes, as it did before the split)
            # partial_ratio: a copy may join or cut the parts of a split quote.
            if g_speaker and fuzz.partial_ratio(_normal(f.text), _normal(g.text)) >= SAME_QUOTE_RATIO:
                rows[i] = _Row(f, g_speaker, g_eid, "copy", hidden)
                break

    # Rows in a fixed order, so that ids and representatives do not depend on the order the store hands the
    # documents over. Shown and hidden are joined apart: a quote shown stays as "who said what" showed it.
    rows.sort(key=lambda r: (r.found.document, r.found.start, r.found.kind))
    joined = ShownAndHidden(_joined([r for r in rows if r.hidden is None], sources),
                            _joined([r for r in rows if r.hidden is not None], sources))
    if pronouns is None:
        return joined
    return one_speaker(joined, pronouns(documents, entities, joined.shown + joined.hidden))


def one_speaker(found: ShownAndHidden, read: dict[str, tuple[str | None, str | None]]) -> ShownAndHidden:
    """A quote spoken by "he" or "she" under the person ``read`` gives it (quote id -> (name, entity id); issue 21q):
    one speaker everywhere a reader reads it, the quotes table, the provenance chain, the brief and the web app. The
    pipeline reads with provenance's reading (the one last said to speak, of the pronoun's gender), measured the better
    on the provenance dev gold, 442 of 477 such quotes right against this stage's own 376
    (``provenance.pronoun_speakers``, handed in as ``extract_attributions``' ``pronouns``: this stage imports no later
    stage, review of the twenty-first session); the quote's id, basis and words stay as they were."""
    from dataclasses import replace

    if not read:
        return found

    def taken(q: Quote) -> Quote:
        if q.id not in read:
            return q
        name, entity = read[q.id]
        if entity is not None and entity == q.speaker_entity or name is not None and q.speaker is not None and \
                _normal(_strip_title(name)) == _normal(q.speaker):
            return q  # the same person ("Mr. Tomas Reyes" as written there, "Tomas Reyes" here)
        return replace(q, speaker=_strip_title(name) if name is not None and entity is None else name,
                       speaker_entity=entity)

    return ShownAndHidden([taken(q) for q in found.shown], [taken(q) for q in found.hidden])


class _Row(NamedTuple):
    found: Found
    speaker: str | None
    entity: str | None
    basis: str | None
    hidden: str | None  # why "who said what" does not show it; None: shown


def _joined(rows: list[_Row], sources: Sources) -> list[Quote]:
    """One quote, many reports: the rows (sorted) joined into quotes, each with its reports and variants."""
    from rapidfuzz import fuzz

    members: list[list[int]] = []  # rows of each quote
    group_key: list[str] = []
    group_kind: list[str] = []
    group_speaker: list[str | None] = []
    by_shingle: dict[tuple[str, str, str, str], list[int]] = {}
    for i, (f, speaker, _eid, _basis, _hidden) in enumerate(rows):
        key = _normal(f.text)
        shingles = _shingles(key)
        # (the groups sharing a shingle: a union of lists made in C, issue 17: common word 3-grams list hundreds)
        candidates = sorted(set().union(*[by_shingle.get((f.kind, *sh), ()) for sh in shingles])) if shingles else [
            g for g in range(len(members)) if group_key[g] == key and group_kind[g] == f.kind]
        match = None
        for g in candidates:
            if group_kind[g] != f.kind or not (group_speaker[g] is None or speaker is None or
                                               group_speaker[g] == speaker):
                continue
            if group_key[g] == key or fuzz.ratio(group_key[g], key) >= SAME_QUOTE_RATIO:
                match = g
                break
        if match is None:
            match = len(members)
            members.append([])
            group_key.append(key)
            group_kind.append(f.kind)
            group_speaker.append(None)
            for sh in shingles:
                by_shingle.setdefault((f.kind, *sh), []).append(match)
        members[match].append(i)
        group_speaker[match] = group_speaker[match] or speaker

    quotes: list[Quote] = []
    for group in members:
        # The report that names the speaker itself (usually the original) represents the quote.
        rank = {"sentence": 0, "colon": 1, "copy": 2}
        rep = min(group, key=lambda i: (rows[i].speaker is None, rank.get(rows[i].basis or "", 3), i))
        f, speaker, eid, basis, hidden = rows[rep]
        key = _normal(f.text)
        documents = list(dict.fromkeys(rows[i].found.document for i in group))
        variants, seen = [], {key}
        for i in group:
            g = rows[i].found
            g_key = _normal(g.text)
            if g_key not in seen:  # one Evidence per differing wording
                seen.add(g_key)
                variants.append(Evidence(g.document, g.text, g.sentence, g.start, g.end))
        # (a hidden attribution's id is its own: the same words shown in another report are another record)
        prefix = "quote-" if hidden is None else "attribution-"
        qid = prefix + hashlib.sha1(f"{f.kind}|{speaker}|{key}".encode()).hexdigest()[:12]
        quotes.append(Quote(qid, f.document, f.text, speaker, eid, f.kind, f.start, f.end, f.sentence,
                            f.speaker_text, basis, documents, sources.count(documents), variants, hidden))
    return quotes


def _shingles(key: str) -> list[tuple[str, str, str]]:
    """Word 3-grams of a normalised quote: two wordings of one quote share at least one."""
    words = key.split()
    return [tuple(words[i:i + 3]) for i in range(len(words) - 2)]  # type: ignore[misc]
