"""Parameter counts (total and active) computed from one config.json alone, per architecture (pure).

Each rule below mirrors the tensors the transformers implementation of that model type creates
(modeling_<type>.py), so a count is exact where the config says everything the model's shape depends
on. What a checkpoint stores besides parameters (FP8 block scales, GPT-2's attention masks) is
counted apart as `stored_extra`, so `total + stored_extra` can be set beside a Hub safetensors total.
Where a part cannot be counted (a vision tower of an unmodelled kind, an unknown model type), the
count is marked not exact and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil
from typing import Any

from pipeline.data import params_classic as classic

BASIS = "computed from config"


@dataclass(frozen=True)
class ParamCount:
    total: int | None
    active: int | None  # per token; equals total for a dense model
    exact: bool
    reason: str | None = None  # why not exact (or why no count)
    stored_extra: int = 0  # non-parameter tensors a checkpoint of this config stores
    stored_extra_note: str | None = None
    basis: str = BASIS
    mtp: int = 0  # of total: multi-token-prediction layers stored with the weights, which plain decoding does not run


def count_parameters(config: dict) -> ParamCount:
    """Total and active parameters of the model a config.json describes."""
    try:
        return _count(config)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, AttributeError) as exc:
        # a config with values of the wrong type or shape: no count rather than a crash
        return ParamCount(None, None, False, f"config values the count cannot use ({type(exc).__name__}: {exc})")


def _count(config: dict) -> ParamCount:
    if not isinstance(config, dict):
        return ParamCount(None, None, False, "no config")
    model_type = str(config.get("model_type") or "")
    if not model_type:
        architecture = (config.get("architectures") or [""])[0]
        model_type = ARCHITECTURE_TYPES.get(architecture, "")
        config = {**config, "model_type": model_type} if model_type else config
    text = _text_config(config)
    if text is not None and model_type in MULTIMODAL_TYPES:
        return _multimodal(config, text)
    counter = COUNTERS.get(model_type)
    if counter is not None:
        try:
            return counter(_normalized(config))
        except (KeyError, TypeError) as exc:  # a key the shape depends on is missing or null
            return ParamCount(None, None, False, f"config lacks a value the {model_type} count needs ({exc})")
    if text is not None:
        return _multimodal(config, text)
    cfg = _normalized(config)
    hybrid = next((key for key in HYBRID_KEYS if cfg.get(key)), None)
    if (hybrid or any(str(kind) in ("mamba", "linear_attention", "conv") for kind in cfg.get("layer_types") or [])):
        return ParamCount(None, None, False, f"model type {model_type!r} has state-space, linear-attention or per-layer "
                          f"block layers ({hybrid or 'layer_types'}), which are not modelled")
    try:
        approx = _decoder(cfg, model_type)
    except (KeyError, TypeError):
        approx = ParamCount(None, None, False)
    reason = (f"model type {model_type!r} has no exact counter: counted from its config's dimensions by its own "
              "decoder rule" if model_type in DECODER_RULES else
              f"model type {model_type or '(none)'!r} is not modelled: counted as a Llama-style decoder")
    return ParamCount(approx.total, approx.active, False, reason) if approx.total else ParamCount(
        None, None, False, f"model type {model_type or '(none)'!r} is not modelled and the config lacks dimensions")


# Decoder-only transformers -------------------------------------------------------------------


def _decoder(cfg: dict, model_type: str) -> ParamCount:
    """Llama-style decoders and their MoE relatives: embeddings, attention, MLP/experts, norms, head."""
    hidden, layers, vocab = cfg.get("hidden_size"), cfg.get("num_hidden_layers"), cfg.get("vocab_size")
    if not (hidden and layers and vocab):
        return ParamCount(None, None, False, "config lacks hidden_size, num_hidden_layers or vocab_size")
    rules = DECODER_RULES.get(model_type, DECODER_RULES["llama"])
    attention = _attention(cfg, rules)
    qk_norm = rules.get("qk_norm") or (("all_heads" if cfg.get("qk_norm_type") == "per_layer" else "per_head")
                                        if cfg.get("use_qk_norm") else None)
    norms = rules["norms"] * hidden + (_qk_norm(cfg, {**rules, "qk_norm": qk_norm}) if qk_norm else 0)
    total = active = 0
    for index in range(layers):
        mlp_total, mlp_active = _mlp(cfg, rules, index)
        total += attention + norms + mlp_total
        active += attention + norms + mlp_active
    embed = vocab * hidden
    architecture = (cfg.get("architectures") or [""])[0]
    headless = architecture.endswith("Model") and not architecture.endswith("ForCausalLM")  # e.g. MistralModel (embeddings)
    head = 0 if _tied(cfg, rules) or headless else vocab * hidden
    ends = embed + head + hidden * (2 if rules.get("layernorm_bias") else 1)
    mtp = _mtp_layers(cfg, rules, attention, norms)
    extra, note = _fp8_block_scales(cfg, rules)
    return ParamCount(total + ends + mtp, active + ends, True, None, extra, note, mtp=mtp)


def _linear_attention(cfg: dict) -> int:
    """A gated delta net layer (Qwen3-Next, Qwen3.5): projections, short convolution, decay and gated norm."""
    hidden = cfg["hidden_size"]
    key_dim = cfg["linear_num_key_heads"] * cfg["linear_key_head_dim"]
    value_heads = cfg["linear_num_value_heads"]
    value_dim = value_heads * cfg["linear_value_head_dim"]
    conv_dim = 2 * key_dim + value_dim
    return (hidden * (2 * key_dim + 2 * value_dim) + hidden * 2 * value_heads + conv_dim * cfg.get("linear_conv_kernel_dim", 4)
            + 2 * value_heads + cfg["linear_value_head_dim"] + value_dim * hidden)


def _gated_hybrid(cfg: dict, model_type: str) -> ParamCount:
    """Qwen3-Next / Qwen3.5: three gated-delta-net layers to one gated full-attention layer (output gate
    doubles q_proj), per-head q/k norms, an MoE block with a gated shared expert or a dense MLP."""
    hidden, layers, vocab = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    heads, kv_heads, head_dim = cfg["num_attention_heads"], cfg["num_key_value_heads"], cfg["head_dim"]
    full = hidden * heads * head_dim * 2 + 2 * hidden * kv_heads * head_dim + heads * head_dim * hidden + 2 * head_dim
    linear = _linear_attention(cfg)
    interval = cfg.get("full_attention_interval", 4)
    kinds = cfg.get("layer_types") or ["full_attention" if (i + 1) % interval == 0 else "linear_attention" for i in range(layers)]
    total = active = 0
    for index, kind in enumerate(kinds):
        mixer = full if kind == "full_attention" else linear
        mlp_total, mlp_active = _mlp(cfg, DECODER_RULES["qwen2_moe"], index)
        total += mixer + 2 * hidden + mlp_total
        active += mixer + 2 * hidden + mlp_active
    ends = vocab * hidden * (1 if cfg.get("tie_word_embeddings") else 2) + hidden
    if not _expert_count(cfg):
        active = total  # dense: every layer runs for every token
    # Multi-token prediction: fc (2h × h), two input norms and a final norm around full-attention layers.
    mtp_layers = cfg.get("mtp_num_hidden_layers") or 0
    mlp_total, _ = _mlp(cfg, DECODER_RULES["qwen2_moe"], 0)
    mtp = mtp_layers * (full + 2 * hidden + mlp_total) + (2 * hidden * hidden + 3 * hidden if mtp_layers else 0)
    return ParamCount(total + ends + mtp, active + ends + (mtp if not _expert_count(cfg) else 0), True, mtp=mtp)


def _attention(cfg: dict, rules: dict) -> int:
    hidden, heads = cfg["hidden_size"], cfg["num_attention_heads"]
    if cfg.get("kv_lora_rank"):  # multi-head latent attention (DeepSeek V2/V3, Kimi K2)
        rope, nope, v_dim = cfg.get("qk_rope_head_dim", 64), cfg.get("qk_nope_head_dim", 128), cfg.get("v_head_dim", 128)
        q_rank, kv_rank = cfg.get("q_lora_rank"), cfg["kv_lora_rank"]
        q = hidden * q_rank + q_rank + q_rank * heads * (nope + rope) if q_rank else hidden * heads * (nope + rope)
        return q + hidden * (kv_rank + rope) + kv_rank + kv_rank * heads * (nope + v_dim) + heads * v_dim * hidden
    kv_heads = cfg.get("num_key_value_heads") or heads
    head_dim = cfg.get("head_dim") or hidden // heads
    q, kv, o = heads * head_dim, kv_heads * head_dim, heads * head_dim
    params = hidden * (q + 2 * kv) + o * hidden
    bias = rules.get("qkv_bias") or cfg.get("attention_bias")
    if bias:
        params += q + 2 * kv
    if rules.get("o_bias") or (cfg.get("attention_bias") and not rules.get("qkv_bias")):
        params += hidden
    if rules.get("sinks"):
        params += heads
    return params


def _qk_norm(cfg: dict, rules: dict) -> int:
    heads = cfg["num_attention_heads"]
    head_dim = cfg.get("head_dim") or cfg["hidden_size"] // heads
    if rules["qk_norm"] == "per_head":
        return 2 * head_dim
    return (heads + (cfg.get("num_key_value_heads") or heads)) * head_dim  # OLMo 2: over all heads


def _mlp(cfg: dict, rules: dict, index: int) -> tuple[int, int]:
    """(total, active) parameters of one layer's feed-forward block."""
    hidden = cfg["hidden_size"]
    dense = rules["mlp_mats"] * hidden * (cfg.get(rules.get("dense_width", "intermediate_size")) or 0)
    if cfg.get("mlp_bias") or rules.get("mlp_bias"):  # every matrix's bias: (mats - 1) × width in, hidden out
        dense += (rules["mlp_mats"] - 1) * cfg.get("intermediate_size", 0) + hidden
    experts = _expert_count(cfg)
    if not experts or not _is_moe_layer(cfg, index):
        return dense, dense
    width = cfg.get("moe_intermediate_size") or cfg.get("intermediate_size")
    per_expert = 3 * hidden * width + (2 * width + hidden if rules.get("expert_bias") else 0)
    chosen = cfg.get("num_experts_per_tok") or cfg.get("num_experts_per_token") or experts
    router = hidden * experts + (experts if rules.get("router_bias") else 0)
    if rules.get("score_bias") and cfg.get("topk_method", "noaux_tc") == "noaux_tc":
        router += experts  # e_score_correction_bias
    shared = 0
    if cfg.get("n_shared_experts"):
        shared = 3 * hidden * width * cfg["n_shared_experts"]
    if rules.get("shared_expert_width"):  # Llama 4: one shared expert as wide as each routed one
        shared = 3 * hidden * width
    if cfg.get("shared_expert_intermediate_size"):  # Qwen2-MoE: one shared expert and its gate
        shared = 3 * hidden * cfg["shared_expert_intermediate_size"] + hidden
    if cfg.get("enable_moe_block"):  # Gemma 4: the dense MLP runs beside the experts on every token (modeling_gemma4)
        shared += dense
    fixed = router + shared
    return fixed + experts * per_expert, fixed + chosen * per_expert


def _expert_count(cfg: dict) -> int:
    for key in ("num_local_experts", "num_experts", "n_routed_experts"):
        if isinstance(cfg.get(key), int) and cfg[key] > 0:
            return cfg[key]
    return 0


def _is_moe_layer(cfg: dict, index: int) -> bool:
    kinds = cfg.get("mlp_layer_types")
    if isinstance(kinds, list) and index < len(kinds):  # GlmMoeDsaConfig: "dense" or "sparse" per layer
        return kinds[index] == "sparse"
    if index in (cfg.get("mlp_only_layers") or []):
        return False
    if index < (cfg.get("first_k_dense_replace") or 0) or index % (cfg.get("moe_layer_freq") or 1):
        return False
    step = cfg.get("decoder_sparse_step") or 1
    return (index + 1) % step == 0


def _tied(cfg: dict, rules: dict) -> bool:
    tied = cfg.get("tie_word_embeddings")
    return rules.get("tied_default", False) if tied is None else bool(tied)


def _mtp_layers(cfg: dict, rules: dict, attention: int, norms: int) -> int:
    """DeepSeek-style multi-token-prediction layers as the checkpoint stores them: a MoE layer,
    enorm + hnorm, eh_proj (2h × h), and its own copies of the embedding, head and final norm."""
    count = cfg.get("num_nextn_predict_layers") or 0
    if not count or not rules.get("mtp"):
        return 0
    hidden, vocab = cfg["hidden_size"], cfg["vocab_size"]
    moe_total, _ = _mlp({**cfg, "first_k_dense_replace": 0, "mlp_only_layers": [], "mlp_layer_types": None}, rules, 0)
    return count * (attention + norms + moe_total + 3 * hidden + 2 * hidden * hidden + 2 * vocab * hidden)


def _fp8_block_scales(cfg: dict, rules: dict) -> tuple[int, str | None]:
    """FP8 checkpoints with block-wise scales store one F32 scale per block of each linear weight."""
    quant = cfg.get("quantization_config") or {}
    block = quant.get("weight_block_size")
    if quant.get("quant_method") != "fp8" or not block:
        return 0, None
    rows, cols = block
    blocks = lambda out, inp: ceil(out / rows) * ceil(inp / cols)  # noqa: E731
    hidden, heads = cfg["hidden_size"], cfg["num_attention_heads"]
    if cfg.get("kv_lora_rank"):
        rope, nope, v_dim = cfg.get("qk_rope_head_dim", 64), cfg.get("qk_nope_head_dim", 128), cfg.get("v_head_dim", 128)
        q_rank, kv_rank = cfg.get("q_lora_rank"), cfg["kv_lora_rank"]
        attention = (blocks(q_rank, hidden) + blocks(heads * (nope + rope), q_rank) if q_rank
                     else blocks(heads * (nope + rope), hidden))
        attention += blocks(kv_rank + rope, hidden) + blocks(heads * (nope + v_dim), kv_rank) + blocks(hidden, heads * v_dim)
    else:
        kv_heads = cfg.get("num_key_value_heads") or heads
        head_dim = cfg.get("head_dim") or hidden // heads
        attention = blocks(heads * head_dim, hidden) + 2 * blocks(kv_heads * head_dim, hidden) + blocks(hidden, heads * head_dim)
    mlp = lambda width: 2 * blocks(width, hidden) + blocks(hidden, width)  # noqa: E731
    width = cfg.get("moe_intermediate_size") or cfg.get("intermediate_size")
    experts, shared = _expert_count(cfg), cfg.get("n_shared_experts") or 0
    total = 0
    layers = cfg["num_hidden_layers"] + (cfg.get("num_nextn_predict_layers") or 0)
    for index in range(layers):
        moe = experts and (index >= cfg["num_hidden_layers"] or _is_moe_layer(cfg, index))
        total += attention + (mlp(width) * (experts + shared) if moe else mlp(cfg["intermediate_size"]))
    return total, f"F32 scales of the FP8 weights, one per {rows}×{cols} block (quantization_config)"


# Other families ------------------------------------------------------------------------------


def _gpt_oss(cfg: dict) -> ParamCount:
    return _decoder(cfg, "gpt_oss")


def _exact(total: int, model_type: str = "", cfg: dict | None = None) -> ParamCount:
    extra, note = classic.stored_extras(model_type, cfg or {})
    return ParamCount(total, total, True, None, extra, note)


def _gpt2(cfg: dict) -> ParamCount:
    total, masks = classic.gpt2(cfg)
    return ParamCount(total, total, True, None, masks, "each layer's causal mask (attn.bias, n_positions²) is stored as a tensor")


def _multimodal(config: dict, text: dict) -> ParamCount:
    """A vision-language repo: its language model, plus the vision tower and projector where modelled."""
    language = count_parameters({"architectures": config.get("architectures"), **text})
    if language.total is None:
        return language
    vision = config.get("vision_config") or {}
    model_type = str(config.get("model_type") or "")
    if model_type == "gemma3" and vision.get("model_type", "siglip_vision_model") == "siglip_vision_model":
        tower = classic.siglip_vision(vision)
        if tower is not None:
            projector = vision["hidden_size"] * text["hidden_size"] + vision["hidden_size"]
            extra = tower + projector
            return ParamCount(language.total + extra, language.active + extra if language.active else None,
                              language.exact, language.reason, mtp=language.mtp)
    if model_type in ("mistral3", "ministral3") and vision.get("model_type") == "pixtral":
        tower = classic.pixtral_vision(vision)
        if tower is not None:
            merge = config.get("spatial_merge_size", 2)
            width = vision["hidden_size"]
            bias = bool(config.get("multimodal_projector_bias", False))
            projector = (width + width * merge * merge * width + width * text["hidden_size"]
                         + text["hidden_size"] * text["hidden_size"] + bias * 2 * text["hidden_size"])
            extra = tower + projector
            return ParamCount(language.total + extra, language.active + extra if language.active else None,
                              language.exact, language.reason, mtp=language.mtp)
    kind = vision.get("model_type") or "unnamed"
    return ParamCount(language.total, language.active, False,
                      f"language model only: the {kind} vision tower and projector are not counted", mtp=language.mtp)


# Config shapes ------------------------------------------------------------------------------


def _text_config(config: dict) -> dict | None:
    for key in ("text_config", "language_config", "llm_config"):
        if isinstance(config.get(key), dict) and config[key].get("hidden_size"):
            return config[key]
    return None


def _normalized(config: dict) -> dict:
    cfg = dict(config)
    for old, new in ALIASES.items():
        if cfg.get(new) is None and cfg.get(old) is not None:
            cfg[new] = cfg[old]
    for key, value in TYPE_DEFAULTS.get(str(cfg.get("model_type") or ""), {}).items():
        cfg.setdefault(key, value)
    return cfg


COUNTERS: dict[str, Any] = {}
for _type in ("llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3_text", "phi3", "olmo2",
              "granite", "smollm3", "mixtral", "qwen2_moe", "qwen3_moe", "deepseek_v2", "deepseek_v3", "kimi_k2",
              "glm4_moe", "llama4_text", "ministral3"):
    COUNTERS[_type] = lambda cfg, _t=_type: _decoder(cfg, _t)
COUNTERS.update({
    "qwen3_next": lambda cfg: _gated_hybrid(cfg, "qwen3_next"),
    "qwen3_5_text": lambda cfg: _gated_hybrid(cfg, "qwen3_5_text"),
    "qwen3_5_moe_text": lambda cfg: _gated_hybrid(cfg, "qwen3_5_moe_text"),
    "gpt_oss": _gpt_oss, "gpt2": _gpt2,
    "bert": lambda cfg: _exact(classic.bert_like(cfg, distil=False), "bert", cfg),
    "xlm-roberta": lambda cfg: _exact(classic.bert_like(cfg, distil=False)),
    "distilbert": lambda cfg: _exact(classic.bert_like(cfg, distil=True)),
    "t5": lambda cfg: _exact(classic.t5(cfg), "t5", cfg),
    "whisper": lambda cfg: _exact(classic.whisper(cfg)),
    "bloom": lambda cfg: _exact(classic.bloom(cfg)),
    "falcon": lambda cfg: _exact(classic.falcon(cfg), "falcon", cfg),
    "phi": lambda cfg: _exact(classic.phi(cfg)),
    "phi-msft": lambda cfg: _exact(classic.phi(cfg)),  # Phi-1/2's original remote-code config
})
MULTIMODAL_TYPES = {"gemma3", "mistral3", "ministral3", "llava", "qwen2_5_vl", "qwen2_vl", "llama4", "mllama", "gemma3n",
                    "idefics3", "smolvlm"}


# Data ----------------------------------------------------------------------------------------

ARCHITECTURE_TYPES = {  # for reconstructed configs that name only the architecture
    "LlamaForCausalLM": "llama", "MistralForCausalLM": "mistral", "MixtralForCausalLM": "mixtral",
    "Qwen2ForCausalLM": "qwen2", "Qwen3ForCausalLM": "qwen3", "Qwen3MoeForCausalLM": "qwen3_moe",
    "GemmaForCausalLM": "gemma", "Gemma2ForCausalLM": "gemma2", "Gemma3ForCausalLM": "gemma3_text",
    "Gemma3ForConditionalGeneration": "gemma3", "Phi3ForCausalLM": "phi3", "PhiForCausalLM": "phi",
    "GPT2LMHeadModel": "gpt2", "BertForMaskedLM": "bert", "BertModel": "bert",
    "DistilBertForMaskedLM": "distilbert", "DistilBertForSequenceClassification": "distilbert",
    "T5ForConditionalGeneration": "t5", "BloomForCausalLM": "bloom", "FalconForCausalLM": "falcon",
    "GptOssForCausalLM": "gpt_oss", "WhisperForConditionalGeneration": "whisper", "DeepseekV3ForCausalLM": "deepseek_v3", "Olmo2ForCausalLM": "olmo2",
    "GraniteForCausalLM": "granite", "Qwen3NextForCausalLM": "qwen3_next",
    "Mistral3ForConditionalGeneration": "mistral3", "SmolLM3ForCausalLM": "smollm3", "Glm4MoeForCausalLM": "glm4_moe",
}

HYBRID_KEYS = ("block_configs", "full_attn_idxs", "full_attention_interval", "hybrid_override_pattern", "attn_layer_period",
               "attn_type_list", "linear_attn_config", "mamba_d_state", "ssm_state_size")
ALIASES = {"interleave_moe_layer_step": "decoder_sparse_step", "n_embd": "hidden_size", "d_model": "hidden_size", "dim": "hidden_size", "n_layer": "num_hidden_layers",
           "n_layers": "num_hidden_layers", "num_layers": "num_hidden_layers", "n_head": "num_attention_heads",
           "n_heads": "num_attention_heads", "num_heads": "num_attention_heads", "n_positions": "max_position_embeddings", "d_kv": "head_dim",
           "hidden_dim": "intermediate_size",
           "top_k_experts": "num_experts_per_tok"}  # Gemma 4's name (google/gemma-4-26B-A4B: 8 of 128 experts)
# Per model type: norms per layer (× hidden), MLP matrices, biases and tying as the modeling code has them.
_LLAMA = {"norms": 2, "mlp_mats": 3}
DECODER_RULES: dict[str, dict[str, Any]] = {
    "llama": _LLAMA, "mistral": _LLAMA, "ministral3": _LLAMA, "granite": _LLAMA, "phi3": _LLAMA, "mixtral": _LLAMA,
    "smollm3": {**_LLAMA, "tied_default": True},
    "qwen2": {**_LLAMA, "qkv_bias": True},
    "qwen2_moe": {**_LLAMA, "qkv_bias": True},
    "qwen3": {**_LLAMA, "qk_norm": "per_head"},
    "qwen3_moe": {**_LLAMA, "qk_norm": "per_head"},
    "olmo2": {**_LLAMA, "qk_norm": "all_heads"},
    "gemma": {**_LLAMA, "tied_default": True},
    "gemma2": {**_LLAMA, "norms": 4, "tied_default": True},
    "gemma3_text": {**_LLAMA, "norms": 4, "qk_norm": "per_head", "tied_default": True},
    "deepseek_v2": {**_LLAMA, "score_bias": True},
    "deepseek_v3": {**_LLAMA, "score_bias": True, "mtp": True},
    "llama4_text": {**_LLAMA, "dense_width": "intermediate_size_mlp", "shared_expert_width": True},
    "kimi_k2": {**_LLAMA, "score_bias": True, "mtp": True},
    "glm4_moe": {**_LLAMA, "score_bias": True, "qkv_bias": True, "mtp": True},
    "gpt_oss": {**_LLAMA, "qkv_bias": True, "o_bias": True, "sinks": True, "expert_bias": True,
                "router_bias": True},
    # GPT-NeoX (Pythia, RedPajama-INCITE): a two-matrix MLP and every linear and LayerNorm with a bias
    # (transformers GPTNeoXMLP dense_h_to_4h/dense_4h_to_h; review 6, th: 3.61B was counted for a 2.78B model)
    "gpt_neox": {"norms": 4, "mlp_mats": 2, "mlp_bias": True, "qkv_bias": True, "o_bias": True, "layernorm_bias": True},
}
TYPE_DEFAULTS: dict[str, dict[str, Any]] = {  # transformers config-class defaults the counts depend on
    "deepseek_v3": {"qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128, "first_k_dense_replace": 3},
    "deepseek_v2": {"qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128, "first_k_dense_replace": 0,
                    "topk_method": "greedy"},
    "kimi_k2": {"qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128},
    "gemma3_text": {"num_attention_heads": 8, "num_key_value_heads": 4, "head_dim": 256, "vocab_size": 262208},
    # Qwen3-Next's config.json declares no MTP layers, yet its checkpoints store one (mtp.*); vLLM's loader
    # assumes the same: getattr(config, "num_nextn_predict_layers", 1) (vllm-project/vllm @055e47c2
    # vllm/model_executor/models/qwen3_next_mtp.py).
    "qwen3_next": {"mtp_num_hidden_layers": 1},
}
