"""Discovery by catalog rules and incremental refresh, with the real client against tests/hubserver.py."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from pipeline.data import compute
from pipeline.data.catalog import Catalog, load_catalog
from pipeline.data.discovery import catalog_with_discovered, discovered_on_disk
from pipeline.data.fetch import fetch_catalog
from pipeline.data.ratebudget import RateBudget, parse_budget
from pipeline.errors import CatalogError, PipelineError
from tests.hubserver import FakeHub, hub_repo, parameter_range

ROOT = Path(__file__).resolve().parent.parent
FAST = {"backoff_base": 0.01, "backoff_max": 0.05, "timeout": 5.0, "progress": io.StringIO()}


def model(repo_id: str, params: int, *, pipeline_tag: str = "text-generation", downloads: int = 0,
          revision: str = "1", library_name: str = "transformers"):
    """A repo of `params` BF16 parameters with a config.json and one weights file."""
    return hub_repo(repo_id, safetensors={"BF16": params}, pipeline_tag=pipeline_tag, revision=revision,
                    library_name=library_name, extra={"downloads": downloads},
                    config={"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 64},
                    files={"model.safetensors": 2 * params + 8})


# Seven 7B-class text-generation models (downloads 700 … 100), one 7B fill-mask, one 70B, one 1B.
SEVEN_B = [model(f"org/seven-{i}", 7_000_000_000 + i, downloads=100 * (7 - i)) for i in range(7)]
OTHERS = [model("org/mask-7b", 7_100_000_000, pipeline_tag="fill-mask", downloads=10_000),
          model("org/big-70b", 70_000_000_000, downloads=50_000),
          model("org/small-1b", 1_000_000_000, downloads=40_000)]
RULE = {"id": "top-textgen-7b", "pipeline_tag": "text-generation", "num_parameters": "min:6B,max:9B",
        "sort": "downloads", "limit": 5}


@pytest.fixture
def hub():
    server = FakeHub([*SEVEN_B, *OTHERS], list_page_size=2).start()
    yield server
    server.stop()


def rules_catalog(*rules: dict, models: tuple = ()) -> Catalog:
    return Catalog.model_validate({"models": [{"id": m} for m in models], "rules": list(rules)})


def snapshot(data_dir: Path, repo_id: str) -> dict:
    return json.loads((data_dir / "hub" / f"{repo_id}.json").read_text())


def per_model_requests(hub: FakeHub) -> list[str]:
    return [path for _, path in hub.log if not path.split("?")[0].rstrip("/") == "/api/models"]


def test_rule_pages_through_the_list_and_filters_by_parameters(tmp_path, hub):
    summary = fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    assert summary.exit_code == 0, summary.render()
    # min:6B,max:9B and text-generation leave the seven 7B models; the 5 most downloaded are 0…4.
    assert sorted(discovered_on_disk(tmp_path)) == [f"org/seven-{i}" for i in range(5)]
    lists = [path for _, path in hub.log if path.startswith("/api/models?")]
    assert len(lists) == 3  # 5 models at 2 a page: pages of 2, 2, 1 (the client stops at its limit)
    assert all("num_parameters=min%3A6B%2Cmax%3A9B" in path or "num_parameters=min:6B,max:9B" in path
               for path in lists)
    provenance = snapshot(tmp_path, "org/seven-0")["provenance"]
    assert provenance["rule"] == "top-textgen-7b" and provenance["revision"] == SEVEN_B[0].sha
    # two requests per model: info with file sizes, then config.json
    assert len(per_model_requests(hub)) == 2 * 5
    document = snapshot(tmp_path, "org/seven-3")
    assert document["tree"] == sorted(document["tree"], key=lambda e: e["path"])
    weights = next(e for e in document["tree"] if e["path"] == "model.safetensors")
    assert weights["size"] == 2 * 7_000_000_003 + 8 and weights["lfs"]["size"] == 2 * 7_000_000_003 + 8
    assert document["config_json"]["hidden_size"] == 64
    assert document["model_info"]["safetensors"]["total"] == 7_000_000_003
    assert "siblings" not in document["model_info"]


def test_parameter_range_syntax():
    assert parameter_range("min:6B,max:9B") == (6_000_000_000, 9_000_000_000)
    assert parameter_range("max:500M") == (0, 500_000_000)
    assert parameter_range("min:1.5B") == (1_500_000_000, None)


def test_second_refresh_without_upstream_change_makes_no_per_model_request(tmp_path, hub):
    fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    before = {p: p.read_bytes() for p in (tmp_path / "hub").rglob("*.json")}
    hub.log.clear()
    summary = fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    assert summary.exit_code == 0 and summary.count("unchanged") == 5
    assert per_model_requests(hub) == []
    assert len(hub.log) == 3  # the three list pages only
    assert {p: p.read_bytes() for p in (tmp_path / "hub").rglob("*.json")} == before


def test_a_changed_sha_refetches_that_model_only(tmp_path, hub):
    fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    hub.add(model("org/seven-2", 7_000_000_002, downloads=500, revision="2"))
    hub.log.clear()
    summary = fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    assert summary.count("ok") == 1 and summary.count("unchanged") == 4
    assert [p.split("?")[0] for p in per_model_requests(hub)] == [
        "/api/models/org/seven-2", f"/org/seven-2/resolve/{hub.repos['org/seven-2'].sha}/config.json"]
    assert snapshot(tmp_path, "org/seven-2")["provenance"]["revision"] == hub.repos["org/seven-2"].sha


def test_a_model_dropping_out_of_a_rule_is_removed_and_reported(tmp_path, hub):
    fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    hub.add(model("org/seven-5", 7_000_000_005, downloads=10_000))  # now the most downloaded: seven-4 drops out
    summary = fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    assert summary.exit_code == 0
    assert not (tmp_path / "hub" / "org" / "seven-4.json").exists()
    assert (tmp_path / "hub" / "org" / "seven-5.json").exists()
    text = summary.render()
    assert "1 removed" in text
    assert "removed   org/seven-4  no longer listed by rule top-textgen-7b — snapshot deleted" in text


def test_a_failed_listing_keeps_the_rules_models(tmp_path, hub):
    fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    hub.inject("list", times=None, status=404)
    summary = fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    assert summary.exit_code == 2  # all 5 stale: above the failure share, nothing written
    assert len(discovered_on_disk(tmp_path)) == 5
    assert "listing rule top-textgen-7b failed" in summary.render()


def test_hand_listed_model_unchanged_costs_one_request(tmp_path, hub):
    catalog = rules_catalog(models=("org/big-70b",))
    fetch_catalog(catalog, tmp_path, endpoint=hub.url, **FAST)
    hub.log.clear()
    summary = fetch_catalog(catalog, tmp_path, endpoint=hub.url, **FAST)
    assert summary.count("unchanged") == 1
    assert [p.split("?")[0] for _, p in hub.log] == ["/api/models/org/big-70b"]


def test_rate_budget_is_respected_at_the_server(tmp_path):
    repos = [model(f"org/m-{i:02d}", 7_000_000_000 + i, downloads=i) for i in range(12)]
    hub = FakeHub(repos, list_page_size=100).start()
    try:
        rule = {**RULE, "limit": 12}
        started = time.monotonic()
        summary = fetch_catalog(rules_catalog(rule), tmp_path, endpoint=hub.url, budget="6/1s",
                                resolver_budget="6/1s", **FAST)
        took = time.monotonic() - started
    finally:
        hub.stop()
    assert summary.exit_code == 0 and summary.count("ok") == 12
    # 1 list page + 12 model infos = 13 API calls at ≤ 6 per second, 12 config.json at ≤ 6 per second.
    api = [t for (_, path), t in zip(hub.log, hub.stamps) if "/resolve/" not in path]
    assert len(api) == 13
    # At most 6 arrivals in any 0.75 s at the server: the client paces its sends by a 1 s window, and a
    # loaded machine can delay one request's arrival next to the following one's (seen in a full run),
    # so a quarter of the window is left for that; an unpaced client sends all 13 within milliseconds.
    assert max(sum(1 for t in api if start <= t < start + 0.75) for start in api) <= 6
    assert took >= 2.0  # 13 API calls at 6 a second need at least two full windows


def test_ratelimit_header_pauses_until_the_window_resets(tmp_path):
    repos = [model(f"org/m-{i:02d}", 7_000_000_000 + i, downloads=i) for i in range(4)]
    hub = FakeHub(repos, rate_limit=(3, 2.0)).start()  # the Hub allows 3 API calls per 2 s
    try:
        started = time.monotonic()
        summary = fetch_catalog(rules_catalog({**RULE, "limit": 4}), tmp_path, endpoint=hub.url,
                                concurrency=1, **FAST)
        took, over_limit = time.monotonic() - started, hub.over_limit
        crowded = fetch_catalog(rules_catalog({**RULE, "limit": 4}), tmp_path / "again", endpoint=hub.url,
                                concurrency=8, **FAST)
    finally:
        hub.stop()
    assert summary.exit_code == 0 and summary.count("ok") == 4
    # 1 list + 4 infos = 5 API calls: "r=0" after the 3rd pauses us until the window resets (≥ 1 s).
    assert over_limit == 0 and took >= 1.0
    # 8 at once: requests already in flight may meet a 429; its Retry-After is waited for, none fails.
    assert crowded.exit_code == 0 and crowded.count("ok") == 4


def test_budget_syntax():
    assert parse_budget("500/300s") == (500, 300.0)
    assert parse_budget("1000/5m") == (1000, 300.0)
    with pytest.raises(PipelineError):
        parse_budget("fast")
    assert RateBudget.default(token=False).limits == {"api": 500, "resolver": 3000}
    assert RateBudget.default(token=True).limits == {"api": 1000, "resolver": 5000}


def test_rename_records_new_id_and_url(tmp_path, hub):
    hub.rename("org/old-name", "org/big-70b")
    catalog = rules_catalog(models=("org/old-name",))
    assert fetch_catalog(catalog, tmp_path, endpoint=hub.url, **FAST).exit_code == 0
    (tmp_path / "size-class-definitions.yaml").write_text((ROOT / "data" / "size-class-definitions.yaml").read_text())
    row = compute.compute_tables(compute.load_inputs(catalog, tmp_path)).models[0]
    assert row["id"] == "org/big-70b" and row["url"] == "https://huggingface.co/org/big-70b"
    assert row["renamed_from"] == "org/old-name"


def test_compute_reads_rule_members_from_snapshots_and_a_rule_without_snapshot_is_fine(tmp_path, hub):
    (tmp_path / "size-class-definitions.yaml").write_text((ROOT / "data" / "size-class-definitions.yaml").read_text())
    other = {"id": "no-snapshot-yet", "pipeline_tag": "text-generation", "limit": 3}
    catalog = rules_catalog(other, models=("org/small-1b",))
    rows = compute.compute_tables(compute.load_inputs(catalog_with_discovered(catalog, tmp_path), tmp_path)).models
    assert [row["id"] for row in rows] == ["org/small-1b"]  # missing snapshot, no rule members: no error
    fetch_catalog(rules_catalog(RULE, models=("org/small-1b",)), tmp_path, endpoint=hub.url, **FAST)
    catalog = rules_catalog(RULE, models=("org/small-1b",))
    rows = compute.compute_tables(compute.load_inputs(catalog_with_discovered(catalog, tmp_path), tmp_path)).models
    by_id = {row["id"]: row for row in rows}
    assert sorted(by_id) == ["org/seven-0", "org/seven-1", "org/seven-2", "org/seven-3", "org/seven-4",
                             "org/small-1b"]
    assert by_id["org/seven-1"]["discovered_by"] == "top-textgen-7b"
    assert by_id["org/seven-1"]["params_total"] == 7_000_000_001
    assert by_id["org/small-1b"].get("discovered_by") is None


def test_rule_schema_errors_name_file_and_line(tmp_path):
    path = tmp_path / "catalog.yaml"
    path.write_text("rules:\n  - id: top\n    num_parameters: 6B-9B\n  - id: other\n    sort: popularity\n")
    with pytest.raises(CatalogError) as error:
        load_catalog(path)
    message = str(error.value)
    assert f"{path}:3: rules.0.num_parameters" in message and "min:6B,max:9B" in message
    assert f"{path}:5: rules.1.sort" in message
    path.write_text("rules:\n  - id: top\n    pipeline: text-generation\n")
    with pytest.raises(CatalogError, match=r":3: rules\.0\.pipeline: unknown field"):
        load_catalog(path)
    path.write_text("models:\n  - id: org/a\nrules:\n  - id: top\n  - id: top\n")
    with pytest.raises(CatalogError, match=r":5: rules\.1\.id: 'top' is listed twice"):
        load_catalog(path)


def test_committed_catalog_rules_resolve_offline():
    catalog = load_catalog(ROOT / "data" / "catalog.yaml")
    assert catalog.rules, "data/catalog.yaml keeps an example rule"
    resolved = catalog_with_discovered(catalog, ROOT / "data")
    assert len(resolved.models) >= len(catalog.models)


def test_plain_progress_lines_show_an_eta(tmp_path, hub):
    lines = io.StringIO()
    fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **{**FAST, "progress": lines})
    printed = lines.getvalue().splitlines()
    assert len(printed) == 5 and printed[0].startswith("[1/5] ok")
    assert all("(ETA " in line for line in printed[:4]) and "ETA" not in printed[4]


def test_cli_budget_is_checked(tmp_path):
    import subprocess
    import sys

    (tmp_path / "catalog.yaml").write_text("rules:\n  - id: top\n    limit: 1\n")
    result = subprocess.run([sys.executable, "-m", "pipeline", "refresh", "--no-compute", "--data-dir", str(tmp_path),
                             "--endpoint", "http://127.0.0.1:9", "--budget", "fast"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "--budget: 'fast' is not 'REQUESTS/SECONDS'" in result.stderr


def test_a_rule_that_suddenly_lists_nothing_removes_nothing(tmp_path, hub):
    fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    for repo in SEVEN_B:
        del hub.repos[repo.repo_id]
    summary = fetch_catalog(rules_catalog(RULE), tmp_path, endpoint=hub.url, **FAST)
    assert summary.count("removed") == 0 and len(discovered_on_disk(tmp_path)) == 5
    assert "rule top-textgen-7b listed no model at all" in summary.render()


def test_budget_follows_the_hubs_headers():
    now = [100.0]
    budget = RateBudget({"api": 500, "resolver": 3000}, 300.0, clock=lambda: now[0])
    budget.observe("api", {"RateLimit": '"api";r=12;t=40', "RateLimit-Policy": '"fixed window";"api";q=300;w=300'})
    assert budget.limits == {"api": 300, "resolver": 3000}  # the Hub's stricter policy is adopted
    budget.observe("api", {"RateLimit": '"api";r=0;t=40', "RateLimit-Policy": '"fixed window";"api";q=1000;w=300'})
    assert budget.limits["api"] == 300  # a looser policy does not raise ours
    assert budget._paused_until["api"] == 140.0  # r=0: no API call before the window resets in 40 s
    budget.acquire("resolver")  # other kinds are not paused
    assert budget.seconds_for({"api": 299}) == 0.0 and budget.seconds_for({"api": 301}) == 300.0


def test_sigterm_while_listing_stops_and_writes_nothing(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    repos = [model(f"org/m-{i:02d}", 7_000_000_000 + i, downloads=i) for i in range(40)]
    hub = FakeHub(repos, list_page_size=1, latency=0.2).start()  # 40 list pages: 8 s of listing
    (tmp_path / "catalog.yaml").write_text(
        "rules:\n  - id: all\n    num_parameters: \"min:6B,max:9B\"\n    limit: 40\n")
    environment = {k: v for k, v in os.environ.items() if k not in ("HF_TOKEN", "HF_ENDPOINT")}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "refresh", "--no-compute", "--data-dir", str(tmp_path),
             "--endpoint", hub.url], cwd=ROOT, env=environment, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while hub.requests < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=20)
        requests_at_stop = hub.requests
        time.sleep(0.5)
    finally:
        hub.stop()
    assert process.returncode == 130 and "interrupted" in stderr
    assert hub.requests <= requests_at_stop + 1  # at most the page already asked for
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["catalog.yaml"]
