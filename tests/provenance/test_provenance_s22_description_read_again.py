"""A description read as the speaker before it, whose own reading came back to it (twenty-second session, a new
user's fresh Libya pile: two leaders' joint saying, then a sentence opening on "According to" and a senior official
of one country, raised RecursionError, and the report was left out of the provenance stage). Made-up text."""

from tests.provenance.story_chains import analysed, chains_at

TEXT = ("Prime Minister Ada Pell and Foreign Minister Ivo Bren both said in recent days that General Quist has lost "
        "his right to rule and must step aside. According to the senior Ruritanian official, the last call with "
        "Quist's government was last week.")
OTHER = "Talks go on.\n\nThe minister said on Tuesday that talks with the general's envoys would go on."


def test_a_description_whose_speaker_reads_back_to_it_is_traced():
    story = analysed({"a": TEXT, "b": OTHER}, "envoy")
    assert not story.get("skipped"), story.get("skipped")
    assert chains_at(story, "a", "the last call with"), "the report's claim has no chain"
