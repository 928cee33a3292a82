/* LLM Sizes: msg(key, args), the page's catalog messages formatted in the browser. The build embeds
   the messages this page's scripts use, in Fluent syntax, in <script type="text/x-fluent"
   class="ls-messages" data-lang="…"> (pipeline/site/messages.py); the same locales/<lang>.ftl feeds
   the Python build, so a sentence reads the same in the static page and in the script. Keys are the
   Python API's dotted keys ("explorer.matching"), each "." written "--" as the Fluent id.
   Numbers in args are shown as numbers.js writes integers (Western digits, the language's grouping)
   and select plural forms through Intl.PluralRules. */
/* @include vendor/fluent-bundle.js */
(function (root) {
  "use strict";
  var FB = root.FluentBundle, bundle = null, lang = "en", whole = null;

  // A number Fluent selects on and shows as the site writes it.
  class Shown extends FB.FluentNumber {
    constructor(value, text) { super(value); this.text = text; }
    toString() { return this.text; }
  }

  function load() {
    if (bundle || typeof document === "undefined") return bundle;
    var blocks = document.querySelectorAll("script.ls-messages");
    lang = blocks.length ? blocks[0].getAttribute("data-lang") || "en" : "en";
    bundle = make(lang, Array.prototype.map.call(blocks, function (b) { return b.textContent; }).join("\n"));
    return bundle;
  }

  // A bundle for `lang` from FTL text (also used by the tests, under node).
  function make(code, text) {
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

  root.msg = function (key, args) { return format(load(), key, args); };
  root.LSMessages = { make: make, format: function (b, key, args, code) { lang = code || lang; whole = null; return format(b, key, args); } };
  if (typeof module === "object" && module.exports) module.exports = root.LSMessages;
})(typeof globalThis !== "undefined" ? globalThis : this);
