"""Synthetic news reports for benchmarks: varied, news-shaped, deterministic.

Each report is built from sentence templates filled with people, places,
organisations, numbers with units, time expressions and quotations, so every
stage has work to do. ``copy_of`` plants reprints of earlier reports (exact,
re-headlined, truncated, or edited with swapped words and rewritten units).
Nothing here is real news; the generator only needs ``random``.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

PLACES = ["Hodeidah", "Aden", "Kharkiv", "Odesa", "Mosul", "Basra", "Tripoli", "Benghazi", "Goma", "Juba",
          "Mogadishu", "Khartoum", "Port Sudan", "Beirut", "Tyre", "Sidon", "Gaza", "Rafah", "Idlib", "Aleppo"]
COUNTRIES = ["Yemen", "Ukraine", "Iraq", "Libya", "Congo", "South Sudan", "Somalia", "Sudan", "Lebanon", "Syria"]
FIRST = ["Maria", "Ahmed", "Olena", "Khaled", "Samira", "John", "Amal", "Yusuf", "Ines", "Tomas", "Leila", "Omar"]
LAST = ["Keller", "Haddad", "Petrenko", "al-Ansi", "Nasser", "Saleh", "Okafor", "Moreau", "Hassan", "Kovac"]
TITLES = ["Lt. Gen.", "Col.", "Prime Minister", "Governor", "Dr.", "Minister", "Brig. Gen.", "Spokesperson"]
ORGS = [("United Nations", "UN"), ("World Health Organization", "WHO"), ("Red Cross", "ICRC"),
        ("World Food Programme", "WFP"), ("European Union", "EU"), ("African Union", "AU")]
EVENTS = ["a storm surge", "heavy shelling", "a cholera outbreak", "flash floods", "a fuel shortage",
          "a ceasefire", "a bridge collapse", "a port closure", "an earthquake", "a wildfire"]
SUBJECTS = [("people", "were evacuated"), ("homes", "were destroyed"), ("trucks of aid", "arrived"),
            ("workers", "were hired"), ("flights", "were cancelled"), ("people", "were killed")]
UNITS = ["km", "miles", "tonnes", "sq km", "hectares", "metres"]
WHEN = ["on Friday", "on Monday", "last week", "last month", "on March 3", "earlier this year", "in 2019",
        "on Tuesday night", "two days ago", "since January"]
FILLER = ["Residents said conditions were getting worse.", "Aid groups called for safe access to the area.",
          "The government did not respond to requests for comment.", "Local markets remained closed.",
          "Schools in the district were turned into shelters.", "Roads out of the city were jammed with traffic.",
          "Officials said the figures could rise as more areas were reached.",
          "Analysts said the crisis had been building for months."]


_SYLLABLES = [c + v for c in "bcdfghklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
FUNCTION_WORDS = ["the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "was", "by", "at", "from"]


def _lexicon(size: int = 30_000, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randrange(2, 4))) for _ in range(size)]


LEXICON = _lexicon()


def _prose(rng: random.Random, words: int) -> str:
    """Sentences of pseudo-words with a news-like (Zipfian) word frequency, so that
    unrelated reports share few word 5-grams, as real independent reports do."""
    out = []
    for _ in range(words):
        if rng.random() < 0.35:
            out.append(rng.choice(FUNCTION_WORDS))
        else:
            out.append(LEXICON[min(int(rng.paretovariate(0.8)) - 1, len(LEXICON) - 1)])
    sentences = [" ".join(out[i:i + 18]) for i in range(0, len(out), 18)]
    return " ".join(s[0].upper() + s[1:] + "." for s in sentences if s)


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{rng.choice(TITLES)} {first} {last}", last


def report(rng: random.Random, index: int, words: int = 400) -> dict:
    place, country = rng.choice(PLACES), rng.choice(COUNTRIES)
    event = rng.choice(EVENTS)
    org, acronym = rng.choice(ORGS)
    person, surname = _person(rng)
    published = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    paragraphs = [
        f"{place.upper()}, {country} - {event.capitalize()} hit {place} {rng.choice(WHEN)}, "
        f"and at least {rng.randrange(3, 900):,} {rng.choice(SUBJECTS)[0]} were affected, officials said."
    ]
    while sum(len(p.split()) for p in paragraphs) < words:
        kind = rng.randrange(7)
        kind = 5 if kind == 6 else kind
        if kind == 0:
            n, (subject, verb) = rng.randrange(2, 20000), rng.choice(SUBJECTS)
            paragraphs.append(f"More than {n:,} {subject} {verb} {rng.choice(WHEN)}, the {org} ({acronym}) said.")
        elif kind == 1:
            paragraphs.append(f"\"We are doing everything we can to reach {place},\" said {person}. "
                              f"\"The next {rng.randrange(2, 10)} days will be decisive.\"")
        elif kind == 2:
            paragraphs.append(f"{surname} said about {rng.randrange(2, 500)} {rng.choice(UNITS)} of the area "
                              f"had been affected, and that the {acronym} would send {rng.randrange(5, 90)} "
                              f"trucks of supplies a week.")
        elif kind == 3:
            paragraphs.append(f"The {acronym} said {rng.randrange(1, 60)} tonnes of supplies reached {place} "
                              f"{rng.choice(WHEN)}, up from {rng.randrange(1, 30)} tonnes {rng.choice(WHEN)}.")
        elif kind == 4:
            paragraphs.append(" ".join(rng.sample(FILLER, 2)))
        else:
            paragraphs.append(_prose(rng, rng.randrange(40, 90)))
    return {"id": f"r{index:06d}", "title": f"{event.capitalize()} hits {place}", "outlet": f"Outlet {rng.randrange(40)}",
            "published": published.isoformat(), "text": "\n\n".join(paragraphs)}


def copy_of(rng: random.Random, original: dict, index: int) -> dict:
    paragraphs = original["text"].split("\n\n")
    kind = rng.randrange(4)
    if kind == 1:  # truncated reprint: keeps the first paragraphs
        paragraphs = paragraphs[: max(2, len(paragraphs) * 2 // 3)]
    elif kind == 2:  # edited reprint: words swapped, units rewritten
        paragraphs = [p.replace("UN ", "United Nations ").replace("km", "kilometres").replace("said", "told reporters")
                      for p in paragraphs]
    elif kind == 3:  # boilerplate added
        paragraphs = paragraphs + ["Support our journalism: donate today.", "Share this article"]
    return {**original, "id": f"r{index:06d}", "title": "Reprint: " + original["title"],
            "outlet": f"Outlet {rng.randrange(40, 80)}", "text": "\n\n".join(paragraphs), "copy_of": original["id"]}


def corpus(n: int, copy_share: float = 0.05, seed: int = 7, words: int = 400) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []
    for i in range(n):
        if out and rng.random() < copy_share:
            out.append(copy_of(rng, rng.choice([r for r in out[-200:] if "copy_of" not in r] or out), i))
        else:
            out.append(report(rng, i, words))
    return out


def story_stream(n: int, stories: int, copy_share: float = 0.05, seed: int = 11, words: int = 400,
                 days: int = 365) -> list[dict]:
    """A stream of ``n`` reports on ``stories`` planted stories, for story clustering.

    Each story has its own event, place, people and topic words, a start day within
    ``days`` and a life of a few days to a few weeks; its reports fall inside that
    life. Each report keeps ``story`` (its planted story) so a benchmark can score
    the clustering; copies share their original's story.
    """
    rng = random.Random(seed)
    plans = []
    for k in range(stories):
        story_rng = random.Random(seed * 1_000_003 + k)
        plans.append({
            "event": story_rng.choice(EVENTS), "place": story_rng.choice(PLACES) + f" {LEXICON[k % len(LEXICON)].title()}",
            "people": [f"{story_rng.choice(FIRST)} {LEXICON[(k * 7 + j) % len(LEXICON)].title()}" for j in range(3)],
            "words": story_rng.sample(LEXICON[2000:], 40),
            "start": date(2026, 1, 1) + timedelta(days=story_rng.randrange(days)),
            "life": story_rng.choice([3, 7, 14, 30]),
        })
    out: list[dict] = []
    for i in range(n):
        if out and rng.random() < copy_share:
            original = rng.choice([r for r in out[-200:] if "copy_of" not in r] or out)
            out.append({**copy_of(rng, original, i), "story": original["story"]})
            continue
        k = rng.randrange(stories)
        plan = plans[k]
        body = report(rng, i, words // 2)
        topic = " ".join(rng.choice(plan["words"]) for _ in range(words // 4))
        lead = (f"{plan['event'].capitalize()} in {plan['place']} {rng.choice(WHEN)}, said "
                f"{rng.choice(plan['people'])}, as {rng.choice(plan['people'])} called for help.")
        day = plan["start"] + timedelta(days=rng.randrange(plan["life"]))
        out.append({**body, "title": f"{plan['event'].capitalize()} in {plan['place']}", "published": day.isoformat(),
                    "text": lead + "\n\n" + topic.capitalize() + ".\n\n" + body["text"], "story": f"s{k}"})
    return out


def write_jsonl(path: Path, reports: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for r in reports:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
