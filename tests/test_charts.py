"""Charts: localized static SVG per language, log-scale marks drawn, undisclosed sizes labelled,
numbers traceable to data/models.yaml, cached renders, and the built pages read with JS off."""

from __future__ import annotations

import html
import re
import shutil
import types
from pathlib import Path

import pytest
import yaml

from pipeline.site import chart_specs
from pipeline.site import charts
from pipeline.i18n.locales import load_locale
from pipeline.site.context import Page, load_site_data
from tests.conftest import LANGS, ROOT, lang_prefix, run_build

AXIS_KEYS = {  # locale keys whose text must appear in each chart's SVG
    "scale": ["explorer.scale_title", "chart.scale.axis_params", "chart.scale.legend", "chart.scale.histogram_title"],
    "classes": ["chart.classes.title", "chart.classes.axis_count", "chart.classes.axis_class"],
    "memory": ["chart.memory.title", "chart.memory.axis_bytes", "chart.memory.legend"],
    "downloads": ["chart.downloads.title", "chart.downloads.axis_params", "chart.downloads.axis_bytes"],
    "fit": ["chart.fit.title", "fit.verdict_legend"],
    "calibration": ["calibration_chart.title", "calibration_chart.axis_measured", "calibration_chart.axis_predicted",
                    "calibration_chart.legend_runtime", "calibration_chart.legend_status",
                    "calibration_chart.status_superseded"],
    "calibration-speed": ["calibration_chart.speed_title", "calibration_chart.speed_axis_measured",
                          "calibration_chart.speed_axis_predicted", "calibration_chart.legend_runtime"],
}
CHART_PAGES = {"index.html": ("scale", "classes"), "shrinking/index.html": ("memory", "downloads"),
               "will-it-run/index.html": ("fit",), "methodology/index.html": ("calibration", "calibration-speed")}


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT / "data")


@pytest.fixture(scope="module")
def models_yaml() -> dict:
    """data/models.yaml read on its own, not through the pipeline's loader."""
    return {m["id"]: m for m in yaml.safe_load((ROOT / "data" / "models.yaml").read_text(encoding="utf-8"))["models"]}


@pytest.fixture(scope="module")
def rendered(data, tmp_path_factory) -> dict:
    """Every chart block in every language, rendered once into a fresh cache."""
    cache = tmp_path_factory.mktemp("chart-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LLMSIZES_CHART_CACHE", str(cache))
        patch.delenv("LLMSIZES_NO_CHARTS", raising=False)
        return {(lang, name): charts.render_chart_block(page_for(lang, data), [name], {})
                for lang in LANGS for name in charts.CHARTS}


def page_for(lang: str, data) -> Page:
    return Page(lang=lang, locale=load_locale(lang), data=data)


def svg_of(block: str) -> str:
    return block[block.index("<svg"):block.index("</svg>") + 6]


def svg_texts(svg: str) -> list[str]:
    """Visible text of an SVG, with bidi isolates removed and entities decoded."""
    svg = re.sub(r"<title>[^<]*</title>", "", svg)  # hover tooltips are not visible text
    # a title drawn on several lines (charts.title_lines) is one <tspan> a line
    return [re.sub("[\u2066-\u2069]", "", html.unescape(t))
            for t in re.findall(r"<(?:text|tspan)\b[^>]*>([^<]*)</(?:text|tspan)>", svg)]


def marks(svg: str, role: str) -> list[str]:
    found = re.findall(rf'<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="{role}"([^>]*)>', svg)
    return [(label, re.search(r' d="([^"]*)"', rest).group(1)) for label, rest in found]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", charts.CHARTS)
def test_chart_renders_with_its_localized_title_axes_and_caption(rendered, lang, name):
    block = rendered[lang, name]
    locale = load_locale(lang)
    texts = " | ".join(svg_texts(svg_of(block)))
    for key in AXIS_KEYS[name]:
        # a long title is drawn on lines, each whole; the heatmap's bracketed part is its subtitle (review 11 pt #9)
        head, subtitle = chart_specs.title_parts(locale.t(key)) if key == "chart.fit.title" else (locale.t(key), None)
        lines = charts.title_lines(head)
        lines = [lines] if isinstance(lines, str) else lines
        if subtitle is not None:
            sub = charts.title_lines(subtitle, charts.SUBTITLE_COLUMNS)
            lines += [sub] if isinstance(sub, str) else sub
        for line in lines:
            line = re.sub("[\u2066-\u2069]", "", line).removesuffix(charts.LINE_END)  # a title line's kept space
            # (an RTL x-axis title may be drawn on two lines, chart_specs._axis_title: adjacent texts)
            assert line in texts or line in " ".join(svg_texts(svg_of(block))), \
                f"{lang}/{name}: {key} ({line!r}) missing from the SVG"
    # the box takes the page's direction: RTL charts are mirrored and open at the right (review 10 ar #5)
    assert f'<div class="ls-chart-plot" dir="{locale.dir}"' in block
    assert re.search(r"<figcaption>[^<]{40,}</figcaption>", block), "caption should summarise in words"
    assert "<details" in block and "<table" in block, "the numbers behind the chart travel with it"
    assert "<title>" in block, "hover tooltips without JavaScript"
    assert 'fill="white"' not in svg_of(block), "transparent background for dark mode"


def test_rtl_labels_are_isolated_and_use_western_digits(rendered):
    texts = svg_texts(svg_of(rendered["ar", "scale"]))
    raw = svg_of(rendered["ar", "scale"])
    assert "\u2068" in raw  # first-strong isolates keep '2.5 مليار' in reading order in the LTR plot
    assert any("مليار" in t for t in texts)
    assert not re.search("[\u0660-\u0669]", raw), "Arabic-Indic digits in the chart"


def test_log_scale_bars_and_points_are_drawn(rendered, data):
    """The Altair pitfall: log-scale bars without stack=None render with zero length."""
    bars = marks(svg_of(rendered["en", "scale"]), "bar")
    # featured models with a size, then one bar per size band that holds any tracked model
    sized = [row for row in data.models if row["params_total"] and "featured" in row["tags"]]
    assert len(bars) == len(sized) + len([c for c in data.size_classes if c["count"]])
    widths = [float(re.search(r"h(-?[\d.]+)", d).group(1)) for _, d in bars]
    assert min(widths) > 1, f"an empty bar: {min(widths)}"
    points = marks(svg_of(rendered["en", "memory"]), "point")
    featured = [row for row in data.models if "featured" in row["tags"] and row["memory_bytes"]]
    assert len(points) == 4 * len(featured)
    assert len(marks(svg_of(rendered["en", "downloads"]), "point")) >= len(featured)


def test_undisclosed_models_are_counted_never_named(rendered, data):
    # CONTENT.md: say it with the site's own count, never retell which vendors keep sizes secret
    hidden = [row for row in data.models if row.get("undisclosed")]
    assert hidden, "data/models.yaml has no undisclosed model to check"
    for lang in ("en", "ar", "zh"):
        svg = svg_of(rendered[lang, "scale"])
        texts = svg_texts(svg)
        bars = [html.unescape(label) for label, _ in marks(svg, "bar")]
        for row in hidden:
            assert row["name"] not in texts, f"{lang}: {row['name']} named on the axis"
            assert not [b for b in bars if b.strip("\u2068").startswith(row["name"] + " (")], "plotted"
        caption = load_locale(lang).t("chart.scale.summary_missing", **charts.missing_values(data))
        assert caption in html.unescape(rendered[lang, "scale"])
        assert not any(row["name"] in svg for row in hidden)  # the data table below still lists every model


def test_table_numbers_match_models_yaml(data, models_yaml):
    from pipeline.site import explorer, exports, tables

    page = page_for("en", data)
    table = tables.TABLES["models"](page, [], {})  # the explorer's first view, as the models page shows it
    rows = re.findall(r"<tr[^>]*><th scope=\"row\".*?</tr>", table, re.S)
    assert len(rows) == min(len(models_yaml), explorer.FIRST_VIEW)
    for row in rows:
        repo_id = html.unescape(re.search(r'<code dir="ltr">(.*?)</code>', row).group(1).replace("<wbr>", ""))
        expected = models_yaml[repo_id]
        params = re.search(r'<td class="ls-num"(?: title="([^"]*)")?><bdi>([^<]*)</bdi>', row)
        if expected["params_total"]:
            assert int(params.group(1).replace(",", "")) == expected["params_total"]  # exact figure on hover
            shown = re.fullmatch(r'([\d.]+)\s(million|billion|trillion)', params.group(2))
            value = float(shown.group(1)) * {"million": 1e6, "billion": 1e9, "trillion": 1e12}[shown.group(2)]
            assert abs(value - expected["params_total"]) / expected["params_total"] < 0.005
        else:
            word = "figure.undisclosed" if expected.get("undisclosed") else "figure.unknown"
            assert params.group(1) is None and params.group(2) == page.locale.t(word)
    # the downloads behind the chart, and the CSV, carry the same bytes
    downloads = tables.downloads_table(page, [], {})
    shown_bytes = {int(b) for b in re.findall(r'<td data-sort="(\d+)" class="ls-num" title=', downloads)}
    from pipeline.site import explorer

    for row in explorer.chart_rows(data):  # the table shows the first view's models, as the chart does
        for option in row["downloads"] if row["params_total"] else []:
            assert option["bytes"] in shown_bytes
    csv_rows = exports.export_rows(data)
    assert {r["id"]: r["params_total"] for r in csv_rows} == {k: v["params_total"] for k, v in models_yaml.items()}


def test_an_unchanged_rebuild_renders_no_chart(data, tmp_path, monkeypatch):
    monkeypatch.setenv("LLMSIZES_CHART_CACHE", str(tmp_path))
    before = charts.stats.rendered
    for lang in ("en", "he"):
        for name in charts.CHARTS:
            charts.render_chart_block(page_for(lang, data), [name], {})
    assert charts.stats.rendered - before == 2 * len(charts.CHARTS)
    fresh = load_site_data(ROOT / "data")  # a new build loads data/ again: same specs, same SVGs
    for lang in ("en", "he"):
        for name in charts.CHARTS:
            charts.render_chart_block(page_for(lang, fresh), [name], {})
    assert charts.stats.rendered - before == 2 * len(charts.CHARTS), "a chart with an unchanged spec was rendered again"
    changed = page_for("en", fresh)
    changed.locale.strings["chart.memory.title"] = "Changed title"
    assert "Changed title" in charts.render_chart_block(changed, ["memory"], {})
    assert charts.stats.rendered - before == 2 * len(charts.CHARTS) + 1


def test_a_changed_unit_formatter_renders_the_chart_again(data, tmp_path, monkeypatch):
    """The cache is keyed on the spec, so a change in how bytes are worded (i18n layer) shows up."""
    monkeypatch.setenv("LLMSIZES_CHART_CACHE", str(tmp_path))
    before = charts.stats.rendered
    first = charts.render_chart_block(page_for("en", data), ["memory"], {})
    again = charts.render_chart_block(page_for("en", data), ["memory"], {})
    assert first == again and charts.stats.rendered - before == 1
    monkeypatch.setattr(chart_specs, "unit_names", lambda locale: {u: u + "ytes" for u in ("kB", "MB", "GB", "TB")})
    changed = charts.render_chart_block(page_for("en", data), ["memory"], {})
    assert charts.stats.rendered - before == 2, "a warm build served the SVG made with the old unit names"
    assert "GBytes" in changed and "GBytes" not in first


def test_no_charts_switch_renders_nothing(data, monkeypatch):
    monkeypatch.setenv("LLMSIZES_NO_CHARTS", "1")
    assert charts.render_chart_block(page_for("en", data), ["scale"], {}) == ""


@pytest.mark.build
def test_a_second_mkdocs_build_renders_no_chart(repo_copy, tmp_path):
    env = {"LLMSIZES_ONLY_LANG": "zh", "LLMSIZES_CHART_CACHE": str(tmp_path / "cache")}
    first = run_build(tmp_path / "one", env, cwd=repo_copy)
    assert first.returncode == 0, first.stderr[-3000:]
    assert (first.stdout + first.stderr).count("rendered in") == 2 * len(charts.CHARTS)  # en + zh, every chart each
    second = run_build(tmp_path / "two", env, cwd=repo_copy)
    assert second.returncode == 0
    assert "rendered in" not in second.stdout + second.stderr


# In Chromium, on the built site --------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_charts_show_with_javascript_off_and_keep_their_labels(browser, site_url, lang):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        for path, names in CHART_PAGES.items():
            page.goto(site_url + lang_prefix(lang) + path.replace("index.html", ""))
            for name in names:
                svg = page.locator(f"#chart-{name} .ls-chart-plot svg")
                svg.scroll_into_view_if_needed()
                assert svg.is_visible(), f"{lang}/{path}: chart {name} not visible"
                box = svg.bounding_box()
                # the calibration charts are drawn to fit a 360 px phone's column (about 270–310 px)
                assert box["width"] > (250 if name.startswith("calibration") else 300) and box["height"] > 150
                # every label lies inside the drawing: nothing clipped by the page direction
                outside = page.evaluate("""(name) => {
                    const svg = document.querySelector(`#chart-${name} .ls-chart-plot svg`);
                    const s = svg.getBoundingClientRect();
                    return [...svg.querySelectorAll('text')].filter(t => {
                        const r = t.getBoundingClientRect();
                        return r.width > 0 && (r.left < s.left - 1 || r.right > s.right + 1);
                    }).map(t => t.textContent);
                }""", name)
                assert not outside, f"{lang}/{name}: labels outside the chart: {outside[:3]}"
    finally:
        context.close()


@pytest.mark.browser
def test_pages_without_a_chart_load_no_vega(page, site_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("models/", "translations/", "ar/models/"):  # methodology has the calibration charts
        requested.clear()
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        assert page.locator("figure.ls-chart").count() == 0
        assert requested and not [u for u in requested if "vega" in u.lower()], requested
        assert not page.locator("script[src*='vega']").count()


def test_a_font_installed_after_a_chart_was_cached_renders_it_again(data, tmp_path, monkeypatch):
    """vl-convert measures labels with the fonts it finds: an SVG cached before `apt-get install
    fonts-noto-core` drew a device name past the chart's edge once the fonts were there."""
    monkeypatch.setenv("LLMSIZES_CHART_CACHE", str(tmp_path / "cache"))
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    monkeypatch.setattr(charts, "FONT_DIRS", (str(fonts),))
    charts.fonts_fingerprint.cache_clear()
    try:
        before = charts.stats.rendered
        charts.render_chart_block(page_for("en", data), ["fit"], {})
        charts.render_chart_block(page_for("en", data), ["fit"], {})
        assert charts.stats.rendered - before == 1
        (fonts / "NotoSans-Regular.ttf").write_bytes(b"a font file")  # a new build process sees it
        charts.fonts_fingerprint.cache_clear()
        charts.render_chart_block(page_for("en", data), ["fit"], {})
        assert charts.stats.rendered - before == 2, "a chart laid out without the new font was served"
    finally:
        charts.fonts_fingerprint.cache_clear()


def test_the_caption_counts_every_model_left_off_the_chart(data):
    """Undisclosed and not-yet-known sizes are both off the axis: the caption counts both kinds."""
    off = [r for r in data.models if not r["params_total"]]
    values = charts.missing_values(data)
    assert values["total"] == len(off) == len(data.models) - len([r for r in data.models if r["params_total"]])
    assert values["undisclosed"] + values["unknown"] == values["total"]
    en = load_locale("en")
    assert en.t("chart.scale.summary_missing", case="both", total=11, undisclosed=2, unknown=9) == (
        "11 tracked models are not in the chart: 2 whose developers never disclosed a size and 9 whose size "
        "is not known yet.")
    for lang in LANGS:  # every case and count reads as a sentence, with no variable left unfilled
        locale = load_locale(lang)
        for case, undisclosed, unknown in (("both", 1, 1), ("both", 2, 9), ("both", 5, 20), ("undisclosed", 1, 0),
                                           ("undisclosed", 2, 0), ("unknown", 0, 3), ("unknown", 0, 11)):
            text = locale.t("chart.scale.summary_missing", case=case, total=undisclosed + unknown,
                            undisclosed=undisclosed, unknown=unknown)
            assert "{" not in text and "$" not in text and len(text) > 20, (lang, case, text)
    kept = [r for r in data.models if r["params_total"]]
    assert charts.missing_values(types.SimpleNamespace(models=kept)) is None


def test_the_two_home_charts_have_different_titles_and_the_histogram_every_count_tick(data):
    for lang in LANGS:
        locale = load_locale(lang)
        assert locale.t("chart.scale.histogram_title") != locale.t("chart.classes.title")
    spec = chart_specs.chart_spec("scale", data, load_locale("en"))
    layers = spec["vconcat"][1]["layer"]
    axes = [layer["encoding"]["y"].get("axis") for layer in layers]
    assert all(axis and axis["values"] == axes[0]["values"] for axis in axes), "one y axis for bars and labels"
    assert axes[0]["values"][:3] == [0, 10, 20]


def test_bar_labels_separate_the_count_from_the_names(data):
    """'24 · DistilBERT base uncased, GPT-2, Whisper tiny', never the names run together."""
    def labels(lang):
        spec = chart_specs.chart_spec("classes", data, load_locale(lang))
        return [row["value"] for row in spec["data"]["values"]] if "data" in spec else [
            row["value"] for layer in spec["layer"] for row in layer.get("data", {}).get("values", [])]
    en = labels("en")
    first = data.size_classes[0]
    assert f"{first['count']} · {', '.join(first['examples'])}" in en
    for lang in ("th", "pt", "he", "zh"):
        assert all(" · " in value for value in labels(lang) if not value.isdigit())
    assert all(", " in value for value in labels("th") if value.count(" · ") == 1 and len(value) > 30)


def test_memory_chart_device_lines_are_the_devices_usable_memory(data):
    """'Phone, 8 GiB: 4.29 GB usable': a device named as sold (GiB), drawn at what it leaves a model."""
    from pipeline.site import fit_view

    text = chart_specs.ChartText(load_locale("en"))
    lines = chart_specs.memory_devices(data, text)
    assert [line["bytes"] for line in lines] == [fit_view.usable_bytes(data.device(d)) for d in chart_specs.MEMORY_DEVICES]
    assert lines[0]["name"] == "Phone, 8\u00a0GiB: 4.29\u00a0GB usable"
    assert all("GiB" in line["name"] for line in lines)


def test_precision_table_keeps_three_digits_and_puts_the_estimate_sign_first(data):
    from pipeline.site import tables

    table = tables.precision_table(page_for("en", data), ["google/gemma-2b"], {})
    assert "\u00a010.0\u00a0GB<" in table and "\u00a05.01\u00a0GB<" in table
    assert re.search(r"≈</abbr>\u00a0[\d.]+\u00a0GB", table) and not re.search(r"GB <abbr", table)


def test_a_16_bit_size_from_the_parameter_count_carries_the_estimate_sign_on_every_page(data):
    """Th review 10 #8: shrinking's prose and table said 16.1 GB bare, home, the model page and the models
    table ≈ 16.1 GB; the methodology's rule marks a size from the parameter count with ≈ everywhere."""
    from pipeline.site import model_fit, tables
    from pipeline.site.render import render_markers

    for lang in ("th", "en", "he"):
        page = page_for(lang, data)
        prose = re.sub(r"<[^>]+>", "", render_markers("<!-- ls:memory meta-llama/Llama-3.1-8B fp16 -->", page))
        assert prose.startswith("≈\u00a016.1\u00a0GB"), (lang, prose)
        table = tables.precision_table(page, ["meta-llama/Llama-3.1-8B-Instruct"], {})
        for row in ("fp32", "fp16"):
            cell = re.search(rf'<bdi dir="ltr">{row}</bdi></th><td[^>]*>.*?</td><td[^>]*>(.*?)</td>', table).group(1)
            assert re.match(r'(<bdi>)?<abbr class="ls-est"', cell), (lang, row, cell)
    instruct = data.model("meta-llama/Llama-3.1-8B-Instruct")
    assert [m["estimated"] for m in model_fit.weight_rows(instruct) if m["precision"] == "fp16"] == [1]  # its page


def test_the_downloads_chart_plots_every_recorded_file_and_its_caption_counts_the_points(rendered, data):
    """Review 3: the caption said 47 files while ~10 were drawn, and files the prose cites were missing."""
    options = chart_specs.download_options(data)
    files = [(r["id"], o["bytes"]) for r, o in options if o["format"] != "estimate"]
    assert sorted(files) == sorted((r["id"], o["bytes"]) for r in data.models if r["params_total"] for o in r["downloads"])
    svg = svg_of(rendered["en", "downloads"])
    assert len(marks(svg, "point")) == len(options)
    estimated = len(options) - len(files)
    models = len({rid for rid, _ in files})
    caption = load_locale("en").t("chart.downloads.summary", files=len(files), models=models, estimated=estimated)
    assert caption in html.unescape(rendered["en", "downloads"])
    mistral = data.model("mistralai/Mistral-7B-Instruct-v0.1")
    for option in mistral["downloads"]:  # the Q6_K and Q4_K_S files the shrinking page cites
        assert ("mistralai/Mistral-7B-Instruct-v0.1", option["bytes"]) in files
    from pipeline.site import tables
    table = tables.downloads_table(page_for("en", data), [], {})
    assert table.count("<tr") - 1 == len(options)  # the table holds the chart's points, one row each


@pytest.mark.parametrize("lang", ["en", "he", "ar", "th", "zh", "pt"])
def test_every_download_point_has_its_formats_colour_in_every_language(rendered, lang):
    """Review 5 (he): in he/ar 140 of 172 points were drawn with no fill and no stroke, because the points'
    format values were isolated (U+2068…U+2069) and the colour scale's domain was not."""
    svg = svg_of(rendered[lang, "downloads"])
    points = re.findall(r'<path aria-label="[^"]*" role="graphics-symbol" aria-roledescription="point"([^>]*)>', svg)
    assert points
    blank = [rest for rest in points if ' fill="' not in rest and ' stroke="' not in rest]
    assert not blank, f"{len(blank)} of {len(points)} points have no colour"


def test_a_wrapped_title_is_balanced_and_the_heatmap_bracket_is_a_subtitle(data):
    """review 11 he #8: "…בכל רמת / דיוק" left one word on a line; pt #9: the heatmap title took five lines."""
    for title in ("הזיכרון הדרוש למשקלים בכל רמת דיוק", "פרמטרים וגודל הורדה, לפי פורמט קובץ"):
        lines = [line.removesuffix(charts.LINE_END) for line in charts.title_lines(title)]
        assert len(lines) == 2 and all(" " in line for line in lines), lines
        assert " ".join(lines) == title
    for lang in LANGS:
        title = chart_specs.chart_spec("fit", data, load_locale(lang))["title"]
        assert title["subtitle"] and not re.search("[()（）]", f"{title['text']}{title['subtitle']}"), (lang, title)


def test_rtl_legends_put_the_swatch_right_of_its_label_and_start_at_the_right(data):
    """review 11 he #6: "● fp32 ■ fp16 ◆ int8 ▲ int4" read backwards in RTL."""
    for lang, rtl in (("he", True), ("ar", True), ("en", False)):
        spec = chart_specs.chart_spec("memory", data, load_locale(lang))
        legend = spec["config"]["legend"]
        assert (legend.get("labelAlign") == "right" and legend["labelOffset"] < 0) == rtl, (lang, legend)
        domain = next(layer["encoding"]["color"]["scale"]["domain"] for layer in spec["layer"]
                      if "color" in layer.get("encoding", {}))
        assert domain == (["int4", "int8", "fp16", "fp32"] if rtl else ["fp32", "fp16", "int8", "int4"]), (lang, domain)


@pytest.mark.parametrize("lang", ["en", "he"])
def test_the_heatmap_legend_names_only_the_verdicts_its_cells_show(data, lang):
    """Review 11, he #9: the legend listed "longer than the model's context", which no cell can show now that each
    model is judged at 4,096 tokens or its own shorter limit."""
    text = chart_specs.ChartText(load_locale(lang))
    spec = chart_specs.fit_chart(data, text).to_dict()
    layer = spec["layer"][0]
    cells = spec["data"]["values"]
    scale = layer["encoding"]["color"]["scale"]
    assert sorted(scale["domain"]) == sorted({c["verdict"] for c in cells if "verdict" in c})
    assert text.label(text.locale.t("fit.verdict.too-long")) not in scale["domain"]
    colours = dict(zip(scale["domain"], scale["range"]))
    assert colours[text.label(text.locale.t("fit.verdict.fits"))] == chart_specs.VERDICT_COLOURS["fits"]
