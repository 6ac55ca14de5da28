"""Issue 20e, a new user's run of the BP lawsuit story: "the source" and "a Justice Department spokesman" were
given to the person named last before them (the attorney general), and a quote of the attorney general,
closed by a full stop, went to the company named in the next sentence ('... spill." BP said it would ...').
Names and texts invented."""

from crosscheck import nlp
from crosscheck.clean import sentences_from_parse
from crosscheck.quotes import extract_quotes, find_quotes
from crosscheck.records import Document, Entity, Mention, Sources


def make_doc(doc_id: str, text: str) -> Document:
    d = Document(id=doc_id, source=f"{doc_id}.txt", content_hash=doc_id, format="txt", original=text, text=text)
    d.sentences = sentences_from_parse(text, nlp.parse_one(d))
    return d


def _quotes(d, entities=()):
    return [q for q in extract_quotes([d], list(entities), [], Sources([])) if q.kind == "direct"]


def _entity(eid, name, etype, d, *forms):
    mentions = []
    for form in forms:
        at = 0
        while (i := d.text.find(form, at)) >= 0:
            mentions.append(Mention(d.id, i, i + len(form), form, etype))
            at = i + len(form)
    return Entity(eid, name, etype, [], mentions)


def test_the_source_is_not_the_person_named_before():
    d = make_doc("a", "Attorney General Maria Keller spoke on Monday.\n\n"
                      "“The filing comes on Wednesday,” the source said.")
    (q,) = _quotes(d)
    assert q.speaker_entity is None and "Keller" not in (q.speaker or "")


def test_a_spokesman_of_a_named_body_speaks_for_it_not_for_the_person_before():
    d = make_doc("a", "Attorney General Maria Keller spoke on Monday.\n\n"
                      "“We are not confirming it,” a Harbor Authority spokesman said.")
    keller = _entity("person:maria-keller", "Maria Keller", "PERSON", d, "Maria Keller")
    harbor = _entity("org:harbor-authority", "Harbor Authority", "ORG", d, "Harbor Authority")
    (q,) = _quotes(d, [keller, harbor])
    assert (q.speaker, q.speaker_entity) == ("Harbor Authority", "org:harbor-authority")
    assert q.speaker_text == "a Harbor Authority spokesman"


def test_description_goes_to_the_person_titled_so_not_the_nearest():
    d = make_doc("a", "Spokesman Khaled Ansi spoke first. Maria Lopez, a nurse, arrived later.\n\n"
                      "“Aid will arrive within a day,” the spokesman said.")
    (q,) = _quotes(d)
    assert q.speaker == "Khaled Ansi" and q.speaker_basis == "description"


def test_a_new_statement_after_a_closed_quote_does_not_attribute_it():
    text = ("Harbor chief Maria Keller outlines the plans “As the inquiry goes on, we will not stop until the work is "
            "done.” Castell Corp said it would go on working with the inquiry.")
    (q,) = [f for f in find_quotes(text) if f.kind == "direct"]
    assert q.speaker_text != "Castell Corp"


def test_a_short_attribution_after_a_closed_quote_still_attributes_it():
    text = "The plans were set out. “We will not stop until the work is done.” Keller said."
    (q,) = [f for f in find_quotes(text) if f.kind == "direct"]
    assert q.speaker_text == "Keller"


def test_a_name_before_the_official_said_is_not_the_official():
    d = make_doc("a", "The order would be signed by President Maria Keller, the official said on Monday.\n\n"
                      "“No decision has been made,” the official said.")
    (q,) = _quotes(d)
    assert "Keller" not in (q.speaker or "")
