"""Regression tests for the provenance errors read on the ECB+ dev stories (the first fresh test set, read
once on 2026-11-30 and dev since): relays through outlets the list did not know, outlets given as speakers,
one police source written four ways, "it stated", dashes, cut sentences and "he" after a new subject.

Each test is named after the bug; the sentences are made up, in the shape of the dev sentences.
"""

from __future__ import annotations

from crosscheck.provenance import is_outlet, is_police, read_sentence, trace_provenance
from crosscheck.records import Document, Entity, Mention, Quote, Sentence, Sources

from tests.provenance.test_provenance import _claim, _doc, _sources_of


def _chain(d, number, entities=(), quotes=()):
    records, _ = trace_provenance([d], list(entities), [_claim(d, number)], list(quotes), [], [], [], [], Sources())
    return records[0].chains[0]


def _primary(chain):
    return chain.primary_name if chain.primary != "unattributed" else "unattributed"


def _relays(chain):
    return [link.source for link in chain.links if link.role == "relay"]


def _lines(doc_id: str, lines: list[str], outlet: str | None = None) -> Document:
    """A report whose sentences are its lines (as the parse splits a tokenised corpus's text)."""
    text = "\n\n".join(lines)
    sentences, start = [], 0
    for line in lines:
        sentences.append(Sentence(line, start, start + len(line)))
        start += len(line) + 2
    return Document(doc_id, doc_id, doc_id, "txt", text, text, sentences, outlet=outlet)


def test_newspapers_and_broadcasters_the_list_did_not_know_are_outlets():
    for name in ("the LA Times", "the New York Daily News", "NY1", "ESPN", "TMZ", "Newsday", "the Boston Herald",
                 "Agence-France Presse", "The Post", "KTLA"):
        assert is_outlet(name), name
    for name in ("WHO", "Lake County Sheriff's Office", "Police", "the State Department", "Mark Heller"):
        assert not is_outlet(name), name


def test_told_the_la_times_relays_the_lawyer():
    d = _doc("a", "Kenneth Montgomery, an attorney for the family, told the LA Times that 3 officers patrol there.")
    chain = _chain(d, "3")
    assert _relays(chain) == ["the LA Times"]


def test_he_wrote_the_ap_relays_through_the_ap():
    text = "\"We all have limits at 8 years,\" he wrote the AP on Wednesday."
    reading = read_sentence(text, 0)
    assert [text[a:b] for a, b, *_ in reading.relays] == ["the AP"]


def test_confirmed_the_report_to_an_outlet_relays_through_it():
    text = "Angels GM Tony Reagins later confirmed the report to the Los Angeles Times, adding that 2 offers stand."
    reading = read_sentence(text, 0)
    assert [text[a:b] for a, b, *_ in reading.relays] == ["the Los Angeles Times"]


def test_an_outlet_given_as_a_quote_speaker_relays_the_witness_it_quoted():
    text = "\"The cops jumped out of 2 cars,\" the New York Daily News quoted witness Devonte Brown as saying."
    d = _doc("a", text)
    q = Quote("q1", "a", "The cops jumped out of 2 cars,", "the New York Daily News", None, "direct", 1, 31,
              speaker_text="the New York Daily News", documents=["a"])
    chain = _chain(d, "2", quotes=[q])
    assert _primary(chain) == "witness Devonte Brown"
    assert _relays(chain) == ["the New York Daily News"]


def test_told_sky_news_after_an_apposition_names_the_union_man_not_the_outlet():
    text = "The vice president of the union, Elias Vrettakos, told Sky News: \"The cuts take us back 50 years.\""
    assert [s for s, *_ in _sources_of(read_sentence(text, 0), text)] == ["the union, Elias Vrettakos"]


def test_a_local_barber_told_the_times_covers_the_quote_before_it():
    d = _lines("a", ["\" [The police] have 1 hard job, \" a local barber told The New York Times.",
                     "\" But when they play hardball, they go after 2 innocent people, too. \"",
                     "Police say 5 men stood there."])
    first, second = _chain(d, "1"), _chain(d, "2")
    assert _primary(first) == "a local barber" and _relays(first) == ["The New York Times"]
    assert _primary(second) == "a local barber" and _relays(second) == ["The New York Times"]


def test_a_spaced_opening_mark_after_balanced_marks_opens_a_quote():
    d = _lines("a", ["That does not pacify residents, who question the story, \" one said. \"",
                     "\" We ' re talking about 1 powder keg out here.",
                     "Any incident could trigger it, \" Councilman Charles Barron told the LA Times."])
    chain = _chain(d, "1")
    assert _primary(chain) == "Councilman Charles Barron"
    assert _relays(chain) == ["the LA Times"]


def test_police_cops_and_the_officers_involved_are_one_primary_source():
    assert all(is_police(p) for p in ("police", "cops", "the officers involved in the shooting", "police accounts"))
    assert not any(is_police(p) for p in ("a police officer", "Police commissioner Raymond Kelly", "officials"))
    a = _doc("a", "According to the officers involved in the shooting, he pointed a 357 revolver.", "Outlet A")
    b = _doc("b", "Cops say he had a 357 revolver.", "Outlet B")
    records, _ = trace_provenance([a, b], [], [_claim(a, "357"), _claim(b, "357")], [], [], [], [], [],
                                  Sources())
    assert records[0].chains[0].primary == records[1].chains[0].primary == "text:police"


def test_police_is_the_one_police_force_the_story_names():
    a = _doc("a", "Police said 2 men fled.", "Outlet A")
    b = _doc("b", "The Lake County Sheriff's Office runs the search. It said 2 men fled.", "Outlet B")
    office = Entity("e1", "Lake County Sheriff's Office", "ORG", [], [Mention("b", 4, 32, "Lake County Sheriff's Office")])
    records, _ = trace_provenance([a, b], [office], [_claim(a, "2")], [], [], [], [], [], Sources())
    assert records[0].chains[0].primary == "entity:e1"


def test_it_stated_after_a_newspaper_reported_is_the_newspaper_not_the_nearest_name():
    text = ("The Boston Herald reported that the Red Sox made an offer led by John W. Henry. Though the newspaper "
            "does not cite its source, it stated that the offer is for 8 years.")
    d = _doc("a", text)
    henry = Entity("e1", "John W. Henry", "PERSON", [], [Mention("a", text.index("John"), text.index("John") + 13,
                                                                   "John W. Henry")])
    assert _primary(_chain(d, "8", [henry])) == "The Boston Herald"


def test_an_attribution_between_dashes_covers_nothing_after_them():
    d = _doc("a", "On Wednesday — the same day Gray's autopsy showed he was shot 7 times — part of the 200 person "
                  "crowd became unruly.")
    assert _primary(_chain(d, "200")) == "unattributed"
    assert _primary(_chain(d, "7")) == "Gray's autopsy"


def test_a_sentence_cut_after_pm_keeps_the_police_say_that_before_it():
    d = _lines("a", ["Police say that on Saturday around 11:30 p.m.",
                     "Kimani Gray was standing outside his home with 5 other young men."])
    assert _primary(_chain(d, "5")) == "Police"


def test_recently_confirmed_names_the_subject():
    d = _doc("a", "Angels general manager Tony Reagins recently confirmed that his club made an 8-year offer.")
    assert _primary(_chain(d, "8")) == "Angels general manager Tony Reagins"


def test_he_after_a_person_introduced_as_subject_is_that_person_not_the_last_speaker():
    d = _lines("a", ["\"We are all deeply shocked,\" Mr Papandreou said.",
                     "A professor of economics at the University of Athens, Yanis Varoufakis, did not go to work.",
                     "But he rode his bicycle into the city.",
                     "\"What I did witness was 3 burning cars,\" he said."])
    text = d.text
    ents = [Entity("e1", "George Papandreou", "PERSON", [], [Mention("a", text.index("Papandreou"),
                                                                      text.index("Papandreou") + 10, "Papandreou")]),
            Entity("e2", "Yanis Varoufakis", "PERSON", [], [Mention("a", text.index("Yanis"),
                                                                     text.index("Yanis") + 16, "Yanis Varoufakis")])]
    assert _primary(_chain(d, "3", ents)) == "Yanis Varoufakis"


def test_a_reporter_of_an_outlet_and_the_outlet_are_one_primary_source():
    a = _doc("a", "The Boston Herald reported that the offer is for 8 years.", "Outlet A")
    text = "According to Michael Silverman of the Boston Herald, the offer is for 8 years."
    b = _doc("b", text, "Outlet B")
    start = text.index("Michael")
    ents = [Entity("e1", "Boston Herald", "ORG", [], [Mention("a", 4, 17, "Boston Herald"),
                                                      Mention("b", text.index("Boston"), text.index("Boston") + 13,
                                                              "Boston Herald")]),
            Entity("e2", "Michael Silverman", "PERSON", [], [Mention("b", start, start + 17, "Michael Silverman")])]
    records, _ = trace_provenance([a, b], ents, [_claim(a, "8"), _claim(b, "8")], [], [], [], [], [], Sources())
    assert records[0].chains[0].primary == records[1].chains[0].primary == "entity:e1"


def test_gray_s_autopsy_and_the_autopsy_are_one_primary_source():
    a = _doc("a", "Gray's autopsy showed he was shot 7 times.", "Outlet A")
    b = _doc("b", "The autopsy showed 7 bullets hit him.", "Outlet B")
    records, _ = trace_provenance([a, b], [], [_claim(a, "7"), _claim(b, "7")], [], [], [], [], [], Sources())
    assert records[0].chains[0].primary == records[1].chains[0].primary == "text:autopsy"


def test_told_le_parisien_newspaper_relays_through_the_newspaper():
    text = "In Belgium, a senior health official told Le Soir newspaper there were 3 possible cases."
    assert [text[a:b] for a, b, *_ in read_sentence(text, 0).relays] == ["Le Soir newspaper"]
