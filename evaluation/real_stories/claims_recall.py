"""Claims recall on the real stories (issue 20, our own measure, not a published one).

For every entry of every gold conflict, agreement and update of the non-sealed real stories
(``--split all``: dev + test + test2 + test3 + test5; ``--split old`` leaves test5 out; never a sealed split), is there a claim in that report with
that value (the scorer's matching: ``score.parse_value`` and ``score.same_value`` on the claim's
``value``), and does the claim say it measures what the gold ``measure`` says (our heuristic: the
same kind of unit, and for a count a word of the counted thing in common)? A gold value that is
never a claim, or a claim of the wrong measure, can never be compared by reconcile.

    python -m evaluation.real_stories.claims_recall                 # the table (full pipeline runs, cached)
    python -m evaluation.real_stories.claims_recall --misses        # + every miss with its cause and context
    python -m evaluation.real_stories.claims_recall --fresh         # development aid: claims re-extracted with
                                                                    # the current code from the cached runs' texts
    options: --story NAME (repeatable)  --split all|old|dev|test|test2|test3|test5  --json FILE

Entries whose gold value is an ISO day (a date finding: the time stage's) and bare years are
counted apart: they are no claims. Each entry is one of:

- ``ok``: a claim in that report has the value and the measure (unit kind, thing counted);
- ``value, wrong measure``: a claim has the value, but its unit kind or its counted thing differs
  from the gold's (``no thing``: a count whose claim names nothing counted);
- ``range end``: the value is the upper end of a claim's range (the scorer reads a claim's ``value``);
- ``missing``: no claim has the value; its cause is guessed from the report's text (``zero words``
  "no one was killed"; ``number word``; ``not in the text``: in the title or a part cleaning
  removed, or written otherwise; ``no claim there``: the figure is in the text, no claim covers it
  (filtered as a date, an age, a name...); ``read as another value``: a claim covers it with
  another value).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict

from evaluation.real_stories.data import SEALED_SPLITS, gold, split, story_names
from evaluation.real_stories.score import parse_value, same_value

GROUP_KINDS = (("conflicts", "conflict"), ("agreements", "agreement"), ("updates", "update"))

# Words of a gold measure or entry -> the kind of unit it is in (our heuristic, checked by reading).
_LENGTH = r"miles?|mi|ft|feet|foot|metres?|meters?|m|km|kilomet(?:re|er)s?|yards?|inch(?:es)?|cm|mm|nautical"
_UNIT_KINDS = (
    ("age", re.compile(r"\b(?:year-old|years? old|aged?|ages?)\b", re.I)),
    ("money", re.compile(r"[$£€¥]|\b(?:dollars?|euros?|pounds sterling|yuan|rupees|USD|EUR|GBP)\b")),
    ("percentage", re.compile(r"%|\bper ?cent\b|\bpercent(?:age)?\b", re.I)),
    ("pressure", re.compile(r"\bpsi\b|pounds per square inch", re.I)),
    ("area", re.compile(r"\b(?:sq|square)\b|km2|km²|\bacres?\b|\bhectares?\b", re.I)),
    ("speed", re.compile(r"\b(?:mph|km/h|kph|knots)\b|\b(?:miles|kilomet(?:re|er)s)\s+(?:per|an)\s+hour\b|km/h", re.I)),
    ("length", re.compile(rf"(?<![a-z])(?:{_LENGTH})\b", re.I)),
    ("volume", re.compile(r"\b(?:gallons?|barrels?|lit(?:re|er)s?|bpd)\b", re.I)),
    ("mass", re.compile(r"\b(?:tonnes?|tons?|kg|kilograms?|pounds?|lbs?)\b", re.I)),
    ("duration", re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|\d-hour\b", re.I)),
    ("temperature", re.compile(r"°|\b(?:degrees?|celsius|fahrenheit)\b", re.I)),
)
_NORMALISED_KIND = {"km": "length", "km²": "area", "liter": "volume", "t": "mass", "day": "duration", "km/h": "speed",
                    "km/hour": "speed", "degC": "temperature", "%": "percentage", "psi": "pressure"}
_RATE_WORDS = re.compile(r"\b(?:a|per|each|every) (?:day|week|month|year|hour)\b|\bdaily\b|\bannual", re.I)

# One outcome, several words (as reconcile reads them): a thing counted matches on its stem.
_SYNONYMS = {"dead": "kill", "died": "kill", "death": "kill", "deaths": "kill", "killed": "kill", "toll": "kill",
             "fatalities": "kill", "lives": "kill", "casualties": "kill", "bodies": "kill", "perished": "kill",
             "wounded": "injur", "hurt": "injur", "injuries": "injur", "injured": "injur",
             "infections": "infect", "infected": "infect", "cases": "infect", "case": "infect", "man": "men",
             "woman": "women", "level": "rank", "phase": "rank", "category": "rank", "stage": "rank",
             "people": "people", "persons": "people", "person": "people"}
_STOP = set("""a an the and or of to in on at by for from with as is are was were be been has have had it its this
that these those he she they we said says told according about more than some over into up down not no new vs
how many much number total count figure first second other all his her their who which what when where""".split())
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"


def _stems(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z]+", (text or "").lower()):
        if w in _STOP or len(w) < 3:
            continue
        w = _SYNONYMS.get(w, w)
        out.add(w[:5])
    return out


_LENGTH_MEASURE = re.compile(r"\b(?:how far|distance|depth|deep|height|high|long|length|away)\b", re.I)


def gold_unit_kind(entry: str, measure: str) -> str:
    """The kind of unit a gold entry is in, from the words after its figure: in the entry ("150 metres"),
    else after the same figure in the measure ("(about 6,700 psi)"), else an age or a length the
    measure names ("ages of the wounded", "how far he fell"); "count" else."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", entry)
    rest = entry[number.end():] if number else entry
    if not re.search(r"[A-Za-z%]", rest) and number:
        again = re.search(rf"(?<![\d,.]){re.escape(number.group(0))}(?![\d])([^,;()]{{0,30}})", measure)
        rest = again.group(1) if again else ""
        if not rest.strip():
            if _UNIT_KINDS[0][1].search(measure):
                return "age"
            if _LENGTH_MEASURE.search(measure):
                return "length"
    text = (entry[:number.start()] if number else "") + " " + " ".join(rest.split()[:4])
    for kind, rx in _UNIT_KINDS:
        if rx.search(text):
            return kind
    return "count"


def claim_unit_kind(claim: dict) -> str:
    written = (claim.get("unit") or "").lower()
    if written in ("year-old", "years old", "year old", "years-old"):
        return "age"
    unit = (claim.get("normalized") or {}).get("unit")
    if unit is None:
        return "count"
    if unit in _NORMALISED_KIND:
        return _NORMALISED_KIND[unit]
    if "/" in unit:
        return "rate"
    if unit.isupper():
        return "money"
    return unit


def measure_matches(claim: dict, entry: str, measure: str) -> tuple[bool, str]:
    """Does the claim measure what the gold entry and measure say? (ok, why not)."""
    want, got = gold_unit_kind(entry, measure), claim_unit_kind(claim)
    if got == "rate" and _RATE_WORDS.search(entry + " " + measure):
        # "5,000 barrels a day" for a gold "5,000 barrels" whose measure is barrels a day: the rate's own unit
        base = (claim.get("normalized") or {}).get("unit", "").split("/")[0] or None
        got = claim_unit_kind({"normalized": {"unit": base}}) if base else "count"
    if want != got:
        return False, f"unit: {got} for {want}"
    if want != "count":
        return True, ""
    thing = _stems(re.sub(r"^[^A-Za-z]*", "", entry)) | _stems(measure)
    subject = claim.get("subject")
    key = _reconcile_key(claim)
    if not subject and not key:
        return False, "no thing"
    if _stems(f"{subject or ''} {key or ''}") & thing:
        return True, ""
    return False, f"thing: {subject!r} (reconcile key {key!r})"


def _reconcile_key(claim: dict) -> str | None:
    """What reconcile reads the claim as counting (its subject key: "population", "magnitude", ...)."""
    from crosscheck.reconcile.basis import subject_key
    from crosscheck.records import Claim, Normalized

    n = claim.get("normalized") or {}
    record = Claim(id="", document="", text=claim.get("text") or "", sentence=claim.get("sentence") or "",
                   value=claim.get("value"), value_max=claim.get("value_max"), unit=claim.get("unit"),
                   normalized=Normalized(n.get("value"), n.get("value_max"), n.get("unit")),
                   subject=claim.get("subject"), bound=claim.get("bound") or "exact")
    try:
        return subject_key(record)
    except Exception:  # noqa: BLE001 - a measure aid: a key it cannot read is no key
        return None


_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
          11: "eleven", 12: "twelve|dozen", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
          17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty",
          100: "hundred", 1000: "thousand"}


def _surfaces(entry: str, value: float) -> re.Pattern:
    """Where the entry's figure may stand in the text: its digits as written in the gold, with or
    without thousands separators, or its number word."""
    forms = set()
    m = re.search(r"\d[\d,]*(?:\.\d+)?", entry)
    if m:
        digits = m.group(0).replace(",", "")
        forms |= {re.escape(m.group(0)), re.escape(digits)}
        if digits.isdigit() and len(digits) > 3:
            forms.add(re.escape(f"{int(digits):,}"))
    if value == int(value) and int(value) in _WORDS:
        forms.add(_WORDS[int(value)])
    words = re.findall(r"[a-z]+", entry.lower())
    if not m and words:
        forms.add(re.escape(words[0]))
    return re.compile(rf"(?<![\w.,])(?:{'|'.join(sorted(forms, key=len, reverse=True))})(?![\d])", re.I)


def miss_cause(value: float, entry: str, doc: dict | None, claims: list[dict]) -> tuple[str, str]:
    """(cause, context) of a gold value no claim of the report has."""
    if doc is None:
        return "report not in the story report", ""
    text = doc.get("text") or ""
    if value == 0:
        return "zero words", _zero_context(text)
    rx = _surfaces(entry, value)
    hits = list(rx.finditer(text))
    if not hits:
        title = doc.get("title") or ""
        removed = " | ".join(r.get("text", "") for r in doc.get("removed") or [])
        where = "title" if rx.search(title) else "removed text" if rx.search(removed) else None
        if where:
            src = title if where == "title" else removed
            at = rx.search(src)
            return f"not in the text: in the {where}", src[max(0, at.start() - 60):at.end() + 60]
        return "not in the text as written", ""
    causes = []
    for h in hits:
        covering = [c for c in claims if c.get("start", -1) <= h.start() < c.get("end", -1)
                    or h.start() <= c.get("start", -1) < h.end()]
        context = text[max(0, h.start() - 70):h.end() + 50].replace("\n", " ")
        if covering:
            c = covering[0]
            if c.get("value_max") is not None and same_value(c["value_max"], value):
                causes.append(("range end", context))
            else:
                causes.append((f"read as another value ({c.get('text')!r} = {c.get('value')})", context))
        elif not h.group(0)[:1].isdigit():
            causes.append(("number word, no claim", context))
        else:
            causes.append(("no claim there (filtered)", context))
    # The most telling cause first: a figure read wrongly, then one filtered.
    causes.sort(key=lambda c: (not c[0].startswith(("range", "read")), not c[0].startswith("no claim")))
    return causes[0]


def _zero_context(text: str) -> str:
    m = re.search(r"\b(?:no(?:body| one)?|none|zero|without)\b[^.]{0,40}", text, re.I)
    return text[max(0, m.start() - 40):m.end() + 20].replace("\n", " ") if m else ""


def story_entries(name: str, report: dict, sources: dict[str, str]) -> list[dict]:
    """One record per gold entry of the story's conflicts, agreements and updates."""
    g = gold(name)
    docs_by_gold = {gid: sid for sid, gid in sources.items() if gid}
    doc_records = {d["id"]: d for d in report.get("documents", [])}
    claims_by_doc = defaultdict(list)
    for c in report.get("claims", []):
        claims_by_doc[c["document"]].append(c)
    out = []
    for key, kind in GROUP_KINDS:
        for group in g.get(key, []):
            for gdoc, entry in group["entries"]:
                value = parse_value(entry)
                rec = {"story": name, "split": split().get(name), "kind": kind, "group": group["id"],
                       "measure": group.get("measure", ""), "doc": gdoc, "entry": entry}
                sid = docs_by_gold.get(gdoc)
                claims = claims_by_doc.get(sid, [])
                if value is None:
                    rec["status"] = "gold value unreadable"
                elif isinstance(value, str) or (re.fullmatch(r"\s*(?:in\s+)?(1[89]|20)\d\d\s*", entry)
                                                or re.search(rf"\b{_MONTH}\b\s*\d", entry, re.I)):
                    rec["status"] = "a date (time stage)"
                else:
                    same = [c for c in claims if c.get("value") is not None and same_value(c["value"], value)]
                    verdicts = [(c, *measure_matches(c, entry, group.get("measure", ""))) for c in same]
                    good = [c for c, ok, _ in verdicts if ok]
                    if good:
                        rec["status"] = "ok"
                        rec["claim"] = _short(good[0])
                    elif verdicts:
                        c, _, why = verdicts[0]
                        rec["status"] = "value, wrong measure"
                        rec["why"] = why.split(":")[0]
                        rec["detail"] = why
                        rec["claim"] = _short(c)
                    else:
                        cause, context = miss_cause(value, entry, doc_records.get(sid), claims)
                        rec["status"] = "range end" if cause == "range end" else "missing"
                        rec["why"] = cause
                        rec["context"] = context
                out.append(rec)
    return out


def _short(c: dict) -> dict:
    return {"text": c.get("text"), "value": c.get("value"), "unit": c.get("unit"), "subject": c.get("subject"),
            "sentence": (c.get("sentence") or "")[:200]}


def fresh_report(name: str) -> tuple[dict, dict[str, str]]:
    """Development aid: the newest cached run's documents, with claims extracted by the current code."""
    from crosscheck.claims import extract_claims
    from crosscheck.records import Document, Sentence
    from evaluation.real_stories.run import cache_dir

    g = gold(name)
    # Only this story's runs: "t17-h1n1-spread-*" would also match another story whose name starts the same.
    own = re.compile(rf"{re.escape(name)}-[0-9a-f]{{16}}\.json")
    cached = sorted((p for p in cache_dir().glob(f"{name}-*.json") if own.fullmatch(p.name)), key=lambda p: p.stat().st_mtime)
    if not cached:
        from evaluation.real_stories.run import run_story

        report, sources, _ = run_story(g)
        return report, sources
    blob = json.loads(cached[-1].read_text(encoding="utf-8"))
    report, sources = blob["report"], blob["sources"]
    documents = [Document(id=d["id"], source=d["source"], content_hash=d["content_hash"], format=d["format"],
                          original="", text=d["text"],
                          sentences=[Sentence(**s) for s in d["sentences"]]) for d in report["documents"]]
    claims = extract_claims(documents)
    from crosscheck.records import to_dict

    report = dict(report, claims=[to_dict(c) for c in claims])
    return report, sources


def tally(records: list[dict]) -> dict:
    numeric = [r for r in records if r["status"] not in ("a date (time stage)", "gold value unreadable")]
    status = Counter(r["status"] for r in numeric)
    causes = Counter(f"{r['status']}: {r.get('why')}" for r in numeric if r["status"] != "ok")
    n = len(numeric)
    return {"entries": len(records), "numeric": n, "dates": sum(r["status"] == "a date (time stage)" for r in records),
            "value_recall": (n - status["missing"] - status["range end"]) / n if n else None,
            "measure_recall": status["ok"] / n if n else None,
            "status": dict(status.most_common()), "causes": dict(causes.most_common())}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.real_stories.claims_recall", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="all", choices=("all", "dev", "test", "test2", "test3", "test5", "old"))
    ap.add_argument("--story", action="append")
    ap.add_argument("--misses", action="store_true", help="list every entry not ok, with its cause and context")
    ap.add_argument("--fresh", action="store_true",
                    help="development aid: re-extract claims with the current code from the cached runs' texts")
    ap.add_argument("--json", help="write the records and tallies here")
    args = ap.parse_args(argv)
    # "old": the 31 stories tuned on before test5 became dev (dev, test, test2, test3), to keep them apart.
    names = args.story or ([n for n in story_names("all") if split().get(n) != "test5"] if args.split == "old"
                           else story_names(args.split))
    if any(split().get(n) in SEALED_SPLITS for n in names):
        print("sealed stories are never read here", file=sys.stderr)
        return 2
    records = []
    for name in names:
        if args.fresh:
            report, sources = fresh_report(name)
        else:
            from evaluation.real_stories.run import run_story

            report, sources, _ = run_story(gold(name))
        records += story_entries(name, report, sources)
    print("claims recall on the real stories' gold entries (our own measure; see the module's doc)")
    print(f"{'group':<12} {'entries':>7} {'numeric':>7} {'value R':>8} {'value+measure R':>16}")
    groups = {"all": records} | {k: [r for r in records if r["kind"] == k] for _, k in GROUP_KINDS}
    groups |= {f"split {s}": [r for r in records if r["split"] == s] for s in sorted({r["split"] for r in records})}
    out = {}
    for label, rs in groups.items():
        t = tally(rs)
        out[label] = t
        vr = "-" if t["value_recall"] is None else f"{t['value_recall']:.3f}"
        mr = "-" if t["measure_recall"] is None else f"{t['measure_recall']:.3f}"
        print(f"{label:<12} {t['entries']:>7} {t['numeric']:>7} {vr:>8} {mr:>16}")
    print("\ncauses (numeric entries not ok):")
    for cause, n in out["all"]["causes"].items():
        print(f"  {n:4d}  {cause}")
    if args.misses:
        for r in records:
            if r["status"] in ("ok", "a date (time stage)"):
                continue
            claim = r.get("claim") or {}
            print(f"\n[{r['status']}: {r.get('detail') or r.get('why')}] {r['story']} {r['group']} {r['doc']} "
                  f"{r['entry']!r} ({r['measure'][:80]})")
            if claim:
                print(f"    claim {claim.get('text')!r} unit={claim.get('unit')} subject={claim.get('subject')!r} :: "
                      f"{claim.get('sentence', '')[:160]!r}")
            if r.get("context"):
                print(f"    text: {r['context']!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"tallies": out, "records": records}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
