"""Issue 17, tenth session: what an update asked once a pair (or rebuilt field by field) is read once a record; each
gives what the old way gave, which these tests keep beside it."""

from __future__ import annotations

import dataclasses
import itertools
import random
import typing

from crosscheck import reuse
from crosscheck.provenance.kinds import TextOutlets
from crosscheck.records import Chain, Claim, Link, Normalized, Sources, to_dict
from crosscheck.reconcile import find_updates
from crosscheck.reconcile import moments
from crosscheck.reconcile.moments import _past_days, _same_time, _when, same_time_told, time_told
from crosscheck.time.summary import DayReading


def _old_same_time(a: Claim, b: Claim, published: dict) -> bool:
    """``moments._same_time`` as it was before ``time_told`` (ninth session), kept here as the reference."""
    (ya, da), (yb, db) = _when(a, published), _when(b, published)
    if ya != yb:
        return False
    if not ya and _past_days(a, published) != _past_days(b, published):
        return False
    return not (da and db and not da & db)


def _claim(n: int, doc: str, sentence: str, value: float = 10.0) -> Claim:
    text = str(int(value))
    return Claim(f"{doc}:c{n}", doc, text, sentence.replace("N", text), value, None, None,
                 Normalized(value, None, None), "people killed", "exact", 0, 0)


_PIECES = ["", " in 2004", " in 2026", " last year", " on Tuesday", " on Thursday", " on March 3", " on April 20",
           " on 25 March", " said on Monday", " since 2019", " a year ago"]


def _claims(rng: random.Random, count: int) -> list[Claim]:
    out = []
    for n in range(count):
        pieces = rng.sample(_PIECES, rng.randint(0, 3))
        sentence = "The storm killed N people" + "".join(pieces) + ", officials said."
        out.append(_claim(n, f"d{n % 7}", sentence, float(rng.choice([10, 12, 20, 23, 41]))))
    return out


def test_same_time_read_once_a_figure_is_same_time_of_every_pair():
    """``same_time_told`` of two figures' ``time_told`` is what ``_same_time`` asked of the pair, over sentences naming
    past and present years, weekdays, days of the month and none, told on days of several months."""
    rng = random.Random(17)
    claims = _claims(rng, 80)
    published = {"d0": "2026-04-22", "d1": "2026-04-23", "d2": "2026-03-26", "d3": None, "d4": "2026-07-01",
                 "d5": "2026-04-22T08:00:00", "d6": "2025-12-31"}
    answers = set()
    for a, b in itertools.product(claims, repeat=2):
        expected = _old_same_time(a, b, published)
        assert same_time_told(time_told(a, published), time_told(b, published)) == expected == _same_time(a, b, published)
        answers.add(expected)
    assert answers == {True, False}


def test_find_updates_reads_each_points_time_once(monkeypatch):
    """The chains of a progression compare each point's time with the chain's points from one reading a point:
    ``time_told`` is asked once a point, not once a pair; the updates are those of ``_same_time`` asked of each pair
    (a toll told on four days, one of them a past year's)."""
    days = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"]
    published = {f"r{n}": days[n % 4] for n in range(12)}
    sentences = ["The storm killed N people in the port city, officials said.",
                 "The storm killed N people in the port city on Tuesday, officials said.",
                 "A storm in 2004 killed N people in the port city."]
    claims = [_claim(n, f"r{n}", sentences[n % 3], 10.0 + n) for n in range(12)]
    calls: list[str] = []
    real = moments.time_told
    from crosscheck.reconcile import updates as updates_module
    monkeypatch.setattr(updates_module, "time_told", lambda c, p: calls.append(c.id) or real(c, p))
    found = find_updates(claims, Sources(), published)
    assert found and calls and len(calls) == len(set(calls))  # a progression found; each point read once
    # the reference: ``_same_time`` as it was, asked of each pair the chains compare
    monkeypatch.setattr(updates_module, "time_told", lambda c, p: c)
    monkeypatch.setattr(updates_module, "same_time_told", lambda a, b: _old_same_time(a, b, published))
    assert find_updates(claims, Sources(), published) == found


def _slow_build(cls: type, data: dict) -> object:
    """``reuse._builder``'s build before its shortcut (ninth session), kept here as the reference."""
    hints = typing.get_type_hints(cls)
    converters = [(f.name, reuse._converter(hints[f.name])) for f in dataclasses.fields(cls)]
    return cls(**{name: convert(data[name]) if convert and data.get(name) is not None else data[name]
                  for name, convert in converters if name in data})


def test_a_record_rebuilt_from_its_json_is_the_record_the_field_by_field_builder_made():
    """``reuse.rebuild`` of a record's dict (every key a field) converts only the fields that need it and is the record
    the field-by-field builder made: nested records, lists of tuples, None values; a dict with a missing field (its
    default) or a key that is no field takes the field-by-field way, as before."""
    import json

    claim = _claim(1, "d1", "The storm killed N people, officials said.")
    claim.holder, claim.period = "Bush", None
    records = [
        (Claim, claim),
        (Chain, Chain("d1", [Link("Reuters", "said", "relay", 3, 10), Link("police", "told")], "p1", "Police", 4, 9)),
        (Chain, Chain("d2")),
        (TextOutlets, TextOutlets("d1", ["reuters", "ap"], [("THR", ["The Hollywood Reporter", "Tele Hub Radio"])])),
        (DayReading, DayReading("d1", False, "The lead.", [("2026-03-01", "It fell on March 1.")])),
    ]
    for cls, record in records:
        data = json.loads(json.dumps(to_dict(record)))
        rebuilt = reuse.rebuild(cls, data)
        assert rebuilt == record == _slow_build(cls, data)
        assert json.loads(json.dumps(to_dict(record))) == data  # the dict it was built from is left as it was
    chain = json.loads(json.dumps(to_dict(records[1][1])))
    del chain["end"]
    assert reuse.rebuild(Chain, chain) == _slow_build(Chain, chain) and reuse.rebuild(Chain, chain).end is None
    chain["not a field"] = 1
    assert reuse.rebuild(Chain, chain) == _slow_build(Chain, chain)
    outlets = reuse.rebuild(TextOutlets, json.loads(json.dumps(to_dict(records[3][1]))))
    assert isinstance(outlets.acronyms[0], tuple)  # a tuple again, as the field says
