/* LLM Sizes: Chinese punctuation and spacing — the rule of pipeline/site/zh_text.py (tidy_chinese), which
   the build applies to every zh page: full-width brackets everywhere, full-width ：，； where Han is beside
   them, no space next to a full-width mark, one space between Han and Latin letters or digits, and an
   element in another language (lang="pt") left as it is. A script that writes a page's HTML passes it through LSZhText.tidy so
   it reads as the built page. tests/test_zh_text_parity.py runs both on the same HTML. */
(function (root) {
  "use strict";
  var FULL = "（）：，；。！？、“”‘’《》「」";
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/, ALNUM = /[0-9A-Za-z%]/, DIGIT = /^[0-9]$/;
  var SKIP = /^<(\/?)(script|style|code|pre|kbd|samp|textarea|svg|title)\b/i;
  var INLINE = /^<\/?(a|span|bdi|b|strong|em|i|abbr|small|sup|sub|mark|time|q|s|u|wbr)\b/i;
  var FOREIGN = /^<([a-z][a-z0-9]*)\b[^>]*\slang="(?!zh|en\b)[a-z]/i;
  var MARKS = { ":": "：", ";": "；", ",": "，" };

  function han(ch) { return !!ch && (HAN.test(ch) || FULL.indexOf(ch) >= 0); }
  function pair(a, b) { return (HAN.test(a || "") && ALNUM.test(b || "")) || (ALNUM.test(a || "") && HAN.test(b || "")); }
  function before(out, last) {
    for (var k = out.length - 1; k >= 0; k--) if (out[k] !== " ") return out[k];
    return last;
  }
  function trim(out) { while (out.length && out[out.length - 1] === " ") out.pop(); }

  function text(t, last, parens) {
    var out = [], prev = last, i = 0, ch, nxt, after;
    while (i < t.length) {
      ch = t[i]; nxt = t[i + 1] || ""; after = t.slice(i + 1).replace(/^ +/, "").charAt(0);
      if (ch === "(") {
        parens.push(true);
        trim(out); out.push("（"); prev = "（"; i += 1;
        while (i < t.length && t[i] === " ") i += 1;
        continue;
      } else if (ch === ")" && parens.length) {
        if (parens.pop()) {
          trim(out); out.push("）"); prev = "）"; i += 1;
          if (t[i] === " " && han(t.charAt(i + 1))) i += 1;
          continue;
        }
      } else if (":;,".indexOf(ch) >= 0 && (han(before(out, prev)) || (han(after) && !DIGIT.test(nxt)))) {
        if (!(ch === "," && DIGIT.test(prev) && DIGIT.test(nxt))) {  // 8,030 stays
          trim(out); out.push(MARKS[ch]); prev = MARKS[ch]; i += 1;
          while (i < t.length && t[i] === " ") i += 1;
          continue;
        }
      } else if (ch === " " && ((prev && FULL.indexOf(prev) >= 0) || (nxt && FULL.indexOf(nxt) >= 0))) {  // "。 以下模型", "未知 ：暂无"
        i += 1;
        continue;
      }
      if (pair(prev, ch)) out.push(" ");
      out.push(ch); prev = ch; i += 1;
    }
    return out.join("");
  }

  // `html` (a fragment) with its text following the rules, as tidy_chinese does between <body> and </body>.
  function tidy(html) {
    var parts = html.split(/(<[^>]*>)/), open = [], last = "", parens = [], lastIndex = -1, part, tag, name, k;
    var foreign = null, other, m;  // [element name, depth] while inside an element in another language
    for (var index = 0; index < parts.length; index++) {
      part = parts[index];
      if (part.charAt(0) === "<") {
        if (!INLINE.test(part)) { last = ""; lastIndex = -1; }
        if (foreign) {
          m = /^<\/?([a-zA-Z0-9]+)/.exec(part);
          if (m && m[1].toLowerCase() === foreign[0] && part.slice(-2) !== "/>") {
            foreign[1] += part.charAt(1) === "/" ? -1 : 1;
            if (foreign[1] === 0) foreign = null;
          }
        } else if ((other = FOREIGN.exec(part)) && part.slice(-2) !== "/>") foreign = [other[1].toLowerCase(), 1];
        tag = SKIP.exec(part);
        if (tag && part.slice(-2) !== "/>") {
          name = tag[2].toLowerCase();
          if (tag[1]) { k = open.lastIndexOf(name); if (k >= 0) open.length = k; } else open.push(name);
        }
        continue;
      }
      if (!part) continue;
      if (foreign || (open.length && !(open.length >= 2 && open[open.length - 2] === "svg" && open[open.length - 1] === "title"))) continue;
      if (lastIndex >= 0 && pair(last, part.charAt(0))) {  // outside the element: after "</bdi>", before "<bdi>"
        if (parts.slice(lastIndex + 1, index).every(function (p) { return p.slice(0, 2) === "</"; })) part = " " + part;
        else parts[lastIndex] += " ";
        last = " ";
      }
      parts[index] = text(part, last, parens);
      last = parts[index].slice(-1) || last;
      lastIndex = index;
    }
    return parts.join("");
  }

  root.LSZhText = { tidy: tidy };
  if (typeof module === "object" && module.exports) module.exports = root.LSZhText;
})(typeof globalThis !== "undefined" ? globalThis : this);
