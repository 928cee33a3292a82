"""Tables of the "Will it run?" page: devices, the largest model per device, the device ladder of
the home page and browser feasibility (from data/fit.yaml; Hub strings escaped)."""

from __future__ import annotations

import re
from html import escape

from pipeline.data import fit
from pipeline.i18n.display_names import web_build_name
from pipeline.i18n.formatting import format_integer
from pipeline.site import fit_view, model_fit
from pipeline.site.context import Page, SiteData
from pipeline.site.fit_view import verdict_cell  # one verdict cell for these tables and the model pages
from pipeline.site.explorer import FIRST_VIEW  # the browser table shows as many rows as the explorer's first view
from pipeline.site.html import hub, hub_name, plain_text

LADDER_CONTEXT = 4096
_SOLD_AS = re.compile(r"sold as ([^;)\s]+)")


# Cells (the same classes and wrapper as pipeline/site/tables.py, so the tables look alike) ---------


def _cell(text: str, sort: object | None = None, cls: str = "") -> str:
    """A <td>; `text` is already escaped HTML."""
    attrs = f' data-sort="{escape(str(sort))}"' if sort is not None else ""
    attrs += f' class="{cls}"' if cls else ""
    return f"<td{attrs}><bdi>{text}</bdi></td>" if text else f"<td{attrs}></td>"


def _header(page: Page, key: str, numeric: bool = False) -> str:
    cls = ' class="ls-num"' if numeric else ""
    kind = "number" if numeric else "text"
    return f'<th scope="col"{cls} data-sort-type="{kind}">{escape(page.locale.t(key))}</th>'


def _bytes_cell(page: Page, size: int | None, estimated: bool = False, at_most: bool = False) -> str:
    if size is None:
        return _cell(escape(page.locale.t("figure.unknown")), "", "ls-num ls-unknown")
    text = escape(fit_view.size_text(page, size))
    if estimated or at_most:
        text = ("≤" if at_most else "≈") + "\u00a0" + text
    return (f'<td data-sort="{size}" class="ls-num" title="{escape(format_integer(size, page.lang))} B">'
            f"<bdi>{text}</bdi></td>")


def _model_cell(page: Page, row: dict) -> str:
    name = hub_name(row["name"])
    url = plain_text(row.get("url") or "")
    link = f'<a href="{hub(url)}" rel="noopener">{name}</a>' if url.startswith(("https://", "http://")) else name
    return f'<th scope="row" data-sort="{hub(row["name"].lower())}"><bdi>{link}</bdi></th>'


def _row(row: dict, cells: list[str]) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def _wrap(caption: str, head: str, rows: list[str], sortable: bool = False, table_id: str = "") -> str:
    cls = "ls-table ls-sortable" if sortable else "ls-table"
    ident = f' id="{table_id}"' if table_id else ""
    return (f'<div class="ls-table-wrap" tabindex="0" role="region" aria-label="{caption}">\n'
            f'<table class="{cls}"{ident}>\n<caption>{caption}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>\n</div>")


def _device_head(page: Page, device: dict) -> str:
    # the example product is a proper name (English in every language); the basis is a locale string
    note = f'<br><small lang="en" dir="ltr">{hub(device["note"])}</small>' if device.get("note") else ""
    # the H200 is sold as "141GB" while its name gives the 140 GiB it reports (he #10): only what devices.yaml holds
    sold = _SOLD_AS.search(device.get("memory_reported") or "")
    if sold:
        label = f'<bdi dir="ltr">{hub(sold.group(1))}</bdi>'
        note += f'<br><small>{escape(page.locale.t("fit.sold_as", label="@@")).replace("@@", label)}</small>'
    return (f'<th scope="row" data-sort="{device["memory_bytes"]}">'
            f'{_device_text(page, device)}{note}</th>')


def _device_text(page: Page, device: dict) -> str:
    """A device's name, a phrase of the page's language: its base direction is the page's, never the
    first letter's (in "GPU למרכז נתונים, 80 GiB" the first letter is Latin)."""
    return f'<bdi dir="{page.locale.dir}">{escape(fit_view.device_name(page, device))}</bdi>'


def _why(page: Page, device: dict) -> str:
    """Why a device keeps its usable share; the laptop reason names the share its row shows."""
    share = "two_thirds" if device["usable_share"] < 0.7 else "three_quarters"
    return page.locale.t("fit.why." + device["kind"].replace("-", "_"), share=share)


def _gap(page: Page) -> str:
    """Between two sentences: a space, none after Chinese full-width punctuation."""
    return "" if page.lang == "zh" else " "


def _link(url: str, text: str) -> str:
    return f'<a href="{hub(url)}" rel="noopener">{escape(text)}</a>'


def judged_cell(page: Page, row: dict, fmt_key: str, context: int, device: dict) -> str:
    """The verdict of one model, format and context on a device; "does not fit" with an unknown total
    names the figure that settles it: the weights alone, above usable memory."""
    verdict, total = fit_view.verdict_at(page.data, row["id"], fmt_key, context, device)
    if verdict == "no" and total is None:
        weights = (fit.precision_weights(row, fmt_key, web=False) if fmt_key in fit_view.PRECISIONS
                   else fit.find_format(row, fmt_key))["weights_bytes"]  # verdict_at's format
        return verdict_cell(page, verdict, message="weights_alone", size=fit_view.size_text(page, weights),
                            usable=fit_view.size_text(page, fit_view.usable_bytes(device)))
    return verdict_cell(page, verdict)


def _limit_note(page: Page, context: int | None) -> dict:
    """verdict_cell arguments saying a row was judged at the model's own, shorter limit (or none)."""
    if context is None or context >= LADDER_CONTEXT:
        return {}
    return {"message": "at_own_limit", "count": format_integer(context, page.lang)}


def _tab_note(page: Page, browser: dict) -> dict:
    """verdict_cell arguments giving a browser-table row's reason where fit.browser_fit's rule says "does not fit"
    (review 10 pt #3: "3.83 GB | does not fit" under a 4.29 GB budget): its largest file over the tab's
    file limit, whatever the memory, else the memory over the tab's budget; else the row's own context limit."""
    r = fit_view.rules(page.data)
    if browser["verdict"] == "no" and browser["file_ok"] is False:
        return {"message": "file_over_limit", "size": fit_view.size_text(page, browser["largest_file_bytes"]),
                "limit": fit_view.size_text(page, r.browser_file_limit_bytes)}
    if browser["verdict"] == "no" and browser["total_bytes"] is not None:
        budget = {"size": fit_view.size_text(page, browser["total_bytes"]),
                  "usable": fit_view.size_text(page, r.browser_budget_bytes)}
        context = browser.get("context")
        if context is not None and context < LADDER_CONTEXT:
            return {"message": "over_budget_at_own_limit", "count": format_integer(context, page.lang), **budget}
        return {"message": "over_budget", **budget}
    return _limit_note(page, browser.get("context"))


def _unsized_note(page: Page, row: dict, total: int) -> dict:
    """verdict_cell arguments for a web build of unrecorded size, by fit._upper_bound's rule (ar review 10 #9):
    unknown because its 32-bit upper bound, the largest it can be, exceeds the tab's budget, or its 32-bit weights
    could be one file over the tab's file limit; ≈ `total` with 4-bit weights, at the model's context."""
    r = fit_view.rules(page.data)
    context = fit.shortest_context(row, r)
    widest = {"format": "fp32", "precision": "fp32", "estimated": True, "basis": "", "engine": "browser",
              "weights_bytes": round(row["params_total"] * fit.PRECISION_BYTES["fp32"])}
    bound = fit.fit_row(row, widest, context, r).total_bytes
    values = {"size": fit_view.size_text(page, total), "count": format_integer(context, page.lang)}
    if bound is not None and bound > r.browser_budget_bytes:
        return {"message": "build_size_unknown", "bound": fit_view.size_text(page, bound),
                "usable": fit_view.size_text(page, r.browser_budget_bytes), **values}
    if widest["weights_bytes"] >= r.browser_file_limit_bytes:
        return {"message": "build_size_unknown_file", "bound": fit_view.size_text(page, widest["weights_bytes"]),
                "limit": fit_view.size_text(page, r.browser_file_limit_bytes), **values}
    return {"message": "build_size_unrecorded", **values}


def largest_fitting(page: Page, device: dict, precision: str, context: int = LADDER_CONTEXT):
    """(model row, total, verdict) of the largest tracked model whose `precision` weights at
    `context` tokens fit the device (a model whose limit is shorter is "too-long", not a candidate); None when none does.

    The same for every language: found once per build (SiteData.derived), over totals worked out
    once per precision, so the "Will it run?" and home tables do not redo every model per page."""
    key = ("largest-fitting", device["id"], precision, context)
    if key not in page.data.derived and device["kind"] == "browser":
        page.data.derived[key] = _largest_in_browser(page.data, precision)
    if key not in page.data.derived:
        usable = fit_view.usable_bytes(device)
        r = fit_view.rules(page.data)
        best = None
        for row, result, fmt in _totals(page.data, precision, context):
            verdict, total = fit.judge(result, usable, r), result.total_bytes
            # a model that states no context limit is not one of the fits at this context (the calculator's
            # list and the explorer name it apart; review 8 he #1: Falcon3 10B Base led the 8 GiB row)
            if fit.limit_unrecorded(result, verdict):
                continue
            if verdict in ("fits", "tight") and (best is None or row["params_total"] > best[0]["params_total"]):
                best = (row, total, verdict, fmt)
        page.data.derived[key] = best
    return page.data.derived[key]


def _largest_in_browser(data: SiteData, precision: str):
    """The browser tab's row: the largest model whose web build of `precision` the browser table judges
    "fits" or "tight" (fit.browser_fit, the same build, memory and verdict), so the two tables agree."""
    best = None
    for row in data.models:
        entry = data.fit_by_id.get(row["id"])
        if entry is None or not row.get("params_total") or entry["browser"]["format"] is None:
            continue
        browser = entry["browser"]
        kind, _, variant = browser["format"].partition(":")
        if browser["verdict"] not in ("fits", "tight") or fit.precision_of(kind, variant) != precision:
            continue
        if fit.limit_unrecorded(row.get("context_length"), browser["verdict"]):  # named apart, as the calculator's list does
            continue
        if best is None or row["params_total"] > best[0]["params_total"]:
            total = browser["total_bytes"] if browser["total_bytes"] is not None else browser.get("bound_bytes")
            best = (row, total, browser["verdict"], {"estimated": False, "format": browser["format"],
                                                      "runtime": browser["runtime"], "web": True})
    return best


def _totals(data: SiteData, precision: str, context: int) -> list:
    """(row, fit row) of every sized model with fit data, in `precision` at `context` tokens (as
    asked); models without that format left out. fit_view.total_at's sum, with the rules validated
    once instead of once per model."""
    key = ("totals", precision, context)
    if key not in data.derived:
        r = fit_view.rules(data)
        totals = []
        for row in data.models:
            if not row.get("params_total") or row["id"] not in data.fit_by_id:
                continue
            # the column's one figure on a device (fit.precision_weights, no tab-only web build: the explorer's and the
            # calculator's too; review 10 pt #2); a repository shipping only other quantized weights has none (NVFP4 is no GGUF)
            fmt = fit.column_weights(row, precision, web=False)
            if fmt is None:  # a model without that format simply does not compete
                continue
            totals.append((row, fit.fit_row(row, fmt, context, r), fmt))
        data.derived[key] = totals
    return data.derived[key]


def _largest_cell(page: Page, found) -> str:
    if found is None:
        return _cell(escape(page.locale.t("fit.none")), 0, "ls-unknown")
    row, total, verdict, fmt = found[:4]
    # the verdict as a badge, never a second bracket after a name that has one ("… NVFP4 (NVIDIA) (tight)"),
    # kept on the line of the name's last word (no break between "2407" and Thai "เฉียดฉิว" at 360 px)
    tight = f'\u00a0<span class="ls-verdict ls-verdict-tight">{escape(page.locale.t("fit.verdict.tight"))}</span>' \
        if verdict == "tight" else ""
    size = escape(fit_view.size_text(page, total))
    # a real file that is not the column's usual kind (gpt-oss's own MXFP4 checkpoint in the 4-bit column) is named
    if fmt.get("web"):  # the browser tab's row names the web build, as the browser table does
        note = ' · <bdi dir="ltr">' + str(hub(web_build_name(fmt["format"], fmt["runtime"], page.locale))) + "</bdi>"
        if total is not None and total == page.data.fit_by_id[row["id"]]["browser"].get("bound_bytes"):
            size = "≤\u00a0" + size
    elif fmt["estimated"] or fmt["format"].startswith("gguf:") or fmt["format"] == "safetensors" and fmt["precision"] == "fp16":
        note = ""
    else:
        name = f'safetensors {row.get("stored_dtype") or ""}'.strip() if fmt["format"] == "safetensors" \
            else model_fit.format_name(fmt)
        note = " · " + escape(page.locale.t("fit.column_file", format=name, runtime=model_fit.runtime_name(fmt)))
    return (f'<td data-sort="{row["params_total"]}"><bdi>{hub_name(row["name"])}</bdi>{tight}'
            f'<br><small><bdi>{size}</bdi>{note}</small></td>')


def devices_table(page: Page, args: list[str], options: dict) -> str:
    t = page.locale.t
    head = "".join([_header(page, "fit.device"), _header(page, "fit.memory", True),
                    _header(page, "fit.usable_share", True), _header(page, "fit.usable", True),
                    _header(page, "fit.basis"), _header(page, "fit.source")])
    rows = []
    for device in page.data.devices:
        rows.append("<tr>" + "".join([
            _device_head(page, device),
            _bytes_cell(page, device["memory_bytes"]),
            _cell(escape(fit_view.percent(device["usable_share"], page.lang)), device["usable_share"], "ls-num"),
            _bytes_cell(page, fit_view.usable_bytes(device)),
            f'<td>{_link(device["usable_source"], _why(page, device))}</td>',
            f'<td>{_link(device["source"], t("fit.source_link"))}</td>',
        ]) + "</tr>")
    return _wrap(escape(t("fit.caption_devices")), head, rows, table_id="table-devices")


def largest_table(page: Page, args: list[str], options: dict) -> str:
    t = page.locale.t
    head = "".join([_header(page, "fit.device"), _header(page, "fit.usable", True)]
                   + [f'<th scope="col"><bdi dir="ltr">{p}</bdi></th>' for p in fit_view.PRECISIONS])
    rows = []
    for device in page.data.devices:
        rows.append("<tr>" + "".join([_device_head(page, device),
                                      _bytes_cell(page, fit_view.usable_bytes(device))]
                                     + [_largest_cell(page, largest_fitting(page, device, p))
                                        for p in fit_view.PRECISIONS]) + "</tr>")
    caption = t("fit.caption_largest", context=format_integer(LADDER_CONTEXT, page.lang)) + _gap(page) + t("fit.caption_browser_row")
    return _wrap(escape(caption), head, rows, table_id="table-fit-largest")


def ladder_table(page: Page, args: list[str], options: dict) -> str:
    t = page.locale.t
    head = "".join([_header(page, "fit.device"), _header(page, "fit.usable", True),
                    _header(page, "fit.largest_int4")])
    rows = ["<tr>" + "".join([_device_head(page, d), _bytes_cell(page, fit_view.usable_bytes(d)),
                              _largest_cell(page, largest_fitting(page, d, "int4"))]) + "</tr>"
            for d in page.data.devices]
    caption = t("fit.caption_ladder", context=format_integer(LADDER_CONTEXT, page.lang)) + _gap(page) + t("fit.caption_browser_row")
    return _wrap(escape(caption), head, rows, table_id="table-device-ladder")


def browser_table(page: Page, args: list[str], options: dict) -> str:
    """Per model with a web build, or small enough at 4 bits for a tab: the build, largest file, verdict."""
    t = page.locale.t
    head = "".join([f'<th scope="col" data-sort-type="text">{escape(t("table.model"))}</th>',
                    _header(page, "fit.web_build"), _header(page, "fit.largest_file", True),
                    _header(page, "fit.needed", True), _header(page, "fit.tab_budget")])
    rows = []
    listed = browser_rows(page.data)
    for row in listed["rows"]:
        browser = page.data.fit_by_id[row["id"]]["browser"]
        if browser["format"] is None:
            total = listed["int4"][row["id"]]
            limit = fit.shortest_context(row, fit_view.rules(page.data))
            note = {"message": "needs_build_at_own_limit", "count": format_integer(limit, page.lang)} \
                if limit < LADDER_CONTEXT else {"text": escape(t("fit.needs_web_build"))}
            rows.append(_row(row, [_model_cell(page, row),
                                   _cell(escape(t("fit.no_web_build")), "", "ls-unknown"),
                                   _bytes_cell(page, None), _bytes_cell(page, total, True),
                                   verdict_cell(page, "unknown", **note)]))
            continue
        # "MediaPipe (int4)", "WebLLM (q4f16_1)": the runtime and the build's quantization, never its id
        build = f'<bdi dir="ltr">{hub(web_build_name(browser["format"], browser["runtime"], page.locale))}</bdi>'
        if browser.get("bound_bytes"):  # size not recorded, but even 32-bit weights fit: fit.browser_fit
            rows.append(_row(row, [_model_cell(page, row), _cell(build, browser["format"]), _bytes_cell(page, None),
                                   _bytes_cell(page, browser["bound_bytes"], at_most=True),
                                   verdict_cell(page, browser["verdict"], message="upper_bound",
                                                size=fit_view.size_text(page, browser["bound_bytes"]),
                                                count=format_integer(browser["context"], page.lang))]))
            continue
        if browser["total_bytes"] is None and listed["int4"].get(row["id"]) is not None and browser["file_ok"] is not False:
            rows.append(_row(row, [_model_cell(page, row), _cell(build, browser["format"]), _bytes_cell(page, None),
                                   _bytes_cell(page, listed["int4"][row["id"]], True),
                                   verdict_cell(page, "unknown", **_unsized_note(page, row, listed["int4"][row["id"]]))]))
            continue
        rows.append(_row(row, [_model_cell(page, row), _cell(build, browser["format"]),
                               _bytes_cell(page, browser["largest_file_bytes"]),
                               _bytes_cell(page, browser["total_bytes"]),
                               verdict_cell(page, browser["verdict"], **_tab_note(page, browser))]))
    # The rule in the caption, the exception in the row: 4,096 tokens, or the model's shorter limit.
    caption = t("fit_notes.caption_browser", context=format_integer(LADDER_CONTEXT, page.lang))
    if listed["total"] > len(listed["rows"]):  # cut to the first view, as the models explorer is
        shown = len(listed["rows"])  # which and in what order: review 10 pt #5, zh #12
        gap = "" if caption.endswith(("。", "）")) else " "  # no space after Chinese full-width punctuation
        caption += gap + t("fit.browser_listed", shown=shown, total=listed["total"], other=listed["total"] - shown)
    return _wrap(escape(caption), head, rows, sortable=True, table_id="table-browser")


def browser_rows(data: SiteData) -> dict:
    """The browser table's models: every sized model with a web build, or without one but small
    enough at 4 bits for a tab; at most FIRST_VIEW of them (featured first, then the most
    downloaded, shown smallest first, as the caption says), so the page keeps its size at any number of models.
    {"rows": [row], "total": how many qualify, "int4": {id: total at int4} of those without a build,
    at 4,096 tokens or the model's own shorter limit}."""
    if "browser-rows" not in data.derived:
        r = fit_view.rules(data)
        budget = r.browser_budget_bytes
        qualify, without_build = [], {}
        for row in data.models:
            entry = data.fit_by_id.get(row["id"])
            if entry is None or not row.get("params_total"):
                continue
            if entry["browser"]["format"] is None or entry["browser"]["total_bytes"] is None:
                # at 4,096 tokens or the model's own shorter limit, as the rows with a build are judged;
                # also a build whose size nobody recorded (Transformers.js): ≈ the model's own 4-bit weights
                # the int4 column's figure (fit.precision_weights), as the calculator and the model page have it:
                # find_format took an Apple-only MLX file first (Qwen3-VL 4B: 4.13 GB against 3.18; review 6)
                fmt = fit.precision_weights(row, "int4")
                total = fit.fit_row(row, fmt, fit.shortest_context(row, r), r).total_bytes if fmt else None
                if entry["browser"]["format"] is None and (total is None or total > budget):
                    continue
                without_build[row["id"]] = total
            qualify.append(row)
        shown = qualify
        if len(qualify) > FIRST_VIEW:
            featured = [r for r in qualify if "featured" in r["tags"]]
            rest = sorted((r for r in qualify if "featured" not in r["tags"]),
                          key=lambda r: (-(r.get("hub_downloads") or 0), r["id"]))
            keep = {r["id"] for r in (featured + rest)[:FIRST_VIEW]}
            shown = [r for r in qualify if r["id"] in keep]
        shown = sorted(shown, key=lambda r: r["params_total"])  # stable: data order between equals
        data.derived["browser-rows"] = {"rows": shown, "total": len(qualify), "int4": without_build}
    return data.derived["browser-rows"]


def fit_matrix_table(page: Page, args: list[str], options: dict) -> str:
    """The numbers of the `fit` chart: featured models × devices, int4 at 4,096 tokens."""
    t = page.locale.t
    models = [r for r in page.data.models if "featured" in r["tags"] and r["id"] in page.data.fit_by_id]
    head = f'<th scope="col">{escape(t("table.model"))}</th>' + "".join(
        f'<th scope="col">{_device_text(page, d)}</th>' for d in page.data.devices)
    rows = []
    for row in models:
        cells = [verdict_cell(page, fit_view.heat_verdict(page.data, row, d)) if d["kind"] == "browser"
                 else judged_cell(page, row, "int4", fit_view.heat_context(row), d) for d in page.data.devices]
        rows.append(_row(row, [_model_cell(page, row)] + cells))
    caption = t("fit.caption_matrix", context=format_integer(LADDER_CONTEXT, page.lang))
    return _wrap(escape(caption), head, rows)


TABLES = {"devices": devices_table, "fit-largest": largest_table, "device-ladder": ladder_table,
          "browser": browser_table}
