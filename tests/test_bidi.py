"""Bidi isolation of Latin and number runs in right-to-left text (pipeline/i18n/bidi.py, rtl_text.py)."""

from __future__ import annotations

import pytest

from pipeline.i18n.bidi import isolate_ltr_runs, rtl_label
from pipeline.site.rtl_text import isolate_page_runs

L, R, P = "\u2066", "\u2067", "\u2069"


@pytest.mark.parametrize("text,expected", [
    ("GPU למרכז נתונים, 80\u00a0GB", f"GPU למרכז נתונים, {L}80\u00a0GB{P}"),   # he review §3
    ("هاتف، 8\u00a0GB", f"هاتف، {L}8\u00a0GB{P}"),                             # ar review §6
    ("ما بين 65% و75%", f"ما بين {L}65%{P} و{L}75%{P}"),                          # a prefix letter before 75%
    ("65–75%", f"{L}65–75%{P}"),
    ("والنسخة -it", f"والنسخة {L}-it{P}"),
    ("Llama 3.1 8B, Gemma 2", f"{L}Llama 3.1 8B{P}, {L}Gemma 2{P}"),              # a list keeps the page's order
    ("ו-Llama 3", f"ו-{L}Llama 3{P}"),                                           # the hyphen is the prefix's
    ("4,096 טוקנים", f"{L}4,096{P} טוקנים"),
    ("GPU ו-English", "GPU ו-English"),                                          # words alone keep their order
])
def test_runs_that_reorder_in_rtl_text_are_isolated(text, expected):
    assert isolate_ltr_runs(text) == expected


def test_a_label_for_an_ltr_plot_is_one_rtl_isolate_with_its_runs_inside():
    assert rtl_label("\u2068GPU למרכז נתונים, 80\u00a0GB\u2069") == f"{R}GPU למרכז נתונים, {L}80\u00a0GB{P}{P}"
    assert rtl_label("") == ""


def test_page_text_is_isolated_but_attributes_code_and_svg_are_not():
    html = ('<body><td title="80 GB">טלפון, 8\u00a0GB</td><code>-it 8 GB</code>'
            '<svg><text>8 GB</text></svg><p>ה־<bdi>Gemma 2 2B</bdi></p></body>')
    assert isolate_page_runs(html) == html.replace("טלפון, 8\u00a0GB", f"טלפון, {L}8\u00a0GB{P}").replace(
        "<bdi>Gemma 2 2B", f"<bdi>{L}Gemma 2 2B{P}")


def test_a_figure_already_in_an_isolate_is_never_split_at_its_decimal_point():
    # the home chart caption: "37.8 million" inside an FSI; isolating "8" alone rendered "8.37"
    text = "מ־Whisper tiny עם \u206837.8\u00a0מיליון\u2069 ועד \u20681.61\u00a0טריליון\u2069"
    assert isolate_ltr_runs(text) == text
    assert isolate_ltr_runs("עם 37.8 GB") == "עם \u206637.8 GB\u2069"


def test_character_references_are_never_split_by_an_isolate():
    # ar/he review: «&#34;Strix Halo&#34;» showed as text, the isolate having cut "&#34;" in two
    html = '<body><small>AMD Ryzen AI Max+ 395 (&#34;Strix Halo&#34;) &amp; 8 &lt;b&gt;</small></body>'
    out = isolate_page_runs(html)
    assert "&#" not in out and '("Strix Halo")' in out
    assert "&amp; " in out and "&lt;b&gt;" in out and "<b>" not in out
    assert f"{L}395{P}" in out
