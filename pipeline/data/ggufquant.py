"""GGUF quant builds: bits per weight of each quant type and the size of a model's Q4_K_M or Q8_0 file (approximate).

Bits per weight come from llama.cpp's own table, `gguf.GGML_QUANT_SIZES` (block size, bytes per
block) in the `gguf` package on PyPI. Which tensor gets which type follows llama.cpp's quantizer,
src/llama-quant.cpp at ggml-org/llama.cpp@8784689fee07c6daabf3487d24e1535534ef6e6b
(`llama_tensor_get_type` and the `quantize &=` list in `llama_model_quantize_impl`):

- MoE (Qwen2/Qwen3-MoE, Mixtral, DeepSeek-V2/V3 MLA): experts are stacked per layer (ffn_*_exps) and
  `ffn_down_exps`/`ffn_down_shexp` take the ffn_down rule by layer, as llama-quant matches `find("ffn_down")`;
- only 2-D weights are quantized; norms, biases and other 1-D tensors stay F32 as the converter
  wrote them; MoE router weights (`ffn_gate_inp`) are not quantized;
- the output matrix (or the token embeddings when the two are tied) goes to Q6_K in Q4_K_M,
  to Q8_0 when its rows are not a multiple of the 256-weight K-quant block;
- Q4_K_M: attn_v and ffn_down go to Q6_K in the layers `use_more_bits` picks (the first and last
  eighth and every third layer between); a fused attn_qkv goes to Q5_K; 8-expert models keep
  attn_v and attn_k in Q8_0 and attn_output in Q5_K; Llama 70B-class models (80 layers) move
  Q4_K attn_v to Q5_K;
- a tensor whose row length is not a multiple of its type's block falls back (Q4_K → Q5_0,
  Q5_K → Q5_1, Q6_K → Q8_0).

The GGUF header (tokenizer strings, metadata) is not counted: a few MB on a 4–5 GB file.
"""

from __future__ import annotations

from typing import Any

from pipeline.data.architecture import language_config

APPROXIMATE_BASIS = "gguf-estimate"
QUANT_BUILDS = {"int4": "Q4_K_M", "int8": "Q8_0"}  # the most common GGUF build of each precision
MAIN_TYPE = {"Q4_K_M": "Q4_K", "Q8_0": "Q8_0"}
FALLBACK = {"Q4_K": "Q5_0", "Q5_K": "Q5_1", "Q6_K": "Q8_0"}


def bits_per_weight(ggml_type: str) -> float:
    """Bits per weight of one GGML type, from llama.cpp's GGML_QUANT_SIZES (block size, bytes per block)."""
    block, type_size = _quant_sizes()[ggml_type]
    return type_size * 8 / block


def tensor_bytes(ggml_type: str, row: int, rows: int) -> int:
    """Bytes of a tensor of `rows` rows of `row` weights in one GGML type (ggml_row_size × rows)."""
    block, type_size = _quant_sizes()[ggml_type]
    return row // block * type_size * rows


def estimate_gguf_bytes(config_or_params: dict | int, quant: str = "Q4_K_M") -> tuple[int | None, str]:
    """(bytes, basis) of a GGUF build of a model, approximate: from its config's tensor shapes
    with llama.cpp's per-tensor rule, else from a parameter count at the main type's bits."""
    if quant not in MAIN_TYPE:
        return None, f"no rule for {quant}"
    if isinstance(config_or_params, int):
        bits = bits_per_weight(MAIN_TYPE[quant])
        return int(config_or_params * bits / 8), (
            f"≈ {config_or_params:,} parameters × {bits:g} bits ({MAIN_TYPE[quant]}); tensor shapes unknown")
    language = language_config(config_or_params)
    if language.get("model_type") in TEXT_TWINS:
        language = {**language, "model_type": TEXT_TWINS[language["model_type"]]}
    tensors = dense_tensors(language) or moe_tensors(language)
    if tensors is None:
        return None, "tensor shapes not read from this config (dense decoders and Qwen/Mixtral/DeepSeek MoE only)"
    total, types = 0, {}
    for name, row, rows, layer, layers in tensors:
        kind = tensor_type(name, row, quant, layer, layers, tensors.meta)
        size = tensor_bytes(kind, row, rows)
        total += size
        types[kind] = types.get(kind, 0) + size
    mix = ", ".join(f"{kind} {share * 100 / total:.0f} %" for kind, share in
                    sorted(types.items(), key=lambda item: -item[1]))
    return total, f"≈ llama.cpp {quant} rule over the config's tensors ({mix}); header not counted"


def tensor_type(name: str, row: int, quant: str, layer: int, layers: int, meta: dict) -> str:
    """The GGML type llama.cpp's quantizer gives one tensor of a `quant` build."""
    if name.endswith("_norm") or name.endswith("_bias") or name == "ffn_gate_inp":
        return "F32"
    main = MAIN_TYPE[quant]
    is_output = name == "output" or (name == "token_embd" and meta["tied"])
    kind = main
    if quant == "Q4_K_M":
        if is_output:
            kind = "Q8_0" if meta["falcon"] or row % 256 else "Q6_K"
        elif name == "attn_v":
            kind = "Q6_K" if use_more_bits(layer, layers) else main
            if meta["layers"] == 80 and meta["llama"] and kind == "Q4_K":
                kind = "Q5_K"  # LLM_TYPE_70B: attn_v is 8× smaller than attn_q
            if meta["experts"] == 8:
                kind = "Q8_0"
        elif name == "attn_k" and meta["experts"] == 8:
            kind = "Q8_0"
        elif name.startswith("ffn_down") and use_more_bits(layer, layers):  # ffn_down_exps, _shexp too (find("ffn_down"))
            kind = "Q6_K"
        elif name == "attn_output" and meta["experts"] == 8:
            kind = "Q5_K"
        elif name == "attn_qkv":
            kind = "Q5_K"
    block = _quant_sizes()[kind][0]
    if row % block:
        kind = FALLBACK.get(kind, "F16")
        if row % _quant_sizes()[kind][0]:
            kind = "F16"
    return kind


def use_more_bits(layer: int, layers: int) -> bool:
    """llama.cpp's `use_more_bits`: the first and last eighth of the layers and every third between."""
    eighth = layers // 8
    return layer < eighth or layer >= 7 * layers // 8 or (layer - eighth) % 3 == 2


class _Tensors(list):
    meta: dict


def dense_tensors(config: dict) -> _Tensors | None:
    """(name, row length, rows, layer, layers) of each tensor of a dense decoder-only model, as GGUF names them."""
    hidden, layers = _int(config.get("hidden_size")), _int(config.get("num_hidden_layers"))
    heads, vocab = _int(config.get("num_attention_heads")), _int(config.get("vocab_size"))
    inter = _int(config.get("intermediate_size"))
    model_type = str(config.get("model_type") or "")
    if not (hidden and layers and heads and vocab and inter) or model_type not in DENSE_TYPES:
        return None
    if any(config.get(key) for key in ("num_local_experts", "num_experts", "n_routed_experts", "kv_lora_rank")):
        return None
    kv_heads = _int(config.get("num_key_value_heads")) or heads
    head_dim = _int(config.get("head_dim")) or hidden // heads
    tied = config.get("tie_word_embeddings")
    tied = TIED_BY_DEFAULT.get(model_type, False) if tied is None else bool(tied)
    q, kv = heads * head_dim, kv_heads * head_dim
    tensors = _Tensors([("token_embd", hidden, vocab, 0, 1), ("output_norm", hidden, 1, 0, 1)])
    if not tied:
        tensors.append(("output", hidden, vocab, 0, 1))
    norms = 4 if model_type in POST_NORM_TYPES else 2
    for i in range(layers):
        tensors += [(f"{n}_norm", hidden, 1, i, layers) for n in ("attn", "ffn", "post_attn", "post_ffw")[:norms]]
        if model_type in FUSED_QKV_TYPES:
            tensors.append(("attn_qkv", hidden, q + 2 * kv, i, layers))
        else:
            tensors += [("attn_q", hidden, q, i, layers), ("attn_k", hidden, kv, i, layers),
                        ("attn_v", hidden, kv, i, layers)]
        if model_type in QKV_BIAS_TYPES or config.get("attention_bias"):
            tensors.append(("attn_qkv_bias", q + 2 * kv, 1, i, layers))
        tensors.append(("attn_output", q, hidden, i, layers))
        if model_type in FUSED_QKV_TYPES:
            tensors.append(("ffn_up", hidden, 2 * inter, i, layers))  # gate and up in one tensor
        else:
            tensors += [("ffn_gate", hidden, inter, i, layers), ("ffn_up", hidden, inter, i, layers)]
        tensors.append(("ffn_down", inter, hidden, i, layers))
    tensors.meta = {"tied": tied, "layers": layers, "experts": 0, "falcon": model_type == "falcon",
                    "llama": model_type == "llama"}
    return tensors


def moe_tensors(config: dict) -> _Tensors | None:
    """The tensors of a Qwen2/Qwen3-MoE, Mixtral or DeepSeek-V2/V3 (MLA) decoder, as llama.cpp's converter
    writes them: each layer's routed experts as three stacked tensors (ffn_gate_exps, ffn_up_exps,
    ffn_down_exps; the ffn_down rule of `use_more_bits` applies to them by layer), shared experts as
    ffn_*_shexp, the router (ffn_gate_inp) unquantized; DeepSeek's multi-token-prediction layers are
    not converted (convert_hf_to_gguf.py drops layers ≥ num_hidden_layers)."""
    model_type = str(config.get("model_type") or "")
    hidden, layers = _int(config.get("hidden_size")), _int(config.get("num_hidden_layers"))
    heads, vocab = _int(config.get("num_attention_heads")), _int(config.get("vocab_size"))
    experts = _int(config.get("n_routed_experts") or config.get("num_experts") or config.get("num_local_experts"))
    if model_type not in MOE_TYPES or not (hidden and layers and heads and vocab and experts):
        return None
    mixtral = model_type == "mixtral"
    expert_width = _int(config.get("intermediate_size") if mixtral else config.get("moe_intermediate_size"))
    dense_width = _int(config.get("intermediate_size"))
    if not expert_width:
        return None
    kv_heads = _int(config.get("num_key_value_heads")) or heads
    head_dim = _int(config.get("head_dim")) or hidden // heads
    tied = bool(config.get("tie_word_embeddings"))
    shared = (_int(config.get("n_shared_experts")) or 0) * expert_width if model_type in MLA_TYPES else (
        _int(config.get("shared_expert_intermediate_size")) or 0)
    tensors = _Tensors([("token_embd", hidden, vocab, 0, 1), ("output_norm", hidden, 1, 0, 1)])
    if not tied:
        tensors.append(("output", hidden, vocab, 0, 1))
    for i in range(layers):
        tensors += [("attn_norm", hidden, 1, i, layers), ("ffn_norm", hidden, 1, i, layers)]
        tensors += _moe_attention(config, model_type, hidden, heads, kv_heads, head_dim, i, layers)
        if _moe_layer(config, model_type, i):
            tensors += [("ffn_gate_inp", hidden, experts, i, layers),
                        ("ffn_gate_exps", hidden, expert_width * experts, i, layers),
                        ("ffn_up_exps", hidden, expert_width * experts, i, layers),
                        ("ffn_down_exps", expert_width, hidden * experts, i, layers)]
            if shared:
                tensors += [("ffn_gate_shexp", hidden, shared, i, layers), ("ffn_up_shexp", hidden, shared, i, layers),
                            ("ffn_down_shexp", shared, hidden, i, layers)]
                if model_type == "qwen2_moe":
                    tensors.append(("ffn_gate_inp_shexp_norm", hidden, 1, i, layers))  # 1 row: kept as written
        elif dense_width:
            tensors += [("ffn_gate", hidden, dense_width, i, layers), ("ffn_up", hidden, dense_width, i, layers),
                        ("ffn_down", dense_width, hidden, i, layers)]
    tensors.meta = {"tied": tied, "layers": layers, "experts": experts, "falcon": False, "llama": False}
    return tensors


def _moe_attention(config: dict, model_type: str, hidden: int, heads: int, kv_heads: int, head_dim: int,
                   i: int, layers: int) -> list[tuple]:
    """One layer's attention tensors: MLA (q_a/q_b, kv_a_mqa/kv_b) for DeepSeek, else q/k/v/output."""
    if model_type in MLA_TYPES and _int(config.get("kv_lora_rank")):
        rank, rope = _int(config.get("kv_lora_rank")), _int(config.get("qk_rope_head_dim")) or 0
        nope, v_dim = _int(config.get("qk_nope_head_dim")) or 0, _int(config.get("v_head_dim")) or head_dim
        q_rank, q_dim = _int(config.get("q_lora_rank")), heads * (nope + rope)
        out = ([("attn_q_a", hidden, q_rank, i, layers), ("attn_q_a_norm", q_rank, 1, i, layers),
                ("attn_q_b", q_rank, q_dim, i, layers)] if q_rank else [("attn_q", hidden, q_dim, i, layers)])
        return out + [("attn_kv_a_mqa", hidden, rank + rope, i, layers), ("attn_kv_a_norm", rank, 1, i, layers),
                      ("attn_kv_b", rank, heads * (nope + v_dim), i, layers),
                      ("attn_output", heads * v_dim, hidden, i, layers)]
    q, kv = heads * head_dim, kv_heads * head_dim
    out = [("attn_q", hidden, q, i, layers), ("attn_k", hidden, kv, i, layers), ("attn_v", hidden, kv, i, layers),
           ("attn_output", q, hidden, i, layers)]
    if model_type == "qwen2_moe":
        out.append(("attn_qkv_bias", q + 2 * kv, 1, i, layers))
    if model_type == "qwen3_moe":
        out += [("attn_q_norm", head_dim, 1, i, layers), ("attn_k_norm", head_dim, 1, i, layers)]
    return out


def _moe_layer(config: dict, model_type: str, i: int) -> bool:
    """Whether decoder layer i holds routed experts (DeepSeek's first_k_dense_replace, Qwen's mlp_only_layers)."""
    if model_type in MLA_TYPES:
        freq = _int(config.get("moe_layer_freq")) or 1
        return i >= (_int(config.get("first_k_dense_replace")) or 0) and i % freq == 0
    if model_type in ("qwen2_moe", "qwen3_moe"):
        step = _int(config.get("decoder_sparse_step")) or 1
        return i not in (config.get("mlp_only_layers") or []) and (i + 1) % step == 0
    return True


def _quant_sizes() -> dict[str, tuple[int, int]]:
    from gguf.constants import GGML_QUANT_SIZES  # imported late: the package pulls in numpy

    return {kind.name: sizes for kind, sizes in GGML_QUANT_SIZES.items()}


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None


# Data ----------------------------------------------------------------------------------------

# Dense decoders whose GGUF tensors are the Llama set (attn_q/k/v/output, ffn_gate/up/down) or Phi-3's fused one.
# A multimodal repo's language model that llama.cpp writes with its text sibling's tensors (the vision
# tower goes to a separate mmproj file): Qwen3-VL's GGUF estimate was the 4.5-bit fallback (review 8, pt #1).
TEXT_TWINS = {"qwen3_vl_text": "qwen3", "qwen3_vl_moe_text": "qwen3_moe"}
DENSE_TYPES = {"llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3_text", "phi3", "granite",
               "olmo2", "smollm3"}
FUSED_QKV_TYPES = {"phi3"}  # llama.cpp's phi3 arch: attn_qkv and a gate+up ffn_up
QKV_BIAS_TYPES = {"qwen2"}
POST_NORM_TYPES = {"gemma2", "gemma3_text"}  # post-attention and post-feed-forward norms as well
MOE_TYPES = {"qwen2_moe", "qwen3_moe", "mixtral", "deepseek_v2", "deepseek_v3"}
MLA_TYPES = {"deepseek_v2", "deepseek_v3"}
TIED_BY_DEFAULT = {"gemma": True, "gemma2": True, "gemma3_text": True}  # GemmaConfig / Gemma2Config defaults
