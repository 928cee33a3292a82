"""Tables stage: HTML tables from data/ with localized headers and numbers; Hub strings escaped."""

from __future__ import annotations

from html import escape
from typing import Callable

from pipeline.numbers import format_bytes, format_decimal_number, format_integer, format_params
from pipeline.render import Page, _units


def _cell(text: str, sort: object | None = None, cls: str = "", ltr: bool = False, title: str = "") -> str:
    attrs = ""
    if sort is not None:
        attrs += f' data-sort="{escape(str(sort))}"'
    if cls:
        attrs += f' class="{cls}"'
    if title:
        attrs += f' title="{escape(title)}"'
    body = f'<bdi dir="ltr">{text}</bdi>' if ltr else f"<bdi>{text}</bdi>" if text else ""
    return f"<td{attrs}>{body}</td>"


def _header(page: Page, key: str, numeric: bool = False) -> str:
    cls = ' class="ls-num"' if numeric else ""
    return f'<th scope="col"{cls} aria-sort="none">{escape(page.locale.t(key))}</th>'


def _bytes_cell(page: Page, size: int | None, estimated: bool = False) -> str:
    if size is None:
        return _cell(escape(page.locale.t("figure.unknown")), -1, "ls-num ls-unknown")
    text = escape(format_bytes(size, page.lang, _units(page.locale)))
    if estimated:
        text += f' <abbr class="ls-est" title="{escape(page.locale.t("table.estimated_note"))}">≈</abbr>'
    return _cell(text, size, "ls-num", title=format_integer(size, page.lang) + " B")


def models_table(page: Page, args: list[str], options: dict) -> str:
    """All tracked models (or those with `tag=…`), smallest first."""
    tag = options.get("tag")
    rows = [r for r in page.data.models if tag is None or tag in r["tags"]]
    t = page.locale.t
    head = "".join([
        f'<th scope="col" aria-sort="none">{escape(t("table.model"))}</th>',
        _header(page, "table.params", True),
        _header(page, "table.size_class"),
        _header(page, "table.dtype"),
        _header(page, "table.weights", True),
        _header(page, "table.memory_fp16", True),
        _header(page, "table.memory_int4", True),
        _header(page, "table.basis"),
    ])
    body = []
    for row in rows:
        name = escape(row["name"])
        ident = escape(row["id"])
        url = escape(row["url"], quote=True)
        link = f'<a href="{url}" rel="noopener">{name}</a>' if row.get("url") else name
        status = ""
        if row["status"] == "stale":
            status = f' <span class="ls-stale" title="{escape(row.get("error") or "")}">{escape(t("table.stale"))}</span>'
        model_cell = (f'<th scope="row" data-sort="{escape(row["name"].lower())}"><bdi>{link}</bdi>'
                      f'{status}<br><code dir="ltr">{ident}</code></th>')
        if row["params_total"]:
            params = _cell(escape(format_params(row["params_total"], page.lang)), row["params_total"],
                           "ls-num", title=format_integer(row["params_total"], page.lang))
        else:
            word = "figure.undisclosed" if row.get("undisclosed") else "figure.unknown"
            params = _cell(escape(t(word)), -1, "ls-num ls-unknown")
        size_class = t(f"size_class.{row['size_class']}") if row["size_class"] else ""
        memory = row["memory_bytes"] or {}
        basis = row.get("weights_bytes_basis") or row.get("params_basis") or ""
        cells = [
            model_cell,
            params,
            _cell(escape(size_class), row["params_total"] or -1),
            _cell(escape(row["stored_dtype"] or ""), ltr=True),
            _bytes_cell(page, row["weights_bytes"], bool(row.get("weights_bytes_estimated"))),
            _bytes_cell(page, memory.get("fp16")),
            _bytes_cell(page, memory.get("int4")),
            _cell(escape(t(f"basis.{basis}")) if basis else ""),
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    caption = escape(t("table.caption_models", count=format_integer(len(rows), page.lang)))
    return (
        '<div class="ls-table-wrap" tabindex="0" role="region" '
        f'aria-label="{caption}">\n<table class="ls-table ls-sortable">\n'
        f"<caption>{caption}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(body) + "\n</tbody>\n</table>\n</div>"
    )


def _wrap(caption: str, head: str, rows: list[str], sortable: bool = False) -> str:
    cls = "ls-table ls-sortable" if sortable else "ls-table"
    return (
        f'<div class="ls-table-wrap" tabindex="0" role="region" aria-label="{caption}">\n'
        f'<table class="{cls}">\n<caption>{caption}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(rows) + "\n</tbody>\n</table>\n</div>"
    )


def size_classes_table(page: Page, args: list[str], options: dict) -> str:
    """Each size class: its range, how many tracked models fall in it, and examples."""
    t = page.locale.t
    head = "".join([_header(page, "table.size_class"), _header(page, "table.range"),
                    _header(page, "table.count", True), _header(page, "table.examples")])
    rows = []
    for size_class in page.data.size_classes:
        low = format_params(size_class["min_params"], page.lang) if size_class["min_params"] else "0"
        high = format_params(size_class["max_params"], page.lang) if size_class["max_params"] else "∞"
        examples = ", ".join(f"<bdi>{escape(name)}</bdi>" for name in size_class["examples"])
        rows.append("<tr>" + "".join([
            f'<th scope="row">{escape(t("size_class." + size_class["id"]))}</th>',
            _cell(escape(f"{low} – {high}")),
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
    for precision, per_param in (("fp32", 4), ("fp16", 2), ("int8", 1), ("int4", 0.5)):
        size = (row["memory_bytes"] or {}).get(precision)
        rows.append("<tr>" + "".join([
            f'<th scope="row"><bdi dir="ltr">{precision}</bdi></th>',
            _cell(escape(format_decimal_number(per_param, page.lang)), per_param, "ls-num"),
            _bytes_cell(page, size),
        ]) + "</tr>")
    caption = escape(t("table.caption_precision", model=row["name"]))
    return _wrap(caption, head, rows)


TABLES: dict[str, Callable[[Page, list[str], dict], str]] = {
    "models": models_table,
    "size-classes": size_classes_table,
    "precision": precision_table,
}
