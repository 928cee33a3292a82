"""Headless Chromium opens the built site from a local server: language, direction, table."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang,direction", [("en", "ltr"), ("ar", "rtl"), ("th", "ltr")])
def test_home_and_table_render(page, site_url, lang, direction):
    prefix = "" if lang == "en" else f"{lang}/"
    response = page.goto(site_url + prefix)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang").split("-")[0] == lang
    assert page.locator("html").get_attribute("dir") == direction
    page.goto(site_url + prefix + "models/")
    rows = page.locator("table.ls-table tbody tr")
    assert rows.count() >= 3
    assert page.locator("table.ls-table caption").first.is_visible()
