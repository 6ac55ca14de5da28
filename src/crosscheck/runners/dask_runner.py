"""The cluster runner: the same stage functions, on a Dask cluster.

Why Dask and not Ray: docs/design/runner.md (install size and start-up measured).

Where each step runs:

1. **read** on the driver (a stream; already stored reports are linked, not sent),
   **clean and parse** in partitions on the workers (``clean.clean_stream``; the
   spaCy model is loaded once per worker by :class:`LoadModel`). A partition's
   result stays on its worker: its documents come back to the driver to be
   stored, its parses (spaCy ``Doc`` bytes) stay until a story task needs them.
2. **copies**: MinHash signatures per partition (``copies.signature_matrix``),
   then a shuffle by LSH band: each band task receives only its bands' keys
   from every partition and finds candidate pairs there (``copies.pairs_in_band``),
   so no step holds every signature; candidate pairs are verified per pair of
   partitions (``copies.plausible``, ``copies.verify``) next to their shingles;
   the connected components and groups are built on the driver over the small
   list of verified pairs (``copies.build_groups``).
3. **per-story stages** on a worker, one task a story: ``pipeline.analyze_story``
   over a scratch store in the worker's temporary folder, with the parses of
   step 1 put back into the worker's parse cache so nothing is parsed twice.
4. **store**: only the driver writes to the real store (it is single-writer
   SQLite): documents as partitions come back, each stage's output with
   ``Store.save_stage``.

The results are the records the local runner produces (tests/runners).
"""

from __future__ import annotations

import itertools
import logging
import operator
import tempfile
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from .. import clean, copies, nlp, pipeline
from ..ingest import read_inputs
from ..copies.containment import bounded_candidates, in_sorted, opening_candidates, sampled, short_candidates
from ..records import CopyGroup, Document, RawDocument, SharedPassage, Skipped, outlet_key
from ..store import Store
from .common import stage_outputs

try:  # the optional "cluster" extra
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError:  # pragma: no cover - exercised only without the extra
    Client = LocalCluster = None

    class WorkerPlugin:  # type: ignore[no-redef]
        pass

STAGES = pipeline.STAGES  # the same stages, in the same order, as runners.common checks


class LoadModel(WorkerPlugin):
    """Load the spaCy model when a worker starts, once: every task on it then shares it."""

    def setup(self, worker) -> None:
        nlp.load_pipeline()


class DaskRunner:
    """Runs the pipeline on a Dask cluster: a local one of ``workers`` processes, or ``address``.

    ``partition_size`` reports per clean/parse task: large enough that a task's
    overhead (milliseconds) is small beside its parse (tens of ms a report),
    small enough that partitions spread over the workers.
    """

    name = "dask"

    def __init__(self, workers: int = 2, address: str | None = None, partition_size: int = 64,
                 band_tasks: int | None = None):
        if Client is None:
            raise RuntimeError("the dask runner needs the cluster extra: pip install 'crosscheck[cluster]'")
        self.partition_size = partition_size
        self._cluster = None
        if address:
            self.client = Client(address)
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self._cluster)
        self.client.register_plugin(LoadModel(), name="crosscheck-load-model")
        self.workers = len(self.client.scheduler_info()["workers"]) or workers
        self.band_tasks = band_tasks or 2 * self.workers

    # ---------------------------------------------------------------- analyze

    def run(self, paths: Iterable[str], store: Store, story: str, settings: pipeline.Settings | None = None,
            progress: pipeline.Progress | None = None) -> pipeline.RunSummary:
        """``crosscheck analyze`` on the cluster: one story, every stage, the local runner's results."""
        settings = settings or pipeline.Settings()
        summary = pipeline.RunSummary(story=story)
        parts = self._ingest(paths, store, story, settings, summary, progress)
        ran: list[str] = []
        if progress:
            progress("copies", 0, summary.documents)
        if not store.stage_is_current(story, "copies"):
            documents = store.load_documents(story)
            groups, passages = self.find_copies_and_passages(documents, settings.copy_settings,
                                                             store.outlet_history(story, {d.outlet for d in documents}))
            store.save_stage(story, "copies", copy_groups=groups, shared_passages=passages)
            ran.append("copies")
        ran += self._analyze_stories([story], store, settings, parts, progress, with_copies=True).get(story, [])
        summary.stages = ran
        return summary

    def analyze_stories(self, store: Store, stories: Iterable[str], settings: pipeline.Settings | None = None,
                        progress: pipeline.Progress | None = None) -> dict[str, list[str]]:
        """Every stage of each stored story (those ``crosscheck stories`` found), the stories
        in parallel, one worker task each; returns the stages run, by story."""
        settings = settings or pipeline.Settings()
        return self._analyze_stories(list(stories), store, settings, [], progress, with_copies=False)

    # ----------------------------------------------------------------- ingest

    def _ingest(self, paths, store: Store, story: str, settings: pipeline.Settings,
                summary: pipeline.RunSummary, progress) -> list:
        """Read, clean, parse and store, as ``pipeline.ingest_and_clean`` does, the parse on workers.

        Reports are stored in input order, as the local runner stores them: before an
        already stored report is linked, the partitions read before it are written.
        """
        parts: list = []
        batch: list[RawDocument] = []
        pending: deque = deque()

        def write(entry) -> None:
            part, documents_future = entry
            documents = documents_future.result()
            summary.documents += len(documents)
            summary.new_documents += store.add_documents(story, documents)
            parts.append(part)
            if progress:
                progress("ingest", summary.documents, 0)

        def submit() -> None:
            pending.append(self._submit_clean(list(batch)))
            batch.clear()
            while len(pending) > 2 * self.workers:  # bounded: the driver never holds the whole corpus
                write(pending.popleft())

        for item in read_inputs(paths, max_file_bytes=settings.max_file_bytes, exclude=settings.exclude_paths):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                store.add_skipped(story, item)
                continue
            if store.link_stored(story, item.content_hash):
                # Keep the story's order of reports that of the inputs (as in the local runner).
                # link_stored appends at once, so what was read before it must be stored first.
                if batch:
                    submit()
                while pending:
                    write(pending.popleft())
                summary.documents += 1
                continue
            batch.append(item)
            if len(batch) >= self.partition_size:
                submit()
        if batch:
            submit()
        while pending:
            write(pending.popleft())
        return parts

    def _submit_clean(self, raws: list[RawDocument]):
        part = self.client.submit(_clean_partition, raws, pure=False)
        return part, self.client.submit(operator.itemgetter("documents"), part)

    # ---------------------------------------------------------------- stories

    def _analyze_stories(self, stories: list[str], store: Store, settings: pipeline.Settings, parts: list,
                         progress, with_copies: bool) -> dict[str, list[str]]:
        """Each story whose stages are not all current, analysed on a worker; outputs saved here.

        At most ``4 * workers`` stories are in flight, so neither the driver nor the
        workers ever hold more than a few stories' reports and records, however many
        stories a stream has; outputs are saved in story order, whatever order they finish in.
        """
        held = [self.client.submit(_parse_ids, part) for part in parts]
        held_ids = [set(ids) for ids in self.client.gather(held)] if held else []
        ran: dict[str, list[str]] = {story: [] for story in stories}
        todo = deque(story for story in stories if not all(store.stage_is_current(story, s) for s in STAGES))
        in_flight: deque = deque()

        def submit(story: str) -> None:
            documents = store.load_documents(story)
            wanted = {d.id for d in documents}
            slices = [self.client.submit(_select_parses, part, wanted & ids)
                      for part, ids in zip(parts, held_ids) if wanted & ids]
            # The copies stage's whole output: groups and the passages reports share (without the
            # passages, every later stage on the worker counted a shared wire passage as two witnesses).
            found_copies = (store.load_copy_groups(story), store.load_passages(story)) if with_copies else None
            # The outlets' reports in other stories, for the copies stage's learned template (as the local runner).
            history = () if with_copies or store.stage_is_current(story, "copies") else \
                store.outlet_history(story, {d.outlet for d in documents})
            in_flight.append((story, self.client.submit(_analyze_story, story, documents, found_copies, slices,
                                                        settings, history, pure=False)))

        while todo or in_flight:
            while todo and len(in_flight) < 4 * self.workers:
                submit(todo.popleft())
            story, future = in_flight.popleft()
            outputs, split = future.result()
            future.release()
            if split:  # reports stored unparsed (by `crosscheck stories`), as analyze_story stores them
                store.set_sentences(split)
            for stage in STAGES:
                if store.stage_is_current(story, stage):
                    continue
                if progress:
                    progress(stage, 0, 0)
                store.save_stage(story, stage, **outputs[stage])
                ran[story].append(stage)
        return ran

    # ----------------------------------------------------------------- copies

    def find_copies(self, documents: list[Document], settings: copies.CopySettings | None = None
                    ) -> list[CopyGroup]:
        """``copies.find_copies`` over the cluster, band by band; the same groups."""
        return self.find_copies_and_passages(documents, settings)[0]

    def find_copies_and_passages(self, documents: list[Document], settings: copies.CopySettings | None = None,
                                 history: list | tuple = ()) -> tuple[list[CopyGroup], list]:
        """``copies.find_copies_and_passages`` over the cluster: MinHash bands and the containment
        index's sampled shingles from every partition; the same groups and passages (``history``: as there)."""
        settings = settings or copies.CopySettings()
        if len(documents) < 2:
            return copies.find_copies_and_passages(documents, settings, history=history)
        outlet_recurring: dict = {}
        template = copies.template_of(documents, settings, outlet_recurring, history)
        size = max(1, -(-len(documents) // (2 * self.workers)))
        chunks = [documents[i:i + size] for i in range(0, len(documents), size)]
        offsets = list(itertools.accumulate([0] + [len(c) for c in chunks]))[:-1]
        signed = [self.client.submit(_sign_partition, [(d.id, d.text, template.get(outlet_key(d.outlet)))
                                                       for d in chunk], settings, pure=False)
                  for chunk in chunks]
        sampled = self.client.gather([self.client.submit(_sampled_of, part) for part in signed])
        sizes = np.array([len(x) for part in sampled for x in part], dtype=np.int64)
        flat = [x for part in sampled for x in part]
        hashes = np.concatenate(flat) if flat else np.zeros(0, np.uint64)
        owners = np.repeat(np.arange(len(flat), dtype=np.int64), sizes)
        by_containment = bounded_candidates(hashes, owners, sizes, settings.index_max_df, settings.min_hits,
                                            settings.min_estimate)[:, :2]
        if settings.lede_run:  # the reports holding most of another's opening (issue 14 s5): openings to the driver,
            # each partition's shingles that some opening holds back from the workers
            heads = [o for part in self.client.gather([self.client.submit(_openings_of, part) for part in signed])
                     for o in part]
            wanted = np.unique(np.concatenate(heads)) if heads else np.zeros(0, np.uint64)
            hits = self.client.gather([self.client.submit(_hits_of, part, wanted, offset)
                                       for part, offset in zip(signed, offsets)])
            by_opening = opening_candidates((row for part in hits for row in part), dict(enumerate(heads)),
                                            settings.lede_candidate, settings.index_max_df)[:, :2]
            by_containment = np.concatenate([by_containment, by_opening]).astype(np.int64)
        # Reports too short to sample (``copies.SHORT_REPORT``) looked up whole, as ``copies.candidates`` does: their
        # shingles to the driver, each partition's shingles that one of them holds back from the workers.
        short = {k: s for part, offset in zip(self.client.gather([self.client.submit(_short_of, part, settings)
                                                                   for part in signed]), offsets)
                 for k, s in ((offset + i, s) for i, s in part)}
        if short:
            wanted = np.unique(np.concatenate(list(short.values())))
            hits = self.client.gather([self.client.submit(_hits_of, part, wanted, offset)
                                       for part, offset in zip(signed, offsets)])
            by_lookup = short_candidates((row for part in hits for row in part), short, settings.min_estimate,
                                         settings.index_max_df)[:, :2]
            by_containment = np.concatenate([by_containment, by_lookup]).astype(np.int64)

        # Shuffle by band: each task gets its bands' keys from every partition, nothing else.
        groups = [list(range(g, settings.bands, self.band_tasks)) for g in range(min(self.band_tasks, settings.bands))]
        band_pairs = []
        for bands in groups:
            keys = [self.client.submit(_band_keys_of, part, bands) for part in signed]
            band_pairs.append(self.client.submit(_pairs_in_bands, keys, bands, settings))
        found = [p for p in self.client.gather(band_pairs) if len(p)]
        # Column 3 marks the pairs the MinHash pre-filter applies to (band collisions).
        found = [np.c_[p, np.ones(len(p), np.int64)] for p in found]
        found.append(np.c_[by_containment, np.zeros(len(by_containment), np.int64)])
        candidates = np.concatenate(found)
        if not len(candidates):
            return [], []
        candidates = candidates[np.lexsort((candidates[:, 2], candidates[:, 1], candidates[:, 0]))]
        first = np.r_[True, np.any(candidates[1:, :2] != candidates[:-1, :2], axis=1)]
        candidates = candidates[first]  # a pair the containment index found is not pre-filtered

        # Verify next to the shingles: candidates grouped by the pair of partitions they join.
        bounds = np.asarray(offsets + [len(documents)])
        where = np.searchsorted(bounds, candidates[:, :2], side="right") - 1
        verified = []
        for (pa, pb), block in _grouped(candidates, where):
            verified.append(self.client.submit(_verify_block, signed[pa], signed[pb], offsets[pa], offsets[pb],
                                               block, settings))
        ids = [d.id for d in documents]
        pairs = [(ids[i], ids[j], jaccard, containment)
                 for result in self.client.gather(verified) for i, j, jaccard, containment in result]
        pairs.sort()

        # Components and groups on the driver: the verified pairs are few, and only their
        # members' shingles are needed again.
        by_id = {d.id: d for d in documents}
        # Versions of a republished document the template hid (``copies.republished``, as ``find_copies`` does): only
        # the turned-down candidates of outlets with a template are read again.
        verified_keys = {frozenset((a, b)) for a, b, _, _ in pairs}
        templated = [(ids[i], ids[j]) for i, j in np.unique(candidates[:, :2], axis=0).tolist()
                     if frozenset((ids[i], ids[j])) not in verified_keys
                     and any(len(template.get(outlet_key(by_id[d].outlet), ())) for d in (ids[i], ids[j]))]
        again = {m for pair in templated for m in pair}
        kept = {m: copies.without_template(by_id[m].text, by_id[m].outlet, template, settings) for m in again}
        rescued = copies.rescued_pairs(templated, by_id, kept, template, settings)
        pairs = sorted(pairs + rescued)
        members = {m for a, b, _, _ in pairs for m in (a, b)}
        sets = {m: copies.without_template(by_id[m].text, by_id[m].outlet, template, settings) for m in members}
        openings, orders = copies.openings_and_orders([by_id[m] for m in members], template, settings)
        recurring = copies.recurring_by_report([by_id[m] for m in members], outlet_recurring)
        quoted = copies.quoted_of([by_id[m] for m in members], settings)
        groups = copies.build_groups(pairs, by_id, sets, settings, openings, orders, recurring, quoted,
                                     {frozenset(p[:2]) for p in rescued})
        return groups, copies.passages_between([(ids[i], ids[j]) for i, j in np.unique(candidates[:, :2], axis=0)
                                                .tolist()], by_id, groups, template, settings)

    # ------------------------------------------------------------------ close

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --------------------------------------------------------------- worker tasks
# Module-level functions: what the workers run. Each calls public stage functions.


def _clean_partition(raws: list[RawDocument]) -> dict[str, Any]:
    """Clean and parse a partition; keep each parse as bytes for the story task that needs it."""
    documents = list(clean.clean_stream(raws, n_process=1))
    parsed = nlp.parse(documents)  # the parses clean_stream just cached: no second parse
    # The tensor is the parser's internal feature matrix: no stage reads it, and it is
    # most of a Doc's bytes.
    return {"documents": documents,
            "parses": {d.id: parsed[d.id].to_bytes(exclude=["tensor"]) for d in documents}}


def _parse_ids(part: dict[str, Any]) -> list[str]:
    return list(part["parses"])


def _select_parses(part: dict[str, Any], ids: set[str]) -> dict[str, bytes]:
    return {i: b for i, b in part["parses"].items() if i in ids}


def _remember_parses(documents: list[Document], slices: list[dict[str, bytes]]) -> None:
    """Put parses made on other workers into this worker's parse cache, so no stage parses again."""
    from spacy.tokens import Doc

    vocab = nlp.load_pipeline().vocab
    by_id: dict[str, bytes] = {}
    for s in slices:
        by_id.update(s)
    for d in documents:
        if d.id in by_id:
            doc = Doc(vocab).from_bytes(by_id[d.id])
            nlp.remember(d, doc)
            if nlp.PIECEWISE:  # issue 18: evicted from the parse cache, put together again from these
                from .. import sentcache

                sentcache.remember_doc(d.text, doc)


def _analyze_story(story: str, documents: list[Document],
                   found_copies: tuple[list[CopyGroup], list[SharedPassage]] | None,
                   slices: list[dict[str, bytes]], settings: pipeline.Settings, history=()
                   ) -> tuple[dict[str, dict[str, list]], list[Document]]:
    """Every stage of one story, by ``pipeline.analyze_story`` over a scratch store on this worker.

    With ``found_copies`` (copy groups and shared passages found over the cluster before), the
    copies stage is already done and analyze_story skips it. Returns each stage's records for the
    driver to store, and the reports that came without a sentence split, now split. ``history``: (story, report)
    of the story's outlets elsewhere in the driver's store (``Store.outlet_history``), stored beside it so that the
    copies stage learns the same template as the local runner.
    """
    _remember_parses(documents, slices)
    with tempfile.TemporaryDirectory(prefix="crosscheck-story-") as tmp:
        with Store(Path(tmp) / "story.sqlite") as scratch:
            for other in dict.fromkeys(s for s, _ in history):
                scratch.add_documents(other, [d for s, d in history if s == other])
            scratch.add_documents(story, documents)
            if found_copies is not None:
                groups, passages = found_copies
                scratch.save_stage(story, "copies", copy_groups=groups, shared_passages=passages)
            pipeline.analyze_story(scratch, story, settings)
            unsplit = {d.id for d in documents if not d.sentences}
            split = [d for d in scratch.load_documents(story) if d.id in unsplit and d.sentences]
            return {stage: stage_outputs(scratch, story, stage) for stage in STAGES}, split


def _sign_partition(items: list[tuple[str, str, Any]], settings: copies.CopySettings) -> dict[str, Any]:
    ordered = [copies.ordered_shingles(text, settings.shingle_words) for _, text, _ in items]
    sets = [copies._without(copies.sorted_unique(o), template) for o, (_, _, template) in zip(ordered, items)]
    openings = [copies.opening_of(o, settings.opening_shingles, template) for o, (_, _, template) in zip(ordered, items)]
    orders = [copies.in_text_order(o, template) for o, (_, _, template) in zip(ordered, items)]
    signatures = copies.signature_matrix(sets, settings)
    return {"sets": sets, "openings": openings, "orders": orders, "signatures": signatures,
            "sizes": np.array([len(s) for s in sets], dtype=np.int64),
            "keys": np.stack([copies.band_keys(signatures, b, settings) for b in range(settings.bands)]),
            "sampled": [sampled(s, settings.sample) for s in sets]}


def _sampled_of(part: dict[str, Any]) -> list[np.ndarray]:
    return part["sampled"]


def _short_of(part: dict[str, Any], settings: copies.CopySettings) -> list[tuple[int, np.ndarray]]:
    """(index in the partition, shingles) of its reports too short to sample (``copies.SHORT_REPORT``)."""
    return [(k, s) for k, s in enumerate(part["sets"]) if copies.too_short_to_sample(len(s), settings)]


def _openings_of(part: dict[str, Any]) -> list[np.ndarray]:
    return part["openings"]


def _hits_of(part: dict[str, Any], wanted: np.ndarray, offset: int) -> list[tuple[int, np.ndarray]]:
    """(global index, its shingles found in ``wanted``) of each report of a partition."""
    return [(offset + k, s[in_sorted(s, wanted)]) for k, s in enumerate(part["sets"])]


def _band_keys_of(part: dict[str, Any], bands: list[int]) -> np.ndarray:
    return part["keys"][bands]


def _pairs_in_bands(keys: list[np.ndarray], bands: list[int], settings: copies.CopySettings) -> np.ndarray:
    """Candidate pairs of some bands, over every partition: global indices (partitions in order)."""
    all_keys = np.concatenate(keys, axis=1)
    found = [copies.pairs_in_band(all_keys[k], settings) for k in range(len(bands))]
    found = [f for f in found if len(f)]
    return np.unique(np.concatenate(found), axis=0) if found else np.zeros((0, 2), dtype=np.int64)


def _verify_block(part_a: dict[str, Any], part_b: dict[str, Any], offset_a: int, offset_b: int,
                  block: np.ndarray, settings: copies.CopySettings) -> list[tuple[int, int, float, float]]:
    """Candidate pairs between two partitions (or within one): the MinHash pre-filter, then the rule."""
    same = part_a is part_b or offset_a == offset_b
    if same:
        signatures, sizes, sets = part_a["signatures"], part_a["sizes"], part_a["sets"]
        openings, orders = part_a["openings"], part_a["orders"]
        local = block[:, :2] - offset_a
    else:
        signatures = np.vstack([part_a["signatures"], part_b["signatures"]])
        sizes = np.concatenate([part_a["sizes"], part_b["sizes"]])
        sets = part_a["sets"] + part_b["sets"]
        openings = part_a["openings"] + part_b["openings"]
        orders = part_a["orders"] + part_b["orders"]
        local = np.stack([block[:, 0] - offset_a, block[:, 1] - offset_b + len(part_a["sets"])], axis=1).astype(np.int64)
    filtered = block[:, 2] == 1
    kept = np.concatenate([copies.plausible(local[filtered], signatures, sizes, settings), local[~filtered]])
    kept = np.unique(kept, axis=0) if len(kept) else kept
    shift = np.array([offset_a, offset_a if same else offset_b - len(part_a["sets"])])
    out = []
    for (i, j), (gi, gj) in zip(kept.tolist(), (kept + shift).tolist()):
        ok, jaccard, containment = copies.verify(sets[i], sets[j], settings, (openings[i], openings[j]),
                                                 (orders[i], orders[j]))
        if ok:
            out.append((gi, gj, jaccard, containment))
    return out


def _grouped(candidates: np.ndarray, where: np.ndarray) -> Iterator[tuple[tuple[int, int], np.ndarray]]:
    """Candidate pairs grouped by (partition of the first, partition of the second), in one sort."""
    keys = where[:, 0] * (int(where.max()) + 1) + where[:, 1]
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    for rows in np.split(order, starts[1:]):
        yield (int(where[rows[0], 0]), int(where[rows[0], 1])), candidates[rows]
