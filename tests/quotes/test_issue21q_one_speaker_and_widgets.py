"""Issue 21q (issues 19 and 20, twenty-first session): who said what.

- A quote spoken by "he" or "she" has one speaker everywhere a reader reads it: the quotes stage takes the person
  provenance reads the pronoun as (measured the better on the provenance dev gold: of 477 such quotes 442 right
  against the quotes stage's own 376), so the quotes table and the provenance chain name the same person.
- Page widgets are no quotes and no speakers: a pull-quote box's credit ('End Quote <name> <title>') run into the next
  sentence, a related-links box's headlines ("... - 4 hrs ago"), a live blog's buttons and stamps ("Read X's tweets
  2140", "2030:", "This just in").

The texts are made up, in the shape of a flattened news page (no words of the reports).
"""

from __future__ import annotations

from crosscheck import nlp
from crosscheck.clean import sentences_from_parse
from crosscheck.entities import extract_entities
from crosscheck.furniture import pull_quote_credits, related_links
from crosscheck.provenance import pronoun_speakers, trace_provenance
from crosscheck.quotes import extract_attributions, find_quotes
from crosscheck.quotes.speakers import can_speak
from crosscheck.records import Document, Sources

PULL_QUOTE = ('Mayor Alan Brooks toured the flooded harbour on Monday. "We are facing the worst flood in our history," '
              'he said there. The repairs will take years" End Quote Jane Poole City Hall reporter The government had '
              'held talks with the insurers about the claims and expected a deal soon, he added. He announced help for '
              'the fishing fleet.')


def _doc(text: str, doc_id: str = "d1") -> Document:
    d = Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text)
    d.sentences = sentences_from_parse(text, nlp.load_pipeline()(text))
    return d


def _story(text: str):
    d = _doc(text)
    entities = extract_entities([d], Sources([]))
    found = extract_attributions([d], entities, [], Sources([]), pronouns=pronoun_speakers)  # as the pipeline
    quotes = found.shown + found.hidden
    records, _ = trace_provenance([d], entities, [], quotes, [], [], [], [], Sources([]))
    chains = {r.item: r.chains[0] for r in records if r.chains}
    return quotes, chains


def test_one_speaker_a_he_quote_names_in_the_quotes_table_whom_its_provenance_chain_names():
    quotes, chains = _story(PULL_QUOTE)
    spoken = [q for q in quotes if (q.speaker_text or "").lower() == "he"]
    assert len(spoken) >= 3
    for q in spoken:
        assert q.speaker == chains[q.id].primary_name == "Alan Brooks", (q.text, q.speaker, chains[q.id].primary_name)
        assert q.speaker_entity is not None and chains[q.id].primary == f"entity:{q.speaker_entity}"


def test_pull_quote_credit_is_cut_off_the_clause_reported_after_it():
    text = 'The repairs will take years" End Quote Jane Poole City Hall reporter The government had held talks, he added.'
    assert [text[a:c] for a, _, c in pull_quote_credits(text)] == ["End Quote Jane Poole City Hall reporter"]
    reported = [f for f in find_quotes(PULL_QUOTE) if f.kind == "reported" and "talks with the insurers" in f.text]
    assert len(reported) == 1
    assert reported[0].text.startswith("The government had held talks")
    assert PULL_QUOTE[reported[0].start:].startswith("The government")
    assert not any("End Quote" in f.text or "Jane Poole" in (f.speaker_text or "") for f in find_quotes(PULL_QUOTE))


def test_pull_quote_credit_ends_before_a_mark_an_opener_or_a_new_capitalised_word():
    for text, credit in (
            ('x" End Quote Queen Mara of Veldonia "It became clear"', "End Quote Queen Mara of Veldonia"),
            ('x" End Quote Tom Ray Acme Live lawyer Meanwhile , the judge said', "End Quote Tom Ray Acme Live lawyer"),
            ('x" End Quote Lina Marsh It was launched in May.', "End Quote Lina Marsh")):
        assert [text[a:c] for a, _, c in pull_quote_credits(text)] == [credit]


def test_related_links_headlines_are_no_quotes():
    text = ("The port reopened on Tuesday after the storm. Harbour Daily Mayor vows to rebuild the quay - 2 hrs ago "
            "City Times Brooks calls for a new sea wall in harbour address - 4 hrs ago Metro News. "
            "The mayor said the quay would reopen within a month.")
    links = related_links(text)
    assert len(links) == 1 and text[links[0][0]:].startswith("Harbour Daily") and text[:links[0][1]].endswith("4 hrs ago")
    found = find_quotes(text)
    assert not any("sea wall" in f.text or "rebuild the quay" in f.text for f in found)
    assert any("would reopen within a month" in f.text for f in found)


def test_live_blog_buttons_and_stamps_are_no_speakers():
    for widget in ("Read Ana Ruiz's tweets 2140", "2030", "This just in", "12.36 pm ET: More news from Tom Ray of Acme",
                   "End Quote Jane Poole City Hall reporter", "Mayor vows to rebuild - 2 hrs ago"):
        assert not can_speak(widget), widget
    for who in ("59% of Americans", "Tom Read", "The ratings agency", "Ana Ruiz"):
        assert can_speak(who), who


def test_live_blog_buttons_name_no_speaker_of_the_entry_after_them():
    text = ("2150: Energy blogger Ana Ruiz tweets: The public wants ambition right now. Read Ana Ruiz's tweets "
            "2140: Tom Bell from Leeds writes: I think the mayor gave a good speech and it was what we needed.")
    d = _doc(text)
    found = extract_attributions([d], [], [], Sources([]))
    speech = [q for q in found.shown + found.hidden if "good speech" in q.text]
    assert speech and all(q.speaker is None or "Read" not in q.speaker and "Ana Ruiz" not in q.speaker for q in speech)
