"""Chart specs: Vega-Lite (Altair) specs of the site's charts, per language, from data/ rows (pure)."""

from __future__ import annotations

import json
import math
import re
from typing import Callable

import altair as alt

from pipeline.i18n.bidi import rtl_label
from pipeline.i18n.display_names import format_name
from pipeline.i18n.formatting import format_bytes, format_integer, format_list, format_params, unit_names
from pipeline.i18n.locales import Locale
from pipeline.site.context import SiteData
from pipeline.site.explorer import chart_rows
from pipeline.site.html import plain_text

# Same stack as --md-text-font in docs/assets/site.css, so Thai, CJK, Arabic and Hebrew render.
FONT = ('system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew", '
        '"Noto Sans Arabic", "Noto Sans Thai", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", '
        '"Helvetica Neue", Arial, sans-serif')
PLOT_WIDTH = 420
NAME_CHARS = 36  # longer Hub names are cut in the chart (the table below it has them whole)


class ChartText:
    """Locale strings and numbers; in RTL languages each is isolated (pipeline/i18n/bidi.py).

    The SVG's text direction is left to right (an RTL chart is mirrored by its scales, _x_scale). A
    figure is a first-strong isolate (U+2068…U+2069): '2.5 مليار' reads right to left, '80 GB' left to right. A label in the page's language is a
    right-to-left isolate with its Latin and number runs isolated left to right inside (label()).
    """

    def __init__(self, locale: Locale):
        self.locale, self.lang = locale, locale.lang
        self.rtl = locale.dir == "rtl"

    def iso(self, text: str) -> str:
        return f"\u2068{text}\u2069" if self.rtl and text else text

    def t(self, key: str, **values: object) -> str:
        # A sentence of the page's language is right-to-left even when it starts with a Latin word
        # ("GPU של מרכז נתונים, 80 GB", a tooltip opening with a model name): a right-to-left isolate
        # (U+2067), not a first-strong one, which would lay such a label out left to right.
        return self.label(self.locale.t(f"chart.{key}", **values))

    def label(self, text: str) -> str:
        """A label in the page's language: in RTL, whole in a right-to-left isolate with its numbers
        and Latin runs isolated left to right inside ("GPU למרכז נתונים, 80 GB": pipeline/i18n/bidi.py)."""
        return rtl_label(text) if self.rtl and text else text

    def params(self, count: int, digits: int = 3) -> str:
        return self.iso(format_params(count, self.lang, digits))

    def size(self, size: int) -> str:
        return self.iso(format_bytes(size, self.lang, unit_names(self.locale)))

    def size_class(self, class_id: str | None) -> str:
        return self.locale.t(f"size_class.{class_id}") if class_id else ""


# Right-to-left pages draw the charts as mirror images: the category labels (names, size classes,
# devices) on the right, values growing leftwards, labels beside a bar on its left. On a phone the
# plot's box opens at its right edge (charts.py), so an Arabic or Hebrew reader starts where the
# chart starts; drawn left to right, the box opened on the chart's far end for them and the start of
# the axis title and of every bar label was cut (review 10 ar #5).
def _x_scale(text: ChartText, **values: object) -> alt.Scale:
    return alt.Scale(reverse=True, **values) if text.rtl else alt.Scale(**values)


def _y_axis(text: ChartText, **values: object) -> alt.Axis:
    return alt.Axis(orient="right" if text.rtl else "left", **values)


def _x_title(text: ChartText) -> dict:
    """A mirrored x axis's title starts at the plot's right edge (the reversed scale's start)."""
    return {"titleAnchor": "start", "titleAlign": "right"} if text.rtl else {}


# An RTL x-axis title longer than this (characters) starts its bracket on a second line: right-aligned
# at the plot's edge, "المَعلمات (مقياس لوغاريتمي، كل خط شبكة ×10)" ran 27 px past a 360 px phone's box.
AXIS_TITLE_CHARS = 30


def _axis_title(text: ChartText, key: str) -> str | list[str]:
    """An x-axis title; in RTL a long one on two lines, the bracketed part on the second, each isolated."""
    title = text.locale.t(f"chart.{key}")
    head, bracket, rest = title.partition(" (")
    if not text.rtl or not bracket or len(title) <= AXIS_TITLE_CHARS:
        return text.label(title)
    return [text.label(head), text.label("(" + rest)]


def _legend_order(text: ChartText, entries: list, columns: int = 0) -> list:
    """A horizontal legend's entries in drawing order: in RTL each row reversed, so the first entry sits at
    the right and the row reads from there (review 11 he #6); `columns` is the legend's (0: one row)."""
    if not text.rtl:
        return entries
    size = columns or len(entries)
    return [entry for start in range(0, len(entries), size) for entry in entries[start:start + size][::-1]]


def _beside(text: ChartText, gap: float = 4) -> dict:
    """A label beside the end of a bar or line: after it in the reading direction."""
    return {"align": "right", "dx": -gap} if text.rtl else {"align": "left", "dx": gap}


def chart_spec(name: str, data: SiteData, locale: Locale, specs: dict | None = None) -> dict:
    """The Vega-Lite spec (a JSON-able dict) of chart `name` in `locale`'s language; `specs`: another
    module's table of chart builders (calibration_chart.SPECS), drawn with this module's config."""
    text = ChartText(locale)
    chart = (specs or SPECS)[name](data, text)
    spec = chart.to_dict(validate=False)
    spec["config"] = _config(text.rtl)
    spec["background"] = None  # transparent: the page's own background shows (light and dark)
    return spec


# Charts --------------------------------------------------------------------------------------


def scale_rows(data: SiteData) -> list[dict]:
    """The models the scale chart names: the featured ones with a size (smallest first). A model without one is
    counted in the caption, never named (charts.missing_values): naming GPT-4 and Gemini 1.5 Pro as the
    undisclosed ones retold the 2024 article (review 9, pt #2)."""
    return [r for r in data.models if "featured" in r["tags"] and r["params_total"]]


def scale_chart(data: SiteData, text: ChartText) -> alt.TopLevelMixin:
    """Featured models on one log axis, coloured by size class, above the distribution of every
    tracked model per size band on the same axis. The spec's size follows the featured models and
    the size classes, never the number of tracked models (no sort list, no per-model expression)."""
    shown = scale_rows(data)
    rows, labels = [], _unique_labels(shown)
    for index, row in enumerate(shown):
        params = row["params_total"]
        note = "" if params else text.t("scale.undisclosed" if row.get("undisclosed") else "scale.unknown")
        rows.append({
            "label": labels[row["id"]], "params": params, "note": note, "order": index,
            "size_class": text.label(text.size_class(row["size_class"])),
            "value": text.params(params) if params else "",
            "tip": text.t("scale.tooltip", name=labels[row["id"]], id=plain_text(row["id"]),
                          params=text.params(params), size_class=text.size_class(row["size_class"]))
            if params else f"{labels[row['id']]}: {note}",
        })
    known = [r["params_total"] for r in data.models if r["params_total"]] or [10**9]
    low, high = _log_domain(min(known), max(known), 1.2)
    # data/models.yaml is smallest first, unknown sizes last: sort by that position (a number).
    y = alt.Y("label:N", sort=alt.EncodingSortField("order", op="min", order="ascending"), title=None,
              axis=_y_axis(text, labelLimit=220))
    scale = _x_scale(text, type="log", domain=[low, high])
    x = alt.X("params:Q", stack=None, title=_axis_title(text, "scale.axis_params"), scale=scale,
              axis=_decade_axis(low, high, text.params, **_x_title(text)))
    base = alt.Chart(alt.Data(values=rows))
    classes = _legend_order(text, [c["id"] for c in data.size_classes], 3)
    class_scale = dict(domain=[text.label(text.size_class(c)) for c in classes],
                       range=[CLASS_COLOURS.get(c, GREY) for c in classes])
    color = alt.Color("size_class:N", title=text.t("scale.legend"), scale=alt.Scale(**class_scale),
                      legend=alt.Legend(orient="bottom", direction="horizontal", columns=3))  # inside the first 328 px (a phone)
    bars = base.mark_bar(height={"band": 0.7}).encode(
        x=x, y=y, color=color, tooltip=alt.Tooltip("tip:N"), description="tip:N",
    ).transform_filter("datum.params > 0")
    values = base.mark_text(**_beside(text), fontSize=11, aria=False).encode(
        x=alt.X("params:Q", stack=None), y=y, text="value:N",
    ).transform_filter("datum.params > 0")
    notes = base.mark_text(**_beside(text), fontSize=11, fontStyle="italic", opacity=0.8).encode(
        x=alt.datum(low), y=y, text="note:N", tooltip=alt.Tooltip("tip:N"), description="tip:N",
    ).transform_filter("!(datum.params > 0)")
    featured = (bars + values + notes).properties(title=text.label(text.locale.t("explorer.scale_title")), width=PLOT_WIDTH,
                                                  height=alt.Step(17))
    # Every tracked model, counted per size band, drawn over the band's range on the same axis.
    bands = []
    for size_class in data.size_classes:
        if not size_class["count"]:
            continue
        start = max(size_class["min_params"] or low, low)
        end = min(size_class["max_params"] or high, high)
        count = format_integer(size_class["count"], text.lang)
        bands.append({"start": start, "end": end, "count": size_class["count"], "value": text.iso(count),
                      "size_class": text.label(text.size_class(size_class["id"])),
                      "tip": text.t("classes.tooltip_count", size_class=text.size_class(size_class["id"]),
                                    count=count)})
    top = max([b["count"] for b in bands] + [1])
    band_base = alt.Chart(alt.Data(values=bands))
    histogram = band_base.mark_bar(opacity=0.85).encode(
        x=alt.X("start:Q", scale=scale, title=_axis_title(text, "scale.axis_params"),
                axis=_decade_axis(low, high, text.params, **_x_title(text))),
        x2="end:Q", y2=alt.datum(0),
        y=alt.Y("count:Q", title=text.t("classes.axis_count"), scale=alt.Scale(domain=[0, top * 1.25]),
                axis=_count_axis(top, text.lang, _y_axis(text))),
        color=alt.Color("size_class:N", scale=alt.Scale(**class_scale), legend=None),
        tooltip=alt.Tooltip("tip:N"), description="tip:N")
    counts = band_base.mark_text(baseline="bottom", dy=-2, fontSize=11, aria=False).encode(
        # The same axis as the bars: with none here, Vega-Lite kept its own ticks (0, 15, 30, 45)
        # and the bars' labels, so only "0" and "30" were drawn.
        x=alt.X("mid:Q", scale=scale), y=alt.Y("count:Q", axis=_count_axis(top, text.lang, _y_axis(text))), text="value:N",
    ).transform_calculate(mid="sqrt(datum.start * datum.end)")
    distribution = (histogram + counts).properties(title=text.t("scale.histogram_title"), width=PLOT_WIDTH,
                                                    height=120)
    return alt.vconcat(featured, distribution, spacing=24)


def classes_chart(data: SiteData, text: ChartText) -> alt.TopLevelMixin:
    """How many tracked models fall in each size class, with example names beside each bar."""
    rows = []
    for size_class in data.size_classes:
        label = text.label(text.size_class(size_class["id"]))
        # The language's list pattern ('、' in Chinese, ', ' elsewhere), each Latin name isolated in
        # RTL; Arabic's '،' reads as a full stop at 11 px, so its names are split by ' · ' here.
        names = [text.iso(_page_brackets(plain_text(n)[:NAME_CHARS], text.lang)) for n in size_class["examples"]]
        examples = " · ".join(names) if text.lang == "ar" else format_list(names, text.lang, style="unit")
        count = format_integer(size_class["count"], text.lang)
        rows.append({
            "label": label, "count": size_class["count"], "colour": CLASS_COLOURS.get(size_class["id"], GREY),
            "value": text.t("classes.bar_label", count=text.iso(count), examples=examples) if examples else count,
            "tip": (text.t("classes.tooltip", size_class=text.size_class(size_class["id"]), count=count,
                           examples=examples) if examples else
                    text.t("classes.tooltip_count", size_class=text.size_class(size_class["id"]), count=count)),
        })
    y = alt.Y("label:N", sort=[r["label"] for r in rows], title=text.t("classes.axis_class"), axis=_y_axis(text))
    top = max([r["count"] for r in rows] + [1])
    x = alt.X("count:Q", title=text.t("classes.axis_count"), scale=_x_scale(text, domain=[0, top]),
              axis=_count_axis(top, text.lang, **_x_title(text)))
    base = alt.Chart(alt.Data(values=rows))
    bars = base.mark_bar(height={"band": 0.7}).encode(  # each class in its colour on the scale chart
        x=x, y=y, color=alt.Color("colour:N", scale=None), tooltip=alt.Tooltip("tip:N"), description="tip:N")
    labels = base.mark_text(**_beside(text), fontSize=11, aria=False).encode(x="count:Q", y=y, text="value:N")
    return (bars + labels).properties(title=text.t("classes.title"), width=PLOT_WIDTH * 0.6,
                                      height=alt.Step(22))


def memory_chart(data: SiteData, text: ChartText) -> alt.TopLevelMixin:
    """Weights-only memory at fp32, fp16, int8 and int4 for the featured models (log axis)."""
    featured = [r for r in data.models if "featured" in r["tags"] and r["memory_bytes"]]
    labels = _unique_labels(featured)
    points, spans = [], []
    for row in featured:
        memory = row["memory_bytes"]
        for precision in PRECISIONS:
            points.append({"label": labels[row["id"]], "precision": precision, "bytes": memory[precision],
                           "tip": text.t("memory.tooltip", name=labels[row["id"]], precision=precision,
                                         size=text.size(memory[precision]))})
        spans.append({"label": labels[row["id"]], "low": memory["int4"], "high": memory["fp32"]})
    devices = memory_devices(data, text)
    all_bytes = [p["bytes"] for p in points] + [d["bytes"] for d in devices]
    low, high = _log_domain(min(all_bytes), max(all_bytes), 1.3)
    order = [labels[r["id"]] for r in featured]
    y = alt.Y("label:N", sort=order, title=None, axis=_y_axis(text, labelLimit=220))
    scale = _x_scale(text, type="log", domain=[low, high])
    x_title = _axis_title(text, "memory.axis_bytes")
    precisions = _legend_order(text, list(PRECISIONS))  # RTL: fp32 at the right, int4 at the left
    rules = alt.Chart(alt.Data(values=devices)).mark_rule(strokeDash=[4, 3], opacity=0.5, aria=False).encode(
        x=alt.X("bytes:Q", scale=scale, title=x_title))
    device_labels = alt.Chart(alt.Data(values=devices)).mark_text(
        angle=270, align="left", baseline="bottom", dx=-2, dy=-2, fontSize=10, opacity=0.8, y=0, aria=False,
    ).encode(x="bytes:Q", text="name:N")
    span = alt.Chart(alt.Data(values=spans)).mark_rule(opacity=0.35, strokeWidth=2, aria=False).encode(
        x=alt.X("low:Q", scale=scale, stack=None), x2="high:Q", y=y)
    dots = alt.Chart(alt.Data(values=points)).mark_point(filled=True, size=70, opacity=1).encode(
        x=alt.X("bytes:Q", stack=None, scale=scale, title=x_title,
                axis=_decade_axis(low, high, text.size, **_x_title(text))),
        y=y,
        color=alt.Color("precision:N", title=text.t("memory.legend"),
                        scale=alt.Scale(domain=precisions, range=[PRECISION_COLOURS[p] for p in precisions]),
                        legend=alt.Legend(orient="bottom", direction="horizontal")),
        shape=alt.Shape("precision:N", scale=alt.Scale(domain=precisions,
                                                       range=[PRECISION_SHAPES[p] for p in precisions])),
        tooltip=alt.Tooltip("tip:N"), description="tip:N",
    )
    return (rules + device_labels + span + dots).properties(
        title=text.t("memory.title"), width=PLOT_WIDTH, height=alt.Step(24))


def memory_devices(data: SiteData, text: ChartText) -> list[dict]:
    """The dashed lines of the memory chart: three devices of data/fit.yaml, each drawn at what it
    leaves a model (its usable memory) and named as the will-it-run page names it ('Phone, 8 GiB')."""
    from pipeline.site import fit_view

    lines = []
    for device_id in MEMORY_DEVICES:
        device = next((d for d in data.devices if d["id"] == device_id), None)
        if device is None:
            continue
        usable = fit_view.usable_bytes(device)
        lines.append({"bytes": usable, "name": text.t("memory.device", device=fit_view.device_label(text.locale, device),
                                                       usable=text.size(usable))})
    return lines


# The downloads chart's points at most: ~0.55 KB of SVG each (84 KB for today's 149), so the chart stays
# under the 100 KB page-weight limit at thousands of models (a 2,000-model build drew 733 KB uncapped).
MAX_DOWNLOAD_POINTS = 140


def download_options(data: SiteData) -> list[tuple[dict, dict]]:
    """(model row, option) for every point of the downloads chart and row of its table: the recorded
    download files of models with a known size (the files the pages cite), and the estimated default
    weights of those models and of the explorer's first view (explorer.chart_rows). The recorded files
    come first, then the first view's estimates, then the other estimates, up to MAX_DOWNLOAD_POINTS,
    so the chart grows with the recorded files but never past a bound. Option format "estimate" marks an
    estimate."""
    first_view = {r["id"] for r in chart_rows(data)}
    candidates = []  # (not in the first view, position, row, option)
    for row in data.models:
        if not row["params_total"]:
            continue
        points = [(row, option) for option in row["downloads"]]
        shown = row["id"] in first_view or row["downloads"]
        if shown and row.get("weights_bytes_estimated") and row["weights_bytes"]:
            points.append((row, {"format": "estimate", "variant": row.get("stored_dtype") or "",
                                 "file": row.get("stored_dtype") or "", "files": 0, "bytes": row["weights_bytes"],
                                 "basis": row.get("weights_bytes_basis")}))
        # every recorded file first (the pages cite them), then the first view's estimates, then the others
        candidates += [(0 if point[1]["format"] != "estimate" else 1 if row["id"] in first_view else 2,
                        len(candidates) + i, *point) for i, point in enumerate(points)]
    kept = sorted(sorted(candidates, key=lambda c: (c[0], c[1]))[:MAX_DOWNLOAD_POINTS], key=lambda c: c[1])
    return [(row, option) for _, _, row, option in kept]


def downloads_chart(data: SiteData, text: ChartText) -> alt.TopLevelMixin:
    """Parameters against download sizes per file format: every recorded file filled, estimated
    default weights hollow (download_options)."""
    points = []
    for row, option in download_options(data):
        name = plain_text(row["name"])[:NAME_CHARS]
        fmt = option["format"] if option["format"] in FORMAT_STYLE else "other"
        points.append(_download_point(text, name, row["params_total"], fmt, option["bytes"],
                                      plain_text(option["variant"])[:NAME_CHARS], option["files"]))
    formats = [f for f in FORMAT_STYLE if any(p["format_id"] == f for p in points)]
    if not points:
        points, formats = [], ["estimate"]
    params_all = [p["params"] for p in points] or [1e8, 1e9]
    bytes_all = [p["bytes"] for p in points] or [1e8, 1e9]
    px_low, px_high = _log_domain(min(params_all), max(params_all), 1.5)
    # Tall enough that every dashed guide (up to 4 bytes per parameter) leaves through the right edge,
    # where its label sits.
    by_low, by_high = _log_domain(min(bytes_all), max(bytes_all + [px_high * 4.4]), 1)
    guides = []
    for precision in PRECISIONS:  # dashed lines: bytes = parameters × bytes per parameter
        per_param = PRECISION_BYTES[precision]
        start = max(px_low, by_low / per_param)
        label = text.t("downloads.guide", precision=precision)
        guides += [{"precision": precision, "params": start, "bytes": start * per_param, "label": ""},
                   {"precision": precision, "params": px_high, "bytes": px_high * per_param, "label": label}]
    x = alt.X("params:Q", stack=None, title=_axis_title(text, "downloads.axis_params"),
              scale=_x_scale(text, type="log", domain=[px_low, px_high]),
              axis=_decade_axis(px_low, px_high, text.params, **_x_title(text)))
    y = alt.Y("bytes:Q", stack=None, title=text.t("downloads.axis_bytes"),
              scale=alt.Scale(type="log", domain=[by_low, by_high]),
              axis=_decade_axis(by_low, by_high, text.size, orient="right" if text.rtl else "left"))
    guide_base = alt.Chart(alt.Data(values=guides))
    lines = guide_base.mark_line(strokeDash=[4, 3], opacity=0.35, color="currentColor", aria=False).encode(
        x=x, y=y, detail="precision:N")
    line_labels = guide_base.mark_text(**_beside(text, 3), fontSize=10, opacity=0.8, aria=False).encode(
        x=x, y=y, text="label:N")
    # the points' own values (isolated in RTL, _download_point): a value outside the domain gets no colour
    legend_labels = [text.iso(format_name(f, text.locale)) for f in formats]
    dots = alt.Chart(alt.Data(values=points)).mark_point(filled=True, size=60, strokeWidth=1.6).encode(
        x=x, y=y,
        color=alt.Color("format:N", title=text.t("downloads.legend"),
                        scale=alt.Scale(domain=legend_labels, range=[FORMAT_STYLE[f][0] for f in formats]),
                        # one column: at 360 px the names start 67 px in, and two columns ran past 328 px ("LiteRT (TensorFlow Lite)")
                        legend=alt.Legend(orient="bottom", direction="horizontal", columns=1)),
        stroke=alt.Stroke("format:N", scale=alt.Scale(domain=legend_labels, range=[FORMAT_STYLE[f][0] for f in formats]),
                          legend=None),
        shape=alt.Shape("format:N", scale=alt.Scale(domain=legend_labels, range=[FORMAT_STYLE[f][1] for f in formats])),
        tooltip=alt.Tooltip("tip:N"), description="tip:N",
    )
    return (lines + line_labels + dots).properties(title=text.t("downloads.title"), width=PLOT_WIDTH,
                                                    height=PLOT_WIDTH * 0.8)


def _download_point(text: ChartText, name: str, params: int, fmt: str, size: int, variant: str, files: int) -> dict:
    label = format_name(fmt, text.locale)
    return {"params": params, "bytes": size, "format_id": fmt, "format": text.iso(label),
            "tip": text.t("downloads.tooltip", name=name, format=label, variant=_variant(text, variant),
                          size=text.size(size), params=text.params(params))}


def _variant(text: ChartText, variant: str) -> str:
    """'default' and 'consolidated' (the data's own words) in the page's language; a file name as is."""
    if variant in ("default", "consolidated"):
        return text.locale.t(f"chart.downloads.variant_{variant}")
    return variant or "–"


def fit_chart(data: SiteData, text: ChartText) -> alt.TopLevelMixin:
    """Devices × featured models, each cell coloured by the verdict at 4-bit weights and 4,096 tokens (or
    the model's own limit where that is shorter)."""
    from pipeline.site import fit_view  # the fit arithmetic lives there (and in pipeline/data/fit.py)

    featured = [r for r in data.models if "featured" in r["tags"]]
    labels = _unique_labels(featured)
    cells, devices, used = [], [], set()
    for device in data.devices:
        name = text.label(fit_view.device_label(text.locale, device))
        devices.append(name)
        for row in featured:
            # at 4,096 tokens or the model's own shorter limit (GPT-2's 1,024): a cell never says only "too long"
            verdict = fit_view.heat_verdict(data, row, device)
            used.add(verdict)
            word = text.label(text.locale.t(f"fit.verdict.{verdict}"))
            cells.append({"device": name, "model": labels[row["id"]], "verdict": word,
                          "mark": VERDICT_MARKS[verdict],
                          "tip": text.label(f"{labels[row['id']]} · {name}: {word}")})
    # the legend names only the verdicts some cell shows ("too long" never does here: review 11, he #9)
    shown = [v for v in VERDICT_COLOURS if v in used]
    words = [text.label(text.locale.t(f"fit.verdict.{v}")) for v in shown]
    models = [labels[r["id"]] for r in featured]
    # RTL: the first model at the right, next to the device names (_y_axis), its name slanting up to the left
    x = alt.X("model:N", sort=models[::-1] if text.rtl else models, title=None,
              axis=alt.Axis(labelAngle=40 if text.rtl else -40, labelLimit=160, orient="top"))
    y = alt.Y("device:N", sort=devices, title=None, axis=_y_axis(text, labelLimit=260))
    base = alt.Chart(alt.Data(values=cells))
    rects = base.mark_rect(stroke="white", strokeWidth=1).encode(
        x=x, y=y, color=alt.Color("verdict:N", title=text.label(text.locale.t("fit.verdict_legend")),
                                  scale=alt.Scale(domain=words, range=[VERDICT_COLOURS[v] for v in shown]),
                                  # one column: the legend starts after the device names, ~190 px in, and a phone shows 328 px
                                  legend=alt.Legend(orient="bottom", direction="horizontal", columns=1)),
        tooltip=alt.Tooltip("tip:N"), description="tip:N")
    marks = base.mark_text(fontSize=13, aria=False, color="#ffffff").encode(x=x, y=y, text="mark:N")
    return (rects + marks).properties(title=_title_and_subtitle(text, text.locale.t("chart.fit.title")),
                                      width=alt.Step(44), height=alt.Step(24))


def _title_and_subtitle(text: ChartText, title: str) -> alt.TitleParams:
    """A title whose closing bracketed part is drawn as a smaller subtitle line, without the brackets: in one
    title it broke over four or five lines at 1280 px (review 11 pt #9)."""
    head, subtitle = title_parts(title)
    if subtitle is None:
        return alt.TitleParams(text.label(head))
    return alt.TitleParams(text.label(head), subtitle=text.label(subtitle))


def title_parts(title: str) -> tuple[str, str | None]:
    """A title's words before a closing bracketed part, and that part without its brackets (None if none)."""
    match = re.fullmatch(r"(.+?)\s*[(（](.+)[)）]", title)
    return (match.group(1), match.group(2)) if match else (title, None)


# Helpers -------------------------------------------------------------------------------------


LEGEND_LABEL_GAP = 20  # RTL: from the swatch's left edge to the label's end, past the 16 px swatch and a gap
LEGEND = {"aria": False, "labelColor": "currentColor", "titleColor": "currentColor", "labelFontSize": 12,
          "titleFontSize": 12, "labelLimit": 260}


def _config(rtl: bool = False) -> dict:
    ink = "currentColor"  # follows the page's text colour, so light and dark schemes both read
    return {
        "font": FONT,
        "view": {"stroke": None},
        "title": {"aria": False, "color": ink, "anchor": "end" if rtl else "start", "fontSize": 15, "fontWeight": 600,
                  "offset": 12, "subtitleColor": ink, "subtitleFontSize": 12, "subtitlePadding": 4},
        # The SVG is one role="img" (its figure caption and table carry the words); Vega's own
        # English axis and legend descriptions would only add bytes.
        "axis": {"aria": False, "labelColor": ink, "titleColor": ink, "domainColor": ink, "tickColor": ink,
                 "gridColor": ink, "gridOpacity": 0.15, "domainOpacity": 0.5, "tickOpacity": 0.5,
                 "labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": 600},
        "legend": LEGEND,
        "text": {"color": ink},
        "mark": {"color": ink},
        # RTL at 360 px: the 480 px plot opens at its left edge, so a centred x-axis title was cut at its start
        # (its right end, review 7 ar #2); anchored at the plot's left it is read whole where the box opens
        # RTL: titles and legends at the right, where the reading and a phone's box start (x-axis titles: _x_title)
        # and each legend entry's swatch on the right of its label, as a right-to-left reader meets it first
        # (labelAlign right, the label drawn left of the swatch; review 11 he #6; entry order: _legend_order)
        **({"legend": {**LEGEND, "layout": {"bottom": {"anchor": "end"}}, "labelAlign": "right",
                       "labelOffset": -LEGEND_LABEL_GAP, "titleAnchor": "end"}} if rtl else {}),
    }


def _log_domain(low: float, high: float, headroom: float = 1.6) -> tuple[int, float]:
    """A log axis domain from the power of ten below `low` to a little above `high`.

    Bars start at the domain's left edge, so it must lie below the smallest value (else that bar
    has zero length).
    """
    start = 10 ** math.floor(math.log10(max(low, 1)))
    return start, max(high * headroom, start * 10)


def _decade_axis(low: float, high: float, fmt: Callable[[int], str], **extra: object) -> alt.Axis:
    """A log axis ticked at each power of ten, labelled with the CLDR forms the prose uses."""
    values = [10 ** e for e in range(round(math.log10(low)), math.floor(math.log10(high)) + 1)]
    return alt.Axis(values=values, labelExpr=_lookup_expr({v: fmt(v) for v in values}), labelFlush=False,
                    labelOverlap=False, **extra)


def _count_axis(top: int, lang: str, side: alt.Axis | None = None, **extra: object) -> alt.Axis:
    """An axis of whole counts with at most six ticks, labelled in the page's digits: the label
    expression names only those ticks, so it stays small at any count (not one case per model)."""
    step = 1
    while top / step > 5:
        for factor in (2, 2.5, 2):  # 1, 2, 5, 10, 20, 50 …
            step = int(step * factor)
            if top / step <= 5:
                break
    values = list(range(0, top + 1, step))
    orient = {"orient": side.orient} if side is not None else {}  # a y axis on the right in RTL (_y_axis)
    return alt.Axis(values=values, format="d", labelExpr=_lookup_expr({v: format_integer(v, lang) for v in values}),
                    **orient, **extra)


def _lookup_expr(labels: dict[int, str]) -> str:
    """A Vega expression mapping each tick value to its label (trusted strings, JSON-quoted)."""
    cases = " : ".join(f"datum.value == {value} ? {json.dumps(label, ensure_ascii=False)}"
                       for value, label in labels.items())
    return f"{cases} : ''" if cases else "''"


def _page_brackets(name: str, lang: str) -> str:
    """'Kimi K2.6 NVFP4 (NVIDIA)' in Chinese 'Kimi K2.6 NVFP4（NVIDIA）', as zh_text sets names in the
    page's HTML (it leaves SVG labels alone); other languages as data/ has it."""
    return re.sub(r" \(([^()]*)\)", r"（\1）", name) if lang == "zh" else name


def _unique_labels(rows: list[dict]) -> dict[str, str]:
    """Display names for a chart axis, cleaned of control characters and unique (id added if needed)."""
    names = {r["id"]: plain_text(r["name"])[:NAME_CHARS] or plain_text(r["id"]) for r in rows}
    seen: dict[str, int] = {}
    for name in names.values():
        seen[name] = seen.get(name, 0) + 1
    return {rid: (f"{name} ({plain_text(rid)})" if seen[name] > 1 else name) for rid, name in names.items()}


# Data ----------------------------------------------------------------------------------------

SPECS: dict[str, Callable[[SiteData, ChartText], alt.TopLevelMixin]] = {
    "scale": scale_chart,
    "classes": classes_chart,
    "memory": memory_chart,
    "downloads": downloads_chart,
    "fit": fit_chart,
}
PRECISIONS = ("fp32", "fp16", "int8", "int4")
PRECISION_BYTES = {"fp32": 4, "fp16": 2, "int8": 1, "int4": 0.5}
# Mid-tone colours: at least 3:1 contrast against both the light (#fff) and dark (#1e2129) page.
GREY = "#7a7f87"
CLASS_COLOURS = {
    "under-1b": "#2f7fc1", "1b": "#1f8f8a", "2b-4b": "#3c9a3c", "7b-9b": "#7f9a1a", "10b-20b": "#b58a00",
    "20b-40b": "#d2691e", "40b-100b": "#d9534f", "100b-300b": "#c2417a", "300b-1t": "#9b59b6",
    "1t-plus": "#6c6fd1",
}
PRECISION_COLOURS = {"fp32": "#d9534f", "fp16": "#b58a00", "int8": "#1f8f8a", "int4": "#2f7fc1"}
PRECISION_SHAPES = {"fp32": "circle", "fp16": "square", "int8": "diamond", "int4": "triangle-up"}
# A hollow circle drawn as a filled ring (inner arc reversed), so the legend shows it hollow too.
RING = "M-1,0A1,1,0,1,1,1,0A1,1,0,1,1,-1,0ZM-0.55,0A0.55,0.55,0,1,0,0.55,0A0.55,0.55,0,1,0,-0.55,0Z"
FORMAT_STYLE = {  # format -> (colour, shape), in legend order
    "safetensors": ("#2f7fc1", "circle"), "pytorch": ("#6c6fd1", "triangle-down"),
    "gguf": ("#d2691e", "triangle-up"), "onnx": ("#3c9a3c", "diamond"), "tflite": ("#9b59b6", "cross"),
    "mediapipe": ("#c2417a", "square"), "other": ("#b58a00", "cross"), "estimate": (GREY, RING),
}
VERDICT_COLOURS = {"fits": "#2e7d32", "tight": "#b26a00", "no": "#c62828", "too-long": "#6a1b9a", "unknown": GREY}
VERDICT_MARKS = {"fits": "✓", "tight": "~", "no": "✗", "too-long": "»", "unknown": "?"}
MEMORY_DEVICES = ("phone-8gb", "gpu-24gb", "datacenter-80gb")  # data/fit.yaml ids: one of each kind
