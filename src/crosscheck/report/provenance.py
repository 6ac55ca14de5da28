"""Provenance in the report: each item's chain and its support at three levels, read from story.json.

The provenance stage stores one record per item (claim, quote, event, agreement, conflict,
brief sentence) and the story's primary sources; this module only turns them into words
for Markdown, CSV, HTML and the web app.
"""

from __future__ import annotations

from typing import Any

CSV_FIELDS = ["primary_source", "chain", "reports", "outlets", "primary_sources"]


class ProvenanceView:
    """Lookups over a story dictionary's ``provenance`` and ``primary_sources``."""

    def __init__(self, story: dict[str, Any]):
        self.records = {p["item"]: p for p in story.get("provenance") or []}
        self.sources = {s["id"]: s for s in story.get("primary_sources") or []}
        self.by_id = {p["id"]: p for p in story.get("provenance") or []}
        # What a count of support counts depends on the reports behind it: outlets only where each names one.
        self.outlet_of = {d["id"]: d.get("outlet") for d in story.get("documents") or []}
        self.documents_of = item_documents(story)

    def __bool__(self) -> bool:
        return bool(self.records)

    def of(self, item: str) -> dict[str, Any] | None:
        return self.records.get(item)

    def support(self, item: str) -> str:
        """"confirmed by 6 outlets (7 reports), from 1 primary source" (empty when the stage has not run);
        "independent sources" rather than "outlets" where a report behind the item names no outlet."""
        p = self.of(item)
        return support_phrase(p, self.unnamed(item)) if p and p["chains"] else ""

    def unnamed(self, item: str) -> int:
        """How many reports behind an item name no outlet (plain files): the count is then of
        independent sources (``Sources``), not of outlets."""
        p = self.of(item)
        docs = self.documents_of.get(item) or ([c["document"] for c in p["chains"]] if p else [])
        return sum(1 for d in dict.fromkeys(docs) if not self.outlet_of.get(d))

    def primary_names(self, item: str) -> list[str]:
        p = self.of(item)
        if not p:
            return []
        names = [self.sources[s]["name"] for s in p["primary_sources"] if s in self.sources]
        if any(c["primary"] == "unattributed" for c in p["chains"]):
            names.append("unattributed")
        return names

    def chain(self, item: str, document: str | None = None) -> str:
        """The chain of an item in one report (the first when ``document`` is None), in words."""
        p = self.of(item)
        if not p or not p["chains"]:
            return ""
        chain = next((c for c in p["chains"] if document is None or c["document"] == document), p["chains"][0])
        return chain_text(chain)

    def csv_row(self, item: str, document: str | None = None) -> dict[str, Any]:
        p = self.of(item)
        if not p:
            return {k: None for k in CSV_FIELDS}
        return {"primary_source": "; ".join(self.primary_names(item)), "chain": self.chain(item, document),
                "reports": p["reports"], "outlets": p["outlets"], "primary_sources": p["primary_count"]}

    def finding(self, kind: str, n: int) -> str:
        """An agreement's or a conflict's support and basis: "3 outlets, 1 primary source: one source's update"."""
        p = self.of(f"{kind}-{n}")
        if not p:
            return ""
        return support_phrase(p, self.unnamed(f"{kind}-{n}")) + (f": {p['basis']}" if p.get("basis") else "")

    def items_of(self, source_id: str) -> list[dict[str, Any]]:
        s = self.sources.get(source_id)
        return [self.by_id[i] for i in (s["items"] if s else []) if i in self.by_id]


def support_phrase(p: dict[str, Any], unnamed: int = 0) -> str:
    """The three levels in words. ``p["outlets"]`` is ``Sources.count`` of the item's reports (one outlet's
    reports, copies and an agency's text count once): called outlets only when every report names its
    outlet, else independent sources, with the reports that name none said (issue 20v)."""
    outlets, primary, reports = p["outlets"], p["primary_count"], p["reports"]
    # When no report names its outlet, "1 report, 1 naming no outlet" says the same thing twice (new-user run, tenth
    # session): the reports are said once, with what they lack.
    if unnamed and unnamed >= reports:
        without = " naming no outlet"
    else:
        without = f", {unnamed} naming no outlet" if unnamed else ""
    counted = f"{reports} report{'s' if reports != 1 else ''}{without}"
    origin = f"from {primary} primary source{'s' if primary != 1 else ''}"
    # One source confirms nothing: "confirmed by 1 outlet" read as corroboration to the ninth session's reviewer
    # (CONFIRM-1, 22 of 24 brief lines), so one source is said as what it is.
    if outlets == 1:
        return f"only one {'outlet' if not unnamed else 'source'} ({counted}), {origin}"
    verb = "confirmed by" if p["kind"] in ("agreement", "quote", "event", "brief") else "in"
    noun = (f"outlet{'s' if outlets != 1 else ''}" if not unnamed
            else f"independent source{'s' if outlets != 1 else ''}")
    return f"{verb} {outlets} {noun} ({counted}), {origin}"


# What "independent sources" counts, said once where the counts are shown.
SOURCES_COUNTED = ("independent sources: the reports that carry it, with one outlet's reports, copies of one text "
                   "and an agency's text on other outlets' pages counted once; a report that names no outlet counts "
                   "as its own source")


def item_documents(story: dict[str, Any]) -> dict[str, list[str]]:
    """The reports behind each item that provenance counts, by the item's provenance id."""
    out: dict[str, list[str]] = {f"brief-{n}": b["documents"] for n, b in enumerate(story.get("brief") or [])}
    for kind, section in (("agreement", "agreements"), ("conflict", "conflicts")):
        out.update((f"{kind}-{n}", f.get("documents") or [it["document"] for it in f.get("items") or []])
                   for n, f in enumerate(story.get(section) or []))
    out.update((q["id"], q.get("documents") or [q["document"]])
               for q in (story.get("quotes") or []) + (story.get("attributions") or []) if q.get("id"))
    out.update((e["id"], e["documents"]) for e in story.get("timeline") or [] if e.get("id"))
    out.update((c["id"], [c["document"]]) for c in story.get("claims") or [] if c.get("id"))
    return out


def chain_text(chain: dict[str, Any]) -> str:
    """"Reuters (dateline) → the health ministry (according to)", or "unattributed"."""
    steps = [f"{link['source']} ({link['cue']})" for link in chain["links"]]
    if chain["primary"] == "unattributed":
        steps.append("unattributed")
    elif chain.get("primary_name") and chain["links"] and chain["primary_name"] != chain["links"][-1]["source"]:
        steps[-1] += f" = {chain['primary_name']}"
    return " → ".join(steps)


def markdown_section(story: dict[str, Any], md_escape, cite) -> list[str]:
    """The Markdown "Provenance" section: each primary source, what it originates, who relays it."""
    view = ProvenanceView(story)
    sources = story.get("primary_sources") or []
    if not sources:
        return []
    out = ["## Provenance", "", "| primary source | kind | items it originates | reports | relayed by |",
           "|---|---|---|---|---|"]
    for s in sources:
        kinds: dict[str, int] = {}
        for p in view.items_of(s["id"]):
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
        what = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(kinds.items()))
        out.append(f"| {md_escape(s['name'])} | {s['kind']} | {what} | {cite(s['documents'])} | "
                   f"{md_escape(', '.join(s['relays']))} |")
    out.append("")
    return out
