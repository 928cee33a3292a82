"""Tables stage: HTML tables from data/ with localized headers and numbers; Hub strings escaped."""

from __future__ import annotations

import re
from html import escape
from typing import Callable

from pipeline.data import fit
from pipeline.i18n.display_names import format_name
from pipeline.i18n.formatting import format_bytes, format_decimal_number, format_integer, format_params
from pipeline.i18n.formatting import format_list, unit_names
from pipeline.site import explorer
from pipeline.site import calibration_chart, chart_specs, fit_tables
from pipeline.site.context import Page
from pipeline.site.html import hub, hub_name, plain_text

PRECISIONS = (("fp32", 4), ("fp16", 2), ("int8", 1), ("int4", 0.5))
# Cells and wrappers ------------------------------------------------------------------------------


def _cell(text: str, sort: object | None = None, cls: str = "", ltr: bool = False, title: str = "") -> str:
    """A <td>; `text` is already escaped HTML, `sort` the raw value the sort script compares."""
    attrs = f' data-sort="{escape(str(sort))}"' if sort is not None else ""
    if cls:
        attrs += f' class="{cls}"'
    if title:
        attrs += f' title="{escape(title)}"'
    body = f'<bdi dir="ltr">{text}</bdi>' if ltr else f"<bdi>{text}</bdi>" if text else ""
    return f"<td{attrs}>{body}</td>"


def _header(page: Page, key: str, numeric: bool = False, sorted_: str = "", sort_type: str = "") -> str:
    """A column header; the sort script compares `data-sort` values as numbers or as text."""
    cls = ' class="ls-num"' if numeric else ""
    kind = sort_type or ("number" if numeric else "text")
    aria = f' aria-sort="{sorted_}"' if sorted_ else ""
    return f'<th scope="col"{cls} data-sort-type="{kind}"{aria}>{escape(page.locale.t(key))}</th>'


def _wrap(caption: str, head: str, rows: list[str], sortable: bool = False, table_id: str = "") -> str:
    """Caption, header and rows in a scrolling, focusable region (phones scroll inside it)."""
    cls = "ls-table ls-sortable" if sortable else "ls-table"
    ident = f' id="{table_id}"' if table_id else ""
    return (
        f'<div class="ls-table-wrap" tabindex="0" role="region" aria-label="{caption}">\n'
        f'<table class="{cls}"{ident}>\n<caption>{caption}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(rows) + "\n</tbody>\n</table>\n</div>"
    )


def _model_cell(page: Page, row: dict, with_id: bool = True) -> str:
    """Row header: the model's name (linked to its source) and its repo id; stale rows say so."""
    name = hub_name(row["name"])
    url = plain_text(row.get("url") or "")
    link = f'<a href="{hub(url)}" rel="noopener">{name}</a>' if url.startswith(("https://", "http://")) else name
    status = ""
    if row["status"] == "stale":
        status = f' <span class="ls-stale" title="{hub(row.get("error") or "")}">{escape(page.locale.t("table.stale"))}</span>'
    ident = f'<br><code dir="ltr">{hub(row["id"])}</code>' if with_id else ""
    return f'<th scope="row" data-sort="{hub(row["name"].lower())}"><bdi>{link}</bdi>{status}{ident}</th>'


def _row(row: dict, cells: list[str]) -> str:
    cls = ' class="ls-row-stale"' if row.get("status") == "stale" else ""
    return f"<tr{cls}>" + "".join(cells) + "</tr>"


def _params_cell(page: Page, row: dict) -> str:
    if row["params_total"]:
        return _cell(escape(format_params(row["params_total"], page.lang)), row["params_total"],
                     "ls-num", title=format_integer(row["params_total"], page.lang))
    word = "figure.undisclosed" if row.get("undisclosed") else "figure.unknown"
    return _cell(escape(page.locale.t(word)), "", "ls-num ls-unknown")


def _bytes_cell(page: Page, size: int | None, estimated: bool = False, fixed: bool = False) -> str:
    """A size; an estimate has '≈' before the number, as everywhere else on the site ('≈ 2.66 GB')."""
    if size is None:
        return _cell(escape(page.locale.t("figure.unknown")), "", "ls-num ls-unknown")
    text = escape(format_bytes(size, page.lang, unit_names(page.locale), fixed=fixed))
    if estimated:
        text = f'<abbr class="ls-est" title="{escape(page.locale.t("table.estimated_note"))}">≈</abbr>\u00a0{text}'
    return _cell(text, size, "ls-num", title=format_integer(size, page.lang) + " B")


def _basis(page: Page, basis: str | None) -> str:
    return escape(page.locale.t(f"basis.{basis}")) if basis else ""


# Tables -----------------------------------------------------------------------------------------


def download_links(page: Page) -> str:
    """Links to the whole model table as CSV and JSON (written by pipeline/exports.py at build time)."""
    base = escape(page.base_url or "")
    return (f'<p class="ls-downloads">{escape(page.locale.t("data_table.download"))} '
            f'<a href="{base}downloads/models.csv" download type="text/csv">CSV</a> · '
            f'<a href="{base}downloads/models.json" download type="application/json">JSON</a></p>')


def params_table(page: Page, args: list[str], options: dict) -> str:
    """Featured models' parameter counts and size classes: the numbers of the `scale` chart, its very rows
    (chart_specs.scale_rows: a model without a size is counted in the caption, never named; naming GPT-4 and
    Gemini 1.5 Pro as the undisclosed ones retold the 2024 article, review 9/10 pt). Every model is in the explorer."""
    t = page.locale.t
    head = "".join([f'<th scope="col" data-sort-type="text">{escape(t("table.model"))}</th>',
                    _header(page, "table.params", True, "ascending"),
                    _header(page, "table.size_class", sort_type="number"),
                    _header(page, "table.basis")])
    body = [_row(row, [_model_cell(page, row), _params_cell(page, row),
                       _cell(escape(t(f"size_class.{row['size_class']}")) if row["size_class"] else "",
                             row["params_total"] or ""),
                       _cell(_basis(page, row.get("params_basis")))])
            for row in chart_specs.scale_rows(page.data)]
    caption = escape(t("data_table.caption_params", count=format_integer(len(body), page.lang)))
    return _wrap(caption, head, body, sortable=True)


_SLOT = "\ue000"  # stands for an isolated figure inside a message, replaced after escaping


def size_classes_table(page: Page, args: list[str], options: dict) -> str:
    """Each size class: its range, how many tracked models fall in it, and examples."""
    t = page.locale.t
    head = "".join([_header(page, "table.size_class"), _header(page, "table.range"),
                    _header(page, "table.count", True), _header(page, "table.examples")])
    rows = []
    for size_class in page.data.size_classes:
        low = format_params(size_class["min_params"], page.lang) if size_class["min_params"] else "0"
        high = format_params(size_class["max_params"], page.lang) if size_class["max_params"] else "∞"
        examples = format_list([f"<bdi>{hub(name)}</bdi>" for name in size_class["examples"]], page.lang, "unit")
        # Each end isolated and held together ('1.8 مليار' never breaks before its unit, '–' never
        # starts a line), so the range reads in order inside right-to-left text.
        low, high = (f"<bdi>{escape(end).replace(' ', '&nbsp;')}</bdi>" for end in (low, high))
        span = f"{low}&nbsp;–&nbsp;{high}"
        # An open end is a message of each language (zh "9 亿以下", "1 万亿及以上"), the others "0 – …", "… – ∞".
        if not size_class["min_params"]:
            span = escape(t("table.range_below", high=_SLOT)).replace(" – ", "&nbsp;–&nbsp;").replace(_SLOT, high)
        elif not size_class["max_params"]:
            span = escape(t("table.range_from", low=_SLOT)).replace(" – ", "&nbsp;–&nbsp;").replace(_SLOT, low)
        rows.append("<tr>" + "".join([
            f'<th scope="row"><bdi>{escape(t("size_class." + size_class["id"]))}</bdi></th>',
            _cell(f'<span class="ls-range">{span}</span>'),
            _cell(escape(format_integer(size_class["count"], page.lang)), size_class["count"], "ls-num"),
            f"<td>{examples}</td>",
        ]) + "</tr>")
    return _wrap(escape(t("table.caption_size_classes")), head, rows)


def precision_table(page: Page, args: list[str], options: dict) -> str:
    """One model's weights at fp32, fp16, int8 and int4."""
    row = page.data.model(args[0])
    t = page.locale.t
    head = "".join([_header(page, "table.precision"), _header(page, "table.bytes_per_param", True),
                    _header(page, "table.memory", True)])
    rows = []
    for precision, per_param in PRECISIONS:
        # what a precision means everywhere: a real file, else ≈ its common build or ≈ parameters × bytes
        (size, estimated), label = fit.precision_size(row, precision), precision
        if precision in ("int8", "int4"):
            fmt = fit.precision_weights(row, precision)
            # the bracket through display.aside: full-width in Chinese ("int8（≈ Q8_0）")
            if fmt and not fmt["estimated"]:
                kind, _, variant = fmt["format"].partition(":")
                label = precision + t("display.aside", text=f"{format_name(kind, page.locale)} {variant}".strip())
            elif fmt:
                label = precision + t("display.aside", text=f"≈ {fit.COMMON_BUILD[precision]}")
            if size and row.get("params_total"):
                per_param = round(size / row["params_total"], 2)
        rows.append("<tr>" + "".join([
            f'<th scope="row"><bdi dir="ltr">{escape(label)}</bdi></th>',
            _cell(escape(format_decimal_number(per_param, page.lang)), per_param, "ls-num"),
            _bytes_cell(page, size, estimated, fixed=True),  # '10.0 GB' above '5.01 GB': one precision
        ]) + "</tr>")
    caption = escape(t("table.caption_precision", model=plain_text(row["name"])))
    return _wrap(caption, head, rows)


def memory_table(page: Page, args: list[str], options: dict) -> str:
    """Featured models (or `tag=…`) at each precision: the numbers of the `memory` chart."""
    tag = options.get("tag", "featured")
    models = [r for r in page.data.models if tag in r["tags"] and r["memory_bytes"]]
    head = "".join([f'<th scope="col" data-sort-type="text">{escape(page.locale.t("table.model"))}</th>',
                    _header(page, "table.params", True, "ascending")]
                   + [f'<th scope="col" class="ls-num" data-sort-type="number"><bdi dir="ltr">{p}</bdi></th>'
                      for p, _ in PRECISIONS])
    body = [_row(row, [_model_cell(page, row, with_id=False), _params_cell(page, row)]
                 + [_bytes_cell(page, row["memory_bytes"][p]) for p, _ in PRECISIONS]) for row in models]
    caption = escape(page.locale.t("data_table.caption_memory"))
    return _wrap(caption, head, body, sortable=True)


def downloads_table(page: Page, args: list[str], options: dict) -> str:
    """Every download option per model and format (or one model's): the numbers of `downloads`."""
    t = page.locale.t
    head = "".join([f'<th scope="col" data-sort-type="text">{escape(t("table.model"))}</th>',
                    _header(page, "table.params", True, "ascending"), _header(page, "data_table.format"),
                    _header(page, "data_table.file"), _header(page, "data_table.bytes", True),
                    _header(page, "data_table.bytes_per_param", True), _header(page, "table.basis")])
    body = []
    if args:  # one model's downloads, its estimate last
        row = page.data.model(args[0])
        pairs = [(row, option) for option in row["downloads"]]
        if row.get("weights_bytes_estimated") and row["weights_bytes"]:
            pairs.append((row, {"format": "estimate", "file": row.get("stored_dtype") or "", "files": 0,
                                "bytes": row["weights_bytes"], "basis": row["weights_bytes_basis"]}))
    else:  # the points of the downloads chart, model by model
        pairs = chart_specs.download_options(page.data)
    for row, option in pairs:
        fmt = option["format"] if option["format"] in FORMATS else "other"
        per_param = option["bytes"] / row["params_total"] if row["params_total"] else None
        body.append(_row(row, [
            _model_cell(page, row, with_id=False), _params_cell(page, row),
            _cell(escape(format_name(fmt, page.locale)), fmt),
            _cell(f"<code>{hub(option['file'])}</code>", plain_text(option["file"]).lower(), ltr=True),
            _bytes_cell(page, option["bytes"], fmt == "estimate"),
            _cell(escape(format_decimal_number(per_param, page.lang)), round(per_param, 4), "ls-num")
            if per_param else _cell("", ""),
            _cell(_basis(page, option.get("basis"))),
        ]))
    caption = escape(t("data_table.caption_downloads", count=format_integer(len(body), page.lang)))
    return _wrap(caption, head, body, sortable=True)


# Data -------------------------------------------------------------------------------------------

FORMATS = ("safetensors", "pytorch", "gguf", "onnx", "tflite", "mediapipe", "other", "estimate")
TABLES: dict[str, Callable[[Page, list[str], dict], str]] = {
    "models": explorer.explorer_table,  # the explorer: static first view + every row from JSON
    "size-classes": size_classes_table,
    "precision": precision_table,
    "params": params_table,
    "memory": memory_table,
    "downloads": downloads_table,
}
CHART_TABLES: dict[str, Callable[[Page, list[str], dict], str]] = {  # the table behind each chart
    "scale": params_table,
    "classes": size_classes_table,
    "memory": memory_table,
    "downloads": downloads_table,
}
TABLES.update(fit_tables.TABLES)  # devices, fit-largest, device-ladder, browser ("Will it run?")
CHART_TABLES["fit"] = fit_tables.fit_matrix_table
CHART_TABLES["calibration"] = calibration_chart.memory_table
CHART_TABLES["calibration-speed"] = calibration_chart.speed_table
TABLES["calibration-worst"] = calibration_chart.worst_table  # the methodology page, below the chart
DEFERRED = ("models",)  # inserted after Markdown, outside the search index (explorer.defer)
TABLES_WITH_MODEL = ("precision",)  # `<!-- ls:table precision MODEL -->`; the others take no argument
