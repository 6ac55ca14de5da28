"""Evaluation gate: story clustering on the held-out splits of ECB+ and Multi-News.

python -m evaluation.stories --split test --sets ecbplus,multinews measured B-cubed F1
81.9 (ECB+ topics 36-45, gold = sub-topic) and 82.5 (Multi-News clusters 101-200);
the floors sit a little below.
"""

import pytest

from evaluation.stories import ECB, MULTINEWS, load_ecbplus, load_multinews, measures, online

pytestmark = pytest.mark.gate


@pytest.mark.parametrize("name,loader,path,floor", [
    ("ecbplus", load_ecbplus, ECB, 79.0),
    ("multinews", load_multinews, MULTINEWS, 80.0),
])
def test_story_clustering_floor(name, loader, path, floor):
    if not path.exists():
        pytest.skip(f"{path} is not here")
    items = loader("test")
    result = measures([g for _, g in items], online(items))
    assert result["F1"] >= floor, (name, result)
    # Never worse than leaving every report alone or lumping all together.
    assert result["F1"] > measures([g for _, g in items], [str(i) for i in range(len(items))])["F1"] + 20
