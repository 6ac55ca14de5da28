"""Why each gold conflict is missed (issue 20, fifteenth session): a trace of every conflict FN of the real stories,
stage by stage, to the first step that loses it (our own development aid, not a published measure).

    python -m evaluation.real_stories.conflict_misses                       # the table of causes (every dev story)
    python -m evaluation.real_stories.conflict_misses --detail              # + each miss with its cause and figures
    options: --story NAME (repeatable)  --split every|dev|...  --json FILE

A story's report is its full run (``run.run_story``, cached) and its records (claims, sources, publication days, time
expressions) are read from the kept store of ``--replay`` (``replay``: made once per input and earlier-stage code).
Never a sealed split. The first cause that holds, in this order:

- ``report missing``: a gold report is not in the story report;
- date conflicts (gold values are ISO days; the time stage's ``date_conflicts``): ``day not read`` (no time
  expression of that day in the report), ``no event sentence`` (the day is in no dated sentence with a verb),
  ``no shared phrase`` (the two sentences share no two-word phrase found in 3+ reports on at most two days),
  ``not the same happening`` (too few shared content words), ``other day nearest the phrase``, ``told on`` (a verb of
  saying between), ``relative day`` (one day apart, read from "yesterday"), ``one source a side`` (one against one,
  a day apart), ``found, not matched``;
- numeric: ``not extracted`` (no claim of the value in one side's reports: no pair of values left), ``one source``
  (every pair left is of one source: a copy, one outlet), ``no key`` (one side's claims have no basis key),
  ``keyed apart`` (the two sides' claims are keyed as different things: keys that do not meet as ``reconcile.meet``
  joins them for conflicts, seventeenth session), then, for pairs of one key, the first test
  of reconcile they fail (``days apart``, ``ratio``, ``time``, ``running total``, ``local scope``, ``holder``,
  ``scope``, ``window``, ``happening``, ``strict holder``, ``moment``), then the conflict steps (``another figure
  taken``, ``sides dropped``, ``told apart``, ``unsure (difference)``), else ``found, not matched`` (a system
  conflict holds the figures but fails the scorer's half rule, or holds one side only).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from evaluation.real_stories.data import SEALED_SPLITS, gold, split, story_names
from evaluation.real_stories.score import parse_value, same_value


def kept_store(story: dict) -> Path:
    """The kept store of ``replay`` for the story (made when missing: a full run)."""
    from evaluation.real_stories.data import write_inputs
    from evaluation.real_stories.replay import kept_store

    name = story["story"]
    with tempfile.TemporaryDirectory(prefix="real-story-") as tmp:
        folder = Path(tmp) / name
        paths, _ = write_inputs(story, folder)
        kept = kept_store(name, folder)
        if not kept.exists():
            from crosscheck.pipeline import run
            from crosscheck.store import Store

            kept.parent.mkdir(parents=True, exist_ok=True)
            with Store(Path(tmp) / "full.sqlite") as store:
                run(paths, store, name)
            shutil.copyfile(Path(tmp) / "full.sqlite", kept)
    return kept


class Records:
    """A story's records from its kept store: documents, claims, sources, publication days, entities, timexes."""

    def __init__(self, name: str, path: Path):
        from crosscheck.store import Store

        self.tmp = tempfile.TemporaryDirectory(prefix="conflict-misses-")
        work = Path(self.tmp.name) / "store.sqlite"
        shutil.copyfile(path, work)
        with Store(work) as store:
            self.documents = store.load_documents(name)
            self.sources = store.load_sources(name, self.documents)
            self.claims = store.load_claims(name)
            self.entities = store.load_entities(name)
            self.timexes = store.load_timexes(name)
        self.published = {d.id: d.published.date or d.published.latest for d in self.documents}
        self.by_id = {d.id: d for d in self.documents}


def _value(entry: str):
    return parse_value(entry)


def numeric_cause(g: dict, rec: Records, doc_of: dict[str, str], report: dict) -> tuple[str, str]:
    """(cause, detail) of a numeric gold conflict missed."""
    from crosscheck.reconcile import basis as B
    from crosscheck.reconcile import compare as C
    from crosscheck.reconcile.happening import _same_happening
    from crosscheck.reconcile.meet import keys_meet
    from crosscheck.reconcile.moments import _same_time, _window, same_moment, told_apart
    from crosscheck.reconcile.scope import _same_local_scope, _same_scope

    entries = [(doc_of.get(d), d, _value(v), v) for d, v in g["entries"]]
    cands = {}
    missing = []
    for sid, gdoc, value, raw in entries:
        found = [c for c in rec.claims if c.document == sid and c.value is not None and same_value(c.value, value)]
        if found:
            cands[(gdoc, raw)] = (sid, value, found)
        else:
            missing.append(f"{gdoc}:{raw!r}")
    pairs = [(x, y) for i, x in enumerate(cands) for y in list(cands)[i + 1:]
             if not same_value(cands[x][1], cands[y][1])]
    if not pairs:
        return "not extracted", "no claim for " + ", ".join(missing)
    free = [(x, y) for x, y in pairs if cands[x][0] == cands[y][0] or not rec.sources.same_source(cands[x][0], cands[y][0])]
    if not free:
        return "one source", "; ".join(f"{x[0]}~{y[0]}: {rec.sources.reason(cands[x][0], cands[y][0])}" for x, y in pairs[:2])
    keyed = []
    keys_seen = []
    met, key_of = _met_keys(rec.claims)
    for x, y in free:
        for a in cands[x][2]:
            for b in cands[y][2]:
                ka, kb = B.basis_key(a), B.basis_key(b)
                keys_seen.append((x[0], a.text, ka, y[0], b.text, kb))
                if ka is None or kb is None or C._spread_end(a) or C._spread_end(b):
                    continue
                if ka == kb:
                    keyed.append((a, b, ka))
                elif id(a) in met and met[id(a)] == met.get(id(b)) and keys_meet(a, b, key_of):
                    keyed.append((a, b, met[id(a)]))  # keys that meet (``reconcile.meet``): compared as one thing
    if not keyed:
        nokey = [k for k in keys_seen if k[2] is None or k[5] is None]
        shown = "; ".join(f"{k[0]} {k[1]!r}={k[2]} / {k[3]} {k[4]!r}={k[5]}" for k in keys_seen[:3])
        if nokey and all(k[2] is None or k[5] is None for k in keys_seen):
            return "no key", shown
        return "keyed apart", shown
    # The first test of reconcile each pair fails; the pair that goes furthest decides.
    aliases = C.story_aliases(rec.entities)
    best = (-1, "", None)
    for a, b, key in keyed:
        kind, unit, thing = key
        max_days = 0 if B.developing(thing) else B.MAX_DAYS_APART
        same_doc = a.document == b.document
        tests = [
            ("days apart", lambda: not told_apart(a, b, rec.published, max_days)),
            ("ratio", lambda: not (C._ratio(a, b) > (C.MAX_MEASURE_RATIO if B.measure(a) == "measurement" else B.MAX_RATIO)
                                   and not C._none_against_some(a, b))),
            ("time", lambda: _same_time(a, b, rec.published)),
            ("running total", lambda: not (B.measure(a) == "count" and C._running_total(a) != C._running_total(b)
                                           and not B.developing(B.subject_key(a) or ""))),
            ("local scope", lambda: C._is_magnitude(a) or _same_local_scope(a, b)),
            ("holder", lambda: C._is_magnitude(a) or C._same_holder(a, b, aliases)),
            ("scope", lambda: C._is_magnitude(a) or C._comparable_told(a, b, rec.published, aliases)),
            ("window", lambda: _window(a) == _window(b)),
            ("happening", lambda: _same_happening(a, b)),
            ("strict holder", lambda: C._same_holder(a, b, aliases, strict=True)),
            ("moment", lambda: same_moment(a, b, rec.published)),
        ]
        passed = 0
        failed = "comparable"
        for label, test in tests:
            if not test():
                failed = label
                break
            passed += 1
        if passed > best[0]:
            best = (passed, failed, (a, b, key, same_doc))
    passed, failed, (a, b, key, same_doc) = best
    pair = f"{a.text!r} [{a.document[:6]}] / {b.text!r} [{b.document[:6]}] key={key[2]!r}"
    if failed != "comparable":
        detail = pair
        if failed == "days apart":
            detail += f" days {rec.published.get(a.document)} {rec.published.get(b.document)}"
        if failed == "scope":
            detail += " " + _scope_detail(a, b, aliases, _same_scope)
        return failed, detail
    if same_doc:
        return "one report (quoted against)", pair
    return _conflict_step(a, b, key, rec, aliases) + (pair,)


def _met_keys(claims) -> tuple[dict[int, tuple], dict[int, str]]:
    """The conflict group of each figure (by ``id``) as reconcile joins keys that name one thing (``meet_groups``),
    and each figure's conflict key."""
    from crosscheck.reconcile.compare import figure_groups
    from crosscheck.reconcile.meet import meet_groups

    joined, key_of = meet_groups(figure_groups(claims))
    return {id(c): key for key, group in joined.items() for c in group}, key_of


def _kept_twin(x, per_source: dict, sources, C):
    """The figure kept for ``x``'s source when it has ``x``'s value, else ``x``."""
    twin = per_source.get(sources.key(x.document))
    return twin if twin is not None and C.interval(twin) == C.interval(x) else x


def _scope_detail(a, b, aliases, same_scope) -> str:
    na, nb = aliases.names(a.sentence), aliases.names(b.sentence)
    return f"names {sorted(na)[:4]} / {sorted(nb)[:4]}"


def _conflict_step(a, b, key, rec: Records, aliases) -> tuple[str]:
    """Replay reconcile's conflict steps for the pair's group: where it is lost."""
    from crosscheck.reconcile import basis as B
    from crosscheck.reconcile import compare as C
    from crosscheck.reconcile import conflicts as K
    from crosscheck.reconcile import _comparable_parts
    from crosscheck.reconcile.happening import _same_happening
    from crosscheck.reconcile.likeness import sure_sides
    from crosscheck.reconcile.meet import keys_meet
    from crosscheck.reconcile.moments import _window, same_moment, told_apart
    from crosscheck.reconcile.spans import SPAN_KEY, span_thing

    kind, unit, thing = key
    met, key_of = _met_keys(rec.claims)
    group = [c for c in rec.claims if met.get(id(c)) == key]
    max_days = 0 if B.developing(thing) else B.MAX_DAYS_APART
    parts = _comparable_parts(group, rec.published, aliases, max_days, told=True)  # (the conflicts' parts)
    if thing == SPAN_KEY:
        parts = [[c for c in part if span_thing(c) == head] for part in parts
                 for head in sorted({span_thing(c) for c in part} - {None})]
    part = next((p for p in parts if a in p and b in p), None)
    if part is None:
        return ("parts apart",)

    def comparable(x, y):
        return (not told_apart(x, y, rec.published, max_days) and C._comparable_told(x, y, rec.published, aliases)
                and _window(x) == _window(y)
                and _same_happening(x, y) and (thing != SPAN_KEY or C.same_span(x, y))
                and C._same_holder(x, y, aliases, strict=True) and same_moment(x, y, rec.published)
                and keys_meet(x, y, key_of))
    per_source = K._one_per_source(part, rec.sources, comparable)
    kept = set(id(c) for c in per_source.values())
    # A figure of the pair not kept while its source's kept figure is the same value (a copy of its report, or the
    # same report's other telling) is no loss: the trace goes on with the kept one.
    a, b = (_kept_twin(x, per_source, rec.sources, C) if id(x) not in kept else x for x in (a, b))
    if id(a) not in kept or id(b) not in kept:
        other = [c for c in per_source.values() if c.document in (a.document, b.document)]
        return (f"another figure taken ({', '.join(repr(c.text) for c in other)})",)
    clusters: list[list] = []
    for c in sorted(per_source.values(), key=lambda c: (C.interval(c)[1] - C.interval(c)[0], c.id)):
        home = next((cl for cl in clusters if all(C._overlap(C.interval(c), C.interval(o)) for o in cl)), None)
        if home is None:
            clusters.append([c])
        else:
            home.append(c)
    found = K._conflict_sides(clusters, thing, comparable)
    if found is None:
        motion = any(B._IN_MOTION.search(c.sentence) and not B._DAY_NAMED.search(c.sentence) for cl in clusters for c in cl)
        rev = any(K.revised(c) for cl in clusters for c in cl)
        return (f"sides dropped ({'in motion' if motion and B.developing(thing) else 'revised' if rev else 'no sides'})",)
    if not any(a in cl for cl in found) or not any(b in cl for cl in found):
        return ("sides dropped (pair not on two sides)",)
    if K._told_apart(found, group):
        return ("told apart",)
    if sure_sides(found, thing, rec.published, aliases) is None:
        return ("unsure (difference)",)
    return ("found, not matched",)


def date_cause(g: dict, rec: Records, doc_of: dict[str, str]) -> tuple[str, str]:
    """(cause, detail) of a date gold conflict missed (``time.date_conflicts.date_conflicts``)."""
    from crosscheck.time import date_conflicts as E
    from crosscheck.time import events

    entries = [(doc_of.get(d), d, _value(v)) for d, v in g["entries"]]
    read = {}
    for sid, gdoc, day in entries:
        got = [t for t in rec.timexes if t.document == sid and (t.value or "")[:10] == day]
        read[(gdoc, day)] = got
    unread = [f"{gdoc}:{day}" for (gdoc, day), got in read.items() if not got]
    with_day = {day for (gdoc, day), got in read.items() if got}
    if len(with_day) < 2:
        return "day not read", "no time expression of " + ", ".join(unread)
    cands = events.candidates(rec.documents, rec.timexes, rec.entities)
    marks = {}
    for sid, gdoc, day in entries:
        marks[(gdoc, day)] = [c for c in cands if c.document == sid and any(v == day for _, v in c.day_marks)]
    if len({day for (gdoc, day), cs in marks.items() if cs}) < 2:
        return "no event sentence", "no dated sentence with a verb: " + ", ".join(f"{k[0]}:{k[1]}" for k, v in marks.items() if not v)
    # The pairs of candidates of two different days, reports of different sources: where each stops.
    days_list = [c for c in cands if c.day_marks]
    grams = {id(c): E._bigrams(c.sentence) for c in days_list}
    index: dict = {}
    for c in days_list:
        for gram in grams[id(c)]:
            index.setdefault(gram, set()).add(c.document)
    members: dict = {}
    for c in days_list:
        for gram in grams[id(c)]:
            members.setdefault(gram, []).append(c)
    eligible = {gram for gram, docs in index.items() if len(docs) >= E.MIN_PHRASE_REPORTS
                and len({E._day_near(c, " ".join(gram)) for c in members[gram]}) <= 2}
    stages = ["one source", "no shared phrase", "not the same happening", "only names", "same day nearest the phrase",
              "told on", "relative day", "found"]
    best = (-1, "", "")
    keys = [k for k, v in marks.items() if v]
    for i, x in enumerate(keys):
        for y in keys[i + 1:]:
            if x[1] == y[1]:
                continue
            for a in marks[x]:
                for b in marks[y]:
                    step, detail = _date_pair(a, b, rec, grams, eligible, E)
                    n = stages.index(step)
                    if n > best[0]:
                        best = (n, step, detail)
    if best[0] < 0:
        return "no pair", ""
    step, detail = best[1], best[2]
    if step == "found":
        return "date: found, not matched (one source a side, or merged)", detail
    return "date: " + step, detail


def _date_pair(a, b, rec, grams, eligible, E) -> tuple[str, str]:
    if a.document == b.document or rec.sources.same_source(a.document, b.document):
        return "one source", ""
    shared_all = grams[id(a)] & grams[id(b)]
    shared = shared_all & eligible
    if not shared:
        return "no shared phrase", f"shared bigrams {sorted(' '.join(g) for g in shared_all)[:4]}"
    overlap = E._overlap(a.words, b.words)
    if overlap < E.CONFLICT_OVERLAP or len(a.words & b.words) < 3:
        return "not the same happening", f"overlap {overlap:.2f} shared {sorted(a.words & b.words)[:6]}"
    happenings = sorted(g for g in shared if not (E._is_name(g, a.sentence) and E._is_name(g, b.sentence))
                        and not (E._names_part(g, a.sentence) or E._names_part(g, b.sentence)))
    if not happenings:
        return "only names", str(sorted(shared)[:3])
    phrase = " ".join(happenings[0])
    da, db = E._day_near(a, phrase), E._day_near(b, phrase)
    if da == db or E._days_apart(da, db) > E.CONFLICT_MAX_DAYS:
        return "same day nearest the phrase", f"{phrase!r}: {da} {db}"
    if E._told_on(a, phrase) or E._told_on(b, phrase):
        return "told on", phrase
    if E._days_apart(da, db) <= 1 and (E._relative_day(a, phrase) or E._relative_day(b, phrase)):
        return "relative day", phrase
    return "found", phrase


def story_misses(name: str) -> list[dict]:
    from evaluation.real_stories.run import run_story
    from evaluation.real_stories.score import _items, _item_values

    g = gold(name)
    report, sources, _ = run_story(g)
    doc_of = {gid: sid for sid, gid in sources.items() if gid}
    by_offset = _item_values(report, sources)
    rec = None
    out = []
    from evaluation.real_stories.score import doc_meta, score_story

    s = score_story(g, report, sources, doc_meta(g))
    missed = {e.split()[2] for e in s.errors if e.startswith("conflict FN")}
    for c in g.get("conflicts", []):
        if c["id"] not in missed:
            continue
        row = {"story": name, "split": split().get(name), "id": c["id"], "measure": c.get("measure", ""),
               "entries": c["entries"]}
        if any(doc_of.get(d) is None for d, _ in c["entries"]):
            row["cause"], row["detail"] = "report missing", ""
            out.append(row)
            continue
        if rec is None:
            rec = Records(name, kept_store(g))
        values = [_value(v) for _, v in c["entries"]]
        # A system conflict holding figures of this one (scorer's view): shown in the detail.
        near = []
        for f in report.get("conflicts", []):
            items = _items(f, sources, by_offset)
            hits = [i for i, (doc, value, _) in enumerate(items)
                    if any(doc == d and same_value(value, _value(v)) for d, v in c["entries"])]
            if hits:
                near.append(f"{len(hits)}/{len(items)} items")
        if all(isinstance(v, str) for v in values):
            row["cause"], row["detail"] = date_cause(c, rec, doc_of)
            row["kind"] = "date"
        else:
            row["cause"], row["detail"] = numeric_cause(c, rec, doc_of, report)
            row["kind"] = "numeric"
        if near:
            row["detail"] += f" (system conflicts holding some: {', '.join(near)})"
        out.append(row)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.real_stories.conflict_misses", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="every")
    ap.add_argument("--story", action="append")
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    names = args.story or story_names("all" if args.split == "every" else args.split)
    if any(split().get(n) in SEALED_SPLITS for n in names):
        print("sealed stories are never read here", file=sys.stderr)
        return 2
    names = [n for n in names if gold(n).get("conflicts")]
    rows = []
    for n in names:
        rows += story_misses(n)
        print(f"{n}: {sum(r['story'] == n for r in rows)} missed", file=sys.stderr, flush=True)
    total = sum(len(gold(n).get("conflicts", [])) for n in names)
    print(f"gold conflicts {total}, missed {len(rows)}")
    causes = Counter(re.sub(r" \(.*", "", r["cause"]) for r in rows)
    for cause, k in causes.most_common():
        print(f"  {k:4d}  {cause}")
    if args.detail:
        for r in rows:
            print(f"\n[{r['cause']}] {r['story']} {r['id']} ({r['measure'][:70]}) {r['entries']}\n    {r['detail'][:300]}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
