"""GitHub workflows: schema-valid (offline, vendored schema), pinned, minimal permissions."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_workflows_pass_the_github_workflow_schema():
    assert WORKFLOWS, "no workflow files"
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
         *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_third_party_actions_are_pinned_by_commit_sha():
    for workflow in WORKFLOWS:
        for uses in re.findall(r"uses:\s*(\S+)", workflow.read_text()):
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", uses), f"{workflow.name}: {uses}"


def test_refresh_job_is_scheduled_off_the_hour_and_deploys_with_minimal_permissions():
    refresh = yaml.safe_load((ROOT / ".github" / "workflows" / "refresh.yml").read_text())
    triggers = refresh[True]  # YAML 1.1 reads the key `on` as True
    minute = triggers["schedule"][0]["cron"].split()[0]
    assert minute not in ("0", "*") and "workflow_dispatch" in triggers
    assert refresh["permissions"] == {"contents": "read"}
    assert refresh["concurrency"]["group"]
    assert refresh["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    steps = refresh["jobs"]["refresh"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    for command in ("pipeline refresh", "make test", "i18n status --check", "pipeline changes", "make site"):
        assert command in runs, command
    assert "HF_TOKEN" in str(steps) and "secrets.HF_TOKEN" in str(steps)


def test_ci_runs_the_same_entry_point_as_the_ci_machine():
    ci = (ROOT / ".github" / "workflows" / "ci.yml").read_text()
    assert "bash .ci/run" in ci
