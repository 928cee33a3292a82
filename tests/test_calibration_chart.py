"""The methodology page's calibration charts: every observation of data/calibration.yaml plotted once,
the ±15 % band and the superseded runs drawn apart, the worst five with a reason in every language."""

from __future__ import annotations

import re

import pytest
import yaml

from pipeline.errors import MarkerError
from pipeline.i18n.locales import load_locale
from pipeline.site import calibration_chart, charts
from pipeline.site.context import Page, load_site_data
from tests.conftest import LANGS, ROOT


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT / "data")


def page(lang: str, data) -> Page:
    return Page(lang=lang, locale=load_locale(lang), data=data)


def layers(spec: dict) -> list[dict]:
    """The spec's layers, each with its inline values under data.values (Altair may hoist them)."""
    out = []
    for layer in spec["layer"]:
        data = layer.get("data") or spec.get("data") or {}
        if "name" in data:
            data = {"values": spec["datasets"][data["name"]]}
        out.append({**layer, "data": data})
    return out


def test_every_memory_observation_is_one_point_with_its_measured_and_predicted_bytes(data):
    measured = yaml.safe_load((ROOT / "data" / "calibration.yaml").read_text(encoding="utf-8"))["memory"]
    spec = calibration_chart.chart_spec("calibration", data, load_locale("en"))
    points = layers(spec)[-1]["data"]["values"]
    assert len(points) == len(measured)
    by_measured = {p["x"]: p["y"] for p in points}
    for obs in data.calibration:
        assert by_measured[obs["measured_bytes"]] == obs["predicted_bytes"]


def test_the_band_is_the_tests_tolerance_and_superseded_runs_are_rings(data):
    spec = calibration_chart.chart_spec("calibration", data, load_locale("en"))
    band = layers(spec)[0]["data"]["values"]
    for edge in band:
        assert edge["lo"] == pytest.approx(edge["x"] * 0.85) and edge["hi"] == pytest.approx(edge["x"] * 1.15)
    dots = layers(spec)[-1]
    superseded = [p for p in dots["data"]["values"] if p["status"] == "superseded, not tested"]
    assert len(superseded) == sum(1 for obs in data.calibration if obs["superseded"]) > 0
    assert dots["encoding"]["shape"]["scale"]["range"][1].startswith("M"), "superseded runs drawn as a ring path"


def test_the_speed_band_is_the_range_the_site_states(data):
    spec = calibration_chart.chart_spec("calibration-speed", data, load_locale("en"))
    rule = data.fit_rules["speed"]
    for edge in layers(spec)[0]["data"]["values"]:
        assert edge["lo"] == pytest.approx(edge["x"] / rule["high"]) and edge["hi"] == pytest.approx(edge["x"] / rule["low"])
    assert len(layers(spec)[-1]["data"]["values"]) == len(data.calibration_speed) >= 8


@pytest.mark.parametrize("lang", LANGS)
def test_the_worst_five_table_gives_a_reason_for_each_in_every_language(data, lang):
    html = calibration_chart.worst_table(page(lang, data), [], {})
    rows = re.findall(r"<tr><th scope=\"row\">.*?</tr>", html)
    assert len(rows) == 5
    worst = calibration_chart.worst(data)
    assert [abs(obs["error"]) for obs in worst] == sorted((abs(obs["error"]) for obs in data.calibration), reverse=True)[:5]
    for row in rows:
        reason = re.findall(r"<td>([^<]+)</td></tr>$", row)
        assert reason and len(reason[0]) > 30, f"{lang}: a worst-five row without its reason: {row[:120]}"


def test_a_worst_observation_without_a_reason_stops_the_build(data, monkeypatch):
    monkeypatch.setattr(calibration_chart, "REASONS", {})
    with pytest.raises(MarkerError, match="gives no reason"):
        calibration_chart.worst_table(page("en", data), [], {})


@pytest.mark.parametrize("lang", LANGS)
def test_the_chart_fits_a_phone_and_its_caption_names_the_tolerance(data, lang, tmp_path, monkeypatch):
    monkeypatch.setenv("LLMSIZES_CHART_CACHE", str(tmp_path))
    monkeypatch.delenv("LLMSIZES_NO_CHARTS", raising=False)
    for name in ("calibration", "calibration-speed"):  # a 360 px phone's column is about 328 px
        svg = charts.render_chart_block(page(lang, data), [name], {})
        width = float(re.search(r'<svg[^>]* width="([\d.]+)"', svg).group(1))
        assert width <= 310, f"{lang}: the {name} chart is {width} px wide, wider than a 360 px phone's column"
    block = charts.render_chart_block(page(lang, data), ["calibration"], {})
    caption = re.search(r"<figcaption>([^<]+)</figcaption>", block).group(1)
    assert "15" in caption


def test_run_qualifiers_from_the_data_are_translated():
    # review 2 (ar, he, pt, th, zh): "(repository not named)" and "(ggml CI conversion)" showed in English
    from pipeline.i18n.locales import load_locale
    from pipeline.site.calibration_chart import run_name
    for lang in ("he", "ar", "pt", "th", "zh"):
        locale = load_locale(lang)
        for model in ("Mistral 7B, MLX 4-bit (repository not named)", "EleutherAI/pythia-1.4b (ggml CI conversion)"):
            out = run_name(model, locale)
            assert "repository not named" not in out and "CI conversion" not in out, (lang, out)
            name = model.split(" (")[0].replace(", ", {"ar": "، ", "zh": "，"}.get(lang, ", "))
            assert (name.replace("4-bit", "4 位") if lang == "zh" else name) in out  # zh writes "4 位" (review 4)
    assert run_name("meta-llama/Llama-3.1-8B", load_locale("ar")) == "meta-llama/Llama-3.1-8B"
    assert run_name("unsloth/X-GGUF (UD-TQ1_0)", load_locale("zh")) == "unsloth/X-GGUF（UD-TQ1_0）"


def test_the_runs_table_reads_as_text_not_as_a_template(data):
    """Review 3: one pair of brackets and a dash ("(repository not named) — superseded, not tested"),
    the minus sign U+2212 in errors (not in command flags), and the sign convention in the caption."""
    table = calibration_chart.memory_table(page("en", data), [], {})
    assert ") (superseded" not in table and "</a></bdi> <small>— superseded, not tested</small>" in table
    assert re.search(r">\u2212\d+\.\d%<", table) and not re.search(r">-\d+\.\d%<", table)
    assert "Error = (predicted − measured) ÷ measured" in table
    for lang in LANGS:
        assert calibration_chart.signed_percent(-0.251, lang).startswith("\u2212")
        assert calibration_chart.signed_percent(0.08, lang).startswith("+")
    assert "-ub 1024" in load_locale("en").t("calibration_chart.reason_micro_batch")  # a flag keeps its hyphen


def test_superseded_rings_that_overlap_are_said_to(data):
    rows = data.calibration
    old = [r for r in rows if r["superseded"]]
    assert calibration_chart.ring_overlap(rows) in ("together", "some", "none")
    apart = [dict(r) for r in rows]
    ring = next(r for r in apart if r["superseded"])
    ring["measured_bytes"] = ring["predicted_bytes"] = 10 ** 8  # far from every other point
    if len(old) > 1:
        assert calibration_chart.ring_overlap(apart) != "together"
    on_one = [dict(r) for r in rows if not r["superseded"]][:3]
    twins = [{**on_one[0], "superseded": True}, {**on_one[0], "superseded": True}]
    assert calibration_chart.ring_overlap(on_one + twins) == "together"
    for lang in LANGS:
        words = {case: load_locale(lang).t("calibration_chart.summary_superseded", count=2, overlap=case)
                 for case in ("together", "some", "none")}
        assert len(set(words.values())) == 3 and words["none"] in words["together"]


def test_the_speed_range_is_one_left_to_right_run_in_rtl_labels(data):
    from pipeline.site.chart_specs import ChartText

    for lang in ("he", "ar"):
        spec = calibration_chart.chart_spec("calibration-speed", data, load_locale(lang))
        labels = [v["label"] for layer in layers(spec) for v in layer["data"].get("values", []) if v.get("label")]
        assert labels and all(re.search("\u2066[\\d.]+–[\\d.]+\u2069", label) for label in labels), labels


def test_the_count_of_tested_runs_is_a_marker(data):
    from pipeline.markers import Marker
    from pipeline.site import figures

    tested = sum(1 for obs in data.calibration if not obs["superseded"])
    marker = Marker("count", {"what": "calibration-tested", "class_id": None}, {}, 1, "<!-- ls:count calibration-tested -->")
    assert str(tested) in figures.count(page("en", data), marker)


@pytest.mark.parametrize("lang", LANGS)
def test_every_worst_run_row_is_name_then_format_and_runtime(data, lang):
    """Review 11 he #13, th #11: rows 1 and 5 put the format in the name and showed "MLX" alone, rows 2-4 the repository
    then "‹format› · ‹runtime›"; every row now takes the second layout."""
    from html import unescape

    html = calibration_chart.worst_table(page(lang, data), [], {})
    cells = re.findall(r'<th scope="row">(.*?)</th>', html, re.S)
    runs = calibration_chart.worst(data)
    assert len(cells) == len(runs) == calibration_chart.WORST
    for cell, obs in zip(cells, runs):
        name, _, second = cell.partition("<br>")
        fmt = calibration_chart._bits(obs["format"], lang)
        text = unescape(re.sub(r"<[^>]+>", "", second))
        assert text == f'{fmt} · {calibration_chart.runtime_name(obs["runtime"])}', (lang, cell)
        assert fmt not in unescape(re.sub(r"<[^>]+>", "", name)), (lang, cell)
