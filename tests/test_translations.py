"""Translation workflow (pipeline/translations.py, pipeline/scaffold.py) on throwaway repo copies.

Scenarios run in a language scaffolded by `i18n new ja` whose pages are exact copies of English, so
they do not depend on how far the real translations have got. Builds cover English plus one language
(LLMSIZES_ONLY_LANG), strict, as CI runs them.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.i18n import scaffold
from pipeline.i18n import status as translations
from pipeline.errors import LocaleError
from pipeline.i18n.locales import load_locale
from tests.conftest import run_build


def i18n(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m pipeline i18n …` run inside the copy (its own pipeline package)."""
    return subprocess.run([sys.executable, "-m", "pipeline", "i18n", *args, "--root", str(root)],
                          cwd=root, capture_output=True, text=True, timeout=120)


def status(root: Path, lang: str = "ja") -> dict:
    result = i18n(root, "status", "--format", "json", "--lang", lang)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return next(entry for entry in report["languages"] if entry["code"] == lang)


def build(root: Path, lang: str, tmp_path: Path, strict_i18n: bool = True) -> Path:
    site = tmp_path / f"site-{lang}"
    result = run_build(site, {"LLMSIZES_ONLY_LANG": lang, "LLMSIZES_STRICT_I18N": "1" if strict_i18n else "0"},
                       cwd=root)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return site


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def ja_repo(repo_copy) -> Path:
    """A copy with Japanese added and models.md 'translated' (English copied) and marked current."""
    scaffold.new_language(repo_copy, "ja")
    english = (repo_copy / "docs/en/models.md").read_text(encoding="utf-8")
    (repo_copy / "docs/ja/models.md").write_text(english, encoding="utf-8")
    assert "marked current" in scaffold.mark_current(repo_copy, "models.md", "ja")
    return repo_copy


def test_a_fresh_translation_is_current_and_passes_the_check(ja_repo):
    entry = status(ja_repo)
    assert entry["current"] == ["models.md"] and not entry["outdated"] and not entry["ui_missing"]
    assert "models.md" not in entry["missing"] and len(entry["ui_todo"]) > 100  # scaffolded, still English
    assert [p for p in entry["problems"] if p["severity"] == "error"] == []
    result = i18n(ja_repo, "status", "--check", "--lang", "ja")
    assert result.returncode == 0, result.stdout
    assert i18n(ja_repo, "status", "--check", "--strict", "--lang", "ja").returncode == 1  # pages to translate
    front = (ja_repo / "docs/ja/models.md").read_text(encoding="utf-8").split("\n")[:3]
    digest = translations.source_hash((ja_repo / "docs/en/models.md").read_text(encoding="utf-8"))
    assert front == ["---", f'source_hash: "{digest}"', "---"]
    assert (ja_repo / f"locales/.sources/models@{digest}.md").exists()


def test_removing_a_ui_key_fails_check_and_strict_build_but_falls_back_in_a_normal_one(ja_repo, tmp_path):
    locale = ja_repo / "locales/ja.ftl"
    text = locale.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^# TODO translate\ntable--model = Model\n", "", text, count=1)  # table.model
    locale.write_text(text, encoding="utf-8")
    entry = status(ja_repo)
    assert entry["ui_missing"] == ["table.model"]
    result = i18n(ja_repo, "status", "--check", "--lang", "ja")
    assert result.returncode == 1
    assert "locales/ja.ftl: 1 missing key(s): table.model" in result.stdout and "fix: add each" in result.stdout

    strict = run_build(tmp_path / "strict", {"LLMSIZES_ONLY_LANG": "ja"}, cwd=ja_repo)
    assert strict.returncode != 0
    assert "locales/ja.ftl: missing key(s) 'table.model'" in strict.stdout + strict.stderr

    relaxed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--no-strict", "--site-dir",
                              str(tmp_path / "relaxed")], cwd=ja_repo, capture_output=True, text=True,
                             env={**os.environ, "LLMSIZES_ONLY_LANG": "ja", "LLMSIZES_STRICT_I18N": "0"})
    assert relaxed.returncode == 0, relaxed.stderr[-3000:]
    assert "locales/ja.ftl: missing key 'table.model', using English" in relaxed.stderr
    assert re.search(r'<th scope="col"[^>]*>Model</th>', html(tmp_path / "relaxed", "ja/models"))


def test_a_placeholder_that_differs_from_english_is_an_error(ja_repo):
    locale = ja_repo / "locales/ja.ftl"
    text = locale.read_text(encoding="utf-8")
    # table.caption_models has plural forms: misspell $count in each form of that one message
    text = re.sub(r"(?m)^(table--caption_models =\n(?:    .*\n)+)",
                  lambda m: m.group(1).replace("$count", "$cuont"), text, count=1)
    locale.write_text(text, encoding="utf-8")
    assert status(ja_repo)["ui_placeholders"] == ["table.caption_models"]
    result = i18n(ja_repo, "status", "--check", "--lang", "ja")
    assert result.returncode == 1 and "variables of 'table.caption_models': ['cuont']" in result.stdout
    with pytest.raises(LocaleError, match="variables of 'table.caption_models' differ"):
        load_locale("ja", ja_repo / "locales")


def test_changing_the_english_page_marks_the_translation_outdated_with_a_published_notice(ja_repo, tmp_path):
    english = ja_repo / "docs/en/models.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nA sentence added in English.\n", encoding="utf-8")
    entry = status(ja_repo)
    assert entry["outdated"] == ["models.md"] and entry["current"] == []
    outdated = [p for p in entry["problems"] if p["file"] == "docs/ja/models.md"]
    assert [p["severity"] for p in outdated] == ["todo"] and "i18n diff models.md ja" in outdated[0]["fix"]
    assert i18n(ja_repo, "status", "--check", "--lang", "ja").returncode == 0  # English edits never block CI
    assert i18n(ja_repo, "status", "--check", "--strict", "--lang", "ja").returncode == 1

    diff = i18n(ja_repo, "diff", "models.md", "ja")
    assert diff.returncode == 1 and "+A sentence added in English." in diff.stdout
    assert "(translated from)" in diff.stdout

    site = build(ja_repo, "ja", tmp_path)
    page = html(site, "ja/models")
    notice = re.search(r'<div class="ls-notice ls-notice-outdated" role="note">\s*<p>(.*?)</p>', page, re.S)
    assert notice and '<a href="../../models/">' in notice.group(1), page[:3000]
    assert (site / "models/index.html").exists()  # the link's target: the English page
    assert "ls-notice-outdated" not in html(site, "models")
    assert not (site / "he").exists()  # only English and the previewed language were built
    coverage = html(site, "ja/translations")  # the published Translations page, generated at build time
    row = re.search(r'<span lang="ja" dir="ltr">日本語</span>\s*</th>(.*?)</tr>', coverage, re.S)
    assert row and re.findall(r'<td class="ls-num">([^<]*)</td>', row.group(1))[:3] == ["0", "1", "5"]  # missing: index, shrinking, will-it-run, methodology, translations

    assert "marked current" in i18n(ja_repo, "mark-current", "models.md", "ja").stdout
    assert status(ja_repo)["current"] == ["models.md"]
    assert i18n(ja_repo, "diff", "models.md", "ja").returncode == 0


def test_dropping_a_marker_from_a_translation_is_an_error_and_blocks_mark_current(ja_repo):
    page = ja_repo / "docs/ja/models.md"
    page.write_text(page.read_text(encoding="utf-8").replace("<!-- ls:table models -->", "", 1), encoding="utf-8")
    entry = status(ja_repo)
    assert entry["marker_pages"] == ["models.md"] and entry["structure_pages"] == []
    result = i18n(ja_repo, "status", "--check", "--lang", "ja")
    assert result.returncode == 1
    assert ("docs/ja/models.md: marker <!-- ls:table models --> missing (English has 1, this page 0)"
            in result.stdout), result.stdout
    english = ja_repo / "docs/en/models.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    refused = i18n(ja_repo, "mark-current", "models.md", "ja")
    assert refused.returncode == 2 and "does not match the structure" in refused.stderr
    assert i18n(ja_repo, "mark-current", "models.md", "ja", "--force").returncode == 0


def test_a_changed_heading_id_is_an_error_and_english_headings_need_ids(ja_repo):
    page = ja_repo / "docs/ja/models.md"
    page.write_text(page.read_text(encoding="utf-8").replace("{#all-models}", "{#subete-no-moderu}"), encoding="utf-8")
    result = i18n(ja_repo, "status", "--check", "--lang", "ja")
    assert result.returncode == 1
    assert "docs/ja/models.md: heading id {#all-models} missing" in result.stdout
    assert "heading id {#subete-no-moderu}" in result.stdout and "is not in English" in result.stdout
    assert status(ja_repo)["structure_pages"] == ["models.md"]

    english = ja_repo / "docs/en/models.md"
    english.write_text(english.read_text(encoding="utf-8") + "\n## An untagged heading\n", encoding="utf-8")
    result = i18n(ja_repo, "status", "--check", "--lang", "ja")
    assert re.search(r"docs/en/models\.md:\d+: heading '## An untagged heading' has no \{#id\}", result.stdout)


def test_adding_and_removing_languages_fa_and_ja(repo_copy, tmp_path):
    mkdocs_before = (repo_copy / "mkdocs.yml").read_text(encoding="utf-8")
    report_before = json.loads(i18n(repo_copy, "status", "--format", "json").stdout)

    for code in ("fa", "ja"):
        result = i18n(repo_copy, "new", code)
        assert result.returncode == 0, result.stderr
    mkdocs_after = (repo_copy / "mkdocs.yml").read_text(encoding="utf-8")
    assert mkdocs_after.startswith(mkdocs_before.split("\nnav:")[0])  # comments and entries kept
    assert "        - locale: fa\n          name: فارسی\n          build: true\n" in mkdocs_after
    assert [lang.code for lang in translations.site_languages(repo_copy)][-2:] == ["fa", "ja"]
    assert load_locale("fa", repo_copy / "locales").dir == "rtl"
    assert load_locale("ja", repo_copy / "locales").dir == "ltr"
    fa = status(repo_copy, "fa")
    assert fa["missing"] == report_before["pages"] and fa["ui_missing"] == [] and fa["problems"]
    assert all(p["severity"] == "todo" for p in fa["problems"])

    fa_site = build(repo_copy, "fa", tmp_path)
    home = html(fa_site, "fa")
    assert re.search(r'<html\b[^>]*lang="fa"[^>]*dir="rtl"', home)
    assert "ls-notice-fallback" in home and "ls-notice-fallback" in html(fa_site, "fa/models")
    assert "میلیارد" in home or "میلیون" in home  # Persian compact numbers from CLDR
    coverage = html(fa_site, "fa/translations")
    assert '<span lang="fa" dir="rtl">فارسی</span>' in coverage and "ls-translations" in coverage

    ja_site = build(repo_copy, "ja", tmp_path)
    assert re.search(r'<html\b[^>]*lang="ja"[^>]*dir="ltr"', html(ja_site, "ja"))
    assert "億" in html(ja_site, "ja/models")  # compact short style: 25.1億, not "2.51 billion"

    for code in ("ja", "fa"):
        result = i18n(repo_copy, "remove", code)
        assert result.returncode == 0, result.stderr
    assert (repo_copy / "mkdocs.yml").read_text(encoding="utf-8") == mkdocs_before
    assert not (repo_copy / "locales/fa.ftl").exists() and not (repo_copy / "docs/ja").exists()
    assert json.loads(i18n(repo_copy, "status", "--format", "json").stdout) == report_before


def test_new_refuses_what_it_cannot_scaffold_and_remove_keeps_translated_pages(ja_repo):
    assert "already a site language" in i18n(ja_repo, "new", "ja").stderr
    assert "not a locale code" in i18n(ja_repo, "new", "japanese").stderr
    assert "no UI translation" in i18n(ja_repo, "new", "sw").stderr  # Material has no Swahili
    refused = i18n(ja_repo, "remove", "ja")
    assert refused.returncode == 2 and "--delete-pages" in refused.stderr
    assert (ja_repo / "docs/ja/models.md").exists()
    assert i18n(ja_repo, "remove", "ja", "--delete-pages").returncode == 0
    # stored English copies are kept exactly while some remaining translation still refers to them
    referenced = {f"{page.stem}@{m.group(1)}.md"
                  for page in (ja_repo / "docs").glob("*/*.md")
                  for m in [re.search(r'source_hash: "([0-9a-f]+)"', page.read_text(encoding="utf-8"))] if m}
    stored = {path.name for path in (ja_repo / "locales/.sources").glob("*.md")}
    assert stored == referenced


def test_hidden_language_is_scaffolded_with_build_false(repo_copy):
    assert i18n(repo_copy, "new", "ur", "--hidden").returncode == 0
    assert "        - locale: ur\n          name: اردو\n          build: false\n" in (repo_copy / "mkdocs.yml").read_text(encoding="utf-8")
    assert "(hidden: build: false)" in i18n(repo_copy, "status", "--lang", "ur").stdout


def test_mark_current_all_stamps_unmarked_pages_and_skips_outdated_ones(ja_repo):
    english = (ja_repo / "docs/en/index.md").read_text(encoding="utf-8")
    (ja_repo / "docs/ja/index.md").write_text(english, encoding="utf-8")  # no source_hash yet
    assert status(ja_repo)["unmarked"] == ["index.md"]
    models = ja_repo / "docs/en/models.md"
    models.write_text(models.read_text(encoding="utf-8") + "\nChanged.\n", encoding="utf-8")
    result = i18n(ja_repo, "mark-current", "--all", "--lang", "ja")
    assert result.returncode == 1
    assert "docs/ja/index.md: marked current" in result.stdout and "skipped docs/ja/models.md" in result.stdout
    entry = status(ja_repo)
    assert entry["current"] == ["index.md"] and entry["outdated"] == ["models.md"]


def test_help_and_contributing_describe_every_command():
    result = subprocess.run([sys.executable, "-m", "pipeline", "i18n", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    guide = (Path(__file__).resolve().parent.parent / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for command in ("status", "diff", "mark-current", "new", "remove"):
        assert command in result.stdout and f"python -m pipeline i18n {command}" in guide
        sub = subprocess.run([sys.executable, "-m", "pipeline", "i18n", command, "--help"],
                             capture_output=True, text=True)
        assert sub.returncode == 0 and "usage:" in sub.stdout


# Pure parts -------------------------------------------------------------------------------------


def test_page_structure_reads_markers_ids_links_and_code_blocks():
    text = ('---\nsource_hash: "abc"\n---\n# Title\n\n## One {#one}\n\nSee [two](other.md#two), '
            '[web](https://example.org) and `[not](code.md)`.\n\n```python\n## not a heading\n'
            '<!-- ls:count models -->\n```\n\n### Three\n\n<!-- ls:params  google/gemma-2b   digits=2 -->\n'
            '[ref]: images/a.png\n')
    structure = translations.page_structure(text)
    assert structure.heading_ids == {"one": 6}
    assert structure.untagged_headings == [(15, "### Three")]
    assert structure.links == {"other.md#two", "images/a.png"}
    assert structure.code_blocks == 1
    assert structure.markers == {"<!-- ls:count models -->": 1, "<!-- ls:params google/gemma-2b digits=2 -->": 1}


def test_source_hash_ignores_line_endings_and_trailing_blanks_but_not_words():
    base = translations.source_hash("# Title\n\nText.\n")
    assert translations.source_hash("# Title  \r\n\r\nText.\r\n\n\n") == base
    assert translations.source_hash("# Title\n\nText!\n") != base
    assert re.fullmatch(r"[0-9a-f]{12}", base)


def test_with_source_hash_adds_or_replaces_one_front_matter_key():
    added = scaffold.with_source_hash("# T\n", "aaaaaaaaaaaa")
    assert added == '---\nsource_hash: "aaaaaaaaaaaa"\n---\n\n# T\n'
    replaced = scaffold.with_source_hash('---\ntitle: X\nsource_hash: "aaaaaaaaaaaa"\n---\n# T\n', "bbbbbbbbbbbb")
    assert replaced == '---\ntitle: X\nsource_hash: "bbbbbbbbbbbb"\n---\n# T\n'
    assert translations.front_matter(replaced) == {"title": "X", "source_hash": "bbbbbbbbbbbb"}


def test_language_entry_edits_keep_everything_else():
    text = ("plugins:\n  - search\n  - i18n:\n      # a comment\n      languages:\n        - locale: en\n"
            "          name: English   # kept\n          default: true\n\n        - locale: he\n"
            "          name: עברית\n\nnav:\n  - index.md\n")
    import yaml

    added = scaffold.add_language_entry(text, "fa", "فارسی")
    assert [line for line in added.splitlines() if line.strip() and line not in text.splitlines()] == [
        "        - locale: fa", "          name: فارسی", "          build: true"]
    kept = [line for line in added.splitlines() if line in text.splitlines()]
    assert kept == [line for line in text.splitlines() if line in kept]  # every old line, in the old order
    assert "      # a comment" in added and "name: English   # kept" in added
    assert scaffold.remove_language_entry(added, "fa") == text
    colon = scaffold.add_language_entry(text, "pt-BR", "Português: Brasil", build=False)
    assert yaml.safe_load(colon)["plugins"][1]["i18n"]["languages"][-1] == {
        "locale": "pt-BR", "name": "Português: Brasil", "build": False}


@pytest.mark.parametrize("lang,expected", [("fa", "2.51\u00a0میلیارد"), ("ur", "2.51\u00a0ارب"), ("ja", "25.1億"),
                                           ("pt-BR", "2,51\u00a0bilhões"), ("zh-Hant", "25.1億")])
def test_languages_outside_the_table_get_numbers_from_babel(lang, expected):
    from pipeline.i18n.formatting import format_params

    assert format_params(2_506_172_416, lang) == expected


def test_mkdocs_yml_edits_keep_every_other_line_and_undo_exactly():
    """`i18n new/remove` edit mkdocs.yml with ruamel.yaml round-trip: comments and layout survive."""
    original = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    added = scaffold.add_language_entry(original, "fa", "فارسی")
    import difflib

    new_lines = [line[1:] for line in difflib.unified_diff(original.splitlines(), added.splitlines(), lineterm="", n=0)
                 if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))]
    assert new_lines == ["        - locale: fa", "          name: فارسی", "          build: true"]
    assert all(line in added for line in original.splitlines() if line.lstrip().startswith("#"))
    assert scaffold.remove_language_entry(added, "fa") == original
    with pytest.raises(scaffold.TranslationError, match="no language entry `- locale: xx`"):
        scaffold.remove_language_entry(original, "xx")


def test_a_string_left_in_english_is_not_counted_as_translated(tmp_path, monkeypatch):
    """Review 3 (ar): "439 of 439" while English showed; a message equal to English's with English
    words in it is not translated. Names and patterns equal to English are ("GGUF", "{ $a } · { $b }")."""
    from pipeline.site import translations_table

    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "en.ftl").write_text(
        "a = browser runtimes\nb = GGUF\nc = { $count } · { $examples }\nglossary--model_card = model card\n"
        "d = { $n ->\n    [one] one model left\n   *[other] { $n } models left\n}\n", encoding="utf-8")
    (tmp_path / "locales" / "xx.ftl").write_text(
        "a = browser runtimes\nb = GGUF\nc = { $count } · { $examples }\nglossary--model_card = model card\n"
        "d = { $n ->\n    [one] one model left\n   *[other] { $n } models left\n}\n", encoding="utf-8")
    assert translations_table.still_english("xx", tmp_path) == ["a", "d"]
    for lang in ("pt", "th", "he", "ar", "zh"):  # the committed catalogs: nothing left in English
        assert translations_table.still_english(lang) == [], lang


def test_the_browser_runtime_is_named_in_each_language():
    from pipeline.i18n.display_names import rule_runtime_name
    from pipeline.i18n.locales import load_locale

    assert rule_runtime_name("llama.cpp", "llama.cpp", load_locale("ar")) == "llama.cpp"
    assert rule_runtime_name("vllm", "vLLM", load_locale("th")) == "vLLM"
    for lang in ("pt", "th", "he", "ar", "zh"):
        name = rule_runtime_name("browser", "browser runtimes (transformers.js, MediaPipe, WebLLM, wllama)",
                                 load_locale(lang))
        assert "browser runtimes" not in name and "WebLLM" in name, (lang, name)
