"""Regression tests for the quotes a reader was shown wrongly in the ninth session's review of four dev stories
(NOTES/review-s9.md: the 2016 New Hampshire primary, Lauren Bacall's will, Conrad Murray's sentencing, Comey's
decision on Clinton's email): an explainer's subheads shown as candidates' words, the targets of "slammed" and
"called", a small clause after "found", a negated cue, a quoted phrase shown again beside the clause around it.
Each test is named after the bug (the review's class in capitals); the texts are made up in their shape.
"""

from __future__ import annotations

from crosscheck import nlp
from crosscheck.clean import sentences_from_parse
from crosscheck.quotes import extract_quotes, find_quotes
from crosscheck.records import Document, Sources


def _doc(text: str, doc_id: str = "d1") -> Document:
    d = Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text)
    d.sentences = sentences_from_parse(text, nlp.load_pipeline()(text))
    return d


def _shown(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes([_doc(text)], [], [], Sources([]))]


def test_quote_false_explainer_subheads_are_not_candidates_words():
    text = ("What each candidate needs on Tuesday\n\n"
            "Voters in the state go to the polls on Tuesday.\n\n"
            "Hollis: Win big.\n\nHollis leads every poll of the state by twenty points.\n\n"
            "Marsh: Just hang on.\n\nMarsh won the first contest and can afford a third place here.\n\n"
            "Keane: Now or never.\n\nKeane has staked his campaign on the state.\n\n"
            "Okafor: See you later?\n\nOkafor trails in every poll.")
    shown = _shown(text)
    assert not any(t in ("Win big", "Just hang on", "Now or never", "See you later?") for t, _, _ in shown)


def test_quote_false_a_headline_label_is_still_a_quote():
    text = "Lambrou: No outside influence on the inquiry\n\nThe minister spoke to reporters on Monday."
    assert any(t.startswith("No outside influence") and s == "Lambrou" for t, s, _ in _shown(text))


def test_quote_false_the_target_of_slammed_is_not_what_was_said():
    text = "Daniel Cole slammed Mark Hollis and Ann Marsh at a rally in Dover on Monday."
    shown = _shown(text)
    assert not any("Hollis" in t for t, _, _ in shown)


def test_quote_false_called_someone_is_a_call_not_words():
    text = "Ann Marsh, who called Daniel Cole shortly after the result was declared, thanked her volunteers."
    assert not any(t.startswith("Daniel Cole") for t, _, _ in _shown(text))


def test_quote_false_called_it_a_name_is_still_words():
    text = "Police officials called the attack a hate crime on Tuesday."
    assert any("hate crime" in t for t, _, _ in _shown(text))


def test_quote_false_found_someone_guilty_is_not_a_quote():
    text = "A jury in Dover found him guilty of a crime called involuntary manslaughter."
    assert not any("guilty" in t for t, _, _ in _shown(text))


def test_quote_neg_a_negated_cue_is_not_shown_as_a_claim():
    text = ("The administration has never publicly blamed Russia for stealing data from the ministry's "
            "unclassified systems.")
    assert not any("Russia" in t for t, _, _ in _shown(text))
    # still read by the finder (PolNeAR annotates it), only not shown to a reader
    assert any("Russia" in f.text and f.not_speech == "negated" for f in find_quotes(text))


def test_quote_dup_a_quoted_phrase_is_shown_once_inside_its_clause():
    text = ("Defence lawyer Ed Marsh said the verdict raised so many questions it would be \"open season\" on "
            "doctors across the state.")
    shown = _shown(text)
    assert [t for t, _, _ in shown if "open season" in t] == [
        next(t for t, _, k in shown if k == "reported" and "open season" in t)]


def test_quote_dup_a_quotation_inside_a_quotation_stays():
    text = ("\"He told me 'I expect loyalty' and then he left the room,\" Comey said in his statement on "
            "Thursday to the committee.")
    shown = _shown(text)
    assert any("I expect loyalty" in t for t, _, _ in shown)


def _speaker_of(text: str, words: str) -> str | None:
    return next((s for t, s, _ in _shown(text) if words in t), "not shown")


def test_quote_spk_he_is_not_a_name_inside_the_quotation():
    text = ("Senator Ann Marsh has always said the server was secure.\n\n"
            "But Mr. Daniel Cole painted a different picture. \"Hostile actors gained access to the accounts of people "
            "with whom Senator Marsh was in regular contact,\" he said.")
    assert _speaker_of(text, "Hostile actors") == "Daniel Cole"


def test_quote_spk_he_is_not_the_subject_of_what_was_acknowledged():
    text = ("In a memo released as polls closed Tuesday, campaign manager Robert Mook acknowledged the former "
            "secretary of State and Hollis had split the first two contests, which is an outcome, he said, \"we've "
            "long anticipated.\"")
    assert _speaker_of(text, "long anticipated") == "Robert Mook"


def test_quote_spk_she_is_not_a_man_named_before():
    text = ("Bernie Hollis won the Democratic primary. Hollis thanked his volunteers in Concord. He said the result "
            "was a win for ordinary voters. Hollis spoke for an hour.\n\n"
            "Hillary Marsh, who called Hollis shortly after the winner was declared, told her supporters, \"I still "
            "love New Hampshire.\"\n\n"
            "Though Hollis held double-digit leads over Marsh in Granite State surveys, she had said an aggressive "
            "push by an army of volunteers would bring her within single digits of Hollis.")
    assert "Marsh" in (_speaker_of(text, "aggressive push") or "")


def test_quote_spk_the_senator_is_the_one_the_paragraph_opens_with():
    text = ("Ted Cruz, the senator from Texas, spent the day in Nashua. Cruz spoke to farmers.\n\n"
            "Marco Rubio finished third in Iowa.\n\n"
            "Rubio sought to stoke positive energy as he stopped by his headquarters in Manchester. "
            "Walking into the office, the senator said his campaign here was strong. \"It's huge,\" he said, doing "
            "his best impression of Trump.")
    assert "Rubio" in (_speaker_of(text, "It's huge") or "")


def test_quote_spk_a_surname_the_tagger_typed_a_place_is_the_person():
    text = ("Gov. John Kasich of Ohio held a rally in Salem. Donald Trump spoke in Manchester. Trump led the polls. "
            "Trump spent the day on television.\n\n"
            "Kasich: Now or never.\n\n"
            "Kasich, who brags he has held more than 100 town halls in New Hampshire, doesn't pretend that his "
            "campaign will continue. \"If we don't do well, we're not going to be dragging around like some band "
            "of minstrels,\" he told reporters.")
    assert "Kasich" in (_speaker_of(text, "band of minstrels") or "")


def test_spk_split_said_read_into_a_name_is_not_a_new_speaker():
    from crosscheck.records import Entity, Mention

    text = ("FBI Director James Comey spoke in Washington on Tuesday.\n\n"
            "Said Comey, \"The thought that an error on our part is connected to this purchase is very painful to us.\"")
    d = _doc(text)
    a, b = text.index("James Comey"), text.index("James Comey") + len("James Comey")
    c = text.index("Said Comey")
    entities = [Entity("e1", "James Comey", "PERSON", [], [Mention("d1", a, b, "James Comey")]),
                Entity("e2", "Said Comey", "PERSON", [], [Mention("d1", c, c + len("Said Comey"), "Said Comey")])]
    shown = [(q.text, q.speaker) for q in extract_quotes([d], entities, [], Sources([]))]
    assert any("very painful" in t and s == "James Comey" for t, s in shown)


def test_quote_spk_quoted_as_saying_is_the_one_quoted_not_the_article():
    text = ("The Texas Lawyer article revealed that the fee had \"not been equal to the task\" and quoted Ed Marsh as "
            "saying: \"If Dr Cole had paid me a quarter-of-a-million dollars it would have been entirely too little.\"")
    assert any(k == "direct" and t.startswith("If Dr Cole") and s == "Ed Marsh" for t, s, k in _shown(text))


def test_quote_dup_a_phrase_whose_full_stop_is_inside_its_mark_is_shown_once():
    # the clause ends at "nuts", the quoted phrase at "nuts." inside the closing mark: it is inside all the same
    text = ("On Monday, Marsh insisted that candidates who refused to rule out a draft were \"nuts.\" "
            "The polls in the state close at eight.")
    shown = _shown(text)
    assert any(k == "reported" and "were \"nuts" in t for t, _, k in shown)
    assert not any(k == "direct" and t.startswith("nuts") for t, _, k in shown)


def test_quote_false_a_wish_the_writer_tells_is_not_a_quote():
    text = ("Now Ed Marsh, who has raised more money than votes this year, hopes his campaign could score a "
            "turnaround there. But supporters hope her relentless attacks might make her a contender.")
    shown = _shown(text)
    assert not any("turnaround" in t or "contender" in t for t, _, _ in shown)


def test_quote_false_a_wish_said_in_the_first_person_is_still_a_quote():
    text = "MARSH: The press is dishonest. I hope we can correct it, and I want to see an honest press."
    shown = _shown(text)
    assert any("we can correct it" in t for t, _, _ in shown)


def test_quote_false_what_a_thing_suggests_is_not_a_quote():
    text = ("The department sends its secrets over another agency's network. That suggests a lack of confidence "
            "that its own systems can be trusted. The primary threatens to knock one of the governors out of the race.")
    shown = _shown(text)
    assert not any("lack of confidence" in t or "knock one" in t for t, _, _ in shown)


def test_quote_false_court_documents_reveal_is_still_a_quote_after_a_glued_caption():
    text = ("Footage of the raid on the clinic 21 November 2009 Court documents reveal that Dr Marsh bought five "
            "bottles of the drug in May 2009.")
    assert any("bought five bottles" in t for t, _, _ in _shown(text))


def test_quote_false_a_decision_or_an_insistence_on_acting_is_not_a_quote():
    text = ("Republican U.S. House Speaker Ed Marsh blasted the Federal Bureau of Investigation (FBI) Tuesday for its "
            "inexplicable decision not to indict Hillary Cole. In the end, the risks created by Mrs. Cole's insistence "
            "on keeping her communications on a private server may prove to be a larger issue.")
    shown = _shown(text)
    assert not any("not to indict" in t or "keeping her communications" in t for t, _, _ in shown)


def test_quote_false_a_seeming_told_by_the_writer_is_not_the_quotation_after_the_colon():
    text = ("Far from appearing remorseful, Marsh almost seemed to regard himself as the victim, declaring "
            "defiantly: \"I don't feel guilty, because I didn't do anything wrong.\"")
    shown = _shown(text)
    assert not any("regard himself" in t for t, _, _ in shown)
    assert any(t.startswith("I don't feel guilty") and s == "Marsh" for t, s, _ in shown)


def test_quote_false_a_title_in_marks_is_not_anyones_words():
    text = ("She won Tony Awards for her roles in \"Applause\" in 1970 and \"Woman of the Year\" in 1981. She was "
            "nominated for Best Supporting Actress for her role in Barbra Streisand's \"The Mirror has Two Faces.\" "
            "She lost to Juliette Binoche.")
    shown = _shown(text)
    assert not any("Applause" in t or "Mirror" in t for t, _, _ in shown)


def test_quote_false_a_nickname_hung_on_a_verb_that_says_nothing_is_not_a_quote():
    text = ("Despite polls showing her well behind, Marsh campaigned vigorously in the state that she won in 2008 and "
            "that made her husband, Bill, the \"comeback kid\" in 1992 after he battled back.")
    assert not any("comeback kid" in t for t, _, _ in _shown(text))


def test_quote_false_a_short_phrase_a_speech_verb_governs_is_still_a_quote():
    text = "Sanders campaign manager Jeff Weaver called that \"beyond preposterous.\" The race goes on."
    assert any(t.startswith("beyond preposterous") and s == "Jeff Weaver" for t, s, _ in _shown(text))


def test_quote_spk_the_lawyer_is_the_one_the_sentence_before_opens_with():
    text = ("Mr Ed Marsh said afterwards that the judge would have wanted to hear from the doctor. \"The die was cast "
            "a long time ago,\" said the lawyer, ruefully.")
    assert _speaker_of(text, "The die was cast") == "Ed Marsh"


def test_quote_spk_a_description_named_by_title_is_that_person_not_the_opening_one():
    text = ("Judge Michael Pastor refused the request in June. Dr Ed Marsh passed up a final chance to address the "
            "court. The judge said the interview was what persuaded him against probation.")
    assert _speaker_of(text, "interview was what persuaded") == "Michael Pastor"


def test_quote_spk_an_unnamed_source_is_not_the_one_the_sentence_before_opens_with():
    text = ("Ed Marsh was charged with murder on Friday. The officer's partner was charged with being an accomplice, "
            "the same source said today.")
    assert "Marsh" not in (_speaker_of(text, "partner was charged") or "")


def test_quote_spk_a_name_after_its_description_without_a_comma_is_the_speaker():
    text = ("31 October 2011 Witness for the defense Dr Paul Whyte concedes during cross-examination that Dr Marsh "
            "deviated from accepted medical standards.")
    assert _speaker_of(text, "deviated from accepted") == "Paul Whyte"


def test_quote_spk_a_spokesman_for_a_named_person_is_not_that_person():
    text = "A spokesman for Hillary Cole said the campaign would appeal the decision on Monday."
    assert _speaker_of(text, "campaign would appeal") != "Hillary Cole"
