"""The models explorer and model pages without a build: which rows, the compact JSON, fit, deferral."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markupsafe import escape

from pipeline.i18n.locales import load_locale
from pipeline.site import explorer
from pipeline.site.context import Page, SiteData, load_site_data
from pipeline.site.render import render_markers

ROOT = Path(__file__).resolve().parent.parent


def _row(model_id: str, params: int | None, downloads: int | None = None, tags=(), family="F", **extra) -> dict:
    return {"id": model_id, "kind": "hub", "name": model_id.split("/")[-1], "family": family, "tags": list(tags),
            "url": f"https://huggingface.co/{model_id}", "status": "ok", "params_total": params,
            "size_class": "7b-9b" if params else None, "weights_bytes": params * 2 if params else None,
            "memory_bytes": {"fp32": params * 4, "fp16": params * 2, "int8": params, "int4": params // 2}
            if params else None, "downloads": [], "hub_downloads": downloads, "gated": False, **extra}


def _data(rows: list[dict], fit_models=(), devices=(), rules=None) -> SiteData:
    classes = [{"id": "7b-9b", "min_params": 7 * 10**9, "max_params": 10**10, "count": len(rows),
                "examples": [], "members": []}]
    data = SiteData(rows, {"data_as_of": "2026-11-30T00:00:00Z"}, classes, list(devices), rules or {})
    data.fit_models = list(fit_models)
    return data


def test_first_view_is_featured_then_most_downloaded_and_capped():
    rows = [_row("a/small", 8 * 10**9, 5), _row("b/feat", 9 * 10**9, 1, tags=["featured"]),
            _row("c/popular", 7 * 10**9, 900), _row("d/none", None, None)]
    assert [r["id"] for r in explorer.first_rows(_data(rows), 3)] == ["b/feat", "c/popular", "a/small"]


def test_ids_break_only_after_slash_and_hyphen_and_slugs_are_path_safe():
    assert str(explorer.breakable("Qwen/Qwen2.5-7B")) == "Qwen/<wbr>Qwen2.5-<wbr>7B"
    assert str(explorer.breakable("<x>/y")) == "&lt;x&gt;/<wbr>y"
    assert explorer.slug("Qwen/Qwen2.5-7B") == "qwen--qwen2.5-7b"
    assert explorer.slug("../../etc/passwd") == "etc--passwd"
    assert "/" not in explorer.slug("a/b/c")


def test_compact_json_has_one_array_per_model_and_names_columns_once():
    rows = [_row("acme/m-8b", 8_030_000_000, 42, tags=["featured"], family="Acme")]
    rows[0]["downloads"] = [{"format": "gguf", "bytes": 1}, {"format": "safetensors", "bytes": 2}]
    doc = json.loads(explorer.compact_json(_data(rows)))
    assert doc["cols"][:4] == ["id", "name", "family", "params"]
    (row,) = doc["rows"]
    record = dict(zip(doc["cols"], row))
    assert record["id"] == "acme/m-8b" and record["name"] == 0  # name equals the id's tail: not repeated
    assert doc["families"][record["family"]] == "Acme" and record["params"] == 8_030_000_000
    assert record["formats"] == 0b101  # safetensors (bit 0) and gguf (bit 2)
    assert record["page"] == "acme--m-8b" and record["url"] == 0 and record["downloads"] == 42


def test_needed_memory_is_the_least_fit_yaml_works_out():
    rules = {"tight_share": 0.85}
    # data/fit.yaml's least_bytes: smallest format at the shortest context, by pipeline/data/fit.py
    fit = [{"id": "acme/m-8b", "least_bytes": 5_400_000_000, "kv_bytes": {4096: 100_000_000},
            "formats": [{"weights_bytes": 16_000_000_000}, {"weights_bytes": 4_000_000_000}]},
           {"id": "acme/unknown", "least_bytes": None}]
    data = _data([_row("acme/m-8b", 8 * 10**9)], fit, rules=rules)
    assert explorer.needed_bytes(data) == {"acme/m-8b": 5_400_000_000}
    assert explorer.verdict(5_400_000_000, 6_000_000_000, rules) == "tight"  # above 85 % of 6e9 = 5.1e9
    assert explorer.verdict(5_400_000_000, 8_000_000_000, rules) == "fits"
    assert explorer.verdict(5_400_000_000, 4_000_000_000, rules) == "no"
    assert explorer.needed_bytes(_data([_row("acme/m-8b", 8 * 10**9)])) == {}  # no fit data: no filter


def test_the_explorer_goes_in_after_markdown_and_its_rows_never_reach_the_markdown():
    data = load_site_data(ROOT / "data")
    page = Page(lang="he", locale=load_locale("he"), data=data, base_url="../../")
    markdown = render_markers("# x\n\n<!-- ls:table models -->\n", page)
    assert "<table" not in markdown and "<!--ls-deferred:" in markdown
    html = explorer.insert_deferred(markdown)
    assert 'class="ls-table ls-explorer-table"' in html and "<!--ls-deferred:" not in html
    assert 'src="../../assets/js/explorer.js"' in html and 'data-json="../../assets/models-explorer.json"' in html
    assert html.count("<tr") - 1 == min(len(data.models), explorer.FIRST_VIEW)


def test_a_model_page_has_the_three_numbers_sources_and_a_link_back():
    data = load_site_data(ROOT / "data")
    model_id = explorer.page_ids(data)[0]
    page = Page(lang="zh", locale=load_locale("zh"), data=data, base_url="../../../")
    html = explorer.model_page_html(page, model_id)
    t = page.locale.t
    for key in ("table.params", "explorer.downloads_heading", "table.memory", "explorer.sources_heading"):
        assert t(key) in html
    assert f'href="../?model={model_id.replace("/", "%2F")}#all-models"' in html


def test_the_access_filter_calls_open_only_what_a_source_shows_open():
    rows = [_row("a/open", 8 * 10**9, gated=False), _row("b/gated", 8 * 10**9, gated="manual"),
            _row("c/unrecorded", 8 * 10**9, gated=None)]
    doc = json.loads(explorer.compact_json(_data(rows)))
    flags = {rec["id"]: (rec["gated"], rec["open"]) for rec in (dict(zip(doc["cols"], row)) for row in doc["rows"])}
    assert flags == {"a/open": (0, 1), "b/gated": (1, 0), "c/unrecorded": (0, 0)}
    script = (ROOT / "docs" / "assets" / "js" / "explorer.js").read_text(encoding="utf-8")
    assert 'f.gated === "gated" ? row.gated : row.open' in script


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_a_model_page_states_license_and_access_and_never_calls_an_unrecorded_gate_open(lang):
    rows = [_row("a/open", 8 * 10**9, license="apache-2.0", gated=False),
            _row("b/manual", 8 * 10**9, license="llama3.1", gated="manual"),
            _row("c/gate-seen", 8 * 10**9, license="other", gated=True),
            _row("d/unknown", 8 * 10**9, license=None, gated=None),
            _row("e/licensed", 8 * 10**9, license="gemma", gated=None)]
    page = Page(lang=lang, locale=load_locale(lang), data=_data(rows), base_url="../../")
    t = page.locale.t
    terms = {r["id"]: explorer.terms_text(page, r) for r in rows}
    assert terms["a/open"] == f"{t('explorer.license', license='Apache 2.0')} · {t('explorer.access_open')}"
    assert terms["b/manual"].endswith(t("explorer.access_manual")) and "Llama 3.1" in terms["b/manual"]
    assert terms["c/gate-seen"] == f"{t('explorer.license_other')} · {t('explorer.access_gated')}"
    assert terms["d/unknown"] == t("explorer.terms_unknown")
    assert terms["e/licensed"].endswith(t("explorer.access_unknown"))
    assert t("explorer.access_open") not in terms["d/unknown"] + terms["e/licensed"]
    html = explorer.model_page_html(page, "b/manual")
    assert 'class="ls-model-terms"' in html and str(escape(terms["b/manual"])) in html


def test_the_scale_and_classes_specs_do_not_grow_with_the_number_of_models():
    from pipeline.site.chart_specs import chart_spec

    base = load_site_data(ROOT / "data")
    many = [dict(r) for r in base.models]
    template = next(r for r in base.models if r["params_total"] and "featured" not in r["tags"])
    for i in range(3000):
        many.append({**template, "id": f"synthetic/m-{i}", "name": f"M {i}", "tags": [],
                     "params_total": 10**8 + i * 10**7})
    classes = [{**c, "count": c["count"] + 3000 // len(base.size_classes)} for c in base.size_classes]
    big = SiteData(many, base.meta, classes)
    locale = load_locale("en")
    for name in ("scale", "classes"):
        small_spec = json.dumps(chart_spec(name, base, locale))
        big_spec = json.dumps(chart_spec(name, big, locale))
        assert len(big_spec) < len(small_spec) + 200, name  # only the counts' digits differ
        assert "synthetic/m-" not in big_spec
        assert big_spec.count("datum.value ==") <= 20  # tick labels, not one case per model


def test_rows_show_their_basis_and_date_the_estimate_mark_and_the_packed_marker():
    rows = [_row("acme/rec-8b", 8 * 10**9, 9, params_basis="reconstructed", fetched_at="2026-08-21T00:00:00Z",
                 weights_bytes_estimated=True, packed_weights=None),
            _row("acme/packed-8b", 8 * 10**9, 5, params_basis="hub-safetensors", fetched_at="2026-11-29T10:00:00Z",
                 weights_bytes_estimated=False, packed_weights={"dtype": "I32", "bits": None})]
    data = _data(rows)
    page = Page(lang="en", locale=load_locale("en"), data=data, base_url="../")
    html = explorer.explorer_html(page)
    rec, packed = html.split("acme/<wbr>rec-<wbr>8b")[1], html.split("acme/<wbr>packed-<wbr>8b")[1]
    rec, packed = rec.split("</tr>")[0], packed.split("</tr>")[0]
    assert '<td class="ls-basis">reconstructed snapshot · August 21, 2026</td>' in rec
    assert '<td class="ls-basis">Hub (safetensors) · November 29, 2026</td>' in packed
    assert 'title="estimated from the parameter count, not measured from files">≈</abbr>' in rec
    # the weights cell: ≈ only for the estimated row; fp16 (parameters × 2) and int4 (≈ Q4_K_M, no 4-bit
    # file recorded) are estimates in both rows, each with its own note
    assert rec.count("≈</abbr>") == 3 and packed.count("≈</abbr>") == 2 and "ls-packed" not in rec
    # this row has no config to read tensor shapes from: its int4 ≈ says it comes from the count (review 8, ar #3)
    assert 'title="estimated from the parameter count alone: the size of a Q4_K_M build at 4.5 bits a parameter.' in packed
    assert 'class="ls-packed" title="packed weights, bit width not stated' in packed
    assert "<th scope=\"col\" data-key=\"basis\">Source of the figure</th>" in html
    doc = json.loads(explorer.compact_json(data))
    first, second = (dict(zip(doc["cols"], r)) for r in doc["rows"])
    assert doc["bases"][first["basis"]] == "reconstructed" and first["date"] == "2026-08-21"
    assert (first["est"], first["packed"], second["est"], second["packed"]) == (1, 0, 0, 1)
    strings = json.loads(html.split('data-strings="')[1].split('"')[0].replace("&#34;", '"'))
    assert strings["dates"]["2026-08-21"] == "August 21, 2026" and strings["bases"][6] == "reconstructed snapshot"
    model = explorer.model_page_html(Page(lang="en", locale=load_locale("en"), data=data, base_url="../../"),
                                     "acme/rec-8b")
    assert "reconstructed snapshot · August 21, 2026" in model and "≈</abbr>" in model


def test_detail_files_hold_each_model_in_the_rows_order_and_a_smaller_catalog_removes_old_files(tmp_path):
    rows = [_row(f"org/m{i}", (i + 1) * 10**9, i) for i in range(explorer.DETAIL_ROWS * 2 + 3)]
    rows[-1]["downloads"] = [{"format": "gguf", "variant": "Q4_K_M", "file": "m.Q4_K_M.gguf", "bytes": 4_920_000_000, "basis": "hub-gguf"},
                             {"format": "weird", "file": "<img src=x>", "bytes": None, "basis": "nonsense"}]
    rows[-1]["weights_bytes_basis"] = "config-estimate"
    rows[-1]["revision"] = "0123456789abcdef"
    data = _data(rows)
    files = explorer.detail_files(data)
    assert len(files) == 3  # 64 + 3 rows, 32 per file
    last = json.loads(files[2])["rows"][2]  # row 66 = file 66 // 32, index 66 % 32: the script's arithmetic
    assert json.loads(explorer.compact_json(data))["rows"][66][0] == "org/m66"
    # fp16, int8, int4 as the tables mean them: the real Q4_K_M file for int4, ≈ estimates for the others
    memory = {m[0]: m for m in last[0]}
    assert memory["fp16"] == ["fp16", "", 67 * 10**9 * 2, 1] and memory["int8"][1:4:2] == ["≈\u00a0Q8_0", 2]  # 2: ≈ from the count (no config)
    assert memory["int4"] == ["int4", "GGUF Q4_K_M", 4_920_000_000, 0]
    assert last[1] == [[explorer.FORMATS.index("gguf"), "m.Q4_K_M.gguf", 4_920_000_000, explorer.BASES.index("hub-gguf"), 0],
                       [explorer.FORMATS.index("other"), "<img src=x>", 0, -1, 0]]  # the script escapes it
    assert last[2] == explorer.BASES.index("config-estimate") and last[4] == 1 and last[5] == "0123456789ab"
    assert last[7] == "org/m66"  # the script refuses a file whose row names another model
    site = tmp_path / "site"
    assert explorer.write_json(data, site)
    assert sorted(p.name for p in (site / explorer.DETAIL_DIR).iterdir()) == ["0.json", "1.json", "2.json"]
    assert not explorer.write_json(data, site)  # unchanged: nothing rewritten
    assert explorer.write_json(_data(rows[:5]), site)
    assert [p.name for p in (site / explorer.DETAIL_DIR).iterdir()] == ["0.json"]
    assert len(json.loads((site / explorer.DETAIL_DIR / "0.json").read_text())["rows"]) == 5


def test_a_bad_model_page_count_is_a_clear_error(monkeypatch):
    import pytest

    monkeypatch.setenv("LLMSIZES_MODEL_PAGES", "lots")
    with pytest.raises(ValueError, match=r"LLMSIZES_MODEL_PAGES='lots': expected a whole number"):
        explorer.model_page_cap()
    monkeypatch.setenv("LLMSIZES_MODEL_PAGES", " 12 ")
    assert explorer.model_page_cap() == 12


def test_first_view_rows_without_a_page_link_to_their_source_and_carry_the_id_for_the_script(monkeypatch):
    monkeypatch.setenv("LLMSIZES_MODEL_PAGES", "2")
    data = load_site_data(ROOT / "data")
    paged = explorer.page_ids(data)
    assert len(paged) == 2
    html = explorer.explorer_html(Page(lang="en", locale=load_locale("en"), data=data, base_url="../"))
    links = re.findall(r'<th scope="row"><bdi><a href="([^"]*)"([^>]*)>', html)
    assert len(links) == min(explorer.FIRST_VIEW, len(data.models)) > 2
    own = [(href, rest) for href, rest in links if "data-id" not in rest]
    assert [href for href, _ in own] == [f"{explorer.slug(i)}/" for i in paged]
    for href, rest in links:
        if "data-id" in rest:  # without JavaScript: the source; with it, the view in place
            assert href.startswith("https://") and 'rel="noopener"' in rest


def test_the_browser_files_match_their_typed_columns_and_the_script_reads_only_those():
    """models-explorer.json and its detail files against pipeline/site/browser_data.py, and every name
    explorer.js reads (r[c.NAME], x.NAME) is a column of the file it reads it from."""
    import re

    from pipeline.site.browser_data import DetailDocument, DetailRow, ExplorerDocument, ExplorerRow, columns, validate_rows

    data = load_site_data(ROOT / "data")
    document = json.loads(explorer.compact_json(data))
    ExplorerDocument.model_validate(document)
    validate_rows(ExplorerRow, document["cols"], document["rows"])
    assert len(document["rows"]) == len(data.models)
    for text in explorer.detail_files(data):
        detail = json.loads(text)
        DetailDocument.model_validate(detail)
        validate_rows(DetailRow, detail["cols"], detail["rows"])
    script = "".join((ROOT / "docs" / "assets" / "js" / name).read_text(encoding="utf-8") for name in explorer.SCRIPTS)
    row_names = set(re.findall(r"r\[c\.(\w+)\]", script))
    detail_names = set(re.findall(r"\bx\.(\w+)", script))
    assert row_names and row_names <= set(columns(ExplorerRow)), row_names - set(columns(ExplorerRow))
    assert detail_names and detail_names <= set(columns(DetailRow)), detail_names - set(columns(DetailRow))
    file_names = set(re.findall(r"\bdoc\.(\w+)", script))  # the detail file's own fields (devices, speed)
    assert file_names and file_names <= set(DetailDocument.model_fields), file_names - set(DetailDocument.model_fields)
    with pytest.raises(ValueError, match="row 0"):  # the check can fail: a value of the wrong type
        bad = [list(document["rows"][0])]
        bad[0][document["cols"].index("gated")] = 2
        validate_rows(ExplorerRow, document["cols"], bad)


def test_tags_come_from_the_catalog_the_name_and_what_the_hub_states_never_guessed():
    from pipeline.site.explorer_filters import model_tags

    def tags(model_id, **extra):
        return model_tags({"id": model_id, "name": model_id.split("/")[-1], **extra})

    assert tags("moonshotai/Kimi-K2-Instruct", architecture="DeepseekV3ForCausalLM") == ["instruct"]
    assert tags("google/gemma-3-1b-it", architecture="Gemma3ForCausalLM") == ["instruct"]
    assert tags("TinyLlama/TinyLlama-1.1B-Chat-v1.0", architecture="LlamaForCausalLM") == ["instruct"]
    # a reasoning model is a chat model too (review 5, en Q2): "Instruct or chat" lists it
    assert tags("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", architecture="Qwen2ForCausalLM") == ["instruct", "reasoning"]
    assert tags("openai-community/gpt2", pipeline_tag="text-generation", architecture="GPT2LMHeadModel") == ["base"]
    assert tags("meta-llama/Llama-3.1-8B", architecture="LlamaForCausalLM") == ["base"]
    assert tags("google-bert/bert-base-uncased", pipeline_tag="fill-mask", architecture="BertForMaskedLM") == ["encoder"]
    assert tags("BAAI/bge-small-en", pipeline_tag="feature-extraction") == ["embedding"]
    assert tags("Qwen/Qwen2.5-Coder-7B-Instruct", architecture="Qwen2ForCausalLM") == ["instruct", "code"]
    # a catalog tag wins over the name: a reasoning model is not called "base"
    assert tags("openai/gpt-oss-20b", architecture="GptOssForCausalLM", tags=["reasoning", "featured"]) == ["instruct", "reasoning"]
    assert tags("gpt-3") == [] and tags("google/gemma-3-270m") == []  # nothing stated: no tag
    # an embedding model "tuned on instructions" is not one to chat with
    assert tags("intfloat/e5-mistral-7b-instruct", architecture="MistralModel", tags=["embedding"]) == ["embedding"]


def test_the_calculator_and_the_explorer_call_the_same_tracked_models_chat_and_base():
    """The reverse view's "instruct"/"base" filter and the explorer's select the same models (the
    calculator counted 26 chat models where the explorer counted 30: e5-mistral was "instruct" there)."""
    import yaml
    from pipeline.site import calc_data
    from pipeline.site.explorer_filters import model_tags

    rows = yaml.safe_load(Path("data/models.yaml").read_text(encoding="utf-8"))["models"]
    for kind in ("instruct", "base", "reasoning", "embedding"):
        calc = {r["id"] for r in rows if kind in calc_data.model_kinds(r)}
        explorer_ids = {r["id"] for r in rows if kind in model_tags(r)}
        assert calc == explorer_ids, (kind, calc ^ explorer_ids)
    assert "intfloat/e5-mistral-7b-instruct" not in {r["id"] for r in rows if "instruct" in calc_data.model_kinds(r)}
    # chat questions find the reasoning chat models in both (review 5, en Q2)
    chat = {r["id"] for r in rows if "instruct" in calc_data.model_kinds(r)}
    assert {"Qwen/Qwen3-4B", "openai/gpt-oss-20b", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"} <= chat


def test_the_fits_filter_gets_the_fit_engines_needed_bytes_per_precision_and_context_with_limits_marked():
    rules = {"tight_share": 0.87, "contexts": [4096, 32768, 131072]}
    # needed bytes (16-bit KV cache) per format and context, as data/fit.yaml gives them; the model's
    # limit is 32,768 tokens, so 131,072 is beyond it
    fit = [{"id": "acme/m-8b", "context_limit": 32768, "kv_bytes": {4096: 100, 32768: 800},
            "formats": [{"precision": "fp16", "weights_bytes": 16_000, "needed_bytes": {16: [17_000, 18_000, 30_000]}},
                        {"precision": "int4", "weights_bytes": 5_000, "needed_bytes": {16: [6_000, 7_000, 19_000]}},
                        {"precision": "int4", "weights_bytes": 4_000, "needed_bytes": {16: [5_000, 6_500, 18_000]}},
                        {"precision": None, "weights_bytes": 6_000, "needed_bytes": {16: [1, 1, 1]}}]}]
    data = _data([_row("acme/m-8b-Instruct", 8 * 10**9, architecture="LlamaForCausalLM")], fit, rules=rules)
    data.models[0]["id"] = "acme/m-8b"
    doc = json.loads(explorer.compact_json(data))
    record = dict(zip(doc["cols"], doc["rows"][0]))
    # fp16; int8 unknown (no format); int4 the smaller build; -1 beyond the limit
    assert record["need"] == [[17_000, 18_000, -1], [0, 0, -1], [5_000, 6_500, -1]]
    assert doc["contexts"] == [4096, 32768, 131072] and "overhead" not in doc
    assert doc["tags"][record["tags"].bit_length() - 1] == "instruct"


def test_the_fits_filter_holds_apart_a_model_that_states_no_context_limit():
    """No limit recorded: the needed bytes negated (below -1), so explorer.js names the model apart rather than
    among the fits at any context (fit.limit_unrecorded; review 6: QwQ-32B and the R1 distills at 32K)."""
    from pipeline.site.explorer_filters import fit_need
    entry = {"context_limit": None, "formats": [{"precision": "int4", "needed_bytes": {16: [5_000, 6_500, 0]}}]}
    assert fit_need(entry, [4096, 32768, 131072]) == [[0, 0, 0], [0, 0, 0], [-5_000, -6_500, 0]]


def test_the_explorer_form_has_the_range_the_fits_filter_its_assumptions_and_an_error_region():
    data = load_site_data(ROOT / "data")
    for lang in ("en", "ar", "zh"):
        page = Page(lang=lang, locale=load_locale(lang), data=data, base_url="../")
        html = explorer.explorer_html(page)
        t = page.locale.t
        for name in ("min", "max", "mem"):
            assert re.search(rf'<input type="text" name="{name}" inputmode="decimal" dir="ltr"[^>]*aria-describedby="ls-explorer-error', html), name
        assert '<p id="ls-explorer-error" class="ls-explorer-error" aria-live="polite"></p>' in html
        assert f"<legend>{t('explorer.fit_legend')}</legend>" in html and 'name="prec" data-default="int4"' in html
        assume = re.search(r'<p id="ls-explorer-assume" class="ls-explorer-assume">(.*?)</p>', html).group(1)
        assert "int4" in assume and "4,096" in assume and "llama.cpp" in assume and "vLLM" in assume
        assert f'<option value="instruct">{t("calc.tags.instruct")}</option>' in html  # the calculator's term
        labels = re.search(r'<table class="ls-table ls-explorer-table" style="([^"]*)"', html).group(1)
        assert f"--c1:&#34;{t('table.params')}&#34;" in labels  # the cards' labels (site.css)


def test_the_fits_assumptions_carry_bidi_isolates_only_on_a_right_to_left_page():
    """Thai review 10 #9: copying the line in Thai brought invisible U+2068/U+2069 along."""
    data = load_site_data(ROOT / "data")
    for lang, rtl in (("th", False), ("en", False), ("ar", True), ("he", True)):
        page = Page(lang=lang, locale=load_locale(lang), data=data, base_url="../")
        assume = re.search(r'<p id="ls-explorer-assume" class="ls-explorer-assume">(.*?)</p>',
                           explorer.explorer_html(page)).group(1)
        strings = json.loads(explorer._js_strings(page))
        for text in (assume, strings["assume"], strings["assume_web"]):
            assert ("\u2068" in text and "\u2069" in text) == rtl, (lang, text)


def test_model_pages_enter_their_languages_search_index_from_the_built_html(tmp_path):
    from pipeline.site.search import model_page_entries

    page = tmp_path / "ar" / "models" / "deepseek-ai--deepseek-v3" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text('<article><h1 id="deepseek-v3">DeepSeek-V3</h1><p class="ls-model-back"><a href="../">x</a></p>'
                    '<p class="ls-model-id"><code dir="ltr">deepseek-ai/<wbr>DeepSeek-<wbr>V3</code> · <bdi>DeepSeek</bdi></p>'
                    '<h2 id="params">المعلمات</h2>\n<p><bdi class="ls-fig">685 مليار</bdi> &amp; more</p></article>', encoding="utf-8")
    (tmp_path / "ar" / "models" / "index.html").write_text("<h1>list</h1>", encoding="utf-8")
    assert model_page_entries(tmp_path / "ar") == [{"location": "models/deepseek-ai--deepseek-v3/", "title": "DeepSeek-V3",
                                                   "text": "deepseek-ai/DeepSeek-V3 · DeepSeek 685 مليار & more"}]
    assert model_page_entries(tmp_path / "zh") == []


def test_the_explorer_scripts_name_every_message_as_a_literal():
    """The build embeds only the messages a script names in msg("key" (pipeline/site/messages.py): a key
    picked by an expression inside the call would be missing from the page and show as its key."""
    for name in explorer.SCRIPTS:
        code = re.sub(r"/\*.*?\*/|//[^\n]*", "", (ROOT / "docs" / "assets" / "js" / name).read_text(encoding="utf-8"), flags=re.S)
        computed = re.findall(r"\bmsg\((?!\s*[\"'])[^)]{0,40}", code)
        assert not computed, (name, computed)


def test_thai_counts_take_the_size_classes_style_with_the_words_in_the_title_and_chinese_keeps_yi():
    """One number style per table: Thai "70.6B" beside the class "40–100B", not "7.06 หมื่นล้าน" (review 3);
    Chinese keeps 亿 and 万, as on every other zh page (review 4)."""
    assert [explorer.short_params(n) for n in (70_553_706_496, 7_110_660_096, 684_531_386_000, 1_000_000_000,
                                                 135_000_000, 1_200_000_000_000)] == ["70.6B", "7.11B", "685B", "1B",
                                                                                       "135M", "1.2T"]
    rows = [_row("acme/big-70b", 70_553_706_496, 0)]
    html = explorer.explorer_html(Page(lang="th", locale=load_locale("th"), data=_data(rows), base_url="../"))
    cell = re.search(r'<td class="ls-num" title="([^"]+)"><bdi>([^<]+)</bdi>', html)
    assert cell.group(2) == "70.6B" and "70,553,706,496" in cell.group(1), cell.group(0)
    zh = explorer.explorer_html(Page(lang="zh", locale=load_locale("zh"), data=_data(rows), base_url="../"))
    cell = re.search(r'<td class="ls-num" title="([^"]+)"><bdi>([^<]+)</bdi>', zh)
    assert "亿" in cell.group(2) and "B" not in cell.group(2), cell.group(0)
    en = explorer.explorer_html(Page(lang="en", locale=load_locale("en"), data=_data(rows), base_url="../"))
    assert re.search(r'<td class="ls-num" title="70,553,706,496"><bdi>70.6\sbillion</bdi>', en)


def test_the_first_view_says_its_order_and_without_downloads_runs_from_the_smallest_up():
    """Featured first; then the most downloaded, or in data order (smallest first) when the data has no
    download counts — and the status line says which, in every language (review 3: "most downloaded" was false)."""
    rows = [_row(f"z/m{i}", (i + 1) * 10**9) for i in range(explorer.FIRST_VIEW + 5)]
    rows[7]["tags"] = ["featured"]
    data = _data(rows)
    assert [r["id"] for r in explorer.first_rows(data, 3)] == ["z/m7", "z/m0", "z/m1"]
    assert explorer.first_order(data) == "size"
    for lang in ("en", "pt", "ar", "he", "th", "zh"):
        locale = load_locale(lang)
        html = explorer.explorer_html(Page(lang=lang, locale=locale, data=data, base_url="../"))
        status = re.search(r'<p class="ls-explorer-status"[^>]*>(.*?)</p>', html).group(1)
        assert status == str(escape(locale.t("explorer.first_view", shown="60", total="65", order="size"))), (lang, status)
        assert status != locale.t("explorer.first_view", shown="60", total="65", order="downloads")
        assert f'<noscript><p class="ls-explorer-nojs">{escape(locale.t("explorer.no_script"))}</p></noscript>' in html
    rows[3]["hub_downloads"] = 10
    assert explorer.first_order(_data(rows)) == "downloads"
    assert [r["id"] for r in explorer.first_rows(_data(rows), 3)] == ["z/m7", "z/m3", "z/m0"]


def test_the_fits_filter_never_takes_a_web_only_build_and_judges_the_calculators_one_figure():
    """Off the browser tab a MediaPipe or LiteRT build is not a GPU's file (fit.precision_weights web=False), and
    the figure judged is the one the calculator's list judges (review 7: parity with calc-list.js columnFormat)."""
    from pipeline.site.explorer_filters import fit_need
    entry = {"context_limit": 8192, "formats": [
        {"format": "mediapipe:int4", "precision": "int4", "engine": "browser", "needed_bytes": {16: [1_000, 2_000]}},
        {"format": "gguf:Q4_0", "precision": "int4", "engine": "llama.cpp", "needed_bytes": {16: [4_000, 5_000]}},
        {"format": "gguf:Q4_K_M", "precision": "int4", "engine": "llama.cpp", "needed_bytes": {16: [4_500, 5_500]}}]}
    assert fit_need(entry, [4096, 8192])[2] == [4_000, 5_000]
    assert fit_need(entry, [4096, 8192], {"int4": "gguf:Q4_K_M"})[2] == [4_500, 5_500]
    only_web = {"context_limit": 8192, "formats": entry["formats"][:1]}
    assert fit_need(only_web, [4096, 8192])[2] == [0, 0]


def test_the_calculator_and_the_explorer_list_one_set_of_kinds_in_one_order_with_one_name_each():
    """Review 7 (zh #3): code, MoE, vision-language and speech on both pages, in the same order and words."""
    from pipeline.site import calc_data, fit_view

    data = load_site_data(ROOT / "data")
    assert calc_data.TAGS == explorer.TAGS
    assert {"code", "moe", "vision-language", "speech", "encoder"} <= set(explorer.TAGS)
    for lang in ("en", "zh"):
        page = Page(lang=lang, locale=load_locale(lang), data=data, base_url="../")
        both = []
        for html in (explorer.explorer_html(page), fit_view.calculator(page, None)):
            select = re.search(r'<select name="tag">(.*?)</select>', str(html), re.S).group(1)
            both.append([label for value, label in re.findall(r'<option value="([^"]+)">([^<]+)</option>', select)])
        assert both[0] == both[1] and len(both[0]) == len(explorer.TAGS), both


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_size_band_options_isolate_their_ranges_on_right_to_left_pages(lang):
    """An <option> holds no markup: "5–10B" needs its own isolate or the list shows "10B–5" (review 11, he #1)."""
    html = explorer.explorer_html(Page(lang=lang, locale=load_locale(lang), data=_data([_row("a/m", 8 * 10**9)]),
                                       base_url="../"))
    band = re.search(r'<select name="band">(.*?)</select>', html, re.S).group(1)
    assert "<option value=\"7b-9b\">\u20665–10B\u2069</option>" in band
    en = explorer.explorer_html(Page(lang="en", locale=load_locale("en"), data=_data([_row("a/m", 8 * 10**9)]),
                                     base_url="../"))
    assert '<option value="7b-9b">5–10B</option>' in en


def test_unrecorded_access_reads_as_unrecorded_terms_not_unregistered_access():
    """pt "acesso não registrado" read as "unregistered access" (review 11, pt #10): the conditions are what is unrecorded."""
    assert load_locale("pt").t("explorer.access_unknown") == "condições de acesso não registradas"
    assert load_locale("en").t("explorer.access_unknown") == "access terms not recorded"


def test_the_fit_notes_give_the_real_causes_and_do_not_open_alike():
    """Review 11 (th #3, zh #3, pt #7): "(mostly KV cache)" about one model, vague causes, and two sentences in a
    row opening "Another…/另有/Outro modelo". The causes are named; the second sentence opens differently."""
    for lang in ("en", "he", "ar", "pt", "th", "zh"):
        locale = load_locale(lang)
        one, two = locale.plural("explorer.fit_unknown", 1), locale.plural("explorer.fit_unrecorded", 1, names="M")
        assert "KV" in one and not re.search(r"usually|ส่วนใหญ่|通常|בדרך כלל|في الغالب|em geral", one), lang
        assert one.split()[0] != two.split()[0] and one[:2] != two[:2], (lang, one, two)
    assert load_locale("zh").plural("explorer.fit_unknown", 7).startswith("另有 7 个符合条件的模型未列出")
    assert "参数量未公开或 KV 缓存未知" in load_locale("zh").plural("explorer.fit_unknown", 7)
    assert load_locale("pt").plural("explorer.fit_unrecorded", 1, names="Mathstral 7B").startswith("E mais um cabe")
