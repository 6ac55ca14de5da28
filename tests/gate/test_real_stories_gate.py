"""Real stories end to end (issue 20): the story report scored against gold made by reading.

Three small DEV stories of evaluation/real_stories (Timeline17 Deepwater Horizon first week,
ECB+ Qeshm quake, NewsWCL50 migrant caravan: 25 reports) run through the whole pipeline and
are scored with the evaluation's own matching rules. Floors pinned at the levels measured on
main @14a198a (before the issue-20 fixes): conflicts 2 right of 4, agreements 2 of 5, key
dates 8 of 15 (8 of 9 gold found), no update shown as a conflict. Raise them as the report
improves; the full figures are `python -m evaluation.real_stories --split dev`.

After the issue-20 fixes (branch issue-20fix, corrected gold): conflicts 7 right of 7, agreements
6 of 9, key dates 5 of 5 (5 of 9 gold found). Floors raised on conflicts, agreement precision and
key-date precision; the key-date recall floor lowered from 8 to 5 found, on purpose: key dates now
need two independent sources and a day inside the story's span (issue 20 item 6: precision, not a
day every report names in passing), which drops three true days of these stories along with the
false ones (dev, 8 stories: key-date precision 0.45 -> 0.80, recall 0.80 -> 0.64).

Round 3 (branch issue-20fix, tuned on all 14 stories: the old test split is now dev too): these three
stories give conflicts 7 right of 8, agreements 5 of 6, key dates 6 of 6. Floors raised: conflicts 7
right (at most one wrong), agreement precision 0.80, key-date precision 0.85.

Round 3, generalising (branch issue-20fix, 2026-11-30, all 21 stories dev, rules judged leave-one-set-out,
bench/results/issue-20-round3.md): these three stories give conflicts 7 right of 8, agreements 16 right
of 20 (14 of 34 gold found, was 5), key dates 6 of 6. Floors raised: agreements 16 right, 14 gold found.

Round 4 (branch issue-20b, 2026-11-30, bench/results/issue-20-round4.md): agreements 17 right of 20, 15 of 34
gold found (bpoil's a3 now lists the 42,000 gallons its note calls the same figure as 1,000 barrels: the one
more right agreement comes from that gold fix, not from the code). Floors raised: 17 right, precision 0.85,
15 gold found.

Round 5 (branch issue-20r, 2026-11-30, bench/results/issue-20-round5.md): conflicts 7 right of 7 (Qeshm's "initial
tremor lasted just over 10 seconds" is no longer set against the 30 seconds felt in Dubai). Floor raised: no wrong
conflict.

Fourth session (branch issue-20r, bench/results/issue-20-reconcile-s4.md): agreements 19 right of 22, 17 of 34 gold
found (spans of time keyed by what they are the length of; a bound agrees only with the number it bounds). Floors
raised: 19 right, 17 gold found.
"""

import pytest


pytestmark = pytest.mark.gate

STORIES = ("t17-bpoil-first-week", "ecb-20plus-qeshm-quake", "wcl-6-migrant-caravan")


@pytest.fixture(scope="module")
def scores(real_stories):
    return real_stories(STORIES, needs=("timeline17_tlsrl", "ecb_plus"), splits=("dev",))  # never the test split


def _total(scores, measure):
    from evaluation.real_stories.score import summarize

    return summarize(scores)[measure]


def test_every_report_of_the_real_stories_is_in_the_story_report(scores):
    for s in scores:
        assert s.n_mapped == s.n_docs, s.story


def test_real_story_conflicts_are_mostly_real(scores):
    t = _total(scores, "conflict")
    assert t.ok_pred >= 7 and t.n_pred - t.ok_pred == 0, (t.ok_pred, t.n_pred)
    assert sum(s.updates_as_conflicts for s in scores) == 0


def test_real_story_agreements_are_independent(scores):
    t = _total(scores, "agreement")
    assert t.ok_pred >= 19 and t.precision >= 0.85, (t.ok_pred, t.n_pred)
    # round 3: agreements told under a conflict, or with no thing named (17); issue 20a, twelfth session: 16, because
    # reconcile 25 agrees only numbers equal once in one unit, and the gold's Qeshm group holds "about 58km" with "60km"
    assert t.ok_gold >= 16, (t.ok_gold, t.n_gold)


def test_real_story_key_dates_are_story_days(scores):
    t = _total(scores, "key_date")
    assert t.precision >= 0.85 and t.ok_gold >= 5, (t.ok_pred, t.n_pred, t.ok_gold, t.n_gold)


# The scorer's own rules, on a made-up story (no data, no pipeline).

GOLD = {"story": "s", "set": "ecb", "docs": [["d01", "a"], ["d02", "b"], ["d03", "c"]],
        "conflicts": [{"id": "c1", "measure": "injured", "entries": [["d01", "50 injured"], ["d02", "80 injured"]]}],
        "agreements": [{"id": "a1", "measure": "killed", "entries": [["d01", "10 dead"], ["d02", "10 dead"], ["d03", "10 dead"]]}],
        "updates": [{"id": "u1", "measure": "killed", "entries": [["d03", "3 killed"], ["d01", "10 dead"]]}],
        "key_dates": ["2005-11-27"], "key_dates_acceptable": ["2005-11-28"]}
META = {"d01": {"outlet": ["BBC"], "published": "2005-11-28"}, "d02": {"outlet": ["AP"], "published": "2005-11-27"},
        "d03": {"outlet": ["USA Today"], "published": "2005-11-27", "wire": "AP"}}
SOURCES = {"x1": "d01", "x2": "d02", "x3": "d03"}


def _finding(*items):
    return {"kind": "quantity", "explanation": "e", "items": [{"document": d, "text": t, "start": None} for d, t in items]}


def _score(**report):
    from evaluation.real_stories.score import score_story

    report.setdefault("documents", [])
    return score_story(GOLD, report, SOURCES, META)


def test_scorer_counts_an_update_shown_as_a_conflict_as_wrong():
    s = _score(conflicts=[_finding(("x3", "three"), ("x1", "at least 10")), _finding(("x1", "50"), ("x2", "80"))])
    assert (s.tallies["conflict"].ok_pred, s.tallies["conflict"].n_pred, s.updates_as_conflicts) == (1, 2, 1)


def test_scorer_counts_one_wire_text_as_no_agreement():
    s = _score(agreements=[_finding(("x2", "10"), ("x3", "ten")), _finding(("x1", "10"), ("x3", "10"))])
    assert (s.tallies["agreement"].ok_pred, s.tallies["agreement"].n_pred) == (1, 2)


def test_scorer_reads_an_items_value_from_its_claim():
    claims = [{"document": "x1", "start": 5, "value": 50.0}, {"document": "x2", "start": 9, "value": 80.0}]
    item = [{"document": "x1", "text": "dozens", "start": 5}, {"document": "x2", "text": "scores", "start": 9}]
    s = _score(claims=claims, conflicts=[{"kind": "quantity", "explanation": "e", "items": item}])
    assert s.tallies["conflict"].ok_pred == 1


def test_scorer_leaves_acceptable_key_dates_out_of_precision():
    s = _score(key_dates=[{"date": "2005-11-27"}, {"date": "2005-11-28"}, {"date": "2003-12-26"}])
    assert (s.tallies["key_date"].ok_pred, s.tallies["key_date"].n_pred, s.tallies["key_date"].ok_gold) == (1, 2, 1)


def test_scorer_reads_publication_day_and_outlet_per_report():
    docs = [{"id": "x1", "published": {"date": "2005-11-28"}, "outlet": "news.bbc.co.uk"},
            {"id": "x2", "published": {"date": "2005-11-28"}, "outlet": "The AP"}]
    s = _score(documents=docs)
    assert (s.tallies["published"].ok_gold, s.tallies["outlet"].ok_gold) == (1, 1)


def test_real_story_reports_given_only_their_address_get_day_and_outlet(scores):
    """ECB+ pages saved as text (URL line, title, date line) and NewsWCL50 JSON lines with a url
    only: before branch txt-meta, 0 of 16 days and outlets on these stories; after, 14 of 16 days
    (two pages carry no date anywhere) and 16 of 16 outlets."""
    published, outlet = _total(scores, "published"), _total(scores, "outlet")
    assert published.ok_gold >= 14 and published.ok_pred == published.n_pred, (published.ok_gold, published.n_gold)
    assert outlet.ok_gold >= outlet.n_gold - 1, (outlet.ok_gold, outlet.n_gold)


def test_scorer_counts_reports_of_unnamed_outlets_as_apart_unless_one_wire():
    """Multi-News and ECB plain documents name no outlet: each report is its own outlet (before, all shared the empty
    outlet and no agreement among them could be right); a shared ``wire`` group still makes two reprints one source."""
    from evaluation.real_stories.score import score_story

    meta = {"d01": {}, "d02": {}, "d03": {"wire": "AP"}, "d04": {"wire": "AP"}}
    gold = dict(GOLD, docs=GOLD["docs"] + [["d04", "d"]], conflicts=[], updates=[],
                agreements=[{"id": "a1", "measure": "killed",
                             "entries": [["d01", "10 dead"], ["d02", "10 dead"], ["d03", "10 dead"], ["d04", "10 dead"]]}])
    sources = dict(SOURCES, x4="d04")
    report = {"documents": [], "agreements": [_finding(("x1", "10"), ("x2", "10")), _finding(("x3", "10"), ("x4", "10"))]}
    s = score_story(gold, report, sources, meta)
    assert (s.tallies["agreement"].ok_pred, s.tallies["agreement"].n_pred) == (1, 2)
