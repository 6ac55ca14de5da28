"""Review s11: story.json's 'attributions' (what 'who said what' hides, kept for provenance) had a pasted copy of the
quotes schema, listed fields story.py never wrote, and accepted an item that says nothing of why it is hidden."""

import json
from importlib import resources

import jsonschema
import pytest

from crosscheck.report.story import INDEPENDENCE


def _section(name: str) -> dict:
    schema = json.loads(resources.files("crosscheck.report").joinpath("story.schema.json").read_text("utf-8"))
    return {"$defs": schema["$defs"], **schema["properties"][name]}


ITEM = {"document": "d1", "text": "how well the vaccine will work", "speaker": None, "speaker_entity": None}


def test_an_attribution_says_why_it_is_hidden_and_a_quote_is_never_hidden():
    jsonschema.validate([dict(ITEM, hidden="negated")], _section("attributions"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([ITEM], _section("attributions"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([dict(ITEM, hidden=None)], _section("attributions"))
    jsonschema.validate([dict(ITEM, hidden=None)], _section("quotes"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([dict(ITEM, hidden="negated")], _section("quotes"))


def test_attributions_count_their_independent_sources_as_quotes_do():
    assert INDEPENDENCE["attributions"] is INDEPENDENCE["quotes"]
