"""Model pages' "Will it run?" section: assumptions stated, active parameters, context limit, and per
device the verdict, the largest context (fit.largest_context) and the speed (speed.decode_speed)."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from pipeline.data import fit, speed
from pipeline.i18n.formatting import format_integer
from pipeline.i18n.locales import load_locale
from pipeline.site import explorer, fit_view, model_fit
from pipeline.site.context import Page, load_site_data
from tests.conftest import LANGS, ROOT


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT / "data")


def page_html(data, model_id: str, lang: str = "en") -> str:
    html = explorer.model_page_html(Page(lang=lang, locale=load_locale(lang), data=data, base_url="../../"), model_id)
    return html.replace("\u00a0", " ")


def fit_rows(html: str) -> list[str]:
    table = html.split('ls-model-fit"')[1].split("</table>")[0]
    return re.findall(r"<tr><th scope=\"row\">.*?</tr>", table)


def test_a_moe_page_gives_its_active_parameters_and_what_the_total_counts(data):
    html = page_html(data, "deepseek-ai/DeepSeek-V3")
    # DeepSeek's published 37B are of its 671B main model; the 685B in the files add the MTP module (review 6)
    assert "37 billion of the main model&#39;s 671 billion parameters work on each token (published figure)" in html
    assert "685 billion parameters work" not in html
    assert "The total of 685 billion counts every tensor in the weight files" in html
    assert "Longest context the model accepts: 163,840 tokens." in html


def test_a_page_with_multi_token_prediction_layers_says_what_they_add_to_the_total(data):
    row = next(r for r in data.models if r["id"] == "deepseek-ai/DeepSeek-V3")
    assert row["params_mtp"] == 13_463_426_304  # computed from its config (pipeline/data/params.py), not typed in
    html = page_html(data, "deepseek-ai/DeepSeek-V3")
    assert ("a multi-token-prediction module of 13.5 billion that is stored with the weights "
            "but not run in ordinary decoding. Memory figures use the total") in html
    # one flowing paragraph, not three sentences each opening "The total" (review 7, en)
    assert html.count("The total") == 1
    assert "multi-token" not in page_html(data, "openai/gpt-oss-120b")


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_the_multi_token_prediction_note_is_written_in_every_language(data, lang):
    html = page_html(data, "deepseek-ai/DeepSeek-V3", lang)
    loc = load_locale(lang)
    said = loc.t("model_fit.active_main", active="A", main="M", total="T", mtp="X", basis="B")
    assert said.split("X")[1][:12] in html  # the merged sentence names the module
    assert loc.t("model_fit.counted_files") not in html  # ... and what the files hold, once


def test_a_dense_page_says_nothing_about_experts(data):
    assert "expert" not in page_html(data, "openai-community/gpt2")


def test_every_verdict_states_format_runtime_context_and_kv_precision(data):
    html = page_html(data, "meta-llama/Llama-3.1-8B-Instruct")
    assert ("Each verdict below assumes GGUF Q4_K_M weights run in llama.cpp, 4,096 tokens of context "
            "and a 16-bit KV cache.") in html
    short = page_html(data, "openai-community/gpt2")
    assert "1,024 tokens of context (the model&#39;s own limit, shorter than the site&#39;s usual 4,096)" in short


def test_each_device_row_has_the_largest_context_and_the_speed_the_engine_gives(data):
    model_id = "meta-llama/Llama-3.1-8B-Instruct"
    row, rules = data.model(model_id), fit_view.rules(data)
    fmt = fit.find_format(row, "int4")
    rows = fit_rows(page_html(data, model_id))
    assert len(rows) == len(data.devices)
    result = fit.fit_row(row, fmt, 4096, rules)
    read = speed.bytes_per_token(result.weights_bytes, result.kv_bytes, speed.active_share(row))
    for device, html_row in zip(data.devices, rows):
        usable = fit_view.usable_bytes(device)
        largest = fit.largest_context(row, fmt, usable, rules)
        assert f'data-sort="{largest}"' in html_row
        if largest == row["context_length"]:
            assert f"all {format_integer(largest, 'en')} tokens" in html_row
        estimate = speed.decode_speed(read, device["bandwidth_bytes_per_s"], rules.speed)
        if fit.judge(result, usable, rules) in ("fits", "tight") and estimate:
            low = round(estimate["low"], -1 if estimate["low"] >= 100 else 0)
            assert "≈ " in html_row and "–" in html_row, html_row
            assert str(int(low)) in html_row.replace(",", "")


def test_the_calculator_link_preselects_the_model_at_the_right_depth(data):
    html = page_html(data, "deepseek-ai/DeepSeek-V3", "he")
    assert 'href="../../will-it-run/?model=deepseek-ai/DeepSeek-V3#calculator"' in html
    assert model_fit.calculator_url("a b/c&d") == "../../will-it-run/?model=a%20b/c%26d#calculator"


@pytest.mark.parametrize("lang", LANGS)
def test_the_section_renders_in_every_language_with_its_own_strings(data, lang):
    locale = load_locale(lang)
    html = page_html(data, "deepseek-ai/DeepSeek-V3", lang)
    assert locale.t("model_fit.caption") in html.replace("&#39;", "'").replace("&#34;", "\"")
    assert len(fit_rows(html)) == len(data.devices)
    # a model whose config gives no KV cache figures (GLM-5.2: an unrecognised layer-plan key), so the
    # verdict names the weights alone (Llama 3.1 405B served until its full config.json was cited)
    weights_alone = page_html(data, "zai-org/GLM-5.2", lang)
    assert "ls-verdict-no" in weights_alone and "418" in weights_alone  # the weights alone, named


def test_a_page_means_by_int4_what_the_tables_and_the_calculator_mean(data):
    """Review 3: the weights table showed int4 at half a byte a parameter (4.02 GB) beside the 4.92 GB file
    the verdicts use. Now one meaning: fit.precision_weights, named (real file, or ≈ its common build)."""
    instruct = page_html(data, "meta-llama/Llama-3.1-8B-Instruct")
    memory = instruct.split('id="memory"')[1].split("</table>")[0]
    assert "int4 (GGUF Q4_K_M)</bdi></th><td class=\"ls-num\"><bdi>4.92 GB" in memory and "4.02 GB" not in memory
    assert "int8 (≈ Q8_0)" in memory and "fp32" not in memory
    # the base model has no file of its own on record: ≈ its common 4-bit build, never the Instruct's file
    llama = page_html(data, "meta-llama/Llama-3.1-8B")
    memory = llama.split('id="memory"')[1].split("</table>")[0]
    assert "int4 (≈ Q4_K_M)" in memory and "4.02 GB" not in memory and "Instruct-Q4_K_M.gguf" not in llama
    assert "exact:" not in llama  # a reconstructed count is not called exact
    assert re.search(r'Read on August 21, 2026, revision <code dir="ltr">[0-9a-f]{12}</code>', llama)
    deepseek = page_html(data, "deepseek-ai/DeepSeek-V3")
    assert "int4 (≈ Q4_K_M)</bdi></th><td class=\"ls-num\"><abbr" in deepseek and "342 GB" not in deepseek
    # llama.cpp's per-tensor rule over the MoE tensors (404.4 GB; the unsloth build is stated as 377 GiB = 404.8 GB),
    # no longer parameters × 4.5 bits (385 GB)
    assert "assumes an estimated Q4_K_M GGUF (≈ 404 GB) run in llama.cpp" in deepseek
    # nothing in the ladder holds it: the link points to the calculator's split between GPU and RAM
    assert "split it between a GPU and system RAM (CPU offload)" in deepseek
    # its FP8 checkpoint sized from its own count per data type is its download, not an estimate (one status
    # on every page): no "≈" on the download line, and no line calling it an estimate
    assert "the download size above is an estimate" not in deepseek


def test_weights_under_the_usable_memory_are_not_said_to_exceed_it(data):
    """4.28 GB of weights on a 4.29 GB device, the KV cache unknown: the buffers tip it over, not the weights
    (compared unrounded). No tracked model is that case since Qwen2.5 7B Instruct got its config: a made-up one."""
    page = Page(lang="en", locale=load_locale("en"), data=data, base_url="../../")
    phone = model_fit._verdict_cell(page, {"total": None, "weights": 4_280_000_000},
                                    {"verdict": "no", "usable": 4_294_967_296}).replace("\u00a0", " ")
    assert "the weights, 4.28 GB, and the runtime&#39;s buffers already take more than the 4.29 GB usable" in phone
    assert "exceed" not in phone


def test_an_embedding_model_gets_no_decode_speed(data):
    """E5 Mistral reads its input and stops: "tokens per second" does not apply (review 3, ar)."""
    row = next(r for r in data.models if r["id"] == "intfloat/e5-mistral-7b-instruct")
    found = model_fit.figures(data, row)
    assert found["generates"] is False and not any(d["speed"] for d in found["devices"])
    section = model_fit.section(Page(lang="en", locale=load_locale("en"), data=data, base_url="../../"), row)
    fitting = [d for d in section["devices"] if "fits" in str(d["verdict"])]
    assert fitting and all(d["speed"] == "not applicable: it generates no text" for d in fitting)
    assert "speed_note" not in section


def test_the_chinese_page_puts_the_source_in_full_width_brackets(data):
    """Review 5 zh #8: "80.3 亿 — 数据来源：重建的快照 · 2026 年 8 月 21 日" read as a template."""
    html = page_html(data, "meta-llama/Llama-3.1-8B-Instruct", "zh")
    assert re.search(r'80\.3 亿</bdi>（数据来源：<span class="ls-basis">重建的快照，2026[^<]*</span>）', html)
    assert ' — Source of the figure: <span class="ls-basis">reconstructed snapshot · August 21, 2026</span>' in page_html(
        data, "meta-llama/Llama-3.1-8B-Instruct")


def _tab_cell(html: str) -> str:
    """The browser-tab row of a model page's fit table, tags stripped."""
    import re
    row = next(r for r in fit_rows(html) if "Browser tab" in r)
    return re.sub(r"<[^>]+>", "", row)


def test_the_browser_tab_row_follows_the_browser_table(data):
    """Review 6 (pt): Gemma 2B, DistilBERT and Qwen3-VL 4B said "fits" in a tab with no web build; the row is the
    browser table's verdict (fit_view.heat_verdict), its context and speed not worked out."""
    from pipeline.site import fit_view
    tab = next(d for d in data.devices if d["kind"] == "browser")
    for model_id in ("google/gemma-2b", "distilbert/distilbert-base-uncased", "Qwen/Qwen3-VL-4B-Instruct"):
        assert fit_view.heat_verdict(data, data.model(model_id), tab) == "unknown"
        html = page_html(data, model_id)
        cell = _tab_cell(html)
        assert "unknown needs a web build first" in cell and cell.endswith("——"), cell
        assert "The browser-tab row follows the browser table instead" in html
    # a recorded web build: its verdict and the memory it needs, as the browser table has them
    cell = _tab_cell(page_html(data, "meta-llama/Llama-3.1-8B-Instruct"))
    assert "does not fit: its web build, WebLLM (q4f16_1), needs 5.24 GB" in cell, cell


def test_the_chinese_browser_tab_note_says_which_row_has_no_context_or_speed(data):
    """Review 10, zh #13: the lead ended "…否则记为未知。不估算上下文和速度。", a sentence with no subject that read as
    if the whole table gave no speeds; it names the row."""
    html = page_html(data, "meta-llama/Llama-3.1-8B-Instruct", "zh")
    assert "否则记为未知；这一行不估算最长上下文和速度。" in html and "。不估算" not in html


def test_the_page_format_is_the_int4_column(data):
    """A Q4_K_M file before a Q4_0 one, as the tables and the calculator (fit.precision_weights)."""
    assert "Each verdict below assumes GGUF Q4_K_M weights" in page_html(data, "meta-llama/Llama-3.2-1B-Instruct")


def test_an_nvfp4_repository_has_a_row_of_its_own_format(data):
    """Review 8, zh #3: nvidia/DeepSeek-V3.1-NVFP4 listed fp16/int8/int4 estimates but not its own NVFP4 checkpoint
    (≈ 388 GB, weights.packed_estimate), while DeepSeek-V3 shows its fp8 files; the same row in the in-place view."""
    row = next(r for r in data.models if r["id"] == "nvidia/DeepSeek-V3.1-NVFP4")
    own = [m for m in model_fit.weight_rows(row) if m["precision"] == "NVFP4"]
    assert own == [{"precision": "NVFP4", "name": "safetensors", "bytes": row["weights_bytes"], "estimated": 1}]
    memory = page_html(data, "nvidia/DeepSeek-V3.1-NVFP4").split('id="memory"')[1].split("</table>")[0]
    assert re.search(r'NVFP4 \(safetensors\)</bdi></th><td class="ls-num"><abbr class="ls-est" '
                     r'title="estimated from the parameter count[^"]*">≈</abbr> <bdi>388 GB', memory)
    # a repository whose own checkpoint already is a column's figure gets no second row
    deepseek = next(r for r in data.models if r["id"] == "deepseek-ai/DeepSeek-V3")
    assert [m["precision"] for m in model_fit.weight_rows(deepseek)].count("fp8") == 1


def test_an_int4_estimate_says_which_basis_it_has(data):
    """Review 8, ar #3: MiMo 7B Base ≈ 4.29 GB (from its count) beside Qwen2.5 7B ≈ 4.68 GB (from its tensor
    shapes), both 7.62B: each ≈ names its basis, and a real file's title names the file (th #11)."""
    rows = {r["id"]: r for r in data.models}
    kinds = {m: fit.estimate_kind(fit.precision_weights(rows[m], "int4"))
             for m in ("XiaomiMiMo/MiMo-7B-Base", "Qwen/Qwen2.5-7B", "gemini-nano-2", "meta-llama/Llama-3.2-3B")}
    assert kinds == {"XiaomiMiMo/MiMo-7B-Base": 2, "Qwen/Qwen2.5-7B": 1, "gemini-nano-2": 2, "meta-llama/Llama-3.2-3B": 1}
    mimo = page_html(data, "XiaomiMiMo/MiMo-7B-Base").split('id="memory"')[1].split("</table>")[0]
    assert 'title="estimated from the parameter count alone: the size of a Q4_K_M build at 4.5 bits a parameter.' in mimo
    qwen = page_html(data, "Qwen/Qwen2.5-7B").split('id="memory"')[1].split("</table>")[0]
    assert 'title="estimated from the tensor shapes in the model\'s config' in qwen or \
        'title="estimated from the tensor shapes in the model&#39;s config' in qwen
    gemma = rows["google/gemma-2b-it"]
    assert explorer.file_title(gemma, fit.precision_weights(gemma, "int4")) == "MediaPipe int4 · gemma-2b-it-cpu-int4.bin"


def test_an_mlx_build_named_by_a_code_shows_a_format_not_the_code(data):
    """Review 8, ar #5: 'MLX | MXFP4-Q8' on the gpt-oss-120b page; no recorded source says which layers are 8-bit,
    so the row names the format and the build in every language, never the code."""
    for lang in LANGS:
        html = page_html(data, "openai/gpt-oss-120b", lang)
        downloads = html.split('id="downloads"')[1].split("</table>")[0]
        assert "MXFP4-Q8" not in downloads and '<code dir="ltr">MXFP4</code>' in downloads
        assert load_locale(lang).t("explorer.mlx_build") in downloads


def test_an_mlx_build_named_by_its_width_shows_the_width_in_words_not_the_tag(data):
    """Review 10, zh #7: 'MLX | 4bit' and 'MLX | 8bit' on the Llama 3.1 8B Instruct page, raw repository tags beside
    'MXFP4 (MLX build)' elsewhere; the row reads '4-bit (MLX build)', zh '4 位（MLX 版本）', in every language."""
    expected = {"en": "4-bit (MLX build)", "zh": "4 位（MLX 版本）", "pt": "4 bits (versão MLX)"}
    for lang in LANGS:
        html = page_html(data, "meta-llama/Llama-3.1-8B-Instruct", lang)
        downloads = html.split('id="downloads"')[1].split("</table>")[0]
        assert ">4bit<" not in downloads and ">8bit<" not in downloads
        locale = load_locale(lang)
        for bits in (4, 8):
            cell = locale.t("explorer.mlx_bits", bits=bits) + locale.t("display.aside", text=locale.t("explorer.mlx_build"))
            assert cell.replace("\u00a0", " ") in downloads, (lang, bits)
        if lang in expected:
            assert expected[lang] in downloads


def test_weights_alone_too_big_leave_no_context_even_when_the_kv_cache_is_unknown(data):
    """Review 9 (zh #2): DeepSeek-R1 Distill Qwen 7B as it was before its layer plan was recorded (review 10 zh #2),
    its KV cache unknown, on the 8 GiB phone: its weights alone exceed the phone, so its longest context is "none",
    as on every other page, never "unknown"; the explorer's in-place view reads the same figure (0, not -1). Where its
    weights would fit, the context stays unknown."""
    row = dict(data.model("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"), kv_cache_bytes_per_token=None)
    row["kv_cache"] = {**row["kv_cache"], "status": "unknown", "full_layers": 0, "full_bytes_per_token": 0,
                       "attention": "", "plan": "no model type"}
    found = model_fit.figures(data, row)
    by_device = {d["device"]["id"]: d for d in found["devices"]}
    assert found["total"] is None and by_device["phone-8gb"]["verdict"] == "no"
    assert found["weights"] > by_device["phone-8gb"]["usable"] and by_device["phone-8gb"]["largest"] == 0
    assert by_device["gpu-24gb"]["largest"] is None
    for lang in ("en", "zh"):
        rows = model_fit.device_rows(Page(lang=lang, locale=load_locale(lang), data=data), row, found)
        phone = rows[[d["device"]["id"] for d in found["devices"]].index("phone-8gb")]
        assert phone["longest"] == load_locale(lang).t("model_fit.context_none"), phone


@pytest.mark.parametrize("lang", LANGS)
def test_a_tab_row_without_a_web_build_gives_that_reason_first(data, lang):
    """Review 10 ar #10: gpt-oss-120b's and DeepSeek-V3's tab rows said only "the weights alone, 65.2 GB, exceed the 4.29 GB
    usable"; the rule (calc_data.no_build_verdict) is first that no web build is recorded, then the 4-bit weights."""
    locale = load_locale(lang)
    page = Page(lang=lang, locale=locale, data=data, base_url="../../")
    tab = next(d for d in data.devices if d["kind"] == "browser")
    for model_id, shown in (("openai/gpt-oss-120b", "63.4 GB"), ("deepseek-ai/DeepSeek-V3", "404 GB")):
        row = data.model(model_id)
        assert data.fit_by_id[model_id]["browser"]["format"] is None and fit_view.heat_verdict(data, row, tab) == "no"
        weights = fit.precision_weights(row, "int4")["weights_bytes"]
        if lang == "en":
            assert fit_view.size_text(page, weights).replace("\u00a0", " ") == shown
        want = locale.t("fit_notes.no_build_weights_alone", verdict=locale.t("fit.verdict.no"),
                        size=fit_view.size_text(page, weights), usable=fit_view.size_text(page, fit_view.usable_bytes(tab)))
        html = page_html(data, model_id, lang)
        row_html = next(r for r in fit_rows(html) if 'ls-verdict-no' in r and fit_view.device_name(page, tab).replace("\u00a0", " ") in r.replace("\u00a0", " "))
        assert want.replace("\u00a0", " ") in re.sub(r"<[^>]+>", "", row_html), row_html
    assert "does not fit: no web build is recorded, and its weights alone, 63.4 GB, exceed the 4.29 GB usable" in \
        _tab_cell(page_html(data, "openai/gpt-oss-120b"))


def test_gemma_3n_e2b_on_the_8_gib_phone_gets_the_calculators_answer(data):
    """Review 10 pt #2: the model page said "does not fit" on "Phone, 8 GiB" with the LiteRT int4 file (3.66 GB, 4.35 GB
    needed), while the calculator and its list said "tight" with the ≈ Q4_K_M estimate (3.06 GB, 3.75 GB needed) and the
    ladder named Gemma 3 4B IT. A web build (LiteRT, MediaPipe) runs in a tab only (fit.offered): every device verdict off
    the tab takes the calculator's format (fit.precision_weights web=False), so the three answers are one."""
    from pipeline.site import fit_tables
    row = data.model("google/gemma-3n-E2B-it")
    phone = data.device("phone-8gb")
    usable = fit_view.usable_bytes(phone)
    calc = fit.precision_weights(row, "int4", web=False)  # the calculator's int4 (calc-list.js columnFormat, fit-engine.js)
    assert calc["estimated"] and calc["weights_bytes"] == 3_059_772_444
    result = fit.fit_row(row, calc, 4096, fit_view.rules(data))
    assert fit.judge(result, usable, fit_view.rules(data)) == "tight"
    found = model_fit.figures(data, row)
    cell = next(d for d in found["devices"] if d["device"]["id"] == "phone-8gb")
    assert cell["verdict"] == "tight" and found["weights"] == calc["weights_bytes"] and found["total"] == result.total_bytes
    html = page_html(data, "google/gemma-3n-E2B-it")
    assert "Each verdict below assumes an estimated Q4_K_M GGUF (≈ 3.06 GB)" in html
    assert fit_view.verdict_at(data, row["id"], "int4", 4096, phone) == ("tight", result.total_bytes)
    page = Page(lang="en", locale=load_locale("en"), data=data, src_path="en/index.md")
    best = fit_tables.largest_fitting(page, phone, "int4")
    assert best[0]["id"] == "google/gemma-3n-E2B-it" and best[2] == "tight"
    # the tab row still judges the web build (MediaPipe int4: its 3.14 GB file is over the 2 GB a tab loads at once)
    tab = next(d for d in found["devices"] if d["device"]["kind"] == "browser")
    assert tab["verdict"] == "no" and tab["web"][0] == "file"


@pytest.mark.parametrize("lang", LANGS)
def test_a_page_without_a_download_size_says_unknown_and_why(data, lang):
    """Qwen3.8-27B's data holds a count but neither file sizes nor a stored number format: the download
    line stays, saying unknown and why, in every language (it used to be left out)."""
    row = data.model("Qwen/Qwen3.8-27B")
    assert row["weights_bytes"] is None and row["params_total"] and row["stored_dtype"] is None
    t = load_locale(lang).t
    label = t("display.label", label=t("table.weights"))
    line = label + t("model_fit.weights_unknown", reason="dtype")
    assert str(escape(line)).replace("\u00a0", " ") in page_html(data, "Qwen/Qwen3.8-27B", lang)  # "site&#39;s"
    assert t("model_fit.weights_unknown", reason="dtype") != t("model_fit.weights_unknown", reason="count")


@pytest.mark.parametrize("lang", LANGS)
def test_a_licence_a_source_names_without_a_hub_tag_reaches_the_page(data, lang):
    """DeepSeek-V3's facts name the DeepSeek Model License (its repository's README) and its saved Hub
    page shows no licence tag: the page names it as the model's own terms, and no Hub tag is made up."""
    row = data.model("deepseek-ai/DeepSeek-V3")
    assert row["license"] is None and row["license_name"] == "DeepSeek Model License"
    t = load_locale(lang).t
    html = page_html(data, "deepseek-ai/DeepSeek-V3", lang)
    assert str(escape(t("explorer.license_named", name="DeepSeek Model License"))).replace("\u00a0", " ") in html
    assert t("explorer.license_unknown") not in html
    # a Hub tag on record is never replaced by a name from elsewhere
    assert all(r.get("license_name") is None for r in data.models if r.get("license") is not None)


def test_a_gguf_mxfp4_file_is_labelled_4_bit_not_int4():
    """MXFP4 is a 4-bit float: the int4 column's GGUF MXFP4 file reads "4-bit (GGUF MXFP4)" (review 11, th #4, he #10);
    a GGUF Q4_K_M file keeps "int4"."""
    data = load_site_data(ROOT / "data")
    row = next(r for r in data.models if r["id"] == "openai/gpt-oss-20b")
    rows = {m["name"]: m["precision"] for m in model_fit.weight_rows(row)}
    assert rows["GGUF MXFP4"] == model_fit.BITS4
    assert all(m["precision"] != "int4" or "FP4" not in m["name"] for m in model_fit.weight_rows(row))
    q4 = next(r for r in data.models if any(m["name"] == "GGUF Q4_K_M" for m in model_fit.weight_rows(r)))
    assert [m["precision"] for m in model_fit.weight_rows(q4) if m["name"] == "GGUF Q4_K_M"] == ["int4"]
    for lang, label in (("en", "4-bit (GGUF MXFP4)"), ("th", "4 บิต (GGUF MXFP4)"), ("he", "4 ביט (GGUF MXFP4)")):
        html = explorer.model_page_html(Page(lang=lang, locale=load_locale(lang), data=data, base_url="../../"),
                                        "openai/gpt-oss-20b")
        text = re.sub(r"<[^>]+>|[\u2066-\u2069]", "", html)
        assert label in text and "int4 (GGUF MXFP4)" not in text, lang


def test_licence_line_names_the_licence_first_and_unknown_weights_say_whose_data():
    """Review 11: th #5 (the licence read as "is not the Hub's tag"), th #6 / zh #9 ("the data" had no owner)."""
    th, zh, en = load_locale("th"), load_locale("zh"), load_locale("en")
    assert th.t("explorer.license_named", name="DeepSeek Model License").startswith("สัญญาอนุญาต: DeepSeek Model License (")
    assert en.t("explorer.license_named", name="X").startswith("License: X (")
    assert zh.t("model_fit.weights_unknown", reason="dtype") == "未知（本站的数据里既没有文件大小，也没有权重的存储格式）"
    assert "site's data" in en.t("model_fit.weights_unknown", reason="dtype")


def test_the_memory_note_says_which_int4_file_the_verdicts_use():
    """Review 11, pt #1: Gemma 3n E2B lists LiteRT int4 3.66 GB while its verdicts use a ≈ GGUF; the note
    claimed "the same figures". It now says the verdicts use the GGUF and a LiteRT file counts in the tab row."""
    for lang in LANGS:
        note = load_locale(lang).t("explorer.memory_note")
        assert "GGUF" in note and "LiteRT" in note and "MediaPipe" in note, lang
    assert "same figures" not in load_locale("en").t("explorer.memory_note")
    assert "mesmos números" not in load_locale("pt").t("explorer.memory_note")
