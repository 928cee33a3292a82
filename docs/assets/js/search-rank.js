/* LLM Sizes: ranked model search shared by the explorer and the calculator (inlined by the build where a
   script says @include search-rank.js). Words in any order ("qwen 7b", "Llama-3.1-8B-Instruct"): "-", "_",
   "/", "." (not a decimal point) and spaces are one separator, NFKC folds full-width text; a size word
   ("7b", "70B") is in the name or near the parameter count, and ranks by closeness to that size. Every word
   is required. A bare number matches a whole number or a size word
   ("120" finds 120b, never 20b); a word the row holds whole ("mistral") ranks above one it only
   starts ("mistralai", Mathstral's owner). Then the name with the fewest other words, then featured,
   then most downloaded. Rows: {key (words(id + " " + name)), words (key split), params,
   featured, downloads, order}. */
var SearchRank = (function () {
  "use strict";
  var SIZE = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
  function words(text) { return text.normalize("NFKC").toLowerCase().replace(/[\s_\/-]+|\.(?!\d)/g, " ").trim(); }
  // The query: its words, and the first size word apart ("7b": keeps names holding it or counts near it, closest first).
  function query(text) {
    var q = { words: [], size: 0, text: words(text), typed: text.trim() };
    q.text.split(" ").forEach(function (w) {
      var m = /^(\d+(?:\.\d+)?)([kmbt])$/.exec(w);
      if (m && !q.size) { q.size = parseFloat(m[1]) * SIZE[m[2]]; q.sizeWord = w; }
      else if (w) q.words.push(w);
    });
    return q;
  }
  // How many of the query's words the row has (a number exactly, or as a size word's number; other
  // words as a word's start); row.whole: how many of them are one of its words whole.
  function hits(row, q) {
    var n = 0, whole = 0;
    q.words.forEach(function (w) {
      var number = /^[\d.]+$/.test(w);
      if (row.words.indexOf(w) >= 0) whole++;
      if (row.words.some(function (v) { return number ? v.replace(/[kmbt]$/, "") === w : v.indexOf(w) === 0; })) n++;
    });
    row.whole = whole;
    return n;
  }
  // The rows that answer q, best first: a query typed as one name ("gemma-2") keeps the rows holding
  // it; else those with every word (review 6: OR-ed words found every Qwen for "qwen 7b"), a size word
  // by name or by a parameter count within NEAR of it (log ratio, ~10%: Qwen2.5 7B's 7.6B, not Qwen3 8B's 8.2B).
  var NEAR = 0.1;
  function rank(rows, q) {
    if (!q.text) return rows;
    var phrase = /\s/.test(q.typed) ? [] : rows.filter(function (row) { return row.key.indexOf(q.text) >= 0; });
    rows.forEach(function (row) {
      row.hits = hits(row, q);
      row.near = !q.size || row.words.indexOf(q.sizeWord) >= 0 ? 0 : row.params ? Math.abs(Math.log(row.params / q.size)) : 99;
    });
    var shown = phrase.length ? phrase : rows.filter(function (row) { return row.hits === q.words.length && row.near <= NEAR; });
    shown.sort(function (a, b) {
      return b.whole - a.whole || a.near - b.near || a.words.length - b.words.length || b.featured - a.featured || b.downloads - a.downloads || a.order - b.order;
    });
    // the best row's siblings next to it: the rows whose id starts as its does up to the size word ("qwen qwen2.5 7b":
    // Qwen2.5 7B, its Instruct and 1M builds before Qwen2 7B Instruct)
    var cut = shown.length && q.size ? shown[0].key.indexOf(" " + q.sizeWord + " ") : -1;
    if (cut < 0) return shown;
    var lead = shown[0].key.slice(0, cut + q.sizeWord.length + 2);
    return shown.filter(function (r) { return (r.key + " ").indexOf(lead) === 0; }).concat(shown.filter(function (r) { return (r.key + " ").indexOf(lead) !== 0; }));
  }
  return { words: words, query: query, hits: hits, rank: rank };
})();
if (typeof module !== "undefined") module.exports = SearchRank;
