"""Provenance's count of independent outlets joins reports whose item lies in a passage they share (issue 14
item 3), as the brief's own count does: one count, one rule, in every section."""

from crosscheck.provenance.counts import outlet_count
from crosscheck.records import Chain, Document, PassageSpan, PublishedDate, SharedPassage, Sources

TEXT = "Youths attacked a police station with petrol bombs in central Athens, police said. Other news."


def _doc(i, outlet):
    return Document(f"d{i}", f"d{i}.txt", str(i) * 64, "txt", TEXT, TEXT, [], [], PublishedDate(), outlet=outlet)


def test_item_inside_a_shared_passage_counts_one_outlet_not_two():
    docs = [_doc(1, "Kathimerini"), _doc(2, "Athens News"), _doc(3, "Ta Nea")]
    end = TEXT.index(" Other")
    passage = SharedPassage("p", [PassageSpan("d1", 0, end), PassageSpan("d2", 0, end)], TEXT[:end], 13)
    sources = Sources(documents=docs, passages=[passage])
    chains = [Chain(d.id, start=0, end=end) for d in docs]
    by_id = {d.id: d for d in docs}
    assert outlet_count(["d1", "d2", "d3"], sources, by_id) == 3  # without the item's place: outlets only
    assert outlet_count(["d1", "d2", "d3"], sources, by_id, chains) == 2  # d1 and d2 carry it in one passage
    outside = [Chain("d1", start=end + 1, end=len(TEXT)), Chain("d2", start=end + 1, end=len(TEXT))]
    assert outlet_count(["d1", "d2"], sources, by_id, outside) == 2  # elsewhere in the reports: two outlets
