"""Run every bench/bench_*.py in turn (`make bench`); exit 1 if any of them missed its target."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> int:
    results = []
    for script in sorted(BENCH.glob("bench_*.py")):
        print(f"=== {script.name}", flush=True)
        started = time.perf_counter()
        code = subprocess.run([sys.executable, str(script)], cwd=BENCH.parent).returncode
        results.append((script.name, code, time.perf_counter() - started))
        print(flush=True)
    print("=== summary")
    for name, code, seconds in results:
        print(f"  {name:<24} {'ok' if code == 0 else f'exit {code}':<8} {seconds:6.1f} s")
    return 1 if any(code for _, code, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())
