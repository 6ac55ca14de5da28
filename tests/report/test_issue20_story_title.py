"""Issue 20, eighth session: a story is titled from its content, not by its input folder's name ("in")."""

from __future__ import annotations

from crosscheck.records import BriefSentence, Document, PublishedDate, Sentence
from crosscheck.report import build_story, to_html, to_markdown, validate_story
from crosscheck.report.title import clean_headline, story_title
from crosscheck.store import Store


def _doc(i: int, text: str, title: str | None, outlet: str) -> Document:
    return Document(id=f"d{i}", source=f"in/r{i}.txt", content_hash=f"{i:064d}", format="txt", original=text,
                    text=text, sentences=[Sentence(text, 0, len(text))],
                    published=PublishedDate("2026-03-14", "2026-03-14", "2026-03-14", "metadata"), title=title,
                    outlet=outlet)


def test_story_titled_from_its_content_not_its_folder_name(tmp_path):
    docs = [_doc(1, "A storm surge flooded the port of Hodeidah on Friday, officials said.",
                 "Storm surge floods Hodeidah port - Red Sea Wire", "Red Sea Wire"),
            _doc(2, "The port of Hodeidah was flooded by a storm surge on Friday.", "Hodeidah port flooded by storm surge",
                 "Gulf Herald"),
            _doc(3, "Aid agencies asked donors for help after the floods.", "Add a location to your Tweets", "Aid Watch")]
    with Store(tmp_path / "s.sqlite") as store:
        store.add_documents("in", docs)
        store.save_stage("in", "brief", brief=[BriefSentence(docs[0].text, ["d1"], 1)], key_dates=[])
        story = build_story(store, "in")
    validate_story(story)
    assert story["story"] == "in"
    # Both outlets' headlines share its words (ties: the shorter); the outlet's name is cut off; the widget is no title.
    assert story["title"] == "Storm surge floods Hodeidah port"
    assert "headline" in story["title_basis"]
    assert "<h1>Storm surge floods Hodeidah port</h1>" in to_html(story)
    assert to_markdown(story).startswith("# Storm surge floods Hodeidah port\n")


def test_story_without_headlines_is_titled_by_its_most_shared_opening():
    reports = [("a", None, None, "Voters in Orno cast ballots on Sunday in a parliamentary election. Turnout was low."),
               ("b", None, None, "Orno held a parliamentary election on Sunday, its first with two parties."),
               ("c", None, None, "By Amal Nasser\nThe weather in the capital was mild.")]
    title, basis = story_title("in", reports, [])
    assert title == "Voters in Orno cast ballots on Sunday in a parliamentary election"  # ties: the shorter
    assert "opening sentence" in basis
    assert story_title("in", [("a", None, None, "")], [])[0] == "in"  # nothing to title it by: its name


def test_an_outlet_name_or_a_byline_is_no_headline():
    assert clean_headline("BBC News - Three killed in Athens bank fire", "BBC News") == "Three killed in Athens bank fire"
    assert clean_headline("By Hayes Hickman of the Knoxville News Sentinel", None) is None
    assert clean_headline("Add a location to your Tweets", None) is None


def test_title_basis_does_not_say_most_shared_when_no_headline_is_shared():
    # Regression (twelfth session's list): three headlines that share no two words were "the headline most shared
    # across the 3 independent sources with a headline (no other shares two words or more of it)".
    reports = [("a", "Council met Monday", None), ("b", "New timetable for winter season", None),
               ("c", "Ferry crews strike over pay", None)]
    brief = [{"text": "Ferry crews went on strike over pay on Monday as the council met.", "independent_sources": 2}]
    title, basis = story_title("in", reports, brief, source_of=lambda doc: doc)
    assert title == "Ferry crews strike over pay"  # the one nearest the brief, not the shortest
    assert "most shared" not in basis and "no two of the 3 independent sources" in basis


def test_title_basis_never_says_no_two_share_when_two_others_do():
    # Review finding (twice): the chosen headline shares single words with several others and the brief's subject,
    # while two off-topic headlines share two words with each other; the basis said "no two ... share two words",
    # and a first mend chose the off-topic pair's headline instead ("Ferry crews strike" for a story of floods).
    reports = [("x", "Rain floods roads schools power lines", None), ("y1", "Rain returns Tuesday", None),
               ("y2", "Roads reopen slowly", None), ("y3", "Schools stay shut", None),
               ("y4", "Power restored downtown", None), ("a", "Ferry crews strike", None),
               ("b", "Ferry crews walk out", None)]
    brief = [{"text": "Rain floods roads across the region.", "independent_sources": 2}]
    title, basis = story_title("in", reports, brief, source_of=lambda doc: doc)
    assert title == "Rain floods roads schools power lines"
    assert "no two" not in basis and "nearest the brief" in basis and "shares two words of it" in basis


def test_a_photo_caption_opening_a_page_is_no_title_s16():
    # Sixteenth session, reading the dev stories' titles: Timeline17 pages open with a photo's caption (a bird "is
    # seen" doing something, a numbered photograph of a series), and the title showed it as the news.
    reports = [("a", None, None, "A grey heron is seen wading next to a floating barrier on the coast of Orno. "
                                 "Orno's oil company said on Monday it would pay $2bn into a fund for the fishermen."),
               ("b", None, None, "Photograph number four of a set of 12 showing the barrier on the coast of Orno. "
                                 "The oil company of Orno agreed on Monday to pay $2bn into a fund for fishermen."),
               ("c", None, None, "Fishermen on the coast of Orno welcomed the company's fund, saying $2bn was a start.")]
    title, basis = story_title("in", reports, [])
    assert "seen" not in title and "Photograph" not in title and "fund" in title
    assert "opening sentence" in basis


def test_a_headline_run_into_the_lead_is_cut_off_by_the_storys_own_words_s17():
    # Seventeenth session: a page's headline ends without a stop and the lead opens on a word the story writes in
    # lower case elsewhere ("... since the spill Oil giant ..."); the title showed both as one sentence.
    reports = [("a", None, None, "Varna counts the cost of the flood Flood waters reached 3,000 homes in Varna on "
                                 "Friday, the mayor said, as the river burst its banks."),
               ("b", None, None, "The river burst its banks in Varna on Friday and flood waters reached 3,000 homes, "
                                 "the mayor said.")]
    title, _ = story_title("in", reports, [])
    assert not title.startswith("Varna counts")


def test_with_no_opening_shared_the_title_is_the_one_the_brief_opens_with_s17():
    # Seventeenth session: two openings sharing no two words; the title took the one with most of the brief's words,
    # a long background sentence, not the news the brief opens with.
    reports = [("a", None, None, "A dam burst on Monday night and flooded the town of Varna."),
               ("b", None, None, "In 1931 and 1954, floods destroyed bridges, mills, farms, roads, schools and churches "
                                 "along the lower valley.")]
    brief = [{"text": "A dam burst on Monday night and flooded the town of Varna.", "independent_sources": 1},
             {"text": "In 1931 and 1954, floods destroyed bridges, mills, farms, roads, schools and churches along the "
                      "lower valley.", "independent_sources": 1},
             {"text": "Floods destroyed farms, roads, schools and churches in the valley towns.",
              "independent_sources": 1}]
    title, basis = story_title("in", reports, brief)
    assert title.startswith("A dam burst") and "brief opens with" in basis


def test_a_videos_credit_line_is_no_headline_s17():
    assert clean_headline("Mayor Ruiz on Channel 9 with two reporters (Channel 9/YouTube)") is None
