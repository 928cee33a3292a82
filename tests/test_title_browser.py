"""The browser tab's title follows the page's language rules (zh full-width brackets) in the in-place view."""

from __future__ import annotations

import pytest


@pytest.mark.browser
def test_the_in_place_view_titles_the_tab_with_full_width_brackets_in_zh(browser, site_url):
    """As tidy_title does to a built model page's <title> (review 8 zh #4)."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + "zh/models/?id=nvidia/Qwen3.6-27B-NVFP4")
        page.wait_for_function("!document.querySelector('.ls-explorer-model').hidden"
                               " && document.querySelector('.ls-explorer-model h3')")
        assert page.title().startswith("Qwen3.6 27B NVFP4（NVIDIA）"), page.title()
        page.goto(site_url + "models/?id=nvidia/Qwen3.6-27B-NVFP4")
        page.wait_for_function("document.querySelector('.ls-explorer-model h3')")
        assert page.title().startswith("Qwen3.6 27B NVFP4 (NVIDIA)"), page.title()
    finally:
        context.close()
