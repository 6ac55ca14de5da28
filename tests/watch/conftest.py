"""A local web site for the watch tests: feeds, a sitemap and pages on 127.0.0.1, nothing else."""

from __future__ import annotations

import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

OUTLETS = ["Red Sea Wire", "Coastal Times", "Port News Daily", "Gulf Herald", "Aid Watch", "Harbour Post"]
SPEAKERS = [("Maria Keller", "We are doing everything we can to reach the coast"),
            ("Ahmed Haddad", "The water rose faster than anyone expected"),
            ("Olena Petrenko", "Clinics need fuel before anything else"),
            ("Samira Nasser", "The port will reopen when the channel is safe"),
            ("Tomas Moreau", "Families are sleeping in schools tonight")]


_WORDS = ("water roads families shelter night morning district clinic fuel power boats harbour wall rain wind "
          "market school bridge convoy volunteers doctors nurses engineers pumps sandbags mud debris coast river "
          "village streets houses roofs trucks supplies bread tents blankets radio phones generators cranes quay "
          "warehouse fishermen drivers mayor council officers crews teams neighbours children elders").split()


def page(n: int) -> tuple[str, str]:
    """Report n of the story (0-based): (outlet, HTML). Batches of six: the death toll first
    agrees (14), then a report says 41; one new speaker a batch."""
    outlet = OUTLETS[n % len(OUTLETS)] if n < 24 else f"Late Bulletin {n - 23}"
    batch = n // 6
    day = 14 + batch
    toll = 41 if (batch >= 2 and n % 6 == 5) else 14
    speaker, words = SPEAKERS[batch]
    body = [
        # The report's own number inside its lead: no 15-word passage is shared by two outlets' pages
        # (a shared wire passage would join them into one source, issue 14).
        f"HODEIDAH, Yemen - A storm surge flooded the port city of Hodeidah on March 13, report number "
        f"{n + 1} from {outlet} said, citing officials.",
        f"The flooding in Hodeidah killed {toll} people, the health ministry said.",
        f"\u201c{words},\u201d {speaker} said on March {day}.",
        f"Aid trucks number {100 + n} reached the city after the roads to the north reopened on March {day}.",
        f"Residents in district {n + 1} said the water had reached the second floor of their homes.",
    ]
    # Each report in its own words around the shared facts, so that none reads as a copy of another.
    rng = random.Random(n)
    for _ in range(6):
        body.insert(rng.randrange(1, len(body)), " ".join(rng.choice(_WORDS) for _ in range(14)).capitalize() + ".")
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    html = (f"<html><head><title>Storm surge in Hodeidah, update {n + 1}</title>"
            f'<meta property="og:site_name" content="{outlet}">'
            f'<meta property="article:published_time" content="2026-03-{day:02d}">'
            f"</head><body><article><h1>Storm surge in Hodeidah, update {n + 1}</h1>{paragraphs}</article></body></html>")
    return outlet, html


def rss(links: list[str], base: str) -> str:
    items = "".join(f"<item><title>Update {i}</title><link>{base}{link}</link></item>"
                    for i, link in reversed(list(enumerate(links))))  # newest first, as feeds are
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Storm</title><link>{base}/</link>'
            f"{items}</channel></rss>")


class Site:
    def __init__(self):
        self.files: dict[str, tuple[str, bytes]] = {}
        self.hits: dict[str, int] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def put(self, path: str, body: str, kind: str = "text/html") -> None:
        self.files[path] = (kind, body.encode("utf-8"))

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                if self.path not in site.files:
                    self.send_response(404)
                    self.end_headers()
                    return
                kind, body = site.files[self.path]
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler


@pytest.fixture
def site():
    s = Site()
    s.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    s.thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()
