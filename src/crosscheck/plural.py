"""Counts in words a reader sees: "1 conflict", "3 conflicts", never "1 conflict(s)".

The plural is English's, from lemminflect's inflection tables (already a dependency, for claims' participles), so
"copy group" -> "copy groups", "entity" -> "entities" and "analysis" -> "analyses" need no list of our own. Only
the last word of a phrase is inflected: "independent source" -> "independent sources".
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=512)
def plural_of(noun: str) -> str:
    """The plural of a noun or of a phrase ending in one ("invalid byte sequence" -> "invalid byte sequences")."""
    head, _, last = noun.rpartition(" ")
    from lemminflect import getInflection

    forms = getInflection(last, "NNS") if last.isalpha() and last.islower() else ()
    inflected = forms[0] if forms else last + "s"
    return f"{head} {inflected}" if head else inflected


def counted(n: int | float, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number ``n`` asks for: 1 -> singular, anything else (0, 2, 1.5) -> plural."""
    shown = f"{n:,}" if isinstance(n, int) else f"{n:g}"
    return f"{shown} {noun if n == 1 else (plural or plural_of(noun))}"
