/* LLM Sizes: parameter counts of the families outside the Llama-style decoder (encoders, encoder-decoders,
   early decoders, vision towers), a line-by-line port of pipeline/data/params_classic.py; inlined into
   config-rules.js by the build (needs LSPy from config-params.js). */
var LSClassic = (function (P) {
  "use strict";
  var T = P.T, or = P.or, get = P.get, req = P.req, N = P.N, fdiv = P.fdiv;
  function last(a) { return or(get(a, "architectures"), [""])[0]; }
  function ends(s, tail) { return typeof s === "string" && s.slice(-tail.length) === tail; }

  function gpt2(cfg) {
    var hidden = N(req(cfg, "hidden_size")), layers = N(req(cfg, "num_hidden_layers")), vocab = N(req(cfg, "vocab_size"));
    var positions = N(req(cfg, "max_position_embeddings")), inner = N(or(get(cfg, "n_inner"), 4 * hidden));
    var layer = 4 * hidden + (hidden * 3 * hidden + 3 * hidden) + (hidden * hidden + hidden);
    layer += (hidden * inner + inner) + (inner * hidden + hidden);
    return [vocab * hidden + positions * hidden + layers * layer + 2 * hidden, layers * positions * positions];
  }

  function bertLike(cfg, distil) {
    var hidden = N(req(cfg, "hidden_size")), layers = N(req(cfg, "num_hidden_layers")), vocab = N(req(cfg, "vocab_size"));
    var inner = N(or(get(cfg, "intermediate_size"), get(cfg, "hidden_dim"), 4 * hidden));
    var embeddings = vocab * hidden + N(get(cfg, "max_position_embeddings", 512)) * hidden + 2 * hidden;
    if (!distil) embeddings += N(get(cfg, "type_vocab_size", 2)) * hidden;
    var layer = 4 * (hidden * hidden + hidden) + 2 * hidden + (hidden * inner + inner) + (inner * hidden + hidden) + 2 * hidden;
    var body = embeddings + layers * layer, arch = last(cfg), head;
    var labels = Object.keys(or(get(cfg, "id2label"), {})).length || 2;
    if (ends(arch, "ForMaskedLM")) head = hidden * hidden + hidden + 2 * hidden + vocab;
    else if (ends(arch, "ForSequenceClassification")) head = (hidden * hidden + hidden) + hidden * labels + labels;
    else head = distil ? 0 : hidden * hidden + hidden;
    if (!distil && ends(arch, "ForSequenceClassification")) head = hidden * hidden + hidden + hidden * labels + labels;
    return body + head;
  }

  function t5(cfg) {
    var hidden = N(req(cfg, "hidden_size")), vocab = N(req(cfg, "vocab_size"));
    var heads = N(req(cfg, "num_attention_heads")), kv = N(or(get(cfg, "head_dim"), 64));
    var inner = heads * kv, ff = N(or(get(cfg, "d_ff"), 2048));
    var enc = N(req(cfg, "num_hidden_layers")), dec = N(or(get(cfg, "num_decoder_layers"), enc));
    var gated = P.str(get(cfg, "feed_forward_proj", "relu")).indexOf("gated") === 0;
    var attention = 4 * hidden * inner, mlp = (gated ? 3 : 2) * hidden * ff;
    var buckets = N(get(cfg, "relative_attention_num_buckets", 32)) * heads;
    var encoder = enc * (attention + mlp + 2 * hidden) + buckets + hidden;
    var decoder = dec * (2 * attention + mlp + 3 * hidden) + buckets + hidden;
    var head = T(get(cfg, "tie_word_embeddings", true)) ? 0 : vocab * hidden;
    return vocab * hidden + encoder + decoder + head;
  }

  function whisper(cfg) {
    var width = N(req(cfg, "d_model")), vocab = N(req(cfg, "vocab_size"));
    var attention = 4 * width * width + 3 * width;
    function block(ffn, cross) {
      return (attention + 2 * width) * (cross ? 2 : 1) + (width * ffn + ffn) + (ffn * width + width) + 2 * width;
    }
    var encoder = (N(get(cfg, "num_mel_bins", 80)) * width * 3 + width) + (width * width * 3 + width);
    encoder += N(get(cfg, "max_source_positions", 1500)) * width + 2 * width;
    encoder += N(req(cfg, "encoder_layers")) * block(N(or(get(cfg, "encoder_ffn_dim"), 4 * width)), false);
    var decoder = vocab * width + N(get(cfg, "max_target_positions", 448)) * width + 2 * width;
    decoder += N(req(cfg, "decoder_layers")) * block(N(or(get(cfg, "decoder_ffn_dim"), 4 * width)), true);
    return encoder + decoder;
  }

  function bloom(cfg) {
    var hidden = N(req(cfg, "hidden_size")), layers = N(req(cfg, "num_hidden_layers")), vocab = N(req(cfg, "vocab_size"));
    return vocab * hidden + 2 * hidden + layers * (12 * hidden * hidden + 13 * hidden) + 2 * hidden;
  }

  function falcon(cfg) {
    var hidden = N(req(cfg, "hidden_size")), layers = N(req(cfg, "num_hidden_layers")), vocab = N(req(cfg, "vocab_size"));
    var heads = N(req(cfg, "num_attention_heads"));
    var kv = N(or(get(cfg, "num_kv_heads"), T(get(cfg, "multi_query")) ? 1 : heads));
    var headDim = fdiv(hidden, heads), bias = T(get(cfg, "bias")) ? 1 : 0;
    var qkv = hidden * (heads + 2 * kv) * headDim + (heads + 2 * kv) * headDim * bias;
    var dense = hidden * hidden + hidden * bias, mlp = 8 * hidden * hidden + (5 * hidden) * bias;
    var norms = T(get(cfg, "new_decoder_architecture")) && get(cfg, "num_ln_in_parallel_attn", 2) === 2 ? 4 * hidden : 2 * hidden;
    var total = vocab * hidden + layers * (qkv + dense + mlp + norms) + 2 * hidden;
    if (!T(get(cfg, "tie_word_embeddings", true))) total += vocab * hidden;
    return total;
  }

  function phi(cfg) {
    var hidden = N(req(cfg, "hidden_size")), layers = N(req(cfg, "num_hidden_layers")), vocab = N(req(cfg, "vocab_size"));
    var inner = N(or(get(cfg, "intermediate_size"), 4 * hidden));
    var layer = 4 * (hidden * hidden + hidden) + (hidden * inner + inner) + (inner * hidden + hidden) + 2 * hidden;
    return vocab * hidden + layers * layer + 2 * hidden + (vocab * hidden + vocab);
  }

  function siglipVision(v) {
    var hidden = get(v, "hidden_size"), inner = get(v, "intermediate_size"), layers = get(v, "num_hidden_layers");
    var patch = get(v, "patch_size"), image = get(v, "image_size");
    if (!(T(hidden) && T(inner) && T(layers) && T(patch) && T(image))) return null;
    var channels = N(get(v, "num_channels", 3)), side = fdiv(image, patch);
    var embeddings = channels * patch * patch * hidden + hidden + side * side * hidden;
    var layer = 4 * hidden + 4 * (hidden * hidden + hidden) + (hidden * inner + inner) + (inner * hidden + hidden);
    return embeddings + layers * layer + 2 * hidden;
  }

  function pixtralVision(v) {
    var hidden = get(v, "hidden_size"), inner = get(v, "intermediate_size"), layers = get(v, "num_hidden_layers"), patch = get(v, "patch_size");
    if (!(T(hidden) && T(inner) && T(layers) && T(patch))) return null;
    var layer = 2 * hidden + 4 * hidden * hidden + 3 * hidden * inner;
    return N(get(v, "num_channels", 3)) * patch * patch * hidden + hidden + layers * layer;
  }

  // Tensors the released checkpoints of a family store beyond the parameters (params_classic.stored_extras,
  // whose notes say why: BERT's pooler and next-sentence head, T5's pre-4.0 decoder bias, Falcon's untied
  // lm_head copy). The browser needs only the count; the notes are in Python only.
  function storedExtras(type, cfg) {
    var hidden = N(or(get(cfg, "hidden_size"), 0)), vocab = N(or(get(cfg, "vocab_size"), 0)), arch = last(cfg);
    if (type === "bert" && arch === "BertForMaskedLM") {
      return [(hidden * hidden + hidden) + (hidden * 2 + 2), null];
    }
    if (type === "t5" && savedBefore(cfg, 4)) {
      return [N(get(cfg, "relative_attention_num_buckets", 32)) * req(cfg, "num_attention_heads"), null];
    }
    if (type === "falcon" && get(cfg, "tie_word_embeddings") == null) {
      return [vocab * hidden, null];
    }
    return [0, null];
  }

  function savedBefore(cfg, major) {
    var head = String(or(get(cfg, "transformers_version"), "")).split(".")[0];
    return !/^[0-9]+$/.test(head) || parseInt(head, 10) < major;
  }

  return { gpt2: gpt2, bertLike: bertLike, t5: t5, whisper: whisper, bloom: bloom, falcon: falcon, phi: phi,
           siglipVision: siglipVision, pixtralVision: pixtralVision, storedExtras: storedExtras };
})(LSPy);
