/* LLM Sizes: parameter counts from one config.json, a line-by-line port of pipeline/data/params.py and
   params_classic.py (read those for the why of each rule); inlined into config-rules.js by the build.
   Python's semantics are kept where they change a result: truthiness of [] and {}, dict.get with a
   default only for a missing key, floor division, and a TypeError on arithmetic with None. */
var LSPy = (function () {
  "use strict";
  function has(o, k) { return o != null && typeof o === "object" && Object.prototype.hasOwnProperty.call(o, k); }
  function T(v) {  // Python truthiness
    if (v == null || v === false || v === 0 || v === "" || (typeof v === "number" && isNaN(v))) return false;
    if (Array.isArray(v)) return v.length > 0;
    if (typeof v === "object") return Object.keys(v).length > 0;
    return true;
  }
  function or() { for (var i = 0; i < arguments.length - 1; i++) if (T(arguments[i])) return arguments[i]; return arguments[arguments.length - 1]; }
  function get(o, k, d) { return has(o, k) ? o[k] : (d === undefined ? null : d); }
  function KeyError(k) { var e = new Error("'" + k + "'"); e.pyType = "KeyError"; return e; }
  function TypeErr(m) { var e = new Error(m); e.pyType = "TypeError"; return e; }
  function req(o, k) { if (!has(o, k)) throw KeyError(k); return o[k]; }
  function N(v) {  // a number for arithmetic, as Python would accept it (bools are ints); None raises
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v !== "number") throw TypeErr("unsupported operand type(s): '" + (v === null || v === undefined ? "NoneType" : typeof v) + "'");
    return v;
  }
  function fdiv(a, b) { a = N(a); b = N(b); if (b === 0) { var e = new Error("integer division or modulo by zero"); e.pyType = "ZeroDivisionError"; throw e; } return Math.floor(a / b); }
  function mod(a, b) { a = N(a); b = N(b); if (b === 0) { var e = new Error("integer modulo by zero"); e.pyType = "ZeroDivisionError"; throw e; } var r = a % b; return r !== 0 && (r < 0) !== (b < 0) ? r + b : r; }
  function isInt(v) { return typeof v === "number" && Number.isInteger(v); }
  function int_(v) { return (typeof v === "number" && v > 0) ? Math.trunc(v) : null; }  // params/architecture _int
  function round(x) {  // Python's round(): halves to even
    var f = Math.floor(x), d = x - f;
    return d > 0.5 ? f + 1 : d < 0.5 ? f : (f % 2 === 0 ? f : f + 1);
  }
  function str(v) { return v == null ? "" : String(v); }
  function repr(v) {
    if (v === null || v === undefined) return "None";
    if (typeof v === "string") return "'" + v + "'";
    if (v === true) return "True";
    if (v === false) return "False";
    if (Array.isArray(v)) return "[" + v.map(repr).join(", ") + "]";
    if (typeof v === "object") return "{" + Object.keys(v).map(function (k) { return repr(k) + ": " + repr(v[k]); }).join(", ") + "}";
    return String(v);
  }
  function assign() { var o = {}; for (var i = 0; i < arguments.length; i++) for (var k in arguments[i]) if (has(arguments[i], k)) o[k] = arguments[i][k]; return o; }
  return { has: has, T: T, or: or, get: get, req: req, N: N, fdiv: fdiv, mod: mod, isInt: isInt, int_: int_,
           round: round, str: str, repr: repr, assign: assign };
})();

var LSParams = (function (P) {
  "use strict";
  var T = P.T, or = P.or, get = P.get, req = P.req, N = P.N, fdiv = P.fdiv, mod = P.mod, A = P.assign;
  var BASIS = "computed from config";
  function PC(total, active, exact, reason, extra, note) {
    return { total: total == null ? null : total, active: active == null ? null : active, exact: exact,
             reason: reason == null ? null : reason, stored_extra: extra || 0, stored_extra_note: note == null ? null : note, basis: BASIS };
  }

  function countParameters(config) {
    try { return count(config); } catch (exc) {
      if (!exc.pyType) throw exc;
      return PC(null, null, false, "config values the count cannot use (" + exc.pyType + ": " + exc.message + ")");
    }
  }

  function count(config) {
    if (config === null || typeof config !== "object" || Array.isArray(config)) return PC(null, null, false, "no config");
    var modelType = P.str(or(get(config, "model_type"), ""));
    if (!modelType) {
      var arch = or(get(config, "architectures"), [""])[0];
      modelType = get(ARCHITECTURE_TYPES, arch, "");
      if (modelType) config = A(config, { model_type: modelType });
    }
    var text = textConfig(config);
    if (text !== null && MULTIMODAL_TYPES.indexOf(modelType) >= 0) return multimodal(config, text);
    var counter = P.has(COUNTERS, modelType) ? COUNTERS[modelType] : null;
    if (counter) {
      try { return counter(normalized(config)); } catch (exc) {
        if (exc.pyType !== "KeyError" && exc.pyType !== "TypeError") throw exc;
        return PC(null, null, false, "config lacks a value the " + modelType + " count needs (" + exc.message + ")");
      }
    }
    if (text !== null) return multimodal(config, text);
    var cfg = normalized(config);
    var hybrid = null;
    for (var i = 0; i < HYBRID_KEYS.length; i++) if (T(get(cfg, HYBRID_KEYS[i]))) { hybrid = HYBRID_KEYS[i]; break; }
    var kinds = or(get(cfg, "layer_types"), []);
    if (hybrid || kinds.some(function (k) { return ["mamba", "linear_attention", "conv"].indexOf(String(k)) >= 0; })) {
      return PC(null, null, false, "model type " + P.repr(modelType) + " has state-space, linear-attention or per-layer " +
                "block layers (" + (hybrid || "layer_types") + "), which are not modelled");
    }
    var approx;
    try { approx = decoder(cfg, modelType); } catch (exc) {
      if (exc.pyType !== "KeyError" && exc.pyType !== "TypeError") throw exc;
      approx = PC(null, null, false);
    }
    var reason = "model type " + P.repr(modelType || "(none)") + (P.has(DECODER_RULES, modelType || "")
      ? " has no exact counter: counted from its config's dimensions by its own decoder rule"
      : " is not modelled: counted as a Llama-style decoder");
    return T(approx.total) ? PC(approx.total, approx.active, false, reason)
      : PC(null, null, false, "model type " + P.repr(modelType || "(none)") + " is not modelled and the config lacks dimensions");
  }

  // Decoder-only transformers
  function decoder(cfg, modelType) {
    var hidden = get(cfg, "hidden_size"), layers = get(cfg, "num_hidden_layers"), vocab = get(cfg, "vocab_size");
    if (!(T(hidden) && T(layers) && T(vocab))) return PC(null, null, false, "config lacks hidden_size, num_hidden_layers or vocab_size");
    var rules = get(DECODER_RULES, modelType, DECODER_RULES.llama);
    var attn = attention(cfg, rules);
    var qk = get(rules, "qk_norm") || (T(get(cfg, "use_qk_norm")) ? (get(cfg, "qk_norm_type") === "per_layer" ? "all_heads" : "per_head") : null);
    var norms = N(rules.norms) * N(hidden) + (qk ? qkNorm(cfg, A(rules, { qk_norm: qk })) : 0);
    var total = 0, active = 0;
    for (var index = 0; index < N(layers); index++) {
      var m = mlp(cfg, rules, index);
      total += attn + norms + m[0];
      active += attn + norms + m[1];
    }
    var embed = N(vocab) * N(hidden);
    var arch = or(get(cfg, "architectures"), [""])[0];
    var headless = /Model$/.test(arch) && !/ForCausalLM$/.test(arch);
    var head = tied(cfg, rules) || headless ? 0 : vocab * hidden;
    var ends = embed + head + hidden * (get(rules, "layernorm_bias") ? 2 : 1);
    var mtp = mtpLayers(cfg, rules, attn, norms);
    var s = fp8BlockScales(cfg, rules);
    return PC(total + ends + mtp, active + ends, true, null, s[0], s[1]);
  }

  function linearAttention(cfg) {
    var hidden = N(req(cfg, "hidden_size"));
    var keyDim = N(req(cfg, "linear_num_key_heads")) * N(req(cfg, "linear_key_head_dim"));
    var valueHeads = N(req(cfg, "linear_num_value_heads"));
    var valueDim = valueHeads * N(req(cfg, "linear_value_head_dim"));
    var convDim = 2 * keyDim + valueDim;
    return hidden * (2 * keyDim + 2 * valueDim) + hidden * 2 * valueHeads + convDim * N(get(cfg, "linear_conv_kernel_dim", 4)) +
      2 * valueHeads + N(cfg.linear_value_head_dim) + valueDim * hidden;
  }

  function gatedHybrid(cfg) {
    var hidden = N(req(cfg, "hidden_size")), layers = N(req(cfg, "num_hidden_layers")), vocab = N(req(cfg, "vocab_size"));
    var heads = N(req(cfg, "num_attention_heads")), kvHeads = N(req(cfg, "num_key_value_heads")), headDim = N(req(cfg, "head_dim"));
    var full = hidden * heads * headDim * 2 + 2 * hidden * kvHeads * headDim + heads * headDim * hidden + 2 * headDim;
    var linear = linearAttention(cfg);
    var interval = get(cfg, "full_attention_interval", 4), kinds = get(cfg, "layer_types");
    if (!T(kinds)) { kinds = []; for (var i = 0; i < layers; i++) kinds.push(mod(i + 1, interval) === 0 ? "full_attention" : "linear_attention"); }
    var total = 0, active = 0, moeRules = DECODER_RULES.qwen2_moe;
    kinds.forEach(function (kind, index) {
      var mixer = kind === "full_attention" ? full : linear, m = mlp(cfg, moeRules, index);
      total += mixer + 2 * hidden + m[0];
      active += mixer + 2 * hidden + m[1];
    });
    var ends = vocab * hidden * (T(get(cfg, "tie_word_embeddings")) ? 1 : 2) + hidden;
    if (!expertCount(cfg)) active = total;
    var mtpLayersN = or(get(cfg, "mtp_num_hidden_layers"), 0);
    var m0 = mlp(cfg, moeRules, 0)[0];
    var mtp = N(mtpLayersN) * (full + 2 * hidden + m0) + (T(mtpLayersN) ? 2 * hidden * hidden + 3 * hidden : 0);
    return PC(total + ends + mtp, active + ends + (!expertCount(cfg) ? mtp : 0), true);
  }

  function attention(cfg, rules) {
    var hidden = N(req(cfg, "hidden_size")), heads = N(req(cfg, "num_attention_heads"));
    if (T(get(cfg, "kv_lora_rank"))) {
      var rope = N(get(cfg, "qk_rope_head_dim", 64)), nope = N(get(cfg, "qk_nope_head_dim", 128)), vDim = N(get(cfg, "v_head_dim", 128));
      var qRank = get(cfg, "q_lora_rank"), kvRank = N(req(cfg, "kv_lora_rank"));
      var q = T(qRank) ? hidden * N(qRank) + N(qRank) + N(qRank) * heads * (nope + rope) : hidden * heads * (nope + rope);
      return q + hidden * (kvRank + rope) + kvRank + kvRank * heads * (nope + vDim) + heads * vDim * hidden;
    }
    var kvHeads = N(or(get(cfg, "num_key_value_heads"), heads));
    var headDim = N(or(get(cfg, "head_dim"), fdiv(hidden, heads)));
    var q = heads * headDim, kv = kvHeads * headDim, o = heads * headDim;
    var params = hidden * (q + 2 * kv) + o * hidden;
    if (T(get(rules, "qkv_bias")) || T(get(cfg, "attention_bias"))) params += q + 2 * kv;
    if (T(get(rules, "o_bias")) || (T(get(cfg, "attention_bias")) && !T(get(rules, "qkv_bias")))) params += hidden;
    if (T(get(rules, "sinks"))) params += heads;
    return params;
  }

  function qkNorm(cfg, rules) {
    var heads = N(req(cfg, "num_attention_heads"));
    var headDim = N(or(get(cfg, "head_dim"), fdiv(req(cfg, "hidden_size"), heads)));
    if (rules.qk_norm === "per_head") return 2 * headDim;
    return (heads + N(or(get(cfg, "num_key_value_heads"), heads))) * headDim;
  }

  function mlp(cfg, rules, index) {
    var hidden = N(req(cfg, "hidden_size"));
    var dense = N(rules.mlp_mats) * hidden * N(or(get(cfg, get(rules, "dense_width", "intermediate_size")), 0));
    if (T(get(cfg, "mlp_bias")) || T(get(rules, "mlp_bias"))) dense += (N(rules.mlp_mats) - 1) * N(get(cfg, "intermediate_size", 0)) + hidden;
    var experts = expertCount(cfg);
    if (!experts || !isMoeLayer(cfg, index)) return [dense, dense];
    var width = N(or(get(cfg, "moe_intermediate_size"), get(cfg, "intermediate_size")));
    var perExpert = 3 * hidden * width + (T(get(rules, "expert_bias")) ? 2 * width + hidden : 0);
    var chosen = N(or(get(cfg, "num_experts_per_tok"), get(cfg, "num_experts_per_token"), experts));
    var router = hidden * experts + (T(get(rules, "router_bias")) ? experts : 0);
    if (T(get(rules, "score_bias")) && get(cfg, "topk_method", "noaux_tc") === "noaux_tc") router += experts;
    var shared = 0;
    if (T(get(cfg, "n_shared_experts"))) shared = 3 * hidden * width * N(cfg.n_shared_experts);
    if (T(get(rules, "shared_expert_width"))) shared = 3 * hidden * width;
    if (T(get(cfg, "shared_expert_intermediate_size"))) shared = 3 * hidden * N(cfg.shared_expert_intermediate_size) + hidden;
    if (T(get(cfg, "enable_moe_block"))) shared += dense;  // Gemma 4: the dense MLP runs beside the experts
    var fixed = router + shared;
    return [fixed + experts * perExpert, fixed + chosen * perExpert];
  }

  function expertCount(cfg) {
    var keys = ["num_local_experts", "num_experts", "n_routed_experts"];
    for (var i = 0; i < keys.length; i++) {
      var v = get(cfg, keys[i]);
      if (P.isInt(v) && v > 0) return v;
    }
    return 0;
  }

  function isMoeLayer(cfg, index) {
    var kinds = get(cfg, "mlp_layer_types");
    if (Array.isArray(kinds) && index < kinds.length) return kinds[index] === "sparse";  // GlmMoeDsaConfig: "dense" or "sparse" per layer
    if (or(get(cfg, "mlp_only_layers"), []).indexOf(index) >= 0) return false;
    if (index < N(or(get(cfg, "first_k_dense_replace"), 0)) || mod(index, or(get(cfg, "moe_layer_freq"), 1))) return false;
    var step = or(get(cfg, "decoder_sparse_step"), 1);
    return mod(index + 1, step) === 0;
  }

  function tied(cfg, rules) {
    var t = get(cfg, "tie_word_embeddings");
    return t === null ? get(rules, "tied_default", false) : T(t);
  }

  function mtpLayers(cfg, rules, attn, norms) {
    var n = or(get(cfg, "num_nextn_predict_layers"), 0);
    if (!T(n) || !T(get(rules, "mtp"))) return 0;
    var hidden = N(req(cfg, "hidden_size")), vocab = N(req(cfg, "vocab_size"));
    var moeTotal = mlp(A(cfg, { first_k_dense_replace: 0, mlp_only_layers: [], mlp_layer_types: null }), rules, 0)[0];
    return N(n) * (attn + norms + moeTotal + 3 * hidden + 2 * hidden * hidden + 2 * vocab * hidden);
  }

  function fp8BlockScales(cfg, rules) {
    var quant = or(get(cfg, "quantization_config"), {});
    var block = get(quant, "weight_block_size");
    if (get(quant, "quant_method") !== "fp8" || !T(block)) return [0, null];
    var rows = block[0], cols = block[1];
    function blocks(out, inp) { return Math.ceil(N(out) / rows) * Math.ceil(N(inp) / cols); }
    var hidden = N(req(cfg, "hidden_size")), heads = N(req(cfg, "num_attention_heads")), attn;
    if (T(get(cfg, "kv_lora_rank"))) {
      var rope = N(get(cfg, "qk_rope_head_dim", 64)), nope = N(get(cfg, "qk_nope_head_dim", 128)), vDim = N(get(cfg, "v_head_dim", 128));
      var qRank = get(cfg, "q_lora_rank"), kvRank = N(req(cfg, "kv_lora_rank"));
      attn = T(qRank) ? blocks(qRank, hidden) + blocks(heads * (nope + rope), qRank) : blocks(heads * (nope + rope), hidden);
      attn += blocks(kvRank + rope, hidden) + blocks(heads * (nope + vDim), kvRank) + blocks(hidden, heads * vDim);
    } else {
      var kvHeads = N(or(get(cfg, "num_key_value_heads"), heads));
      var headDim = N(or(get(cfg, "head_dim"), fdiv(hidden, heads)));
      attn = blocks(heads * headDim, hidden) + 2 * blocks(kvHeads * headDim, hidden) + blocks(hidden, heads * headDim);
    }
    function m(width) { return 2 * blocks(width, hidden) + blocks(hidden, width); }
    var width = or(get(cfg, "moe_intermediate_size"), get(cfg, "intermediate_size"));
    var experts = expertCount(cfg), shared = N(or(get(cfg, "n_shared_experts"), 0));
    var total = 0, base = N(req(cfg, "num_hidden_layers")), layers = base + N(or(get(cfg, "num_nextn_predict_layers"), 0));
    for (var index = 0; index < layers; index++) {
      var moe = experts && (index >= base || isMoeLayer(cfg, index));
      total += attn + (moe ? m(width) * (experts + shared) : m(req(cfg, "intermediate_size")));
    }
    return [total, "F32 scales of the FP8 weights, one per " + rows + "×" + cols + " block (quantization_config)"];
  }

  function exact(total, type, cfg) {
    var extra = LSClassic.storedExtras(type || "", cfg || {});
    return PC(total, total, true, null, extra[0], extra[1]);
  }

  function gpt2(cfg) {
    var r = LSClassic.gpt2(cfg);
    return PC(r[0], r[0], true, null, r[1], "each layer's causal mask (attn.bias, n_positions²) is stored as a tensor");
  }

  function multimodal(config, text) {
    var language = countParameters(A({ architectures: get(config, "architectures") }, text));
    if (language.total === null) return language;
    var vision = or(get(config, "vision_config"), {}), modelType = P.str(or(get(config, "model_type"), "")), tower, extra;
    if (modelType === "gemma3" && get(vision, "model_type", "siglip_vision_model") === "siglip_vision_model") {
      tower = LSClassic.siglipVision(vision);
      if (tower !== null) {
        extra = tower + vision.hidden_size * text.hidden_size + vision.hidden_size;
        return PC(language.total + extra, T(language.active) ? language.active + extra : null, language.exact, language.reason);
      }
    }
    if ((modelType === "mistral3" || modelType === "ministral3") && get(vision, "model_type") === "pixtral") {
      tower = LSClassic.pixtralVision(vision);
      if (tower !== null) {
        var merge = N(get(config, "spatial_merge_size", 2)), width = N(vision.hidden_size), th = N(text.hidden_size);
        var bias = T(get(config, "multimodal_projector_bias", false)) ? 1 : 0;
        extra = tower + width + width * merge * merge * width + width * th + th * th + bias * 2 * th;
        return PC(language.total + extra, T(language.active) ? language.active + extra : null, language.exact, language.reason);
      }
    }
    var kind = or(get(vision, "model_type"), "unnamed");
    return PC(language.total, language.active, false, "language model only: the " + kind + " vision tower and projector are not counted");
  }

  function textConfig(config) {
    var keys = ["text_config", "language_config", "llm_config"];
    for (var i = 0; i < keys.length; i++) {
      var v = get(config, keys[i]);
      if (v && typeof v === "object" && !Array.isArray(v) && T(get(v, "hidden_size"))) return v;
    }
    return null;
  }

  function normalized(config) {
    var cfg = A(config);
    for (var old in ALIASES) if (get(cfg, ALIASES[old]) === null && get(cfg, old) !== null) cfg[ALIASES[old]] = cfg[old];
    var defaults = get(TYPE_DEFAULTS, P.str(or(get(cfg, "model_type"), "")), {});
    for (var k in defaults) if (!P.has(cfg, k)) cfg[k] = defaults[k];
    return cfg;
  }

  var COUNTERS = {};
  ["llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3_text", "phi3", "olmo2", "granite", "smollm3", "mixtral",
   "qwen2_moe", "qwen3_moe", "deepseek_v2", "deepseek_v3", "kimi_k2", "glm4_moe", "llama4_text", "ministral3", "gpt_oss"
  ].forEach(function (t) { COUNTERS[t] = function (cfg) { return decoder(cfg, t); }; });
  ["qwen3_next", "qwen3_5_text", "qwen3_5_moe_text"].forEach(function (t) { COUNTERS[t] = gatedHybrid; });
  COUNTERS.gpt2 = gpt2;
  COUNTERS.bert = function (cfg) { return exact(LSClassic.bertLike(cfg, false), "bert", cfg); };
  COUNTERS["xlm-roberta"] = function (cfg) { return exact(LSClassic.bertLike(cfg, false)); };
  COUNTERS.distilbert = function (cfg) { return exact(LSClassic.bertLike(cfg, true)); };
  ["t5", "whisper", "bloom", "falcon", "phi"].forEach(function (t) { COUNTERS[t] = function (cfg) { return exact(LSClassic[t](cfg), t, cfg); }; });
  COUNTERS["phi-msft"] = COUNTERS.phi;
  var MULTIMODAL_TYPES = ["gemma3", "mistral3", "ministral3", "llava", "qwen2_5_vl", "qwen2_vl", "llama4", "mllama", "gemma3n", "idefics3", "smolvlm"];
  var ARCHITECTURE_TYPES = {
    LlamaForCausalLM: "llama", MistralForCausalLM: "mistral", MixtralForCausalLM: "mixtral", Qwen2ForCausalLM: "qwen2",
    Qwen3ForCausalLM: "qwen3", Qwen3MoeForCausalLM: "qwen3_moe", GemmaForCausalLM: "gemma", Gemma2ForCausalLM: "gemma2",
    Gemma3ForCausalLM: "gemma3_text", Gemma3ForConditionalGeneration: "gemma3", Phi3ForCausalLM: "phi3", PhiForCausalLM: "phi",
    GPT2LMHeadModel: "gpt2", BertForMaskedLM: "bert", BertModel: "bert", DistilBertForMaskedLM: "distilbert",
    DistilBertForSequenceClassification: "distilbert", T5ForConditionalGeneration: "t5", BloomForCausalLM: "bloom",
    FalconForCausalLM: "falcon", GptOssForCausalLM: "gpt_oss", WhisperForConditionalGeneration: "whisper",
    DeepseekV3ForCausalLM: "deepseek_v3", Olmo2ForCausalLM: "olmo2", GraniteForCausalLM: "granite",
    Qwen3NextForCausalLM: "qwen3_next", Mistral3ForConditionalGeneration: "mistral3", SmolLM3ForCausalLM: "smollm3",
    Glm4MoeForCausalLM: "glm4_moe"
  };
  var HYBRID_KEYS = ["block_configs", "full_attn_idxs", "full_attention_interval", "hybrid_override_pattern", "attn_layer_period",
                     "attn_type_list", "linear_attn_config", "mamba_d_state", "ssm_state_size"];
  var ALIASES = { interleave_moe_layer_step: "decoder_sparse_step", n_embd: "hidden_size", d_model: "hidden_size", dim: "hidden_size",
                  n_layer: "num_hidden_layers", n_layers: "num_hidden_layers", num_layers: "num_hidden_layers", n_head: "num_attention_heads",
                  n_heads: "num_attention_heads", num_heads: "num_attention_heads", n_positions: "max_position_embeddings", d_kv: "head_dim",
                  hidden_dim: "intermediate_size", top_k_experts: "num_experts_per_tok" };  // Gemma 4's name
  var L = { norms: 2, mlp_mats: 3 };
  var DECODER_RULES = {
    llama: L, mistral: L, ministral3: L, granite: L, phi3: L, mixtral: L,
    smollm3: A(L, { tied_default: true }), qwen2: A(L, { qkv_bias: true }), qwen2_moe: A(L, { qkv_bias: true }),
    qwen3: A(L, { qk_norm: "per_head" }), qwen3_moe: A(L, { qk_norm: "per_head" }), olmo2: A(L, { qk_norm: "all_heads" }),
    gemma: A(L, { tied_default: true }), gemma2: A(L, { norms: 4, tied_default: true }),
    gemma3_text: A(L, { norms: 4, qk_norm: "per_head", tied_default: true }),
    deepseek_v2: A(L, { score_bias: true }), deepseek_v3: A(L, { score_bias: true, mtp: true }),
    llama4_text: A(L, { dense_width: "intermediate_size_mlp", shared_expert_width: true }),
    kimi_k2: A(L, { score_bias: true, mtp: true }), glm4_moe: A(L, { score_bias: true, qkv_bias: true, mtp: true }),
    gpt_oss: A(L, { qkv_bias: true, o_bias: true, sinks: true, expert_bias: true, router_bias: true }),
    gpt_neox: { norms: 4, mlp_mats: 2, mlp_bias: true, qkv_bias: true, o_bias: true, layernorm_bias: true }  // params.py
  };
  var TYPE_DEFAULTS = {
    deepseek_v3: { qk_rope_head_dim: 64, qk_nope_head_dim: 128, v_head_dim: 128, first_k_dense_replace: 3 },
    deepseek_v2: { qk_rope_head_dim: 64, qk_nope_head_dim: 128, v_head_dim: 128, first_k_dense_replace: 0, topk_method: "greedy" },
    kimi_k2: { qk_rope_head_dim: 64, qk_nope_head_dim: 128, v_head_dim: 128 },
    gemma3_text: { num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256, vocab_size: 262208 },
    // Qwen3-Next stores one MTP layer its config does not declare (params.py TYPE_DEFAULTS, vLLM's default)
    qwen3_next: { mtp_num_hidden_layers: 1 }
  };
  return { countParameters: countParameters, known: function (t) { return P.has(COUNTERS, t); } };
})(LSPy);
