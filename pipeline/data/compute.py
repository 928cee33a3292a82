"""Compute stage: turn the raw Hub snapshot and the catalog into the rows the site shows (pure)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.data import architecture as architecture_rules
from pipeline.data.fit import QUANTIZED_STORAGE
from pipeline.data import ggufquant
from pipeline.data import params as config_params
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
    extra_file_lines: dict = field(default_factory=dict)  # (model id, file) -> "data/catalog.yaml:LINE"


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
    provenance = document.get("provenance") or {}
    info = document.get("model_info") or {}
    holds_a_figure = set(info) - {"id"} or document.get("tree") or document.get("config_json")
    if provenance.get("basis") == "reconstructed" and holds_a_figure and not provenance.get("sources"):
        raise SnapshotError(f"{path}:1: a reconstructed fact without a source (provenance.sources is empty; "
                            "add the source to data/facts/hub-facts.yaml and run `python -m pipeline reconstruct`)")
    return document


def load_size_classes(path: Path) -> tuple[SizeClass, ...]:
    """The hand-edited class definitions; a missing field, a non-number or a gap names file:line."""
    located = load_located(path, CatalogError)
    entries = located.data.get("classes") if isinstance(located.data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise CatalogError(f"{path}:1: expected 'classes:' with a list of size classes")
    classes = []
    for i, entry in enumerate(entries):
        where = located.where(("classes", i))
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: a size class is a mapping of id, min_params, max_params, rationale")
        missing = [k for k in ("id", "min_params", "max_params", "rationale") if k not in entry]
        extra = sorted(set(entry) - {"id", "min_params", "max_params", "rationale"})
        if missing or extra:
            raise CatalogError(f"{where}: size class {entry.get('id', i)!r}: "
                               + (f"missing {', '.join(missing)}" if missing else f"unknown field {', '.join(extra)}"))
        for key in ("min_params", "max_params"):
            value = entry[key]
            if (value is None and key == "max_params") or (type(value) is int and value >= 0):
                continue
            raise CatalogError(f"{located.where(('classes', i, key))}: {key} of {entry['id']!r} must be a "
                               f"whole number of parameters (0 or more){', or null' if key == 'max_params' else ''}, "
                               f"not {value!r}")
        if entry["max_params"] is not None and entry["max_params"] <= entry["min_params"]:
            raise CatalogError(f"{where}: class {entry['id']!r} ends ({entry['max_params']:,}) before it starts "
                               f"({entry['min_params']:,})")
        classes.append(SizeClass(str(entry["id"]), entry["min_params"], entry["max_params"], str(entry["rationale"])))
    for i, (before, after) in enumerate(zip(classes, classes[1:]), start=1):
        if before.max_params != after.min_params:
            raise CatalogError(f"{located.where(('classes', i))}: class {after.id!r} must start where "
                               f"{before.id!r} ends ({before.max_params})")
    return tuple(classes)


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
    return Inputs(catalog, snapshots, status, classes, extra_file_lines(data_dir / "catalog.yaml"))


def extra_file_lines(path: Path) -> dict[tuple[str, str], str]:
    """Where each catalog extra file is written, so a bad one is named by file and line."""
    lines: dict[tuple[str, str], str] = {}
    if not path.exists():
        return lines
    model_id = None
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = text.strip()
        if stripped.startswith("- id:"):
            model_id = stripped.removeprefix("- id:").strip()
        elif stripped.startswith("file:") and model_id:
            lines.setdefault((model_id, stripped.removeprefix("file:").strip()), f"{path}:{number}")
    return lines


# Process data --------------------------------------------------------------------------------


def compute_tables(inputs: Inputs) -> Tables:
    """All derived tables from loaded inputs; no I/O, deterministic."""
    rows = [hub_row(model, inputs.snapshots.get(model.id), inputs.refresh_status.get(model.id),
                    inputs.extra_file_lines) for model in inputs.catalog.models]
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


def hub_row(model: HubModel, snapshot: dict | None, status: dict | None, lines: dict | None = None) -> dict:
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

    # a config copy without its quantization_config (a library's transcription): the repo name's format
    quant = weights.quantization(raw_config) or weights.declared_quantization(row["id"])
    params = parameter_count(info, quant)
    from_files = params["params_basis"] == "hub-safetensors"  # every tensor the checkpoint stores, MTP layers included
    if reconstructed and params["params_basis"] is not None:
        params["params_basis"] = "reconstructed"
    counted = config_params.count_parameters(raw_config) if raw_config else None
    if params["params_total"] is None and counted is not None and counted.total:
        exact = counted.exact and not provenance.get("config_trimmed")  # a trimmed copy may lack a key that counts
        params.update(params_total=counted.total, params_basis="config-count" if exact else "config-estimate")
    row.update(params)
    row["params_active"], row["params_active_basis"] = active_parameters(
        params["params_total"], config, provenance.get("published_active_params"))
    from_config = params["params_basis"] in ("config-count", "config-estimate")
    if (row["params_active_basis"] != "published" and counted is not None and counted.active
            and counted.total and counted.active != counted.total
            and (from_config or provenance.get("config_trimmed"))):
        # MoE counted from the config: its per-layer active count, not idle experts subtracted from a
        # stored total the (trimmed) config copy may not fully describe (MTP layers, scales)
        exact = counted.exact and not provenance.get("config_trimmed")
        row["params_active"], row["params_active_basis"] = counted.active, "config-count" if exact else "config-estimate"
    # The multi-token-prediction share of a total that holds it: the checkpoint's own tensors or the config
    # count, both of which include those layers (DeepSeek-V3's 685B = 671B main model + the MTP module)
    holds_mtp = from_config or from_files
    row["params_mtp"] = (counted.mtp if counted is not None and counted.mtp and holds_mtp
                         and params["params_total"] and counted.mtp < params["params_total"] else None)
    check_extra_files(model, params["params_total"], lines or {})
    row["stored_dtype"] = weights.stored_dtype(params["params_by_dtype"], config, quant)
    row["web_builds"] = [build.model_dump(exclude_none=True) for build in model.web_builds]
    row["downloads"] = weights.download_options(tree, model.extra_files,
                                                "reconstructed" if reconstructed else "file-sizes")
    by_dtype = params["params_by_dtype"]
    row["weights_bytes"], row["weights_bytes_basis"], row["weights_bytes_estimated"] = weights.weights_bytes(
        row["downloads"], by_dtype, params["params_total"], row["stored_dtype"], weights.dtype_bytes_for(config, quant),
        weights.packed_estimate(params["params_total"], config, quant))
    if reconstructed and row["weights_bytes_basis"] == "hub-safetensors":
        row["weights_bytes_basis"] = "reconstructed"
    if row["weights_bytes_estimated"] and (row["stored_dtype"] or "").upper() in QUANTIZED_STORAGE:
        # a checkpoint stored in 4 or 8 bits (gpt-oss MXFP4, DeepSeek-V3 FP8) sized from its own count per data
        # type is that repository's download, as fit.weight_formats and the calculator treat it: one status on
        # every page (the reviews found "≈ 65.2 GB" on the models page beside a real 65.2 GB in the calculator)
        row["weights_bytes_estimated"] = row["weights_bytes_basis"] not in ("hub-safetensors", "reconstructed")
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
    # What the most common 8- and 4-bit GGUF builds of this model would weigh, from its tensor shapes
    # and llama.cpp's per-tensor rule (ggufquant); the fit engine's int8/int4 estimates use them.
    estimates = {quant: ggufquant.estimate_gguf_bytes(raw_config, quant)[0] for quant in ("Q8_0", "Q4_K_M")}
    row["gguf_estimate_bytes"] = {k: v for k, v in estimates.items() if v} or None
    row["gated"] = info.get("gated")
    row["license"] = (info.get("cardData") or {}).get("license")
    row["license_name"] = provenance.get("license_name") if row["license"] is None else None  # never instead of a Hub tag
    row["pipeline_tag"] = info.get("pipeline_tag")
    row["library_name"] = info.get("library_name")
    row["architecture"] = architecture
    row["hub_downloads"] = info.get("downloads")
    row["likes"] = info.get("likes")
    row["last_modified"] = info.get("lastModified")
    return row


def check_extra_files(model: HubModel, params_total: int | None, lines: dict) -> None:
    """A file attached to a model must be a build of that model: its bytes per parameter must lie
    within what quantization allows (1.5 to 17 bits per weight), or it was made from another model."""
    if not params_total:
        return
    for index, extra in enumerate(model.extra_files):
        if extra.format not in WEIGHT_FILE_FORMATS:
            continue
        bits = extra.size_bytes * 8 / params_total
        if not MIN_BITS <= bits <= MAX_BITS:
            where = lines.get((model.id, extra.file), "data/catalog.yaml")
            raise CatalogError(f"{where}: {model.id}: extra_files[{index}] {extra.file}: "
                               f"{extra.size_bytes:,} bytes is {bits:.2f} bits per parameter of this model's "
                               f"{params_total:,}; a build of it must lie between {MIN_BITS} and {MAX_BITS} "
                               "(is the file made from another model?)")


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
        "memory_bytes": None, "kv_cache": None, "kv_cache_bytes_per_token": None, "gguf_estimate_bytes": None,
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


FORMAT_RELEASE = re.compile(r"\b(NVFP4|MXFP4|FP8|FP4|AWQ|GPTQ|GGUF|MLX|int[48]|[48]-?bit)\b", re.IGNORECASE)


def size_class_summary(rows: list[dict], classes: tuple[SizeClass, ...]) -> list[dict]:
    summary = []
    for size_class in classes:
        members = [row for row in rows if row["size_class"] == size_class.id]
        # Examples name models, not a release of one in another number format ("Kimi K2.6 NVFP4 (NVIDIA)"
        # read as a size band's example in review 7, ar #3); such releases count among the members.
        featured_first = sorted(members, key=lambda r: ("featured" not in r["tags"], bool(FORMAT_RELEASE.search(r["name"])),
                                                        r["params_total"], r["id"]))
        summary.append({
            "id": size_class.id, "min_params": size_class.min_params, "max_params": size_class.max_params,
            "count": len(members), "examples": [row["name"] for row in featured_first[:3]],
            "members": sorted(row["id"] for row in members),
        })
    return summary


# Data ----------------------------------------------------------------------------------------

PRECISION_BYTES = {"fp32": 4, "fp16": 2, "int8": 1, "int4": 0.5}
WEIGHT_FILE_FORMATS = ("gguf", "safetensors", "pytorch")  # whole-model files (ONNX/MediaPipe may split)
MIN_BITS, MAX_BITS = 1.5, 17.0  # IQ1 quants (~1.56 bpw) up to fp16 plus a margin for kept tensors
DTYPE_BYTES = weights.DTYPE_BYTES
