"""Screenshots for issue 17 (docs/screenshots/), in headless Chromium through selenium.

    python -m evaluation.issue17_screenshots --out docs/screenshots

- since-you-last-looked.png: the web app's "since you last looked" page (every update) of the
  example story (examples/hodeidah-storm) followed in three updates, as `crosscheck watch` would:
  the first reports, then a reprint and a second outlet, then the later reports.
- notebook-api.png: a notebook's use of the Python API on the same story: ``crosscheck.analyze``,
  its repr, and three ``to_pandas`` tables rendered as Jupyter renders a DataFrame (its
  ``_repr_html_``, under the display options the cell sets).
"""

from __future__ import annotations

import argparse
import html
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hodeidah-storm"
BATCHES = (["red-sea-wire-storm.txt", "coastal-times.txt"], ["gulf-herald-reprint.html", "port-news-daily.html"],
           ["feeds.jsonl", "red-sea-wire-update.txt"])

NOTEBOOK_CSS = """
body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:24px;color:#212121;background:#fff}
.cell{border:1px solid #e0e0e0;border-radius:2px;margin:0 0 14px;padding:6px 10px}
.prompt{font-family:monospace;font-size:13px;color:#303f9f;margin:2px 0}
.prompt.out{color:#d84315}
pre.code{background:#f7f7f7;border:1px solid #eee;padding:8px 10px;margin:0;font-size:13px;line-height:1.4}
pre.text{margin:4px 10px;font-size:13px}
.output{padding:4px 10px;font-size:12px;overflow-x:auto}
table.dataframe{border-collapse:collapse;border:none;font-size:12px}
table.dataframe thead{border-bottom:1px solid #000;vertical-align:bottom}
table.dataframe th,table.dataframe td{text-align:right;vertical-align:middle;padding:.3em .6em;line-height:normal;
  white-space:normal;max-width:none;border:none}
table.dataframe th{font-weight:bold}
table.dataframe tbody tr:nth-child(odd){background:#f5f5f5}
table.dataframe tbody tr:hover{background:rgba(66,165,245,.2)}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _driver(tmp: Path, width: int):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},900",
                 "--hide-scrollbars", f"--user-data-dir={tmp / 'chrome'}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def _shoot(driver, url: str, out: Path, width: int, max_height: int) -> None:
    driver.get(url)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max_height, height + 200))  # the window's own frame is in its height
    time.sleep(0.3)
    out.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(out))


def since_page(tmp: Path, out: Path) -> None:
    import uvicorn

    from crosscheck import changes
    from crosscheck.ingest import read_inputs
    from crosscheck.pipeline import Settings
    from crosscheck.store import Store
    from crosscheck.web import create_app

    db = tmp / "watch.sqlite"
    with Store(db) as store:
        for batch in BATCHES:
            digest = changes.update(store, "hodeidah-storm", read_inputs([str(EXAMPLE / f) for f in batch]),
                                    Settings(processes=1))
            print(changes.format_digest(digest), "\n")
            time.sleep(1.1)  # updates a second apart, as a watcher's would be
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.1)
    driver = _driver(tmp, 1100)
    try:
        _shoot(driver, f"http://127.0.0.1:{port}/story/hodeidah-storm/since?all=1", out, 1100, 3600)
    finally:
        driver.quit()
        server.should_exit = True
        thread.join(timeout=5)


def notebook_page(tmp: Path, out: Path) -> None:
    import pandas as pd

    import crosscheck

    cells = []
    setup = ('import crosscheck\nimport pandas as pd\npd.set_option("display.float_format", "{:,.6g}".format)\n\n'
             'story = crosscheck.analyze(["examples/hodeidah-storm"], story="hodeidah-storm")\nstory')
    pd.set_option("display.float_format", "{:,.6g}".format)
    story = crosscheck.analyze([str(EXAMPLE)], story="hodeidah-storm")
    cells.append((setup, f'<pre class="text">{html.escape(repr(story))}</pre>'))
    claims = 'claims = story.to_pandas("claims")\nclaims[["source", "quantity", "normalized_value", "normalized_unit", "subject"]].head(10)'
    cells.append((claims, story.to_pandas("claims")[["source", "quantity", "normalized_value", "normalized_unit",
                                                      "subject"]].head(10)._repr_html_()))
    conflicts = 'story.to_pandas("conflicts")[["kind", "independent_sources", "sources"]]'
    cells.append((conflicts, story.to_pandas("conflicts")[["kind", "independent_sources", "sources"]]._repr_html_()))
    timeline = 'story.to_pandas("timeline")[["date", "independent_sources", "text"]].head(6)'
    cells.append((timeline, story.to_pandas("timeline")[["date", "independent_sources", "text"]].head(6)._repr_html_()))
    body = "".join(
        f'<div class="cell"><div class="prompt">In [{n}]:</div><pre class="code">{html.escape(code)}</pre>'
        f'<div class="prompt out">Out[{n}]:</div><div class="output">{output}</div></div>'
        for n, (code, output) in enumerate(cells, 1))
    page = tmp / "notebook.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{NOTEBOOK_CSS}</style></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    driver = _driver(tmp, 1100)
    try:
        _shoot(driver, page.as_uri(), out, 1100, 2400)
    finally:
        driver.quit()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        since_page(Path(tmp), args.out / "since-you-last-looked.png")
        notebook_page(Path(tmp), args.out / "notebook-api.png")
    print(f"wrote {args.out / 'since-you-last-looked.png'} and {args.out / 'notebook-api.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
