/* LLM Sizes: one Hub repo's config.json and model info turned into the figures the build computes for a
   tracked model, by the same rules (a line-by-line port: pipeline/data/weights.py, ggufquant.py, the
   row of compute.hub_row and fit.weight_formats / kv_bytes / fit_row / judge). hub-model.js loads this
   file only when a reader asks for a Hub model; tests/test_config_rules_parity.py runs it in node on
   every config fixture and tracked model and requires Python's figures. */
/* @include config-params.js */
/* @include config-classic.js */
/* @include config-cache.js */

var LSConfigRules = (function (P, Params, Cache) {
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

  function weightsBytes(downloads, byDtype, total, dtype, dtypeBytes) {
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
    if (T(total) && has(dtypeBytes, dtype)) return [Math.trunc(total * dtypeBytes[dtype]), "config-estimate", true];
    return [null, null, null];
  }

  // ggufquant.py: a Q8_0 / Q4_K_M build from the config's tensors (sizes: gguf.GGML_QUANT_SIZES)
  var QUANT_SIZES = { F32: [1, 4], F16: [1, 2], BF16: [1, 2], Q4_0: [32, 18], Q5_0: [32, 22], Q5_1: [32, 24], Q8_0: [32, 34],
                      Q4_K: [256, 144], Q5_K: [256, 176], Q6_K: [256, 210] };
  var MAIN_TYPE = { Q4_K_M: "Q4_K", Q8_0: "Q8_0" }, FALLBACK = { Q4_K: "Q5_0", Q5_K: "Q5_1", Q6_K: "Q8_0" };
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
    var t = denseTensors(Cache.languageConfig(configOrParams));
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
      else if (name === "ffn_down" && useMoreBits(layer, layers)) kind = "Q6_K";
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

  // compute.hub_row: the figures of one repo from its model info and config.json
  function parameterCount(info, quant) {
    var st = or(get(info, "safetensors"), {}), byDtype = {}, params = or(get(st, "parameters"), {});
    Object.keys(params).forEach(function (k) { byDtype[String(k).toUpperCase()] = Math.trunc(params[k]); });
    var total = get(st, "total"), r = { params_total: null, params_basis: null, params_by_dtype: T(byDtype) ? byDtype : null, packed_weights: null };
    if (total !== null) { r.params_total = Math.trunc(total); r.params_basis = "hub-safetensors"; }
    else if (T(byDtype)) { r.params_total = Object.keys(byDtype).reduce(function (s, d) { return s + byDtype[d]; }, 0); r.params_basis = "hub-safetensors"; }
    else if (T(get(or(get(info, "gguf"), {}), "total"))) { r.params_total = Math.trunc(info.gguf.total); r.params_basis = "hub-gguf"; return r; }
    if (!T(byDtype) || !(T(quant) || T(get(byDtype, "I32")) || T(get(byDtype, "U32")))) return r;
    var u = unpack(byDtype, r.params_total, quant);
    if (T(u[1])) r.packed_weights = u[1];
    if (u[0] !== null) { r.params_total = u[0]; r.params_basis = "config-estimate"; }
    return r;
  }

  // input: {id, info (api/models/<id>), config (config.json), tree?, provenance?, extra_files?}
  function hubRow(input) {
    var info = input.info || {}, prov = input.provenance || {}, raw = input.config || {};
    var infoConfig = or(get(info, "config"), {});
    var architecture = or(get(infoConfig, "architectures"), get(raw, "architectures"), [null])[0];
    if (!T(get(raw, "model_type")) && T(get(infoConfig, "model_type"))) raw = A(raw, { model_type: infoConfig.model_type });
    var config = Cache.languageConfig(raw, architecture), reconstructed = get(prov, "basis") === "reconstructed";
    var row = { id: input.id, kind: "hub", name: input.name || String(input.id).split("/").pop(), status: "ok",
                snapshot_basis: get(prov, "basis"), revision: or(get(prov, "revision"), get(info, "sha")) };
    var quant = quantization(raw), params = parameterCount(info, quant);
    if (reconstructed && params.params_basis !== null) params.params_basis = "reconstructed";
    var counted = T(raw) ? Params.countParameters(raw) : null;
    if (params.params_total === null && counted !== null && T(counted.total)) {
      params.params_total = counted.total;
      params.params_basis = counted.exact && !T(get(prov, "config_trimmed")) ? "config-count" : "config-estimate";
    }
    for (var k in params) row[k] = params[k];
    var published = get(prov, "published_active_params");
    if (T(published) && T(get(published, "value"))) { row.params_active = Math.trunc(published.value); row.params_active_basis = "published"; }
    else {
      var act = Cache.activeParameters(params.params_total, config);
      row.params_active = T(act) ? act : null; row.params_active_basis = T(act) ? "config-estimate" : null;
    }
    var fromConfig = params.params_basis === "config-count" || params.params_basis === "config-estimate";
    if (row.params_active_basis !== "published" && counted !== null && T(counted.active) && T(counted.total) &&
        counted.active !== counted.total && (fromConfig || T(get(prov, "config_trimmed")))) {
      row.params_active = counted.active;
      row.params_active_basis = counted.exact && !T(get(prov, "config_trimmed")) ? "config-count" : "config-estimate";
    }
    row.params_exact = counted ? counted.exact : false;
    row.params_reason = counted ? counted.reason : "no config";
    row.stored_dtype = storedDtype(params.params_by_dtype, config, quant);
    row.downloads = downloadOptions(get(input, "tree"), input.extra_files, reconstructed ? "reconstructed" : "file-sizes");
    var wb = weightsBytes(row.downloads, params.params_by_dtype, params.params_total, row.stored_dtype, dtypeBytesFor(config, quant));
    row.weights_bytes = wb[0]; row.weights_bytes_basis = wb[1]; row.weights_bytes_estimated = wb[2];
    if (reconstructed && row.weights_bytes_basis === "hub-safetensors") row.weights_bytes_basis = "reconstructed";
    row.memory_bytes = T(params.params_total) ? { fp32: Math.trunc(params.params_total * 4), fp16: params.params_total * 2,
      int8: params.params_total, int4: Math.trunc(params.params_total * 0.5) } : null;
    var cache = Cache.kvCache(config, reconstructed ? "reconstructed" : "config");
    row.kv_cache = cache;
    row.kv_cache_bytes_per_token = cache.status === "computed" ? (cache.full_bytes_per_token + cache.sliding_bytes_per_token) || null : null;
    row.context_length = Cache.contextLength(config);
    var vocab = get(config, "vocab_size"), hidden = get(config, "hidden_size");
    row.vocab_size = P.isInt(vocab) && vocab > 0 ? vocab : null;
    row.hidden_size = P.isInt(hidden) && hidden > 0 ? hidden : null;
    var est = {};
    ["Q8_0", "Q4_K_M"].forEach(function (q) { var v = estimateGgufBytes(raw, q); if (T(v)) est[q] = v; });
    row.gguf_estimate_bytes = T(est) ? est : null;
    row.gated = get(info, "gated");
    row.license = get(or(get(info, "cardData"), {}), "license");
    row.pipeline_tag = get(info, "pipeline_tag");
    row.library_name = get(info, "library_name");
    row.architecture = architecture;
    return row;
  }

  // fit.py: weight formats, KV cache at a context, memory needed and the verdict
  var QUANTIZED_BUILD = /MLX|AWQ|GPTQ|\d\s*-?BIT|INT[48]|FP8|BNB/;
  var WEB_RUNTIMES = { onnx: "transformers.js", mediapipe: "mediapipe", tflite: "litert", mlc: "webllm" };
  var ENGINES = { gguf: "llama.cpp", safetensors: "vllm", pytorch: "vllm", mlx: "mlx", onnx: "browser", mediapipe: "browser",
                  tflite: "browser", mlc: "browser", other: "vllm", fp32: "vllm", fp16: "vllm", int8: "llama.cpp", int4: "llama.cpp" };
  var ENCODER_ONLY = /(ForMaskedLM|ForSequenceClassification|ForTokenClassification|ForQuestionAnswering)$/;
  var ENCODER_TASKS = ["fill-mask", "text-classification", "token-classification", "question-answering"];
  var COMMON_BUILD = { int8: "Q8_0", int4: "Q4_K_M" };
  var FLOATS = { F32: "fp32", BF16: "fp16", F16: "fp16", FP16: "fp16", FP32: "fp32" };
  function precisionOf(fmt, variant, stored) {
    var v = P.str(variant).toUpperCase();
    if ((fmt === "safetensors" || fmt === "pytorch") && QUANTIZED_BUILD.test(v))
      return /4\s*-?BIT|INT4|Q4|AWQ|W4/.test(v) ? "int4" : /8\s*-?BIT|INT8|Q8|FP8|W8/.test(v) ? "int8" : null;
    if (fmt === "safetensors" || fmt === "pytorch") return get(FLOATS, (stored || v).toUpperCase(), null);
    if (fmt === "gguf") {
      if (/^(I?Q4|MXFP4)/.test(v)) return "int4";
      if (v.indexOf("Q8") === 0) return "int8";
      return get({ F16: "fp16", BF16: "fp16", F32: "fp32" }, v, null);
    }
    if (fmt === "onnx") v = v.split("/").pop();
    if (/INT4|Q4|4BIT|BNB4/.test(v)) return "int4";
    if (/INT8|Q8|UINT8|QUANTIZED/.test(v)) return "int8";
    if (/FP16|F16/.test(v)) return "fp16";
    if (fmt === "onnx" && ["", "DEFAULT", "MODEL", "MODEL_FP32"].indexOf(v) >= 0) return "fp32";
    return null;
  }
  function estimate(row, precision, params) {
    var quant = get(COMMON_BUILD, precision, null);
    if (quant === null) return T(params) ? [P.round(params * PRECISION_BYTES[precision]), "params × bytes"] : [null, "unknown"];
    var fromConfig = get(or(row.gguf_estimate_bytes, {}), quant);
    if (T(fromConfig)) return [fromConfig, "≈ " + quant + ": llama.cpp's rule over the config's tensors"];
    if (T(params)) return [estimateGgufBytes(Math.trunc(params), quant), "≈ " + quant + ": parameters × its main type's bits"];
    return [null, "unknown"];
  }
  function weightFormats(row) {
    var params = row.params_total, formats = [], hasDefault = false;
    (row.downloads || []).forEach(function (d) {
      var key;
      if (d.format === "safetensors" && !QUANTIZED_BUILD.test(P.str(d.variant).toUpperCase())) { key = "safetensors"; hasDefault = true; }
      else key = d.format + ":" + d.variant;
      if (formats.some(function (f) { return f.format === key; })) return;
      formats.push({ format: key, precision: precisionOf(d.format, d.variant, key === "safetensors" ? row.stored_dtype : null),
                     estimated: false, weights_bytes: d.bytes, basis: d.basis || "file-sizes", largest_file_bytes: get(d, "largest_file_bytes"),
                     runtime: get(WEB_RUNTIMES, d.format, null),
                     engine: P.str(d.variant).toUpperCase().indexOf("MLX") >= 0 ? "mlx" : get(ENGINES, d.format, "vllm") });
    });
    if (T(row.weights_bytes) && !hasDefault) {
      formats.unshift({ format: "safetensors", precision: precisionOf("safetensors", "", row.stored_dtype), estimated: T(row.weights_bytes_estimated),
                        weights_bytes: row.weights_bytes, basis: row.weights_bytes_basis || "file-sizes", largest_file_bytes: null,
                        runtime: null, engine: "vllm" });
    }
    var covered = formats.filter(function (f) { return !f.estimated; }).map(function (f) { return f.precision; });
    ["fp16", "int8", "int4"].forEach(function (p) {
      if (covered.indexOf(p) >= 0) return;
      var e = estimate(row, p, params);
      formats.push({ format: p, precision: p, estimated: true, weights_bytes: e[0], basis: e[1], largest_file_bytes: null, runtime: null, engine: ENGINES[p] });
    });
    return formats;
  }
  function kvPrecision(runtime, asked) {
    var offered = Object.keys(runtime.kv_bytes_per_value).map(Number).filter(function (b) { return b >= asked; }).sort(function (a, b) { return a - b; });
    return offered.length ? offered[0] : 16;
  }
  function overhead(runtime, context, vocab, hidden) {
    var ref = runtime.reference_hidden_size || 4096, perToken = runtime.compute_bytes_per_token * (hidden || ref) / ref;
    return (runtime.fixed_bytes || 0) + (runtime.bytes_per_vocab_entry || 0) * (vocab || runtime.vocab_fallback || 256000) + P.round(perToken * context);
  }
  function encoderOnly(row) { return ENCODER_ONLY.test(row.architecture || "") || ENCODER_TASKS.indexOf(row.pipeline_tag) >= 0; }
  function kvBytes(row, context, runtime, kvBits) {
    var cache = row.kv_cache;
    if (encoderOnly(row) && (!cache || cache.status !== "computed")) return 0;
    var bits = runtime ? kvPrecision(runtime, kvBits || 16) : 16, scale = runtime ? runtime.kv_bytes_per_value[bits] / 2 : 1.0;
    if (cache) {
      if (cache.status === "not-applicable") return cache.state_bytes || 0;
      if (cache.status === "unknown") return null;
      var full = cache.full_bytes_per_token || 0, sliding = cache.sliding_bytes_per_token || 0, win = cache.sliding_window;
      if (runtime && sliding && (runtime.ignores_sliding_window || []).indexOf(row.architecture || "") >= 0) { full += sliding; sliding = 0; }
      if (runtime && cache.attention === "mla" && (runtime.mla_cache_factor || 1) !== 1) full = P.round(full * runtime.mla_cache_factor);
      return P.round((full * context + sliding * Math.min(context, win || context)) * scale) + (cache.state_bytes || 0);
    }
    return T(row.kv_cache_bytes_per_token) ? P.round(row.kv_cache_bytes_per_token * context * scale) : null;
  }
  function fitRow(row, fmt, context, rules, kvBits) {
    var engine = fmt.engine || "vllm", runtime = rules.runtimes[engine], weights = fmt.weights_bytes;
    var kv = kvBytes(row, context, runtime, kvBits || 16), over = overhead(runtime, context, row.vocab_size, row.hidden_size);
    return { format: fmt.format, context: context, context_limit: row.context_length, weights_bytes: weights, kv_bytes: kv,
             kv_precision: kvPrecision(runtime, kvBits || 16), engine: engine, overhead_bytes: over,
             total_bytes: weights !== null && weights !== undefined && kv !== null ? weights + kv + over : null };
  }
  function verdict(total, usable, rules) {
    if (total === null) return "unknown";
    return total > usable ? "no" : total > usable * rules.tight_share ? "tight" : "fits";
  }
  function judge(r, usable, rules) {
    var tooLong = !!(r.context_limit && r.context > r.context_limit);
    var parts = tooLong ? [r.weights_bytes] : [r.weights_bytes, r.overhead_bytes, r.kv_bytes], known = 0;
    parts.forEach(function (p) { if (p !== null && p !== undefined) known += p; });
    if (r.weights_bytes !== null && r.weights_bytes !== undefined && known > usable) return "no";
    if (tooLong) return "too-long";
    return verdict(r.total_bytes, usable, rules);
  }

  // pipeline/site/calc_data.py model_entry: one model as the calculator computes with it (CALC-MODEL-SHAPE.md)
  function kvTerms(row) {
    var cache = row.kv_cache;
    if (encoderOnly(row) && (!cache || cache.status !== "computed")) return [0, 0, null, 0, 0];
    if (cache) {
      if (cache.status === "not-applicable") return [0, 0, null, cache.state_bytes || 0, 0];
      if (cache.status === "unknown") return null;
      return [cache.full_bytes_per_token, cache.sliding_bytes_per_token, cache.sliding_window, cache.state_bytes, cache.attention === "mla" ? 1 : 0];
    }
    return T(row.kv_cache_bytes_per_token) ? [row.kv_cache_bytes_per_token, 0, null, 0, 0] : null;
  }
  function calcModel(row) {
    var cache = row.kv_cache, layers = cache ? (cache.full_layers || 0) + (cache.sliding_layers || 0) + (cache.other_layers || 0) : 0;
    return { id: row.id, name: row.name || String(row.id).split("/").pop(), params: row.params_total, active: row.params_active,
             limit: row.context_length, layers: layers || null, vocab: row.vocab_size, hidden: row.hidden_size,
             arch: row.architecture, tags: [], kv: kvTerms(row),
             formats: weightFormats(row).map(function (f) { return [f.format, f.weights_bytes, f.engine || "vllm", f.estimated ? 1 : 0, f.precision]; }) };
  }

  return { calcModel: calcModel, countParameters: Params.countParameters, knownType: Params.known, languageConfig: Cache.languageConfig,
           kvCache: Cache.kvCache, layerPlan: Cache.layerPlan, contextLength: Cache.contextLength,
           activeParameters: Cache.activeParameters, quantization: quantization, estimateGgufBytes: estimateGgufBytes,
           downloadOptions: downloadOptions, hubRow: hubRow, weightFormats: weightFormats, kvBytes: kvBytes,
           fitRow: fitRow, judge: judge, overhead: overhead };
})(LSPy, LSParams, LSCache);
if (typeof module !== "undefined") module.exports = LSConfigRules;
