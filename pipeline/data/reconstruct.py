"""Reconstruct stage: rebuild the first raw Hub snapshot (data/hub/) from the sourced reference facts.

The facts file (data/facts/hub-facts.yaml, grown from the copy in data/reference/) was gathered from public repositories, docs and
issue threads, not from a live Hub reading. Each snapshot written here says so
(`provenance.basis: "reconstructed"`), keeps only what the facts state under the Hub's own key
names, and leaves every gap empty: a real `refresh` replaces these files.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from pipeline.data.catalog import REPO_ID
from pipeline.data.compute import SNAPSHOT_FORMAT, snapshot_path
from pipeline.errors import CatalogError
from pipeline.fileio.yamlfile import LocatedYaml, load_located
from pipeline.fileio.atomic import write_atomic

# One date for every reconstructed file: the newest snapshot (HEAD) date the facts file gives for
# its source repositories (huggingface.js fe42e680 and keras-hub 71453d08, 2026-08-21). The facts
# carry no per-model reading time, and one constant keeps the output deterministic.
FETCHED_AT = "2026-08-21T00:00:00Z"
ENDPOINT = "https://huggingface.co"


class FactsError(CatalogError):
    """The reference facts file is malformed or contradicts itself (message names file and line)."""


def reconstruct_snapshot(facts_path: Path, data_dir: Path, force: bool = False) -> list[Path]:
    """Write data/hub/<owner>/<name>.json for every Hub repo in the facts; return those paths.

    A snapshot already fetched from the Hub is kept (unless `force`): the facts are older, and
    replacing a real reading with them would lose the last good data.
    """
    # Load inputs.
    facts_path = Path(facts_path)
    located = load_located(facts_path, FactsError)
    comments = field_comments(facts_path.read_text(encoding="utf-8"))
    # Process data.
    documents = snapshot_documents(located, comments)
    # Save outputs.
    written = []
    for repo_id, document in documents.items():
        path = snapshot_path(data_dir, repo_id)
        if force or basis_on_disk(path) != "fetched":
            write_atomic(path, render_json(document))
            written.append(path)
    return written


def check_facts(facts_path: Path) -> int:
    """Validate the facts file as `reconstruct` would, writing nothing; return how many Hub repos it holds.

    `compute` calls this so that a fact without a source, or a context limit that differs from the cited
    config, stops the build at its file:line even when nobody re-ran `reconstruct`.
    """
    located = load_located(Path(facts_path), FactsError)
    comments = field_comments(Path(facts_path).read_text(encoding="utf-8"))
    return len(snapshot_documents(located, comments))


def basis_on_disk(path: Path) -> str | None:
    """provenance.basis of the snapshot at `path`; None if there is none or it is unreadable."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return None
    return (document.get("provenance") or {}).get("basis") if isinstance(document, dict) else None


def render_json(document: dict) -> str:
    """Deterministic JSON text: key order as built, indent 2, unicode kept, trailing newline."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def field_comments(text: str) -> list[dict[str, str]]:
    """Per facts entry, the trailing `# comment` of each single-line field (YAML loaders drop them).

    The facts file states some things only there (e.g. `architecture: null   # model_type gpt_oss`).
    """
    lines = text.splitlines()
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    entries: list[dict[str, str]] = []
    models = next((value for key, value in root.value if key.value == "models"), None)
    for entry in getattr(models, "value", []):
        found: dict[str, str] = {}
        for key_node, value_node in getattr(entry, "value", []):
            end = value_node.end_mark
            if end.line != key_node.start_mark.line:
                continue  # block values span lines; their comments are not about the field
            rest = lines[end.line][end.column:].strip() if end.line < len(lines) else ""
            if rest.startswith("#"):
                found[key_node.value] = rest.lstrip("#").strip()
        entries.append(found)
    return entries


def snapshot_documents(located: LocatedYaml, comments: list[dict[str, str]]) -> dict[str, dict]:
    """repo_id -> snapshot document, in facts order; pseudo-entries that are not Hub repos are skipped."""
    facts = located.data
    if not isinstance(facts, dict) or not isinstance(facts.get("models"), list):
        raise FactsError(f"{located.path}:1: expected 'source_index' and a 'models' list")
    source_index = facts.get("source_index") or {}
    documents: dict[str, dict] = {}
    for position, entry in enumerate(facts["models"]):
        where = lambda *field: located.where(("models", position, *field))  # noqa: E731
        if not isinstance(entry, dict) or not isinstance(entry.get("repo_id"), str):
            raise FactsError(f"{where()}: each entry needs a repo_id")
        repo_id = entry["repo_id"]
        if not REPO_ID.match(repo_id):
            continue  # e.g. the MediaPipe build: a catalog extra_files item, not a Hub repo
        unknown = set(entry) - KNOWN_FACT_KEYS
        if unknown:
            raise FactsError(f"{where(sorted(unknown)[0])}: {sorted(unknown)[0]}: unknown facts field")
        if repo_id in documents:
            raise FactsError(f"{where('repo_id')}: repo_id: {repo_id!r} is listed twice")
        _check_totals(entry, where)
        _check_sourced(entry, where)
        _check_terms_sourced(entry, comments[position], source_index, where)
        try:
            documents[repo_id] = snapshot_document(entry, comments[position], source_index)
        except ValueError as exc:
            raise FactsError(f"{where('sources')}: sources: {exc}") from None
    return documents


def snapshot_document(entry: dict, comments: dict[str, str], source_index: dict[str, str]) -> dict:
    """One repo's raw snapshot document from its facts entry (pure)."""
    sources = [expand_source(item, source_index) for item in entry.get("sources") or []]
    if entry.get("config_source"):
        sources.append(f"config.json: {entry['config_source']}")
    revision = revision_of(entry)
    model_type = model_type_of(comments)
    tree, tree_notes = tree_entries(entry, revision)
    provenance: dict[str, Any] = {
        "basis": "reconstructed",
        "requested_id": entry["repo_id"],
        "repo_id": entry["repo_id"],
        "renamed_from": entry.get("renamed_from"),
        "fetched_at": FETCHED_AT,
        "endpoint": ENDPOINT,
        "client": None,
        "revision": revision,
        "sources": sources,
        "params_total_basis": entry.get("params_total_basis"),
    }
    if entry.get("config_trimmed"):
        provenance["config_trimmed"] = True  # the cited copy leaves keys out: counts from it are "≈"
    active = published_active_params(entry.get("sources") or [], source_index)
    if active is not None:
        provenance["published_active_params"] = active
    if _license_name(entry):
        provenance["license_name"] = _license_name(entry)  # a source's name for it, not a Hub tag (no cardData)
    provenance["notes"] = notes_for(entry, comments, tree_notes)
    return {
        "format": SNAPSHOT_FORMAT,
        "provenance": provenance,
        "model_info": model_info(entry, revision, model_type),
        "tree": tree,
        "config_json": config_json(entry, model_type, text_model_type_of(comments)),
    }


def expand_source(item: str, source_index: dict[str, str]) -> str:
    """'KEY rest' -> 'KEY: <full location> — rest', so each file names its sources without the index."""
    match = re.match(r"([A-Z][A-Z0-9_]+)\b:?\s*(.*)", item, re.DOTALL)
    if not match or match.group(1) not in source_index:
        return item
    key, rest = match.groups()
    return f"{key}: {source_index[key]}" + (f" — {rest}" if rest else "")


def revision_of(entry: dict) -> str | None:
    """The repo sha the sources name ('sha …', 'rev …'); commits of other repos ('@…') are ignored."""
    shas = sorted(set(re.findall(r"\b(?:sha|rev|revision) ([0-9a-f]{40})\b", " ".join(entry.get("sources") or []))))
    if len(shas) > 1:
        raise ValueError(f"several revisions {shas}; cannot choose one")
    return shas[0] if shas else None


def model_type_of(comments: dict[str, str]) -> str | None:
    """model_type stated in the architecture comment ('model_type gpt_oss'), not a sub-config's."""
    match = re.search(r"(?<!text config )\bmodel_type ([a-z0-9_]+)", comments.get("architecture", ""))
    return match.group(1) if match else None


def text_model_type_of(comments: dict[str, str]) -> str | None:
    """model_type of a multimodal repo's text_config, as the architecture comment states it."""
    match = re.search(r"\btext config model_type ([a-z0-9_]+)", comments.get("architecture", ""))
    return match.group(1) if match else None


def published_active_params(sources: list[str], source_index: dict[str, str]) -> dict | None:
    """Active parameters per token as the model's README states them ('37B activated', '3.6B active')."""
    found = []
    for item in sources:
        for number in re.findall(r"\b(\d+(?:\.\d+)?)B (?:activated|active)\b", item) if "README" in item else []:
            found.append({"value": int(Decimal(number) * 10**9), "source": expand_source(item, source_index)})
    if len({hit["value"] for hit in found}) > 1:
        raise ValueError(f"several active parameter counts {[hit['value'] for hit in found]}")
    return found[0] if found else None


def model_info(entry: dict, revision: str | None, model_type: str | None) -> dict:
    """The known keys of GET /api/models/<id>, under the Hub's names; unknown ones are left out."""
    info: dict[str, Any] = {"id": entry["repo_id"]}
    if revision:
        info["sha"] = revision
    for key in ("pipeline_tag", "library_name", "gated"):
        if entry.get(key) is not None:
            info[key] = entry[key]
    summary = {}
    if entry.get("architecture"):
        summary["architectures"] = [entry["architecture"]]
    if model_type:
        summary["model_type"] = model_type
    if summary:
        info["config"] = summary
    if _license_id(entry) is not None:
        info["cardData"] = {"license": _license_id(entry)}
    by_dtype = entry.get("params_by_dtype")
    if by_dtype:
        info["safetensors"] = {"parameters": dict(by_dtype), "total": entry["params_total"]}
    elif entry.get("params_total") is not None:
        info["safetensors"] = {"total": entry["params_total"]}
    if entry.get("usedStorage_bytes") is not None:
        info["usedStorage"] = entry["usedStorage_bytes"]
    return info


def tree_entries(entry: dict, revision: str | None) -> tuple[list[dict] | None, list[str]]:
    """Tree entries for this repo's files with an exact byte size in the facts, else None (unknown)."""
    tree, other_revisions = [], {}
    for weight_file in entry.get("weight_files") or []:
        if not isinstance(weight_file.get("size_bytes"), int):
            continue
        tree.append({"type": "file", "path": weight_file["name"], "size": weight_file["size_bytes"]})
        if weight_file.get("revision") and weight_file["revision"] != revision:
            other_revisions.setdefault(weight_file["revision"], []).append(weight_file["name"])
    notes = [f"tree sizes of {', '.join(sorted(names))} are at revision {rev}, not at the sha above."
             for rev, names in sorted(other_revisions.items())]
    return (sorted(tree, key=lambda item: item["path"]) or None), notes


def config_json(entry: dict, model_type: str | None, text_model_type: str | None = None) -> dict | None:
    """config.json values the facts give, under transformers' config key names; None if there are none.

    A multimodal repo whose facts name only the text config's model_type gets a `text_config` holding
    just that: which of the dimensions sit at the top level or in text_config, the facts do not say.
    """
    config: dict[str, Any] = dict(entry.get("config") or {})  # a full copy, when the facts cite one
    if entry.get("architecture") and not config.get("architectures"):
        config["architectures"] = [entry["architecture"]]
    if model_type and not config.get("model_type"):
        config["model_type"] = model_type
    for key in CONFIG_KEYS:
        if entry.get(key) is not None and key not in config:
            config[key] = entry[key]
    if config and text_model_type and "text_config" not in config:
        config["text_config"] = {"model_type": text_model_type}
    return config or None


def notes_for(entry: dict, comments: dict[str, str], tree_notes: list[str]) -> str | None:
    """The facts' notes plus what this file could not represent, so nothing said is lost."""
    parts = [" ".join(str(entry["notes"]).split())] if entry.get("notes") else []
    if entry.get("gated") is True:
        parts.append("gated: true = an access gate was seen but its type ('auto' or 'manual') was not; "
                     "the Hub itself answers false, 'auto' or 'manual'.")
    if entry.get("license") is not None and _license_id(entry) is None:
        parts.append(f"License per the facts: {entry['license']} (not a Hub license id, so cardData is left out).")
    parts.extend(tree_notes)
    unsized = [f["name"] for f in entry.get("weight_files") or [] if not isinstance(f.get("size_bytes"), int)]
    if unsized:
        parts.append(f"Weight files named without an exact size: {'; '.join(unsized)}.")
    if entry.get("total_tensor_bytes") is not None:
        parts.append(f"model.safetensors.index.json metadata.total_size: {entry['total_tensor_bytes']}.")
    related = [f"{f['name']} ({f.get('size_bytes') or f.get('size_display')}; {f['source']})"
               for f in entry.get("related_files") or []]
    if related:
        parts.append(f"Related builds in other repos (not in tree): {'; '.join(related)}.")
    if comments:
        parts.append("Facts comments: " + "; ".join(f"{key}: {text.rstrip('.')}" for key, text in comments.items()) + ".")
    if not entry.get("sources"):
        parts.append("No source gives any figure for this repo, so the file holds none.")
    return " ".join(parts) or None


def _license_id(entry: dict) -> str | None:
    """A license the Hub could answer verbatim ('apache-2.0'), not a description ('other (modified MIT)')."""
    license_text = entry.get("license")
    return license_text if isinstance(license_text, str) and LICENSE_ID.match(license_text) else None


def _license_name(entry: dict) -> str | None:
    """The licence a description names when it is no Hub id: 'other (DeepSeek Model License, LICENSE-MODEL; …)'
    gives 'DeepSeek Model License'; None for a Hub id or any other wording."""
    text = entry.get("license")
    if not isinstance(text, str) or _license_id(entry) is not None:
        return None
    found = re.match(r"^other \(([^,;()]+)", text)
    return found.group(1).strip() if found else None


def _check_sourced(entry: dict, where) -> None:
    """Every stated figure needs a source, and a cited config.json outranks any restated value."""
    stated = [key for key in (*FIGURE_KEYS, *CONFIG_KEYS) if entry.get(key) is not None]
    if stated and not entry.get("sources") and not entry.get("config_source"):
        raise FactsError(f"{where(stated[0])}: {stated[0]}: a reconstructed fact without a source "
                         "(add 'sources' or 'config_source')")
    config = entry.get("config")
    if config is None:
        return
    if not isinstance(config, dict) or not entry.get("config_source"):
        raise FactsError(f"{where('config')}: config: a config.json copy needs 'config_source' "
                         "(repository, path and revision it was read from)")
    text = next((config[k] for k in ("text_config", "language_config", "llm_config") if isinstance(config.get(k), dict)), {})
    for key in CONFIG_KEYS:
        cited = text.get(key, config.get(key))
        if entry.get(key) is not None and cited is not None and entry[key] != cited:
            what = "context limit" if key == "max_position_embeddings" else key
            raise FactsError(f"{where(key)}: {key}: {what} {entry[key]} differs from the cited config "
                             f"({cited}, {entry['config_source']})")


def _check_terms_sourced(entry: dict, comments: dict[str, str], source_index: dict[str, str], where) -> None:
    """A license or gate needs a source that speaks of it: a config.json never states either, and a
    source about parameter counts says nothing of the terms, so an entry's other sources do not count.
    The field's own comment may name the source instead ('license: gemma   # AUDIT_FILE family rule')."""
    for key, words in TERMS_WORDS.items():
        if entry.get(key) is None:
            continue
        said = [expand_source(str(item), source_index) for item in entry.get("sources") or []]
        named = any(re.search(rf"\b{re.escape(k)}\b", comments.get(key, "")) for k in source_index)
        if not named and not any(words.search(text) for text in said):
            raise FactsError(f"{where(key)}: {key}: {entry[key]!r} has no source that states it "
                             f"(add to 'sources' where the {key} was read: a model card, a vendor page, a recorded Hub answer)")


def _check_totals(entry: dict, where) -> None:
    by_dtype, total = entry.get("params_by_dtype"), entry.get("params_total")
    if by_dtype and sum(by_dtype.values()) != total:
        raise FactsError(f"{where('params_by_dtype')}: params_by_dtype: sums to {sum(by_dtype.values())}, "
                         f"not params_total {total}")
    if by_dtype and total is None:
        raise FactsError(f"{where('params_total')}: params_total: missing although params_by_dtype is given")


# Data ----------------------------------------------------------------------------------------

LICENSE_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
# What a source must mention to count for a license or a gate; a recorded Hub answer ('api/models/…')
# carries both (cardData.license, gated).
TERMS_WORDS = {
    "license": re.compile(r"licen[cs]|apache|\bmit\b|terms of use|cardData|api/models/", re.I),
    "gated": re.compile(r"(?<![a-z])gat(?:e|ed|ing)(?![a-z])|access|approv|accept the|api/models/", re.I),
}
# transformers config.json key names, in the order written.
CONFIG_KEYS = (
    "hidden_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads", "head_dim",
    "intermediate_size", "moe_intermediate_size", "num_local_experts", "n_routed_experts",
    "n_shared_experts", "num_experts_per_tok", "kv_lora_rank", "vocab_size", "max_position_embeddings",
    "sliding_window", "tie_word_embeddings", "torch_dtype",
)
FIGURE_KEYS = ("params_total", "params_by_dtype", "weight_files", "usedStorage_bytes", "total_tensor_bytes",
               "gated", "license", "pipeline_tag", "library_name")
KNOWN_FACT_KEYS = frozenset({"config", "config_source", "config_trimmed",
    "repo_id", "renamed_from", "params_total", "params_total_basis", "params_by_dtype", "weight_files",
    "related_files", "usedStorage_bytes", "total_tensor_bytes", "gated", "license", "pipeline_tag",
    "library_name", "architecture", "sources", "notes", *CONFIG_KEYS,
})
