"""Locale files: every language has English's keys and placeholders; bad files name file and line."""

from __future__ import annotations

import pytest

from pipeline.errors import LocaleError
from pipeline.i18n.locales import LOCALES_DIR, Locale, load_locale, locale_problems, read_locale_file
from tests.conftest import LANGS


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_every_language_has_exactly_the_english_keys_and_placeholders(lang):
    english = read_locale_file(LOCALES_DIR / "en.yml")
    strings = read_locale_file(LOCALES_DIR / f"{lang}.yml")
    assert locale_problems(lang, strings, english) == []


@pytest.mark.parametrize("lang", LANGS)
def test_direction_is_declared_and_right(lang):
    assert load_locale(lang).dir == ("rtl" if lang in ("he", "ar") else "ltr")


@pytest.mark.parametrize("text,line,needle", [
    ("table:\n  model: Modelo\n   params: Parâmetros\n", 3, "mapping values are not allowed"),
    ("table:\n  model: Modelo\n  count: 3\n", 3, "table.count: expected text"),
    ("notice:\n  fallback: 'Sem {language'\n", 2, "bad placeholder"),
    ("table:\n  model: A\n  model: B\n", 3, "duplicate key 'model'"),
])
def test_malformed_locale_names_file_line_and_problem(tmp_path, text, line, needle):
    path = tmp_path / "pt.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LocaleError) as info:
        read_locale_file(path)
    message = str(info.value)
    assert f"{path}:{line}:" in message and needle in message, message


def test_missing_key_falls_back_to_english_and_fails_in_strict_mode():
    reference = {"table.model": "Model"}
    relaxed = Locale("pt", {}, reference)
    assert relaxed.t("table.model") == "Model" and relaxed.missing == {"table.model"}
    with pytest.raises(LocaleError, match="missing key 'table.model'"):
        Locale("pt", {}, reference, strict=True).t("table.model")


def test_placeholder_mismatch_is_reported():
    problems = locale_problems("pt", {"a": "{count} modelos"}, {"a": "{total} models"})
    assert problems and "placeholders of 'a' differ" in problems[0]
