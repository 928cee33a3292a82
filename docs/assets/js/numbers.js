/* LLM Sizes: how the site's scripts write numbers — the same rules as pipeline/i18n/formatting.py,
   checked on both sides against tests/fixtures/number-vectors.json (tests/test_numbers_parity.py).
   One rounding rule: a whole number (bytes, parameters) to 3 significant digits, half away from zero,
   in exact integer arithmetic; the rounded figure picks the unit; Intl (CLDR, as Babel in Python)
   then only spells it. The build inlines this file where a script says @include numbers.js; node
   loads it as a module for the parity test. */
(function (root) {
  "use strict";
  var LOCALES = { en: "en", he: "he", ar: "ar-u-nu-latn", pt: "pt-BR", th: "th-u-nu-latn", zh: "zh-Hans-CN" };
  var UNITS = [["TB", 1e12], ["GB", 1e9], ["MB", 1e6], ["kB", 1e3]];
  var MARKS = /[\u200e\u200f\u061c]/g;

  // n (a whole number below 2^53) to `digits` significant digits, half away from zero.
  function roundWhole(n, digits) {
    var sign = n < 0 ? -1 : 1, a = Math.abs(n), length = String(a).length;
    if (length <= digits) return n;
    var scale = Math.pow(10, length - digits), kept = Math.floor(a / scale);
    if ((a - kept * scale) * 2 >= scale) kept += 1;
    return sign * kept * scale;
  }

  // The exact decimal text of whole / 10^places ("1630000000", 9 -> "1.63"), for Intl to spell
  // without rounding a binary float again.
  function shifted(whole, places) {
    var text = String(whole);
    if (!places) return text;
    while (text.length <= places) text = "0" + text;
    var head = text.slice(0, text.length - places), tail = text.slice(text.length - places).replace(/0+$/, "");
    return tail ? head + "." + tail : head;
  }

  // Formatters for one language; strings: {units: {kB, MB, GB, TB}, few: {noun: plural noun} (Arabic 3–10),
  // many: {noun: accusative noun} (Arabic 11–99)}.
  function make(lang, strings) {
    strings = strings || {};
    var loc = LOCALES[lang] || lang, units = strings.units || {}, few = strings.few || {},
        forms = { few: few, many: strings.many || {} };
    // Each Intl object made on first use, one at a time: building them costs a slow phone tens of ms
    // (the compact one most), and a first answer needs only two.
    var made = {}, OPTIONS = {
      compact: { notation: "compact", compactDisplay: lang === "zh" ? "short" : "long", maximumSignificantDigits: 3 },
      whole: {}, decimal: { maximumFractionDigits: 20 }, percent: { style: "percent" } };
    function fmt(name) { return made[name] || (made[name] = new Intl.NumberFormat(loc, OPTIONS[name])); }
    function plural() { return made.plural || (made.plural = new Intl.PluralRules(loc)); }
    return {
      // "1.63 GB", "1,63 GB": decimal units, a no-break space before the unit; `digits` significant digits
      // (default 3) where two figures side by side would else read the same ("7.73 GB of 7.73 GB": 7.734, 7.726)
      bytes: function (n, digits) {
        var rounded = roundWhole(n, digits = digits || 3), unit = "B", places = 0;
        for (var i = 0; i < UNITS.length; i++) {
          if (rounded >= UNITS[i][1]) { unit = UNITS[i][0]; places = Math.round(Math.log10(UNITS[i][1])); break; }
        }
        return (made[digits] || (made[digits] = new Intl.NumberFormat(loc, { maximumSignificantDigits: digits }))).format(shifted(rounded, places)).replace(MARKS, "") + "\u00a0" + (units[unit] || unit);
      },
      // "2.51 billion", "2,51 bilhões", "25.1亿", "3.5 مليارات".
      params: function (n) {
        var text = fmt("compact").format(String(roundWhole(n, 3))).replace(MARKS, "").replace(" ", "\u00a0");
        if (lang === "zh") text = text.replace(/(\d)(?=[^\d.,\s\u00a0])/, "$1\u00a0");  // "25.1 亿", as formatting.py
        var cut = text.indexOf("\u00a0");
        if (lang === "ar") {
          text = text.replace("ترليون", "تريليون");
          var noun = text.slice(cut + 1), form = forms[plural().select(parseFloat(text.slice(0, cut).replace(/,/g, "")))];
          if (cut > 0 && form && form[noun]) text = text.slice(0, cut + 1) + form[noun];
        }
        return text;
      },
      // "2,506,172,416", "2.506.172.416": every digit, grouped.
      integer: function (n) { return fmt("whole").format(n).replace(MARKS, ""); },
      // "0.55", "1,32": a figure already rounded as the page writes it (model_fit.shown_decimal), spelled only.
      decimal: function (n) { return fmt("decimal").format(n).replace(MARKS, ""); },
      // "87%": a share in whole percent (formatting.py's percent, Babel's default pattern).
      percent: function (n) { return fmt("percent").format(n).replace(MARKS, ""); },
      plural: function (n) { return plural().select(n); }
    };
  }

  var api = { make: make, roundWhole: roundWhole, shifted: shifted, LOCALES: LOCALES };
  root.LSNumbers = api;
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
