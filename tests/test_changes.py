"""Changes stage: commit only real data changes, with a message that says what changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.data.changes import summarize

ROW = {"id": "google/gemma-2b", "params_total": 2506172416, "weights_bytes": 5012344832,
       "stored_dtype": "BF16", "size_class": "2b-4b", "status": "ok"}
RAW = {"format": "llm-sizes/hub-snapshot@1",
       "provenance": {"basis": "fetched", "fetched_at": "2026-11-01T04:17:00Z"},
       "model_info": {"safetensors": {"total": 2506172416}}}


def test_no_change_means_no_commit():
    summary = summarize([ROW], [ROW], {"data/hub/a.json": RAW}, {"data/hub/a.json": RAW})
    assert not summary.should_commit


def test_only_fetched_at_changed_means_no_commit():
    later = json.loads(json.dumps(RAW))
    later["provenance"]["fetched_at"] = "2026-11-02T04:17:00Z"
    summary = summarize([ROW], [ROW], {"data/hub/a.json": RAW}, {"data/hub/a.json": later})
    assert not summary.should_commit
    assert summary.noise_only == ["data/hub/a.json"]


def test_a_parameter_change_is_committed_with_that_line_in_the_message():
    new_row = {**ROW, "params_total": 2600000000}
    new_raw = json.loads(json.dumps(RAW))
    new_raw["model_info"]["safetensors"]["total"] = 2600000000
    summary = summarize([ROW], [new_row], {"data/hub/a.json": RAW}, {"data/hub/a.json": new_raw})
    assert summary.should_commit
    message = summary.commit_message("2026-11-24")
    assert message.splitlines()[0] == "data: refresh 2026-11-24 (1 figure(s) changed)"
    assert "~ google/gemma-2b: parameters 2,506,172,416 → 2,600,000,000" in message  # the data layer's own words
    # The CLI passes the site's number formatting (the data layer does not import the i18n layer).
    from pipeline.cli import _figure_text

    worded = summarize([ROW], [new_row], {"data/hub/a.json": RAW}, {"data/hub/a.json": new_raw}, show=_figure_text)
    assert ("~ google/gemma-2b: parameters 2.51 billion (2,506,172,416) → 2.6 billion (2,600,000,000)"
            in worded.commit_message("2026-11-24"))


def test_added_and_removed_models_are_listed():
    other = {**ROW, "id": "org/new-model"}
    summary = summarize([ROW], [other], {"data/hub/google/gemma-2b.json": RAW},
                        {"data/hub/org/new-model.json": RAW})
    message = summary.commit_message("2026-11-24")
    assert "+ org/new-model" in message and "- google/gemma-2b" in message
    assert summary.should_commit


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def data_repo(tmp_path) -> Path:
    repo = tmp_path / "r"
    (repo / "data" / "hub" / "org").mkdir(parents=True)
    (repo / "data" / "hub" / "org" / "m.json").write_text(json.dumps(RAW, indent=2) + "\n")
    (repo / "data" / "models.yaml").write_text(yaml.safe_dump({"models": [ROW]}))
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "init")
    return repo


def _changes_cli(repo: Path, *args: str) -> subprocess.CompletedProcess:
    root = Path(__file__).resolve().parent.parent
    return subprocess.run([sys.executable, "-m", "pipeline", "changes", *args], cwd=repo, capture_output=True,
                          text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_cli_reverts_timestamp_only_changes_and_writes_no_message(data_repo, tmp_path):
    raw_path = data_repo / "data" / "hub" / "org" / "m.json"
    later = json.loads(raw_path.read_text())
    later["provenance"]["fetched_at"] = "2026-11-24T04:17:00Z"
    raw_path.write_text(json.dumps(later, indent=2) + "\n")
    message = tmp_path / "msg.txt"
    result = _changes_cli(data_repo, "--revert-noise", "--message-file", str(message))
    assert result.returncode == 0, result.stderr
    assert "commit: no" in result.stdout
    assert not message.exists()
    assert _git(data_repo, "status", "--porcelain") == ""


def test_cli_writes_the_message_when_a_figure_changed(data_repo, tmp_path):
    models = data_repo / "data" / "models.yaml"
    models.write_text(yaml.safe_dump({"models": [{**ROW, "weights_bytes": 4000000000}]}))
    message, summary = tmp_path / "msg.txt", tmp_path / "summary.md"
    result = _changes_cli(data_repo, "--message-file", str(message), "--summary-file", str(summary),
                          "--day", "2026-11-24")
    assert result.returncode == 0, result.stderr
    text = message.read_text()
    assert "download size 5.01 GB (5,012,344,832 B) → 4 GB (4,000,000,000 B)" in text
    assert "### Data changes" in summary.read_text()


def test_a_model_that_stays_stale_is_not_committed_every_day():
    old = {"models": {"org/m": {"status": "stale", "error": "HTTP 503", "last_good": "2026-11-01",
                                "failed_at": "2026-11-23T04:17:00Z"}}}
    new = {"models": {"org/m": {**old["models"]["org/m"], "failed_at": "2026-11-24T04:17:00Z"}}}
    summary = summarize([], [], {"data/refresh-status.yaml": old}, {"data/refresh-status.yaml": new})
    assert not summary.should_commit and summary.noise_only == ["data/refresh-status.yaml"]
    worse = {"models": {**new["models"], "org/other": {"status": "stale", "error": "timeout"}}}
    assert summarize([], [], {"data/refresh-status.yaml": old}, {"data/refresh-status.yaml": worse}).should_commit


def test_cli_refuses_an_unknown_base_instead_of_calling_every_model_new(data_repo):
    result = _changes_cli(data_repo, "--base", "nosuchref")
    assert result.returncode == 2 and result.stdout == "", result.stdout
    assert result.stderr.strip() == ("error: --base nosuchref: not a revision of this repository "
                                     "(a branch, tag or commit, e.g. HEAD or origin/main)")


def test_cli_outside_a_git_repository_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "data").mkdir()
    result = _changes_cli(tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"error: {tmp_path}: not inside a git repository (run `changes` from the project folder)"
