"""Evaluation gate: toponym resolution on gold spans (LGL and TR-News dev halves) keeps its floor.

Measured (python -m evaluation.geoparsing --split dev): accuracy within 161 km 76.8 on LGL
and 73.5 on TR-News, against 63.6 and 64.7 for the population baseline on the same
gazetteer; floors sit a little below. The first run on a machine builds the gazetteer
cache (about 30 s); later runs load it in about a second.
"""

import pytest

from evaluation.common import SHARED_DATA

pytestmark = pytest.mark.gate


@pytest.mark.parametrize("corpus, floor", [("lgl", 75.0), ("trnews", 71.5)])
def test_toponym_resolution_floor(corpus, floor):
    from evaluation import geoparsing

    if not (geoparsing.DATA / geoparsing.CORPORA[corpus]).exists():
        pytest.skip(f"{SHARED_DATA} is not here")
    articles = geoparsing.split(geoparsing.load(corpus), "dev")
    ours = geoparsing.scores(geoparsing.resolve_gold(articles, "crosscheck")[0])
    baseline = geoparsing.scores(geoparsing.resolve_gold(articles, "population")[0])
    assert ours["acc161"] >= floor
    assert ours["acc161"] >= baseline["acc161"] + 5  # context, not population, does the work
