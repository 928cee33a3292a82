/* LLM Sizes: the calculator's CPU+GPU split (issue 23), loaded with the later messages the first time a
   model does not fit a discrete GPU, so the first answer stays within 12 KB gzip (tests/test_calc_data.py).
   fit-calculator.js calls LSCalcOffload(c, r, dv): c the view's shared helpers and state, r the fit row at
   the reader's context (FitEngine.row), dv the device. Figures are FitEngine.offload's (fit-engine.js). */
var LSCalcOffload = function (c, r, dv) {
  "use strict";
  var p = c.p, bytes = c.bytes, tps = c.tps;
  // past the model's limit the KV cache is not counted (the bar says so): no split that would count it
  if (r.limit && r.ctx > r.limit) return p("ls-calc-fact", msg("calc.offload_past", { limit: r.limit }));
  var zh = c.lang === "zh", f = c.formatOf(c.st.format);
  if (f[2] !== "llama.cpp") {  // the model's own formats that can be split (review 7, th #4), each with its size, since
    // the split is worked out at that size, not at this format's (review 10 ar #11: ≈ int8 is 124 GB, not 65.2 GB);
    // in Chinese an option's name is quoted, “≈ int8”或“≈ int4” (review 10 zh #5)
    var can = c.model().formats.filter(function (g) { return g[2] === "llama.cpp"; }).map(function (g) {
      var n = (g[3] ? "\u2248 " : "") + c.fmtName(g);
      return (zh ? "\u201c" + n + "\u201d" : n) + (g[1] == null ? "" : zh ? "\uff08" + bytes(g[1]) + "\uff09" : " (" + bytes(g[1]) + ")");
    });
    return p("ls-calc-fact", can.length ? msg("calc.offload_engine", { formats: new Intl.ListFormat(c.lang, { type: "disjunction" }).format(can),
      format: c.fmtName(f), weights: bytes(f[1]) }) : msg("calc.offload_engine_none"));
  }
  if (dv.ram == null || dv.ram !== dv.ram) return p("ls-calc-fact", msg("calc.offload_ask_ram"));
  var ram = Math.round(dv.ram * 1073741824), o = FitEngine.offload(c.model(), r, dv.usable, ram, dv.gpus, dv.bw, c.ramBw, c.R);
  if (!o) return;
  // the RAM is the reader's field (no device here states its RAM): said as typed, then as the GiB it is read as
  // (review 10 ar #2: "68.7 GB, per the RAM field" beside a field reading 64)
  var typed = c.N.decimal(dv.ram) + "\u00a0GB";
  if (!o.fits) p("ls-calc-fact", msg("calc.offload_no_ram", { cpu: bytes(o.cpu), ram: bytes(ram), typed: /^(he|ar)$/.test(c.lang) ? "\u2066" + typed + "\u2069" : typed }));
  else {
    var a = { layers: o.layers, count: o.of, gpu: bytes(o.gpu), cpu: bytes(o.cpu), speed: o.speed ? tps(o.speed.s) : "",
              low: o.speed ? tps(o.speed.lo) : "", high: o.speed ? tps(o.speed.hi) : "" };
    p("ls-calc-fact ls-calc-offload", o.speed ? msg("calc.offload", a) : msg("calc.offload_nospeed", a));
  }
  p("ls-calc-basis", msg("calc.offload_rule", { ram_bandwidth: c.rate(c.ramBw) }));
};
// Weights alone too big and the context past the model's limit: both are true, both are said, the second right under
// the verdict (fit-calculator.js draws the verdict; this sentence waits for the later messages, 12 KB first load)
LSCalcOffload.past = function (c, a) {
  var h = c.out.querySelector(".ls-calc-verdict");
  if (h && !c.out.querySelector(".ls-calc-too-long")) h.insertAdjacentElement("afterend", c.el("p", "ls-calc-fact ls-calc-too-long", msg("calc.too_long_also", a)));
};
// An encoder or embedding model (model.enc; review 9, he #1), worded here so the first answer stays small: no speed (as
// model_fit.py), and where it runs (v) why, if it is encoder-only (its KV cache 0: "it does not generate text token
// by token", methodology's words); the bar's KV cache "none", the assumptions without one (as: calc.assume's terms).
// Past the model's limit the KV cache is not counted anyway, and said so. A decoder-based embedding model keeps its cache.
LSCalcOffload.enc = function (c, r, as, v) {
  var o = c.out, m = c.model(), l = o.querySelector(".ls-calc-largest");
  // at the model's maximum the verdict already says the length: "That is also the model's maximum context", or, when
  // the reader chose no context (none in the link), it was set there (review 9, he #3)
  if (l && r.ctx === m.limit && l.textContent === msg("calc.largest_all", { count: m.limit }))
    l.textContent = /[?&]context=/.test(location.search) ? msg("calc.largest_at_max") : msg("calc.largest_capped", { count: m.limit });
  if (!m.enc) return;
  var k = o.querySelector(".ls-calc-legend li.ls-calc-k"), a = o.querySelector(".ls-calc-assumptions"), was = msg("calc.assume", as);
  var s = o.querySelector(".ls-calc-speed"), n = s && s.nextElementSibling;  // the estimate, then its rule
  if (n && n.className === "ls-calc-basis") n.remove();
  if (s) s.remove();
  [].forEach.call(o.querySelectorAll(".ls-calc-fact"), function (x) { if (x.textContent === msg("calc.speed_none")) x.remove(); });
  if (r.kv !== 0 || (r.limit && r.ctx > r.limit)) return;
  if (k) k.textContent = msg("calc.bar_kv", { size: msg("calc.kv_none") });
  if (!a) return;
  if (a.textContent.indexOf(was) === 0) a.textContent = msg("calc.assume_encoder", as) + a.textContent.slice(was.length);
  if (v === "fits" || v === "tight") o.insertBefore(c.el("p", "ls-calc-fact", msg("calc.no_decode")), a);
};
// llama.cpp keeps an MLA model's keys and values apart: why its KV cache is larger than vLLM's (fit-calculator.js draws it)
LSCalcOffload.mla = function (runtime, factor) { return msg("calc.kv_mla", { runtime: runtime, factor: factor }); };
// Does not fit at this context: the largest smaller KV-cache precision the runtime keeps (row.bits, as calc.kv_kept)
// at which it would fit or be tight, said with its total (issue 23); none: nothing said
LSCalcOffload.kv = function (c, f, dv) {
  var st = c.st, m = c.model();
  c.R.kv.filter(function (k) { return k < st.kv; }).sort(function (a, b) { return b - a; }).some(function (k) {
    var r = FitEngine.row(m, f, st.context, c.R, k), v = FitEngine.judge(r, dv.usable, c.R, dv.gpus);
    if (r.bits !== k || v !== "fits" && v !== "tight") return false;
    return c.p("ls-calc-fact ls-calc-kv-smaller", msg("calc.kv_smaller", { bits: k, total: c.bytes(FitEngine.totalOn(r, dv.gpus)), verdict: v }));
  });
};
// Several GPUs (an own device): vLLM splits every layer across the cards (tensor parallelism), llama.cpp
// whole layers (review 6, he); the speed note only under a speed (review 7, he #5)
LSCalcOffload.gpus = function (c, f, dv, speed) {
  var ga = { count: dv.gpus, usable: c.bytes(dv.usable) };
  c.p("ls-calc-assumptions", f[2] === "vllm" ? msg("calc.gpus_rule_vllm", ga) + (speed ? (c.lang === "zh" ? "" : " ") + msg("calc.gpus_speed_vllm") : "")
    : msg("calc.gpus_rule", ga));
};
// (here, not in fit-engine.js: only the split needs it, and the calculator's first load stays within 12 KB)
// CPU+GPU offload (llama.cpp "-ngl, --gpu-layers N: number of layers to store in VRAM", same README): each layer carries an equal share of weights and KV
// cache; the runtime's buffers stay on the GPU(s). The most layers whose share fits the GPU memory,
// the rest in system RAM; speed: each part read at its own memory's bandwidth, in turn.
FitEngine.offload = function (m, r, usableGpu, ram, gpus, bwGpu, bwRam, R) {
  var rhe = FitEngine.rhe, speed = FitEngine.speed, round1 = function (x) { return +x.toFixed(1); };
  var L = m.layers, body = r.w + r.kv, oh = r.oh * (gpus || 1);
  if (!L || r.w == null || r.kv == null || usableGpu <= oh) return null;
  var g = Math.min(L, Math.floor((usableGpu - oh) * L / body));
  while (g > 0 && rhe(body * g / L) + oh > usableGpu) g--;
  var onGpu = rhe(body * g / L), onCpu = body - onGpu, out = { layers: g, of: L, gpu: onGpu + oh, cpu: onCpu, fits: onCpu <= ram };
  var sp = speed(m, r, bwGpu, R);
  if (sp && bwRam) {
    var s = 1 / ((sp.read * g / L) / (bwGpu * R.speed[0]) + (sp.read * (L - g) / L) / (bwRam * R.speed[0]) + R.speed[1]);
    out.speed = { s: round1(s), lo: round1(s * R.speed[2]), hi: round1(s * R.speed[3]) };
  }
  return out;
};
if (typeof module !== "undefined") module.exports = LSCalcOffload;
