"""Profile one six-language `mkdocs build` by CPU time (not wall time), so other work on the machine distorts it less.

    .venv/bin/python bench/profile_build.py --repo DIR --site-dir DIR --out FILE.prof [--top 40]

Run it in a repository copy that bench_pages.py's `synthesize` grew (the warm build: run it twice with the same
LLMSIZES_CHART_CACHE). Prints the total CPU seconds the profile holds, then the top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, required=True, help="the repository copy to build (its mkdocs.yml)")
    parser.add_argument("--site-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="where to write the profile (pstats)")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    os.chdir(args.repo)
    sys.path.insert(0, str(args.repo.resolve()))  # the copy's `pipeline`, as `python -m mkdocs` in it would import
    from mkdocs.__main__ import cli

    # process_time: CPU seconds of this process, so waiting for the CPU under load is not counted
    profile = cProfile.Profile(time.process_time)
    started = time.perf_counter()
    try:
        profile.runcall(cli, ["build", "--strict", "-q", "-d", str(args.site_dir)], standalone_mode=False)
    finally:
        profile.dump_stats(args.out)
    stats = pstats.Stats(str(args.out))
    print(f"wall {time.perf_counter() - started:.1f} s; CPU in profile (total tottime) {stats.total_tt:.1f} s")
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
