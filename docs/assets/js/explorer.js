/* LLM Sizes: the models explorer (pipeline/site/explorer.py writes its HTML and JSON).
   Without this script the page shows the featured and most-downloaded models and the download links.
   With it: search, filters, sorting and a shareable URL (?q=…&band=…&sort=…) over every tracked
   model, read from one compact JSON file on first use and drawn in chunks of CHUNK rows. */
(function () {
  "use strict";
  var root = document.getElementById("explorer");
  if (!root) return;
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
  var FIELDS = ["model", "band", "family", "format", "gated", "device"];
  var NUM = { params: 1, weights: 1, fp16: 1, int4: 1 };
  // Number formats are made on first use (load): building them costs tens of ms of main thread
  // on a slow phone, which the page does not need until the reader interacts.
  var compact, plain, whole;
  var data = null, loading = null, shown = [], drawn = 0, more = null;
  var state = { sort: "", dir: "asc" };

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }
  function breakable(id) { return esc(id).replace(/([\/-])/g, "$1<wbr>"); }
  function fmt(s, values) {
    return s.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }
  function bytes(n) {
    if (!n) return S.unknown;
    var i = 0, v = n / 1000;
    while (v >= 1000 && i < 3) { v /= 1000; i++; }
    return plain.format(v) + " " + S.units[i];
  }

  function load() {
    if (!loading) {
      compact = new Intl.NumberFormat(loc, { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3 });
      plain = new Intl.NumberFormat(loc, { maximumSignificantDigits: 3 });
      whole = new Intl.NumberFormat(loc);
      loading = fetch(root.getAttribute("data-json")).then(function (r) { return r.json(); }).then(function (j) {
        var c = {};
        j.cols.forEach(function (name, i) { c[name] = i; });
        var collator = new Intl.Collator(loc, { numeric: true, sensitivity: "base" });
        data = j.rows.map(function (r, i) {
          var name = r[c.name] || r[c.id].split("/").pop();
          return { id: r[c.id], name: name, key: (r[c.id] + " " + name).toLowerCase(),
                   family: r[c.family] >= 0 ? j.families[r[c.family]] : "",
                   params: r[c.params], band: r[c.class] >= 0 ? j.classes[r[c.class]] : "",
                   weights: r[c.weights], fp16: r[c.fp16], int4: r[c.int4], formats: r[c.formats],
                   gated: r[c.gated], page: r[c.page], needed: r[c.needed], stale: r[c.stale],
                   url: r[c.url] || "https://huggingface.co/" + r[c.id], order: i,
                   basis: [r[c.basis] >= 0 ? S.bases[r[c.basis]] : "", S.dates[r[c.date]] || ""].filter(Boolean).join(" · "),
                   est: r[c.est], packed: r[c.packed] };
        });
        var byName = data.slice().sort(function (a, b) { return collator.compare(a.name, b.name); });
        byName.forEach(function (row, i) { row.nameRank = i + 1; });
        j.formatNames = j.formats;
        j.usable = {};
        j.devices.forEach(function (d) { j.usable[d[0]] = d[2]; });
        data.meta = j;
      });
    }
    return loading;
  }

  function matches(row, f) {
    if (f.model && row.key.indexOf(f.model) < 0) return false;
    if (f.band && row.band !== f.band) return false;
    if (f.family && row.family !== f.family) return false;
    if (f.format && !(row.formats & (1 << data.meta.formatNames.indexOf(f.format)))) return false;
    if (f.gated && (f.gated === "gated") !== !!row.gated) return false;
    if (f.device && !(row.needed && row.needed <= data.meta.usable[f.device])) return false;
    return true;
  }

  function rowHtml(r) {
    var href = r.page ? r.page + "/" : r.url;
    var formats = [];
    data.meta.formatNames.forEach(function (name, i) { if (r.formats & (1 << i)) formats.push(name); });
    return "<tr" + (r.stale ? ' class="ls-row-stale"' : "") + '><th scope="row"><bdi><a href="' + esc(href) + '"' +
      (r.page ? "" : ' rel="noopener"') + ">" + esc(r.name) + "</a></bdi>" +
      (r.stale ? ' <span class="ls-stale">' + esc(S.stale) + "</span>" : "") +
      '<br><code dir="ltr">' + breakable(r.id) + "</code></th>" +
      '<td class="ls-num"' + (r.params ? ' title="' + whole.format(r.params) + '"' : "") + "><bdi>" +
      (r.params ? compact.format(r.params) : esc(S.unknown)) + "</bdi>" +
      (r.packed ? ' <abbr class="ls-packed" title="' + esc(S.packed) + '">*</abbr>' : "") +
      "</td><td><bdi>" + esc(S.classes[r.band] || "") + '</bdi></td><td class="ls-num">' +
      (r.est ? '<abbr class="ls-est" title="' + esc(S.est) + '">≈</abbr> ' : "") + "<bdi>" + bytes(r.weights) + '</bdi></td><td class="ls-num"><bdi>' + bytes(r.fp16) +
      '</bdi></td><td class="ls-num"><bdi>' + bytes(r.int4) + '</bdi></td><td><bdi dir="ltr">' + formats.join(", ") +
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
    f.model = f.model.toLowerCase();
    return f;
  }

  function update() {
    if (!data) { load().then(update); return; }
    var f = filters(), key = state.sort, sign = state.dir === "desc" ? -1 : 1;
    shown = data.filter(function (row) { return matches(row, f); });
    if (key) {  // numbers only (names by their precomputed rank); unknown (0) last, both ways
      var k = key === "name" ? "nameRank" : key === "class" ? "params" : key, known = [], unknown = [];
      for (var i = 0; i < shown.length; i++) (shown[i][k] ? known : unknown).push(shown[i]);
      known.sort(function (a, b) { return sign * (a[k] - b[k]) || a.order - b.order; });
      shown = known.concat(unknown);
    }
    body.textContent = "";
    drawn = 0;
    drawMore();
    status.textContent = shown.length ? fmt(S.matching, { count: whole.format(shown.length) }) + " " +
      fmt(S.shown, { shown: whole.format(Math.min(drawn, shown.length)), total: whole.format(data.length) }) : S.no_match;
    heads.forEach(function (th) {
      if (th.getAttribute("data-key") === key) th.setAttribute("aria-sort", state.dir === "desc" ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    if (showAll) showAll.hidden = true;
    writeUrl();
  }

  function writeUrl() {
    var p = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var el = form.elements[name];
      if (el && el.value) p.set(name, el.value);
    });
    if (state.sort) { p.set("sort", state.sort); if (state.dir === "desc") p.set("dir", "desc"); }
    var query = p.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function readUrl() {
    var p = new URLSearchParams(location.search), any = false;
    FIELDS.forEach(function (name) {
      var el = form.elements[name], value = p.get(name);
      if (el && value) { el.value = value; any = true; }
    });
    if (p.get("sort") && NUM.hasOwnProperty(p.get("sort")) || ["name", "class", "formats"].indexOf(p.get("sort")) >= 0) {
      state.sort = p.get("sort");
      state.dir = p.get("dir") === "desc" ? "desc" : "asc";
      any = true;
    }
    return any;
  }

  heads.forEach(function (th) {
    if (th.getAttribute("data-key") === "basis") return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ls-sort";
    button.title = S.sort_hint;
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var key = th.getAttribute("data-key");
      state.dir = state.sort === key && state.dir === "asc" ? "desc" : "asc";
      state.sort = key;
      update();
    });
  });
  more = document.createElement("button");
  more.type = "button";
  more.className = "ls-explorer-next";
  more.textContent = S.show_more;
  more.hidden = true;
  more.addEventListener("click", function () {
    drawMore();
    status.textContent = fmt(S.matching, { count: whole.format(shown.length) }) + " " +
      fmt(S.shown, { shown: whole.format(drawn), total: whole.format(data.length) });
  });
  root.querySelector(".ls-table-wrap").insertAdjacentElement("afterend", more);
  var timer = 0;
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 60); });
  form.addEventListener("change", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
  form.addEventListener("reset", function () { state.sort = ""; setTimeout(update, 0); });
  form.addEventListener("focusin", load, { once: true });
  if (showAll) { showAll.hidden = false; showAll.addEventListener("click", update); }
  form.hidden = false;
  if (readUrl()) update();
})();
