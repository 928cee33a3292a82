/* LLM Sizes search worker: Material's own worker, with the typed query prepared for the page's
 * language before Material parses it (pipeline/search.py writes the "query" settings per language).
 *
 *   stem     Material appends "*" to every term, and lunr skips its pipeline for wildcard terms,
 *            so a stemmed index (ar, pt) only matches if we stem the query ourselves.
 *   segment  Thai and Chinese are typed without spaces: cut each run into the index's own words
 *            (longest match; the index was cut with the glossary as dictionary), and never
 *            prefix-match a one-character piece.
 *
 * Loaded as llmsizes-search.js?material=<Material's worker file>, from Material's workers folder so
 * that Material's relative "../lunr/" paths keep working.
 */
(function () {
  "use strict"
  var SETUP = 0, QUERY = 2
  var settings = {}
  var vocabulary = null
  var longest = 0

  function learnVocabulary(index) {
    var separator = new RegExp(index.config.separator, "g")
    var script = new RegExp("^(?:" + settings.segment + ")$", "u")
    vocabulary = new Set()
    index.docs.forEach(function (doc) {
      [doc.title, doc.text].forEach(function (field) {
        String(field || "").replace(/<[^>]*>/g, " ").split(separator).forEach(function (word) {
          if (word && script.test(word)) {
            vocabulary.add(word)
            longest = Math.max(longest, word.length)
          }
        })
      })
    })
  }

  /* Whether some index word starts with `piece` (a word still being typed). */
  function startsWord(piece) {
    for (var word of vocabulary) if (word.lastIndexOf(piece, 0) === 0) return true
    return false
  }

  /* Longest match against the index's words. A run the index's words do not cover (a loanword the
   * dictionary lacks: ซอฟต์แวร์ next to the words ซอ and แว) is searched whole, so it matches a whole
   * word or nothing, never its letters; only a last piece that starts an index word stays (typing).
   * Thai only: Chinese queries keep their unknown stretches as pieces (jieba's index differs more). */
  function segment(run) {
    var words = [], unknown = ""
    for (var i = 0; i < run.length;) {
      var match = ""
      for (var j = Math.min(run.length, i + longest); j > i; j--)
        if (vocabulary.has(run.slice(i, j))) { match = run.slice(i, j); break }
      if (match) {
        if (unknown) { words.push(unknown); unknown = "" }
        words.push(match)
        i += match.length
      } else {
        unknown += run[i++]
      }
    }
    if (unknown) words.push(unknown)
    var covered = words.every(function (word, i) {
      return vocabulary.has(word) || (i === words.length - 1 && startsWord(word))
    })
    if (!covered && /[\u0E00-\u0E7F]/.test(run)) return run
    // Material appends "*" to every term; a one-character piece as a prefix matches half the index
    // (ค* in Thai, 下* in Chinese), so it is searched as itself: "^1" is a boost Material leaves alone.
    return words.map(function (word) { return word.length === 1 ? word + "^1" : word }).join(" ")
  }

  function stem(term) {
    var language = self.lunr && self.lunr[settings.stem]
    if (!language || !language.stemmer) return term
    var parts = /^([+\-]?)([\p{L}\p{M}\p{N}]+)$/u.exec(term)
    if (!parts) return term
    var stemmed = String(language.stemmer(new self.lunr.Token(parts[2].toLowerCase())))
    return stemmed ? parts[1] + stemmed : term
  }

  /* A word followed by a space is finished: search it whole ("^1" is a boost Material leaves without
   * its "*"), so "mixture of experts" no longer highlights "officially" for "of*" and Portuguese
   * "de" no longer matches "DeepSeek". Only the word still being typed stays a prefix. */
  function finish(query) {
    var words = query.split(/(\s+)/)
    var last = /\s$/.test(query) ? words.length : words.length - 1
    return words.map(function (word, i) {
      return i < last && /^[\p{L}\p{M}\p{N}]+$/u.test(word) ? word + "^1" : word
    }).join("")
  }

  function prepare(query) {
    if (settings.segment && vocabulary)
      query = query.replace(new RegExp(settings.segment, "gu"), segment)
    if (settings.stem)
      query = query.split(/(\s+)/).map(stem).join("")
    return finish(query)
  }

  /* Material cuts every Han run of the query again with its own longest match over the index
   * terms, which never tries the whole run (下载 comes out as 下, 参数量 as 参数). The query is
   * already cut into the index's words by prepare(), so that one replace leaves it as it is. */
  var nativeReplace = String.prototype.replace
  String.prototype.replace = function (pattern) {
    if (settings.segment && pattern instanceof RegExp && pattern.source === "\\p{sc=Han}+")
      return String(this)
    return nativeReplace.apply(this, arguments)
  }

  var listen = self.addEventListener.bind(self)
  self.addEventListener = function (type, handler, options) {
    if (type !== "message") return listen(type, handler, options)
    return listen(type, function (event) {
      var message = event.data
      if (message && message.type === SETUP) {
        settings = message.data.config.query || {}
        if (settings.segment) learnVocabulary(message.data)
      } else if (message && message.type === QUERY && typeof message.data === "string") {
        message = { type: QUERY, data: prepare(message.data) }
      }
      return handler({ data: message })
    }, options)
  }

  var material = new URL(self.location.href).searchParams.get("material")
  if (!/^[\w.\-]+\.js$/.test(material || "")) throw new Error("llmsizes-search.js: bad ?material=")
  importScripts(material)
})()
