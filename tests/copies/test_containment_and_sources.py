"""Issue 14: copies found by containment, shared wire passages, independence counted per outlet."""

import random

from crosscheck.copies import CopySettings, find_copies, find_copies_and_passages, scan
from crosscheck.copies.passages import shared_passages
from crosscheck.records import (CopyGroup, Document, Evidence, PassageSpan, PublishedDate, SharedPassage, Sources,
                                outlet_key)

_WORDS = ("harbour council ferry engineers tide wall pump district budget school clinic market road bridge "
          "river village mayor farmers grain price storm power line water supply station crew report inquiry "
          "contract tender union strike hospital nurse patient ward doctor minister plan vote committee").split()


def prose(seed: int, sentences: int) -> list[str]:
    """Distinct made-up sentences (no two seeds share a 5-word run)."""
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = [rng.choice(_WORDS) for _ in range(rng.randrange(14, 22))]
        out.append(" ".join(words).capitalize() + f" {rng.randrange(10, 99)}.")
    return out


def doc(i, paragraphs, outlet=None, date="2026-03-14"):
    text = "\n\n".join(paragraphs)
    return Document(id=f"d{i}", source=f"d{i}.txt", content_hash=str(i) * 64, format="txt", original=text, text=text,
                    outlet=outlet, published=PublishedDate(date, date, date, "metadata"))


def test_lede_only_reprint_is_a_copy():
    # Two paragraphs of a twenty-paragraph story: Jaccard ~0.1, containment 1.0.
    story = [" ".join(prose(100 + k, 3)) for k in range(20)]
    original, lede = doc(1, story, "Wire"), doc(2, story[:2], "Herald", date="2026-03-15")
    [group] = find_copies([original, lede])
    assert sorted(group.documents) == ["d1", "d2"] and group.original == "d1"
    assert group.members[0].similarity < 0.2 and group.members[0].containment > 0.9


def test_story_embedded_in_a_longer_roundup_is_a_copy():
    story = [" ".join(prose(200 + k, 3)) for k in range(5)]
    roundup = [" ".join(prose(300 + k, 3)) for k in range(12)] + story + [" ".join(prose(400 + k, 3)) for k in range(8)]
    [group] = find_copies([doc(1, story, "Wire"), doc(2, roundup, "Digest", date="2026-03-15")])
    assert sorted(group.documents) == ["d1", "d2"]


def test_outlet_template_never_makes_two_pages_copies():
    # Seven short pages of one outlet: each its own story under the same navigation and footer.
    nav = " ".join(prose(7, 4))
    footer = " ".join(prose(8, 3))
    pages = [doc(i, [nav, " ".join(prose(500 + i, 2)), footer], "Daily Planet") for i in range(7)]
    assert find_copies(pages) == []
    # ... while a real reprint by that outlet is still found.
    reprint = doc(9, [nav, " ".join(prose(500, 2)) + " " + " ".join(prose(600, 3)), footer], "Daily Planet")
    assert [sorted(g.documents) for g in find_copies(pages + [reprint])] == [["d0", "d9"]]


def test_shared_wire_passage_is_recorded_not_a_copy():
    wire = " ".join(prose(42, 3))  # ~50 words pasted into two otherwise different reports
    a = doc(1, [" ".join(prose(1000 + k, 3)) for k in range(4)] + [wire] + [" ".join(prose(1100, 3))], "Herald")
    b = doc(2, [" ".join(prose(2000 + k, 3)) for k in range(5)] + [wire], "Courier")
    groups, passages = find_copies_and_passages([a, b], CopySettings())
    assert groups == []
    [p] = passages
    assert p.documents == ["d1", "d2"] and p.kind == "wire" and p.words >= 40
    for span in p.spans:
        text = (a if span.document == "d1" else b).text
        assert wire.split()[3] in text[span.start:span.end]
        assert text[span.start:span.end].split()[-1] == wire.split()[-1]


def test_quotes_of_one_speech_are_not_a_shared_passage():
    speech = '"' + " ".join(prose(77, 3)) + '"'
    a = doc(1, [" ".join(prose(3000 + k, 3)) for k in range(4)] + [f"The minister said: {speech}"], "Herald")
    b = doc(2, [" ".join(prose(4000 + k, 3)) for k in range(4)] + [f"{speech} the minister told parliament."], "Courier")
    groups, passages = find_copies_and_passages([a, b], CopySettings())
    assert groups == [] and passages == []


def test_two_reports_by_one_outlet_are_one_source():
    sources = Sources([], documents=[("a", "Reuters"), ("b", "reuters.com"), ("c", "AP"), ("d", None)])
    assert sources.count(["a", "b", "c", "d"]) == 3
    assert sources.source("a") == sources.source("b") == "outlet:reuters" and sources.key("a") == "a"
    assert sources.reason("a", "b") == "same outlet: Reuters"
    assert sources.reason("a", "c") is None
    assert outlet_key("https://www.Reuters.com") == outlet_key("Reuters") == "reuters"


def test_copy_group_and_outlet_join_transitively_with_a_reason():
    group = CopyGroup("copies-a", ["a", "b"], "a", 0.4)
    sources = Sources([group], documents=[("a", "Wire"), ("b", "Herald"), ("c", "Herald")])
    assert sources.count(["a", "b", "c"]) == 1
    assert sources.reason("b", "a") == "Herald is a copy of Wire"
    assert sources.reason("a", "c") == "Herald is a copy of Wire; same outlet: Herald"
    # Within one outlet a copy is named by its report id.
    same = Sources([group], documents=[("a", "Wire"), ("b", "Wire")])
    assert same.reason("a", "b") == "same outlet: Wire"
    [(members, why)] = Sources([group], documents=[("a", "Wire"), ("b", "Herald"), ("c", "Herald")]
                               ).support_groups(["a", "b", "c"])
    assert members == ["a", "b", "c"] and why == "Herald is a copy of Wire; same outlet: Herald"


def test_old_form_counts_copy_groups_as_before():
    sources = Sources([CopyGroup("copies-a", ["a", "b"], "a", 0.9)])
    assert sources.key("b") == "copies-a" and sources.key("z") == "z"
    assert sources.count(["a", "b", "z"]) == 2


def test_support_inside_a_shared_passage_counts_once():
    passage = SharedPassage("passage-x-y-1", [PassageSpan("x", 100, 300), PassageSpan("y", 0, 200)],
                            "Floods cut the coast road on Monday and 14 people died, officials said.", 14)
    sources = Sources([], documents=[("x", "Herald"), ("y", "Courier"), ("z", "Post")], passages=[passage])
    in_passage = [Evidence("x", "14 people", start=150, end=160), Evidence("y", "14 people", start=40, end=50)]
    assert sources.count(["x", "y"]) == 2  # whole reports stay independent
    assert sources.is_shared("x", 150, 160) and not sources.is_shared("x", 320, 330)
    assert sources.count_support(in_passage) == 1
    assert sources.count_support(in_passage + [Evidence("z", "14", start=5, end=7)]) == 2
    [joined] = sources.explain(in_passage)
    assert joined["documents"] == ["x", "y"] and joined["reason"].startswith("share a wire passage:")
    # The same figure outside the passage in y is y's own reporting.
    assert sources.count_support([in_passage[0], Evidence("y", "14 people", start=400, end=410)]) == 2


def test_scan_finds_excerpts_and_embeddings_that_jaccard_misses():
    rng = random.Random(3)
    reports = {f"r{i}": "\n\n".join(" ".join(prose(10_000 + 50 * i + k, 3)) for k in range(12)) for i in range(30)}
    paragraphs = reports["r3"].split("\n\n")
    reports["excerpt"] = "\n\n".join(paragraphs[4:6])  # a sixth of r3
    reports["roundup"] = "\n\n".join([" ".join(prose(90_000 + k, 3)) for k in range(20)] + [reports["r7"]])
    items = [(k, v, "2026-01-01") for k, v in sorted(reports.items(), key=lambda kv: rng.random())]
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        result = scan(items, work)
    groups = sorted(sorted(g.documents) for g in result.groups)
    assert groups == [["excerpt", "r3"], ["r7", "roundup"]]


def test_passages_are_stored_and_reach_story_json(tmp_path):
    from crosscheck.report.story import build_story, validate_story
    from crosscheck.store import Store

    wire = " ".join(prose(42, 3))
    a = doc(1, [" ".join(prose(1000 + k, 3)) for k in range(4)] + [wire], "Herald")
    b = doc(2, [" ".join(prose(2000 + k, 3)) for k in range(5)] + [wire], "Courier")
    c = doc(3, [" ".join(prose(5000 + k, 3)) for k in range(3)], "Herald")
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("story", [a, b, c])
        groups, passages = find_copies_and_passages([a, b, c])
        store.save_stage("story", "copies", copy_groups=groups, shared_passages=passages)
        assert store.load_passages("story") == passages and store.load_passages("story", "d3") == []
        sources = store.load_sources("story")
        ids = [d.id for d in store.load_documents("story")]
        assert sources.count(ids) == 2  # Herald twice is one source
        data = build_story(store, "story")
        validate_story(data)
        assert data["independent_sources"] == 2
        assert [p["id"] for p in data["shared_passages"]] == [p.id for p in passages]
        [joined] = data["source_groups"]
        assert joined["reason"] == "same outlet: Herald" and len(joined["documents"]) == 2
        # A rerun replaces the passages, never adds them twice.
        store.save_stage("story", "copies", copy_groups=groups, shared_passages=passages)
        assert len(store.load_passages("story")) == len(passages)


def test_syndicated_pages_of_one_agency_are_one_source():
    sources = Sources([], documents=[("y", "Yahoo News", "Associated Press"), ("m", "MSN", "Associated Press"),
                                     ("ap", "Associated Press"), ("r", "Reuters")])
    assert sources.count(["y", "m", "r"]) == 2 and sources.count(["y", "ap"]) == 1
    assert sources.reason("y", "m") == "Yahoo News carries Associated Press; MSN carries Associated Press"
    assert sources.reason("y", "ap") == "Yahoo News carries Associated Press"
    pages = Sources([], documents=[("y", "Yahoo News", "Associated Press"), ("m", "MSN", "Associated Press")])
    assert pages.count(["y", "m"]) == 1 and "MSN carries Associated Press" in pages.reason("y", "m")


def test_claim_in_a_shared_passage_is_marked_in_the_report():
    from crosscheck.report.exports import _independence_lines, _joined_note
    from crosscheck.report.story import add_independence

    passage = SharedPassage("passage-x-y-1", [PassageSpan("x", 0, 80), PassageSpan("y", 10, 90)],
                            "Floods cut the coast road on Monday and 14 people died, officials said.", 14)
    sources = Sources([], documents=[("x", "Herald"), ("y", "Courier")], passages=[passage])
    documents = [{"id": d, "title": d, "source": d, "outlet": o, "text": "", "sentences": [], "published": {}}
                 for d, o in (("x", "Herald"), ("y", "Courier"))]
    story = {"story": "s", "documents": documents, "brief": [], "timeline": [], "entities": [],
             "quotes": [], "conflicts": [], "copies": [], "independent_sources": 2, "key_dates": [],
             "agreements": [{"kind": "quantity", "explanation": "2 sources agree on people killed",
                             "documents": ["x", "y"], "items": [{"document": "x", "text": "14", "start": 40, "end": 42},
                                                                {"document": "y", "text": "14", "start": 50, "end": 52}]}],
             "claims": [{"document": "x", "text": "14", "start": 40, "end": 42, "subject": "people", "unit": None,
                         "normalized": {"value": 14, "value_max": None, "unit": None}},
                        {"document": "x", "text": "3", "start": 120, "end": 121, "subject": "bridges", "unit": None,
                         "normalized": {"value": 3, "value_max": None, "unit": None}}]}
    add_independence(story, sources)
    [agreement] = story["agreements"]
    assert agreement["independent_support"] == 1 and agreement["joined_sources"][0]["reason"].startswith("share a wire")
    assert story["claims"][0]["shared_passage"]["documents"] == ["x", "y"] and story["claims"][1]["shared_passage"] is None
    story["shared_passages"] = [{"id": passage.id, "spans": [{"document": "x", "start": 0, "end": 80},
                                                          {"document": "y", "start": 10, "end": 90}],
                                 "text": passage.text, "words": 14, "kind": "wire"}]
    assert _joined_note(agreement).startswith(" — not independent: share a wire passage")
    lines = "\n".join(_independence_lines(story, lambda ids: "".join(f"[{i}]" for i in ids)))
    assert "Shared passages" in lines and "[x][y] (14 words)" in lines


def test_quotation_in_a_page_without_paragraph_breaks_is_not_a_wire_passage():
    # Extracted pages often come as one line, with an unpaired mark earlier (a 12" pipe): counted from the
    # start of the paragraph, the quotation read as narration and was recorded as a shared wire passage.
    speech = " ".join(prose(78, 1)).rstrip(".")
    a = doc(1, [" ".join(prose(3100 + k, 3)) for k in range(3)] + ['A 12" pipe burst.']
            + [" ".join(prose(3200, 2)) + f' The minister said: "{speech}," and left.'], "Herald")
    a.text = a.original = a.text.replace("\n\n", " ")
    b = doc(2, [" ".join(prose(4100 + k, 3)) for k in range(4)] + [f'"{speech}," the minister told parliament.'],
            "Courier")
    [quote] = shared_passages("d1", a.text, "d2", b.text, min_words=15, quotes=True)
    assert quote.kind == "quote" and quote.words >= 15
    assert shared_passages("d1", a.text, "d2", b.text, min_words=15) == []


def test_scan_finds_a_short_lede_copy_of_a_long_story(tmp_path):
    # A 22-word lede keeps ~2 shingles in the 1-in-8 sample (often none), and MinHash over the short
    # reports alone never meets the long original: only the exact lookup of short reports finds it.
    from crosscheck.copies import shingles
    from crosscheck.copies.containment import sampled

    story = [" ".join(prose(700 + k, 3)) for k in range(20)]
    words = " ".join(story).split()
    # A 22-word opening none of whose shingles falls in the sample (the case the index cannot see).
    start = next(k for k in range(200) if not len(sampled(shingles(" ".join(words[k:k + 22])), 8)))
    lede = " ".join(words[start:start + 22])
    others = [(f"o{k}", " ".join(prose(900 + k, 30)), "2026-03-10") for k in range(30)]
    result = scan([("wire", "\n\n".join(story), "2026-03-14"), ("brief", lede, "2026-03-15")] + others, tmp_path)
    assert [sorted(g.documents) for g in result.groups] == [["brief", "wire"]]


def test_written_statement_quoted_by_two_reports_is_a_document_passage():
    """Issue 14, round 3: a company's written statement both reports print in quotation marks is one
    document's text (kind "document"), recorded like wire copy; a speaker's words told to reporters are not."""
    statement = '"' + " ".join(prose(88, 3)) + '"'
    a = doc(1, [" ".join(prose(6000 + k, 3)) for k in range(4)] + [f"{statement} the company said in a statement."],
            "Herald")
    b = doc(2, [" ".join(prose(7000 + k, 3)) for k in range(4)] + [f"In a statement, the company said: {statement}"],
            "Courier")
    groups, passages = find_copies_and_passages([a, b], CopySettings())
    assert groups == [] and [p.kind for p in passages] == ["document"]
    spoken = doc(3, [" ".join(prose(8000 + k, 3)) for k in range(4)] + [f"{statement} the chief told reporters."],
                 "Post")
    assert shared_passages("d1", a.text, "d3", spoken.text, min_words=15) == []


def test_statement_named_beside_the_words_beats_a_spoken_cue_further_away():
    """Issue 14 session 6 (passages_fresh5: a casting statement, a mayor's statement, a company's statement): one
    report names the statement right beside the words, the other names an interview or "said on" a sentence
    away. The nearest cue of the two reports decides: a document passage. With the spoken cue the nearer, a quote."""
    statement = '"' + " ".join(prose(90, 3)) + '"'
    a = " ".join(prose(9200, 4)) + f" In a statement he said: {statement} Nothing more was said."
    later = "The talks went on for hours."
    b = " ".join(prose(9400, 4)) + f" {statement} {later} He said so in an interview on Sunday."
    assert [p.kind for p in shared_passages("a", a, "b", b, min_words=15)] == ["document"]
    near = " ".join(prose(9400, 4)) + f" {statement} he told reporters."
    far = " ".join(prose(9200, 4)) + f" {statement} {later} It was later put out as a statement."
    assert shared_passages("a", far, "b", near, min_words=15) == []


def test_paragraph_break_made_of_spaces_ends_a_quotation():
    """A page breaking paragraphs with "\\n \\n" (a line of spaces): a quotation left open at the end of one
    paragraph (news style) ends there, so the narration of the next paragraph is a passage, not a quote."""
    narration = " ".join(prose(99, 3))
    a = " ".join(prose(9000, 3)) + ' He said: "we will go on. \n \n ' + narration + " Nothing more was said."
    b = " ".join(prose(9100, 4)) + " \n \n " + narration + " Nothing else was known."
    assert [p.kind for p in shared_passages("a", a, "b", b, min_words=15)] == ["wire"]


def test_long_page_without_breaks_reads_a_quotation_from_its_nearest_mark():
    """A whole story on one line: an unpaired mark far before a passage must not turn narration into a
    quotation (bpoil Guardian/Reuters, fresh passages); a passage inside a quotation opened just before it
    stays a quotation."""
    narration = " ".join(prose(111, 3))
    filler = " ".join(prose(112, 40))
    a = 'Officials "said. ' + filler + " The department will look at " + narration + " Holder said nothing more."
    b = " ".join(prose(113, 5)) + " Prosecutors will look at " + narration + " Nothing more was said."
    assert [p.kind for p in shared_passages("a", a, "b", b, min_words=15)] == ["wire"]
    quoted = 'Officials "said. ' + filler + ' He said: "I think ' + narration + '" Holder told reporters.'
    assert shared_passages("a", quoted, "b", b.replace(narration, f'"{narration}" he told reporters'),
                           min_words=15) == []


def test_update_with_a_new_top_keeping_the_old_lede_is_a_copy(tmp_path):
    """Issue 14 round 3 (a running story updated with a new top, e.g. t17 bpoil washingtonpost 207/218): the
    later version carries the earlier one's opening lower down and a fifth of its text (containment 0.23,
    under the 0.32 a partial copy needs). A report carrying the other's opening and a fifth of it is a copy;
    a report sharing only that lede and little else is not."""
    from dataclasses import replace

    lede, kept = " ".join(prose(500, 2)), " ".join(prose(501, 2))
    old = doc(1, [lede] + [" ".join(prose(600 + k, 3)) for k in range(4)] + [kept], "Herald")
    new = doc(2, [" ".join(prose(700 + k, 3)) for k in range(3)] + [lede, kept]
              + [" ".join(prose(800 + k, 3)) for k in range(5)], "Herald", date="2026-03-15")
    assert [(g.original, g.documents) for g in find_copies([old, new])] == [("d1", ["d1", "d2"])]
    # The rule makes it (session 5: so does the carried-opening rule, the old lede being a block of the new version).
    assert find_copies([old, new], replace(CopySettings(), opening_share=1.01, lede_run=0)) == []
    other = doc(3, [" ".join(prose(900 + k, 3)) for k in range(4)] + [lede]
                + [" ".join(prose(950 + k, 3)) for k in range(4)], "Courier")
    assert find_copies([old, other]) == []
    # The streaming scan applies the same rule.
    result = scan([(d.id, d.text, "2026-03-14") for d in (old, new)], tmp_path / "scan")
    assert [sorted(p[:2]) for p in result.pairs] == [["d1", "d2"]]



def test_two_items_of_one_report_are_one_source():
    sources = Sources([], documents=[("x", "Herald"), ("z", "Post")])
    items = [Evidence("x", "14", start=5, end=7), Evidence("x", "14 people", start=90, end=99),
             Evidence("z", "14", start=5, end=7)]
    assert sources.count_support(items) == 2


def test_one_outlets_many_reports_are_one_source_with_every_copy_named():
    # bench_memory on a 2,000-report story: every pair of one outlet's reports was asked its reason,
    # for every event and entity; now each report is joined to the source's first one.
    group = CopyGroup("copies-a", ["a", "b"], "a", 0.9)
    reports = [("a", "Wire"), ("b", "Herald")] + [(f"h{i}", "Herald") for i in range(300)]
    sources = Sources([group], documents=reports)
    [(members, why)] = sources.support_groups([r for r, _ in reports])
    assert len(members) == 302
    assert why == "Herald is a copy of Wire; same outlet: Herald"


def test_shared_block_after_an_own_opening_is_not_a_copy(tmp_path):
    """Issue 14 round 4 (copies_fresh2 'not' pairs: a page footer, a comment-rules box, a later story reusing a
    short story's background paragraphs): the smaller report shares 45% of its text, above the 32% a partial copy
    needs, but all of it after an opening of its own that shares nothing. What it shares is a passage, not its
    body; a report sharing the same text from its top stays a copy."""
    from dataclasses import replace

    own = [" ".join(prose(1200 + k, 3)) for k in range(2)]
    block = [" ".join(prose(1300 + k, 3)) for k in range(2)]
    small = doc(1, own + block, "Herald")
    large = doc(2, [" ".join(prose(1400 + k, 3)) for k in range(6)] + block, "Courier")
    groups, passages = find_copies_and_passages([small, large], CopySettings())
    assert groups == [] and passages and {p.kind for p in passages} == {"wire"}
    assert find_copies([small, large], replace(CopySettings(), late_start=1.01))  # the rule makes the difference
    top = doc(3, block + own[:1], "Post")  # the same text as its top: a copy
    assert find_copies([top, large])
    result = scan([(d.id, d.text, "2026-03-14") for d in (small, large)], tmp_path / "scan")
    assert result.pairs == []


def test_statement_quoted_with_says_or_added_is_a_document_passage():
    """Issue 14 round 4 (passages_fresh2: an announcement's quotes, "Peter Capaldi says:", "she added in a
    statement"): "says" and "added" name no medium, so a statement one report attributes to a statement is a
    document passage though the other introduces it with "says"."""
    statement = '"' + " ".join(prose(1500, 2)) + '"'
    a = doc(1, [" ".join(prose(1510 + k, 3)) for k in range(4)] + [f"{statement} the studio said in a statement."],
            "Herald")
    b = doc(2, [" ".join(prose(1520 + k, 3)) for k in range(4)] + [f"The producer says: {statement} she added."],
            "Courier")
    assert [p.kind for p in shared_passages("d1", a.text, "d2", b.text, min_words=15)] == ["document"]


def test_long_unattributed_quotation_in_two_reports_is_a_document_passage():
    """Issue 14 round 4 (passages_fresh2: a team's statement on firing its coach, a carrier's press release, quoted
    word for word by two outlets with no cue for how they were delivered): 25 words or more of one quotation
    printed identically by two reports, neither saying it was spoken, is a document's text. A shorter one stays a
    quotation (a speaker's words are not reused reporting)."""
    words = " ".join(prose(1600, 3)).split()
    long_quote, short_quote = '"' + " ".join(words[:30]) + '"', '"' + " ".join(words[:16]) + '"'
    filler = lambda seed: " ".join(" ".join(prose(seed + k, 3)) for k in range(4))
    a = f"{filler(1610)}\n\n{long_quote} Smith said.\n\n{filler(1620)}"
    b = f"{filler(1630)}\n\nSmith said, {long_quote}\n\n{filler(1640)}"
    assert [p.kind for p in shared_passages("a", a, "b", b, min_words=15)] == ["document"]
    a2 = f"{filler(1610)}\n\n{short_quote} Smith said.\n\n{filler(1620)}"
    b2 = f"{filler(1630)}\n\nSmith said, {short_quote}\n\n{filler(1640)}"
    assert shared_passages("a", a2, "b", b2, min_words=15) == []


def test_doubled_apostrophes_are_quotation_marks():
    """Issue 14 round 4 (PolNeAR: a paper printing ''...'' for double quotes, the other "..."): a senator's
    spoken words both print are a quotation, not a wire passage."""
    quote = " ".join(prose(1700, 1)[0].split()[:18])
    filler = lambda seed: " ".join(" ".join(prose(seed + k, 3)) for k in range(3))
    a = f"{filler(1710)}\n\nThe leader told reporters, ''{quote}.''\n\n{filler(1720)}"
    b = f"{filler(1730)}\n\nThe leader told reporters: \"{quote}.\"\n\n{filler(1740)}"
    assert shared_passages("a", a, "b", b, min_words=15) == []
    assert [p.kind for p in shared_passages("a", a, "b", b, min_words=15, quotes=True)] == ["quote"]


def test_quotation_with_its_attribution_is_a_quotation():
    """Issue 14 round 4 (passages_fresh2: '"...no real change," X, director of the Y Foundation for Human Rights,
    said by telephone' in two reports): a run made of a spoken quotation and the long clause naming its speaker is
    that person's words, not reused reporting."""
    quote = " ".join(prose(1800, 1)[0].split()[:12])
    who = "Tadzhi Begme, director of the Northern Foundation for Human Rights and Open Courts,"
    filler = lambda seed: " ".join(" ".join(prose(seed + k, 3)) for k in range(3))
    a = f"{filler(1810)}\n\n\"{quote},\" {who} said by telephone from the coast.\n\n{filler(1820)}"
    b = f"{filler(1830)}\n\n\"{quote},\" {who} said from the capital.\n\n{filler(1840)}"
    assert shared_passages("a", a, "b", b, min_words=15) == []


def test_widget_on_a_few_pages_of_one_outlet_is_not_a_copy():
    """Issue 14 round 4 (copies_fresh2 'not' pairs: a video widget on three Washington Post pages, CNN's
    comment-rules box on three pages, a Guardian footer): a block found on three pages of an outlet, too few
    for its template, after each page's own top, is the outlet's furniture: two pages sharing it are not
    copies. Versions of one running story sharing their top text on three pages stay copies."""
    from dataclasses import replace

    widget = " ".join(prose(1900, 5))
    pages = [doc(10 + k, [" ".join(prose(1910 + 10 * k, 3)), widget], "Herald") for k in range(3)]
    others = [doc(20 + k, [" ".join(prose(1960 + k, 6))], "Herald") for k in range(4)]
    assert find_copies(pages + others) == []
    assert find_copies(pages + others, replace(CopySettings(), recurring_share=1.01))  # the rule makes it
    top = " ".join(prose(1990, 5))
    versions = [doc(30 + k, [top, " ".join(prose(1995 + k, 3))], "Herald") for k in range(3)]
    assert len(find_copies(versions + others)) == 1


def test_background_passages_under_an_own_lede_are_not_a_copy(tmp_path):
    """Issue 14 round 5 (copies_fresh3 'partial' pairs: a paper's own obituary with a few sentences of the wire's,
    two wire stories of one court case sharing background sentences): the smaller report shares ~37% of its text,
    above the 32% a partial copy needs and starting early enough for the late-start rule to pass it, but its
    opening shares nothing and what it shares sits in one stretch of the larger, whose opening it does not carry:
    passages, not one text reused. They stay shared passages (not independent evidence); the same sentences as the
    top of a report stay a copy."""
    from dataclasses import replace

    shared = [" ".join(prose(2100, 3)), " ".join(prose(2110, 2))]
    small = doc(1, [" ".join(prose(2000, 3)), shared[0], " ".join(prose(2010, 3)), shared[1],
                    " ".join(prose(2020, 2))], "Herald")
    large = doc(2, [" ".join(prose(2200 + k, 3)) for k in range(6)] + [shared[0], " ".join(prose(2300, 3)), shared[1]]
                + [" ".join(prose(2400 + k, 3)) for k in range(3)], "Courier")
    groups, passages = find_copies_and_passages([small, large], CopySettings())
    assert groups == [] and len(passages) == 2 and {p.kind for p in passages} == {"wire"}
    assert find_copies([small, large], replace(CopySettings(), partial_below=0.0))  # the rule makes the difference
    edit = doc(3, shared + [" ".join(prose(2010, 3)), " ".join(prose(2020, 2))], "Post")  # the shared text is its top
    assert find_copies([edit, large])
    result = scan([(d.id, d.text, "2026-03-14") for d in (small, large)], tmp_path / "scan")
    assert result.pairs == []


def test_quotes_of_one_speech_are_not_a_copy():
    """Issue 14 round 5 (copies_fresh3 'quote' pairs: the Academy's statement and the host's tweet, police and
    witness quotes printed by two reports of one event): what two reports share is almost all inside quotation marks
    in both and covers under half of the smaller, so two reporters quoted one speaker: not a copy. The same words
    unquoted (a reprint of a wire body) stay a copy."""
    from dataclasses import replace

    words = " ".join(prose(2500, 5)).split()
    quote = '"' + " ".join(words) + '," the minister told reporters.'
    small = doc(1, [quote] + [" ".join(prose(2510 + k, 2)) for k in range(3)], "Herald")
    large = doc(2, [" ".join(prose(2600 + k, 3)) for k in range(5)] + [quote, " ".join(prose(2700, 3))], "Courier")
    assert find_copies([small, large]) == []
    assert find_copies([small, large], replace(CopySettings(), quoted_below=0.0))  # the rule makes the difference
    plain = doc(3, [" ".join(words)] + [" ".join(prose(2510 + k, 2)) for k in range(3)], "Post")
    large_plain = doc(4, [" ".join(prose(2600 + k, 3)) for k in range(5)] + [" ".join(words), " ".join(prose(2700, 3))],
                      "Courier")
    assert find_copies([plain, large_plain])


def test_a_long_shared_block_keeps_an_update_a_copy():
    """Issue 14 round 5 (updates of a running story that keep a block of several paragraphs under a new top): a shared
    run of 100 shingles or more is a body kept, not background, whatever the opening."""
    from dataclasses import replace

    block = " ".join(prose(2800, 8))  # one ~140-word paragraph kept whole
    small = doc(1, [" ".join(prose(2900, 4)), block] + [" ".join(prose(2910 + k, 4)) for k in range(3)], "Herald")
    large = doc(2, [" ".join(prose(3000 + k, 3)) for k in range(6)] + [block]
                + [" ".join(prose(3100 + k, 3)) for k in range(6)], "Herald")
    settings = replace(CopySettings(), late_start=1.01)  # this test is about the partial rule only
    assert find_copies([small, large], settings)
    assert find_copies([small, large], replace(settings, partial_block=10 ** 6)) == []
