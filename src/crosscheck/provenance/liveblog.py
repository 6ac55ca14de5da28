"""A live blog's entries and the agencies each is credited to.

A live blog ("1:15 A.M. According to ... . (Reuters)", "12:55 A.M. Hamas says ... . "...," Abu Zuhri said. (Reuters)")
is a run of entries, each opening with its time stamp; an entry taken from an agency ends with that agency's credit in
brackets ("(Reuters)", "(Reuters, DPA)", "— AP"). The credit relays every item of the entry up to it, as a dateline
agency relays a whole wire copy. A reporter's credit ("(Gili Cohen)") and the blog's own ("(Haaretz)") relay nothing;
a photo caption's credit ("... in Tel Aviv, July 31, 2014 (Reuters)") is the picture's, not the entry's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# an entry's time stamp at a line's start: "1:15 A.M.", "12:01 p.m.", "22:54 P.M."
_STAMP = re.compile(r"(?m)^[ \t]*\d{1,2}:\d{2}\s?[AaPp]\.?\s?[Mm]\b\.?")
# a credit closing a paragraph: "(Reuters)", "(Reuters, DPA)", "— AP"
_CREDIT = re.compile(r"(?m)(?:\(([^()\n]{2,60})\)|\s[—–-]{1,2}\s?([A-Z][\w .&'’-]{1,40}?))[ \t]*$")
# a photo caption ends with the picture's date before its credit: "... in Khan Yunis. July 31, 2014 (Reuters)"
_CAPTION_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s?\d{4}\.?\s*$")
# the page naming itself: "SUBSCRIBE TO HAARETZ AND GET ...", "..., Haaretz has learned."
_SELF = re.compile(r"(?i:\bsubscribe\s+to\s+)((?i:the\s+)?[A-Za-z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})|"
                   r"\b((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*)\s+has\s+learned\b")
MIN_ENTRIES = 3  # time-stamped entries that make a page a live blog


def is_live_blog(text: str) -> bool:
    return len(_STAMP.findall(text)) >= MIN_ENTRIES


def live_house(text: str, is_outlet: Callable[[str], bool]) -> str:
    """The outlet a live blog names as itself ("subscribe to X", "X has learned"); "" if none."""
    if not is_live_blog(text):
        return ""
    for m in _SELF.finditer(text):
        words = (m.group(1) or m.group(2)).strip(" .").split()
        cut = next((n for n, w in enumerate(words) if w.lower() in ("and", "for", "to", "now", "today")), len(words))
        words = words[:cut]
        # the longest run of its first words that is an outlet ("HAARETZ AND GET FULL" -> "HAARETZ")
        name = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if is_outlet(" ".join(words[:n]))), None)
        if name:
            return name
    return ""


def entry_credits(text: str, is_outlet: Callable[[str], bool],
                  own: Callable[[str], bool]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, outlet spans): each stretch of a live blog's entry, from the entry's stamp or the credit
    before, up to a credit naming agencies; the spans of the agencies the credit names (not the blog's own)."""
    stamps = [m.start() for m in _STAMP.finditer(text)]
    if len(stamps) < MIN_ENTRIES:
        return []
    out = []
    for a, b in zip(stamps, stamps[1:] + [len(text)]):
        at = a
        for m in _CREDIT.finditer(text, a, b):
            line = text.rfind("\n", a, m.start()) + 1
            if _CAPTION_DATE.search(text, max(line, a), m.start()):
                continue  # a photo caption's credit
            group = 1 if m.group(1) is not None else 2
            names = []
            x = m.start(group)
            for part in re.split(r"(\s*(?:,|/|;|\band\b)\s*)", m.group(group)):
                name = part.strip()
                if name and is_outlet(name) and not own(name):
                    s = text.index(name, x)
                    names.append((s, s + len(name)))
                x += len(part)
            if names:
                out.append((at, m.start(), names))
            at = m.end()
    return out
