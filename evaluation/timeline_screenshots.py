"""Screenshots of a real story's timeline and updates (issue 20 item 7), in headless Chromium through selenium:
the HTML report and the web app, the timeline at a glance, one day clicked, and the updates.

    # a store analysed before (crosscheck analyze ... --out DIR keeps DIR/crosscheck.sqlite)
    python -m evaluation.timeline_screenshots --db /tmp/h20v/haiti-out/crosscheck.sqlite \
        --story haiti-bbc-week1 --day 2010-01-13 --out bench/results/screens-s4
    # or build it first from one Timeline17 folder's reports of a few days
    python -m evaluation.timeline_screenshots --t17 haiti_bbc --from 2010-01-12 --to 2010-01-18 \
        --db /tmp/haiti.sqlite --story haiti-bbc-week1 --out bench/results/screens-s4

The report's text stays out of the repository: only pictures are saved (viewport-sized PNGs).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from pathlib import Path

from evaluation.issue17_screenshots import _driver, _free_port


def _t17_store(folder: str, first: str, last: str, db: Path, story: str) -> None:
    from crosscheck.pipeline import Settings, run
    from crosscheck.store import Store
    from evaluation.common import SHARED_DATA
    from evaluation.real_stories.data import t17_report

    articles = json.loads((SHARED_DATA / "timeline17_tlsrl" / folder / "articles.json").read_text(encoding="utf-8"))
    chosen = sorted((a for a in articles if first <= a["dct"][:10] <= last), key=lambda a: (a["dct"], a["uid"]))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{story}.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            for a in chosen:
                out.write(json.dumps(t17_report(f"{folder}:{a['uid']}"), ensure_ascii=False) + "\n")
        with Store(db) as store:
            run([str(path)], store, story, Settings(processes=1))
    print(f"{story}: {len(chosen)} reports of {folder}, {first} to {last}")


def _shots(driver, base: str, prefix: str, day: str, out: Path) -> list[Path]:
    """The timeline at a glance, the list after a click on ``day``'s bar, and the updates."""
    from selenium.webdriver.common.by import By

    saved = []
    driver.get(base + "#timeline")
    time.sleep(0.5)
    saved.append(out / f"{prefix}-timeline.png")
    driver.save_screenshot(str(saved[-1]))
    bar = driver.find_element(By.CSS_SELECTOR, f'svg.timeline-bars a[href="#day-{day}"] rect')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", bar)
    bar.click()  # a real click on the bar: the page's own link and CSS do the filtering
    time.sleep(0.5)
    driver.execute_script("document.getElementById('timeline').scrollIntoView();")
    time.sleep(0.3)
    saved.append(out / f"{prefix}-day-{day}.png")
    driver.save_screenshot(str(saved[-1]))
    shown = driver.execute_script(
        "return [...document.querySelectorAll('.timeline-days .day')].filter(d => d.offsetParent !== null)"
        ".map(d => d.id)")
    print(f"{prefix}: after clicking {day}: days shown {shown}")
    driver.get(base + "#updates")
    time.sleep(0.5)
    saved.append(out / f"{prefix}-updates.png")
    driver.save_screenshot(str(saved[-1]))
    return saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--story", required=True)
    ap.add_argument("--day", required=True, help="the day whose bar is clicked (YYYY-MM-DD)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--t17", help="build the store first from this Timeline17 folder")
    ap.add_argument("--from", dest="first")
    ap.add_argument("--to", dest="last")
    ap.add_argument("--width", type=int, default=1000)
    ap.add_argument("--height", type=int, default=800)
    args = ap.parse_args(argv)
    if args.t17:
        _t17_store(args.t17, args.first, args.last, args.db, args.story)
    import uvicorn

    from crosscheck.report import build_story, to_html
    from crosscheck.store import Store
    from crosscheck.web import create_app

    with Store(args.db, readonly=True) as store:
        story = build_story(store, args.story)
    print(f"{args.story}: {len(story['documents'])} reports, {len(story['timeline'])} events, "
          f"{len(story['key_dates'])} key dates {[k['date'] for k in story['key_dates']]}, "
          f"{len(story['updates'])} updates")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        page = tmp / "story.html"
        page.write_text(to_html(story), encoding="utf-8")
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.1)
        driver = _driver(tmp, args.width)
        driver.set_window_size(args.width, args.height)
        try:
            saved = _shots(driver, page.as_uri(), "html", args.day, args.out)
            saved += _shots(driver, f"http://127.0.0.1:{port}/story/{args.story}", "web", args.day, args.out)
        finally:
            driver.quit()
            server.should_exit = True
            thread.join(timeout=5)
    for p in saved:
        print(f"{p}: {p.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
