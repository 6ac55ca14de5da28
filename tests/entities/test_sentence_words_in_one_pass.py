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
