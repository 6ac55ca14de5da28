"""CPU cost of each spaCy component on real reports' pieces (issue 18, item 2).

Cuts ``--reports`` reports of a real corpus (``bench/real_corpus.py``) into the pieces
``sentcache.pieces`` parses, runs the model's components one after another on all pieces
(tokenizer, then each pipe's ``pipe``), and prints each component's CPU seconds and share, plus the
share of pieces (and characters) a needs-the-parser rule (``--rule``) lets skip the parser.

    nice -n 10 python bench/bench_components.py --corpus mix --reports 40
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The prefilter measured in issue 18 round 1: a quote mark, a digit, a number / time word, or an
# attribution cue (stem-matched). A piece matching none of them "does not need the parser".
_NEEDS = re.compile(
    r"[\"“”‘’']|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|percent|per cent|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|today|yesterday|tomorrow|tonight|week|month|year|"
    r"day|morning|evening|night|ago|later|earlier|since|until|according|sa(?:id|ys|y)|tell|told|"
    r"state|report|announc|claim|insist|add|warn|explain|confirm|deni|deny|accus|argu|note|suggest|"
    r"believ|estimat|expect|predict|reveal|admit|describ|call|now|current|hour|minute|second)", re.IGNORECASE)


def _with_cues(rule: "re.Pattern") -> "re.Pattern":
    """The rule above, plus every cue of ``quotes/cues.py``'s lexicons (speech verbs and their forms,
    saying and document nouns, nominal cues), stem-matched at the start of a word."""
    from crosscheck.quotes import cues

    words = cues.REPORTED_CUES | cues.SPEECH_FORMS | cues.SAYING_NOUNS | cues.DOCUMENT_NOUNS | cues.NOMINAL_CUES
    stems = sorted({w.rstrip("ey") if len(w) > 4 else w for w in words if w.isalpha()}, key=len, reverse=True)
    return re.compile(rule.pattern + r"|\b(?:" + "|".join(map(re.escape, stems)) + ")", re.IGNORECASE)


def main() -> None:
    import real_corpus
    from crosscheck.nlp import load_pipeline
    from crosscheck.sentcache import pieces

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("mix", "syndicated"), default="mix")
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--rule", choices=("short", "cues"), default="cues",
                    help="short: the hand list above; cues: plus quotes/cues.py's lexicons")
    args = ap.parse_args()
    rule = _with_cues(_NEEDS) if args.rule == "cues" else _NEEDS
    reports = getattr(real_corpus, args.corpus)(args.reports)
    texts = [r["text"][a:b] for r in reports for a, b in pieces(r["text"])]
    texts = [t for t in texts if t.strip()]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:50]))  # warm up
    cost: dict[str, float] = {}
    t = time.process_time()
    docs = [nlp.make_doc(x) for x in texts]
    cost["tokenizer"] = time.process_time() - t
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=256)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        cost[name] = time.process_time() - t
    total = sum(cost.values())
    chars = sum(len(x) for x in texts)
    print(f"{args.corpus}: {len(reports)} reports, {len(texts)} pieces, {chars} characters, "
          f"{sum(len(d) for d in docs)} tokens; CPU s {total:.2f}")
    for name, sec in cost.items():
        print(f"  {name:<16}{sec:8.2f} s {100 * sec / total:6.1f}%  {1e3 * sec / len(texts):7.3f} ms/piece")
    free = [x for x in texts if not rule.search(x)]
    print(f"rule: {len(free)} / {len(texts)} pieces ({100 * len(free) / len(texts):.1f}%), "
          f"{100 * sum(map(len, free)) / chars:.1f}% of characters match no needs-the-parser cue")
    # The rule applied: the full pipeline where a cue is, NER alone elsewhere (the NER of this model
    # has its own embedding, so its entities do not depend on the pipes it skips); same run.
    needed = [x for x in texts if rule.search(x)]
    t = time.process_time()
    full = list(nlp.pipe(texts, batch_size=256))
    whole = time.process_time() - t
    t = time.process_time()
    list(nlp.pipe(needed, batch_size=256))
    with nlp.select_pipes(enable=["ner"]):
        light = list(nlp.pipe(free, batch_size=256))
    split = time.process_time() - t
    by_text = {d.text: d for d in full}
    same = sum([(e.start_char, e.end_char, e.label_) for e in d.ents]
               == [(e.start_char, e.end_char, e.label_) for e in by_text[d.text].ents] for d in light)
    print(f"full pipeline on all pieces {whole:.2f} s; full where a cue is + NER alone elsewhere {split:.2f} s "
          f"({split / whole:.3f}x); entities of the NER-alone pieces equal to the full parse's: {same} / {len(light)}")


if __name__ == "__main__":
    main()
