"""The provenance stage (issue 19) runs under the same per-report isolation as every other stage
(issue 21): found when the real-story evaluation crashed the whole story on one quote whose
'he said' had no offset (TypeError in provenance._last_speaker)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from crosscheck.cli import EXIT_SKIPPED, app
from crosscheck.report import validate_story


def test_provenance_failure_on_one_report_skips_that_report_not_the_story(tmp_path, monkeypatch):
    from crosscheck import provenance

    real = provenance.trace_provenance

    def broken(documents, *rest):
        if any("BOOM" in d.text for d in documents):
            raise TypeError("injected failure")
        return real(documents, *rest)

    monkeypatch.setattr(provenance, "trace_provenance", broken)
    src = tmp_path / "r.jsonl"
    rows = [{"text": "BOOM. 12 people were hurt, the police said.", "outlet": "A", "published": "2026-03-01"},
            {"text": "The storm killed 14 people, the health ministry said on Sunday.", "outlet": "B",
             "published": "2026-03-01"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(src), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "Traceback" not in result.output
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    validate_story(story)
    assert any("provenance stage failed on report" in s["reason"] for s in story["skipped"])
    assert "provenance" in story["stages"]
    traced = {p["document"] for p in story["provenance"] for p in p.get("chains", [])} if story["provenance"] and \
        "chains" in story["provenance"][0] else None
    assert story["claims"] and story["provenance"]  # the other report's figures are still traced
    assert traced is None or traced <= {d["id"] for d in story["documents"]}


def test_he_said_quote_missing_from_a_reprint_does_not_crash_provenance():
    """A quote carried by a reprint whose words were edited has no span there (start None)."""
    from crosscheck.provenance import trace_provenance
    from crosscheck.records import Document, Quote, Sentence, Sources

    def doc(doc_id: str, text: str) -> Document:
        return Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text,
                        text=text, sentences=[Sentence(text, 0, len(text))])

    first = doc("d1", 'The minister spoke on Monday. "We will rebuild the port," he said.')
    reprint = doc("d2", "The minister spoke on Monday about the port.")
    start = first.text.index("We will")
    quote = Quote(id="q1", document="d1", text="We will rebuild the port,", speaker="the minister",
                  speaker_entity=None, start=start, end=start + 25, speaker_text="he", documents=["d1", "d2"])
    records, _ = trace_provenance([first, reprint], [], [], [quote], [], [], [], [], Sources([]))
    assert records
