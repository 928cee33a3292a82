"""Device fit (issue 12): hand-computed cases, the `pipeline fit` command, devices.yaml errors, markers."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from pipeline.cli import main
from pipeline.contract import Device
from pipeline.data import fit
from pipeline.data.devices import load_devices
from pipeline.errors import CatalogError
from pipeline.i18n.formatting import format_integer
from pipeline.i18n.locales import load_locale
from pipeline.markers import iter_markers
from pipeline.site import render
from pipeline.site.context import Page, load_site_data
from tests.conftest import ROOT

# The committed rule (data/devices.yaml); the figures the hand computations below use are asserted.
RULES = load_devices(ROOT / "data" / "devices.yaml").rules
LLAMA_CPP, VLLM = RULES.runtimes["llama.cpp"], RULES.runtimes["vllm"]
GPU_8GB = Device(id="gpu-8gb", name="8 GiB", kind="gpu", memory_bytes=8 * 2**30, memory_reported="8 GiB",
                 memory_source="https://example.org", unified=False, usable_share=0.9,
                 usable_basis="x", usable_source="https://example.org", source="https://example.org")
GPU_24GB = GPU_8GB.model_copy(update={"id": "gpu-24gb", "memory_bytes": 24 * 2**30})

# Llama 3.1 8B: 32 layers, 8 KV heads, head dim 128; K and V at 2 bytes -> 2 × 32 × 8 × 128 × 2 = 131,072 B/token.
LLAMA_KV_PER_TOKEN = 2 * 32 * 8 * 128 * 2
LLAMA = {
    "id": "meta-llama/Llama-3.1-8B", "name": "Llama 3.1 8B", "params_total": 8_030_261_248, "context_length": 131072,
    "stored_dtype": "BF16", "weights_bytes": 16_060_522_496, "weights_bytes_basis": "file-sizes",
    "weights_bytes_estimated": False, "vocab_size": 128256,
    "downloads": [{"format": "gguf", "variant": "Q4_K_M", "file": "x.gguf", "files": 1, "bytes": 4_920_734_656,
                   "basis": "hub-gguf", "largest_file_bytes": 4_920_734_656}],
    "kv_cache": {"status": "computed", "full_layers": 32, "full_bytes_per_token": LLAMA_KV_PER_TOKEN},
}


def test_the_committed_rule_has_the_figures_these_tests_use():
    assert (VLLM.fixed_bytes, VLLM.bytes_per_vocab_entry, VLLM.compute_bytes_per_token) == (380_000_000, 0, 111_000)
    assert (LLAMA_CPP.fixed_bytes, LLAMA_CPP.bytes_per_vocab_entry, LLAMA_CPP.compute_bytes_per_token) == (0, 2048, 1300)
    assert LLAMA_CPP.vocab_fallback == 256_000 and RULES.tight_share == 0.87
    assert LLAMA_CPP.kv_bytes_per_value == {16: 2, 8: 1.0625, 4: 0.5625} and VLLM.kv_bytes_per_value == {16: 2, 8: 1}


def test_llama_bf16_at_8192_tokens_from_its_file_size_in_a_vllm_style_server():
    fmt = fit.find_format(LLAMA, "safetensors")
    row = fit.fit_row(LLAMA, fmt, 8192, RULES)
    assert LLAMA_KV_PER_TOKEN == 131_072 and row.engine == "vllm"
    assert row.weights_bytes == 16_060_522_496 and not row.estimated  # the real file size
    assert row.kv_bytes == 131_072 * 8192 == 1_073_741_824
    assert row.overhead_bytes == 380_000_000 + 111_000 * 8192 == 1_289_312_000
    assert row.total_bytes == 16_060_522_496 + 1_073_741_824 + 1_289_312_000 == 18_423_576_320
    # 24 GB card: usable 0.9 × 25,769,803,776 = 23,192,823,398; 87 % of that = 20,177,756,356 > total -> fits
    assert GPU_24GB.usable_bytes == 23_192_823_398
    assert fit.judge(row, GPU_24GB.usable_bytes, RULES) == "fits"
    assert fit.judge(row, GPU_8GB.usable_bytes, RULES) == "no"


def test_q4_k_m_file_on_an_8_gb_gpu_in_llama_cpp():
    row = fit.fit_row(LLAMA, fit.find_format(LLAMA, "gguf:Q4_K_M"), 8192, RULES)
    assert row.engine == "llama.cpp" and row.weights_bytes == 4_920_734_656
    # logits of a 512-token batch: 2,048 B × 128,256 vocabulary entries, plus 1,300 B per token of context
    assert row.overhead_bytes == 2048 * 128_256 + 1300 * 8192 == 273_317_888
    assert row.total_bytes == 4_920_734_656 + 1_073_741_824 + 273_317_888 == 6_267_794_368
    # usable 0.9 × 8,589,934,592 = 7,730,941,132; 87 % = 6,725,918,784 > 6,267,794,368 -> fits
    assert GPU_8GB.usable_bytes == 7_730_941_132
    assert fit.judge(row, GPU_8GB.usable_bytes, RULES) == "fits"
    # at 4-bit the real file wins over params × 0.5
    assert fit.find_format(LLAMA, "int4")["format"] == "gguf:Q4_K_M"


def test_kv_cache_precision_per_runtime():
    q4 = fit.find_format(LLAMA, "gguf:Q4_K_M")
    assert fit.fit_row(LLAMA, q4, 8192, RULES, 8).kv_bytes == 1_073_741_824 * 1.0625 / 2 == 570_425_344  # q8_0
    assert fit.fit_row(LLAMA, q4, 8192, RULES, 4).kv_bytes == 1_073_741_824 * 0.5625 / 2 == 301_989_888  # q4_0
    server = fit.fit_row(LLAMA, fit.find_format(LLAMA, "safetensors"), 8192, RULES, 4)
    assert server.kv_precision == 8 and server.kv_bytes == 536_870_912  # vLLM has fp8, no 4-bit cache
    web = {**LLAMA, "downloads": [{"format": "onnx", "variant": "q4", "file": "m.onnx", "files": 1, "bytes": 1,
                                   "basis": "file-sizes"}]}
    assert fit.fit_row(web, fit.find_format(web, "onnx:q4"), 8192, RULES, 4).kv_precision == 16


def test_mla_cache_per_runtime():
    deepseek = {"id": "deepseek-ai/DeepSeek-V3", "params_total": 671_026_419_200, "context_length": 163840,
                "kv_cache": {"status": "computed", "full_layers": 61, "full_bytes_per_token": 61 * 576 * 2,
                             "attention": "mla"}}
    assert fit.kv_bytes(deepseek, 16384, VLLM)[0] == 61 * 576 * 2 * 16384  # vLLM: one latent per layer
    kept, basis = fit.kv_bytes(deepseek, 16384, LLAMA_CPP)
    assert kept == round(61 * 576 * 2 * 1.8889) * 16384  # llama.cpp: 576 key + 512 value values per layer
    assert "MLA" in basis and abs(61 * 1088 * 2 * 16384 / kept - 1) < 1e-4


def test_llama_cpp_keeps_the_full_cache_of_mistral_7b_v0_1():
    mistral = {"id": "mistralai/Mistral-7B-v0.1", "architecture": "MistralForCausalLM", "params_total": 7_241_732_096,
               "context_length": 32768, "kv_cache": {"status": "computed", "sliding_layers": 32, "sliding_window": 4096,
                                                     "sliding_bytes_per_token": 131_072}}
    windowed, _ = fit.kv_bytes(mistral, 32768, VLLM)
    full, basis = fit.kv_bytes(mistral, 32768, LLAMA_CPP)
    assert windowed == 131_072 * 4096 and full == 131_072 * 32768 == 8 * windowed  # 8× at 32K
    assert "keeps the full cache" in basis and LLAMA_CPP.ignores_sliding_window_source.endswith("/issues/3377")


def test_gemma_3_sliding_window_layers_stop_growing_at_their_window():
    gemma = {"id": "google/gemma-3-4b-it", "params_total": 4_300_079_472, "context_length": 131072,
             "kv_cache": {"status": "computed", "full_layers": 5, "full_bytes_per_token": 5 * 4 * 256 * 2 * 2,
                          "sliding_layers": 29, "sliding_window": 1024, "sliding_bytes_per_token": 29 * 4 * 256 * 2 * 2}}
    # 5 global layers × 4 KV heads × head dim 256 × (K+V) × 2 B = 20,480 B/token; 29 local layers = 118,784 B/token
    size, basis = fit.kv_bytes(gemma, 131072)
    assert size == 20_480 * 131_072 + 118_784 * 1024 == 2_805_989_376
    assert "sliding-window" in basis
    full_attention_everywhere = (20_480 + 118_784) * 131_072
    assert size < full_attention_everywhere / 6
    row = fit.fit_row(gemma, fit.find_format(gemma, "int4"), 131072, RULES)
    assert row.estimated and row.weights_bytes == 2_418_794_703  # 4,300,079,472 × 4.5 bits (Q4_K_M's main type)
    assert row.kv_bytes == size  # llama.cpp applies Gemma 3's window


def test_mixtral_keeps_every_expert_resident():
    mixtral = {"id": "mistralai/Mixtral-8x7B-v0.1", "params_total": 46_702_792_704, "params_active": 12_879_925_248,
               "context_length": 32768, "kv_cache": {"status": "computed", "full_layers": 32,
                                                     "full_bytes_per_token": 131_072}}
    row = fit.fit_row(mixtral, fit.find_format(mixtral, "int4"), 4096, RULES)
    assert row.weights_bytes == 26_270_320_896  # total params × 4.5 bits (Q4_K_M's main type), not the 12.9 billion active
    assert row.kv_bytes == 536_870_912
    # no vocabulary in this row: the 256,000-entry fallback (2,048 B each) + 1,300 B × 4,096
    assert row.overhead_bytes == 2048 * 256_000 + 1300 * 4096 == 529_612_800
    assert row.total_bytes == 26_270_320_896 + 536_870_912 + 529_612_800 == 27_336_804_608
    assert fit.judge(row, GPU_24GB.usable_bytes, RULES) == "no"


def test_encoder_only_models_have_no_kv_cache():
    bert = {"id": "google-bert/bert-base-uncased", "params_total": 110_106_428, "context_length": 512,
            "architecture": "BertForMaskedLM", "kv_cache": {"status": "not-applicable"}}
    assert fit.kv_bytes(bert, 512) == (0, "no KV cache (encoder-only: nothing is generated)")
    legacy = {"id": "x", "architecture": "BertForMaskedLM", "kv_cache_bytes_per_token": 36864}  # no layer-aware cache
    assert fit.kv_bytes(legacy, 512)[0] == 0
    assert fit.contexts_for(bert, RULES) == [4096, 32768, 131072]  # as asked, never capped
    assert fit.shortest_context(bert, RULES) == 512  # the least it can be asked to hold
    tagged = {"id": "distilbert/distilbert-base-uncased", "pipeline_tag": "fill-mask", "kv_cache": {"status": "unknown"}}
    assert fit.kv_bytes(tagged, 512)[0] == 0  # a fill-mask model generates nothing: 0, not unknown
    row = fit.fit_row(bert, fit.find_format(bert, "fp16"), 512, RULES)
    assert row.total_bytes == 220_212_856 + 0 + 380_000_000 + 111_000 * 512


def test_an_undisclosed_model_is_unknown_never_guessed():
    gpt4 = {"id": "gpt-4", "params_total": None, "undisclosed": True, "downloads": []}
    row = fit.fit_row(gpt4, fit.find_format(gpt4, "int4"), 4096, RULES)
    assert row.weights_bytes is None and row.total_bytes is None
    assert fit.verdict(row.total_bytes, GPU_24GB, RULES) == "unknown"
    unknown_kv = {**LLAMA, "kv_cache": {"status": "unknown"}}
    assert fit.fit_row(unknown_kv, fit.find_format(unknown_kv, "int4"), 4096, RULES).total_bytes is None


def test_weights_alone_above_usable_memory_do_not_fit_whatever_is_unknown():
    big = {"id": "meta-llama/Llama-3.1-405B", "params_total": 405_853_388_800, "context_length": 131072,
           "kv_cache": {"status": "unknown"}}
    phone = GPU_8GB.model_copy(update={"usable_share": 0.5})
    result = fit.fit_row(big, fit.find_format(big, "int4"), 4096, RULES)
    assert result.total_bytes is None and result.weights_bytes == 228_292_531_200  # 405,853,388,800 × 4.5 / 8
    assert fit.judge(result, phone.usable_bytes, RULES) == "no"  # 25× the phone's memory: no, not unknown
    huge_gpu = GPU_8GB.model_copy(update={"memory_bytes": 1000 * 2**30})
    assert fit.judge(result, huge_gpu.usable_bytes, RULES) == "unknown"  # room for the weights, KV unknown
    gpt3 = {"id": "gpt-3", "params_total": 175_000_000_000}  # off-Hub: no config, no KV cache figure
    assert fit.verdict_for(gpt3, fit.find_format(gpt3, "int4"), 4096, GPU_24GB, RULES) == "no"


def test_a_context_beyond_the_model_limit_is_too_long_never_fits():
    gemma = {**LLAMA, "id": "google/gemma-2-9b", "context_length": 8192}
    fmt = fit.find_format(gemma, "gguf:Q4_K_M")
    result = fit.fit_row(gemma, fmt, 131072, RULES)
    assert result.context == 131072 and result.context_limit == 8192  # not capped
    assert result.kv_bytes == LLAMA_KV_PER_TOKEN * 131072
    assert fit.judge(result, GPU_24GB.usable_bytes, RULES) == "too-long"
    assert fit.verdict_for(gemma, fmt, 8192, GPU_24GB, RULES) == "fits"
    # weights and overhead alone above usable memory: "no" comes first
    assert fit.verdict_for(gemma, fit.find_format(gemma, "safetensors"), 131072, GPU_8GB, RULES) == "no"
    code = main(["fit", "meta-llama/Llama-3.1-8B", "--context", "200000", "--device", "gpu-24gb", "--json"])
    assert code == 0


def test_the_issue_cases_on_the_committed_data(capsys):
    """Gemma 2 9B at 128K (limit 8,192) is too-long everywhere; a 405B model on an 8 GB phone does not fit;
    DistilBERT (classifier) keeps no KV cache; gpt-oss-120b runs on the 80 GiB GPU at 4,096 tokens."""
    assert main(["fit", "google/gemma-2-9b", "--context", "131072", "--format", "int4", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {d["verdict"] for d in out["devices"]} <= {"too-long", "no"} and "too-long" in {d["verdict"] for d in out["devices"]}
    assert main(["fit", "meta-llama/Llama-3.1-405B", "--format", "int4", "--device", "phone-8gb", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["devices"][0]["verdict"] == "no"
    assert main(["fit", "distilbert/distilbert-base-uncased-finetuned-sst-2-english", "--context", "512",
                 "--device", "datacenter-141gb", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["kv_bytes"] == 0 and out["devices"][0]["verdict"] == "fits"
    assert main(["fit", "openai/gpt-oss-120b", "--device", "datacenter-80gb", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["devices"][0]["verdict"] in ("fits", "tight")


def test_browser_feasibility_needs_a_web_build_and_files_under_the_limit():
    assert fit.browser_fit(LLAMA, RULES)["verdict"] == "no-build"
    web = {**LLAMA, "id": "g", "params_total": 2_506_172_416, "context_length": 8192, "vocab_size": 256_000,
           "kv_cache": {"status": "computed", "full_layers": 18, "full_bytes_per_token": 18 * 1 * 256 * 2 * 2},
           "downloads": [{"format": "mediapipe", "variant": "int4", "file": "gemma-2b-it-cpu-int4.bin", "files": 1,
                          "bytes": 1_346_559_040, "basis": "file-sizes"}]}
    result = fit.browser_fit(web, RULES)
    # 1,346,559,040 + 18,432 × 4,096 + (2,048 × Gemma's 256,000 + 1,300 × 4,096) <= 87 % of 4 GiB -> fits
    assert result["runtime"] == "mediapipe" and result["file_ok"] is True
    assert result["total_bytes"] == 1_346_559_040 + 75_497_472 + 529_612_800 == 1_951_669_312
    assert result["verdict"] == "fits"
    big = {**web, "downloads": [{**web["downloads"][0], "bytes": 2_100_000_000}]}
    assert fit.browser_fit(big, RULES)["file_ok"] is False and fit.browser_fit(big, RULES)["verdict"] == "no"


def test_the_committed_devices_file_states_the_rule_and_the_page_devices():
    ladder = load_devices(ROOT / "data" / "devices.yaml")
    assert set(ladder.rules.runtimes) == {"llama.cpp", "vllm", "mlx", "browser"}
    assert all(r.source.startswith("https://") and r.kv_source.startswith("https://") for r in ladder.rules.runtimes.values())
    ids = {d.id for d in ladder.devices}
    assert {"laptop-apple-16gb", "mini-pc-128gb", "browser-tab", "gpu-8gb", "gpu-24gb"} <= ids
    assert len(ladder.devices) == 13


def test_device_memory_is_what_the_device_reports_in_one_convention():
    ladder = {d.id: d for d in load_devices(ROOT / "data" / "devices.yaml").devices}
    h100, h200 = ladder["datacenter-80gb"], ladder["datacenter-141gb"]
    assert h100.memory_bytes == 81559 * 2**20 and "81559 MiB" in h100.memory_reported  # nvidia-smi's total
    assert h200.memory_bytes == 143771 * 2**20 and "143771 MiB" in h200.memory_reported  # NVIDIA's "141GB"
    for device in ladder.values():  # every NVIDIA card: an nvidia-smi printout, not the maker's GB
        if device.kind in ("gpu", "datacenter-gpu"):
            assert device.memory_reported.startswith("nvidia-smi: ") and "github.com" in device.memory_source
            assert device.memory_bytes % 2**20 == 0
    assert abs(h100.memory_bytes / (80 * 2**30) - 1) < 0.01  # the reading holds within 1 %
    for device in ladder.values():
        assert device.memory_source.startswith("https://") and device.memory_reported
        assert abs(device.memory_bytes / (device.nominal_gib * 2**30) - 1) < 0.01  # the name's GiB is true
        assert f"{device.nominal_gib} GiB" in device.name
    # Apple's GPU share by RAM size: two thirds up to 32 GB, three quarters above
    assert ladder["laptop-apple-16gb"].usable_share == pytest.approx(2 / 3, abs=1e-4)
    assert ladder["laptop-apple-36gb"].usable_share == 0.75


def test_a_device_name_and_its_usable_figure_agree_in_every_language():
    from pipeline.site import fit_view

    tab = {"kind": "browser", "memory_bytes": 4 * 2**30, "usable_share": 1.0}
    for lang in ("en", "he", "ar", "pt", "th", "zh"):
        locale = load_locale(lang)
        assert "4\u00a0GiB" in fit_view.device_label(locale, tab)  # 4 GiB, not "4 GB" beside a 4.29 GB figure
        assert "4 GiB = 4" in locale.t("fit.caption_ladder", context="4")


def test_a_malformed_devices_file_names_file_and_line(tmp_path):
    text = (ROOT / "data" / "devices.yaml").read_text(encoding="utf-8")
    broken = text.replace("usable_share: 0.6667", "usable_share: 1.67", 1)
    path = tmp_path / "devices.yaml"
    path.write_text(broken, encoding="utf-8")
    line = broken.splitlines().index("    usable_share: 1.67") + 1
    with pytest.raises(CatalogError, match=rf"devices\.yaml:{line}: devices\.\d+\.usable_share"):
        load_devices(path)
    path.write_text(text.replace("    source: https://www.nvidia.com/en-us/data-center/h100/\n",
                                 "    sorce: https://www.nvidia.com/en-us/data-center/h100/\n"), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"devices\.yaml:\d+: devices\.\d+\.sorce: unknown field"):
        load_devices(path)


def test_pipeline_fit_prints_the_hand_computed_breakdown(capsys):
    code = main(["fit", "meta-llama/Llama-3.1-8B-Instruct", "--context", "8192", "--format", "gguf:Q4_K_M",
                 "--device", "gpu-8gb", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["weights_bytes"] == 4_920_739_168 and out["kv_bytes"] == 1_073_741_824
    assert out["engine"] == "llama.cpp" and out["overhead_bytes"] == 273_317_888 and out["total_bytes"] == 6_267_798_880
    (device,) = out["devices"]
    assert device["device"] == "gpu-8gb" and device["verdict"] == "fits" and device["tokens_per_s"]["tokens_per_s"] > 0
    assert main(["fit", "meta-llama/Llama-3.1-8B-Instruct", "--context", "8192", "--format", "gguf:Q4_K_M",
                 "--device", "gpu-8gb", "--kv-precision", "8", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kv_bytes"] == 570_425_344
    assert main(["fit", "meta-llama/Llama-3.1-8B", "--context", "8192", "--format", "safetensors",
                 "--device", "gpu-24gb"]) == 0
    text = capsys.readouterr().out
    assert "18423576320 B" in text and "1073741824 B" in text and "fits" in text and "tokens/s" in text
    assert main(["fit", "gpt-4", "--device", "gpu-24gb"]) == 0
    assert "unknown" in capsys.readouterr().out.splitlines()[-1]
    assert main(["fit", "meta-llama/Llama-3.1-8B"]) == 0  # every device
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if re.match(r"^  [a-z0-9-]+ +usable ", line)]) == 13
    assert main(["fit", "no/such-model"]) == 2


@pytest.mark.parametrize("lang,expected", [("en", "6.27\u00a0GB"), ("pt", "6,27\u00a0GB"), ("ar", "6.27")])
def test_fit_markers_render_the_same_figures_as_the_command(lang, expected):
    data = load_site_data(ROOT / "data")
    page = Page(lang=lang, locale=load_locale(lang), data=data, src_path=f"{lang}/x.md")
    html = render.render_markers("<!-- ls:fit-total meta-llama/Llama-3.1-8B-Instruct gguf:Q4_K_M 8192 -->", page)
    assert expected in html
    assert format_integer(6_267_798_880, lang) + " B" in html  # the exact bytes in the title
    kv = render.render_markers("<!-- ls:kv meta-llama/Llama-3.1-8B 8192 -->", page)
    assert "1.07" in kv or "1,07" in kv
    rule = render.render_markers("<!-- ls:fit-rule tight-share -->", page)
    assert "87" in rule
    # MLX's own term (review 11 zh #2: the error table cited MLX's 150 MB, the rule sentence never gave it)
    mlx = render.render_markers("<!-- ls:fit-rule mlx-fixed --> <!-- ls:fit-rule mlx-per-token -->", page)
    assert "150" in mlx and "15" in mlx.split("150", 1)[1]


def test_every_will_it_run_marker_renders_in_every_language():
    data = load_site_data(ROOT / "data")
    for lang in ("en", "he", "ar", "pt", "th", "zh"):
        text = (ROOT / "docs" / lang / "will-it-run.md").read_text(encoding="utf-8")
        page = Page(lang=lang, locale=load_locale(lang), data=data, src_path=f"{lang}/will-it-run.md")
        assert list(iter_markers(text))
        out = render.render_markers(text, page)
        assert "ls:" not in out.replace("ls-", "")
        assert 'class="ls-calc"' in out and 'id="table-devices"' in out and 'id="table-browser"' in out


@pytest.mark.parametrize("variant, precision", [
    ("onnx/model", "fp32"), ("onnx/model_fp16", "fp16"), ("onnx/model_quantized", "int8"),
    ("onnx/model_uint8", "int8"), ("onnx/model_bnb4", "int4"), ("onnx/model_q4f16", "int4"), ("onnx/model_q4", "int4"),
    ("model", "fp32"),
])
def test_transformers_js_builds_get_their_precision_from_the_file_name(variant, precision):
    """weights.py names an ONNX build by its path stem (onnx/model_bnb4); fp32 and bnb4 builds had none."""
    assert fit.precision_of("onnx", variant) == precision


def test_a_quantized_safetensors_build_is_never_the_16_bit_column():
    """Qwen3.5 27B lists MLX 4-bit and 8-bit builds as safetensors downloads: they were read as the
    model's fp16 weights (17.4 GB 'fp16' beside a 29.9 GB int8 estimate, in the largest-model table)."""
    row = {"id": "Qwen/Qwen3.5-27B", "params_total": 27_320_697_856, "stored_dtype": "BF16",
           "weights_bytes": 54_641_395_712, "weights_bytes_estimated": True, "weights_bytes_basis": "config-estimate",
           "downloads": [{"format": "safetensors", "variant": "MLX 4bit", "bytes": 16_054_266_848, "basis": "third-party"},
                         {"format": "safetensors", "variant": "MLX 8bit", "bytes": 29_500_943_328, "basis": "third-party"}]}
    formats = {f["format"]: f for f in fit.weight_formats(row)}
    assert formats["safetensors"]["precision"] == "fp16" and formats["safetensors"]["weights_bytes"] == 54_641_395_712
    assert formats["safetensors:MLX 4bit"]["precision"] == "int4" and formats["safetensors:MLX 4bit"]["engine"] == "mlx"
    assert formats["safetensors:MLX 8bit"]["precision"] == "int8"
    assert fit.find_format(row, "fp16")["weights_bytes"] == 54_641_395_712  # 27.3 billion × 2 bytes
    assert fit.find_format(row, "int4")["weights_bytes"] == 16_054_266_848  # the real 4-bit file wins


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_a_device_name_keeps_its_figure_and_unit_in_order_in_right_to_left(lang):
    """'هاتف، 8 GiB' rendered as 'هاتف، GiB 8' (native review): the capacity is a left-to-right isolate."""
    from pipeline.i18n.locales import load_locale
    from pipeline.site import fit_view

    locale = load_locale(lang)
    label = fit_view.device_label(locale, {"kind": "phone", "memory_bytes": 8 * 2**30})
    assert "\u20668\u00a0GiB\u2069" in label
    assert "\u2066" not in fit_view.device_label(load_locale("en"), {"kind": "phone", "memory_bytes": 8 * 2**30})


def test_largest_context_is_the_last_whole_token_whose_verdict_is_fits():
    # Q4_K_M in llama.cpp: 4,920,734,656 + 2,048 × 128,256 + (131,072 + 1,300) B per token of context;
    # "fits" means a total at most usable × tight_share (0.87), the rule's tight line.
    fmt = fit.find_format(LLAMA, "gguf:Q4_K_M")
    fixed, per_token = 4_920_734_656 + 2048 * 128_256, 131_072 + 1300
    usable = GPU_8GB.usable_bytes
    line = usable * RULES.tight_share  # 7,730,941,132 × 0.87 = 6,725,918,784.84 B
    expected = int((line - fixed) // per_token)  # 1,542,515,816.84 ÷ 132,372 = 11,652 tokens
    assert fit.largest_context(LLAMA, fmt, usable, RULES) == expected == 11_652
    assert fit.assess(LLAMA, fmt, expected, usable, RULES) == "fits"
    assert fit.assess(LLAMA, fmt, expected + 1, usable, RULES) == "tight"
    # the whole 131,072-token limit when it fits under the line; no token when the weights alone do not fit
    assert fit.largest_context(LLAMA, fmt, 40 * 10**9, RULES) == 131_072
    assert fit.largest_context(LLAMA, fmt, GPU_24GB.usable_bytes, RULES) < 131_072  # tight past 113,274 tokens
    assert fit.largest_context(LLAMA, fit.find_format(LLAMA, "safetensors"), usable, RULES) == 0
    # an 8-bit cache (1.0625 B per value in llama.cpp) holds more tokens
    assert fit.largest_context(LLAMA, fmt, usable, RULES, kv_precision=8) > expected
    assert fit.largest_context({**LLAMA, "kv_cache": None}, fmt, usable, RULES) is None


def test_the_longest_context_that_runs_at_all_counts_tight_too():
    """Beside a "tight" verdict the page gives both figures (native reviews: "tight | 3,184 tokens"). Same
    Q4_K_M sums as above: runs at all while the total is at most usable (100 %), not usable × 0.87."""
    fmt = fit.find_format(LLAMA, "gguf:Q4_K_M")
    fixed, per_token = 4_920_734_656 + 2048 * 128_256, 131_072 + 1300  # 5,183,402,944 B; 132,372 B a token
    usable = GPU_8GB.usable_bytes  # 7,730,941,132 B
    runs = (usable - fixed) // per_token  # 2,547,538,188 ÷ 132,372 = 19,245.3 -> 19,245 tokens
    assert fit.largest_context(LLAMA, fmt, usable, RULES, runs=True) == runs == 19_245
    assert fit.assess(LLAMA, fmt, runs, usable, RULES) == "tight"
    assert fit.assess(LLAMA, fmt, runs + 1, usable, RULES) == "no"
    assert fit.context_range(LLAMA, fmt, usable, RULES) == (11_652, 19_245)
    # 24 GiB card: the whole 131,072 tokens need 5,183,402,944 + 132,372 × 131,072 = 22,533,665,728 B, under the
    # 23,192,823,398 usable but over its 87 % (20,177,756,356): the full context runs, tight; headroom ends earlier
    headroom, full = fit.context_range(LLAMA, fmt, GPU_24GB.usable_bytes, RULES)
    assert full == 131_072 and headroom == (20_177_756_356 - fixed) // per_token == 113_274
    assert fit.assess(LLAMA, fmt, 131_072, GPU_24GB.usable_bytes, RULES) == "tight"
    # weights alone too big: neither; nothing known: neither
    assert fit.context_range(LLAMA, fit.find_format(LLAMA, "safetensors"), usable, RULES) == (0, 0)
    assert fit.context_range({**LLAMA, "kv_cache": None}, fmt, usable, RULES) == (None, None)


def test_largest_context_is_unknown_when_the_model_states_no_limit():
    # no stated limit: no figure past a limit nobody stated, however much memory is left
    fmt = fit.find_format(LLAMA, "gguf:Q4_K_M")
    unlimited = {**LLAMA, "context_length": None}
    assert fit.largest_context(unlimited, fmt, GPU_24GB.usable_bytes, RULES) is None
    assert fit.largest_context(unlimited, fit.find_format(LLAMA, "safetensors"), GPU_8GB.usable_bytes, RULES) == 0


def test_mlx_formats_are_offered_on_apple_silicon_only():
    mlx = {"format": "other:MLX 4bit", "engine": "mlx"}
    assert fit.offered(mlx, apple=True) and not fit.offered(mlx, apple=False)
    assert fit.offered({"format": "gguf:Q4_K_M", "engine": "llama.cpp"}, apple=False)
    assert fit.apple_silicon({"id": "laptop-apple-16gb", "name": "Apple-silicon laptop, 16 GiB", "unified": True})
    assert not fit.apple_silicon({"id": "mini-pc-128gb", "name": "Mini PC, 128 GiB unified (Ryzen AI Max+ 395)",
                                  "unified": True})
    assert not fit.apple_silicon({"id": "gpu-8gb", "name": "GPU, 8 GiB", "unified": False})


def test_an_int4_column_means_one_thing_a_real_q4_k_m_file_else_any_real_4_bit_file_else_the_estimate():
    q4_k_s = {"format": "gguf", "variant": "Q4_K_S", "file": "s.gguf", "files": 1, "bytes": 4_692_669_120,
              "basis": "hub-gguf", "largest_file_bytes": 4_692_669_120}
    both = {**LLAMA, "downloads": [q4_k_s] + LLAMA["downloads"]}
    assert fit.precision_weights(both, "int4")["format"] == "gguf:Q4_K_M"  # the common build wins, listed second
    only_s = {**LLAMA, "downloads": [q4_k_s]}
    assert fit.precision_weights(only_s, "int4")["format"] == "gguf:Q4_K_S"  # a real file beats an estimate
    none = {**LLAMA, "downloads": []}
    est = fit.precision_weights(none, "int4")
    assert est["estimated"] and est["basis"].startswith("≈ Q4_K_M")
    assert est["weights_bytes"] > LLAMA["params_total"] // 2  # Q4_K_M keeps tensors above 4 bits


def test_the_kv_marker_names_a_runtime_when_asked_and_llama_cpp_keeps_mla_keys_and_values_apart():
    """DeepSeek-V3 (61 layers, kv_lora_rank 512 + qk_rope_head_dim 64 = 576 values at 2 B): 70,272 B a
    token as the config describes it; llama.cpp keeps 576 key + 512 value values, × 1.8889 in data/fit.yaml:
    round(70,272 × 1.8889) = 132,737 B a token. At 32,768 tokens: 2,302,672,896 B and 4,349,526,016 B."""
    data = load_site_data(ROOT / "data")
    page = Page(lang="en", locale=load_locale("en"), data=data, src_path="en/x.md")
    plain = render.render_markers("<!-- ls:kv deepseek-ai/DeepSeek-V3 32768 -->", page)
    cpp = render.render_markers("<!-- ls:kv deepseek-ai/DeepSeek-V3 32768 llama.cpp -->", page)
    vllm = render.render_markers("<!-- ls:kv deepseek-ai/DeepSeek-V3 32768 vllm -->", page)
    assert "2,302,672,896 B" in plain and "2,302,672,896 B" in vllm
    assert "4,349,526,016 B" in cpp
    with pytest.raises(Exception, match="runtime"):
        render.render_markers("<!-- ls:kv deepseek-ai/DeepSeek-V3 32768 ollama -->", page)


def test_a_checkpoint_stored_in_4_bits_is_its_own_real_file_and_mlx_never_stands_for_a_column():
    """gpt-oss-120b ships MXFP4 (stored 4-bit), sized from its tensor list: 65,248,815,744 B is its download, not
    an estimate; the MLX MXFP4-Q8 build (70,652,212,224 B) is 4-bit and Apple-only, never the int8 column's
    figure, so int8 is the ≈ Q8_0 estimate the calculator offers (native reviews: 71 GB vs 124 GB)."""
    data = load_site_data(ROOT / "data")
    oss = next(r for r in data.models if r["id"] == "openai/gpt-oss-120b")
    default = fit.find_format(oss, "safetensors")
    assert (default["weights_bytes"], default["estimated"], default["precision"]) == (65_248_815_744, False, "int4")
    assert fit.precision_of("other", "MLX MXFP4-Q8") == "int4"
    # the int4 column is a real file, never ≈ Q4_K_M (65.7 GB): llama.cpp's own MXFP4 GGUF (ggml-org, one file) once
    # the data records it, which a GPU can also offload; the MLX build never
    int4 = fit.precision_weights(oss, "int4")
    assert (int4["format"], int4["weights_bytes"], int4["estimated"]) == ("gguf:MXFP4", 63_387_346_208, False)
    int8 = fit.precision_weights(oss, "int8")
    assert int8["estimated"] and int8["format"] == "int8"
    assert not any(f["format"] == "int4" for f in fit.weight_formats(oss))  # no ≈ int4 beside the real 4-bit file


def test_a_vendor_nvfp4_checkpoint_has_no_16_bit_or_gguf_column_figure():
    data = load_site_data(ROOT / "data")
    nvfp4 = next(r for r in data.models if r["id"] == "nvidia/Qwen3.6-35B-A3B-NVFP4")
    assert fit.prequantized(nvfp4) and not fit.prequantized(LLAMA)
    assert all(fit.column_weights(nvfp4, p) is None for p in ("fp16", "int8", "int4"))
    assert fit.column_weights(LLAMA, "int4")["format"] == "gguf:Q4_K_M"
    from pipeline.site import fit_tables
    page = Page(lang="en", locale=load_locale("en"), data=data, src_path="en/will-it-run.md")
    html = fit_tables.largest_table(page, [], {}) + fit_tables.ladder_table(page, [], {})
    assert "NVFP4" not in html and ") (" not in html and "(tight)" not in html


def test_a_web_build_is_never_a_gpus_or_laptops_precision_figure():
    """A MediaPipe or LiteRT file runs in a browser tab only (review 6): not a precision's one figure (the
    tables', the explorer's and the calculator list's), not offered off a tab; the estimate stands in."""
    rows = {r["id"]: r for r in load_site_data(ROOT / "data").models}
    for model_id, precision in (("google/gemma-2b-it", "int4"), ("google/gemma-3n-E4B-it", "int4"),
                                ("microsoft/Phi-4-mini-instruct", "int8")):
        fmt = fit.precision_weights(rows[model_id], precision, web=False)
        assert fmt is None or fmt["engine"] != "browser", (model_id, fmt)  # gemma-3n E4B: keras-hub's count, an estimate
        assert fit.find_format(rows[model_id], precision) is None or fit.find_format(rows[model_id], precision)["engine"] != "browser"
    assert fit.precision_weights(rows["google/gemma-2b-it"], "int4", web=False)["estimated"]
    web = next(f for f in fit.weight_formats(rows["google/gemma-2b-it"]) if f["format"] == "mediapipe:int4")
    assert not fit.offered(web) and fit.find_format(rows["google/gemma-2b-it"], "mediapipe:int4")["format"] == "mediapipe:int4"


def test_a_model_with_no_recorded_limit_fits_in_memory_but_is_not_a_plain_fit():
    """fit.limit_unrecorded: the memory verdict stands, but at a context nobody recorded the model can read it
    is not counted among the fits (review 6: bloom, QwQ-32B, the R1 distills listed as fitting at 32K)."""
    rows = {r["id"]: r for r in load_site_data(ROOT / "data").models}
    row = rows["mistralai/mathstral-7B-v0.1"]  # a 7B with no recorded limit (the R1 8B distill has one now)
    assert not row.get("context_length")
    result = fit.fit_row(row, fit.precision_weights(row, "int4", web=False), 32768, RULES)
    verdict = fit.judge(result, 16 * 2**30, RULES)
    assert verdict == "fits" and fit.limit_unrecorded(result, verdict)
    limited = rows["meta-llama/Llama-3.1-8B-Instruct"]
    result = fit.fit_row(limited, fit.precision_weights(limited, "int4", web=False), 32768, RULES)
    assert not fit.limit_unrecorded(result, fit.judge(result, 16 * 2**30, RULES))
    assert not fit.limit_unrecorded(result.model_copy(update={"context_limit": None}), "no")
