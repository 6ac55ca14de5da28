"""Provenance: chains as reports write them, one primary source across reports, three-level counts."""

from __future__ import annotations

from crosscheck.provenance import is_outlet, read_sentence, trace_provenance
from crosscheck.records import Claim, CopyGroup, Document, Entity, Finding, Evidence, Mention, Normalized, Sentence, Sources


def _doc(doc_id: str, text: str, outlet: str | None = None, dateline: str | None = None) -> Document:
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        sentences.append(Sentence(text[start:end], start, end))
        start = end + 1
    return Document(doc_id, doc_id, doc_id, "txt", text, text, sentences, outlet=outlet, dateline=dateline)


def _claim(d: Document, number: str, n: int = 0) -> Claim:
    start = d.text.index(number)
    return Claim(f"{d.id}:c{n}", d.id, number, d.text, float(number), None, None, Normalized(float(number), None, None),
                 "people killed", start=start, end=start + len(number))


def _sources_of(reading, text):
    return [(text[a:b], cue, outlet) for a, b, cue, _, outlet in reading.found]


def test_according_to_names_the_source_not_the_item():
    text = "At least 40 people were killed, according to the health ministry in Gaza."
    assert _sources_of(read_sentence(text, 0), text) == [("the health ministry", "according to", False)]


def test_told_an_outlet_is_a_relay_and_the_teller_the_source():
    text = "Police spokesman Ali Hassan told Reuters that 12 people died."
    r = read_sentence(text, 0)
    assert [text[a:b] for a, b, *_ in r.relays] == ["Reuters"]
    assert ("Police spokesman Ali Hassan", "told", False) in _sources_of(r, text)


def test_reported_citing_is_a_relay_of_a_relay():
    text = "Le Monde reported, citing officials, that 30 people died."
    found = _sources_of(read_sentence(text, 0), text)
    assert ("officials", "citing", False) in found and ("Le Monde", "reported", True) in found


def test_outlets_are_recognised_by_name_and_by_kind():
    assert is_outlet("Reuters") and is_outlet("state television") and is_outlet("the Associated Press")
    assert not is_outlet("the health ministry") and not is_outlet("Médecins Sans Frontières")


def _entity(eid, name, etype, *mentions):
    return Entity(eid, name, etype, [], [Mention(d, a, b, t) for d, a, b, t in mentions])


def test_the_charity_and_msf_are_one_primary_source_across_reports():
    a = _doc("a", "Médecins Sans Frontières runs the hospital. The charity said 40 people were killed.", "Outlet A")
    b = _doc("b", "At least 40 people died, MSF said.", "Outlet B")
    msf = _entity("e1", "Médecins Sans Frontières", "ORG", ("a", 0, 24, "Médecins Sans Frontières"), ("b", 26, 29, "MSF"))
    claims = [_claim(a, "40"), _claim(b, "40")]
    agreement = Finding("quantity", [Evidence("a", "40", "", claims[0].start, claims[0].end),
                                     Evidence("b", "40", "", claims[1].start, claims[1].end)], ["a", "b"])
    records, primaries = trace_provenance([a, b], [msf], claims, [], [], [agreement], [], [], Sources())
    found = next(p for p in records if p.item == "agreement-0")
    assert (found.reports, found.outlets, found.primary_count) == (2, 2, 1)
    assert found.basis == "one primary source relayed"
    assert primaries[0].entity == "e1" and set(primaries[0].aliases) == {"The charity", "MSF"}


def test_the_ministry_is_the_one_ministry_the_report_names():
    text = "The Ministry of Health opened a centre. Later the ministry said 12 people died."
    d = _doc("a", text)
    ministry = _entity("m", "Ministry of Health", "ORG", ("a", 4, 22, "Ministry of Health"))
    records, _ = trace_provenance([d], [ministry], [_claim(d, "12")], [], [], [], [], [], Sources())
    assert records[0].chains[0].primary == "entity:m"


def test_unattributed_counts_each_independent_source_once():
    a = _doc("a", "The storm killed 14 people.", "A")
    b = _doc("b", "The storm killed 14 people.", "B")
    c = _doc("c", "The storm killed 14 people.", "C")
    claims = [_claim(a, "14"), _claim(b, "14"), _claim(c, "14")]
    agreement = Finding("quantity", [Evidence(x.document, "14", "", x.start, x.end) for x in claims], ["a", "b", "c"])
    sources = Sources([CopyGroup("g", ["a", "b"], "a", 1.0)])
    records, primaries = trace_provenance([a, b, c], [], claims, [], [], [agreement], [], [], sources)
    found = next(p for p in records if p.item == "agreement-0")
    assert found.chains[0].primary == "unattributed" and primaries == []
    assert (found.reports, found.outlets, found.primary_count) == (3, 2, 2)


def test_one_sources_update_is_not_two_sources():
    a = _doc("a", "The ministry of health said 14 people died.", "A")
    b = _doc("b", "The ministry of health said 23 people died.", "B")
    a.published.date, b.published.date = "2026-03-14", "2026-03-15"
    claims = [_claim(a, "14"), _claim(b, "23")]
    conflict = Finding("quantity", [Evidence(x.document, x.text, "", x.start, x.end) for x in claims], ["a", "b"])
    records, _ = trace_provenance([a, b], [], claims, [], [], [], [conflict], [], Sources())
    assert next(p for p in records if p.item == "conflict-0").basis == "one source's update"


def test_a_dateline_agency_is_an_outer_relay():
    d = _doc("a", "Officials said 9 people died.", "Gulf Herald", dateline="ADEN, Yemen (Reuters) -")
    records, _ = trace_provenance([d], [], [_claim(d, "9")], [], [], [], [], [], Sources())
    links = records[0].chains[0].links
    assert [(x.source, x.cue, x.role) for x in links] == [("Reuters", "dateline", "relay"),
                                                         ("Officials", "said", "primary")]


def test_odd_reports_and_items_do_not_stop_the_stage():
    from crosscheck.records import BriefSentence, Event, Quote

    empty = Document("e", "e", "e", "txt", "", "", [])
    odd = _doc("o", "“ said , according to . told , citing", "X", dateline="(")
    quote = Quote("q", "gone", "a quote that is nowhere", "Someone", None, "direct", 0, 5, documents=["gone", "o"])
    event = Event("ev", "2026", "x", ["o"], 1, [Evidence("o", "x", "", None, None)])
    finding = Finding("quantity", [Evidence("missing", "1", "", 3, 4)], ["missing"])
    records, _ = trace_provenance([empty, odd], [], [], [quote], [event], [finding], [finding],
                                  [BriefSentence("nothing like it", ["e", "o", "missing"])], Sources())
    assert {r.kind for r in records} == {"quote", "event", "agreement", "conflict", "brief"}
