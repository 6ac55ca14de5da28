"""story.json written streamed from the store (issue 18) is the story.json built whole."""

import json
import re

import pytest

from crosscheck.pipeline import Settings, run
from crosscheck.records import Document, PublishedDate, Sentence
from crosscheck.report import build_story, validate_story
from crosscheck.report.exports import _JSON_FORM, safe_story
from crosscheck.report.story import write_story_json
from crosscheck.store import Store


def _whole(store, story):
    data = safe_story(build_story(store, story))
    return data, json.dumps(data, **_JSON_FORM)


def _same_but_generated(streamed: str, whole: str) -> None:
    a, b = json.loads(streamed), json.loads(whole)
    assert a.pop("generated") and b.pop("generated")
    assert a == b
    # and byte for byte, once the one line that holds the time is dropped
    drop = lambda text: [line for line in text.splitlines() if not line.startswith(' "generated": ')]  # noqa: E731
    assert drop(streamed) == drop(whole)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    from tests.conftest import EXAMPLES

    folder = tmp_path_factory.mktemp("streamed")
    store = Store(folder / "s.sqlite")
    run([str(EXAMPLES)], store, "storm", Settings(processes=1))
    yield store, folder
    store.close()


def test_streamed_story_json_is_the_whole_story_json(analysed):
    store, folder = analysed
    path = write_story_json(store, "storm", folder / "story.json")
    streamed = path.read_text(encoding="utf-8")
    data, whole = _whole(store, "storm")
    assert data["claims"] and data["entities"] and data["timeline"] and data["documents"]
    _same_but_generated(streamed, whole)
    validate_story(json.loads(streamed))


def test_streamed_story_scrubs_control_characters_and_writes_empty_sections(tmp_path):
    text = "Floods closed the port\x07 on Friday."
    d = Document(id="d1", source="in/a\x1b[31m.txt", content_hash="1" * 64, format="txt", original=text, text=text,
                 sentences=[Sentence(text, 0, len(text))], published=PublishedDate(), title="Port\x00 closed",
                 outlet="Wire")
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("tiny", [d])
        streamed = write_story_json(store, "tiny", tmp_path / "story.json").read_text(encoding="utf-8")
        _, whole = _whole(store, "tiny")
    assert "\x07" not in streamed and "\x00" not in streamed
    assert '"claims": []' in streamed
    _same_but_generated(streamed, whole)


def test_write_report_writes_the_files_write_all_writes(analysed, monkeypatch):
    from crosscheck.report import story as story_module, write_all
    from crosscheck.report.story import write_report

    monkeypatch.setattr(story_module, "STREAM_FROM", 0)  # streamed whatever the size

    store, folder = analysed
    lean = write_report(store, "storm", folder / "lean")
    whole = write_all(build_story(store, "storm"), folder / "whole")
    assert sorted(p.name for p in lean) == sorted(p.name for p in whole)
    for path in whole:
        mine, theirs = (folder / "lean" / path.name).read_text(encoding="utf-8"), path.read_text(encoding="utf-8")
        if path.name == "story.json":
            _same_but_generated(mine, theirs)
        else:  # the time it was generated aside
            stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")
            assert stamp.sub("T", mine) == stamp.sub("T", theirs), path.name


def test_html_written_in_chunks_is_the_page_rendered_whole(analysed):
    from crosscheck.report import to_html
    from crosscheck.report.exports import html_chunks

    store, _ = analysed
    data = build_story(store, "storm")
    assert "".join(html_chunks(data)) == to_html(data)


def test_sources_explain_the_same_with_few_search_trees_kept(monkeypatch):
    """Sources keeps a bounded number of search trees (issue 18: they grew with the square of the
    story); a chain explained after its tree was dropped reads the same."""
    from crosscheck.records import CopyGroup, CopyMember, Sources
    from crosscheck.records import sources as sources_module  # where Sources reads its bound

    docs = [(f"r{i}", f"Outlet {i % 3}") for i in range(30)]
    groups = [CopyGroup(f"g{i}", [f"r{i}", f"r{i + 1}"], f"r{i}", 0.9, [CopyMember(f"r{i + 1}", 0.9, 0.9)])
              for i in range(0, 28, 3)]
    asks = [[f"r{i}", f"r{j}"] for i in range(30) for j in range(i + 1, 30, 4)]
    plenty = [Sources(groups, documents=docs).explain(a) for a in asks]
    monkeypatch.setattr(sources_module, "PATH_TREES_HELD", 5)
    few = Sources(groups, documents=docs)
    assert [few.explain(a) for a in asks] == plenty
    trees = [v[0] for v in few._paths_from.values()]
    assert few._paths_held == sum(map(len, trees))
    assert trees and sum(map(len, trees)) <= max(5, max(map(len, trees)))


def test_a_section_added_once_is_in_the_built_and_the_streamed_story(analysed, monkeypatch):
    """build_story and stream_story each listed the sections: one list (SECTIONS) now serves both."""
    from crosscheck.report import story as story_module

    store, folder = analysed
    extra = story_module.SECTIONS + (("claims_again", "claims", story_module._plain),)
    monkeypatch.setattr(story_module, "SECTIONS", extra)
    built = build_story(store, "storm")
    streamed = json.loads(write_story_json(store, "storm", folder / "extra.json").read_text(encoding="utf-8"))
    assert built["claims_again"] and streamed["claims_again"]
    keys = [k for k, _, _ in extra]
    assert [k for k in built if k in keys] == keys == [k for k in streamed if k in keys]
    assert list(built)[-1] == list(streamed)[-1] == "source_groups"
