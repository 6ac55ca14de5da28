"""End to end in a real headless Chromium: a person opening the story and clicking through it.

Needs Debian's chromium and chromium-driver (installed by .ci/run) and selenium;
skips cleanly without them. Screenshots go to a temporary folder, and with
CROSSCHECK_SCREENSHOTS=DIR to DIR (docs/screenshots holds the README's set).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
selenium = pytest.importorskip("selenium")
if not (CHROMIUM and DRIVER):
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from crosscheck.pipeline import run
    from crosscheck.store import Store
    from crosscheck.web import create_app
    from tests.conftest import EXAMPLES

    db = tmp_path_factory.mktemp("e2e") / "s.sqlite"
    with Store(db) as store:
        run([str(EXAMPLES)], store, "hodeidah-storm")
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1600", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.implicitly_wait(10)  # a page that is still loading after a click or a submit is waited for
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = Path(os.environ.get("CROSSCHECK_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shot(browser, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    assert browser.save_screenshot(str(path)) and path.stat().st_size > 10_000
    return path


def test_story_list_and_page(server, browser, shots):
    browser.get(server + "/")
    link = browser.find_element(By.LINK_TEXT, "hodeidah-storm")
    _shot(browser, shots, "01-stories")
    link.click()
    assert browser.find_element(By.ID, "h-brief").is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, "ol.brief li")) >= 5
    _shot(browser, shots, "02-brief")


def test_timeline_event_opens_its_evidence(server, browser, shots):
    browser.get(server + "/story/hodeidah-storm#timeline")
    event = browser.find_elements(By.CSS_SELECTOR, "ol.timeline > li")[0]
    event.find_element(By.TAG_NAME, "summary").send_keys(Keys.ENTER)  # opened from the keyboard
    evidence = event.find_element(By.CSS_SELECTOR, "ul.evidence a")
    assert evidence.is_displayed()
    browser.execute_script("arguments[0].scrollIntoView()", browser.find_element(By.ID, "timeline"))
    _shot(browser, shots, "03-timeline")
    evidence.click()  # follows the evidence to its exact sentence
    anchor = browser.current_url.split("#", 1)[1]
    target = browser.find_element(By.ID, anchor)
    assert "sent" in target.get_attribute("class") and target.text


def test_conflict_side_by_side(server, browser, shots):
    browser.get(server + "/story/hodeidah-storm#numbers")
    conflicts = browser.find_elements(By.CSS_SELECTOR, ".finding.conflict")
    assert conflicts and "disagree on people killed" in conflicts[0].text
    # Issue 20: 41 against 23 on the same day is the conflict; "at least 14" a day earlier is an update.
    assert len(conflicts[0].find_elements(By.TAG_NAME, "blockquote")) >= 2
    update = browser.find_element(By.CSS_SELECTOR, ".finding.update")
    assert "people killed" in update.text and update.find_elements(By.CSS_SELECTOR, "svg.update-svg")
    _shot(browser, shots, "04-conflicts")
    conflicts[0].find_element(By.CSS_SELECTOR, "blockquote a").click()
    assert browser.find_element(By.ID, browser.current_url.split("#", 1)[1]).text


def test_quote_by_speaker_and_copy_diff(server, browser, shots):
    browser.get(server + "/story/hodeidah-storm#quotes")
    quotes = browser.find_element(By.ID, "quotes")
    assert "Maria Keller" in quotes.text and "The water came in minutes" in quotes.text
    _shot(browser, shots, "05-quotes")
    browser.get(server + "/story/hodeidah-storm#copies")
    copy = browser.find_element(By.CSS_SELECTOR, "details.copy")
    copy.find_element(By.TAG_NAME, "summary").send_keys(Keys.ENTER)
    diff = copy.find_element(By.CSS_SELECTOR, "table.diff")
    assert "12 miles -> 19 km" in diff.text and "closed for 19 km" in diff.text
    browser.execute_script("arguments[0].scrollIntoView()", copy)
    _shot(browser, shots, "06-copy-diff")


def test_map_entities_and_report_text(server, browser, shots):
    browser.get(server + "/story/hodeidah-storm#map")
    assert browser.find_element(By.CSS_SELECTOR, "#map svg").is_displayed()
    _shot(browser, shots, "07-map-entities")
    browser.get(server + "/story/hodeidah-storm#reports")
    assert browser.find_elements(By.CSS_SELECTOR, "article.report mark.hl-claim")
    _shot(browser, shots, "08-reports")


def test_search_with_keyboard(server, browser, shots):
    browser.get(server + "/story/hodeidah-storm")
    box = browser.find_element(By.ID, "q")
    assert browser.find_element(By.CSS_SELECTOR, "label[for=q]").text  # the search box has a label
    box.send_keys("cholera", Keys.ENTER)
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 15).until(ec.url_contains("/search"))
    hits = browser.find_elements(By.CSS_SELECTOR, ".search-hit mark")
    assert hits and hits[0].text.lower() == "cholera"
    _shot(browser, shots, "09-search")


def test_keyboard_reaches_the_skip_link_first(server, browser):
    browser.get(server + "/story/hodeidah-storm")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("class") == "skip" or active.tag_name in ("a", "input")
