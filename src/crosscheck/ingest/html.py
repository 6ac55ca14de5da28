"""HTML pages: the article's text through trafilatura; its date and outlet from the page's own evidence.

- text: trafilatura's main-text extraction, tuned for precision (navigation, comments, teasers and
  related links left out), tables kept; ``clean`` then drops what is left of boilerplate line by line;
- date: :func:`.dates.page_date` (structured metadata, the byline date, the URL, then the content;
  never an archive capture's date), with its basis and bounds;
- outlet: :func:`.outlets.page_outlet` (metadata, then an agency tag or byline, then the address),
  and the agency behind a syndicated text.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..records import PublishedDate, RawDocument, Skipped
from .common import InputError, Limits, content_hash, read_text_file, repair_note, time_limit
from .dates import page_date, parse, strip_archive
from ..outlets import page_outlet

FAVOR_PRECISION = True
_TAG = re.compile(rb"<\s*([a-zA-Z][a-zA-Z0-9]*)")
_SCRIPT_OR_STYLE = re.compile(rb"<(script|style)\b[^>]*>", re.I)


def read_html(path: Path, shown: str, limits: Limits) -> RawDocument | list[RawDocument | Skipped]:
    """The page's report; with a note after it when stray bytes were replaced (issue 21)."""
    markup, encoding = read_text_file(path, limits)
    raw = html_to_raw(markup, shown, limits)
    note = repair_note(shown, encoding)
    return [raw, note] if note else raw


def html_to_raw(markup: str, source: str, limits: Limits, url: str | None = None,
                fetched: str | None = None) -> RawDocument:
    import trafilatura

    _check_depth(markup, limits)
    page = strip_archive(markup)
    try:
        with time_limit(limits.seconds_per_document, "HTML extraction"):
            extracted = trafilatura.bare_extraction(
                page, url=url, with_metadata=True, include_comments=False, include_tables=True,
                include_images=False, deduplicate=False, favor_precision=FAVOR_PRECISION,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
            found = len((getattr(extracted, "text", None) or "").split()) if extracted is not None else 0
            if found < FRAGMENT_WORDS:
                # Precision mode found nothing (a forum post, a page with one short article block), or a
                # fragment ("Skip to content", "May 19, 2020", a notice that the browser is out of date):
                # trafilatura's default pass, rather than losing the article -- a fragment gives way only
                # to a text five times as long and of 150 words at least (issue 15, seventh session).
                default = trafilatura.bare_extraction(
                    page, url=url, with_metadata=True, include_comments=False, include_tables=True,
                    include_images=False, deduplicate=False, favor_precision=False,
                    date_extraction_params={"extensive_search": False, "original_date": True},
                )
                words = len((getattr(default, "text", None) or "").split()) if default is not None else 0
                if not found or words >= max(150, 5 * found):
                    extracted = default or extracted
            if extracted is None:
                raise InputError("broken or empty HTML: no main text found")
            meta = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
            text = (meta.get("text") or "").strip()
            if RECOVER_PARAGRAPHS and text:
                text = _recover_paragraphs(text, page, url)
            if not text:
                raise InputError("HTML page has no main text")
            tree = parse(page)
            page_url = url or meta.get("url")
            when = page_date(page, page_url, tree=tree)
            outlet, agency = page_outlet(tree, page_url, text, meta.get("title"), meta.get("author"))
    except (ValueError, TypeError, RecursionError) as error:  # lxml on pathological markup
        raise InputError(f"broken HTML: {type(error).__name__}") from None
    if when.date is None and fetched and (when.latest is None or fetched[:10] < when.latest):
        when.latest = fetched[:10]
    return RawDocument(
        source=source,
        text=text,
        content_hash=content_hash(markup),
        format="html",
        title=meta.get("title") or None,
        outlet=outlet,
        url=meta.get("url") or url,
        author=meta.get("author") or None,
        published=when.date,
        html=markup,
        fetched=fetched,
        agency=agency,
        published_evidence=PublishedDate(when.date, when.earliest, when.latest, when.basis)
        if (when.date or when.earliest or when.latest) else None,
    )


def _recover_paragraphs(text: str, page: str, url: str | None) -> str:
    """Paragraphs of the article that precision mode dropped: prose (RECOVER_MIN_WORDS words or more,
    ending like a sentence) and subheads that trafilatura's default extraction finds between two
    paragraphs the precision pass kept. A teaser or a related link outside the article's span stays out."""
    import trafilatura

    fuller = trafilatura.extract(page, url=url, include_comments=False, include_tables=True,
                                 deduplicate=False) or ""
    kept = [p for p in text.split("\n") if p.strip()]
    keys = {_para_key(p) for p in kept}
    lines = [p for p in fuller.split("\n") if p.strip()]
    # A paragraph of the precision text is taken as many times as that text has it: a page that holds the
    # article twice (the default pass reads both copies) gives it once, and the span ends in the first copy.
    left = Counter(_para_key(p) for p in kept)
    take = []
    for p in lines:
        key = _para_key(p)
        take.append(left[key] > 0)
        left[key] -= 1
    inside = [i for i, t in enumerate(take) if t]
    if len(inside) < 2:
        return text
    for i, p in enumerate(lines):
        if not take[i] and _para_key(p) not in keys and inside[0] < i < inside[-1] and _is_prose(p):
            take[i] = True
    for i, p in enumerate(lines):  # a subhead: a short line right before a paragraph of the article
        if not take[i] and inside[0] < i < inside[-1] and take[i + 1] and _is_subhead(p):
            take[i] = True
    out = [p for i, p in enumerate(lines) if take[i]]
    added = len(out) - sum(_para_key(p) in keys for p in out)
    if not added:
        return text
    seen = {_para_key(p) for p in out}
    return "\n".join(out + [p for p in kept if _para_key(p) not in seen])


def _is_prose(p: str) -> bool:
    """A sentence or more (RECOVER_MIN_WORDS words or more, ending like a sentence), not in capitals."""
    p = p.strip()
    return len(p.split()) >= RECOVER_MIN_WORDS and bool(re.search(r"[.!?\"”’)]$", p)) and p.upper() != p


def _is_subhead(p: str) -> bool:
    """"Meal Prep Menu for Eating Plan A", "5 Tips to Enjoy Game Day Parties:": under eight words and
    not a sentence, or a lead-in ending with a colon; never a web address or a line in capitals
    (precision mode drops those as teasers: "SEAN SPICER ELIMINATED FROM ...")."""
    p = p.strip()
    words = len(p.split())
    if not p or re.search(r"https?://|www\.|\.(?:png|jpe?g|gif)\b", p) or p.upper() == p:
        return False
    return words < RECOVER_SUBHEAD_WORDS and not re.search(r"[.!?\"”’]$", p) or words < 25 and p.endswith(":")


def _para_key(p: str) -> str:
    return re.sub(r"\W+", " ", p.casefold()).strip()


RECOVER_PARAGRAPHS = True
FRAGMENT_WORDS = 30  # a precision-mode text shorter than this is checked against the default pass
RECOVER_MIN_WORDS = 25
RECOVER_SUBHEAD_WORDS = 8


def _without_scripts(data: bytes) -> bytes:
    """The markup without the text of its scripts and style sheets, in one pass (a script left open runs to the
    end, as a parser reads it)."""
    out, pos = [], 0
    for m in _SCRIPT_OR_STYLE.finditer(data):
        if m.start() < pos:
            continue
        out.append(data[pos:m.start()])
        end = re.compile(rb"</" + m.group(1) + rb"\s*>", re.I).search(data, m.end())
        pos = end.end() if end else len(data)
    out.append(data[pos:])
    return b"".join(out)


def _check_depth(markup: str, limits: Limits) -> None:
    """Refuse markup nested deeper than any real page, before lxml recurses into it.

    Counts open tags minus close tags over the page; void elements (br, img...)
    make this an over-estimate, so the limit is generous.
    """
    data = markup.encode("utf-8", errors="ignore")
    opens = len(_TAG.findall(data))
    if opens < limits.max_html_depth:
        return
    # A script's or style sheet's text is no markup: a script that writes HTML ("<a href=...>...<\/a>", its
    # close tags escaped) opened hundreds of tags it never closed, and a newspaper page was refused (issue 15).
    data = _without_scripts(data)
    depth = peak = 0
    for match in re.finditer(rb"<(/?)\s*(?:[a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>", data):
        if match.group(1):
            depth -= 1
        elif not match.group(2):
            depth += 1
            if depth > peak:
                peak = depth
    void_allowance = data.count(b"<br") + data.count(b"<img") + data.count(b"<meta") + data.count(b"<link") \
        + data.count(b"<input") + data.count(b"<hr") + data.count(b"<p")
    if peak - void_allowance > limits.max_html_depth:
        raise InputError(f"HTML nested deeper than {limits.max_html_depth} levels ({peak}): refused")
