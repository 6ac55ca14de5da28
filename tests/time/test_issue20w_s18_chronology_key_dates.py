"""Issue 20, eighteenth session: a sidebar's chronology line ("March 9 - The minister arrives in the port ...") names a
day that is no news of its report: it makes no key date (read on a dev story: a chronology's day of a visit was a key
date with one other report naming the day). Invented sentences.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from key_days import key_days as _key_days  # noqa: E402
from crosscheck.time.summary import _CHRONOLOGY_ENTRY  # noqa: E402


def test_a_chronology_line_makes_no_key_date():
    days = _key_days([
        ("a", "2026-03-14", ["The storm made landfall at Hodeidah on March 13, the port authority said.",
                             "March 9 - The minister arrives in the port to open the new sea wall."],
         [["2026-03-13"], ["2026-03-09"]]),
        ("b", "2026-03-14", ["The storm made landfall at Hodeidah on March 13, killing at least nine people.",
                             "The minister had opened the sea wall in the port on March 9, the mayor recalled."],
         [["2026-03-13"], ["2026-03-09"]]),
        ("c", "2026-03-15", ["Rescuers reached the villages the storm cut off on March 13 near Hodeidah.",
                             "Crews worked through the night to clear the coast road."],
         [["2026-03-13"], []]),
    ])
    assert "2026-03-13" in days and "2026-03-09" not in days


def test_the_same_day_told_as_news_is_still_a_key_date():
    days = _key_days([
        ("a", "2026-03-14", ["The minister opened the new sea wall in the port on March 9, officials said."],
         [["2026-03-09"]]),
        ("b", "2026-03-14", ["Hundreds watched as the minister opened the sea wall on March 9."], [["2026-03-09"]]),
    ])
    assert "2026-03-09" in days


def test_what_reads_as_a_chronology_line():
    assert _CHRONOLOGY_ENTRY.match("October 18 - The minister arrives in the capital on an unannounced visit.")
    assert _CHRONOLOGY_ENTRY.match("18 Oct: Rebels take the port.")
    assert _CHRONOLOGY_ENTRY.match("March 3, 2026 - The first cases are confirmed.")
    assert not _CHRONOLOGY_ENTRY.match("October 18 was the day the minister arrived in the capital.")
    assert not _CHRONOLOGY_ENTRY.match("On October 18 - a Tuesday - the minister arrived.")
