"""SemEval-2015 Task 4 (TimeLine), track A: entity timelines from raw text.

For each target entity of a corpus (30 Wikinews articles), the system lists the
events the entity takes part in, anchors each in time and orders them, from the
raw tokens of the track A files (``corpus_trackA_CAT``; the DCT from the track A
TimeML files). Nothing of the track B annotation is read.

The system, on crosscheck's parse (crosscheck.nlp) and time stage:
- mentions of the entity: its full name, or its last word when that word names
  it alone ("Gallois", "Dreamliner"; not "Airlines" or "Force");
- its events: the verb that governs each mention (walking up the dependency
  tree), and the verbs coordinated with it when the mention is their subject;
- anchor: the time expression of the sentence nearest the verb (crosscheck's
  ``find_timexes``, resolved against the DCT) at day, month or year precision,
  else the DCT for a verb in the past tense or in the headline, else none
  (XXXX-XX-XX, order 0);
- order: by anchor; events with the same anchor are simultaneous.

The measure is the task's (Minard et al. 2015, evaluation tool description): each
timeline becomes a graph (every anchor a TIMEX3; each anchored event SIMULTANEOUS
with its anchor; BEFORE between events of consecutive positions; SIMULTANEOUS
within a position), scored by temporal awareness (UzZaman & Allen 2011, as in
TempEval-3): precision = |reduced(system) in closure(gold)| / |reduced(system)|,
recall = |reduced(gold) in closure(system)| / |reduced(gold)|, micro-averaged
over the timelines of a corpus. The official script (evaluation_tool_timeline_task4_v3)
is not in the data folder, so this is our implementation of its description; see
``awareness`` for how the reduced graph is chosen.
A system event matches a gold event when it names one of the gold line's mentions
(``doc-sentence-word``).

    python -m evaluation.semeval2015 [--corpora 1,2,3]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from evaluation.common import SHARED_DATA, prf  # noqa: E402

DATA = SHARED_DATA / "semeval2015_task4_timeline" / "SemEval_Task4_data"
# Minard et al. 2015 (S15-2132): best F1 of the main track (track A, raw text) and of track B.
PEERS = {"best track A system (official)": 7.85, "best track B system, gold events (official)": 25.36}

# Last words that do not name an entity alone.
GENERIC_HEADS = {"airlines", "force", "motors", "workers", "markets", "worldwide", "index", "composite", "exchange",
                 "reserve", "dollar", "america", "creditors", "average", "500", "225", "100", "40"}


# ----------------------------------------------------------------------------- data


@dataclass
class Doc:
    id: str
    dct: str
    tokens: list[tuple[int, str, int, int]]  # (sentence, text, start, end) in ``text``
    text: str


def read_corpus(n: int) -> tuple[list[Doc], list[str], dict[str, list[tuple[int, str, list[str]]]]]:
    """Documents, target entities, and gold timelines (entity -> [(order, anchor, mentions)])."""
    folder = DATA / f"corpus_{n}"
    docs = []
    for cat in sorted((folder / "corpus_trackA_CAT").glob("*.xml")):
        root = ElementTree.parse(cat).getroot()
        tml = (folder / "corpus_trackA_TimeML" / cat.name.replace(".txt.xml", ".tml")).read_text(encoding="utf-8")
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', tml).group(1)
        day_first = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", dct)
        if day_first:  # one file writes its DCT as DD-MM-YYYY (its date line: "February 03, 2009")
            dct = f"{day_first[3]}-{day_first[2]}-{day_first[1]}"
        tokens, parts, pos, last_sentence = [], [], 0, None
        for tok in root.iter("token"):
            sentence, word = int(tok.get("sentence")), tok.text or ""
            if last_sentence is not None:
                sep = "\n" if sentence != last_sentence else " "
                parts.append(sep)
                pos += 1
            tokens.append((sentence, word, pos, pos + len(word)))
            parts.append(word)
            pos += len(word)
            last_sentence = sentence
        docs.append(Doc(root.get("doc_id"), dct, tokens, "".join(parts)))
    entities = [line.strip() for line in (folder / f"list_target_entities_corpus_{n}.txt").read_text().splitlines()
                if line.strip()]
    gold = {}
    for path in sorted((folder / "TimeLines_Gold_Standard").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        gold[lines[0].strip()] = parse_timeline(lines[1:])
    return docs, entities, gold


def parse_timeline(lines: list[str]) -> list[tuple[int, str, list[str]]]:
    out = []
    for line in lines:
        fields = line.strip().split("\t")
        if len(fields) >= 3:
            out.append((int(fields[0]), fields[1], fields[2:]))
    return out


# ----------------------------------------------------------------------------- system


def mention_patterns(entity: str) -> list[re.Pattern]:
    names = [entity]
    words = entity.split()
    if len(words) > 1 and words[-1].lower() not in GENERIC_HEADS and words[-1][:1].isupper():
        names.append(words[-1])
    return [re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", re.I if n == entity else 0) for n in names]


def _governing_verb(token):
    t = token
    while t.pos_ != "VERB" and t.head.i != t.i:  # spaCy makes a new Token object on each access
        t = t.head
    return t if t.pos_ == "VERB" else None


def predict(docs: list[Doc], entity: str, nlp=None) -> list[tuple[int, str, list[str]]]:
    """The entity's timeline: (order, anchor, [doc-sentence-word]) lines, as the task writes them."""
    from datetime import date

    from crosscheck.nlp import load_pipeline
    from crosscheck.time import find_timexes

    nlp = nlp or load_pipeline()
    patterns = mention_patterns(entity)
    events: dict[str, str] = {}  # mention id -> anchor
    for d in docs:
        spans = [(m.start(), m.end()) for p in patterns for m in p.finditer(d.text)]
        if not spans:
            continue
        parsed = _parse(nlp, d)
        dct = date.fromisoformat(d.dct[:10])
        timexes = [t for t in _timexes(find_timexes, d, dct, parsed)]
        for start, end in spans:
            span = parsed.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            verb = _governing_verb(span.root)
            if verb is None:
                continue
            verbs = [verb]
            if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i == verb.i:
                verbs += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            for v in verbs:
                sentence, word = _cat_token(d, v.idx)
                if word is None:
                    continue
                events.setdefault(f"{d.id}-{sentence}-{word}", _anchor(v, sentence, timexes, dct))
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for mention, anchor in events.items():
        by_anchor[anchor].append(mention)
    out = [(0, "XXXX-XX-XX", [m]) for m in sorted(by_anchor.pop("XXXX-XX-XX", []))]
    for order, anchor in enumerate(sorted(by_anchor, key=lambda a: a.replace("XX", "00")), start=1):
        out += [(order, anchor, [m]) for m in sorted(by_anchor[anchor])]
    return out


_PARSES: dict[str, object] = {}


def _parse(nlp, d: Doc):
    if d.id not in _PARSES:
        _PARSES[d.id] = nlp(d.text)
    return _PARSES[d.id]


def _timexes(find_timexes, d: Doc, dct, parsed):
    key = ("timex", d.id)
    if key not in _PARSES:
        _PARSES[key] = [t for t in find_timexes(d.text, dct, parsed) if t.type == "DATE"
                        and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t.value)]
    return _PARSES[key]


def _cat_token(d: Doc, offset: int) -> tuple[int, str | None]:
    for sentence, word, start, end in d.tokens:
        if start <= offset < end:
            return sentence, word
    return -1, None


def _anchor(verb, sentence: int, timexes, dct) -> str:
    sent = verb.sent
    inside = [t for t in timexes if sent.start_char <= t.start < sent.end_char]
    if inside:
        t = min(inside, key=lambda t: abs(t.start - verb.idx))
        return (t.value + "-XX-XX")[:10] if len(t.value) == 4 else (t.value + "-XX")[:10]
    if verb.tag_ == "VBD" or sentence == 0:
        return dct.isoformat()
    return "XXXX-XX-XX"


# ----------------------------------------------------------------------------- measure


def graph(timeline: list[tuple[int, str, list[str]]], canonical: dict[str, str], anchors: bool = True
          ) -> tuple[dict, list]:
    """(class of each node, BEFORE edges between classes) of a timeline's TLINK graph.

    Nodes: anchored events (named by ``canonical``, so that coreferent mentions are
    one node) and one TIMEX3 node per anchor value. SIMULTANEOUS links put an event
    in its position's class, with its anchor; BEFORE links join consecutive positions.
    Order 0 (no anchor) takes no part in any relation.
    """
    klass: dict[str, int] = {}
    positions = sorted({order for order, _, _ in timeline if order > 0})
    index = {order: i for i, order in enumerate(positions)}
    for order, anchor, mentions in timeline:
        if order <= 0:
            continue
        event = next((canonical[m] for m in mentions if m in canonical), mentions[0])
        klass[event] = index[order]
        if anchors and not anchor.startswith("XXXX"):
            # A TIMEX3 anchor joins the class of its position; an anchor used at two
            # positions (inconsistent output) stays with the first.
            klass.setdefault(f"timex:{anchor}", index[order])
    before = [(i, i + 1) for i in range(len(positions) - 1)]
    return klass, before


def awareness(system: list, gold: list, anchors: bool = True) -> tuple[int, int, int, int]:
    """(system relations verified, system relations, gold relations recovered, gold relations).

    ``anchors=False`` is the task's "ordering only" variant: no TIMEX3 nodes.

    The reduced graph of a timeline is the one the converter's links leave once the links
    implied by others are removed: each event SIMULTANEOUS with its anchor (a star around
    the TIMEX3 of each position; the event-event SIMULTANEOUS links it implies go), and one
    BEFORE link from each position's anchor to the next one's. A relation is verified when
    the other graph's closure holds it (same class for SIMULTANEOUS, an earlier class for
    BEFORE). The official tool's reduction depends on the order it reads the links in, so
    figures can differ from it where several reduced graphs exist.
    """
    canonical = {}
    for _, _, mentions in gold:
        for m in mentions:
            canonical[m] = mentions[0]
    sys_class, _ = graph(system, canonical, anchors)
    gold_class, _ = graph(gold, canonical, anchors)

    def reduced(klass: dict[str, int]) -> list[tuple[str, str, str]]:
        members: dict[int, list[str]] = defaultdict(list)
        for node, c in klass.items():
            members[c].append(node)
        hubs = {}
        out = []
        for c in sorted(members):
            nodes = sorted(members[c], key=lambda n: (not n.startswith("timex:"), n))
            hubs[c] = nodes[0]
            out += [("SIM", nodes[0], other) for other in nodes[1:]]
        order = sorted(members)
        out += [("BEFORE", hubs[c], hubs[nxt]) for c, nxt in zip(order, order[1:])]
        return out

    def holds(relation: tuple[str, str, str], klass: dict[str, int]) -> bool:
        kind, a, b = relation
        if a not in klass or b not in klass:
            return False
        return klass[a] == klass[b] if kind == "SIM" else klass[a] < klass[b]

    sys_reduced, gold_reduced = reduced(sys_class), reduced(gold_class)
    return (sum(holds(r, gold_class) for r in sys_reduced), len(sys_reduced),
            sum(holds(r, sys_class) for r in gold_reduced), len(gold_reduced))


# ----------------------------------------------------------------------------- run


def evaluate(corpora: list[int], verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    from crosscheck.nlp import load_pipeline

    nlp = load_pipeline()
    scores = {}
    total = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
    for n in corpora:
        docs, entities, gold = read_corpus(n)
        counts = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
        for entity in entities:
            if entity not in gold:
                continue
            predicted = predict(docs, entity, nlp)
            for anchors in (True, False):
                c = awareness(predicted, gold[entity], anchors)
                counts[anchors] = [x + y for x, y in zip(counts[anchors], c)]
                total[anchors] = [x + y for x, y in zip(total[anchors], c)]
            if verbose:
                c = awareness(predicted, gold[entity])
                print(f"  corpus {n} {entity:32} events {len(predicted):4} (gold {len(gold[entity]):3})  "
                      f"verified {c[0]}/{c[1]}  recovered {c[2]}/{c[3]}", flush=True)
        scores[f"corpus_{n}"] = prf(*counts[True])
        scores[f"corpus_{n} ordering only"] = prf(*counts[False])
    scores["all"] = prf(*total[True])
    scores["all ordering only"] = prf(*total[False])
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", default="1,2,3")
    args = parser.parse_args()
    started = time.perf_counter()
    scores = evaluate([int(x) for x in args.corpora.split(",")], verbose=True)
    print(f"SemEval-2015 Task 4 track A, temporal awareness (micro), {time.perf_counter() - started:.0f} s")
    for name, (p, r, f) in scores.items():
        print(f"  {name:26} P {p:5.2f}  R {r:5.2f}  F1 {f:5.2f}")
    for peer, f in PEERS.items():
        print(f"  {peer}: F1 {f}")
    print("  (ours is our implementation of the measure as the task describes it, not the official script:\n"
          "   compare with care)")


if __name__ == "__main__":
    main()
