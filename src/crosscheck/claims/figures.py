"""Claims, reading a figure as written: number words, scale words, vague amounts ("hundreds"),
and the bounds on a figure's size."""

from __future__ import annotations

import math
import re

UNIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEEN_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}
NUMBER_WORDS = {**UNIT_WORDS, **TEEN_WORDS, **TENS_WORDS,
                "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "two dozen": 24,
                "three dozen": 36, "half a": 0.5, "half": 0.5, "a thousand": 1000, "a million": 1e6}
# "several dozen", "a few dozen" are dozens, not "a dozen" (issue 20, round 6).
VAGUE = {"dozens": (24, 99), "several dozen": (24, 99), "a few dozen": (24, 60), "hundreds": (200, 999), "several hundred": (200, 999), "a few hundred": (200, 500),
         "several thousand": (2000, 9999), "a few thousand": (2000, 5000), "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
         "hundreds of thousands": (200000, 999999), "millions": (2e6, 9.99e6), "scores": (40, 99),
         "tens of millions": (2e7, 9.99e7), "hundreds of millions": (2e8, 9.99e8), "billions": (2e9, 9.99e9)}
SCALES = {"hundred": 1e2, "mil": 1e6, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}


VIDEO_LINES = {144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320}  # "1080p" is a video format


def _word_number(words: str) -> float | None:
    """ "twenty-five" -> 25, "four hundred and twenty" -> 420."""
    total = 0.0
    for word in re.split(r"[\s-]+", words):
        if word == "and":
            continue
        if word == "hundred":
            total = (total or 1) * 100
        elif word in UNIT_WORDS or word in TEEN_WORDS or word in TENS_WORDS:
            total += {**UNIT_WORDS, **TEEN_WORDS, **TENS_WORDS}[word]
        else:
            return None
    return total


MAX_FIGURE_DIGITS = 30  # a figure longer than this is no claim (and 5,000 digits pass Python's int limit)
MAX_FIGURE = 1e100  # nor one above this (the Sun weighs 1.99×10^30 kg): its conversions stay finite


def _sane_figure(num: str | float | None, num2: str | None = None, exp: str | None = None) -> bool:
    """Bounds at the parse point (issue 21): the digit counts of a figure and of its range end,
    its exponent ("2×10^400") at most 99, and a parsed value finite and at most MAX_FIGURE."""
    if isinstance(num, float):
        return math.isfinite(num) and abs(num) <= MAX_FIGURE
    if any(part and sum(ch.isdigit() for ch in part) > MAX_FIGURE_DIGITS for part in (num, num2)):
        return False
    if exp:
        digits = re.sub(r"[^\d]", "", exp.split("10", 1)[-1])
        return len(digits) <= 3 and int(digits or 0) <= 99
    return True


def _to_number(num: str, scale: str | None) -> float | None:
    num = re.sub(r"\s+", " ", num.strip().lower())
    if num in NUMBER_WORDS:
        value = float(NUMBER_WORDS[num])
    elif re.search(r"[a-z]", num):
        value = _word_number(num)
        if value is None:
            return None
    else:
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            return None
    for word in (scale or "").lower().replace("-", " ").split():  # "hundred million" multiplies twice
        value *= SCALES[word]
    return value
