"""Issue 20d, nineteenth session: a pile of one outlet's reports written two weeks after the happening they follow
(each report its own angle: the appeal, a rescue team home, a singer's benefit) names the happening's day in a few of
its sentences only. That day is the story's first key date when sources enough name it, no earlier day is named more,
and its sentences tell the happening the whole coverage is about (they share a word most reports use); a few sentences
naming one early day for unrelated things do not make it key. Invented sentences (seen on a fresh story: 14 reports of
one outlet, 26-28 January, on an earthquake of the 12th, whose key dates were the reports' own days only).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from key_days import key_days as _key_days  # noqa: E402


# Ten reports of 16-18 March on a dam burst of 2 March; every one uses "dam", so the word is the story's.
_ANGLES = [
    ("d", "2026-03-16", ["Volunteers in Tarrow packed blankets for families the dam burst left homeless.",
                         "The town hall collected blankets on Saturday for the valley's families."],
     [[], ["2026-03-14"]]),
    ("e", "2026-03-16", ["A choir in Lune sang for the dam appeal on Saturday evening in the old market hall.",
                         "The singers raised four thousand pounds for the valley."], [["2026-03-14"], []]),
    ("f", "2026-03-17", ["Engineers from Ardley have come home from the valley below the broken dam.",
                         "They spent ten days shoring up the bridges along the river road."], [[], []]),
    ("g", "2026-03-17", ["A boy of eight cycled ten miles round his park for the dam appeal.",
                         "His school held a cake sale for the appeal on Monday afternoon."], [[], ["2026-03-16"]]),
    ("h", "2026-03-17", ["Insurers have begun to count the cost of the dam failure to farms downstream.",
                         "Claims for flooded barns reached the brokers in large numbers this week."], [[], []]),
    ("i", "2026-03-18", ["The river below the dam is still brown with silt, fishermen in Corran say.",
                         "Nets have come up empty for a fortnight along the lower reaches."], [[], []]),
    ("j", "2026-03-18", ["Schools near the dam reopened their doors to pupils from the flooded villages.",
                         "Classes are being taught in the church halls of three parishes."], [[], []]),
]


def test_the_happening_named_by_a_few_reports_of_one_outlet_weeks_on_is_a_key_date():
    days = _key_days([
        ("a", "2026-03-16", ["Rescue teams were sent out when the dam at Kessel burst on March 2.",
                             "The appeal for the valley has raised two million pounds so far."],
         [["2026-03-02"], []]),
        ("b", "2026-03-16", ["The mayor of Orno died when the Kessel dam gave way on March 2, his family said.",
                             "A memorial service will be held in the valley next month."], [["2026-03-02"], []]),
        ("c", "2026-03-17", ["Some 400 homes were lost in the flood that followed the dam burst on March 2.",
                             "Builders from three provinces are putting up shelters in the valley."],
         [["2026-03-02"], []]),
        *_ANGLES,
    ])
    assert days[0] == "2026-03-02"


def test_an_early_day_a_few_reports_name_for_unrelated_things_is_no_key_date():
    days = _key_days([
        ("a", "2026-03-16", ["The choir first sang in the market hall on March 2, its leader recalled.",
                             "The appeal for the valley has raised two million pounds so far."],
         [["2026-03-02"], []]),
        ("b", "2026-03-16", ["A new headteacher took up her post at the village school on March 2.",
                             "A memorial service will be held in the valley next month."], [["2026-03-02"], []]),
        ("c", "2026-03-17", ["Ferry fares across the estuary rose by a tenth on March 2.",
                             "Builders from three provinces are putting up shelters in the valley."],
         [["2026-03-02"], []]),
        *_ANGLES,
    ])
    assert "2026-03-02" not in days


def test_an_early_day_is_no_origin_when_another_early_day_is_named_more():
    later = [
        ("k", "2026-03-18", ["The dam's keepers had warned of cracks in the wall on February 20, the inquiry heard."],
         [["2026-02-20"]]),
        ("l", "2026-03-18", ["Cracks in the dam wall were reported to the ministry on February 20."], [["2026-02-20"]]),
        ("m", "2026-03-18", ["The dam was inspected after the cracks were found on February 20."], [["2026-02-20"]]),
        ("n", "2026-03-18", ["A dam engineer photographed the cracks on February 20, the paper showed."],
         [["2026-02-20"]]),
    ]
    days = _key_days([
        ("a", "2026-03-16", ["Rescue teams were sent out when the dam at Kessel burst on March 2.",
                             "The appeal for the valley has raised two million pounds so far."],
         [["2026-03-02"], []]),
        ("b", "2026-03-16", ["The mayor of Orno died when the Kessel dam gave way on March 2, his family said."],
         [["2026-03-02"]]),
        ("c", "2026-03-17", ["Some 400 homes were lost in the flood that followed the dam burst on March 2."],
         [["2026-03-02"]]),
        *_ANGLES, *later,
    ])
    assert "2026-03-02" not in days
