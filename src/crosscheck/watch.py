"""Follow a developing story as it happens: ``crosscheck watch`` (issue 17).

Watched sources:

- an RSS or Atom feed, by URL or as a saved file (parsed by feedparser): each new
  entry's page is fetched once;
- a sitemap (or sitemap index), by URL or file: each new ``<loc>`` is fetched once;
- a folder: each new report file, as it appears (watchdog's file events, not a
  polling loop of ours).

Pages are fetched politely (:class:`Fetcher`): one request at a time per host with a
pause between two, a timeout, a size cap, and robots.txt obeyed (urllib.robotparser).
What was taken from each source is kept in the store (``watch_items``), so a page is
fetched once across runs. Each batch of new reports goes through ``changes.update``:
the stages rerun on what the new reports change, and the digest of what changed is
kept and printed. Ctrl-C stops between two writes: every write is one transaction.
"""

from __future__ import annotations

import queue
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from .records import RawDocument, Skipped

USER_AGENT = "crosscheck-watch/0.1 (+news cross-checking; polite: robots.txt, one request at a time)"


class FetchError(Exception):
    """A page or feed that could not be fetched; the message says why."""


@dataclass
class Fetcher:
    """Polite HTTP: robots.txt obeyed, one request at a time per host, ``delay`` seconds
    between two requests to one host, ``timeout`` seconds a request, ``max_bytes`` a body."""

    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    delay: float = 1.0
    user_agent: str = USER_AGENT
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _locks: dict[str, threading.Lock] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def fetch(self, url: str) -> bytes:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"not an http(s) URL: {url}")
        if not self.allowed(url):
            raise FetchError("robots.txt disallows it")
        return self._get(url)

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            parser = urllib.robotparser.RobotFileParser(host + "/robots.txt")
            try:
                parser.parse(self._get(host + "/robots.txt").decode("utf-8", "replace").splitlines())
            except FetchError as error:
                # No robots.txt (404 and other client errors): everything is allowed; refused
                # (401, 403): nothing is, as urllib.robotparser itself does; unreachable: ask again later.
                status = getattr(error, "status", None)
                if status in (401, 403):
                    parser.disallow_all = True
                elif status is not None and 400 <= status < 500:
                    parser.allow_all = True
                else:
                    return False
            self._robots[host] = parser
        return self._robots[host].can_fetch(self.user_agent, url)

    def _get(self, url: str) -> bytes:
        host = urllib.parse.urlsplit(url).netloc
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one request at a time per host
            wait = self._last.get(host, 0.0) + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    body = response.read(self.max_bytes + 1)
            except urllib.error.HTTPError as error:
                failure = FetchError(f"HTTP {error.code}")
                failure.status = error.code  # type: ignore[attr-defined]
                raise failure from None
            except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
                reason = getattr(error, "reason", error)
                raise FetchError(f"could not fetch: {reason}") from None
            finally:
                self._last[host] = time.monotonic()
        if len(body) > self.max_bytes:
            raise FetchError(f"larger than {self.max_bytes:,} bytes")
        return body

    def page(self, url: str) -> RawDocument | Skipped:
        """The report at ``url``, read as the HTML reader reads a file; or why not."""
        from .ingest.common import InputError, Limits, decode
        from .ingest.html import html_to_raw

        try:
            body = self.fetch(url)
            markup, _encoding = decode(body)
            fetched = datetime.now(timezone.utc).date().isoformat()
            return html_to_raw(markup, url, Limits(max_file_bytes=self.max_bytes), url=url, fetched=fetched)
        except (FetchError, InputError) as error:
            return Skipped(url, str(error))


# ------------------------------------------------------------------ sources


@dataclass
class Item:
    """Something a source announced: a page to fetch or a file to read."""

    watched: str  # the source it came from, as given
    location: str  # a URL or a file path


class FeedSource:
    """An RSS or Atom feed (URL or saved file): its entries' links."""

    def __init__(self, location: str):
        self.location = location

    def items(self, fetcher: Fetcher) -> list[Item]:
        import feedparser

        if self.location.startswith(("http://", "https://")):
            data = fetcher.fetch(self.location)
            base = self.location
        else:
            data = Path(self.location).read_bytes()
            base = ""
        parsed = feedparser.parse(data)
        links = []
        for entry in parsed.entries:
            link = entry.get("link") or ""
            if link:
                links.append(urllib.parse.urljoin(base, link) if base else link)
        # Oldest first: feeds list the newest first, a story is told in order.
        return [Item(self.location, link) for link in reversed(list(dict.fromkeys(links)))]


class SitemapSource:
    """A sitemap or sitemap index (URL or saved file): its ``<loc>`` pages, oldest ``lastmod`` first."""

    def __init__(self, location: str):
        self.location = location

    def items(self, fetcher: Fetcher) -> list[Item]:
        pages: list[tuple[str, str]] = []
        self._read(self.location, fetcher, pages, depth=0)
        pages.sort(key=lambda p: p[0])  # stable: pages without lastmod keep their order, first
        return [Item(self.location, loc) for _, loc in dict.fromkeys(pages)]

    def _read(self, location: str, fetcher: Fetcher, pages: list[tuple[str, str]], depth: int) -> None:
        from lxml import etree

        if location.startswith(("http://", "https://")):
            data = fetcher.fetch(location)
        else:
            data = Path(location).read_bytes()
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
        root = etree.fromstring(data, parser=parser)
        if root is None:
            return
        tag = etree.QName(root).localname
        for node in root:
            if not isinstance(node.tag, str):
                continue
            loc = modified = ""
            for child in node:
                if isinstance(child.tag, str) and etree.QName(child).localname == "loc":
                    loc = (child.text or "").strip()
                elif isinstance(child.tag, str) and etree.QName(child).localname == "lastmod":
                    modified = (child.text or "").strip()
            if not loc:
                continue
            if tag == "sitemapindex" and depth < 2:
                self._read(loc, fetcher, pages, depth + 1)
            elif tag == "urlset":
                pages.append((modified, loc))


# A file changed this recently may still be being copied in: it is read once it has stayed the same this long, as a
# half-written report taken once would be kept half (a watched item is never read again; review of the fifteenth
# session).
SETTLE_SECONDS = 1.0


class FolderSource:
    """A folder: the report files in it (recursively), new ones as watchdog sees them appear."""

    def __init__(self, location: str, settle: float = SETTLE_SECONDS):
        self.location = location
        self.settle = settle
        self.still_written: list[str] = []  # files of the last listing left for a later pass

    def items(self, fetcher: Fetcher) -> list[Item]:
        from .ingest import is_report_file

        root = Path(self.location)
        files = sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")
                       and is_report_file(p))
        return [Item(self.location, str(p)) for p in self._settled(files)]

    def _settled(self, files: list[Path]) -> list[Path]:
        """The files that stay the same over ``settle`` seconds: a fresh file is looked at again once it has had
        that long; one still changing then is left for a later pass (``still_written``)."""
        self.still_written = []
        stamps = {p: _stamp(p) for p in files}
        fresh = [p for p, st in stamps.items() if st and time.time() - st[1] / 1e9 < self.settle]
        if not fresh:
            return [p for p in files if stamps[p]]
        time.sleep(max(0.0, min(self.settle, max(st[1] / 1e9 for p in fresh if (st := stamps[p])) + self.settle
                                - time.time())))
        changed = {p for p in fresh if _stamp(p) != stamps[p]}
        self.still_written = [str(p) for p in sorted(changed)]
        return [p for p in files if stamps[p] and p not in changed]


def _stamp(path: Path) -> tuple[int, int] | None:
    """A file's size and modification time (ns), or None once it is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def make_source(location: str):
    """A feed, a sitemap or a folder, told apart by what ``location`` is or holds."""
    path = Path(location)
    if not location.startswith(("http://", "https://")):
        if path.is_dir():
            return FolderSource(location)
        if not path.is_file():
            raise FetchError(f"{location}: no such file or folder")
        head = path.read_bytes()[:2048].lower()
        return SitemapSource(location) if (b"<urlset" in head or b"<sitemapindex" in head) else FeedSource(location)
    lowered = location.lower().split("?")[0]
    return SitemapSource(location) if "sitemap" in lowered.rsplit("/", 1)[-1] else FeedSource(location)


# ------------------------------------------------------------------ the watcher


@dataclass
class Watcher:
    """Takes what is new in each source, reads it, and updates the story (``changes.update``)."""

    sources: list[Any]
    store: Any  # the Store, held with its writer lock by the caller
    story: str | None  # None: route each new report among the stream's stories (``pipeline.route_to_stories``)
    settings: Any = None
    fetcher: Fetcher = field(default_factory=Fetcher)
    on_digest: Callable[[dict[str, Any]], None] | None = None
    on_problem: Callable[[str], None] | None = None

    def __post_init__(self) -> None:
        if self.settings is None:
            from .pipeline import Settings

            self.settings = Settings(processes=1)

    def once(self) -> dict[str, Any] | None:
        """One pass over every source: fetch what is new, update the story; the digest, or None
        (nothing new). Stream mode (``story`` None): see :meth:`_route`."""
        from . import changes, pipeline

        taken: list[tuple[str, str, str]] = []
        items: list[Item] = []
        for source in self.sources:
            try:
                announced = source.items(self.fetcher)
            except (FetchError, OSError, ValueError) as error:
                self._problem(f"{source.location}: {error}")
                continue
            seen = self.store.seen_items(source.location)
            items += [i for i in announced if i.location not in seen]
            for path in getattr(source, "still_written", []):
                if path not in seen:
                    self._problem(f"{path}: still being written; read on a later pass")
        if self.story is None:
            # Stories an earlier pass routed reports to but did not finish updating (stopped by Ctrl-C).
            pending = [n for n in pipeline.stream_stories(self.store) if self.store.last_state(n) is not None
                       and not all(self.store.stage_is_current(n, s) for s in pipeline.STAGES)]
            if not items and not pending:
                return None
        elif not items:
            return None

        def read() -> Iterator[RawDocument | Skipped]:
            from .ingest import read_inputs

            for item in items:
                if item.location.startswith(("http://", "https://")):
                    got = self.fetcher.page(item.location)
                    yield got
                    outcome = got.reason if isinstance(got, Skipped) else "read"
                else:
                    outcome = "read"
                    for got in read_inputs([item.location], max_file_bytes=self.settings.max_file_bytes):
                        if isinstance(got, Skipped):
                            outcome = got.reason
                        yield got
                taken.append((item.watched, item.location, outcome))

        if self.story is None:
            return self._route(read(), taken, pending)
        digest = changes.update(self.store, self.story, read(), self.settings)
        self.store.mark_items(taken)  # after the reports are stored: a page is fetched once
        if self.on_digest:
            self.on_digest(digest)
        return digest

    def _route(self, reports: Iterator[RawDocument | Skipped], taken: list[tuple[str, str, str]],
               pending: list[str]) -> dict[str, Any]:
        """Stream mode: the new reports go to the stories of the stream they belong to (new stories
        for those that belong to none), then each story that took some is updated, with its digest.
        Returns ``{"stories": [digest, ...], "new_stories": [...], "skipped": [...]}``."""
        from . import changes, pipeline

        routed = pipeline.route_to_stories(reports, self.store, self.settings)
        self.store.mark_items(taken)  # the reports are stored and in their stories: each fetched once
        for s in routed.skipped:
            if not s.ignored:
                self._problem(f"{s.source}: {s.reason}")
        digests = []
        for name in list(dict.fromkeys([*routed.routed, *pending])):
            # A story of the stream never digested: compared with what it held before this pass.
            before = None if self.store.last_state(name) is not None else changes.snapshot(
                self.store, name, leave_out=routed.routed.get(name, ()))
            digest = changes.update(self.store, name, [], self.settings, before=before)
            digests.append(digest)
            if self.on_digest:
                self.on_digest(digest)
        return {"stories": digests, "new_stories": routed.new_stories,
                "skipped": [{"source": s.source, "reason": s.reason} for s in routed.skipped if not s.ignored]}

    def forever(self, interval: float = 300.0, stop: threading.Event | None = None) -> None:
        """Update now, then whenever a watched folder gets a file, and every ``interval`` seconds
        for feeds and sitemaps; until ``stop`` is set or Ctrl-C."""
        stop = stop or threading.Event()
        wake: "queue.Queue[str]" = queue.Queue()
        observer = self._observe_folders(wake)
        try:
            while not stop.is_set():
                self.once()
                # a file still being copied in is looked at again soon, not after the whole interval
                waiting = any(getattr(s, "still_written", None) for s in self.sources)
                deadline = time.monotonic() + (min(interval, SETTLE_SECONDS) if waiting else interval)
                while not stop.is_set() and time.monotonic() < deadline:
                    try:
                        wake.get(timeout=0.5)
                    except queue.Empty:
                        continue
                    time.sleep(0.5)  # a file being copied in: let its writer finish, take a burst at once
                    while not wake.empty():
                        wake.get_nowait()
                    break
        finally:
            if observer is not None:
                observer.stop()
                observer.join(timeout=5)

    def _observe_folders(self, wake: "queue.Queue[str]"):
        folders = [s for s in self.sources if isinstance(s, FolderSource)]
        if not folders:
            return None
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event):  # created, moved in, closed after writing
                if not event.is_directory and event.event_type in ("created", "moved", "closed"):
                    wake.put(getattr(event, "dest_path", "") or event.src_path)

        observer = Observer()
        for f in folders:
            observer.schedule(Handler(), f.location, recursive=True)
        observer.start()
        return observer

    def _problem(self, message: str) -> None:
        if self.on_problem:
            self.on_problem(message)
