"""Regression tests for issue 19g, nineteenth session: one gender guess (``crosscheck.genders``) for the quotes stage
and provenance, the report's own words first, then the given name's table, then the pronouns.

- "Lindsey Harlan ... Harlan, who wrote ..., said he would": the table calls "Lindsey" a woman's name; the report says
  otherwise ("said he" of the name opening its sentence), and the report wins (the quotes stage had no table; provenance
  took the table over the text and gave "he" to another man);
- "Ken Maddox praised Allison Brooks ... she said": the quotes stage, which read no table, gave "she" to the man;
- "Mrs. Okafor" beside "Daniel Okafor" stay two people, a lone surname joins its one full name otherwise;
- a name the table calls borne by both ("Kim") goes by the pronouns; a clear run of pronouns against the table wins.

Each test is named after the bug; the sentences are made up.
"""

from __future__ import annotations

from crosscheck.genders import genders
from tests.quotes.test_quotes_shown_s9 import _speaker_of


def _spans(text: str, *names: str) -> dict[str, list[tuple[int, int]]]:
    """Each name's mentions, by exact text (a longer name's mentions are not a shorter one's)."""
    import re

    out: dict[str, list[tuple[int, int]]] = {}
    taken: set[int] = set()
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if m.start() not in taken and not any(m.start() < t + 1 and m.end() > t for t in taken):
                out.setdefault(name, []).append(m.span())
                taken.update(range(*m.span()))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    import re

    return [m.span() for m in re.finditer(r"[^.!?]+[.!?]+[\"”]?\s*", text)]


def test_said_he_of_a_name_opening_its_sentence_beats_the_given_names_table():
    text = ("Lindsey Harlan and Susan Pike urged the board to wait. Harlan, who wrote the rule that would shield Mara "
            "Voss, said he would pass it tomorrow.")
    people = _spans(text, "Lindsey Harlan", "Harlan", "Susan Pike", "Mara Voss")
    told = genders(text, _sentences(text), people, surnames={"Harlan": "Lindsey Harlan"})
    assert told["Lindsey Harlan"] == "m" and told["Harlan"] == "m"
    assert told["Susan Pike"] == "f"


def test_the_given_names_table_tells_a_name_the_report_never_marks():
    text = "Allison Brooks filed the motion. Ken Maddox opposed it at the hearing."
    told = genders(text, _sentences(text), _spans(text, "Allison Brooks", "Ken Maddox"))
    assert told == {"Allison Brooks": "f", "Ken Maddox": "m"}


def test_a_wife_with_a_title_stays_apart_from_her_husband_named_in_full():
    text = ("Mrs. Okafor opened the bakery in 2004. Mrs. Okafor still bakes every loaf. Daniel Okafor handles the "
            "deliveries.")
    people = _spans(text, "Okafor", "Daniel Okafor")
    told = genders(text, _sentences(text), people, surnames={"Okafor": "Daniel Okafor"})
    assert told == {"Okafor": "f", "Daniel Okafor": "m"}


def test_a_man_and_his_wife_marks_him():
    text = "Jordan Pell and his wife moved to the coast. Jordan Pell opened a shop."
    assert genders(text, _sentences(text), _spans(text, "Jordan Pell"))["Jordan Pell"] == "m"


def test_a_name_borne_by_both_goes_by_the_pronouns_and_a_clear_run_of_them_beats_the_table():
    text = ("Kim Salo ran the depot for years, and she kept its books herself. Kim Salo said she would stay on, "
            "and she did.")
    assert genders(text, _sentences(text), _spans(text, "Kim Salo"))["Kim Salo"] == "f"
    text = ("Lindsey Crane opened the session. Lindsey Crane said he would vote no, and he did, and he left "
            "early with his papers.")
    assert genders(text, _sentences(text), _spans(text, "Lindsey Crane"))["Lindsey Crane"] == "m"


def test_quote_spk_she_is_not_a_man_the_given_name_tells():
    text = ("Ken Maddox praised Allison Brooks for the filing on Monday. \"We will take this all the way to the top "
            "court,\" she said.")
    assert _speaker_of(text, "take this all the way") != "Ken Maddox"


def test_quote_spk_he_is_the_man_who_said_he_though_the_table_calls_his_name_a_womans():
    text = ("Lindsey Harlan and Susan Pike urged the board to wait. Harlan, who wrote the rule that would shield Mara "
            "Voss, said he would be \"happy to vote on it next week.\" \"The board is in no danger,\" he said.")
    assert "Harlan" in (_speaker_of(text, "no danger") or "")
