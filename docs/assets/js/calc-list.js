/* LLM Sizes: the calculator's reverse view, every model that fits this device at this context in the
   chosen format's precision (issue 23). fit-calculator.js loads it on first use, with its messages
   (assets/calc/messages-list-<lang>.json, compiled as its own) and every model (assets/calc/models.json),
   and calls LSCalcList(c, dv): c holds what the view shares with the calculator (state, rules, number
   writer, helpers), dv the device as the calculator reads it. Figures are fit-engine.js's. A browser tab
   (dv.web) lists web builds only, judged as the browser table judges them (LSCalcList.web). A model that fits
   in memory but states no context limit is not one of the fits at that context: named apart (FitRule.unrecorded). */
/* @include fit-rule.js */
var LSCalcList = function (c, dv) {
  "use strict";
  var st = c.st, R = c.R, N = c.N, el = c.el, p = c.p, bytes = c.bytes;
  // a name from data/ in zh: full-width brackets, as zh-text.js sets the built pages ("FP8（NVIDIA）")
  function esc(s) { return String(s).replace(/[&<>"']/g, function (ch) { return "&#" + ch.charCodeAt(0) + ";"; }); }
  var prec = (c.formatOf(st.format) || [])[4] || "int4", counts = { fits: 0, tight: 0, no: 0, "too-long": 0, unknown: 0, unrecorded: 0 };
  var rows = [], seen = 0, unknown = [], undisclosed = [], noBuild = 0, webOnly = 0, unrecorded = [];
  c.all.forEach(function (m) {
    if (st.tag && m.tags.indexOf(st.tag) < 0) return;
    var f, r, v;
    // a row that is itself a web build (catalog tag web-build: Transformers.js's DistilBERT) is judged in a tab only
    if (!dv.web && m.tags.indexOf("web-build") >= 0) { webOnly++; return; }
    if (dv.web) {
      var w = LSCalcList.web(m, st.context, dv.usable, R, st.kv);
      if (!w) { noBuild++; return; }
      f = w.f; r = w.r; v = w.v;
    } else {
      f = LSCalcList.columnFormat(m, prec);  // the precision's one figure, as the tables and explorer give it
      if (f) r = FitEngine.row(m, f, st.context, R, st.kv);
      v = f ? FitEngine.judge(r, dv.usable, R, dv.gpus) : "unknown";
    }
    seen++;
    if (FitRule.unrecorded(v, m.limit)) { counts.unrecorded++; unrecorded.push(m.name); return; }
    counts[v]++;
    if (v === "unknown") (m.undisclosed ? undisclosed : unknown).push(m.name);  // two reasons, counted apart (review 7, pt #3)
    if (v === "fits" || v === "tight") rows.push([m, f, r, v, w && w.bound, w && w.fb]);
  });
  var parts = [], a;
  ["fits", "tight", "unrecorded", "no", "too-long", "unknown"].forEach(function (k) { if (counts[k]) parts.push(msg("calc.count." + k, { count: counts[k] })); });
  function list(x) {  // Thai: a figure kept with the word after it, as thai_lines.py; Hebrew: "ו־" with a maqaf, as join_list
    // zh: a tally reads as one, "装得下 109 个，偏紧 13 个，…" with no final "和" (review 7, zh #4)
    if (c.lang === "zh") return x.join("，");
    return new Intl.ListFormat(LSNumbers.LOCALES[c.lang] || c.lang).format(x).replace(/(\d) (?=[\u0E00-\u0E7F])/g, "$1\u00a0")
      .replace(/(^|\s)\u05d5-(?=\S)/g, "$1\u05d5\u05be");
  }
  function names(x) {  // names hold spaces: Thai and Chinese join them with a mark the reader sees (review 5, th #1, zh #7)
    if (x.length < 2 || (c.lang !== "th" && c.lang !== "zh")) return list(x);
    return x.slice(0, -1).join(c.lang === "zh" ? "、" : ", ") + (c.lang === "zh" ? " 和 " : " และ ") + x[x.length - 1];
  }
  c.out.appendChild(el("h3", null, msg("calc.reverse_heading_runs")));
  a = { count: seen, context: st.context, device: dv.name, usable: bytes(dv.usable), family: msg("calc.family." + prec), counts: list(parts) };
  p("ls-calc-summary", dv.web ? msg("calc.summary_web", a) : msg("calc.summary", a));
  // a model past its own limit is left out here, while the chart below judges it at its own limit (review 11, he #5)
  if (counts["too-long"]) p("ls-calc-left-out", msg("calc.too_long_apart", { count: counts["too-long"], context: st.context, chart: 4096 }));  // fit_view.HEAT_CONTEXT
  if (dv.web && !c.ruled) p("ls-calc-basis", msg("calc.web_rule"));  // once: the one-model view above may hold it (review 11, pt #5)
  if (noBuild) p("ls-calc-left-out", msg("calc.web_left_out", { count: noBuild }));
  if (webOnly) p("ls-calc-left-out", msg("calc.web_only_left_out", { count: webOnly }));  // review 8, ar #13
  if (c.lang === "zh") unknown = unknown.map(function (n) { return n.replace(/ ?\(([^()]*)\)/g, "（$1）"); });
  if (c.lang === "zh") unrecorded = unrecorded.map(function (n) { return n.replace(/ ?\(([^()]*)\)/g, "（$1）"); });
  if (unrecorded.length) p("ls-calc-left-out ls-calc-unrecorded", msg("calc.unrecorded_apart", { count: unrecorded.length, context: st.context, names: names(unrecorded) }));
  if (undisclosed.length) p("ls-calc-left-out", msg("calc.unknown_undisclosed", { count: undisclosed.length }));
  if (unknown.length) p("ls-calc-left-out", msg("calc.unknown_left_out", { count: unknown.length, names: names(unknown) }));
  if (!rows.length) return p(null, msg("calc.reverse_none"));
  // most parameters first; no parameter count: after them, most memory first (the Memory needed column)
  rows.sort(function (a, b) { return (b[0].params || 0) - (a[0].params || 0) || b[2].total - a[2].total; });
  var wrap = el("div", "ls-table-wrap"), t = wrap.appendChild(el("table", "ls-table ls-calc-table")), hr = el("tr");
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", msg("calc.reverse_caption_order"));
  t.appendChild(el("caption", null, msg("calc.reverse_caption_order")));
  [msg("calc.col_model"), msg("calc.col_format"), msg("calc.col_needed"), msg("calc.col_verdict"), msg("calc.col_largest"),
   msg("calc.col_speed")].forEach(function (text) { hr.appendChild(el("th", null, text)).setAttribute("scope", "col"); });
  t.appendChild(el("thead")).appendChild(hr);
  var body = t.appendChild(el("tbody")), html = [];
  rows.forEach(function (x) {
    // a web build judged at its 32-bit bound: its longest context at that bound, a floor of the real one
    var m = x[0], sp = FitEngine.speed(m, x[2], dv.bw, R), lf = x[5] || x[1], big = FitEngine.largest(m, lf, dv.usable, R, st.kv, dv.gpus);
    var runs = FitEngine.largest(m, lf, dv.usable, R, st.kv, dv.gpus, true);  // "with headroom / at all" when they differ
    // a browser build named as the browser table names it ("MediaPipe (int4)", zh "MediaPipe（int4）"), on any device
    var wb = /^(mediapipe|tflite):(.+)$/.exec(x[1][0]), built = wb && msg("display.web_build", { runtime: wb[1] === "tflite" ? "LiteRT" : "MediaPipe", variant: wb[2] });
    var name = !dv.web ? built || c.fmtName(x[1]) : LSCalcList.webName(m);
    html.push('<tr><th scope="row"><a href="?model=' + encodeURIComponent(m.id) + '" data-id="' + esc(m.id) + '"><bdi>' + esc(c.lang === "zh" ? m.name.replace(/ ?\(([^()]*)\)/g, "（$1）") : m.name) +
      '</bdi></a></th><td dir="ltr">' + (x[1][3] ? "≈\u00a0" : "") + esc(name) + '</td><td class="ls-num"><bdi>' + (x[4] ? "≤\u00a0" : "") +
      bytes(FitEngine.totalOn(x[2], dv.gpus)) + '</bdi></td><td><span class="ls-verdict ls-verdict-' + x[3] + '">' + esc(msg("fit.verdict." + x[3])) +
      '</span></td><td class="ls-num">' + context(m, big, runs, dv.web && m.web[1] != null, x[5]) + '</td><td class="ls-num">' + (sp ? N.decimal(+sp.s.toPrecision(2)) : "") + "</td></tr>");
  });
  // The Longest context cell: "8,192 (model's limit)" where a figure is the model's own limit, so a lone
  // number reads apart from a pair (review 7, zh #4); "none" where nothing fits with headroom, as the model
  // pages write it (th #11, calc.col_none: model_fit.context_none's word); a WebLLM build: known at the context it was built for only (ar #1).
  function context(m, big, runs, stated, floor) {
    if (stated) return esc(msg("calc.col_build_context"));
    if (runs == null) return esc(msg("calc.col_no_limit"));
    function one(n, left) {  // left: the headroom half of a pair, "no headroom / 26,013" (review 9, ar #3)
      if (!n) return esc(left && runs ? msg("calc.col_no_headroom") : msg("calc.col_none"));
      return n === m.limit ? esc(msg("calc.col_at_limit", { tokens: N.integer(n) })) : (floor ? "\u2265\u00a0" : "") + N.integer(n);
    }
    return big === runs ? one(runs) : one(big, 1) + " / " + one(runs);
  }
  body.innerHTML = html.join("");
  p("ls-calc-scroll-hint", msg("calc.scroll_hint"));
  c.out.appendChild(wrap);
};
// A model in a browser tab, as pipeline/data/fit.py browser_fit judges it at `ctx` tokens (its table: the
// site's shortest context; tests/test_calc_parity.py): {f, r, v, bound} or null (no web build recorded).
// m.web (calc_data.web_entry): [format, stated total|null, largest file under the limit 1/0/null, 32-bit bound
// allowed 0/1, runtime, quantization]. A total the runtime states holds weights, buffers and KV cache at the
// build's own context; else weights + KV cache + buffers at ctx, "no" when a file is over the limit, and an
// unknown size judged at its 32-bit upper bound when that fits (and every weight is under the file limit).
LSCalcList.web = function (m, ctx, usable, R, kv) {
  var w = m.web, f, r, v, b;
  if (!w) return null;
  f = m.formats.filter(function (x) { return x[0] === w[0]; })[0] || [w[0], null, "browser", 0, null];
  if (w[1] != null) {  // past the model's own limit: "too-long", as every other device says
    r = { w: null, kv: null, oh: 0, total: w[1] };
    return { f: f, r: r, v: m.limit && ctx > m.limit ? "too-long" : w[1] > usable ? "no" : w[1] > usable * R.tight ? "tight" : "fits" };
  }
  r = FitEngine.row(m, f, ctx, R, kv);
  v = w[2] === 0 ? "no" : FitEngine.judge(r, usable, R, 1);
  if (v === "unknown" && w[3]) {
    b = FitEngine.row(m, ["fp32", m.params * 4, "browser", 1, "fp32"], ctx, R, kv);
    var bv = FitEngine.judge(b, usable, R, 1);
    if (bv === "fits" || bv === "tight") return { f: f, r: b, v: bv, bound: 1, fb: ["fp32", m.params * 4, "browser", 1, "fp32"] };
  }
  return { f: f, r: r, v: v };
};
// No web build recorded (calc_data.no_build_verdict): {v: "no", w: its 4-bit weights} when even those exceed the
// tab's `usable` bytes, else {v: "unknown"}; the 4-bit figure is fit.precision_weights' (columnFormat, web builds counted).
LSCalcList.noBuild = function (m, usable) {
  var f = LSCalcList.columnFormat(m, "int4", 1), w = f && f[1];
  return w && w > usable ? { v: "no", w: w } : { v: "unknown" };
};
// A web build's name, as the browser table writes it: "WebLLM (q4f16_1)"
LSCalcList.webName = function (m) { return m.web[5] ? msg("display.web_build", { runtime: m.web[4], variant: m.web[5] }) : m.web[4]; };
// One model on a browser tab (the calculator's view; fit-calculator.js loads this file first): its web build
// is its one format, judged by LSCalcList.web as the list below and the browser table judge it; none
// recorded: unknown, said so. Never a GGUF, safetensors or MLX answer in a tab.
LSCalcList.one = function (c, dv) {
  c.ruled = false;  // set once the rule is painted here, so the list below does not repeat it
  var m = c.model(), st = c.st, E = c.E, w;
  if (m.undisclosed) {  // GPT-4: the reason, and no format or runtime assumed (here: out of the calculator's first load)
    return c.p("ls-calc-verdict ls-verdict-cell", "").appendChild(c.el("span", "ls-verdict ls-verdict-unknown", msg("calc.undisclosed", { model: m.name, device: dv.named })));
  }
  w = LSCalcList.web(m, st.context, dv.usable, c.R, st.kv);
  E.format.textContent = "";
  var o = E.format.appendChild(c.el("option", null, w ? LSCalcList.webName(m) : msg("fit.no_web_build")));
  var head = c.p("ls-calc-verdict ls-verdict-cell", "");
  if (!w) {  // none recorded: the model page's and the fit chart's verdict (review 9, ar #1)
    var nb = LSCalcList.noBuild(m, dv.usable);
    head.appendChild(c.el("span", "ls-verdict ls-verdict-" + nb.v, nb.v === "no"
      ? msg("calc.web_none_weights", { model: m.name, weights: c.bytes(nb.w), usable: c.bytes(dv.usable) }) : msg("calc.web_none", { model: m.name })));
    c.ruled = true;
    return c.p("ls-calc-basis", msg("calc.web_rule"));
  }
  o.value = st.format = w.f[0];
  var r = w.r, v = w.v, total = FitEngine.totalOn(r, 1), a = {
    model: m.name, format: LSCalcList.webName(m), device: dv.name, context: st.context, usable: c.bytes(dv.usable),
    total: total == null ? "" : (w.bound ? "\u2264\u00a0" : "") + c.bytes(total), limit: m.limit || "", share: c.share(c.R.tight),
    weights: r.w == null ? "" : c.bytes(r.w), runtime: m.web[4] };
  var text = v === "no" && m.web[2] === 0 ? msg("calc.web_file", a) : m.web[1] != null && v !== "too-long" ? (v === "no" ? msg("calc.web_stated_no", a) : msg("calc.web_stated", a))
    : msg("calc.verdict." + (v === "no" && (r.kv == null || (m.limit && st.context > m.limit)) ? "no_weights" : v), a);
  head.appendChild(c.el("span", "ls-verdict ls-verdict-" + v, msg("fit.verdict." + v)));
  head.appendChild(document.createTextNode(" " + text));
  c.ruled = true;
  c.p("ls-calc-basis", msg("calc.web_rule"));
};
// fit.precision_weights(): a table column's one figure of a precision — the real file of llama.cpp's common
// build (Q8_0, Q4_K_M), else a real GGUF, else any real file (never an Apple-only MLX one nor a tab-only web
// build, fit.DEVICE_BOUND), else the estimate
// (here, not in fit-engine.js: only this list needs it, and the calculator's first load stays small)
LSCalcList.columnFormat = function (m, p, web) {  // web: a tab-only build counts too (precision_weights' default)
  var COMMON = { int8: "Q8_0", int4: "Q4_K_M" };
  var c = ":" + (COMMON[p] || "-"), best = null, rank = 9;
  m.formats.forEach(function (f) {
    var k = f[4] !== p || f[3] || !f[1] || f[2] === "mlx" || (!web && f[2] === "browser") ? 9 : (f[0].toUpperCase().slice(-c.length) === c ? 0 : 2) + (f[0].indexOf("gguf:") ? 1 : 0);
    if (k < rank) { rank = k; best = f; }
  });
  return best || m.formats.filter(function (f) { return f[0] === p && f[1]; })[0] || null;
};
if (typeof module !== "undefined") module.exports = LSCalcList;
