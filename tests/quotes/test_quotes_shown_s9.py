"""Regression tests for the quotes a reader was shown wrongly in the ninth session's review of four dev stories
(NOTES/review-s9.md: the 2016 New Hampshire primary, Lauren Bacall's will, Conrad Murray's sentencing, Comey's
decision on Clinton's email): an explainer's subheads shown as candidates' words, the targets of "slammed" and
"called", a small clause after "found", a negated cue, a quoted phrase shown again beside the clause around it.
Each test is named after the bug (the review's class in capitals). The texts are written for the tests: other words,
names and topics than the reports, in the grammatical shape each rule needs (checked with a six-word `grep -F` window
against ../shared/data, review s11 finding 5).
"""

from __future__ import annotations

import pytest

from crosscheck import nlp
from crosscheck.clean import sentences_from_parse
from crosscheck.provenance import pronoun_speakers
from crosscheck.quotes import extract_quotes, find_quotes
from crosscheck.records import Document, Sources


def _doc(text: str, doc_id: str = "d1") -> Document:
    d = Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text)
    d.sentences = sentences_from_parse(text, nlp.load_pipeline()(text))
    return d


def _shown(text: str) -> list[tuple[str, str | None, str]]:
    # a he/she quote's speaker read as the pipeline reads it (provenance's reading, handed in: issue 22q)
    return [(q.text, q.speaker, q.kind) for q in extract_quotes([_doc(text)], [], [], Sources([]),
                                                                  pronouns=pronoun_speakers)]


# A quotation every negative test's text ends with: it must stay shown, so a test of what is NOT shown cannot pass by
# the finder returning nothing at all (review s11 finding 11).
CONTROL = " \"The doors open at nine,\" the manager, Ivo Marsh, said."


def _shown_beside_a_control(text: str) -> list[tuple[str, str | None, str]]:
    shown = _shown(text + CONTROL)
    assert any(t.startswith("The doors open at nine") for t, _, _ in shown), shown
    return shown


def test_quote_false_explainer_subheads_are_not_candidates_words():
    text = ("What each club needs this weekend\n\n"
            "The league's last round is played on Saturday.\n\n"
            "Dunmore: Hold the line.\n\nDunmore tops the table by six points.\n\n"
            "Pellegrini: Keep it close.\n\nPellegrini lost only once in the spring and can afford a draw.\n\n"
            "Ashworth: Last chance.\n\nAshworth has bet the season on the derby.\n\n"
            "Varga: Any miracles left?\n\nVarga sits bottom of the table.")
    shown = _shown(text)
    assert not any(t in ("Hold the line", "Keep it close", "Last chance", "Any miracles left?") for t, _, _ in shown)


def test_quote_false_explainer_subheads_are_kept_as_hidden_attributions():
    # review s11 finding 4: the subheads were deleted by the finder, so provenance never saw them either
    from crosscheck.quotes import extract_attributions

    text = ("What each club needs this weekend\n\n"
            "Dunmore: Hold the line.\n\nDunmore tops the table by six points.\n\n"
            "Pellegrini: Keep it close.\n\nPellegrini lost only once in the spring.\n\n"
            "Varga: Any miracles left?\n\nVarga sits bottom of the table.")
    found = extract_attributions([_doc(text)], [], [], Sources([]))
    assert not any("Hold the line" in q.text for q in found.shown)
    assert {q.text: q.hidden for q in found.hidden if q.hidden == "subhead"} == {
        "Hold the line": "subhead", "Keep it close": "subhead", "Any miracles left?": "subhead"}


def test_quote_false_an_interviews_turns_in_title_case_are_still_quotes():
    # review s11 finding 4: three or more "Name: ..." lines were all taken for subheads and deleted
    text = ("Talking to the harbour master\n\n"
            "Reyes: When will the ferry run again?\n\n"
            "Lindqvist: The first crossing leaves on Friday morning.\n\n"
            "Reyes: Who is paying for the new pier?\n\n"
            "Lindqvist: The port board pays the whole cost.")
    shown = _shown(text)
    assert any(t.startswith("The first crossing leaves") and s == "Lindqvist" for t, s, _ in shown)
    assert any(t.startswith("When will the ferry") and s == "Reyes" for t, s, _ in shown)


def test_quote_false_a_headline_label_is_still_a_quote():
    text = "Lambrou: No outside influence on the inquiry\n\nThe minister spoke to reporters on Monday."
    assert any(t.startswith("No outside influence") and s == "Lambrou" for t, s, _ in _shown(text))


def test_quote_false_the_target_of_slammed_is_not_what_was_said():
    text = "Petra Valdez slammed Oskar Brandt and Lena Ortiz at a union meeting in Leeds on Friday."
    shown = _shown_beside_a_control(text)
    assert not any("Brandt" in t for t, _, _ in shown)


def test_quote_false_called_someone_is_a_call_not_words():
    text = "Coach Dana Ferris, who called Mike Tolland minutes after the final whistle, praised her players."
    assert not any(t.startswith("Mike Tolland") for t, _, _ in _shown_beside_a_control(text))


def test_quote_false_called_it_a_name_is_still_words():
    text = "Fire officials called the blaze an act of arson on Sunday."
    assert any("act of arson" in t for t, _, _ in _shown(text))


def test_quote_false_found_someone_guilty_is_not_a_quote():
    text = "A panel in Tulsa found the contractor guilty of a charge called reckless endangerment."
    assert not any("guilty" in t for t, _, _ in _shown_beside_a_control(text))


def test_quote_neg_a_negated_cue_is_not_shown_as_a_claim():
    text = "The club has never publicly blamed its coach for losing the players' trust over the winter."
    assert not any("coach" in t for t, _, _ in _shown_beside_a_control(text))
    # still read by the finder (PolNeAR annotates it), only not shown to a reader
    assert any("coach" in f.text and f.not_speech == "negated" for f in find_quotes(text))


def test_quote_dup_a_quoted_phrase_is_shown_once_inside_its_clause():
    text = ("Union official Rita Gomez said the ruling left so many gaps it would be \"a free-for-all\" for "
            "landlords across the city.")
    shown = _shown(text)
    assert [t for t, _, _ in shown if "free-for-all" in t] == [
        next(t for t, _, k in shown if k == "reported" and "free-for-all" in t)]


def test_quote_dup_a_quotation_inside_a_quotation_stays():
    text = ("\"She told me 'keep the receipts' and then she hung up the phone,\" Dalton said in his testimony on "
            "Friday to the panel.")
    shown = _shown(text)
    assert any("keep the receipts" in t for t, _, _ in shown)


def _speaker_of(text: str, words: str) -> str | None:
    return next((s for t, s, _ in _shown(text) if words in t), "not shown")


def test_quote_spk_he_is_not_a_name_inside_the_quotation():
    text = ("Mayor Julia Brenner has always said the bridge was sound.\n\n"
            "But Mr. Tomas Reyes told another story. \"Inspectors found cracks in the piers of a span over which "
            "Mayor Brenner was driven every morning,\" he said.")
    assert _speaker_of(text, "Inspectors found") == "Tomas Reyes"


def test_quote_spk_he_is_not_the_subject_of_what_was_acknowledged():
    text = ("In a note sent as the markets shut Friday, finance director Paul Ostrander acknowledged the former "
            "head of the bank and Varga had divided the first two rounds of talks, which is a result, he said, \"we've "
            "planned for all along.\"")
    assert _speaker_of(text, "planned for all along") == "Paul Ostrander"


def test_quote_spk_she_is_not_a_man_named_before():
    text = ("Victor Kowalski won the mayoral race. Kowalski thanked his staff in Bergen. He said the result was a win for "
            "the harbour workers. Kowalski spoke for an hour.\n\n"
            "Greta Holm, who called Kowalski soon after the count was announced, told her team, \"I still believe in "
            "this city.\"\n\n"
            "Though Kowalski held wide leads over Holm in the local polls, she had said a determined effort by hundreds "
            "of canvassers would bring her within a few points of Kowalski.")
    assert "Holm" in (_speaker_of(text, "determined effort") or "")


def test_quote_spk_he_is_the_husband_though_his_wife_shares_his_surname():
    # review s11 finding 6: gender was keyed by surname, so three "Mrs. Okafor" made Daniel Okafor no "he"
    text = ("Mrs. Okafor opened the bakery in Leeds in 2004. Mrs. Okafor still bakes every loaf. Mrs. Okafor hired "
            "two apprentices last spring.\n\n"
            "Daniel Okafor handles the deliveries. \"We have never missed a morning round,\" he said.")
    assert _speaker_of(text, "never missed a morning") == "Daniel Okafor"


@pytest.mark.xfail(strict=True, reason="issue 21q: a 'he' or 'she' quote takes provenance's reading (one speaker everywhere, "
                   "measured the better on the provenance dev gold, 442/477 against 376/477), and provenance reads "
                   "'the senator' as the person introduced as a senator, not the one the paragraph opens with")
def test_quote_spk_the_senator_is_the_one_the_paragraph_opens_with():
    text = ("Owen Park, the senator from Oregon, toured a sawmill in Salem. Park met the workers.\n\n"
            "David Moreno came second in the caucus.\n\n"
            "Moreno tried to lift the mood as he visited his field office in Eugene. "
            "Stepping into the room, the senator said his team there was growing. \"It's enormous,\" he said, "
            "mimicking a famous football coach.")
    assert "Moreno" in (_speaker_of(text, "It's enormous") or "")


def test_quote_spk_a_surname_the_tagger_typed_a_place_is_the_person():
    text = ("Gov. Mark Houston of Idaho held a picnic in Boise. Tom Fielding spoke in Nampa. Fielding led the "
            "surveys. Fielding spent the week on the radio.\n\n"
            "Houston: Last stand.\n\n"
            "Houston, who boasts he has visited every county fair in Idaho, doesn't claim that his bid will "
            "survive. \"If the vote goes badly, we won't be wandering the state like some travelling circus,\" he "
            "told reporters.")
    assert "Houston" in (_speaker_of(text, "travelling circus") or "")


def test_spk_split_said_read_into_a_name_is_not_a_new_speaker():
    from crosscheck.records import Entity, Mention

    text = ("Fire Chief Laura Hartley spoke in Denver on Wednesday.\n\n"
            "Said Hartley, \"The idea that a delay by our crews cost a life is very hard for all of us.\"")
    d = _doc(text)
    a, b = text.index("Laura Hartley"), text.index("Laura Hartley") + len("Laura Hartley")
    c = text.index("Said Hartley")
    entities = [Entity("e1", "Laura Hartley", "PERSON", [], [Mention("d1", a, b, "Laura Hartley")]),
                Entity("e2", "Said Hartley", "PERSON", [], [Mention("d1", c, c + len("Said Hartley"), "Said Hartley")])]
    shown = [(q.text, q.speaker) for q in extract_quotes([d], entities, [], Sources([]))]
    assert any("very hard for all" in t and s == "Laura Hartley" for t, s in shown)


def _speakers_with_entities(text: str, names: list[str]) -> list[tuple[str, str | None]]:
    """Quotes and speakers with one PERSON entity per name, mentioned wherever the text writes it."""
    import re

    from crosscheck.records import Entity, Mention

    entities = [Entity(f"e{k}", n, "PERSON", [], [Mention("d1", m.start(), m.end(), n)
                                                    for m in re.finditer(re.escape(n), text)])
                for k, n in enumerate(names)]
    return [(q.text, q.speaker) for q in extract_quotes([_doc(text)], entities, [], Sources([]))]


def test_spk_split_the_given_name_said_is_not_the_verb():
    # review s11 finding 3: "Said" is a given name too; the words of Said Haddad went to his brother Karim
    text = ("The court named the cousins as Karim Haddad and Said Haddad on Monday.\n\n"
            "Said Haddad told a reporter in 2019 that \"the warehouse fire was set on purpose.\"")
    shown = _speakers_with_entities(text, ["Karim Haddad", "Said Haddad"])
    assert any("warehouse fire" in t and s == "Said Haddad" for t, s in shown)


def test_spk_split_said_with_a_comma_is_the_man_when_the_report_names_him_inside_a_sentence():
    text = ("The cousins Karim Haddad and Said Haddad were witnesses on Monday.\n\n"
            "Said Haddad, \"We were at the market all morning and never went near the warehouse.\"")
    shown = _speakers_with_entities(text, ["Karim Haddad", "Said Haddad"])
    assert any("at the market" in t and s == "Said Haddad" for t, s in shown)


def test_quote_spk_quoted_as_saying_is_the_one_quoted_not_the_article():
    text = ("The Harbor Gazette profile reported that the budget had \"never matched the job\" and quoted Nina Ortiz "
            "as saying: \"If the council had given us twice the money it would still have fallen short.\"")
    assert any(k == "direct" and t.startswith("If the council") and s == "Nina Ortiz" for t, s, k in _shown(text))


def test_quote_dup_a_phrase_whose_full_stop_is_inside_its_mark_is_shown_once():
    # the clause ends at "nuts", the quoted phrase at "nuts." inside the closing mark: it is inside all the same
    text = ("On Friday, Ortega insisted that managers who declined to cut their prices were \"reckless.\" "
            "The shops in the mall open at nine.")
    shown = _shown(text)
    assert any(k == "reported" and "were \"reckless" in t for t, _, k in shown)
    assert not any(k == "direct" and t.startswith("reckless") for t, _, k in shown)


def test_quote_false_a_wish_the_writer_tells_is_not_a_quote():
    text = ("Now Carl Brody, who has sold more tickets than albums this year, hopes his tour could draw a bigger "
            "crowd there. But fans hope her fresh songs might make her a star.")
    shown = _shown_beside_a_control(text)
    assert not any("bigger crowd" in t or "a star" in t for t, _, _ in shown)


def test_quote_false_a_wish_said_in_the_first_person_is_still_a_quote():
    text = "BRODY: The league is unfair. I hope we can fix it, and I expect to see a fairer league."
    shown = _shown(text)
    assert any("we can fix it" in t for t, _, _ in shown)


def test_quote_false_what_a_thing_suggests_is_not_a_quote():
    text = ("The hospital keeps its records on a rival firm's servers. That suggests a lack of faith that its own "
            "machines can be relied on. The storm threatens to push one of the ferries off its timetable.")
    shown = _shown_beside_a_control(text)
    assert not any("lack of faith" in t or "push one" in t for t, _, _ in shown)


def test_quote_false_court_documents_reveal_is_still_a_quote_after_a_glued_caption():
    text = ("Photo of the search at the warehouse 14 March 2015 Court documents reveal that Mr Ortiz ordered six "
            "crates of the chemical in April 2015.")
    assert any("ordered six crates" in t for t, _, _ in _shown(text))


def test_quote_false_a_decision_or_an_insistence_on_acting_is_not_a_quote():
    text = ("Democratic city council leader Ed Marsh blasted the Port Authority (PA) Friday for its baffling "
            "decision not to fine the Harbor Company. Over time, the costs caused by Mrs. Lowe's insistence on "
            "storing the fuel on an open pier may turn out to be a bigger problem.")
    shown = _shown_beside_a_control(text)
    assert not any("not to fine" in t or "storing the fuel" in t for t, _, _ in shown)


def test_quote_false_a_seeming_told_by_the_writer_is_not_the_quotation_after_the_colon():
    text = ("Far from looking ashamed, Kellerman nearly seemed to regard himself as a wronged man, declaring "
            "bluntly: \"I won't apologise, since the plan was sound from the start.\"")
    shown = _shown(text)
    assert not any("wronged man" in t for t, _, _ in shown)
    assert any(t.startswith("I won't apologise") and s == "Kellerman" for t, s, _ in shown)


def test_quote_false_a_title_in_marks_is_not_anyones_words():
    text = ("He won Grammy Awards for his albums \"Harbor Lights\" in 1988 and \"Northern Road\" in 1994. He was "
            "nominated for Best Folk Album for his part in Carla Brandt's \"The Wind was Never Ours.\" "
            "He lost to a newcomer.")
    shown = _shown_beside_a_control(text)
    assert not any("Harbor Lights" in t or "Wind was Never" in t for t, _, _ in shown)


def test_quote_false_a_nickname_hung_on_a_verb_that_says_nothing_is_not_a_quote():
    text = ("Despite surveys placing her far behind, Lowe toured tirelessly in the county that she carried in 2010 "
            "and that made her brother, Sam, the \"golden boy\" in 1996 after he recovered.")
    assert not any("golden boy" in t for t, _, _ in _shown_beside_a_control(text))


def test_quote_false_a_short_phrase_a_speech_verb_governs_is_still_a_quote():
    text = "Team spokeswoman Dana Pruitt called that \"utterly absurd.\" The season goes on."
    assert any(t.startswith("utterly absurd") and s == "Dana Pruitt" for t, s, _ in _shown(text))


def test_quote_spk_the_lawyer_is_the_one_the_sentence_before_opens_with():
    text = ("Ms Ana Ruiz said later that the panel would have liked to hear from the builder. \"Our fate was sealed "
            "months before the hearing,\" said the lawyer, sadly.")
    assert _speaker_of(text, "Our fate was sealed") == "Ana Ruiz"


def test_quote_spk_a_description_named_by_title_is_that_person_not_the_opening_one():
    text = ("Judge Ruth Abernathy denied the motion in March. Mr Leo Grant declined a last opportunity to speak to "
            "the court. The judge said the letter was what convinced her against leniency.")
    assert _speaker_of(text, "letter was what convinced") == "Ruth Abernathy"


def test_quote_spk_an_unnamed_source_is_not_the_one_the_sentence_before_opens_with():
    text = ("Leo Grant was charged with fraud on Monday. The accountant's brother was charged with helping him, "
            "the same source said later.")
    assert _speaker_of(text, "brother was charged") not in ("not shown", "Leo Grant")


def test_quote_spk_a_name_after_its_description_without_a_comma_is_the_speaker():
    text = ("12 May 2014 Expert for the prosecution Dr Irene Salo admits under questioning that Mr Grant ignored "
            "the building code for fire exits.")
    assert _speaker_of(text, "ignored the building code") == "Irene Salo"


def test_quote_spk_a_spokesman_for_a_named_person_is_not_that_person():
    text = "A spokeswoman for Victor Lund said the team would contest the ruling on Thursday."
    assert _speaker_of(text, "team would contest") not in ("not shown", "Victor Lund")
