"""Benchmark (not a test): first-visit transfer per page type, and build time with and without charts.

Builds the whole site three ways — charts with an empty cache (cold), charts with that cache filled
(warm), and LLMSIZES_NO_CHARTS=1 (the baseline: chart markers render nothing) — then opens the home,
models, shrinking and methodology pages in English, Arabic (RTL) and Chinese (CJK) in a fresh
Chromium context each, and sums every response the page loads, gzip-compressed here (the search
index excluded). Exits 1 if a page needs more than 150 KB or a warm build takes more than 1.2× the
baseline.

    .venv/bin/python bench/bench_pages.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("LLMSIZES_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
PAGES = {"home": "", "models": "models/", "shrinking": "shrinking/", "methodology": "methodology/"}
LANGS = {"en": "", "ar": "ar/", "zh": "zh/"}
PAGE_LIMIT = 150 * 1000  # bytes, gzip, first visit, search index excluded
BUILD_RATIO_LIMIT = 1.2  # warm build / no-charts build


def build(site_dir: Path, env: dict) -> float:
    """Seconds for one full `mkdocs build --strict` of all languages."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)],
                            cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build failed ({env}):\n{result.stderr[-3000:]}")
    return time.perf_counter() - started


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def first_visit(browser, url: str) -> tuple[int, int, dict[str, int]]:
    """(gzip bytes, requests, bytes per kind) of everything a first visit to `url` loads."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    responses = []
    page = context.new_page()
    page.on("response", lambda response: responses.append(response))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    total, kinds, count = 0, {}, 0
    for response in responses:
        if "search_index.json" in response.url or response.status != 200:
            continue
        body = response.body()
        size = min(len(body), len(gzip.compress(body, 6)))  # already-compressed images stay as they are
        kind = response.request.resource_type
        kinds[kind] = kinds.get(kind, 0) + size
        total, count = total + size, count + 1
    context.close()
    return total, count, kinds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="warm and baseline builds to time (fastest counts)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-pages-") as temp:
        temp = Path(temp)
        cache = temp / "chart-cache"
        charts_env = {"LLMSIZES_CHART_CACHE": str(cache)}
        baseline_env = {"LLMSIZES_NO_CHARTS": "1"}
        build(temp / "prime", baseline_env)  # bytecode and jieba caches, so no variant pays for them
        cold = build(temp / "charts", charts_env)
        warm, baseline = [], []
        for _ in range(args.repeat):  # interleaved, so load from other processes hits both alike
            warm.append(build(temp / "charts", charts_env))
            baseline.append(build(temp / "no-charts", baseline_env))
        # The fastest run is the one least disturbed by other work on the machine; medians are shown too.
        warm_s, base_s = min(warm), min(baseline)

        print("Full-site build (6 languages), seconds; baseline = LLMSIZES_NO_CHARTS=1 build")
        print(f"  {'variant':<28}{'seconds':>9}{'× baseline':>12}")
        for label, seconds in (("no charts (baseline)", base_s), ("charts, cold (empty cache)", cold),
                               ("charts, warm (cached)", warm_s)):
            print(f"  {label:<28}{seconds:>9.2f}{seconds / base_s:>12.2f}")
        print(f"  (fastest of {args.repeat}; medians: warm {statistics.median(warm):.2f}, baseline "
              f"{statistics.median(baseline):.2f}, ratio {statistics.median(warm) / statistics.median(baseline):.2f})")

        failures = []
        if warm_s > BUILD_RATIO_LIMIT * base_s:
            failures.append(f"warm build {warm_s / base_s:.2f}× baseline (target ≤ {BUILD_RATIO_LIMIT}×)")

        servers = {name: serve(temp / folder) for name, folder in (("charts", "charts"), ("baseline", "no-charts"))}
        print("\nFirst visit, all responses gzip-compressed (search index excluded), KB = 1000 bytes")
        print(f"  {'page':<20}{'charts KB':>10}{'requests':>9}{'no-charts KB':>14}{'ratio':>7}   "
              "charts build by kind (KB)")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for lang, prefix in LANGS.items():
                for page_type, path in PAGES.items():
                    size, count, kinds = first_visit(browser, servers["charts"][1] + prefix + path)
                    base, _, _ = first_visit(browser, servers["baseline"][1] + prefix + path)
                    detail = ", ".join(f"{k} {v / 1000:.1f}" for k, v in sorted(kinds.items(), key=lambda i: -i[1]))
                    print(f"  {lang + '/' + page_type:<20}{size / 1000:>10.1f}{count:>9}{base / 1000:>14.1f}"
                          f"{size / base:>7.2f}   {detail}")
                    if size > PAGE_LIMIT:
                        failures.append(f"{lang}/{page_type}: {size / 1000:.1f} KB > {PAGE_LIMIT / 1000:.0f} KB")
            browser.close()
        for server, _ in servers.values():
            server.shutdown()

    print("\nTargets: every page ≤ 150 KB on first load; warm build ≤ 1.2× the no-charts build.")
    for failure in failures:
        print(f"MISSED: {failure}")
    print("all targets met" if not failures else f"{len(failures)} target(s) missed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
