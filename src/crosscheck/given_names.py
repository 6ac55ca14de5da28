"""How strongly a given name ("Allison", "Bernie") is borne by women or by men, for a person whose report never says
("he said" after "Bernie Sanders", when the report has no "Mr." and no "his" of him).

The table is nomquamgender's (Van Buskirk, Clauset and Larremore, "An open-source cultural consensus approach to
name-based gender classification", ICWSM 2023; MIT licence; a PyPI dependency whose wheel holds the data): for about
720,000 lower-cased, ASCII-folded names, the number of sources, the number of people counted and p(gf), the share of
the name's bearers recorded as women, pooled from 36 name lists of many countries. Nothing is fetched at run time.

Its ``name_data.json`` is one sorted JSON object of 22 MB; parsing it whole takes seconds and hundreds of MB, so the
bytes are read once and each name is found by binary search over its sorted keys (the package's own module is not
imported: it loads the whole table and pandas).
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

# A name is gendered when at most this share of its bearers is of the other gender: the package's own default
# (uncertainty 0.1: p(gf) <= 0.1 or >= 0.9), and seen on enough people that the share means something.
MAX_OTHER_SHARE = 0.1
MIN_BEARERS = 100

_table: bytes | None = None


def _data() -> bytes:
    """The table's bytes (read once per process); empty when the package is not installed."""
    global _table
    if _table is None:
        spec = importlib.util.find_spec("nomquamgender")  # the package's folder, without running its __init__
        folder = list(spec.submodule_search_locations or []) if spec is not None else []
        path = Path(folder[0]) / "name_data.json" if folder else None
        _table = path.read_bytes() if path is not None and path.is_file() else b""
    return _table


def _key_at(data: bytes, at: int) -> tuple[str, int] | None:
    """The first key whose entry starts at or after byte ``at``: (the key, where its value list starts); None past
    the last one. (Entries are '"key": [n, n, p, ...]' joined by ', '; a value list holds no '", "'.)"""
    quote = 1 if at == 0 else data.find(b', "', at) + 2
    if quote < 2 and at:
        return None
    end = data.find(b'": [', quote)
    if end < 0:
        return None
    try:
        return json.loads(data[quote:end + 1]), end + 4
    except ValueError:
        return None


def _entry(name: str) -> tuple[int, int, float] | None:
    """(sources, bearers counted, share of women) of a lower-cased ASCII name, None when the table lacks it."""
    data = _data()
    lo, hi = 0, len(data)
    while lo < hi:  # the first key >= name, by the byte offset of a probe
        mid = (lo + hi) // 2
        got = _key_at(data, mid)
        if got is None or got[0] >= name:
            hi = mid
        else:
            lo = mid + 1
    got = _key_at(data, lo)
    if got is None or got[0] != name:
        return None
    close = data.find(b"]", got[1])
    values = data[got[1]:close].split(b",")
    try:
        return int(values[0]), int(values[1]), float(values[2])
    except (ValueError, IndexError):
        return None


def _folded(word: str) -> str:
    """"Zoë" -> "zoe", "José" -> "jose": the table's keys are lower-cased and ASCII-folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=4096)
def given_name_gender(given: str) -> str | None:
    """"f" or "m" when a given name is borne almost only by women or by men ("Allison" f, "Bernard" m); "" for a
    name borne by both ("Kim", "Jean", "Taylor"); None for a word the table lacks or has seen on too few people."""
    key = _folded(given.strip())
    if not key.isalpha() or len(key) < 2:
        return None
    entry = _entry(key)
    if entry is None or entry[1] < MIN_BEARERS:
        return None
    share = entry[2]
    return "f" if share >= 1 - MAX_OTHER_SHARE else "m" if share <= MAX_OTHER_SHARE else ""


def full_name_gender(name: str, titles: frozenset[str] = frozenset()) -> str | None:
    """"f" or "m" by the given name of a person's full name ("Allison Brooks", "Sen. Bernie Sanders"): its first word
    the table knows, before the surname, that is no title ("Judge", "Gen.", ``titles``) nor an initial ("H. Ross
    Perot"); None for a lone surname, a name borne by both, or a name the table lacks."""
    words = name.split()
    for word in words[:-1]:
        if word.endswith(".") or not word[:1].isupper() or word.casefold() in titles:
            continue
        got = given_name_gender(word)
        if got is not None:
            return got or None  # the first name the table knows decides ("Kim Jong Un": both, untold)
    return None
