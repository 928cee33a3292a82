"""Config shapes: the language model's settings, KV cache per layer type, and MoE active parameters (pure).

Everything here reads one `config.json` (as the Hub serves it) and knows the config key names of
the architectures transformers ships, old and new. Which layer keeps what (the layer plan) is read
in layerplan.py; sources of the rules are the transformers configuration classes (named per rule);
figures assume a cache precision of 2 bytes (fp16/bf16).
"""

from __future__ import annotations

from typing import Any

from pipeline.data import layerplan

CACHE_BYTES = 2  # fp16 / bf16 cache entries


# Language-model config ------------------------------------------------------------------------


def model_type_of(config: dict, architecture: str | None = None) -> str | None:
    """The language model's model_type: text_config's, else the config's, else from the architecture name."""
    text = _sub_config(config)
    for candidate in ((text or {}).get("model_type"), config.get("model_type")):
        if candidate:
            return str(candidate)
    architecture = architecture or (config.get("architectures") or [None])[0]
    return ARCHITECTURE_MODEL_TYPES.get(architecture or "")


def language_config(config: dict, architecture: str | None = None) -> dict:
    """The language model's settings: a multimodal repo's text_config over the top level, old key names
    mapped to today's, and the transformers defaults of the model type for keys the file leaves out."""
    text = _sub_config(config)
    merged = {**config, **text} if text else dict(config)
    model_type = model_type_of(config, architecture)
    if model_type:
        merged["model_type"] = model_type
    for old, new in CONFIG_ALIASES.items():
        if merged.get(new) is None and merged.get(old) is not None:
            merged[new] = merged[old]
    attn_config = merged.get("attn_config") if isinstance(merged.get("attn_config"), dict) else {}
    if merged.get("num_key_value_heads") is None:  # older spellings of the KV head count
        for key in ("num_kv_heads", "multi_query_group_num", "n_head_kv"):
            if merged.get(key):
                merged["num_key_value_heads"] = merged[key]
                break
        else:
            if attn_config.get("kv_n_heads"):
                merged["num_key_value_heads"] = attn_config["kv_n_heads"]
            elif merged.get("multi_query") and not merged.get("new_decoder_architecture"):
                merged["num_key_value_heads"] = 1  # Falcon-7B/40B, GPT-BigCode: one shared K/V head
    for key, value in MODEL_TYPE_DEFAULTS.get(model_type or "", {}).items():
        if merged.get(key) is None:
            merged[key] = value
    return merged


def _sub_config(config: dict) -> dict | None:
    for key in ("text_config", "language_config", "llm_config"):
        if isinstance(config.get(key), dict):
            return config[key]
    return None


# RoBERTa-family learned positions start at padding_idx + 1 (huggingface/transformers @c919542d
# src/transformers/models/xlm_roberta/modeling_xlm_roberta.py, create_position_ids_from_input_ids), so
# XLM-R's 514 rows take 512 tokens (pad_token_id 1 when the config leaves it out)
POSITION_OFFSET_TYPES = {"roberta", "xlm-roberta", "camembert"}


def context_length(config: dict) -> int | None:
    """The longest input in tokens: max_position_embeddings, less RoBERTa's reserved rows."""
    value = config.get("max_position_embeddings")
    if not (isinstance(value, (int, float)) and value > 0):
        return None
    if config.get("model_type") in POSITION_OFFSET_TYPES:
        pad = config.get("pad_token_id")
        offset = (pad if isinstance(pad, int) and pad >= 0 else 1) + 1
        return int(value) - offset if value > offset else None
    return int(value)


# KV cache per layer type ---------------------------------------------------------------------


def kv_cache(config: dict, basis: str = "config") -> dict:
    """The KV cache of one sequence, per layer type (contract.KVCache as a dict).

    `config` is a language_config(). Full-attention layers cache every token; sliding-window and
    chunked layers cache at most `sliding_window` tokens; state-space / linear-attention / convolution
    layers keep a fixed state instead; cross-attention layers cache the encoder's (or an image's)
    tokens. MLA layers cache one latent (kv_lora_rank + qk_rope_head_dim); `mla_heads_bytes_per_token`
    is the same layers with full K and V heads, as plain transformers caches them.
    """
    model_type = config.get("model_type") or ""
    if model_type in ENCODER_ONLY_TYPES or _is_encoder_only(config):
        return _kv("not-applicable", basis, plan="encoder-only")
    if not model_type and not config.get("architectures"):
        return _kv("unknown", basis, plan="no model type")  # no way to tell a decoder from an encoder-only model
    if model_type in PURE_STATE_SPACE_TYPES:
        layers = _int(config.get("num_hidden_layers"))
        state = layerplan.mamba_state(config, CACHE_BYTES)
        if not layers or state is None:
            return _kv("unknown", basis, plan="state size not in the config")
        return _kv("not-applicable", basis, other_layers=layers, state_bytes=layers * state, plan="state-space")
    if model_type in ENCODER_DECODER_TYPES or config.get("is_encoder_decoder"):
        return _encoder_decoder_cache(config, basis)
    layers = _int(config.get("num_hidden_layers"))
    if not layers:
        return _kv("unknown", basis, plan="num_hidden_layers missing")
    kinds, plan = layerplan.layer_plan(config, layers)
    if kinds is None:
        return _kv("unknown", basis, plan=plan)
    per_layer, attention = attention_bytes_per_layer(config)
    if per_layer is None:
        return _kv("unknown", basis, plan=plan + ": attention head size not in the config")
    count = {kind: kinds.count(kind) for kind in ("full", "sliding", "state", "none", "cross")}
    state = 0
    if count["state"] or model_type in PARALLEL_HYBRID_TYPES:
        state_each = layerplan.state_bytes_per_layer(config, CACHE_BYTES)
        if state_each is None:
            return _kv("unknown", basis, plan=plan + ": state size not in the config")
        state = state_each * (layers if model_type in PARALLEL_HYBRID_TYPES else count["state"])
    window = layerplan.window(config) if count["sliding"] else None
    if count["sliding"] and not window:
        return _kv("unknown", basis, plan=plan + ": window size missing")
    cross_tokens = image_tokens(config) if count["cross"] else None
    if count["cross"] and not cross_tokens:
        return _kv("unknown", basis, plan=plan + ": image token count missing")
    return _kv("computed", basis, full_layers=count["full"], full_bytes_per_token=count["full"] * per_layer,
               sliding_layers=count["sliding"], sliding_window=window,
               sliding_bytes_per_token=count["sliding"] * per_layer, state_bytes=state,
               other_layers=count["state"] + count["none"], attention=attention, plan=plan,
               mla_heads_bytes_per_token=_times(count["full"], mla_heads_bytes_per_layer(config)),
               cross_layers=count["cross"], cross_tokens=cross_tokens,
               cross_bytes=count["cross"] * per_layer * (cross_tokens or 0))


def _encoder_decoder_cache(config: dict, basis: str) -> dict:
    """T5, BART, Whisper: the decoder's self-attention grows with the generated text; its
    cross-attention caches the encoder output once (Whisper: always 1,500 frames; BART-style learned
    positions: at most max_position_embeddings; T5's relative positions: set by the input, not counted)."""
    layers = _int(config.get("decoder_layers") or config.get("num_decoder_layers") or config.get("num_hidden_layers"))
    heads = _int(config.get("decoder_attention_heads") or config.get("num_attention_heads"))
    head_dim = _int(config.get("head_dim")) or (_int(config.get("hidden_size")) // heads
                                                if heads and _int(config.get("hidden_size")) else None)
    if not (layers and heads and head_dim):
        return _kv("unknown", basis, plan="decoder shape not in the config")
    per_layer = 2 * heads * head_dim * CACHE_BYTES
    encoder = _int(config.get("max_source_positions")) or (
        None if config.get("relative_attention_num_buckets") or config.get("model_type") in RELATIVE_POSITION_TYPES
        else _int(config.get("max_position_embeddings")))
    plan = next(key for key in ("decoder_layers", "num_decoder_layers", "num_hidden_layers") if config.get(key))
    return _kv("computed", basis, full_layers=layers, full_bytes_per_token=layers * per_layer,
               attention="mha", plan=f"encoder-decoder ({plan})", cross_layers=layers, cross_tokens=encoder,
               cross_bytes=layers * per_layer * (encoder or 0))


def image_tokens(config: dict) -> int | None:
    """Tokens one image gives Mllama's cross-attention layers: tiles × (patches per tile + class token)."""
    vision = config.get("vision_config") if isinstance(config.get("vision_config"), dict) else {}
    size, patch = _int(vision.get("image_size")), _int(vision.get("patch_size"))
    tiles = _int(vision.get("max_num_tiles"))
    if not (size and patch and tiles):
        return None
    return tiles * ((size // patch) ** 2 + 1)


def kv_cache_bytes_per_token(config: dict) -> int | None:
    """Per-token KV cache of all attention layers as if each cached every token (no window cap).

    None when there is no KV cache (encoder-only, pure state-space) or the config does not say.
    """
    cache = kv_cache(language_config(config))
    if cache["status"] != "computed":
        return None
    return cache["full_bytes_per_token"] + cache["sliding_bytes_per_token"] or None


def _kv(status: str, basis: str, **fields: Any) -> dict:
    return {"status": status, "full_layers": 0, "full_bytes_per_token": 0, "sliding_layers": 0,
            "sliding_window": None, "sliding_bytes_per_token": 0, "state_bytes": 0, "other_layers": 0,
            "cross_layers": 0, "cross_tokens": None, "cross_bytes": 0, "attention": "",
            "mla_heads_bytes_per_token": 0, "plan": "", "basis": basis, **fields}


def attention_bytes_per_layer(config: dict) -> tuple[int | None, str]:
    """Bytes per token of one attention layer's cache and the attention kind (mha/gqa/mqa/mla)."""
    if config.get("kv_lora_rank"):
        rank, rope = _int(config.get("kv_lora_rank")), _int(config.get("qk_rope_head_dim"))
        if rank is None or rope is None:
            return None, "mla"
        return (rank + rope) * CACHE_BYTES, "mla"  # one latent: no separate K and V
    heads = _int(config.get("num_attention_heads"))
    kv_heads = _int(config.get("num_key_value_heads")) or heads
    head_dim = _int(config.get("head_dim"))
    hidden = _int(config.get("hidden_size"))
    if not head_dim and hidden and heads and hidden % heads == 0:
        head_dim = hidden // heads  # only when it divides: Qwen3.5-27B (5,120 / 24) states its head_dim
    if not (kv_heads and head_dim):
        return None, ""
    kind = "mha" if not heads or kv_heads >= heads else ("mqa" if kv_heads == 1 else "gqa")
    return 2 * kv_heads * head_dim * CACHE_BYTES, kind


def mla_heads_bytes_per_layer(config: dict) -> int | None:
    """One MLA layer per token as plain transformers caches it (DeepseekV3Attention: keys of
    qk_nope + qk_rope per head, values of v_head_dim per head); 0 for other attention, None if unstated."""
    if not config.get("kv_lora_rank"):
        return 0
    heads, nope = _int(config.get("num_attention_heads")), _int(config.get("qk_nope_head_dim"))
    rope, value = _int(config.get("qk_rope_head_dim")), _int(config.get("v_head_dim"))
    return heads * (nope + rope + value) * CACHE_BYTES if heads and nope and rope and value else None


def _times(count: int, each: int | None) -> int | None:
    return None if each is None else count * each


def _is_encoder_only(config: dict) -> bool:
    architectures = config.get("architectures") or []
    return bool(architectures) and all(any(arch.endswith(tail) for tail in ENCODER_HEADS) for arch in architectures) \
        and not config.get("is_decoder")


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None


# MoE active parameters ------------------------------------------------------------------------


def moe_layer_count(config: dict) -> int | None:
    """Decoder layers that hold routed experts (MTP layers are not counted: num_hidden_layers excludes them)."""
    layers = _int(config.get("num_hidden_layers"))
    if not layers:
        return None
    if isinstance(config.get("moe_layers"), list):
        return len([i for i in config["moe_layers"] if isinstance(i, int) and 0 <= i < layers])
    if isinstance(config.get("mlp_layer_types"), list):  # GlmMoeDsaConfig: "dense" or "sparse" per layer
        return config["mlp_layer_types"][:layers].count("sparse")
    dense_first = _int(config.get("first_k_dense_replace")) or 0
    skip = {i for i in config.get("mlp_only_layers") or [] if isinstance(i, int)}
    freq = _int(config.get("moe_layer_freq")) or 1  # DeepSeek: moe if i >= k and i % freq == 0
    step = _int(config.get("interleave_moe_layer_step") or config.get("decoder_sparse_step")) or 1
    period = _int(config.get("expert_layer_period"))  # Jamba: moe if i % period == offset
    offset = _int(config.get("expert_layer_offset")) or 0
    count = 0
    for i in range(layers):
        if i < dense_first or i in skip or i % freq:
            continue
        if (i + 1) % step:
            continue
        if period and i % period != offset:
            continue
        count += 1
    return count


def active_parameters(total: int | None, config: dict) -> int | None:
    """Parameters used per token: total − idle routed experts − multi-token-prediction layers."""
    experts = next((config[k] for k in EXPERT_COUNT_KEYS if _int(config.get(k))), None)
    chosen = _int(config.get("num_experts_per_tok") or config.get("moe_topk") or config.get("num_experts_per_token"))
    hidden = _int(config.get("hidden_size"))
    width = _int(config.get("moe_intermediate_size") or config.get("intermediate_size"))
    moe_layers = moe_layer_count(config)
    if not (total and experts and chosen and hidden and width and moe_layers):
        return None
    per_expert = 3 * hidden * width  # gate, up and down projections
    idle = (int(experts) - chosen) * per_expert * moe_layers
    idle += (_int(config.get("num_nextn_predict_layers")) or 0) * mtp_layer_params(config, per_expert, int(experts))
    return total - idle if 0 < idle < total else None


def mtp_layer_params(config: dict, per_expert: int, experts: int) -> int:
    """One DeepSeek-style multi-token-prediction layer as stored: its experts (routed + shared),
    router, MLA attention, eh_proj (2h × h) and its copies of the embedding and output head."""
    hidden = int(config["hidden_size"])
    shared = _int(config.get("n_shared_experts")) or 0
    params = (experts + shared) * per_expert + experts * hidden + 2 * hidden * hidden
    params += 2 * (_int(config.get("vocab_size")) or 0) * hidden
    heads = _int(config.get("num_attention_heads")) or 0
    q_rank, kv_rank = _int(config.get("q_lora_rank")) or 0, _int(config.get("kv_lora_rank")) or 0
    nope, rope = _int(config.get("qk_nope_head_dim")) or 0, _int(config.get("qk_rope_head_dim")) or 0
    v_dim = _int(config.get("v_head_dim")) or 0
    if kv_rank:
        q = hidden * q_rank + q_rank * heads * (nope + rope) if q_rank else hidden * heads * (nope + rope)
        params += q + hidden * (kv_rank + rope) + kv_rank * heads * (nope + v_dim) + heads * v_dim * hidden
    return params


# Data ----------------------------------------------------------------------------------------

CONFIG_ALIASES = {  # old key -> transformers' current name (GPT-2, T5, BLOOM, Falcon, MPT, ChatGLM, DistilBERT)
    "n_embd": "hidden_size", "d_model": "hidden_size", "dim": "hidden_size",
    "n_layer": "num_hidden_layers", "n_layers": "num_hidden_layers", "num_layers": "num_hidden_layers",
    "n_head": "num_attention_heads", "n_heads": "num_attention_heads", "num_heads": "num_attention_heads",
    "n_positions": "max_position_embeddings", "max_seq_len": "max_position_embeddings",
    "seq_length": "max_position_embeddings", "max_sequence_length": "max_position_embeddings",
    "d_kv": "head_dim", "kv_channels": "head_dim", "ffn_hidden_size": "intermediate_size",
    "attention_head_dim": "head_dim", "model_max_length": "max_position_embeddings",  # Nemotron-H, Kimi Linear
    "max_target_positions": "max_position_embeddings",  # Whisper: the decoder's longest output
}
ARCHITECTURE_MODEL_TYPES = {
    "LlamaForCausalLM": "llama", "MistralForCausalLM": "mistral", "MixtralForCausalLM": "mixtral",
    "GemmaForCausalLM": "gemma", "Gemma2ForCausalLM": "gemma2", "Gemma3ForCausalLM": "gemma3_text",
    "Gemma3ForConditionalGeneration": "gemma3_text", "FalconForCausalLM": "falcon",
    "BloomForCausalLM": "bloom", "GPT2LMHeadModel": "gpt2", "PhiForCausalLM": "phi", "Phi3ForCausalLM": "phi3",
    "T5ForConditionalGeneration": "t5", "BertForMaskedLM": "bert", "DistilBertForMaskedLM": "distilbert",
    "DistilBertForSequenceClassification": "distilbert", "Qwen2ForCausalLM": "qwen2",
    "Cohere2ForCausalLM": "cohere2", "GptOssForCausalLM": "gpt_oss", "MambaForCausalLM": "mamba",
    "Mamba2ForCausalLM": "mamba2", "JambaForCausalLM": "jamba", "Lfm2ForCausalLM": "lfm2",
    "Qwen3NextForCausalLM": "qwen3_next", "Llama4ForConditionalGeneration": "llama4_text",
    "DeepseekV3ForCausalLM": "deepseek_v3", "MPTForCausalLM": "mpt", "GPTBigCodeForCausalLM": "gpt_bigcode",
}
# transformers configuration-class defaults for keys real config.json files often leave out.
MODEL_TYPE_DEFAULTS: dict[str, dict[str, Any]] = {
    "gemma3_text": {"num_attention_heads": 8, "num_key_value_heads": 4, "head_dim": 256,
                    "sliding_window_pattern": 6, "max_position_embeddings": 131072},  # Gemma3TextConfig
    "gemma3": {"sliding_window_pattern": 6},
    "cohere2": {"sliding_window_pattern": 4},  # Cohere2Config
    "deepseek_v3": {"qk_rope_head_dim": 64, "kv_lora_rank": 512},  # DeepseekV3Config
    "kimi_k2": {"qk_rope_head_dim": 64, "kv_lora_rank": 512},  # DeepSeek-V3 architecture (config.json of Kimi K2)
    "deepseek_v2": {"qk_rope_head_dim": 64, "kv_lora_rank": 512},  # DeepseekV2Config
}
ENCODER_ONLY_TYPES = {"bert", "distilbert", "roberta", "xlm-roberta", "albert", "electra", "deberta",
                      "deberta-v2", "mpnet", "modernbert", "camembert", "nomic_bert", "xlm_roberta"}
ENCODER_HEADS = ("ForMaskedLM", "ForSequenceClassification", "ForTokenClassification",
                 "ForQuestionAnswering", "ForMultipleChoice", "BertModel")
ENCODER_DECODER_TYPES = {"t5", "mt5", "umt5", "longt5", "bart", "mbart", "pegasus", "marian", "whisper", "m2m_100"}
RELATIVE_POSITION_TYPES = {"t5", "mt5", "umt5", "longt5"}  # no fixed encoder length
PURE_STATE_SPACE_TYPES = {"mamba", "mamba2", "falcon_mamba"}
PARALLEL_HYBRID_TYPES = {"falcon_h1"}  # attention and Mamba-2 side by side in every layer
EXPERT_COUNT_KEYS = ("num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts")
