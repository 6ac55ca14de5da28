"""The web app through FastAPI's test client, on a store of the example corpus."""


import pytest
from fastapi.testclient import TestClient

from crosscheck.pipeline import run
from crosscheck.records import Document, PublishedDate, Sentence
from crosscheck.store import Store, StoreError
from crosscheck.web import create_app

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from tests.conftest import EXAMPLES

    db = tmp_path_factory.mktemp("web") / "s.sqlite"
    with Store(db) as store:
        run([str(EXAMPLES)], store, "hodeidah-storm")
        text = f"The minister said {EVIL} was posted online."
        store.add_documents("evil", [Document("evil000000000000", "evil.txt", "e" * 64, "txt", text, text,
                                              [Sentence(text, 0, len(text))], [], PublishedDate(), f"Title {EVIL}")])
    return TestClient(create_app(db))


def test_lists_stories(client):
    page = client.get("/")
    assert page.status_code == 200 and "hodeidah-storm" in page.text and "/story/evil" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_story_page_has_every_view(client):
    page = client.get("/story/hodeidah-storm").text
    for anchor in ('id="brief"', 'id="timeline"', 'id="map"', 'id="entities"', 'id="numbers"', 'id="quotes"',
                   'id="copies"', 'id="reports"', "<svg", 'class="diff"', "Search reports"):
        assert anchor in page, anchor


def test_article_content_is_escaped(client):
    page = client.get("/story/evil").text
    assert "<script>alert" not in page and 'onerror="alert' not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;" in page


def test_search_highlights_and_escapes(client):
    page = client.get("/search", params={"q": "cholera"}).text
    assert "<mark>" in page.lower() and "/story/hodeidah-storm#d-" in page
    page = client.get("/search", params={"q": "minister"}).text
    assert "<script>alert" not in page
    assert client.get("/search", params={"q": 'NEAR( "'}).status_code == 200


def test_exports(client):
    story = client.get("/story/hodeidah-storm/export/json").json()
    assert story["story"] == "hodeidah-storm" and story["documents"]
    assert client.get("/story/hodeidah-storm/export/claims").text.startswith("id,document")
    markdown = client.get("/story/hodeidah-storm/export/md").text
    assert markdown.startswith(f"# {story['title']}\n") and "Stored as story “hodeidah-storm”" in markdown  # issue 20: titled by content
    assert client.get("/story/hodeidah-storm/export/exe").status_code == 404


def test_missing_story_and_paths_outside_the_store(client):
    assert client.get("/story/nope").status_code == 404
    assert client.get("/story/..%2F..%2Fetc%2Fpasswd").status_code == 404
    r = client.get("/../../etc/passwd")
    assert r.status_code == 404 and "root:" not in r.text
    assert client.get("/static/../../etc/passwd").status_code == 404


def test_broken_store_is_refused(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 50)
    with pytest.raises(StoreError):
        create_app(junk)
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.sqlite")


def test_serve_binds_localhost_by_default():
    from typer.testing import CliRunner

    from crosscheck.cli import app

    help_text = CliRunner().invoke(app, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text


def test_story_page_shows_the_timeline_at_a_glance_and_updates_as_charts(client):
    """Issue 20 item 7: the web app's story page, like the HTML report, has events per day as bars (each
    bar links to its day's list, shown alone by CSS) and each update as a small chart beside its table."""
    page = client.get("/story/hodeidah-storm").text
    story = client.get("/story/hodeidah-storm/export/json").json()
    assert 'class="timeline-bars"' in page and 'class="timeline-days"' in page
    day = next(e["date"] for e in story["timeline"] if len(e["date"]) == 10)
    assert f'<a href="#day-{day}"><rect' in page and f'id="day-{day}"' in page
    assert story["updates"] and page.count('class="update-svg"') == len(
        [u for u in story["updates"] if len({p["published"] for p in u["points"]}) > 1])
    rows = client.get("/story/hodeidah-storm/export/updates").text.splitlines()
    assert rows[0].startswith("update,quantity") and len(rows) - 1 == sum(len(u["points"]) for u in story["updates"])
