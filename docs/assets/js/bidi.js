/* LLM Sizes: Latin and number runs isolated left to right in right-to-left text — the rule of
   pipeline/i18n/bidi.py (isolate_ltr_runs), which the build applies to every he/ar page
   (pipeline/site/rtl_text.py); a script that writes a page's text applies it too, so its "80 GB" and
   "65–75%" read as the built page's. tests/test_bidi_parity.py runs both on the same texts. */
(function (root) {
  "use strict";
  var TOKEN = "[A-Za-z0-9]+(?:[.,:/_+×'’\\-–][A-Za-z0-9]+)*%?";
  var RUN = new RegExp("(?<![A-Za-z0-9\\u2066-\\u2069])(?:(?<![^\\s\\u200e(])[-+−](?=[A-Za-z0-9]))?" + TOKEN +
                       "(?:[ \\u00a0]+" + TOKEN + ")*", "g");
  var REORDERS = /\d|^[-+−]/;
  function isolate(text) {
    return text.replace(RUN, function (run) { return REORDERS.test(run) ? "\u2066" + run + "\u2069" : run; });
  }
  // Every text node under `el`, outside the elements the build leaves alone (rtl_text.py _SKIP).
  function isolateIn(el) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), node, text;
    while ((node = walker.nextNode())) {
      if (node.parentElement.closest("script,style,code,pre,kbd,samp,textarea,svg,title,option")) continue;
      text = isolate(node.data);
      if (text !== node.data) node.data = text;
    }
  }
  root.LSBidi = { isolate: isolate, isolateIn: isolateIn };
  if (typeof module === "object" && module.exports) module.exports = root.LSBidi;
})(typeof globalThis !== "undefined" ? globalThis : this);
