"""Layer plans: what each decoder layer keeps while generating, read from every form a config declares it in (pure).

Kinds: `full` (caches every token), `sliding` (caches a window or chunk), `state` (a fixed recurrent
state: Mamba, gated DeltaNet, Kimi Delta Attention, lightning attention, short convolution),
`cross` (cross-attention to image tokens: a fixed cache per image), `none` (no cache of its own:
MLP-only blocks, layers that reuse an earlier layer's KV).

A plan that cannot be read — a layer-plan key this module does not know, a list whose length is
not the layer count, an entry it cannot map — gives None and the reason, never "all full attention".
Sources of each rule are the transformers configuration classes or the model's own config code,
named per rule below.
"""

from __future__ import annotations

import re
from typing import Any


def layer_plan(config: dict, layers: int) -> tuple[list[str] | None, str]:
    """(kind of each decoder layer, the key it was read from) — or (None, why not)."""
    unknown = unrecognised_plan_keys(config)
    if unknown:
        return None, f"unrecognised layer-plan key: {unknown[0]}"
    kinds, source = _declared_plan(config, layers)
    if kinds is None:
        return None, source
    shared = config.get("num_kv_shared_layers")
    if _present(shared):  # Gemma 3n: the last N layers reuse the KV of earlier layers of their type
        if not (isinstance(shared, int) and 0 < shared < layers):
            return None, f"num_kv_shared_layers {shared!r} for {layers} layers"
        kinds = kinds[:layers - shared] + ["none"] * shared
        source += " + num_kv_shared_layers"
    cross = config.get("cross_attention_layers")
    if _present(cross):  # Mllama: these layers attend to the image tokens, not to the text
        if not (isinstance(cross, list) and all(isinstance(i, int) and 0 <= i < layers for i in cross)):
            return None, f"cross_attention_layers {cross!r} for {layers} layers"
        kinds = ["cross" if i in set(cross) else kind for i, kind in enumerate(kinds)]
        source += " + cross_attention_layers"
    return kinds, source


def unrecognised_plan_keys(config: dict) -> list[str]:
    """Config keys that look like a layer plan but are not ones this module reads."""
    return sorted(key for key, value in config.items()
                  if PLAN_KEY.search(key) and key not in HANDLED_KEYS and _present(value))


def _declared_plan(config: dict, layers: int) -> tuple[list[str] | None, str]:
    model_type = str(config.get("model_type") or "")
    for key, names in (("layer_types", LAYER_TYPE_KINDS), ("layers_block_type", BLOCK_TYPE_KINDS),
                       ("attention_layers", GPT_NEO_KINDS)):
        if _present(config.get(key)):
            return _listed(config[key], layers, key, names)
    if _present(config.get("attention_types")):  # GPT-Neo's compact form without its expanded list
        return None, "attention_types without attention_layers"
    pattern = config.get("hybrid_override_pattern")
    if _present(pattern):  # Nemotron-H: one character per layer (NemotronHConfig)
        return _listed(list(pattern) if isinstance(pattern, str) else pattern, layers,
                       "hybrid_override_pattern", PATTERN_KINDS)
    if _present(config.get("attn_type_list")):  # MiniMax-01 / M1: 0 lightning (linear), 1 softmax
        return _listed(config["attn_type_list"], layers, "attn_type_list", {0: "state", 1: "full"})
    if isinstance(config.get("linear_attn_config"), dict):
        return _kimi_plan(config["linear_attn_config"], layers)
    full_idxs = config.get("full_attn_idxs")  # LFM2: attention at these layers, short convolutions elsewhere
    if isinstance(full_idxs, list):
        return ["full" if i in full_idxs else "state" for i in range(layers)], "full_attn_idxs"
    if model_type == "jamba" or config.get("attn_layer_period"):  # JambaConfig: attention if i % period == offset
        period, offset = _int(config.get("attn_layer_period")) or 8, _int(config.get("attn_layer_offset")) or 0
        return ["full" if i % period == offset else "state" for i in range(layers)], "attn_layer_period"
    if config.get("full_attention_interval") or model_type == "qwen3_next":  # Qwen3NextConfig: every 4th is full
        interval = _int(config.get("full_attention_interval")) or 4
        return ["full" if (i + 1) % interval == 0 else "state" for i in range(layers)], "full_attention_interval"
    if config.get("attention_chunk_size") and model_type.startswith("llama4"):
        no_rope = config.get("no_rope_layers")
        if not (isinstance(no_rope, list) and len(no_rope) == layers):
            no_rope = [int((i + 1) % 4 != 0) for i in range(layers)]  # Llama4TextConfig default
        return ["sliding" if use_rope else "full" for use_rope in no_rope], "no_rope_layers"  # RoPE layers chunk
    if model_type in ALTERNATING_SLIDING_TYPES and config.get("sliding_window"):
        return ["sliding" if i % 2 == 0 else "full" for i in range(layers)], "model type: even layers slide"  # Gemma 2, gpt-oss
    pattern = _int(config.get("sliding_window_pattern") or config.get("_sliding_window_pattern"))
    if config.get("sliding_window") and (pattern or model_type in PATTERN_SLIDING_TYPES):
        pattern = pattern or PATTERN_SLIDING_TYPES[model_type]
        return ["full" if (i + 1) % pattern == 0 else "sliding" for i in range(layers)], "sliding_window_pattern"
    if (model_type in ALL_SLIDING_TYPES and config.get("sliding_window")
            and config.get("use_sliding_window", True) is not False):
        return ["sliding"] * layers, "sliding_window"  # Mistral 7B v0.1: every layer attends to the last 4,096
    return ["full"] * layers, "none declared: every layer full attention"


def _listed(values: Any, layers: int, key: str, names: dict) -> tuple[list[str] | None, str]:
    if not isinstance(values, list):
        return None, f"{key} is not a list"
    if len(values) != layers:
        return None, f"{key} has {len(values)} entries for {layers} layers"
    kinds = [names.get(value) if isinstance(value, (str, int)) else None for value in values]
    if None in kinds:
        return None, f"{key} entry {values[kinds.index(None)]!r} not recognised"
    return kinds, key


def _kimi_plan(linear: dict, layers: int) -> tuple[list[str] | None, str]:
    """Kimi Linear: full_attn_layers (MLA) and kda_layers, 1-based in Kimi-Linear-48B's config.json."""
    full, kda = linear.get("full_attn_layers"), linear.get("kda_layers")
    if not (isinstance(full, list) and all(isinstance(i, int) for i in full)):
        return None, "linear_attn_config.full_attn_layers missing"
    declared = set(full) | set(kda if isinstance(kda, list) else [])
    if declared == set(range(1, layers + 1)) or (not kda and max(full, default=0) == layers):
        base = 1
    elif declared == set(range(layers)):
        base = 0
    else:
        return None, "linear_attn_config layer lists do not cover the layers once (0- or 1-based)"
    return ["full" if i + base in full else "state" for i in range(layers)], "linear_attn_config.full_attn_layers"


def window(config: dict) -> int | None:
    """Tokens a sliding or chunked layer keeps."""
    if config.get("attention_chunk_size") and str(config.get("model_type") or "").startswith("llama4"):
        return _int(config["attention_chunk_size"])
    return _int(config.get("sliding_window") or config.get("window_size"))  # window_size: GPT-Neo


def state_bytes_per_layer(config: dict, cache_bytes: int) -> int | None:
    """Fixed per-sequence state of one `state` layer (SSM, gated delta net, KDA, lightning attention, short conv)."""
    model_type = str(config.get("model_type") or "")
    if model_type.startswith("lfm2"):
        hidden, kernel = _int(config.get("hidden_size")), _int(config.get("conv_L_cache")) or 3
        return hidden * kernel * cache_bytes if hidden else None
    if config.get("linear_num_value_heads") or model_type == "qwen3_next":  # Qwen3-Next, Qwen3.5 gated DeltaNet
        key_heads, key_dim = _int(config.get("linear_num_key_heads")), _int(config.get("linear_key_head_dim"))
        value_heads, value_dim = _int(config.get("linear_num_value_heads")), _int(config.get("linear_value_head_dim"))
        kernel = _int(config.get("linear_conv_kernel_dim")) or 4
        if not (key_heads and key_dim and value_heads and value_dim):
            return None
        conv_dim = 2 * key_heads * key_dim + value_heads * value_dim
        return (value_heads * key_dim * value_dim + conv_dim * kernel) * cache_bytes
    if isinstance(config.get("linear_attn_config"), dict):  # Kimi Delta Attention: heads × d × d, conv over q, k, v
        linear = config["linear_attn_config"]
        heads, dim = _int(linear.get("num_heads")), _int(linear.get("head_dim"))
        kernel = _int(linear.get("short_conv_kernel_size")) or 4
        return (heads * dim * dim + 3 * heads * dim * kernel) * cache_bytes if heads and dim else None
    if config.get("attn_type_list") is not None:  # MiniMax lightning attention: one heads × d × d state
        heads, dim = _int(config.get("num_attention_heads")), _int(config.get("head_dim"))
        return heads * dim * dim * cache_bytes if heads and dim else None
    return mamba_state(config, cache_bytes)


def mamba_state(config: dict, cache_bytes: int) -> int | None:
    """Mamba (1 or 2) SSM state + convolution state of one layer, in bytes."""
    hidden = _int(config.get("hidden_size"))
    d_state = _int(config.get("mamba_d_state") or config.get("state_size") or config.get("ssm_state_size")
                   or config.get("d_state"))
    d_conv = _int(config.get("mamba_d_conv") or config.get("conv_kernel") or config.get("d_conv")) or 4
    mamba2 = config.get("model_type") == "mamba2"
    heads = _int(config.get("mamba_n_heads") or config.get("mamba_num_heads")
                 or (config.get("num_heads") if mamba2 else None))
    head_dim = _int(config.get("mamba_d_head") or config.get("mamba_head_dim")
                    or (config.get("head_dim") if mamba2 else None))
    groups = _int(config.get("mamba_n_groups") or config.get("n_groups")) or 1
    if not d_state:
        return None
    if heads and head_dim:  # Mamba-2: heads × head_dim × d_state, conv over x, B and C
        inner = _int(config.get("mamba_d_ssm")) or heads * head_dim
        return (heads * head_dim * d_state + (inner + 2 * groups * d_state) * d_conv) * cache_bytes
    expand = config.get("mamba_expand") or config.get("expand") or 2
    inner = _int(config.get("intermediate_size")) if config.get("model_type") in ("mamba", "falcon_mamba") else None
    inner = inner or (int(hidden * expand) if hidden else None)
    if not inner:
        return None
    return (inner * d_state + inner * d_conv) * cache_bytes


def _present(value: Any) -> bool:
    return value is not None and value is not False and value != [] and value != {} and value != "" and value != 0


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None


# Data ----------------------------------------------------------------------------------------

LAYER_TYPE_KINDS = {
    "full_attention": "full", "attention": "full", "global": "full",
    "sliding_attention": "sliding", "chunked_attention": "sliding", "local": "sliding",
    "linear_attention": "state", "mamba": "state", "conv": "state", "short_conv": "state",
}
BLOCK_TYPE_KINDS = {"attention": "full", "mamba": "state", "mlp": "none", "moe": "none"}  # no "hybrid" (Zamba)
GPT_NEO_KINDS = {"global": "full", "local": "sliding"}  # GPTNeoConfig.attention_layers, window_size tokens
PATTERN_KINDS = {"*": "full", "M": "state", "-": "none", "E": "none"}  # Nemotron-H: attention, Mamba-2, MLP, MoE
# Keys that declare which layer does what, in any model's config.json; one not in HANDLED_KEYS makes the plan unknown.
PLAN_KEY = re.compile(r"layer_types|block_type|layer_pattern|override_pattern|attn_type|attention_type|"
                      r"attention_layers|attn_layers|attn_idxs|attn_layer|layer_indices|layer_ids|"
                      r"attention_interval|attention_every|linear_attn|kv_shared|window_pattern|rope_layers|"
                      r"swa_layers|global_layers|local_layers|hybrid")
HANDLED_KEYS = {"layer_types", "layers_block_type", "attention_layers", "attention_types", "hybrid_override_pattern",
                "attn_type_list", "linear_attn_config", "full_attn_idxs", "attn_layer_period", "attn_layer_offset",
                "full_attention_interval", "no_rope_layers", "sliding_window_pattern", "_sliding_window_pattern",
                "num_kv_shared_layers", "cross_attention_layers",
                "mlp_layer_types"}  # dense or MoE feed-forward per layer (GlmMoeDsaConfig): no cache of its own, read in params.py
ALTERNATING_SLIDING_TYPES = {"gemma2", "gpt_oss"}  # Gemma2Config / GptOssConfig: even layers slide
PATTERN_SLIDING_TYPES = {"gemma3_text": 6, "gemma3": 6, "cohere2": 4}  # every Nth layer is global
ALL_SLIDING_TYPES = {"mistral", "mixtral", "starcoder2"}
