"""crosscheck watch --stories: new reports go to the stream's stories (issue 17). Nothing leaves 127.0.0.1."""

from __future__ import annotations

import random

from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.pipeline import Settings, find_stories
from crosscheck.store import Store
from crosscheck.watch import FeedSource, Fetcher, Watcher

from .conftest import page, rss

_FIRE_WORDS = ("turbine smoke crews ladders sirens substation transformer blackout heating apartments trams "
               "metro candles queues shelters engineers cables frost snow grid repairs").split()


def fire_page(n: int) -> str:
    """Report n of another story: a fire at a power station in Kharkiv, days after the storm."""
    rng = random.Random(1000 + n)
    body = [f"KHARKIV, Ukraine - A fire at the Kharkiv thermal power station cut heating to {200 + n} "
            "apartment blocks on March 20, city officials said.",
            "Firefighters battled the blaze at the power plant for six hours, the emergency service said.",
            f"Mayor Ihor Terekhov said on March {20 + n // 3} that repairs to the turbine hall would take weeks."]
    for _ in range(4):
        body.insert(rng.randrange(1, len(body)), " ".join(rng.choice(_FIRE_WORDS) for _ in range(12)).capitalize() + ".")
    outlet = ["Kyiv Ledger", "Eastern Courier", "Kharkiv Today"][n % 3]
    return (f"<html><head><title>Kharkiv power station fire, update {n + 1}</title>"
            f'<meta property="og:site_name" content="{outlet}">'
            f'<meta property="article:published_time" content="2026-03-{20 + n // 3:02d}"></head><body><article>'
            f"<h1>Kharkiv power station fire, update {n + 1}</h1>{''.join(f'<p>{p}</p>' for p in body)}"
            "</article></body></html>")


def test_watch_routes_new_reports_among_the_streams_stories(site, tmp_path):
    # The stream so far, split into stories by `crosscheck stories` (find_stories): 4 storm, 3 fire reports.
    folder = tmp_path / "stream"
    folder.mkdir()
    for n in range(4):
        (folder / f"storm-{n}.html").write_text(page(n)[1], encoding="utf-8")
    for n in range(3):
        (folder / f"fire-{n}.html").write_text(fire_page(n), encoding="utf-8")
    with Store(tmp_path / "stream.sqlite") as store:
        found = find_stories([str(folder)], store, tmp_path / "work", Settings(processes=1))
        assert len(found.stories) == 2
        storm, fire = (found.names[s.id] for s in sorted(found.stories, key=lambda s: s.first))
        before = {name: set(store.document_ids(name)) for name in (storm, fire)}

        # The feed then publishes 3 more of each, and one report of a third story.
        links = []
        for n in range(4, 7):
            site.put(f"/storm/{n}.html", page(n)[1])
            links.append(f"/storm/{n}.html")
        for n in range(3, 6):
            site.put(f"/fire/{n}.html", fire_page(n))
            links.append(f"/fire/{n}.html")
        site.put("/other/1.html", "<html><head><title>Chess final in Reykjavik</title>"
                 '<meta property="article:published_time" content="2026-03-21"></head><body><article>'
                 "<p>REYKJAVIK - The grandmaster won the world chess final in Reykjavik on Saturday after a "
                 "marathon endgame of ninety moves, organisers said.</p><p>Spectators filled the concert "
                 "hall for the tiebreak games, and the winner thanked his coach and his family.</p>"
                 "</article></body></html>")
        links.append("/other/1.html")
        site.put("/feed.xml", rss(links, site.base), "application/rss+xml")
        digests = []
        watcher = Watcher([FeedSource(site.base + "/feed.xml")], store, None, Settings(processes=1),
                          Fetcher(delay=0), on_digest=digests.append)
        result = watcher.once()

        def ids(prefix: str) -> set[str]:
            urls = [site.base + link for link in links if link.startswith(prefix)]
            return {r[0] for r in store.db.execute(
                f"SELECT id FROM documents WHERE source IN ({','.join('?' * len(urls))})", urls)}

        # Each new report is in the story it belongs to; the old ones stay where they were.
        assert set(store.document_ids(storm)) == before[storm] | ids("/storm/")
        assert set(store.document_ids(fire)) == before[fire] | ids("/fire/")
        assert len(result["new_stories"]) == 1
        assert set(store.document_ids(result["new_stories"][0])) == ids("/other/")
        # Each story that took reports was updated, and its digest lists exactly the reports it took.
        by_story = {d["story"]: {r["id"] for r in d["reports"]} for d in digests}
        assert by_story[storm] == ids("/storm/") and by_story[fire] == ids("/fire/")
        assert all(store.stage_is_current(storm, s) for s in ("copies", "claims", "brief"))
        assert watcher.once() is None  # nothing new
    assert all(site.hits[link] == 1 for link in links)


def test_cli_watch_stories_and_story_together_is_a_usage_error(site, tmp_path):
    site.put("/feed.xml", rss([], site.base), "application/rss+xml")
    result = CliRunner().invoke(app, ["watch", site.base + "/feed.xml", "--db", str(tmp_path / "s.sqlite"),
                                      "--stories", "--story", "x", "--once"])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_cli_watch_stories_once_prints_each_storys_digest_and_writes_its_report(site, tmp_path):
    links = []
    for n in range(3):
        site.put(f"/storm/{n}.html", page(n)[1])
        site.put(f"/fire/{n}.html", fire_page(n))
        links += [f"/storm/{n}.html", f"/fire/{n}.html"]
    site.put("/feed.xml", rss(links, site.base), "application/rss+xml")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["watch", site.base + "/feed.xml", "--db", str(tmp_path / "s.sqlite"),
                                      "--stories", "--once", "--delay", "0", "--out", str(out)])
    assert result.exit_code == 0, result.output
    # An empty store: the stream's first reports make its stories, each with its digest and its report.
    assert result.output.count("3 new reports") == 2 and "Traceback" not in result.output
    assert len([p for p in out.iterdir() if (p / "story.json").exists()]) == 2


def test_a_report_stored_by_a_pass_stopped_before_routing_it_is_routed_by_the_next(tmp_path):
    from crosscheck import clean
    from crosscheck.ingest import read_inputs
    from crosscheck.pipeline import route_to_stories

    path = tmp_path / "storm-0.html"
    path.write_text(page(0)[1], encoding="utf-8")
    with Store(tmp_path / "s.sqlite") as store:
        raw = next(iter(read_inputs([str(path)])))
        store.add_documents(None, [clean.clean_without_sentences(raw)])  # stored, then Ctrl-C: in no story
        routed = route_to_stories(read_inputs([str(path)]), store, Settings(processes=1))
        assert len(routed.new_stories) == 1 and sum(len(v) for v in routed.routed.values()) == 1
        assert route_to_stories(read_inputs([str(path)]), store, Settings(processes=1)).routed == {}
