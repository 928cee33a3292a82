"""Device fit (pure): memory one model needs in one weight format at one context length, and verdicts.

memory = weights + KV cache + overhead. Each weight format is loaded by one runtime (GGUF: llama.cpp;
safetensors, AWQ, GPTQ, FP8: a vLLM-style server or transformers; MLX: MLX; ONNX, MediaPipe, WebLLM:
the browser runtimes). Weights are the real file size when the file exists (else parameters × bytes
per parameter); the KV cache comes from the model row's layer-aware `kv_cache`, kept the way that
runtime keeps it, at the KV-cache precision asked for (or the nearest finer one the runtime offers);
overhead is the runtime's allowance plus a compute buffer growing with context (data/devices.yaml,
calibrated on data/calibration.yaml). Mixture-of-experts models count every expert (total parameters).
A missing or undisclosed figure gives None; the verdict is "unknown" only when nothing known settles
it: weights alone above usable memory already say "does not fit", and a context beyond the model's
own limit says "too-long" (the context is never silently capped).
"""

from __future__ import annotations

import re
import weakref
from typing import Optional

from pipeline.data import ggufquant
from pipeline.contract import PRECISION_BYTES, Device, FitRow, FitRules, KVCache, RuntimeRule, Verdict
from pipeline.data import speed

ESTIMATES = ("fp16", "int8", "int4")
# A safetensors download of quantized weights: MLX 4/8-bit, AWQ, GPTQ, FP8 builds.
QUANTIZED_BUILD = re.compile(r"MLX|AWQ|GPTQ|\d\s*-?BIT|INT[48]|FP8|BNB")
QUANTIZED_STORAGE = {"MXFP4", "NVFP4", "FP8", "F8_E4M3"}
# A repository that ships quantized weights (a vendor's NVFP4/FP8 checkpoint, an AWQ or MLX build): no
# 16-bit or GGUF file of its own, so no estimate of one stands for it in a table's columns.
PREQUANTIZED_NAME = re.compile(r"NVFP4|MXFP4|FP8|AWQ|GPTQ|BNB|\bMLX\b|\b[48]-?BIT\b|\bINT[48]\b", re.I)
WEB_RUNTIMES = {"onnx": "transformers.js", "mediapipe": "mediapipe", "tflite": "litert", "mlc": "webllm"}
# The runtime that loads each download format; estimates: fp16 as a safetensors server would, int8
# and int4 as the most common builds of those precisions (GGUF Q8_0, Q4_K_M) in llama.cpp.
ENGINES = {"gguf": "llama.cpp", "safetensors": "vllm", "pytorch": "vllm", "mlx": "mlx", "onnx": "browser",
           "mediapipe": "browser", "tflite": "browser", "mlc": "browser", "other": "vllm",
           "fp32": "vllm", "fp16": "vllm", "int8": "llama.cpp", "int4": "llama.cpp"}
# Engines whose files run on one kind of device only: MLX on Apple silicon, the browser runtimes in a tab. Their
# files are never a precision's one figure (a GPU's or laptop's int4 is not a MediaPipe build; review 6).
DEVICE_BOUND = ("mlx", "browser")
ENCODER_ONLY = re.compile(r"(ForMaskedLM|ForSequenceClassification|ForTokenClassification|"
                          r"ForQuestionAnswering)$")
# Hub tasks answered in one forward pass over the input: nothing is generated, so no KV cache is kept.
ENCODER_TASKS = {"fill-mask", "text-classification", "token-classification", "question-answering"}


def _row(row: object, key: str) -> object:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def precision_of(fmt: str, variant: str, stored_dtype: Optional[str] = None) -> Optional[str]:
    """The precision bucket (fp32/fp16/int8/int4) a download belongs to, or None (e.g. Q6_K)."""
    v = (variant or "").upper()
    if fmt in ("safetensors", "pytorch") and QUANTIZED_BUILD.search(v):  # "MLX 4bit", "AWQ", "GPTQ-Int8"
        return "int4" if re.search(r"4\s*-?BIT|INT4|Q4|FP4|AWQ|W4", v) else "int8" if re.search(r"8\s*-?BIT|INT8|Q8|FP8|W8", v) else None
    if fmt in ("safetensors", "pytorch"):
        dtype = (stored_dtype or v).upper()
        # a checkpoint stored in 4 or 8 bits (gpt-oss MXFP4, NVIDIA NVFP4, DeepSeek FP8) is a real file of
        # that precision, never a 16-bit one
        return {"F32": "fp32", "BF16": "fp16", "F16": "fp16", "FP16": "fp16", "FP32": "fp32", "MXFP4": "int4",
                "NVFP4": "int4", "FP8": "int8", "F8_E4M3": "int8"}.get(dtype)
    if fmt == "gguf":
        if re.match(r"^(I?Q4|MXFP4)", v):
            return "int4"
        if v.startswith("Q8"):
            return "int8"
        return {"F16": "fp16", "BF16": "fp16", "F32": "fp32"}.get(v)
    if fmt == "onnx":  # Transformers.js builds: onnx/model.onnx, onnx/model_fp16.onnx, model_bnb4, model_q4f16 …
        v = v.rsplit("/", 1)[-1]
    if re.search(r"INT4|Q4|FP4|4BIT|BNB4", v):  # "MLX MXFP4-Q8": MXFP4 experts, the rest 8-bit: a 4-bit build
        return "int4"
    if re.search(r"INT8|Q8|UINT8|QUANTIZED", v):
        return "int8"
    if re.search(r"FP16|F16", v):
        return "fp16"
    if fmt == "onnx" and v in ("", "DEFAULT", "MODEL", "MODEL_FP32"):
        return "fp32"
    return None


class FormatMemo:
    """weight_formats_of for one build's rows, each worked out once (96,547 calls at 5,000 models: once per row,
    not again per device, language and table). A build's data object owns it (SiteData.remember_formats), so two
    builds in one process each keep their own; a row not among `rows` (compute still filling it in, a copy)
    is never served a remembered answer."""

    def __init__(self, rows: list) -> None:
        self._rows: dict[int, tuple[object, Optional[list[dict]]]] = {id(row): (row, None) for row in rows}
        _memos.add(self)

    def formats(self, row: object) -> Optional[list[dict]]:
        """The row's formats (a fresh list), or None when the row is not one of this memo's."""
        entry = self._rows.get(id(row))
        if entry is None or entry[0] is not row:
            return None
        if entry[1] is None:
            entry = self._rows[id(row)] = (row, weight_formats_of(row))
        return list(entry[1])


# Only where weight_formats finds the live memos: each is owned (and dropped) by its build's data object
_memos: weakref.WeakSet[FormatMemo] = weakref.WeakSet()


def weight_formats(row: object) -> list[dict]:
    """weight_formats_of(row), worked out once for a row of a build that remembers its rows (FormatMemo)."""
    for memo in list(_memos):
        found = memo.formats(row)
        if found is not None:
            return found
    return weight_formats_of(row)


def weight_formats_of(row: object) -> list[dict]:
    """Every weight format the model can be run in: its real downloads, then estimates for the
    precisions no real file covers (an MLX file covers none: it runs on Apple silicon only). Each: format key, precision, estimated, bytes, basis, largest file."""
    params = _row(row, "params_total")
    formats: list[dict] = []
    has_default = False
    for download in _row(row, "downloads") or []:
        fmt, variant = _row(download, "format"), _row(download, "variant")
        if fmt == "safetensors" and not QUANTIZED_BUILD.search((variant or "").upper()):
            key, has_default = "safetensors", True
        else:  # a quantized safetensors build (MLX, AWQ, GPTQ) is its own format, never the 16-bit default
            key = f"{fmt}:{variant}"
        if any(f["format"] == key for f in formats):
            continue
        formats.append({"format": key, "precision": precision_of(fmt, variant, _row(row, "stored_dtype")
                                                                 if key == "safetensors" else None),
                        "estimated": False, "weights_bytes": _row(download, "bytes"),
                        "basis": _row(download, "basis") or "file-sizes",
                        "largest_file_bytes": _row(download, "largest_file_bytes"),
                        "runtime": WEB_RUNTIMES.get(fmt),
                        "engine": "mlx" if "MLX" in (variant or "").upper() else ENGINES.get(fmt, "vllm")})
    weights = _row(row, "weights_bytes")
    if weights and not has_default:
        # a checkpoint stored in 4 or 8 bits (gpt-oss MXFP4) sized from its own tensor list is that repository's
        # download, the only one it ships: a real file, not parameters × an assumed width
        estimated = bool(_row(row, "weights_bytes_estimated")) and not (
            (_row(row, "stored_dtype") or "").upper() in QUANTIZED_STORAGE
            and _row(row, "weights_bytes_basis") in ("hub-safetensors", "reconstructed"))
        formats.insert(0, {"format": "safetensors", "precision": precision_of("safetensors", "",
                                                                             _row(row, "stored_dtype")),
                           "estimated": estimated, "weights_bytes": weights,
                           "basis": _row(row, "weights_bytes_basis") or "file-sizes",
                           "largest_file_bytes": None, "runtime": None, "engine": "vllm"})
    # an MLX file covers its precision on Apple silicon only, a web build (MediaPipe, LiteRT, WebLLM, ONNX for
    # Transformers.js) in a browser tab only: elsewhere the estimate stands in for it
    covered = {f["precision"] for f in formats if not f["estimated"] and f["engine"] not in DEVICE_BOUND}
    for precision in ESTIMATES:
        if precision in covered:
            continue
        size, basis = estimate(row, precision, params)
        formats.append({"format": precision, "precision": precision, "estimated": True,
                        "weights_bytes": size, "basis": basis,
                        "largest_file_bytes": None, "runtime": None, "engine": ENGINES[precision]})
    return formats


# An 8- or 4-bit estimate means the most common build of that precision (llama.cpp's Q8_0 and
# Q4_K_M, with the tensors such builds keep at higher precision), never a bare 1 or 0.5 byte a parameter.
COMMON_BUILD = {"int8": "Q8_0", "int4": "Q4_K_M"}


def estimate(row: object, precision: str, params: Optional[int]) -> tuple[Optional[int], str]:
    """(≈ bytes, basis) of a precision no real file covers: the common GGUF build from the config's
    tensor shapes, else from the parameter count at that build's main type; fp16 at 2 bytes a parameter."""
    quant = COMMON_BUILD.get(precision)
    if quant is None:
        return (round(params * PRECISION_BYTES[precision]), "params × bytes") if params else (None, "unknown")
    from_config = (_row(row, "gguf_estimate_bytes") or {}).get(quant)
    if from_config:
        return from_config, f"≈ {quant}: {FROM_SHAPES}"
    if params:
        size, _ = ggufquant.estimate_gguf_bytes(int(params), quant)
        return size, f"≈ {quant}: {FROM_COUNT}"
    return None, "unknown"


# The two bases of an 8- or 4-bit estimate: two models of one size can differ by a tenth (MiMo 7B Base
# ≈ 4.29 GB from its count, Qwen2.5 7B ≈ 4.68 GB from its shapes), so a page says which one a figure has.
FROM_SHAPES = "llama.cpp's rule over the config's tensors"
FROM_COUNT = "parameters × its main type's bits"


def estimate_kind(fmt: Optional[dict]) -> int:
    """0: not an estimate of a common build; 1: from the config's tensor shapes; 2: from the parameter count."""
    if not fmt or not fmt.get("estimated") or fmt.get("format") not in COMMON_BUILD:
        return 0
    return 1 if str(fmt.get("basis") or "").endswith(FROM_SHAPES) else 2 if str(fmt.get("basis") or "").endswith(FROM_COUNT) else 0


def precision_weights(row: object, precision: str, web: bool = True) -> Optional[dict]:
    """The weight format a table's fp16/int8/int4 column shows: the real file of llama.cpp's common
    build of that precision (Q8_0, Q4_K_M), else a real GGUF, else any real file of that precision (not an MLX
    file nor a web build: DEVICE_BOUND), else the estimate
    (≈ that common build) — one meaning per precision across tables, explorer and calculator."""
    formats = weight_formats(row)
    common = COMMON_BUILD.get(precision)
    # an Apple-only MLX file is never a column's figure; a tab-only web build is not with `web` False (a GPU's or
    # a laptop's figure: the calculator's list, calc-list.js columnFormat), though the weights tables show it
    real = [f for f in formats if f["precision"] == precision and not f["estimated"] and f["weights_bytes"]
            and f["engine"] != "mlx" and (web or f["engine"] != "browser")]
    real.sort(key=lambda f: (not (common and f["format"].upper().endswith(":" + common)),
                             not f["format"].startswith("gguf:")))  # stable: download order otherwise
    if real:
        return real[0]
    return next((f for f in formats if f["format"] == precision and f["weights_bytes"]), None)


def precision_size(row: object, precision: str) -> tuple[Optional[int], bool]:
    """(bytes, estimated) of the weights at a precision, one meaning on every page: precision_weights, else
    (fp32, which no estimate covers) parameters × bytes, an estimate as the fp16 one is (methodology: a figure
    from the parameter count is marked ≈; th review 10 #8 found 16.1 GB bare on one page, ≈ on the others)."""
    fmt = precision_weights(row, precision)
    if fmt:
        return fmt["weights_bytes"], bool(fmt["estimated"])
    size = None if precision in COMMON_BUILD else (_row(row, "memory_bytes") or {}).get(precision)
    return size, size is not None


def prequantized(row: object) -> bool:
    """Whether the repository ships only quantized weights (stored in 4 or 8 bits, or named for a quantized build)."""
    return ((_row(row, "stored_dtype") or "").upper() in QUANTIZED_STORAGE
            or bool(PREQUANTIZED_NAME.search(str(_row(row, "id") or ""))))


def column_weights(row: object, precision: str, web: bool = True) -> Optional[dict]:
    """precision_weights for a table column: None for a pre-quantized repository whose only figure of
    that precision is an estimate (≈ 16-bit or ≈ Q4_K_M of the NVIDIA NVFP4 checkpoint would be another
    repository's file)."""
    fmt = precision_weights(row, precision, web)
    return None if fmt is None or (fmt["estimated"] and prequantized(row)) else fmt


def kv_bytes(row: object, context: int, runtime: Optional[RuntimeRule] = None,
             kv_precision: int = 16) -> tuple[Optional[int], str]:
    """(KV cache bytes at `context` tokens, basis); None when the config does not say enough.
    With a runtime: kept as that runtime keeps it, at `kv_precision` bits (or the nearest finer one
    it offers); without: as the config describes it, at 16 bits."""
    cache = _row(row, "kv_cache")
    if _encoder_only(row) and (cache is None or _row(cache, "status") != "computed"):
        return 0, "no KV cache (encoder-only: nothing is generated)"
    bits = runtime.kv_precision(kv_precision) if runtime else 16
    scale = (runtime.kv_bytes_per_value[bits] / 2) if runtime else 1.0
    at = f" at {bits}-bit ({runtime.kv_bytes_per_value[bits]:g} B per value)" if runtime and bits != 16 else ""
    if cache is not None:
        cache = cache if isinstance(cache, KVCache) else KVCache.model_validate(cache)
        if cache.status == "not-applicable":
            return cache.state_bytes, "no KV cache (encoder-only or state-space)"
        if cache.status == "unknown":
            return None, "unknown"
        full, full_layers, sliding, window = (cache.full_bytes_per_token, cache.full_layers,
                                              cache.sliding_bytes_per_token, cache.sliding_window)
        ignored = ""
        if runtime and sliding and (_row(row, "architecture") or "") in runtime.ignores_sliding_window:
            # the runtime keeps every token in these layers (e.g. llama.cpp for Mistral 7B v0.1)
            full, full_layers, sliding = full + sliding, full_layers + cache.sliding_layers, 0
            ignored = f"; {runtime.name} keeps the full cache for this architecture (no sliding window)"
        if runtime and cache.attention == "mla" and runtime.mla_cache_factor != 1:
            # llama.cpp keeps MLA's keys (latent + rope) and values (latent) apart: 1,088 values a layer, not 576
            full, ignored = round(full * runtime.mla_cache_factor), ignored + (
                f"; {runtime.name} keeps MLA keys and values apart (× {runtime.mla_cache_factor:g} the latent)")
        tokens = round((full * context + sliding * min(context, window or context)) * scale)
        parts = [f"{full_layers} full-attention layers: {full:,} B/token × {context:,}"]
        if sliding:
            parts.append(f"{cache.sliding_layers} sliding-window layers: {sliding:,} B/token "
                         f"× {min(context, window or context):,}")
        if cache.state_bytes:
            parts.append(f"fixed state {cache.state_bytes:,} B")
        return tokens + cache.state_bytes, "; ".join(parts) + at + ignored
    per_token = _row(row, "kv_cache_bytes_per_token")
    if per_token:
        return round(per_token * context * scale), f"{per_token:,} B/token × {context:,} (full attention, not layer-aware){at}"
    return None, "unknown"


def _encoder_only(row: object) -> bool:
    return bool(ENCODER_ONLY.search(_row(row, "architecture") or "")
                or _row(row, "pipeline_tag") in ENCODER_TASKS)


def contexts_for(row: object, rules: FitRules) -> list[int]:
    """The site's context lengths, as asked: never capped at the model's maximum (a longer one gets
    the verdict "too-long")."""
    return list(rules.contexts)


def shortest_context(row: object, rules: FitRules) -> int:
    """The site's shortest context, or the model's own limit when that is shorter (the least a model
    can be asked to hold: model pages and the browser table use it, and say so)."""
    limit = _row(row, "context_length")
    return min(rules.contexts[0], limit) if limit else rules.contexts[0]


def fit_row(row: object, fmt: dict, context: int, rules: FitRules, kv_precision: int = 16) -> FitRow:
    engine = fmt.get("engine") or "vllm"
    runtime = rules.runtimes[engine]
    weights = fmt["weights_bytes"]
    kv, kv_basis = kv_bytes(row, context, runtime, kv_precision)
    vocab, hidden = _row(row, "vocab_size"), _row(row, "hidden_size")
    overhead = runtime.overhead(context, vocab, hidden)
    total = weights + kv + overhead if weights is not None and kv is not None else None
    return FitRow(model=_row(row, "id"), format=fmt["format"], estimated=fmt["estimated"], context=context,
                  context_limit=_row(row, "context_length"),
                  weights_bytes=weights, weights_basis=fmt["basis"], kv_bytes=kv, kv_basis=kv_basis,
                  kv_precision=runtime.kv_precision(kv_precision), engine=engine, overhead_bytes=overhead,
                  overhead_basis=_overhead_basis(runtime, context, vocab, hidden),
                  total_bytes=total)


def _overhead_basis(runtime: RuntimeRule, context: int, vocab: Optional[int], hidden: Optional[int]) -> str:
    parts = [f"{runtime.name}: {runtime.fixed_bytes:,} B"]
    if runtime.bytes_per_vocab_entry:
        parts.append(f"{runtime.bytes_per_vocab_entry:,} B × {vocab or runtime.vocab_fallback:,} vocabulary entries"
                     + ("" if vocab else " (vocabulary not stated: assumed)"))
    scale = "" if hidden == runtime.reference_hidden_size else (
        f" × hidden size {hidden:,} ÷ {runtime.reference_hidden_size:,}" if hidden else " (hidden size not stated: "
        f"{runtime.reference_hidden_size:,} assumed)")
    parts.append(f"{runtime.compute_bytes_per_token:,} B/token × {context:,}{scale}")
    return " + ".join(parts)


def apple_silicon(device: object) -> bool:
    """Whether a device is an Apple-silicon Mac (unified memory, named Apple): the only one MLX runs on."""
    name = f"{_row(device, 'id')} {_row(device, 'name')}".lower()
    return bool(_row(device, "unified")) and "apple" in name


def offered(fmt: dict, apple: bool = True) -> bool:
    """Whether a weight format can run on a device that is not a browser tab: MLX needs Apple silicon; a web
    build (the browser runtimes) runs in a tab only; every other runtime runs anywhere."""
    return apple if fmt.get("engine") == "mlx" else fmt.get("engine") != "browser"


def find_format(row: object, key: str, apple: bool = True) -> Optional[dict]:
    """A weight format by key (`safetensors`, `gguf:Q4_K_M`, `int4`); a precision name falls back to
    the real file of that precision when there is no estimate (real files win), skipping MLX files
    off Apple silicon (`apple` False)."""
    formats = weight_formats(row)
    precision = key in PRECISION_BYTES
    # a real file first: the estimate of a precision an MLX file holds stands beside it, for other devices
    for fmt in formats:
        if precision and fmt["precision"] == key and not fmt["estimated"] and offered(fmt, apple):
            return fmt
    for fmt in formats:
        if fmt["format"] == key:
            return fmt
    if precision:
        for fmt in formats:
            if fmt["precision"] == key and offered(fmt, apple):
                return fmt
    return None


def verdict(total: Optional[int], device: Device, rules: FitRules) -> Verdict:
    return rules.verdict(total, device.usable_bytes)


def judge(result: FitRow, usable: int, rules: FitRules) -> Verdict:
    """The verdict for one fit row on `usable` bytes: weights (and what else is known) above usable
    memory -> "no", whatever is unknown; a context beyond the model's limit -> "too-long"; then the
    total against the rule; "unknown" only when none of these settles it."""
    too_long = bool(result.context_limit and result.context > result.context_limit)
    # past the model's limit the KV cache and buffers at that length are hypothetical: weights only
    parts = (result.weights_bytes,) if too_long else (result.weights_bytes, result.overhead_bytes, result.kv_bytes)
    known = sum(part for part in parts if part is not None)
    if result.weights_bytes is not None and known > usable:
        return "no"
    if too_long:
        return "too-long"
    return rules.verdict(result.total_bytes, usable)


def limit_unrecorded(limit: FitRow | Optional[int], verdict_: Verdict) -> bool:
    """Whether a memory verdict of "fits" or "tight" stands at a context nobody recorded the model can read
    (no context limit stated): it stays the memory verdict, but lists and filters do not count the model
    among the plain fits at that context; they name it apart (issue 23; fit-rule.js FitRule.unrecorded).
    `limit`: a fit row (its context_limit) or the model's stated limit itself. The one place of this rule
    in Python: the ladder's largest cells, the explorer's need and browser-tab codes all ask it."""
    if isinstance(limit, FitRow):
        limit = limit.context_limit
    return verdict_ in ("fits", "tight") and not limit


def assess(row: object, fmt: dict, context: int, usable: int, rules: FitRules, kv_precision: int = 16) -> Verdict:
    return judge(fit_row(row, fmt, context, rules, kv_precision), usable, rules)


def verdict_for(row: object, fmt: dict, context: int, device: Device, rules: FitRules,
                kv_precision: int = 16) -> Verdict:
    return assess(row, fmt, context, device.usable_bytes, rules, kv_precision)


def total_function(row: object, fmt: dict, rules: FitRules, kv_precision: int = 16):
    """fit_row(...).total_bytes as a function of context alone, its context-free parts worked out once
    (largest_context's binary search asks ~20 contexts per model and device: fit_row builds a FitRow and
    its basis texts each time). The same arithmetic in the same order; tests/test_fit_total.py checks
    it equals fit_row over every model, format, runtime and KV precision."""
    runtime = rules.runtimes[fmt.get("engine") or "vllm"]
    weights = fmt["weights_bytes"]
    kv = kv_function(row, runtime, kv_precision)
    if weights is None or kv is None:
        return lambda context: None
    vocab, hidden = _row(row, "vocab_size"), _row(row, "hidden_size")
    per_token = runtime.compute_bytes_per_token * (hidden or runtime.reference_hidden_size) / runtime.reference_hidden_size
    fixed = runtime.fixed_bytes + runtime.bytes_per_vocab_entry * (vocab or runtime.vocab_fallback)
    return lambda context: weights + kv(context) + (fixed + round(per_token * context))


def kv_function(row: object, runtime: RuntimeRule, kv_precision: int):
    """kv_bytes(row, context, runtime, kv_precision)[0] as a function of context (no basis text); None
    where it is None."""
    cache = _row(row, "kv_cache")
    if _encoder_only(row) and (cache is None or _row(cache, "status") != "computed"):
        return lambda context: 0
    scale = runtime.kv_bytes_per_value[runtime.kv_precision(kv_precision)] / 2
    if cache is not None:
        cache = cache if isinstance(cache, KVCache) else KVCache.model_validate(cache)
        if cache.status == "not-applicable":
            return None if cache.state_bytes is None else (lambda context: cache.state_bytes)
        if cache.status == "unknown":
            return None
        full, sliding, window = cache.full_bytes_per_token, cache.sliding_bytes_per_token, cache.sliding_window
        if sliding and (_row(row, "architecture") or "") in runtime.ignores_sliding_window:
            full, sliding = full + sliding, 0
        if cache.attention == "mla" and runtime.mla_cache_factor != 1:
            full = round(full * runtime.mla_cache_factor)
        state = cache.state_bytes
        return lambda context: round((full * context + sliding * min(context, window or context)) * scale) + state
    per_token = _row(row, "kv_cache_bytes_per_token")
    if per_token:
        return lambda context: round(per_token * context * scale)
    return None


def largest_context(row: object, fmt: dict, usable: int, rules: FitRules, kv_precision: int = 16,
                    runs: bool = False) -> Optional[int]:
    """The longest context (tokens, at most the model's own limit) whose verdict is "fits" (total at most
    usable × tight_share, the rule's tight line) or, with `runs`, that runs at all ("fits" or "tight":
    total at most usable); 0 when not even one token does; None when the total is unknown or the model
    states no limit (a figure past a limit nobody stated would be invented). The total grows with
    context, so a binary search over whole tokens finds it exactly."""
    limit = _row(row, "context_length")
    wanted = ("fits", "tight") if runs else ("fits",)

    total_at = total_function(row, fmt, rules, kv_precision)

    def ok(context: int) -> Optional[bool]:
        total = total_at(context)
        return None if total is None else rules.verdict(total, usable) in wanted

    first = ok(1)
    if first is None:
        return None
    if not first:
        return 0
    if not limit:
        return None
    if ok(limit):
        return limit
    low, high = 1, limit  # ok(low) is true, ok(high) is false
    while high - low > 1:
        middle = (low + high) // 2
        if ok(middle):
            low = middle
        else:
            high = middle
    return low


def context_range(row: object, fmt: dict, usable: int, rules: FitRules, kv_precision: int = 16) -> tuple:
    """(longest context with headroom, longest that runs at all): largest_context without and with `runs`;
    the two a verdict is shown with, so a "tight" verdict never sits beside "not even one token fits"."""
    return (largest_context(row, fmt, usable, rules, kv_precision),
            largest_context(row, fmt, usable, rules, kv_precision, runs=True))


def browser_fit(row: object, rules: FitRules) -> dict:
    """Whether the model can run in a browser tab: a web-runtime build, its largest single file
    under the file limit, and the total at the shortest context within the tab budget."""
    web = [f for f in weight_formats(row) if f["runtime"]]
    if not web and _row(row, "web_builds"):
        return _stated_web_build(row, rules)
    if not web:
        return {"format": None, "runtime": None, "largest_file_bytes": None, "file_ok": None,
                "context": None, "total_bytes": None, "verdict": "no-build"}
    context = shortest_context(row, rules)
    best = min(web, key=lambda f: f["weights_bytes"] if f["weights_bytes"] is not None else float("inf"))
    result = fit_row(row, best, context, rules)
    total = result.total_bytes
    largest = best["largest_file_bytes"]
    if largest is None and _row(row, "downloads"):
        for download in _row(row, "downloads"):
            if f"{_row(download, 'format')}:{_row(download, 'variant')}" == best["format"] and _row(download, "files") == 1:
                largest = _row(download, "bytes")
    file_ok = None if largest is None else largest < rules.browser_file_limit_bytes
    verdict_ = judge(result, rules.browser_budget_bytes, rules)
    if file_ok is False:
        verdict_ = "no"
    out = {"format": best["format"], "runtime": best["runtime"], "largest_file_bytes": largest,
           "file_ok": file_ok, "context": context, "total_bytes": total, "verdict": verdict_}
    if verdict_ == "unknown":
        out.update(_upper_bound(row, context, rules))
    return out


def _upper_bound(row: object, context: int, rules: FitRules) -> dict:
    """A web build whose size nobody recorded, judged at its upper bound: 32-bit weights (no build is wider)
    + KV cache + buffers at `context`. When that fits the tab, and even all the weights stay under the
    single-file limit, the build fits whatever its size ("bound_bytes"); otherwise the answer depends on the
    unknown size and stays "unknown". Empty when nothing can be said."""
    params = _row(row, "params_total")
    if not params:
        return {}
    widest = {"format": "fp32", "precision": "fp32", "estimated": True, "weights_bytes": round(params * PRECISION_BYTES["fp32"]),
              "basis": "params × 4 B (upper bound)", "engine": "browser"}
    bound = fit_row(row, widest, context, rules)
    verdict_ = judge(bound, rules.browser_budget_bytes, rules)
    if verdict_ not in ("fits", "tight") or widest["weights_bytes"] >= rules.browser_file_limit_bytes:
        return {}
    return {"verdict": verdict_, "bound_bytes": bound.total_bytes}


def _stated_web_build(row: object, rules: FitRules) -> dict:
    """A web build known only by the memory its runtime states (WebLLM's vram_required_MB: MiB of
    weights, buffers and KV cache at the compiled context, per its utils/vram_requirements.ts)."""
    builds = [b for b in _row(row, "web_builds") if _row(b, "memory_mb")]
    if not builds:
        build = _row(row, "web_builds")[0]
        context = shortest_context(row, rules)
        return {"format": _web_build_key(build), "runtime": _row(build, "runtime"), "largest_file_bytes": None,
                "file_ok": None, "context": context, "total_bytes": None, "verdict": "unknown",
                **_upper_bound(row, context, rules)}
    build = min(builds, key=lambda b: _row(b, "memory_mb"))
    total = round(_row(build, "memory_mb") * 1024 * 1024)
    return {"format": _web_build_key(build), "runtime": _row(build, "runtime"), "largest_file_bytes": None,
            "file_ok": None, "total_bytes": total, "verdict": rules.verdict(total, rules.browser_budget_bytes)}


def _web_build_key(build: object) -> str:
    """A stated web build's format key, by the runtime that loads it (a Transformers.js build is an ONNX
    file, never an MLC one)."""
    kind = {v: k for k, v in WEB_RUNTIMES.items()}.get(_row(build, "runtime"), "mlc")
    return f"{kind}:{_row(build, 'build')}"


def fit_document(models: list, rules: FitRules, devices: list[Device]) -> dict:
    """data/fit.yaml: the rule, the devices, and per model its weight formats (each with its runtime,
    the memory needed at each context for each KV-cache precision and, on the devices it fits at the
    shortest context, the decode speed), the KV cache at each context (16-bit, as configured) and
    browser feasibility."""
    out = []
    for row in models:
        contexts = contexts_for(row, rules)
        kv = {}
        basis = "unknown"
        for context in contexts:
            kv[context], basis = kv_bytes(row, context)
        formats = weight_formats(row)
        least = [fit_row(row, f, shortest_context(row, rules), rules).total_bytes for f in formats]
        least = [total for total in least if total is not None]
        out.append({
            "id": _row(row, "id"),
            "context_limit": _row(row, "context_length"),
            "least_bytes": min(least) if least else None,
            "least_context": shortest_context(row, rules),
            "contexts": contexts,
            "kv_bytes": kv,
            "kv_basis": basis,
            "formats": [_format_entry(row, f, rules, devices) for f in formats],
            "browser": browser_fit(row, rules),
        })
    return {"rules": rules.model_dump(), "devices": [d.model_dump() for d in devices], "models": out}


def _format_entry(row: object, fmt: dict, rules: FitRules, devices: list[Device]) -> dict:
    entry = {k: fmt[k] for k in ("format", "precision", "estimated", "weights_bytes", "basis", "engine")}
    entry["needed_bytes"] = {bits: [fit_row(row, fmt, c, rules, bits).total_bytes for c in rules.contexts]
                             for bits in rules.kv_precisions}
    entry["tokens_per_s"] = decode_speeds(row, fmt, rules, devices)
    return entry


def decode_speeds(row: object, fmt: dict, rules: FitRules, devices: list[Device],
                  context: Optional[int] = None, kv_precision: int = 16) -> dict:
    """{device id: tokens per second} on every device with a bandwidth where the format fits
    (fits or tight) at `context` (default: the site's shortest)."""
    if rules.speed is None:
        return {}
    context = context or rules.contexts[0]
    result = fit_row(row, fmt, context, rules, kv_precision)
    read = speed.bytes_per_token(result.weights_bytes, result.kv_bytes, speed.active_share(row))
    out = {}
    for device in devices:
        if judge(result, device.usable_bytes, rules) not in ("fits", "tight"):
            continue
        estimate = speed.decode_speed(read, device.bandwidth_bytes_per_s, rules.speed)
        if estimate:
            out[device.id] = estimate["tokens_per_s"]
    return out
