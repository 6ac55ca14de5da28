"""Time expressions: the names other modules import, kept here after the split by concern (issue 20).

- ``normalise``: TIMEX3 values of expressions against an anchor (normalise.py);
- ``find_spans``: where the expressions are in a text (spans.py);
- ``is_forward``, ``is_present_tense_clause``, ``is_future_context``: which way an expression
  points from its anchor (direction.py).
"""

from __future__ import annotations

from .direction import is_forward, is_future_context, is_present_tense_clause, names_known_day
from .normalise import Value, normalise
from .spans import _split_range, find_spans

__all__ = ["Value", "normalise", "find_spans", "is_forward", "is_future_context", "is_present_tense_clause",
           "names_known_day", "_split_range"]
