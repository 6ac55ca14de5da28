"""Issue 20, sixth session: dates as agreements, and a new user's leftovers on a dev story (ECB+ 18).

The day (or year) of one happening written alike by independent sources is an agreement, beside the
date conflicts; a clock time of a next-day report takes the day the report tells of; "pending his next
court hearing April 19" is still to come; a model year is no date.
"""

from __future__ import annotations

from crosscheck.records import CopyGroup, Document, PublishedDate, Sentence, Sources
from crosscheck.time import dates, resolve_times, timeline


def _document(doc_id: str, text: str, day: str | None = None, outlet: str | None = None) -> Document:
    sentences, start = [], 0
    for part in text.split(". "):
        part = part if part.endswith(".") else part + "."
        sentences.append(Sentence(part, start, start + len(part)))
        start += len(part) + 1
    published = PublishedDate(day, day, day, "header") if day else PublishedDate()
    return Document(doc_id, f"in/{doc_id}.txt", doc_id, "txt", text, text, sentences, outlet=outlet,
                    published=published)


def _value(text: str, day: str, surface: str) -> str:
    """The value of the first time expression holding ``surface`` in a report of ``day``."""
    return next(t for t in resolve_times([_document("a", text, day)]) if surface in t.text).value


def _agreements(documents: list[Document], sources: Sources | None = None):
    timexes = resolve_times(documents)
    sources = sources or Sources(documents=documents)
    return timeline(documents, timexes, [], sources)[2]


def test_clock_time_of_a_next_day_report_takes_the_day_it_tells():
    # ECB+ 18: "about 10 a.m." in a report of Tuesday about Monday's shooting gave a key date on Tuesday.
    text = ("A fired accountant shot three people Monday at his former office in Troy. "
            "The suspect entered the office about 10 a.m. and opened fire, the police said.")
    assert _value(text, "2007-04-10", "10 a.m.") == "2007-04-09T10:00"


def test_clock_time_takes_the_day_its_sentence_names():
    text = "He first stopped at the reception area after 10 a.m. on Monday and talked to the receptionist."
    assert _value(text, "2007-04-11", "10 a.m.") == "2007-04-09T10:00"


def test_clock_time_with_no_day_told_stays_on_the_reports_day():
    text = "The suspect entered the office about 10 a.m. and opened fire, the police said."
    assert _value(text, "2007-04-10", "10 a.m.") == "2007-04-10T10:00"


def test_pending_his_next_court_hearing_resolves_forward():
    # ECB+ 18: "pending his next court hearing April 19" in a report of 2007-04-11 went to 2006-04-19.
    text = "LaCalamita is being held without bond pending his next court hearing April 19."
    assert _value(text, "2007-04-11", "April 19") == "2007-04-19"


def test_by_a_day_is_a_deadline_unless_the_sentence_says_what_had_happened():
    assert _value("The company must respond by Friday, the judge ruled.", "2010-06-15", "Friday") == "2010-06-18"
    assert _value("By Friday, 50 people had died in the flooding.", "2010-06-15", "Friday") == "2010-06-11"


def test_next_morning_in_a_narrative_is_not_forward():
    text = "He was arrested the next morning on Monday after a chase."
    assert _value(text, "2007-04-11", "Monday") == "2007-04-09"


def test_model_year_is_not_a_date():
    # ECB+ 18: "a 2007 Ford Fusion" was a time expression of the year 2007.
    text = "Police said the gunman fled in a 2007 Ford Fusion after the shooting on Monday."
    assert not any("2007" in t.text for t in resolve_times([_document("a", text, "2007-04-10")]))


STORY = [
    ("a", "The Coral Ridge rig exploded on April 20, and 11 workers on the platform were killed.", "2010-06-16", "BBC"),
    ("b", "Eleven workers died when the rig exploded on 20 April in the Gulf of Mexico.", "2010-06-17", "Reuters"),
    ("c", "BP shares fell sharply on Tuesday as investors weighed the costs of the spill.", "2010-06-16", "Guardian"),
]


def test_day_written_alike_by_two_outlets_is_an_agreement():
    found = _agreements([_document(i, t, d, o) for i, t, d, o in STORY])
    assert len(found) == 1
    agreement = found[0]
    assert agreement.kind == "date" and agreement.independent_sources == 2
    assert sorted(i.text for i in agreement.items) == ["2010-04-20", "2010-04-20"]
    assert {i.document for i in agreement.items} == {"a", "b"}
    assert "Basis: the day of" in agreement.explanation and "written as a date in each report" in agreement.explanation
    for item in agreement.items:  # each item's offsets are its date as written
        text = next(t for i, t, _, _ in STORY if i == item.document)
        assert text[item.start:item.end] in ("April 20", "20 April")


def test_one_outlet_twice_is_no_date_agreement():
    docs = [_document(i, t, d, "BBC") for i, t, d, _ in STORY]
    assert _agreements(docs) == []


def test_a_copy_is_no_second_witness_of_a_day():
    docs = [_document(i, t, d, o) for i, t, d, o in STORY]
    sources = Sources([CopyGroup("g", ["a", "b"], "a", 0.9)], documents=docs)
    assert _agreements(docs, sources) == []


def test_one_wire_sentence_in_two_outlets_is_no_date_agreement():
    sentence = "The Coral Ridge rig caught fire on April 20 and went down two days later off Angola."
    docs = [_document("a", sentence, "2010-06-16", "Fox News"), _document("b", sentence, "2010-06-16", "Washington Post")]
    assert _agreements(docs) == []


def test_years_are_no_agreement_while_the_year_path_is_off():
    docs = [_document("a", "The Ixtoc I well blew out in 1979 and spilled oil into the Gulf for months.", "2010-08-04", "BBC"),
            _document("b", "The spill surpassed Ixtoc I, the Mexican well that blew out in 1979.", "2010-08-04", "Reuters")]
    assert not dates.YEAR_AGREEMENTS and _agreements(docs) == []


def test_year_of_a_past_happening_written_alike_is_an_agreement(monkeypatch):
    monkeypatch.setattr(dates, "YEAR_AGREEMENTS", True)
    docs = [_document("a", "The Ixtoc I well blew out in 1979 and spilled oil into the Gulf for months.", "2010-08-04", "BBC"),
            _document("b", "The spill surpassed Ixtoc I, the Mexican well that blew out in 1979.", "2010-08-04", "Reuters")]
    found = _agreements(docs)
    assert [(f.kind, sorted(i.text for i in f.items)) for f in found] == [("date", ["1979", "1979"])]
    assert "the year of" in found[0].explanation


def test_the_reports_own_year_is_no_year_agreement(monkeypatch):
    monkeypatch.setattr(dates, "YEAR_AGREEMENTS", True)
    docs = [_document("a", "The company reported its worst loss in 2010 after the spill hit its shares.", "2010-08-04", "BBC"),
            _document("b", "The spill made 2010 the worst year of losses the company reported.", "2010-08-04", "Reuters")]
    assert _agreements(docs) == []


def test_the_day_a_teller_spoke_is_no_date_agreement():
    docs = [_document("a", "The rig workers were evacuated after the blast, the Coast Guard said Tuesday.", "2010-04-22", "BBC"),
            _document("b", "All rig workers were evacuated after the blast, the Coast Guard said on Tuesday.", "2010-04-22",
                      "Reuters")]
    assert _agreements(docs) == []


def test_a_year_a_figure_is_compared_with_is_no_year_agreement(monkeypatch):
    monkeypatch.setattr(dates, "YEAR_AGREEMENTS", True)
    docs = [_document("a", "Profits fell 40 percent from the same period of 2009 after the spill costs.", "2010-11-02", "BBC"),
            _document("b", "Profits dropped sharply against the same period in 2009 because of spill costs.", "2010-11-02",
                      "Reuters")]
    assert _agreements(docs) == []


def test_a_score_is_not_a_day():
    text = "The Colts beat the Chiefs 20-13 on Sunday to improve to 10-5."
    assert not any(t.text in ("20-13", "10-5") for t in resolve_times([_document("a", text, "2012-12-23")]))


def test_the_may_12_deadline_is_still_to_come():
    # wcl-4: "the May 12 deadline" in a report of 2018-04-24 went to 2017-05-12.
    text = "Trump faces the May 12 deadline to decide whether to reimpose sanctions on Iran."
    assert _value(text, "2018-04-24", "May 12") == "2018-05-12"


def test_a_quote_ending_before_a_sentence_does_not_lend_it_its_future():
    # Timeline17 syria: a quotation of a future ending just before a sentence that opens "... and on Monday <a leader>
    # became the first ..." put "on Monday" on the Monday after the report.
    text = ('"If a war starts they will all be dragged in." Northern neighbours have widened the embargo on Moldavia and '
            "on Monday Austria's Chancellor Berger became the first European leader to urge Volkov to resign.")
    assert _value(text, "2011-11-16", "Monday") == "2011-11-14"


def test_different_happenings_on_one_day_are_no_agreement():
    docs = [_document("a", "The rig exploded on April 20 in the Gulf of Mexico.", "2010-06-16", "BBC"),
            _document("b", "Shareholders of a Texas bank voted on April 20 to approve a merger.", "2010-06-16", "Reuters")]
    assert _agreements(docs) == []


def test_key_dates_sentence_names_its_day():
    # ECB+ 18: the next day's key date was told by an undated lead ("A 63-year-old woman and two men ... were shot"),
    # which tells of the shooting the day before; a sentence naming the day tells it.
    from crosscheck.brief import select
    from crosscheck.records import Event, Timex
    from crosscheck.time import key_dates

    docs, timexes = [], []
    for i in range(3):
        sentences = ["A fired accountant shot three people at his former office in Troy, police said.",
                     f"Officers arrested the gunman on Monday after a chase on the interstate, report {i} said.",
                     "LaCalamita was arraigned on Wednesday on charges of murder and assault with intent."]
        text, spans = "", []
        for s in sentences:
            spans.append(Sentence(s, len(text), len(text) + len(s)))
            text += s + " "
        docs.append(Document(f"r{i}", f"outlet{i}", f"h{i}", "txt", text, text, spans,
                             published=PublishedDate("2007-04-11", "2007-04-11", "2007-04-11", "metadata")))
        mon, wed = text.index("on Monday"), text.index("on Wednesday")
        timexes += [Timex(f"r{i}", mon, mon + 9, "on Monday", "DATE", "2007-04-09", "day"),
                    Timex(f"r{i}", wed, wed + 12, "on Wednesday", "DATE", "2007-04-11", "day")]
    events = [Event("e1", "2007-04-09", "shot", ["r0"], 1), Event("e2", "2007-04-11", "arraigned", ["r0"], 1)]
    told = {k.date: k.sentences[0] for k in key_dates(docs, timexes, events, select)}
    assert "arraigned on Wednesday" in told["2007-04-11"]


def test_a_photo_captions_day_is_no_date_agreement():
    # Timeline17 bpoil, first week: a Reuters caption (a handout photograph taken one day and obtained the next) and an
    # AP caption ending in the place and the full date of the picture agreed on the day.
    docs = [_document("a", "Rescued crew members of the capsized ferry reached a Slidell clinic, in this handout photograph "
                           "obtained on April 22.", "2010-04-22", "Reuters"),
            _document("b", "Families embrace rescued crew members after the ferry workers reached a clinic in Slidell, La., "
                           "Thursday, April 22, 2010.", "2010-04-23", "Fox News")]
    assert _agreements(docs) == []


def test_caption_test_leaves_the_same_sentences_without_their_caption_marks(monkeypatch):
    import re

    monkeypatch.setattr(dates, "_CAPTION", re.compile(r"(?!x)x"))
    monkeypatch.setattr(dates, "_CAPTION_END", re.compile(r"(?!x)x"))
    docs = [_document("a", "Rescued crew members of the capsized ferry reached a Slidell clinic, in this handout photograph "
                           "obtained on April 22.", "2010-04-22", "Reuters"),
            _document("b", "Families embrace rescued crew members after the ferry workers reached a clinic in Slidell, La., "
                           "Thursday, April 22, 2010.", "2010-04-23", "Fox News")]
    assert len(_agreements(docs)) == 1  # the two sentences do tell one day of one happening, captions aside


def test_a_page_header_ending_in_the_agency_dateline_is_no_event():
    # New-user run (sixth session, bpoil Dec 2010): Reuters' page header (a headline, then "CITY | Day Mon DD, YYYY
    # h:mm am IST CITY ( Reuters ) -") was a timeline event of its own day.
    from crosscheck.time.events import _FURNITURE

    assert _FURNITURE.search("Airline investors rattled by crash lawsuit PARIS | Sat Oct 9, 2010 2:14 am IST "
                             "PARIS ( Reuters ) -")
    assert not _FURNITURE.search("LONDON (Reuters) - BP shares fell 1.4 percent on Thursday after the U.S. sued.")


def test_an_editors_note_of_a_change_to_the_page_is_no_event():
    from crosscheck.time.events import _FURNITURE

    assert _FURNITURE.search("This article was amended on 16 December 2010.")
    assert not _FURNITURE.search("The law was amended on 16 December 2010 to raise the cap on damages.")


def test_a_key_date_is_never_told_by_a_page_header():
    # New-user run (sixth session, bpoil Dec 2010): a key date was told by the page's header line, an agency
    # dateline of the same day ("CITY | Day Mon DD, YYYY h:mm pm EST CITY ( Reuters ) -").
    from crosscheck.time.summary import _tells

    assert not _tells("PARIS | Fri Oct 8, 2010 5:25 pm EST PARIS ( Reuters ) -")
    assert _tells("The airline's shares in Paris closed Friday's session down 2.3 percent after the lawsuit.")
