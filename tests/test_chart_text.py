"""Built pages: figure and unit on one line, chart titles and captions as review 10 asked (th, pt, zh)."""

from __future__ import annotations

import re
from html import unescape

import pytest


from pipeline.site.charts import LINE_END, title_lines
from pipeline.site.page_html import keep_units
from tests.conftest import LANGS, lang_prefix

# Text between tags outside scripts, styles, code and charts (as keep_units reads a page).
_SKIPPED = re.compile(r"<(script|style|code|pre|kbd|samp|svg|textarea)\b.*?</\1>", re.S | re.I)


def _text(html: str) -> str:
    body = html[html.find("<body"):]
    return unescape(re.sub(r"<[^>]+>", "", _SKIPPED.sub(" ", body)))


def _read(site, lang: str, path: str) -> str:
    return (site / lang_prefix(lang) / path / "index.html").read_text(encoding="utf-8")


def test_keep_units_joins_figure_and_unit_in_text_only():
    html = ('<html><body><p>16 GiB e 80 GiB, 1.01 TB/s, 7 B, 3 GBs</p><code>16 GB</code>'
            '<a title="16 GB">4.29 GB</a><svg><text>8 GB</text></svg></body></html>')
    done = keep_units(html)
    assert "16\u00a0GiB e 80\u00a0GiB, 1.01\u00a0TB/s, 7 B, 3 GBs" in done
    assert "<code>16 GB</code>" in done and 'title="16 GB"' in done and "<text>8 GB</text>" in done
    assert ">4.29\u00a0GB</a>" in done and keep_units(done) == done


@pytest.mark.parametrize("lang", LANGS)
def test_no_line_break_between_a_figure_and_its_unit_on_any_page(built_site, lang):
    """review 10 pt #9: "16 / GiB" and "80 / GiB" broke apart on the home page at 360 px."""
    problems = []
    for page in ("", "will-it-run/", "shrinking/", "methodology/"):
        html = _read(built_site, lang, page.rstrip("/")) if page else \
            (built_site / lang_prefix(lang) / "index.html").read_text(encoding="utf-8")
        problems += [f"{lang}/{page}: {m.group(0)!r}"
                     for m in re.finditer(r"\d [kMGTP]i?B\b", _text(html))]
    assert not problems, problems[:10]


def test_a_title_keeps_a_figure_with_its_word_and_thai_marks_take_no_column():
    lines = title_lines("โมเดลเด่นบนแต่ละอุปกรณ์ (ค่าน้ำหนัก 4 บิต บริบท 4,096 โทเค็น หรือเท่าที่โมเดลรับได้ถ้าสั้นกว่า)")
    assert lines == ["โมเดลเด่นบนแต่ละอุปกรณ์" + LINE_END, "(ค่าน้ำหนัก 4 บิต บริบท 4,096 โทเค็น" + LINE_END,
                     "หรือเท่าที่โมเดลรับได้ถ้าสั้นกว่า)"]
    # no space is added where a Chinese line broke before its full-width bracket or after its comma
    assert not any(LINE_END in line for line in title_lines("重点模型在各设备上的结论（4 位权重，4,096 个词元；模型上限更短时按其上限）"))


def test_thai_heatmap_title_and_caption(built_site):
    """review 10 th #4 ("4,096 / โทเค็น" on two lines, spaces lost on copy) and th #5 (nested brackets)."""
    html = _read(built_site, "th", "will-it-run")
    block = html[html.index('id="chart-fit"'):]
    svg = block[:block.index("</svg>")]
    # the title and, since review 11 pt #9, its bracketed part as a subtitle: each line as drawn
    for kind in ("text", "subtitle"):
        text = re.search(rf'class="mark-text role-title-{kind}".*?</text>', svg, re.S).group(0)
        drawn = [unescape(t) for t in re.findall(r"<tspan[^>]*>([^<]*)</tspan>", text)] or \
            [unescape(re.sub(r"<[^>]+>", "", text))]
        assert all(line.endswith("\u00a0\u2060") for line in drawn[:-1]), drawn  # a space survives the break
        if kind == "subtitle":
            assert any("4,096 โทเค็น" in line for line in drawn), drawn
    caption = unescape(re.search(r"<figcaption>(.*?)</figcaption>", block, re.S).group(1))
    depth, deepest = 0, 0
    for char in caption:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    assert deepest == 1, caption


def test_portuguese_missing_models_caption_writes_every_count_in_figures(built_site):
    """review 10 pt #11: "2 porque … e um porque …"."""
    html = (built_site / "pt" / "index.html").read_text(encoding="utf-8")
    caption = unescape(re.search(r'id="chart-scale".*?<figcaption>(.*?)</figcaption>', html, re.S).group(1))
    assert "Ficam fora do gráfico" in caption and not re.search(r"\bum porque\b", caption), caption


@pytest.mark.parametrize("lang", LANGS)
def test_worst_runs_table_names_a_format_once_and_states_the_mlx_allowance(built_site, lang):
    """review 10 th #11 (MLX 4-bit twice in a row header) and zh #8 (a reason citing an MLX constant no
    sentence defined): the GiB row gives the gap and MLX's fixed 150 MB from data/fit.yaml."""
    html = _read(built_site, lang, "methodology")
    table = re.search(r'<table class="ls-table ls-sortable" id="table-calibration-worst">(.*?)</table>', html, re.S).group(1)
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]:
        header = re.search(r'<th scope="row">(.*?)</th>', row, re.S).group(1)
        name = _text("<body>" + re.search(r"<a [^>]*>(.*?)</a>", header, re.S).group(1))
        formats = re.findall(r"<code[^>]*>(.*?)</code>", header)
        assert not any(unescape(f) in name for f in formats), (lang, name, formats)
    text = _text("<body>" + table)
    assert re.search(r"150\u00a0MB", text) and re.search(r"151\u00a0MB", text), (lang, text[-600:])
