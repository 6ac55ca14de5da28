"""Issue 17: the story-wide test of ``ner.sentence_words_left_out`` (is a one-word name written in lower case
elsewhere, never capitalised inside a sentence) reads the texts once for all the words, where it ran a regular
expression over every text for each word (seconds on a 1,000-report story). The same verdicts, checked against that
per-word regular expression, kept here as the reference."""

import random
import re

from crosscheck.entities import ner


def _verdict_by_regex(word, bodies):
    """The code before (6c88353), one word at a time."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", re.IGNORECASE)
    lower = capital_inside = False
    for body in bodies:
        for m in pattern.finditer(body):
            if m.group(0).islower():
                lower = True
            elif not ner._sentence_start(body, m.start()):
                capital_inside = True
    return lower and not capital_inside


def test_common_words_are_judged_as_the_regex_of_each_word_judged_them():
    rng = random.Random(17)
    words = ["Riot", "Groups", "Bush", "Is", "Kilo", "Sis", "Mist"]
    pieces = ["riot", "RIOT", "Riot", "groups", "Groups", "bush", "Bush", "is", "İs", "ıs", "kılo", "\u212ailo",
              "ſiſ", "siſ", "mist", "Mist", "riot-police", "riot’s", "Riot's", "_riot", "riot2", "2riot", "the",
              "a", "Police", "é", "Rioté", "groupsé"]
    glue = [" ", " ", " ", ". ", "! ", "\n", ", ", "? ", " “", "” ", ". “", "'", "’", "-", "(", ") ", "\t", ".\n"]
    for _ in range(400):
        bodies = ["".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(0, 12)))
                  for _ in range(rng.randint(1, 4))]
        asked = set(rng.sample(words, rng.randint(1, len(words))))
        got = ner._written_in_lower_case_only(asked, bodies)
        assert got == {w: _verdict_by_regex(w, bodies) for w in asked}, bodies


def test_case_words_kept_per_report_give_the_verdicts_of_the_texts_pass():
    """Issue 17 (session 11): an update reads each old report's ``case_words`` from the store instead of its text;
    the verdicts from those equal the texts' pass, for the same random texts (folded letters, apostrophes, hyphens,
    sentence openings), for words asked in any case, and for a subset of the reports."""
    from crosscheck.records import Document

    rng = random.Random(1711)
    words = ["Riot", "Groups", "Bush", "Is", "Kilo", "Sis", "Mist", "riot", "RIOT", "The"]
    pieces = ["riot", "RIOT", "Riot", "groups", "Groups", "bush", "Bush", "is", "İs", "ıs", "kılo", "\u212ailo",
              "ſiſ", "siſ", "mist", "Mist", "riot-police", "riot’s", "Riot's", "_riot", "riot2", "2riot", "the",
              "The", "a", "Police", "é", "Rioté", "groupsé"]
    glue = [" ", " ", " ", ". ", "! ", "\n", ", ", "? ", " “", "” ", ". “", "'", "’", "-", "(", ") ", "\t", ".\n"]
    for _ in range(400):
        bodies = ["".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(0, 12)))
                  for _ in range(rng.randint(1, 4))]
        docs = [Document(id=f"d{i}", source=f"d{i}.txt", content_hash=f"d{i}", format="txt", original=b, text=b)
                for i, b in enumerate(bodies)]
        asked = set(rng.sample(words, rng.randint(1, len(words))))
        case = ner.case_words(docs)
        assert [c.document for c in case] == [d.id for d in docs]
        assert ner.lower_case_only_in(asked, case) == ner._written_in_lower_case_only(asked, bodies), bodies
        assert ner.lower_case_only_in(asked, case[1:]) == ner._written_in_lower_case_only(asked, bodies[1:]), bodies


def test_sentence_words_left_out_with_kept_case_words_drops_the_same_names():
    """``sentence_words_left_out`` given the reports' ``case_words`` leaves out what it leaves out reading the texts."""
    from crosscheck.records import Document, Mention

    texts = ["Riot police fired tear gas. Groups of young people ran.", "The riot went on; groups gathered.",
             "Bush said the bush burned. Then Bush left. Mist rose."]
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", content_hash=f"d{i}", format="txt", original=t, text=t)
            for i, t in enumerate(texts)]
    mentions = []
    for d in docs:
        for m in re.finditer(r"\b[A-Z][a-z]+\b", d.text):
            mentions.append(ner.RawMention(Mention(d.id, m.start(), m.end(), m.group(0), "ORG"), None, m.group(0)))
    by_text = [rm.name for rm in ner.sentence_words_left_out(docs, mentions)]
    by_case = [rm.name for rm in ner.sentence_words_left_out(docs, mentions, ner.case_words(docs))]
    assert by_case == by_text
    assert "Riot" not in by_text and "Groups" not in by_text and "Bush" in by_text
