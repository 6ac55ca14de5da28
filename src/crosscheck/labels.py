"""How a report is named to people: a short label, never a machine path (issue 17).

Used by the report layer (citations in story.md, story.html, the web app, the API's tables),
by the digests of ``changes`` and by the reconcile step's explanations.
"""

from __future__ import annotations


from .records import source_name  # noqa: F401  (defined with the records, so that stages name reports alike)


def short_label(source: str, outlet: str | None = None, published: str | None = None) -> str:
    """How a report is cited: 'Red Sea Wire, 2026-03-14'; without an outlet, the file name
    (or the URL's site) and the day: 'storm.txt, 2026-03-14'."""
    name = outlet
    if not name:
        if "://" in source:
            name = source.split("://", 1)[1].split("/", 1)[0]
        else:
            name = source_name(source)
    day = (published or "")[:10]
    return f"{name}, {day}" if day else name
