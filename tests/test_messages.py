"""The message catalog (locales/<lang>.ftl, Project Fluent): the same sentence in Python and in the browser,
every CLDR plural category read naturally, the converter, the vendored @fluent/bundle, and the check
that keeps generated sentences in the catalog."""

from __future__ import annotations

import html

import json
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest

from pipeline.i18n.ftl import parse_catalog
from pipeline.i18n.locales import load_locale
from pipeline.i18n.sentences import find_sentences
from pipeline.i18n.to_fluent import convert
from pipeline.site.messages import embedded_messages, script_keys
from tests.conftest import LANGS, ROOT

NODE = shutil.which("node")
VENDOR = ROOT / "docs/assets/js/vendor/fluent-bundle.js"
PINNED = ROOT / "tools/fluent/node_modules/@fluent/bundle/index.js"
COUNTS = (0, 1, 2, 3, 11, 25, 99, 100, 103, 111, 1_000_000)


def test_the_vendored_bundle_is_the_pinned_package():
    lock = json.loads((ROOT / "tools/fluent/package-lock.json").read_text(encoding="utf-8"))
    version = lock["packages"]["node_modules/@fluent/bundle"]["version"]
    assert json.loads((ROOT / "tools/fluent/package.json").read_text())["dependencies"]["@fluent/bundle"] == version
    assert VENDOR.read_text(encoding="utf-8").startswith(f"/** @fluent/bundle@{version} */")
    assert (ROOT / "docs/assets/js/vendor/fluent-bundle.LICENSE.txt").read_text().count("Apache License") >= 1
    if not PINNED.exists():
        pytest.skip("tools/fluent/node_modules absent (npm ci --prefix tools/fluent to compare byte for byte)")
    assert VENDOR.read_bytes() == PINNED.read_bytes()


# Python and browser: the same text ----------------------------------------------------------------

def _calls(lang: str) -> list[tuple[str, dict]]:
    calls = []
    for n in COUNTS:
        calls += [("explorer.matching", {"count": n, "total": 212}),
                  ("chart.classes.tooltip_count", {"size_class": "5–10B", "count": n}),
                  ("chart.fit.summary", {"total": 8, "small_count": n, "small": "Phone", "large_count": n,
                                         "large": "GPU"}),
                  ("fit.freshness", {"basis": "mixed", "live": n or 1, "reconstructed": n or 1, "published": n,
                                     "total": 212, "live_date": "1 May", "reconstructed_date": "2 May"})]
    return calls + [("explorer.verdict_fits", {}), ("explorer.fit_note", {"size": "4.3\u00a0GB"})]


def _node_format(lang: str, ftl: str, calls: list) -> list[str]:
    script = (f"globalThis.FluentBundle = require({json.dumps(str(VENDOR))});"
              f"const M = require({json.dumps(str(ROOT / 'docs/assets/js/messages.js'))});"
              "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "const b = M.make(input.lang, input.ftl);"
              "process.stdout.write(JSON.stringify(input.calls.map(c => M.format(b, c[0], c[1], input.lang))));")
    out = subprocess.run([NODE, "-e", script], input=json.dumps({"lang": lang, "ftl": ftl, "calls": calls}),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("lang", LANGS)
def test_python_and_the_browser_script_write_the_same_sentences(lang):
    locale = load_locale(lang)
    calls = _calls(lang)
    ftl = (ROOT / "locales" / f"{lang}.ftl").read_text(encoding="utf-8")
    assert _node_format(lang, ftl, calls) == [locale.t(key, **args) for key, args in calls]


# Every category reads naturally --------------------------------------------------------------------

@pytest.mark.parametrize("lang,count,expected", [
    ("en", 0, "None of the 8 featured models fits the smallest device, “Phone”, and none fits the largest, “GPU”,"),
    ("en", 1, "Of the 8 featured models, 1 fits the smallest device, “Phone”, and 1 the largest"),  # no nested brackets (th #5)
    ("en", 2, "Of the 8 featured models, 2 fit the smallest device, “Phone”, and 2 the largest"),
    ("pt", 0, "Nenhum dos 8 modelos em destaque cabe no menor dispositivo, “Phone”, e nenhum no maior, “GPU”, com"),
    ("pt", 1, "Dos 8 modelos em destaque, 1 cabe no menor dispositivo, “Phone”, e 1 no maior"),  # one way of writing numbers (pt #9)
    ("pt", 3, "Dos 8 modelos em destaque, 3 cabem no menor dispositivo"),
    ("he", 0, "במכשיר הקטן ביותר – Phone – לא נכנס אף אחד מתוך 8 המודלים הנבחרים, ובגדול ביותר – GPU – אף לא אחד."),
    ("he", 1, "במכשיר הקטן ביותר – Phone – נכנס מודל אחד מתוך 8 המודלים הנבחרים, ובגדול ביותר – GPU – נכנס אחד."),
    ("he", 2, "במכשיר הקטן ביותר – Phone – נכנסים שני מודלים מתוך 8 המודלים הנבחרים, ובגדול ביותר – GPU – נכנסים שניים."),
    ("ar", 0, "أصغر جهاز هو Phone، ولا تكفي ذاكرته أيًّا من النماذج المختارة الثمانية؛ وأكبر جهاز هو GPU، ولا تكفي ذاكرته أيًّا منها"),
    ("ar", 1, "أصغر جهاز هو Phone، وتكفي ذاكرته نموذجًا واحدًا من النماذج المختارة الثمانية؛ وأكبر جهاز هو GPU، وتكفي ذاكرته نموذجًا واحدًا"),
    ("ar", 2, "وتكفي ذاكرته نموذجين من النماذج المختارة الثمانية؛ وأكبر جهاز هو GPU، وتكفي ذاكرته نموذجين"),
    ("ar", 3, "وتكفي ذاكرته 3 نماذج من النماذج المختارة الثمانية؛ وأكبر جهاز هو GPU، وتكفي ذاكرته 3 نماذج"),
    ("ar", 11, "وتكفي ذاكرته 11 نموذجًا من النماذج المختارة الثمانية؛ وأكبر جهاز هو GPU، وتكفي ذاكرته 11 نموذجًا"),
    ("ar", 100, "وتكفي ذاكرته 100 نموذج من النماذج المختارة الثمانية؛"),
    ("he", 3, "נכנסים 3 מתוך 8 המודלים הנבחרים, ובגדול ביותר – GPU – נכנסים 3."),
    ("th", 0, "ในโมเดลเด่น 8 ตัว ไม่มีตัวใดพอสำหรับอุปกรณ์เล็กที่สุด คือPhone และไม่มีตัวใดพอสำหรับอุปกรณ์ใหญ่ที่สุด คือ GPU"),
    ("th", 2, "ในโมเดลเด่น 8 ตัว มี 2 ตัวที่พอสำหรับอุปกรณ์เล็กที่สุด คือPhone และ 2 ตัวที่พอ"),
    ("zh", 0, "8 个重点模型中，最小的设备“Phone”一个也装不下，最大的设备“GPU”也一个都装不下"),
    ("zh", 2, "8 个重点模型中，最小的设备“Phone”装得下 2 个，最大的设备“GPU”装得下 2 个"),
])
def test_zero_one_two_few_read_naturally_in_the_fit_summary(lang, count, expected):
    text = load_locale(lang).t("chart.fit.summary", total=8, small_count=count, small="Phone",
                               large_count=count, large="GPU")
    assert expected in text, text


@pytest.mark.parametrize("lang,count,expected", [
    # Arabic: 1 and 2 by the noun alone, 3–10 genitive plural, 11–99 accusative singular (تمييز منصوب),
    # 100 and 1,000,000 genitive singular; CLDR: one, two, few, many, other
    ("ar", 1, "يطابق نموذج واحد من أصل 212."), ("ar", 2, "يطابق نموذجان من أصل 212."),
    ("ar", 3, "تطابق 3 نماذج من أصل 212."), ("ar", 103, "تطابق 103 نماذج من أصل 212."),
    ("ar", 11, "يطابق 11 نموذجًا من أصل 212."), ("ar", 99, "يطابق 99 نموذجًا من أصل 212."),
    ("ar", 111, "يطابق 111 نموذجًا من أصل 212."), ("ar", 100, "يطابق 100 نموذج من أصل 212."),
    ("ar", 0, "لا يطابق أي نموذج من أصل 212."),
    ("he", 1, "מודל אחד מתוך 212 מתאים."), ("he", 2, "שני מודלים מתוך 212 מתאימים."),
    ("he", 25, "25 מודלים מתוך 212 מתאימים."),
    ("pt", 1, "Um dos 212 modelos atende aos filtros."), ("pt", 25, "25 dos 212 modelos atendem aos filtros."),
    ("pt", 1_000_000, "1.000.000 de modelos, dos 212, atendem aos filtros."),
    ("en", 1, "One of the 212 models matches."), ("en", 25, "25 of the 212 models match."),
    ("th", 1, "มีโมเดลตรงเงื่อนไข 1 ตัวจากทั้งหมด 212 ตัว"), ("zh", 1, "有 1 个模型符合条件（共 212 个）。"),
])
def test_explorer_counts_take_each_languages_plural_form(lang, count, expected):
    assert load_locale(lang).t("explorer.matching", count=count, total=212) == expected


def test_arabic_counted_nouns_follow_the_number_in_tooltips():
    ar = load_locale("ar")
    got = [ar.t("chart.classes.tooltip_count", size_class="س", count=n) for n in (1, 2, 5, 11, 100)]
    assert got == ["س: نموذج واحد", "س: نموذجان", "س: 5 نماذج", "س: 11 نموذجًا", "س: 100 نموذج"]
    assert [ar.t("fit.calc_tokens", count=n) for n in (8, 4096, 100_000)] == ["8 رموز", "4,096 رمزًا", "100,000 رمز"]
    assert [ar.t("fit.calc_kv_bits", bits=b) for b in (4, 16)] == ["4 بتات", "16 بتًا"]


# Item 2: wording about where figures come from follows the data ----------------------------------

LIVE_META = {"fetched_models": 12, "reconstructed_models": 193, "fetched_as_of": "2026-12-01T00:00:00Z"}
ALL_LIVE = {"fetched_models": 205, "reconstructed_models": 0, "fetched_as_of": "2026-12-01T00:00:00Z"}


def _parts(lang: str, meta_change: dict) -> dict[str, str]:
    """The description, the note under data pages and the freshness block, rendered with this data."""
    from pipeline.site import build, fit_view
    from pipeline.site.context import Page

    build.start_build(ROOT / "data")
    data = build.current_data()
    changed = replace(data, meta={**data.meta, **meta_change})
    page = Page(lang=lang, locale=load_locale(lang), data=changed, src_path="docs/x.md", base_url="")
    saved = build._state
    build._state = build.BuildState(changed, False)
    try:
        description = build.description(lang)
    finally:
        build._state = saved
    from pipeline.site import figures
    return {"description": description, "note": build.freshness_note(page, "x/"),
            "freshness": fit_view.freshness(page, None), "sources": figures.sources(page, None)}


def _live_claims(lang: str) -> list[str]:
    """The sentences that say figures were read live (the `live` wording of each message)."""
    locale = load_locale(lang)
    values = {"live": 5, "reconstructed": 0, "published": 0, "total": 5, "live_date": "D", "reconstructed_date": "D"}
    return [locale.t("site.description", basis="live"),
            locale.t("notice.data_as_of", basis="live", **{k: v for k, v in values.items()}).rstrip("."),
            locale.t("fit.freshness", basis="live", **values).split(" ", 3)[-1][:40]]


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_claims_live_data_when_no_row_was_read_live(lang):
    data_meta = load_locale  # noqa: F841 (the committed data: 0 rows read live)
    parts = _parts(lang, {})
    for claim in _live_claims(lang):
        assert all(claim not in text for text in parts.values()), (claim, parts)
    assert parts["description"] == load_locale(lang).t("site.description", basis="reconstructed")
    from pipeline.site.context import load_site_data
    data = load_site_data(ROOT / "data")  # the committed counts, whatever they are after a refresh
    reconstructed, total = data.meta["reconstructed_models"], len(data.models)
    assert reconstructed and str(reconstructed) in parts["freshness"] and str(total) in parts["freshness"]
    # the methodology's "how the data was obtained" names no remainder when every Hub row is reconstructed
    locale = load_locale(lang)
    assert parts["sources"] == html.escape(locale.t("provenance.hub_sources", basis="reconstructed", live=0,
                                                    reconstructed=reconstructed, live_date=""))
    # the count and "the refresh replaces them" are the freshness block's, said once on the page (zh #10, review 7)
    assert str(reconstructed) not in parts["sources"] and str(reconstructed) in parts["freshness"]


@pytest.mark.parametrize("lang", LANGS)
def test_some_rows_live_says_how_many_and_when_and_all_live_says_so(lang):
    locale = load_locale(lang)
    mixed = _parts(lang, LIVE_META)
    assert mixed["description"] == locale.t("site.description", basis="mixed")
    assert "12" in mixed["freshness"] and "193" in mixed["freshness"] and "12" in mixed["note"]
    day = {"en": "December 1, 2026", "pt": "1 de dezembro de 2026", "th": "1 ธันวาคม พ.ศ. 2569"}.get(lang)
    if day:
        assert day in mixed["note"] and day in mixed["freshness"]
    live = _parts(lang, ALL_LIVE)
    assert live["description"] == locale.t("site.description", basis="live")
    assert "193" not in live["freshness"] and "205" not in live["note"]
    assert "12" in mixed["sources"] and "193" in mixed["sources"]
    assert "193" not in live["sources"] and "215" not in live["sources"]
    assert len({mixed["sources"], live["sources"], _parts(lang, {})["sources"]}) == 3
    assert len({mixed["note"], live["note"], _parts(lang, {})["note"]}) == 3


# The converter ---------------------------------------------------------------------------------

def test_the_converter_writes_ftl_then_adds_only_the_keys_it_lacks(tmp_path):
    yaml_path = tmp_path / "pt.yml"
    yaml_path.write_text(
        "# header\ntable:\n  model: Modelo\n  caption_models:\n    one: \"{count} modelo.\"\n"
        "    other: \"{count} modelos.\"\nglossary:\n  token: token\nglossary_avoid:\n  token: [\"tokem\"]\n"
        "odd:\n  braces: \"Use {{ and }} around {name}\"\n  lead: \"  espaço\"\n  star: \"*estrela\"\n",
        encoding="utf-8")
    out = tmp_path / "pt.ftl"
    assert convert(yaml_path, out) == ["table.model", "table.caption_models", "glossary.token", "odd.braces",
                                       "odd.lead", "odd.star"]
    entries = parse_catalog(out.read_text(encoding="utf-8"), out)
    assert entries["glossary.token"].avoid == ("tokem",) and entries["table.caption_models"].categories == {"one", "other"}
    # a translator edits a message; a helper adds a section to the YAML; converting again keeps the edit
    out.write_text(out.read_text(encoding="utf-8").replace("table--model = Modelo", "table--model = Modelo (editado)"),
                   encoding="utf-8")
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8") + "calc:\n  title: \"Calculadora de {size}\"\n",
                         encoding="utf-8")
    assert convert(yaml_path, out) == ["calc.title"]
    assert convert(yaml_path, out) == []
    text = out.read_text(encoding="utf-8")
    assert "table--model = Modelo (editado)" in text and "calc--title = Calculadora de { $size }" in text
    from pipeline.i18n.locales import Locale
    entries = parse_catalog(text, out)
    locale = Locale("pt", entries, entries)
    assert locale.t("odd.braces", name="x") == "Use { and } around x" and locale.t("odd.lead") == "  espaço"
    assert locale.t("odd.star") == "*estrela" and locale.plural("table.caption_models", 1) == "1 modelo."


def test_the_converter_runs_from_the_command_line(tmp_path):
    (tmp_path / "he.yml").write_text("hub_model:\n  title: \"דגם {name}\"\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "i18n", "to-fluent", str(tmp_path / "he.yml"),
                             "--out", str(tmp_path / "he.ftl")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and "added 1 message(s): hub_model.title" in result.stdout, result.stderr
    assert "hub_model--title = דגם { $name }" in (tmp_path / "he.ftl").read_text(encoding="utf-8")


# What a page embeds -----------------------------------------------------------------------------

def test_a_page_embeds_only_the_messages_its_scripts_ask_for():
    keys = script_keys("fit-calculator.js")
    assert "calc.verdict.*" in keys and "fit.verdict.*" in keys and "calc.*" not in keys  # keys written out whole
    assert "calc.assume" in keys and "calc.summary" not in keys  # the reverse view's are calc-list.js's
    block = str(embedded_messages(load_locale("ar"), ("fit-calculator.js", "calc-list.js")))
    entries = parse_catalog(block.split(">", 1)[1].rsplit("</script>", 1)[0], "embedded")
    assert "fit.verdict.too-long" in entries and "calc.summary" in entries and "calc.verdict.no_weights" in entries
    assert "explorer.matching" not in entries and "fit.calc_summary" not in entries and "calc.nojs" not in entries


# Generated sentences stay in the catalog --------------------------------------------------------

def test_the_check_passes_on_the_site_and_fails_on_an_injected_sentence(tmp_path):
    assert find_sentences(ROOT) == []
    bad_py = tmp_path / "pipeline" / "site" / "injected.py"
    bad_py.parent.mkdir(parents=True)
    bad_py.write_text('"""Docstrings are fine."""\n\ndef note(n):\n    return f"Showing {n} models of the catalog"\n'
                      'def boom():\n    raise ValueError("a developer reads this, not a reader")\n', encoding="utf-8")
    bad_js = tmp_path / "docs" / "assets" / "js" / "injected.js"
    bad_js.parent.mkdir(parents=True)
    bad_js.write_text('// a comment is fine\nel.textContent = "No model matches these filters";\nmsg("explorer.no_match");\n',
                      encoding="utf-8")
    found = [str(f) for f in find_sentences(tmp_path)]
    assert len(found) == 2 and found[0].startswith("pipeline/site/injected.py:4:") and "Showing" in found[0]
    assert found[1].startswith("docs/assets/js/injected.js:2:")
    shutil.copytree(ROOT / "pipeline", tmp_path / "repo" / "pipeline")
    (tmp_path / "repo" / "pipeline" / "site" / "injected.py").write_text(bad_py.read_text(), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "i18n", "messages", "--check", "--root",
                             str(tmp_path / "repo")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and "injected.py:4" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("count,context,limit,most", [
    # Arabic after a number: 1 and 2 by the noun alone (genitive after من, accusative as an object,
    # nominative as a predicate after «وأقصاه»), 3–10 and x03–x10 the plural, 11–99 and x11–x99 the accusative
    # singular, 100s and 1,000s the genitive singular
    (1, "سياق من رمز واحد", "يقرأ رمزًا واحدًا", "وأقصاه رمز واحد"), (2, "سياق من رمزين", "يقرأ رمزين", "وأقصاه رمزان"),
    (5, "سياق من 5 رموز", "يقرأ 5 رموز", "وأقصاه 5 رموز"),
    (196_608, "سياق من 196,608 رموز", "يقرأ 196,608 رموز", "وأقصاه 196,608 رموز"),
    (4096, "سياق من 4,096 رمزًا", "يقرأ 4,096 رمزًا", "وأقصاه 4,096 رمزًا"),
    (131_072, "سياق من 131,072 رمزًا", "يقرأ 131,072 رمزًا", "وأقصاه 131,072 رمزًا"),
    (200_000, "سياق من 200,000 رمز", "يقرأ 200,000 رمز", "وأقصاه 200,000 رمز"),
    (128_000, "سياق من 128,000 رمز", "يقرأ 128,000 رمز", "وأقصاه 128,000 رمز"),
])
def test_arabic_calculator_token_noun_follows_the_number(count, context, limit, most):
    ar = load_locale("ar")
    text = ar.t("calc.verdict.too-long", context=count, model="M", limit=count)
    assert context in text and most in text, text
    assert ar.t("calc.limit", limit=count) == f"يقرأ هذا النموذج {limit.split(' ', 1)[1]} على الأكثر."
