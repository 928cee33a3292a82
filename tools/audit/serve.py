"""A static server for the built site under any path prefix, like a real host: files under the
prefix are served, a missing URL gets the site's top-level 404.html with status 404 (as GitHub
Pages does), anything outside the prefix is a plain 404. Text files go out gzip-compressed when
the client accepts it, as every real static host sends them (Lighthouse's simulated network counts
the bytes on the wire).

    python tools/audit/serve.py SITE_DIR --prefix /sub/ --port 8123
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        url_path = unquote(urlsplit(path).path)
        if not url_path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + url_path[len(self.prefix):])

    COMPRESS = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if (not wants_gzip or path.suffix not in self.COMPRESS or not path.is_file()
                or not urlsplit(self.path).path.endswith(("/", path.name))):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        inside = unquote(urlsplit(self.path).path).startswith(self.prefix)
        if code != 404 or not inside or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # quiet
        pass


def serve(directory: Path, prefix: str = "/", port: int = 0) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start serving in a thread; returns (server, base URL ending in the prefix)."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = functools.partial(type("Handler", (SiteHandler,), {"prefix": prefix}), directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--prefix", default="/")
    parser.add_argument("--port", type=int, default=8123)
    args = parser.parse_args()
    server, url = serve(args.site, args.prefix, args.port)
    print(url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
