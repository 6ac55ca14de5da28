"""The brief on reports written for these tests."""

from crosscheck.brief import write_brief
from crosscheck.records import CopyGroup, Document, Evidence, Event, Finding, PublishedDate, Sentence, Sources


def doc(i, sentences, day="2026-03-14"):
    text = " ".join(sentences)
    out, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        out.append(Sentence(s, start, start + len(s)))
        pos = start + len(s)
    return Document(f"d{i}", f"d{i}", str(i) * 64, "txt", text, text, out, [], PublishedDate(day, day, day, "metadata"))


STORM = "A storm surge flooded the port city of Hodeidah on Friday and forced thousands from their homes."
DOCS = [
    doc(1, [STORM, "The port authority said the container yard and the grain terminal were under water.",
            "Fishermen said the surge was the worst they had seen since a cyclone hit the coast in 2009."]),
    doc(2, ["A storm surge flooded the port city of Hodeidah on Friday, forcing thousands from their homes.",
            "Health workers warned that cholera could spread through the flooded districts of the city."]),
    doc(3, ["Aid agencies asked donors for money to pay for shelters, clean water and medical supplies.",
            "A storm surge flooded the port city of Hodeidah on Friday and forced thousands from homes."]),
]


def test_sentences_cite_every_supporting_report_and_count_sources():
    brief = write_brief(DOCS, [], [], Sources(), max_sentences=3)
    storm = [b for b in brief if "storm surge flooded" in b.text]
    assert len(storm) == 1  # said three times, told once
    assert storm[0].documents == ["d1", "d2", "d3"] and storm[0].independent_sources == 3
    assert len(brief) == 3


def test_copies_count_once():
    sources = Sources([CopyGroup("g", ["d1", "d2"], "d1", 0.9)])
    brief = write_brief(DOCS, [], [], sources, max_sentences=2)
    storm = [b for b in brief if "storm surge flooded" in b.text][0]
    assert storm.independent_sources == 2


def test_time_order_follows_events_and_conflicts_close_the_brief():
    events = [Event("e1", "2026-03-10", "Aid appeal", ["d3"], 1, [Evidence("d3", DOCS[2].sentences[0].text, "", 0, 10)])]
    conflict = Finding("quantity", [Evidence("d1", "14"), Evidence("d2", "41")], ["d1", "d2"],
                       "Independent sources disagree on people killed: A says 14 versus B says 41.", 2)
    brief = write_brief(DOCS, events, [conflict], Sources(), max_sentences=3)
    assert brief[0].text.startswith("A storm surge flooded")  # the main news opens the brief (the best-ranked lead)
    assert brief[1].text.startswith("Aid agencies")  # then time order: its event is the earliest
    assert brief[-1].text.startswith("Sources conflict on people killed") and brief[-1].documents == ["d1", "d2"]


def test_brief_opens_with_the_main_news_not_a_side_detail_of_an_earlier_report():
    """ECB+ 18 (office shooting): time order alone opened the brief with a hospital spokeswoman's line because its
    report came first on the same day; the main news is the best-ranked report lead."""
    side = "A spokeswoman for the city hospital said the three victims were taken there but gave no more details."
    main = "A man fired last week from an accounting firm walked into his former office with a shotgun and shot three people."
    docs = [doc(1, [side, "Police cordoned off the office park near the highway for most of the afternoon."]),
            doc(2, [main, "The suspect was arrested hours later after a chase on the interstate, police said."]),
            doc(3, ["A man fired last week from his accounting firm shot three people at his former office, police said.",
                    "The office park near the highway was closed for the afternoon."])]
    brief = write_brief(docs, [], [], Sources(), max_sentences=3)
    assert "shot three people" in brief[0].text
    assert any(b.text == side for b in brief[1:]) or side not in [b.text for b in brief]


def test_empty_story():
    assert write_brief([], [], [], Sources()) == []


def test_regex_sentences_keep_titles_initials_and_offsets():
    from crosscheck.brief import split_sentences

    text = 'Lt. Gen. Maria Keller spoke in Aden. "We are ready," she said.\nJ. Smith of the U.N. agreed. Prices rose 3.5 percent.'
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Lt. Gen. Maria Keller spoke in Aden.", '"We are ready," she said.', "J. Smith of the U.N. agreed.",
        "Prices rose 3.5 percent."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_sentence_telling_a_well_sourced_dated_event_wins_a_tie():
    a = "Officials in the port city counted the damage to warehouses and cranes along the quay."
    b = "Officials in the port city counted the damage to schools and clinics along the river."
    docs = [doc(1, [a]), doc(2, [b])]
    tied = write_brief(docs, [], [], Sources(), max_sentences=1)
    other = b if tied[0].text == a else a
    evidence = Evidence("d2" if other == b else "d1", other, "", 0, 10)
    event = Event("e1", "2026-03-13", "damage counted", ["d1", "d2", "d3"], 3, [evidence])
    assert write_brief(docs, [event], [], Sources(), max_sentences=1)[0].text == other


def test_summaries_stop_at_the_word_budget_and_keep_reading_order():
    from crosscheck.brief import summarize_documents, summarize_texts

    words = sum(len(s.text.split()) for d in DOCS for s in d.sentences)
    short = summarize_documents(DOCS, max_words=20)
    assert 1 <= len(short) <= 2 and sum(len(s.split()) for s in short) < words
    assert len(summarize_texts([d.text for d in DOCS], max_sentences=2)) == 2
    everything = summarize_documents(DOCS, max_words=None, max_sentences=100)
    order = [next(n for n, d in enumerate(DOCS) if s in d.text) for s in everything]
    assert order == sorted(order)


def test_brief_never_carries_a_byline_dateline_or_caption():
    """Issue 20: page furniture read as a sentence never reaches the brief."""
    from crosscheck.brief import is_furniture, without_dateline

    assert without_dateline("HODEIDAH, Yemen (Red Sea Wire) - A storm surge swept through the port city.") == \
        "A storm surge swept through the port city."
    assert without_dateline("WASHINGTON (AP) — The Senate voted on Friday to fund the government.") == \
        "The Senate voted on Friday to fund the government."
    for line in ("A scanning micrograph of the H5N8 avian influenza strain.", "By Amal Nasser, Red Sea Wire",
                 "A man walks past a flooded street in Hodeidah. Photograph: Reuters"):
        assert is_furniture(line), line
    for line in ("A storm surge swept through the port city of Hodeidah on Friday, killing at least 14 people.",
                 "By Friday, the toll had risen to 40, officials said.", "The death toll rose to 23."):
        assert not is_furniture(line), line


def test_headline_teaser_byline_or_caption_glued_to_the_lead_never_becomes_a_brief_sentence():
    """Issue 20v: a page flattened to text glues its headline, teaser, timestamp and dateline to the lead;
    the brief quotes the lead alone, or nothing."""
    from crosscheck.brief import lead_of

    glued = {
        "Dozens missing in Peru landslide A heavy toll is feared in Peru after a hillside gave way, "
        "burying homes.": "A heavy toll is feared in Peru after a hillside gave way, burying homes.",
        "QUITO | Tue Mar 14, 2017 10:41 am GMT QUITO ( Reuters ) - Ecuador's interior minister ordered a night "
        "curfew in three coastal provinces on Tuesday.": "Ecuador's interior minister ordered a night curfew in three "
                                                         "coastal provinces on Tuesday.",
        "9 March 2013 Last updated at 08:20 GMT Help Bolivian police have detained scores of anti-mining "
        "campaigners after the march.": "Bolivian police have detained scores of anti-mining campaigners "
                                        "after the march.",
        "The Chilean government is trying to calm a wave of strikes Chilean President Ana Ferreira has "
        "signed orders ending 12 years of fuel subsidies.": "Chilean President Ana Ferreira has signed orders "
                                                            "ending 12 years of fuel subsidies.",
    }
    for line, lead in glued.items():
        assert lead_of(line) == lead, line
    for line in ("By the CNN Wire Staff NEW: A marcher in Valparaiso says the cabinet's time is up NEW: Video "
                 "footage shows crowds near the harbour.",  # a teaser list
                 "Engineers say it could take weeks to seal the breach in the dam The Kariba spillway "
                 "overflowing last month.",  # a headline and a caption
                 "Kenyan President Daniel Mworia, left, and Prime Minister Ilse Vand meet at the trade summit in Oslo in 2014.",
                 "Mining firm says new valve stops gas leak from Bass Strait after days of failed repairs",  # no stop
                 "A 36-year-old Australian man died on Friday after falling 150 meters from a ridge in Aoraki/Mt.",
                 "Can not play media. Sorry, this media is not available in your territory."):
        assert lead_of(line) is None, line
    for line in ("The fire service was called at 06:00 BST to the Waitrose store in High Street on Sunday.",
                 "Officials told The Associated Press that the influenza A (H1N1) virus had reached the city.",
                 "A refugee camp in South Sudan's Unity state was bombed Thursday, South Sudan officials said.",
                 '" The youth in this community have no outlets for their anger, no community. "'):
        assert lead_of(line) == line.strip(), line
    head = "Dozens missing in Peru landslide"
    d = doc(9, [f"{head} A heavy toll is feared in Peru after a hillside gave way, burying homes.",
                "Rescue teams from several countries began searching the rubble of the capital on Wednesday."])
    brief = write_brief([d], [], [], Sources(), max_sentences=3)
    assert brief and not any(head in b.text for b in brief)
    lead = next(b for b in brief if b.text.startswith("A heavy toll"))
    assert lead.text == "A heavy toll is feared in Peru after a hillside gave way, burying homes."


def test_readers_comments_stay_out_of_the_brief():
    """Issue 20v: readers' comments under a BBC page (first-person, after "Have your say" or a comment
    header) were brief sentences."""
    d = doc(8, ["Rescue teams from several countries began searching the rubble of the capital on Wednesday.",
                "At 09:15 pm on 3 Mar 2012, RiverMeadow77 wrote: I think the rescue teams arrived far too "
                "late and I am angry about it.",
                "I have been watching the coverage of the rescue teams all week and I cried every single night."])
    brief = write_brief([d], [], [], Sources(), max_sentences=3)
    assert [b.text for b in brief] == [d.sentences[0].text]


def test_leads_of_one_announcement_in_other_words_are_told_once():
    """ECB topic 9 (a new user's run): the ten reports' first sentences each told the one announcement in
    their own words, too far apart to be near-duplicates, and made the whole brief."""
    leads = ["The Interior Department announced on Thursday a change to the rules of the Endangered Species Act.",
             "The Bush administration on Thursday weakened the Endangered Species Act with two late-term rules.",
             "Interior Secretary Dirk Kempthorne issued new Endangered Species Act regulations on Thursday morning."]
    more = ["Federal agencies will no longer need a review by government scientists before building dams.",
            "Conservation groups sued in federal court to block the regulations before they take effect.",
            "The rules also keep the law from being used against the emissions that warm the climate."]
    docs = [doc(i + 1, [lead, other]) for i, (lead, other) in enumerate(zip(leads, more))]
    brief = write_brief(docs, [], [], Sources(), max_sentences=3)
    assert sum(b.text in leads for b in brief) == 1
    assert sum(b.text in more for b in brief) == 2


def test_brief_sentence_inside_a_passage_two_reports_share_counts_once():
    """Review s7 (ECB 19, Greek riots): "Youths ... attacked a police station ..., police said. (d05; d09)" was
    "confirmed by 2 independent sources" while the report's own list of shared passages named that very
    passage of d05 and d09 as one wire text. A sentence both carry inside the passage is one witness."""
    from crosscheck.records import PassageSpan, SharedPassage

    d1, d3 = DOCS[0], DOCS[2]
    s1, s3 = d1.sentences[0], d3.sentences[1]
    passage = SharedPassage("p1", [PassageSpan("d1", s1.start, s1.end), PassageSpan("d3", s3.start, s3.end)],
                            s1.text, len(s1.text.split()))
    sources = Sources(documents=DOCS, passages=[passage])
    brief = write_brief(DOCS, [], [], sources, max_sentences=3)
    storm = [b for b in brief if "storm surge flooded" in b.text][0]
    assert storm.documents == ["d1", "d2", "d3"]  # every report that carries it is still cited
    assert storm.independent_sources == 2  # d1 and d3 through the shared passage, and d2


def test_copy_reason_names_reports_by_file_not_by_id():
    """Review s7: "af8371f6264dcf43 is a copy of 4ffe346283457f00" named two plain files by their hashes."""
    a = Document("af8371f6264dcf43", "/tmp/story/in/d07.txt", "7" * 64, "txt", "x", "x", [], [], PublishedDate())
    b = Document("4ffe346283457f00", "/tmp/story/in/d08.txt", "8" * 64, "txt", "x", "x", [], [], PublishedDate())
    sources = Sources([CopyGroup("g", [b.id, a.id], b.id, 0.9)], documents=[a, b])
    assert sources.reason(a.id, b.id) == "d07.txt is a copy of d08.txt"


def test_brief_sentences_stand_alone():
    """Review s7: 10 of 20 brief sentences of three real stories could not be read alone: a transcript's label
    ("TRUMP: ..."), a quote cut at a full stop ("...," he said at one point), "Like X, they ...". Shapes as
    seen, words invented. A whole quotation whose speaker is "he" stays (see brief.py)."""
    from crosscheck.brief import stands_alone

    not_alone = ['MAYOR: "To be frank we inherited a flooded port.', '"We are going to rebuild all of it.',
                 'Floods — this is a disaster made by neglect," he said at one point.',
                 "Like the old harbour wall, they failed within an hour of the surge.",
                 "He was wearing a life jacket but could not swim, the inspector said.",
                 "and then the water came in through the doors of the shelter.",
                 "I do not need any of that help anymore. ''"]
    alone = ['"The storm was terrible," said Maria Keller, the general in charge of the rescue.',
             "It was the worst storm to hit the coast in decades, officials said on Friday.",
             "In Hodeidah, police opened two schools as shelters for the families.",
             "Apparently, ''Harbour Films'' would like a November release for ''The Surge'' sequel.",
             "According to the port's director, the yard has been closed ``until the water goes down.''",
             '"The harbour wall will be rebuilt before the winter storms," he said on Friday.']
    assert [t for t in not_alone if stands_alone(t)] == []
    assert [t for t in alone if not stands_alone(t)] == []
    docs = [doc(1, ['MAYOR: "To be frank we inherited a flooded port of the city of Hodeidah today.', STORM]),
            doc(2, ["A storm surge flooded the port city of Hodeidah on Friday, forcing thousands from their homes."])]
    assert all(stands_alone(b.text) for b in write_brief(docs, [], [], Sources(), max_sentences=3))


def test_media_player_notice_in_a_saved_pages_text_is_furniture():
    """New-user run (tenth session): a BBC page saved as text kept its video player's notice that JavaScript and
    Flash must be on, and the brief quoted it as a sentence of the story. Lines written for this test."""
    from crosscheck.brief import is_furniture

    for line in ("To watch this clip, JavaScript must be enabled and the newest Flash plugin installed.",
                 "Please enable JavaScript to view the comments.",
                 "Your browser does not support the video tag."):
        assert is_furniture(line), line
    for line in ("Adobe said on Tuesday it would stop updating its Flash player in 2020.",
                 "Officials said the flood barriers must be installed before the storm arrives.",
                 "Under the new rules, cookies must be enabled by users before any tracking begins, the commission said.",
                 "Security experts urged users to turn on JavaScript blocking in their browsers."):
        assert not is_furniture(line), line
