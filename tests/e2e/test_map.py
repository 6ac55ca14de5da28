"""The story map in a real headless Chromium: borders drawn, a point clicked to its mentions.

Same needs and fixtures as test_browser.py (Debian's chromium and chromium-driver,
selenium). With CROSSCHECK_SCREENSHOTS=DIR the map shots go to DIR.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e

from tests.e2e.test_browser import _shot, browser, server, shots  # noqa: E402,F401  (fixtures)

from selenium.webdriver.common.by import By  # noqa: E402


def test_clicking_a_map_point_shows_its_mentions(server, browser, shots):  # noqa: F811
    browser.get(server + "/story/hodeidah-storm#map")
    svg = browser.find_element(By.CSS_SELECTOR, "#map svg.story-map")
    assert svg.find_elements(By.CSS_SELECTOR, "g.land path"), "no country outlines on the map"
    points = svg.find_elements(By.CSS_SELECTOR, "a.map-point")
    assert points
    browser.execute_script("arguments[0].scrollIntoView()", svg)
    _shot(browser, shots, "10-map")
    entity = points[-1].get_attribute("data-entity")  # drawn last: the most widely named place
    browser.execute_script(  # an SVG <a> is clicked through its circle, as a user would
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
        points[-1].find_element(By.TAG_NAME, "circle"))
    assert browser.current_url.endswith("#place-" + entity)
    entry = browser.find_element(By.ID, "place-" + entity)
    mention = entry.find_element(By.CSS_SELECTOR, "ul.place-mentions a")
    assert entry.text and "chosen by" in entry.text
    mention.click()  # and on to the sentence in its report
    target = browser.find_element(By.ID, browser.current_url.split("#", 1)[1])
    assert "sent" in target.get_attribute("class") and target.text


def test_map_labels_do_not_overlap(server, browser):  # noqa: F811
    browser.get(server + "/story/hodeidah-storm#map")
    boxes = browser.execute_script(
        "return Array.from(document.querySelectorAll('#map svg.story-map text')).map(t => {"
        "const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom];})")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1), (a, b)
