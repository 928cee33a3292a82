/* LLM Sizes: one model without a page of its own, shown in place by the explorer (explorer.js loads this
   file the first time a reader opens one): the sections of a model page (pipeline/site/explorer.py
   MODEL_PAGE), in the same messages (msg(), messages.js) and from the same figures — the explorer's row
   and the model's row of a detail file (pipeline/site/browser_data.py DetailRow; "Will it run?" from
   pipeline/site/model_fit.py figures()). c: the explorer's helpers (esc, breakable, bytes, N numbers.js,
   S label tables (device names in S.devices), meta the main file, dir, back the list's URL). On a
   right-to-left page the view's text then gets the built page's isolates (bidi.js, LSBidi.isolateIn), on a
   Chinese page its punctuation and spacing (zh-text.js, LSZhText.tidy). */
/* @include bidi.js */
/* @include zh-text.js */
(function (root) {
  "use strict";
  root.LSExplorerModel = { html: function (c, r, x, doc) {
    var esc = c.esc, breakable = c.breakable, bytes = c.bytes, N = c.N, S = c.S;
    // display_names.mlx_mixed: an MLX build's code of two widths ('MXFP4-Q8') shows its first format and "MLX build"
    var MLX_MIXED = /^(MXFP4|NVFP4|MXFP8)-Q\d+$/;
    function mixed(d) { var m = S.formats[d[0]] === "MLX" && MLX_MIXED.exec(d[1]); return m ? m[1] : ""; }
    // display_names.mlx_bits: an MLX build's tag '4bit' shows as the width in words ("4-bit") and "MLX build"
    var MLX_BITS = /^(\d{1,2})bits?$/;
    function bits(d) { var m = S.formats[d[0]] === "MLX" && MLX_BITS.exec(d[1]); return m ? Number(m[1]) : 0; }
    function params(n) {  // Thai units apart as the built page cuts them (S.words, th only)
      return N.params(n).replace(/[\u0E00-\u0E7F]+/g, function (w) { return (S.words || {})[w] || w; });
    }

    function region(label, head, rows, caption) {  // caption: the model fit table's (class ls-model-fit)
      return '<div class="ls-table-wrap" tabindex="0" role="region" aria-label="' + esc(label) + '"><table class="ls-table' +
        (caption ? ' ls-model-fit"><caption>' + esc(caption) + "</caption>" : '">') + "<thead><tr>" +
        head.map(function (h) { return '<th scope="col"' + (h[1] ? ' class="ls-num"' : "") + ">" + esc(h[0]) + "</th>"; }).join("") +
        "</tr></thead><tbody>" + rows.join("") + "</tbody></table></div>";
    }

    // A browser tab's verdict and what it rests on (fit_view.tab_cell; w: the detail row's fit_web).
    function tabCell(w, v, span, usable) {
      var kind = w[0], build = w[2] ? msg("display.web_build", { runtime: w[1], variant: w[2] }) : w[1], size = bytes(w[3]);
      var text = kind === "none" ? null : kind === "weights" ? msg("fit_notes.no_build_weights_alone", { verdict: "\u0000", size: size, usable: bytes(usable) })
        : kind === "bound" ? msg("fit_notes.upper_bound", { verdict: "\u0000", size: size, count: w[4] })
        : kind === "file" ? msg("model_fit.web_build_file", { verdict: "\u0000", build: build, size: size, limit: bytes(w[4]) })
        : kind === "unsized" ? msg("model_fit.web_build_unsized", { verdict: "\u0000", build: build })
        : msg("model_fit.web_build", { verdict: "\u0000", build: build, size: size });
      return text === null ? span + " " + esc(msg("fit.needs_web_build")) : esc(text).replace("\u0000", span);
    }

    // "Will it run?" as the model page has it (explorer.py MODEL_PAGE): the figures of its detail row
    // (model_fit.figures), in the page's messages.
    function fitHtml(x, doc) {
      var h = [], shownSpeed = false;
      var own = x.context_limit && x.fit_context < c.meta.contexts[0];
      var values = { format: x.fit_format, runtime: x.fit_runtime, context: x.fit_context, kv: x.fit_kv || "none" };  // 0: an encoder-only model keeps no KV cache (model_fit.py)
      if (x.fit_estimate) { values.build = x.fit_estimate; values.size = bytes(x.fit_weights); }
      if (own) values.usual = c.meta.contexts[0];
      var assumes = x.fit_estimate ? (own ? msg("model_fit.assumes_estimate_own_limit", values) : msg("model_fit.assumes_estimate", values))
        : own ? msg("model_fit.assumes_own_limit", values) : msg("model_fit.assumes", values);
      var tabs = c.meta.web || [];  // browser-tab devices: the browser table's verdict (model_fit.figures)
      if (doc.devices.some(function (d) { return tabs.indexOf(d[0]) >= 0; }))  // no space after a full-width 。
        assumes += (/。$/.test(assumes) ? "" : " ") + msg("model_fit.browser_row");
      h.push('<p class="ls-model-assumes">' + esc(assumes) + "</p>");
      h.push(region(msg("model_fit.caption"), [[msg("explorer.device")], [msg("explorer.usable"), 1], [msg("explorer.verdict")],
        [msg("model_fit.col_context"), 1], [msg("model_fit.col_speed"), 1]], x.fit_devices.map(function (f, i) {
        var id = doc.devices[i][0], usable = doc.devices[i][1], v = f[0], largest = f[1];
          var named = c.meta.devices.filter(function (d) { return d[0] === id; })[0];
        var span = '<span class="ls-verdict ls-verdict-' + esc(v) + '">' + esc(msg("fit.verdict." + v)) + "</span>";
        // the weights alone, or (compared unrounded) the weights with the runtime's buffers: model_fit._verdict_cell
        var values = { verdict: "\u0000", size: bytes(x.fit_weights), usable: bytes(usable) };
        var tab = tabs.indexOf(id) >= 0 && x.fit_web;
        var cell = tab ? tabCell(x.fit_web, v, span, usable) : v === "no" && !x.fit_total ? esc(x.fit_weights > usable ? msg("fit_notes.weights_alone", values)
          : msg("fit_notes.weights_and_buffers", values)).replace("\u0000", span) : span;
        var longest = tab ? "—" : largest < 0 ? msg("figure.unknown") : !largest ? msg("model_fit.context_none")
          : largest >= x.context_limit && x.context_limit ? msg("model_fit.context_full", { count: largest })
          : msg("model_fit.context_tokens", { count: largest });
        var speed = f[2] ? msg("model_fit.speed", { speed: N.decimal(f[2]), low: N.decimal(f[3]), high: N.decimal(f[4]) })
          : tab || (v !== "fits" && v !== "tight") ? "—" : x.generates === 0 ? msg("model_fit.speed_not_generating") : msg("model_fit.speed_unknown");
        shownSpeed = shownSpeed || !!f[2];  // an estimate shown, not a "not applicable"
        return '<tr><th scope="row"><bdi dir="' + c.dir + '">' + esc(S.devices[id] || (named ? named[1] : id)) +
          '</bdi></th><td class="ls-num"><bdi>' + bytes(usable) + '</bdi></td><td data-sort="' + esc(v) + '"><bdi>' + cell +
          '</bdi></td><td class="ls-num" data-sort="' + (tab ? 0 : Math.max(largest, 0)) + '"><bdi>' + esc(longest) + '</bdi></td><td class="ls-num"><bdi>' +
          esc(speed) + "</bdi></td></tr>";
      }), msg("model_fit.caption")));
      if (doc.speed && shownSpeed) h.push("<p><small>" + esc(msg("model_fit.speed_note", { efficiency: N.percent(doc.speed[0]),
        low: N.decimal(doc.speed[1]), high: N.decimal(doc.speed[2]) })) + "</small></p>");
      return h.join("");
    }

    function sourced(html) {  // "— Source: …", zh "（数据来源：…）" around the basis (explorer.py, display.source_note)
      var part = msg("display.source_note", { label: msg("table.basis"), text: "\u0000" }).split("\u0000");
      return esc(part[0]) + html + esc(part[1] || "");
    }

    function viewHtml(r, x, doc) {
      var h = [];
      h.push('<p class="ls-model-back"><a href="' + esc(c.back) + '">' + esc(msg("explorer.back")) + "</a></p>",
        '<h3 tabindex="-1"><bdi>' + esc(r.name) + '</bdi></h3><p class="ls-model-id"><code dir="ltr">' + breakable(r.id) + "</code>" +
        (r.family ? " · <bdi>" + esc(r.family) + "</bdi>" : "") + (r.band ? " · <bdi>" + esc(S.classes[r.band]) + "</bdi>" : "") + "</p>",
        "<h4>" + esc(msg("table.params")) + '</h4><p><bdi class="ls-fig">' + (r.params ? params(r.params) : esc(x.undisclosed ? msg("figure.undisclosed") : msg("figure.unknown"))) + "</bdi>" +
        (r.packed ? ' <abbr class="ls-packed" title="' + esc(msg("explorer.packed_unknown_bits")) + '">*</abbr>' : "") +
        (r.params && x.exact ? esc(msg("display.aside", { text: msg("explorer.exact", { count: r.params }) })) : "") +
        (r.basis ? sourced('<span class="ls-basis">' + esc(r.basis) + "</span>") : "") + "</p>");
      // what the count holds (pipeline/site/model_fit.py parameter_notes)
      var moe = { active: params(x.active), total: params(r.params), basis: x.active_basis >= 0 ? S.bases[x.active_basis] : msg("figure.unknown") };
      moe.main = params(r.params - x.mtp);  // with an MTP module: the active count is of the main model's (model_fit.parameter_notes)
      moe.mtp = params(x.mtp);  // ... and the same sentence says what the total holds
      if (x.active) h.push("<p>" + esc(x.mtp ? msg("model_fit.active_main", moe) : x.counted === 1 ? msg("model_fit.active_files", moe) : msg("model_fit.active", moe)) + "</p>");
      if (x.mtp && r.params && !x.active) h.push("<p>" + esc(msg("model_fit.mtp", { mtp: params(x.mtp), main: params(r.params - x.mtp) })) + "</p>");
      if (x.counted && !(x.active && (x.mtp || x.counted === 1))) h.push("<p>" + esc(x.counted === 2 ? msg("model_fit.counted_files_vision") : msg("model_fit.counted_files")) + "</p>");
      // unknown says why: no count, or no stored number format (explorer.py MODEL_PAGE)
      h.push("<p>" + esc(msg("display.label", { label: msg("table.weights") })) + (!r.weights ? esc(msg("model_fit.weights_unknown", { reason: r.params ? "dtype" : "count" })) :
        (r.est ? '<abbr class="ls-est" title="' + esc(msg("table.estimated_note")) + '">≈</abbr> ' : "") + '<bdi class="ls-fig">' + bytes(r.weights) + "</bdi>") + "</p>");
      h.push("<h4>" + esc(msg("explorer.downloads_heading")) + "</h4>", x.downloads.length ? region(msg("explorer.downloads_heading"),
        [[msg("data_table.format")], [msg("data_table.file")], [msg("data_table.bytes"), 1], [msg("table.basis")]], x.downloads.map(function (d) {
          return '<tr><th scope="row"><bdi>' + esc(S.formats[d[0]]) + '</bdi></th><td>' + (bits(d) ? esc(msg("explorer.mlx_bits", { bits: bits(d) })) : '<code dir="ltr">' + (mixed(d) ? esc(mixed(d)) : breakable(d[1])) + "</code>") +
            (mixed(d) || bits(d) ? esc(msg("display.aside", { text: msg("explorer.mlx_build") })) : "") + (d[4] ? esc(msg("display.aside", { text: msg("explorer.instruct_variant") })) : "") +
            '</td><td class="ls-num"><bdi>' + bytes(d[2]) + "</bdi></td><td>" + esc(d[3] >= 0 ? S.bases[d[3]] : "") + "</td></tr>";
        })) : "<p>" + esc(msg("explorer.no_downloads", { estimated: r.est ? "yes" : "no" })) + "</p>");
      // fp16, int8, int4 as the tables and the calculator mean them (model_fit.weight_rows)
      var memory = x.memory.map(function (m) {
        var est = m[3] ? '<abbr class="ls-est" title="' + esc(m[0] === "int4" ? (m[3] === 2 ? msg("table.int4_estimate_count") : msg("table.int4_estimate_note")) : msg("table.estimated_note")) + '">≈</abbr> ' : "";
        // a 4-bit float file (GGUF MXFP4) is named in words, in the page's direction (model_fit.BITS4)
        return '<tr><th scope="row"><bdi' + (m[0] === "4bit" ? "" : ' dir="ltr"') + ">" + esc((m[0] === "4bit" ? msg("explorer.mlx_bits", { bits: 4 }) : m[0]) + (m[1] ? " (" + m[1].replace("\u00a0", " ") + ")" : "")) +
          '</bdi></th><td class="ls-num">' + est + "<bdi>" + bytes(m[2]) + "</bdi></td></tr>";
      });
      h.push("<h4>" + esc(msg("table.memory")) + "</h4>", memory.length ? "<p>" + esc(msg("explorer.memory_note")) + "</p>" +
        region(msg("table.memory"), [[msg("table.precision")], [msg("table.memory"), 1]], memory) : "<p>" + esc(msg("figure.unknown")) + "</p>");
      h.push("<h4>" + esc(msg("explorer.fit_heading")) + "</h4>", "<p>" + esc(x.context_limit ? msg("model_fit.limit", { count: x.context_limit })
        : msg("model_fit.limit_unknown")) + "</p>");
      if (x.fit_format && x.fit_devices.length) h.push(fitHtml(x, doc));
      else h.push("<p>" + esc(msg("explorer.fit_unavailable")) + "</p>");
      // the calculator with this model chosen (model_fit.calculator_url, from models/ rather than models/<slug>/)
      var none = x.fit_format && x.fit_devices.length && x.fit_devices.every(function (f) { return f[0] === "no"; });
      h.push('<p class="ls-model-calc"><a href="../will-it-run/?model=' + esc(encodeURIComponent(r.id).replace(/%2F/g, "/")) +
        '#calculator">' + esc(none ? msg("model_fit.calculator_offload") : msg("model_fit.calculator_link")) + "</a></p>");
      h.push("<h4>" + esc(msg("explorer.sources_heading")) + '</h4><ul><li><a href="' + esc(r.url) + '" rel="noopener">' + esc(x.on_hub ? msg("explorer.hub_link") : msg("explorer.source_link")) +
        "</a>" + (x.source_title ? esc(msg("display.aside", { text: x.source_title })) : "") + "</li>" +
        (x.weights_basis >= 0 ? "<li>" + esc(msg("display.label", { label: msg("table.weights") }) + (r.est ? msg("table.estimated_note") : S.bases[x.weights_basis])) + "</li>" : "") +
        (r.date ? "<li>" + (x.revision ? esc(msg("explorer.fetched_revision", { date: S.dates[r.date] || r.date, revision: "\u0000" }))
          .replace("\u0000", '<code dir="ltr">' + esc(x.revision) + "</code>") : esc(msg("explorer.fetched", { date: S.dates[r.date] || r.date }))) +
          "</li>" : "") + "</ul>");
      return h.join("");
    }

    return viewHtml(r, x, doc);
  } };
})(typeof globalThis !== "undefined" ? globalThis : this);
