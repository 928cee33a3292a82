/* "Will it run?" calculator (progressive enhancement): reads assets/fit.json (built by
   pipeline/site/fit_view.py from data/fit.yaml) and gives each verdict by the rule of
   pipeline/data/fit.py judge() (fit-rule.js, shared with the explorer); figures as numbers.js writes them. */
/* @include numbers.js */
/* @include fit-rule.js */
/* @include vendor/fluent-bundle.js */
/* @include messages.js */

(function () {
  "use strict";
  if (typeof document === "undefined") return;
  var root = document.getElementById("fit-calculator");
  if (!root || !window.fetch || !window.Intl) return;
  var lang = root.getAttribute("data-lang") || "en";
  var form = root.querySelector("form"), out = root.querySelector(".ls-calc-out");
  var loc = lang + "-u-nu-latn";
  var num = new Intl.NumberFormat(loc, { maximumSignificantDigits: 3 });
  var N = LSNumbers.make(lang, { units: { kB: msg("units.kB"), MB: msg("units.MB"), GB: msg("units.GB"), TB: msg("units.TB") } });
  var int = { format: N.integer };
  var P = ["fp16", "int8", "int4"];

  function size(b) { return N.bytes(b); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  // Memory as a reader types it: any of our scripts' digits (Arabic-Indic, Persian, Thai, full-width),
  // the page's decimal separator or a point, and an optional unit: "16", "7,5", "٨", "๑๖ GB", "８GB",
  // "24 GiB" (GiB x 1.0737). Anything else is null, and the page says what it wants.
  var DIGIT_BASES = [0x660, 0x6f0, 0xe50, 0xff10];
  function parseGb(s) {
    s = String(s).replace(/[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59\uff10-\uff19]/g, function (c) {
      var code = c.charCodeAt(0);
      for (var i = 0; i < DIGIT_BASES.length; i++) if (code >= DIGIT_BASES[i] && code <= DIGIT_BASES[i] + 9) return String(code - DIGIT_BASES[i]);
      return c;
    }).replace(/[\uff0e\u066b]/g, ".").replace(/[\uff0c]/g, ",").replace(/[\s\u00a0\u202f\u066c]/g, "");
    var m = /^(\d+(?:[.,]\d+)?)(gib|gb|g)?$/i.exec(s);
    if (!m) return null;
    var v = parseFloat(m[1].replace(",", "."));
    var factor = m[2] && m[2].toLowerCase() === "gib" ? 1073741824 : 1e9;
    return v > 0 && v < 1e6 ? v * factor : null;
  }

  fetch(root.getAttribute("data-src")).then(function (r) { return r.json(); }).then(function (D) {
    if (!D.models) return;
    var dev = form.elements.device, gb = form.elements.gb, ctx = form.elements.context, kvp = form.elements.kv;

    function render() {
      var usable = dev.value ? +dev.options[dev.selectedIndex].getAttribute("data-usable") : parseGb(gb.value);
      out.textContent = "";
      if (usable == null) { out.appendChild(el("p", "ls-calc-invalid", msg("fit.calc_invalid"))); return; }
      var ci = ctx.selectedIndex, ki = kvp ? kvp.selectedIndex : 0, context = D.contexts[ci];
      var counts = { fits: 0, tight: 0, no: 0, "too-long": 0, unknown: 0 };
      var wrap = el("div", "ls-table-wrap"), table = el("table", "ls-table ls-calc-table");
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", msg("fit_notes.calc_caption"));
      table.appendChild(el("caption", null, msg("fit_notes.calc_caption")));
      var head = el("tr");
      head.appendChild(el("th", null, msg("fit.calc_model")));
      P.forEach(function (p) { var th = el("th", null, p); th.setAttribute("dir", "ltr"); head.appendChild(th); });
      head.childNodes.forEach(function (th) { th.setAttribute("scope", "col"); });
      table.appendChild(el("thead")).appendChild(head);
      var body = table.appendChild(el("tbody"));
      D.models.forEach(function (m) {
        var tr = el("tr"), th = el("th", null, m[0]);
        th.setAttribute("scope", "row");
        tr.appendChild(th);
        P.forEach(function (p, i) {
          var v = FitRule.verdict(m[3][i], ci, ki, usable, m[2], context, D.tight);
          var td = el("td", "ls-verdict-cell ls-verdict-" + v[0]);
          td.appendChild(el("span", "ls-verdict ls-verdict-" + v[0], msg("fit.verdict." + v[0])));
          if (v[1] != null) { td.appendChild(document.createTextNode(" ")); td.appendChild(el("bdi", "ls-calc-need", size(v[1]))); }
          if (i === 2) counts[v[0]]++;
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      out.appendChild(el("p", "ls-calc-summary", msg("fit.calc_summary", {
        usable: size(usable), context: context, fits: counts.fits, tight: counts.tight, no: counts.no
      })));
      out.appendChild(el("p", "ls-calc-assumptions", msg("fit.calc_assumptions", {
        context: context, kv: kvp ? kvp.options[ki].textContent : ""
      })));
      wrap.appendChild(table);
      out.appendChild(wrap);
    }
    dev.addEventListener("change", function () {
      if (dev.value) gb.value = num.format(+dev.options[dev.selectedIndex].getAttribute("data-usable") / 1e9);
      render();
    });
    gb.addEventListener("input", function () { dev.value = ""; render(); });
    ctx.addEventListener("change", render);
    if (kvp) kvp.addEventListener("change", render);
    form.addEventListener("submit", function (e) { e.preventDefault(); render(); });
    form.hidden = false;
    root.querySelector(".ls-calc-nojs").hidden = true;
    if (dev.options.length > 1 && !gb.value) { dev.selectedIndex = 1; gb.value = num.format(+dev.options[1].getAttribute("data-usable") / 1e9); }
    render();
  });
})();
