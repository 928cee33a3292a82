"""A small same-site link checker: crawl a served site from its base URL and report every link,
stylesheet, script or image under the same host that does not answer 200.

    python tools/audit/linkcheck.py http://127.0.0.1:8123/sub/ [--start 404.html --start he/404.html]

The audit runs linkinator too (tools/audit/audit.py); this one needs nothing but Python, so the
test suite runs it on every build (tests/test_web_quality.py).
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

ATTRS = {"href", "src"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ATTRS and value and not value.startswith(("mailto:", "javascript:", "data:", "#")):
                self.links.append(value)
        if tag == "link" and dict(attrs).get("rel") in ("preconnect", "dns-prefetch"):
            self.links.pop() if self.links else None


def _fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def check_site(base: str, starts: list[str] = ()) -> dict[str, list[str]]:
    """{broken URL: [pages linking to it]} for every same-host URL reachable from base (+ starts)."""
    host = urlsplit(base).netloc
    queue = [base, *(urljoin(base, start) for start in starts)]
    seen: set[str] = set(queue)
    referrers: dict[str, list[str]] = {url: ["(start)"] for url in queue}
    broken: dict[str, list[str]] = {}
    with ThreadPoolExecutor(max_workers=8) as pool:
        while queue:
            batch, queue = queue, []
            for url, (status, kind, body) in zip(batch, pool.map(_fetch, batch)):
                if status != 200:
                    broken[url] = referrers[url]
                    continue
                # Pages are crawled only inside the base path; anything they link is checked.
                if "html" not in kind or not url.startswith(base):
                    continue
                parser = _Links()
                parser.feed(body.decode("utf-8", "replace"))
                for link in parser.links:
                    target = urldefrag(urljoin(url, link))[0]
                    if urlsplit(target).netloc != host:
                        continue
                    referrers.setdefault(target, []).append(url)
                    if target not in seen:
                        seen.add(target)
                        queue.append(target)
    return broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--start", action="append", default=[])
    args = parser.parse_args()
    broken = check_site(args.base, args.start)
    for url, pages in sorted(broken.items()):
        print(f"BROKEN {url}  (linked from {pages[0]}{' and %d more' % (len(pages) - 1) if len(pages) > 1 else ''})")
    print(f"{len(broken)} broken link(s)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
