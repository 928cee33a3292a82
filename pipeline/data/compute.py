"""Compute stage: turn the raw Hub snapshot and the catalog into the rows the site shows (pure)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.data.catalog import Catalog, HubModel, OffHubModel
from pipeline.errors import CatalogError, SnapshotError
from pipeline.fileio.yamlfile import load_located

SNAPSHOT_FORMAT = "llm-sizes/hub-snapshot@1"
PRECISIONS = ("fp32", "fp16", "int8", "int4")


@dataclass(frozen=True)
class SizeClass:
    id: str
    min_params: int
    max_params: int | None
    rationale: str

    def contains(self, params: int) -> bool:
        return params >= self.min_params and (self.max_params is None or params < self.max_params)


@dataclass(frozen=True)
class Inputs:
    catalog: Catalog
    snapshots: dict[str, dict]  # catalog id -> raw snapshot document
    refresh_status: dict[str, dict]  # catalog id -> {status, error, last_good, failed_at}
    size_classes: tuple[SizeClass, ...]


@dataclass
class Tables:
    models: list[dict]
    size_classes: list[dict]
    meta: dict = field(default_factory=dict)


# Load inputs ---------------------------------------------------------------------------------


def snapshot_path(data_dir: Path, repo_id: str) -> Path:
    return Path(data_dir) / "hub" / f"{repo_id}.json"


def read_snapshot(path: Path) -> dict:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SnapshotError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(document, dict) or document.get("format") != SNAPSHOT_FORMAT:
        raise SnapshotError(f"{path}:1: unknown snapshot format (expected {SNAPSHOT_FORMAT!r})")
    return document


def load_size_classes(path: Path) -> tuple[SizeClass, ...]:
    located = load_located(path, CatalogError)
    try:
        classes = tuple(SizeClass(**entry) for entry in located.data["classes"])
    except (TypeError, KeyError) as exc:
        raise CatalogError(f"{path}: each class needs id, min_params, max_params, rationale ({exc})") from None
    for before, after in zip(classes, classes[1:]):
        if before.max_params != after.min_params:
            raise CatalogError(f"{located.where(('classes',))}: class {after.id!r} must start where "
                               f"{before.id!r} ends ({before.max_params})")
    return classes


def load_inputs(catalog: Catalog, data_dir: Path) -> Inputs:
    """Read every snapshot named by the catalog, the refresh status and the class definitions."""
    data_dir = Path(data_dir)
    snapshots = {}
    for model in catalog.models:
        path = snapshot_path(data_dir, model.id)
        if path.exists():
            snapshots[model.id] = read_snapshot(path)
    status_path = data_dir / "refresh-status.yaml"
    status = {}
    if status_path.exists():
        document = load_located(status_path, SnapshotError).data
        status = (document.get("models") if isinstance(document, dict) else None) or {}
        if not isinstance(status, dict):
            raise SnapshotError(f"{status_path}:1: expected 'models:' mapping repo ids to their failure")
    classes = load_size_classes(data_dir / "size-class-definitions.yaml")
    return Inputs(catalog, snapshots, status, classes)


# Process data --------------------------------------------------------------------------------


def compute_tables(inputs: Inputs) -> Tables:
    """All derived tables from loaded inputs; no I/O, deterministic."""
    rows = [hub_row(model, inputs.snapshots.get(model.id), inputs.refresh_status.get(model.id))
            for model in inputs.catalog.models]
    rows += [offhub_row(model) for model in inputs.catalog.offhub]
    for row in rows:
        row["size_class"] = size_class_of(row["params_total"], inputs.size_classes)
    rows.sort(key=lambda row: (row["params_total"] is None, row["params_total"] or 0, row["id"].lower()))
    classes = size_class_summary(rows, inputs.size_classes)
    dates = sorted(row["fetched_at"] for row in rows if row.get("fetched_at"))
    meta = {
        "data_as_of": dates[-1] if dates else None,
        "models": len(rows),
        "hub_models": len(inputs.catalog.models),
        "stale_models": sum(1 for row in rows if row["status"] == "stale"),
        "reconstructed_models": sum(1 for row in rows if row.get("snapshot_basis") == "reconstructed"),
    }
    return Tables(models=rows, size_classes=classes, meta=meta)


def hub_row(model: HubModel, snapshot: dict | None, status: dict | None) -> dict:
    """One model's figures from its raw snapshot (or an explicit 'no data' row)."""
    row: dict[str, Any] = {
        "id": model.id, "kind": "hub", "name": model.name or model.id.split("/")[-1],
        "family": model.family, "tags": list(model.tags), "url": f"https://huggingface.co/{model.id}",
    }
    if snapshot is None:
        row.update(status="missing", error="no snapshot yet: run python -m pipeline refresh")
        row.update(_empty_figures())
        return row
    provenance = snapshot.get("provenance") or {}
    info = snapshot.get("model_info") or {}
    config = normalized_config(snapshot.get("config_json") or {})
    tree = snapshot.get("tree")
    reconstructed = provenance.get("basis") == "reconstructed"
    row["status"] = "stale" if status else "ok"
    if status:
        row["error"] = status.get("error")
        row["last_good"] = status.get("last_good")
    row["snapshot_basis"] = provenance.get("basis")
    row["fetched_at"] = provenance.get("fetched_at")
    row["revision"] = provenance.get("revision") or info.get("sha")
    requested, answered = provenance.get("requested_id"), provenance.get("repo_id")
    renamed_from = provenance.get("renamed_from") or (requested if requested and answered and requested != answered else None)
    if renamed_from:
        row["renamed_from"] = renamed_from

    params = parameter_count(info, config)
    if reconstructed and params["params_basis"] is not None:
        params["params_basis"] = "reconstructed"
    row.update(params)
    row["params_active"], row["params_active_basis"] = active_parameters(
        params["params_total"], config, provenance.get("published_active_params"))
    row["stored_dtype"] = stored_dtype(params["params_by_dtype"], config)
    row["downloads"] = download_options(tree, model)
    row["weights_bytes"], row["weights_bytes_basis"], row["weights_bytes_estimated"] = weights_bytes(
        row["downloads"], params["params_by_dtype"], params["params_total"], row["stored_dtype"],
        dtype_bytes_for(config))
    row["memory_bytes"] = memory_bytes(params["params_total"])
    row["kv_cache_bytes_per_token"] = kv_cache_bytes_per_token(config)
    row["context_length"] = config.get("max_position_embeddings")
    row["gated"] = info.get("gated")
    row["license"] = (info.get("cardData") or {}).get("license")
    row["pipeline_tag"] = info.get("pipeline_tag")
    row["library_name"] = info.get("library_name")
    row["architecture"] = ((info.get("config") or {}).get("architectures") or config.get("architectures") or [None])[0]
    row["hub_downloads"] = info.get("downloads")
    row["likes"] = info.get("likes")
    row["last_modified"] = info.get("lastModified")
    return row


def offhub_row(model: OffHubModel) -> dict:
    return {
        "id": model.key, "kind": "offhub", "name": model.name, "family": model.family,
        "tags": list(model.tags), "url": model.source, "status": "ok",
        "undisclosed": model.undisclosed, "source_title": model.source_title,
        **_empty_figures(),
        "params_total": model.params_total,
        "params_basis": "published" if model.params_total else None,
        "params_active": model.params_active,
        "params_active_basis": "published" if model.params_active else None,
        "memory_bytes": memory_bytes(model.params_total),
    }


def _empty_figures() -> dict:
    return {
        "params_total": None, "params_basis": None, "params_by_dtype": None, "packed_weights": None,
        "params_active": None, "params_active_basis": None, "stored_dtype": None, "downloads": [],
        "weights_bytes": None, "weights_bytes_basis": None, "weights_bytes_estimated": None,
        "memory_bytes": None,
    }


def normalized_config(config: dict) -> dict:
    """config.json with older architectures' key names (GPT-2, T5, BLOOM…) mapped to today's."""
    merged = dict(config)
    for old, new in CONFIG_ALIASES.items():
        if new not in merged and config.get(old) is not None:
            merged[new] = config[old]
    return merged


def parameter_count(info: dict, config: dict) -> dict:
    """params_total and its basis: safetensors first, then GGUF, correcting packed 4-bit weights."""
    safetensors = info.get("safetensors") or {}
    by_dtype = {str(k).upper(): int(v) for k, v in (safetensors.get("parameters") or {}).items()}
    total = safetensors.get("total")
    result = {"params_total": None, "params_basis": None, "params_by_dtype": by_dtype or None,
              "packed_weights": None}
    if total is not None:
        result.update(params_total=int(total), params_basis="hub-safetensors")
    elif by_dtype:
        result.update(params_total=sum(by_dtype.values()), params_basis="hub-safetensors")
    elif (info.get("gguf") or {}).get("total"):
        result.update(params_total=int(info["gguf"]["total"]), params_basis="hub-gguf")
        return result
    packed = sum(by_dtype.get(dtype, 0) for dtype in PACKED_DTYPES)
    if packed:
        # GPTQ/AWQ/MLX store several low-bit weights in one I32/U32 element; the Hub counts elements.
        bits = int((config.get("quantization_config") or {}).get("bits") or 0)
        result["packed_weights"] = {"dtype_elements": packed, "bits": bits or None}
        if bits in (2, 3, 4, 8):
            unpacked = packed * (32 // bits)
            result.update(params_total=result["params_total"] - packed + unpacked,
                          params_basis="config-estimate")
    return result


def active_parameters(total: int | None, config: dict, published: dict | None) -> tuple[int | None, str | None]:
    """Active parameters per token of a mixture-of-experts model (published, else from config)."""
    if published and published.get("value"):
        return int(published["value"]), "published"
    experts = next((config[k] for k in EXPERT_COUNT_KEYS if config.get(k)), None)
    chosen = config.get("num_experts_per_tok")
    if not (total and experts and chosen):
        return None, None
    hidden = config.get("hidden_size")
    expert_width = config.get("moe_intermediate_size") or config.get("intermediate_size")
    layers = config.get("num_hidden_layers")
    if not (hidden and expert_width and layers):
        return None, None
    moe_layers = layers - int(config.get("first_k_dense_replace") or 0)
    per_expert = 3 * hidden * expert_width  # gate, up and down projections
    idle = (int(experts) - int(chosen)) * per_expert * moe_layers
    return (total - idle, "config-estimate") if 0 < idle < total else (None, None)


def stored_dtype(by_dtype: dict | None, config: dict) -> str | None:
    if by_dtype:
        return max(by_dtype.items(), key=lambda item: (item[1], item[0]))[0]
    return TORCH_DTYPES.get(str(config.get("torch_dtype") or config.get("dtype") or "").lower())


def download_options(tree: list | None, model: HubModel) -> list[dict]:
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
        group = groups.setdefault((fmt, variant), {"format": fmt, "variant": variant, "files": [], "bytes": 0})
        group["files"].append(path)
        group["bytes"] += size
    options = [
        {"format": g["format"], "variant": g["variant"], "file": _file_label(sorted(g["files"])),
         "files": len(g["files"]), "bytes": g["bytes"], "basis": "file-sizes", "source": None}
        for g in groups.values()
    ]
    for extra in model.extra_files:
        options.append({"format": extra.format, "variant": extra.quant or _variant_from_name(extra.file),
                        "file": extra.file, "files": 1, "bytes": extra.size_bytes, "basis": "published",
                        "source": extra.source, "repo": extra.repo})
    options.sort(key=lambda o: (FORMAT_ORDER.index(o["format"]), o["bytes"], o["file"]))
    return options


def classify_file(path: str) -> tuple[str | None, str]:
    name = path.rsplit("/", 1)[-1].lower()
    folder = path.rsplit("/", 1)[0] if "/" in path else ""
    if name.endswith(".safetensors"):
        return "safetensors", folder or "default"
    if name.endswith(".gguf"):
        return "gguf", _variant_from_name(name)
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


def _variant_from_name(name: str) -> str:
    match = re.search(r"(?i)(IQ\d_[A-Z0-9_]+|Q\d(_[A-Z0-9]+)*|F16|BF16|F32|int[48])", name)
    return match.group(1).upper().replace("INT", "int") if match else name


def _file_label(files: list[str]) -> str:
    return files[0] if len(files) == 1 else f"{files[0]} (+{len(files) - 1})"


def dtype_bytes_for(config: dict) -> dict[str, float]:
    """Bytes per counted element; MXFP4 repos (gpt-oss) count two 4-bit values per U8 byte."""
    method = str((config.get("quantization_config") or {}).get("quant_method") or "").lower()
    if method == "mxfp4" or config.get("model_type") == "gpt_oss":
        return {**DTYPE_BYTES, "U8": 0.5}
    return DTYPE_BYTES


def weights_bytes(downloads: list[dict], by_dtype: dict | None, total: int | None,
                  dtype: str | None, dtype_bytes: dict[str, float] | None = None,
                  ) -> tuple[int | None, str | None, bool | None]:
    """What downloading the default weights costs: real file sizes first, else params × dtype bytes."""
    dtype_bytes = dtype_bytes or DTYPE_BYTES
    for wanted in ("safetensors", "pytorch"):
        for option in downloads:
            if option["format"] == wanted and option["basis"] == "file-sizes" and option["variant"] == "default":
                return option["bytes"], "file-sizes", False
    if by_dtype and all(d in dtype_bytes for d in by_dtype):
        return int(sum(count * dtype_bytes[d] for d, count in by_dtype.items())), "hub-safetensors", True
    if total and dtype in dtype_bytes:
        return int(total * dtype_bytes[dtype]), "config-estimate", True
    return None, None, None


def memory_bytes(params: int | None) -> dict | None:
    """Weights-only memory at each precision (no KV cache, no runtime overhead)."""
    if not params:
        return None
    return {precision: int(params * PRECISION_BYTES[precision]) for precision in PRECISIONS}


def kv_cache_bytes_per_token(config: dict) -> int | None:
    """fp16 KV cache per token: 2 (K and V) × layers × kv_heads × head_dim × 2 bytes; GQA-aware."""
    if config.get("kv_lora_rank") or config.get("model_type") in LATENT_ATTENTION_MODEL_TYPES:
        return None  # multi-head latent attention caches a compressed vector; formula does not apply
    layers, heads = config.get("num_hidden_layers"), config.get("num_attention_heads")
    kv_heads = config.get("num_key_value_heads") or heads
    head_dim = config.get("head_dim") or (config["hidden_size"] // heads if config.get("hidden_size") and heads else None)
    if not (layers and kv_heads and head_dim):
        return None
    return 2 * int(layers) * int(kv_heads) * int(head_dim) * 2


def size_class_of(params: int | None, classes: tuple[SizeClass, ...]) -> str | None:
    if not params:
        return None
    return next((c.id for c in classes if c.contains(params)), None)


def size_class_summary(rows: list[dict], classes: tuple[SizeClass, ...]) -> list[dict]:
    summary = []
    for size_class in classes:
        members = [row for row in rows if row["size_class"] == size_class.id]
        featured_first = sorted(members, key=lambda r: ("featured" not in r["tags"], r["params_total"], r["id"]))
        summary.append({
            "id": size_class.id, "min_params": size_class.min_params, "max_params": size_class.max_params,
            "count": len(members), "examples": [row["name"] for row in featured_first[:3]],
            "members": sorted(row["id"] for row in members),
        })
    return summary


# Data ----------------------------------------------------------------------------------------

CONFIG_ALIASES = {  # old key -> transformers' current name
    "n_embd": "hidden_size", "d_model": "hidden_size", "n_layer": "num_hidden_layers",
    "num_layers": "num_hidden_layers", "n_head": "num_attention_heads", "num_heads": "num_attention_heads",
    "n_positions": "max_position_embeddings", "d_kv": "head_dim",
}
PRECISION_BYTES = {"fp32": 4, "fp16": 2, "int8": 1, "int4": 0.5}
DTYPE_BYTES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "F8_E4M3": 1, "F8_E5M2": 1, "F8_E8M0": 1,
               "I64": 8, "I32": 4, "U32": 4, "I16": 2, "U16": 2, "I8": 1, "U8": 1, "BOOL": 1}
PACKED_DTYPES = ("I32", "U32")
EXPERT_COUNT_KEYS = ("num_local_experts", "num_experts", "n_routed_experts")
LATENT_ATTENTION_MODEL_TYPES = {"deepseek_v2", "deepseek_v3", "kimi_k2"}  # multi-head latent attention
TORCH_DTYPES = {"float32": "F32", "float16": "F16", "bfloat16": "BF16"}
FORMAT_ORDER = ["safetensors", "pytorch", "gguf", "onnx", "tflite", "mediapipe", "other"]
