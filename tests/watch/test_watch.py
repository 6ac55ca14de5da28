"""crosscheck watch: a local feed publishes a story in batches (issue 17). Nothing leaves 127.0.0.1."""

from __future__ import annotations

import threading
import time

from typer.testing import CliRunner

from crosscheck import api
from crosscheck.cli import app
from crosscheck.pipeline import Settings
from crosscheck.report import build_story
from crosscheck.store import Store
from crosscheck.watch import FeedSource, Fetcher, FolderSource, SitemapSource, Watcher

from .conftest import page, rss


def _publish(site, upto: int) -> list[str]:
    links = []
    for n in range(upto):
        site.put(f"/news/{n}.html", page(n)[1])
        links.append(f"/news/{n}.html")
    site.put("/feed.xml", rss(links, site.base), "application/rss+xml")
    return links


def _feed_batches(site, store: Store, batches: int = 5, size: int = 6):
    """The local feed publishes ``batches`` batches of ``size`` reports; after each, one pass of a watcher of it:
    (batch, the links published so far, the pass's digest, the watcher)."""
    watcher = Watcher([FeedSource(site.base + "/feed.xml")], store, "storm", Settings(processes=1), Fetcher(delay=0))
    for batch in range(batches):
        links = _publish(site, size * (batch + 1))
        yield batch, links, watcher.once(), watcher


def test_a_feed_of_30_reports_in_5_batches(site, tmp_path):
    digests = []
    outlets_seen: set[str] = set()
    with Store(tmp_path / "watch.sqlite") as store:
        for batch, links, digest, watcher in _feed_batches(site, store):
            digests.append(digest)
            urls = {site.base + link for link in links[6 * batch:]}
            ids = {r["id"] for r in store.db.execute(
                f"SELECT id FROM documents WHERE source IN ({','.join('?' * len(urls))})", sorted(urls))}
            # Exactly the batch's reports, and exactly the outlets not seen before.
            assert {r["id"] for r in digest["reports"]} == ids and len(ids) == 6
            outlets = {page(n)[0] for n in range(6 * batch, 6 * batch + 6)}
            assert set(digest["outlets"]) == outlets - outlets_seen
            outlets_seen |= outlets
            # One new speaker a batch: the quote is listed, and no quote seen before is.
            assert any(page_speaker in q for q in digest["quotes"] for page_speaker in [_speaker(batch)])
            assert not {q for d in digests[:-1] for q in d["quotes"]} & set(digest["quotes"])
            assert watcher.once() is None  # nothing new: nothing fetched, no digest
        watched = build_story(store, "storm")
        assert store.digests("storm")[-1]["summary"] == digests[-1]["summary"]
    # Batch 3 brings the first report of 41 dead against 14: a new conflict, said once.
    assert [c for c in digests[2]["conflicts"]["new"] if "41" in c]
    assert not any("41" in c for d in digests[:2] for c in (d["conflicts"] or {}).get("new", []))
    # Each page was fetched once, the feed once a pass.
    assert all(site.hits[f"/news/{n}.html"] == 1 for n in range(30))
    # The story built in five updates equals one analysis of all 30 reports.
    once = api.analyze([site.base + f"/news/{n}.html" for n in range(30)], story="storm")
    for key in ("generated",):
        watched.pop(key), once.data.pop(key)
    assert watched == once.data


def _speaker(batch: int) -> str:
    from .conftest import SPEAKERS

    return SPEAKERS[batch][0]


def test_robots_txt_size_cap_and_errors_are_obeyed(site, tmp_path):
    site.put("/private/secret.html", page(0)[1])
    site.put("/big.html", "<html><body>" + "<p>word</p>" * 5000 + "</body></html>")
    site.put("/feed.xml", rss(["/private/secret.html", "/big.html", "/missing.html"], site.base))
    with Store(tmp_path / "s.sqlite") as store:
        watcher = Watcher([FeedSource(site.base + "/feed.xml")], store, "s", Settings(processes=1),
                          Fetcher(delay=0, max_bytes=20_000))
        digest = watcher.once()
        reasons = {s["source"].rsplit("/", 1)[-1]: s["reason"] for s in digest["skipped"]}
        assert reasons == {"secret.html": "robots.txt disallows it", "big.html": "larger than 20,000 bytes",
                           "missing.html": "HTTP 404"}
        assert "/private/secret.html" not in site.hits
        assert watcher.once() is None  # each tried once, not again


def test_a_sitemap_and_a_saved_feed_file(site, tmp_path):
    site.put("/news/0.html", page(0)[1])
    site.put("/news/1.html", page(1)[1])
    site.put("/sitemap.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                             f"<url><loc>{site.base}/news/1.html</loc><lastmod>2026-03-15</lastmod></url>"
                             f"<url><loc>{site.base}/news/0.html</loc><lastmod>2026-03-14</lastmod></url></urlset>",
             "application/xml")
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(["/news/0.html"], site.base), encoding="utf-8")
    items = SitemapSource(site.base + "/sitemap.xml").items(Fetcher(delay=0))
    assert [i.location for i in items] == [site.base + "/news/0.html", site.base + "/news/1.html"]
    assert [i.location for i in FeedSource(str(feed)).items(Fetcher(delay=0))] == [site.base + "/news/0.html"]


def test_a_folder_is_followed_as_files_appear(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    digests: list[dict] = []
    stop = threading.Event()
    with Store(tmp_path / "s.sqlite") as store:
        watcher = Watcher([FolderSource(str(folder))], store, "s", Settings(processes=1), Fetcher(delay=0),
                          on_digest=digests.append)
        thread = threading.Thread(target=watcher.forever, kwargs={"interval": 60, "stop": stop})
        thread.start()
        try:
            time.sleep(1.0)
            (folder / "a.txt").write_text("Published: March 14, 2026\n\nAt least 14 people were killed in "
                                          "Hodeidah, officials said on Friday.\n", encoding="utf-8")
            deadline = time.time() + 120
            while not digests and time.time() < deadline:
                time.sleep(0.2)
        finally:
            stop.set()
            thread.join(timeout=180)
    assert digests and [r["label"] for r in digests[0]["reports"]] == ["a.txt, 2026-03-14"]
    assert not thread.is_alive()


def test_cli_watch_once_then_changes(site, tmp_path):
    _publish(site, 2)
    db = tmp_path / "w.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["watch", site.base + "/feed.xml", "--db", str(db), "--story", "storm", "--once",
                                 "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert "2 new reports" in result.output and "Red Sea Wire, 2026-03-14" in result.output
    again = runner.invoke(app, ["watch", site.base + "/feed.xml", "--db", str(db), "--story", "storm", "--once"])
    assert again.exit_code == 0 and "nothing new" in again.output
    listed = runner.invoke(app, ["changes", "--db", str(db), "--since", "1h"])
    assert listed.exit_code == 0 and "2 new reports" in listed.output
    later = runner.invoke(app, ["changes", "--db", str(db), "--since", "2999-01-01"])
    assert later.exit_code == 0 and "2 new reports" not in later.output
    bad = runner.invoke(app, ["changes", "--db", str(db), "--since", "yesterday-ish"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_report_files_are_not_rebuilt_when_an_update_adds_no_report(site, tmp_path):
    links = _publish(site, 2)
    db, out = tmp_path / "w.sqlite", tmp_path / "out"
    runner = CliRunner()
    args = ["watch", site.base + "/feed.xml", "--db", str(db), "--story", "storm", "--once", "--delay", "0",
            "--out", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    written = (out / "story.json").stat().st_mtime_ns
    time.sleep(0.05)
    site.put("/feed.xml", rss(links + ["/missing.html"], site.base), "application/rss+xml")  # a new item, gone
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "missing.html" in again.output
    assert (out / "story.json").stat().st_mtime_ns == written


def test_each_digest_of_the_feed_is_what_two_analyses_from_scratch_tell_apart(site, tmp_path):
    """Issue 17, "after each batch the digest lists exactly what changed" (session 11): each of the five digests
    equals, section by section (reports, outlets, figures, conflicts, quotes, key dates), the difference between
    analyses from scratch of the reports published before the batch and after it."""
    from crosscheck import changes

    before = changes.empty()
    with Store(tmp_path / "watch.sqlite") as store:
        for batch, links, digest, _ in _feed_batches(site, store):
            api.analyze([site.base + link for link in links], story="storm", db=tmp_path / f"scratch-{batch}.sqlite")
            with Store(tmp_path / f"scratch-{batch}.sqlite") as scratch:
                after = changes.snapshot(scratch, "storm")
            expected = changes.diff(before, after)
            for section in changes.SECTIONS:
                assert digest[section] == expected[section], (batch, section)
            assert digest["summary"] == expected["summary"]
            before = after
    assert expected["quotes"] and before["conflicts"]  # the feed's story has no agreement on a figure
