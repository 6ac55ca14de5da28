"""A second sealed held-out set for copy detection (issue 14, round 3): draw tool and reading view.

Only plain text tools are used here (word 5-grams, shared word runs and where they sit); the copies stage of
crosscheck is never imported or run. Pairs are drawn per kind from pools defined by the shape of their
overlap, then labelled by reading (evaluation/data/COPIES_FRESH2.md says how).

    python -m evaluation.copies_fresh2 --draw > /tmp/draw.tsv   # candidate pairs (ids and features only)
    python -m evaluation.copies_fresh2 --show a b                # reading view of one pair
    python -m evaluation.copies_fresh2 --runs a b                # shared runs of >= 15 words, char offsets in a
    python -m evaluation.copies_fresh2 --targeted > /tmp/more.tsv  # the targeted draws for scarce kinds (d2-d5)

The targeted draws each skipped the pairs already labelled when they were made, so rerunning them now (skipping
the whole file) gives other pairs of the same shapes, not the same ones.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).with_name("data")
FRESH2 = DATA / "copies_fresh2.tsv"
PASSAGES2 = DATA / "passages_fresh2.tsv"
_WORD = re.compile(r"\w+(?:[.,]\d+)*")


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))


def earlier_pairs() -> set[frozenset]:
    """Every pair of the earlier copy sets (copies_gold.tsv, copies_gold2.tsv, copies_fresh.tsv, passages)."""
    out = set()
    for r in _rows(DATA / "copies_gold.tsv"):
        out.add(frozenset((f"t17:{r['folder_a']}:{r['uid_a']}", f"t17:{r['folder_b']}:{r['uid_b']}")))
    for name in ("copies_gold2.tsv", "copies_fresh.tsv", "passages_gold.tsv", "passages_fresh.tsv"):
        out |= {frozenset((r["a"], r["b"])) for r in _rows(DATA / name)}
    return out


def words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def gram_positions(text: str, n: int = 5) -> dict[tuple, int]:
    w = [x[0] for x in words(text)]
    out: dict[tuple, int] = {}
    for i in range(len(w) - n + 1):
        out.setdefault(tuple(w[i:i + n]), i)
    return out


def features(ta: str, tb: str) -> dict:
    """Shape of the overlap: containment of the smaller, sizes, where the shared grams start and end in each."""
    ga, gb = gram_positions(ta), gram_positions(tb)
    shared = ga.keys() & gb.keys()
    na, nb = max(len(ga), 1), max(len(gb), 1)
    if not shared:
        return {"shared": 0}
    pa = sorted(ga[g] for g in shared)
    pb = sorted(gb[g] for g in shared)
    return {"shared": len(shared), "na": na, "nb": nb, "cont": len(shared) / min(na, nb),
            "a_first": pa[0] / na, "b_first": pb[0] / nb, "a_last": pa[-1] / na, "b_last": pb[-1] / nb,
            "cov_a": len(shared) / na, "cov_b": len(shared) / nb}


def all_candidates():
    """(a, b, source) of pairs inside one grouping sharing >= 5 word 5-grams (copies_fresh's plain rule)."""
    from evaluation.copies_fresh import candidate_pairs

    for prefix in ("t17", "ecb", "mn", "pn", "wcl"):
        for a, b, c, n, small, src in candidate_pairs(prefix):
            yield a, b, src


def pool_of(src: str, f: dict, same_outlet: bool) -> str:
    """A guess at the kind from the overlap's shape, only to balance the draw (the label comes from reading)."""
    if f["shared"] < 5:
        return "event"
    small_is_a = f["na"] <= f["nb"]
    s_first, l_first = (f["a_first"], f["b_first"]) if small_is_a else (f["b_first"], f["a_first"])
    ratio = min(f["na"], f["nb"]) / max(f["na"], f["nb"])
    c = f["cont"]
    if c >= 0.5 and ratio <= 0.6 and s_first <= 0.05 and l_first <= 0.05:
        return "lede"
    if c >= 0.5 and ratio <= 0.7 and l_first > 0.08:
        return "embedded"
    if 0.15 <= c < 0.8 and min(f["na"], f["nb"]) <= 300 and l_first <= 0.05:
        return "parabp"
    if not same_outlet and c >= 0.2:
        return "wireedit"
    if same_outlet and c >= 0.2 and ratio > 0.5:
        return "update"
    if same_outlet and c >= 0.2:
        return "template"
    if c < 0.2:
        return "partial" if not same_outlet else "lowsame"
    return "other"


QUOTA = {"lede": 26, "embedded": 26, "parabp": 26, "wireedit": 30, "update": 24, "template": 16, "partial": 26,
         "lowsame": 14, "other": 8, "event": 16}


def _same_outlet(a: str, b: str) -> bool:
    from evaluation.copies_sets import report

    if a.startswith("t17:"):
        return a.split(":")[1] == b.split(":")[1]
    if a.startswith("pn:"):
        return report(a).outlet == report(b).outlet
    return False  # ECB+, Multi-News, NewsWCL50: different documents, outlet unknown or different


def draw(seed: int = 20261130_2) -> list[tuple]:
    """Per pool, pairs drawn at random (sources mixed), none of the earlier sets'."""
    from evaluation.copies_sets import report, reports

    rng = random.Random(seed)
    skip = earlier_pairs()
    pools: dict[str, list] = {}
    for a, b, src in all_candidates():
        if frozenset((a, b)) in skip:
            continue
        f = features(report(a).text, report(b).text)
        pools.setdefault(pool_of(src, f, _same_outlet(a, b)), []).append((a, b, src, f))
    # same event, little or no shared text: random pairs of one grouping (Timeline17 topic across outlets, ECB+
    # topic, Multi-News cluster, NewsWCL50 event)
    event = []
    for prefix in ("t17", "ecb", "mn", "wcl"):
        by: dict[str, list[str]] = {}
        for k, r in reports(prefix).items():
            g = k.split(":")[1].rsplit("_", 1)[0] if prefix == "t17" else r.group
            by.setdefault(g, []).append(k)
        for g, keys in sorted(by.items()):
            for _ in range(3 if len(keys) >= 2 else 0):
                a, b = sorted(rng.sample(keys, 2))
                if frozenset((a, b)) in skip or _same_outlet(a, b):
                    continue
                f = features(report(a).text, report(b).text)
                if f["shared"] < 5:
                    src = prefix if prefix != "t17" else "t17-across"
                    event.append((a, b, src, f))
    pools["event"] = event
    for pool in sorted(pools):
        print(pool, len(pools[pool]), file=sys.stderr)
    out = []
    for pool in sorted(pools):
        rows = sorted(pools[pool], key=lambda r: (r[0], r[1]))
        rng.shuffle(rows)
        # sources mixed: round robin over sources so one set does not fill the pool
        by_src: dict[str, list] = {}
        for r in rows:
            by_src.setdefault(r[2], []).append(r)
        picked = []
        while len(picked) < QUOTA.get(pool, 0) and any(by_src.values()):
            for src in sorted(by_src):
                if by_src[src] and len(picked) < QUOTA.get(pool, 0):
                    picked.append(by_src[src].pop())
        for a, b, src, f in picked:
            out.append((a, b, src, pool, round(f.get("cont", 0.0), 3), f.get("shared", 0)))
    return out


def _shapes(skip: set[frozenset]) -> list[dict]:
    """Shape of every candidate pair with >= 8 shared 5-grams and containment >= 0.2: sizes in words of the smaller
    (S) and larger (L) report, the share of S in shared runs of >= 8 words, where the longest run and the first
    run start in each (words)."""
    from evaluation.copies_sets import report

    out = []
    for a, b, src in all_candidates():
        if frozenset((a, b)) in skip or "bpoil_bbc:842" in a + b:
            continue
        ta, tb = report(a).text, report(b).text
        f = features(ta, tb)
        if f["shared"] < 8 or f["cont"] < 0.2:
            continue
        rs = runs(ta, tb)
        if not rs:
            continue
        na, nb = len(words(ta)), len(words(tb))
        s_at, l_at = (0, 1) if na <= nb else (1, 0)
        lens = [r[2] for r in rs]
        big = max(range(len(rs)), key=lambda i: lens[i])
        ns = min(na, nb)
        out.append(dict(a=a, b=b, src=src, cont=f["cont"], ns=ns, nl=max(na, nb), cov_s=min(1.0, sum(lens) / max(ns, 1)),
                        big=lens[big], big_s=rs[big][s_at], big_l=rs[big][l_at],
                        first_s=min(r[s_at] for r in rs), first_l=min(r[l_at] for r in rs)))
    return out


def targeted(skip: set[frozenset] | None = None) -> list[tuple]:
    """The draws aimed at the scarce copy kinds (d2: seed 14, d3: seed 15), by the shape of the shared runs:
    lede (the shorter's runs open both), embedded (the runs start after the longer's first 10-20%), parabp (a
    short page with other text around the longer one's lede), reprint (near-equal sizes, nearly all shared)."""
    import collections

    skip = (skip or set()) | earlier_pairs()
    rows = _shapes(skip)
    pools = {
        "lede": [r for r in rows if r["cov_s"] >= 0.6 and r["first_s"] <= 40 and r["first_l"] <= 60
                 and r["ns"] / r["nl"] <= 0.6],
        "embedded": [r for r in rows if r["cov_s"] >= 0.45 and r["big_l"] >= 0.15 * r["nl"] and r["ns"] / r["nl"] <= 0.7],
        "parabp": [r for r in rows if r["ns"] <= 300 and 0.2 <= r["cov_s"] <= 0.92 and r["first_l"] <= 60
                   and r["ns"] * (1 - r["cov_s"]) >= 15],
        "reprint": [r for r in rows if r["cov_s"] >= 0.85 and r["ns"] / r["nl"] > 0.8],
    }
    quota = {"parabp": 30, "embedded": 18, "lede": 12, "reprint": 8}
    rng = random.Random(14)
    out, taken = [], set()
    for kind in ("parabp", "embedded", "lede", "reprint"):
        pool = sorted(pools[kind], key=lambda r: (r["a"], r["b"]))
        rng.shuffle(pool)
        seen: collections.Counter = collections.Counter()
        for r in pool:
            key = frozenset((r["a"], r["b"]))
            if key in taken or seen[r["a"]] >= 2 or seen[r["b"]] >= 2:
                continue
            taken.add(key)
            seen.update((r["a"], r["b"]))
            out.append((r["a"], r["b"], r["src"], kind, round(r["cont"], 3), r["ns"], r["nl"], round(r["cov_s"], 2)))
            if sum(o[3] == kind for o in out) >= quota[kind]:
                break
    return out


def video_pages(skip: set[frozenset] | None = None, seed: int = 17) -> list[tuple]:
    """d5: short Timeline17 pages with a page line ("Last updated at", "Help", "Continue reading"), each with the
    longer report of its folder that shares the most 5-grams inside its first 120 words (first paragraph +
    boilerplate)."""
    import collections

    from evaluation.copies_sets import reports

    skip = (skip or set()) | earlier_pairs()
    reps = reports("t17")
    folders = collections.defaultdict(list)
    for k in reps:
        folders[k.split(":")[1]].append(k)
    grams = {}

    def g(k):
        if k not in grams:
            grams[k] = gram_positions(reps[k].text)
        return grams[k]

    out = []
    for keys in folders.values():
        for s in keys:
            w = reps[s].text.split()
            if len(w) > 160 or not re.search(r"Last updated at|Continue reading|Help\b", " ".join(w[:14] + w[-6:])):
                continue
            best = None
            for lk in keys:
                if lk == s or len(reps[lk].text.split()) <= len(w):
                    continue
                shared = g(s).keys() & g(lk).keys()
                lead = sum(1 for x in shared if g(lk)[x] < 120)
                if len(shared) >= 8 and lead >= 8 and (best is None or lead > best[0]):
                    best = (lead, lk, len(shared) / max(len(g(s)), 1))
            if best and frozenset((s, best[1])) not in skip:
                a, b = sorted((s, best[1]))
                out.append((a, b, "t17-within", "parabp-video", round(best[2], 3), best[0]))
    random.Random(seed).shuffle(out)
    return out


def runs(ta: str, tb: str, min_words: int = 8) -> list[tuple[int, int, int, int, int]]:
    """Maximal shared word runs of >= min_words (copies_fresh.runs), with their characters in a: (word in a,
    word in b, length, char start in a, char end in a)."""
    from evaluation.copies_fresh import runs as word_runs

    wa = words(ta)
    return [(i, j, k, wa[i][1], wa[i + k - 1][2]) for i, j, k, _ in word_runs(ta, tb, min_words)]


def show(a: str, b: str, head: int = 70, tail: int = 25) -> str:
    from evaluation.copies_sets import report

    ra, rb = report(a), report(b)
    ta, tb = ra.text, rb.text
    f = features(ta, tb)
    na, nb = len(_WORD.findall(ta)), len(_WORD.findall(tb))
    lines = [f"== {a} [{ra.outlet}] {na}w || {b} [{rb.outlet}] {nb}w shared5={f['shared']} "
             + (f"cont={f['cont']:.2f} a_first={f['a_first']:.2f} b_first={f['b_first']:.2f}" if f["shared"] else "")]

    def ends(t: str) -> str:
        w = t.split()
        return " ".join(w[:head]) + ("  ...  " + " ".join(w[-tail:]) if len(w) > head + tail else " " + " ".join(w[head:]))

    lines.append("A: " + ends(ta))
    lines.append("B: " + ends(tb))
    found = runs(ta, tb)
    wa = ta.split()
    for i, j, k, s, e in found[:12]:
        lines.append(f"  run a@{i} b@{j} {k}w [{s}:{e}]: {ta[s:e][:150]}")
    if len(found) > 12:
        lines.append(f"  ... {len(found) - 12} more runs, {sum(r[2] for r in found[12:])} words")
    return "\n".join(lines)


if __name__ == "__main__":
    if "--draw" in sys.argv:
        for row in draw():
            print("\t".join(map(str, row)))
    elif "--show" in sys.argv:
        k = sys.argv.index("--show")
        for i in range(k + 1, len(sys.argv) - 1, 2):
            print(show(sys.argv[i], sys.argv[i + 1]))
    elif "--targeted" in sys.argv:
        done = {frozenset((r["a"], r["b"])) for r in _rows(FRESH2)} if FRESH2.is_file() else set()
        for row in targeted(done) + video_pages(done):
            print("\t".join(map(str, row)))
    elif "--runs" in sys.argv:
        from evaluation.copies_sets import report

        k = sys.argv.index("--runs")
        a, b = sys.argv[k + 1], sys.argv[k + 2]
        ta = report(a).text
        for i, j, n, s, e in runs(ta, report(b).text, 15):
            print(f"{s}\t{e}\t{n}w\t{ta[max(0, s - 80):s]}[[{ta[s:e]}]]{ta[e:e + 80]}")
