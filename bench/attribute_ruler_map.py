"""Issue 18 item 2: how much of attribute_ruler's (POS, morphology) a lookup by the tagger's tag would reproduce.

    PYTHONPATH=src:.:bench nice -n 10 python bench/attribute_ruler_map.py
"""
import time, collections, real_corpus
from crosscheck.nlp import load_pipeline
from crosscheck.sentcache import pieces
rs = real_corpus.mix(40)
texts = [r["text"][a:b] for r in rs for a, b in pieces(r["text"]) if r["text"][a:b].strip()]
nlp = load_pipeline()
docs = list(nlp.pipe(texts, batch_size=256))
by_tag = collections.defaultdict(collections.Counter)
by_tag_text = collections.defaultdict(collections.Counter)
for d in docs:
    for t in d:
        by_tag[t.tag_][(t.pos_, str(t.morph))] += 1
        by_tag_text[(t.tag_, t.lower_)][(t.pos_, str(t.morph))] += 1
n = sum(sum(c.values()) for c in by_tag.values())
tag_ok = sum(c.most_common(1)[0][1] for c in by_tag.values())
tt_ok = sum(c.most_common(1)[0][1] for c in by_tag_text.values())
print(f"tokens {n}; (pos, morph) from the tag alone right for {tag_ok} ({100*tag_ok/n:.2f}%); from (tag, lower) {tt_ok} ({100*tt_ok/n:.3f}%)")
for tag, c in sorted(by_tag.items(), key=lambda kv: -sum(kv[1].values())):
    if len(c) > 1: print(" ", tag, c.most_common(3))
ar = nlp.get_pipe("attribute_ruler")
print("attribute_ruler patterns:", len(ar.patterns))
