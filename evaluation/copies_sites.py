"""Issue 14, twelfth session: pages of one site that are different articles must not come out as copies.

Two public sets of raw pages (``../shared/data/article_extraction``: 181 pages, ``../shared/data/htmldate_eval``: 1,000
pages) hold, for some sites, two or more pages of different articles (each page is its own URL and its own article).
Each page is read as the product reads it (``html_to_raw``, then ``clean``), its outlet set to its site, and all pages
go through ``find_copies`` together, as one store would hold them. Every pair of one site put in one copy group is a
false copy (a site's navigation, footer, widgets or teasers made two articles one source); pairs of two sites found
copies are listed for reading (they can be real syndication).

    python -m evaluation.copies_sites            # counts, and each pair found
    python -m evaluation.copies_sites --raw      # texts before ``clean``
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from evaluation.common import SHARED_DATA


def site_of(url: str) -> str:
    """The site of a page's address (an archived page: the archived address's site), without "www."."""
    if "web.archive.org" in url:
        inner = url.split("/http", 1)
        url = "http" + inner[1] if len(inner) > 1 else url
    host = urlparse(url).netloc.lower().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def page_list() -> list[tuple[str, str, Path]]:
    """(key, url, path) of every page of both sets."""
    out = []
    extraction = SHARED_DATA / "article_extraction"
    truth = json.loads((extraction / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, entry in sorted(truth.items()):
        out.append((f"ae:{page_id}", entry["url"], extraction / "html" / f"{page_id}.html.gz"))
    from evaluation.htmldate_eval import pages

    out.extend((f"hd:{path.name}", url, path) for url, _, path in pages("all"))
    return out


def _markup(path: Path) -> str:
    from crosscheck.ingest.common import InputError, decode

    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    try:
        return decode(data)[0]
    except InputError:
        return data.decode("utf-8", errors="replace")


@lru_cache(maxsize=None)
def documents(raw: bool = False) -> tuple:
    """The pages as Documents (outlet: the site), the pages the product skips left out."""
    from dataclasses import replace

    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest.common import InputError, Limits
    from crosscheck.ingest.html import html_to_raw

    docs = []
    for key, url, path in page_list():
        try:
            page = html_to_raw(_markup(path), path.name, Limits())
        except InputError:
            continue
        doc = clean_without_sentences(page)
        if raw:
            doc = replace(doc, text=page.text)
        docs.append(replace(doc, id=key, outlet=site_of(url), url=url))
    return tuple(docs)


def pairs_found(docs, settings=None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(same-site pairs, two-site pairs) put in one copy group by ``find_copies`` over all pages at once."""
    from crosscheck.copies import find_copies

    site = {d.id: d.outlet for d in docs}
    same, apart = [], []
    for group in find_copies(list(docs), settings):
        members = sorted(group.documents)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                (same if site[a] == site[b] else apart).append((a, b))
    return same, apart


def main(argv: list[str]) -> None:
    docs = documents("--raw" in argv)
    sites = Counter(d.outlet for d in docs)
    same_site_pairs = sum(n * (n - 1) // 2 for n in sites.values())
    same, apart = pairs_found(docs)
    print(f"{len(docs)} pages, {sum(1 for n in sites.values() if n > 1)} sites with two pages or more, "
          f"{same_site_pairs} same-site pairs")
    print(f"same-site pairs called copies: {len(same)}; two-site pairs called copies: {len(apart)}")
    by_id = {d.id: d for d in docs}
    for a, b in same + apart:
        print(f"  {'same' if (a, b) in same else 'apart'} {a} {by_id[a].url} | {b} {by_id[b].url}")


if __name__ == "__main__":
    main(sys.argv[1:])
