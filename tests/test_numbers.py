"""Numbers read naturally in each language: CLDR compact forms, local separators, Western digits."""

from __future__ import annotations

import re

import pytest

from pipeline.i18n.formatting import format_bytes, format_day, format_integer, format_params


@pytest.mark.parametrize("lang,expected", [
    ("en", "2.5\u00a0billion"), ("pt", "2,5\u00a0bilhões"), ("zh", "25\u00a0亿"), ("ar", "2.5\u00a0مليار"),
    ("th", "2.5\u00a0พันล้าน"), ("he", "2.5\u00a0מיליארד"),
])
def test_gemma_2b_in_each_language(lang, expected):
    assert format_params(2_506_172_416, lang, digits=2) == expected


def test_three_significant_digits_by_default():
    assert format_params(137_022_720, "en") == "137\u00a0million"
    assert format_params(1_026_408_235_864, "en") == "1.03\u00a0trillion"
    assert format_params(66_985_530, "zh") == "6700\u00a0万"


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_western_digits_and_no_bidi_marks(lang):
    for text in (format_params(684_531_386_000, lang), format_bytes(1_346_559_040, lang),
                 format_integer(2_506_172_416, lang), format_day("2026-08-21T00:00:00Z", lang)):
        assert not re.search("[\u0660-\u0669\u06f0-\u06f9\u200e\u200f]", text), (lang, text)
        assert re.search("[0-9]", text)


def test_decimal_bytes_with_local_separator():
    assert format_bytes(1_346_559_040, "en") == "1.35\u00a0GB"
    assert format_bytes(1_346_559_040, "pt") == "1,35\u00a0GB"
    assert format_bytes(67_000_000, "en") == "67\u00a0MB"
    assert format_integer(2_506_172_416, "pt") == "2.506.172.416"


def test_thai_dates_use_the_buddhist_era():
    assert format_day("2026-08-21T00:00:00Z", "th") == "21 สิงหาคม พ.ศ. 2569"
