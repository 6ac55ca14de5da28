"""Gate: copy detection on the six labelled copy sets with the second, blind reading of the uncertain pairs (issue 14,
nineteenth session; evaluation/data/copies_adjudicated_s19.tsv). Floors a little under the figures of
``python -m evaluation.copies_features --load T.pkl --adjudicated`` (table from ``--dump T.pkl --six --fresh5 --clean
--stories``): on the adjudicated gold half A F1 0.969, half B (held out) 0.964, every copy kind's recall >= 0.92;
on every pair with its first label A 0.948, B 0.934.
"""

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate


@pytest.fixture(scope="module")
def halves():
    if not SHARED_DATA.exists():
        pytest.skip(f"{SHARED_DATA} is absent: the copy pairs' texts are rebuilt from it")
    from crosscheck.copies import CopySettings
    from evaluation.copies_adjudicate import adjudicated
    from evaluation.copies_features import adjudicated_split, decide_rows, dev_halves6, features
    from evaluation.copies_sets import use_cleaned_texts

    use_cleaned_texts()  # module state: switched back off below, or the other copy tests read cleaned texts
    try:
        second = adjudicated()
        out = {}
        for name, rows in dev_halves6(True).items():
            table = features(rows, stories=True)
            for part, subset in adjudicated_split(table, second).items():
                out[(name, part)] = (subset, decide_rows(subset, CopySettings()))
    finally:
        use_cleaned_texts(False)
    return out


def _f1(subset, predicted):
    from evaluation.copies_gold import prf

    return prf([r["label"] == "copy" for r in subset], predicted)["f1"]


def _lowest_kind_recall(subset, predicted):
    from evaluation.copies_gold import COPY_KINDS

    recalls = []
    for kind in COPY_KINDS:
        idx = [i for i, r in enumerate(subset) if r["kind"] == kind]
        if idx:
            recalls.append(sum(predicted[i] for i in idx) / len(idx))
    return min(recalls)


@pytest.mark.parametrize("half, floor", [("A", 0.96), ("B", 0.955)])
def test_copies_f1_on_adjudicated_gold(halves, half, floor):
    subset, predicted = halves[(half, "adjudicated")]
    assert _f1(subset, predicted) >= floor
    assert _lowest_kind_recall(subset, predicted) >= 0.90


@pytest.mark.parametrize("half, floor", [("A", 0.94), ("B", 0.925)])
def test_copies_f1_on_every_pair_with_its_first_label(halves, half, floor):
    subset, predicted = halves[(half, "original")]
    assert _f1(subset, predicted) >= floor
