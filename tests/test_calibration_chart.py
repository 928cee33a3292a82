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
            assert model.split(" (")[0] in out
    assert run_name("meta-llama/Llama-3.1-8B", load_locale("ar")) == "meta-llama/Llama-3.1-8B"
