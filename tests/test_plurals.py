"""CLDR plurals, list patterns and number words (pipeline/i18n/locales.py, pipeline/i18n/formatting.py)."""

from __future__ import annotations

import pytest

from pipeline.i18n.formatting import cldr_locale, format_list, format_params
from pipeline.i18n.ftl import parse_catalog
from pipeline.i18n.locales import LOCALES_DIR, load_locale, plural_problems, read_locale_file
from tests.conftest import LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_each_plural_string_has_every_form_cldr_uses_in_its_language(lang):
    strings = read_locale_file(LOCALES_DIR / f"{lang}.ftl")
    assert plural_problems(lang, strings) == []
    needed = set(cldr_locale(lang).plural_form.tags) | {"other"}
    for value in strings.values():
        if value.categories:
            assert needed <= value.categories


def test_a_plural_missing_a_cldr_form_is_reported():
    entries = parse_catalog("a = { $count ->\n    [one] x\n   *[other] { $count } y\n}\n", "ar.ftl")
    problems = plural_problems("ar", entries)
    assert problems == ["ar.ftl:1: plural 'a' lacks CLDR form(s) few, many, two, zero for ar"]


@pytest.mark.parametrize("lang,count,expected", [
    ("en", 1, "1 model could not be refreshed"),
    ("en", 3, "3 models could not be refreshed"),
    ("he", 1, "לא ניתן היה לרענן מודל אחד,"),
    ("he", 2, "לא ניתן היה לרענן שני מודלים,"),
    ("he", 7, "לא ניתן היה לרענן 7 מודלים,"),
    ("pt", 1, "1 modelo não pôde ser atualizado"),
    ("pt", 4, "4 modelos não puderam ser atualizados"),
    ("ar", 1, "تعذّر تحديث نموذج واحد،"),
    ("ar", 2, "تعذّر تحديث نموذجين،"),
    ("ar", 5, "تعذّر تحديث 5 نماذج،"),
    ("ar", 11, "تعذّر تحديث 11 نموذجًا،"),
    ("ar", 100, "تعذّر تحديث 100 نموذج،"),
])
def test_counts_pick_the_cldr_form(lang, count, expected):
    locale = load_locale(lang)
    assert locale.plural("notice.stale_models", count).startswith(expected)
    # t() with a formatted count string picks the same form
    assert locale.t("notice.stale_models", count=str(count)).startswith(expected)


@pytest.mark.parametrize("lang,items,expected", [
    ("en", ["Gemma 2", "Llama 3", "Qwen"], "Gemma 2, Llama 3, and Qwen"),
    ("ar", ["Gemma 2", "Llama 3", "Qwen"], "Gemma 2، Llama 3 وQwen"),
    ("zh", ["Gemma 2", "Llama 3", "Qwen"], "Gemma 2、Llama 3和Qwen"),
    ("he", ["Gemma 2", "Llama 3", "Qwen"], "Gemma 2, Llama 3 ו\u05beQwen"),
    ("he", ["אלף", "בית"], "אלף ובית"),
    ("th", ["Gemma 2", "Llama 3"], "Gemma 2 และ Llama 3"),
    ("pt", ["Gemma 2", "Llama 3", "Qwen"], "Gemma 2, Llama 3 e Qwen"),
])
def test_lists_use_the_languages_pattern(lang, items, expected):
    assert format_list(items, lang) == expected


@pytest.mark.parametrize("lang,expected", [("zh", "a、b、c"), ("ar", "a، b، c"), ("en", "a, b, c"),
                                           ("th", "a, b, c")])
def test_unit_lists_have_no_conjunction_and_no_latin_comma_in_ar_zh(lang, expected):
    assert format_list(["a", "b", "c"], lang, style="unit") == expected


@pytest.mark.parametrize("count,expected", [
    (5_000_000_000, "5\u00a0مليارات"), (3_000_000, "3\u00a0ملايين"), (10_000_000, "10\u00a0ملايين"),
    (11_000_000_000, "11\u00a0مليارًا"), (2_500_000_000, "2.5\u00a0مليار"), (4_000_000_000_000, "4\u00a0تريليونات"),
    # 11–99 and any number whose last two digits are 11–99: accusative singular (review ar.md §10)
    (685_000_000_000, "685\u00a0مليارًا"), (13_000_000_000, "13\u00a0مليارًا"), (50_000_000, "50\u00a0مليونًا"),
    (99_000_000_000_000, "99\u00a0تريليونًا"), (100_000_000_000, "100\u00a0مليار"), (102_000_000_000, "102\u00a0مليار"),
])
def test_arabic_number_words_agree_with_the_number(count, expected):
    assert format_params(count, "ar") == expected
