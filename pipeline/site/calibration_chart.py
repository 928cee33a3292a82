"""The calibration charts of the methodology page: predicted against measured memory and decode speed
for every observation of data/calibration.yaml (from data/fit.yaml), their tables and captions (pure)."""

from __future__ import annotations

import json
import math
import re
from html import escape

import altair as alt
from babel.numbers import format_percent

from pipeline.errors import MarkerError
from pipeline.i18n.formatting import babel_locale, format_bytes, format_decimal_number, format_integer, unit_names
from pipeline.site import chart_specs
from pipeline.site.chart_specs import GREY, RING, ChartText
from pipeline.site.context import Page, SiteData
from pipeline.site.html import hub, plain_text

# The test's tolerance (tests/test_calibration.py) and the tight line (1 ÷ 1.15) come from the same figure.
TOLERANCE = 0.15
SIZE = 210  # plot width and height in px: with its axes the chart stays inside a 360 px phone screen
RUNTIMES = {"llama.cpp": ("llama.cpp", "#d2691e"), "vllm": ("vLLM", "#2f7fc1"), "mlx": ("MLX", "#3c9a3c"),
            "browser": ("WebGPU", "#9b59b6")}
# Why each of the largest misses misses (the reasons are in notes and calibration.yaml's own fields):
# observation id -> calibration_chart.reason_* key. A worst-five observation without one stops the build.
REASONS = {
    "mlx-mistral-7b-4bit-34k-before-fix": "reason_full_mask",
    "mlx-llama-3.1-8b-4bit-33k": "reason_full_mask",
    "llama.cpp-pythia-1.4b-q4-128": "reason_small_batch",
    "llama.cpp-deepseek-v3.1-tq1-16k": "reason_micro_batch",
    "mlx-mistral-7b-fp16-1k": "reason_gib",
}
WORST = 5


_COMMAS = {"ar": "، ", "zh": "，"}
# Qualifiers data/calibration.yaml writes after a run's name, in English -> calibration_chart.* key
_QUALIFIERS = {"repository not named": "run_repo_unnamed", "ggml CI conversion": "run_ggml_ci"}


def run_name(model: object, locale) -> str:
    """A run's name as the page's language says it: a known qualifier in brackets is translated."""
    text = plain_text(model)
    # "Mistral 7B, MLX 4-bit": the data's English comma and brackets, in the page's script
    text = _bits(text.replace(", ", _COMMAS.get(locale.lang, ", ")), locale.lang)
    name, _, rest = text.rpartition(" (")
    key = _QUALIFIERS.get(rest[:-1]) if name and rest.endswith(")") else None
    if not key:
        return f"{name}（{rest[:-1]}）" if locale.lang == "zh" and name and rest.endswith(")") else text
    return locale.t("calibration_chart.run_qualified", name=name, note=locale.t(f"calibration_chart.{key}"))


def _bits(text: str, lang: str) -> str:
    """'MLX 4-bit' in Chinese 'MLX 4 位', as the zh pages write a precision; other languages as data/ has it."""
    return re.sub(r"\b(\d+)-bit\b", r"\1 位", text) if lang == "zh" else text


def _t(text: ChartText, key: str, **values: object) -> str:
    """A calibration_chart string, right-to-left isolated in RTL pages (as ChartText.t does for chart.*)."""
    value = text.locale.t(f"calibration_chart.{key}", **values)
    return f"\u2067{value}\u2069" if text.rtl and value else value


def signed_percent(value: float, lang: str) -> str:
    """'+8.0%', '−25.1%' (U+2212, the minus sign, not a hyphen), Latin digits as the site's figures are."""
    text = format_percent(value, "+#,##0.0%;-#,##0.0%", locale=babel_locale(lang), numbering_system="latn")
    return text.replace("-", "\u2212")


def runtime_name(runtime: str) -> str:
    return RUNTIMES.get(runtime, (runtime, GREY))[0]


# Charts ------------------------------------------------------------------------------------------


def memory_chart(data: SiteData, text: ChartText) -> alt.TopLevelMixin:
    """Measured (x) against predicted (y) memory, log-log, with the ±15 % band around equality."""
    points = []
    for obs in data.calibration:
        status = "superseded" if obs["superseded"] else "tested"
        points.append({"x": obs["measured_bytes"], "y": obs["predicted_bytes"],
                       "runtime": runtime_name(obs["runtime"]), "status": _t(text, f"status_{status}"),
                       "tip": _t(text, "tooltip", model=run_name(obs["model"], text.locale), runtime=runtime_name(obs["runtime"]),
                                 context=format_integer(obs["context"], text.lang),
                                 measured=text.size(obs["measured_bytes"]), predicted=text.size(obs["predicted_bytes"]),
                                 error=text.iso(signed_percent(obs["error"], text.lang)))})
    values = [p["x"] for p in points] + [p["y"] for p in points] or [1e9, 1e10]
    # "±15 %" is one figure: isolated together, the sign stays beside the number in a right-to-left label
    band = _t(text, "band", percent=text.iso("±" + format_percent(TOLERANCE, locale=babel_locale(text.lang),
                                                                 numbering_system="latn")))
    return _scatter(text, points, min(values) / 1.6, max(values) * 1.6, 1 - TOLERANCE, 1 + TOLERANCE, band,
                    lambda v: text.size(v), _t(text, "title"), _t(text, "axis_measured"), _t(text, "axis_predicted"))


def speed_chart(data: SiteData, text: ChartText) -> alt.TopLevelMixin:
    """Measured (x) against predicted (y) decode speed, log-log, with the range the site states."""
    speed = (data.fit_rules or {}).get("speed") or {"low": 1, "high": 1}
    points = [{"x": obs["measured_tokens_per_s"], "y": obs["predicted_tokens_per_s"], "runtime": runtime_name(obs["runtime"]),
               "status": _t(text, "status_tested"),
               "tip": _t(text, "speed_tooltip", model=run_name(obs["model"], text.locale), runtime=runtime_name(obs["runtime"]),
                         format=plain_text(obs["format"]), device=plain_text(obs["device"]),
                         measured=text.iso(format_decimal_number(obs["measured_tokens_per_s"], text.lang)),
                         predicted=text.iso(format_decimal_number(obs["predicted_tokens_per_s"], text.lang)),
                         error=text.iso(signed_percent(obs["error"], text.lang)))}
              for obs in data.calibration_speed]
    values = [p["x"] for p in points] + [p["y"] for p in points] or [1, 10]
    # measured ÷ predicted lies in [low, high], so predicted lies in [measured ÷ high, measured ÷ low]
    # One left-to-right run: two isolated ends around '–' read "1.32–0.7" in a right-to-left label.
    span = f'{format_decimal_number(speed["low"], text.lang)}–{format_decimal_number(speed["high"], text.lang)}'
    band = _t(text, "speed_band", range=f"\u2066{span}\u2069" if text.rtl else span)
    return _scatter(text, points, min(values) / 1.6, max(values) * 1.6, 1 / speed["high"], 1 / speed["low"], band,
                    lambda v: text.iso(format_integer(v, text.lang)), _t(text, "speed_title"),
                    _t(text, "speed_axis_measured"), _t(text, "speed_axis_predicted"))


def _scatter(text: ChartText, points: list[dict], low: float, high: float, band_low: float, band_high: float,
             band_label: str, tick_label, title: str, x_title: str, y_title: str) -> alt.TopLevelMixin:
    # Number against number: left to right in RTL too (a Hebrew or Arabic reader's number line runs so, as in
    # school mathematics, review 11 he #7), unlike the mirrored name-and-bar charts; charts.css centres it.
    scale = alt.Scale(type="log", domain=[low, high])
    ticks = _ticks(low, high)
    axis = alt.Axis(values=ticks, labelExpr=_lookup({v: tick_label(v) for v in ticks}), labelFlush=False,
                    labelOverlap=False)
    # The band and the equality line as straight segments across the plot (straight on log-log axes too).
    guide = alt.Data(values=[{"x": low, "lo": low * band_low, "hi": low * band_high, "label": ""},
                             {"x": high, "lo": high * band_low, "hi": high * band_high, "label": band_label}])
    x = alt.X("x:Q", scale=scale, title=x_title, axis=axis)
    area = alt.Chart(guide).mark_area(opacity=0.14, clip=True, aria=False).encode(
        x=x, y=alt.Y("lo:Q", scale=scale, title=y_title, axis=axis), y2="hi:Q")
    line = alt.Chart(guide).mark_line(strokeDash=[4, 3], opacity=0.5, clip=True, aria=False).encode(
        x=x, y=alt.Y("x:Q", scale=scale))
    label = alt.Chart(alt.Data(values=[{"x": low * (high / low) ** 0.03, "y": high / 1.08, "label": band_label}])).mark_text(
        align="left", baseline="top", fontSize=11, opacity=0.8, aria=False).encode(
        x=alt.X("x:Q", scale=scale), y=alt.Y("y:Q", scale=scale), text="label:N")
    runtimes = [name for name, _ in RUNTIMES.values() if any(p["runtime"] == name for p in points)]
    statuses = [_t(text, "status_tested"), _t(text, "status_superseded")]
    # Runtime legend above the plot, the ring's meaning below it: side by side they pass 360 px. A left-to-right
    # plot keeps left-to-right legends: the RTL legend config (label left of its swatch) drew "llama.cpp" past
    # the drawing's left edge (test_charts_show_with_javascript_off_and_keep_their_labels[ar])
    ltr = {"labelAlign": "left", "labelOffset": 4} if text.rtl else {}
    encoding = dict(x=alt.X("x:Q", scale=scale), y=alt.Y("y:Q", scale=scale),
                    color=alt.Color("runtime:N", title=_t(text, "legend_runtime"),
                                    scale=alt.Scale(domain=runtimes, range=[c for n, c in RUNTIMES.values() if n in runtimes]),
                                    legend=alt.Legend(orient="top", direction="horizontal", **ltr)),
                    tooltip=alt.Tooltip("tip:N"), description="tip:N")
    if any(p["status"] == statuses[1] for p in points):  # the ring only when some run is superseded
        encoding["shape"] = alt.Shape("status:N", title=_t(text, "legend_status"),
                                      scale=alt.Scale(domain=statuses, range=["circle", RING]),
                                      legend=alt.Legend(orient="bottom", direction="vertical", **ltr))
    dots = alt.Chart(alt.Data(values=points)).mark_point(filled=True, size=64, opacity=0.9).encode(**encoding)
    return (area + line + label + dots).properties(title=title, width=SIZE, height=SIZE)


def _ticks(low: float, high: float) -> list[float]:
    """1, 2, 5 × each power of ten inside the domain; only the powers of ten when that is enough."""
    decades = range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
    powers = [10 ** e for e in decades if low <= 10 ** e <= high]
    if len(powers) >= 3:
        return powers
    return [m * 10 ** e for e in decades for m in (1, 2, 5) if low <= m * 10 ** e <= high]


def _lookup(labels: dict[float, str]) -> str:
    cases = " : ".join(f"datum.value == {json.dumps(v)} ? {json.dumps(t, ensure_ascii=False)}" for v, t in labels.items())
    return f"{cases} : ''" if cases else "''"


def chart_spec(name: str, data: SiteData, locale) -> dict:
    """The Vega-Lite spec of `calibration` or `calibration-speed`, with the site's chart config."""
    return chart_specs.chart_spec(name, data, locale, SPECS)


SPECS = {"calibration": memory_chart, "calibration-speed": speed_chart}


# Captions ----------------------------------------------------------------------------------------


def memory_summary(page: Page) -> str:
    t, lang, rows = page.locale.t, page.lang, page.data.calibration
    tested = [r for r in rows if not r["superseded"]]
    old = [r for r in rows if r["superseded"]]
    if not tested:
        return ""
    worst = max(tested, key=lambda r: abs(r["error"]))
    text = t("calibration_chart.summary_tested", count=format_integer(len(tested), lang),
             tolerance=format_percent(TOLERANCE, locale=babel_locale(lang), numbering_system="latn"),
             worst=signed_percent(worst["error"], lang))
    if old:
        text += " " + t("calibration_chart.summary_superseded", count=len(old), overlap=ring_overlap(rows))
    return text


def ring_overlap(rows: list[dict], reach: float = 5.0) -> str:
    """'together' when every superseded ring lies within `reach` px of the others (they show as one),
    'some' when a ring lies on another point, else 'none': on the chart's own log-log axes."""
    values = [r["measured_bytes"] for r in rows] + [r["predicted_bytes"] for r in rows]
    low, high = min(values) / 1.6, max(values) * 1.6  # the domain memory_chart draws

    def spot(row: dict) -> tuple[float, float]:
        return tuple(SIZE * math.log(row[k] / low) / math.log(high / low) for k in ("measured_bytes", "predicted_bytes"))

    def near(a: dict, b: dict) -> bool:
        return math.dist(spot(a), spot(b)) < reach

    rings = [r for r in rows if r["superseded"]]
    if len(rings) > 1 and all(near(a, b) for a in rings for b in rings):
        return "together"
    return "some" if any(near(a, b) for a in rings for b in rows if b is not a) else "none"


def speed_summary(page: Page) -> str:
    speed = (page.data.fit_rules or {}).get("speed")
    if not page.data.calibration_speed or not speed:
        return ""
    return page.locale.t("calibration_chart.speed_summary", count=format_integer(len(page.data.calibration_speed), page.lang),
                         low=format_decimal_number(speed["low"], page.lang),
                         high=format_decimal_number(speed["high"], page.lang))


# Tables ------------------------------------------------------------------------------------------


def _size(page: Page, size: int) -> str:
    return (f'<td data-sort="{size}" class="ls-num" title="{escape(format_integer(size, page.lang))} B">'
            f"<bdi>{escape(format_bytes(size, page.lang, unit_names(page.locale)))}</bdi></td>")


def _num(text: str, sort: object) -> str:
    return f'<td data-sort="{sort}" class="ls-num"><bdi dir="ltr">{escape(text)}</bdi></td>'


def _head(page: Page, keys: list[tuple[str, bool]]) -> str:
    cells = []
    for key, numeric in keys:
        cls = ' class="ls-num"' if numeric else ""
        cells.append(f'<th scope="col"{cls}>{escape(page.locale.t("calibration_chart." + key))}</th>')
    return "".join(cells)


def _wrap(caption: str, head: str, rows: list[str], table_id: str) -> str:
    return (f'<div class="ls-table-wrap" tabindex="0" role="region" aria-label="{caption}">\n'
            f'<table class="ls-table ls-sortable" id="{table_id}">\n<caption>{caption}</caption>\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>")


def _run_cell(page: Page, obs: dict) -> str:
    # "(repository not named) — superseded, not tested": a dash, not a second pair of brackets
    gap = "" if page.lang == "zh" else " "  # Chinese puts no space before its dash "——"
    status = (f'{gap}<small>{escape(page.locale.t("calibration_chart.row_superseded"))}</small>'
              if obs.get("superseded") else "")
    # every row alike: the name or repository, then "format · runtime" on the second line; a name that says its
    # format ("Mistral 7B, MLX 4-bit") leaves it to that line (review 10 th #11; review 11 he #13, th #11)
    model = plain_text(obs["model"]).replace(f', {obs["format"]}', "")
    name, fmt = run_name(model, page.locale), _bits(obs["format"], page.lang)
    code = f'<code dir="ltr">{hub(fmt)}</code> · '
    return (f'<th scope="row"><bdi><a href="{hub(obs["source"])}" rel="noopener">{escape(name)}</a></bdi>'
            f'{status}<br>{code}<bdi dir="ltr">{escape(runtime_name(obs["runtime"]))}</bdi></th>')


def memory_table(page: Page, args: list[str], options: dict) -> str:
    """Every memory observation: run (linked to its source), context, measured, predicted, error."""
    lang = page.lang
    head = _head(page, [("col_run", False), ("col_context", True), ("col_measured", True),
                        ("col_predicted", True), ("col_error", True)])
    rows = ["<tr>" + _run_cell(page, obs) + _num(format_integer(obs["context"], lang), obs["context"])
            + _size(page, obs["measured_bytes"]) + _size(page, obs["predicted_bytes"])
            + _num(signed_percent(obs["error"], lang), obs["error"]) + "</tr>" for obs in page.data.calibration]
    caption = escape(page.locale.t("calibration_chart.caption_memory", count=format_integer(len(rows), lang))
                     + " " + page.locale.t("calibration_chart.sign_convention"))
    return _wrap(caption, head, rows, "table-calibration-memory")


def speed_table(page: Page, args: list[str], options: dict) -> str:
    """Every decode-speed observation: run, device, measured and predicted tokens per second, error."""
    lang = page.lang
    head = _head(page, [("col_run", False), ("col_device", False), ("col_measured_speed", True),
                        ("col_predicted_speed", True), ("col_error", True)])
    rows = ["<tr>" + _run_cell(page, obs) + f'<td><bdi dir="ltr">{hub(obs["device"])}</bdi></td>'
            + _num(format_decimal_number(obs["measured_tokens_per_s"], lang), obs["measured_tokens_per_s"])
            + _num(format_decimal_number(obs["predicted_tokens_per_s"], lang), obs["predicted_tokens_per_s"])
            + _num(signed_percent(obs["error"], lang), obs["error"]) + "</tr>" for obs in page.data.calibration_speed]
    caption = escape(page.locale.t("calibration_chart.caption_speed", count=format_integer(len(rows), lang))
                     + " " + page.locale.t("calibration_chart.sign_convention"))
    return _wrap(caption, head, rows, "table-calibration-speed")


def worst(data: SiteData, count: int = WORST) -> list[dict]:
    """The `count` observations the rule misses most (superseded runs included), largest first."""
    return sorted(data.calibration, key=lambda obs: -abs(obs["error"]))[:count]


def _reason_values(page: Page, obs: dict) -> dict:
    """Figures a reason may cite, so it never leans on a value the page does not state: the gap between
    prediction and measurement, and MLX's fixed allowance from data/fit.yaml (review 10 zh #8)."""
    runtimes = (page.data.fit_rules or {}).get("runtimes") or {}
    fixed = (runtimes.get("mlx") or {}).get("fixed_bytes")
    units = unit_names(page.locale)
    return {"gap": format_bytes(abs(obs["predicted_bytes"] - obs["measured_bytes"]), page.lang, units),
            "mlx_fixed": format_bytes(fixed, page.lang, units) if fixed else page.locale.t("figure.unknown")}


def worst_table(page: Page, args: list[str], options: dict) -> str:
    """`<!-- ls:table calibration-worst -->`: the largest misses and why each misses."""
    lang = page.lang
    head = _head(page, [("col_run", False), ("col_context", True), ("col_error", True), ("col_reason", False)])
    rows = []
    for obs in worst(page.data):
        if obs["id"] not in REASONS:
            raise MarkerError(f"calibration observation {obs['id']!r} is among the {WORST} largest misses but "
                              "pipeline/site/calibration_chart.py REASONS gives no reason for it: add one "
                              "(and its calibration_chart.reason_* string in every locale)")
        reason = escape(page.locale.t(f"calibration_chart.{REASONS[obs['id']]}", **_reason_values(page, obs)))
        rows.append("<tr>" + _run_cell(page, obs) + _num(format_integer(obs["context"], lang), obs["context"])
                    + _num(signed_percent(obs["error"], lang), abs(obs["error"])) + f"<td>{reason}</td></tr>")
    caption = escape(page.locale.t("calibration_chart.caption_worst", count=format_integer(len(rows), lang))
                     + " " + page.locale.t("calibration_chart.sign_convention"))
    return _wrap(caption, head, rows, "table-calibration-worst")
