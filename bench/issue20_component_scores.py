"""The component scores issue 20 must not lower, as the gates in tests/gate/ compute them.

    PYTHONPATH=src:. nice -n 10 python bench/issue20_component_scores.py

Prints one line per figure (the gates pin floors on these same figures).
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    only = set(sys.argv[1:])

    def want(name: str) -> bool:
        return not only or name in only

    t = time.time()
    if want("tempeval3"):
        from evaluation.tempeval3 import GOLD, score
        r = score(sorted(GOLD.glob("*.tml")))
        print(f"TempEval-3 value F1 {r['value'][2]:.1f}  relaxed F1 {r['relaxed'][2]:.1f}", flush=True)
    if want("newsquant"):
        from evaluation.newsquant import load, score
        r = score(load())
        print(f"NewsQuant value F1 {r['value'][2]:.1f}  value+unit F1 {r['value+unit'][2]:.1f}", flush=True)
    if want("timeline17"):
        from evaluation.timeline17 import evaluate
        m = evaluate(["H1N1_guardian"]).means()
        print(f"Timeline17 H1N1_guardian R-1 {m['rouge_1'][2]:.3f}  R-2 {m['rouge_2'][2]:.3f}  date F1 {m['date'][2]:.3f}",
              flush=True)
    if want("multinews"):
        from evaluation.multinews import load, score
        r = score(load(25))["crosscheck"]
        print(f"Multi-News 25 R-1 {r['R-1']:.2f}  R-2 {r['R-2']:.2f}", flush=True)
    if want("polnear"):
        from evaluation.polnear import load, score
        r = score(load("dev"))
        d, rep = r["direct"], r["reported"]
        print(f"PolNeAR dev direct quote {d['quote overlap'][2]:.1f} speaker {d['speaker overlap'][2]:.1f} "
              f"acc {d['speaker accuracy on matched'][0]:.1f}; reported quote {rep['quote overlap'][2]:.1f} "
              f"speaker {rep['speaker overlap'][2]:.1f}", flush=True)
    if want("coref"):
        from evaluation.coref import evaluate, ner_figures
        for dataset, topics in (("ecb", ["36", "37", "38"]), ("meantime", ["airbus"]), ("newswcl", ["0", "1"])):
            r = evaluate(dataset, topics)
            ner = f"  NER head F1 {ner_figures(r['ner'])['head F1']:.1f}" if dataset != "newswcl" else ""
            print(f"coref {dataset} CoNLL all {r['all']['crosscheck']['CoNLL']:.1f} named "
                  f"{r['named']['crosscheck']['CoNLL']:.1f} (exact string {r['named']['exact string']['CoNLL']:.1f}){ner}",
                  flush=True)
    print(f"({time.time() - t:.0f} s)")


if __name__ == "__main__":
    main()
