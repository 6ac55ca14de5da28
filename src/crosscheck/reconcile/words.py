"""Reconcile, the words of a figure's sentence read by several of its tests: function words, the figure's clause, and
the participle that closes a claim's subject (moved out of ``basis`` in the eleventh session, to keep it one concern)."""

from __future__ import annotations

import functools
import re

from .spans import _participle_like


_STOP = set("""a an the and or but of to in on at by for from with as is are was were be been has have had it its this
that these those he she they we said says told according about more than some over into up down not no new""".split())


def _clause_to(sentence: str, at: int) -> str:
    """The figure's clause up to the figure: from the last comma, semicolon or dash before it."""
    return re.split(r"[,;:()]|\s[-–—]\s", sentence[:at])[-1]


def _key_verb(word: str) -> bool:
    """The participle that closes a claim's subject ("lawsuits led", "dollars cost", "people killed"): the claims stage
    writes it with English inflection tables (lemminflect), so an irregular form is one of theirs."""
    return _participle_like(word) or _irregular_participle(word)


@functools.lru_cache(maxsize=4096)
def _irregular_participle(word: str) -> bool:
    from lemminflect import getInflection, getLemma

    return any(word in getInflection(lemma, "VBN") for lemma in getLemma(word, upos="VERB"))
