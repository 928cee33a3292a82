"""Charts stage: chart specs rendered to static SVG at build time (vl-convert, cached), in a <figure>."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from unicodedata import category, combining, east_asian_width

from pipeline.errors import MarkerError
from pipeline.fileio.atomic import write_atomic
from pipeline.i18n.formatting import format_integer
from pipeline.i18n.ftl import read_catalog
from pipeline.site import calibration_chart, chart_specs, tables
from pipeline.site.chart_specs import FONT, ChartText, chart_spec, download_options
from pipeline.site.html import plain_text

CHARTS = ("scale", "classes", "memory", "downloads", "fit", "calibration", "calibration-speed")
# Charts whose strings live in their own locale section (added after chart.*), not chart.NAME.*
TITLE_KEYS = {"calibration": "calibration_chart.title", "calibration-speed": "calibration_chart.speed_title"}
ROOT = Path(__file__).resolve().parents[2]
VEGA_LITE = "6.4"
TIDY_VERSION = 3  # bump when _tidy_svg changes what it writes: cached SVGs are then rendered again  # the Vega-Lite release bundled in vl-convert that matches Altair 6 specs
log = logging.getLogger("mkdocs.plugins.llmsizes")


@dataclass
class RenderStats:
    """How many charts this process rendered with vl-convert and how many came from the cache."""

    rendered: int = 0
    cached: int = 0


stats = RenderStats()


def render_chart_block(page, args: list[str], options: dict) -> str:
    """The HTML of `<!-- ls:chart NAME -->`: figure, inline SVG, caption and the numbers as a table."""
    name = args[0] if args else ""
    if name not in CHARTS:
        raise MarkerError(f"unknown chart {name!r} (known: {', '.join(CHARTS)})")
    if os.environ.get("LLMSIZES_NO_CHARTS") == "1":  # benchmark baseline: chart markers render nothing
        return ""
    svg = chart_svg(name, page)
    title = page.locale.t(TITLE_KEYS.get(name, f"chart.{name}.title"))
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(title)}" ', 1)
    # Vega names the title mark in English ("Title text '…'"); the title alone is in the page's language.
    svg = re.sub(r'aria-label="Title text \'([^"]*)\'"', r'aria-label="\1"', svg)
    summary = escape(chart_summary(name, page))
    table = tables.CHART_TABLES[name](page, [], {})
    hint = escape(page.locale.t("web.chart_scroll_hint"))
    return (
        # lang/dir: the chart is in the page's language even inside an English fallback wrapper.
        # The numbers (<details>) follow the <figure>: a figcaption must be a figure's first or
        # last child (Nu Html Checker).
        f'<div class="ls-chart-block" id="chart-{name}" data-chart="{name}" lang="{page.lang}" dir="{page.locale.dir}">\n'
        f'<figure class="ls-chart">\n'
        # The box's direction is the page's: a right-to-left page draws its charts mirrored
        # (chart_specs._x_scale), and its box opens at the right edge, where they start (review 10 ar #5).
        f'<div class="ls-chart-plot" dir="{page.locale.dir}" tabindex="0" data-search-exclude>{svg}</div>\n'
        # Shown on narrow screens only (charts.css), where the plot scrolls sideways.
        f'<p class="ls-chart-hint" aria-hidden="true" data-search-exclude>{hint}</p>\n'
        f"<figcaption>{summary}</figcaption>\n</figure>\n"
        f'<details class="ls-chart-data" data-search-exclude><summary>{escape(page.locale.t("chart.show_numbers"))}</summary>\n'
        f"{table}\n</details>\n</div>"
    )


def chart_svg(name: str, page) -> str:
    """The SVG of one chart in one page's language, from .cache/charts/ when the same spec (and
    vl-convert version) was rendered before, so any change that alters a chart — data, strings,
    number formatting, code — renders it again. The spec itself is skipped when the same inputs
    (chart_inputs) already led to a cached SVG: at 5,000 models building it was most of a warm chart's cost."""
    inputs = chart_inputs(name, page)
    known = cache_dir() / "inputs" / f"{inputs}.json" if inputs else None
    if known is not None and known.exists():
        entry = json.loads(known.read_text(encoding="utf-8"))
        svg_path = cache_dir() / f"{entry['svg']}.svg"
        if svg_path.exists():
            stats.cached += 1
            page.locale.missing.update(entry["missing"])  # as building the spec would have recorded
            return svg_path.read_text(encoding="utf-8")
    build = calibration_chart.chart_spec if name in calibration_chart.SPECS else chart_spec
    missing_before = set(page.locale.missing)
    spec = wrap_titles(build(name, page.data, page.locale))
    key, svg = svg_for(spec, label=f"{page.lang}/{name}")
    if known is not None:
        write_atomic(known, json.dumps({"svg": key, "missing": sorted(page.locale.missing - missing_before)}))
    return svg


# A chart title longer than this many columns (a CJK character counts 2) is drawn on several lines:
# the plot is 480 px wide on a phone, which shows 328 px of it, and a title on one line was cut
# (the will-it-run heatmap's, 390 px in Arabic, lost its start in RTL: review 8 ar #1).
TITLE_COLUMNS = 32
SUBTITLE_COLUMNS = 40  # 12 px against the title's 15 px (chart_specs._config)
ISOLATES = "\u2066\u2067\u2068"


def wrap_titles(spec: dict) -> dict:
    """The spec with each view's title (not axis or legend titles) split into lines of TITLE_COLUMNS."""
    for key, value in spec.items():
        if key == "title" and isinstance(value, str):
            spec[key] = title_lines(value)
        elif key == "title" and isinstance(value, dict) and isinstance(value.get("text"), str):
            value["text"] = title_lines(value["text"])
            if isinstance(value.get("subtitle"), str):  # drawn smaller (SUBTITLE_FONT): more columns a line
                value["subtitle"] = title_lines(value["subtitle"], SUBTITLE_COLUMNS)
        elif key in ("layer", "vconcat", "hconcat", "concat"):
            for view in value:
                wrap_titles(view)
    return spec


def _columns(text: str) -> int:
    # Thai vowel and tone marks (and any combining mark) sit on their letter: no column of their own
    return sum(0 if c in ISOLATES + "\u2069\u2060" or combining(c) or category(c) == "Mn"
               else 2 if east_asian_width(c) in "WF" else 1 for c in text)


# Where a line broke at a space, the line keeps it as a no-break space (Vega trims each line's
# spaces; the word joiner after it stops the trim), so copied text reads "อุปกรณ์ (ค่า…", not "อุปกรณ์(ค่า…".
LINE_END = "\u00a0\u2060"


def title_lines(title: str, columns: int = TITLE_COLUMNS) -> str | list[str]:
    """`title` as one string when short, else balanced lines broken at spaces, before an opening bracket or
    after a CJK comma, never between a figure and the word after it ("4,096 โทเค็น"); in RTL (an isolated
    title, ChartText.label) each line is isolated on its own."""
    outer = title[0] if title[:1] in ISOLATES and title.endswith("\u2069") else ""
    body = title[1:-1] if outer else title
    if _columns(body) <= columns:
        return title
    lines, spaced = _greedy_lines(body, columns)
    # Balanced: the narrowest width that still needs no more lines, so no word is left alone on the
    # last line ("…בכל רמת / דיוק" at 1280 px, review 11 he #8)
    for width in range(max(1, _columns(body) // len(lines)), columns):
        narrower = _greedy_lines(body, width)
        if len(narrower[0]) <= len(lines):
            lines, spaced = narrower
            break
    lines = [line + LINE_END if space and index < len(lines) - 1 else line
             for index, (line, space) in enumerate(zip(lines, spaced))]
    return [f"{outer}{line}\u2069" if outer else line for line in lines]


def _greedy_lines(body: str, columns: int) -> tuple[list[str], list[bool]]:
    """`body` filled into lines of at most `columns` (a longer word on its own), and whether each break was a space."""
    lines: list[str] = []
    spaced: list[bool] = []  # whether the break after each line was a space
    for segment in re.split(r"(?<= )(?=[（(])|(?=（)", body):  # a bracketed part starts a line of its own
        start = len(lines)
        # a figure keeps the word after it (a space after a digit, an isolate's end or a "~" is not a break)
        for piece in (p for p in re.split(r"(?<=[，；、])|(?<![\d\u2069~]) ", segment.strip(" ")) if p):
            joint = "" if lines[-1:] and lines[-1][-1:] in "，；、" else " "
            if len(lines) > start and _columns(lines[-1] + joint + piece) <= columns:
                lines[-1] += joint + piece
            else:
                if len(lines) > start:  # inside a segment the break is a space unless after a CJK comma
                    spaced[-1] = joint == " "
                lines.append(piece)
                spaced.append(False)
        if segment.endswith(" ") and spaced:
            spaced[-1] = True
    return lines, spaced


def chart_inputs(name: str, page) -> str | None:
    """A hash of everything a chart's spec is made from: the chart, the data/ files' contents, the
    language's and English's catalogs, strict mode, the LLMSIZES_* settings, the pipeline's source
    code and the versions of the libraries that write the spec; None when the data or the catalogs
    were not read from files (tests), so the spec is built."""
    data_hash, locale = getattr(page.data, "content_hash", None), page.locale
    files = getattr(locale, "files", ())
    if not data_hash or len(files) != 2 or not all(files):
        return None
    # messages changed in memory after loading (tests do) are not the files' any more
    if locale.strings != read_catalog(files[0]) or locale.reference != read_catalog(files[1]):
        return None
    settings = sorted((k, v) for k, v in os.environ.items() if k.startswith("LLMSIZES_") and k != "LLMSIZES_CHART_CACHE")
    parts = [name, page.lang, data_hash, str(locale.strict), json.dumps(settings), _code_hash(), _bindings(),
             renderer_key(), *(_file_hash(str(path)) for path in files)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _bindings() -> str:
    """The function each global name of the spec modules is bound to, so one replaced at run time (a
    test's monkeypatch of a formatter) changes the key as an edit of the source file would."""
    return "|".join(f"{name}={getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
                    for module in (chart_specs, calibration_chart) for name, value in sorted(vars(module).items())
                    if callable(value))


@lru_cache(maxsize=None)
def _file_hash(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def _code_hash() -> str:
    """The pipeline's Python source and the versions of the libraries a spec goes through."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    for package in ("altair", "babel", "fluent.runtime", "fluent.syntax", "vl-convert-python"):
        digest.update(f"{package}={version(package)}".encode())
    return digest.hexdigest()


def cache_dir() -> Path:
    return Path(os.environ.get("LLMSIZES_CHART_CACHE") or ROOT / ".cache" / "charts")


# Where vl-convert (fontdb) finds system fonts. It lays labels out with the fonts it finds, so an SVG
# rendered before the Noto fonts were installed has label widths that no longer fit: measured, a
# device name 2 px past the left edge of the fit chart. The font files are part of the cache key.
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/Library/Fonts", "/System/Library/Fonts", "~/Library/Fonts", "C:/Windows/Fonts")


@lru_cache(maxsize=1)
def fonts_fingerprint() -> str:
    """A hash of the font files vl-convert can see (path, size, modification time)."""
    entries = []
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc", ".otc") and path.is_file():
                stat = path.stat()
                entries.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()[:16]


def renderer_key() -> str:
    """What turns a spec into the cached SVG: vl-convert and its Vega-Lite, _tidy_svg, the fonts."""
    import vl_convert

    return f"{vl_convert.__version__}|{VEGA_LITE}|{TIDY_VERSION}|{fonts_fingerprint()}"


def svg_for(spec: dict, label: str = "chart") -> tuple[str, str]:
    """(cache key, SVG) of a Vega-Lite spec; from .cache/charts/ when the same spec was rendered before."""
    import vl_convert

    text = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    key = hashlib.sha256(f"{renderer_key()}|{text}".encode()).hexdigest()
    path = cache_dir() / f"{key}.svg"
    if path.exists():
        stats.cached += 1
        return key, path.read_text(encoding="utf-8")
    started = time.perf_counter()
    # allowed_base_urls=[]: every dataset is inline; vl-convert must never reach the network.
    svg = _tidy_svg(vl_convert.vegalite_to_svg(text, vl_version=VEGA_LITE, allowed_base_urls=[]))
    stats.rendered += 1
    log.info("chart %s rendered in %.2fs (cache: %s)", label, time.perf_counter() - started, key[:12])
    write_atomic(path, svg)
    return key, svg


def _tidy_svg(svg: str) -> str:
    """Smaller, accessible SVG: one font declaration, rounded coordinates, <title> tooltips."""
    font = escape(FONT, quote=True)
    svg = svg.replace(f' font-family="{font}"', "")
    svg = re.sub(r'<rect width="[\d.]+" height="[\d.]+" fill="(?:white|none|transparent)"/>', "", svg, count=1)
    svg = svg.replace("<svg ", f'<svg font-family="{font}" ', 1)
    # Empty group backgrounds and hidden foregrounds Vega adds for interaction; nothing to see.
    svg = re.sub(r'<path class="(?:background|foreground)" aria-hidden="true" d="(?:M0,0h0v0h0Z)?"'
                 r'(?: pointer-events="none")?(?: display="none")?(?: opacity="1")?/>', "", svg)
    svg = svg.replace(' pointer-events="none"', "")
    svg = re.sub(r'(\s(?:d|transform|x|y|x1|y1|x2|y2|width|height)=")([^"]*)"',
                 lambda m: m.group(1) + re.sub(r"(\d+\.\d)\d+", r"\1", m.group(2)) + '"', svg)
    # Vega writes each mark's `description` as aria-label; a <title> child makes it a hover tooltip
    # with no JavaScript. The attribute value is already XML-escaped, so it is valid text content.
    return re.sub(r'<(path|text|line|rect)( aria-label="([^"]*)" role="graphics-symbol"[^>]*?)(/>|>)',
                  lambda m: (f"<{m.group(1)}{m.group(2)}><title>{m.group(3)}</title>"
                             + ("</" + m.group(1) + ">" if m.group(4) == "/>" else "")),
                  svg)


# Captions: each chart summarised in words --------------------------------------------------------


def chart_summary(name: str, page) -> str:
    return SUMMARIES[name](page)


def _scale_summary(page) -> str:
    text = ChartText(page.locale)
    known = [r for r in page.data.models if r["params_total"]]
    smallest, largest = known[0], max(known, key=lambda r: r["params_total"])
    summary = page.locale.t("chart.scale.summary", count=format_count(len(known), page),
                            smallest_name=plain_text(smallest["name"]), smallest=text.params(smallest["params_total"]),
                            largest_name=plain_text(largest["name"]), largest=text.params(largest["params_total"]))
    missing = missing_values(page.data)
    return summary + " " + page.locale.t("chart.scale.summary_missing", **missing) if missing else summary


def missing_values(data) -> dict | None:
    """The variables of chart.scale.summary_missing: every tracked model without a size is counted,
    those whose developer never disclosed one apart from those not known yet; None when none is off.
    Counted, never named: which vendors keep a size secret is the data's, not a retold example."""
    off = [r for r in data.models if not r["params_total"]]
    undisclosed = sum(1 for r in off if r.get("undisclosed"))
    unknown = len(off) - undisclosed
    if not off:
        return None
    case = "both" if undisclosed and unknown else "undisclosed" if undisclosed else "unknown"
    return {"case": case, "total": len(off), "undisclosed": undisclosed, "unknown": unknown}


def _classes_summary(page) -> str:
    classes = page.data.size_classes
    top = max(classes, key=lambda c: c["count"])
    return page.locale.t("chart.classes.summary", size_class=page.locale.t(f"size_class.{top['id']}"),
                         count=format_count(top["count"], page),
                         total=format_count(sum(c["count"] for c in classes), page))


def _memory_summary(page) -> str:
    text = ChartText(page.locale)
    featured = [r for r in page.data.models if "featured" in r["tags"] and r["memory_bytes"]]
    if not featured:
        return ""
    example = featured[len(featured) // 2]
    memory = example["memory_bytes"]
    return page.locale.t("chart.memory.summary", name=plain_text(example["name"]),
                         count=format_count(len(featured), page),
                         **{p: text.size(memory[p]) for p in ("fp32", "fp16", "int8", "int4")})


def _downloads_summary(page) -> str:
    """Counted from the points the chart draws (chart_specs.download_options), never from all rows."""
    options = download_options(page.data)
    files = [o for _, o in options if o["format"] != "estimate"]
    models = len({r["id"] for r, o in options if o["format"] != "estimate"})
    estimated = len([o for _, o in options if o["format"] == "estimate"])
    return page.locale.t("chart.downloads.summary", files=len(files), models=models, estimated=estimated)


def format_count(value: int, page) -> str:
    return format_integer(value, page.lang)


def _fit_summary(page) -> str:
    from pipeline.site import fit_view

    return fit_view.chart_summary(page)


SUMMARIES = {"scale": _scale_summary, "classes": _classes_summary, "memory": _memory_summary,
             "downloads": _downloads_summary, "fit": _fit_summary, "calibration": calibration_chart.memory_summary,
             "calibration-speed": calibration_chart.speed_summary}
