/* LLM Sizes: weights of a Hub repo as the build reads them — quantization and packed counts, the stored
   number format, download options from the file list, and the size of a Q8_0 / Q4_K_M GGUF build from the
   config's tensors: a line-by-line port of pipeline/data/weights.py and ggufquant.py; inlined into
   config-rules.js by the build (needs LSPy and LSCache). */
var LSWeights = (function (P, Cache) {
  "use strict";
  var T = P.T, or = P.or, get = P.get, int_ = P.int_, A = P.assign, has = P.has;
  var DTYPE_BYTES = { F64: 8, F32: 4, F16: 2, BF16: 2, F8_E4M3: 1, F8_E5M2: 1, F8_E8M0: 1, I64: 8, I32: 4, U32: 4, I16: 2, U16: 2, I8: 1, U8: 1, BOOL: 1 };
  var FLOAT_DTYPES = ["F16", "BF16", "F32"];
  var TORCH_DTYPES = { float32: "F32", float16: "F16", bfloat16: "BF16" };
  var PRECISION_BYTES = { fp32: 4, fp16: 2, int8: 1, int4: 0.5 };
  var QUANT_LABELS = { gptq: "GPTQ", awq: "AWQ", mlx: "MLX", bnb: "bitsandbytes", nvfp4: "NVFP4", ct: "compressed-tensors", fp8: "FP8" };
  var isDict = Cache.isDict;
  function sortedUnique(a) { return a.filter(function (v, i) { return a.indexOf(v) === i; }).sort(function (x, y) { return x - y; }); }

  // weights.py: quantization, unpacking, stored number format, download size
  function quantization(config) {
    var quant = isDict(get(config, "quantization_config")) ? config.quantization_config : null;
    var mlx = isDict(get(config, "quantization")) ? config.quantization : null;
    if (mlx !== null && quant === null) {
      var bits = [];
      Object.keys(mlx).forEach(function (k) { var v = mlx[k]; if (isDict(v) && T(get(v, "bits"))) bits.push(Math.trunc(v.bits)); });
      if (int_(get(mlx, "bits"))) bits.push(Math.trunc(mlx.bits));
      return { method: "mlx", bits: int_(get(mlx, "bits")), group_size: int_(get(mlx, "group_size")) || 64,
               layer_bits: sortedUnique(bits), overrides: mlxOverrides(config, mlx) };
    }
    if (!T(quant)) return {};
    var method = P.str(or(get(quant, "quant_method"), "")).toLowerCase();
    var algo = P.str(or(get(quant, "quant_algo"), get(quant, "format"), "")).toLowerCase();
    if (method === "compressed-tensors") {
      var groups = Object.keys(or(get(quant, "config_groups"), {})).map(function (k) { return quant.config_groups[k]; }).filter(isDict);
      var ws = groups.map(function (g) { return or(get(g, "weights"), {}); });
      var nb = sortedUnique(ws.filter(function (w) { return T(get(w, "num_bits")); }).map(function (w) { return Math.trunc(w.num_bits); }));
      var group = null;
      for (var i = 0; i < ws.length; i++) if (int_(get(ws[i], "group_size"))) { group = int_(ws[i].group_size); break; }
      var kind = algo.indexOf("nvfp4") >= 0 || (nb.length === 1 && nb[0] === 4 && ws.some(function (w) { return get(w, "type") === "float"; })) ? "nvfp4" : "ct";
      return { method: kind, bits: nb.length === 1 ? nb[0] : null, group_size: kind === "nvfp4" ? (group || 16) : group, layer_bits: nb, format: algo };
    }
    if (method === "modelopt" || algo.indexOf("nvfp4") >= 0) return { method: "nvfp4", bits: 4, group_size: 16 };
    if (method === "bitsandbytes") {
      return { method: "bnb", bits: T(get(quant, "load_in_4bit")) ? 4 : T(get(quant, "load_in_8bit")) ? 8 : null,
               double_quant: T(get(quant, "bnb_4bit_use_double_quant")), type: get(quant, "bnb_4bit_quant_type") };
    }
    var g = get(quant, "group_size") !== null ? quant.group_size : get(quant, "q_group_size");
    return { method: method, bits: int_(or(get(quant, "bits"), get(quant, "w_bit"))), group_size: int_(g) };
  }

  function unpack(byDtype, total, quant) {
    var method = get(quant, "method"), bits = get(quant, "bits"), group = get(quant, "group_size");
    var packedDtype = get({ bnb: "U8", nvfp4: "U8", mlx: "U32" }, method || "", null);
    if (packedDtype === null) packedDtype = ["I32", "U32"].filter(function (d) { return T(get(byDtype, d)); })[0] || null;
    if (method === "mxfp4" || packedDtype === null || !T(get(byDtype, packedDtype))) return [null, null];
    if (method === "bnb" && bits === 8) return [null, null];
    var packed = byDtype[packedDtype], flag = { dtype_elements: packed, bits: bits };
    if (!T(bits)) return [null, flag];
    var scaleDtype = null;
    FLOAT_DTYPES.forEach(function (d) { if (T(get(byDtype, d)) && (scaleDtype === null || byDtype[d] > byDtype[scaleDtype])) scaleDtype = d; });
    var scales = 0, weights;
    if (method === "bnb") {
      weights = T(get(quant, "double_quant")) ? packed * 64 / 33 : packed * 2;
      if (!T(get(quant, "double_quant"))) { scaleDtype = T(get(byDtype, "F32")) ? "F32" : scaleDtype; scales = weights / 64; }
    } else if (method === "nvfp4") {
      weights = packed * 2; scaleDtype = "F8_E4M3"; scales = weights / 16;
    } else if (method === "mlx") {
      var overrides = or(get(quant, "overrides"), []), own = 0, counted = 0;
      overrides.forEach(function (o) { own += o[0] * o[1] / 32; });
      overrides.forEach(function (o) { counted += o[0]; });
      weights = counted + (packed - own) * 32 / bits;
      scales = 2 * weights / (group || 64);
    } else {
      var zeros = T(group) && (method === "gptq" || method === "awq") ? 1 / group : 0;
      weights = packed * 32 / bits / (1 + zeros);
      scales = T(group) ? weights / group : 0;
    }
    if (scaleDtype && scales) scales = Math.min(scales, get(byDtype, scaleDtype, 0));
    return [P.round(total - packed - scales + weights), flag];
  }

  function mlxOverrides(config, mlx) {
    var bits = int_(get(mlx, "bits")), shapes = moduleWeights(Cache.languageConfig(config)), found = [];
    var keys = Object.keys(mlx);
    for (var i = 0; i < keys.length; i++) {
      var path = keys[i], entry = mlx[path];
      if (!isDict(entry) || int_(get(entry, "bits")) === null || int_(get(entry, "bits")) === bits) continue;
      var name = path.split(".").pop();
      var n = path.indexOf("experts") < 0 && path.indexOf("switch") < 0 ? get(shapes, name) : null;
      if (n === null) return null;
      found.push([n, Math.trunc(entry.bits)]);
    }
    return found;
  }

  function moduleWeights(config) {
    var hidden = int_(get(config, "hidden_size")), heads = int_(get(config, "num_attention_heads"));
    var inter = int_(get(config, "intermediate_size")), vocab = int_(get(config, "vocab_size"));
    if (!(hidden && heads)) return {};
    var kv = int_(get(config, "num_key_value_heads")) || heads, hd = int_(get(config, "head_dim")) || Math.floor(hidden / heads);
    var s = { q_proj: hidden * heads * hd, k_proj: hidden * kv * hd, v_proj: hidden * kv * hd, o_proj: heads * hd * hidden };
    if (inter) { s.gate_proj = hidden * inter; s.up_proj = hidden * inter; s.down_proj = inter * hidden; }
    if (vocab) { s.embed_tokens = vocab * hidden; s.lm_head = vocab * hidden; }
    return s;
  }

  function storedDtype(byDtype, config, quant) {
    var method = get(quant, "method"), bits = get(quant, "bits"), label = get(QUANT_LABELS, method || "", null);
    if (method === "mxfp4" || (get(config, "model_type") === "gpt_oss" && T(byDtype) && has(byDtype, "U8"))) return "MXFP4";
    if (label) {
      if (method === "mlx" && or(get(quant, "layer_bits"), []).length > 1) return label + " " + quant.layer_bits.join("/") + "-bit";
      return T(bits) && method !== "nvfp4" ? label + " " + bits + "-bit" : label;
    }
    if (T(byDtype)) {
      var best = null;
      Object.keys(byDtype).forEach(function (d) {
        if (best === null || byDtype[d] > byDtype[best] || (byDtype[d] === byDtype[best] && d > best)) best = d;
      });
      return best;
    }
    return get(TORCH_DTYPES, P.str(or(get(config, "torch_dtype"), get(config, "dtype"), "")).toLowerCase(), null);
  }

  function dtypeBytesFor(config, quant) {
    return get(quant, "method") === "mxfp4" || get(config, "model_type") === "gpt_oss" ? A(DTYPE_BYTES, { U8: 17 / 32 }) : DTYPE_BYTES;
  }

  var DECLARED_FORMAT = /(?:^|[-_/.])(NVFP4|MXFP4|FP8|AWQ|GPTQ)(?:-Int(\d))?(?:$|[-_.])/i;
  function declaredQuantization(repoId) {
    var m = DECLARED_FORMAT.exec(P.str(repoId || ""));
    if (!m) return {};
    var token = m[1].toUpperCase();
    if (token === "NVFP4") return { method: "nvfp4", bits: 4, group_size: 16, declared_by: "name" };
    if (token === "MXFP4") return { method: "mxfp4", bits: 4, group_size: 32, declared_by: "name" };
    if (token === "FP8") return { method: "fp8", bits: null, group_size: null, declared_by: "name" };
    return { method: token.toLowerCase(), bits: parseInt(m[2] || "4", 10), group_size: 128, declared_by: "name" };
  }
  function packedBytesPerWeight(quant) {
    var method = get(quant, "method"), bits = get(quant, "bits"), group = get(quant, "group_size");
    if (method === "nvfp4") return 0.5 + 1 / 16;
    if (method === "mxfp4") return 17 / 32;
    if (method === "fp8") return 1.0;
    if (method === "bnb" && T(bits)) return bits === 8 ? 1.0 : 0.5 + (T(get(quant, "double_quant")) ? 1 : 4) / 64;
    if (!T(bits) || ["gptq", "awq", "ct", "mlx"].indexOf(method) < 0) return null;
    group = T(group) ? group : (method === "mlx" ? 64 : 128);
    var perGroup = { gptq: 2 + bits / 8, awq: 2 + bits / 8, ct: 2, mlx: 4 }[method];
    return bits / 8 + perGroup / group;
  }
  function packedEstimate(total, config, quant) {
    var perWeight = packedBytesPerWeight(quant);
    if (!T(total) || perWeight === null) return null;
    var vocab = int_(get(config, "vocab_size")), hidden = int_(get(config, "hidden_size"));
    var tied = T(get(config, "tie_word_embeddings"));
    var kept = T(vocab) && T(hidden) ? Math.min(total, vocab * hidden * (tied ? 1 : 2)) : 0;
    return Math.trunc((total - kept) * perWeight + kept * 2);
  }

  function weightsBytes(downloads, byDtype, total, dtype, dtypeBytes, packed) {
    dtypeBytes = dtypeBytes || DTYPE_BYTES;
    var wanted = ["safetensors", "pytorch"];
    for (var w = 0; w < 2; w++) for (var i = 0; i < downloads.length; i++) {
      var o = downloads[i];
      if (o.format === wanted[w] && o.variant === "default" && (o.basis === "file-sizes" || o.basis === "reconstructed")) return [o.bytes, o.basis, false];
    }
    if (T(byDtype) && Object.keys(byDtype).every(function (d) { return has(dtypeBytes, d); })) {
      var sum = 0;
      Object.keys(byDtype).forEach(function (d) { sum += byDtype[d] * dtypeBytes[d]; });
      return [Math.trunc(sum), "hub-safetensors", true];
    }
    if (T(packed)) return [packed, "config-estimate", true];
    if (T(total) && has(dtypeBytes, dtype)) return [Math.trunc(total * dtypeBytes[dtype]), "config-estimate", true];
    return [null, null, null];
  }

  // ggufquant.py: a Q8_0 / Q4_K_M build from the config's tensors (sizes: gguf.GGML_QUANT_SIZES)
  var QUANT_SIZES = { F32: [1, 4], F16: [1, 2], BF16: [1, 2], Q4_0: [32, 18], Q5_0: [32, 22], Q5_1: [32, 24], Q8_0: [32, 34],
                      Q4_K: [256, 144], Q5_K: [256, 176], Q6_K: [256, 210] };
  var MAIN_TYPE = { Q4_K_M: "Q4_K", Q8_0: "Q8_0" }, FALLBACK = { Q4_K: "Q5_0", Q5_K: "Q5_1", Q6_K: "Q8_0" };
  // ggufquant.TEXT_TWINS: a multimodal language model llama.cpp writes with its text sibling's tensors
  var TEXT_TWINS = { qwen3_vl_text: "qwen3", qwen3_vl_moe_text: "qwen3_moe" };
  var DENSE_TYPES = ["llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3_text", "phi3", "granite", "olmo2", "smollm3"];
  var TIED_BY_DEFAULT = { gemma: true, gemma2: true, gemma3_text: true };
  function tensorBytes(kind, row, rows) { var s = QUANT_SIZES[kind]; return Math.floor(row / s[0]) * s[1] * rows; }
  function estimateGgufBytes(configOrParams, quant) {
    quant = quant || "Q4_K_M";
    if (!has(MAIN_TYPE, quant)) return null;
    if (typeof configOrParams === "number") {
      var s = QUANT_SIZES[MAIN_TYPE[quant]];
      return Math.trunc(configOrParams * (s[1] * 8 / s[0]) / 8);
    }
    var language = Cache.languageConfig(configOrParams);
    var twin = TEXT_TWINS[P.str(or(get(language, "model_type"), ""))];
    if (twin) language = Object.assign({}, language, { model_type: twin });
    var t = denseTensors(language) || moeTensors(language);
    if (t === null) return null;
    var total = 0;
    t.list.forEach(function (x) { total += tensorBytes(tensorType(x[0], x[1], quant, x[3], x[4], t.meta), x[1], x[2]); });
    return total;
  }
  function tensorType(name, row, quant, layer, layers, meta) {
    if (/_norm$/.test(name) || /_bias$/.test(name) || name === "ffn_gate_inp") return "F32";
    var main = MAIN_TYPE[quant], isOutput = name === "output" || (name === "token_embd" && meta.tied), kind = main;
    if (quant === "Q4_K_M") {
      if (isOutput) kind = meta.falcon || row % 256 ? "Q8_0" : "Q6_K";
      else if (name === "attn_v") {
        kind = useMoreBits(layer, layers) ? "Q6_K" : main;
        if (meta.layers === 80 && meta.llama && kind === "Q4_K") kind = "Q5_K";
        if (meta.experts === 8) kind = "Q8_0";
      } else if (name === "attn_k" && meta.experts === 8) kind = "Q8_0";
      else if (name.indexOf("ffn_down") === 0 && useMoreBits(layer, layers)) kind = "Q6_K";
      else if (name === "attn_output" && meta.experts === 8) kind = "Q5_K";
      else if (name === "attn_qkv") kind = "Q5_K";
    }
    if (row % QUANT_SIZES[kind][0]) {
      kind = get(FALLBACK, kind, "F16");
      if (row % QUANT_SIZES[kind][0]) kind = "F16";
    }
    return kind;
  }
  function useMoreBits(layer, layers) {
    var eighth = Math.floor(layers / 8);
    return layer < eighth || layer >= Math.floor(7 * layers / 8) || P.mod(layer - eighth, 3) === 2;
  }
  var MOE_TYPES = ["qwen2_moe", "qwen3_moe", "mixtral", "deepseek_v2", "deepseek_v3"], MLA_TYPES = ["deepseek_v2", "deepseek_v3"];
  function moeTensors(config) {
    var mt = P.str(or(get(config, "model_type"), ""));
    var hidden = int_(get(config, "hidden_size")), layers = int_(get(config, "num_hidden_layers"));
    var heads = int_(get(config, "num_attention_heads")), vocab = int_(get(config, "vocab_size"));
    var experts = int_(or(get(config, "n_routed_experts"), get(config, "num_experts"), get(config, "num_local_experts")));
    if (MOE_TYPES.indexOf(mt) < 0 || !(hidden && layers && heads && vocab && experts)) return null;
    var mixtral = mt === "mixtral", mla = MLA_TYPES.indexOf(mt) >= 0;
    var ew = int_(mixtral ? get(config, "intermediate_size") : get(config, "moe_intermediate_size"));
    var dw = int_(get(config, "intermediate_size"));
    if (!ew) return null;
    var kvh = int_(get(config, "num_key_value_heads")) || heads, hd = int_(get(config, "head_dim")) || Math.floor(hidden / heads);
    var tied = T(get(config, "tie_word_embeddings"));
    var shared = mla ? (int_(get(config, "n_shared_experts")) || 0) * ew : (int_(get(config, "shared_expert_intermediate_size")) || 0);
    var list = [["token_embd", hidden, vocab, 0, 1], ["output_norm", hidden, 1, 0, 1]];
    if (!tied) list.push(["output", hidden, vocab, 0, 1]);
    for (var i = 0; i < layers; i++) {
      list.push(["attn_norm", hidden, 1, i, layers], ["ffn_norm", hidden, 1, i, layers]);
      moeAttention(config, mt, hidden, heads, kvh, hd, i, layers).forEach(function (x) { list.push(x); });
      if (moeLayer(config, mt, i)) {
        list.push(["ffn_gate_inp", hidden, experts, i, layers], ["ffn_gate_exps", hidden, ew * experts, i, layers],
                  ["ffn_up_exps", hidden, ew * experts, i, layers], ["ffn_down_exps", ew, hidden * experts, i, layers]);
        if (shared) {
          list.push(["ffn_gate_shexp", hidden, shared, i, layers], ["ffn_up_shexp", hidden, shared, i, layers],
                    ["ffn_down_shexp", shared, hidden, i, layers]);
          if (mt === "qwen2_moe") list.push(["ffn_gate_inp_shexp_norm", hidden, 1, i, layers]);
        }
      } else if (dw) {
        list.push(["ffn_gate", hidden, dw, i, layers], ["ffn_up", hidden, dw, i, layers], ["ffn_down", dw, hidden, i, layers]);
      }
    }
    return { list: list, meta: { tied: tied, layers: layers, experts: experts, falcon: false, llama: false } };
  }
  function moeAttention(config, mt, hidden, heads, kvh, hd, i, layers) {
    if (MLA_TYPES.indexOf(mt) >= 0 && int_(get(config, "kv_lora_rank"))) {
      var rank = int_(get(config, "kv_lora_rank")), rope = int_(get(config, "qk_rope_head_dim")) || 0;
      var nope = int_(get(config, "qk_nope_head_dim")) || 0, vd = int_(get(config, "v_head_dim")) || hd;
      var qr = int_(get(config, "q_lora_rank")), qd = heads * (nope + rope);
      var out = qr ? [["attn_q_a", hidden, qr, i, layers], ["attn_q_a_norm", qr, 1, i, layers], ["attn_q_b", qr, qd, i, layers]]
                   : [["attn_q", hidden, qd, i, layers]];
      return out.concat([["attn_kv_a_mqa", hidden, rank + rope, i, layers], ["attn_kv_a_norm", rank, 1, i, layers],
                         ["attn_kv_b", rank, heads * (nope + vd), i, layers], ["attn_output", heads * vd, hidden, i, layers]]);
    }
    var q = heads * hd, kv = kvh * hd;
    var res = [["attn_q", hidden, q, i, layers], ["attn_k", hidden, kv, i, layers], ["attn_v", hidden, kv, i, layers],
               ["attn_output", q, hidden, i, layers]];
    if (mt === "qwen2_moe") res.push(["attn_qkv_bias", q + 2 * kv, 1, i, layers]);
    if (mt === "qwen3_moe") res.push(["attn_q_norm", hd, 1, i, layers], ["attn_k_norm", hd, 1, i, layers]);
    return res;
  }
  function moeLayer(config, mt, i) {
    if (MLA_TYPES.indexOf(mt) >= 0) {
      var freq = int_(get(config, "moe_layer_freq")) || 1;
      return i >= (int_(get(config, "first_k_dense_replace")) || 0) && P.mod(i, freq) === 0;
    }
    if (mt === "qwen2_moe" || mt === "qwen3_moe") {
      var step = int_(get(config, "decoder_sparse_step")) || 1, only = or(get(config, "mlp_only_layers"), []);
      return only.indexOf(i) < 0 && P.mod(i + 1, step) === 0;
    }
    return true;
  }
  function denseTensors(config) {
    var hidden = int_(get(config, "hidden_size")), layers = int_(get(config, "num_hidden_layers"));
    var heads = int_(get(config, "num_attention_heads")), vocab = int_(get(config, "vocab_size")), inter = int_(get(config, "intermediate_size"));
    var mt = P.str(or(get(config, "model_type"), ""));
    if (!(hidden && layers && heads && vocab && inter) || DENSE_TYPES.indexOf(mt) < 0) return null;
    if (["num_local_experts", "num_experts", "n_routed_experts", "kv_lora_rank"].some(function (k) { return T(get(config, k)); })) return null;
    var kvh = int_(get(config, "num_key_value_heads")) || heads, hd = int_(get(config, "head_dim")) || Math.floor(hidden / heads);
    var tied = get(config, "tie_word_embeddings");
    tied = tied === null ? get(TIED_BY_DEFAULT, mt, false) : T(tied);
    var q = heads * hd, kv = kvh * hd, list = [["token_embd", hidden, vocab, 0, 1], ["output_norm", hidden, 1, 0, 1]];
    if (!tied) list.push(["output", hidden, vocab, 0, 1]);
    var norms = mt === "gemma2" || mt === "gemma3_text" ? 4 : 2, fused = mt === "phi3";
    for (var i = 0; i < layers; i++) {
      ["attn", "ffn", "post_attn", "post_ffw"].slice(0, norms).forEach(function (n) { list.push([n + "_norm", hidden, 1, i, layers]); });
      if (fused) list.push(["attn_qkv", hidden, q + 2 * kv, i, layers]);
      else list.push(["attn_q", hidden, q, i, layers], ["attn_k", hidden, kv, i, layers], ["attn_v", hidden, kv, i, layers]);
      if (mt === "qwen2" || T(get(config, "attention_bias"))) list.push(["attn_qkv_bias", q + 2 * kv, 1, i, layers]);
      list.push(["attn_output", q, hidden, i, layers]);
      if (fused) list.push(["ffn_up", hidden, 2 * inter, i, layers]);
      else list.push(["ffn_gate", hidden, inter, i, layers], ["ffn_up", hidden, inter, i, layers]);
      list.push(["ffn_down", inter, hidden, i, layers]);
    }
    return { list: list, meta: { tied: tied, layers: layers, experts: 0, falcon: mt === "falcon", llama: mt === "llama" } };
  }

  // weights.download_options: the repo's weight files grouped by format and variant
  var FORMAT_ORDER = ["safetensors", "pytorch", "gguf", "onnx", "tflite", "mediapipe", "mlc", "other"];
  var SHARD_SUFFIX = /-\d{5}-of-\d{5}$/i;
  var QUANT_TAG = /((?:UD-)?(?:IQ\d_[A-Z0-9_]+|TQ\d_\d|Q\d(?:_[A-Z0-9]+)*|MXFP4(?:_MOE)?|BF16|F16|F32)|int[48])/i;
  function quantTag(name) { var m = QUANT_TAG.exec(name); return m ? m[1].toUpperCase().replace("INT", "int") : null; }
  function classifyFile(path) {
    var name = path.split("/").pop().toLowerCase(), folder = path.indexOf("/") >= 0 ? path.slice(0, path.lastIndexOf("/")) : "";
    if (/\.safetensors$/.test(name)) {
      if (!folder && /^consolidated(\.\d+)?\.safetensors$/.test(name)) return ["safetensors", "consolidated"];
      return ["safetensors", folder || "default"];
    }
    if (/\.gguf$/.test(name)) {
      var stem = name.slice(0, -5).replace(SHARD_SUFFIX, "");
      if (stem.indexOf("mmproj") >= 0) return ["other", "mmproj-" + (quantTag(stem) || stem)];
      return ["gguf", quantTag(stem) || stem];
    }
    if (/\.onnx$|\.onnx_data$|\.onnx\.data$/.test(name)) {
      var s = name.replace(/\.onnx(_data|\.data)?$/, "");
      return ["onnx", (folder + "/" + s).replace(/^\/+|\/+$/g, "")];
    }
    if (/\.tflite$/.test(name)) return ["tflite", name.slice(0, -7)];
    if (/\.task$/.test(name) || /-(cpu|gpu)-int[48]\.bin$/.test(name)) return ["mediapipe", name];
    if (/^pytorch_model(-\d+-of-\d+)?\.bin$/.test(name) && !folder) return ["pytorch", "default"];
    return [null, ""];
  }
  function downloadOptions(tree, extraFiles, basis) {
    var groups = {}, order = [];
    (tree || []).forEach(function (e) {
      if (get(e, "type", "file") !== "file" || get(e, "size") === null) return;
      var c = classifyFile(e.path);
      if (c[0] === null) return;
      var size = Math.trunc(or(get(or(get(e, "lfs"), {}), "size"), e.size)), key = c[0] + "\u0000" + c[1];
      if (!has(groups, key)) { groups[key] = { format: c[0], variant: c[1], files: [], bytes: 0, largest: 0 }; order.push(key); }
      var g = groups[key];
      g.files.push(e.path); g.bytes += size; g.largest = Math.max(g.largest, size);
    });
    var ck = "safetensors\u0000consolidated";
    if (has(groups, ck)) {
      var cons = groups[ck];
      delete groups[ck]; order.splice(order.indexOf(ck), 1);
      cons.variant = has(groups, "safetensors\u0000default") ? "consolidated" : "default";
      var nk = "safetensors\u0000" + cons.variant;
      if (!has(groups, nk)) order.push(nk);
      groups[nk] = cons;
    }
    var options = order.map(function (k) {
      var g = groups[k], files = g.files.slice().sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
      return { format: g.format, variant: g.variant, file: files.length === 1 ? files[0] : files[0] + " (+" + (files.length - 1) + ")",
               files: files.length, bytes: g.bytes, basis: basis, source: null, largest_file_bytes: g.largest };
    });
    (extraFiles || []).forEach(function (x) {
      options.push({ format: x.format, variant: x.quant || quantTag(x.file) || x.file, file: x.file, files: 1, bytes: x.size_bytes,
                     basis: x.basis || "third-party", source: x.source, repo: x.repo, largest_file_bytes: x.size_bytes });
    });
    options.sort(function (a, b) {
      var d = FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format);
      return d || a.bytes - b.bytes || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    });
    return options;
  }

  return { quantization: quantization, unpack: unpack, storedDtype: storedDtype, dtypeBytesFor: dtypeBytesFor,
           weightsBytes: weightsBytes, declaredQuantization: declaredQuantization, packedEstimate: packedEstimate,
           estimateGgufBytes: estimateGgufBytes, downloadOptions: downloadOptions };
})(LSPy, LSCache);
