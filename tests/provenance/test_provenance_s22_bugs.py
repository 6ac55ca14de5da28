"""Regression tests for issue 22q, twenty-second session (issue 19, provenance), found on the provenance dev errors and
the oil-spill story of the fresh dev set. The sentences are made up.

- "He" after a sentence whose quote the quotes stage gives a named speaker, with no cue this stage reads ("X described
  the hearing as a '...'"): that speaker is the one last said to speak, not a "he ... testified" in the clause before
  it (the Obama/McKay quote of the oil-spill story went to McKay).
"""

from __future__ import annotations

from crosscheck.provenance.reading import read_sentence
from tests.provenance.story_chains import analysed, chains_at

TEXTS = {
    "asked": "Sentences asked.\n\nOne of the three reporters still trapped in Velmar is refusing to leave without 12 "
             "injured civilians, say the Valley Relief Committees, a network of volunteers. Two of the roads are shut, "
             "say the Road Watch Groups ( RWG ), a network of drivers. The repairs "
             "could cost, say, 40 million dollars.\n",
    "hearing": "Bank chiefs face the committee.\n\nMr Varga is due to appear before the budget committee on Tuesday. "
               "When he and other bank chiefs testified before the Senate last month, President Hal Dorrit described "
               "the hearing as a \"shameful circus\". He talked of \"bankers tripping over each other to blame "
               "somebody else\". The bank has not commented.\n",
}


def _story() -> dict:
    return analysed(TEXTS, "s22-speakers")


def test_he_after_a_quote_with_a_named_speaker_is_that_speaker_not_the_he_of_the_clause_before():
    story = _story()
    chains = chains_at(story, "hearing", "bankers tripping over")
    assert chains and all(c["primary_name"] == "Hal Dorrit" for c in chains), chains
    quote = next(q for q in story["quotes"] if q["text"].startswith("bankers tripping"))
    assert quote["speaker"] == "Hal Dorrit"  # the quotes table names whom the chain names


def test_a_named_speaker_after_the_pronoun_is_not_who_the_pronoun_is():
    # the quote of the next sentence: its speaker stands after "he", so "he" is not Dorrit there
    text = ("Mr Varga spoke first. \"We lost the files,\" he said, and President Hal Dorrit called it \"a disgrace\".")
    story = analysed({"one": "Files lost.\n\n" + text + "\n"}, "s22-speakers-after")
    chains = chains_at(story, "one", "We lost the files")
    assert chains and all(c["primary_name"] == "Varga" for c in chains), chains


def test_inverted_plural_say_names_the_source_and_a_bare_say_is_no_cue():
    story = _story()
    chains = chains_at(story, "asked", "12 injured civilians")
    assert chains and all(c["primary_name"] == "Valley Relief Committees" for c in chains), chains
    chains = chains_at(story, "asked", "Two of the roads")
    assert chains and all(c["primary_name"] == "Road Watch Groups" for c in chains), chains
    chains = chains_at(story, "asked", "40 million dollars")
    assert chains and all(c["primary"] == "unattributed" for c in chains), chains


def test_what_it_said_was_is_the_clauses_subject():
    for text, source in (
            ("Dorland presented on Monday what it said was proof that Velmar had kept 3 secret labs.", "Dorland"),
            ("The plan is meant to make it hard for Karesia and Umbria, who are against what they say is a forced "
             "change of rulers, to block 2 votes.", "Karesia and Umbria")):
        found = [text[a:b] for a, b, _, _, _ in read_sentence(text, 0).found]
        assert found == [source], (text, found)
    # no subject read: the pronoun alone (resolved later), never "Monday what it"
    text = "At one point, state TV switched to what it said were live strikes."
    assert [text[a:b] for a, b, _, _, _ in read_sentence(text, 0).found] == ["it"]
