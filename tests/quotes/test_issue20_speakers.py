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
    assert not can_speak("Remote drones have so far failed to seal the breach, 900 m under the ice, but")


def test_people_and_bodies_still_speak():
    for who in ("A spokeswoman for Beaumont Hospital in Royal Oak", "U.S. Centers for Disease Control and Prevention",
                "a doctor at Benghazi's Al Jalla Hospital", "The son of Libyan leader Moammar Gadhafi", "IRNA"):
        assert can_speak(who), who


def test_a_photo_credit_holding_a_persons_name_is_no_speaker():
    # Timeline17 H1N1: "Alfredo Estrella/AFP/Getty Images" before a quote was its speaker, since the NER
    # took the credit for a person and the speaker matched that person first.
    from types import SimpleNamespace

    from crosscheck.quotes.speakers import _resolve_speaker

    text = "Marta Quell/AFP/Getty Images \"No cases have been found here,\" the minister said."
    found = SimpleNamespace(speaker_start=0, speaker_end=28, speaker_text=text[:28], speaker_head=(0, 11), basis="before")
    people = SimpleNamespace(at=lambda start, end: ("Marta Quell", "person:marta-quell"), mentions=[])
    assert _resolve_speaker(found, people, text) == (None, None, None)
    found.speaker_text, found.speaker_end = "Marta Quell", 11
    assert _resolve_speaker(found, people, text)[0] == "Marta Quell"
