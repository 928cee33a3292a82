"""One set of rules, two runtimes: docs/assets/js/config-rules.js (run in node, bundled as the site ships
it) gives the figures Python gives — parameters, KV cache, context limit, weight formats, memory needed
and verdicts on every device — for every config fixture and every tracked model's stored Hub record."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.data import architecture, compute, fit, ggufquant, params, weights
from pipeline.data.catalog import HubModel, load_catalog
from pipeline.data.devices import load_devices
from pipeline.site.assets import bundle_js
from tests.conftest import ROOT

try:
    from pipeline.site import calc_data
except ImportError:  # the calculator's branch (wt-calc) not merged yet
    calc_data = None

JS = ROOT / "docs" / "assets" / "js"
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "configs").glob("*.json"))
LADDER = load_devices(ROOT / "data" / "devices.yaml")
RULES, DEVICES = LADDER.rules, LADDER.devices
ROW_KEYS = ("params_total", "params_basis", "params_by_dtype", "packed_weights", "params_active", "params_active_basis",
            "stored_dtype", "downloads", "weights_bytes", "weights_bytes_basis", "weights_bytes_estimated", "memory_bytes",
            "kv_cache", "kv_cache_bytes_per_token", "context_length", "vocab_size", "hidden_size", "gguf_estimate_bytes",
            "gated", "pipeline_tag", "architecture")
FORMAT_KEYS = ("format", "precision", "estimated", "weights_bytes", "basis", "engine", "runtime", "largest_file_bytes")


def rules_json() -> dict:
    """The numbers of the fit rule the browser needs (the same dict hub-model.js reads from the page)."""
    return json.loads(RULES.model_dump_json(include={"runtimes", "tight_share", "contexts", "kv_precisions"}))


def contexts(row: dict) -> list[int]:
    """The site's contexts, and around the model's own limit (where "too-long" begins)."""
    limit = row.get("context_length")
    return sorted({*RULES.contexts, 1, *((limit, limit + 1) if limit else ())})


def fixture_inputs() -> list[dict]:
    cases = []
    for path in FIXTURES:
        config = json.loads(path.read_text(encoding="utf-8")).get("config")
        if isinstance(config, dict):
            cases.append({"label": path.name, "id": "fixture/" + path.stem, "info": {"id": "fixture/" + path.stem},
                          "config": config})
    return cases


def tracked_inputs() -> list[dict]:
    catalog = load_catalog(ROOT / "data" / "catalog.yaml")
    cases = []
    for model in catalog.models:
        path = compute.snapshot_path(ROOT / "data", model.id)
        if not path.exists():
            continue
        snapshot = compute.read_snapshot(path)
        cases.append({"label": model.id, "id": model.id, "name": model.name, "model": model, "info": snapshot.get("model_info") or {},
                      "config": snapshot.get("config_json") or {}, "tree": snapshot.get("tree"),
                      "provenance": snapshot.get("provenance") or {},
                      "extra_files": [extra.model_dump() for extra in model.extra_files]})
    return cases


def python_side(case: dict) -> dict:
    """What the build computes for one case: the row, its formats, and per format × context × KV
    precision the memory parts and the verdict on every device."""
    model = case.get("model") or HubModel(id=case["id"])
    snapshot = {"model_info": case["info"], "config_json": case["config"], "tree": case.get("tree"),
                "provenance": case.get("provenance") or {}}
    row = compute.hub_row(model, snapshot, None)
    config = case["config"]
    counted = params.count_parameters(config)
    language = architecture.language_config(config)
    direct = {"count": [counted.total, counted.active, counted.exact, counted.reason, counted.stored_extra],
              "kv": architecture.kv_cache(language), "context": architecture.context_length(language),
              "active": architecture.active_parameters(counted.total, language),
              "gguf": [ggufquant.estimate_gguf_bytes(config, q)[0] for q in ("Q8_0", "Q4_K_M")],
              "quant": json.loads(json.dumps(weights.quantization(config)))}
    out = {"row": {k: row.get(k) for k in ROW_KEYS}, "direct": direct, **fit_side(row)}
    if calc_data is not None:  # the calculator's model shape (CALC-MODEL-SHAPE.md), once that module is merged
        entry = calc_data.model_entry(row)
        out["calc"] = {k: v for k, v in entry.items() if k not in ("tags", "enc")}  # enc: read from the tags (a Hub repo has none)
    return out


def fit_side(row: dict) -> dict:
    formats = fit.weight_formats(row)
    results = []
    for fmt in formats:
        for context in contexts(row):
            for bits in RULES.kv_precisions:
                r = fit.fit_row(row, fmt, context, RULES, bits)
                results.append([fmt["format"], context, bits, r.weights_bytes, r.kv_bytes, r.overhead_bytes, r.total_bytes,
                                ",".join(fit.judge(r, d.usable_bytes, RULES) for d in DEVICES)])
    return {"formats": [{k: f.get(k) for k in FORMAT_KEYS} for f in formats], "fit": results}


NODE_SCRIPT = """
const R = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const rules = input.rules, devices = input.devices;
function contexts(row) {
  const s = new Set([...rules.contexts, 1]);
  if (row.context_length) { s.add(row.context_length); s.add(row.context_length + 1); }
  return [...s].sort((a, b) => a - b);
}
const out = input.cases.map(c => {
  const row = R.hubRow(c), cfg = c.config, n = R.countParameters(cfg), lang = R.languageConfig(cfg);
  const direct = {count: [n.total, n.active, n.exact, n.reason, n.stored_extra], kv: R.kvCache(lang),
                  context: R.contextLength(lang), active: R.activeParameters(n.total, lang),
                  gguf: ["Q8_0", "Q4_K_M"].map(q => R.estimateGgufBytes(cfg, q)), quant: R.quantization(cfg)};
  const formats = R.weightFormats(row), fit = [];
  for (const f of formats) for (const ctx of contexts(row)) for (const bits of rules.kv_precisions) {
    const r = R.fitRow(row, f, ctx, rules, bits);
    fit.push([f.format, ctx, bits, r.weights_bytes, r.kv_bytes, r.overhead_bytes, r.total_bytes,
              devices.map(u => R.judge(r, u, rules)).join(",")]);
  }
  const keep = {};
  for (const k of input.row_keys) keep[k] = row[k] === undefined ? null : row[k];
  const calc = R.calcModel(row); delete calc.tags;
  return {row: keep, direct, calc, formats: formats.map(f => Object.fromEntries(input.format_keys.map(k => [k, f[k] === undefined ? null : f[k]]))), fit};
});
process.stdout.write(JSON.stringify(out));
"""


def run_node(cases: list[dict], tmp_path: Path) -> list[dict]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run the browser's config rules (apt-get install nodejs)")
    bundle = tmp_path / "config-rules.js"
    bundle.write_text(bundle_js((JS / "config-rules.js").read_text(encoding="utf-8"), JS), encoding="utf-8")
    data = tmp_path / "input.json"
    plain = [{k: v for k, v in case.items() if k != "model"} for case in cases]
    data.write_text(json.dumps({"cases": plain, "rules": rules_json(), "devices": [d.usable_bytes for d in DEVICES],
                                "row_keys": ROW_KEYS, "format_keys": FORMAT_KEYS}), encoding="utf-8")
    result = subprocess.run([node, "-e", NODE_SCRIPT, str(bundle), str(data)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def normalized(value):
    """JSON round trip (tuples → lists, int keys → strings), as both sides are compared."""
    return json.loads(json.dumps(value))


def exception_text(reason):
    """A count that stopped on arithmetic with a missing value names Python's TypeError in Python's own
    words (operator and operand types), which JavaScript cannot know: compared up to the exception."""
    return re.sub(r"\(TypeError: .*\)$|\(unsupported operand.*\)$", "(TypeError)", reason) if isinstance(reason, str) else reason


def differences(cases: list[dict], tmp_path: Path) -> tuple[list[str], int]:
    got = run_node(cases, tmp_path)
    wrong, compared = [], 0
    for case, js in zip(cases, got):
        py = normalized(python_side(case))
        for side in (py, js):
            side["direct"]["count"][3] = exception_text(side["direct"]["count"][3])
        for part in ("row", "direct"):
            for key, want in py[part].items():
                compared += 1
                if js[part].get(key) != want:
                    wrong.append(f"{case['label']}: {part}.{key}: python {want!r} != js {js[part].get(key)!r}")
        if "calc" in py:
            compared += len(py["calc"])
            if js["calc"] != py["calc"]:
                wrong.append(f"{case['label']}: calculator model: python {py['calc']!r} != js {js['calc']!r}")
        compared += len(py["formats"]) * len(FORMAT_KEYS)
        if js["formats"] != py["formats"]:
            wrong.append(f"{case['label']}: formats: python {py['formats']!r} != js {js['formats']!r}")
        for want, have in zip(py["fit"], js["fit"]):
            compared += 4 + len(DEVICES)
            if want != have:
                wrong.append(f"{case['label']}: fit {want[:3]}: python {want[3:]!r} != js {have[3:]!r}")
        if len(py["fit"]) != len(js["fit"]):
            wrong.append(f"{case['label']}: {len(py['fit'])} fit rows in python, {len(js['fit'])} in js")
    return wrong, compared


def test_every_config_fixture_gives_python_figures_in_the_browser_rules(tmp_path):
    cases = fixture_inputs()
    assert len(cases) >= 80
    wrong, compared = differences(cases, tmp_path)
    print(f"{len(cases)} fixtures, {compared} comparisons")
    assert not wrong, "\n".join(wrong[:40])


def test_every_tracked_model_gives_python_figures_in_the_browser_rules(tmp_path):
    cases = tracked_inputs()
    assert len(cases) >= 150
    wrong, compared = differences(cases, tmp_path)
    print(f"{len(cases)} tracked models, {len(DEVICES)} devices, {compared} comparisons")
    assert not wrong, "\n".join(wrong[:40])


def test_mlp_layer_types_give_the_same_figures_in_the_browser_rules(tmp_path):
    """GlmMoeDsaConfig's mlp_layer_types ("dense" or "sparse" per layer) outranks first_k_dense_replace
    in both runtimes; the variant with five dense layers makes a rule that ignored it disagree."""
    glm = next(case for case in tracked_inputs() if case["id"] == "zai-org/GLM-5.2")
    five_dense = dict(glm["config"], mlp_layer_types=["dense"] * 5 + ["sparse"] * 73)
    cases = [glm, {"label": "GLM-5.2, 5 dense layers", "id": "fixture/glm-5.2-five-dense",
                   "info": {"id": "fixture/glm-5.2-five-dense"}, "config": five_dense}]
    wrong, compared = differences(cases, tmp_path)
    assert compared and not wrong, "\n".join(wrong[:40])
