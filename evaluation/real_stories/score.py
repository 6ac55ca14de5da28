"""Match a story report (story.json) against the gold of one real story.

Gold entries are ``[doc, "value unit"]`` (``doc`` a gold id ``d01``...; the value is the
first number of the string, or an ISO date for date findings). A system finding's item is
mapped to a gold document through its report's ``source``, and to a value through the claim
it quotes (same document and offsets: the claim's ``value``), else the first number or ISO
date of its text. Item (doc, value) matches entry (doc, value) when the documents are equal
and the values are equal (relative difference under 0.5 %; dates equal).

- conflict: correct when at least two of its items match entries of ONE gold conflict,
  holding at least two different values, and at least half of its items match that conflict.
  A gold conflict is found when some correct system conflict matches it.
- agreement: correct when at least two of its items match entries of ONE independent gold
  agreement, from documents of at least two different outlets and at least two wire groups
  (a report's group is its gold ``wire``, else its own outlet), and at least half of its items match it.
- update: the same rule as a conflict, against the gold updates (a progression of values
  over publication time). A system conflict that matches a gold update instead is counted
  and listed as "update shown as conflict".
- key date: correct when its day is among the gold key dates; days in
  ``key_dates_acceptable`` are left out of precision (neither right nor wrong).
- publication day: the report's ``published.date`` equals the gold day. outlet: the
  report's outlet, folded (lower case, letters and digits; a leading "the" and a trailing
  top-level domain dropped), equals one of the gold outlet names folded. Both are scored
  only on reports where the set did not hand the fact to crosscheck as metadata
  (``given``), and counted apart on those where it did.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

# The gold writes millions "87m", "$6m", "2.5m gallons" (the "m" joined) and metres "200 m", "1,500 m" (spaced);
# "10km", "193km/h" are read as 10 and 193 (before, the number had to end at a word boundary: no value).
NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|thousand|bn)\b|(m)\b)?(?![\d])", re.I)
ISO = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "dozen": 12, "hundred": 100}
SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}


# A height in feet and inches as the gold writes it, "6-foot-9", "5-feet-8 inches": 6.75 and 5.67 feet, as the claim's
# value reads it (issue 22c, twenty-second session; before, the first number only, 6 and 5).
FEET_INCHES = re.compile(r"^(\d)[\s-]?(?:feet|foot|ft)[\s-](\d{1,2})(?!\d)", re.I)


def parse_value(text: str):
    """The first ISO date (a string) or number (a float) in ``text``; None when there is none."""
    if text is None:
        return None
    height = FEET_INCHES.match(text.strip())
    if height and int(height.group(2)) < 12:
        return int(height.group(1)) + int(height.group(2)) / 12
    date = ISO.search(text)
    if date and date.start() == 0:
        return date.group(0)
    m = NUMBER.search(text)
    if m:
        value = float(m.group(1).replace(",", ""))
        return value * SCALE.get((m.group(2) or m.group(3) or "").lower(), 1)
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in WORDS:
            return float(WORDS[word])
    return date.group(0) if date else None


def same_value(a, b) -> bool:
    if a is None or b is None:
        return False
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def fold_outlet(name: str | None) -> str:
    s = (name or "").lower().strip()
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^www\.", "", s)
    s = re.sub(r"\.(com|co\.uk|org|net|co\.za|com\.au|ca|uk|in)(/.*)?$", "", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[^a-z0-9]", "", s)


@dataclass
class Tally:
    """Counts for one measure: system items judged, correct; gold items, found."""
    n_pred: int = 0
    ok_pred: int = 0
    n_gold: int = 0
    ok_gold: int = 0

    def add(self, other: "Tally") -> None:
        self.n_pred += other.n_pred
        self.ok_pred += other.ok_pred
        self.n_gold += other.n_gold
        self.ok_gold += other.ok_gold

    @property
    def precision(self):
        return self.ok_pred / self.n_pred if self.n_pred else None

    @property
    def recall(self):
        return self.ok_gold / self.n_gold if self.n_gold else None


MEASURES = ("conflict", "agreement", "update", "key_date", "published", "outlet", "published_given", "outlet_given")


@dataclass
class StoryScore:
    story: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {m: Tally() for m in MEASURES})
    errors: list[str] = field(default_factory=list)
    updates_as_conflicts: int = 0


def _item_values(report: dict, sources: dict[str, str]):
    """(document id, start) -> claim value, to read a finding item's value."""
    by_offset = {}
    for c in report.get("claims", []):
        if c.get("start") is not None:
            by_offset[(c["document"], c["start"])] = c.get("value")
    return by_offset


def _items(finding: dict, sources: dict[str, str], by_offset: dict) -> list[tuple[str | None, object, str]]:
    out = []
    for it in finding.get("items", []):
        doc = sources.get(it.get("document"))
        value = by_offset.get((it.get("document"), it.get("start")))
        if value is None:
            value = parse_value(it.get("text"))
        out.append((doc, value, it.get("text", "")))
    return out


def _entries(group: dict) -> list[tuple[str, object]]:
    return [(doc, parse_value(value)) for doc, value in group["entries"]]


def _match(items, group) -> list[int]:
    """Indices of the items that match an entry of the gold group."""
    entries = _entries(group)
    return [i for i, (doc, value, _) in enumerate(items)
            if any(doc == d and same_value(value, v) for d, v in entries)]


def _best(items, groups, accept) -> tuple[dict | None, list[int]]:
    best, best_hits = None, []
    for g in groups:
        hits = _match(items, g)
        if len(hits) * 2 >= len(items) and accept(items, hits, g) and len(hits) > len(best_hits):
            best, best_hits = g, hits
    return best, best_hits


def _why(finding: dict) -> str:
    """The finding's own words: a conflict's or agreement's explanation, an update's basis."""
    return finding.get("explanation") or finding.get("basis") or ""


def _show(items) -> str:
    return "; ".join(f"{doc or '?'}:{text!r}" for doc, _, text in items)


def score_story(gold: dict, report: dict, sources: dict[str, str], meta: dict[str, dict]) -> StoryScore:
    """``meta``: gold doc id -> {"outlet": [names], "published": day or None, "wire": group or None}."""
    result = StoryScore(gold["story"])
    t = result.tallies
    by_offset = _item_values(report, sources)
    # A report whose outlet the gold does not name (Multi-News, ECB plain documents: the set names none) is its own
    # outlet; reprints of one wire text are still one source through their ``wire`` group. Before, every such report
    # had the same empty outlet, so no agreement among them could ever count as independent.
    named = {d: fold_outlet((m.get("outlet") or [None])[0]) for d, m in meta.items()}

    def outlet_of(doc):
        return named.get(doc) or f"report {doc}"

    wire_of = {d: m.get("wire") for d, m in meta.items()}

    def two_values(items, hits, g):
        values = []
        for i in hits:
            if not any(same_value(items[i][1], v) for v in values):
                values.append(items[i][1])
        return len(values) >= 2

    def independent(items, hits, g):
        docs = {items[i][0] for i in hits}
        outlets = {outlet_of(d) for d in docs}
        wires = {fold_outlet(wire_of.get(d)) or outlet_of(d) for d in docs}  # a wire is its outlet's text
        return g.get("independent", True) and len(outlets) >= 2 and len(wires) >= 2

    def judge(findings, groups, accept, tally, on_wrong) -> set[str]:
        """Count each finding right (it matches one gold group) or wrong (``on_wrong``)."""
        found = set()
        for f in findings or []:
            items = _items(f, sources, by_offset)
            tally.n_pred += 1
            g, _ = _best(items, groups, accept)
            if g:
                tally.ok_pred += 1
                found.add(g["id"])
            else:
                on_wrong(f, items)
        return found

    def missed(groups, found, tally, label) -> None:
        tally.n_gold, tally.ok_gold = len(groups), len(found & {g["id"] for g in groups})
        result.errors.extend(f"{label} FN {g['id']} {g['measure']}: {g['entries']}" for g in groups if g["id"] not in found)

    def wrong_conflict(f, items):
        u, _ = _best(items, gold.get("updates", []), two_values)
        if u:
            result.updates_as_conflicts += 1
            result.errors.append(f"conflict FP (an update, gold {u['id']} {u['measure']}): {_show(items)}")
        else:
            result.errors.append(f"conflict FP [{f.get('kind')}] {_why(f)[:160]} :: {_show(items)}")

    def wrong_agreement(f, items):
        dependent, _ = _best(items, gold.get("agreements", []), lambda i, h, g: len({i[k][0] for k in h}) >= 2)
        why = f"not independent (gold {dependent['id']})" if dependent else "no gold agreement"
        result.errors.append(f"agreement FP ({why}) {_why(f)[:140]} :: {_show(items)}")

    def wrong_update(f, items):
        result.errors.append(f"update FP {_why(f)[:140]} :: {_show(items)}")

    conflicts, updates = gold.get("conflicts", []), gold.get("updates", [])
    independent_gold = [g for g in gold.get("agreements", []) if g.get("independent", True)]
    missed(conflicts, judge(report.get("conflicts"), conflicts, two_values, t["conflict"], wrong_conflict),
           t["conflict"], "conflict")
    missed(independent_gold, judge(report.get("agreements"), gold.get("agreements", []), independent,
                                   t["agreement"], wrong_agreement), t["agreement"], "agreement")
    # updates: whatever the report holds under "updates" (records with items, like a finding's)
    missed(updates, judge(report.get("updates"), updates, two_values, t["update"], wrong_update), t["update"], "update")

    # key dates
    gold_days = set(gold.get("key_dates", []))
    acceptable = set(gold.get("key_dates_acceptable", []))
    system_days = {k["date"] for k in report.get("key_dates", [])}
    for day in sorted(system_days - acceptable):
        t["key_date"].n_pred += 1
        if day in gold_days:
            t["key_date"].ok_pred += 1
        else:
            result.errors.append(f"key date FP {day}")
    t["key_date"].n_gold = len(gold_days)
    t["key_date"].ok_gold = len(gold_days & system_days)
    for day in sorted(gold_days - system_days):
        result.errors.append(f"key date FN {day}")

    # publication day and outlet, per report
    given = set(gold.get("given", []))
    seen = {}
    for d in report.get("documents", []):
        doc = sources.get(d["id"])
        if doc:
            seen[doc] = d
    for doc, m in meta.items():
        d = seen.get(doc)
        if m.get("published"):
            key = "published_given" if "published" in given else "published"
            got = (d or {}).get("published", {}).get("date") if d else None
            t[key].n_gold += 1
            t[key].n_pred += 1 if got else 0
            days = m["published"] if isinstance(m["published"], list) else [m["published"]]
            if got in days:
                t[key].ok_gold += 1
                t[key].ok_pred += 1
            elif key == "published":
                result.errors.append(f"published {doc}: got {got} (basis {(d or {}).get('published', {}).get('basis')}), gold {m['published']}")
        if m.get("outlet"):
            key = "outlet_given" if "outlet" in given else "outlet"
            got = (d or {}).get("outlet")
            t[key].n_gold += 1
            t[key].n_pred += 1 if got else 0
            if got and fold_outlet(got) in {fold_outlet(o) for o in m["outlet"]}:
                t[key].ok_gold += 1
                t[key].ok_pred += 1
            elif key == "outlet":
                result.errors.append(f"outlet {doc}: got {got!r}, gold {m['outlet']}")
    return result


ERROR_KINDS = (
    ("conflict FP (an update", "update shown as a conflict"),
    ("conflict FP [date]", "conflict FP: a date conflict that is not one"),
    ("conflict FP", "conflict FP: quantities that are not the same measure, thing, time and scope"),
    ("conflict FN", "conflict FN: a real conflict not reported"),
    ("agreement FP (not indep", "agreement FP: one outlet or one wire text"),
    ("agreement FP", "agreement FP: no such agreement"),
    ("agreement FN", "agreement FN: an independent agreement not reported"),
    ("update FP", "update FP"),
    ("update FN", "update FN: a moving figure not shown as an update"),
    ("key date FP", "key date FP: not a day of the story's events"),
    ("key date FN", "key date FN: a story day missing"),
    ("published", "publication day missing or wrong"),
    ("outlet", "outlet missing or wrong"),
)


def error_kinds(errors: list[str]) -> dict[str, int]:
    """How many errors of each kind (ERROR_KINDS), most common first."""
    counts: dict[str, int] = defaultdict(int)
    for e in errors:
        counts[next((label for prefix, label in ERROR_KINDS if e.startswith(prefix)), "other")] += 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def summarize(scores: list[StoryScore]) -> dict[str, Tally]:
    total = {m: Tally() for m in MEASURES}
    for s in scores:
        for m in MEASURES:
            total[m].add(s.tallies[m])
    return total


def doc_meta(gold: dict) -> dict[str, dict]:
    """Gold doc id -> outlet names, publication day, wire group: the gold's ``documents``,
    completed from the set's metadata where the set gives them (Timeline17)."""
    from evaluation.real_stories.data import t17_report

    out = {}
    for doc, ref in gold["docs"]:
        m = dict(gold.get("documents", {}).get(doc, {}))
        if gold["set"] == "t17":
            r = t17_report(ref)
            m.setdefault("outlet", [r["outlet"]])
            m.setdefault("published", r["published"])
        if isinstance(m.get("outlet"), str):
            m["outlet"] = [m["outlet"]]
        out[doc] = m
    return out


def measure_groups(tallies: dict[str, Tally]) -> dict[str, dict]:
    groups = defaultdict(dict)
    for m, tl in tallies.items():
        groups[m] = {"P": tl.precision, "R": tl.recall, "pred": tl.n_pred, "ok_pred": tl.ok_pred,
                     "gold": tl.n_gold, "found": tl.ok_gold}
    return dict(groups)
