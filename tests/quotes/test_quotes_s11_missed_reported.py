"""Regression tests for reported speech the parse missed or cut short, the largest loss of provenance ("items not
found": a gold item with no crosscheck item holding it). Classes read on the provenance dev stories in the eleventh
session (ECB+, Multi-News, PolNeAR dev stories; read as dev):

- the clause's subject made the verb's object: "The department said Jane Roe, 32, and Ann Poe, 27, face charges";
- a clause read as a long object: "Police say a man who was trying to ... plunged to his death";
- a "that" clause hung on a noun after the verb: "Heller told a judge during a hearing that ...";
- "X said he talked to ...": what "said" governs, not a parenthetical "he talked" around "X said";
- a parenthetical between commas in mid-sentence: "Nor does she have any plans, advisers say, to ...";
- "..., as (has been) reported by X";
- an adjective of stance: "experts are skeptical that ...";
- "..., TMZ reports, ..." (the tagger reads "reports" as a plural noun);
- a trailing attribution the parse split at a title's full stop: "..., Homicide Capt. James Clark said.";
- a sentence opening "Prosecutors allege <clause>" the tagger read as one noun phrase; "made clear (that) ...";
- a cue inside a relative clause: "a war that activists say has killed ...", "X, who police say are ...".

The sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

import pytest

from crosscheck.quotes.direct import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    """The reported items a reader is shown and provenance counts (``not_speech`` ones reach neither)."""
    return [(f.text, f.speaker_text) for f in find_quotes("Story.\n\n" + text + "\n")
            if f.kind == "reported" and f.not_speech is None]


@pytest.mark.parametrize("sentence, opening, speaker", [
    pytest.param("The Denver Fire Department said Rosa Mendez, 34, and Carla Diaz, 29, face charges after four children "
                 "were hurt at the Little Steps Academy.", "Rosa Mendez, 34", "The Denver Fire Department",
                 id="the clause's subject the parse made the object of said"),
    pytest.param("Anna Kowalski, the director of the Open Waters Project, said the government in Minsk, the capital, is "
                 "trying to provoke its neighbour into a trade war.", "the government in Minsk", "Anna Kowalski",
                 id="the clause's subject with an apposition after said"),
    pytest.param("Police said Peter Walsh, 19, and a 17-year-old cousin were climbing along the quarry "
                 "fence at about 10:30 p.m. when Walsh fell.", "Peter Walsh, 19", "Police",
                 id="an object and the subject joined by and are one clause"),
    pytest.param("Garcia told a judge during a hearing Tuesday morning that Jones had checked in to a rehab facility in "
                 "Malibu.", "Jones had checked in", "Garcia",
                 id="a that clause after a phrase following told"),
    pytest.param("The singer, 31, arrived late Friday night, TMZ reports, barely making the deadline.",
                 "The singer, 31, arrived late Friday night", "TMZ",
                 id="reports between commas read as a noun"),
    pytest.param("Prosecutors allege Miller shot Grant after she told him she was leaving.", "Miller shot Grant",
                 "Prosecutors", id="speakers and a cue the tagger read as a noun open the sentence"),
])
def test_a_clause_the_parse_cut_or_missed_is_reported_whole(sentence, opening, speaker):
    assert any(t.startswith(opening) and s == speaker for t, s in _reported(sentence))


@pytest.mark.parametrize("sentence, opening, later, speaker", [
    pytest.param("Police say an Ohio woman who was trying to cross the frozen lake near the Silver Creek Lodge after "
                 "taking photos of the sunrise with a friend drowned early Monday.", "an Ohio woman who was trying",
                 "drowned early Monday", "Police", id="a clause after police say the parse read as an object"),
    pytest.param("Nor does the senator have any plans, aides say, to change her message on trade before the "
                 "convention.", "Nor does the senator have any plans", "to change her message", "aides",
                 id="a parenthetical between commas attributes the whole sentence"),
])
def test_a_whole_clause_is_reported_from_its_first_words_on(sentence, opening, later, speaker):
    assert any(t.startswith(opening) and later in t and s == speaker for t, s in _reported(sentence))


def test_said_he_talked_is_what_said_governs_not_a_parenthetical():
    got = _reported("Tom Reyes, a former teacher who lives in the valley who now runs a group of 12 volunteers, "
                    "said he talked to four nurses in the clinic, all of whom said that two shells had landed.")
    assert any(t.startswith("he talked to four nurses") and s == "Tom Reyes" for t, s in got)
    assert not any(t.startswith("Tom Reyes") for t, _ in got)


def test_as_reported_by_an_outlet_is_an_attribution():
    got = _reported("The factory will close in March, as first reported by the Springfield Gazette.")
    assert ("The factory will close in March", "the Springfield Gazette") in got


def test_as_required_by_law_is_no_attribution():
    assert _reported("The company filed the forms in March, as required by law.") == []


def test_an_adjective_of_stance_governs_its_that_clause():
    got = _reported("But analysts are skeptical that the company would easily give up its largest market.")
    assert ("the company would easily give up its largest market", "analysts") in got


def test_a_trailing_attribution_split_at_a_title_abbreviation_is_found():
    got = _reported("He then fired at the guards, Chicago Homicide Capt. Ray Moss said.")
    assert any(t == "He then fired at the guards" and s.endswith("Ray Moss") for t, s in got)


def test_made_clear_governs_its_clause():
    got = _reported("But Judge Anna Berg made clear the witness is reluctant to take the stand.")
    assert ("the witness is reluctant to take the stand", "Judge Anna Berg") in got


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The fighting turned into a war that monitors say has killed nearly 9,000 people.", "has killed nearly 9,000 people",
     "monitors"),
    ("Two shells hit a clinic that residents said was being used by the army as a depot.",
     "was being used by the army as a depot", "residents"),
    ("The talks stalled in what some envoys say is the worst rift in a decade.", "is the worst rift in a decade",
     "some envoys"),
    ("He joined a crew known as the Ninth Street Boys, who officers say are fighting a rival crew.",
     "are fighting a rival crew", "officers"),
])
def test_a_cue_inside_a_relative_clause_is_said_by_its_own_subject(sentence, content, speaker):
    assert (content, speaker) in _reported(sentence)
