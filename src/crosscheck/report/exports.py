"""Exports of a story: JSON (the contract), Markdown, self-contained HTML, CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

from jinja2 import Environment, PackageLoader, select_autoescape

from ..plural import counted
from ..printable import scrub
from ..readable import plain_number, readable_quantity
from .provenance import CSV_FIELDS as PROVENANCE_FIELDS, ProvenanceView, markdown_section as provenance_section
from .provenance import SOURCES_COUNTED
from .view import (StoryView, is_background_day, map_svg, sentence_anchor, short_label, source_name,  # noqa: F401
                   timeline_bars_svg, timeline_days, timeline_svg, update_svg)
from .view import timeline_day_styles, updates_in_order

CSV_TABLES = ("claims", "quotes", "entities", "timeline", "updates")


# story.json as written (streamed, write_all) and as served (to_json): one form.
_JSON_FORM = {"ensure_ascii": False, "indent": 1, "allow_nan": False}  # strict JSON: never Infinity or NaN

_last_safe: dict[str, Any] | None = None  # the story the last safe_story call returned


def safe_story(story: dict[str, Any]) -> dict[str, Any]:
    """The story as every export shows it (issue 21): control characters of inputs replaced,
    non-finite numbers made null (``printable.scrub``). Done once for the exports of one story."""
    global _last_safe
    if story is _last_safe:
        return story
    safe = scrub(story)
    _last_safe = safe
    return safe


def mark_safe(story: dict[str, Any]) -> dict[str, Any]:
    """Say that ``story`` is already as the exports show it (scrubbed in place by its builder)."""
    global _last_safe
    _last_safe = story
    return story


def to_json(story: dict[str, Any]) -> str:
    return json.dumps(safe_story(story), **_JSON_FORM)


# ------------------------------------------------------------------- HTML


def template_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("crosscheck.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(sentence_anchor=sentence_anchor, timeline_svg=timeline_svg, map_svg=map_svg)
    env.filters["source_name"] = source_name
    env.globals.update(timeline_bars_svg=timeline_bars_svg, view_timeline_days=timeline_days, update_svg=update_svg,
                       view_is_background_day=is_background_day)
    env.globals["sources_counted"] = SOURCES_COUNTED
    env.globals.update(timeline_day_styles=timeline_day_styles, view_updates_in_order=updates_in_order)
    env.filters["pct"] = lambda v: f"{100 * float(v):.0f}%" if v is not None else ""
    env.filters["num"] = _number
    env.filters["counted"] = counted  # "1 conflict", "3 conflicts": never "conflict(s)"
    env.filters["readable"] = lambda n: readable_quantity(n.get("value"), n.get("value_max"), n.get("unit")) \
        if isinstance(n, dict) else ""  # issue 20, seventh session: "15 years", not "5,479 day"
    return env


_ENV: Environment | None = None


def _env() -> Environment:
    global _ENV
    if _ENV is None:
        _ENV = template_environment()
    return _ENV


def to_html(story: dict[str, Any], web: bool = False) -> str:
    """The story page, self-contained (no external asset). ``web`` adds the web app's
    navigation, search box and download links."""
    story = safe_story(story)
    return _env().get_template("story.html.j2").render(story=story, view=StoryView(story), web=web,
                                                      prov=ProvenanceView(story))


def html_chunks(story: dict[str, Any], web: bool = False) -> Iterator[str]:
    """``to_html`` piece by piece, as the template renders it (issue 18: written to a file as it
    comes, never the whole page in memory): ``"".join(html_chunks(story)) == to_html(story)``."""
    story = safe_story(story)
    return _env().get_template("story.html.j2").generate(story=story, view=StoryView(story), web=web,
                                                        prov=ProvenanceView(story))


def provenance_html(story: dict[str, Any]) -> str:
    """The provenance section alone, for the web app's provenance page."""
    story = safe_story(story)
    return _env().get_template("_provenance_page.html.j2").render(story=story, view=StoryView(story),
                                                                  prov=ProvenanceView(story))


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return plain_number(value)  # never "1.8e-05" (issue 20, seventh session)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


# --------------------------------------------------------------- Markdown

# What Markdown would misread inside a line: code, emphasis, links and images, table cells,
# strikethrough, a backslash before punctuation, HTML tags and entities.
_MD_INLINE = re.compile(r"[`*\[\]|]|\\(?=[!-/:-@\[-`{-~])|~~|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What it would misread at the start of a line (text that follows a list marker or a heading mark).
_MD_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)](\s|$)))")


def md_escape(text: str | None) -> str:
    """Article text is data: escape only what Markdown would misread (markup, links, emphasis,
    table bars, a list or heading mark at the start), so it renders as written and still reads
    as plain text: 'U.S. troops (about 3,000) left - officials said.' is left as it is."""
    if not text:
        return ""
    text = " ".join(text.split("\n"))
    text = _MD_ENTITY.sub("&amp;", text).replace("<", "&lt;")
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(0) if m.group(0) != "~~" else "\\~\\~", text)
    return _MD_LINE_START.sub(lambda m: m.group(0) + "\\" if m.group(0)[0].isdigit() else "\\" + m.group(0), text)


def _independence_lines(story: dict[str, Any], cite) -> list[str]:
    """Which reports count as one source and why, and the passages reports share (issue 14)."""
    out = []
    if story.get("source_groups"):
        out += ["Reports counted as one source:", ""]
        out += [f"- {cite(j['documents'])} {md_escape(j['reason'])}" for j in story["source_groups"]]
        out.append("")
    if story.get("shared_passages"):
        out += ["Shared passages (what they say counts once):", ""]
        for p in story["shared_passages"]:
            text = p["text"] if len(p["text"]) <= 200 else p["text"][:200] + "…"
            out.append(f"- {cite([s['document'] for s in p['spans']])} ({p['words']} words): “{md_escape(text)}”")
        out.append("")
    return out


def _figures_line(story: dict[str, Any]) -> str:
    """What the cross-check of figures found, said even when it found nothing, and why nothing (the ninth session's
    reviewer read a report with no Figures section as a report that had not looked: SILENT-EMPTY)."""
    found = (f"{counted(len(story['conflicts']), 'conflict')}, {counted(len(story['agreements']), 'agreement')}, "
             f"{counted(len(story.get('updates') or []), 'update')}")
    line = f"{counted(len(story['claims']), 'number')} read; {found}"
    if story["conflicts"] or story["agreements"] or story.get("updates"):
        return line + "."
    if not story["claims"]:
        return line + ": no numbers to compare."
    if story["independent_sources"] < 2:
        return line + ": one independent source, so nothing to cross-check."
    return line + ": no figure of one thing at one time is given by two independent sources."


def _joined_note(finding: dict[str, Any]) -> str:
    reasons = "; ".join(j["reason"] for j in finding.get("joined_sources") or [])
    if finding.get("independent_support", 2) < 2:
        return f" — not independent: {md_escape(reasons)}"
    return f" ({md_escape(reasons)})" if reasons else ""


def _off_story_lines(story: dict[str, Any], cite: Any) -> list[str]:
    """The reports that look off this story, each with its reason, or why the pile was not checked (issue 20)."""
    check = story.get("off_story")
    if not check:
        return []
    if not check["checked"]:
        return [f"Topic check: {md_escape(check['note'])}.", ""]
    if not check["reports"]:
        return [f"Topic check: every report carries the story's topic terms ({md_escape(', '.join(check['terms']))}).",
                ""]
    n = len(check["reports"])
    out = [f"## {counted(n, 'report')} that {'looks' if n == 1 else 'look'} off this story", "",
           f"Sentences carrying none of the story's topic terms ({md_escape(', '.join(check['terms']))}) lead neither "
           f"the brief nor the key dates; events told only by these reports come last in the timeline. Nothing of "
           f"them is removed.", ""]
    out += [f"- {cite([r['document']]) or md_escape(r['name'])}: {md_escape(r['reason'])}" for r in check["reports"]]
    return out + [""]


def to_markdown(story: dict[str, Any]) -> str:
    story = safe_story(story)
    view = StoryView(story)
    prov = ProvenanceView(story)
    ref = {d["id"]: n for n, d in enumerate(story["documents"], start=1)}

    def cite(ids: list[str]) -> str:
        """'(Red Sea Wire, 2026-03-14; storm.txt)': each report by its short label, once."""
        labels = [md_escape(text) for text in view.cite_text([i for i in ids if i in ref])]
        return f"({'; '.join(labels)})" if labels else ""

    out = [f"# {md_escape(story.get('title') or story['story'])}", ""]
    if story.get("title") and story["title"] != story["story"]:
        # "Story: in" read as a broken sentence (TITLE-BASIS, review s9): the name is the key the store files it under.
        out += [f"Stored as story “{md_escape(story['story'])}”; title: {md_escape(story.get('title_basis') or '')}", ""]
    out.append(f"{counted(len(story['documents']), 'report')}, {counted(story['independent_sources'], 'independent source')} "
               f"after grouping {counted(len(story['copies']), 'copy group')}.")
    out.append(_figures_line(story))
    out.append("")
    out += _independence_lines(story, cite)
    if story["brief"]:
        out += ["## Brief", ""]
        for n, b in enumerate(story["brief"]):
            support = prov.support(f"brief-{n}") if prov else ""  # none for the line naming the conflicts
            out.append(f"- {md_escape(b['text'])} {cite(b['documents'])}" + (f" ({support})" if support else ""))
        out += ["", f"Counts of support are of {SOURCES_COUNTED}.", ""]
    out += _off_story_lines(story, cite)
    if story.get("key_dates"):
        out += ["## Key dates", ""]
        out += [f"- **{md_escape(k['date'])}** {md_escape(' '.join(k['sentences']))} {cite(k['documents'])}"
                for k in story["key_dates"]]
        out.append("")
    elif story["timeline"]:  # said, as the HTML says it, rather than a section left out (SILENT-EMPTY, review s9)
        out += ["## Key dates", "", "No key dates: no day of the timeline is told by two or more independent sources.", ""]
    if story["timeline"]:
        out += ["## Timeline", ""]
        # The story's happenings, then its background (dates before the story: issue 20, eighth session).
        for e in [e for e in story["timeline"] if not e.get("background") and not e.get("off_story")]:
            out.append(f"- **{md_escape(e['date'])}** {md_escape(e['text'])} {cite(e['documents'])} "
                       f"({e['independent_sources']} independent)")
        background = [e for e in story["timeline"] if e.get("background") and not e.get("off_story")]
        if background:
            out += ["", "### Background: dates before the story", ""]
            out += [f"- **{md_escape(e['date'])}** {md_escape(e['text'])} {cite(e['documents'])} "
                    f"({e['independent_sources']} independent)" for e in background]
        off = [e for e in story["timeline"] if e.get("off_story")]
        if off:
            out += ["", "### Told only by reports that look off this story", ""]
            out += [f"- **{md_escape(e['date'])}** {md_escape(e['text'])} {cite(e['documents'])}" for e in off]
        out.append("")
    if story.get("updates"):
        out += _markdown_updates(story, cite)
    if story["conflicts"]:
        out += ["## Conflicts", ""]
        for n, f in enumerate(story["conflicts"]):
            out.append(f"- **{md_escape(f['kind'])}**: {md_escape(f['explanation'])} {cite(f['documents'])}"
                       + (f" ({md_escape(prov.finding('conflict', n))})" if prov else ""))
        out.append("")
    if story.get("differences"):
        out += ["## Differs, not comparable", ""]
        for f in story["differences"]:
            out.append(f"- {md_escape(f['explanation'])} {cite(f['documents'])}")
        out.append("")
    if story["agreements"]:
        out += ["## Agreements", ""]
        for n, f in enumerate(story["agreements"]):
            out.append(f"- **{md_escape(f['kind'])}**: {md_escape(f['explanation'])} {cite(f['documents'])}"
                       + _joined_note(f) + (f" ({md_escape(prov.finding('agreement', n))})" if prov else ""))
        out.append("")
    if story["entities"]:
        out += ["## Who and what", "", "| name | type | aliases | mentions | independent sources |", "|---|---|---|---|---|"]
        for e in sorted(story["entities"], key=lambda e: -len(e["mentions"]))[:100]:
            out.append(f"| {md_escape(e['name'])} | {e['type']} | {md_escape(', '.join(e['aliases']))} | "
                       f"{len(e['mentions'])} | {e.get('independent_sources', '')} |")
        out.append("")
    if story["quotes"]:
        out += ["## Who said what", ""]
        for speaker, quotes in view.quotes_by_speaker():
            out.append(f"### {md_escape(speaker)}")
            for q in quotes:
                shared = f" (in a shared passage: {md_escape(q['shared_passage']['reason'])})" if q.get("shared_passage") else ""
                out.append(f"- “{md_escape(q['text'])}” {cite(q.get('documents') or [q['document']])}{shared}"
                           + (f" ({md_escape(prov.support(q['id']))}; chain: {md_escape(prov.chain(q['id']))})"
                              if prov.of(q.get("id", "")) else ""))
            out.append("")
    if story["claims"]:
        out += ["## Numbers", "", "| quantity | normalised | subject | report | source (chain) |", "|---|---|---|---|---|"]
        for c in story["claims"]:
            n = c["normalized"]
            norm = readable_quantity(n["value"], n["value_max"], n["unit"])  # "15 years", "33 cm": not "5,479 day"
            shared = " (in a shared passage: not independent)" if c.get("shared_passage") else ""
            out.append(f"| {md_escape(c['text'])} | {md_escape(norm.strip())} | {md_escape(c['subject'])} | "
                       f"{cite([c['document']])}{shared} | {md_escape(prov.chain(c['id']))} |")
        out.append("")
    out += provenance_section(story, md_escape, cite)
    if story["copies"]:
        out += ["## Copies", ""]
        for g in story["copies"]:
            copies = [d for d in g["documents"] if d != g["original"]]
            out.append(f"- original {cite([g['original']])}; copies {cite(copies)} (similarity ≥ {g['similarity']:.2f})")
        out.append("")
    out += ["## Reports", ""]
    off_ids = {r["document"] for r in (story.get("off_story") or {}).get("reports", [])}
    for d in story["documents"]:
        outlet = f" — {md_escape(d['outlet'])}" if d["outlet"] else ""
        out.append(f"{ref[d['id']]}. {md_escape(d['title'] or view.source_name(d['id']))}{outlet} "
                   f"({md_escape(view.published(d['id']))}), {md_escape(view.source_name(d['id']))}"
                   + (" (looks off this story)" if d["id"] in off_ids else ""))
    if story["skipped"]:
        out += ["", "## Skipped inputs", ""]
        out += [f"- {md_escape(source_name(s['source']))}: {md_escape(s['reason'])}"
                f"{' (ignored)' if s.get('ignored') else ''}" for s in story["skipped"]]
    return "\n".join(out) + "\n"


# -------------------------------------------------------------------- CSV

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(story: dict[str, Any], table: str) -> str:
    story = safe_story(story)
    rows: list[dict[str, Any]]
    if table == "claims":
        rows = [{"id": c["id"], "document": c["document"], "text": c["text"], "value": c["value"],
                 "value_max": c["value_max"], "unit": c["unit"], "normalized_value": c["normalized"]["value"],
                 "normalized_value_max": c["normalized"]["value_max"], "normalized_unit": c["normalized"]["unit"],
                 "bound": c.get("bound"), "subject": c["subject"], "sentence": c["sentence"]} for c in story["claims"]]
    elif table == "quotes":
        rows = [{"id": q.get("id"), "speaker": q["speaker"], "speaker_entity": q["speaker_entity"], "kind": q.get("kind"),
                 "text": q["text"], "document": q["document"], "documents": " ".join(q.get("documents") or []),
                 "independent_sources": q.get("independent_sources")} for q in story["quotes"]]
    elif table == "entities":
        rows = [{"id": e["id"], "name": e["name"], "type": e["type"], "aliases": "; ".join(e["aliases"]),
                 "mentions": len(e["mentions"]), "independent_sources": e.get("independent_sources"),
                 "latitude": (e.get("place") or {}).get("latitude"), "longitude": (e.get("place") or {}).get("longitude")}
                for e in story["entities"]]
    elif table == "updates":
        rows = [{"update": u["id"], "quantity": u["quantity"], "unit": u.get("unit"), "published": p.get("published"),
                 "value": p.get("value"), "value_max": p.get("value_max"), "bound": p.get("bound"), "text": p.get("text"),
                 "document": p["document"], "sentence": p.get("sentence")}
                for u in story.get("updates", []) for p in u["points"]]
    elif table == "timeline":
        rows = [{"date": e["date"], "text": e["text"], "documents": " ".join(e["documents"]),
                 "independent_sources": e["independent_sources"]} for e in story["timeline"]]
    else:
        raise ValueError(f"no CSV table {table!r}; choose from {', '.join(CSV_TABLES)}")
    if table in _PROVENANCE_ITEMS:
        # Each item's primary source, its chain as the (first) report writes it, support at three levels.
        prov = ProvenanceView(story)
        for row, item in zip(rows, story[_PROVENANCE_ITEMS[table]]):
            row.update(prov.csv_row(item["id"], item.get("document")))
    buffer = io.StringIO()
    fields = list(rows[0]) if rows else _CSV_HEADERS[table]
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return buffer.getvalue()


_PROVENANCE_ITEMS = {"claims": "claims", "quotes": "quotes", "timeline": "timeline"}

_CSV_HEADERS = {
    "claims": ["id", "document", "text", "value", "value_max", "unit", "normalized_value", "normalized_value_max",
               "normalized_unit", "bound", "subject", "sentence"],
    "quotes": ["id", "speaker", "speaker_entity", "kind", "text", "document", "documents", "independent_sources"],
    "entities": ["id", "name", "type", "aliases", "mentions", "independent_sources", "latitude", "longitude"],
    "timeline": ["date", "text", "documents", "independent_sources"],
    "updates": ["update", "quantity", "unit", "published", "value", "value_max", "bound", "text", "document", "sentence"],
}
for _table in _PROVENANCE_ITEMS:
    _CSV_HEADERS[_table] = _CSV_HEADERS[_table] + PROVENANCE_FIELDS


def _markdown_updates(story: dict[str, Any], cite: Callable[[list[str]], str]) -> list[str]:
    """Figures that moved over the story's days, one table each (issue 20)."""
    out = ["## Updates: figures that changed over time", ""]
    for u in updates_in_order(story):
        out += [f"**{md_escape(u['quantity'])}**{' (' + md_escape(u['unit']) + ')' if u.get('unit') else ''}: "
                f"{md_escape(u['basis'])}", "", "| day | value | as written | report |", "|---|---|---|---|"]
        for p in u["points"]:
            value = _number(p.get("value")) + (f"–{_number(p['value_max'])}" if p.get("value_max") is not None else "")
            out.append(f"| {md_escape(p.get('published') or '')} | {md_escape(value)} | {md_escape(p.get('text'))} | "
                       f"{cite([p['document']])} |")
        out.append("")
    return out


def write_all(story: dict[str, Any], out_dir: str | Path, with_json: bool = True) -> list[Path]:
    """Write story.json, story.md, story.html and one CSV per table; returns the paths.

    One file at a time, the JSON streamed to disk: a large story's report is several
    times its records in text (60 MB of JSON for 2,000 reports), and holding every
    format at once would add them all to the peak memory of a run. ``with_json`` False:
    all but story.json (``report.write_report`` streams it from the store).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    story = safe_story(story)
    writers: list[tuple[str, Callable[[TextIO], Any]]] = [
        ("story.json", lambda f: json.dump(story, f, **_JSON_FORM))] if with_json else []
    writers += [
        ("story.md", lambda f: f.write(to_markdown(story))),
        ("story.html", lambda f: f.writelines(html_chunks(story))),
    ]
    writers += [(f"{table}.csv", lambda f, table=table: f.write(to_csv(story, table))) for table in CSV_TABLES]
    written = []
    for name, write in writers:
        _atomic_write(out / name, write)
        written.append(out / name)
    return written


def _atomic_write(path: Path, write: Callable[[TextIO], Any]) -> None:
    """Write beside, then rename: a killed run never leaves half a report."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            write(handle)
        tmp.replace(path)
    except BaseException:  # a full disk, a signal: no .tmp is left behind (issue 21)
        tmp.unlink(missing_ok=True)
        raise
