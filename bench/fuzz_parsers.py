"""Fuzz the text parsers with generated inputs; report exceptions and broken offsets.

Each parser gets N inputs built from news-like fragments, random Unicode and
broken punctuation (unbalanced quote marks, glued sentences, huge numbers).
A crash or an offset that does not index its text is printed with its input.

    python bench/fuzz_parsers.py --inputs 100000
"""

from __future__ import annotations

import argparse
import random
import time
import traceback
from datetime import date

FRAGMENTS = [
    "on Friday", "last month", "the week ending March 3", "12 miles", "about 30 sq km", "4,000 to 6,000",
    "more than 500", "$25 million", "EUR 2m a year", '"We will rebuild," she said.', "“Curly quote”", '"', "“",
    "said Lt. Gen. Maria Keller", "2,000 workers", "in 2009 and 2010", "5m deep", "40%", "1957-58", "COVID-19",
    "11:30", "half a hectare", "\n", "\n\n", "according to the UN", "he said", "99999999999999999999 km",
    "Feb. 30", "the 1990s", "dozens", "tens of thousands", "¥", "€", "٣", "\u200b", "\u202e", "..", "province.The",
]


def generate(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 30)):
        r = rng.random()
        if r < 0.7:
            parts.append(rng.choice(FRAGMENTS))
        elif r < 0.85:
            parts.append(str(rng.randrange(-10**6, 10**9)))
        else:
            parts.append("".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(1, 12))))
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from crosscheck.claims import extract_quantities
    from crosscheck.clean import _clean_text, sentences_from_parse
    from crosscheck.nlp import load_pipeline
    from crosscheck.quotes import extract_quotes
    from crosscheck.records import Document, RawDocument, Sources
    from crosscheck.time import find_timexes

    nlp = load_pipeline()  # the real model: the parsers' entity and dependency paths run as in production
    rng = random.Random(args.seed)
    checks = {"timex": 0, "quantities": 0, "quotes": 0, "clean": 0}
    failures: list[tuple[str, str, str]] = []
    start = time.perf_counter()
    texts = [generate(rng) for _ in range(args.inputs)]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=256)):
        try:
            for t in find_timexes(text, date(2026, 3, 14), doc):
                assert text[t.start:t.end] == t.text, "timex offsets"
            checks["timex"] += 1
            for q in extract_quantities(text, doc):
                assert text[q.start:q.end] == q.text, "quantity offsets"
            checks["quantities"] += 1
            d = Document("d", "d", "d" * 64, "txt", text, text, sentences_from_parse(text, doc))
            for q in extract_quotes([d], [], [], Sources()):
                assert 0 <= q.start <= q.end <= len(text), "quote offsets"
            checks["quotes"] += 1
            c = _clean_text(RawDocument("f", text, "f" * 64, "txt"))  # the cleaner without its parse
            assert all(r.reason for r in c.removed) and "\u200b" not in c.text, "cleaner"
            for s in sentences_from_parse(text, doc):
                assert text[s.start:s.end] == s.text, "sentence offsets"
            checks["clean"] += 1
        except Exception as error:  # noqa: BLE001 - the point is to catch everything
            failures.append((type(error).__name__, str(error)[:200], text[:300]))
            if len(failures) <= 5:
                traceback.print_exc()
    seconds = time.perf_counter() - start
    print(f"{args.inputs:,} generated inputs in {seconds:.0f} s; inputs passed per parser: {checks}")
    print(f"failures: {len(failures)}")
    for kind, message, text in failures[:20]:
        print(f"  {kind}: {message!r} on {text!r}")


if __name__ == "__main__":
    main()
