"""Issue 14, seventeenth session: evidence beyond shingle overlap, measured on one half of the copies feature table.

The misses left after session 16 sit at containment 0.2-0.31, among about ten times as many non-copies (partial, quote
and event traps). Session 16's note proposed new evidence: publication order, bylines and agency credits, and
sentence-level alignment. This module computes each for every candidate pair of a half the stage's rules call, and
prints how well each ranks copies above non-copies (the area under the ROC curve, AUC: 0.5 is chance, 1.0 a perfect
separation) in the scopes a new rule could act on:

- ``rejected``: pairs the rules turn down at containment >= 0.2 (the misses against the true non-copies there); a rule
  adding copies must rank these misses above those non-copies;
- ``accepted``: pairs the rules call copies at containment under 0.6 (the false copies against the true ones);
- each of them again for pairs of two outlets only (only those change a count of independent sources).

Containment's own AUC is printed beside them: a measure that does not beat it in a scope adds nothing a threshold on
containment does not already give. Tune on half A only.

    python -m evaluation.copies_features --dump T.pkl --six --fresh5 --clean --stories   # the table (a few minutes)
    python -m evaluation.copies_evidence --load T.pkl --half A [--pairs]                 # AUCs (and each pair's values)
"""

from __future__ import annotations

import bisect
import datetime
import difflib
import json
import pickle
import re
import sys
from collections import Counter
from functools import lru_cache

import numpy as np

# Function words left out of a sentence's content words (the alignment compares what sentences say, not their glue).
STOP = frozenset(
    "the a an and or of to in on at for with by from as is was were be been are that this it its he she they his her "
    "their which who said says not but have has had will would can could than then there also after before over into "
    "about more most up out new one two".split())

# A credit to a news agency, or a credit line (a reporter's or an editor's), as a page prints it.
CREDITS = {
    "AP": re.compile(r"\(\s*AP\s*\)|Associated Press|\bAP\b"),
    "Reuters": re.compile(r"\bReuters\b"),
    "AFP": re.compile(r"\bAFP\b|Agence France"),
    "credit line": re.compile(r"contributed to this report|(?:Writing|Reporting|Editing) by|All rights reserved"),
}

_SENTENCE_END = re.compile(r'(?<=[.!?"])\s+(?=[A-Z"])')


def sentences(text: str, least: int = 4) -> list[frozenset[str]]:
    """Each sentence's content words (lowercased, function words and words of 1-2 letters left out); sentences with
    fewer than ``least`` of them (a dateline, a caption's credit) are left out."""
    out = []
    for part in _SENTENCE_END.split(text):
        words = frozenset(w for w in re.findall(r"[a-z0-9]+", part.lower()) if w not in STOP and len(w) > 2)
        if len(words) >= least:
            out.append(words)
    return out


def longest_increasing(values: list[int]) -> int:
    """Length of the longest strictly increasing subsequence of ``values``."""
    tails: list[int] = []
    for x in values:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def sentence_alignment(text_a: str, text_b: str, near: float = 0.5, head: int = 5) -> dict[str, float]:
    """Sentence-level alignment of the report with fewer sentences (the smaller) against the other: each of its
    sentences is matched to the other's sentence holding most of its content words.

    - ``matched``: share of the smaller's sentences whose best match holds at least ``near`` of their words;
    - ``in_order``: share of the smaller's sentences matched *in the same order* in the other (longest increasing chain
      of matched positions): one text edited keeps its order, two accounts of one event tell it in their own;
    - ``near_words``: mean share of a sentence's words found in its best match;
    - ``head_in_order``: ``in_order`` over the smaller's first ``head`` sentences against the other's first
      ``head`` + 3: one text edited keeps its top, two accounts open each in its own way.
    """
    a, b = sentences(text_a), sentences(text_b)
    if len(a) > len(b):
        a, b = b, a
    if not a or not b:
        return {"matched": 0.0, "in_order": 0.0, "near_words": 0.0, "head_in_order": 0.0}

    def align(small, large):
        best = []
        for s in small:
            shares = [len(s & t) / len(s) for t in large]
            j = int(np.argmax(shares))
            best.append((j, shares[j]))
        return best

    best = align(a, b)
    hits = [j for j, share in best if share >= near]
    top = align(a[:head], b[:head + 3])
    top_hits = [j for j, share in top if share >= near]
    return {"matched": len(hits) / len(a), "in_order": longest_increasing(hits) / len(a),
            "near_words": float(np.mean([share for _, share in best])),
            "head_in_order": longest_increasing(top_hits) / len(top)}


def word_lcs_cover(text_a: str, text_b: str) -> float:
    """Share of the smaller report's words (sentences of 6 words or more) that lie in the longest common word sequence
    of their sentence and its best-matching sentence in the other: survives the small substitutions of an edit ("Mr. X"
    for "X", a weekday for "yesterday") that break every 5-word shingle across them."""
    def split(text):
        return [w for w in (re.findall(r"[a-z0-9]+", p.lower()) for p in _SENTENCE_END.split(text)) if len(w) >= 6]

    a, b = split(text_a), split(text_b)
    if sum(map(len, a)) > sum(map(len, b)):
        a, b = b, a
    if not a or not b:
        return 0.0
    b_sets = [set(x) - STOP for x in b]
    total = covered = 0
    for s in a:
        content = set(s) - STOP
        j = max(range(len(b)), key=lambda k: len(content & b_sets[k]))
        matcher = difflib.SequenceMatcher(None, s, b[j], autojunk=False)
        covered += sum(block.size for block in matcher.get_matching_blocks())
        total += len(s)
    return covered / total


def _weighted_chain(items: list[tuple[int, int]]) -> int:
    """Most weight a chain of (position, weight) items can hold with strictly increasing positions, in list order."""
    best: list[int] = []
    for i, (at, weight) in enumerate(items):
        best.append(weight + max((best[j] for j in range(i) if items[j][0] < at), default=0))
    return max(best, default=0)


def band_rule_share(text_a: str, text_b: str, run: int = 8, near: float = 0.75) -> dict[str, float]:
    """The measures of evaluation/data/COPIES_BAND_RULE.md, the rule the band's labels were read by, as far as they
    can be counted: the smaller report's (S) words in runs of at least ``run`` words found in the other (L), plus the
    words of S's sentences that are plainly one of L's sentences with a figure, a time word or a name edited (word
    sequence ratio at least ``near``); ``share`` counts those taken in L's order (sentences whose best-matching sentence
    in L comes later than the previous one's), ``share_any`` in any order. ``own`` stands in for S's own reporting: its
    words in sentences neither shared nor a paraphrase of L's best-matching sentence (under half their content words
    in it). The rule reads copy at share >= 50%, and at 35-50% when own reporting is under about a quarter of S."""
    def split(text):
        return [w for w in (re.findall(r"[a-z0-9]+", p.lower()) for p in _SENTENCE_END.split(text)) if w]

    s_sents, l_sents = split(text_a), split(text_b)
    if sum(map(len, s_sents)) > sum(map(len, l_sents)):
        s_sents, l_sents = l_sents, s_sents
    total = sum(map(len, s_sents))
    if not total or not l_sents:
        return {"share": 0.0, "share_any": 0.0, "own": 1.0}
    l_words = [w for x in l_sents for w in x]
    l_runs = {tuple(l_words[i:i + run]) for i in range(len(l_words) - run + 1)}
    s_words = [w for x in s_sents for w in x]
    in_run = np.zeros(len(s_words), dtype=bool)
    for i in range(len(s_words) - run + 1):
        if tuple(s_words[i:i + run]) in l_runs:
            in_run[i:i + run] = True
    l_content = [set(x) - STOP for x in l_sents]
    items: list[tuple[int, int]] = []
    own = at = 0
    for sentence in s_sents:
        n = len(sentence)
        shared = int(in_run[at:at + n].sum())
        at += n
        content = set(sentence) - STOP
        j = max(range(len(l_sents)), key=lambda k: len(content & l_content[k]))
        if n >= 6 and shared < 0.8 * n and \
                difflib.SequenceMatcher(None, sentence, l_sents[j], autojunk=False).ratio() >= near:
            shared = n
        if shared:
            items.append((j, shared))
        if shared < 0.5 * n and len(content & l_content[j]) < 0.5 * max(len(content), 1):
            own += n
    return {"share": _weighted_chain(items) / total, "share_any": sum(w for _, w in items) / total, "own": own / total}


def content_ngram_containment(text_a: str, text_b: str, n: int = 3) -> float:
    """Containment (of the smaller's) of n-grams of content words: function words dropped before the n-grams are
    formed, so that an edit's changed glue words do not break them."""
    def grams(text):
        words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP and len(w) > 2]
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

    a, b = grams(text_a), grams(text_b)
    if len(a) > len(b):
        a, b = b, a
    return len(a & b) / len(a) if a else 0.0


def credits(text: str) -> frozenset[str]:
    """The agencies (and credit lines) a report's text credits."""
    return frozenset(name for name, pattern in CREDITS.items() if pattern.search(text))


@lru_cache(maxsize=1)
def _timeline17_days() -> dict[str, str]:
    from evaluation.common import SHARED_DATA

    out = {}
    for folder in (SHARED_DATA / "timeline17_tlsrl").iterdir():
        if (folder / "articles.json").is_file():
            for a in json.loads((folder / "articles.json").read_text(encoding="utf-8")):
                out[f"t17:{folder.name}:{a['uid']}"] = a["dct"]
    return out


def publication_day(key: str) -> datetime.date | None:
    """A labelled report's publication day where its set gives one (Timeline17's document dates, PolNeAR's
    metadata); None for ECB+, Multi-News and NewsWCL50."""
    from evaluation.copies_sets import report

    day = _timeline17_days().get(key) if key.startswith("t17:") else None
    if key.startswith("pn:"):
        day = report(key).group  # PolNeAR: ``group`` is the publication date
    try:
        return datetime.date.fromisoformat(day) if day else None
    except ValueError:
        return None


def story_members(key_a: str, key_b: str) -> list[str]:
    """The reports of the pair's story: an ECB+ topic, a Multi-News cluster, else the two reports' outlet corpora
    (``copies_gold._outlet_corpus``: a sealed Timeline17 folder gives only the reports already labelled)."""
    from evaluation.copies_gold import _outlet_corpus
    from evaluation.copies_sets import report, reports

    prefix = key_a.split(":", 1)[0]
    if prefix in ("ecb", "mn"):
        group = report(key_a).group
        return sorted(k for k, r in reports(prefix).items() if r.group == group)
    return sorted(set(_outlet_corpus(key_a)[1]) | set(_outlet_corpus(key_b)[1]))


_SHINGLES: dict[str, np.ndarray] = {}


def story_exclusive(row: dict) -> float:
    """Share of the smaller report's shingles (template removed) that it shares with the other report *and with no
    other report of the story*: a text two outlets took from one source against facts, quotes and background every
    account of the event carries."""
    from crosscheck import copies
    from evaluation.copies_sets import report

    a, b = row["sets"]
    common = np.intersect1d(a, b, assume_unique=True)
    if not len(common):
        return 0.0
    held = np.zeros(len(common), dtype=bool)
    for k in story_members(row["a"], row["b"]):
        if k in (row["a"], row["b"]):
            continue
        if k not in _SHINGLES:
            _SHINGLES[k] = copies.shingles(report(k).text)
        held |= np.isin(common, _SHINGLES[k], assume_unique=True)
    return float((~held).sum() / min(len(a), len(b)))


def evidence(row: dict) -> dict[str, float]:
    """Every measure of one pair of the feature table (``copies_features.features``)."""
    from evaluation.copies_features import pair_measures
    from evaluation.copies_sets import report

    text_a, text_b = report(row["a"]).text, report(row["b"]).text
    m = pair_measures(row)
    out = {"containment": m["containment"], "cover": m["cover"], "runs": float(m["runs"])}
    out.update({f"sentences {k}": v for k, v in sentence_alignment(text_a, text_b).items()})
    out["word LCS cover"] = word_lcs_cover(text_a, text_b)
    rule = band_rule_share(text_a, text_b)
    out["band-rule share"], out["band-rule share, any order"] = rule["share"], rule["share_any"]
    out["own reporting (negated)"] = -rule["own"]
    out["content 3-grams"] = content_ngram_containment(text_a, text_b)
    out["story-exclusive shared"] = story_exclusive(row)
    shared = credits(text_a) & credits(text_b)
    out["shared credit"] = float(bool(shared))
    days = publication_day(row["a"]), publication_day(row["b"])
    out["days apart (negated)"] = -abs((days[0] - days[1]).days) if None not in days else float("nan")
    return out


def auc(positives: list[float], negatives: list[float]) -> float:
    """Area under the ROC curve: the chance that a copy's value exceeds a non-copy's (ties count half); NaN values
    (a measure a set does not give) are left out."""
    pos = np.array([x for x in positives if x == x], dtype=float)
    neg = np.array([x for x in negatives if x == x], dtype=float)
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).mean()
    ties = (pos[:, None] == neg[None, :]).mean()
    return float(greater + 0.5 * ties)


SCOPES = {
    "rejected, containment >= 0.2": lambda p, m, two: not p and m["containment"] >= 0.2,
    "rejected, containment >= 0.2, two outlets": lambda p, m, two: not p and m["containment"] >= 0.2 and two,
    "accepted, containment < 0.6": lambda p, m, two: p and m["containment"] < 0.6,
    "accepted, containment < 0.6, two outlets": lambda p, m, two: p and m["containment"] < 0.6 and two,
}


def table(rows: list[dict], settings=None, show_pairs: bool = False) -> dict[str, dict[str, float]]:
    """Each scope's AUC of each measure on ``rows`` (one half of the feature table, candidates only)."""
    from crosscheck.copies import CopySettings
    from evaluation.copies_features import decide_rows
    from evaluation.copies_sets import report

    predicted = decide_rows(rows, settings or CopySettings())
    values: list[tuple[dict, bool, bool, dict]] = []
    for r, p in zip(rows, predicted):
        if not r["candidate"]:
            continue
        e = evidence(r)
        if not any(keep(p, e, False) or keep(p, e, True) for keep in SCOPES.values()):
            continue
        two = report(r["a"]).outlet != report(r["b"]).outlet
        values.append((r, bool(p), two, e))
        if show_pairs:
            print(f"{r['label'][:4]} {r['kind']:8} called={int(p)} two={int(two)} "
                  + " ".join(f"{k.split()[-1] if k.startswith('sentences') else k.replace(' ', '_')}={v:.2f}"
                             for k, v in e.items()) + f"  {r['a']} {r['b']}")
    out = {}
    for scope, keep in SCOPES.items():
        chosen = [(r, e) for r, p, two, e in values if keep(p, e, two)]
        counts = Counter(r["label"] == "copy" for r, _ in chosen)
        out[scope] = {"copies": counts[True], "non-copies": counts[False]}
        for name in (chosen[0][1] if chosen else {}):
            out[scope][name] = auc([e[name] for r, e in chosen if r["label"] == "copy"],
                                   [e[name] for r, e in chosen if r["label"] != "copy"])
    return out


def main(argv: list[str]) -> None:
    from evaluation.copies_sets import use_cleaned_texts

    use_cleaned_texts()  # the table is dumped with --clean: measure the same texts
    with open(argv[argv.index("--load") + 1], "rb") as handle:
        halves = pickle.load(handle)
    half = argv[argv.index("--half") + 1] if "--half" in argv else "A"
    result = table(halves[half], show_pairs="--pairs" in argv)
    for scope, row in result.items():
        print(f"{half} {scope}: {row.pop('copies')} copies, {row.pop('non-copies')} non-copies")
        print("  " + "  ".join(f"{k} {v:.2f}" for k, v in row.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
