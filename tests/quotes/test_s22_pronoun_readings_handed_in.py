"""Review of the twenty-first session (issue 22q): the quotes stage called provenance (``quotes.one_speaker`` imported
``provenance.pronoun_speakers``), a stage calling a later stage. Now the reading of "he"/"she" is handed in
(``extract_attributions(..., pronouns=...)``; the pipeline hands provenance's), and the quotes package imports no
later stage. The texts are made up."""

from __future__ import annotations

import ast
from pathlib import Path

from crosscheck import nlp, quotes
from crosscheck.clean import sentences_from_parse
from crosscheck.entities import extract_entities
from crosscheck.records import Document, Sources

LATER_STAGES = ("reconcile", "brief", "provenance")

TEXT = ('Governor Nadia Olsen opened the new bridge on Friday. "This crossing will serve the valley for a century," '
        'she said.')


def _doc(text: str) -> Document:
    d = Document(id="d1", source="d1.txt", content_hash="d1", format="txt", original=text, text=text)
    d.sentences = sentences_from_parse(text, nlp.load_pipeline()(text))
    return d


def test_quotes_package_imports_no_later_stage():
    folder = Path(quotes.__file__).parent
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [a.name for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                assert not any(name == s or name.startswith(s + ".") or name.endswith("." + s) or
                               f".{s}." in name for s in LATER_STAGES), f"{path.name} imports {name}"


def test_pronoun_readings_handed_in_name_the_speaker_and_without_them_the_stage_reads_its_own():
    d = _doc(TEXT)
    entities = extract_entities([d], Sources([]))
    asked: list[int] = []

    def reader(documents, found_entities, found_quotes):
        asked.append(len(found_quotes))
        return {q.id: ("Ines Carvalho", None) for q in found_quotes if (q.speaker_text or "").lower() == "she"}

    handed = quotes.extract_quotes([d], entities, [], Sources([]), pronouns=reader)
    own = quotes.extract_quotes([d], entities, [], Sources([]))
    assert asked and asked[0] >= 1
    spoken = [q for q in handed if (q.speaker_text or "").lower() == "she"]
    assert spoken and all(q.speaker == "Ines Carvalho" and q.speaker_entity is None for q in spoken)
    assert [q.speaker for q in own if (q.speaker_text or "").lower() == "she"] == ["Nadia Olsen"]
    assert [q.id for q in handed] == [q.id for q in own]  # ids, words and basis stay: only the speaker is read
