"""Benchmark of the fetch stage: refresh 200 models from a local Hub answering in 100 ms.

Not a test: `.venv/bin/python bench/bench_refresh.py`. Prints the wall time against the sequential
floor (requests × latency; target ratio ≤ 1/8 with the default settings) and the bytes a second
refresh with no upstream change rewrites (target 0).
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
from pipeline.data.fetch import fetch_catalog  # noqa: E402
from tests.hubserver import FakeHub, synthetic_repo  # noqa: E402


def files_state(data_dir: Path) -> dict[Path, tuple[bytes, int]]:
    return {path: (hashlib.sha256(path.read_bytes()).digest(), path.stat().st_mtime_ns)
            for path in data_dir.rglob("*") if path.is_file()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.100, help="seconds per request (default 0.1)")
    args = parser.parse_args()

    hub = FakeHub([synthetic_repo(i) for i in range(args.models)], latency=args.latency).start()
    catalog = Catalog.model_validate({"models": [{"id": f"bench-org/model-{i:03d}"} for i in range(args.models)]})
    try:
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder)
            started = time.monotonic()
            first = fetch_catalog(catalog, data_dir, endpoint=hub.url, progress=io.StringIO())
            wall = time.monotonic() - started
            requests = hub.requests
            floor = requests * args.latency
            print(f"first refresh:  {first.count('ok')} ok of {args.models} models, exit {first.exit_code}")
            print(f"  wall time        {wall:7.2f} s")
            print(f"  requests made    {requests:7d}")
            print(f"  sequential floor {floor:7.2f} s  (requests × {args.latency * 1000:.0f} ms)")
            print(f"  ratio            {wall / floor:7.3f}  (target ≤ {1 / 8:.3f})")

            before = files_state(data_dir)
            time.sleep(1.1)  # so that a rewritten fetched_at would differ
            second = fetch_catalog(catalog, data_dir, endpoint=hub.url, progress=io.StringIO())
            after = files_state(data_dir)
            rewritten = [path for path in after if before.get(path) != after[path]]
            changed_bytes = sum(path.stat().st_size for path in rewritten)
            print(f"second refresh: {second.count('unchanged')} unchanged, exit {second.exit_code}")
            print(f"  files rewritten  {len(rewritten):7d}")
            print(f"  bytes changed    {changed_bytes:7d}  (target 0)")
            ok = wall / floor <= 1 / 8 and changed_bytes == 0 and first.exit_code == second.exit_code == 0
    finally:
        hub.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
