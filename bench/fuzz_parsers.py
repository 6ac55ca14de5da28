"""Fuzz the parsers and the whole pipeline with generated inputs drawn from the edges.

Each parser gets N inputs built from news-like fragments, random Unicode, broken
punctuation and the extremes (issue 21): 0, negative numbers, 1e309, 10^400, 400 and
5,000 digits, year 0, 9999 and 99999, February 30, leap days, every calendar unit, with
anchors (publication dates) at the ends of the calendar. Then the same generator writes
whole reports (JSON lines with edge metadata: types, dates, control characters) and the
whole pipeline runs on them, story by story, checking that nothing escapes, story.json is
strict JSON valid against the schema, and counting what the per-report isolation caught
(each is a parser failure to fix).

    python bench/fuzz_parsers.py --inputs 20000 --reports 400
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
import traceback
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

FRAGMENTS = [
    "on Friday", "last month", "the week ending March 3", "12 miles", "about 30 sq km", "4,000 to 6,000",
    "more than 500", "$25 million", "EUR 2m a year", '"We will rebuild," she said.', "“Curly quote”", '"', "“",
    "said Lt. Gen. Maria Keller", "2,000 workers", "in 2009 and 2010", "5m deep", "40%", "1957-58", "COVID-19",
    "11:30", "half a hectare", "\n", "\n\n", "according to the UN", "he said", "99999999999999999999 km",
    "Feb. 30", "the 1990s", "dozens", "tens of thousands", "¥", "€", "٣", "\u200b", "\u202e", "..", "province.The",
]
UNITS = ["second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "season", "year", "decade",
         "century", "millennium"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Feb.", "Sept"]


def edge_number(rng: random.Random) -> str:
    """A figure from the edges of what parsers meet."""
    return rng.choice([
        "0", "-0", "-1", "-5", "0.0", "00000", "1e309", "-1e309", "1e-400", "10^400", "2×10^400", "3 x 10^99",
        "1.99×10^30", "2.998×10−8", "inf", "NaN", "9" * 400, "7" * 5000, "1" + "0" * 30, "1,000,000,000,000,000",
        f"{rng.randrange(-10**6, 10**6):,}", str(rng.randrange(10**15, 10**18)), "½", "1/0", "0.000000000001",
        "99999999", "4294967296", "18446744073709551616",
    ])


def edge_date(rng: random.Random) -> str:
    """A time expression from the edges: impossible days, leap days, extreme years, every unit."""
    year = rng.choice(["0", "0000", "1", "0001", "999", "1000", "1900", "2000", "2024", "2026", "2999", "9999",
                       "99999", "-5", "2" + "0" * 40])
    month = rng.choice(MONTHS)
    day = rng.choice(["0", "1", "28", "29", "30", "31", "32", "99", "00"])
    count = rng.choice(["0", "1", "-1", "2", "several", "a couple of", "99999999", "9" * 30, "7" * 5000])
    unit = rng.choice(UNITS) + rng.choice(["", "s"])
    return rng.choice([
        f"{month} {day}, {year}", f"{day} {month} {year}", f"the week of {month} {day}, {year}",
        f"{count} {unit} ago", f"{count} {unit} later", f"in {count} {unit}", f"{count} {unit} from now",
        f"Christmas {year}", f"the {year}s", f"in {year}", f"{year}-02-30", f"{year}-02-29", f"{year}-13-01",
        f"{day}/{rng.choice(['2', '13', '02'])}/{year}", f"last {rng.choice(UNITS)}", f"next {rng.choice(UNITS)}",
        f"the {rng.choice(['first', 'second', 'third', 'fourth', '5th'])} quarter of {year}",
        f"{rng.choice(['spring', 'summer', 'autumn', 'winter'])} {year}", f"February 29, {year}",
        f"{rng.choice(['Monday', 'Friday', 'Sunday'])} {month} {day}", "the week ending February 30",
    ])


def generate(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 30)):
        r = rng.random()
        if r < 0.45:
            parts.append(rng.choice(FRAGMENTS))
        elif r < 0.6:
            parts.append(edge_date(rng))
        elif r < 0.75:
            parts.append(f"{edge_number(rng)} {rng.choice(['people', 'km', 'dollars', '%', 'tonnes', 'mph', ''])}")
        elif r < 0.85:
            parts.append(str(rng.randrange(-10**6, 10**9)))
        else:
            parts.append("".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(1, 12))))
    return " ".join(parts)


ANCHORS = [date(1, 1, 1), date(1, 1, 7), date(9999, 12, 31), date(9999, 12, 25), date(1000, 1, 1),
           date(2999, 12, 31), date(2024, 2, 29), date(2026, 3, 14)]


def anchor(rng: random.Random) -> date | None:
    if rng.random() < 0.5:
        return rng.choice(ANCHORS)
    if rng.random() < 0.2:
        return None
    return date(1990, 1, 1) + timedelta(days=rng.randrange(0, 40_000))


def edge_published(rng: random.Random):
    return rng.choice([None, "0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2026-02-30", "0000-00-00",
                       "99999-01-01", "", "\x1b]0;x\x07 2026-03-01", "1e309", "2026-13-45",
                       "March 14, 2026", "2026-03-14T09:15:00Z", "yesterday", "-5"])


def report_row(rng: random.Random, n: int) -> dict:
    """A JSON lines report: edge text and dates; one in ten has a field of a wrong type."""
    row = {"text": ". ".join(generate(rng) for _ in range(rng.randrange(1, 5))) + ".",
           "title": rng.choice([f"Report {n}", f"T\x1b]0;{n}\x07", None]),
           "outlet": rng.choice([f"Outlet {n % 7}", {"name": "Wire"}, None, "O\x9b31m"]),
           "published": edge_published(rng)}
    if rng.random() < 0.1:
        row[rng.choice(["text", "title", "outlet", "published"])] = rng.choice([12345, ["x"], {"x": 1}, 1e309, True])
    return row


def fuzz_parsers(n: int, rng: random.Random) -> tuple[Counter, list]:
    from crosscheck.claims import extract_quantities
    from crosscheck.clean import _clean_text, parse_date, sentences_from_parse
    from crosscheck.ingest.common import decode
    from crosscheck.nlp import load_pipeline
    from crosscheck.quotes import extract_quotes
    from crosscheck.records import Document, RawDocument, Sources
    from crosscheck.time import find_timexes

    nlp = load_pipeline()  # the real model: the parsers' entity and dependency paths run as in production
    checks: Counter = Counter()
    failures: list[tuple[str, str, str, str]] = []
    texts = [generate(rng) for _ in range(n)]

    def attempt(parser: str, text: str, work) -> None:
        try:
            work()
            checks[parser] += 1
        except Exception as error:  # noqa: BLE001 - the point is to catch everything
            failures.append((parser, type(error).__name__, str(error)[:200], text[:300]))
            if len(failures) <= 3:
                traceback.print_exc()

    for text, doc in zip(texts, nlp.pipe(texts, batch_size=256)):
        when = anchor(rng)

        def timex():
            for t in find_timexes(text, when, doc):
                assert text[t.start:t.end] == t.text, "timex offsets"
                if t.granularity != "decade" and re.match(r"\d{4}(?:-|$)", t.value):
                    assert 1000 <= int(t.value[:4]) <= 2999, f"year out of range: {t.value}"
                if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
                    date.fromisoformat(t.value)  # a day value is a real calendar day

        def quantities():
            for q in extract_quantities(text, doc):
                assert text[q.start:q.end] == q.text, "quantity offsets"
                for v in (q.value, q.value_max, q.normalized.value, q.normalized.value_max):
                    assert v is None or abs(v) < float("inf"), "non-finite quantity"

        def quotes():
            d = Document("d", "d", "d" * 64, "txt", text, text, sentences_from_parse(text, doc))
            for q in extract_quotes([d], [], [], Sources()):
                assert 0 <= q.start <= q.end <= len(text), "quote offsets"

        def cleaner():
            c = _clean_text(RawDocument("f", text, "f" * 64, "txt"))  # the cleaner without its parse
            assert all(r.reason for r in c.removed) and "\u200b" not in c.text, "cleaner"
            for s in sentences_from_parse(text, doc):
                assert text[s.start:s.end] == s.text, "sentence offsets"

        def dates():
            parse_date(edge_date(rng))
            parse_date(text[:80])

        def decoder():
            data = text.encode("utf-8", "surrogatepass")
            if data:
                cut = rng.randrange(len(data))
                data = data[:cut] + bytes([rng.randrange(128, 256)]) + data[cut:]
            try:
                decode(data)
            except Exception as error:  # noqa: BLE001
                if type(error).__name__ != "InputError":  # a reason for the user is the expected outcome
                    raise

        for parser, work in (("timex", timex), ("quantities", quantities), ("quotes", quotes), ("clean", cleaner),
                             ("publication dates", dates), ("decode", decoder)):
            attempt(parser, text, work)
    return checks, failures


def fuzz_pipeline(reports: int, rng: random.Random, per_story: int = 25) -> dict:
    """Generated reports through ingest (JSON lines), every stage, story.json and the other exports."""
    from crosscheck.pipeline import Settings, run
    from crosscheck.report import build_story, validate_story, write_all
    from crosscheck.store import Store

    figures = Counter()
    failures: list[tuple[str, str, str]] = []
    caught: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "fuzz.sqlite"
        for first in range(0, reports, per_story):
            rows = [report_row(rng, n) for n in range(first, min(reports, first + per_story))]
            src = folder / f"s{first}.jsonl"
            with open(src, "w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=rng.random() < 0.5) + "\n")
            name = f"fuzz-{first}"
            try:
                with Store(db) as store:
                    summary = run([str(src)], store, name, Settings(processes=1))
                    story = build_story(store, name)
                    write_all(story, folder / name)
                figures["reports given"] += len(rows)
                figures["reports analysed"] += summary.documents
                figures["lines skipped with a reason"] += sum(1 for s in summary.skipped
                                                              if " stage failed" not in s.reason)
                errors = [s for s in summary.skipped if " stage failed" in s.reason]
                figures["report-stage failures caught by isolation"] += len(errors)
                caught += [s.reason for s in errors]
                strict = json.loads((folder / name / "story.json").read_text(encoding="utf-8"),
                                    parse_constant=lambda c: (_ for _ in ()).throw(ValueError(f"{c} in story.json")))
                validate_story(strict)
                exported = "".join((folder / name / f).read_text(encoding="utf-8")
                                   for f in ("story.md", "story.html", "claims.csv", "entities.csv"))
                assert not any(ch in exported for ch in "\x1b\x07\x9b"), "control character in an export"
                figures["stories"] += 1
            except Exception as error:  # noqa: BLE001
                failures.append((name, type(error).__name__, str(error)[:300]))
                traceback.print_exc()
    return {"figures": dict(figures), "failures": failures, "caught": Counter(r.split(":")[0] for r in caught),
            "caught_examples": caught[:10]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000, help="generated texts for each parser")
    parser.add_argument("--reports", type=int, default=500, help="generated reports through the whole pipeline")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    start = time.perf_counter()
    checks, failures = fuzz_parsers(args.inputs, rng)
    print(f"{args.inputs:,} generated inputs in {time.perf_counter() - start:.0f} s; "
          f"inputs passed per parser: {dict(checks)}")
    print(f"parser failures: {len(failures)}")
    for kind in Counter((p, k) for p, k, _, _ in failures).most_common():
        print(f"  {kind}")
    for parser_name, kind, message, text in failures[:15]:
        print(f"  {parser_name}: {kind}: {message!r} on {text[:160]!r}")
    start = time.perf_counter()
    whole = fuzz_pipeline(args.reports, rng)
    print(f"whole pipeline: {whole['figures']} in {time.perf_counter() - start:.0f} s")
    print(f"pipeline failures (escaped a run): {len(whole['failures'])}")
    for failure in whole["failures"][:10]:
        print(f"  {failure}")
    print(f"caught per report, by stage: {dict(whole['caught'])}")
    for reason in whole["caught_examples"]:
        print(f"  {reason[:240]}")


if __name__ == "__main__":
    main()
