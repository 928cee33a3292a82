"""Charts on a 360 px phone: the title, axis titles, legend entries and, in RTL, each chart's first labels
read whole where the scroller opens (the left edge in LTR, the right edge of a mirrored RTL chart)."""

from __future__ import annotations

import pytest

from pipeline.site.charts import LINE_END, TITLE_COLUMNS, _columns, title_lines, wrap_titles
from tests.conftest import lang_prefix

PAGES = {"": ("scale", "classes"), "will-it-run/": ("fit",), "shrinking/": ("memory", "downloads")}

# The scroller's visible box against each title line and legend entry (getBoundingClientRect).
CUT = """(name) => {
  const block = document.querySelector(`#chart-${name}`), plot = block.querySelector('.ls-chart-plot');
  const box = plot.getBoundingClientRect(), svg = plot.querySelector('svg');
  const texts = [...svg.querySelectorAll('.role-title-text text, .role-title-subtitle text, '
    + '.role-legend-title text, .role-legend-label text, .role-axis-title text')];
  return {scrollLeft: plot.scrollLeft, overflows: plot.scrollWidth > plot.clientWidth + 1,
    svgLeft: svg.getBoundingClientRect().left - box.left, svgRight: svg.getBoundingClientRect().right - box.right,
    count: texts.length,
    cut: texts.filter(t => { const r = t.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); }).map(t => t.textContent)};
}"""


def test_a_long_title_is_drawn_on_lines_and_a_short_one_kept_whole():
    assert title_lines("Featured models") == "Featured models"
    lines = title_lines("Featured models on each device (4-bit weights, 4,096 tokens or the model's shorter limit)")
    # a line that broke at a space keeps it (LINE_END: Vega trims lines, and copied text lost its spaces)
    assert lines[0] == "Featured models on each device" + LINE_END
    lines = [line.removesuffix(LINE_END) for line in lines]
    assert all(_columns(line) <= TITLE_COLUMNS for line in lines)
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
    widths = []
    for page, path, name, seen in _each_chart(browser, site_url, lang, CUT, java_script_enabled=javascript):
        widths.append(page.evaluate("(name) => document.querySelector(`#chart-${name} .ls-chart-plot`).scrollWidth", name))
        assert seen["count"] >= 1, f"{lang}/{path}{name}: no title found"
        # the box opens where the chart starts: its left edge in LTR, its right edge in RTL (mirrored)
        edge = seen["svgLeft"] if lang == "en" else seen["svgRight"]
        assert seen["scrollLeft"] == 0 and abs(edge) <= 1, (lang, name, seen)
        if lang != "en":  # RTL: review 8 ar #1, review 10 ar #5 (axis titles)
            assert not seen["cut"], f"{lang}/{path}{name}: cut at 360 px: {seen['cut']}"
    assert max(widths) > 330  # a plot did overflow


def _each_chart(browser, site_url, lang, script, **options):
    """Each chart of PAGES at 360 px, scrolled into view: (page, path, name, what `script` saw of it)."""
    context = browser.new_context(viewport={"width": 360, "height": 800}, **options)
    try:
        page = context.new_page()
        for path, names in PAGES.items():
            page.goto(site_url + lang_prefix(lang) + path)
            for name in names:
                page.locator(f"#chart-{name} .ls-chart-plot").scroll_into_view_if_needed()
                yield page, path, name, page.evaluate(script, name)
    finally:
        context.close()



# Each chart's first labels in reading order: the first category (y-axis) label and the first label
# beside a bar or line, measured against the box; and the page itself never scrolls sideways.
FIRST = """(name) => {
  const plot = document.querySelector(`#chart-${name} .ls-chart-plot`), box = plot.getBoundingClientRect();
  const rtl = getComputedStyle(plot).direction === 'rtl';
  const inside = (t) => { const r = t.getBoundingClientRect();
    return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1; };
  const starts = (t) => { const r = t.getBoundingClientRect();  // the label's first letters are in the box
    return r.width > 0 && (rtl ? r.right <= box.right + 1 && r.right - 30 >= box.left : r.left >= box.left - 1); };
  const spread = (ts, side) => { const v = ts.map(t => t.getBoundingClientRect()[side]);
    return Math.max(...v) - Math.min(...v); };
  // the category axis: labels one under another, aligned on one edge (slanted labels align on neither)
  const axes = [...plot.querySelectorAll('.role-axis-label')].map(g => [...g.querySelectorAll('text')])
    .filter(ts => ts.length > 1 && spread(ts, 'top') > 5 && Math.min(spread(ts, 'left'), spread(ts, 'right')) <= 3);
  const category = axes.length ? axes[0][0] : null;
  const beside = [...plot.querySelectorAll('.mark-text.role-mark text')].find(t => t.textContent.trim());
  const hint = document.querySelector(`#chart-${name} .ls-chart-hint`);
  return {rtl, category: category && category.textContent, categoryInside: !!category && inside(category),
    beside: beside && beside.textContent, besideStarts: !!beside && starts(beside),
    overflows: plot.scrollWidth > plot.clientWidth + 1, hint: !!hint && hint.getBoundingClientRect().height > 0,
    pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["ar", "he"])
def test_rtl_charts_open_at_their_start_on_a_phone(browser, site_url, lang):
    """review 10 ar #5: the LTR plot opened on its far end for an RTL reader, cutting the axis title's
    start, the big bars and the start of every bar label; mirrored, the box opens where the chart starts."""
    for _, path, name, seen in _each_chart(browser, site_url, lang, FIRST):
        assert seen["pageWidth"] <= seen["viewport"], (lang, path, seen)  # no sideways page scroll
        assert seen["rtl"] and seen["category"], (lang, name, seen)
        assert seen["categoryInside"], f"{lang}/{path}{name}: first label cut: {seen}"
        if name in ("scale", "classes"):  # a label beside each bar, its start where the bar starts
            assert seen["besideStarts"], f"{lang}/{path}{name}: first bar label's start cut: {seen}"
        assert not seen["overflows"] or seen["hint"], (lang, name, seen)  # more to see: the cue says so


# At 1280 px: each legend entry's swatch against its label, each title's lines, and the methodology scatter's box.
WIDE = """(name) => {
  const block = document.querySelector(`#chart-${name}`), plot = block.querySelector('.ls-chart-plot');
  const svg = plot.querySelector('svg'), box = plot.getBoundingClientRect(), s = svg.getBoundingClientRect();
  const rect = (e) => e.getBoundingClientRect();
  const labels = [...svg.querySelectorAll('.role-legend-label text')], symbols = [...svg.querySelectorAll('.role-legend-symbol path')];
  const entries = labels.map((t, i) => ({text: t.textContent, label: rect(t), symbol: symbols[i] && rect(symbols[i])}))
    .filter(e => e.symbol && e.label.width > 0)
    .map(e => ({text: e.text, symbolRight: e.symbol.left >= e.label.right - 1, symbolLeft: e.symbol.right <= e.label.left + 1,
                top: Math.round(e.label.top), x: e.label.left}));
  const lines = (sel) => [...svg.querySelectorAll(sel)].flatMap(t => t.querySelectorAll('tspan').length
    ? [...t.querySelectorAll('tspan')] : [t]).map(t => t.textContent.replace(/[\\u2066-\\u2069\\u2060\\u00a0]/g, ' ').trim());
  return {entries, title: lines('.role-title-text text'), subtitle: lines('.role-title-subtitle text'),
          gapLeft: s.left - box.left, gapRight: box.right - s.right};
}"""
WIDE_PAGES = {**PAGES, "methodology/": ("calibration", "calibration-speed")}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["he", "ar", "pt"])
def test_wide_charts_mirror_their_legends_balance_their_titles_and_centre_the_scatters(browser, site_url, lang):
    """review 11 he #6 (legends read backwards in RTL), he #8 (a one-word last title line), pt #9 (the heatmap
    title on five lines) and he #7 (the methodology scatters left half the figure empty), at 1280 px."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        for path, names in WIDE_PAGES.items():
            page.goto(site_url + lang_prefix(lang) + path)
            for name in names:
                seen = page.evaluate(WIDE, name)
                where = f"{lang}/{path}{name}"
                assert seen["entries"] or name == "classes", f"{where}: no legend entry"  # classes: none
                # mirrored charts: the swatch right of its label in RTL; the number-against-number scatters stay
                # left to right, legends included (a mirrored legend on them drew "llama.cpp" past the drawing)
                side = "symbolRight" if lang != "pt" and not name.startswith("calibration") else "symbolLeft"
                assert all(e[side] for e in seen["entries"]), f"{where}: swatch on the wrong side: {seen['entries']}"
                if name == "memory":  # the first precision starts the row where the reading starts
                    row = sorted(seen["entries"], key=lambda e: e["x"], reverse=lang != "pt")
                    assert [e["text"] for e in row] == ["fp32", "fp16", "int8", "int4"], (where, row)
                for lines in (seen["title"], seen["subtitle"]):
                    assert len(lines) == 1 or all(" " in line for line in lines), f"{where}: a lone word: {lines}"
                if name == "fit":
                    assert seen["subtitle"] and len(seen["title"]) <= 2, (where, seen["title"], seen["subtitle"])
                if name.startswith("calibration"):
                    assert seen["gapLeft"] > 100 and abs(seen["gapLeft"] - seen["gapRight"]) <= 2, (where, seen)
    finally:
        context.close()
