"""Regression tests for reported clauses lost where the sentence ends with its attribution and the parse hangs the
speaker elsewhere ("..., the head of the coast guard told TAP Monday.", "..., a ministry source told the News Agency.",
"..., his top aide, Tad Devine, told The Huffington Post."): the quotes stage found no item, so provenance had none to
trace and the outlet told was no relay (provenance test16 and Timeline17 Libya, tenth session; read as dev).

The sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.quotes.direct import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker_text) for f in find_quotes(text) if f.kind == "reported"]


def test_a_clause_before_a_speaker_who_told_an_outlet_on_a_day_is_reported_speech():
    got = _reported("Ferry.\n\nRough seas are holding up the search for more survivors, the head of the Larnaca port police "
                    "told CNA Monday.\n")
    assert ("Rough seas are holding up the search for more survivors", "the head of the Larnaca port police") in got


def test_a_told_the_parse_reads_as_a_second_verb_of_the_clause():
    got = _reported("Border.\n\nMeanwhile, the Moldovan government condemned the shelling of farms near the border village "
                    "of Palanca, a Moldovan foreign ministry source told the Moldpres News Agency.\n")
    assert any(s == "a Moldovan foreign ministry source" and "condemned the shelling" in t for t, s in got)


def test_a_name_in_apposition_after_a_description_is_the_speaker():
    got = _reported("Primary.\n\nDespite a string of bruising losses on Saturday night, Sen. Ada Morrow remains "
                    "determined to take the race through to the convention, her top aide, Leo Haddad, told The "
                    "Huffington Post.\n")
    assert any(s == "Leo Haddad" and t.endswith("to the convention") for t, s in got)


def test_a_clause_with_a_quoted_word_after_a_byline_line_is_reported_speech():
    got = _reported('By\n\nRosa Ibarra, 19, who was hurt on Sunday, is showing a "remarkable" recovery, her cousin told '
                    "NBCLatino.com.\n")
    assert any(s == "her cousin" and t.startswith("Rosa Ibarra") for t, s in got)


def _trailing(text: str) -> list[tuple[str, str | None]]:
    from types import SimpleNamespace

    from crosscheck import nlp
    from crosscheck.quotes.trailing import trailing_attributions

    doc = nlp.load_pipeline()(text)
    document = SimpleNamespace(id="t", text=text)
    return [(f.text, f.speaker_text) for sent in doc.sents for f in trailing_attributions(document, sent, [])]


def test_a_sentence_going_on_after_the_verb_or_a_clause_as_speaker_is_no_trailing_attribution():
    assert _trailing("The blaze destroyed three homes, the spokesman said.") == [
        ("The blaze destroyed three homes", "the spokesman")]
    assert _trailing("The blaze destroyed three homes, the spokesman said in a statement that thanked the crews.") == []
    assert _trailing("The blaze destroyed three homes, said Smith.") == []  # the parse's case: the name after the verb
    assert _trailing("The crews came late, and the fire was out by then, he said.") == []  # (a pronoun: the parse's)


def test_of_two_items_holding_each_others_cue_the_later_attribution_stands():
    # the parse reads "responded" as governing "Barbour said" and "said" as governing the clause: the two nested in each
    # other were both dropped
    got = _reported("Trunk.\n\nDeputies responded and halted the van in the town of Conway, Barbour said.\n")
    assert ("Deputies responded and halted the van in the town of Conway", "Barbour") in got
    assert not any(t == "Barbour said" for t, _ in got)


def test_a_quotation_before_its_speaker_is_no_trailing_clause():
    """Merging issue 19 with issue 20q (tenth session): in "“We need pumps,” the governor, Khaled al-Ansi, said on
    Monday." the trailing-attribution rule read "“We need pumps,” the governor" as a reported clause, and the folding of
    nested quotes then dropped the direct quotation inside it."""
    from crosscheck.quotes import extract_quotes
    from crosscheck.records import Document, Sources

    text = "“We need pumps,” the governor, Khaled al-Ansi, said on Monday."
    d = Document(id="a", source="a.txt", content_hash="a", format="txt", original=text, text=text)
    quotes = extract_quotes([d], [], [], Sources([]))
    assert [(q.kind, q.text) for q in quotes] == [("direct", "We need pumps")]
