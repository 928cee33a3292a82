"""Weights: unpacking packed quantized counts, the stored number format, and download options (pure).

The Hub's safetensors parameter count counts *elements per dtype*. Quantized repos store several
low-bit weights in one I32/U32/U8 element and add scales, zero points and indices that are not
weights. The rules below turn those element counts back into weights, per quantization method:

- GPTQ / AWQ (I32): qweight holds 32/bits weights per element; qzeros (I32) add 1/group_size of that;
  scales (F16) are weights/group_size elements; GPTQ's g_idx (I32) is one element per input row
  (less than 0.01 %, left in).
- compressed-tensors pack-quantized (I32): weight_packed 32/bits per element; weight_scale weights/group.
- MLX (U32): 32/bits per element; scales and biases are weights/group_size each (default group 64).
  mlx-lm writes a per-module entry into config.json's `quantization` when a module's width differs
  (its mixed_2_6 / mixed_3_6 / mixed_4_6 recipes: mlx_lm/convert.py mixed_quant_predicate_builder at
  ml-explore/mlx-lm@d78bf58e217c904ec282ed8da9b947491f78c022); those modules are unpacked at their own
  width, from their shapes in the config, and only the rest at the global width.
- bitsandbytes 4-bit (U8): 2 weights per byte, absmax per 64 weights (U8 with double quant, else F32).
- NVFP4 (U8): 2 weights per byte, F8_E4M3 scale per 16 weights.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.data.architecture import language_config

DTYPE_BYTES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "F8_E4M3": 1, "F8_E5M2": 1, "F8_E8M0": 1,
               "I64": 8, "I32": 4, "U32": 4, "I16": 2, "U16": 2, "I8": 1, "U8": 1, "BOOL": 1}
PACKED_DTYPES = ("I32", "U32", "U8")
FLOAT_DTYPES = ("F16", "BF16", "F32")
TORCH_DTYPES = {"float32": "F32", "float16": "F16", "bfloat16": "BF16"}
FORMAT_ORDER = ["safetensors", "pytorch", "gguf", "onnx", "tflite", "mediapipe", "mlc", "other"]


def quantization(config: dict) -> dict:
    """method, bits, group_size, double_quant and per-layer bits of a quantized repo (empty dict if none)."""
    quant = config.get("quantization_config") if isinstance(config.get("quantization_config"), dict) else None
    mlx = config.get("quantization") if isinstance(config.get("quantization"), dict) else None
    if mlx is not None and quant is None:
        layer_bits = sorted({int(v["bits"]) for v in mlx.values() if isinstance(v, dict) and v.get("bits")}
                            | ({int(mlx["bits"])} if _int(mlx.get("bits")) else set()))
        return {"method": "mlx", "bits": _int(mlx.get("bits")), "group_size": _int(mlx.get("group_size")) or 64,
                "layer_bits": layer_bits, "overrides": mlx_overrides(config, mlx)}
    if not quant:
        return {}
    method = str(quant.get("quant_method") or "").lower()
    algo = str(quant.get("quant_algo") or quant.get("format") or "").lower()
    if method == "compressed-tensors":
        groups = [g for g in (quant.get("config_groups") or {}).values() if isinstance(g, dict)]
        weights = [g.get("weights") or {} for g in groups]
        bits = sorted({int(w["num_bits"]) for w in weights if w.get("num_bits")})
        group = next((_int(w.get("group_size")) for w in weights if _int(w.get("group_size"))), None)
        kind = "nvfp4" if "nvfp4" in algo or (bits == [4] and any(w.get("type") == "float" for w in weights)) else "ct"
        return {"method": kind, "bits": bits[0] if len(bits) == 1 else None, "group_size": group or 16 if kind == "nvfp4" else group,
                "layer_bits": bits, "format": algo}
    if method == "modelopt" or "nvfp4" in algo:
        return {"method": "nvfp4", "bits": 4, "group_size": 16}
    if method == "bitsandbytes":
        bits = 4 if quant.get("load_in_4bit") else 8 if quant.get("load_in_8bit") else None
        return {"method": "bnb", "bits": bits, "double_quant": bool(quant.get("bnb_4bit_use_double_quant")),
                "type": quant.get("bnb_4bit_quant_type")}
    group = quant.get("group_size") if quant.get("group_size") is not None else quant.get("q_group_size")
    return {"method": method, "bits": _int(quant.get("bits") or quant.get("w_bit")),
            "group_size": _int(group)}


def unpack(by_dtype: dict[str, int], total: int, quant: dict) -> tuple[int | None, dict | None]:
    """(weights count, packed_weights flag) of a repo whose safetensors hold packed elements."""
    method, bits, group = quant.get("method"), quant.get("bits"), quant.get("group_size")
    packed_dtype = {"bnb": "U8", "nvfp4": "U8", "mlx": "U32"}.get(method or "")
    if packed_dtype is None:
        packed_dtype = next((d for d in ("I32", "U32") if by_dtype.get(d)), None)
    if method == "mxfp4" or packed_dtype is None or not by_dtype.get(packed_dtype):
        return None, None
    if method == "bnb" and bits == 8:
        return None, None  # LLM.int8 stores one weight per I8 element: nothing packed
    packed = by_dtype[packed_dtype]
    flag: dict[str, Any] = {"dtype_elements": packed, "bits": bits}
    if not bits:
        return None, flag
    scale_dtype = max((d for d in FLOAT_DTYPES if by_dtype.get(d)), key=lambda d: by_dtype[d], default=None)
    scales = 0
    if method == "bnb":
        weights = packed * 64 / 33 if quant.get("double_quant") else packed * 2  # absmax U8 per 64 with nested quant
        if not quant.get("double_quant"):
            scale_dtype = "F32" if by_dtype.get("F32") else scale_dtype
            scales = weights / 64
    elif method == "nvfp4":
        weights = packed * 2
        scale_dtype, scales = "F8_E4M3", weights / 16
    elif method == "mlx":
        overrides = quant.get("overrides") or []  # (weights, bits) of modules at another width than the global one
        own = sum(count * width / 32 for count, width in overrides)
        weights = sum(count for count, _ in overrides) + (packed - own) * 32 / bits
        scales = 2 * weights / (group or 64)  # scales and biases
    else:  # gptq, awq, compressed-tensors pack-quantized, unknown I32 packing
        zeros = 1 / group if group and method in ("gptq", "awq") else 0
        weights = packed * 32 / bits / (1 + zeros)
        scales = weights / group if group else 0
    if scale_dtype and scales:
        scales = min(scales, by_dtype.get(scale_dtype, 0))
    return round(total - packed - scales + weights), flag


def mlx_overrides(config: dict, mlx: dict) -> list[tuple[int, int]] | None:
    """(weights, bits) of each module mlx-lm quantized at a width other than the global one; None
    when a module's shape cannot be read from the config (the global width is then used for all)."""
    bits = _int(mlx.get("bits"))
    shapes = module_weights(language_config(config))
    found = []
    for path, entry in mlx.items():
        if not isinstance(entry, dict) or _int(entry.get("bits")) in (None, bits):
            continue  # global settings, unquantized modules (false), or the global width
        count = shapes.get(path.rsplit(".", 1)[-1]) if "experts" not in path and "switch" not in path else None
        if count is None:
            return None
        found.append((count, int(entry["bits"])))
    return found


def module_weights(config: dict) -> dict[str, int]:
    """Weights of each Llama-style module of one decoder layer (and the embeddings), from the config."""
    hidden, heads = _int(config.get("hidden_size")), _int(config.get("num_attention_heads"))
    inter, vocab = _int(config.get("intermediate_size")), _int(config.get("vocab_size"))
    if not (hidden and heads):
        return {}
    kv = _int(config.get("num_key_value_heads")) or heads
    head_dim = _int(config.get("head_dim")) or hidden // heads
    shapes = {"q_proj": hidden * heads * head_dim, "k_proj": hidden * kv * head_dim,
              "v_proj": hidden * kv * head_dim, "o_proj": heads * head_dim * hidden}
    if inter:
        shapes.update(gate_proj=hidden * inter, up_proj=hidden * inter, down_proj=inter * hidden)
    if vocab:
        shapes.update(embed_tokens=vocab * hidden, lm_head=vocab * hidden)
    return shapes


def stored_dtype(by_dtype: dict | None, config: dict, quant: dict) -> str | None:
    """The number format of the default weights as a reader knows it (BF16, MXFP4, GPTQ 4-bit…)."""
    method, bits = quant.get("method"), quant.get("bits")
    label = QUANT_LABELS.get(method or "")
    if method == "mxfp4" or (config.get("model_type") == "gpt_oss" and by_dtype and "U8" in by_dtype):
        return "MXFP4"
    if label:
        if method == "mlx" and len(quant.get("layer_bits") or []) > 1:
            return f"{label} {'/'.join(str(b) for b in quant['layer_bits'])}-bit"
        return f"{label} {bits}-bit" if bits and method != "nvfp4" else label
    if by_dtype:
        return max(by_dtype.items(), key=lambda item: (item[1], item[0]))[0]
    return TORCH_DTYPES.get(str(config.get("torch_dtype") or config.get("dtype") or "").lower())


def declared_quantization(repo_id: str | None) -> dict:
    """The format a repo's name declares (nvidia/DeepSeek-V3.1-NVFP4, …-FP8, …-AWQ), for a config copy
    that left its quantization_config out (the aiconfigurator transcriptions do); empty if none."""
    match = DECLARED_FORMAT.search(str(repo_id or ""))
    if not match:
        return {}
    token = match.group(1).upper()
    if token == "NVFP4":
        return {"method": "nvfp4", "bits": 4, "group_size": 16, "declared_by": "name"}
    if token == "MXFP4":
        return {"method": "mxfp4", "bits": 4, "group_size": 32, "declared_by": "name"}
    if token == "FP8":
        return {"method": "fp8", "bits": None, "group_size": None, "declared_by": "name"}
    bits = int(match.group(2) or 4)  # AutoAWQ writes 4-bit only; a GPTQ name says its width (GPTQ-Int4/Int8)
    return {"method": token.lower(), "bits": bits, "group_size": 128, "declared_by": "name"}


def packed_bytes_per_weight(quant: dict) -> float | None:
    """Bytes one quantized weight takes in its format's real layout, scales included:
    NVFP4 4-bit values + one F8_E4M3 scale per 16 = 9/16 B; MXFP4 4-bit + one E8M0 scale per 32 = 17/32 B;
    FP8 1 B (block scales, 4 B per 128×128 block, are 0.02 % and left out); GPTQ/AWQ b/8 B + an F16 scale
    and a b-bit zero point per group; compressed-tensors pack-quantized b/8 + an F16 scale per group;
    MLX b/8 + a 16-bit scale and bias per group; bitsandbytes NF4 0.5 B + an absmax per 64 (U8 with
    double quant, else F32), LLM.int8 1 B. None for a format without a rule."""
    method, bits, group = quant.get("method"), quant.get("bits"), quant.get("group_size")
    if method == "nvfp4":
        return 0.5 + 1 / 16
    if method == "mxfp4":
        return 17 / 32
    if method == "fp8":
        return 1.0
    if method == "bnb" and bits:
        return 1.0 if bits == 8 else 0.5 + (1 if quant.get("double_quant") else 4) / 64
    if not bits or method not in ("gptq", "awq", "ct", "mlx"):
        return None
    group = group or (64 if method == "mlx" else 128)
    per_group = {"gptq": 2 + bits / 8, "awq": 2 + bits / 8, "ct": 2, "mlx": 4}[method]
    return bits / 8 + per_group / group


def packed_estimate(total: int | None, config: dict, quant: dict) -> int | None:
    """Download bytes of a quantized checkpoint from its parameter count: the embeddings and the output
    matrix stay 16-bit (every NVFP4/FP8/AWQ/GPTQ recipe leaves lm_head out and quantizes Linear layers
    only; norms and routers are < 0.1 %), all other weights take their format's packed bytes."""
    per_weight = packed_bytes_per_weight(quant)
    if not total or per_weight is None:
        return None
    vocab, hidden = _int(config.get("vocab_size")), _int(config.get("hidden_size"))
    tied = bool(config.get("tie_word_embeddings"))
    kept = min(total, vocab * hidden * (1 if tied else 2)) if vocab and hidden else 0
    return int((total - kept) * per_weight + kept * 2)


def dtype_bytes_for(config: dict, quant: dict) -> dict[str, float]:
    """Bytes per counted element. MXFP4 (gpt-oss): the Hub counts each 4-bit value of the U8 blocks;
    each value takes half a byte plus one U8 scale per 32 values (the `_scales` tensors): 17/32 byte."""
    if quant.get("method") == "mxfp4" or config.get("model_type") == "gpt_oss":
        return {**DTYPE_BYTES, "U8": 17 / 32}
    return DTYPE_BYTES


def download_options(tree: list | None, extra_files, basis: str = "file-sizes") -> list[dict]:
    """Downloadable weight formats with their byte sizes, from the repo's files and the catalog."""
    groups: dict[tuple[str, str], dict] = {}
    for entry in tree or []:
        if entry.get("type", "file") != "file" or entry.get("size") is None:
            continue
        path = entry["path"]
        fmt, variant = classify_file(path)
        if fmt is None:
            continue
        size = int((entry.get("lfs") or {}).get("size") or entry["size"])
        group = groups.setdefault((fmt, variant), {"format": fmt, "variant": variant, "files": [], "bytes": 0,
                                                   "largest": 0})
        group["files"].append(path)
        group["bytes"] += size
        group["largest"] = max(group["largest"], size)
    consolidated = groups.pop(("safetensors", "consolidated"), None)
    if consolidated:  # Mistral ships the same weights twice: shards for transformers, one file for mistral-inference
        consolidated["variant"] = "default" if ("safetensors", "default") not in groups else "consolidated"
        groups[("safetensors", consolidated["variant"])] = consolidated
    options = [
        {"format": g["format"], "variant": g["variant"], "file": _file_label(sorted(g["files"])),
         "files": len(g["files"]), "bytes": g["bytes"], "basis": basis, "source": None,
         "largest_file_bytes": g["largest"]}
        for g in groups.values()
    ]
    for extra in extra_files:
        options.append({"format": extra.format, "variant": extra.quant or _variant_from_name(extra.file),
                        "file": extra.file, "files": 1, "bytes": extra.size_bytes,
                        "basis": getattr(extra, "basis", None) or "third-party",
                        "source": extra.source, "repo": extra.repo, "largest_file_bytes": extra.size_bytes})
    options.sort(key=lambda o: (FORMAT_ORDER.index(o["format"]), o["bytes"], o["file"]))
    return options


def classify_file(path: str) -> tuple[str | None, str]:
    name = path.rsplit("/", 1)[-1].lower()
    folder = path.rsplit("/", 1)[0] if "/" in path else ""
    if name.endswith(".safetensors"):
        if not folder and re.fullmatch(r"consolidated(\.\d+)?\.safetensors", name):
            return "safetensors", "consolidated"
        return "safetensors", folder or "default"
    if name.endswith(".gguf"):
        stem = SHARD_SUFFIX.sub("", name.removesuffix(".gguf"))  # split shards join their build
        if "mmproj" in stem:  # a vision projector: its own file, never part of the model's F16/BF16 build
            return "other", f"mmproj-{_quant_tag(stem) or stem}"
        return "gguf", _quant_tag(stem) or stem
    if name.endswith(".onnx") or name.endswith(".onnx_data") or name.endswith(".onnx.data"):
        stem = re.sub(r"\.onnx(_data|\.data)?$", "", name)
        return "onnx", f"{folder}/{stem}".strip("/")
    if name.endswith(".tflite"):
        return "tflite", name.removesuffix(".tflite")
    if name.endswith(".task") or re.search(r"-(cpu|gpu)-int[48]\.bin$", name):
        return "mediapipe", name
    if re.fullmatch(r"pytorch_model(-\d+-of-\d+)?\.bin", name) and not folder:
        return "pytorch", "default"
    return None, ""


def weights_bytes(downloads: list[dict], by_dtype: dict | None, total: int | None,
                  dtype: str | None, dtype_bytes: dict[str, float] | None = None, packed: int | None = None,
                  ) -> tuple[int | None, str | None, bool | None]:
    """What downloading the default weights costs: real file sizes first, else the stored count per data
    type, else a quantized repo's packed estimate (`packed_estimate`), else params × dtype bytes."""
    dtype_bytes = dtype_bytes or DTYPE_BYTES
    for wanted in ("safetensors", "pytorch"):
        for option in downloads:
            if (option["format"] == wanted and option["variant"] == "default"
                    and option["basis"] in ("file-sizes", "reconstructed")):
                return option["bytes"], option["basis"], False
    if by_dtype and all(d in dtype_bytes for d in by_dtype):
        return int(sum(count * dtype_bytes[d] for d, count in by_dtype.items())), "hub-safetensors", True
    if packed:
        return packed, "config-estimate", True
    if total and dtype in dtype_bytes:
        return int(total * dtype_bytes[dtype]), "config-estimate", True
    return None, None, None


def _variant_from_name(name: str) -> str:
    return _quant_tag(name) or name


def _quant_tag(name: str) -> str | None:
    """The quant a GGUF (or other) file name carries: Q4_K_M, UD-Q4_K_XL (Unsloth Dynamic, a different
    mix from Q4_K_XL), IQ4_XS, MXFP4_MOE, BF16…; None when it names none."""
    match = QUANT_TAG.search(name)
    return match.group(1).upper().replace("INT", "int") if match else None


def _file_label(files: list[str]) -> str:
    return files[0] if len(files) == 1 else f"{files[0]} (+{len(files) - 1})"


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None


DECLARED_FORMAT = re.compile(r"(?i)(?:^|[-_/.])(NVFP4|MXFP4|FP8|AWQ|GPTQ)(?:-Int(\d))?(?:$|[-_.])")
SHARD_SUFFIX = re.compile(r"(?i)-\d{5}-of-\d{5}$")  # llama.cpp's gguf-split names: -00001-of-00003
QUANT_TAG = re.compile(r"(?i)((?:UD-)?(?:IQ\d_[A-Z0-9_]+|TQ\d_\d|Q\d(?:_[A-Z0-9]+)*|MXFP4(?:_MOE)?|BF16|F16|F32)"
                       r"|int[48])")
QUANT_LABELS = {"gptq": "GPTQ", "awq": "AWQ", "mlx": "MLX", "bnb": "bitsandbytes", "nvfp4": "NVFP4",
                "ct": "compressed-tensors", "fp8": "FP8"}
