"""Screenshots of the story map (docs/screenshots/), in headless Chromium through selenium.

    python -m evaluation.map_screenshots examples/hodeidah-storm --out docs/screenshots/map-hodeidah-storm.png
    python -m evaluation.map_screenshots ../shared/data/timeline17_tlsrl/bpoil_bbc --out docs/screenshots/map-bpoil-bbc.png

A Timeline17 folder (articles.json) is analysed as one story, like tests/gate/test_real_story_gate.py.
The report's text stays out of the repository: only the picture of the map is saved.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
from pathlib import Path


def _timeline17_jsonl(folder: Path, out: Path) -> Path:
    def detok(t: str) -> str:
        t = t.replace("-LRB-", "(").replace("-RRB-", ")").replace("`` ", '"').replace(" ''", '"')
        return re.sub(r" ([.,;:!?%'])", r"\1", t)

    path = out / f"{folder.name}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for a in json.loads((folder / "articles.json").read_text(encoding="utf-8")):
            fh.write(json.dumps({"text": detok(a["text"]), "published": a["dct"], "outlet": folder.name}) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    from crosscheck.pipeline import run
    from crosscheck.report import build_story
    from crosscheck.report.exports import to_html
    from crosscheck.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = _timeline17_jsonl(args.input, tmp) if (args.input / "articles.json").exists() else args.input
        with Store(tmp / "s.sqlite") as store:
            run([str(source)], store, "story")
            story = build_story(store, "story")
        page = tmp / "story.html"
        page.write_text(to_html(story), encoding="utf-8")
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1100,1400",
                     f"--user-data-dir={tmp / 'chrome'}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            driver.get(page.as_uri() + "#map")
            section = driver.find_element(By.ID, "map")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            section.find_element(By.CSS_SELECTOR, "svg").screenshot(str(args.out))
        finally:
            driver.quit()
        places = story["places"]
        print(f"{args.out}: {len(places['features'])} places on the map, {len(places.get('unresolved', []))} unresolved")
        for f in sorted(places["features"], key=lambda f: -f["properties"]["independent_sources"])[:40]:
            p = f["properties"]
            print(f"  {p['name']:<28} {p.get('feature') or '':8} {p.get('admin1') or '':24} {p.get('country') or '':3}"
                  f" {p['independent_sources']:3}  {p.get('evidence')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
