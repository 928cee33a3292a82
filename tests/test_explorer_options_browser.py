"""The models explorer's size-band options in Chromium on right-to-left pages: ranges read in order."""

from __future__ import annotations

import re

import pytest

from pipeline.i18n.locales import load_locale
from pipeline.site import explorer
from pipeline.site.context import Page
from tests.test_explorer import _data, _row


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["he", "ar"])
def test_band_options_render_their_ranges_left_to_right(browser, lang):
    """Review 11, he #1: "10B–5" for 5–10B. The option's text starts with U+2066 and its range
    lays out left to right: the "5" is drawn left of the "B" in a right-to-left select."""
    html = explorer.explorer_html(Page(lang=lang, locale=load_locale(lang), data=_data([_row("a/m", 8 * 10**9)]),
                                       base_url="../"))
    select = re.search(r'<select name="band">.*?</select>', html, re.S).group(0)
    page = browser.new_page()
    page.set_content(f'<html lang="{lang}" dir="rtl"><body><span id="probe"></span>{select}</body></html>')
    text = page.eval_on_selector('select[name=band] option[value="7b-9b"]', "o => o.text")
    assert text == "\u20665–10B\u2069"
    # the same text in a right-to-left span: the first digit lies left of the last letter
    order = page.evaluate("""t => { const s = document.getElementById('probe'); s.textContent = t;
        const r = document.createRange(), n = s.firstChild, at = i => { r.setStart(n, i); r.setEnd(n, i + 1);
        return r.getBoundingClientRect().left; };
        return [at(t.indexOf('5')), at(t.indexOf('B'))]; }""", text)
    assert order[0] < order[1]
    page.close()
