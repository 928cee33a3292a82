"""The calculator's form on a 360 px phone: no empty band where a preset device hides its fields."""

from __future__ import annotations

import pytest

from tests.conftest import lang_prefix

# From the bottom of the device select to the top of the weight-format select: only the format's label between.
GAP = """() => { const f = document.querySelector('.ls-calc-form');
  const a = f.querySelector('select[name=device]').getBoundingClientRect();
  return f.querySelector('select[name=format]').getBoundingClientRect().top - a.bottom; }"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["ar", "th", "en"])
def test_a_preset_device_leaves_no_empty_band_and_own_device_fields_appear(browser, site_url, lang):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + lang_prefix(lang) + "will-it-run/")
        page.wait_for_selector(".ls-calc-form:not([hidden])")
        device = page.locator("select[name=device]")
        for preset in ("phone-8gb", "browser-tab"):
            device.select_option(preset)
            page.wait_for_function("document.querySelector('.ls-calc-own').hidden")
            gap = page.evaluate(GAP)
            assert gap < 40, f"{lang} {preset}: {gap:.0f} px between the device and the weight format (review 8 ar #13)"
            assert not page.locator(".ls-calc-own").is_visible()
        device.select_option("own")
        own = page.locator(".ls-calc-own")
        own.wait_for(state="visible")
        assert page.locator(".ls-calc-ram").is_visible()
        vram = page.locator("input[name=vram]")
        vram.click()
        page.keyboard.press("Control+A")
        page.keyboard.type("24")
        page.locator("input[name=ram]").click()
        page.keyboard.press("Control+A")
        page.keyboard.type("64")
        assert vram.input_value() == "24" and page.locator("input[name=ram]").input_value() == "64"
        assert page.evaluate(GAP) > 100  # the own-device fields sit between the two, taking their room
        page.wait_for_function("document.querySelector('.ls-calc-out').textContent.includes('24')")
    finally:
        context.close()
