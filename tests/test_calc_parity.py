"""One rule, two runtimes: the calculator's engine (docs/assets/js/fit-engine.js, in node) over the
browser data (pipeline/site/calc_data.py) gives the same total bytes, verdicts and largest context as
pipeline/data/fit.py fit_row/judge/largest_context (with headroom and at all), for every tracked model, format, context (past the
model's limit too), KV-cache precision and device."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pipeline.contract import Device, KVCache
from pipeline.data import fit
from pipeline.site import calc_data, fit_view
from pipeline.site.context import load_site_data
from tests.conftest import ROOT

ENGINE_JS = ROOT / "docs" / "assets" / "js" / "fit-engine.js"
DATA = load_site_data(ROOT / "data")
RULES = fit_view.rules(DATA)
LADDER = [Device.model_validate(d) for d in DATA.devices]


def contexts(row: dict) -> list[int]:
    """The site's contexts, 1 token, odd lengths (ties of the half-to-even rounding), the model's limit and one past it."""
    limit = row.get("context_length")
    found = {1, 777, 4096, 32768, 131072, 1_000_003}
    if limit:
        found |= {limit, limit + 1}
    return sorted(found)


def _fast(row: dict) -> dict:
    """The row with its KV cache validated once (fit.kv_bytes validates a dict on every call)."""
    if isinstance(row.get("kv_cache"), dict):
        row = {**row, "kv_cache": KVCache.model_validate(row["kv_cache"])}
    return row


def _node(script: str, payload: object) -> object:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run the calculator's engine (apt-get install nodejs)")
    out = subprocess.run([node, "-e", script, str(ENGINE_JS)], input=json.dumps(payload), capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_totals_and_verdicts_match_python_for_every_model_format_context_precision_and_device():
    usables = [calc_data.device_entry(d)[1] for d in DATA.devices]
    cases, expected = [], []
    for row in DATA.models:
        fast, entry = _fast(row), calc_data.model_entry(row)
        for fi, fmt in enumerate(calc_data.calc_formats(row)):
            for bits in RULES.kv_precisions:
                for context in contexts(row):
                    result = fit.fit_row(fast, fmt, context, RULES, bits)
                    cases.append([entry, fi, context, bits])
                    expected.append([result.total_bytes, result.kv_bytes, result.overhead_bytes,
                                     [fit.judge(result, u, RULES) for u in usables]])
    script = """
        const E = require(process.argv[1]); const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([m, fi, c, bits]) => {
            const r = E.row(m, m.formats[fi], c, p.rules, bits);
            return [r.total, r.kv, r.oh, p.usables.map(u => E.judge(r, u, p.rules))];
        })));"""
    got = _node(script, {"cases": cases, "rules": calc_data.rules_entry(RULES), "usables": usables})
    assert len(got) == len(expected) > 10_000
    wrong = [(c[0]["id"], c[1:], g, e) for c, g, e in zip(cases, got, expected) if g != e]
    assert not wrong, wrong[:3]
    verdicts = {v for e in expected for v in e[3]}
    assert verdicts == {"fits", "tight", "no", "too-long", "unknown"}


def test_largest_context_matches_python_on_every_device():
    devices = [calc_data.device_entry(d) for d in DATA.devices]
    cases, expected = [], []
    for row in DATA.models:
        fast, entry = _fast(row), calc_data.model_entry(row)
        for fi, fmt in enumerate(calc_data.calc_formats(row)):
            for bits in RULES.kv_precisions:
                for device in devices:
                    for runs in (False, True):  # with headroom ("fits"), and at all ("tight" too)
                        cases.append([entry, fi, device[1], bits, runs])
                        expected.append(fit.largest_context(fast, fmt, device[1], RULES, bits, runs=runs))
    script = """
        const E = require(process.argv[1]); const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([m, fi, u, bits, runs]) =>
            E.largest(m, m.formats[fi], u, p.rules, bits, 1, runs))));"""
    got = _node(script, {"cases": cases, "rules": calc_data.rules_entry(RULES)})
    wrong = [(c[0]["id"], c[1:], g, e) for c, g, e in zip(cases, got, expected) if g != e]
    assert not wrong, wrong[:3]
    assert {None, 0} <= set(expected) and any(e and e > 1 for e in expected)
    # the two differ somewhere: a tight band between the headroom line and usable memory
    assert any(a != b for a, b in zip(expected[::2], expected[1::2]))


def test_decode_speeds_match_python():
    """The tokens per second the calculator prints: fit.decode_speeds on every ladder device."""
    cases, expected = [], []
    for row in DATA.models:
        fast, entry = _fast(row), calc_data.model_entry(row)
        for fi, fmt in enumerate(calc_data.calc_formats(row)):
            speeds = fit.decode_speeds(fast, fmt, RULES, LADDER)
            for device in DATA.devices:
                if device["id"] in speeds:
                    cases.append([entry, fi, device["bandwidth_bytes_per_s"]])
                    expected.append(speeds[device["id"]])
    script = """
        const E = require(process.argv[1]); const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([m, fi, bw]) =>
            E.speed(m, E.row(m, m.formats[fi], p.context, p.rules, 16), bw, p.rules).s)));"""
    got = _node(script, {"cases": cases, "rules": calc_data.rules_entry(RULES), "context": RULES.contexts[0]})
    assert len(got) == len(expected) > 500
    assert got == expected


def test_a_precisions_one_figure_matches_python_for_every_model():
    """The calculator's list (calc-list.js) picks fit.precision_weights's format (never an MLX file on an NVIDIA card)."""
    cases, expected = [], []
    for row in DATA.models:
        entry = calc_data.model_entry(row)
        for precision in ("fp16", "int8", "int4"):
            fmt = fit.precision_weights(row, precision, web=False)
            cases.append([entry, precision])
            expected.append(fmt["format"] if fmt else None)
    script = """
        global.FitEngine = require(process.argv[1]); const L = require(process.argv[1].replace('fit-engine', 'calc-list'));
        const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([m, prec]) => {
            const f = L.columnFormat(m, prec), g = FitEngine.columnFormat(m, prec);
            return (f || null) === (g || null) ? (f ? f[0] : null) : 'calc-list.js and fit-engine.js differ'; })));"""
    got = _node(script, {"cases": cases})
    wrong = [(c[0]["id"], c[1], g, e) for c, g, e in zip(cases, got, expected) if g != e]
    assert not wrong, wrong[:5]
    assert any(e and e.startswith("gguf:") for e in expected)


def test_the_calculators_default_format_is_the_model_pages_and_the_tables():
    """One default per model (review 8, he #2: Gemma 3 4B IT opened on its Q4_0 file, the tables on Q4_K_M): the
    calculator's first format (fit-calculator.js defaultFormat: FitEngine.columnFormat at 4, 8, then 16 bits) is
    model_fit.page_format's wherever that is not a tab-only web build, which the calculator offers in a tab only."""
    from pipeline.site import model_fit

    cases, expected = [], []
    for row in DATA.models:
        page = model_fit.page_format(row)
        if page is None or page["engine"] == "browser":
            continue
        cases.append(calc_data.model_entry(row))
        expected.append(page["format"])
    script = """
        const E = require(process.argv[1]); const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(m => {
            const f = E.columnFormat(m, 'int4') || E.columnFormat(m, 'int8') || E.columnFormat(m, 'fp16'); return f && f[0]; })));"""
    got = _node(script, {"cases": cases})
    wrong = [(m["id"], g, e) for m, g, e in zip(cases, got, expected) if g != e]
    assert not wrong, wrong[:5]
    gemma = expected[[m["id"] for m in cases].index("google/gemma-3-4b-it")]
    assert gemma == "gguf:Q4_K_M"


def test_the_browser_tab_judges_web_builds_as_the_browser_table_does():
    """calc-list.js LSCalcList.web (the reverse list on a browser tab) against fit.browser_fit, the browser
    table's rule, at the contexts it can be asked (up to the model's limit), for every tracked model: same
    build, verdict and memory; a model without a web build is left out by both. At the site's shortest
    context (the table's), the largest model that fits or is tight is the ladder's browser-tab answer."""
    from pipeline.site import fit_tables

    browser = next(d for d in DATA.devices if d["kind"] == "browser")
    usable = calc_data.device_entry(browser)[1]
    assert usable == RULES.browser_budget_bytes and calc_data.device_entry(browser)[5] == 1
    cases, expected = [], []
    for row in DATA.models:
        entry = {**calc_data.model_entry(row), "web": calc_data.web_entry(row, RULES)}
        limit = row.get("context_length")
        for context in (1, 777, 4096, 32768):
            if limit and context > limit:
                continue
            found = fit.browser_fit(_fast(row), RULES.model_copy(update={"contexts": [context]}))
            cases.append([entry, context])
            expected.append(None if found["format"] is None else
                            [found["format"], found["verdict"], found.get("bound_bytes") or found["total_bytes"]])
    script = """
        global.FitEngine = require(process.argv[1]); const L = require(process.argv[1].replace('fit-engine', 'calc-list'));
        const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([m, c]) => { const w = L.web(m, c, p.usable, p.rules, 16);
            return w && [w.f[0], w.v, w.r.total]; })));"""
    got = _node(script, {"cases": cases, "rules": calc_data.rules_entry(RULES), "usable": usable})
    wrong = [(c[0]["id"], c[1], g, e) for c, g, e in zip(cases, got, expected) if g != e]
    assert not wrong, wrong[:3]
    assert {e[1] for e in expected if e} >= {"fits", "tight", "no", "unknown"} and None in expected
    # the largest that runs at the table's context: the ladder's browser-tab row (4-bit), Qwen3 4B today
    best = max((c[0] for c, g in zip(cases, got) if g and g[1] in ("fits", "tight") and c[1] == 4096 and c[0]["params"]),
               key=lambda m: m["params"])
    ladder = fit_tables._largest_in_browser(DATA, "int4")
    assert best["id"] == ladder[0]["id"] == "Qwen/Qwen3-4B"


def test_the_explorers_browser_tab_filter_and_the_calculators_single_verdict_share_the_web_rule():
    """calc_data.web_verdict (the /models/ "Fits on: browser tab" filter, explorer.py _web_codes) against
    calc-list.js LSCalcList.web (the calculator's list and, since review 5, its single verdict on a tab) for
    every tracked model at the explorer's contexts, past the model's limit too: same verdict, none without a
    web build. Phi-4 mini and Gemma 3 4B IT (GGUF only, or a build too big) are not "fits" in a tab."""
    from pipeline.site import explorer

    browser = next(d for d in DATA.devices if d["kind"] == "browser")
    usable = calc_data.device_entry(browser)[1]
    cases, expected = [], []
    for row in DATA.models:
        entry = {**calc_data.model_entry(row), "web": calc_data.web_entry(row, RULES)}
        for context in list(RULES.contexts) + ([row["context_length"] + 1] if row.get("context_length") else []):
            cases.append([entry, context])
            expected.append(calc_data.web_verdict(_fast(row), RULES, context, usable))
    script = """
        global.FitEngine = require(process.argv[1]); const L = require(process.argv[1].replace('fit-engine', 'calc-list'));
        const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([m, c]) => { const w = L.web(m, c, p.usable, p.rules, 16);
            return w && w.v; })));"""
    got = _node(script, {"cases": cases, "rules": calc_data.rules_entry(RULES), "usable": usable})
    wrong = [(c[0]["id"], c[1], g, e) for c, g, e in zip(cases, got, expected) if g != e]
    assert not wrong, wrong[:3]
    assert {"fits", "tight", "no", "too-long"} <= set(expected) and None in expected
    codes = explorer._web_codes(DATA, browser, list(RULES.contexts))
    by_id = {r["id"]: r for r in DATA.models}
    for model_id in ("microsoft/Phi-4-mini-instruct", "google/gemma-3-4b-it"):
        if model_id in by_id:
            assert codes(by_id[model_id])[0] != 1, model_id
    assert codes(by_id["Qwen/Qwen3-4B"])[0] == 1


def test_the_calculators_tab_verdict_without_a_web_build_is_the_model_pages():
    """calc_data.tab_verdict (web_verdict, else no_build_verdict: the model pages' and the fit chart's tab verdict)
    against calc-list.js (LSCalcList.web, else LSCalcList.noBuild: the calculator's one verdict on a tab) for every
    tracked model × browser-tab device: gpt-oss-120b and DeepSeek-V3, with no web build, do not fit (review 9, ar #1)."""
    cases, expected = [], []
    for tab in (d for d in DATA.devices if d["kind"] == "browser"):
        usable = calc_data.device_entry(tab)[1]
        for row in DATA.models:
            entry = {**calc_data.model_entry(row), "web": calc_data.web_entry(row, RULES)}
            cases.append([entry, 4096, usable])
            expected.append([calc_data.tab_verdict(_fast(row), RULES, 4096, usable), entry["web"] is None])
            if entry["web"] is None:  # the number the sentence gives is the page's: fit.precision_weights' int4 figure
                expected[-1].append((fit.precision_weights(row, "int4") or {}).get("weights_bytes")
                                    if expected[-1][0] == "no" else None)
    script = """
        global.FitEngine = require(process.argv[1]); const L = require(process.argv[1].replace('fit-engine', 'calc-list'));
        const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([m, c, u]) => { const w = L.web(m, c, u, p.rules, 16);
            if (w) return [w.v, false]; const n = L.noBuild(m, u); return [n.v, true, n.w == null ? null : n.w]; })));"""
    got = _node(script, {"cases": cases, "rules": calc_data.rules_entry(RULES)})
    wrong = [(c[0]["id"], g, e) for c, g, e in zip(cases, got, expected) if g != e]
    assert not wrong, wrong[:3]
    by_id = {c[0]["id"]: g for c, g in zip(cases, got)}
    for model_id in ("openai/gpt-oss-120b", "deepseek-ai/DeepSeek-V3"):
        assert by_id[model_id][:2] == ["no", True], model_id
    assert any(g[:2] == ["unknown", True] for g in got)


def test_a_fit_without_a_recorded_limit_is_named_apart_by_both_runtimes():
    """fit.limit_unrecorded against fit-rule.js FitRule.unrecorded (the calculator's list and the explorer's fits
    filter) on every tracked model's precision figures, at the site's contexts, on every device: the same models
    are held apart from the plain fits, and those are the models that state no limit (QwQ-32B, the R1 distills)."""
    usables = [calc_data.device_entry(d)[1] for d in DATA.devices]
    cases, expected, apart = [], [], set()
    for row in DATA.models:
        fast, entry = _fast(row), calc_data.model_entry(row)
        for precision in ("fp16", "int8", "int4"):
            fmt = fit.precision_weights(row, precision, web=False)
            if fmt is None:
                continue
            for context in RULES.contexts:
                result = fit.fit_row(fast, fmt, context, RULES)
                for u in usables:
                    verdict = fit.judge(result, u, RULES)
                    cases.append([verdict, entry["limit"]])
                    expected.append(fit.limit_unrecorded(result, verdict))
                    if expected[-1]:
                        apart.add(row["id"])
    script = """
        const F = require(process.argv[1].replace('fit-engine', 'fit-rule')); const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(p.cases.map(([v, limit]) => F.unrecorded(v, limit))));"""
    got = _node(script, {"cases": cases})
    assert got == expected
    assert {"mistralai/mathstral-7B-v0.1", "google-t5/t5-small"} <= apart
    assert all(not r.get("context_length") for r in DATA.models if r["id"] in apart)
    # the list's one figure never a web build on a GPU or laptop (review 6: gemma-2b-it's MediaPipe int4)
    assert all(fit.precision_weights(r, p, web=False) is None or fit.precision_weights(r, p, web=False)["engine"] != "browser"
               for r in DATA.models for p in ("fp16", "int8", "int4"))
