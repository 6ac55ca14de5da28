"""Copies: which reports are reprints of one another.

A wire story reprinted by ten outlets is one source, not ten. This stage finds
exact, near and partial copies:

1. **signatures**: each report's word 5-gram shingles (case, quote marks and
   spacing normalised) as a MinHash (rensa's RMinHash, 126 values);
2. **candidates**: MinHash LSH with a low Jaccard threshold, so that a
   truncated reprint (low Jaccard, high containment) still collides with its
   original; never all pairs;
3. **verification** on the exact shingle sets: a pair is a copy when the
   smaller report's shingles are mostly found in the larger one (containment)
   and enough of them are shared, which keeps two independent reports of one
   event (Jaccard ~0.01 in practice) apart however close their topic;
4. **groups** by union-find over verified pairs, each copy then compared with
   the group's original (earliest date, else most complete) again, so a chain
   A~B~C whose ends do not match is split rather than merged blindly;
5. **diff** of each copy against its original: passages dropped, added and
   changed, with changed numbers and names called out.

Modules: ``settings`` (``CopySettings``), ``shingles`` (word 5-grams, openings, text order), ``minhash`` and
``containment`` (candidates), ``verify`` and ``overlap`` (the copy rule), ``originals`` (groups around an
original), ``diffs``, ``passages`` (shared passages), ``streaming`` (``scan`` on disk), ``kept`` (passages of a
growing story). This module finds copies and passages in memory and re-exports the others' public names.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from ..records import CopyGroup, Document, SharedPassage, outlet_key
from .containment import containment_candidates, opening_candidates, short_candidates
from .diffs import diff_reports  # noqa: F401 (re-exported)
from .minhash import (ESTIMATE_MARGIN, SHORT_REPORT, too_short_to_sample, band_keys, candidate_pairs, measure,  # noqa: F401 (re-exported)
                      pairs_in_band, plausible, signature_matrix)
from .originals import (build_groups, connected_components, original_evidence,  # noqa: F401 (re-exported)
                        star_groups)
from .overlap import (carries_opening, coverage_profile, quoted_of, quoted_shingles,  # noqa: F401 (re-exported)
                      shares_passages_only)
from .outlet_template import cross_story_template
from .passages import shared_passages
from .republished import interleaved_versions, rescued_pairs, template_hid_copy  # noqa: F401 (re-exported)
from .settings import CopySettings
from .shingles import (_QUOTES, _TOKEN, in_text_order, opening_of, ordered_shingles,  # noqa: F401 (re-exported)
                       shingles, sorted_and_ordered, sorted_unique, word_hashes)
from .streaming import STOCK_BUCKETS, ScanResult, scan  # noqa: F401 (re-exported)
from .verify import (_containment_of, _pair, _recurring_block, _recurring_of, opens_into,  # noqa: F401 (re-exported)
                     shared_from, verified_pairs, verify)


def find_copies(documents: Sequence[Document], settings: CopySettings | None = None) -> list[CopyGroup]:
    return find_copies_and_passages(documents, settings)[0]


def find_copies_and_passages(documents: Sequence[Document], settings: CopySettings | None = None,
                             between=None, quoted=None, history: Sequence[tuple[str, Document]] = ()
                             ) -> tuple[list[CopyGroup], list[SharedPassage]]:
    """Copy groups, and the passages reports outside one copy group share.

    ``between``: a function to use instead of ``passages_between`` (same arguments and
    result), as ``kept.passages_between_kept`` gives one (issue 17: a growing story);
    ``quoted``: likewise for ``quoted_of`` (each report's, kept per report).
    ``history``: (story, report) of the same outlets in other stories (a store's), whose passages the run's reports
    also carry are the outlet's template (``outlet_template``); never compared, never in a group.

    Candidates come from two indexes: MinHash LSH (near-duplicates, any length) and the
    containment index (a report holding a tenth of another, or a tenth of it). Each is
    verified on exact shingle sets from which each outlet's template text is removed.
    """
    settings = settings or CopySettings()
    ids = [d.id for d in documents]
    outlet_recurring: dict[str, np.ndarray] = {}
    template = template_of(documents, settings, outlet_recurring, history)
    sets = {d.id: _without(shingles(d.text, settings.shingle_words), template.get(outlet_key(d.outlet)))
            for d in documents}
    # Every report's opening (a second tokenisation of each): the candidates of a carried opening need them all.
    openings, orders = openings_and_orders(documents, template, settings)
    found = candidates(ids, sets, settings, openings)
    by_id = {d.id: d for d in documents}
    held = [by_id[ids[k]] for k in np.unique(found).tolist()]
    recurring = recurring_by_report(held, outlet_recurring)
    quoted = (quoted or quoted_of)(held, settings)
    pairs = verified_pairs(((ids[i], ids[j]) for i, j in found.tolist()), sets, settings, openings, orders, recurring,
                           quoted)
    verified = {frozenset(p[:2]) for p in pairs}
    rescued = rescued_pairs((tuple(sorted((ids[i], ids[j]))) for i, j in found.tolist()
                             if frozenset((ids[i], ids[j])) not in verified), by_id, sets, template, settings)
    groups = build_groups(sorted(pairs + rescued), by_id, sets, settings, openings, orders, recurring, quoted,
                          {frozenset(p[:2]) for p in rescued})
    return groups, (between or passages_between)([(ids[i], ids[j]) for i, j in found.tolist()], by_id, groups,
                                                 template, settings)


def passages_between(pairs: Iterable[tuple[str, str]], by_id: dict[str, Document], groups: list[CopyGroup],
                     template: dict[str, np.ndarray], settings: CopySettings) -> list[SharedPassage]:
    """Shared passages of candidate pairs that are not one source already (one copy group, one outlet)."""
    group_of = {m: g.id for g in groups for m in g.documents}
    shared: list[SharedPassage] = []
    for a_id, b_id in pairs:
        a, b = by_id[a_id], by_id[b_id]
        if group_of.get(a.id, a.id) == group_of.get(b.id, b.id) or _same_outlet(a, b):
            continue  # one source already: its passages add nothing
        ignore = _union_of(template.get(outlet_key(a.outlet)), template.get(outlet_key(b.outlet)))
        shared.extend(shared_passages(a.id, a.text, b.id, b.text, size=settings.shingle_words,
                                      min_words=settings.passage_words, ignore=ignore))
    return sorted(shared, key=lambda p: p.id)


def template_of(documents: Sequence[Document], settings: CopySettings, recurring: dict | None = None,
                history: Sequence[tuple[str, Document]] = ()) -> dict[str, np.ndarray]:
    """``template_shingles`` shingling only the reports of outlets with enough reports to have a template
    (``recurring``, when given, is filled as ``template_shingles`` fills it), joined with what each outlet's reports
    carry as passages in other stories (``history``: (story, report); ``outlet_template.cross_story_template``)."""
    counts: dict[str, int] = {}
    for d in documents:
        counts[outlet_key(d.outlet)] = counts.get(outlet_key(d.outlet), 0) + 1
    busy = [d for d in documents if outlet_key(d.outlet) and counts[outlet_key(d.outlet)] >= settings.template_reports]
    template = template_shingles(busy, {d.id: shingles(d.text, settings.shingle_words) for d in busy}, settings,
                                 recurring) if busy else {}
    for key, learned in stories_template(documents, history, settings).items():
        template[key] = np.union1d(template[key], learned) if key in template else learned
    return template


def stories_template(documents: Sequence[Document], history: Sequence[tuple[str, Document]],
                     settings: CopySettings) -> dict[str, np.ndarray]:
    """Per outlet of the run, the passages its reports share with its reports of other stories (``history``)."""
    if not history or not settings.template_stories:
        return {}
    rows: dict[str, list] = {}
    for story, d in [(None, d) for d in documents] + list(history):
        key = outlet_key(d.outlet)
        if key and (story is None or key in rows):
            ordered = ordered_shingles(d.text, settings.shingle_words)
            rows.setdefault(key, []).append(("\0run" if story is None else story, sorted_unique(ordered),
                                             in_text_order(ordered)))
    out = {}
    for key, reports in rows.items():
        learned = cross_story_template(reports, settings.opening_shingles, settings.lede_candidate,
                                       settings.run_shingles, settings.template_stories)
        # What another outlet's report of this run carries too is shared text, not this outlet's furniture: a wire's
        # background paragraph one outlet reprints in every story stays a passage it shares with the wire's own report
        # (review of the twelfth session: learned as furniture, the shared passage was lost and the two reports
        # counted as independent).
        others = [r[1] for k, rs in rows.items() if k != key for r in rs if r[0] == "\0run"]
        if len(learned) and others:
            learned = np.setdiff1d(learned, np.unique(np.concatenate(others)), assume_unique=True)
        if len(learned):
            out[key] = learned
    return out


def without_template(text: str, outlet: str | None, template: dict[str, np.ndarray], settings: CopySettings
                     ) -> np.ndarray:
    """A report's shingle set with its outlet's template shingles removed: what verification compares."""
    return _without(shingles(text, settings.shingle_words), template.get(outlet_key(outlet)))


def candidates(ids: Sequence[str], sets: dict[str, np.ndarray], settings: CopySettings,
               openings: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Index pairs (i < j) worth comparing: MinHash LSH collisions plus containment-index hits, plus (given each
    report's ``openings``) the reports holding most of another's opening (``opening_candidates``)."""
    signatures = signature_matrix([sets[i] for i in ids], settings)
    sizes = np.array([len(sets[i]) for i in ids], dtype=np.int64)
    by_minhash = np.array(candidate_pairs(signatures, settings), dtype=np.int64).reshape(-1, 2)
    by_minhash = plausible(by_minhash, signatures, sizes, settings)
    by_containment = containment_candidates([sets[i] for i in ids], settings.sample, settings.min_hits,
                                            settings.min_estimate, settings.index_max_df)[:, :2]
    short = [k for k, size in enumerate(sizes.tolist()) if too_short_to_sample(size, settings)]
    by_lookup = short_candidates(((k, sets[i]) for k, i in enumerate(ids)), {k: sets[ids[k]] for k in short},
                                 settings.min_estimate, settings.index_max_df)[:, :2]
    found = [by_minhash, by_containment, by_lookup]
    if openings is not None and settings.lede_run:
        found.append(opening_candidates(((k, sets[i]) for k, i in enumerate(ids)),
                                        {k: openings[i] for k, i in enumerate(ids)}, settings.lede_candidate,
                                        settings.index_max_df)[:, :2])
    both = np.concatenate(found).astype(np.int64)
    return np.unique(both, axis=0) if len(both) else both.reshape(0, 2)


def template_shingles(documents: Sequence[Document], sets: dict[str, np.ndarray],
                      settings: CopySettings, recurring: dict | None = None) -> dict[str, np.ndarray]:
    """Per outlet, the shingles found in many of its reports: page furniture, not content. ``recurring``, when
    given, gets per outlet the shingles found in at least ``settings.recurring_reports`` of its reports (sorted),
    for the recurring-block rule (``verify``)."""
    by_outlet: dict[str, list[str]] = {}
    for d in documents:
        key = outlet_key(d.outlet)
        if key:
            by_outlet.setdefault(key, []).append(d.id)
    out = {}
    for key, members in by_outlet.items():
        floor = max(settings.template_reports, settings.template_share * len(members))
        if len(members) < floor:
            continue
        values, counts = np.unique(np.concatenate([sets[m] for m in members]), return_counts=True)
        frequent = values[counts >= floor]
        if len(frequent):
            out[key] = frequent
        if recurring is not None:
            recurring[key] = values[counts >= settings.recurring_reports]
    return out


def _without(s: np.ndarray, template: np.ndarray | None) -> np.ndarray:
    if template is None or not len(s):
        return s
    return s[~np.isin(s, template, assume_unique=True)]


def _union_of(a: np.ndarray | None, b: np.ndarray | None) -> np.ndarray | None:
    parts = [x for x in (a, b) if x is not None]
    return np.unique(np.concatenate(parts)) if parts else None


def _same_outlet(a: Document, b: Document) -> bool:
    return bool(outlet_key(a.outlet)) and outlet_key(a.outlet) == outlet_key(b.outlet)


def recurring_by_report(documents: Iterable[Document], recurring: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Report id -> its outlet's recurring shingles (``template_shingles``), for the reports of outlets that have them."""
    return {d.id: recurring[outlet_key(d.outlet)] for d in documents if outlet_key(d.outlet) in recurring}


def openings_of(documents: Sequence[Document], template: dict[str, np.ndarray], settings: CopySettings
                ) -> dict[str, np.ndarray]:
    """Each report's opening (``opening_of``), its outlet's template text removed."""
    return {d.id: opening_of(ordered_shingles(d.text, settings.shingle_words), settings.opening_shingles,
                             template.get(outlet_key(d.outlet))) for d in documents}


def openings_and_orders(documents: Sequence[Document], template: dict[str, np.ndarray], settings: CopySettings
                        ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """(``openings_of``, each report's ``in_text_order``; template removed) from one tokenisation of each report."""
    openings, orders = {}, {}
    for d in documents:
        ordered, own = ordered_shingles(d.text, settings.shingle_words), template.get(outlet_key(d.outlet))
        openings[d.id] = opening_of(ordered, settings.opening_shingles, own)
        orders[d.id] = in_text_order(ordered, own)
    return openings, orders
