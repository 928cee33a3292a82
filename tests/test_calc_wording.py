"""The calculator's sentences as readers reviewed them (review 10): one template for every verdict sentence with
the verdict said once, by the badge (ar #4); the offload lines name the reader's own RAM field and each format's
size (ar #2, #11); option names quoted in Chinese (zh #5); no running tally in Portuguese (pt #6)."""

from __future__ import annotations

import pytest

from pipeline.i18n.locales import load_locale
from tests.conftest import LANGS

ARGS = {"model": "MODEL", "format": "FMT", "device": "DEVICE", "total": "TOTAL", "weights": "TOTAL",
        "usable": "USABLE", "share": "SHARE", "context": 4096, "limit": 2048}


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "").replace("\u200b", "")


@pytest.mark.parametrize("lang", LANGS)
def test_every_verdict_sentence_opens_alike_and_never_repeats_the_badge(lang):
    locale = load_locale(lang)
    openings = set()
    for key in ("fits", "tight", "no", "no_weights"):
        text = _plain(locale.t(f"calc.verdict.{key}", **ARGS))
        openings.add(text[:text.index("TOTAL")])  # "MODEL in FMT needs ": the same words before the figure
        badge = _plain(locale.t(f"fit.verdict.{'no' if key == 'no_weights' else key}"))
        assert badge not in text, (lang, key, text)
    assert len(openings) == 1, (lang, openings)


def test_arabic_one_token_sentences_say_the_model_does_not_fit_at_any_length():
    ar = load_locale("ar")  # review 10 ar #7: «ولا حتى لسياق من رمز واحد» read as "not even enough for the context"
    for key in ("calc.largest_none", "calc.largest_gpu_none"):
        assert "ولو قصّرت السياق إلى رمز واحد" in ar.t(key) and "ولا حتى" not in ar.t(key)


@pytest.mark.parametrize("lang", LANGS)
def test_the_offload_lines_say_where_their_figures_come_from(lang):
    locale = load_locale(lang)
    text = locale.t("calc.offload_no_ram", cpu="CPU", ram="RAMGIB", typed="TYPED")
    assert "TYPED" in text and "RAMGIB" in text, text  # the field's own figure, then as read
    text = locale.t("calc.offload_engine", formats="OPTIONS", format="FMT", weights="WEIGHTS")
    assert "OPTIONS" in text and "WEIGHTS" in text, text  # the current format's size beside the options' own


def test_chinese_option_names_are_quoted_with_no_space_around_them():
    zh = load_locale("zh")  # the script quotes each name: “≈ int8”（124 GB）或“≈ int4”（…）
    text = zh.t("calc.offload_engine", formats="“≈ int8”或“≈ int4”", format="safetensors", weights="65.2 GB")
    assert "选择“≈ int8”或“≈ int4”查看" in _plain(text), text


@pytest.mark.parametrize("count", [1, 2, 5, 1_000_000])
def test_portuguese_left_out_counts_are_not_a_running_tally(count):
    pt = load_locale("pt")
    for key in ("calc.web_left_out", "calc.web_only_left_out"):
        text = pt.t(key, count=count)
        assert not text.startswith("Mais "), text
        assert text.startswith("Outro modelo" if count == 1 else "Outros "), text
