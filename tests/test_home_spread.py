"""Home's spread and "undisclosed" sentences: their counts come from the data, not from the chart's caption."""

from __future__ import annotations

import re

import pytest

from pipeline.i18n.formatting import format_integer
from pipeline.i18n.locales import load_locale
from pipeline.site import render
from pipeline.site.context import Page, load_site_data
from tests.conftest import LANGS, ROOT


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT / "data")


def home_text(data, lang: str) -> str:
    markdown = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
    page = Page(lang=lang, locale=load_locale(lang), data=data, src_path=f"docs/{lang}/index.md")
    html = render.render_markers(markdown, page)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html).replace("\u00a0", " "))


def test_the_new_counts_are_the_data_own():
    """known-size: every model with a count; 1b-to-100b: 1e9 ≤ count < 1e11; undisclosed: the developer's silence."""
    data = load_site_data(ROOT / "data")
    known = [m for m in data.models if m.get("params_total")]
    assert 0 < len(known) < len(data.models)
    middle = [m for m in known if 1e9 <= m["params_total"] < 1e11]
    assert 0 < len(middle) < len(known)
    undisclosed = [m for m in data.models if m.get("undisclosed")]
    assert undisclosed and all(not m.get("params_total") for m in undisclosed)


@pytest.mark.parametrize("lang", LANGS)
def test_the_spread_sentence_says_where_the_models_sit(data, lang):
    """Review 10, pt #4 and zh #10: "every model of known size lies between the smallest and the largest" was true by
    definition; the sentence now gives how many of the known sizes lie between 1 and 100 billion, and the
    "undisclosed" paragraph says how many there are instead of deferring to the chart's caption (zh #14)."""
    text = home_text(data, lang)
    known = sum(1 for m in data.models if m.get("params_total"))
    # by the chart's bands (the "1B" band starts at 900 million: Gemma 3 1B), so the figure is the sum of the bars
    # below it (review 11, he #12)
    bands = [c for c in data.size_classes if c["max_params"] and 1e9 < c["max_params"] <= 1e11]
    middle = sum(c["count"] for c in bands)
    assert bands[0]["min_params"] < 1e9 <= bands[0]["max_params"] and bands[-1]["max_params"] == 1e11
    assert middle == sum(1 for m in data.models if bands[0]["min_params"] <= (m.get("params_total") or 0) < 1e11)
    undisclosed = sum(1 for m in data.models if m.get("undisclosed"))
    spread = text.split("{#the-spread}", 1)[1].split("ls:chart", 1)[0] if "{#the-spread}" in text else text
    for figure in (known, middle):
        assert format_integer(figure, lang) in spread, (lang, figure)
    names = text.split("{#reading-names}", 1)[1].split("{#the-spread}", 1)[0]
    assert re.search(rf"(?<![\d.,]){re.escape(format_integer(undisclosed, lang))}(?![\d.,])", names), lang
    for circular in ("every one whose size is known lies in that range", "se distribuem entre esses dois extremos",
                     "规模已知的就分布在这么宽的范围里", "图下的说明会写明有几个", "its caption says how many"):
        assert circular not in text
