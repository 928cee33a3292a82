"""The calculator's browser data (pure + one writer): the fit rule's terms per runtime and, per model,
its weights per format and its KV-cache terms, so docs/assets/js/fit-engine.js recomputes what
pipeline/data/fit.py fit_row/judge/largest_context give (CALC-MODEL-SHAPE.md; tests/test_calc_parity.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from pipeline.contract import FitRules, KVCache
from pipeline.data import fit
from pipeline.fileio.atomic import write_atomic
from pipeline.i18n.display_names import build_variant, runtime_name
from pipeline.site.explorer_filters import TAGS as FILTER_TAGS, model_tags, tag_message
from pipeline.site.html import plain_text

# The calculator's first view when the URL names no model: the model of the reader's question
# "can my 8 GB GPU run Llama 3.1 8B?" (issue 23); the first featured model if it is not tracked.
DEFAULT_MODEL = "meta-llama/Llama-3.1-8B-Instruct"
# System RAM bandwidth for the CPU part of a CPU+GPU split, an assumption the page states: dual-channel
# DDR5-5600, 2 channels × 8 bytes × 5,600 million transfers a second (JEDEC's DDR5-5600 speed grade).
RAM_BANDWIDTH = 2 * 8 * 5_600_000_000
# The calculator's script (its messages go in the page), and what it loads on first use: its model search
# (with assets/calc/index.json) and its reverse view (with assets/calc/models.json), whose messages are
# assets/calc/messages-list-<lang>.json; and its CPU+GPU split (calc-offload.js), which shares those messages.
SCRIPT, LATER_SCRIPTS = "fit-calculator.js", ("calc-search.js", "calc-list.js", "calc-offload.js")
# Catalog tags the reverse view filters by (data only: what data/catalog.yaml says of each model).
TAGS = FILTER_TAGS  # the explorer's list: one vocabulary, one order on both pages (review 7, zh #3)


def _get(row: object, key: str) -> object:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def file_name(model_id: str) -> str:
    """The per-model file's name: a Hub id's '/' becomes '--' (ids hold only [A-Za-z0-9._-] besides)."""
    return re.sub(r"[^A-Za-z0-9._-]", "-", model_id.replace("/", "--")) + ".json"


def kv_terms(row: object) -> Optional[list]:
    """[full B/token, sliding B/token, window, fixed state B, MLA 0/1] at 16 bits as the config
    describes the cache (no runtime applied), or None when unknown: fit.kv_bytes without a runtime."""
    cache = _get(row, "kv_cache")
    if fit._encoder_only(row) and (cache is None or _get(cache, "status") != "computed"):
        return [0, 0, None, 0, 0]
    if cache is not None:
        cache = cache if isinstance(cache, KVCache) else KVCache.model_validate(cache)
        if cache.status == "not-applicable":
            return [0, 0, None, cache.state_bytes, 0]
        if cache.status == "unknown":
            return None
        return [cache.full_bytes_per_token, cache.sliding_bytes_per_token, cache.sliding_window,
                cache.state_bytes, int(cache.attention == "mla")]
    per_token = _get(row, "kv_cache_bytes_per_token")
    return [per_token, 0, None, 0, 0] if per_token else None


def layer_count(row: object) -> Optional[int]:
    cache = _get(row, "kv_cache")
    if not cache:
        return None
    layers = sum(_get(cache, k) or 0 for k in ("full_layers", "sliding_layers", "other_layers"))
    return layers or None


def model_entry(row: object) -> dict:
    """One model as the calculator computes with it (the shape of CALC-MODEL-SHAPE.md)."""
    kinds = model_kinds(row)
    # an encoder or embedding model reads its input and stops, no speed (model_fit.figures `generates`):
    # "enc": 1, only then, so no other model's file grows (review 9, he #1; fit-calculator.js)
    return {
        "id": _get(row, "id"),
        "name": plain_text(_get(row, "name") or str(_get(row, "id")).split("/")[-1]),
        "params": _get(row, "params_total"),
        "active": _get(row, "params_active"),
        "limit": _get(row, "context_length"),
        "layers": layer_count(row),
        "vocab": _get(row, "vocab_size"),
        "hidden": _get(row, "hidden_size"),
        "arch": _get(row, "architecture"),
        "tags": kinds,
        "kv": kv_terms(row),
        "formats": [[f["format"], f["weights_bytes"], f["engine"] or "vllm", int(bool(f["estimated"])), f["precision"]]
                    for f in calc_formats(row)],
        # the developer published no size and released no weights (GPT-4): the verdict says so, nothing is assumed
        "undisclosed": int(bool(_get(row, "undisclosed"))),
        **({"enc": 1} if set(kinds) & {"embedding", "encoder"} else {}),
    }


def calc_formats(row: object) -> list[dict]:
    """fit.weight_formats less an estimated default safetensors that the same precision's estimate repeats at
    the same size (Llama 3.1 8B: "≈ safetensors 16.1 GB" beside "≈ fp16 16.1 GB", one option twice; pt review 4)."""
    formats = fit.weight_formats(row)
    def twin(f: dict) -> bool:
        return f["format"] == "safetensors" and f["estimated"] and any(
            g["format"] == g["precision"] == f["precision"] and g["estimated"] and g["weights_bytes"] == f["weights_bytes"]
            for g in formats)
    return [f for f in formats if not twin(f)]


def rules_entry(rules: FitRules) -> dict:
    """The rule's terms the browser needs: per runtime [fixed, per vocabulary entry, vocabulary
    fallback, per token, reference hidden size, {bits: bytes per value}, architectures whose sliding
    window it ignores, MLA factor, name]; the tight share; the speed rule."""
    runtimes = {engine: [r.fixed_bytes, r.bytes_per_vocab_entry, r.vocab_fallback, r.compute_bytes_per_token,
                         r.reference_hidden_size, {str(b): v for b, v in r.kv_bytes_per_value.items()},
                         list(r.ignores_sliding_window), r.mla_cache_factor, r.name]
                for engine, r in rules.runtimes.items()}
    speed = rules.speed
    return {"runtimes": runtimes, "tight": rules.tight_share, "kv": list(rules.kv_precisions),
            "speed": [speed.efficiency, speed.latency_s, speed.low, speed.high] if speed else None}


def device_entry(device: dict) -> list:
    """[id, usable bytes (Device.usable_bytes), bandwidth B/s or null, unified 0/1, Apple silicon 0/1], and 1
    more for a browser tab (its list judges web builds only, as the browser table does)."""
    entry = [device["id"], int(device["memory_bytes"] * device["usable_share"]), device.get("bandwidth_bytes_per_s"),
             int(bool(device["unified"])), int(fit.apple_silicon(device))]
    return entry + [1] if device.get("kind") == "browser" else entry


def web_entry(row: object, rules: FitRules) -> Optional[list]:
    """The browser tab's terms, as the browser table judges a model (fit.browser_fit): [the web build's
    format key, the total its runtime states (WebLLM: weights, buffers and KV cache together) or null,
    its largest file under the tab's file limit 1/0/null (unknown), 1 when an unrecorded size may be judged
    at its 32-bit upper bound (all weights under the file limit), runtime name, quantization], or None: no
    web build recorded, the tab cannot load it. fit-engine.js webRow() judges these at the reader's context."""
    found = fit.browser_fit(row, rules)
    if found["format"] is None:
        return None
    params = _get(row, "params_total")
    stated = found["total_bytes"] if "context" not in found else None  # a runtime's own figure has no context
    file_ok = found["file_ok"]
    return [found["format"], stated, None if file_ok is None else int(file_ok),
            int(bool(params) and round(params * fit.PRECISION_BYTES["fp32"]) < rules.browser_file_limit_bytes),
            runtime_name(found["runtime"] or ""), build_variant(found["format"])]


def web_verdict(row: object, rules: FitRules, context: int, usable: int) -> Optional[str]:
    """A browser tab's verdict at `context` on `usable` bytes, as calc-list.js LSCalcList.web gives it (the
    calculator's list and single verdict, the explorer's "Fits on: browser tab"), or None: no web build."""
    web = web_entry(row, rules)
    if web is None:
        return None
    key, stated, file_ok, bound_ok = web[:4]
    limit = _get(row, "context_length")
    if stated is not None:
        return "too-long" if limit and context > limit else rules.verdict(stated, usable)
    fmt = next((f for f in calc_formats(row) if f["format"] == key), None) or {
        "format": key, "weights_bytes": None, "engine": "browser", "estimated": False, "basis": "", "precision": None}
    found = "no" if file_ok == 0 else fit.judge(fit.fit_row(row, fmt, context, rules), usable, rules)
    if found == "unknown" and bound_ok:
        widest = {"format": "fp32", "precision": "fp32", "estimated": True, "basis": "",
                  "weights_bytes": _get(row, "params_total") * 4, "engine": "browser"}
        bound = fit.judge(fit.fit_row(row, widest, context, rules), usable, rules)
        if bound in ("fits", "tight"):
            return bound
    return found


def no_build_verdict(row: object, budget: int) -> str:
    """A browser tab's verdict for a model with no web build recorded: "no" when even its 4-bit weights
    (fit.precision_weights) exceed the tab's `budget`, else "unknown" (fit_view.heat_verdict, calc-list.js LSCalcList.noBuild)."""
    weights = (fit.precision_weights(row, "int4") or {}).get("weights_bytes")
    return "no" if weights and weights > budget else "unknown"


def tab_verdict(row: object, rules: FitRules, context: int, usable: int) -> str:
    """The calculator's one verdict on a browser tab: its web build's (web_verdict), else no_build_verdict,
    so the calculator, the model pages and the fit chart answer alike (review 9, ar #1)."""
    return web_verdict(row, rules, context, usable) or no_build_verdict(row, usable)


def index_entry(row: object) -> list:
    """[id, name, parameters, featured 0/1, downloads]: what the model search ranks by."""
    return [_get(row, "id"), plain_text(_get(row, "name") or ""), _get(row, "params_total"),
            int("featured" in (_get(row, "tags") or [])), _get(row, "hub_downloads") or 0]


def model_kinds(row: object) -> list[str]:
    """The reverse view's tags: the catalog's, plus the kinds the explorer reads from name, task and
    architecture (explorer_filters.model_tags), so both count the same models as "instruct"."""
    plain = row if isinstance(row, dict) else row.model_dump()
    found = set(_get(row, "tags") or []) | set(model_tags(plain))
    if found & {"embedding"}:
        found.discard("instruct")
    # "web-build": the row is itself a web build (a Transformers.js port), judged in a browser tab only (calc-list.js)
    return [t for t in TAGS if t in found] + (["web-build"] if "web-build" in found else [])


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_calc_data(models: list, site_dir: Path, rules: Optional[FitRules] = None) -> int:
    """assets/calc/index.json (search), assets/calc/models.json (the reverse view: every model, each with
    its web build's terms under "web" when rules are given) and assets/calc/m/<id>.json (one model, the
    first answer's only data). Returns files written."""
    folder = Path(site_dir) / "assets" / "calc"
    entries = [model_entry(row) for row in models]
    # every model with its web build's terms: the list, and one model's view on a browser tab (calc-list.js)
    every = [{**entry, "web": web_entry(row, rules)} for entry, row in zip(entries, models)] if rules else entries
    written = write_atomic(folder / "index.json", _dump([index_entry(row) for row in models]), durable=False)
    written += write_atomic(folder / "models.json", _dump(every), durable=False)
    for entry in every:
        written += write_atomic(folder / "m" / file_name(entry["id"]), _dump(entry), durable=False)
    return int(written)


def list_messages_name(lang: str) -> str:
    return f"messages-list-{lang}.json"


def write_list_messages(languages: list[str], site_dir: Path) -> int:
    """assets/calc/messages-list-<lang>.json: the messages calc-search.js and calc-list.js name and the
    calculator's script does not, compiled as the page's (pipeline/site/compiled_messages.py). Returns files written."""
    from pipeline.i18n.locales import load_locale
    from pipeline.site.compiled_messages import to_json
    from pipeline.site.messages import compiled_messages

    written = 0
    for lang in languages:
        table = compiled_messages(load_locale(lang), LATER_SCRIPTS, leave_out=(SCRIPT,))
        written += write_atomic(Path(site_dir) / "assets" / "calc" / list_messages_name(lang), to_json(lang, table), durable=False)
    return int(written)
