"""Fetch stage: the real huggingface_hub client against a local Hub (tests/hubserver.py) with faults."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import get_args

import pytest
import yaml
from huggingface_hub.hf_api import ExpandModelProperty_T

from pipeline.data.catalog import Catalog
from pipeline.errors import PipelineError
from pipeline.data.fetch import EXPAND, fetch_catalog
from pipeline.data.hubclient import RetryPolicy, retry_after_seconds
from tests.hubserver import FakeHub, route_of, sample_repos, synthetic_repo

ROOT = Path(__file__).resolve().parent.parent
FAST = dict(timeout=2.0, retries=3, backoff_base=0.01, backoff_max=0.05)  # tests never wait for back-off
pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def repos():
    return sample_repos()


@pytest.fixture
def hub(repos):
    server = FakeHub(repos.values(), page_size=40).start()  # DeepSeek-V3's 163 shards take 5 pages
    yield server
    server.stop()


def catalog_of(*ids: str) -> Catalog:
    return Catalog.model_validate({"models": [{"id": repo_id} for repo_id in ids]})


def refresh(catalog: Catalog, data_dir: Path, hub: FakeHub, **options):
    settings = {**FAST, **options}
    return fetch_catalog(catalog, data_dir, endpoint=hub.url, progress=io.StringIO(), **settings)


def snapshot(data_dir: Path, repo_id: str) -> dict:
    return json.loads((data_dir / "hub" / f"{repo_id}.json").read_text(encoding="utf-8"))


def files_state(data_dir: Path) -> dict[str, tuple[str, int]]:
    """Every file under data_dir: content hash and mtime (a rewrite with equal bytes still shows)."""
    return {str(path.relative_to(data_dir)): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
            for path in sorted(data_dir.rglob("*")) if path.is_file()}


def status_file(data_dir: Path) -> dict:
    return yaml.safe_load((data_dir / "refresh-status.yaml").read_text(encoding="utf-8"))["models"]


# What is fetched -----------------------------------------------------------------------------


def test_expand_keys_are_ones_the_client_allows():
    assert set(EXPAND) <= set(get_args(ExpandModelProperty_T))


def test_every_pitfall_repo_is_recorded_as_received(tmp_path, hub, repos):
    ids = [repo.repo_id for repo in repos.values()]
    summary = refresh(catalog_of(*ids), tmp_path, hub)
    assert summary.exit_code == 0, summary.render()
    assert summary.count("ok") == len(ids)

    for repo in repos.values():
        document = snapshot(tmp_path, repo.repo_id)
        provenance = document["provenance"]
        assert document["format"] == "llm-sizes/hub-snapshot@1"
        assert provenance["basis"] == "fetched" and provenance["endpoint"] == hub.url
        assert provenance["client"].startswith("huggingface_hub/2.")
        assert provenance["revision"] == repo.sha == document["model_info"]["sha"]
        assert provenance["requested_id"] == provenance["repo_id"] == repo.repo_id
        # only the expanded keys, exactly as the server sent them
        assert set(document["model_info"]) <= {"_id", "id", *EXPAND}
        assert document["model_info"]["gated"] == repo.info["gated"]
        assert {entry["path"] for entry in document["tree"] if entry["type"] == "file"} == set(repo.files)

    bert = snapshot(tmp_path, "google-bert/bert-base-uncased")
    weights = next(entry for entry in bert["tree"] if entry["path"] == "model.safetensors")
    assert set(weights) == {"type", "path", "size", "oid", "lfs"} and weights["lfs"]["size"] == 440449768
    assert any(entry["type"] == "directory" and entry["path"] == "coreml" for entry in bert["tree"])
    assert bert["config_json"]["hidden_size"] == 768

    gguf = snapshot(tmp_path, "Qwen/Qwen2.5-7B-Instruct-GGUF")
    assert "safetensors" not in gguf["model_info"] and gguf["model_info"]["gguf"]["total"] == 7615616512
    assert gguf["config_json"] is None  # no config.json in the repo: tolerated
    onnx = snapshot(tmp_path, "Xenova/all-MiniLM-L6-v2")
    assert "safetensors" not in onnx["model_info"]
    assert [e["size"] for e in onnx["tree"] if e["path"] == "onnx/model.onnx"] == [90405214]
    awq = snapshot(tmp_path, "TheBloke/Llama-2-7B-AWQ")
    assert awq["model_info"]["safetensors"]["parameters"]["I32"] == 879165440
    assert awq["config_json"]["quantization_config"]["quant_method"] == "awq"
    mixed = snapshot(tmp_path, "deepseek-ai/DeepSeek-V3")
    assert mixed["model_info"]["safetensors"] == {
        "parameters": {"BF16": 3918786560, "F8_E4M3": 680571043840, "F32": 41555600}, "total": 684531386000}
    assert sum(1 for e in mixed["tree"] if e["path"].endswith(".safetensors")) == 163  # all pages followed
    moe = snapshot(tmp_path, "mistralai/Mixtral-8x7B-v0.1")
    assert (moe["config_json"]["num_local_experts"], moe["config_json"]["num_experts_per_tok"]) == (8, 2)

    # the client asked for the expand keys, then the tree and config.json at the sha it was given
    assert hub.count("tree", "deepseek-ai/DeepSeek-V3") == 5
    info_paths = [path for _, path in hub.log if path.startswith("/api/models/meta-llama/") and "/tree/" not in path]
    assert "expand=safetensors" in info_paths[0] and "expand=gated" in info_paths[0]
    assert any(path == f"/meta-llama/Llama-3.1-8B-Instruct/resolve/{repos['gated'].sha}/config.json"
               for _, path in hub.log)
    assert status_file(tmp_path) == {}


def test_gated_repo_is_recorded_from_public_metadata(tmp_path, hub, monkeypatch):
    repo_id = "meta-llama/Llama-3.1-8B-Instruct"
    for token in (None, "hf_not_on_the_list"):  # 401 without a token, 403 with one
        if token:
            monkeypatch.setenv("HF_TOKEN", token)
        summary = refresh(catalog_of(repo_id), tmp_path / str(token), hub)
        document = snapshot(tmp_path / str(token), repo_id)
        assert summary.exit_code == 0 and summary.count("ok") == 1
        assert document["model_info"]["gated"] == "manual"
        assert document["model_info"]["safetensors"]["total"] == 8030261248
        assert document["tree"] is not None and document["config_json"] is None
    hub.authorized_tokens.add("hf_on_the_list")
    monkeypatch.setenv("HF_TOKEN", "hf_on_the_list")
    refresh(catalog_of(repo_id), tmp_path / "granted", hub)
    assert snapshot(tmp_path / "granted", repo_id)["config_json"]["num_key_value_heads"] == 8


def test_renamed_repo_is_followed_and_recorded(tmp_path, hub):
    hub.rename("bert-base-uncased", "google-bert/bert-base-uncased")
    summary = refresh(catalog_of("bert-base-uncased"), tmp_path, hub)
    assert summary.exit_code == 0
    provenance = snapshot(tmp_path, "bert-base-uncased")["provenance"]  # stored under the catalog id
    assert provenance["requested_id"] == "bert-base-uncased"
    assert provenance["repo_id"] == "google-bert/bert-base-uncased"
    assert "update data/catalog.yaml" in provenance["notes"]
    assert "hint: bert-base-uncased is now google-bert/bert-base-uncased" in summary.render()
    assert hub.log[0][1].startswith("/api/models/bert-base-uncased?")
    assert hub.log[1][1].startswith("/api/models/google-bert/bert-base-uncased?expand=")  # query kept


# Faults ---------------------------------------------------------------------------------------


def test_429_waits_for_retry_after_then_succeeds(tmp_path, hub):
    repo_id = "mistralai/Mixtral-8x7B-v0.1"
    hub.inject("info", repo_id, status=429, headers={"Retry-After": "1"})
    summary = refresh(catalog_of(repo_id), tmp_path, hub)
    assert summary.exit_code == 0 and summary.count("ok") == 1
    assert hub.count("info", repo_id) == 2
    # The server's own clock: the second ask came after Retry-After's second, not the 10 ms back-off.
    asked = [stamp for (_, path), stamp in zip(hub.log, hub.stamps)
             if route_of(path) == "info" and repo_id in path]
    assert asked[1] - asked[0] >= 1.0, asked


@pytest.mark.parametrize("route", ["info", "tree", "resolve"])
@pytest.mark.parametrize("status", [500, 503])
def test_server_error_once_is_retried(tmp_path, hub, route, status):
    repo_id = "TheBloke/Llama-2-7B-AWQ"
    hub.inject(route, repo_id, status=status)
    summary = refresh(catalog_of(repo_id), tmp_path, hub)
    assert summary.exit_code == 0, summary.render()
    assert hub.count(route, repo_id) == 2
    assert snapshot(tmp_path, repo_id)["config_json"]["model_type"] == "llama"


@pytest.mark.parametrize("fault", [
    dict(delay=1.0),                 # past the 0.3 s timeout
    dict(reset=True),                # TCP reset, no answer
    dict(body=b'{"id": "x", "sha"'),  # malformed JSON
    dict(truncate=True),             # the real answer cut in half
], ids=["slow", "reset", "malformed", "truncated"])
def test_transient_fault_once_is_retried(tmp_path, hub, fault):
    repo_id = "Xenova/all-MiniLM-L6-v2"
    hub.inject("info", repo_id, **fault)
    summary = refresh(catalog_of(repo_id), tmp_path, hub, timeout=0.3)
    assert summary.exit_code == 0, summary.render()
    assert hub.count("info", repo_id) == 2


@pytest.mark.parametrize("fault, message", [
    (dict(delay=0.6), "timed out"),
    (dict(reset=True), "connection"),
    (dict(body=b"<html>502 Bad Gateway</html>"), "not valid JSON"),
    (dict(status=503), "HTTP 503"),
    (dict(status=404, headers={"X-Error-Code": "RepoNotFound"}), "repository not found"),
], ids=["slow", "reset", "malformed", "503", "404"])
def test_persistent_fault_keeps_previous_snapshot(tmp_path, hub, repos, fault, message):
    ids = [repo.repo_id for repo in repos.values()]
    broken = "Xenova/all-MiniLM-L6-v2"
    assert refresh(catalog_of(*ids), tmp_path, hub).exit_code == 0
    kept_bytes = (tmp_path / "hub" / f"{broken}.json").read_bytes()
    last_good = snapshot(tmp_path, broken)["provenance"]["fetched_at"]

    hub.inject("any", broken, times=None, **fault)
    summary = refresh(catalog_of(*ids), tmp_path, hub, timeout=0.3, retries=1)
    assert summary.exit_code == 1, summary.render()  # 1 of 7 stale, within the 20 % allowed
    assert (tmp_path / "hub" / f"{broken}.json").read_bytes() == kept_bytes
    entry = status_file(tmp_path)[broken]
    assert entry["status"] == "stale" and entry["last_good"] == last_good and entry["failed_at"]
    assert message in entry["error"] and "\n" not in entry["error"]
    expected_requests = 1 if fault.get("status") == 404 else 2  # a 404 is not retried
    assert hub.count("info", broken) == 1 + expected_requests
    assert f"stale     {broken}" in summary.render()

    hub.faults.clear()  # healed: the entry disappears, the file is rewritten only if content changed
    assert refresh(catalog_of(*ids), tmp_path, hub).exit_code == 0
    assert status_file(tmp_path) == {}


def test_model_never_fetched_is_failed_not_stale(tmp_path, hub, repos):
    ids = [repo.repo_id for repo in repos.values()] + ["nobody/missing-model"]
    summary = refresh(catalog_of(*ids), tmp_path, hub, max_failure_share=0.5)
    assert summary.exit_code == 1 and summary.count("failed") == 1
    assert not (tmp_path / "hub" / "nobody/missing-model.json").exists()
    assert status_file(tmp_path)["nobody/missing-model"]["last_good"] is None


def test_retry_after_longer_than_allowed_is_not_waited_for(tmp_path, hub):
    repo_id = "mistralai/Mixtral-8x7B-v0.1"
    hub.inject("info", repo_id, times=None, status=429, headers={"Retry-After": "3600"})
    summary = refresh(catalog_of(repo_id), tmp_path, hub, retry_after_max=5, max_failure_share=1.0)
    # Not waited for: asked once, never again (waiting would hold the test past its time-out).
    assert hub.count("info", repo_id) == 1 and summary.count("failed") == 1
    assert "wait 3600 s" in summary.outcomes[0].error
    assert summary.exit_code == 2  # nothing usable


def test_retry_after_forms():
    class Answer:
        def __init__(self, status, headers):
            self.status_code, self.headers = status, headers

    class Refused(Exception):
        def __init__(self, status, headers):
            self.response = Answer(status, headers)

    assert retry_after_seconds(Refused(503, {"Retry-After": "7"})) == 7
    soon = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 25 <= retry_after_seconds(Refused(429, {"Retry-After": soon})) <= 31
    assert retry_after_seconds(Refused(429, {"RateLimit": '"api";r=0;t=55'})) == 55
    assert retry_after_seconds(Refused(500, {})) is None
    waits = [RetryPolicy(backoff_base=1, backoff_max=4).backoff(n) for n in range(1, 6)]
    assert 0.5 <= waits[0] <= 1 and 1 <= waits[1] <= 2 and all(2 <= w <= 4 for w in waits[2:])


# Exit codes and what is written ---------------------------------------------------------------


def test_more_failures_than_allowed_writes_nothing(tmp_path, hub, repos):
    ids = [repo.repo_id for repo in repos.values()]
    assert refresh(catalog_of(*ids), tmp_path, hub).exit_code == 0
    before = files_state(tmp_path)
    for repo_id in ids[:2]:  # 2 of 7 = 29 % > 20 %
        hub.inject("info", repo_id, times=None, status=500)
    for repo in repos.values():
        repo.info["downloads"] += 1  # upstream changed: the healthy five would be rewritten …
    summary = refresh(catalog_of(*ids), tmp_path, hub, retries=0)
    assert summary.exit_code == 2 and "nothing written" in summary.render()
    assert files_state(tmp_path) == before  # … but nothing is written, status file included

    fresh = tmp_path / "fresh"
    assert refresh(catalog_of(*ids), fresh, hub, retries=0).exit_code == 2
    assert not fresh.exists()


def test_second_refresh_changes_no_bytes(tmp_path, hub, repos):
    ids = [repo.repo_id for repo in repos.values()]
    assert refresh(catalog_of(*ids), tmp_path, hub).exit_code == 0
    before = files_state(tmp_path)
    time.sleep(1.1)  # fetched_at would differ by a second
    summary = refresh(catalog_of(*ids), tmp_path, hub)
    assert summary.exit_code == 0 and summary.count("unchanged") == len(ids) and summary.written == []
    assert files_state(tmp_path) == before

    repos["moe"].info["likes"] += 1  # one upstream change: one file rewritten
    summary = refresh(catalog_of(*ids), tmp_path, hub)
    changed = {name for name, state in files_state(tmp_path).items() if before[name] != state}
    assert changed == {"hub/mistralai/Mixtral-8x7B-v0.1.json"} and summary.count("ok") == 1


def test_a_new_client_version_alone_rewrites_no_snapshot(tmp_path, hub, repos, monkeypatch):
    """`changes --revert-noise` would revert such a file but keep models.yaml's new fetched_at."""
    import huggingface_hub

    ids = [repo.repo_id for repo in repos.values()]
    assert refresh(catalog_of(*ids), tmp_path, hub).exit_code == 0
    before = files_state(tmp_path)
    monkeypatch.setattr(huggingface_hub, "__version__", "2.99.0")
    summary = refresh(catalog_of(*ids), tmp_path, hub)
    assert summary.count("unchanged") == len(ids) and summary.written == []
    assert files_state(tmp_path) == before


def test_killing_the_server_mid_run_leaves_old_or_new_files(tmp_path):
    hub = FakeHub([synthetic_repo(i) for i in range(40)], latency=0.02).start()
    ids = [f"bench-org/model-{i:03d}" for i in range(40)]
    try:
        assert refresh(catalog_of(*ids), tmp_path, hub).exit_code == 0
        old = {repo_id: (tmp_path / "hub" / f"{repo_id}.json").read_bytes() for repo_id in ids}
        for i in range(40):
            hub.add(synthetic_repo(i, revision="2"))  # upstream moved on
        result = {}
        run = threading.Thread(target=lambda: result.update(summary=refresh(
            catalog_of(*ids), tmp_path, hub, concurrency=4, retries=0, timeout=1, max_failure_share=1.0)))
        requests_before = hub.requests
        run.start()
        while hub.requests < requests_before + 40:
            time.sleep(0.005)
        hub.kill()
        run.join(30)
    finally:
        hub.stop()
    summary = result["summary"]
    assert summary.exit_code == 1 and 0 < summary.count("ok") < 40 and summary.count("stale") > 0
    for repo_id in ids:
        raw = (tmp_path / "hub" / f"{repo_id}.json").read_bytes()
        document = json.loads(raw)  # every file parses …
        assert raw == old[repo_id] or document["provenance"]["revision"] == synthetic_repo(
            int(repo_id[-3:]), revision="2").sha  # … and is either old or new
    assert set(status_file(tmp_path)) == {o.catalog_id for o in summary.outcomes if o.status == "stale"}
    assert not list(tmp_path.rglob("*.tmp"))


def test_bad_input():
    with pytest.raises(PipelineError, match="--only: not a Hub model of the catalog: nobody/else"):
        fetch_catalog(catalog_of("a/b"), Path("unused"), endpoint="http://127.0.0.1:9", only=["nobody/else"])
    empty = fetch_catalog(Catalog.model_validate({"models": []}), Path("unused"), endpoint="http://127.0.0.1:9")
    assert empty.exit_code == 2


def test_progress_is_a_bar_on_a_terminal(tmp_path, hub):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    fetch_catalog(catalog_of("TheBloke/Llama-2-7B-AWQ"), tmp_path, endpoint=hub.url, progress=screen, **FAST)
    assert "refresh:" in screen.getvalue() and "model/s" in screen.getvalue()
    assert "[1/1]" not in screen.getvalue()
    plain = io.StringIO()
    fetch_catalog(catalog_of("TheBloke/Llama-2-7B-AWQ"), tmp_path, endpoint=hub.url, progress=plain, **FAST)
    assert plain.getvalue().startswith("[1/1] unchanged TheBloke/Llama-2-7B-AWQ")


# The command line -----------------------------------------------------------------------------


def run_cli(data_dir: Path, *args: str, env: dict | None = None, **popen) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("HF_TOKEN", "HF_ENDPOINT")}
    environment.update(HF_HUB_DISABLE_TELEMETRY="1", HF_HOME=str(data_dir.parent / "hf-home"), **(env or {}))
    command = [sys.executable, "-m", "pipeline", "refresh", "--no-compute", "--data-dir", str(data_dir),
               "--timeout", "2", *args]
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=40)


def write_catalog(data_dir: Path, *ids: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "catalog.yaml").write_text(yaml.safe_dump({"models": [{"id": i} for i in ids]}))


def test_cli_token_is_sent_but_never_written(tmp_path, hub, repos):
    data_dir = tmp_path / "data"
    write_catalog(data_dir, *[repo.repo_id for repo in repos.values()])
    secret = "hf_SeCrEt0123456789abcdefTOKEN"
    hub.inject("info", "TheBloke/Llama-2-7B-AWQ", status=401,  # an error answer that echoes nothing
               headers={"X-Error-Code": "RepoNotFound", "X-Error-Message": "Invalid credentials"})
    result = run_cli(data_dir, "--endpoint", hub.url, env={"HF_TOKEN": secret})
    assert result.returncode == 1, result.stderr
    assert hub.authorizations and all(value == f"Bearer {secret}" for value in hub.authorizations)
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    assert secret not in result.stdout + result.stderr
    assert not (tmp_path / "hf-home").exists()  # nothing cached or stored by the client either


def test_cli_only_refreshes_the_named_models(tmp_path, hub, repos):
    data_dir = tmp_path / "data"
    ids = [repo.repo_id for repo in repos.values()]
    write_catalog(data_dir, *ids)
    result = run_cli(data_dir, "--endpoint", hub.url, "--only", ids[1], ids[3])
    assert result.returncode == 0, result.stderr
    asked = {path.split("?")[0].removeprefix("/api/models/") for _, path in hub.log if "?expand" in path}
    assert asked == {ids[1], ids[3]}
    assert sorted(p.relative_to(data_dir / "hub").as_posix() for p in (data_dir / "hub").rglob("*.json")) == \
        sorted(f"{i}.json" for i in (ids[1], ids[3]))
    assert "[1/2]" in result.stderr and "[2/2]" in result.stderr  # one plain line per model off a TTY

    bad = run_cli(data_dir, "--endpoint", hub.url, "--only", "nobody/else")
    assert bad.returncode == 2 and "nobody/else" in bad.stderr


def test_cli_endpoint_overrides_hf_endpoint(tmp_path, hub):
    data_dir = tmp_path / "data"
    write_catalog(data_dir, "TheBloke/Llama-2-7B-AWQ")
    dead = "http://127.0.0.1:9"  # discard port: nothing listens
    result = run_cli(data_dir, "--endpoint", hub.url, "--retries", "0", env={"HF_ENDPOINT": dead})
    assert result.returncode == 0, result.stdout + result.stderr
    assert snapshot(data_dir, "TheBloke/Llama-2-7B-AWQ")["provenance"]["endpoint"] == hub.url
    from_env = run_cli(tmp_path / "other", "--catalog", str(data_dir / "catalog.yaml"), env={"HF_ENDPOINT": hub.url})
    assert from_env.returncode == 0 and "1 ok" in from_env.stdout


def test_cli_sigterm_stops_and_writes_nothing(tmp_path):
    hub = FakeHub([synthetic_repo(i) for i in range(60)], latency=0.2).start()
    data_dir = tmp_path / "data"
    write_catalog(data_dir, *[f"bench-org/model-{i:03d}" for i in range(60)])
    environment = {k: v for k, v in os.environ.items() if k not in ("HF_TOKEN", "HF_ENDPOINT")}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "refresh", "--no-compute", "--data-dir", str(data_dir),
             "--endpoint", hub.url, "--concurrency", "4"],
            cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while hub.requests < 8 and time.monotonic() < deadline:
            time.sleep(0.01)
        hub.inject("any", None, times=None, delay=15)  # the requests in flight now hang
        time.sleep(0.3)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=20)
        stopped_in = time.monotonic() - started
        requests_at_stop = hub.requests
        time.sleep(0.5)
    finally:
        hub.stop()
    assert process.returncode == 130 and "interrupted" in stderr
    assert stopped_in < 3  # not waiting out the hung requests (timeout 20 s)
    assert hub.requests == requests_at_stop  # no new work after the signal
    assert sorted(p.name for p in data_dir.rglob("*")) == ["catalog.yaml"]
