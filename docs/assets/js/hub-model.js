/* "Any Hub model" under the calculator (issue 23): only when the reader presses the button (or Enter),
   read {endpoint}/api/models/{id} and {endpoint}/{id}/resolve/main/config.json (no token, no cookies),
   load config-rules.js (the build's rules, parity-tested against Python) on first use, then hand the
   model to the calculator as an `ls-model` event (CALC-MODEL-SHAPE.md) and say what was computed.
   The calculator may ask for an id it does not track with an `ls-hub-request` event ({detail: {id}}).
   The endpoint is the build's HF_ENDPOINT (data-hub; pipeline/site/hub_field.py). Everything the Hub
   sends is untrusted: it is only ever set as text, never as markup. */
/* @include numbers.js */

(function () {
  "use strict";
  if (typeof document === "undefined") return;
  var box = document.getElementById("hub-model");
  if (!box || !window.fetch || !window.Promise) return;
  var S = JSON.parse(box.querySelector(".ls-hub-strings").textContent);
  var lang = box.getAttribute("data-lang") || "en";
  var N = LSNumbers.make(lang, { units: S.units });
  var form = box.querySelector("form"), input = form.elements.hub_id, button = form.querySelector("button");
  var out = box.querySelector(".ls-hub-out");
  var ID_PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
  var current = null;  // the AbortController of the request under way

  // One reader of the catalog's strings: the locales' hub_model section, {named} placeholders.
  function msg(key, args) {
    return String(S.msg[key] || key).replace(/\{(\w+)\}/g, function (m, k) { return args && k in args ? String(args[k]) : m; });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function say(key, args, cls) { out.textContent = ""; return out.appendChild(el("p", cls || "ls-hub-message", msg(key, args))); }
  function list(items) {
    var words = items.map(function (k) { return msg("item_" + k); });
    return window.Intl && Intl.ListFormat ? new Intl.ListFormat(lang, { type: "conjunction" }).format(words) : words.join(", ");
  }
  function endpoint() { return (box.getAttribute("data-hub") || "https://huggingface.co").replace(/\/+$/, ""); }

  // "owner/name", "name", or a pasted address (https://huggingface.co/owner/name/tree/main …) -> id or null.
  function repoId(text) {
    var s = String(text).trim().replace(/^https?:\/\/[^\/]+\//i, "").replace(/^(www\.)?(huggingface\.co|hf\.co)\//i, "").replace(/^models\//, "").replace(/[?#].*$/, "");
    var parts = s.split("/").filter(function (p) { return p; });
    var cut = parts.findIndex(function (p, i) { return i > 0 && /^(tree|blob|resolve|discussions|commits|files)$/.test(p); });
    if (cut > 0) parts = parts.slice(0, cut);
    if (parts.length < 1 || parts.length > 2) return null;
    if (!parts.every(function (p) { return ID_PART.test(p) && p.indexOf("..") < 0 && p.indexOf("--") < 0; })) return null;
    return parts.join("/");
  }

  function loadRules() {
    if (window.LSConfigRules) return Promise.resolve(window.LSConfigRules);
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = box.getAttribute("data-rules");
      s.onload = function () { window.LSConfigRules ? resolve(window.LSConfigRules) : reject(new Error("rules")); };
      s.onerror = function () { reject(new Error("rules")); };
      document.head.appendChild(s);
    });
  }

  // A problem the page states: {key, args}.
  function Problem(key, args) { this.key = key; this.args = args; }
  // The model info answers 200 for a gated repo (gated: "manual"|"auto") and 401 for a missing or private
  // one; its files answer 401/403 to a reader without access: so 401/403 means "gated" only for a file.
  function getJson(url, id, file, signal, optional) {
    return fetch(url, { signal: signal, credentials: "omit", mode: "cors", headers: { Accept: "application/json" } })
      .then(function (r) {
        if (r.status === 401 || r.status === 403)
          throw new Problem(optional || r.headers.get("X-Error-Code") === "GatedRepo" ? "gated" : "not_found", { id: id });
        if (r.status === 404) { if (optional) return null; throw new Problem("not_found", { id: id }); }
        if (!r.ok) throw new Problem("failed", { status: "HTTP " + r.status });
        return r.text().then(function (text) {
          try { var v = JSON.parse(text); } catch (e) { throw new Problem("malformed", { id: id, file: file }); }
          if (!v || typeof v !== "object" || Array.isArray(v)) throw new Problem("malformed", { id: id, file: file });
          return v;
        });
      });
  }

  function lookUp(text) {
    var id = repoId(text);
    if (!id) { say("invalid", { text: String(text).trim().slice(0, 200) }, "ls-hub-message ls-hub-error"); return; }
    if (current) current.abort();
    var control = window.AbortController ? new AbortController() : null, signal = control ? control.signal : undefined;
    current = control;
    var seconds = +(box.getAttribute("data-timeout") || 15000) / 1000, timedOut = false;
    var timer = setTimeout(function () { timedOut = true; if (control) control.abort(); }, seconds * 1000);
    say("loading", { id: id });
    box.setAttribute("aria-busy", "true");
    var base = endpoint(), path = id.split("/").map(encodeURIComponent).join("/");
    var info = getJson(base + "/api/models/" + path, id, "api/models/" + id, signal, false);
    var config = getJson(base + "/" + path + "/resolve/main/config.json", id, "config.json", signal, true);
    // a timeout wins over a hanging request even where fetch cannot be aborted
    var late = new Promise(function (resolve, reject) { setTimeout(function () { reject(new Problem("timeout", { seconds: N.integer(seconds) })); }, seconds * 1000 + 50); });
    Promise.race([Promise.all([info, config, loadRules()]), late]).then(function (got) {
      if (current !== control) return;
      show(id, got[0], got[1], got[2]);
    }, function (problem) {
      if (current !== control) return;
      if (timedOut || (problem && problem.key === "timeout")) problem = new Problem("timeout", { seconds: N.integer(seconds) });
      else if (!(problem instanceof Problem)) problem = new Problem("failed", { status: problem && problem.message ? problem.message : "network" });
      say(problem.key, problem.args, "ls-hub-message ls-hub-error");
    }).then(function () {
      clearTimeout(timer);
      if (current === control) { current = null; box.removeAttribute("aria-busy"); }
    });
  }

  function show(id, info, config, R) {
    var row = R.hubRow({ id: id, info: info, config: config || {} });
    var model = R.calcModel(row);
    out.textContent = "";
    var name = model.name, cache = row.kv_cache, done = [], missing = [];
    function line(key, args, cls) { out.appendChild(el("p", cls || "ls-hub-line", msg(key, args))); }
    function reason(key, text) {  // the rule's own reason, in English as the build writes it
      var p = el("p", "ls-hub-line", msg(key, { reason: "\u0000" })), parts = p.textContent.split("\u0000");
      p.textContent = parts[0];
      var r = p.appendChild(el("span", "ls-hub-reason", text || "?"));
      r.setAttribute("lang", "en"); r.setAttribute("dir", "ltr");
      p.appendChild(document.createTextNode(parts[1] || ""));
      out.appendChild(p);
    }
    if (!config) line("no_config", { id: id });
    // an architecture the rules do not know: the count says "not modelled", or the layer plan is unreadable
    var type = config ? R.languageConfig(config).model_type || (config.architectures || [])[0] || "?" : "";
    if (config && (/\bnot modelled\b/.test(row.params_reason || "") || /^unrecognised layer-plan key/.test(cache.plan || "")))
      line("unknown_arch", { id: id, type: type }, "ls-hub-line ls-hub-warning");
    if (model.params) { done.push("params"); line("params", { name: name, params: N.params(model.params) }); }
    else { missing.push("params"); reason("params_unknown", row.params_reason); }
    if (model.active && model.active !== model.params) { done.push("active"); line("active", { active: N.params(model.active) }); }
    if (cache.status === "computed") {
      done.push("kv");
      if (cache.sliding_bytes_per_token) line("kv_window", { bytes: N.bytes(cache.full_bytes_per_token), sliding: N.bytes(cache.sliding_bytes_per_token), window: N.integer(cache.sliding_window) });
      else line("kv", { bytes: N.bytes(cache.full_bytes_per_token) });
      if (cache.state_bytes) line("kv_state", { bytes: N.bytes(cache.state_bytes) });
    } else if (cache.status === "not-applicable" || (model.kv && !model.kv[0] && !model.kv[1])) { done.push("kv"); line("kv_none"); }
    else { missing.push("kv"); reason("kv_unknown", cache.plan); }
    if (model.limit) { done.push("context"); line("context", { tokens: N.integer(model.limit) }); }
    else { missing.push("context"); line("context_unknown"); }
    var sized = model.formats.filter(function (f) { return f[1] != null; });
    if (sized.length) {
      done.push("weights");
      line("weights_title");
      var ul = out.appendChild(el("ul", "ls-hub-formats"));
      sized.forEach(function (f) {
        var li = ul.appendChild(el("li", null, msg(f[3] ? "weights_item_estimated" : "weights_item", { format: f[0], size: N.bytes(f[1]) })));
        li.setAttribute("data-format", f[0]);
      });
    } else missing.push("weights");
    if (done.length) line("computed", { items: list(done) }, "ls-hub-line ls-hub-computed");
    if (missing.length) line("not_computed", { items: list(missing) }, "ls-hub-line ls-hub-missing");
    var calc = document.getElementById("fit-calculator");
    if (calc && window.CustomEvent) calc.dispatchEvent(new CustomEvent("ls-model", { detail: { model: model } }));
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); lookUp(input.value); });
  // The calculator asks for a Hub id it does not track (a link's ?model=owner/name): the link is the request.
  var calc = document.getElementById("fit-calculator");
  if (calc) calc.addEventListener("ls-hub-request", function (e) {
    var id = e.detail && e.detail.id;
    if (typeof id === "string") { input.value = id; lookUp(id); }
  });
  form.hidden = false;
})();
