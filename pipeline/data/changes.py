"""Changes stage: decide whether a refresh changed real data, and summarise it for the commit."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from pipeline.errors import PipelineError

# Provenance keys that change on every fetch without the data changing.
NOISE_KEYS = ("fetched_at", "client")


@dataclass
class ChangeSummary:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # one human line per changed figure
    stale: list[str] = field(default_factory=list)
    noise_only: list[str] = field(default_factory=list)  # files whose only change is fetched_at
    real_files: list[str] = field(default_factory=list)  # files with a real change

    @property
    def should_commit(self) -> bool:
        return bool(self.real_files)

    def commit_message(self, day: str) -> str:
        parts = []
        if self.added:
            parts.append(f"{len(self.added)} added")
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        if self.changed:
            parts.append(f"{len(self.changed)} figure(s) changed")
        title = f"data: refresh {day}" + (f" ({', '.join(parts)})" if parts else " (metadata)")
        lines = [title, ""]
        lines += [f"+ {model}" for model in self.added]
        lines += [f"- {model}" for model in self.removed]
        lines += [f"~ {line}" for line in self.changed]
        if self.stale:
            lines += ["", "Stale (kept last good data): " + ", ".join(self.stale)]
        return "\n".join(lines).rstrip() + "\n"

    def markdown(self) -> str:
        """GitHub job summary."""
        out = ["### Data changes", ""]
        if not self.should_commit:
            out.append("No data change: nothing committed.")
        for label, items in (("Added", self.added), ("Removed", self.removed), ("Changed", self.changed),
                             ("Stale", self.stale)):
            if items:
                out += [f"**{label}**", ""] + [f"- `{item}`" if label != "Changed" else f"- {item}" for item in items] + [""]
        return "\n".join(out).rstrip() + "\n"


def _strip_noise(document: dict | None) -> dict | None:
    if not isinstance(document, dict):
        return document
    clean = json.loads(json.dumps(document))
    for key in NOISE_KEYS:
        (clean.get("provenance") or {}).pop(key, None)
    clean.get("meta", {}).pop("data_as_of", None)
    for entry in (clean.get("models") or {}).values() if isinstance(clean.get("models"), dict) else ():
        if isinstance(entry, dict):
            entry.pop("failed_at", None)  # refresh-status.yaml: a model stale for days is not news daily
    return clean


def summarize(old_models: list[dict], new_models: list[dict],
              old_files: dict[str, dict | None], new_files: dict[str, dict | None],
              show: Callable[[object, str], str] | None = None) -> ChangeSummary:
    """Compare two refreshes: model rows (models.yaml) and raw snapshot documents by path.

    `show(value, kind)` writes a figure ("params", "bytes" or other) for the summary; the CLI passes
    the site's number formatting, and the default writes every digit."""
    show = show or exact_figure
    summary = ChangeSummary()
    old_by_id = {row["id"]: row for row in old_models}
    new_by_id = {row["id"]: row for row in new_models}
    summary.added = sorted(set(new_by_id) - set(old_by_id))
    summary.removed = sorted(set(old_by_id) - set(new_by_id))
    for model_id in sorted(set(old_by_id) & set(new_by_id)):
        old, new = old_by_id[model_id], new_by_id[model_id]
        for key, label, fmt in WATCHED:
            if old.get(key) != new.get(key):
                summary.changed.append(f"{model_id}: {label} {show(old.get(key), fmt)} → {show(new.get(key), fmt)}")
        if new.get("status") == "stale":
            summary.stale.append(model_id)
    for path in sorted(set(old_files) | set(new_files)):
        before, after = old_files.get(path), new_files.get(path)
        if before == after:
            continue
        if _strip_noise(before) == _strip_noise(after):
            summary.noise_only.append(path)
        else:
            summary.real_files.append(path)
    return summary


def exact_figure(value, fmt: str) -> str:
    if value is None:
        return "none"
    if fmt == "params":
        return f"{value:,}"
    if fmt == "bytes":
        return f"{value:,} B"
    return str(value)


# I/O: read the committed version through git ---------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout


def _load(text: str | None, path: str) -> dict | None:
    if text is None:
        return None
    return json.loads(text) if path.endswith(".json") else yaml.safe_load(text)


def working_tree_changes(repo: Path, base: str = "HEAD",
                         show: Callable[[object, str], str] | None = None) -> ChangeSummary:
    """Summarise what `git status` shows under data/ against `base`."""
    repo = Path(repo)
    try:
        _git(repo, "rev-parse", "--git-dir")
    except (subprocess.CalledProcessError, FileNotFoundError):
        raise PipelineError(f"{repo}: not inside a git repository (run `changes` from the project folder)") from None
    try:
        _git(repo, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    except subprocess.CalledProcessError:
        raise PipelineError(f"--base {base}: not a revision of this repository "
                            "(a branch, tag or commit, e.g. HEAD or origin/main)") from None
    status = _git(repo, "status", "--porcelain", "--untracked-files=all", "--", "data")
    paths = sorted({line[3:].strip().split(" -> ")[-1] for line in status.splitlines() if line.strip()})
    old_files, new_files = {}, {}
    for path in paths:
        try:
            old_text = _git(repo, "show", f"{base}:{path}")
        except subprocess.CalledProcessError:
            old_text = None
        new_path = repo / path
        new_text = new_path.read_text(encoding="utf-8") if new_path.exists() else None
        if path.endswith((".json", ".yaml", ".yml")):
            old_files[path], new_files[path] = _load(old_text, path), _load(new_text, path)
        else:
            old_files[path], new_files[path] = old_text, new_text
    models_path = "data/models.yaml"
    try:
        old_models = (yaml.safe_load(_git(repo, "show", f"{base}:{models_path}")) or {}).get("models", [])
    except subprocess.CalledProcessError:
        old_models = []
    current = repo / models_path
    new_models = (yaml.safe_load(current.read_text(encoding="utf-8")) or {}).get("models", []) if current.exists() else []
    return summarize(old_models, new_models, old_files, new_files, show)


def revert_noise(repo: Path, summary: ChangeSummary) -> None:
    """Put back files whose only change is a fetch timestamp, so they are not committed."""
    if summary.noise_only:
        _git(Path(repo), "checkout", "--", *summary.noise_only)


# Data ------------------------------------------------------------------------------------------

WATCHED = (
    ("params_total", "parameters", "params"),
    ("params_active", "active parameters", "params"),
    ("weights_bytes", "download size", "bytes"),
    ("stored_dtype", "stored dtype", "text"),
    ("size_class", "size class", "text"),
    ("gated", "gated", "text"),
    ("license", "license", "text"),
    ("status", "status", "text"),
)
