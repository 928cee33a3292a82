/* LLM Sizes: msg(key, args) over catalog messages the build compiled from locales/<lang>.ftl
   (pipeline/site/compiled_messages.py), for a script that answers before any runtime could load (the
   calculator): <script type="application/json" class="ls-messages-json"> {lang, m: {key: pattern}},
   and more tables added later with LSCompiled.add(). A pattern is text, or a list of text, [variable] and
   [selector, {key: pattern}, default key] (a number key is "=N"), formatted as @fluent/bundle formats
   the same FTL with messages.js: a number shown as numbers.js writes integers, a plural form chosen by
   Intl.PluralRules (tests/test_calc_messages.py requires identical text for every message). */
var LSCompiled = (function (root) {
  "use strict";
  var table = {}, lang = null, whole, rules;

  function add(doc) {
    lang = lang || doc.lang;
    for (var k in doc.m) table[k] = doc.m[k];
  }
  function code() { return lang === "ar" || lang === "th" ? lang + "-u-nu-latn" : lang; }
  function shown(n) {
    if (!Number.isInteger(n)) return String(n);
    whole = whole || new Intl.NumberFormat(code());
    return whole.format(n).replace(/[\u200e\u200f\u061c]/g, "");
  }
  function variant(v, variants, fallback) {  // Fluent's order: the first key that matches, else the default
    var number = typeof v === "number", category = number ? (rules = rules || new Intl.PluralRules(code())).select(v) : null;
    for (var k in variants) if (number ? k === "=" + v || k === category : k === v) return variants[k];
    return variants[fallback];
  }
  function format(p, args) {
    if (typeof p === "string") return p;
    return p.map(function (x) {
      if (typeof x === "string") return x;
      var v = args ? args[x[0]] : undefined;
      if (x.length > 1) return format(variant(v, x[1], x[2]), args);
      return v === undefined ? "{$" + x[0] + "}" : typeof v === "number" ? shown(v) : String(v);
    }).join("");
  }
  function msg(key, args) {
    if (!lang && typeof document !== "undefined") {
      var b = document.querySelector("script.ls-messages-json");
      if (b) add(JSON.parse(b.textContent));
    }
    if (!(key in table)) { if (root.console) console.warn("messages: no message " + key); return key; }
    return format(table[key], args);
  }
  root.msg = msg;
  return { add: add, msg: msg, reset: function (code) { table = {}; lang = code; whole = rules = null; } };
})(typeof globalThis !== "undefined" ? globalThis : this);
if (typeof module !== "undefined") module.exports = LSCompiled;
