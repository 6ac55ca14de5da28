"""Quotations and speakers on PolNeAR (political news attribution relations).

    python -m evaluation.polnear --split test          # the figure to report
    python -m evaluation.polnear --split dev --limit 30

Gold: every attribution relation of one annotator per article (the first .ann
in name order), brat standoff with Source / Cue / Content spans. A *direct*
gold quote is an attribution whose Content holds a quotation mark, so mixed
quotes ("he called it “a disaster”") count as direct too; indirect speech and
beliefs are scored separately as *reported*.

Measures, each as precision / recall / F1 (x100):

- quote overlap: a predicted quote matches a gold Content it shares a
  character with (one-to-one, largest overlap first);
- quote exact: the matched texts are equal once quote marks, punctuation,
  case and spacing are dropped (discontinuous gold spans are joined);
- speaker overlap / exact: a predicted quote counts only if it matches a gold
  quote AND its speaker span as written overlaps (or equals) the gold Source.
  Precision is over predicted quotes with a speaker, recall over gold quotes
  with a Source: end to end, a missed quote is a missed speaker.
- speaker accuracy on matched quotes: the speaker part alone.

``--errors`` counts the direct-quote speaker errors by kind (see
:func:`speaker_error`), so that a change can say which kind it fixed; the
same counts for reported speech follow (diagnostics only: no score uses them).

Published figures for scale (not the same corpus): BBC Citron on PARC 3.0,
content span exact F1 59.3, source span exact F1 82.0, quote overlap F1 83.2.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "polnear"
PEERS = {"quote overlap F1": 83.2, "content exact F1": 59.3, "speaker exact F1": 82.0}
QUOTE_MARKS = "\"“”"
# The New York Times' archive text (PolNeAR's nyt_* articles) writes every quote mark as two apostrophes:
# "''These are two different countries,'' said ...". A Content holding them is a quotation as one with "...".
TWO_APOSTROPHES = "''"


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    content_text: str
    source_text: str | None
    direct: bool
    cue: tuple[int, int] | None = None  # the Cue span (first to last piece)


@dataclass
class Article:
    name: str
    text: str
    gold: list[GoldAttribution]


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for piece in field.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            try:
                spans[parts[0]] = (kind, _spans(where))
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold = []
    for rel in relations:
        trigger = next(iter(rel))
        if trigger not in ("Attribution", "Attribution-no-source") or "Content" not in rel:
            continue
        if rel["Content"] not in spans:
            continue
        content = spans[rel["Content"]][1]
        source = None
        if "Source" in rel and rel["Source"] in spans:
            s = spans[rel["Source"]][1]
            source = (s[0][0], s[-1][1])
        content_text = " ".join(text[a:b] for a, b in content)
        cue = None
        if "Cue" in rel and rel["Cue"] in spans:
            c = spans[rel["Cue"]][1]
            cue = (c[0][0], c[-1][1])
        gold.append(GoldAttribution(content, source, content_text, text[source[0]:source[1]] if source else None,
                                    any(c in content_text for c in QUOTE_MARKS) or TWO_APOSTROPHES in content_text, cue))
    return gold


def load(split: str, limit: int | None = None) -> list[Article]:
    base = DATA / split
    articles = []
    for text_path in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(Article(text_path.stem, text, read_ann(anns[0], text)))
        if limit and len(articles) >= limit:
            break
    return articles


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(x2, y2) - max(x1, y1)) for x1, x2 in a for y1, y2 in b)


def _prf(hit_pred: int, n_pred: int, hit_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = hit_pred / n_pred if n_pred else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)


PRONOUNS = {"he", "she", "i", "we", "they", "you", "it", "who", "him", "her", "them", "us", "me"}
SPEECH_WORDS = {"said", "says", "say", "told", "tells", "added", "wrote", "asked", "according"}


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def speaker_error(p, g: GoldAttribution, text: str) -> str:
    """The kind of a wrong or missing speaker on a matched direct quote whose gold has a Source.

    Checked in this order, the first that applies names the error:
    missing speaker; gold convention (the gold Source is a speech verb, an annotation slip);
    nested attribution (our speaker sits inside the gold Content: the speaker of a quote
    within someone's reported words); same person, other mention (the last words agree:
    "Mr. Trump" here, "Trump" there); continuation (our speaker came from the quote before,
    same or previous paragraph); speaker outside the paragraph (the gold Source is in
    another paragraph); pronoun (the gold Source is a pronoun, ours a name or a wrong one);
    description ("the spokesman", "a narrator in the ad"); other (a wrong name).
    """
    if p.speaker_start is None:
        return "missing speaker"
    gold = (g.source_text or "").strip()
    ours = text[p.speaker_start:p.speaker_end].strip()
    last = [re.sub(r"[’']s$", "", w.casefold()) for w in (gold.split()[-1:] + ours.split()[-1:])]
    if gold.casefold() in SPEECH_WORDS:
        return "gold convention: Source is the cue"
    if _overlap([(p.speaker_start, p.speaker_end)], g.content):
        return "nested attribution"
    if len(last) == 2 and last[0] == last[1]:
        return "same person, other mention"
    if p.basis in ("same paragraph", "previous paragraph"):
        return "continuation"
    if g.source and _paragraph(text, g.source[0]) != _paragraph(text, g.content[0][0]):
        return "speaker outside the paragraph"
    if gold.casefold() in PRONOUNS or ours.casefold() in PRONOUNS:
        return "pronoun"
    if gold[:1].islower() or ours[:1].islower() or re.match(r"(the|a|an|his|her|its|their)\b", gold, re.I):
        return "description"
    return "other"


class Tally:
    def __init__(self):
        self.n_pred = self.n_gold = self.n_pred_spk = self.n_gold_spk = 0
        self.overlap = self.exact = self.spk_overlap = self.spk_exact = self.matched_with_source = 0
        self.errors: collections.Counter = collections.Counter()
        self.examples: dict[str, list[str]] = collections.defaultdict(list)

    def add(self, preds: list, golds: list[GoldAttribution], text: str) -> None:
        self.n_pred += len(preds)
        self.n_gold += len(golds)
        self.n_pred_spk += sum(1 for p in preds if p.speaker_start is not None)
        self.n_gold_spk += sum(1 for g in golds if g.source)
        pairs = []
        for i, p in enumerate(preds):
            for j, g in enumerate(golds):
                o = _overlap(p.parts, g.content)
                if o:
                    pairs.append((o, i, j))
        used_p, used_g = set(), set()
        for _, i, j in sorted(pairs, reverse=True):
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = preds[i], golds[j]
            self.overlap += 1
            if _norm(" ".join(text[a:b] for a, b in p.parts)) == _norm(g.content_text):
                self.exact += 1
            if g.source:
                self.matched_with_source += 1
                if p.speaker_start is not None:
                    ps = [(p.speaker_start, p.speaker_end)]
                    if _overlap(ps, [g.source]):
                        self.spk_overlap += 1
                    if _norm(text[p.speaker_start:p.speaker_end]) == _norm(g.source_text or ""):
                        self.spk_exact += 1
                if p.speaker_start is None or not _overlap([(p.speaker_start, p.speaker_end)], [g.source]):
                    kind = speaker_error(p, g, text)
                    self.errors[kind] += 1
                    ours = text[p.speaker_start:p.speaker_end] if p.speaker_start is not None else None
                    self.examples[kind].append(f"{g.content_text[:80]!r} gold {g.source_text!r} ours {ours!r}")
        self.errors["quote missed (gold has a Source)"] += sum(1 for j, g in enumerate(golds)
                                                                if g.source and j not in used_g)
        self.errors["quote not in gold (with a speaker)"] += sum(1 for i, p in enumerate(preds)
                                                                  if i not in used_p and p.speaker_start is not None)

    def scores(self) -> dict[str, tuple[float, float, float]]:
        return {
            "quote overlap": _prf(self.overlap, self.n_pred, self.overlap, self.n_gold),
            "quote exact": _prf(self.exact, self.n_pred, self.exact, self.n_gold),
            "speaker overlap": _prf(self.spk_overlap, self.n_pred_spk, self.spk_overlap, self.n_gold_spk),
            "speaker exact": _prf(self.spk_exact, self.n_pred_spk, self.spk_exact, self.n_gold_spk),
            "speaker accuracy on matched": (
                round(100 * self.spk_overlap / self.matched_with_source, 1) if self.matched_with_source else 0.0,),
        }


def score(articles: list[Article]) -> dict[str, dict]:
    """Scores of :func:`crosscheck.quotes.find_quotes` on the articles, direct and reported apart."""
    from crosscheck import nlp
    from crosscheck.quotes import find_quotes

    pipeline = nlp.load_pipeline()
    direct, reported = Tally(), Tally()
    for article, doc in zip(articles, pipeline.pipe((a.text for a in articles), batch_size=16)):
        found = one_per_attribution(find_quotes(article.text, doc))
        direct.add([q for q in found if q.kind == "direct"], [g for g in article.gold if g.direct], article.text)
        reported.add([q for q in found if q.kind == "reported"], [g for g in article.gold if not g.direct],
                     article.text)
    return {"direct": direct.scores(), "reported": reported.scores(), "direct errors": dict(direct.errors),
            "direct error examples": dict(direct.examples),
            "reported errors": dict(reported.errors), "reported error examples": dict(reported.examples),
            "counts": {"articles": len(articles), "gold direct": direct.n_gold, "pred direct": direct.n_pred,
                       "gold reported": reported.n_gold, "pred reported": reported.n_pred}}


# ------------------------------------------------------------------ sources (issue 19) and DIRECT (issue 20)

RELAY_CUES = ("according to", "reported", "reports", "reporting", "citing", "cited", "cites", "quoted", "quoting")


def corpus_direct(g: GoldAttribution) -> bool:
    """PolNeAR's DIRECT attributions: the Content is a quotation from mark to mark (verbatim
    speech), not a paraphrase holding a quoted phrase ("called it “a disaster”", which our own
    *direct* measure above counts as direct)."""
    t = g.content_text.strip().rstrip(".,;:").strip()
    if t.startswith(TWO_APOSTROPHES) and t.endswith(TWO_APOSTROPHES) and len(t) > 4:
        return True
    return len(t) > 2 and t[0] in QUOTE_MARKS and t[-1] in QUOTE_MARKS and t.count("“") <= 1 + t.count("”")


def relayed(cue_text: str, after: str) -> bool:
    """A relayed attribution: "according to", "reported", "citing", or "told <outlet>"."""
    from crosscheck.provenance import is_outlet

    cue = " ".join(cue_text.casefold().split())
    if any(cue == c or cue.endswith(" " + c) for c in RELAY_CUES):
        return True
    if cue.split()[-1:] in (["told"], ["tells"]):
        words = re.findall(r"[\w’'.&-]+", after)[:4]
        return any(is_outlet(" ".join(words[:k])) for k in range(1, len(words) + 1))
    return False


def _head(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The head word of a source phrase: its last word before "of", "for", a comma or "who"."""
    phrase = text[span[0]:span[1]]
    cut = re.search(r",| of | for | who | at | from | in ", phrase)
    part = phrase[:cut.start()] if cut else phrase
    words = list(re.finditer(r"[\w’'.-]+", part))
    if not words:
        return span
    w = words[-1]
    return span[0] + w.start(), span[0] + w.end()


class SourceTally:
    """Source F1 over attributions: a prediction counts when its content matches a gold Content
    (one-to-one, largest overlap first) AND its source span matches the gold Source, strictly
    (the same characters, surrounding spaces and punctuation aside) or by head (the gold
    source's head word lies inside our source span)."""

    def __init__(self):
        self.n_pred = self.n_gold = self.strict = self.raw = self.head = self.lenient = 0

    def add(self, preds: list, golds: list[GoldAttribution], text: str) -> None:
        preds = [p for p in preds if p.speaker_start is not None]
        golds = [g for g in golds if g.source]
        self.n_pred += len(preds)
        self.n_gold += len(golds)
        pairs = sorted(((_overlap(p.parts, g.content), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
                        if _overlap(p.parts, g.content)), reverse=True)
        used_p, used_g = set(), set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = preds[i], golds[j]
            ours = (p.speaker_start, p.speaker_end)
            if _strip(text, ours) == _strip(text, g.source):
                self.strict += 1
            if ours == g.source:
                self.raw += 1
            h = _head(text, g.source)
            if ours[0] <= h[0] and h[1] <= ours[1]:
                self.head += 1
            if _overlap([ours], [g.source]):
                self.lenient += 1

    def scores(self) -> dict[str, tuple[float, float, float]]:
        return {"strict": _prf(self.strict, self.n_pred, self.strict, self.n_gold),
                "strict (raw offsets)": _prf(self.raw, self.n_pred, self.raw, self.n_gold),
                "head": _prf(self.head, self.n_pred, self.head, self.n_gold),
                "lenient (overlap)": _prf(self.lenient, self.n_pred, self.lenient, self.n_gold)}


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and (text[a].isspace() or text[a] in ",.;:“”\"―—-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",.;:“”\"―—-"):
        b -= 1
    return a, b


def one_per_attribution(found: list) -> list:
    """PolNeAR annotates 'X said the bridge was "a triumph" and would open soon' as one attribution, and files it
    as direct; the quotes stage gives it as the quoted words (a direct quote) and, since issue 19 round 6, also as
    the reported clause around them (basis "around a quote", for provenance). Scored once, as before: by the
    direct quote; the clause around it is not a second prediction. (``--raw`` scores every item.)"""
    if RAW:
        return found
    return [f for f in found if f.basis != "around a quote"]


RAW = False  # --raw: score the clauses around a quote as predictions of their own


def score_sources(articles: list[Article]) -> dict[str, dict]:
    """Source F1 of every attribution, of the relayed ones, and speaker F1 on PolNeAR's DIRECT quotes."""
    from crosscheck import nlp
    from crosscheck.quotes import find_quotes

    pipeline = nlp.load_pipeline()
    every, relay, direct = SourceTally(), SourceTally(), SourceTally()
    for article, doc in zip(articles, pipeline.pipe((a.text for a in articles), batch_size=16)):
        text = article.text
        found = one_per_attribution(find_quotes(text, doc))
        every.add(found, article.gold, text)
        ours_relayed = [f for f in found if f.cue and relayed(f.cue if f.cue != "according to" else f.cue,
                                                               text[(f.cue_start or 0) + len(f.cue):][:60])]
        gold_relayed = [g for g in article.gold if g.cue and relayed(text[g.cue[0]:g.cue[1]], text[g.cue[1]:][:60])]
        relay.add(ours_relayed, gold_relayed, text)
        # A quote of ours that matches only a non-DIRECT gold attribution (a mixed quote) is not scored here:
        # it is neither a DIRECT hit nor a false alarm.
        others = [g for g in article.gold if not corpus_direct(g)]
        directs = [g for g in article.gold if corpus_direct(g)]
        ours = [f for f in found if f.kind == "direct" and (any(_overlap(f.parts, g.content) for g in directs)
                                                            or not any(_overlap(f.parts, g.content) for g in others))]
        direct.add(ours, directs, text)
    return {"all attributions": every.scores(), "relayed attributions": relay.scores(),
            "DIRECT (corpus category)": direct.scores(),
            "counts": {"gold with source": every.n_gold, "gold relayed": relay.n_gold,
                       "gold DIRECT": direct.n_gold, "pred relayed": relay.n_pred}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", action="store_true", help="count direct-quote speaker errors by kind")
    ap.add_argument("--examples", metavar="KIND", help="print the errors of one kind (implies --errors)")
    ap.add_argument("--sources", action="store_true",
                    help="source F1 (strict span, head) of all and of relayed attributions; speaker F1 on DIRECT")
    ap.add_argument("--raw", action="store_true",
                    help="also score the reported clauses around a quote as predictions of their own")
    args = ap.parse_args(argv)
    global RAW
    RAW = args.raw
    if not DATA.is_dir():
        print(f"{DATA} is not here", file=sys.stderr)
        return 1
    articles = load(args.split, args.limit)
    if args.sources:
        result = score_sources(articles)
        print(f"PolNeAR {args.split}: {result['counts']}")
        print(f"{'':44} {'P':>6} {'R':>6} {'F1':>6}")
        for kind in ("all attributions", "relayed attributions", "DIRECT (corpus category)"):
            for name, value in result[kind].items():
                print(f"{kind + ' source ' + name:44} " + " ".join(f"{v:6.1f}" for v in value))
        print("peer (issue 20's independent re-measurement, DIRECT speaker F1): strict 71.4, lenient 90.8")
        return 0
    t0 = time.perf_counter()
    result = score(articles)
    seconds = time.perf_counter() - t0
    print(f"PolNeAR {args.split}: {result['counts']}  ({seconds:.1f} s, spaCy parse included)")
    print(f"{'':28} {'P':>6} {'R':>6} {'F1':>6}")
    for kind in ("direct", "reported"):
        for name, value in result[kind].items():
            print(f"{kind + ' ' + name:28} " + " ".join(f"{v:6.1f}" for v in value))
    if args.errors or args.examples:
        print("direct-quote speaker errors by kind:")
        for kind, n in sorted(result["direct errors"].items(), key=lambda kv: -kv[1]):
            print(f"  {n:5d}  {kind}")
        for line in result["direct error examples"].get(args.examples, []):
            print("   ", line)
        print("reported-speech speaker errors by kind (same rules; 'quote missed' is recall, "
              "'quote not in gold' precision):")
        for kind, n in sorted(result["reported errors"].items(), key=lambda kv: -kv[1]):
            print(f"  {n:5d}  {kind}")
        for line in result["reported error examples"].get(args.examples, []):
            print("    reported:", line)
    print("peers (BBC Citron on PARC 3.0, all attributions, for scale): "
          + ", ".join(f"{k} {v}" for k, v in PEERS.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
