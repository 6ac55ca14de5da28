"""Text from inputs made safe to show (issue 21): no control character of a title, an
outlet, a file name or a quoted reason reaches a terminal or an export.

- :func:`for_terminal`: one line; every C0/C1 control (ESC, BEL, CR, newline, tab),
  DEL and the bidirectional overrides become U+FFFD, so ``ESC ] 0;`` can never retitle a
  terminal and ``\\r`` never overwrite a line.
- :func:`for_export`: the same, keeping newline and tab; one character for one, so
  the offsets of sentences and mentions into a text still hold.
- :func:`scrub`: :func:`for_export` over every string of a JSON-like value, and any
  non-finite float (``inf``, ``nan``) made ``None``, so ``json.dumps(...,
  allow_nan=False)`` always succeeds: story.json is strict JSON.
"""

from __future__ import annotations

import math
import re
from typing import Any

REPLACEMENT = "\ufffd"
_EXPORT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def for_terminal(text: object) -> str:
    text = str(text)
    return _TERMINAL.sub(REPLACEMENT, text) if _TERMINAL.search(text) else text


def for_export(text: str) -> str:
    return _EXPORT.sub(REPLACEMENT, text) if _EXPORT.search(text) else text


def scrub_in_place(value: Any) -> Any:
    """``scrub(value)`` made in the containers themselves (issue 18: no second copy of a large
    story); returns the scrubbed value (a string or a float is given back changed, a container as
    itself). Only for values no one else holds."""
    if isinstance(value, dict):
        if any(isinstance(k, str) and for_export(k) != k for k in value):
            items = list(value.items())
            value.clear()
            value.update((scrub(k) if isinstance(k, str) else k, v) for k, v in items)
        for k, v in value.items():
            if isinstance(v, (dict, list, str, float, tuple)):
                value[k] = scrub_in_place(v)
        return value
    if isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, (dict, list, str, float, tuple)):
                value[i] = scrub_in_place(v)
        return value
    return scrub(value)


def scrub(value: Any) -> Any:
    """A copy of ``value`` with control characters replaced in every string (keys too) and
    non-finite floats made None; values needing no change are returned as they are."""
    if isinstance(value, str):
        return for_export(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {scrub(k) if isinstance(k, str) else k: scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    return value
