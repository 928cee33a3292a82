"""Chinese punctuation and spacing on rendered pages (pipeline/site/zh_text.py); the built zh pages are
checked in tests/test_script_built.py."""

from __future__ import annotations

import re
from html import unescape

import pytest

from pipeline.site.zh_text import tidy_chinese


def tidy(text: str) -> str:
    return tidy_chinese(f"<body>{text}</body>")[len("<body>"):-len("</body>")]


@pytest.mark.parametrize("before,after", [
    ("<p>26.1亿 (精确值：2,614,341,888)</p>", "<p>26.1 亿（精确值：2,614,341,888）</p>"),
    ("<p>数据来源: 重建的快照</p>", "<p>数据来源：重建的快照</p>"),
    ("<p>下载大小（默认权重）: ≈ 5.01 GB</p>", "<p>下载大小（默认权重）：≈ 5.01 GB</p>"),
    ("<td>Gemma 7B (偏紧)</td>", "<td>Gemma 7B（偏紧）</td>"),
    ('<p>迷你主机 ("Strix Halo")</p>', '<p>迷你主机（"Strix Halo"）</p>'),
    ("<p>模型。 以下模型</p>", "<p>模型。以下模型</p>"),
    ("<p>共45个模型, 按4.29 GB计算</p>", "<p>共 45 个模型，按 4.29 GB 计算</p>"),
    # across elements: the figure in its own <bdi>
    ('<p>约有<bdi class="ls-fig">8 GB</bdi>显存</p>', '<p>约有 <bdi class="ls-fig">8 GB</bdi> 显存</p>'),
    # colons and commas among Latin stay; brackets are full-width on the whole page, around names from data/ too
    ("<p>8,030,261,248 · 10:05 · a, b; c (d)</p>", "<p>8,030,261,248 · 10:05 · a, b; c（d）</p>"),
    ("<td>MacBook Air (M3)</td><td>int8 (≈ Q8_0)</td>", "<td>MacBook Air（M3）</td><td>int8（≈ Q8_0）</td>"),
    # a name in another language keeps its marks; English names are set like the page
    ('<th><span lang="pt" dir="ltr">Português (Brasil)</span> (x)</th>', '<th><span lang="pt" dir="ltr">Português (Brasil)</span>（x）</th>'),
    ('<small lang="en">Apple M1 (7-core GPU)</small>', '<small lang="en">Apple M1（7-core GPU）</small>'),
    # no space before a full-width mark: a verdict and its note joined by a space
    ('<td><span class="v">未知</span> ：暂无网页版本记录</td>', '<td><span class="v">未知</span>：暂无网页版本记录</td>'),
    # the writer's space after <code> stays (it was dropped: "" counted as a full-width mark)
    ("<p>用 <code>Q4_K_M</code> 文件，<code>--cpu-moe</code> 把</p>", "<p>用 <code>Q4_K_M</code> 文件，<code>--cpu-moe</code> 把</p>"),
])
def test_generated_chinese_gets_full_width_marks_and_one_space_rule(before, after):
    assert tidy(before) == after


def test_code_attributes_and_svg_labels_are_left_alone_but_svg_tooltips_follow():
    html = ('<a title="数据来源: x" href="/a(1)">x</a><code>f(模型): 1</code><pre>模型: 1</pre>'
            '<svg><text>模型 (偏紧)</text><path><title>迷你主机: 装得下</title></path></svg>')
    assert tidy(html) == html.replace("迷你主机: 装得下", "迷你主机：装得下")


def test_the_browser_tab_title_takes_full_width_brackets_as_the_h1_does():
    """Review 8 zh #4: the <title> of an NVIDIA repo's page kept "(NVIDIA)" while its h1 had "（NVIDIA）"."""
    from pipeline.site.page_html import finish_page
    from pipeline.site.zh_text import tidy_title

    page = ('<html lang="en"><head><title>DeepSeek-V3.1 NVFP4 (NVIDIA) - LLM Sizes</title></head>'
            '<body><h1>DeepSeek-V3.1 NVFP4 (NVIDIA)</h1></body></html>')
    assert "<title>DeepSeek-V3.1 NVFP4（NVIDIA）- LLM Sizes</title>" in tidy_title(page)
    done = finish_page(page, "zh", "ltr", "en", material_search=False)
    assert "<title>DeepSeek-V3.1 NVFP4（NVIDIA）- LLM Sizes</title>" in done and "<h1>DeepSeek-V3.1 NVFP4（NVIDIA）</h1>" in done
    # the rule is zh's: other languages keep their brackets
    assert "(NVIDIA) - LLM Sizes</title>" in finish_page(page, "en", "ltr", "en", material_search=False)
