"""Benchmark of the fetch stage: 3,000 models found by catalog rules on a local Hub answering in 50 ms.

Not a test: `.venv/bin/python bench/bench_refresh.py`. Three rules (one per size band, 1,000 models
each) are resolved through the list endpoint with the real client; then

1. a first refresh (every model new),
2. a refresh after 1 % of the models got a new commit (sha),

each printed as requests per model (counted at the server) and wall time, against the floor of the
previous design — 3 sequential requests per model (model info, file list, config.json) — measured in
the same run on a sample of models and scaled to all of them. Targets: first run ≤ 2 requests per
model, 1 % changed ≤ 0.05 requests per model. Also prints the bytes a refresh with no change rewrites.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.data.catalog import Catalog  # noqa: E402
from pipeline.data.fetch import HubReader, fetch_catalog  # noqa: E402
from pipeline.data.hubclient import RetryPolicy  # noqa: E402
from pipeline.data.ratebudget import RateBudget  # noqa: E402
from tests.hubserver import FakeHub, synthetic_repo  # noqa: E402

UNLIMITED = "100000000/300s"  # the bench measures requests and latency, not the Hub's rate limit


def files_state(data_dir: Path) -> dict[Path, tuple[bytes, int]]:
    return {path: (hashlib.sha256(path.read_bytes()).digest(), path.stat().st_mtime_ns)
            for path in data_dir.rglob("*") if path.is_file()}


def rules_for(models: int, bands: int) -> list[dict]:
    """`bands` rules splitting bench-org/model-<i> (params = (i + 1) × 100M) into equal bands."""
    per_band = models // bands
    rules = []
    for band in range(bands):
        low = band * per_band + 1          # model index band*per_band has (index + 1) × 100M params
        high = (band + 1) * per_band
        rules.append({"id": f"band-{band + 1}", "num_parameters": f"min:{low / 10:g}B,max:{high / 10:g}B",
                      "sort": "downloads", "limit": per_band})
    return rules


def sequential_floor(hub: FakeHub, ids: list[str]) -> float:
    """Seconds per model of the previous design: info, file list, config.json, one after the other."""
    reader = HubReader(hub.url, None, 20.0, RetryPolicy(), RateBudget({"api": 10**9, "resolver": 10**9}))
    started = time.monotonic()
    for repo_id in ids:
        info = reader.model_info(repo_id)
        reader.tree(repo_id, info["sha"])
        reader.config_json(repo_id, info["sha"])
    return (time.monotonic() - started) / len(ids)


def run(hub: FakeHub, catalog: Catalog, data_dir: Path, label: str, models: int, concurrency: int):
    before, logged = hub.requests, len(hub.log)
    started = time.monotonic()
    summary = fetch_catalog(catalog, data_dir, endpoint=hub.url, progress=io.StringIO(), budget=UNLIMITED,
                            resolver_budget=UNLIMITED, concurrency=concurrency)
    wall = time.monotonic() - started
    requests = hub.requests - before
    pages = sum(1 for _, path in hub.log[logged:] if path.startswith("/api/models?"))
    counts = ", ".join(f"{summary.count(s)} {s}" for s in ("ok", "unchanged", "stale", "failed", "removed"))
    print(f"{label}: {counts}; exit {summary.exit_code}")
    print(f"  requests         {requests:8d}   ({requests / models:.4f} per model: "
          f"{(requests - pages) / models:.4f} per-model requests + {pages} list pages)")
    print(f"  wall time        {wall:8.2f} s")
    return summary, requests / models, (requests - pages) / models, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=3000)
    parser.add_argument("--bands", type=int, default=3, help="rules, one per size band (default 3)")
    parser.add_argument("--latency", type=float, default=0.050, help="seconds per request (default 0.05)")
    parser.add_argument("--changed", type=float, default=0.01, help="share of models with a new sha (0.01)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--sample", type=int, default=20, help="models fetched sequentially for the floor")
    args = parser.parse_args()

    hub = FakeHub([synthetic_repo(i) for i in range(args.models)], latency=args.latency,
                  list_page_size=500).start()
    catalog = Catalog.model_validate({"rules": rules_for(args.models, args.bands)})
    ok = True
    try:
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder)
            per_model = sequential_floor(hub, [f"bench-org/model-{i:03d}" for i in range(args.sample)])
            floor = per_model * args.models
            print(f"previous design, sequential: {per_model * 1000:.0f} ms per model (3 requests, measured on "
                  f"{args.sample} models) → {floor:.1f} s for {args.models} models, 3.0000 requests per model")

            first, first_rpm, first_own, first_wall = run(hub, catalog, data_dir, "first refresh", args.models,
                                               args.concurrency)
            print(f"  vs floor         {first_wall / floor:8.3f}   (target ≤ 2 requests per model; "
                  f"per-model requests {'meet' if first_own <= 2 else 'MISS'} it, with the list pages "
                  f"{'met' if first_rpm <= 2 else f'{first_rpm - 2:+.4f} over'})")
            ok &= first.exit_code == 0 and first.count("ok") == args.models and first_own <= 2.0

            changed = max(1, round(args.models * args.changed))
            step = args.models // changed
            for index in range(0, step * changed, step):
                hub.add(synthetic_repo(index, revision="2"))
            second, second_rpm, _, second_wall = run(hub, catalog, data_dir, f"{changed} shas changed", args.models,
                                                  args.concurrency)
            print(f"  vs floor         {second_wall / floor:8.3f}   (target ≤ 0.05 requests per model)")
            ok &= second.count("ok") == changed and second.count("unchanged") == args.models - changed
            ok &= second_rpm <= 0.05

            before = files_state(data_dir)
            time.sleep(1.1)  # so that a rewritten fetched_at would differ
            third, _, _, _ = run(hub, catalog, data_dir, "no change", args.models, args.concurrency)
            after = files_state(data_dir)
            rewritten = [path for path in after if before.get(path) != after[path]]
            print(f"  files rewritten  {len(rewritten):8d}   (target 0)")
            ok &= not rewritten and third.count("unchanged") == args.models
    finally:
        hub.stop()
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
