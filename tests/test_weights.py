"""Packed quantized weights, stored-as labels and download options, from real config.json shapes.

Element counts per dtype are built by hand from a known number of quantized weights W, the way each
format stores them, so the unpacking can be checked against W exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.data import compute, weights
from pipeline.data.catalog import ExtraFile, HubModel

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "configs"
# Llama-2-7B: 6,738,415,616 parameters = 6,476,005,376 in linear layers + 262,144,000 embedding/head + 266,240 norms
LLAMA2_LINEAR, LLAMA2_OTHER = 6_476_005_376, 262_144_000 + 266_240
# Llama-3-8B: 8,030,261,248 = 6,979,321,856 linear + 1,050,673,152 embedding/head + 266,240 norms
LLAMA3_LINEAR, LLAMA3_OTHER = 6_979_321_856, 1_050_673_152 + 266_240


def config(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["config"]


def row(config_json: dict | None, by_dtype: dict | None = None, tree=None, model=None) -> dict:
    info = {"safetensors": {"parameters": by_dtype, "total": sum(by_dtype.values())}} if by_dtype else {}
    snapshot = {"format": compute.SNAPSHOT_FORMAT,
                "provenance": {"basis": "fetched", "fetched_at": "2026-11-01T00:00:00Z"},
                "model_info": info, "tree": tree, "config_json": config_json}
    return compute.hub_row(model or HubModel(id="org/model"), snapshot, None)


def test_gptq_4bit_qzeros_and_scales_are_not_weights():
    w = LLAMA2_LINEAR
    i32 = w * 4 // 32 + w * 4 // 32 // 128  # qweight 809,500,672 + qzeros 6,324,224
    f16 = LLAMA2_OTHER + w // 128  # scales, one per group of 128
    r = row(config("llama-2-7b-gptq"), {"I32": i32, "F16": f16})
    # before: I32 × 8 + F16 = 6,839,603,200 (qzeros unpacked as weights, scales counted)
    assert r["params_total"] == 6_738_415_616 and r["params_basis"] == "config-estimate"
    assert r["packed_weights"] == {"dtype_elements": i32, "bits": 4}
    assert r["stored_dtype"] == "GPTQ 4-bit"
    assert r["weights_bytes"] == 4 * i32 + 2 * f16 and r["weights_bytes_estimated"] is True


def test_gptq_3bit_uses_32_over_3_not_integer_division():
    w = LLAMA2_LINEAR
    i32 = w * 3 // 32 + w * 3 // 32 // 128  # 607,125,504 + 4,743,168
    quant = dict(config("llama-2-7b-gptq"), quantization_config={"bits": 3, "group_size": 128, "quant_method": "gptq"})
    r = row(quant, {"I32": i32, "F16": LLAMA2_OTHER + w // 128})
    # before: 32 // 3 = 10 per element -> 6,431,690,752
    assert r["params_total"] == 6_738_415_616 and r["stored_dtype"] == "GPTQ 3-bit"


def test_bitsandbytes_4bit_u8_holds_two_weights_per_byte():
    w = LLAMA3_LINEAR
    u8 = w // 2 + w // 64  # packed nibbles + nested-quantized absmax (one U8 per 64 weights)
    r = row(config("llama-3-8b-bnb-4bit"), {"U8": u8, "BF16": LLAMA3_OTHER})
    # before: U8 counted as one parameter each -> 4,649,652,224 shown as an exact Hub figure
    assert r["params_total"] == 8_030_261_248 and r["stored_dtype"] == "bitsandbytes 4-bit"
    assert r["packed_weights"]["dtype_elements"] == u8 == 3_598_712_832


def test_nvfp4_u8_two_per_byte_and_fp8_scales_per_16():
    w = LLAMA3_LINEAR
    r = row(config("nvfp4"), {"U8": w // 2, "F8_E4M3": w // 16, "BF16": LLAMA3_OTHER})
    assert r["params_total"] == 8_030_261_248 and r["stored_dtype"] == "NVFP4"


def test_compressed_tensors_num_bits_from_config_groups():
    w = LLAMA3_LINEAR
    r = row(config("w4a16-compressed-tensors"), {"I32": w // 8, "BF16": LLAMA3_OTHER + w // 128})
    assert r["params_total"] == 8_030_261_248 and r["packed_weights"]["bits"] == 4
    assert r["stored_dtype"] == "compressed-tensors 4-bit"


def test_packed_repo_without_a_bit_width_is_flagged_not_guessed():
    r = row({"model_type": "llama"}, {"I32": 1_000_000, "F16": 500})
    assert r["packed_weights"] == {"dtype_elements": 1_000_000, "bits": None}
    assert r["params_total"] == 1_000_500 and r["params_basis"] == "hub-safetensors"


def test_mxfp4_is_stored_as_mxfp4():
    r = row(config("gpt-oss-20b"), {"BF16": 1_804_459_584, "U8": 19_110_297_600})
    assert r["stored_dtype"] == "MXFP4" and r["packed_weights"] is None


def test_consolidated_safetensors_beside_shards_is_counted_once():
    tree = [{"type": "file", "path": "model-00001-of-00003.safetensors", "size": 4_949_453_792},
            {"type": "file", "path": "model-00002-of-00003.safetensors", "size": 4_999_819_336},
            {"type": "file", "path": "model-00003-of-00003.safetensors", "size": 4_546_807_800},
            {"type": "file", "path": "consolidated.safetensors", "size": 14_496_047_680}]
    r = row(config("mistral-7b-v0.1"), {"BF16": 7_248_023_552}, tree)
    # before: 4,949,453,792 + 4,999,819,336 + 4,546,807,800 + 14,496,047,680 = 28,992,128,608 (twice)
    assert r["weights_bytes"] == 4_949_453_792 + 4_999_819_336 + 4_546_807_800 == 14_496_080_928
    default = next(d for d in r["downloads"] if d["variant"] == "default")
    assert default["largest_file_bytes"] == 4_999_819_336 and default["files"] == 3
    assert any(d["variant"] == "consolidated" and d["bytes"] == 14_496_047_680 for d in r["downloads"])


def test_catalog_extra_files_are_third_party_unless_marked_published():
    extra = [ExtraFile(format="gguf", file="x-Q4_K_M.gguf", size_bytes=4_920_734_656,
                       source="github lmstudio-ai/model-catalog models/x.json (sizeBytes)"),
             ExtraFile(format="mediapipe", file="m-cpu-int4.bin", size_bytes=1_346_559_040,
                       source="https://ai.google.dev/edge/mediapipe/x", basis="published")]
    r = row(None, None, None, HubModel(id="org/model", extra_files=extra))
    bases = {d["file"]: (d["basis"], d["largest_file_bytes"]) for d in r["downloads"]}
    assert bases == {"x-Q4_K_M.gguf": ("third-party", 4_920_734_656),
                     "m-cpu-int4.bin": ("published", 1_346_559_040)}


# MLX per-module widths ---------------------------------------------------------------------------
# Llama 3 8B: embed_tokens and lm_head 128,256 × 4,096 = 525,336,576 each; 32 layers of q 16.8M, k/v 4.2M,
# o 16.8M, gate/up/down 58.7M.
EMBED = 128_256 * 4096
V_PROJ, DOWN = 4096 * 1024, 14336 * 4096


def mlx_elements(linear_4bit: int, sixbit: int) -> dict:
    """U32 and BF16 element counts mlx-lm stores for 4-bit and 6-bit modules (group 64: scale + bias each)."""
    return {"U32": linear_4bit * 4 // 32 + sixbit * 6 // 32,
            "BF16": 266_240 + 2 * (linear_4bit + sixbit) // 64}


def test_mlx_embedding_and_head_at_6_bits_unpacked_at_their_own_width():
    # the fixture: global 4 bits, model.embed_tokens and lm_head 6 bits
    r = row(config("mlx-4bit-mixed"), mlx_elements(LLAMA3_LINEAR, 2 * EMBED))
    # before: every U32 element unpacked at 4 bits -> 8,555,331,584 (+6.5 %)
    assert r["params_total"] == 8_030_261_248 and r["stored_dtype"] == "MLX 4/6-bit"


def test_mlx_lm_mixed_4_6_recipe_per_layer_entries():
    """config.json as mlx-lm's mixed_4_6 recipe writes it for Llama 3 8B: every module listed, v_proj and
    down_proj at 6 bits in the use_more_bits layers, lm_head at 6 (ml-explore/mlx-lm@d78bf58e
    mlx_lm/convert.py mixed_quant_predicate_builder, utils.py quantize_model)."""
    from pipeline.data.ggufquant import use_more_bits

    quant = {"group_size": 64, "bits": 4, "mode": "affine"}
    six = {"group_size": 64, "bits": 6, "mode": "affine"}
    layers = {}
    for i in range(32):
        for name in ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
                     "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"):
            more = use_more_bits(i, 32) and name in ("self_attn.v_proj", "mlp.down_proj")
            layers[f"model.layers.{i}.{name}"] = six if more else quant
    mixed = dict(config("mlx-4bit-mixed"), quantization={**quant, "model.embed_tokens": quant, **layers,
                                                         "lm_head": six})
    sixbit = 16 * (V_PROJ + DOWN) + EMBED
    r = row(mixed, mlx_elements(LLAMA3_LINEAR + EMBED - sixbit + EMBED, sixbit))
    # before: every U32 element unpacked at 4 bits -> 8,795,979,776 (+9.5 %)
    assert r["params_total"] == 8_030_261_248 and r["stored_dtype"] == "MLX 4/6-bit"


def test_mlx_override_on_a_module_of_unknown_shape_falls_back_to_the_global_width():
    mixed = dict(config("mlx-4bit-mixed"), quantization={"group_size": 64, "bits": 4,
                                                         "model.layers.0.block_sparse_moe.switch_mlp.up_proj":
                                                             {"group_size": 64, "bits": 6}})
    r = row(mixed, mlx_elements(LLAMA3_LINEAR, 0))
    assert r["params_total"] == 8_030_261_248 - 2 * EMBED  # the BF16 embeddings are not in this element count


# GGUF file grouping ------------------------------------------------------------------------------


def gguf_tree(files: dict[str, int]) -> list[dict]:
    return [{"type": "file", "path": path, "size": size} for path, size in files.items()]


def test_split_gguf_shards_without_a_known_tag_are_one_build():
    # ggml-org/gpt-oss-120b-GGUF (revision d932fcea62f83e088d8f076a2cd2d7eb02dfa682, the file names as a
    # public llama.cpp setup loads them); sizes here are placeholders: the grouping is what is tested
    tree = gguf_tree({"gpt-oss-120b-mxfp4-00001-of-00003.gguf": 3, "gpt-oss-120b-mxfp4-00002-of-00003.gguf": 5,
                      "gpt-oss-120b-mxfp4-00003-of-00003.gguf": 7, "untagged-00001-of-00002.gguf": 1,
                      "untagged-00002-of-00002.gguf": 2})
    gguf = {d["variant"]: (d["files"], d["bytes"], d["largest_file_bytes"]) for d in row(None, tree=tree)["downloads"]}
    # before: one variant per shard, each named by its whole file name
    assert gguf == {"MXFP4": (3, 15, 7), "untagged": (2, 3, 2)}


def test_mmproj_is_a_separate_projector_not_part_of_the_f16_build():
    # ggml-org/gemma-3-4b-it-GGUF: mmproj-model-f16.gguf 851,251,104 B (size and sha256 pinned in a public
    # installer); the model's own files by the repo's naming; model sizes are placeholders
    tree = gguf_tree({"gemma-3-4b-it-Q4_K_M.gguf": 2, "gemma-3-4b-it-f16.gguf": 8, "mmproj-model-f16.gguf": 851_251_104})
    options = {(d["format"], d["variant"]): d["bytes"] for d in row(None, tree=tree)["downloads"]}
    # before: ("gguf", "F16") = 8 + 851,251,104 (the projector counted as part of the model)
    assert options == {("gguf", "Q4_K_M"): 2, ("gguf", "F16"): 8, ("other", "mmproj-F16"): 851_251_104}


def test_unsloth_dynamic_quants_stay_distinct():
    # unsloth/Qwen3-Coder-Next-GGUF names its dynamic build Qwen3-Coder-Next-UD-Q4_K_XL.gguf; sizes placeholders
    tree = gguf_tree({"Qwen3-Coder-Next-UD-Q4_K_XL.gguf": 5, "Qwen3-Coder-Next-Q4_K_XL.gguf": 4,
                      "UD-Q2_K_XL/Qwen3-Coder-Next-UD-Q2_K_XL-00001-of-00002.gguf": 1,
                      "UD-Q2_K_XL/Qwen3-Coder-Next-UD-Q2_K_XL-00002-of-00002.gguf": 1,
                      "Qwen3.5-35B-A3B-MXFP4_MOE.gguf": 6})
    variants = {d["variant"]: d["files"] for d in row(None, tree=tree)["downloads"]}
    assert variants == {"UD-Q4_K_XL": 1, "Q4_K_XL": 1, "UD-Q2_K_XL": 2, "MXFP4_MOE": 1}


# A quantized repo's download estimated from its count: the format's packed bytes, not 2 B a parameter --------

def test_nvfp4_named_repo_without_quantization_config_is_sized_at_nine_sixteenths_byte():
    # the aiconfigurator copy of nvidia/DeepSeek-V3.1-NVFP4's config.json has no quantization_config; the
    # reviewed page said "≈ 1.37 TB" (2 B × 684.5 B parameters). NVFP4: 4-bit values + an F8_E4M3 scale per 16.
    cfg = {**config("llama-3.1-8b"), "torch_dtype": "bfloat16"}
    r = compute.hub_row(HubModel(id="nvidia/Llama-3-8B-NVFP4"), row_snapshot(cfg), None)
    assert r["stored_dtype"] == "NVFP4"
    total = r["params_total"]
    kept = 128_256 * 4096 * 2  # embed_tokens and lm_head stay BF16
    assert r["weights_bytes"] == int((total - kept) * 9 / 16 + kept * 2)
    assert r["weights_bytes_basis"] == "config-estimate" and r["weights_bytes_estimated"] is True
    assert r["weights_bytes"] < total  # under 1 B a parameter, where BF16 takes 2


def test_declared_formats_from_repo_names():
    assert weights.declared_quantization("nvidia/Qwen3-235B-A22B-NVFP4")["method"] == "nvfp4"
    assert weights.declared_quantization("nvidia/Llama-3.1-70B-Instruct-FP8")["method"] == "fp8"
    assert weights.declared_quantization("Qwen/Qwen2.5-7B-Instruct-GPTQ-Int8")["bits"] == 8
    assert weights.declared_quantization("Qwen/Qwen2.5-7B-Instruct-AWQ")["bits"] == 4
    assert weights.declared_quantization("meta-llama/Llama-3.1-8B") == {}
    assert weights.declared_quantization("someone/FP8Tools-7B") == {}  # a token, not a substring


def test_packed_bytes_per_weight_follow_each_layout():
    assert weights.packed_bytes_per_weight({"method": "nvfp4"}) == 0.5 + 1 / 16
    assert weights.packed_bytes_per_weight({"method": "mxfp4"}) == 17 / 32
    assert weights.packed_bytes_per_weight({"method": "fp8"}) == 1.0
    # AWQ 4-bit, group 128: 0.5 B + (F16 scale 2 B + 4-bit zero 0.5 B) / 128
    assert weights.packed_bytes_per_weight({"method": "awq", "bits": 4, "group_size": 128}) == 0.5 + 2.5 / 128
    assert weights.packed_bytes_per_weight({"method": "mlx", "bits": 4, "group_size": 64}) == 0.5 + 4 / 64
    assert weights.packed_bytes_per_weight({"method": "gptq", "bits": None}) is None


def test_real_file_sizes_win_over_the_packed_estimate():
    cfg = {**config("llama-3.1-8b"), "torch_dtype": "bfloat16"}
    tree = [{"type": "file", "path": "model.safetensors", "size": 5_000_000_000}]
    r = compute.hub_row(HubModel(id="nvidia/Llama-3-8B-NVFP4"), row_snapshot(cfg, tree), None)
    assert r["weights_bytes"] == 5_000_000_000 and r["weights_bytes_estimated"] is False


def row_snapshot(config_json: dict, tree=None) -> dict:
    return {"format": compute.SNAPSHOT_FORMAT, "provenance": {"basis": "fetched", "fetched_at": "2026-11-01T00:00:00Z"},
            "model_info": {}, "tree": tree, "config_json": config_json}
