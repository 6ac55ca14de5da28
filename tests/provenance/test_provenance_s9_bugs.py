"""Regression tests for the provenance errors read on the provenance split test16 (ninth session, 2026-11-30: test16 is
dev since; bench/results/issue-19-s9.md): programmes told or spoken on ('told "Fox and Friends"', 'on the podcast
"Here's the Thing"'), an outlet's forum, a piece appearing in a paper, "X cited Y as saying", records that "found",
"Sanders himself acknowledged", a long title with one lowercase word before it, a description with the name in
apposition after an inverted "said".

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from tests.provenance.test_provenance_round8_bugs import _found, _told


def test_a_programme_told_in_quote_marks_relays_the_speaker():
    assert _told('"We have to act," the nominee told "Face the Morning" after he was asked.') == ["Face the Morning"]
    # quote marks around a plain word told are no programme
    assert _told('He told "reporters" that it was fine.') == []


def test_a_programme_a_statement_was_made_on_relays_it():
    assert _told('"Being a dad is my job," Roe said in May on the podcast "The Long Talk."') == ["The Long Talk"]
    assert _told('Roe said in May on the podcast that he was fine.') == []


def test_an_outlets_forum_or_interview_relays_the_statement_made_in_it():
    sentence = 'Smith acknowledged in an MSNBC forum Tuesday night "we are a long way behind."'
    assert _told(sentence) == ["MSNBC"]
    assert ("Smith", "acknowledged") in _found(sentence)
    # a forum of no outlet relays nothing
    assert _told('Smith acknowledged in a town forum Tuesday night "it will be hard."') == []


def test_a_piece_appearing_in_a_paper_relays_its_author():
    sentence = "In a guest column appearing in the New York Times, Smith wrote that voters are angry."
    assert _told(sentence) == ["New York Times"]
    assert ("Smith", "wrote") in _found(sentence)


def test_whoever_cites_someone_as_saying_relays_them():
    found = _found("The number rose to 1,864, state media cited official survey data as saying this month.")
    assert ("official survey data", "citing") in found
    assert ("state media", "reported") in found


def test_a_record_that_found_something_is_its_source():
    assert ("The April survey", "found") in _found("The April survey found Roe leading Lee by seven points.")
    assert ("A Daily Planet/State University poll", "found") in _found(
        "A Daily Planet/State University poll released this week found 66 percent of voters unhappy.")
    assert ("a new poll from the State University", "found") in _found(
        "Yet a new poll from the State University found 40% of voters unsure.")
    # a person or a body who found something says nothing by it
    assert _found("Police found two guns in the car.") == []


def test_a_long_title_with_one_lowercase_word_before_it_is_the_subject():
    found = _found("According to media outlets, former Lake County Sheriff's Office Detective Bob Gray also said the "
                   "dog found it.")
    assert ("former Lake County Sheriff's Office Detective Bob Gray", "said") in found


def test_an_inverted_said_with_a_description_and_its_name_takes_the_name():
    assert _found('"It is over," said the agency\'s chief, Laura M. Kemp, on Friday.') == [("Laura M. Kemp", "said")]
    assert _found('"It is over," said the spokesman, adding that nothing was left.')[0] == ("the spokesman", "said")


def _primaries(text: str) -> dict[str, list[str]]:
    import crosscheck

    story = crosscheck.analyze([text], story="s9")
    return {p["item"]: [c["primary_name"] or c["primary"] for c in p["chains"]] for p in story.data["provenance"]}


def test_a_nominee_told_a_programme_is_the_person_and_the_programme_relays():
    text = ("Experts rebuke Lee proposal.\n\nJohn Lee's assertion Monday that more strikes are needed drew rebukes.\n\n"
            '"We have to really increase the strikes," the presumptive Republican presidential nominee told "Face the '
            'Morning" after he was asked about the claim.\n')
    import crosscheck

    story = crosscheck.analyze([text], story="s9")
    quote = next(p for p in story.data["provenance"] if p["item"].startswith("quote")
                 and p["chains"][0]["start"] == text.index("We have"))
    chain = quote["chains"][0]
    assert chain["primary_name"] == "John Lee"
    assert [link["source"] for link in chain["links"] if link["role"] == "relay"] == ["Face the Morning"]


def test_an_inverted_said_covers_its_clause_though_the_speakers_apposition_runs_on():
    text = ("Jackpot grows.\n\nThe jackpot climbed to $412 million on Tuesday, with a further jump in ticket sales due before "
            "the drawing, said Paula Otto, the state's lottery director, who heads the game.\n")
    assert ["Paula Otto"] in _primaries(text).values()
    claims = [v for k, v in _primaries(text).items() if ":c" in k]
    assert claims and all(v == ["Paula Otto"] for v in claims)


def test_a_journal_a_study_is_reported_in_relays_it():
    sentence = ("Rates rose in 20 nations, the team at the University's Institute for Health Studies in Seattle reported "
                "in the Lancet medical journal.")
    assert _told(sentence) == ["Lancet"]
    assert any("Institute for Health Studies" in source for source, _ in _found(sentence))
    sentence = "Diabetes is on the rise, says the study to be published Friday in the medical journal Lancet."
    assert _told(sentence) == ["Lancet"]
    assert ("the study", "says") in _found(sentence)
    assert _told("He said in the journal that it was fine.") == []
