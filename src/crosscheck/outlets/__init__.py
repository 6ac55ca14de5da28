"""Who published a report: a clean outlet name, and the news agency behind a syndicated text (shared by ingest and clean).

In order of trust: the page's metadata (``og:site_name``, the JSON-LD publisher of the article,
Dublin Core publisher), then the agency tag of the text (``(AP)``, ``LONDON (Reuters) -``) or an
agency byline, then the web address (a title segment that spells the domain, "Nytimes.com - ...",
or a known outlet's domain, else the domain itself). A headline is never an outlet: a name of more
than eight words, or one that ends like a sentence, is refused.

A syndicated page keeps both: ``outlet`` is who published the page ("Yahoo News"), ``agency`` the
agency that wrote the text ("Associated Press").

The subpackage by concern: ``address`` (the page's host and the known outlets), ``agencies`` (the wire
agencies and a text's agency tag), ``names`` (comparing and cleaning names, does a name spell the
address), ``metadata`` (the names the page's metadata gives), ``masthead`` (its copyright line, logo
and home link, its title), ``page`` (the page's outlet from all of these), ``signature`` (the outlet a plain text signs itself with:
its dateline's tag, its share link, its closing credit, its reporter's address).
"""

from __future__ import annotations

from .address import KNOWN, known_outlet, linked_host, registered_host
from .agencies import AGENCIES, agency_of
from .masthead import footer_outlet, logo_outlet, masthead_outlet, masthead_spelled, title_outlet
from .metadata import metadata_names, metadata_outlet
from .names import _domain_segment, clean_name, same_outlet
from .page import host_outlet, page_outlet, site_domain
from .signature import text_outlet

__all__ = [
    "AGENCIES", "KNOWN", "agency_of", "clean_name", "footer_outlet", "host_outlet", "known_outlet", "linked_host",
    "logo_outlet", "masthead_outlet", "masthead_spelled", "metadata_names", "metadata_outlet", "page_outlet",
    "registered_host", "same_outlet", "site_domain", "text_outlet", "title_outlet", "_domain_segment",
]
