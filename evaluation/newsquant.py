"""Quantity extraction on NewsQuant (the CQE paper's news benchmark).

Per sentence, system quantities are matched one-to-one to gold quantities:
- value: equal normalised values;
- value+unit: equal values and the same unit (our unit names mapped to the
  benchmark's normalised unit names; a counted noun stands for the unit of a
  count, as the benchmark writes "people" or "solution").
Precision over system quantities, recall over gold, F1 (micro, over the set),
as in the CQE evaluation scripts.

    python -m evaluation.newsquant [--limit N]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from evaluation.common import SHARED_DATA, prf  # noqa: E402

DATA = SHARED_DATA / "newsquant" / "formatted_test_set" / "NewsQuant.json"
PEERS = {"CQE": (92.0, 85.6), "GPT-3": (70.6, 59.1), "quantulum3": (73.0, 47.2), "Recognizers-Text": (69.1, 34.2)}

UNIT_NAMES = {
    "%": "percentage", "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "INR": "indian rupee", "AUD": "australian dollar", "CAD": "canadian dollar", "SAR": "saudi riyal",
    "YER": "yemeni rial", "UAH": "ukrainian hryvnia", "RUB": "russian ruble",
    "km": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre", "kilometre": "kilometre",
    "kilometer": "kilometre", "miles": "mile", "mile": "mile", "metres": "metre", "meters": "metre", "metre": "metre",
    "meter": "metre", "m": "metre", "feet": "foot", "foot": "foot", "ft": "foot", "cm": "centimetre",
    "centimetres": "centimetre", "mm": "millimetre", "millimetres": "millimetre",
    "tonnes": "tonne", "tonne": "tonne", "tons": "ton", "ton": "ton", "kg": "kilogram", "kilograms": "kilogram",
    "kilogram": "kilogram", "kilos": "kilogram", "grams": "gram", "g": "gram", "pounds": "pound-mass",
    "lb": "pound-mass", "lbs": "pound-mass", "litres": "litre", "liters": "litre", "litre": "litre", "l": "litre",
    "gallons": "gallon", "barrels": "barrel", "barrel": "barrel", "hectares": "hectare", "hectare": "hectare",
    "acres": "acre", "acre": "acre", "sq km": "square kilometre", "square kilometres": "square kilometre",
    "square kilometers": "square kilometre", "km2": "square kilometre", "square miles": "square mile",
    "square mile": "square mile", "square metres": "square metre", "square meters": "square metre",
    "degrees": "degree", "degrees celsius": "celsius", "°c": "celsius", "hours": "hour", "hour": "hour",
    "minutes": "minute", "days": "day", "weeks": "week", "months": "month", "years": "year",
    "megawatts": "megawatt", "mw": "megawatt", "kilowatts": "kilowatt", "kw": "kilowatt", "knots": "knot",
    "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "horsepower": "horsepower", "hp": "horsepower", "bhp": "brake horsepower", "inches": "inch", "inch": "inch",
    "ghz": "gigahertz", "gigahertz": "gigahertz", "mhz": "megahertz", "hz": "hertz", "hertz": "hertz",
    "gb": "gigabyte", "gigabytes": "gigabyte", "tb": "terabyte", "mb": "megabyte",
    "year-old": "year of age", "years old": "year of age", "year old": "year of age",
    "CNY": "chinese yuan", "ILS": "shekel", "MYR": "malaysian ringgit", "CHF": "swiss franc", "KRW": "south korean won",
}


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def unit_name(q) -> str:
    if q.unit:
        base = q.unit.split("/")[0] if "/" in q.unit else q.unit
        return UNIT_NAMES.get(base, UNIT_NAMES.get(base.lower(), _singular(base)))
    if q.subject:
        head = q.subject.split(" of ")[0].split()[0] if q.subject.split() else ""
        return _singular(head) if head else "-"
    return "-"


def _gold_unit(g: dict) -> str:
    return (g.get("normalized_unit") or "-").lower()


def _gold_value(value: str) -> float:
    """A gold value; a range "252.0-287.0" is matched on its low end."""
    head = value.split("-")[0] if "-" in value[1:] else value
    try:
        return float(head)
    except ValueError:
        return math.nan


def _same_value(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def score(sentences: list[dict]) -> dict[str, tuple[float, float, float]]:
    from crosscheck.claims import extract_quantities
    from crosscheck.nlp import load_pipeline

    nlp = load_pipeline()
    n_pred = n_gold = value_hits = unit_hits = 0
    for item, doc in zip(sentences, nlp.pipe(s["text"] for s in sentences)):
        gold = [(_gold_value(g["value"]), _gold_unit(g)) for g in item["quantities"]]
        pred = extract_quantities(item["text"], doc)
        n_pred += len(pred)
        n_gold += len(gold)
        free = list(range(len(gold)))
        for q in pred:
            match = next((i for i in free if _same_value(q.value, gold[i][0])), None)
            if match is None:
                continue
            free.remove(match)
            value_hits += 1
            if unit_name(q) == gold[match][1]:
                unit_hits += 1
    return {"value": prf(value_hits, n_pred, value_hits, n_gold), "value+unit": prf(unit_hits, n_pred, unit_hits, n_gold),
            "counts": (n_pred, n_gold, 0)}


def load(limit: int | None = None) -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    sentences = load(args.limit)
    result = score(sentences)
    print(f"NewsQuant, {len(sentences)} sentences, {result['counts'][1]} gold / {result['counts'][0]} system quantities")
    for name in ("value", "value+unit"):
        p, r, f = result[name]
        print(f"  {name:11} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}")
    print("  peers (F1 value / value+unit): " + ", ".join(f"{k} {v[0]} / {v[1]}" for k, v in PEERS.items()))


if __name__ == "__main__":
    main()
