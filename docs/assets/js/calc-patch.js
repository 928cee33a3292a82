/* LLM Sizes: the calculator's patch render (issue 23: a key answered within 50 ms on a phone,
   bench/bench_calc_latency.py). fit-calculator.js loads it when idle after the first answer, then draws each
   answer detached and calls LSCalcPatch(live, next, kept): `live` (on the page) is made like `next` by
   writing only what differs, so a key that changes one figure restyles and relays out that text, not the
   whole answer. `kept` (the list's box, drawn apart) is moved back as it is, never compared. Before it is
   here the calculator empties the element and draws it again (the first load stays within 12 KB gzip). */
var LSCalcPatch = function patch(live, next, kept) {
  "use strict";
  var a = live.firstChild, b = next.firstChild, nb, i, x;
  for (; b; b = nb) {
    nb = b.nextSibling;
    if (a && a !== kept && b !== kept && a.nodeType === b.nodeType && a.nodeName === b.nodeName) {
      if (a.nodeType === 3) { if (a.data !== b.data) a.data = b.data; }
      else {
        for (i = a.attributes.length - 1; i >= 0; i--) if (!b.hasAttribute(a.attributes[i].name)) a.removeAttribute(a.attributes[i].name);
        for (i = 0; i < b.attributes.length; i++) { x = b.attributes[i]; if (a.getAttribute(x.name) !== x.value) a.setAttribute(x.name, x.value); }
        patch(a, b, kept);
      }
      a = a.nextSibling;
    } else live.insertBefore(b, a);
  }
  while (a) { nb = a.nextSibling; live.removeChild(a); a = nb; }
};
