"""Real reports from ``../shared/data`` for the speed benchmarks (issue 18), built at run time.

Nothing here is copied into the repository: the texts are read from the shared data sets by path
each time and written to a temporary JSON lines file.

- ``mix``: natural text from several outlets and sets: Timeline17 articles (16 outlet folders),
  Multi-News passages, ECB+ documents and NewsWCL50 articles, interleaved.
- ``syndicated``: one Timeline17 topic (the BP oil spill) across its five outlets, where 30% of the
  reports are copies of earlier ones (half exact reprints under another outlet, half edited: a
  sentence dropped, the lead rewritten) and 30% of the originals carry a shared wire passage (three
  sentences of an earlier Reuters report, as syndicated paragraphs do).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.common import SHARED_DATA  # noqa: E402

T17 = SHARED_DATA / "timeline17_tlsrl"


# The pools this session's sealed sets were drawn from (HELPERS.md, fifth session): no benchmark runs
# crosscheck on them. Timeline17: folder -> first sealed day (None: the whole folder); the copies
# labeller's pools (H1N1 June 2009, bpoil Aug-Oct 2010, ECB 25-31, 39, 40, 42-45) are left out as well.
_SEALED_T17 = {"MJ_bbc": None, "IraqWar_guardian": None, "bpoil": "2010-08-01", "LibyaWar": "2011-09-01",
               "SyrianCrisis": "2011-09-01", "EgyptianProtest": "2011-02-01"}
_SEALED_ECB = {5, 6, 7, 13, 14, 15, 16, 17, 18, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 39, 40, 42, 43, 44, 45}
_SEALED_MULTINEWS = range(100, 200)


def _sealed_t17(folder: str, day: str) -> bool:
    if folder in _SEALED_T17:
        return True
    since = _SEALED_T17.get(folder.split("_", 1)[0])
    if folder.startswith("H1N1") and day.startswith("2009-06"):
        return True
    return since is not None and day >= since


def _sealed_ecb(doc_id: str) -> bool:
    """``ecb/<topic>/<t>_<n>ecb`` (an original ECB document) of a sealed topic; ``ecbplus`` ones stay."""
    parts = doc_id.split("/")
    m = re.fullmatch(r"(\d+)_\d+ecb(\.xml)?", parts[-1]) if len(parts) >= 3 and parts[0] == "ecb" else None
    return bool(m) and int(m.group(1)) in _SEALED_ECB


def _t17(folder: Path) -> list[dict]:
    from evaluation.timeline17 import detokenise

    path = folder / "articles.json"
    if not path.is_file() or path.stat().st_size < 10:
        return []
    outlet = folder.name.split("_", 1)[1]
    return [{"id": f"{folder.name}/{r['uid']}", "outlet": outlet, "published": r["dct"][:10],
             "text": detokenise(r["text"])} for r in json.loads(path.read_text(encoding="utf-8"))
            if r.get("text") and not _sealed_t17(folder.name, r["dct"][:10])]


def _multinews() -> list[dict]:
    from evaluation.multinews import load, passages

    return [{"id": f"multinews/{n}#{i}", "text": text} for n, row in enumerate(load()) if n not in _SEALED_MULTINEWS
            for i, text in enumerate(passages(row["context"])) if len(text.split()) >= 40]


def _coref_docs() -> list[dict]:
    from evaluation.coref import detokenise, load_ecb, load_newswcl

    out = []
    for topic in load_ecb(list(range(1, 46))) + load_newswcl():
        for doc in topic.docs:
            text, _ = detokenise(doc.tokens, doc.sentences)
            doc_id = f"{topic.dataset}/{topic.name}/{doc.name}"
            if not _sealed_ecb(doc_id):
                out.append({"id": doc_id, "text": text})
    return out


def _interleave(lists: list[list[dict]], n: int) -> list[dict]:
    out: list[dict] = []
    i = 0
    while len(out) < n and any(i < len(x) for x in lists):
        out.extend(x[i] for x in lists if i < len(x))
        i += 1
    return out[:n]


def mix(n: int = 1000) -> list[dict]:
    """``n`` real reports of mixed outlets: a quarter each from Timeline17, Multi-News, ECB+ and
    NewsWCL50 (which has 50; the rest of its share from Timeline17), interleaved."""
    t17 = _interleave([_t17(f) for f in sorted(T17.iterdir()) if f.is_dir()], n)
    coref = _coref_docs()
    ecb = [r for r in coref if r["id"].startswith("ecb/")][: n // 4]
    wcl = [r for r in coref if r["id"].startswith("newswcl/")][: n // 4]
    news = _multinews()[: n // 4]
    rest = n - len(ecb) - len(wcl) - len(news)
    return _interleave([t17[:rest], news, ecb, wcl], n)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", text) if s]


def syndicated(n: int = 1000, seed: int = 18) -> list[dict]:
    """``n`` reports on one Timeline17 topic across its outlets, 30% copies, 30% with a wire passage."""
    rng = random.Random(seed)
    originals = _interleave([_t17(f) for f in sorted(T17.glob("bpoil_*"))], n)
    n_copies = round(n * 0.3)
    base = originals[: n - n_copies]
    wire = [r for r in base if r["outlet"] == "reuters"]
    outlets = sorted({r["outlet"] for r in base})
    out = []
    for r in base:
        r = dict(r)
        if wire and rng.random() < 0.3:
            source = rng.choice(wire)
            if source["id"] != r["id"]:
                passage = _sentences(source["text"])[1:4]
                parts = _sentences(r["text"])
                at = min(len(parts), rng.randrange(1, 5))
                r["text"] = " ".join(parts[:at] + passage + parts[at:])
        out.append(r)
    for k in range(n_copies):
        src = rng.choice(out[: max(1, len(out))])
        copy = dict(src, id=f"copy{k}/{src['id']}", outlet=rng.choice([o for o in outlets if o != src["outlet"]]))
        if k % 2:  # edited: the lead rewritten, one sentence dropped
            parts = _sentences(src["text"])
            if len(parts) > 3:
                del parts[rng.randrange(2, len(parts))]
            parts[0] = "In a report on " + src["published"] + ", " + parts[0][:1].lower() + parts[0][1:]
            copy["text"] = " ".join(parts)
        out.insert(rng.randrange(out.index(src) + 1, len(out) + 1), copy)
    return out[:n]


def write(reports: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for r in reports:
            f.write(json.dumps(r) + "\n")
    return path
