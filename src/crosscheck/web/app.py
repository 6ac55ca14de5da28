"""FastAPI app over a store, read-only, rendering through the report layer.

The story page is the same template as the HTML export (``report``), with
navigation and search added; downloads are the exports themselves. The store
is opened read-only for each request, so ``analyze`` can write while this
serves (SQLite WAL). Nothing outside the store is ever read: no route takes a
path, and there are no static files beyond what the templates inline.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from ..printable import scrub
from ..report import build_story, to_csv, to_html, to_json, to_markdown
from ..report.exports import CSV_TABLES, provenance_html, template_environment
from ..report.story import title_of
from ..store import Store, StoreError

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def host_allowed(header: str, allowed: set[str]) -> bool:
    """Is a request's Host header one this app answers (issue 21, DNS rebinding)? The names
    in ``allowed`` (the address bound, localhost, those the user named) and any IP address:
    a rebinding page reaches the app only through a DNS name it controls, never a literal."""
    import ipaddress

    host = header.strip().lower()
    if host.startswith("["):  # [::1]:8765
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    host = host.rstrip(".")
    if host in allowed:
        return True
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def create_app(db_path: str | Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over a store. ``allowed_hosts``: answer only these Host names (plus localhost
    and IP addresses), others get 400; None answers any (tests, an app behind a proxy)."""
    db_path = Path(db_path)
    Store(db_path, readonly=True).close()  # fail now, with a clear message, on a missing or broken store
    app = FastAPI(title="crosscheck", docs_url=None, redoc_url=None, openapi_url=None)
    env = template_environment()

    def open_store() -> Store:
        return Store(db_path, readonly=True)

    allowed = {h.strip().lower().strip("[]").rstrip(".") for h in (*LOOPBACK_NAMES, *(allowed_hosts or ()))}

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        if allowed_hosts is not None and not host_allowed(request.headers.get("host", ""), allowed):
            response = PlainTextResponse("Host not allowed (crosscheck serve --allow-host NAME to answer it)",
                                         status_code=400)
        else:
            response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(title: str, body: str, status: int = 200) -> HTMLResponse:
        html = env.get_template("page.html.j2").render(title=title, body=body)
        return HTMLResponse(html, status_code=status)

    def error(status: int, message: str) -> HTMLResponse:
        return page("Error", f"<h1>{status}</h1><p>{escape(message)}</p><p><a href='/'>All stories</a></p>", status)

    @app.get("/", response_class=HTMLResponse)
    def stories():
        try:
            with open_store() as store:
                rows = store.stories()
                for row in rows:  # a story no stream labelled is described by its title (issue 20)
                    if not row.get("label") and row.get("documents"):
                        row["label"] = title_of(store, row["name"])[0]
        except StoreError as e:
            return error(500, str(e))
        return HTMLResponse(env.get_template("stories.html.j2").render(stories=scrub(rows), db=str(db_path.name)))

    def load_story(name: str) -> dict | HTMLResponse:
        """The story's report dictionary, or the error page to answer with."""
        try:
            with open_store() as store:
                if not store.has_story(name):
                    return error(404, f"No story named {name!r} in this store.")
                return build_story(store, name)
        except StoreError as e:
            return error(500, str(e))

    @app.get("/story/{name:path}/provenance", response_class=HTMLResponse)
    def provenance(name: str):
        """The provenance view alone: primary sources, what each originates, which outlets relay it."""
        data = load_story(name)
        if isinstance(data, HTMLResponse):
            return data
        return page(f"Provenance — {name}", provenance_html(data))

    # {name:path}: a story name may hold "/" (issue 21); the export route is matched first.
    @app.get("/story/{name:path}/export/{fmt}")
    def export(name: str, fmt: str):
        data = load_story(name)
        if isinstance(data, HTMLResponse):
            return data
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name) or "story"
        if fmt == "json":
            return Response(to_json(data), media_type="application/json",
                            headers={"Content-Disposition": f'attachment; filename="{safe}.json"'})
        if fmt == "md":
            return PlainTextResponse(to_markdown(data), headers={"Content-Disposition": f'attachment; filename="{safe}.md"'})
        if fmt == "html":
            return Response(to_html(data), media_type="text/html",
                            headers={"Content-Disposition": f'attachment; filename="{safe}.html"'})
        if fmt in CSV_TABLES:
            return Response(to_csv(data, fmt), media_type="text/csv",
                            headers={"Content-Disposition": f'attachment; filename="{safe}-{fmt}.csv"'})
        return error(404, f"No export format {fmt!r}.")

    @app.get("/story/{name:path}/since", response_class=HTMLResponse)
    def since(name: str, request: Request, t: str | None = Query(None, max_length=64), all: int = 0):
        """Since you last looked: the digests of the updates made after the time this browser last
        opened this page (a cookie), or after ``t``; the page then remembers now."""
        from ..changes import now, parse_since, readable_time

        cookie = "seen-" + "".join(ch if ch.isalnum() else "_" for ch in name)[:80]
        try:
            cutoff = None if all else parse_since(t) if t else request.cookies.get(cookie)
            if cutoff:
                cutoff = parse_since(cutoff)
        except ValueError as e:
            return error(400, str(e))
        try:
            with open_store() as store:
                if not store.has_story(name):
                    return error(404, f"No story named {name!r} in this store.")
                digests = store.digests(name, cutoff)
                if not cutoff and not all and digests:
                    digests = digests[-1:]  # a first visit: the latest update
        except StoreError as e:
            return error(500, str(e))
        page_html = env.get_template("since.html.j2").render(story=name, digests=digests, since=cutoff,
                                                             when=readable_time)
        response = HTMLResponse(page_html)
        response.set_cookie(cookie, now(), max_age=365 * 86400, httponly=True, samesite="strict")
        return response

    @app.get("/story/{name:path}", response_class=HTMLResponse)
    def story(name: str):
        data = load_story(name)
        return data if isinstance(data, HTMLResponse) else HTMLResponse(to_html(data, web=True))

    @app.get("/search", response_class=HTMLResponse)
    def search(q: str = Query("", max_length=500), story: str | None = Query(None, max_length=500)):
        hits = []
        if q.strip():
            try:
                with open_store() as store:
                    hits = store.search(q, story=story or None, limit=100)
                    owners = {h.document: [s["name"] for s in store.stories()
                                           if h.document in set(store.document_ids(s["name"]))] for h in hits}
            except StoreError as e:
                return error(500, str(e))
        else:
            owners = {}
        return HTMLResponse(env.get_template("search.html.j2").render(q=q, story=story, hits=hits, owners=owners))

    @app.exception_handler(404)
    async def not_found(request: Request, exc):
        return error(404, "No such page.")

    @app.exception_handler(500)
    async def broken(request: Request, exc):
        return error(500, "Something went wrong reading the store.")

    return app
