"""The "Will it run?" tables and the home ladder (pipeline/site/fit_tables.py): one rule per row, so the
browser table and the ladder's browser-tab row agree; an upper bound settles what an unknown size cannot."""

from __future__ import annotations

import re
from html import escape as html_escape, unescape as html_unescape

import pytest

from pipeline.data import fit
from pipeline.i18n.locales import load_locale
from pipeline.site import fit_tables, fit_view
from pipeline.site.context import Page, load_site_data
from tests.conftest import ROOT

DATA = load_site_data(ROOT / "data")
RULES = fit_view.rules(DATA)


def _page(lang: str = "en") -> Page:
    return Page(lang=lang, locale=load_locale(lang), data=DATA, src_path=f"{lang}/will-it-run.md")


def _rows(html: str) -> dict[str, str]:
    """First cell's text -> the row's text, tags stripped."""
    out = {}
    for tr in re.findall(r"<tr>.*?</tr>", html, re.S)[1:]:
        cells = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c)).strip() for c in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", tr, re.S)]
        out[html_unescape(cells[0])] = html_unescape(" | ".join(cells[1:]))
    return out


def test_a_web_build_of_unknown_size_fits_when_even_32_bit_weights_fit_the_tab():
    """GPT-2 (Transformers.js, size not recorded) at its 1,024-token limit, by hand: 137,022,720 × 4 B =
    548,090,880 B of 32-bit weights (no build is wider) + KV 36,864 B × 1,024 = 37,748,736 B + browser
    buffers 2,048 B × 50,257 vocabulary entries + 1,300 B × 768 ÷ 4,096 × 1,024 = 103,175,936 B:
    689,015,552 B, under 87 % of the 4,294,967,296-B tab budget (3,736,621,547 B): fits, whatever the build."""
    gpt2 = next(r for r in DATA.models if r["id"] == "openai-community/gpt2")
    browser = fit.browser_fit(gpt2, RULES)
    assert browser["total_bytes"] is None  # the build's own size is unknown
    assert browser["bound_bytes"] == 548_090_880 + 37_748_736 + 102_926_336 + 249_600 == 689_015_552
    assert browser["verdict"] == "fits"
    rows = _rows(fit_tables.browser_table(_page(), [], {}))
    for name in ("GPT-2", "BERT base uncased", "DistilBERT base uncased SST-2", "SmolLM2 135M"):
        assert "fits : even with 32-bit weights" in rows[name], rows[name]
    assert "≤ 689 MB" in rows["GPT-2"]
    # Gemma 3 4B IT: 32-bit weights (17 GB) would not fit, so the answer depends on the unknown size
    assert rows["Gemma 3 4B IT"].endswith("unknown : the build's own size is not recorded; ≈ memory with the "
                                          "model's 4-bit weights at 4,096 tokens")


def test_the_ladders_browser_row_is_the_browser_tables_largest_fitting_build():
    page = _page()
    browser = next(d for d in DATA.devices if d["kind"] == "browser")
    table = _rows(fit_tables.browser_table(page, [], {}))
    for html in (fit_tables.ladder_table(page, [], {}), fit_tables.largest_table(page, [], {})):
        cell = next(v for k, v in _rows(html).items() if k.startswith("Browser tab"))
        assert "Gemma 3 4B IT" not in cell  # "unknown" in the browser table, so never the ladder's answer
        assert "Qwen3 4B" in cell and "WebLLM (q4f16_1)" in cell
    assert "Qwen3 4B" in table and table["Qwen3 4B"].endswith("fits")
    # every model the browser table calls fits/tight with a 4-bit build is no larger than the ladder's
    best = fit_tables.largest_fitting(page, browser, "int4")
    for row in DATA.models:
        entry = DATA.fit_by_id.get(row["id"])
        if entry and entry["browser"]["verdict"] in ("fits", "tight") and row.get("params_total") and \
                fit.precision_of(*entry["browser"]["format"].split(":", 1)) == "int4":
            assert row["params_total"] <= best[0]["params_total"]


@pytest.mark.parametrize("lang", ["en", "pt", "th", "he", "ar", "zh"])
def test_the_ladder_caption_says_how_the_browser_row_is_judged(lang):
    html = fit_tables.ladder_table(_page(lang), [], {})
    assert load_locale(lang).t("fit.caption_browser_row") in html_unescape(html)


def test_the_heatmap_judges_each_model_at_4096_tokens_or_its_own_shorter_limit():
    """DistilBERT (512 tokens) and GPT-2 (1,024) were "»" (too long) on every device; each cell is now worked out
    at min(4,096, the model's limit), and the browser tab's cell is the browser table's verdict."""
    page = _page()
    rows = _rows(fit_tables.fit_matrix_table(page, [], {}))
    assert "longer than the model" not in " ".join(rows.values())
    gpt2 = next(r for r in DATA.models if r["id"] == "openai-community/gpt2")
    assert fit_view.heat_context(gpt2) == 1024
    assert set(rows["GPT-2"].split(" | ")) == {"fits"}
    browser = next(d for d in DATA.devices if d["kind"] == "browser")
    assert fit_view.heat_verdict(DATA, gpt2, browser) == DATA.fit_by_id[gpt2["id"]]["browser"]["verdict"] == "fits"
    # no web build recorded and 4-bit weights far above the tab: does not fit, whatever build appears
    big = next(r for r in DATA.models if r["id"] == "deepseek-ai/DeepSeek-V3")
    assert fit_view.heat_verdict(DATA, big, browser) == "no"
    assert "or the model's own limit where that is shorter" in html_unescape(fit_tables.fit_matrix_table(page, [], {}))
    assert "shorter limit" in load_locale("en").t("chart.fit.title")


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_the_h200_row_says_what_its_box_says_beside_the_gib_its_name_gives(lang):
    # he #10 (review 7): named "140 GiB" (what nvidia-smi reports) but sold as "141GB", as devices.yaml records
    html = fit_tables.devices_table(_page(lang), [], {})
    row = next(r for r in html.split("<tr>") if "NVIDIA H200" in r)
    said = html_escape(load_locale(lang).t("fit.sold_as", label="@@")).split("@@")[0]
    assert said in row and '<bdi dir="ltr">141GB</bdi>' in row
    assert sum("sold as" in r or said in r for r in html.split("<tr>")) == 1  # no other device holds such a note


@pytest.mark.parametrize("name,shown", [
    ("Qwen3.5 35B-A3B", 'Qwen3.5 <span class="ls-nobr">35B-A3B</span>'),
    ("Qwen3 235B-A22B Instruct", 'Qwen3 <span class="ls-nobr">235B-A22B</span> Instruct'),
    ("Llama 3.1 8B Instruct", "Llama 3.1 8B Instruct"),
])
def test_a_size_pair_stays_on_one_line_in_displayed_names_only(name, shown):
    # he #13 (review 7): "Qwen3.5 35B-/A3B" broke at its hyphen at 360 px; data and search keep the plain name
    from pipeline.site.html import hub_name
    assert str(hub_name(name)) == shown


def test_the_largest_model_per_device_states_a_context_limit():
    """Review 8, he #1: Falcon3 10B Base (no context limit recorded) led the 8 GiB card's int4 cell while the
    calculator's list and the explorer named it apart; a device's largest fitting model is one with a limit,
    and no larger model with a limit fits there."""
    page = _page()
    falcon = DATA.by_id["mistralai/mathstral-7B-v0.1"]  # Falcon3 10B Base states 32,768 now
    assert not falcon.get("context_length")
    for device in DATA.devices:
        for precision in ("fp16", "int8", "int4"):
            best = fit_tables.largest_fitting(page, device, precision)
            if best is not None:
                assert best[0].get("context_length"), (device["id"], precision, best[0]["id"])
    gpu8 = next(d for d in DATA.devices if d["id"] == "gpu-8gb")
    best = fit_tables.largest_fitting(page, gpu8, "int4")
    usable = fit_view.usable_bytes(gpu8)
    for row, result, _ in fit_tables._totals(DATA, "int4", fit_tables.LADDER_CONTEXT):
        if row.get("context_length") and fit.judge(result, usable, RULES) in ("fits", "tight"):
            assert row["params_total"] <= best[0]["params_total"]
    assert fit.judge(next(r for row, r, _ in fit_tables._totals(DATA, "int4", fit_tables.LADDER_CONTEXT)
                          if row is falcon), usable, RULES) in ("fits", "tight")
