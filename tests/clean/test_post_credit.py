"""Issue 15, tenth session: an embedded post's credit line is not a repeated caption (invented text)."""

from crosscheck.clean import clean_document
from crosscheck.records import RawDocument


def clean(text):
    return clean_document(RawDocument(source="t", text=text, content_hash="f" * 64, format="txt"))


def test_two_posts_of_one_account_on_one_day_keep_their_credit_lines():
    # Two tweets of the same account on the same day, each ending with "— The Beispiel Senate (@BSenate)
    # October 9, 2018": the second credit line was dropped as a "repeated line" (article_extraction 0dd135704572,
    # whose gold body holds both).
    credit = "— The Beispiel Senate (@BSenate) October 9, 2018"
    d = clean(f"The chamber adjourned on Tuesday after a motion.\nThe motion passed without a vote.\n{credit}\n"
              f"Members stood for a minute of silence.\n{credit}\nThe chamber meets again next week.")
    assert d.text.count(credit) == 2 and "repeated line" not in [r.reason for r in d.removed]


def test_a_caption_printed_twice_is_still_dropped_once():
    cap = "Flooded container yard at the port, seen from a crane on Friday morning"
    d = clean(f"Cranes stood idle at the port.\n{cap}\nShips waited offshore.\n{cap}\nThe port will reopen.")
    assert d.text.count(cap) == 1
