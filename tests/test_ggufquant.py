"""GGUF quant builds: llama.cpp's bits per weight and the Q4_K_M / Q8_0 size of a model from its config.

The real file sizes are the Q4_K_M files in data/facts/hub-facts.yaml (LM Studio's catalog):
Meta-Llama-3-8B-Instruct-Q4_K_M.gguf 4,920,734,656 B, Phi-3.1-mini-4k-instruct-Q4_K_M.gguf
2,393,232,096 B, gemma-2-9b-it-Q4_K_M.gguf 5,761,057,728 B. The estimate leaves out the GGUF header
(tokenizer and metadata), so it falls a few MB short of each.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.data import ggufquant

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "configs"


def config(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["config"]


@pytest.mark.parametrize("kind,bits", [("Q4_K", 4.5), ("Q5_K", 5.5), ("Q6_K", 6.5625), ("Q8_0", 8.5),
                                       ("Q4_0", 4.5), ("F16", 16), ("F32", 32)])
def test_bits_per_weight_come_from_llama_cpp_block_sizes(kind, bits):
    # e.g. Q4_K: 256-weight super-blocks of 144 bytes; Q6_K: 210 bytes; Q8_0: 32 weights in 34 bytes
    assert ggufquant.bits_per_weight(kind) == bits


def test_use_more_bits_matches_llama_cpp_for_32_layers():
    # i < 4 or i >= 28 or (i - 4) % 3 == 2
    assert [i for i in range(32) if ggufquant.use_more_bits(i, 32)] == [0, 1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 27,
                                                                         28, 29, 30, 31]


@pytest.mark.parametrize("name,real", [
    ("llama-3.1-8b", 4_920_734_656),  # same shapes as Meta-Llama-3-8B-Instruct
    ("phi-3-mini-4k-instruct", 2_393_232_096),
    ("gemma-2-9b", 5_761_057_728),
])
def test_q4_k_m_estimate_within_half_a_percent_of_real_files(name, real):
    estimate, basis = ggufquant.estimate_gguf_bytes(config(name), "Q4_K_M")
    assert basis.startswith("≈") and "Q4_K_M" in basis
    assert estimate < real  # the header is not counted
    assert abs(estimate - real) / real < 0.005


def test_llama_3_8b_q4_k_m_by_hand():
    # 16 of 32 layers (use_more_bits) keep attn_v and ffn_down in Q6_K; output in Q6_K; the rest Q4_K.
    q4, q6 = 144 / 256, 210 / 256  # bytes per weight
    attn_v, ffn_down = 4096 * 1024, 14336 * 4096
    q4_weights = (128256 * 4096  # token_embd
                  + 32 * (4096 * 4096 * 2 + 4096 * 1024 + 4096 * 14336 * 2)  # q, output, k, gate, up
                  + 16 * (attn_v + ffn_down))
    q6_weights = 128256 * 4096 + 16 * (attn_v + ffn_down)
    norms = (2 * 32 + 1) * 4096 * 4
    assert ggufquant.estimate_gguf_bytes(config("llama-3.1-8b"))[0] == q4_weights * q4 + q6_weights * q6 + norms


def test_tied_embeddings_take_the_output_type():
    estimate, basis = ggufquant.estimate_gguf_bytes(config("gemma-2-9b"))
    assert "Q6_K" in basis  # token_embd is the output matrix in Gemma 2: Q6_K, 256,000 × 3,584


def test_q8_0_every_matrix_at_8_5_bits():
    estimate, _ = ggufquant.estimate_gguf_bytes(config("llama-3.1-8b"), "Q8_0")
    matrices = 8_030_261_248 - (2 * 32 + 1) * 4096
    assert estimate == matrices * 34 // 32 + (2 * 32 + 1) * 4096 * 4


def test_parameter_count_alone_is_labelled():
    estimate, basis = ggufquant.estimate_gguf_bytes(8_000_000_000, "Q4_K_M")
    assert estimate == 4_500_000_000 and "tensor shapes unknown" in basis


def test_unread_shapes_give_none_not_a_guess():
    assert ggufquant.estimate_gguf_bytes(config("zai-org__GLM-4.5"))[0] is None  # an MoE type without a tensor rule
    assert ggufquant.estimate_gguf_bytes(config("gpt-oss-20b"))[0] is None  # MXFP4 experts: no Q4_K_M rule
    assert ggufquant.estimate_gguf_bytes(config("llama-3.1-8b"), "Q3_K_S")[0] is None


# MoE: real Q4_K_M builds (Qwen's own GGUF repos, Hub LFS sizes at a pinned revision, as data/facts/hub-facts.yaml
# cites them). Before the expert tensors were modelled the site fell back to parameters × 4.5 bits
# (Qwen3-235B-A22B: 132.2 GB, 7 % under the real 142.2 GB): ffn_down_exps takes Q6_K in half the layers.
@pytest.mark.parametrize("name,real", [
    ("Qwen__Qwen3-235B-A22B", 142_154_074_176),  # Qwen/Qwen3-235B-A22B-GGUF @211e807e, 5 parts summed
    ("Qwen__Qwen3-30B-A3B", 18_556_685_824),  # Qwen/Qwen3-30B-A3B-GGUF @e4d4bafd
])
def test_moe_q4_k_m_estimate_within_a_tenth_of_a_percent_of_real_files(name, real):
    estimate, basis = ggufquant.estimate_gguf_bytes(config(name), "Q4_K_M")
    assert estimate < real  # the header is not counted
    assert abs(estimate - real) / real < 0.001
    assert "Q6_K" in basis


def test_moe_ffn_down_exps_follow_use_more_bits():
    cfg = config("Qwen__Qwen3-30B-A3B")
    assert ggufquant.tensor_type("ffn_down_exps", 768, "Q4_K_M", 0, 48, {"experts": 128, "tied": False}) == "Q6_K"
    assert ggufquant.tensor_type("ffn_down_exps", 768, "Q4_K_M", 7, 48, {"experts": 128, "tied": False}) == "Q4_K"
    assert ggufquant.tensor_type("ffn_gate_inp", 2048, "Q4_K_M", 0, 48, {"experts": 128, "tied": False}) == "F32"
    tensors = ggufquant.moe_tensors(cfg)
    assert sum(1 for t in tensors if t[0] == "ffn_down_exps") == cfg["num_hidden_layers"]


def test_deepseek_v3_mtp_layer_is_not_converted():
    # convert_hf_to_gguf drops layers >= num_hidden_layers: 61 layers, 3 dense then 58 with 256 experts
    tensors = ggufquant.moe_tensors(config("deepseek-v3"))
    assert max(t[3] for t in tensors) == 60
    assert sum(1 for t in tensors if t[0] == "ffn_down_exps") == 58
    assert sum(1 for t in tensors if t[0] == "ffn_down") == 3
