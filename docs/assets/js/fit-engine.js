/* LLM Sizes: the fit engine in the browser — pipeline/data/fit.py fit_row(), judge() and
   largest_context() over the terms pipeline/site/calc_data.py exports (a model: CALC-MODEL-SHAPE.md;
   rules: calc_data.rules_entry; a precision's one figure, columnFormat). tests/test_calc_parity.py runs it in node against Python for every
   tracked model, format, context, KV precision and device and requires identical bytes and verdicts.
   Python's round() rounds halves to even; so does rhe() here (Math.round would not). */
var FitEngine = (function () {
  "use strict";

  function rhe(x) {  // round half to even, as Python's round() on a float
    var f = Math.floor(x), d = x - f;
    return d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  }
  // RuntimeRule.kv_precision: the asked bits, or the nearest finer the runtime offers
  function keptBits(rt, asked) {
    var best = null;
    for (var b in rt[5]) { b = +b; if (b >= asked && (best === null || b < best)) best = b; }
    return best === null ? 16 : best;
  }
  function kv(m, rt, ctx, asked) {
    var k = m.kv;
    if (!k) return null;
    var full = k[0], sliding = k[1], win = k[2];
    if (sliding && m.arch && rt[6].indexOf(m.arch) >= 0) { full += sliding; sliding = 0; }
    if (k[4] && rt[7] !== 1) full = rhe(full * rt[7]);
    return rhe((full * ctx + sliding * Math.min(ctx, win || ctx)) * (rt[5][keptBits(rt, asked)] / 2)) + k[3];
  }
  function overhead(m, rt, ctx) {  // RuntimeRule.overhead
    var per = rt[3] * (m.hidden || rt[4]) / rt[4];
    return rt[0] + rt[1] * (m.vocab || rt[2]) + rhe(per * ctx);
  }
  // fit_row: {w, kv, oh, total, bits, limit, ctx}; fmt: one of m.formats
  function row(m, fmt, ctx, R, asked) {
    var rt = R.runtimes[fmt[2]] || R.runtimes.vllm, w = fmt[1], c = kv(m, rt, ctx, asked), o = overhead(m, rt, ctx);
    return { w: w, kv: c, oh: o, total: w != null && c != null ? w + c + o : null, bits: keptBits(rt, asked),
             limit: m.limit, ctx: ctx };
  }
  function verdict(total, usable, tight) {  // FitRules.verdict
    if (total == null) return "unknown";
    return total > usable ? "no" : total > usable * tight ? "tight" : "fits";
  }
  // judge(); gpus: identical GPUs, 1 for the ladder. Several GPUs: llama.cpp's default "--split-mode layer:
  // split layers and KV across GPUs" (https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md),
  // so weights and KV cache are shared out, while each GPU keeps its own compute buffers (llama.cpp's memory
  // breakdown lists one per device, PR #15860): the runtime's overhead counts once per GPU.
  function judge(r, usable, R, gpus) {
    var n = gpus || 1, oh = r.oh * n, tooLong = !!(r.limit && r.ctx > r.limit);
    var known = tooLong ? r.w : (r.w || 0) + oh + (r.kv || 0);
    if (r.w != null && known > usable) return "no";
    if (tooLong) return "too-long";
    return verdict(r.total == null ? null : r.total + oh - r.oh, usable, R.tight);
  }
  function totalOn(r, gpus) { return r.total == null ? null : r.total + r.oh * ((gpus || 1) - 1); }
  // largest_context(): the longest whole-token context (≤ the model's limit) whose verdict is "fits"
  // (total ≤ usable × tight) or, with `runs`, "fits" or "tight" (total ≤ usable); 0 when not even one
  // token does; null when unknown or no limit is stated
  function largest(m, fmt, usable, R, asked, gpus, runs) {
    var limit = m.limit, line = runs ? 1 : R.tight;
    function ok(c) { var t = totalOn(row(m, fmt, c, R, asked), gpus); return t == null ? null : t <= usable * line; }
    var first = ok(1);
    if (first === null) return null;
    if (!first) return 0;
    if (!limit) return null;
    if (ok(limit)) return limit;
    var lo = 1, hi = limit;
    while (hi - lo > 1) { var mid = Math.floor((lo + hi) / 2); if (ok(mid)) lo = mid; else hi = mid; }
    return lo;
  }
  function round1(x) { return +x.toFixed(1); }  // Python round(x, 1): the double's exact decimal, no ties in practice
  // speed.active_share / bytes_per_token / decode_speed: {s, lo, hi, read} or null
  function speed(m, r, bandwidth, R) {
    if (!R.speed || r.w == null || r.kv == null || !bandwidth) return null;
    var share = m.params && m.active && m.active < m.params ? m.active / m.params : 1;
    var read = rhe(r.w * share) + r.kv;
    if (!read) return null;
    var s = 1 / (read / (bandwidth * R.speed[0]) + R.speed[1]);
    return { s: round1(s), lo: round1(s * R.speed[2]), hi: round1(s * R.speed[3]), read: read, share: share };
  }
  // fit.precision_weights(web=False): a precision's one figure, as the tables, model pages and the calculator's list
  // give it: the real file of llama.cpp's common build (Q8_0, Q4_K_M), else a real GGUF, else any real file of that
  // precision (never MLX nor a web build), else the estimate; the calculator's default format too (review 8, he #2)
  function columnFormat(m, p) {
    var best = null, rank = 9, c = { int8: /:Q8_0$/i, int4: /:Q4_K_M$/i }[p];
    m.formats.forEach(function (f) {
      var k = f[4] != p || f[3] || !f[1] || /mlx|browser/.test(f[2]) ? 9 : (c && c.test(f[0]) ? 0 : 2) + !!f[0].indexOf("gguf:");
      if (k < rank) { rank = k; best = f; }
    });
    return best || m.formats.filter(function (f) { return f[0] == p && f[1]; })[0];
  }
  return { rhe: rhe, row: row, judge: judge, largest: largest, speed: speed, totalOn: totalOn, columnFormat: columnFormat };
})();
if (typeof module !== "undefined") module.exports = FitEngine;
