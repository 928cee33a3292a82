"""Search per language: one index per language (pipeline/search.py), queried in Chromium like a reader."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.site import search
from pipeline.i18n.locales import load_locale
from tests.conftest import LANGS, lang_prefix, wait_until

# Pure: the split ---------------------------------------------------------------------------------

COMBINED = {
    "config": {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
               "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
    "docs": [
        {"location": "", "title": "How big is an LLM?", "text": "<p>Gemma 2B</p>"},
        {"location": "models/#all", "title": "All models", "text": "<p>table</p>"},
        {"location": "th/", "title": "ขนาดโมเดล", "text": "<p>จำนวนพารามิเตอร์ของ Gemma 2B</p>"},
        {"location": "he/models/", "title": "טבלת המודלים", "text": "<p>מודל</p>"},
        {"location": "thesis/", "title": "Not Thai", "text": "<p>an English page whose path starts with th</p>"},
    ],
}


def test_each_language_gets_its_own_entries_with_locations_from_its_root():
    indexes = search.language_indexes(COMBINED, ["en", "he", "th"], "en")
    assert [doc["location"] for doc in indexes["en"]["docs"]] == ["", "models/#all", "thesis/"]
    assert [doc["location"] for doc in indexes["he"]["docs"]] == ["models/"]
    assert [doc["location"] for doc in indexes["th"]["docs"]] == [""]


def test_thai_is_cut_into_words_joined_by_zero_width_space_and_the_separator_splits_them():
    thai = search.language_indexes(COMBINED, ["en", "th"], "en")["th"]
    doc = thai["docs"][0]
    assert doc["title"] == "ขนาด\u200bโมเดล"
    # the glossary is in the dictionary: จำนวนพารามิเตอร์ (parameter count) is one word
    assert "จำนวนพารามิเตอร์\u200bของ Gemma 2B" in doc["text"]
    separator = re.compile(thai["config"]["separator"])
    assert separator.split("ขนาด\u200bโมเดล") == ["ขนาด", "โมเดล"]
    assert thai["config"]["query"] == {"segment": "[\\u0E00-\\u0E7F]+"}


def test_glossary_words_stay_whole_in_thai_and_chinese():
    # pythainlp alone cuts ควอนไทเซชัน into ค|วอน|ไท|เซ|ชัน; jieba alone cuts 参数量 into 参|数量
    assert search.segment_thai("ควอนไทเซชันและพรูนนิงลดค่าน้ำหนัก").split("\u200b") == [
        "ควอนไทเซชัน", "และ", "พรูนนิง", "ลด", "ค่าน้ำหนัก"]
    import jieba
    search.teach_jieba()
    assert list(jieba.cut("参数量和下载大小")) == ["参数量", "和", "下载大小"]


def test_settings_per_language():
    configs = {lang: search.search_config(lang, COMBINED["config"]) for lang in LANGS}
    assert configs["ar"]["lang"] == ["ar"] and "stemmer" in configs["ar"]["pipeline"]
    assert configs["pt"]["lang"] == ["pt"] and "stemmer" in configs["pt"]["pipeline"]
    assert configs["he"]["lang"] == ["he"] and "stemmer" not in configs["he"]["pipeline"]
    assert configs["ar"]["query"] == {"stem": "ar"} and configs["pt"]["query"] == {"stem": "pt"}
    for lang, config in configs.items():
        assert "trimmer" not in config["pipeline"], lang  # lunr's trimmers strip other scripts
        assert "\\u200b" in config["separator"], lang      # Chinese (jieba) and Thai word breaks
        assert config["fields"] == COMBINED["config"]["fields"]
    separator = re.compile(configs["zh"]["separator"])
    assert [t for t in separator.split("下载\u200b大小，Llama 3.1。") if t] == ["下载", "大小", "Llama", "3.1"]


@pytest.mark.build
def test_the_build_writes_one_index_per_language(built_site):
    for lang in LANGS:
        index = json.loads((built_site / lang_prefix(lang) / "search" / "search_index.json").read_text("utf-8"))
        assert index["docs"], lang
        assert index["config"]["lang"] == search.LANGUAGE_SETTINGS[lang]["lang"]
        others = [f"{code}/" for code in LANGS if code != "en"]
        assert not [d["location"] for d in index["docs"] if d["location"].startswith(tuple(others))], lang
    # every page points Material's search at its own language root
    html = (built_site / "he" / "models" / "index.html").read_text("utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html).group(1))
    assert config["base"] == "../../he/"
    assert config["search"].startswith("../../assets/javascripts/workers/llmsizes-search.js?material=search.")


# In Chromium: a reader types into Material's search box --------------------------------------------

# (language, query, why): the words come from locales/<lang>.ftl's glossary, which the pages use.
QUERIES = [
    ("en", lambda t: t("glossary.quantization"), "plain English"),
    ("he", lambda t: t("glossary.quantization"), "Hebrew, plain tokens"),
    ("ar", lambda t: "بال" + t("glossary.quantization"), "Arabic stemmed: 'with the' + quantization"),
    ("pt", lambda t: "quantizações", "Portuguese stemmed: plural of quantização"),
    ("th", lambda t: t("glossary.parameter_count"), "Thai: two words typed without a space"),
    ("zh", lambda t: t("glossary.download_size"), "Chinese: jieba in the index, Material on the query"),
]


def _search(page, site_url: str, lang: str, query: str) -> list[str]:
    """Open the language's home page, type the query, return the result links (absolute URLs)."""
    page.goto(site_url + lang_prefix(lang))
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # a key event, as at the end of typing or of an IME composition
    wait_until(page, "document.querySelector('.md-search-result__list li.md-search-result__item') !== null",
               timeout=10_000)
    return page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.href)")


@pytest.mark.browser
@pytest.mark.parametrize("lang,make_query,why", QUERIES, ids=[q[0] for q in QUERIES])
def test_a_query_finds_pages_of_the_readers_language_only(page, site_url, lang, make_query, why):
    query = make_query(load_locale(lang).t)
    links = _search(page, site_url, lang, query)
    assert links, f"{lang}: no result for {query!r} ({why})"
    home = site_url + lang_prefix(lang)
    assert links[0].startswith(home), f"{lang}: first result {links[0]} for {query!r} is not a {lang} page"
    other_roots = [site_url + lang_prefix(code) for code in LANGS if code not in (lang, "en")]
    strays = [link for link in links if not link.startswith(home) or link.startswith(tuple(other_roots))]
    assert not strays, f"{lang}: results from other languages for {query!r}: {strays}"


@pytest.mark.browser
def test_a_model_id_is_found_from_a_right_to_left_page(page, site_url):
    # Latin ids inside Arabic pages survive indexing (no Arabic-only trimmer).
    links = _search(page, site_url, "ar", "gemma")
    assert links and all(link.startswith(site_url + "ar/") for link in links), links
