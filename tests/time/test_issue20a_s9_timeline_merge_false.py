"""Issue 20, ninth session (branch issue-20a), TL-MERGE-FALSE: a timeline event was shown as "2 independent" because
a short quote ('"You have to go out and vote tomorrow," X said', two content words once its date is set aside) joined a
sentence of another report dated only "this year" that shared one of them ("votes"): half the short sentence's words.
An event now takes another report's sentence only when they share ``MERGE_MIN_SHARED`` content words. The texts are
made up for the test."""

import crosscheck

RALLY = ("Published: February 9, 2016\n\nRuiz urges voters on eve of primary\n\nThe senator spoke to a crowd of two "
         "thousand in a school gym in Concord on Monday night. \"You have to go out and vote tomorrow,\" Ruiz said. "
         "The crowd cheered for several minutes.")
MONEY = ("Published: February 9, 2016\n\nGovernors look for a turnaround\n\nNow Dan Moss, whose fundraising has outrun "
         "the votes he has won this year, is counting on a comeback in the state. Moss held "
         "four town halls over the weekend.")
RETOLD = ("Published: February 9, 2016\n\nRuiz rallies supporters\n\nRuiz told supporters in Concord to go out and vote "
          "tomorrow in the primary, at a rally on Monday night.")


def test_tl_merge_false_one_shared_word_is_no_second_report():
    story = crosscheck.analyze([RALLY, MONEY], story="rally")
    assert all(len(e.documents) == 1 for e in story.timeline)


def test_tl_merge_false_the_same_happening_told_twice_is_still_one_event():
    story = crosscheck.analyze([RALLY, RETOLD], story="rally")
    assert any(e.date == "2016-02-10" and len(e.documents) == 2 for e in story.timeline)


SENTENCED = ("Published: May 1, 2016\n\nKell pleads guilty\n\nTom Kell pleaded guilty to fraud in a Concord court on "
             "Friday. Kell is to be formally sentenced May 3.")
RESENTENCED = ("Published: May 1, 2016\n\nFraud plea in Concord\n\nA former bank manager admitted the fraud charges on "
               "Friday. He will be sentenced May 3.")


def test_tl_merge_false_one_shared_word_still_joins_two_sentences_of_one_day():
    # tenth session: the two-word rule holds only where a sentence joins an event dated more coarsely; of one day, a
    # short sentence and another sharing one word most often tell one happening ("sentenced May 3", read on dev)
    story = crosscheck.analyze([SENTENCED, RESENTENCED], story="plea")
    assert any(e.date == "2016-05-03" and len(e.documents) == 2 for e in story.timeline)
