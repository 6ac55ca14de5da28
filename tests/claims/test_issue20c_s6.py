"""Issue 20, sixth session (branch issue-20c): reconcile's alias index is a parameter, the date gap one test;
win-loss records, scores and ordinals are claims of their own, compared like with like."""

from crosscheck.records import Claim, Entity, Normalized, Sources
from crosscheck.reconcile import find_differences, find_updates, reconcile_claims, story_aliases
from crosscheck.reconcile import compare
from crosscheck.reconcile.moments import apart_beyond


def _claim(doc, text, sentence, value, subject, unit=None, start=0):
    return Claim(f"{doc}:{start}", doc, text, sentence, value, None, unit, Normalized(value, None, unit), subject,
                 start=start, end=start + len(text))


def test_alias_index_is_a_parameter_not_a_module_global():
    un = Entity("org:un", "United Nations", "ORG", aliases=["UN", "United Nations"])
    a = _claim("a", "12", "The UN said 12 people were killed in the storm.", 12.0, "people killed")
    b = _claim("b", "12", "The United Nations said 12 people were killed in the storm.", 12.0, "people killed")
    aliases = story_aliases([un])
    assert reconcile_claims([a, b], Sources(), entities=[un]) == reconcile_claims([a, b], Sources(), entities=[un],
                                                                                   aliases=aliases)
    assert find_differences([a, b], Sources(), entities=[un], aliases=aliases) == []
    assert find_updates([a, b], Sources(), entities=[un], aliases=aliases) == []
    assert not hasattr(compare, "_LAST_ALIASES") and not hasattr(compare, "shared_aliases")


def test_date_gap_is_one_test():
    assert apart_beyond(10, 12, 1) and not apart_beyond(10, 11, 1)
    assert not apart_beyond(None, 12, 0) and not apart_beyond(10, None, 0)
