"""Issue 15, seventh session: pages refused or misread by class (invented pages)."""

import pytest

from crosscheck.ingest.common import InputError, Limits
from crosscheck.ingest.html import _check_depth


def test_a_script_writing_html_is_no_nesting():
    # A newspaper page whose scripts write its menus as strings, close tags escaped ("<\/a>"): counted as
    # markup, 500 tags opened and never closed refused the page as "nested deeper than 400 levels".
    script = "<script>var menu = '" + "<div class=\"m\"><a href=\"/x\">Item<\\/a><\\/div>" * 500 + "';</script>"
    page = "<html><head>" + script + "</head><body>" + "<p>Text.</p>" * 500 + "</body></html>"
    _check_depth(page, Limits())  # no InputError


def test_deep_markup_outside_scripts_is_still_refused():
    page = "<html><body><script>var a = 1;</script>" + "<div>" * 5000 + "text" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputError, match="nested deeper"):
        _check_depth(page, Limits())
