"""Locale files: every language has English's keys and placeholders; bad files name file and line."""

from __future__ import annotations

import re

import pytest

from pipeline.errors import LocaleError
from pipeline.i18n.locales import LOCALES_DIR, Locale, load_locale, locale_problems, read_locale_file
from tests.conftest import LANGS, ROOT


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_every_language_has_exactly_the_english_keys_and_placeholders(lang):
    english = read_locale_file(LOCALES_DIR / "en.ftl")
    strings = read_locale_file(LOCALES_DIR / f"{lang}.ftl")
    assert locale_problems(lang, strings, english) == []


@pytest.mark.parametrize("lang", LANGS)
def test_direction_is_declared_and_right(lang):
    assert load_locale(lang).dir == ("rtl" if lang in ("he", "ar") else "ltr")


@pytest.mark.parametrize("text,line,needle", [
    ("table--model = Modelo\ntable--params = { $count\n", 2, "Fluent syntax error"),
    ("table--model = Modelo\ntable--count\n", 2, "Fluent syntax error"),
    ("table--model = A\ntable--model = B\n", 2, "table--model: defined twice (first at line 1)"),
])
def test_malformed_locale_names_file_line_and_problem(tmp_path, text, line, needle):
    path = tmp_path / "pt.ftl"
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
    assert problems and "variables of 'a' differ" in problems[0]


def test_a_placeholder_typo_is_one_line_naming_file_line_and_key(tmp_path):
    import shutil

    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    folder = tmp_path / "locales"
    english = (folder / "en.ftl").read_text(encoding="utf-8")
    hebrew = (folder / "he.ftl").read_text(encoding="utf-8")
    first = hebrew.index("{ $count }")
    (folder / "he.ftl").write_text(hebrew[:first] + "{ $cuont }" + hebrew[first + 10:], encoding="utf-8")
    line = hebrew.count("\n", 0, first) + 1
    with pytest.raises(LocaleError) as caught:
        load_locale("he", folder)
    message = str(caught.value)
    assert "\n" not in message and "['count', 'cuont'] vs English ['count']" in message, message
    # the message's own line, or its select's first line just above
    named = int(re.match(rf"{re.escape(str(folder / 'he.ftl'))}:(\d+): ", message).group(1))
    assert line - 4 <= named <= line, (named, line)
    # a typo in English itself: caught when a page asks for the message
    (folder / "he.ftl").write_text(hebrew, encoding="utf-8")
    typo = re.sub(r"(\nfit--browser_listed = [^\n]*?)\{ \$shown \}", lambda m: m.group(1) + "{ $shwon }", english, count=1)
    assert typo != english
    (folder / "en.ftl").write_text(typo, encoding="utf-8")
    with pytest.raises(LocaleError) as caught:
        load_locale("en", folder).t("fit.browser_listed", shown=60, total=90, other=30)
    assert re.match(rf"{re.escape(str(folder / 'en.ftl'))}:\d+: fit.browser_listed: variable \$shwon is not one",
                    str(caught.value)), str(caught.value)
