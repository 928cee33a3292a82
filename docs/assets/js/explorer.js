/* LLM Sizes: the models explorer (pipeline/site/explorer.py writes its HTML and JSON).
   Without this script the page shows the featured and most-downloaded models and the download links.
   With it: search, filters, sorting and a shareable URL (?model=…&band=…&sort=…) over every tracked
   model, read from one compact JSON file on first use and drawn in chunks of CHUNK rows; and a model
   without a page of its own opens in place (?id=…) with the same sections as a model page, from its
   detail file (models-explorer/N.json, read when it is opened). Search is by words in any order
   ("qwen 7b", "Llama-3.1-8B-Instruct"), a size word ranking by closeness; the size range, the reader's
   own memory and the fits filter (the fit engine's needed bytes at a precision and context) take
   amounts typed in any of our languages' digits. On a model page it only restores the back link's
   filters (the list's URL, kept in sessionStorage for this tab). */
/* @include numbers.js */
/* @include fit-rule.js */
/* @include messages.js */
/* @include search-rank.js */
(function () {
  "use strict";
  var root = document.getElementById("explorer"), KEY = "ls-explorer-list";
  // A table wider than its box scrolls sideways: a line above it says so while it does (the text comes
  // with the page, data-scroll-hint, so a model page needs no message catalog).
  var hintSource = document.querySelector("[data-scroll-hint]");
  function scrollHints(scope) {
    var text = hintSource && hintSource.getAttribute("data-scroll-hint");
    if (!text) return;
    Array.prototype.forEach.call(scope.querySelectorAll(".ls-table-wrap"), function (w) {
      var hint = w.previousElementSibling;
      if (!hint || !hint.classList.contains("ls-scroll-hint")) {
        hint = document.createElement("p");
        hint.className = "ls-scroll-hint";
        hint.textContent = text;
        w.parentNode.insertBefore(hint, w);
      }
      hint.hidden = w.scrollWidth <= w.clientWidth + 1;
    });
  }
  var article = document.querySelector("article") || document.body, hintTimer = 0;
  window.addEventListener("resize", function () { clearTimeout(hintTimer); hintTimer = setTimeout(function () { scrollHints(article); }, 100); });
  scrollHints(article);
  if (!root) {  // a model page: its back link returns to the list as the reader left it (this tab)
    var back = document.querySelector(".ls-model-back a"), saved = null;
    try { saved = sessionStorage.getItem(KEY); } catch (e) { /* storage off: the default link */ }
    if (back && saved && saved.indexOf("?") > 0 && new URL(back.href).pathname === saved.split("?")[0]) back.href = saved + "#all-models";
    return;
  }
  var CHUNK = 100;
  var S = JSON.parse(root.getAttribute("data-strings"));
  var lang = root.getAttribute("data-lang") || "en";
  var loc = lang === "ar" ? "ar-u-nu-latn" : lang === "th" ? "th-u-nu-latn" : lang;
  var form = root.querySelector("form");
  var table = root.querySelector("table");
  var body = table.tBodies[0];
  var status = root.querySelector(".ls-explorer-status");
  var showAll = root.querySelector(".ls-explorer-show");
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var FIELDS = ["model", "band", "family", "format", "gated", "tag", "min", "max", "device", "mem", "prec", "ctx"];
  var NUM = { params: 1, weights: 1, fp16: 1, int4: 1 };
  // numbers.js: the build's own rules for every figure; its Intl formats are made on first use.
  var N = LSNumbers.make(lang, { units: { kB: S.units[0], MB: S.units[1], GB: S.units[2], TB: S.units[3] }, few: S.few, many: S.many });
  var whole = { format: N.integer };
  var data = null, loading = null, shown = [], drawn = 0, more = null, drawnSig = "", unsure = 0, unrecorded = [];
  var jsonUrl = new URL(root.getAttribute("data-json"), location.href);
  // openId: the model in view or being opened; opening: a ticket, so that only the latest open shows.
  var view = document.createElement("section"), openId = "", opening = 0, details = {}, byId = {}, viewLoading = null;
  var baseTitle = document.title;
  var state = { sort: "", dir: "asc" }, wantAll = false;
  var errorBox = document.getElementById("ls-explorer-error"), assume = document.getElementById("ls-explorer-assume");
  // Typed amounts: any digits our languages write (Arabic-Indic, Persian, Thai; full-width through
  // NFKC), the locale's decimal separator, and a unit; a bare number is billions or gigabytes.
  var DEC = new Intl.NumberFormat(loc).format(1.5).charAt(1) === "," ? "," : ".";
  var PARAMS = { "": 1e9, b: 1e9, bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3, t: 1e12, trillion: 1e12,
    "亿": 1e8, "万": 1e4, "十亿": 1e9, "مليار": 1e9, "مليون": 1e6, bi: 1e9, "bilhão": 1e9, "bilhões": 1e9, mi: 1e6,
    "milhões": 1e6, "พันล้าน": 1e9, "ล้าน": 1e6, "מיליארד": 1e9, "מיליון": 1e6 };
  var MEMORY = { "": 1e9, g: 1e9, gb: 1e9, gib: 1073741824, m: 1e6, mb: 1e6, mib: 1048576, t: 1e12, tb: 1e12,
    tib: 1099511627776, "جيجابايت": 1e9, "غيغابايت": 1e9, "กิกะไบต์": 1e9 };
  function amount(text, units) {  // null: empty; NaN: not a number of those units
    var s = text.normalize("NFKC").replace(/[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]/g, function (d) {
      var c = d.charCodeAt(0);
      return String(c - (c >= 0xe50 ? 0xe50 : c >= 0x6f0 ? 0x6f0 : 0x660));
    }).replace(/\u066b/g, DEC).replace(/[\s\u066c]+/g, "").toLowerCase();
    if (!s) return null;
    var m = /^(\d[\d.,]*)(\D*)$/.exec(s), g = DEC === "," ? "." : ",";
    if (!m || !units.hasOwnProperty(m[2])) return NaN;
    var num = m[1];  // the other separator groups thousands only in threes ("1,000"), else it is a decimal point
    num = new RegExp("^\\d{1,3}(\\" + g + "\\d{3})+(\\" + DEC + "\\d+)?$").test(num) ? num.split(g).join("") : num.replace(g, DEC);
    num = num.replace(DEC, ".");
    return /^\d+(\.\d+)?$/.test(num) ? parseFloat(num) * units[m[2]] : NaN;
  }
  var words = SearchRank.words;  // search-rank.js: the ranking the calculator shares

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }
  function basisDate(basis, date) {  // explorer.py _basis_text: zh "重建的快照，2026年8月21日"
    return basis && date ? msg("display.basis_date", { basis: basis, date: date }) : basis || date;
  }
  function breakable(id) { return esc(id).replace(/([\/-])/g, "$1<wbr>"); }
  // The status line: one whole sentence for each case (all listed, the first part listed, a filtered
  // count, all of it or the first part of it listed).
  // (zh sentences end in a full-width 。 and take no space after it: "…个）。 另有", review 9 zh #12)
  function statusText(count, listed) {
    var gap = lang === "zh" ? "" : " ";
    return statusLine(count, listed) + (unsure ? gap + msg("explorer.fit_unknown", { count: unsure }) : "") +
      (unrecorded.length ? gap + msg("explorer.fit_unrecorded", { count: unrecorded.length, names: names(unrecorded) }) : "");
  }
  // names joined as the calculator's list joins them (calc-list.js): Thai and Chinese with a mark the reader sees
  function names(list) {
    if (lang === "zh" || lang === "th") return list.length < 2 ? list.join("") : list.slice(0, -1).join(lang === "zh" ? "、" : ", ") + (lang === "zh" ? " 和 " : " และ ") + list[list.length - 1];
    return new Intl.ListFormat(LSNumbers.LOCALES[lang] || lang).format(list).replace(/(^|\s)\u05d5-(?=\S)/g, "$1\u05d5\u05be");
  }
  function statusLine(count, listed) {
    var total = data.length;
    if (!count) return msg("explorer.no_match");
    if (count === total) return listed >= total ? msg("explorer.all_listed", { total: total })
      : msg("explorer.first_listed", { shown: listed, total: total });
    return listed >= count ? msg("explorer.matching", { count: count, total: total })
      : msg("explorer.matching_partial", { count: count, shown: listed, total: total });
  }
  function fmt(s, values) {
    return s.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }
  // Thai counts in the size classes' style ("70.6B"), the words in the title (explorer.py short_params); zh keeps 亿
  var SHORT = lang === "th";
  function shortParams(n) {
    var u = n >= 1e12 ? ["T", 1e12] : n >= 1e9 ? ["B", 1e9] : n >= 1e6 ? ["M", 1e6] : ["K", 1e3];
    return String(Number((n / u[1]).toPrecision(3))) + u[0];
  }
  function short(n) { return SHORT ? shortParams(n) : N.params(n); }
  function paramsTitle(n) { return SHORT ? N.params(n) + " (" + whole.format(n) + ")" : whole.format(n); }
  function bytes(n) { return n ? N.bytes(n) : msg("figure.unknown"); }

  function load() {
    if (!loading) {
      // the rows and the Fluent runtime for the sentences (LSMessages.ready), fetched together on first use
      loading = Promise.all([fetch(jsonUrl).then(function (r) { return r.json(); }), LSMessages.ready()]).then(function (got) {
        var j = got[0];
        var c = {};
        j.cols.forEach(function (name, i) { c[name] = i; });
        var collator = new Intl.Collator(loc, { numeric: true, sensitivity: "base" });
        data = j.rows.map(function (r, i) {
          var name = r[c.name] || r[c.id].split("/").pop();
          var key = words(r[c.id] + " " + name);
          return { id: r[c.id], name: name, key: key, words: key.split(" "), tags: r[c.tags], need: r[c.need], web: r[c.web],
                   downloads: r[c.downloads], featured: r[c.featured],
                   family: r[c.family] >= 0 ? j.families[r[c.family]] : "",
                   params: r[c.params], band: r[c.class] >= 0 ? j.classes[r[c.class]] : "",
                   weights: r[c.weights], fp16: r[c.fp16], int4: r[c.int4], est16: r[c.est16], est4: r[c.est4], q4: r[c.q4], formats: r[c.formats],
                   gated: r[c.gated], open: r[c.open], page: r[c.page], needed: r[c.needed], stale: r[c.stale],
                   url: r[c.url] || "https://huggingface.co/" + r[c.id], order: i,
                   // no count and no basis: said, not a blank cell (explorer.py _basis_text)
                   basis: basisDate(r[c.basis] >= 0 ? S.bases[r[c.basis]] : r[c.params] ? "" : msg("explorer.no_count"),
                                    S.dates[r[c.date]] || ""),
                   est: r[c.est], packed: r[c.packed], date: r[c.date] };
        });
        var byName = data.slice().sort(function (a, b) { return collator.compare(a.name, b.name); });
        byName.forEach(function (row, i) { row.nameRank = i + 1; });
        data.forEach(function (row) { byId[row.id] = row; });
        j.formatNames = j.formats;
        j.usable = {};
        j.devices.forEach(function (d) { j.usable[d[0]] = d[2]; });
        data.meta = j;
      });
    }
    return loading;
  }

  function matches(row, f) {
    var j = data.meta, fit = f.fit;
    if (f.band && row.band !== f.band) return false;
    if (f.family && row.family !== f.family) return false;
    if (f.format && !(row.formats & (1 << data.meta.formatNames.indexOf(f.format)))) return false;
    // "Open" lists only rows a source shows open: an unrecorded gate is neither open nor gated
    if (f.gated && !(f.gated === "gated" ? row.gated : row.open)) return false;
    if (f.tag && !(row.tags & (1 << j.tags.indexOf(f.tag)))) return false;
    if (f.lo && !(row.params >= f.lo)) return false;
    if (f.hi && !(row.params && row.params <= f.hi)) return false;
    if (fit && fitState(row, fit) !== "fits") return false;
    return true;
  }

  /* A row under the fits filter g, read in one place: "fits" (listed), "unknown" (counted in the status
     line), "apart" (fits in memory but the model states no context limit: not one of the fits at this
     context, named apart in the line below; FitRule.unrecorded, fit.limit_unrecorded) or "out".
     g.web: a browser tab, row.web's codes (explorer.py _web_codes: 1 fits or tight, 3 the same with no limit
     stated, 0 unknown, 2 and -1 out); else the fit engine's needed bytes at the chosen precision and context
     (explorer_filters.fit_need: 0 unknown, -1 too long, negated when no limit is stated). */
  function fitState(row, g) {
    if (g.web) { var code = row.web[g.c]; return code === 1 ? "fits" : code === 3 ? "apart" : code === 0 ? "unknown" : "out"; }
    var need = row.need[g.p][g.c];
    if (!need) return "unknown";
    if (need === -1) return "out";
    // need + 0.5: weights and buffers only, the KV cache unknown (a floor, explorer_filters.fit_need): above the
    // usable memory it does not fit whatever is unknown, as the calculator's judge says; below it, unknown
    if (need % 1) return need - 0.5 > g.u ? "out" : "unknown";
    var v = FitRule.judge(Math.abs(need), g.u, data.meta.tight);
    if (need < 0) return FitRule.unrecorded(v, 0) ? "apart" : "out";
    return v === "no" ? "out" : "fits";
  }

  // names from data/ in rows drawn here: zh brackets full-width, as zh-text.js sets the built page's rows
  function zhBrackets(text) { return text.replace(/ ?\(([^()]*)\)/g, "（$1）"); }

  function rowHtml(r) {
    var href = r.page ? r.page + "/" : "?id=" + encodeURIComponent(r.id);
    var formats = [];
    data.meta.formatNames.forEach(function (name, i) { if (r.formats & (1 << i)) formats.push(S.formats[i] || name); });
    return "<tr" + (r.stale ? ' class="ls-row-stale"' : "") + '><th scope="row"><bdi><a href="' + esc(href) + '"' +
      (r.page ? "" : ' data-id="' + esc(r.id) + '"') + ">" + esc(lang === "zh" ? zhBrackets(r.name) : r.name) + "</a></bdi>" +
      (r.stale ? ' <span class="ls-stale">' + esc(msg("table.stale")) + "</span>" : "") +
      '<br><code dir="ltr">' + breakable(r.id) + "</code></th>" +
      '<td class="ls-num"' + (r.params ? ' title="' + esc(paramsTitle(r.params)) + '"' : "") + "><bdi>" +
      (r.params ? short(r.params) : esc(msg("figure.unknown"))) + "</bdi>" +
      (r.packed ? ' <abbr class="ls-packed" title="' + esc(msg("explorer.packed_unknown_bits")) + '">*</abbr>' : "") +
      "</td><td" + (S.classes[r.band] ? "" : ' title="' + esc(msg("explorer.no_count")) + '"') + "><bdi>" + esc(S.classes[r.band] || "—") + '</bdi></td><td class="ls-num">' +
      (r.est ? '<abbr class="ls-est" title="' + esc(msg("table.estimated_note")) + '">≈</abbr> ' : "") + "<bdi" + (r.weights ? "" : ' title="' + esc(msg("explorer.weights_unknown")) + '"') + ">" + bytes(r.weights) + '</bdi></td><td class="ls-num">' +
      (r.est16 ? '<abbr class="ls-est" title="' + esc(msg("table.estimated_note")) + '">≈</abbr> ' : "") + "<bdi>" + bytes(r.fp16) +
      '</bdi></td><td class="ls-num">' + (r.est4 ? '<abbr class="ls-est" title="' + esc(r.est4 === 2 ? msg("table.int4_estimate_count") : msg("table.int4_estimate_note")) + '">≈</abbr> ' : "") +
      "<bdi" + (r.q4 ? ' title="' + esc(r.q4) + '"' : "") + ">" + bytes(r.int4) + '</bdi></td><td><bdi dir="ltr">' + formats.join(S.sep) +
      '</bdi></td><td class="ls-basis">' + esc(r.basis) + "</td></tr>";
  }

  function drawMore() {
    var end = Math.min(drawn + CHUNK, shown.length), html = [];
    for (var i = drawn; i < end; i++) html.push(shown[i].html || (shown[i].html = rowHtml(shown[i])));
    body.insertAdjacentHTML("beforeend", html.join(""));
    drawn = end;
    more.hidden = drawn >= shown.length;
  }

  function filters() {
    var f = {};
    FIELDS.forEach(function (name) {
      var el = form.elements[name];
      f[name] = el ? el.value.trim() : "";
    });
    var bad = [];
    f.q = SearchRank.query(f.model);  // "7b", "70B": a size, which ranks by closeness; other words filter
    ["min", "max", "mem"].forEach(function (name) {
      var el = form.elements[name];
      if (!el) return;
      var v = amount(el.value, name === "mem" ? MEMORY : PARAMS), wrong = v !== v;
      if (wrong) bad.push((name === "mem" ? msg("explorer.bad_memory", { text: el.value.trim() }) : msg("explorer.bad_size", { text: el.value.trim() })));
      if (wrong) el.setAttribute("aria-invalid", "true"); else el.removeAttribute("aria-invalid");
      f[name === "min" ? "lo" : name === "max" ? "hi" : "own"] = wrong ? 0 : v;
    });
    if (errorBox) errorBox.textContent = bad.join(lang === "zh" ? "" : " ");
    var j = data.meta, prec = form.elements.prec, ctx = form.elements.ctx;
    if (prec && ctx) {
      var u = f.own || (f.device ? j.usable[f.device] : 0);
      var tab = !f.own && (j.web || []).indexOf(f.device) >= 0;
      if (u) f.fit = { u: u, p: ["fp16", "int8", "int4"].indexOf(prec.value), c: j.contexts.indexOf(+ctx.value), web: tab };
      assume.textContent = fmt(tab ? S.assume_web : S.assume, { precision: prec.value, context: whole.format(+ctx.value) });
    }
    return f;
  }

  // closing: a reader's change of the filters or the sort, which closes a model in view.
  // aria-busy: set from a reader's input until the list it asks for is drawn (assistive tech and the
  // browser tests wait on it rather than on time).
  function update(closing) {
    // a row link pressed and not yet released: redrawn now, the row under the pointer is gone before
    // mouseup and the click with it (a reader typing, then clicking a row while the list catches up)
    if (pressed) { held = held === 1 || closing ? 1 : 0; root.setAttribute("aria-busy", "true"); return; }
    if (!data) { root.setAttribute("aria-busy", "true"); load().then(function () { update(closing); }); return; }
    var f = filters(), key = state.sort, sign = state.dir === "desc" ? -1 : 1;
    if (asksNothing(f)) { if (drawnSig) { if (closing && openId) closeModel(false, false); showFirst(); } else root.removeAttribute("aria-busy"); return; }
    // The same view is not drawn again: the search box's change event on blur would otherwise
    // replace the row a reader is clicking between mousedown and mouseup, and the click is lost.
    var sig = JSON.stringify([f, key, state.dir]), q = f.q;
    if (sig === drawnSig) { root.removeAttribute("aria-busy"); return; }
    if (closing && openId) closeModel(false, false);
    drawnSig = sig;
    shown = data.filter(function (row) { return matches(row, f); });
    // the rows the fits filter leaves out only because their need is unknown (0; -1, past the model's limit,
    // is said by the assumptions line): counted in the status line, never dropped without a word
    // (the search words too: SearchRank, as for the listed rows; review 10 zh #1 counted the whole site's)
    var g = f.fit, unknown = [];
    f.fit = null;
    unrecorded = [];
    if (g) data.forEach(function (row) {
      var state = fitState(row, g);
      if (state === "unknown" && matches(row, f)) unknown.push(row);
      else if (state === "apart" && matches(row, f)) unrecorded.push(row);
    });
    f.fit = g;
    unsure = SearchRank.rank(unknown, q).length;
    unrecorded = SearchRank.rank(unrecorded, q).map(function (r) { return lang === "zh" ? zhBrackets(r.name) : r.name; });
    shown = SearchRank.rank(shown, q);
    if (key) {  // numbers only (names by their precomputed rank); unknown (0) last, both ways
      var k = key === "name" ? "nameRank" : key === "class" ? "params" : key, known = [], unknown = [];
      for (var i = 0; i < shown.length; i++) (shown[i][k] ? known : unknown).push(shown[i]);
      known.sort(function (a, b) { return sign * (a[k] - b[k]) || a.order - b.order; });
      shown = known.concat(unknown);
    }
    body.textContent = "";
    drawn = 0;
    drawMore();
    status.textContent = statusText(shown.length, Math.min(drawn, shown.length));
    heads.forEach(function (th) {
      if (th.getAttribute("data-key") === key) th.setAttribute("aria-sort", state.dir === "desc" ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    if (showAll) showAll.hidden = true;
    history.replaceState(null, "", writeUrl() + location.hash);
    try { sessionStorage.setItem(KEY, listUrl()); } catch (e) { /* storage off: model pages link back unfiltered */ }
    root.removeAttribute("aria-busy");
    scrollHints(root);
  }

  function writeUrl() {
    var p = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var el = form.elements[name];
      if (el && el.value && el.value !== el.getAttribute("data-default")) p.set(name, el.value);
    });
    if (state.sort) { p.set("sort", state.sort); if (state.dir === "desc") p.set("dir", "desc"); }
    if (openId) p.set("id", openId);
    return location.pathname + (p.toString() ? "?" + p.toString() : "");
  }

  function listUrl() {
    var keep = openId;
    openId = "";
    var url = writeUrl();
    openId = keep;
    return url;
  }

  // One model without a page of its own, in place: the sections of a model page (explorer.py MODEL_PAGE).
  // Its row of models-explorer/N.json; the row names its model, so a file from another build is refused.
  function detailOf(row) {
    var d = data.meta.detail, n = Math.floor(row.order / d[1]);
    if (!details[n]) details[n] = fetch(new URL(d[0] + n + ".json", jsonUrl)).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    });
    return details[n].then(function (j) {  // by the names in its cols (pipeline/site/browser_data.py DetailRow)
      var values = j.rows[row.order % d[1]], x = {};
      if (values && j.cols) j.cols.forEach(function (name, i) { x[name] = values[i]; });
      if (x.model !== row.id) throw new Error("detail file from another build");
      return [x, j];
    }).catch(function (e) { delete details[n]; throw e; });
  }

  // The view's code (explorer-model.js), loaded the first time a model is opened: the list does not wait for it.
  function viewCode() {
    if (!viewLoading) viewLoading = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = root.getAttribute("data-view");
      script.onload = function () { resolve(); };
      script.onerror = function () { viewLoading = null; reject(new Error("explorer-model.js did not load")); };
      document.head.appendChild(script);
    });
    return viewLoading;
  }

  // Unknown id: the list, without it in the URL. Detail file missing: the model's source instead.
  function openModel(id, push) {
    var ticket = ++opening;
    openId = id;
    if (push) history.pushState(null, "", writeUrl() + location.hash);
    return load().then(function () {
      var row = byId[id];
      if (ticket !== opening) return;
      if (!row) {
        openId = "";
        history.replaceState(null, "", writeUrl() + location.hash);
        status.textContent = msg("explorer.no_match");
        return;
      }
      return Promise.all([detailOf(row), viewCode()]).then(function (got) {
        if (ticket !== opening) return;
        var html = LSExplorerModel.html({ esc: esc, breakable: breakable, bytes: bytes, N: N, S: S, meta: data.meta,
          dir: getComputedStyle(root).direction, back: listUrl() }, row, got[0][0], got[0][1]);
        view.innerHTML = lang === "zh" ? LSZhText.tidy(html) : html;  // as zh_text.py does to a built page
        if (getComputedStyle(root).direction === "rtl") LSBidi.isolateIn(view);  // as rtl_text.py does to a built page
        view.hidden = false;
        scrollHints(view);
        document.title = (lang === "zh" ? LSZhText.tidy(row.name) : row.name) + " · " + baseTitle;  // as tidy_title does to a built page
        view.querySelector("h3").focus();
      }, function () { if (ticket === opening) location.assign(row.url); });
    });
  }

  function closeModel(push, focus) {
    var id = openId;
    opening++;
    openId = "";
    view.hidden = true;
    view.textContent = "";
    document.title = baseTitle;
    if (push) history.pushState(null, "", writeUrl() + location.hash);
    if (!focus) return;
    var link = body.querySelector('a[data-id="' + CSS.escape(id) + '"]');
    (link || form.elements.model).focus();
  }

  // The filters and sort of a URL (absent ones cleared); true when any is set.
  function readUrl(p) {
    var any = false, sort = p.get("sort") || "";
    FIELDS.forEach(function (name) {
      var el = form.elements[name], value = p.get(name) || "";
      if (el) { el.value = value || el.getAttribute("data-default") || ""; any = any || !!value; }
    });
    if (NUM.hasOwnProperty(sort) || ["name", "class", "formats"].indexOf(sort) >= 0) {
      state.sort = sort;
      state.dir = p.get("dir") === "desc" ? "desc" : "asc";
      any = true;
    } else {
      state.sort = "";
      state.dir = "asc";
    }
    return any;
  }

  heads.forEach(function (th) {
    if (th.getAttribute("data-key") === "basis") return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ls-sort";
    button.title = msg("explorer.sort_hint");
    // the label is one run that wraps as text: the button is a flex box, whose every child (each Thai
    // word span, each text node) would otherwise stand apart with a gap and never wrap
    var label = document.createElement("span");
    label.className = "ls-sort-label";
    while (th.firstChild) label.appendChild(th.firstChild);
    button.appendChild(label);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var key = th.getAttribute("data-key");
      state.dir = state.sort === key && state.dir === "asc" ? "desc" : "asc";
      state.sort = key;
      update(true);
    });
  });
  more = document.createElement("button");
  more.type = "button";
  more.className = "ls-explorer-next";
  more.textContent = msg("explorer.show_more");
  more.hidden = true;
  more.addEventListener("click", function () {
    drawMore();
    status.textContent = statusText(shown.length, drawn);
  });
  root.querySelector(".ls-table-wrap").insertAdjacentElement("afterend", more);
  view.className = "ls-explorer-model";
  view.hidden = true;
  form.insertAdjacentElement("beforebegin", view);
  var pressed = false, held = -1;
  body.addEventListener("pointerdown", function (e) { if (e.target.closest && e.target.closest("a[data-id]")) pressed = true; });
  function released() {
    if (!pressed) return;
    setTimeout(function () {  // after the click: a model it opened stays open under the list drawn now
      var c = held;
      pressed = false;
      held = -1;
      if (c >= 0) update(c === 1 && !openId);
    }, 0);
  }
  document.addEventListener("pointerup", released, true);
  document.addEventListener("pointercancel", released, true);
  body.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-id]");
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button) return;
    e.preventDefault();
    openModel(a.getAttribute("data-id"), true);
  });
  view.addEventListener("click", function (e) {
    if (!e.target.closest(".ls-model-back a") || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    closeModel(true, true);
  });
  // Back and forward: the entry's filters, sort and model, as its URL says.
  window.addEventListener("popstate", function () {
    var p = new URLSearchParams(location.search), id = p.get("id") || "", any = readUrl(p);
    if (id) openModel(id, false); else if (openId) closeModel(false, true);
    if (any || drawnSig) update(false);
  });
  function userUpdate() { update(true); }
  var timer = 0;
  form.addEventListener("input", function () {
    root.setAttribute("aria-busy", "true");
    clearTimeout(timer);
    timer = setTimeout(userUpdate, 60);
  });
  form.addEventListener("change", userUpdate);
  form.addEventListener("submit", function (e) { e.preventDefault(); update(true); });
  // Clear filters: the view the page opened with, exactly (its first rows, featured first, its status
  // sentence and its "show all" button), not the unfiltered list the script draws (review 7, pt #8)
  form.addEventListener("reset", function () { setTimeout(function () {
    state.sort = "";
    state.dir = "asc";
    wantAll = false;
    if (openId) closeModel(false, false);
    if (errorBox) errorBox.textContent = "";
    ["min", "max", "mem"].forEach(function (name) { if (form.elements[name]) form.elements[name].removeAttribute("aria-invalid"); });
    showFirst();
  }, 0); });
  function showFirst() {
    body.innerHTML = first.rows;
    status.textContent = first.status;
    if (assume) assume.textContent = first.assume;
    heads.forEach(function (th) { th.removeAttribute("aria-sort"); });
    drawnSig = "";
    shown = [];
    drawn = 0;
    more.hidden = true;
    if (showAll) showAll.hidden = false;
    history.replaceState(null, "", writeUrl() + location.hash);
    try { sessionStorage.setItem(KEY, listUrl()); } catch (e) { /* storage off: model pages link back unfiltered */ }
    root.removeAttribute("aria-busy");
    scrollHints(root);
  }
  // A view that asks nothing more of the load view (every field empty or at its default, an unreadable
  // number set aside with its message, no sort, "show all" not pressed) is the load view itself, its first
  // rows featured first: not the script's unfiltered list of 100 (review 9, pt #3)
  function asksNothing(f) {
    if (state.sort || wantAll || openId) return false;
    return FIELDS.every(function (name) {
      var el = form.elements[name];
      if (!el || !el.value.trim() || el.value === el.getAttribute("data-default")) return true;
      return name === "min" ? !f.lo : name === "max" ? !f.hi : name === "mem" ? !f.own : false;
    });
  }
  form.addEventListener("focusin", load, { once: true });
  if (showAll) { showAll.hidden = false; showAll.addEventListener("click", function () { wantAll = true; userUpdate(); }); }
  form.hidden = false;
  var first = { rows: body.innerHTML, status: status.textContent, assume: assume ? assume.textContent : "" };  // the load view
  var start = new URLSearchParams(location.search);
  var any = readUrl(start);
  if (start.get("id")) openModel(start.get("id"), false);
  if (any) update(false);
})();
