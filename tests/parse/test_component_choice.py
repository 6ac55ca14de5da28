"""Issue 18 item 2: what running only some of the model's components on a sentence would change.

The NER of ``en_core_web_sm`` has its own embedding (no listener on the shared tok2vec), so on a
sentence where only entities are read, NER alone gives the entities of the full pipeline. This is
the fact a lighter pipeline for cue-free sentences rests on (measured in
bench/results/issue-18-components.md, not switched on there).
"""

from __future__ import annotations

from pathlib import Path

from crosscheck import nlp, sentcache

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "hodeidah-storm"


def _pieces() -> list[str]:
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[a:b] for a, b in sentcache.pieces(text) if text[a:b].strip()]
    return out


def test_ner_alone_gives_the_full_pipelines_entities():
    model = nlp.load_pipeline()
    texts = _pieces()
    assert len(texts) > 10
    full = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in model.pipe(texts)]
    with model.select_pipes(enable=["ner"]):
        alone = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in model.pipe(texts)]
    assert any(full)
    assert alone == full


def test_a_piece_without_the_parser_has_no_sentence_ends():
    """Why the parser cannot simply be dropped where no quote or claim is: it sets the sentence
    ends that cleaning, the brief and the timeline read (no senter in this model)."""
    model = nlp.load_pipeline()
    with model.select_pipes(disable=["parser"]):
        doc = model("Crews worked through the night. The port stayed shut.")
    assert not doc.has_annotation("SENT_START")
