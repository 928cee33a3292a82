"""`make audit`: the built site as independent tools see it.

1. build the site (mkdocs build --strict, no SITE_URL: the relative build a newcomer gets);
2. the Nu Html Checker (vnu.jar) on every page: any error not in THEME_ERRORS fails;
3. serve it on 127.0.0.1 at / and at a sub-path; at each, linkinator (and the Python checker in
   linkcheck.py) from the home page and every language's 404 page: any broken link fails;
4. Lighthouse (mobile) on home, models, shrinking and methodology in en, ar, zh: performance
   below 90 or project scripts blocking 50 ms or more fails (skipped with --no-lighthouse).

The tools come pinned from tools/audit/package.json (`npm ci`); vnu needs Java (Debian
default-jre-headless), Lighthouse a Chromium (CHROME_PATH, default /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from linkcheck import check_site  # noqa: E402
from serve import serve  # noqa: E402

SUB_PATH = "/llm-sizes-audit/"
LANGS = ("en", "he", "ar", "pt", "th", "zh")
# Errors in Material for MkDocs' own markup (theme templates we do not override), left as they are.
THEME_ERRORS = [
    # <input type="checkbox" autocomplete="off"> for the drawer and search toggles (Material base.html).
    (re.compile(r"Attribute “autocomplete” is only allowed when the input type is"), 'class="md-toggle"'),
]


def build(site: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                   cwd=ROOT, env=env, check=True)


def nu_check(site: Path) -> list[str]:
    jar = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    pages = sorted(str(p) for p in site.rglob("*.html"))
    result = subprocess.run(["java", "-jar", str(jar), "--errors-only", "--format", "json", *pages],
                            capture_output=True, text=True)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    failures, theme = [], 0
    for m in messages:
        if any(p.search(m.get("message", "")) and marker in m.get("extract", "") for p, marker in THEME_ERRORS):
            theme += 1
            continue
        where = m.get("url", "").replace(f"file:{site}", "")
        failures.append(f"{where}:{m.get('lastLine')}: {m.get('message')}  [{m.get('extract', '').strip()[:100]}]")
    print(f"Nu Html Checker: {len(pages)} pages, {len(failures)} errors, {theme} theme-only errors left")
    return failures


def starts(site: Path) -> list[str]:
    return ["404.html", *(f"{lang}/404.html" for lang in LANGS if (site / lang / "404.html").exists())]


def linkinator(base: str, site: Path) -> list[str]:
    """Broken links by linkinator: a recursive crawl from the home page, then each 404 page alone
    (linkinator 6 stops recursing early when given several start URLs)."""
    binary = HERE / "node_modules" / ".bin" / "linkinator"
    broken, total = [], 0
    for url, recurse in [(base, True), *((base + s, False) for s in starts(site))]:
        result = subprocess.run([str(binary), url, *(["--recurse"] if recurse else []), "--format", "json",
                                 "--concurrency", "20", "--skip", r"^(?!http://127\.0\.0\.1)"],
                                capture_output=True, text=True)
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            return [f"linkinator failed on {url}: {result.stderr[-2000:]}"]
        total += len(report.get("links", []))
        broken += [f"{link['url']} (from {link.get('parent')}) {link.get('status')}"
                   for link in report.get("links", []) if link.get("state") == "BROKEN"]
    print(f"linkinator at {base}: {total} links checked, {len(broken)} broken")
    return broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="audit this built site instead of building one")
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="llmsizes-audit-"))
    site = args.site or workdir / "site"
    if not args.site:
        build(site)
    failures = [f"nu: {f}" for f in nu_check(site)]
    servers, bases = [], {}
    for prefix in ("/", SUB_PATH):
        server, base = serve(site, prefix)
        servers.append(server)
        bases[prefix] = base
        broken = check_site(base, starts(site))
        print(f"linkcheck at {base}: {len(broken)} broken")
        failures += [f"links at {prefix}: {url} (from {pages[0]})" for url, pages in broken.items()]
        failures += [f"linkinator at {prefix}: {line}" for line in linkinator(base, site)]
    if not args.no_lighthouse:
        if (HERE / "node_modules" / ".bin" / "lighthouse").exists():
            code = subprocess.run([sys.executable, str(HERE / "lighthouse.py"), bases["/"],
                                   "--out", str(workdir / "lighthouse")]).returncode
            if code:
                failures.append("lighthouse: see the table above")
        else:
            print("Lighthouse not installed (cd tools/audit && npm ci): skipped")
    for server in servers:
        server.shutdown()
    for failure in failures:
        print("FAIL", failure)
    print("audit:", "FAILED" if failures else "passed", f"(reports in {workdir})")
    if not failures and not args.site:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
