"""Copy detection on reports written for these tests."""

from crosscheck.copies import CopySettings, diff_reports, find_copies
from crosscheck.records import Document, PublishedDate, Sources

WIRE = [
    "A storm surge swept through the port city of Hodeidah on Friday, killing at least 14 people and forcing "
    "more than 4,000 residents from their homes, officials said.",
    "The sea pushed up to 3 km inland and flooded about 30 sq km of low-lying districts, according to the port "
    "authority. A 12 miles stretch of the coastal road to the south was closed for the whole weekend.",
    '"The water came in minutes, not hours," said Maria Keller, who commands the UN mission that monitors the port. '
    '"We are moving food stocks to higher ground tonight."',
    "Keller said the UN had opened three shelters in schools and asked donors for 40 trucks of supplies a week.",
    "The World Health Organization warned of a risk of cholera in the flooded districts and said it was sending "
    "20 tonnes of medical supplies to the city hospitals.",
    "The coast guard said it had rescued 212 people from rooftops. Fishermen said the surge was the worst they "
    "had seen since 2009, when a cyclone destroyed much of the harbour.",
]


def doc(i, paragraphs, date="2026-03-14"):
    text = "\n\n".join(paragraphs)
    return Document(id=f"d{i}", source=f"d{i}.txt", content_hash=str(i) * 64, format="txt", original=text, text=text,
                    published=PublishedDate(date, date, date, "metadata") if date else PublishedDate())


def groups_of(docs):
    return [sorted(g.documents) for g in find_copies(docs)]


def test_exact_reprint_with_new_headline_and_boilerplate():
    original = doc(1, WIRE)
    reprint = doc(2, ["Hodeidah under water"] + WIRE + ["Support our journalism: donate today.", "Share this article"],
                  date="2026-03-15")
    [group] = find_copies([reprint, original])
    assert group.original == "d1" and sorted(group.documents) == ["d1", "d2"]
    member = group.members[0]
    assert member.document == "d2" and member.containment > 0.8
    added = [op.copy for op in member.diff if op.op == "insert"]
    assert added == ["Hodeidah under water", "Support our journalism: donate today. Share this article"]
    assert all(op.op in ("equal", "insert") for op in member.diff)


def test_curly_quotes_and_swapped_words_still_a_copy():
    edited = [p.replace('"', "“", 1).replace("UN", "United Nations") for p in WIRE]
    assert groups_of([doc(1, WIRE), doc(2, edited)]) == [["d1", "d2"]]


def test_units_rewritten_are_called_out():
    edited = [p.replace("12 miles", "19 km") for p in WIRE]
    [group] = find_copies([doc(1, WIRE), doc(2, edited, date="2026-03-15")])
    changes = [c for op in group.members[0].diff for c in op.changed_numbers]
    assert changes == ["12 miles -> 19 km"]


def test_truncated_reprint_found_by_containment():
    [group] = find_copies([doc(1, WIRE), doc(2, WIRE[:2], date="2026-03-15")])
    member = group.members[0]
    assert member.containment > 0.9 and member.similarity < 0.5  # containment, not Jaccard, finds it
    assert [op.op for op in member.diff].count("delete") >= 1


def test_speaker_name_dropped_is_a_changed_name():
    edited = [WIRE[0], WIRE[1], WIRE[2].replace("said Maria Keller, who commands the UN mission that monitors the port",
                                                "he said")] + WIRE[3:]
    [group] = find_copies([doc(1, WIRE), doc(2, edited)])
    assert any("Maria Keller" in c for op in group.members[0].diff for c in op.changed_names)


def test_independent_reports_of_same_event_are_not_copies():
    other = doc(2, [
        "Rescuers searched flooded streets in Hodeidah on Saturday after a surge from the Red Sea hit the city late "
        "on Friday. Local health officials put the death toll at 23, with dozens still missing.",
        "About 12 square miles of the city were under water, and about 6,500 people had left their homes, the "
        "governor's office said. The governor called it a disaster the city had been warned about for years.",
        "The United Nations said three shelters had opened and that it needed 40 trucks of supplies a week to keep "
        "them running, while the World Health Organization warned of cholera.",
    ])
    assert groups_of([doc(1, WIRE), other]) == []


def test_original_is_earliest_then_most_complete_and_sources_count_once():
    docs = [doc(3, WIRE, date="2026-03-16"), doc(1, WIRE[:4], date="2026-03-14"), doc(2, WIRE, date="2026-03-14"),
            doc(4, WIRE[1:], date=None)]
    [group] = find_copies(docs)
    assert group.original == "d2" and sorted(group.documents) == ["d1", "d2", "d3", "d4"]
    assert Sources([group]).count(["d1", "d2", "d3", "d4", "d9"]) == 2


def test_chain_original_is_the_report_covering_the_others():
    a = doc(1, WIRE[:3])
    b = doc(2, WIRE[:6], date="2026-03-15")
    c = doc(3, WIRE[3:], date="2026-03-16")  # shares nothing with a; both are excerpts of b
    [group] = find_copies([a, b, c])
    assert group.original == "d2" and sorted(group.documents) == ["d1", "d2", "d3"]


def test_chain_with_no_common_original_is_split():
    a = doc(1, WIRE[:2])
    b = doc(2, WIRE[1:4], date="2026-03-15")  # overlaps a by one paragraph and c by one
    c = doc(3, WIRE[3:5], date="2026-03-16")
    for g in find_copies([a, b, c], CopySettings(min_containment=0.4)):
        assert not {"d1", "d3"} <= set(g.documents)


def test_group_ids_stable_across_runs():
    docs = [doc(1, WIRE), doc(2, WIRE[:3], date="2026-03-15")]
    assert [g.id for g in find_copies(docs)] == [g.id for g in find_copies(list(reversed(docs)))] == ["copies-d1"]


def test_diff_of_identical_reports_is_all_equal():
    assert {op.op for op in diff_reports(doc(1, WIRE), doc(2, WIRE))} == {"equal"}


# Issue 14 round 2: on the ECB+ Qeshm quake story a forum repost of an early version of the BBC report,
# dated a day before the BBC page was last updated, was shown as the original and the BBC report as its copy.
EARLY = [
    "A strong earthquake has struck the island of Marlow in the south, flattening several farms and killing "
    "at least two people, according to early reports.",
    "The 5.8-magnitude quake hit Marlow island, home to 90,000 people, and the port of Kessen, the regional "
    "broadcaster said.",
    "The island's governor told a news agency that four farms had been flattened and two people killed.",
    "The tremor, which struck at 1412 local time, was felt across the strait in the towns of Orne and Belval.",
]
LATER = [
    "A strong earthquake has struck the island of Marlow in the south, killing at least nine people, injuring "
    "dozens more and flattening several farms, officials say.",
    "The 6.0-magnitude quake hit Marlow island, home to 90,000 people, and the port of Kessen, the regional "
    "broadcaster said.",
    "The tremor, which struck at 1412 local time, was felt across the strait in the towns of Orne and Belval.",
    "Rescue teams from the mainland reached the worst-hit villages in the west of the island by helicopter and "
    "flew the injured to the hospital in Kessen, where doctors said most had broken bones.",
    "The Courier's correspondent in the capital says schools on the island will stay closed for a week while "
    "engineers check every building for cracks.",
    "The island has a free trade zone and a fishing port, and its main town still has power and water, officials "
    "said, as tents and blankets were sent to families who had lost their homes.",
    "The region has not been hit by a quake this strong in more than thirty years, the national seismic centre said.",
]


def test_forum_repost_dated_earlier_is_not_the_original():
    forum = doc(1, EARLY, date="2026-03-14")
    forum.url, forum.outlet = "http://www.example-underground.com/discuss/board.php?thread=102", "example-underground.com"
    report = doc(2, LATER, date="2026-03-15")
    report.url, report.outlet = "http://news.courier.example/2/hi/world/4475546.stm", "The Courier"
    [group] = find_copies([forum, report])
    assert group.original == "d2" and [m.document for m in group.members] == ["d1"]


def test_original_by_date_when_there_is_no_evidence():
    # Two plain pages of one text: no repost page, no credit, neither the fuller text: the earlier is the original.
    [group] = find_copies([doc(2, WIRE, date="2026-03-15"), doc(1, WIRE + ["Share this article"], date="2026-03-14")])
    assert group.original == "d1"


def test_repost_crediting_its_source_is_the_copy():
    # The copy is dated first (its page was scraped before the source's was updated), but credits the source.
    source = doc(1, WIRE, date="2026-03-15")
    source.outlet = "Red Sea Wire"
    copy = doc(2, WIRE + ["Source: Red Sea Wire"], date="2026-03-14")
    copy.outlet = "Gulf Herald"
    [group] = find_copies([copy, source])
    assert group.original == "d1"


def test_one_wire_sentence_in_two_short_edits_is_a_copy():
    """Issue 14 round 3 (ecb 23_1/23_9): two ~21-word briefs, each one edit of one wire sentence, share 13
    shingles: under the 15 a copy must share, but most of each. A short report two thirds of which is in
    another is a copy; one shared sentence of a longer report is not."""
    from crosscheck.copies import shingles, verify

    wire = "Rescuers pulled 14 survivors from the collapsed hotel in the mountain town late on Sunday night"
    a = shingles("BREAKING: " + wire + ", police said.")
    b = shingles(wire + ", officials told the agency.")
    assert verify(a, b, CopySettings())[0]
    from dataclasses import replace

    assert not verify(a, b, replace(CopySettings(), short_share=1.01))[0]  # 12 shared: under 15
    half = shingles("Rescuers pulled 14 survivors from the collapsed hotel while storms hit the coast and "
                    "the northern valleys for a third day")
    assert not verify(a, half, CopySettings())[0]
