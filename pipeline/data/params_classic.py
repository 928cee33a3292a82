"""Parameter counts of the families outside the Llama-style decoder: encoders (BERT, DistilBERT, XLM-R),
encoder-decoders (T5, Whisper), early decoders (GPT-2, BLOOM, Falcon, Phi-1/2) and vision towers (pure).

Each follows the tensors of the transformers implementation; params.py dispatches to them.
"""

from __future__ import annotations


def gpt2(cfg: dict) -> tuple[int, int]:
    """GPT-2: (parameters, stored causal-mask elements)."""
    hidden, layers, vocab = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    positions, inner = cfg["max_position_embeddings"], cfg.get("n_inner") or 4 * hidden
    layer = 4 * hidden + (hidden * 3 * hidden + 3 * hidden) + (hidden * hidden + hidden)
    layer += (hidden * inner + inner) + (inner * hidden + hidden)
    total = vocab * hidden + positions * hidden + layers * layer + 2 * hidden
    return total, layers * positions * positions  # each layer's causal mask (attn.bias) is stored too


def bert_like(cfg: dict, distil: bool) -> int:
    hidden, layers, vocab = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    inner = cfg.get("intermediate_size") or cfg.get("hidden_dim") or 4 * hidden
    embeddings = vocab * hidden + cfg.get("max_position_embeddings", 512) * hidden + 2 * hidden
    if not distil:
        embeddings += cfg.get("type_vocab_size", 2) * hidden
    layer = 4 * (hidden * hidden + hidden) + 2 * hidden + (hidden * inner + inner) + (inner * hidden + hidden) + 2 * hidden
    body = embeddings + layers * layer
    architecture = (cfg.get("architectures") or [""])[0]
    labels = len(cfg.get("id2label") or {}) or 2
    if architecture.endswith("ForMaskedLM"):
        head = hidden * hidden + hidden + 2 * hidden + vocab  # transform, LayerNorm, decoder bias (weight tied)
    elif architecture.endswith("ForSequenceClassification"):
        head = (hidden * hidden + hidden) + hidden * labels + labels  # pooler / pre_classifier + classifier
    else:
        head = 0 if distil else hidden * hidden + hidden  # BertModel keeps its pooler
    if not distil and architecture.endswith("ForSequenceClassification"):
        head = hidden * hidden + hidden + hidden * labels + labels
    return body + head


def t5(cfg: dict) -> int:
    hidden, vocab = cfg["hidden_size"], cfg["vocab_size"]
    heads, kv = cfg["num_attention_heads"], cfg.get("head_dim") or 64
    inner, ff = heads * kv, cfg.get("d_ff") or 2048
    encoder_layers = cfg["num_hidden_layers"]
    decoder_layers = cfg.get("num_decoder_layers") or encoder_layers
    gated = str(cfg.get("feed_forward_proj", "relu")).startswith("gated")
    attention = 4 * hidden * inner
    mlp = (3 if gated else 2) * hidden * ff
    buckets = cfg.get("relative_attention_num_buckets", 32) * heads
    encoder = encoder_layers * (attention + mlp + 2 * hidden) + buckets + hidden
    decoder = decoder_layers * (2 * attention + mlp + 3 * hidden) + buckets + hidden
    head = 0 if cfg.get("tie_word_embeddings", True) else vocab * hidden
    return vocab * hidden + encoder + decoder + head


def whisper(cfg: dict) -> int:
    """Whisper (transformers' layout): conv stem, stored encoder positions, attention with a bias-free key,
    decoder with cross-attention and learned positions; the output projection is the token embedding."""
    width, vocab = cfg["d_model"], cfg["vocab_size"]
    attention = 4 * width * width + 3 * width
    def block(ffn: int, cross: bool) -> int:
        return (attention + 2 * width) * (2 if cross else 1) + (width * ffn + ffn) + (ffn * width + width) + 2 * width
    encoder = (cfg.get("num_mel_bins", 80) * width * 3 + width) + (width * width * 3 + width)
    encoder += cfg.get("max_source_positions", 1500) * width + 2 * width
    encoder += cfg["encoder_layers"] * block(cfg.get("encoder_ffn_dim") or 4 * width, False)
    decoder = vocab * width + cfg.get("max_target_positions", 448) * width + 2 * width
    decoder += cfg["decoder_layers"] * block(cfg.get("decoder_ffn_dim") or 4 * width, True)
    return encoder + decoder


def bloom(cfg: dict) -> int:
    hidden, layers, vocab = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    layer = 12 * hidden * hidden + 13 * hidden
    return vocab * hidden + 2 * hidden + layers * layer + 2 * hidden


def falcon(cfg: dict) -> int:
    hidden, layers, vocab = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    heads = cfg["num_attention_heads"]
    kv = cfg.get("num_kv_heads") or (1 if cfg.get("multi_query") else heads)
    head_dim = hidden // heads
    bias = bool(cfg.get("bias"))
    qkv = hidden * (heads + 2 * kv) * head_dim + (heads + 2 * kv) * head_dim * bias
    dense = hidden * hidden + hidden * bias
    mlp = 8 * hidden * hidden + (5 * hidden) * bias
    norms = 4 * hidden if cfg.get("new_decoder_architecture") and cfg.get("num_ln_in_parallel_attn", 2) == 2 else 2 * hidden
    total = vocab * hidden + layers * (qkv + dense + mlp + norms) + 2 * hidden
    if not cfg.get("tie_word_embeddings", True):
        total += vocab * hidden
    return total


def phi(cfg: dict) -> int:
    hidden, layers, vocab = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["vocab_size"]
    inner = cfg.get("intermediate_size") or 4 * hidden
    layer = 4 * (hidden * hidden + hidden) + (hidden * inner + inner) + (inner * hidden + hidden) + 2 * hidden
    return vocab * hidden + layers * layer + 2 * hidden + (vocab * hidden + vocab)


def siglip_vision(vision: dict) -> int | None:
    """A SigLIP vision tower (Gemma 3, PaliGemma): patch conv, positions, encoder, post-LayerNorm."""
    hidden, inner = vision.get("hidden_size"), vision.get("intermediate_size")
    layers, patch, image = vision.get("num_hidden_layers"), vision.get("patch_size"), vision.get("image_size")
    if not (hidden and inner and layers and patch and image):
        return None
    channels = vision.get("num_channels", 3)
    embeddings = channels * patch * patch * hidden + hidden + (image // patch) ** 2 * hidden
    layer = 4 * hidden + 4 * (hidden * hidden + hidden) + (hidden * inner + inner) + (inner * hidden + hidden)
    return embeddings + layers * layer + 2 * hidden


def pixtral_vision(vision: dict) -> int | None:
    """Pixtral's vision encoder (Mistral Small 3.x): patch conv without bias, RMS norms, gated MLP, 2-D RoPE."""
    hidden, inner = vision.get("hidden_size"), vision.get("intermediate_size")
    layers, patch = vision.get("num_hidden_layers"), vision.get("patch_size")
    if not (hidden and inner and layers and patch):
        return None
    layer = 2 * hidden + 4 * hidden * hidden + 3 * hidden * inner
    return vision.get("num_channels", 3) * patch * patch * hidden + hidden + layers * layer


# Checkpoint layouts ----------------------------------------------------------------------------
# Tensors that the released checkpoints of a family store although the model class built from the
# config does not create them (or shares them): counted as `stored_extra`, never as parameters.


def stored_extras(model_type: str, cfg: dict) -> tuple[int, str | None]:
    """(elements, why) a checkpoint of this config stores beyond the parameters, by family."""
    hidden, vocab = cfg.get("hidden_size") or 0, cfg.get("vocab_size") or 0
    architecture = (cfg.get("architectures") or [""])[0]
    if model_type == "bert" and architecture == "BertForMaskedLM":
        # Google's BERT releases are BertForPreTraining state dicts; BertForMaskedLM drops the pooler and
        # the next-sentence head on load (huggingface/transformers#5404 shows the warning for bert-base-cased).
        return (hidden * hidden + hidden) + (hidden * 2 + 2), (
            "the checkpoint is a BertForPreTraining state dict: it also stores the pooler (h×h + h) and the "
            "next-sentence head (h×2 + 2), which BertForMaskedLM does not build (transformers#5404)")
    if model_type == "t5" and _saved_before(cfg, 4):
        # transformers < 4.0 gave the first decoder block's cross-attention a relative bias too; checkpoints
        # saved then keep it and 4.x ignores it (huggingface/transformers#8933, #9157 for t5-small).
        return cfg.get("relative_attention_num_buckets", 32) * cfg["num_attention_heads"], (
            "saved before transformers 4.0 (no transformers_version ≥ 4 in config.json): the checkpoint keeps "
            "decoder.block.0.layer.1.EncDecAttention.relative_attention_bias (buckets × heads), unused since 4.0 "
            "(transformers#8933, #9157)")
    if model_type == "falcon" and cfg.get("tie_word_embeddings") is None:
        # The original Falcon repos predate the key and share the head with the embeddings, yet their files
        # also hold lm_head.weight; vLLM's loader skips it (vllm-project/vllm @00620f91 falcon.py).
        return vocab * hidden, ("config.json predates tie_word_embeddings (tied by default), yet the checkpoint "
                                "also stores lm_head.weight (vocab × hidden), a copy loaders skip "
                                "(vllm-project/vllm @00620f91ea18 vllm/model_executor/models/falcon.py)")
    return 0, None


def _saved_before(cfg: dict, major: int) -> bool:
    """True when config.json names no transformers_version, or one older than `major`.0."""
    version = str(cfg.get("transformers_version") or "")
    head = version.split(".", 1)[0]
    return not head.isdigit() or int(head) < major
