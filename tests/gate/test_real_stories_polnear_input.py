"""PolNeAR reports (set ``pn``) are fed with their metadata's title, day and publisher, because the texts carry no
date line or URL. Loading only: a dev-compartment article, no pipeline run."""

import json

import pytest

from evaluation.common import SHARED_DATA

pytestmark = [pytest.mark.gate,
              pytest.mark.skipif(not (SHARED_DATA / "polnear" / "metadata.tsv").exists(), reason="../shared absent")]


def test_polnear_report_is_fed_with_its_metadata_day_and_publisher(tmp_path):
    from evaluation.real_stories.data import pn_report, report_text, write_inputs

    stem = sorted((SHARED_DATA / "polnear" / "dev" / "text").glob("nyt_*.txt"))[0].stem
    ref = f"dev/{stem}"
    record = pn_report(ref)
    assert record["outlet"] == "The New York Times"
    assert record["published"] == stem.split("_")[1]  # the file name carries the metadata's day
    assert record["title"] and report_text("pn", ref) == record["text"]
    paths, sources = write_inputs({"set": "pn", "docs": [["d01", ref]]}, tmp_path)
    fed = json.loads(open(paths[0], encoding="utf-8").readline())
    assert fed == record and sources == {"#1": "d01"}
