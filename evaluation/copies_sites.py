"""Issue 14, twelfth session: pages of one site that are different articles must not come out as copies.

Two public sets of raw pages (``../shared/data/article_extraction``: 181 pages, ``../shared/data/htmldate_eval``: 1,000
pages) hold, for some sites, two or more pages of different articles (each page is its own URL and its own article).
Each page is read as the product reads it (``html_to_raw``, then ``clean``), its outlet set to its site, and all pages
go through ``find_copies`` together, as one store would hold them. Every pair of one site put in one copy group is a
false copy (a site's navigation, footer, widgets or teasers made two articles one source); pairs of two sites found
copies are listed for reading (they can be real syndication).

    python -m evaluation.copies_sites            # counts, and each pair found
    python -m evaluation.copies_sites --raw      # texts before ``clean``
    python -m evaluation.copies_sites --visible  # each page's whole visible text (menus, footers): a stress test
    ... --cache FILE                             # keep the pages as read in FILE, read them from it next time
"""

from __future__ import annotations

import gzip
import json
import pickle
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
def documents(raw: bool = False, visible: bool = False) -> tuple:
    """The pages as Documents (outlet: the site), the pages the product skips left out; ``visible``: each page's
    whole visible text instead of the article the product extracts (navigation, footers and widgets kept)."""
    from dataclasses import replace

    from crosscheck.clean import clean_without_sentences
    from crosscheck.ingest.common import InputError, Limits
    from crosscheck.ingest.html import html_to_raw
    from crosscheck.records import Document

    docs = []
    for key, url, path in page_list():
        markup = _markup(path)
        try:
            page = html_to_raw(markup, path.name, Limits())
        except InputError:
            continue
        if raw or visible:
            from crosscheck.ingest.dates import _visible_text, parse

            tree = parse(markup) if visible else None
            text = _visible_text(tree) if tree is not None else page.text
            docs.append(Document(id=key, source=path.name, content_hash=key, format="html", original=text, text=text,
                                 outlet=site_of(url), url=url))
            continue
        docs.append(replace(clean_without_sentences(page), id=key, outlet=site_of(url), url=url))
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


def pairs_with_history(docs, settings=None) -> tuple[int, list[tuple[str, str]]]:
    """Sites of three pages or more, each pair of pages run alone with the site's other pages as other stories (a
    store's history, ``find_copies_and_passages(history=...)``): (pairs run, pairs called copies)."""
    from crosscheck.copies import find_copies_and_passages

    by_site: dict[str, list] = {}
    for d in docs:
        by_site.setdefault(d.outlet, []).append(d)
    run, found = 0, []
    for pages in by_site.values():
        for i, a in enumerate(pages):
            for b in pages[i + 1:]:
                history = [(d.id, d) for d in pages if d.id not in (a.id, b.id)]
                if not history:
                    continue
                run += 1
                if find_copies_and_passages([a, b], settings, history=history)[0]:
                    found.append((a.id, b.id))
    return run, found


def main(argv: list[str]) -> None:
    from dataclasses import replace

    from crosscheck.copies import CopySettings

    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    if cache is not None and cache.is_file():  # the pages as read before (reading 1,177 pages takes minutes)
        docs = pickle.loads(cache.read_bytes())
    else:
        docs = documents("--raw" in argv, "--visible" in argv)
        if cache is not None:
            cache.write_bytes(pickle.dumps(docs))
    sites = Counter(d.outlet for d in docs)
    same_site_pairs = sum(n * (n - 1) // 2 for n in sites.values())
    print(f"{len(docs)} pages, {sum(1 for n in sites.values() if n > 1)} sites with two pages or more, "
          f"{same_site_pairs} same-site pairs")
    by_id = {d.id: d for d in docs}
    # "main's rules": the twelfth session's opening rule off; with no history the learned template adds nothing.
    for name, settings in (("main's rules", replace(CopySettings(), opening_shared=0, template_stories=0)),
                           ("now", CopySettings())):
        same, apart = pairs_found(docs, settings)
        print(f"{name}: same-site pairs called copies: {len(same)}; two-site pairs called copies: {len(apart)}")
        for a, b in same + apart:
            print(f"  {'same' if (a, b) in same else 'apart'} {a} {by_id[a].url} | {b} {by_id[b].url}")
        run, found = pairs_with_history(docs, settings)
        print(f"{name}: pairs of sites with 3+ pages, each run with the site's other pages as history: "
              f"{len(found)} of {run} called copies")
        for a, b in found:
            print(f"  {a} {by_id[a].url} | {b} {by_id[b].url}")


if __name__ == "__main__":
    main(sys.argv[1:])
