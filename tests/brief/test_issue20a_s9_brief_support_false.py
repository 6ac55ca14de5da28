"""Issue 20, ninth session (branch issue-20a), BRIEF-SUPPORT-FALSE: a brief sentence was cited to a report whose only
"support" was a sentence naming the same people (a results line listing the candidates), because support was TF-IDF
cosine alone (``SUPPORT_COSINE``). A citation now needs the other sentence to state the same thing
(``brief.states_same``). The sentences are made up for the test."""

from crosscheck.brief import _Candidate, select, states_same
from crosscheck.records import Sources

ATTACK = "Ana Ruiz fired at Tom Kell, Lee Park, Dan Moss and Rita Vale in the last debate."
RESULTS = "Tom Kell was second with 16 percent, with Lee Park, Dan Moss, Ana Ruiz and Rita Vale behind him."
RETOLD = "In the last debate Ana Ruiz fired at Tom Kell and Rita Vale, rival campaigns said on Saturday."
OTHER = ["Polls opened early across the state and turnout was described as heavy by election officials.",
         "Voters waited in long lines at schools and churches while snow fell through the morning hours."]


def test_brief_support_false_a_sentence_sharing_only_names_is_no_citation():
    texts = [ATTACK, RESULTS, RETOLD] + OTHER
    candidates = [_Candidate(doc, text, 0, len(text), 0, True) for doc, text in zip("abcde", texts)]
    cited = {c.text: docs for c, docs in select(candidates, Sources(documents=[(d, d + ".example") for d in "abcde"]), 5)}
    assert cited[ATTACK] == ["a", "c"]  # the report that retells the attack, not the results line


def test_brief_support_false_states_same_reads_what_is_said_not_who_is_named():
    assert not states_same(ATTACK, RESULTS)
    assert states_same(ATTACK, RETOLD)
    assert states_same("Ten people were killed in the blast at the market.", "The blast killed ten people at a market.")


def test_brief_support_false_a_first_name_opening_both_sentences_is_no_word_stated():
    # tenth session: a sentence's first word counts as a word stated, unless the other writes it as a name
    assert not states_same("Ana Ruiz fired at Tom Kell and Rita Vale.", "Ana Ruiz was fifth with Tom Kell and Rita Vale.")
    assert states_same("Ana Ruiz fired at Tom Kell.", "Ana Ruiz fired at Tom Kell and Rita Vale on Monday.")
