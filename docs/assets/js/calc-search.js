/* LLM Sizes: the calculator's model search, a combobox over every tracked model's name and id ranked
   by search-rank.js. fit-calculator.js loads it when the model field is first used, with the names
   (assets/calc/index.json) and the later messages (assets/calc/messages-list-<lang>.json), and calls
   LSCalcSearch(c, rows): c holds what it shares with the calculator; it returns {input(), key(name)},
   which the calculator calls for each input and each Enter, arrow or Escape in the field, in order.
   Enter takes the option chosen with the arrows, else the first one only if it has every word typed;
   text that names no tracked model is said under the field and the old answer put away until a model
   is picked or Escape restores the field; "org/name" that names none is handed to the calculator as a Hub id. */
/* @include search-rank.js */
var LSCalcSearch = function (c, rows) {
  "use strict";
  var E = c.E, box = c.box, el = c.el, opts = [], query = null, active = -1, more = false;
  var index = rows.map(function (x, i) {
    var key = SearchRank.words(x[0] + " " + x[1]);
    return { id: x[0], name: x[1], params: x[2], featured: x[3], downloads: x[4], order: i, key: key, words: key.split(" ") };
  });
  function search() {
    query = SearchRank.query(E.model.value);
    var found = query.text ? SearchRank.rank(index.slice(), query) : [];
    opts = found.slice(0, 8);
    box.textContent = "";
    opts.forEach(function (x, i) {
      var li = box.appendChild(el("li", null));
      li.id = "ls-calc-opt-" + i;
      li.setAttribute("role", "option");
      // zh: full-width brackets, as the pages and the list write a name ("FP8（NVIDIA）"; review 7, zh #9)
      li.appendChild(el("bdi", null, c.lang === "zh" ? x.name.replace(/ ?\(([^()]*)\)/g, "（$1）") : x.name));
      li.appendChild(el("code", null, x.id)).dir = "ltr";
    });
    active = -1;
    show(opts.length > 0);
    if (query.text && !opts.length) return stale();
    c.fresh();
    // more match than the 8 shown: said under the field, or "qwen 7b" hides R1-Distill-Qwen-7B unsaid (issue 23)
    if ((more = found.length > opts.length)) {
      c.pickNote.textContent = msg("calc.model_more", { count: found.length - opts.length });
      c.pickNote.hidden = false;
    }
  }
  function stale() {  // the formats and context limit of the model below are put away with it (c.fresh() shows them)
    c.pickNote.textContent = msg("calc.model_no_match", { text: E.model.value.trim() });
    c.pickNote.hidden = false;
    c.out.classList.add("ls-calc-stale");
    E.format.parentNode.style.display = document.querySelector(".ls-calc-limit").style.display = "none";
    E.model.setAttribute("aria-invalid", "true");
  }
  function show(open) {
    box.hidden = !open;
    if (!open && more) { more = false; c.pickNote.hidden = true; }  // the count goes with the options it counts
    E.model.setAttribute("aria-expanded", open ? "true" : "false");
    E.model.removeAttribute("aria-activedescendant");
  }
  function move(to) {
    if (!opts.length) return;
    active = (to + opts.length) % opts.length;
    [].forEach.call(box.childNodes, function (li, i) { li.setAttribute("aria-selected", i === active ? "true" : "false"); });
    E.model.setAttribute("aria-activedescendant", "ls-calc-opt-" + active);
  }
  function pick(i) {
    var x = opts[i];
    show(false);
    if (!x) return;
    E.model.value = x.name;
    c.load(x.id);
  }
  function enter() {
    var typed = E.model.value.trim(), model = c.model();
    if (query === null || query.typed !== typed) search();
    if (active >= 0) return pick(active);
    if (!typed || model && typed === model.name) return show(false);
    if (opts[0] && opts[0].hits === query.words.length) return pick(0);
    show(false);
    if (/^[\w.-]+\/[\w.-]+$/.test(typed)) return c.load(typed);
    stale();
  }
  function key(name) {
    if (name === "Enter") enter();
    else if (name === "Escape") { show(false); c.fresh(); if (c.model()) E.model.value = c.model().name; }
    else { if (box.hidden) search(); move(active + (name === "ArrowDown" ? 1 : -1)); }
  }
  E.model.addEventListener("blur", function () { setTimeout(function () { show(false); }, 150); });
  box.addEventListener("mousedown", function (e) {
    var li = e.target.closest("li[role=option]");
    if (li) { e.preventDefault(); pick(+li.id.split("-").pop()); }
  });
  if (E.model.value.trim() && document.activeElement === E.model && (!c.model() || E.model.value !== c.model().name)) search();
  return { input: search, key: key };
};
// a link's model id this site does not track (fit-calculator.js load): here, so its words stay out of the first load
LSCalcSearch.unknown = function (id) { return msg("calc.unknown_model_link", { value: id }); };
