"""Reports of five public sets, by a stable key, for the copy-detection gold (copies_gold2.tsv).

Keys (no text is ever stored in the repo; these rebuild it from ../shared/data):
- ``t17:<folder>:<uid>``   Timeline17 (tokenised text, detokenised here); outlet from the folder name
- ``pn:<file stem>``        PolNeAR (publisher and wire from metadata.tsv)
- ``mn:<line>:<k>``         Multi-News (LongBench), passage k of cluster line
- ``ecb:<topic>:<file>``    ECB+ (tokens of the XML joined)
- ``wcl:<doc_id>``          NewsWCL50 (tokens of conll.csv joined); outlet is the doc's letter code
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from evaluation.common import SHARED_DATA


@dataclass
class Report:
    key: str
    text: str
    outlet: str
    group: str  # the set's own grouping: topic, cluster, event, day


def detokenize(text: str) -> str:
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("`` ", '"').replace(" ''", '"')
    return re.sub(r" ([.,;:!?%'])", r"\1", text)


def _join(tokens: list[str]) -> str:
    return detokenize(" ".join(tokens))


def timeline17() -> list[Report]:
    root = SHARED_DATA / "timeline17_tlsrl"
    out = []
    for folder in sorted(p for p in root.iterdir() if (p / "articles.json").is_file()):
        topic, outlet = folder.name.rsplit("_", 1)
        for a in json.loads((folder / "articles.json").read_text(encoding="utf-8")):
            out.append(Report(f"t17:{folder.name}:{a['uid']}", detokenize(a["text"]), outlet, topic))
    return out


def polnear() -> list[Report]:
    root = SHARED_DATA / "polnear"
    meta = {}
    with open(root / "metadata.tsv", encoding="utf-8") as handle:
        for r in csv.DictReader(handle, delimiter="\t"):
            meta[r["filename"]] = r
    out = []
    for path in sorted(root.glob("*/text/*.txt")):
        m = meta.get(path.stem, {})
        out.append(Report(f"pn:{path.stem}", path.read_text(encoding="utf-8"), m.get("publisher", "?"),
                          m.get("publication_date", "?")))
    return out


def multinews() -> list[Report]:
    out = []
    with open(SHARED_DATA / "multinews_longbench" / "multi_news.jsonl", encoding="utf-8") as handle:
        for line_no, line in enumerate(handle):
            context = json.loads(line)["context"]
            parts = re.split(r"Passage \d+:\n", context)[1:]
            for k, part in enumerate(parts):
                text = part.replace("NEWLINE_CHAR", "\n").strip()
                out.append(Report(f"mn:{line_no}:{k}", text, f"mn{line_no}.{k}", f"mn{line_no}"))
    return out


def ecb_plus() -> list[Report]:
    root = SHARED_DATA / "ecb_plus" / "ECB+"
    out = []
    for path in sorted(root.glob("*/*.xml")):
        tokens = re.findall(r"<token[^>]*>([^<]*)</token>", path.read_text(encoding="utf-8"))
        import html

        out.append(Report(f"ecb:{path.parent.name}:{path.stem}", _join([html.unescape(t) for t in tokens]),
                          f"ecb:{path.stem}", f"ecb{path.parent.name}"))
    return out


def newswcl50() -> list[Report]:
    docs: dict[str, list[str]] = {}
    with open(SHARED_DATA / "newswcl50" / "output_data" / "conll.csv", encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            docs.setdefault(r["doc_id"], []).append(r["token"])
    return [Report(f"wcl:{d}", _join(tokens), d.split("_")[1], d.split("_")[0]) for d, tokens in docs.items()]


SETS = {"t17": timeline17, "pn": polnear, "mn": multinews, "ecb": ecb_plus, "wcl": newswcl50}


@lru_cache(maxsize=None)
def reports(prefix: str) -> dict[str, Report]:
    return {r.key: r for r in SETS[prefix]()}


_CLEANED = False


def use_cleaned_texts(on: bool = True) -> None:
    """Read every report as the product does, after ``clean`` (``clean_without_sentences``): the copy stage sees the
    cleaned text, so page furniture the cleaning drops (Twitter's location notice on Multi-News pages, issue 14 tenth
    session part 2) shows in the copies figures only this way. Off by default: the labelled figures are on raw texts."""
    global _CLEANED
    _CLEANED = on


@lru_cache(maxsize=None)
def _cleaned(key: str) -> Report:
    from crosscheck.clean import clean_without_sentences
    from crosscheck.records import RawDocument

    r = reports(key.split(":", 1)[0])[key]
    doc = clean_without_sentences(RawDocument(source=key, text=r.text, content_hash=key, format="txt"))
    return Report(r.key, doc.text, r.outlet, r.group)


def report(key: str) -> Report:
    return _cleaned(key) if _CLEANED else reports(key.split(":", 1)[0])[key]


def available() -> bool:
    return (SHARED_DATA / "timeline17_tlsrl").is_dir()
