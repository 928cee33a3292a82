"""The "Will it run?" calculator in headless Chromium: keyboard only, in en, ar (right to left) and th;
axe clean; no sideways scrolling at 360 px; and the page without JavaScript shows the preset tables."""

from __future__ import annotations

import pytest

from pipeline.i18n.locales import load_locale
from tests.conftest import lang_prefix, press_text, wait_until
from tests.test_site_browser import PHONE, axe_problems, horizontal_overflow

pytestmark = pytest.mark.browser


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab (nothing else) until the element matching `selector` has the focus."""
    for _ in range(limit):
        if page.evaluate(f"document.activeElement && document.activeElement.matches({selector!r})"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def row_cells(page, name: str) -> list[str]:
    return page.evaluate("""name => {
        const row = [...document.querySelectorAll('.ls-calc-out tbody tr')]
            .find(tr => tr.querySelector('th').textContent === name);
        return row ? [...row.querySelectorAll('td .ls-verdict')].map(s => s.textContent) : null;
    }""", name)


@pytest.mark.parametrize("lang", ["en", "ar", "th"])
def test_calculator_with_the_keyboard_only(browser, site_url, lang):
    locale = load_locale(lang)
    word = {v: locale.t(f"fit.verdict.{v}") for v in ("fits", "tight", "no", "too-long", "unknown")}
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{site_url}{lang_prefix(lang)}will-it-run/")
    page.wait_for_selector(".ls-calc-form:not([hidden])")
    page.wait_for_selector(".ls-calc-out table")
    assert page.locator(".ls-calc-nojs").is_hidden()
    assert page.evaluate("document.documentElement.dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.evaluate("getComputedStyle(document.querySelector('.ls-calc')).direction") == \
        ("rtl" if lang == "ar" else "ltr")

    # Type 16 GB: focus the field with Tab, clear it, then one real key press per character.
    tab_to(page, ".ls-calc-form input[name=gb]")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    for key in "16":
        page.keyboard.press(key)
    wait_until(page, "document.querySelector('.ls-calc-form select[name=device]').value === ''")
    summary = page.locator(".ls-calc-summary").inner_text()
    assert "16" in summary and locale.t("units.GB") in summary
    # Llama 3.1 8B in 16 GB at 4,096 tokens, 16-bit KV cache, by the page's rule (data/devices.yaml):
    #   fp16 (vLLM-style): 16,060,522,496 + 536,870,912 + 380,000,000 + 111,000 × 4,096 = 17.4 GB > 16 GB -> does not fit
    #   int8 (estimate, llama.cpp): 8,030,261,248 + 536,870,912 + 2,048 × 128,256 + 1,300 × 4,096 = 8.84 GB -> fits
    #   int4 (Q4_K_M file, llama.cpp): 4,920,734,656 + 536,870,912 + 268,000,000 = 5.73 GB -> fits
    assert row_cells(page, "Llama 3.1 8B") == [word["no"], word["fits"], word["fits"]]
    assert row_cells(page, "GPT-4") == [word["unknown"]] * 3
    # GPT-3's weights alone (175e9 × 2 bytes) are far above 16 GB: "does not fit" though its KV cache is unknown
    assert row_cells(page, "GPT-3")[0] == word["no"]

    # The KV-cache precision select: 4-bit keeps the verdicts here, and the assumptions line names it.
    tab_to(page, ".ls-calc-form select[name=kv]")
    page.keyboard.press("End")
    page.wait_for_function("document.querySelector('.ls-calc-form select[name=kv]').value === '4'")
    assert row_cells(page, "Llama 3.1 8B") == [word["no"], word["fits"], word["fits"]]
    assert locale.t("fit.calc_kv_bits", bits="4") in page.locator(".ls-calc-assumptions").inner_text()

    # A longer context with the arrow keys on the focused <select>.
    tab_to(page, ".ls-calc-form select[name=context]")
    page.keyboard.press("ArrowDown")
    wait_until(page, "document.querySelector('.ls-calc-form select[name=context]').value === '32768'")
    assert "32,768" in page.locator(".ls-calc-summary").inner_text()

    # A preset device chosen from the keyboard fills the GB field.
    tab_to(page, ".ls-calc-form select[name=device]")
    page.keyboard.press("End")
    wait_until(page, "document.querySelector('.ls-calc-form select[name=device]').value !== ''")
    assert page.locator(".ls-calc-form input[name=gb]").input_value() != "16"

    problems = axe_problems(page, f"{lang}/will-it-run")
    assert not problems, "\n".join(problems)
    page.set_viewport_size(PHONE)
    assert horizontal_overflow(page) is None
    assert not [e for e in errors], errors
    context.close()


@pytest.mark.parametrize("lang, typed, expected_gb", [
    ("ar", "٨", "8"),                    # Arabic-Indic 8
    ("ar", "٧٫٥ GB", "7.5"),  # ٧٫٥ GB: Arabic decimal separator and a unit
    ("th", "๑๖GB", "16"),           # Thai ๑๖GB
    ("zh", "８", "8"),                    # full-width ８
    ("en", "24 GiB", "25.8"),                 # GiB is 1.0737 GB
])
def test_the_memory_field_reads_the_readers_digits_and_units(browser, site_url, lang, typed, expected_gb):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{site_url}{lang_prefix(lang)}will-it-run/")
    wait_until(page, "document.querySelector('.ls-calc-out table')")
    tab_to(page, ".ls-calc-form input[name=gb]")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    press_text(page, typed)
    wait_until(page, "document.querySelector('.ls-calc-form select[name=device]').value === '' && "
                     "document.querySelector('.ls-calc-summary')")
    summary = page.locator(".ls-calc-summary").inner_text()
    assert expected_gb in summary.replace(",", "."), summary  # the usable memory the rule was given
    # not a number: the page says what it wants, and shows no verdicts
    page.keyboard.press("Control+A")
    press_text(page, "abc")
    wait_until(page, "document.querySelector('.ls-calc-invalid')")
    shown = page.locator(".ls-calc-invalid").inner_text().replace("\u200b", "").replace("\u2060", "")  # Thai breaks
    assert shown == load_locale(lang).t("fit.calc_invalid")
    assert page.locator(".ls-calc-out table").count() == 0
    page.close()


def test_without_javascript_the_preset_tables_carry_the_answers(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site_url}will-it-run/")
    note = page.locator(".ls-calc-nojs")
    assert note.is_visible() and "JavaScript" in note.inner_text()
    assert page.locator(".ls-calc-form").is_hidden()
    for table in ("#table-devices", "#table-fit-largest", "#table-browser"):
        assert page.locator(table).is_visible(), table
    assert page.locator("#table-devices tbody tr").count() == 13
    context.close()
