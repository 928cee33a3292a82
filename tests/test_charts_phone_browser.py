"""Charts on a 360 px phone: the title and every legend entry read whole where the scroller opens."""

from __future__ import annotations

import pytest

from pipeline.site.charts import TITLE_COLUMNS, _columns, title_lines, wrap_titles
from tests.conftest import lang_prefix

PAGES = {"": ("scale", "classes"), "will-it-run/": ("fit",), "shrinking/": ("memory", "downloads")}

# The scroller's visible box against each title line and legend entry (getBoundingClientRect).
CUT = """(name) => {
  const block = document.querySelector(`#chart-${name}`), plot = block.querySelector('.ls-chart-plot');
  const box = plot.getBoundingClientRect(), svg = plot.querySelector('svg');
  const texts = [...svg.querySelectorAll('.role-title-text text, .role-title-subtitle text, '
    + '.role-legend-title text, .role-legend-label text')];
  return {scrollLeft: plot.scrollLeft, overflows: plot.scrollWidth > plot.clientWidth + 1,
    svgLeft: svg.getBoundingClientRect().left - box.left, count: texts.length,
    cut: texts.filter(t => { const r = t.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); }).map(t => t.textContent)};
}"""


def test_a_long_title_is_drawn_on_lines_and_a_short_one_kept_whole():
    assert title_lines("Featured models") == "Featured models"
    lines = title_lines("Featured models on each device (4-bit weights, 4,096 tokens or the model's shorter limit)")
    assert lines[0] == "Featured models on each device" and all(_columns(line) <= TITLE_COLUMNS for line in lines)
    assert " ".join(lines) == "Featured models on each device (4-bit weights, 4,096 tokens or the model's shorter limit)"
    # RTL: every line its own isolate; CJK counts double and breaks after its full-width comma
    rtl = title_lines("\u2067النماذج المختارة على كل جهاز (أوزان \u20664\u2069 بتات، \u20664,096\u2069 رمزًا أو حدّ النموذج)\u2069")
    assert len(rtl) > 1 and all(line.startswith("\u2067") and line.endswith("\u2069") for line in rtl)
    zh = title_lines("重点模型在各设备上的结论（4 位权重，4,096 个词元；模型上限更短时按其上限）")
    assert zh[0] == "重点模型在各设备上的结论" and "".join(zh).count("，") == 1
    spec = wrap_titles({"title": "x " * 40, "encoding": {"x": {"title": "y " * 40}}, "vconcat": [{"title": {"text": "z " * 40}}]})
    assert isinstance(spec["title"], list) and isinstance(spec["vconcat"][0]["title"]["text"], list)
    assert isinstance(spec["encoding"]["x"]["title"], str)  # axis titles are left alone


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["he", "ar", "en"])
@pytest.mark.parametrize("javascript", [True, False])
def test_chart_titles_and_legends_read_whole_on_a_phone(browser, site_url, lang, javascript):
    context = browser.new_context(viewport={"width": 360, "height": 800}, java_script_enabled=javascript)
    try:
        page = context.new_page()
        for path, names in PAGES.items():
            page.goto(site_url + lang_prefix(lang) + path)
            for name in names:
                page.locator(f"#chart-{name} .ls-chart-plot").scroll_into_view_if_needed()
                seen = page.evaluate(CUT, name)
                assert seen["count"] >= 1, f"{lang}/{path}{name}: no title found"
                # the plot reads left to right in every language and opens at its left edge
                assert seen["scrollLeft"] == 0 and abs(seen["svgLeft"]) <= 1, (lang, name, seen)
                if lang != "en":  # RTL: review 8 ar #1
                    assert not seen["cut"], f"{lang}/{path}{name}: cut at 360 px: {seen['cut']}"
        assert page.evaluate("document.querySelector('.ls-chart-plot').scrollWidth") > 330  # the plot did overflow
    finally:
        context.close()

