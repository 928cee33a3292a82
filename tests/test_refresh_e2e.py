"""End to end: the real client refreshes every catalog model from a local Hub, then compute and render."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.hubserver import FakeHub, HubRepo, fake_sha

ROOT = Path(__file__).resolve().parent.parent


def _repos_from_committed_snapshot() -> dict[str, HubRepo]:
    """One served repo per committed snapshot: its model info, its config.json and a weights file."""
    repos = {}
    for path in sorted((ROOT / "data" / "hub").rglob("*.json")):
        snapshot = json.loads(path.read_text(encoding="utf-8"))
        info = dict(snapshot["model_info"])
        repo_id = info.get("id") or str(path.relative_to(ROOT / "data" / "hub"))[:-5]
        info.update(id=repo_id, sha=fake_sha(repo_id), downloads=1234, likes=5)
        total = (info.get("safetensors") or {}).get("total")
        files: dict[str, bytes | int] = {"README.md": b"# card\n"}
        if snapshot.get("config_json"):
            files["config.json"] = json.dumps(snapshot["config_json"]).encode()
        if total:
            files["model.safetensors"] = 2 * total + 4096  # bf16 bytes + header
        repos[repo_id] = HubRepo(info=info, files=files)
    return repos


def _refresh(hub: FakeHub, data: Path, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "refresh", "--endpoint", hub.url, "--data-dir", str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "HF_HUB_DISABLE_TELEMETRY": "1"},
    )


def test_refresh_against_a_hub_compatible_server_matches_its_totals(tmp_path):
    repos = _repos_from_committed_snapshot()
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    hub = FakeHub(repos.values()).start()
    try:
        result = _refresh(hub, data, tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        rows = {row["id"]: row for row in yaml.safe_load((data / "models.yaml").read_text(encoding="utf-8"))["models"]}
        checked = 0
        for repo_id, repo in repos.items():
            row = rows[repo_id]
            assert row["snapshot_basis"] == "fetched" and row["revision"] == repo.sha
            total = (repo.info.get("safetensors") or {}).get("total")
            if total and not row.get("packed_weights"):
                assert row["params_total"] == total, repo_id
                assert (row["weights_bytes"], row["weights_bytes_basis"]) == (2 * total + 4096, "file-sizes")
                checked += 1
        assert checked >= 30
        assert yaml.safe_load((data / "models.yaml").read_text(encoding="utf-8"))["meta"]["reconstructed_models"] == 0
        # a second refresh with nothing changed upstream changes no byte under data/
        before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
        again = _refresh(hub, data, tmp_path)
        assert again.returncode == 0, again.stderr
        assert "unchanged" in again.stdout, again.stdout
        after = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
        assert before == after
    finally:
        hub.stop()
