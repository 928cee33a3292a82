/* LLM Sizes: the language model's config, layer plan, KV cache per layer type, context limit and MoE active
   parameters: a line-by-line port of pipeline/data/architecture.py and layerplan.py (read those for the
   source of each rule); inlined into config-rules.js by the build (needs LSPy from config-params.js). */
var LSCache = (function (P) {
  "use strict";
  var T = P.T, or = P.or, get = P.get, int_ = P.int_, A = P.assign, has = P.has;
  var CACHE_BYTES = 2;
  function isDict(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  function present(v) { return v !== null && v !== undefined && v !== false && v !== 0 && v !== "" && !(Array.isArray(v) && !v.length) && !(isDict(v) && !Object.keys(v).length); }
  function count(list, x) { return list.filter(function (k) { return k === x; }).length; }
  function range(n) { var a = []; for (var i = 0; i < n; i++) a.push(i); return a; }

  // Language-model config
  function subConfig(config) {
    var keys = ["text_config", "language_config", "llm_config"];
    for (var i = 0; i < keys.length; i++) if (isDict(get(config, keys[i]))) return config[keys[i]];
    return null;
  }
  function modelTypeOf(config, architecture) {
    var text = subConfig(config), c = [get(text || {}, "model_type"), get(config, "model_type")];
    for (var i = 0; i < 2; i++) if (T(c[i])) return String(c[i]);
    architecture = architecture || or(get(config, "architectures"), [null])[0];
    return get(ARCHITECTURE_MODEL_TYPES, architecture || "", null);
  }
  function languageConfig(config, architecture) {
    var text = subConfig(config), merged = T(text) ? A(config, text) : A(config);
    var modelType = modelTypeOf(config, architecture);
    if (T(modelType)) merged.model_type = modelType;
    for (var old in CONFIG_ALIASES) if (get(merged, CONFIG_ALIASES[old]) === null && get(merged, old) !== null) merged[CONFIG_ALIASES[old]] = merged[old];
    var attn = isDict(get(merged, "attn_config")) ? merged.attn_config : {};
    if (get(merged, "num_key_value_heads") === null) {
      var found = false, keys = ["num_kv_heads", "multi_query_group_num", "n_head_kv"];
      for (var i = 0; i < keys.length; i++) if (T(get(merged, keys[i]))) { merged.num_key_value_heads = merged[keys[i]]; found = true; break; }
      if (!found) {
        if (T(get(attn, "kv_n_heads"))) merged.num_key_value_heads = attn.kv_n_heads;
        else if (T(get(merged, "multi_query")) && !T(get(merged, "new_decoder_architecture"))) merged.num_key_value_heads = 1;
      }
    }
    var defaults = get(MODEL_TYPE_DEFAULTS, modelType || "", {});
    for (var k in defaults) if (get(merged, k) === null) merged[k] = defaults[k];
    return merged;
  }
  var POSITION_OFFSET_TYPES = { roberta: 1, "xlm-roberta": 1, camembert: 1 };  // architecture.py: positions from padding_idx + 1
  function contextLength(config) {
    var v = get(config, "max_position_embeddings");
    if (!(typeof v === "number" && v > 0)) return null;
    if (POSITION_OFFSET_TYPES[get(config, "model_type")]) {
      var pad = get(config, "pad_token_id"), offset = (typeof pad === "number" && Number.isInteger(pad) && pad >= 0 ? pad : 1) + 1;
      return v > offset ? Math.trunc(v) - offset : null;
    }
    return Math.trunc(v);
  }

  // Layer plan (layerplan.py)
  function layerPlan(config, layers) {
    var unknown = unrecognisedPlanKeys(config);
    if (unknown.length) return [null, "unrecognised layer-plan key: " + unknown[0]];
    var d = declaredPlan(config, layers), kinds = d[0], source = d[1];
    if (kinds === null) return d;
    var shared = get(config, "num_kv_shared_layers");
    if (present(shared)) {
      if (!(P.isInt(shared) && shared > 0 && shared < layers)) return [null, "num_kv_shared_layers " + P.repr(shared) + " for " + layers + " layers"];
      kinds = kinds.slice(0, layers - shared).concat(range(shared).map(function () { return "none"; }));
      source += " + num_kv_shared_layers";
    }
    var cross = get(config, "cross_attention_layers");
    if (present(cross)) {
      if (!(Array.isArray(cross) && cross.every(function (i) { return P.isInt(i) && i >= 0 && i < layers; }))) return [null, "cross_attention_layers " + P.repr(cross) + " for " + layers + " layers"];
      kinds = kinds.map(function (kind, i) { return cross.indexOf(i) >= 0 ? "cross" : kind; });
      source += " + cross_attention_layers";
    }
    return [kinds, source];
  }
  function unrecognisedPlanKeys(config) {
    return Object.keys(config).filter(function (k) { return PLAN_KEY.test(k) && HANDLED_KEYS.indexOf(k) < 0 && present(config[k]); }).sort();
  }
  function declaredPlan(config, layers) {
    var modelType = P.str(or(get(config, "model_type"), ""));
    var lists = [["layer_types", LAYER_TYPE_KINDS], ["layers_block_type", BLOCK_TYPE_KINDS], ["attention_layers", GPT_NEO_KINDS]];
    for (var i = 0; i < lists.length; i++) if (present(get(config, lists[i][0]))) return listed(config[lists[i][0]], layers, lists[i][0], lists[i][1], false);
    if (present(get(config, "attention_types"))) return [null, "attention_types without attention_layers"];
    var pattern = get(config, "hybrid_override_pattern");
    if (present(pattern)) return listed(typeof pattern === "string" ? pattern.split("") : pattern, layers, "hybrid_override_pattern", PATTERN_KINDS, false);
    if (present(get(config, "attn_type_list"))) return listed(config.attn_type_list, layers, "attn_type_list", { 0: "state", 1: "full" }, true);
    if (isDict(get(config, "linear_attn_config"))) return kimiPlan(config.linear_attn_config, layers);
    var fullIdxs = get(config, "full_attn_idxs");
    if (Array.isArray(fullIdxs)) return [range(layers).map(function (i) { return fullIdxs.indexOf(i) >= 0 ? "full" : "state"; }), "full_attn_idxs"];
    if (modelType === "jamba" || T(get(config, "attn_layer_period"))) {
      var period = int_(get(config, "attn_layer_period")) || 8, offset = int_(get(config, "attn_layer_offset")) || 0;
      return [range(layers).map(function (i) { return i % period === offset ? "full" : "state"; }), "attn_layer_period"];
    }
    if (T(get(config, "full_attention_interval")) || modelType === "qwen3_next") {
      var interval = int_(get(config, "full_attention_interval")) || 4;
      return [range(layers).map(function (i) { return (i + 1) % interval === 0 ? "full" : "state"; }), "full_attention_interval"];
    }
    if (T(get(config, "attention_chunk_size")) && modelType.indexOf("llama4") === 0) {
      var noRope = get(config, "no_rope_layers");
      if (!(Array.isArray(noRope) && noRope.length === layers)) noRope = range(layers).map(function (i) { return (i + 1) % 4 !== 0 ? 1 : 0; });
      return [noRope.map(function (r) { return T(r) ? "sliding" : "full"; }), "no_rope_layers"];
    }
    if (ALTERNATING_SLIDING_TYPES.indexOf(modelType) >= 0 && T(get(config, "sliding_window")))
      return [range(layers).map(function (i) { return i % 2 === 0 ? "sliding" : "full"; }), "model type: even layers slide"];
    var every = int_(or(get(config, "sliding_window_pattern"), get(config, "_sliding_window_pattern")));
    if (T(get(config, "sliding_window")) && (every || has(PATTERN_SLIDING_TYPES, modelType))) {
      every = every || PATTERN_SLIDING_TYPES[modelType];
      return [range(layers).map(function (i) { return (i + 1) % every === 0 ? "full" : "sliding"; }), "sliding_window_pattern"];
    }
    if (ALL_SLIDING_TYPES.indexOf(modelType) >= 0 && T(get(config, "sliding_window")) && get(config, "use_sliding_window", true) !== false)
      return [range(layers).map(function () { return "sliding"; }), "sliding_window"];
    return [range(layers).map(function () { return "full"; }), "none declared: every layer full attention"];
  }
  function listed(values, layers, key, names, intKeys) {  // intKeys: the names are Python ints (True == 1)
    if (!Array.isArray(values)) return [null, key + " is not a list"];
    if (values.length !== layers) return [null, key + " has " + values.length + " entries for " + layers + " layers"];
    var kinds = values.map(function (v) {
      if (typeof v === "boolean") v = intKeys ? +v : null;
      var ok = intKeys ? P.isInt(v) : typeof v === "string";
      return ok && has(names, String(v)) ? names[String(v)] : null;
    });
    var bad = kinds.indexOf(null);
    if (bad >= 0) return [null, key + " entry " + P.repr(values[bad]) + " not recognised"];
    return [kinds, key];
  }
  function kimiPlan(linear, layers) {
    var full = get(linear, "full_attn_layers"), kda = get(linear, "kda_layers"), base;
    if (!(Array.isArray(full) && full.every(P.isInt))) return [null, "linear_attn_config.full_attn_layers missing"];
    var declared = {};
    full.concat(Array.isArray(kda) ? kda : []).forEach(function (i) { declared[i] = true; });
    var keys = Object.keys(declared).map(Number).sort(function (a, b) { return a - b; });
    function same(lo) { return keys.length === layers && keys.every(function (k, i) { return k === i + lo; }); }
    if (same(1) || (!T(kda) && Math.max.apply(null, full.concat([0])) === layers)) base = 1;
    else if (same(0)) base = 0;
    else return [null, "linear_attn_config layer lists do not cover the layers once (0- or 1-based)"];
    return [range(layers).map(function (i) { return full.indexOf(i + base) >= 0 ? "full" : "state"; }), "linear_attn_config.full_attn_layers"];
  }
  function window_(config) {
    if (T(get(config, "attention_chunk_size")) && P.str(or(get(config, "model_type"), "")).indexOf("llama4") === 0) return int_(config.attention_chunk_size);
    return int_(or(get(config, "sliding_window"), get(config, "window_size")));
  }
  function stateBytesPerLayer(config, cb) {
    var modelType = P.str(or(get(config, "model_type"), ""));
    if (modelType.indexOf("lfm2") === 0) {
      var hidden = int_(get(config, "hidden_size")), kernel = int_(get(config, "conv_L_cache")) || 3;
      return hidden ? hidden * kernel * cb : null;
    }
    if (T(get(config, "linear_num_value_heads")) || modelType === "qwen3_next") {
      var kh = int_(get(config, "linear_num_key_heads")), kd = int_(get(config, "linear_key_head_dim"));
      var vh = int_(get(config, "linear_num_value_heads")), vd = int_(get(config, "linear_value_head_dim"));
      var k = int_(get(config, "linear_conv_kernel_dim")) || 4;
      if (!(kh && kd && vh && vd)) return null;
      return (vh * kd * vd + (2 * kh * kd + vh * vd) * k) * cb;
    }
    if (isDict(get(config, "linear_attn_config"))) {
      var lin = config.linear_attn_config, heads = int_(get(lin, "num_heads")), dim = int_(get(lin, "head_dim"));
      var kk = int_(get(lin, "short_conv_kernel_size")) || 4;
      return heads && dim ? (heads * dim * dim + 3 * heads * dim * kk) * cb : null;
    }
    if (get(config, "attn_type_list") !== null) {
      var h = int_(get(config, "num_attention_heads")), d = int_(get(config, "head_dim"));
      return h && d ? h * d * d * cb : null;
    }
    return mambaState(config, cb);
  }
  function mambaState(config, cb) {
    var hidden = int_(get(config, "hidden_size"));
    var dState = int_(or(get(config, "mamba_d_state"), get(config, "state_size"), get(config, "ssm_state_size"), get(config, "d_state")));
    var dConv = int_(or(get(config, "mamba_d_conv"), get(config, "conv_kernel"), get(config, "d_conv"))) || 4;
    var mamba2 = get(config, "model_type") === "mamba2";
    var heads = int_(or(get(config, "mamba_n_heads"), get(config, "mamba_num_heads"), mamba2 ? get(config, "num_heads") : null));
    var headDim = int_(or(get(config, "mamba_d_head"), get(config, "mamba_head_dim"), mamba2 ? get(config, "head_dim") : null));
    var groups = int_(or(get(config, "mamba_n_groups"), get(config, "n_groups"))) || 1;
    if (!dState) return null;
    if (heads && headDim) {
      var inner2 = int_(get(config, "mamba_d_ssm")) || heads * headDim;
      return (heads * headDim * dState + (inner2 + 2 * groups * dState) * dConv) * cb;
    }
    var expand = or(get(config, "mamba_expand"), get(config, "expand"), 2);
    var inner = ["mamba", "falcon_mamba"].indexOf(get(config, "model_type")) >= 0 ? int_(get(config, "intermediate_size")) : null;
    inner = inner || (hidden ? Math.trunc(hidden * expand) : null);
    if (!inner) return null;
    return (inner * dState + inner * dConv) * cb;
  }

  // KV cache per layer type (architecture.kv_cache)
  function kv(status, basis, fields) {
    return A({ status: status, full_layers: 0, full_bytes_per_token: 0, sliding_layers: 0, sliding_window: null,
               sliding_bytes_per_token: 0, state_bytes: 0, other_layers: 0, cross_layers: 0, cross_tokens: null,
               cross_bytes: 0, attention: "", mla_heads_bytes_per_token: 0, plan: "", basis: basis }, fields || {});
  }
  function kvCache(config, basis) {
    basis = basis || "config";
    var modelType = or(get(config, "model_type"), "");
    if (ENCODER_ONLY_TYPES.indexOf(modelType) >= 0 || isEncoderOnly(config)) return kv("not-applicable", basis, { plan: "encoder-only" });
    if (!T(modelType) && !T(get(config, "architectures"))) return kv("unknown", basis, { plan: "no model type" });
    var layers;
    if (PURE_STATE_SPACE_TYPES.indexOf(modelType) >= 0) {
      layers = int_(get(config, "num_hidden_layers"));
      var st = mambaState(config, CACHE_BYTES);
      if (!layers || st === null) return kv("unknown", basis, { plan: "state size not in the config" });
      return kv("not-applicable", basis, { other_layers: layers, state_bytes: layers * st, plan: "state-space" });
    }
    if (ENCODER_DECODER_TYPES.indexOf(modelType) >= 0 || T(get(config, "is_encoder_decoder"))) return encoderDecoderCache(config, basis);
    layers = int_(get(config, "num_hidden_layers"));
    if (!layers) return kv("unknown", basis, { plan: "num_hidden_layers missing" });
    var lp = layerPlan(config, layers), kinds = lp[0], plan = lp[1];
    if (kinds === null) return kv("unknown", basis, { plan: plan });
    var ab = attentionBytesPerLayer(config), perLayer = ab[0];
    if (perLayer === null) return kv("unknown", basis, { plan: plan + ": attention head size not in the config" });
    var c = {};
    ["full", "sliding", "state", "none", "cross"].forEach(function (k) { c[k] = count(kinds, k); });
    var state = 0, parallel = PARALLEL_HYBRID_TYPES.indexOf(modelType) >= 0;
    if (c.state || parallel) {
      var each = stateBytesPerLayer(config, CACHE_BYTES);
      if (each === null) return kv("unknown", basis, { plan: plan + ": state size not in the config" });
      state = each * (parallel ? layers : c.state);
    }
    var win = c.sliding ? window_(config) : null;
    if (c.sliding && !win) return kv("unknown", basis, { plan: plan + ": window size missing" });
    var crossTokens = c.cross ? imageTokens(config) : null;
    if (c.cross && !crossTokens) return kv("unknown", basis, { plan: plan + ": image token count missing" });
    var mla = mlaHeadsBytesPerLayer(config);
    return kv("computed", basis, { full_layers: c.full, full_bytes_per_token: c.full * perLayer, sliding_layers: c.sliding,
      sliding_window: win, sliding_bytes_per_token: c.sliding * perLayer, state_bytes: state, other_layers: c.state + c.none,
      attention: ab[1], plan: plan, mla_heads_bytes_per_token: mla === null ? null : c.full * mla, cross_layers: c.cross,
      cross_tokens: crossTokens, cross_bytes: c.cross * perLayer * (crossTokens || 0) });
  }
  function encoderDecoderCache(config, basis) {
    var layers = int_(or(get(config, "decoder_layers"), get(config, "num_decoder_layers"), get(config, "num_hidden_layers")));
    var heads = int_(or(get(config, "decoder_attention_heads"), get(config, "num_attention_heads")));
    var hidden = int_(get(config, "hidden_size"));
    var headDim = int_(get(config, "head_dim")) || (heads && hidden ? Math.floor(hidden / heads) : null);
    if (!(layers && heads && headDim)) return kv("unknown", basis, { plan: "decoder shape not in the config" });
    var perLayer = 2 * heads * headDim * CACHE_BYTES;
    var encoder = int_(get(config, "max_source_positions")) || (
      T(get(config, "relative_attention_num_buckets")) || RELATIVE_POSITION_TYPES.indexOf(get(config, "model_type")) >= 0
        ? null : int_(get(config, "max_position_embeddings")));
    var plan = ["decoder_layers", "num_decoder_layers", "num_hidden_layers"].filter(function (k) { return T(get(config, k)); })[0];
    return kv("computed", basis, { full_layers: layers, full_bytes_per_token: layers * perLayer, attention: "mha",
      plan: "encoder-decoder (" + plan + ")", cross_layers: layers, cross_tokens: encoder, cross_bytes: layers * perLayer * (encoder || 0) });
  }
  function imageTokens(config) {
    var vision = isDict(get(config, "vision_config")) ? config.vision_config : {};
    var size = int_(get(vision, "image_size")), patch = int_(get(vision, "patch_size")), tiles = int_(get(vision, "max_num_tiles"));
    if (!(size && patch && tiles)) return null;
    var side = Math.floor(size / patch);
    return tiles * (side * side + 1);
  }
  function attentionBytesPerLayer(config) {
    if (T(get(config, "kv_lora_rank"))) {
      var rank = int_(get(config, "kv_lora_rank")), rope = int_(get(config, "qk_rope_head_dim"));
      if (rank === null || rope === null) return [null, "mla"];
      return [(rank + rope) * CACHE_BYTES, "mla"];
    }
    var heads = int_(get(config, "num_attention_heads")), kvHeads = int_(get(config, "num_key_value_heads")) || heads;
    var headDim = int_(get(config, "head_dim")), hidden = int_(get(config, "hidden_size"));
    if (!headDim && hidden && heads && hidden % heads === 0) headDim = hidden / heads;
    if (!(kvHeads && headDim)) return [null, ""];
    var kind = !heads || kvHeads >= heads ? "mha" : (kvHeads === 1 ? "mqa" : "gqa");
    return [2 * kvHeads * headDim * CACHE_BYTES, kind];
  }
  function mlaHeadsBytesPerLayer(config) {
    if (!T(get(config, "kv_lora_rank"))) return 0;
    var heads = int_(get(config, "num_attention_heads")), nope = int_(get(config, "qk_nope_head_dim"));
    var rope = int_(get(config, "qk_rope_head_dim")), value = int_(get(config, "v_head_dim"));
    return heads && nope && rope && value ? heads * (nope + rope + value) * CACHE_BYTES : null;
  }
  function isEncoderOnly(config) {
    var archs = or(get(config, "architectures"), []);
    return archs.length > 0 && archs.every(function (a) { return ENCODER_HEADS.some(function (t) { return typeof a === "string" && a.slice(-t.length) === t; }); }) &&
      !T(get(config, "is_decoder"));
  }

  // MoE active parameters
  function moeLayerCount(config) {
    var layers = int_(get(config, "num_hidden_layers"));
    if (!layers) return null;
    if (Array.isArray(get(config, "moe_layers"))) return config.moe_layers.filter(function (i) { return P.isInt(i) && i >= 0 && i < layers; }).length;
    if (Array.isArray(get(config, "mlp_layer_types"))) return config.mlp_layer_types.slice(0, layers).filter(function (k) { return k === "sparse"; }).length;  // GlmMoeDsaConfig
    var denseFirst = int_(get(config, "first_k_dense_replace")) || 0;
    var skip = (or(get(config, "mlp_only_layers"), [])).filter(P.isInt);
    var freq = int_(get(config, "moe_layer_freq")) || 1;
    var step = int_(or(get(config, "interleave_moe_layer_step"), get(config, "decoder_sparse_step"))) || 1;
    var period = int_(get(config, "expert_layer_period")), offset = int_(get(config, "expert_layer_offset")) || 0, n = 0;
    for (var i = 0; i < layers; i++) {
      if (i < denseFirst || skip.indexOf(i) >= 0 || i % freq) continue;
      if ((i + 1) % step) continue;
      if (period && i % period !== offset) continue;
      n++;
    }
    return n;
  }
  function activeParameters(total, config) {
    var experts = null;
    for (var i = 0; i < EXPERT_COUNT_KEYS.length; i++) if (int_(get(config, EXPERT_COUNT_KEYS[i]))) { experts = config[EXPERT_COUNT_KEYS[i]]; break; }
    var chosen = int_(or(get(config, "num_experts_per_tok"), get(config, "moe_topk"), get(config, "num_experts_per_token")));
    var hidden = int_(get(config, "hidden_size")), width = int_(or(get(config, "moe_intermediate_size"), get(config, "intermediate_size")));
    var moeLayers = moeLayerCount(config);
    if (!(T(total) && T(experts) && chosen && hidden && width && moeLayers)) return null;
    var perExpert = 3 * hidden * width;
    var idle = (Math.trunc(experts) - chosen) * perExpert * moeLayers;
    idle += (int_(get(config, "num_nextn_predict_layers")) || 0) * mtpLayerParams(config, perExpert, Math.trunc(experts));
    return idle > 0 && idle < total ? total - idle : null;
  }
  function mtpLayerParams(config, perExpert, experts) {
    var hidden = Math.trunc(config.hidden_size), shared = int_(get(config, "n_shared_experts")) || 0;
    var params = (experts + shared) * perExpert + experts * hidden + 2 * hidden * hidden;
    params += 2 * (int_(get(config, "vocab_size")) || 0) * hidden;
    var heads = int_(get(config, "num_attention_heads")) || 0;
    var qRank = int_(get(config, "q_lora_rank")) || 0, kvRank = int_(get(config, "kv_lora_rank")) || 0;
    var nope = int_(get(config, "qk_nope_head_dim")) || 0, rope = int_(get(config, "qk_rope_head_dim")) || 0, vDim = int_(get(config, "v_head_dim")) || 0;
    if (kvRank) {
      var q = qRank ? hidden * qRank + qRank * heads * (nope + rope) : hidden * heads * (nope + rope);
      params += q + hidden * (kvRank + rope) + kvRank * heads * (nope + vDim) + heads * vDim * hidden;
    }
    return params;
  }

  var CONFIG_ALIASES = {
    n_embd: "hidden_size", d_model: "hidden_size", dim: "hidden_size", n_layer: "num_hidden_layers", n_layers: "num_hidden_layers",
    num_layers: "num_hidden_layers", n_head: "num_attention_heads", n_heads: "num_attention_heads", num_heads: "num_attention_heads",
    n_positions: "max_position_embeddings", max_seq_len: "max_position_embeddings", seq_length: "max_position_embeddings",
    max_sequence_length: "max_position_embeddings", d_kv: "head_dim", kv_channels: "head_dim", ffn_hidden_size: "intermediate_size",
    attention_head_dim: "head_dim", model_max_length: "max_position_embeddings", max_target_positions: "max_position_embeddings"
  };
  var ARCHITECTURE_MODEL_TYPES = {
    LlamaForCausalLM: "llama", MistralForCausalLM: "mistral", MixtralForCausalLM: "mixtral", GemmaForCausalLM: "gemma",
    Gemma2ForCausalLM: "gemma2", Gemma3ForCausalLM: "gemma3_text", Gemma3ForConditionalGeneration: "gemma3_text",
    FalconForCausalLM: "falcon", BloomForCausalLM: "bloom", GPT2LMHeadModel: "gpt2", PhiForCausalLM: "phi", Phi3ForCausalLM: "phi3",
    T5ForConditionalGeneration: "t5", BertForMaskedLM: "bert", DistilBertForMaskedLM: "distilbert",
    DistilBertForSequenceClassification: "distilbert", Qwen2ForCausalLM: "qwen2", Cohere2ForCausalLM: "cohere2",
    GptOssForCausalLM: "gpt_oss", MambaForCausalLM: "mamba", Mamba2ForCausalLM: "mamba2", JambaForCausalLM: "jamba",
    Lfm2ForCausalLM: "lfm2", Qwen3NextForCausalLM: "qwen3_next", Llama4ForConditionalGeneration: "llama4_text",
    DeepseekV3ForCausalLM: "deepseek_v3", MPTForCausalLM: "mpt", GPTBigCodeForCausalLM: "gpt_bigcode"
  };
  var MODEL_TYPE_DEFAULTS = {
    gemma3_text: { num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256, sliding_window_pattern: 6, max_position_embeddings: 131072 },
    gemma3: { sliding_window_pattern: 6 }, cohere2: { sliding_window_pattern: 4 },
    deepseek_v3: { qk_rope_head_dim: 64, kv_lora_rank: 512 }, kimi_k2: { qk_rope_head_dim: 64, kv_lora_rank: 512 },
    deepseek_v2: { qk_rope_head_dim: 64, kv_lora_rank: 512 }
  };
  var ENCODER_ONLY_TYPES = ["bert", "distilbert", "roberta", "xlm-roberta", "albert", "electra", "deberta", "deberta-v2", "mpnet",
                            "modernbert", "camembert", "nomic_bert", "xlm_roberta"];
  var ENCODER_HEADS = ["ForMaskedLM", "ForSequenceClassification", "ForTokenClassification", "ForQuestionAnswering", "ForMultipleChoice", "BertModel"];
  var ENCODER_DECODER_TYPES = ["t5", "mt5", "umt5", "longt5", "bart", "mbart", "pegasus", "marian", "whisper", "m2m_100"];
  var RELATIVE_POSITION_TYPES = ["t5", "mt5", "umt5", "longt5"];
  var PURE_STATE_SPACE_TYPES = ["mamba", "mamba2", "falcon_mamba"];
  var PARALLEL_HYBRID_TYPES = ["falcon_h1"];
  var EXPERT_COUNT_KEYS = ["num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts"];
  var LAYER_TYPE_KINDS = { full_attention: "full", attention: "full", global: "full", sliding_attention: "sliding",
                           chunked_attention: "sliding", local: "sliding", linear_attention: "state", mamba: "state", conv: "state", short_conv: "state" };
  var BLOCK_TYPE_KINDS = { attention: "full", mamba: "state", mlp: "none", moe: "none" };
  var GPT_NEO_KINDS = { global: "full", local: "sliding" };
  var PATTERN_KINDS = { "*": "full", M: "state", "-": "none", E: "none" };
  var PLAN_KEY = /layer_types|block_type|layer_pattern|override_pattern|attn_type|attention_type|attention_layers|attn_layers|attn_idxs|attn_layer|layer_indices|layer_ids|attention_interval|attention_every|linear_attn|kv_shared|window_pattern|rope_layers|swa_layers|global_layers|local_layers|hybrid/;
  var HANDLED_KEYS = ["layer_types", "layers_block_type", "attention_layers", "attention_types", "hybrid_override_pattern", "attn_type_list",
                      "linear_attn_config", "full_attn_idxs", "attn_layer_period", "attn_layer_offset", "full_attention_interval",
                      "no_rope_layers", "sliding_window_pattern", "_sliding_window_pattern", "num_kv_shared_layers", "cross_attention_layers",
                      "mlp_layer_types"];  // dense or MoE feed-forward per layer: no cache of its own, read in config-params.js
  var ALTERNATING_SLIDING_TYPES = ["gemma2", "gpt_oss"];
  var PATTERN_SLIDING_TYPES = { gemma3_text: 6, gemma3: 6, cohere2: 4 };
  var ALL_SLIDING_TYPES = ["mistral", "mixtral", "starcoder2"];
  return { languageConfig: languageConfig, contextLength: contextLength, kvCache: kvCache, layerPlan: layerPlan,
           activeParameters: activeParameters, isDict: isDict };
})(LSPy);
