"""KV cache per layer type, context length and MoE active parameters from real config.json shapes.

Each fixture (tests/fixtures/configs/) is a real model's config.json, trimmed; each figure below is
worked out by hand from that config, at a cache precision of 2 bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.contract import KVCache
from pipeline.data import architecture, compute, params
from pipeline.data.catalog import HubModel

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "configs"


def config(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["config"]


def row(name: str, total: int | None = None, basis: str = "fetched") -> dict:
    info = {"safetensors": {"total": total}} if total else {}
    snapshot = {"format": compute.SNAPSHOT_FORMAT,
                "provenance": {"basis": basis, "fetched_at": "2026-11-01T00:00:00Z"},
                "model_info": info, "tree": None, "config_json": config(name)}
    return compute.hub_row(HubModel(id=f"fixture/{name}"), snapshot, None)


def cache(name: str) -> KVCache:
    return KVCache.model_validate(row(name)["kv_cache"])


def test_every_fixture_names_its_source():
    for path in FIXTURES.glob("*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["source"] and isinstance(document["config"], dict), path.name


def test_llama_3_1_8b_full_attention_gqa():
    kv = cache("llama-3.1-8b")
    # 2 (K and V) × 32 layers × 8 KV heads × 128 head_dim (4096 / 32) × 2 bytes
    assert (kv.status, kv.attention, kv.full_layers, kv.full_bytes_per_token) == ("computed", "gqa", 32, 131_072)
    assert row("llama-3.1-8b")["kv_cache_bytes_per_token"] == 131_072
    assert kv.bytes_at(8192) == 131_072 * 8192 == 1_073_741_824


def test_gemma_3_4b_reads_text_config_one_global_layer_in_six_window_1024():
    r = row("gemma-3-4b-it")
    kv = KVCache.model_validate(r["kv_cache"])
    # text_config: 34 layers; Gemma3TextConfig defaults: 8 heads, 4 KV heads, head_dim 256, pattern 6.
    # Global layers are those with (i + 1) % 6 == 0: 5, 11, 17, 23, 29 -> 5; the other 29 slide over 1,024.
    per_layer = 2 * 4 * 256 * 2  # 4,096 B
    assert (kv.full_layers, kv.sliding_layers, kv.sliding_window) == (5, 29, 1024)
    assert (kv.full_bytes_per_token, kv.sliding_bytes_per_token) == (5 * per_layer, 29 * per_layer) == (20_480, 118_784)
    # at 128K tokens: 20,480 × 131,072 + 118,784 × 1,024 (before: no figure at all — text_config ignored)
    assert kv.bytes_at(131_072) == 2_684_354_560 + 121_634_816 == 2_805_989_376
    assert r["context_length"] == 131_072  # Gemma3TextConfig default; the file does not repeat it


def test_gemma_2_alternates_sliding_and_global_layers():
    kv = cache("gemma-2-9b")
    per_layer = 2 * 8 * 256 * 2  # 8,192 B
    assert (kv.full_layers, kv.sliding_layers, kv.sliding_window) == (21, 21, 4096)
    assert kv.bytes_at(8192) == 21 * per_layer * 8192 + 21 * per_layer * 4096 == 2_113_929_216


def test_gpt_oss_layer_types_sliding_128():
    kv = cache("gpt-oss-20b")
    per_layer = 2 * 8 * 64 * 2  # 2,048 B
    assert (kv.full_layers, kv.sliding_layers, kv.sliding_window) == (12, 12, 128)
    # at 131,072 tokens: 12 × 2,048 × 131,072 + 12 × 2,048 × 128 (before: 24 × 2,048 × 131,072 = 6,442,450,944)
    assert kv.bytes_at(131_072) == 3_221_225_472 + 3_145_728 == 3_224_371_200


def test_mistral_7b_v0_1_every_layer_slides_over_4096():
    kv = cache("mistral-7b-v0.1")
    assert (kv.full_layers, kv.sliding_layers, kv.sliding_window, kv.sliding_bytes_per_token) == (0, 32, 4096, 131_072)
    assert kv.bytes_at(32_768) == 131_072 * 4096 == 536_870_912  # before: 131,072 × 32,768 = 4,294,967,296


def test_cohere2_one_global_layer_in_four():
    kv = cache("command-r7b")
    assert (kv.full_layers, kv.sliding_layers, kv.sliding_window) == (8, 24, 4096)
    assert (kv.full_bytes_per_token, kv.sliding_bytes_per_token) == (8 * 4096, 24 * 4096)


def test_llama_4_chunked_attention_on_rope_layers_global_on_nope_layers():
    kv = cache("llama-4-scout")
    # no_rope_layers empty -> Llama4TextConfig default: every 4th layer is NoPE (global) -> 12 of 48;
    # the 36 RoPE layers attend within chunks of 8,192 tokens.
    assert (kv.full_layers, kv.sliding_layers, kv.sliding_window) == (12, 36, 8192)
    assert (kv.full_bytes_per_token, kv.sliding_bytes_per_token) == (12 * 4096, 36 * 4096)


def test_qwen3_next_linear_attention_layers_keep_a_fixed_state():
    kv = cache("qwen3-next-80b-a3b")
    assert (kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == (12, 36, 12 * 2 * 2 * 256 * 2)
    # gated delta net per layer: 32 value heads × 128 × 128 recurrent state + conv (2·16·128 + 32·128) × 4
    per_layer = (32 * 128 * 128 + (2 * 16 * 128 + 32 * 128) * 4) * 2
    assert per_layer == 1_114_112 and kv.state_bytes == 36 * per_layer == 40_108_032


def test_jamba_attention_every_8th_layer_from_offset_4():
    kv = cache("jamba-v0.1")
    assert (kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == (4, 28, 4 * 2 * 8 * 128 * 2)
    inner = 2 * 4096  # mamba_expand × hidden
    assert kv.state_bytes == 28 * (inner * 16 + inner * 4) * 2 == 9_175_040


def test_lfm2_attention_only_at_full_attn_idxs():
    kv = cache("lfm2-1.2b")
    assert (kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == (6, 10, 6 * 2 * 8 * 64 * 2)
    assert kv.state_bytes == 10 * 2048 * 3 * 2 == 122_880


def test_mamba_has_no_kv_cache_but_a_state():
    r = row("mamba-130m-hf")
    kv = KVCache.model_validate(r["kv_cache"])
    assert kv.status == "not-applicable" and r["kv_cache_bytes_per_token"] is None
    assert kv.state_bytes == 24 * (1536 * 16 + 1536 * 4) * 2 == 1_474_560
    assert kv.bytes_at(100_000) == 1_474_560


@pytest.mark.parametrize("name", ["bert-base-uncased", "distilbert-base-uncased"])
def test_encoder_only_models_have_no_kv_cache(name):
    r = row(name)
    assert r["kv_cache"]["status"] == "not-applicable" and r["kv_cache_bytes_per_token"] is None
    assert KVCache.model_validate(r["kv_cache"]).bytes_at(512) == 0


def test_t5_counts_the_decoders_self_attention():
    kv = cache("t5-small")
    assert (kv.status, kv.full_layers, kv.full_bytes_per_token) == ("computed", 6, 2 * 6 * 8 * 64 * 2)


@pytest.mark.parametrize("name", ["deepseek-v3", "kimi-k2-instruct"])
def test_mla_caches_one_latent_per_layer(name):
    kv = cache(name)
    # (kv_lora_rank 512 + qk_rope_head_dim 64) × 61 layers × 2 bytes; no factor 2 for K and V
    assert (kv.attention, kv.full_bytes_per_token) == ("mla", (512 + 64) * 61 * 2) == ("mla", 70_272)


@pytest.mark.parametrize("name,layers,kv_heads,head_dim,expected,before", [
    # Falcon 180B: num_kv_heads 8, head_dim 14,848 / 232 = 64 (before: 232 KV heads, 29× too high)
    ("falcon-180b", 80, 8, 64, 163_840, 4_751_360),
    # Falcon 7B: multi_query -> one KV head (before: 71 heads)
    ("falcon-7b", 32, 1, 64, 8_192, 581_632),
    # GPT-BigCode (StarCoder): multi_query -> one KV head, head_dim 6,144 / 48 = 128
    ("starcoder", 40, 1, 128, 20_480, 983_040),
    # ChatGLM3: multi_query_group_num 2, kv_channels 128 (before: 32 KV heads)
    ("chatglm3-6b", 28, 2, 128, 28_672, 458_752),
    # MPT: n_layers / n_heads / d_model, attn_config.kv_n_heads 32 (before: no figure)
    ("mpt-7b", 32, 32, 128, 524_288, None),
])
def test_old_config_names(name, layers, kv_heads, head_dim, expected, before):
    assert 2 * layers * kv_heads * head_dim * 2 == expected
    assert row(name)["kv_cache_bytes_per_token"] == expected


def test_multimodal_text_config_gives_context_and_kv():
    r = row("mistral-small-3.1-24b")
    assert r["context_length"] == 131_072
    assert r["kv_cache"]["full_bytes_per_token"] == 2 * 40 * 8 * 128 * 2 == 163_840


def test_deepseek_v3_active_parameters_leave_out_the_mtp_layer():
    r = row("deepseek-v3", total=684_531_386_000)
    per_expert = 3 * 7168 * 2048  # 44,040,192
    idle = (256 - 8) * per_expert * (61 - 3)  # 58 MoE layers
    # MTP layer: (256 routed + 1 shared) experts, router, eh_proj 2h×h, embedding + head copies, MLA attention
    mla = 7168 * 1536 + 1536 * 128 * 192 + 7168 * 576 + 512 * 128 * 256 + 128 * 128 * 7168
    mtp = 257 * per_expert + 256 * 7168 + 2 * 7168 * 7168 + 2 * 129_280 * 7168 + mla
    assert (idle, mtp) == (633_474_121_728, 13_463_388_160)
    # before: 684,531,386,000 − idle = 51,057,264,272 ("51B"); DeepSeek publishes 37B activated
    assert r["params_active"] == 684_531_386_000 - idle - mtp == 37_593_876_112
    assert r["params_active_basis"] == "config-estimate"


def test_llama_4_maverick_moe_every_second_layer():
    r = row("llama-4-maverick", total=401_583_781_376)
    # interleave_moe_layer_step 2 -> 24 MoE layers; 127 idle experts of 3 × 5120 × 8192 each
    assert r["params_active"] == 401_583_781_376 - 127 * 3 * 5120 * 8192 * 24 == 18_056_623_616


def test_jamba_moe_on_every_second_layer():
    r = row("jamba-v0.1", total=51_570_323_456)
    assert r["params_active"] == 51_570_323_456 - (16 - 2) * 3 * 4096 * 14336 * 16 == 12_110_311_424


def test_kimi_k2_first_dense_layer_and_no_mtp():
    r = row("kimi-k2-instruct", total=1_026_408_235_864)
    assert r["params_active"] == 1_026_408_235_864 - (384 - 8) * 3 * 7168 * 2048 * 60 == 32_861_504_344


def test_reconstructed_rows_say_so_on_every_basis():
    r = row("llama-3.1-8b", total=8_030_261_248, basis="reconstructed")
    assert r["params_basis"] == "reconstructed" and r["kv_cache"]["basis"] == "reconstructed"


def test_granite_4_h_attention_layers_from_layer_types_mamba_elsewhere():
    kv = cache("granite-4.0-h-small")
    # 4 attention layers × 2 × 8 KV heads × 128 (4096 / 32) × 2 bytes = 16,384 B/token (not 40 layers' 163,840)
    assert (kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == (4, 36, 16_384)
    inner = 2 * 4096  # mamba_expand × hidden (no head split given): state inner × d_state + conv inner × d_conv
    assert kv.state_bytes == 36 * (inner * 128 + inner * 4) * 2 == 77_856_768


def test_falcon_h1_has_attention_and_mamba_2_in_every_layer():
    kv = cache("falcon-h1-tiny-shape")
    assert (kv.full_layers, kv.full_bytes_per_token) == (2, 2 * (2 * 2 * 8 * 2))
    # Mamba-2 per layer: 2 heads × 8 head_dim × 8 d_state + conv (16 + 2 × 1 × 8) × 4, × 2 bytes
    assert kv.state_bytes == 2 * (2 * 8 * 8 + (16 + 2 * 8) * 4) * 2 == 1_024


def test_fixtures_served_by_a_local_hub_flow_through_refresh_and_compute(tmp_path):
    """The real client reads each fixture's config.json from the local Hub; models.yaml carries the figures."""
    import shutil
    import subprocess
    import sys

    import yaml

    from tests.hubserver import FakeHub, HubRepo, fake_sha

    served = {"google/gemma-3-4b-it": "gemma-3-4b-it", "deepseek-ai/DeepSeek-V3": "deepseek-v3",
              "tiiuae/falcon-180B": "falcon-180b", "state-spaces/mamba-130m-hf": "mamba-130m-hf",
              "google-bert/bert-base-uncased": "bert-base-uncased"}
    repos = [HubRepo(info={"id": repo_id, "sha": fake_sha(repo_id),
                           "safetensors": {"parameters": {"BF16": 1_000_000}, "total": 1_000_000}},
                     files={"config.json": json.dumps(config(name)).encode(), "model.safetensors": 2_004_096})
             for repo_id, name in served.items()]
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(Path(__file__).resolve().parent.parent / "data" / "size-class-definitions.yaml", data)
    (data / "catalog.yaml").write_text("models:\n" + "".join(f"  - id: {r}\n" for r in served), encoding="utf-8")
    with FakeHub(repos) as hub:
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "refresh", "--endpoint", hub.url, "--data-dir", str(data)],
            cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=300,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "HF_HUB_DISABLE_TELEMETRY": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    document = yaml.safe_load((data / "models.yaml").read_text(encoding="utf-8"))
    rows = {row["id"]: row for row in document["models"]}
    assert rows["google/gemma-3-4b-it"]["kv_cache"]["sliding_layers"] == 29
    assert rows["google/gemma-3-4b-it"]["context_length"] == 131_072
    assert rows["deepseek-ai/DeepSeek-V3"]["kv_cache_bytes_per_token"] == (512 + 64) * 61 * 2
    assert rows["tiiuae/falcon-180B"]["kv_cache_bytes_per_token"] == 2 * 80 * 8 * 64 * 2
    assert rows["state-spaces/mamba-130m-hf"]["kv_cache"]["status"] == "not-applicable"
    assert rows["google-bert/bert-base-uncased"]["kv_cache"]["status"] == "not-applicable"
    assert document["meta"]["fetched_models"] == 5 and document["meta"]["reconstructed_models"] == 0
    assert all(row["largest_file_bytes"] == 2_004_096 for r in rows.values() for row in r["downloads"])


def test_odd_config_values_give_unknown_not_a_crash():
    from hypothesis import given, settings, strategies as st

    values = st.one_of(st.none(), st.booleans(), st.integers(-3, 10**5), st.text(max_size=3),
                       st.lists(st.sampled_from(["full_attention", "sliding_attention", "mamba", "x", 1, 0]), max_size=5),
                       st.fixed_dictionaries({"full_attn_layers": st.lists(st.integers(-1, 6), max_size=4),
                                              "image_size": st.integers(-1, 600), "patch_size": st.integers(-1, 20)}))
    keys = st.sampled_from(["model_type", "num_hidden_layers", "num_attention_heads", "num_key_value_heads",
                            "hidden_size", "head_dim", "kv_lora_rank", "qk_rope_head_dim", "sliding_window",
                            "layer_types", "attn_layer_period", "attention_chunk_size", "no_rope_layers",
                            "num_local_experts", "num_experts_per_tok", "moe_layers", "full_attn_idxs",
                            "state_size", "mamba_d_state", "multi_query", "num_kv_heads", "hybrid_override_pattern",
                            "attn_type_list", "num_kv_shared_layers", "cross_attention_layers", "linear_attn_config",
                            "decoder_layers", "is_encoder_decoder", "vision_config", "dense_attention_every_n_layers"])
    model_types = st.sampled_from(["llama", "gemma2", "gemma3_text", "jamba", "mamba", "qwen3_next", "lfm2",
                                   "deepseek_v3", "llama4_text", "falcon_h1", "mistral", "t5", "bert", "nemotron_h",
                                   "minimax_m1", "kimi_linear", "gemma3n_text", "mllama_text_model", "whisper", "bart"])

    @settings(max_examples=300, deadline=None)
    @given(st.dictionaries(keys, values, max_size=8), model_types)
    def check(config_json, model_type):
        r = row_from({**config_json, "model_type": model_type})
        assert r["kv_cache"]["status"] in ("computed", "not-applicable", "unknown")
        KVCache.model_validate(r["kv_cache"])

    check()


def row_from(config_json: dict) -> dict:
    snapshot = {"format": compute.SNAPSHOT_FORMAT, "provenance": {"basis": "fetched"},
                "model_info": {"safetensors": {"total": 10**9}}, "tree": None, "config_json": config_json}
    return compute.hub_row(HubModel(id="fixture/odd"), snapshot, None)


# Layer plans in every declared form (fixture sources: tests/fixtures/configs/README.md) ------------


def test_nemotron_h_hybrid_override_pattern_four_attention_layers_in_52():
    kv = cache("nemotron-h-8b-base-8k")
    # "*" = attention (4), "M" = Mamba-2 (24), "-" = MLP (24): 4 × 2 × 8 KV heads × 128 × 2 bytes
    assert (kv.plan, kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == (
        "hybrid_override_pattern", 4, 48, 16_384)  # before: 52 layers, 212,992 B/token (13×)
    # Mamba-2 per layer: 128 heads × 64 × 128 d_state + conv (8,192 + 2 × 8 groups × 128) × 4, × 2 bytes
    assert kv.state_bytes == 24 * (128 * 64 * 128 + (8192 + 2 * 8 * 128) * 4) * 2 == 52_297_728


def test_minimax_attn_type_list_one_softmax_layer_in_eight():
    kv = cache("minimax-m1")
    # attn_type_list: 10 × 1 (softmax) in 80; 2 × 8 KV heads × 128 × 2 bytes each (before: 80 layers, 8×)
    assert (kv.plan, kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == ("attn_type_list", 10, 70, 40_960)
    assert kv.state_bytes == 70 * 64 * 128 * 128 * 2 == 146_800_640  # lightning attention: heads × d × d per layer


def test_kimi_linear_full_attn_layers_are_one_based_mla():
    kv = cache("kimi-linear-48b-a3b")
    # [4, 8, 12, 16, 20, 24, 27] of 27 (1-based): 7 MLA layers × (512 + 64) × 2 bytes (before: 27 layers, 3.9×)
    assert (kv.attention, kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == ("mla", 7, 20, 8_064)
    # KDA per layer: 32 heads × 128 × 128 state + short conv over q, k, v (3 × 32 × 128 × 4), × 2 bytes
    assert kv.state_bytes == 20 * (32 * 128 * 128 + 3 * 32 * 128 * 4) * 2 == 22_937_600
    assert row("kimi-linear-48b-a3b")["context_length"] == 1_048_576  # model_max_length


def test_gemma_3n_kv_shared_layers_have_no_cache_of_their_own():
    kv = cache("gemma-3n-e2b")
    # first 20 of 30 layers cache: 4 global ((i + 1) % 5 == 0) and 16 sliding over 512; the last 10 reuse them
    per_layer = 2 * 2 * 256 * 2
    assert (kv.full_layers, kv.sliding_layers, kv.other_layers, kv.sliding_window) == (4, 16, 10, 512)
    assert (kv.full_bytes_per_token, kv.sliding_bytes_per_token) == (4 * per_layer, 16 * per_layer)
    assert kv.plan == "layer_types + num_kv_shared_layers"


def test_mllama_cross_attention_layers_cache_the_image_not_the_text():
    kv = cache("llama-3.2-11b-vision")
    per_layer = 2 * 8 * 128 * 2
    # 32 self-attention layers grow with the text; 8 cross-attention layers hold one image:
    # 4 tiles × ((560 / 14)² + 1 class token) = 6,404 tokens
    assert (kv.full_layers, kv.full_bytes_per_token, kv.cross_layers, kv.cross_tokens) == (32, 32 * per_layer, 8, 6_404)
    assert kv.cross_bytes == 8 * per_layer * 6_404 == 209_846_272
    assert kv.bytes_at(1_000) == 32 * per_layer * 1_000 + 209_846_272


@pytest.mark.parametrize("name,layers,heads,head_dim,encoder", [
    ("whisper-tiny", 4, 6, 64, 1_500),      # decoder_layers 4, d_model 384 / 6 heads; encoder always 1,500 frames
    ("bart-large-cnn", 12, 16, 64, 1_024),  # decoder_layers 12, d_model 1,024 / 16; encoder input at most 1,024
])
def test_encoder_decoder_self_attention_grows_cross_attention_fixed(name, layers, heads, head_dim, encoder):
    kv = cache(name)
    per_layer = 2 * heads * head_dim * 2
    assert (kv.full_layers, kv.full_bytes_per_token) == (layers, layers * per_layer)
    assert (kv.cross_layers, kv.cross_tokens, kv.cross_bytes) == (layers, encoder, layers * per_layer * encoder)


def test_whisper_context_is_the_decoders_448_tokens():
    assert row("whisper-tiny")["context_length"] == 448


def test_t5_cross_attention_is_set_by_the_input_and_not_counted():
    kv = cache("t5-small")
    assert (kv.cross_layers, kv.cross_tokens, kv.cross_bytes) == (6, None, 0)


def test_falcon_h1_real_config_attention_and_mamba_in_all_36_layers():
    kv = cache("falcon-h1-0.5b")
    assert (kv.full_layers, kv.full_bytes_per_token) == (36, 36 * 2 * 2 * 64 * 2)
    # Mamba-2: 24 heads × 64 × 128 d_state + conv (24 × 64 + 2 × 1 × 128) × 4, × 2 bytes, in every layer
    assert kv.state_bytes == 36 * (24 * 64 * 128 + (24 * 64 + 2 * 128) * 4) * 2 == 14_671_872


def test_qwen3_5_linear_attention_layers_and_no_head_dim_guess():
    from pipeline.data import layerplan
    from pipeline.data.architecture import language_config

    config_json = language_config(config("qwen3.5-27b"))
    kinds, plan = layerplan.layer_plan(config_json, 64)
    assert (kinds.count("full"), kinds.count("state"), plan) == (16, 48, "full_attention_interval")
    # gated DeltaNet: 48 value heads × 128 × 128 + conv (2 × 16 × 128 + 48 × 128) × 4, × 2 bytes
    assert layerplan.state_bytes_per_layer(config_json, 2) == (48 * 128 * 128 + 10_240 * 4) * 2 == 1_654_784
    # 5,120 / 24 heads is not whole: the copy states no head_dim, so no figure (before: 213 per head, floored)
    kv = cache("qwen3.5-27b")
    assert kv.status == "unknown" and "head size" in kv.plan


def test_qwen3_5_style_layer_types_with_linear_attention():
    layer_types = ["linear_attention", "linear_attention", "linear_attention", "full_attention"] * 16
    kv = KVCache.model_validate(row_from({**config("qwen3.5-27b"), "head_dim": 256, "layer_types": layer_types})["kv_cache"])
    assert (kv.plan, kv.full_layers, kv.other_layers, kv.full_bytes_per_token) == ("layer_types", 16, 48, 16 * 2 * 4 * 256 * 2)


def test_unrecognised_layer_plan_key_is_unknown_not_all_full_attention():
    kv = cache("phi-3-small-8k-instruct")
    assert kv.status == "unknown" and kv.plan == "unrecognised layer-plan key: dense_attention_every_n_layers"
    assert row("phi-3-small-8k-instruct")["kv_cache_bytes_per_token"] is None


@pytest.mark.parametrize("name,key,value", [
    ("nemotron-h-8b-base-8k", "hybrid_override_pattern", "M-M-M-M*-"),    # 9 characters for 52 layers
    ("minimax-m1", "attn_type_list", [0, 0, 0, 1]),
    ("granite-4.0-h-small", "layer_types", ["mamba", "attention"]),
    ("kimi-linear-48b-a3b", "linear_attn_config", {"full_attn_layers": [4, 8], "kda_layers": [1, 2]}),
    ("gemma-3n-e2b", "num_kv_shared_layers", 30),
    ("granite-4.0-h-small", "layer_types", ["mamba"] * 36 + ["hybrid"] * 4),  # an entry it cannot map
])
def test_a_plan_that_does_not_fit_the_layers_is_unknown(name, key, value):
    config_json = config(name)
    target = config_json.get("text_config", config_json)
    target[key] = value
    kv = KVCache.model_validate(row_from(config_json)["kv_cache"])
    assert kv.status == "unknown" and key in kv.plan


def test_mla_exposes_both_the_latent_and_full_heads():
    kv = cache("deepseek-v3")
    # vLLM / llama.cpp: (512 + 64) × 61 × 2; transformers: 128 heads × (128 + 64 + 128) × 61 × 2
    assert (kv.full_bytes_per_token, kv.mla_heads_bytes_per_token) == (70_272, 128 * 320 * 61 * 2) == (70_272, 4_997_120)
    assert cache("llama-3.1-8b").mla_heads_bytes_per_token == 0


def test_glm_moe_dsa_mlp_layer_types_name_the_dense_and_moe_layers():
    """GlmMoeDsaConfig (huggingface/transformers @008e5743 configuration_glm_moe_dsa.py): mlp_layer_types
    is the MLP kind of each layer, "dense" or "sparse"; it keeps no cache, so the plan stays readable."""
    cfg = dict(config("deepseek-v3"), num_nextn_predict_layers=0)
    listed = dict(cfg, mlp_layer_types=["dense"] * 3 + ["sparse"] * 58)
    five_dense = dict(cfg, mlp_layer_types=["dense"] * 5 + ["sparse"] * 56)
    assert architecture.moe_layer_count(listed) == architecture.moe_layer_count(cfg) == 58
    assert architecture.moe_layer_count(five_dense) == 56
    dense_mlp = 3 * 7168 * 18432
    moe_mlp = 256 * 7168 + 256 + (256 + 1) * 3 * 7168 * 2048  # router, score bias, routed + shared experts
    base = params.count_parameters(cfg).total
    assert params.count_parameters(listed).total == base
    assert params.count_parameters(five_dense).total == base - 2 * (moe_mlp - dense_mlp)
    kv = compute.hub_row(HubModel(id="fixture/five-dense"), {
        "format": compute.SNAPSHOT_FORMAT, "provenance": {"basis": "fetched", "fetched_at": "2026-11-01T00:00:00Z"},
        "model_info": {}, "tree": None, "config_json": five_dense}, None)["kv_cache"]
    assert kv["status"] == "computed" and kv["full_layers"] == 61
