/* "Will it run?" calculator, one view per question (pipeline/site/fit_view.py calculator() writes its
   form, strings, rules and devices; pipeline/site/calc_data.py its data). Pick a model (ranked search,
   search-rank.js), a device (the ladder, or your own: GPU memory, RAM, bandwidth, identical GPUs), a
   weight format, a context and a KV-cache precision: one bar of weights + KV cache + buffers against
   usable memory, the verdict, the largest context, the speed, and a CPU+GPU split when the GPU is too
   small; below, every model that fits. All state is in the URL (?model=&device=&format=&context=&kv=
   &gpus=&vram=&ram=&bw=&tag=&list=1). Sums, verdicts and largest context are fit-engine.js, parity-
   tested against pipeline/data/fit.py (tests/test_calc_parity.py). Before the first answer it loads this
   file, the page (inline data, compiled messages) and one model's file: within 12 KB gzip
   (tests/test_calc_data.py); the model search and the reverse view come on first use.

   A model, as assets/calc/m/<id>.json holds it and as an `ls-model` CustomEvent on #fit-calculator
   hands it over (detail: {model}; hub-model.js does so for any Hub model) — CALC-MODEL-SHAPE.md:
   {id, name, params|null, active|null (MoE), limit|null (context), layers|null, vocab|null, hidden|null,
    arch|null, tags: [..], enc: 1 (an encoder or embedding model: no speed; else absent), kv: [full B/token, sliding B/token, window|null, state B, mla 0/1] | null,
    formats: [[key, weights B|null, engine "llama.cpp"|"vllm"|"mlx"|"browser", estimated 0/1, precision|null]]} */
/* @include numbers.js */
/* @include compiled-messages.js */
/* @include fit-engine.js */
(function () {
  "use strict";
  if (typeof document === "undefined") return;
  var root = document.getElementById("fit-calculator");
  if (!root || !window.fetch || !window.Intl || !window.URLSearchParams) return;
  var C = JSON.parse(root.querySelector(".ls-calc-data").textContent), S = C.S, R = C.R, DEV = {};
  C.D.forEach(function (d) { DEV[d[0]] = d; });
  var lang = root.getAttribute("data-lang") || "en", src = root.getAttribute("data-src"), js = root.getAttribute("data-js");
  var N = LSNumbers.make(lang, S), plural = null;
  var form = root.querySelector("form"), E = form.elements, out = root.querySelector(".ls-calc-out");
  var note = root.querySelector(".ls-calc-note"), pickNote = root.querySelector(".ls-calc-pick-note"), list = root.querySelector(".ls-calc-list");
  var box = root.querySelector(".ls-calc-options"), limitNote = root.querySelector(".ls-calc-limit");
  var own = root.querySelector(".ls-calc-own"), ramField = root.querySelector(".ls-calc-ram");
  var FIELDS = ["model", "device", "format", "context", "kv", "gpus", "vram", "ram", "bw", "tag", "list"];
  var st = {}, model = null, listing = null, ticket = 0, problems = [];
  var ownContext = false;  // the reader chose the context (typed it, or the link holds it): kept for every model

  // Messages: locales/<lang>.ftl as the build compiled it (compiled-messages.js), only the keys this file
  // names; the model search (search-rank.js) and the reverse view (calc-list.js, its messages, every
  // model) are loaded on first use, so the first answer needs this file, the page and one model's file.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) code(e, String(text));
    return e;
  }
  // A message may mark a command-line flag `--like this` (ar.ftl): shown as <code dir="ltr">, so a right-to-left
  // line reads it as one left-to-right unit (review 5: "--split-mode layer" read as "split-mode layer--")
  function code(e, text) {
    text.split("`").forEach(function (part, i) {
      if (i % 2) { var c = e.appendChild(el("code")); c.dir = "ltr"; c.textContent = part; }
      // Thai: the build put U+200B between words (messages.py); a word of 3+ letters is kept on one line
      // (.ls-nobr), as on the static pages (thai_lines.py): nothing inside a word (review 7, th: no U+2060); a space
      // next to Thai has a U+200B beside it too (messages.py), so no piece holds a space and a Thai word together (a
      // whole clause kept on one line ran a 360 px verdict line off the screen, review 9/10 th)
      else if (part) part.split("\u200b").forEach(function (w, j) {
        if (j) e.append("\u200b");
        (/[\u0e00-\u0e7f]{3}/.test(w) && e.tagName !== "OPTION" ? e.appendChild(el("span", "ls-nobr")) : e).append(w);
      });
    });
  }
  var sink = null, view = out;  // where p() writes: the answer being drawn (view), or the list's box while the list is drawn
  function p(cls, text) { return (sink || view).appendChild(el("p", cls, text)); }
  // Once calc-patch.js is here (loaded when idle after the first answer) an element is drawn detached and written
  // into the page only where it differs: a key restyles the changed text, not the whole answer (issue 23, within
  // 50 ms a key on a phone: bench/bench_calc_latency.py); before, it is emptied and drawn again (12 KB first load)
  function fill(e, draw) {
    var P = window.LSCalcPatch, next = P ? el(e.tagName) : e;
    if (!P) e.textContent = "";
    draw(next);
    if (P) P(e, next, listBox);
  }
  // In Hebrew and Arabic a figure with its unit ("4.92 GB") would render "GB 4.92" in the right-to-left
  // line: every number+unit written as text goes in a left-to-right isolate (LRI…PDI), as fit_view.py does.
  var RTL = lang === "he" || lang === "ar";
  function iso(text) { return RTL ? "\u2066" + text + "\u2069" : text; }
  function bytes(n, d) { return iso(N.bytes(n, d)); }
  // two figures said side by side: with as many digits as tell them apart ("7.734 GB … only 7.726 GB")
  function apart(a, b) { for (var d = 3; d < 9 && a !== b && N.bytes(a, d) === N.bytes(b, d); d++); return d; }
  function rate(n) { return iso(N.bytes(n) + "/s"); }
  // tokens per second to 2 significant digits, as the model pages write them (model_fit.shown_decimal): "170", "36", "4,7"
  function tps(x) { return N.decimal(+x.toPrecision(2)); }
  function share(x) { return iso(Math.round(x * 100) + "%"); }  // "87%": no space, as the site writes it elsewhere (native reviews)
  function pct(x) { return Math.min(100, x * 100).toFixed(2) + "%"; }
  // Amounts as a reader types them: our scripts' digits (Arabic-Indic, Persian, Thai; full-width by NFKC),
  // a decimal point or comma, group separators in a context ("32,768", "32 768"), and "32k" (× 1,024).
  function digits(s) {
    return String(s).normalize("NFKC").replace(/[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]/g, function (d) {
      var c = d.charCodeAt(0);
      return String(c - (c >= 0xe50 ? 0xe50 : c >= 0x6f0 ? 0x6f0 : 0x660));
    }).replace(/\u066b/g, ".").replace(/[\s\u066c\u00a0\u202f]+/g, "").toLowerCase();
  }
  function amount(s) {  // GB (or GiB, GB/s): a positive number, or NaN; "" -> null
    s = digits(s).replace(/(gib|gb\/s|gbps|gb|g)$/, "");
    if (!s) return null;
    return /^\d+([.,]\d+)?$/.test(s) && +s.replace(",", ".") > 0 ? +s.replace(",", ".") : NaN;
  }
  function count(s) {  // a context: whole tokens, or NaN
    s = digits(s);
    var m = /^(\d{1,3}(?:[,.]\d{3})+|\d+)(k?)$/.exec(s);
    return m && +m[1].replace(/[,.]/g, "") > 0 ? +m[1].replace(/[,.]/g, "") * (m[2] ? 1024 : 1) : NaN;
  }
  // the kind and the build joined by a no-break space: "GGUF Q4_K_M" never splits at 360 px (review 9, he #6)
  function fmtName(f) {  // "gguf:Q4_K_M" -> "GGUF Q4_K_M", "other:MLX 4bit", "safetensors:AWQ" -> "MLX 4bit", "AWQ"
    var i = f[0].indexOf(":"), kind = f[0].slice(0, i), rest = f[0].slice(i + 1);
    // a browser build names its runtime ("mediapipe:int4" -> "MediaPipe int4"): a model may have two int4 builds
    return i < 0 ? f[0] : ({ gguf: "GGUF\u00a0", onnx: "ONNX\u00a0", mediapipe: "MediaPipe\u00a0", tflite: "LiteRT\u00a0" }[kind] || "") + rest;
  }
  // the runtime a format is run by: a web build names its own (a MediaPipe file runs in MediaPipe only, review 5
  // ar #4), as fit.WEB_RUNTIMES does; else the rule's runtime for its engine ("browser": the in-browser runtimes)
  function runtimeOf(f) {
    var own = { onnx: "Transformers.js", mediapipe: "MediaPipe", tflite: "LiteRT", mlc: "WebLLM" }[f[0].split(":")[0]];
    return f[2] === "browser" && own ? own : R.runtimes[f[2]][8];
  }
  // MLX runs on Apple silicon only: its formats are offered on an Apple device (calc_data.device_entry's
  // apple flag), never its default; not on the reader's own device, which is a GPU with its own memory (the
  // field it needs; review 7, he #3); a web build (MediaPipe, LiteRT…) in a browser tab only (calc-list.js).
  function apple() { return !!(DEV[st.device] && DEV[st.device][4]); }
  function offered(f) { return f[2] === "mlx" ? apple() : f[2] !== "browser"; }  // a web build: a tab's only (fit.offered)
  function formatOf(key, m) {  // the key, else the first file or estimate of that precision on this device
    m = m || model;
    if (!m) return null;
    var fs = m.formats, i;
    for (i = 0; i < fs.length; i++) if (fs[i][0] === key) return fs[i];
    for (i = 0; i < fs.length; i++) if (fs[i][4] === key && offered(fs[i])) return fs[i];
    return null;
  }
  // the format the tables and the model page judge in (model_fit.page_format): 4-bit, else 8, else 16, each as
  // the column means it (FitEngine.columnFormat: the Q4_K_M file before a Q4_0 one, review 8 he #2); else the first offered
  function defaultFormat(m) {
    var c = FitEngine.columnFormat;
    return (c(m, "int4") || c(m, "int8") || c(m, "fp16") || m.formats.filter(offered)[0] || [""])[0];
  }

  // URL <-> state -------------------------------------------------------------------------------------
  function readUrl() {
    var q = new URLSearchParams(location.search), d = C.def;
    problems = [];
    st = { model: q.get("model") || d.model, device: q.get("device") || d.device, format: q.get("format") || "",
           context: d.context, kv: 16, gpus: 1, vram: q.get("vram") || "", ram: q.get("ram") || "", bw: q.get("bw") || "",
           tag: q.get("tag") || "", list: q.get("list") === "1" ? 1 : 0 };
    function bad(name) { problems.push(msg("calc.bad_link", { name: name, value: q.get(name) })); }
    if (st.device !== "own" && !DEV[st.device]) { bad("device"); st.device = d.device; }
    ownContext = false;
    if (q.has("context")) { var c = count(q.get("context")); if (c === c) { st.context = c; ownContext = true; } else bad("context"); }
    if (q.has("kv")) { if (R.kv.indexOf(+q.get("kv")) >= 0) st.kv = +q.get("kv"); else bad("kv"); }
    if (q.has("gpus")) { var g = +digits(q.get("gpus")); if (g >= 1 && g <= 64 && g % 1 === 0) st.gpus = g; else bad("gpus"); }
    if (st.tag && !E.tag.querySelector("option[value='" + st.tag.replace(/\W/g, "") + "']")) { bad("tag"); st.tag = ""; }
  }
  function writeUrl(push) {
    var q = new URLSearchParams();
    FIELDS.forEach(function (k) {
      var v = st[k];
      if (k === "gpus" && v === 1 || k === "list" && !v || v === "" || v == null) return;
      if ((k === "vram" || k === "bw" || k === "gpus") && st.device !== "own") return;
      if (k === "context" && !ownContext) return;  // not the reader's: each model's own default again on a reload
      q.set(k, v);
    });
    var url = location.pathname + "?" + q.toString() + "#calculator";
    if (url === location.pathname + location.search + location.hash) return;
    history[push ? "pushState" : "replaceState"](null, "", url);
  }
  function toForm() {
    E.device.value = st.device;
    E.context.value = N.integer(st.context);
    E.kv.value = String(st.kv);
    E.gpus.value = String(st.gpus);
    E.vram.value = st.vram;
    E.ram.value = st.ram;
    E.bw.value = st.bw;
    E.tag.value = st.tag;
    if (model) E.model.value = model.name;
  }

  // Model: its file, the formats it offers ---------------------------------------------------------
  function load(id, push) {
    var mine = ++ticket;
    root.setAttribute("aria-busy", "true");
    return fetch(src + "m/" + id.replace("/", "--").replace(/[^A-Za-z0-9._-]/g, "-") + ".json").then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (m) { if (mine === ticket) use(m, push); }, function () {
      if (mine !== ticket) return;
      root.removeAttribute("aria-busy");
      // an id we do not track: hub-model.js (the field under the calculator) reads it from the Hub on request
      if (id.indexOf("/") > 0) {
        root.dispatchEvent(new CustomEvent("ls-hub-request", { detail: { id: id } }));
        // a link's model we do not track is said, as an unknown device is (review 11, zh #11); its words load later
        if (push !== true) Promise.all([need("calc-search.js"), laterMessages()]).then(function () {
          if (mine === ticket) { problems.push(LSCalcSearch.unknown(id)); render(null); }
        });
      } else problems = [msg("calc.model_failed", { name: id })];
      render(false);
    });
  }
  function use(m, push) {
    model = m;
    st.model = m.id;
    var known = formatOf(st.format);
    if (!known && st.format && !web()) problems.push(msg("calc.bad_link", { name: "format", value: st.format }));
    st.format = known ? known[0] : web() ? st.format : defaultFormat(m);
    // a context nobody chose never opens past the model's limit (DistilBERT reads 512: review 8, he #4)
    if (!ownContext) E.context.value = N.integer(st.context = m.limit && m.limit < C.def.context ? m.limit : C.def.context);
    formats();
    E.model.value = m.name;
    render(push);
  }
  function web() { return !!(DEV[st.device] && DEV[st.device][5]); }  // a browser tab: calc-list.js LSCalcList.one
  function formats() {  // the format list for this device; an MLX format asked for off Apple silicon: the default
    if (web()) return;
    if (!formatOf(st.format)) st.format = defaultFormat(model);  // a web build's key, back from a tab
    var f = formatOf(st.format);
    if (f && !offered(f)) {
      problems.push(msg("calc.format_mlx", { format: fmtName(f), device: E.device.options[E.device.selectedIndex].text }));
      st.format = defaultFormat(model);
    }
    fill(E.format, function (s) { model.formats.filter(offered).forEach(function (f) {
      // an estimate: "≈" alone (calc.assume_estimate says what it means), so the option fits a 360 px phone
      var o = el("option", null, f[1] == null ? msg("calc.format_unknown", { format: fmtName(f) })
        : (f[3] ? "≈ " : "") + msg("calc.format_file", { format: fmtName(f), size: bytes(f[1]) }));
      o.value = f[0];
      s.appendChild(o);
    }); });
    E.format.value = st.format;
  }

  // The one view ----------------------------------------------------------------------------------
  function device() {  // {usable, bw, unified, name, gpus, ram}: a ladder device, or the reader's own
    var ram = amount(st.ram), d;
    if (st.device !== "own") {
      d = DEV[st.device];
      return { usable: d[1], bw: d[2], unified: !!d[3], web: d[5], name: E.device.options[E.device.selectedIndex].text, gpus: 1, ram: ram };
    }
    var vram = amount(st.vram), bw = amount(st.bw), bad = [];
    [["vram", vram], ["ram", ram], ["bw", bw]].forEach(function (x) {
      if (x[1] !== x[1]) bad.push(msg("calc.bad_number", { text: st[x[0]], example: "16" }));
    });
    if (bad.length || vram == null) return { bad: bad.length ? bad : [msg("calc.own_needs_vram")] };
    var per = Math.floor(vram * 1073741824 * C.gpuShare);  // the maker's GB are GiB; the ladder GPUs' usable share
    // bt: the bandwidth as the reader typed it, said back so (review 10 th #10: 1008 came back as "1.01 TB/s")
    return { usable: per * st.gpus, bw: bw ? bw * 1e9 : null, bt: bw && iso(N.decimal(bw) + "\u00a0" + (S.units.GB || "GB") + "/s"), unified: false, gpus: st.gpus, ram: ram, vram: vram,
             name: msg("calc.own_name", { count: st.gpus, size: iso(N.integer(vram) + "\u00a0" + (S.units.GiB || "GiB")) }) };
  }

  var urlPush = null;  // a URL write waiting for the answer to be drawn (pushState is slow on a phone)
  function queueUrl(push) {
    if (urlPush === null) requestAnimationFrame(function () { setTimeout(function () { var q = urlPush; urlPush = null; writeUrl(q); }); });
    urlPush = urlPush || push;
  }
  function render(push) {
    root.removeAttribute("aria-busy");
    fresh();  // the answer below is the field's model again (text left in the field after a search: the model's name)
    if (model && document.activeElement !== E.model) E.model.value = model.name;
    fill(note, function (e) { code(e, problems.join(" ")); });
    own.hidden = st.device !== "own";
    // kept in the layout when unused (a device whose memory is shared): the form does not jump, nor relayout the page
    ramField.style.visibility = st.device !== "own" && !(DEV[st.device] && !DEV[st.device][3]) ? "hidden" : "";
    if (push != null) queueUrl(push);
    fill(out, function (e) { shared.out = view = e; draw(); shared.out = view = out; });
  }
  function draw() {
    if (!model) return;
    fill(limitNote, function (e) { code(e, model.limit ? msg("calc.limit", { limit: model.limit }) : msg("calc.limit_none")); });
    var dv = device();
    // a ladder device is a product's name (quoted in pt and zh); the reader's own is said as it is ("em 2 GPUs de 12 GiB")
    dv.named = own.hidden ? msg("calc.device_named", { name: dv.name }) : dv.name;
    if (dv.bad) { dv.bad.forEach(function (t) { p("ls-calc-invalid", t); }); return; }
    // GPT-4 (its reason, no format or runtime assumed) and a browser tab: calc-list.js, loaded then (12 KB first load)
    if (model.undisclosed || dv.web) return webView(dv);
    var f = formatOf(st.format);
    if (!f) return;
    var r = FitEngine.row(model, f, st.context, R, st.kv), v = FitEngine.judge(r, dv.usable, R, dv.gpus);
    var total = FitEngine.totalOn(r, dv.gpus), oh = r.oh * dv.gpus, d = apart(total, dv.usable), a = {
      model: model.name, format: fmtName(f), device: dv.named, context: st.context, usable: bytes(dv.usable, d),
      total: total == null ? "" : bytes(total, d), limit: model.limit || "",
      share: share(R.tight), weights: f[1] == null ? "" : bytes(f[1], apart(f[1], dv.usable)) };
    var tooLong = !!(r.limit && st.context > r.limit);
    var key = v === "no" && (r.kv == null || tooLong) ? "no_weights" : v;
    var head = p("ls-calc-verdict ls-verdict-cell", "");
    // the badge is the verdict, said once: the sentence after it says what is needed and what is usable, never the
    // verdict again (review 10 ar #4: "fits … fits on"), so screen readers read the badge too
    head.appendChild(el("span", "ls-verdict ls-verdict-" + v, msg("fit.verdict." + v)));
    code(head, " " + msg("calc.verdict." + key, a));
    // weights alone too big and the context past the limit: both are true, both are said
    // (worded by calc-offload.js, drawn under the verdict: the first answer stays within 12 KB)
    if (v === "no" && tooLong) lazy(function () { LSCalcOffload.past(shared, a); });
    // past the limit the KV cache and buffers at that length are hypothetical (fit.judge): weights only
    if (r.w != null) bar(r.w, tooLong ? false : r.kv, tooLong ? false : oh, dv.usable);
    if (r.bits !== st.kv) p("ls-calc-fact", msg("calc.kv_kept", { runtime: runtimeOf(f), asked: st.kv, bits: r.bits }));
    // fit-engine.js kv(): llama.cpp keeps MLA keys and values apart (the runtime's MLA factor, fit.py): the reason
    // its KV cache differs from vLLM's for the same model (review 7, th #5); worded by calc-offload.js (12 KB first load)
    var mla = R.runtimes[f[2]][7];
    if (model.kv && model.kv[4] && mla !== 1 && !tooLong) lazy(function () { p("ls-calc-fact", LSCalcOffload.mla(runtimeOf(f), N.decimal(+mla.toFixed(1)))); });
    var split = v === "no" && !dv.unified && r.w != null;  // offload is worked out below
    if (!(v === "no" && tooLong)) largestFact(f, dv, split, total);  // else the verdict says the weights alone are too big
    if (v === "fits" || v === "tight") {
      var sp = FitEngine.speed(model, r, dv.bw, R);
      var sa = sp && { speed: tps(sp.s), low: tps(sp.lo), high: tps(sp.hi), read: bytes(sp.read),
        bandwidth: dv.bt || rate(dv.bw), active: model.active ? N.params(model.active) : "", params: model.params ? N.params(model.params) : "" };
      if (sp) p("ls-calc-fact ls-calc-speed", sp.share < 1 ? msg("calc.speed_moe", sa) : msg("calc.speed", sa));
      else p("ls-calc-fact", msg("calc.speed_none"));
      // the rule only beside an estimate it gave (review 9, he #4)
      if (sp) p("ls-calc-basis", msg("calc.speed_rule", { efficiency: N.integer(R.speed[0]), latency: N.integer(R.speed[1] * 1000) }));
    }
    shared.st = st;
    // a smaller KV-cache precision that would make it fit (issue 23): calc-offload.js, so the first load stays small
    if (v === "no" && !tooLong && r.kv) lazy(function () { LSCalcOffload.kv(shared, f, dv); });
    if (split) offload(r, dv);
    // zh sentences join with no space
    // past the limit the KV cache and buffers are not counted (the bar says so): nor assumed at that length
    var as = { format: fmtName(f), runtime: runtimeOf(f), bits: r.bits, context: st.context, usable: bytes(dv.usable), gpu: dv.unified ? "no" : "yes" };  // 显存, not 设备内存 (review 7, zh)
    p("ls-calc-assumptions", (tooLong ? msg("calc.assume_past", as) : msg("calc.assume", as)) + (f[3] && f[1] ? (lang === "zh" ? "" : " ") + msg("calc.assume_estimate") : ""));
    // an encoder or embedding model reads its input and stops (model_fit.py `generates`): no speed, and an
    // encoder-only one no KV cache (review 9, he #1); a context at the model's maximum said once (he #3):
    // worded by calc-offload.js so the first answer stays small
    if (model.enc || st.context === r.limit) lazy(function () { LSCalcOffload.enc(shared, r, as, v); });
    if (st.device === "own") p("ls-calc-assumptions", msg("calc.assume_own", { share: share(C.gpuShare) }));
    // how several GPUs share the work (calc-offload.js, loaded then: only an own device has several)
    if (dv.gpus > 1) lazy(function () { LSCalcOffload.gpus(shared, f, dv, !!sp); });
    if (st.list) reverse(dv);
  }

  // The longest context with headroom ("fits") and the longest that runs at all ("tight" included), both
  // said when they differ; none runs: where offload is worked out below, the GPU alone holds none; no
  // stated limit: unknown (a figure past a limit nobody stated would be invented).
  function largestFact(f, dv, split, total) {
    var h = FitEngine.largest(model, f, dv.usable, R, st.kv, dv.gpus), r = FitEngine.largest(model, f, dv.usable, R, st.kv, dv.gpus, true);
    var full = r === model.limit ? "yes" : "no", text = null;
    var a = { count: r, headroom: h, runs: r, full: full };
    if (r === 0) text = split ? msg("calc.largest_gpu_none") : msg("calc.largest_none");
    else if (r == null) text = !model.limit && total != null ? msg("calc.largest_unknown") : null;
    else if (h === r) text = full === "yes" ? msg("calc.largest_all", a) : msg("calc.largest", a);
    else text = h ? msg("calc.largest_both", a) : msg("calc.largest_tight_only", a);
    if (text) p("ls-calc-fact ls-calc-largest", text);
  }

  // kv or oh false: not counted (the context is past the model's limit); kv null: unknown, never "0 B"
  function bar(w, kv, oh, usable) {
    var parts = [["w", w, function (a) { return msg("calc.bar_weights", a); }], ["k", kv, function (a) { return msg("calc.bar_kv", a); }],
                 ["o", oh, function (a) { return msg("calc.bar_overhead", a); }]];
    var total = w + (kv || 0) + (oh || 0), scale = Math.max(total, usable), b = el("div", "ls-calc-bar"), legend = el("ul", "ls-calc-legend");
    var d = apart(total, usable), sizes = { total: bytes(total, d), usable: bytes(usable, d) };
    b.setAttribute("role", "img");
    b.setAttribute("aria-label", kv == null || kv === false ? msg("calc.bar_partial", sizes) : msg("calc.bar", sizes));
    parts.forEach(function (x) {
      var s = b.appendChild(el("span", "ls-calc-" + x[0]));
      s.style.width = pct((x[1] || 0) / scale);
      legend.appendChild(el("li", "ls-calc-" + x[0], x[2]({ size: x[1] === false ? msg("calc.not_counted")
        : x[1] == null ? msg("calc.unknown") : bytes(x[1]) })));
    });
    [["u", usable, msg("calc.bar_usable", { size: bytes(usable) })], ["t", usable * R.tight, msg("calc.bar_tight", { share: share(R.tight) })]].forEach(function (x) {
      b.appendChild(el("i", "ls-calc-" + x[0])).style.insetInlineStart = pct(x[1] / scale);
      legend.appendChild(el("li", "ls-calc-" + x[0], x[2]));
    });
    view.appendChild(b);
    view.appendChild(legend);
  }

  // the split that fits with CPU offload: calc-offload.js, loaded with the later messages on first use
  var offloading = null;
  function offload(r, dv) { lazy(function () { LSCalcOffload(shared, r, dv); }); }
  function lazy(fn) {  // fn once calc-offload.js and the later messages are here (then drawn again)
    if (offloading === true) return fn();
    offloading = offloading || Promise.all([need("calc-offload.js"), laterMessages()]).then(function () { offloading = true; render(null); },
      function () { offloading = null; });
  }

  // Every model that fits this device at this context: calc-list.js, loaded with its messages and
  // every model's file (models.json) on first use --------------------------------------------------
  var shared = { R: R, N: N, el: el, p: p, bytes: bytes, share: share, tps: tps, rate: rate, ramBw: C.ramBw, formatOf: formatOf, fmtName: fmtName, out: out, lang: lang, E: E, box: box,
                 pickNote: pickNote, fresh: fresh, model: function () { return model; },
                 load: function (id) { st.format = ""; fresh(); load(id, true); } };
  var scripts = {};
  function need(name) {  // one of our scripts, once
    return scripts[name] = scripts[name] || new Promise(function (ok, fail) {
      var s = document.createElement("script");
      s.src = js + name;
      s.onload = ok;
      s.onerror = fail;
      document.head.appendChild(s);
    });
  }
  // A browser tab: its web build only, as the list and the browser table judge it (calc-list.js, on first use)
  var webbing = null;
  function webView(dv) {
    shared.st = st;
    if (webbing === true) { LSCalcList.one(shared, dv); return st.list && reverse(dv); }
    webbing = webbing || Promise.all([need("calc-list.js"), laterMessages()]).then(function () { webbing = true; render(null); },
      function () { webbing = null; p("ls-calc-invalid", msg("calc.model_failed", { name: "calc-list.js" })); });
  }
  var listBox = null, listTicket = 0;
  function json(name) { return fetch(src + name).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }); }
  function reverse(dv) {
    shared.st = st;
    if (listing === true) {
      // the verdict is painted first, the list right after (it judges every model: a key's answer stays
      // within 50 ms, bench/bench_calc_latency.py); the last list stays in place until then; aria-busy meanwhile
      view.appendChild(listBox = listBox || el("div"));
      root.setAttribute("aria-busy", "true");
      var mine = ++listTicket;
      return requestAnimationFrame(function () { setTimeout(function () {
        if (mine !== listTicket) return;
        fill(listBox, function (e) { shared.out = sink = e; LSCalcList(shared, dv); });
        shared.out = out;
        sink = null;
        root.removeAttribute("aria-busy");
      }); });
    }
    if (listing) return;
    listing = Promise.all([need("calc-list.js"), laterMessages(), json("models.json")]).then(function (r) {
      shared.all = r[2];
      listing = true;
      render(null);
    }, function () { listing = null; p("ls-calc-invalid", msg("calc.model_failed", { name: "models.json" })); });
  }

  // Model search: calc-search.js with every model's name (index.json) and the later messages, loaded
  // when the field is first used; keys pressed before it is there are handed over in order ------------
  var searching = null, later = null;
  function laterMessages() {  // the messages of calc-search.js and calc-list.js, once
    return later = later || json("messages-list-" + lang + ".json").then(LSCompiled.add);
  }
  function searchReady() {
    return searching = searching || Promise.all([need("calc-search.js"), json("index.json"), laterMessages()]).then(function (r) {
      return LSCalcSearch(shared, r[1]);
    }, function (e) { searching = null; throw e; });
  }
  function fresh() {  // the answer below answers the field again: shown, with its formats and limit (calc-search.js puts them away)
    pickNote.hidden = true;
    pickNote.textContent = "";
    out.classList.remove("ls-calc-stale");
    E.format.parentNode.style.display = limitNote.style.display = "";
    E.model.removeAttribute("aria-invalid");
  }
  // the whole name selected on focus, so typing replaces it (review 7, th); a click's mouseup would place the caret
  var picked = 0;
  E.model.addEventListener("focus", function () { E.model.select(); picked = 1; searchReady(); });
  E.model.addEventListener("mouseup", function (e) { if (picked) e.preventDefault(); picked = 0; });
  E.model.addEventListener("input", function () { searchReady().then(function (s) { s.input(); }); });
  E.model.addEventListener("keydown", function (e) {
    if (["Enter", "ArrowDown", "ArrowUp", "Escape"].indexOf(e.key) < 0) return;
    if (e.key !== "Escape") e.preventDefault();
    searchReady().then(function (s) { s.key(e.key); });
  });

  // Inputs ----------------------------------------------------------------------------------------
  function fromForm(e) {
    var name = e.target.name;
    need("calc-patch.js");  // the patch render, from the first key on (fill)
    if (!name || name === "model") return;
    if (name === "context") {
      var c = count(E.context.value);
      if (c !== c) { problems = [msg("calc.bad_number", { text: E.context.value.trim(), example: "32768" })]; return render(null); }
      st.context = c;
      ownContext = true;
    } else if (name === "kv" || name === "gpus") st[name] = +E[name].value;
    else if (name === "list") { st.list = 1; }
    else st[name] = E[name].value.trim();
    problems = [];
    if ((name === "device" || name === "gpus") && model) formats();
    render(e.type === "change" ? true : null);
  }
  form.addEventListener("input", function (e) { if (e.target.tagName === "INPUT") fromForm(e); });
  form.addEventListener("change", fromForm);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  root.querySelector(".ls-calc-list-button").addEventListener("click", function () { st.list = 1; render(true); });
  out.addEventListener("click", function (e) {  // a model of the list: into the view above
    var a = e.target.closest("a[data-id]");
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    st.format = "";
    load(a.getAttribute("data-id"), true).then(function () { E.model.focus(); });
  });
  root.addEventListener("ls-model", function (e) {  // any Hub model (hub-model.js), same shape as ours
    var m = e.detail && e.detail.model;
    if (m && m.id && m.formats) { ticket++; st.format = ""; problems = []; use(m, true); }
  });
  window.addEventListener("popstate", function () {
    readUrl();
    toForm();
    if (!model || model.id !== st.model) load(st.model, null); else use(model, null);
  });

  readUrl();
  toForm();
  form.hidden = false;
  root.querySelector(".ls-calc-nojs").hidden = true;
  load(st.model, false);  // the URL holds the whole state from the first answer: a reload shows this view
})();
