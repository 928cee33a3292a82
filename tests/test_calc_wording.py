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


WEB = dict(model="MODEL", format="FMT", device="DEVICE", total="TOTAL", usable="USABLE", runtime="WebLLM")


@pytest.mark.parametrize("lang", LANGS)
def test_a_web_build_that_does_not_fit_says_but_only_not_of(lang):
    """Review 11, he #2: "needs 5.24 GB of 4.29 GB available" read as a share when the need is larger."""
    locale = load_locale(lang)
    said = _plain(locale.t("calc.web_stated_no", **WEB))
    assert said.index("TOTAL") < said.index("USABLE") < said.index("WebLLM"), said
    assert {"en": "but only", "he": "אבל רק", "ar": "لكن المتاح", "pt": "mas só há", "th": "ใช้ได้เพียง",
            "zh": "但只有"}[lang] in said, said
    assert not {"en": "of the", "he": "מתוך", "ar": " من ", "pt": " dos ", "th": "ขณะที่", "zh": "，可用"}[lang] in said, said


def test_review_11_wording_in_chinese_hebrew_and_portuguese():
    zh, he, pt = load_locale("zh"), load_locale("he"), load_locale("pt")
    # zh #8: the label already says 超出; the sentence says 还长
    too_long = zh.t("calc.verdict.too-long", context=200000, model="Qwen2.5 7B", limit=131072)
    assert "超出" not in too_long and "还长" in too_long, too_long
    # zh #4: an ≈ option is an estimate, not a file
    hint = zh.t("calc.offload_engine", formats="OPTIONS", format="fp16", weights="141 GB")
    assert "文件" not in hint and "所选格式的权重大小" in hint, hint
    # he #2, #3: WebLLM takes the feminine, as the rule below says; the site's "יצירה", not "פענוח"
    assert "מציינת" in he.t("calc.web_stated", **WEB) and "מציין " not in he.t("calc.web_stated", **WEB)
    rule = he.t("calc.speed_rule", efficiency="60%", latency=2)
    assert "מהירויות יצירה" in rule and "פענוח" not in rule and "האיטית ביותר" in rule, rule
    # pt #5: a run-in label that is not a question, and a clause that parses
    web_rule = pt.t("calc.web_rule")
    assert web_rule.startswith("Critério:") and "no máximo do tamanho" not in web_rule and "pior caso" in web_rule


@pytest.mark.parametrize("lang", LANGS)
def test_the_offload_ram_line_says_the_usable_amount_before_the_typed_figure(lang):
    """Review 11, he #4: the usable RAM first, then that the typed figure counts as GiB."""
    said = _plain(load_locale(lang).t("calc.offload_no_ram", cpu="CPU", ram="RAMGIB", typed="TYPED"))
    assert said.index("CPU") < said.index("RAMGIB") < said.index("TYPED") and "GiB" in said, said
