"""Fill a page's `<!-- ls:… -->` markers with figures, tables and charts from data/ (pure)."""

from __future__ import annotations

import re
from typing import Callable

from pipeline.errors import MarkerError
from pipeline.markers import GRAMMAR, Marker, iter_markers
from pipeline.site import charts, explorer, figures, fit_view, speed_figures, tables, translations_table
from pipeline.site.context import Page


def render_markers(markdown: str, page: Page, first_line: int = 1) -> str:
    """Replace every marker; a malformed or unknown one raises MarkerError naming file and line
    (`first_line`: the line of the source file the markdown starts on, after its front matter)."""
    out, end = [], 0
    for match, marker in iter_markers(markdown, page.src_path, first_line):
        renderer = RENDERERS[marker.kind]
        try:
            html = renderer(page, marker)
        except MarkerError as exc:
            raise MarkerError(f"{page.src_path}:{marker.line}: {exc}") from None
        if GRAMMAR[marker.kind].block:
            html = "\n\n" + html + "\n\n"
        out += [markdown[end:match.start()], html]
        end = match.end()
    out.append(markdown[end:])
    return "".join(out)


def _table(page: Page, marker: Marker) -> str:
    name = marker.arg("name")
    renderer = tables.TABLES.get(name)
    if renderer is None:
        raise MarkerError(f"unknown table {name!r} (known: {', '.join(sorted(tables.TABLES))})")
    model = marker.arg("model")
    if (model is not None) != (name in tables.TABLES_WITH_MODEL):
        raise MarkerError(f"table {name!r} " + ("needs a model id" if model is None else "takes no model id"))
    html = renderer(page, [model] if model else [], marker.options)
    # A space between cells, so the search index (and its snippets) reads "fp32 4 10 GB", not "fp32410 GB".
    html = re.sub(r"</(td|th)>(?=<t[dh][\s>])", r"</\1> ", html)
    return explorer.defer(html) if name in tables.DEFERRED else html


def _chart(page: Page, marker: Marker) -> str:
    return charts.render_chart_block(page, [marker.arg("name")], marker.options)


def _translations(page: Page, marker: Marker) -> str:
    return translations_table.translations_table(page)


RENDERERS: dict[str, Callable[[Page, Marker], str]] = {
    "params": figures.params,
    "params-exact": figures.params_exact,
    "active": figures.active,
    "weights": figures.weights,
    "memory": figures.memory,
    "download": figures.download,
    "class": figures.size_class,
    "name": figures.name,
    "count": figures.count,
    "date": figures.date,
    "sources": figures.sources,
    "kv": fit_view.kv,
    "fit-total": fit_view.fit_total,
    "fit-rule": fit_view.fit_rule,
    "usable": fit_view.usable,
    "speed": speed_figures.speed_marker,
    "bandwidth": speed_figures.bandwidth_marker,
    "freshness": fit_view.freshness,
    "calculator": fit_view.calculator,
    "table": _table,
    "chart": _chart,
    "translations": _translations,
}
