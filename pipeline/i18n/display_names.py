"""Display names of file formats, runtimes and in-browser builds: what a reader sees instead of an id.

One table for every page, chart and the explorer's data. Product names (GGUF, MediaPipe, WebLLM,
llama.cpp) are the same in every language and live here; words ("other", "default weights
(estimated)") and the way a build is named ("WebLLM (q4f16_1)", zh "WebLLM（q4f16_1）") are
messages of each language's locale file.
"""

from __future__ import annotations

import re

# File formats of data/ (`downloads[].format`) -> the name their makers use.
FORMAT_NAMES = {
    "safetensors": "safetensors",  # Hugging Face writes it in lower case
    "pytorch": "PyTorch (.bin)",
    "gguf": "GGUF",
    "onnx": "ONNX",
    "tflite": "LiteRT (TensorFlow Lite)",
    "mediapipe": "MediaPipe",
    "mlc": "MLC",
    "mlx": "MLX",
}
# Names with an aside, bracketed the page's way through display.aside ("PyTorch (.bin)", zh "PyTorch（.bin）").
FORMAT_ASIDES = {"pytorch": ("PyTorch", ".bin"), "tflite": ("LiteRT", "TensorFlow Lite")}
# Formats named by a word, in the locale file (chart.downloads.format_<id>).
FORMAT_WORDS = ("other", "estimate")

# Runtimes of data/ (`web_builds[].runtime`, fit rules) -> their own spelling.
RUNTIME_NAMES = {
    "webllm": "WebLLM",
    "transformers.js": "Transformers.js",
    "mediapipe": "MediaPipe",
    "llama.cpp": "llama.cpp",
    "litert": "LiteRT",
    "vllm": "vLLM",
    "mlx": "MLX",
    "onnxruntime-web": "ONNX Runtime Web",
    "litert": "LiteRT",  # fit.WEB_RUNTIMES: a .litertlm bundle (the browser table showed "litert (int8)")
}

# An MLX build named by a code of two widths, mlx-community/gpt-oss-120b-MXFP4-Q8: no recorded source (config copy or
# model card) says which layers take which width, so a page shows the first format and "MLX build", never the code
# (review 8, ar #5); explorer-model.js MLX_MIXED is the same rule.
MLX_MIXED = re.compile(r"^(MXFP4|NVFP4|MXFP8)-Q\d+$")
# An MLX build named by its bit width, mlx-community/Meta-Llama-3.1-8B-Instruct-4bit: the page writes the width
# in words ("4-bit", zh "4 位") and "MLX build", never the repository's tag '4bit' (review 10, zh #7);
# explorer-model.js MLX_BITS is the same rule.
MLX_BITS = re.compile(r"^(\d{1,2})bits?$")

# An MLC build id names its quantization: "Llama-3.1-8B-Instruct-q4f16_1-MLC" -> "q4f16_1".
_MLC_QUANT = re.compile(r"-(q\d+f\d+(?:_\d+)?)-MLC\b")


def format_name(fmt: str, locale) -> str:
    """'gguf' -> 'GGUF'; a word ('other') from the page's locale; an unknown id as it is."""
    if fmt in FORMAT_ASIDES:
        name, aside = FORMAT_ASIDES[fmt]
        return name + locale.t("display.aside", text=aside)
    if fmt in FORMAT_NAMES:
        return FORMAT_NAMES[fmt]
    if fmt in FORMAT_WORDS:
        return locale.t(f"chart.downloads.format_{fmt}")
    return fmt


def mlx_mixed(name: str) -> str:
    """'MXFP4-Q8' (an MLX build's code of two widths) -> 'MXFP4'; '' for any other name."""
    match = MLX_MIXED.match(name or "")
    return match.group(1) if match else ""


def mlx_bits(name: str) -> str:
    """'4bit' or '4bits' (an MLX build's bit-width tag) -> '4'; '' for any other name."""
    match = MLX_BITS.match(name or "")
    return match.group(1) if match else ""


def runtime_name(runtime: str) -> str:
    """'webllm' -> 'WebLLM'; an unknown runtime as it is."""
    return RUNTIME_NAMES.get(runtime, runtime)


# Fit-rule runtimes (data/fit.yaml `runtimes:` keys) that are a group named in words, not a product:
# their name is a message of each language (display.runtime_<key>), never data/'s English.
RUNTIME_WORDS = ("browser",)


def rule_runtime_name(engine: str, data_name: str, locale) -> str:
    """The name of a fit-rule runtime as a reader sees it: 'llama.cpp', 'vLLM', 'MLX' as their
    makers write them; 'browser' in the page's language ('a browser runtime (Transformers.js, …)')."""
    if engine in RUNTIME_WORDS:
        return locale.t(f"display.runtime_{engine}")
    return RUNTIME_NAMES.get(engine.lower(), data_name)


def build_variant(build: str) -> str:
    """The part of a build id a reader needs: 'mediapipe:int4' -> 'int4',
    'mlc:Qwen3-8B-q4f16_1-MLC' -> 'q4f16_1' (empty when the id names none)."""
    kind, _, ident = build.partition(":")
    if kind == "mlc":
        match = _MLC_QUANT.search(ident)
        return match.group(1) if match else ""
    return ident if ident and len(ident) <= 12 and "/" not in ident else ""


def web_build_name(build: str, runtime: str, locale) -> str:
    """'mediapipe:int4' in 'mediapipe' -> 'MediaPipe (int4)'; 'mlc:…-q0f32-MLC-b4' in 'webllm' ->
    'WebLLM (q0f32)', through the locale's message (zh writes full-width brackets)."""
    variant = build_variant(build)
    name = runtime_name(runtime)
    if not variant:
        return name
    return locale.t("display.web_build", runtime=name, variant=variant)
