"""Lighthouse (mobile, the default form factor) on the key pages of a served site: a page ×
category table, and the blocking time of the project's own scripts (docs/assets/js/).

    python tools/audit/lighthouse.py http://127.0.0.1:8123/ --out /tmp/lh [--min-performance 90]

Lighthouse 12.2.3 comes from tools/audit/package.json (npm ci); Chromium from CHROME_PATH
(default /usr/bin/chromium). Exit status 1 when a page is below --min-performance or the project's
scripts block the main thread for --max-project-tbt ms or more.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = ("", "models/", "shrinking/", "methodology/")
LANGS = ("en", "ar", "zh")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PROJECT_SCRIPTS = "/assets/js/"


def run_lighthouse(url: str, out: Path) -> dict:
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(HERE / "node_modules" / ".bin" / "lighthouse"), url, "--quiet", "--output=json",
        f"--output-path={out}", f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(command, check=True, env=env, timeout=300)
    return json.loads(out.read_text(encoding="utf-8"))


def summary(report: dict) -> dict:
    audits = report["audits"]
    project_ms = 0.0
    for item in audits.get("bootup-time", {}).get("details", {}).get("items", []):
        if PROJECT_SCRIPTS in str(item.get("url", "")):
            project_ms += float(item.get("scripting", 0))
    # Main-thread tasks the project's scripts cause beyond 50 ms each (their share of TBT).
    project_tbt = 0.0
    for task in audits.get("long-tasks", {}).get("details", {}).get("items", []):
        if PROJECT_SCRIPTS in str(task.get("url", "")):
            project_tbt += max(0.0, float(task.get("duration", 0)) - 50)
    return {
        **{c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES},
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "project_script_ms": round(project_ms),
        "project_tbt_ms": round(project_tbt),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="site URL ending in /")
    parser.add_argument("--out", type=Path, default=Path("/tmp/llmsizes-lighthouse"))
    parser.add_argument("--min-performance", type=int, default=90)
    parser.add_argument("--max-project-tbt", type=int, default=50)
    parser.add_argument("--langs", default=",".join(LANGS))
    args = parser.parse_args()
    rows, failures = [], []
    for lang in args.langs.split(","):
        for page in PAGES:
            path = ("" if lang == "en" else f"{lang}/") + page
            name = path or "/"
            result = summary(run_lighthouse(args.base + path, args.out / f"{(path or 'home').strip('/').replace('/', '_') or 'home'}.json"))
            rows.append((name, result))
            print(f"{name:22} " + " ".join(f"{k}={v}" for k, v in result.items()), flush=True)
            if result["performance"] < args.min_performance:
                failures.append(f"{name}: performance {result['performance']} < {args.min_performance}")
            if result["project_tbt_ms"] >= args.max_project_tbt:
                failures.append(f"{name}: project scripts block {result['project_tbt_ms']} ms")
    header = "| page | " + " | ".join(CATEGORIES) + " | TBT ms | LCP ms | CLS | project TBT ms |"
    print("\n" + header + "\n|" + "---|" * (header.count("|") - 1))
    for name, r in rows:
        print(f"| {name} | " + " | ".join(str(r[c]) for c in CATEGORIES)
              + f" | {r['tbt_ms']} | {r['lcp_ms']} | {r['cls']} | {r['project_tbt_ms']} |")
    for failure in failures:
        print("FAIL", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
