/* LLM Sizes: msg(key, args), the page's catalog messages formatted in the browser. The build embeds
   the messages this page's scripts use, in Fluent syntax, in <script type="text/x-fluent"
   class="ls-messages" data-lang="…"> (pipeline/site/messages.py); the same locales/<lang>.ftl feeds
   the Python build, so a sentence reads the same in the static page and in the script. Keys are the
   Python API's dotted keys ("explorer.matching"), each "." written "--" as the Fluent id.
   Numbers in args are shown as numbers.js writes integers (Western digits, the language's grouping)
   and select plural forms through Intl.PluralRules.
   The Fluent runtime (vendor/fluent-bundle.js, @fluent/bundle) is @included before this file by a
   script that answers at once (the calculator); the explorer loads it with its data on first use
   (LSMessages.ready()), and until then msg() gives only messages that are plain text. */
(function (root) {
  "use strict";
  var bundle = null, lang = "en", whole = null, source = null, runtime = null, Shown = null;

  function blocks() { return typeof document === "undefined" ? [] : document.querySelectorAll("script.ls-messages"); }

  function text() {
    if (source === null) {
      var found = blocks();
      lang = found.length ? found[0].getAttribute("data-lang") || "en" : "en";
      source = Array.prototype.map.call(found, function (b) { return b.textContent; }).join("\n");
    }
    return source;
  }

  function load() {
    if (!bundle && root.FluentBundle) bundle = make(lang, text());
    return bundle;
  }

  // Resolves when the runtime is there: loads vendor/fluent-bundle.js (the block's data-runtime) once.
  function ready() {
    if (root.FluentBundle) return Promise.resolve();
    if (!runtime) runtime = new Promise(function (resolve, reject) {
      var found = blocks(), s = document.createElement("script");
      s.src = found.length ? found[0].getAttribute("data-runtime") : "";
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error("messages: the Fluent runtime did not load")); };
      document.head.appendChild(s);
    });
    return runtime;
  }

  // A bundle for `lang` from FTL text (also used by the tests, under node).
  function make(code, text) {
    var FB = root.FluentBundle;
    if (!Shown) Shown = class extends FB.FluentNumber {  // a number Fluent selects on, shown as the site writes it
      constructor(value, text) { super(value); this.text = text; }
      toString() { return this.text; }
    };
    var b = new FB.FluentBundle(code === "ar" || code === "th" ? code + "-u-nu-latn" : code, { useIsolating: false });
    var errors = b.addResource(new FB.FluentResource(text));
    errors.forEach(function (e) { if (root.console) console.warn("messages:", e.message); });
    return b;
  }

  function integer(n) {
    if (!whole) whole = new Intl.NumberFormat(lang === "ar" || lang === "th" ? lang + "-u-nu-latn" : lang);
    return whole.format(n).replace(/[\u200e\u200f\u061c]/g, "");
  }

  function format(b, key, args) {
    var id = key.split(".").join("--"), m = b.getMessage(id);
    if (!m || !m.value) { if (root.console) console.warn("messages: no message " + key); return key; }
    var fluentArgs = {};
    for (var name in args || {}) {
      var v = args[name];
      fluentArgs[name] = typeof v === "number" ? new Shown(v, Number.isInteger(v) ? integer(v) : String(v)) : v;
    }
    var errors = [], text = b.formatPattern(m.value, fluentArgs, errors);
    if (errors.length && root.console) console.warn("messages: " + key + ": " + errors[0].message);
    return text;
  }

  // Before the runtime: a message that is plain text on one line ("id = Show more"), or the key.
  function plain(key) {
    var id = key.split(".").join("--"), m = new RegExp("^" + id + " = ([^{\\n]*)$", "m").exec(text());
    if (m) return m[1];
    if (root.console) console.warn("messages: " + key + " needs the Fluent runtime (LSMessages.ready())");
    return key;
  }

  root.msg = function (key, args) { text(); var b = load(); return b ? format(b, key, args) : plain(key); };
  root.LSMessages = { make: make, ready: ready,
    format: function (b, key, args, code) { lang = code || lang; whole = null; return format(b, key, args); } };
  if (typeof module === "object" && module.exports) module.exports = root.LSMessages;
})(typeof globalThis !== "undefined" ? globalThis : this);
