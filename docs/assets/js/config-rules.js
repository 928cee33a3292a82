/* LLM Sizes: one Hub repo's config.json and model info turned into the figures the build computes for a
   tracked model, by the same rules (a line-by-line port of compute.hub_row, fit.weight_formats / kv_bytes /
   fit_row / judge and calc_data.model_entry, over the ports bundled below). hub-model.js loads this
   file only when a reader asks for a Hub model; tests/test_config_rules_parity.py runs it in node on
   every config fixture and tracked model and requires Python's figures. */
/* @include config-params.js */
/* @include config-classic.js */
/* @include config-cache.js */
/* @include config-weights.js */

var LSConfigRules = (function (P, Params, Cache, W) {
  "use strict";
  var T = P.T, or = P.or, get = P.get, int_ = P.int_, A = P.assign, has = P.has;
  var PRECISION_BYTES = { fp32: 4, fp16: 2, int8: 1, int4: 0.5 };

  // compute.hub_row: the figures of one repo from its model info and config.json
  function parameterCount(info, quant) {
    var st = or(get(info, "safetensors"), {}), byDtype = {}, params = or(get(st, "parameters"), {});
    Object.keys(params).forEach(function (k) { byDtype[String(k).toUpperCase()] = Math.trunc(params[k]); });
    var total = get(st, "total"), r = { params_total: null, params_basis: null, params_by_dtype: T(byDtype) ? byDtype : null, packed_weights: null };
    if (total !== null) { r.params_total = Math.trunc(total); r.params_basis = "hub-safetensors"; }
    else if (T(byDtype)) { r.params_total = Object.keys(byDtype).reduce(function (s, d) { return s + byDtype[d]; }, 0); r.params_basis = "hub-safetensors"; }
    else if (T(get(or(get(info, "gguf"), {}), "total"))) { r.params_total = Math.trunc(info.gguf.total); r.params_basis = "hub-gguf"; return r; }
    if (!T(byDtype) || !(T(quant) || T(get(byDtype, "I32")) || T(get(byDtype, "U32")))) return r;
    var u = W.unpack(byDtype, r.params_total, quant);
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
    var quant = W.quantization(raw);
    if (!T(quant)) quant = W.declaredQuantization(input.id);  // a config copy without quantization_config: the name's format
    var params = parameterCount(info, quant);
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
    row.stored_dtype = W.storedDtype(params.params_by_dtype, config, quant);
    row.downloads = W.downloadOptions(get(input, "tree"), input.extra_files, reconstructed ? "reconstructed" : "file-sizes");
    var wb = W.weightsBytes(row.downloads, params.params_by_dtype, params.params_total, row.stored_dtype, W.dtypeBytesFor(config, quant),
                           W.packedEstimate(params.params_total, config, quant));
    row.weights_bytes = wb[0]; row.weights_bytes_basis = wb[1]; row.weights_bytes_estimated = wb[2];
    if (reconstructed && row.weights_bytes_basis === "hub-safetensors") row.weights_bytes_basis = "reconstructed";
    // a 4- or 8-bit checkpoint sized from its own count per data type is its download (compute.py does the same)
    if (T(row.weights_bytes_estimated) && QUANTIZED_STORAGE.indexOf(P.str(row.stored_dtype).toUpperCase()) >= 0)
      row.weights_bytes_estimated = row.weights_bytes_basis !== "hub-safetensors" && row.weights_bytes_basis !== "reconstructed";
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
    ["Q8_0", "Q4_K_M"].forEach(function (q) { var v = W.estimateGgufBytes(raw, q); if (T(v)) est[q] = v; });
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
  // fit.QUANTIZED_STORAGE: a checkpoint stored in 4 or 8 bits, sized from its own tensor list, is its download
  var QUANTIZED_STORAGE = ["MXFP4", "NVFP4", "FP8", "F8_E4M3"];
  var FLOATS = { F32: "fp32", BF16: "fp16", F16: "fp16", FP16: "fp16", FP32: "fp32", MXFP4: "int4", NVFP4: "int4",
                 FP8: "int8", F8_E4M3: "int8" };
  function precisionOf(fmt, variant, stored) {
    var v = P.str(variant).toUpperCase();
    if ((fmt === "safetensors" || fmt === "pytorch") && QUANTIZED_BUILD.test(v))
      return /4\s*-?BIT|INT4|Q4|FP4|AWQ|W4/.test(v) ? "int4" : /8\s*-?BIT|INT8|Q8|FP8|W8/.test(v) ? "int8" : null;
    if (fmt === "safetensors" || fmt === "pytorch") return get(FLOATS, (stored || v).toUpperCase(), null);
    if (fmt === "gguf") {
      if (/^(I?Q4|MXFP4)/.test(v)) return "int4";
      if (v.indexOf("Q8") === 0) return "int8";
      return get({ F16: "fp16", BF16: "fp16", F32: "fp32" }, v, null);
    }
    if (fmt === "onnx") v = v.split("/").pop();
    if (/INT4|Q4|FP4|4BIT|BNB4/.test(v)) return "int4";  // "MLX MXFP4-Q8": a 4-bit build
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
    if (T(params)) return [W.estimateGgufBytes(Math.trunc(params), quant), "≈ " + quant + ": parameters × its main type's bits"];
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
      formats.unshift({ format: "safetensors", precision: precisionOf("safetensors", "", row.stored_dtype), estimated: T(row.weights_bytes_estimated) && !(QUANTIZED_STORAGE.indexOf(P.str(row.stored_dtype).toUpperCase()) >= 0 &&
                        ["hub-safetensors", "reconstructed"].indexOf(row.weights_bytes_basis) >= 0),
                        weights_bytes: row.weights_bytes, basis: row.weights_bytes_basis || "file-sizes", largest_file_bytes: null,
                        runtime: null, engine: "vllm" });
    }
    // an MLX file never stands in for a precision (fit.py: other devices cannot load it)
    // a web build covers its precision in a browser tab only (fit.DEVICE_BOUND, as an MLX file on Apple silicon only)
    var covered = formats.filter(function (f) { return !f.estimated && f.engine !== "mlx" && f.engine !== "browser"; }).map(function (f) { return f.precision; });
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
             formats: calcFormats(weightFormats(row)).map(function (f) { return [f.format, f.weights_bytes, f.engine || "vllm", f.estimated ? 1 : 0, f.precision]; }),
             undisclosed: row.undisclosed ? 1 : 0 };  // calc_data.model_entry: a Hub repo is never undisclosed
  }
  // calc_data.calc_formats: less an estimated default safetensors that the same precision's estimate repeats at the same size
  function calcFormats(fs) {
    return fs.filter(function (f) {
      return !(f.format === "safetensors" && f.estimated && fs.some(function (g) {
        return g.format === g.precision && g.precision === f.precision && g.estimated && g.weights_bytes === f.weights_bytes; }));
    });
  }

  return { calcModel: calcModel, countParameters: Params.countParameters, knownType: Params.known, languageConfig: Cache.languageConfig,
           kvCache: Cache.kvCache, layerPlan: Cache.layerPlan, contextLength: Cache.contextLength,
           activeParameters: Cache.activeParameters, quantization: W.quantization, estimateGgufBytes: W.estimateGgufBytes,
           downloadOptions: W.downloadOptions, hubRow: hubRow, weightFormats: weightFormats, kvBytes: kvBytes,
           fitRow: fitRow, judge: judge, overhead: overhead };
})(LSPy, LSParams, LSCache, LSWeights);
if (typeof module !== "undefined") module.exports = LSConfigRules;
