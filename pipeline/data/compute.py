"""Compute stage: turn the raw Hub snapshot and the catalog into the rows the site shows (pure)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.data import architecture as architecture_rules
from pipeline.data import weights
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
    fit: dict | None = None  # data/fit.yaml (pipeline/data/fit.py), when data/devices.yaml exists


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
    dates = {basis: max((row["fetched_at"] for row in rows
                         if row.get("fetched_at") and (basis is None or row.get("snapshot_basis") == basis)),
                        default=None)
             for basis in (None, "fetched", "reconstructed")}
    meta = {
        "data_as_of": dates[None],
        "models": len(rows),
        "hub_models": len(inputs.catalog.models),
        "stale_models": sum(1 for row in rows if row["status"] == "stale"),
        "reconstructed_models": sum(1 for row in rows if row.get("snapshot_basis") == "reconstructed"),
        "fetched_models": sum(1 for row in rows if row.get("snapshot_basis") == "fetched"),
        "fetched_as_of": dates["fetched"],
        "reconstructed_as_of": dates["reconstructed"],
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
    raw_config = snapshot.get("config_json") or {}
    info_config = info.get("config") or {}
    architecture = (info_config.get("architectures") or raw_config.get("architectures") or [None])[0]
    if not raw_config.get("model_type") and info_config.get("model_type"):
        raw_config = {**raw_config, "model_type": info_config["model_type"]}
    config = architecture_rules.language_config(raw_config, architecture)
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
    if requested and answered and requested != answered:  # renamed since the catalog was written
        row["id"], row["url"] = answered, f"https://huggingface.co/{answered}"
    if getattr(model, "discovered_by", None):  # a catalog rule brought it in (discovery.py)
        row["discovered_by"] = model.discovered_by

    quant = weights.quantization(raw_config)
    params = parameter_count(info, quant)
    if reconstructed and params["params_basis"] is not None:
        params["params_basis"] = "reconstructed"
    row.update(params)
    row["params_active"], row["params_active_basis"] = active_parameters(
        params["params_total"], config, provenance.get("published_active_params"))
    row["stored_dtype"] = weights.stored_dtype(params["params_by_dtype"], config, quant)
    row["downloads"] = weights.download_options(tree, model.extra_files,
                                                "reconstructed" if reconstructed else "file-sizes")
    by_dtype = params["params_by_dtype"]
    row["weights_bytes"], row["weights_bytes_basis"], row["weights_bytes_estimated"] = weights.weights_bytes(
        row["downloads"], by_dtype, params["params_total"], row["stored_dtype"], weights.dtype_bytes_for(config, quant))
    if reconstructed and row["weights_bytes_basis"] == "hub-safetensors":
        row["weights_bytes_basis"] = "reconstructed"
    row["memory_bytes"] = memory_bytes(params["params_total"])
    cache = architecture_rules.kv_cache(config, "reconstructed" if reconstructed else "config")
    row["kv_cache"] = cache
    row["kv_cache_bytes_per_token"] = (cache["full_bytes_per_token"] + cache["sliding_bytes_per_token"]
                                       if cache["status"] == "computed" else None) or None
    row["context_length"] = architecture_rules.context_length(config)
    vocab = config.get("vocab_size") if isinstance(config, dict) else None
    row["vocab_size"] = vocab if isinstance(vocab, int) and vocab > 0 else None
    hidden = config.get("hidden_size") if isinstance(config, dict) else None
    row["hidden_size"] = hidden if isinstance(hidden, int) and hidden > 0 else None
    row["gated"] = info.get("gated")
    row["license"] = (info.get("cardData") or {}).get("license")
    row["pipeline_tag"] = info.get("pipeline_tag")
    row["library_name"] = info.get("library_name")
    row["architecture"] = architecture
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
        "memory_bytes": None, "kv_cache": None, "kv_cache_bytes_per_token": None,
    }


def normalized_config(config: dict) -> dict:
    """config.json as the language model sees it (text_config, old key names, model-type defaults)."""
    return architecture_rules.language_config(config)


def parameter_count(info: dict, quant: dict) -> dict:
    """params_total and its basis: safetensors first, then GGUF, unpacking packed quantized weights."""
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
    if not by_dtype or not (quant or any(by_dtype.get(d) for d in ("I32", "U32"))):
        return result
    unpacked, flag = weights.unpack(by_dtype, result["params_total"], quant)
    if flag:
        result["packed_weights"] = flag
    if unpacked is not None:
        result.update(params_total=unpacked, params_basis="config-estimate")
    return result


def active_parameters(total: int | None, config: dict, published: dict | None) -> tuple[int | None, str | None]:
    """Active parameters per token of a mixture-of-experts model (published, else from config)."""
    if published and published.get("value"):
        return int(published["value"]), "published"
    active = architecture_rules.active_parameters(total, config)
    return (active, "config-estimate") if active else (None, None)


def memory_bytes(params: int | None) -> dict | None:
    """Weights-only memory at each precision (no KV cache, no runtime overhead)."""
    if not params:
        return None
    return {precision: int(params * PRECISION_BYTES[precision]) for precision in PRECISIONS}


def kv_cache_bytes_per_token(config: dict) -> int | None:
    """Per-token KV cache of all attention layers, no window cap (None: no KV cache or unknown)."""
    return architecture_rules.kv_cache_bytes_per_token(config)


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

PRECISION_BYTES = {"fp32": 4, "fp16": 2, "int8": 1, "int4": 0.5}
DTYPE_BYTES = weights.DTYPE_BYTES
