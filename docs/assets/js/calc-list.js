/* LLM Sizes: the calculator's reverse view, every model that fits this device at this context in the
   chosen format's precision (issue 23). fit-calculator.js loads it on first use, with its messages
   (assets/calc/messages-list-<lang>.json, compiled as its own) and every model (assets/calc/models.json),
   and calls LSCalcList(c, dv): c holds what the view shares with the calculator (state, rules, number
   writer, helpers), dv the device as the calculator reads it. Figures are fit-engine.js's. */
var LSCalcList = function (c, dv) {
  "use strict";
  var st = c.st, R = c.R, N = c.N, el = c.el, p = c.p, bytes = c.bytes;
  // a name from data/ in zh: full-width brackets, as zh-text.js sets the built pages ("FP8（NVIDIA）")
  function esc(s) { return String(s).replace(/[&<>"']/g, function (ch) { return "&#" + ch.charCodeAt(0) + ";"; }); }
  var prec = (c.formatOf(st.format) || [])[4] || "int4", counts = { fits: 0, tight: 0, no: 0, "too-long": 0, unknown: 0 };
  var rows = [], seen = 0;
  c.all.forEach(function (m) {
    if (st.tag && m.tags.indexOf(st.tag) < 0) return;
    var f = FitEngine.columnFormat(m, prec);  // the precision's one figure, as the tables and explorer give it
    seen++;
    if (!f) { counts.unknown++; return; }
    var r = FitEngine.row(m, f, st.context, R, st.kv), v = FitEngine.judge(r, dv.usable, R, dv.gpus);
    counts[v]++;
    if (v === "fits" || v === "tight") rows.push([m, f, r, v]);
  });
  var parts = [];
  ["fits", "tight", "no", "too-long", "unknown"].forEach(function (k) { if (counts[k]) parts.push(msg("calc.count." + k, { count: counts[k] })); });
  c.out.appendChild(el("h3", null, msg("calc.reverse_heading")));
  p("ls-calc-summary", msg("calc.summary", { count: seen, context: N.integer(st.context), device: dv.name,
    family: msg("calc.family." + prec), counts: new Intl.ListFormat(LSNumbers.LOCALES[c.lang] || c.lang).format(parts)
      .replace(/(\d) (?=[\u0E00-\u0E7F])/g, "$1\u00a0") }));  // Thai: a figure kept with the word after it, as thai_lines.py
  if (!rows.length) return p(null, msg("calc.reverse_none"));
  rows.sort(function (a, b) { return (b[0].params || 0) - (a[0].params || 0); });
  var wrap = el("div", "ls-table-wrap"), t = wrap.appendChild(el("table", "ls-table ls-calc-table")), hr = el("tr");
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", msg("calc.reverse_caption"));
  t.appendChild(el("caption", null, msg("calc.reverse_caption")));
  [msg("calc.col_model"), msg("calc.col_format"), msg("calc.col_needed"), msg("calc.col_verdict"), msg("calc.col_largest"),
   msg("calc.col_speed")].forEach(function (text) { hr.appendChild(el("th", null, text)).setAttribute("scope", "col"); });
  t.appendChild(el("thead")).appendChild(hr);
  var body = t.appendChild(el("tbody")), html = [];
  rows.forEach(function (x) {
    var m = x[0], sp = FitEngine.speed(m, x[2], dv.bw, R), big = FitEngine.largest(m, x[1], dv.usable, R, st.kv, dv.gpus);
    var runs = FitEngine.largest(m, x[1], dv.usable, R, st.kv, dv.gpus, true);  // "with headroom / at all" when they differ
    html.push('<tr><th scope="row"><a href="?model=' + encodeURIComponent(m.id) + '" data-id="' + esc(m.id) + '"><bdi>' + esc(c.lang === "zh" ? m.name.replace(/ ?\(([^()]*)\)/g, "（$1）") : m.name) +
      '</bdi></a></th><td dir="ltr">' + (x[1][3] ? "≈\u00a0" : "") + esc(c.fmtName(x[1])) + '</td><td class="ls-num"><bdi>' +
      bytes(FitEngine.totalOn(x[2], dv.gpus)) + '</bdi></td><td><span class="ls-verdict ls-verdict-' + x[3] + '">' + esc(msg("fit.verdict." + x[3])) +
      '</span></td><td class="ls-num">' + (runs == null ? esc(msg("calc.unknown")) : big === runs ? N.integer(runs) : (big ? N.integer(big) : "—") + " / " + N.integer(runs)) + '</td><td class="ls-num">' + (sp ? N.integer(sp.s) : "") + "</td></tr>");
  });
  body.innerHTML = html.join("");
  p("ls-calc-scroll-hint", msg("calc.scroll_hint"));
  c.out.appendChild(wrap);
};
