/* LLM Sizes: the verdict rule the browser shares with the build (pipeline/data/fit.py judge() and
   pipeline/contract.py FitRules.verdict); inlined by the build where a script says @include fit-rule.js;
   tests/test_calibration.py runs it in node against the Python rule for every model, context, KV
   precision and device. */
var FitRule = {
  // col: [weights, [overhead per context], [[KV per context] per KV precision]] or null.
  // Weights (and what else is known) above usable -> "no", whatever is unknown; a context beyond
  // the model's limit -> "too-long"; "unknown" only when nothing settles it.
  // The memory a model needs against a device's usable memory: the rule of FitRules.verdict
  // (pipeline/contract.py); the explorer's in-place view uses it on a model's least memory.
  judge: function (need, usable, tight) {
    if (need == null) return "unknown";
    return need > usable ? "no" : need > usable * tight ? "tight" : "fits";
  },
  // a memory verdict that stands at a context nobody recorded the model can read (no limit stated): not one of
  // the plain fits of a list or filter, named apart (pipeline/data/fit.py limit_unrecorded)
  unrecorded: function (v, limit) { return (v === "fits" || v === "tight") && !limit; },
  verdict: function (col, ci, ki, usable, limit, context, tight) {
    var w = col ? col[0] : null, kv = col ? col[2][ki][ci] : null;
    var tooLong = !!(limit && context > limit);  // past the limit KV cache and buffers are hypothetical
    if (w != null) {
      var known = tooLong ? w : w + col[1][ci] + (kv == null ? 0 : kv);
      if (known > usable) return ["no", kv == null || tooLong ? null : known];
    }
    if (tooLong) return ["too-long", null];
    if (w == null || kv == null) return ["unknown", null];
    var need = w + col[1][ci] + kv;
    return [FitRule.judge(need, usable, tight), need];
  }
};
if (typeof module !== "undefined") module.exports = FitRule;
