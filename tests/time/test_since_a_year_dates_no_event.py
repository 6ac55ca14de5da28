"""Lead, twelfth session: "the worst since 2009" made a timeline event of 2009 (seen in the notebook screenshot of
issue 17's eleventh-session note). A year or a month after "since" starts a comparison or a span; a day after it
("since Saturday's quake") still dates the happening it names. Texts are invented."""

import json

import crosscheck


def _timeline(tmp_path, rows):
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps({"outlet": o, "published": d, "title": "Floods", "text": t}) + "\n"
                            for o, d, t in rows), encoding="utf-8")
    return crosscheck.analyze(path).data["timeline"]


def test_a_year_after_since_is_no_event_date(tmp_path):
    timeline = _timeline(tmp_path, [
        ("River Times", "2026-05-10", "Floods swept through Riverton on Saturday, the worst since 2009, forcing 2,000 "
                                      "people from their homes. Unemployment is at its highest level since 1998, the "
                                      "mayor said. It was the first time since March 2001 that the bridge had closed.")])
    assert {e["date"] for e in timeline} == {"2026-05-09"}


def test_a_day_after_since_still_dates_its_happening(tmp_path):
    timeline = _timeline(tmp_path, [
        ("River Times", "2026-05-12", "Rescuers have pulled 40 people from the rubble since Saturday's earthquake "
                                      "in Riverton, officials said.")])
    assert "2026-05-09" in {e["date"] for e in timeline}
