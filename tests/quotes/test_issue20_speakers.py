"""Issue 20, item 8: speakers are people or organisations, never a URL, a caption or a page widget."""

from crosscheck.quotes.speakers import can_speak


def test_a_photo_credit_is_no_speaker():
    assert not can_speak("Alfredo Estrella/AFP/Getty Images")
    assert not can_speak("Images")
    assert not can_speak("Photos of fish with sores")


def test_an_address_a_widget_or_a_dateline_is_no_speaker():
    assert not can_speak("www.example.com")
    assert not can_speak("Share this story")
    assert not can_speak("Mon Apr 27, 2009 9:17 pm BST ( Reuters ) - The World Health Organisation ( WHO )")
    assert not can_speak("Robot submarines have so far failed to shut off the flow, 1,500 m below the surface, but")


def test_people_and_bodies_still_speak():
    for who in ("A spokeswoman for Beaumont Hospital in Royal Oak", "U.S. Centers for Disease Control and Prevention",
                "a doctor at Benghazi's Al Jalla Hospital", "The son of Libyan leader Moammar Gadhafi", "IRNA"):
        assert can_speak(who), who
