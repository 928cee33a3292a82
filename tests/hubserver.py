"""Test support: a local Hugging Face Hub on 127.0.0.1 that the real huggingface_hub client talks to.

It answers what the fetch stage asks, in the shapes recorded in shared/reference/hub-api-shapes.md:

- `GET /api/models?pipeline_tag=…&filter=<library>&author=…&num_parameters=min:6B,max:9B&sort=downloads
  &limit=N&expand=sha` (the list endpoint `HfApi.list_models` calls), paged with `Link: <…>; rel="next"`
  (at most `list_page_size` models a page), sorted descending; `list_omits` names keys the list leaves
  out (the real list does not reliably fill `safetensors`);
- `GET /api/models/<id>[/revision/<rev>]` with `expand=` (only those keys, plus `_id`, `id`) or
  `blobs=true` (siblings with sizes);
- `GET /api/models/<id>/tree/<rev>[/<path>]?recursive=true`, paged with a `Link: <…>; rel="next"`;
- `GET`/`HEAD /<id>/resolve/<rev>/<file>` (with `Range`);
- 307 for a renamed repo, 404 with `X-Error-Code: RepoNotFound` / `EntryNotFound` /
  `RevisionNotFound`, and 401/403 `X-Error-Code: GatedRepo` for files of a gated repo;
- to a browser's request (an `Origin` header) it echoes the origin in `Access-Control-Allow-Origin`
  and exposes the `X-Error-*` headers, so a page on another port can read it (hub-model.js).

Faults are injected per test with `FakeHub.inject(route, repo_id, …)`; `latency` delays every
answer (bench); `requests` counts them and `stamps` records when each arrived; `rate_limit=(q, w)`
answers with `RateLimit`/`RateLimit-Policy` headers over fixed windows of `w` seconds and 429 +
`Retry-After` past `q` API calls; `kill()` stops it mid-run, dropping open connections.
"""

from __future__ import annotations

import hashlib
import io
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

import pytest

ROUTES = ("info", "tree", "resolve", "list")
SUFFIXES = {"": 1, "K": 10**3, "M": 10**6, "B": 10**9, "T": 10**12}
LFS_SUFFIXES = (".safetensors", ".bin", ".gguf", ".onnx", ".h5", ".pt", ".pth", ".msgpack")


@dataclass
class HubRepo:
    """One model repo: its full model-info body and its files (bytes, or the size of a big file)."""

    info: dict
    files: dict[str, bytes | int] = field(default_factory=dict)

    @property
    def repo_id(self) -> str:
        return self.info["id"]

    @property
    def sha(self) -> str:
        return self.info["sha"]


@dataclass
class Fault:
    route: str                       # "info" | "tree" | "resolve" | "any"
    repo_id: str | None              # None: any repo
    times: int | None                # None: every time
    status: int | None = None        # answer this status …
    headers: dict = field(default_factory=dict)
    body: bytes | None = None        # … or 200 with this body (malformed JSON)
    delay: float = 0.0               # sleep before answering (past the client's timeout)
    reset: bool = False              # drop the connection with a TCP reset, no answer
    truncate: bool = False           # 200 with the real JSON cut in half

    def matches(self, route: str, repo_id: str | None) -> bool:
        return (self.times is None or self.times > 0) and self.route in (route, "any") \
            and self.repo_id in (None, repo_id)


class FakeHub:
    """A threaded Hub-compatible HTTP server on an ephemeral 127.0.0.1 port."""

    def __init__(self, repos: list[HubRepo] | tuple = (), latency: float = 0.0, page_size: int = 1000,
                 list_page_size: int = 1000, rate_limit: tuple[int, float] | None = None):
        self.repos: dict[str, HubRepo] = {}
        self.renames: dict[str, str] = {}
        self.faults: list[Fault] = []
        self.latency = latency
        self.page_size = page_size
        self.list_page_size = list_page_size
        self.list_omits: set[str] = set()  # keys the list endpoint leaves out (e.g. {"safetensors"})
        self.rate_limit = rate_limit
        self.stamps: list[float] = []
        self.over_limit = 0  # requests answered 429 because the rate limit was exceeded
        self._window: tuple[float, int] = (0.0, 0)  # (start, API calls) of the current fixed window
        self.authorized_tokens: set[str] = set()
        self.requests = 0
        self.log: list[tuple[str, str]] = []
        self.authorizations: list[str] = []
        self.killed = False
        self._lock = threading.Lock()
        self._server: _Server | None = None
        for repo in repos:
            self.add(repo)

    # Configuration

    def add(self, repo: HubRepo) -> HubRepo:
        self.repos[repo.repo_id] = repo
        return repo

    def rename(self, old_id: str, new_id: str) -> None:
        self.renames[old_id] = new_id

    def inject(self, route: str, repo_id: str | None = None, *, times: int | None = 1, **fault) -> Fault:
        if route not in (*ROUTES, "any"):
            raise ValueError(f"route must be one of {ROUTES} or 'any', not {route!r}")
        injected = Fault(route, repo_id, times, **fault)
        with self._lock:
            self.faults.append(injected)
        return injected

    def count(self, route: str | None = None, repo_id: str | None = None) -> int:
        with self._lock:
            return sum(1 for method, path in self.log
                       if (route is None or route_of(path) == route) and (repo_id is None or repo_id in path))

    # Lifecycle

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the hub first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> "FakeHub":
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.hub = self
        threading.Thread(target=self._server.serve_forever, name="fake-hub", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None and not self.killed:
            self._server.shutdown()
            self._server.server_close()
            self._server.drop_connections()

    def kill(self) -> None:
        """Stop answering at once: refuse new connections and reset the open ones."""
        self.killed = True
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server.drop_connections()

    def __enter__(self) -> "FakeHub":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Answers

    def count_api_call(self) -> dict:
        """Count one API call in the current fixed window; RateLimit headers (r<0: over the limit)."""
        quota, seconds = self.rate_limit
        now = time.monotonic()
        start, used = self._window
        if now - start >= seconds:
            start, used = now, 0
        used += 1
        self._window = (start, used)
        reset = max(1, int(start + seconds - now + 0.999))
        headers = {"RateLimit": f'"api";r={max(0, quota - used)};t={reset}',
                   "RateLimit-Policy": f'"fixed window";"api";q={quota};w={int(seconds)}'}
        if used > quota:
            self.over_limit += 1
            headers["Retry-After"] = str(reset)
        return headers

    def in_windows(self, seconds: float) -> int:
        """The most requests that arrived within any `seconds`-long interval."""
        with self._lock:
            stamps = sorted(self.stamps)
        most, first = 0, 0
        for last, stamp in enumerate(stamps):
            while stamp - stamps[first] >= seconds:
                first += 1
            most = max(most, last - first + 1)
        return most

    def take_fault(self, route: str, repo_id: str | None) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(route, repo_id):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    hub: FakeHub

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()

    def process_request(self, request, client_address):
        with self.connections_lock:
            self.open_connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self.connections_lock:
            self.open_connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.open_connections)
        for connection in connections:
            _reset(connection)

    def handle_error(self, request, client_address):  # resets and kills are expected here
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real Hub
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        hub = self.server.hub
        parts = urlsplit(self.path)
        limited = None
        with hub._lock:
            hub.requests += 1
            hub.log.append((self.command, self.path))
            hub.stamps.append(time.monotonic())
            if hub.rate_limit and route_of(parts.path) != "resolve":
                limited = hub.count_api_call()
            if self.headers.get("Authorization"):
                hub.authorizations.append(self.headers["Authorization"])
        if hub.latency:
            time.sleep(hub.latency)
        if hub.killed:
            return self._drop()
        if limited is not None and "Retry-After" in limited:
            return self._send(429, b'{"error":"rate limited"}', limited)
        route, repo_id, rest = _parse(parts.path, hub)
        if route == "list":
            fault = hub.take_fault("list", None)
            if fault is not None and fault.status is not None:
                return self._send(fault.status, fault.body or b'{"error":"injected"}', fault.headers)
            status, body, headers = _list(hub, parse_qs(parts.query), parts.path)
            return self._send(status, json.dumps(body).encode(), {**headers, **(limited or {})})
        if route is None:
            return self._send(404, b'{"error":"Not Found"}')
        fault = hub.take_fault(route, repo_id)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.reset:
                return self._drop()
            if fault.status is not None:
                body = fault.body if fault.body is not None else json.dumps({"error": "injected"}).encode()
                return self._send(fault.status, body, fault.headers, head)
            if fault.body is not None:
                return self._send(200, fault.body, fault.headers, head)
        if repo_id in hub.renames:
            return self._redirect(parts, repo_id, hub.renames[repo_id])
        repo = hub.repos.get(repo_id)
        if repo is None:
            return self._error(404, "RepoNotFound", "Repository not found", head)
        query = parse_qs(parts.query)
        if route == "info":
            status, body, headers = _model_info(repo, rest, query)
        elif route == "tree":
            status, body, headers = _tree(repo, rest, query, hub, parts.path)
        else:
            return self._resolve(repo, rest, head)
        payload = json.dumps(body).encode()
        if fault is not None and fault.truncate and status == 200:
            payload = payload[: len(payload) // 2]
        self._send(status, payload, {**headers, **(limited or {})}, head)

    def _resolve(self, repo: HubRepo, rest: list[str], head: bool) -> None:
        revision, path = rest[0], "/".join(rest[1:])
        if revision not in (repo.sha, "main"):
            return self._error(404, "RevisionNotFound", "Invalid rev id", head)
        if repo.info.get("gated"):
            token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            if token not in self.server.hub.authorized_tokens:
                status = 403 if token else 401
                message = (f"Access to model {repo.repo_id} is restricted and you are not in the authorized "
                           f"list." if token else f"Access to model {repo.repo_id} is restricted. You must "
                           "have access to it and be authenticated to access it. Please log in.")
                return self._error(status, "GatedRepo", message, head)
        if path not in repo.files:
            return self._error(404, "EntryNotFound", "Entry not found", head)
        content = repo.files[path]
        size = content if isinstance(content, int) else len(content)
        headers = {"X-Repo-Commit": repo.sha, "ETag": f'"{_oid(repo, path)}"', "Accept-Ranges": "bytes"}
        if isinstance(content, int):
            headers.update({"X-Linked-Size": str(size), "X-Linked-Etag": f'"{_sha256(repo, path)}"'})
        start, end, status = 0, size - 1, 200
        wanted = self.headers.get("Range", "")
        if wanted.startswith("bytes="):
            first, _, last = wanted[6:].partition("-")
            start, end, status = int(first or 0), min(int(last) if last else size - 1, size - 1), 206
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        if head:
            return self._send(status, b"", headers, head=True, length=end - start + 1)
        if isinstance(content, int):
            if end - start + 1 > 8 << 20:
                return self._send(501, b'{"error":"the test hub serves at most 8 MiB of a big file"}')
            content = b"\0" * size
        self._send(status, content[start:end + 1], headers)

    def _redirect(self, parts, old_id: str, new_id: str) -> None:
        location = parts.path.replace(f"/{old_id}", f"/{new_id}", 1) + (f"?{parts.query}" if parts.query else "")
        body = f"Temporary Redirect. Redirecting to {location}".encode()
        self._send(307, body, {"Location": location, "Content-Type": "text/plain; charset=utf-8"})

    def _error(self, status: int, code: str, message: str, head: bool = False) -> None:
        body = json.dumps({"error": message}).encode()
        self._send(status, body, {"X-Error-Code": code, "X-Error-Message": message}, head)

    def _send(self, status: int, body: bytes, headers: dict | None = None, head: bool = False,
              length: int | None = None) -> None:
        try:
            self.send_response(status)
            headers = {"Content-Type": "application/json; charset=utf-8", **(headers or {})}
            if self.headers.get("Origin"):  # a page's fetch (hub-model.js): the Hub echoes the origin
                headers.update({"Access-Control-Allow-Origin": self.headers["Origin"],
                                "Access-Control-Expose-Headers": "X-Error-Code, X-Error-Message, X-Repo-Commit"})
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(length if length is not None else len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)
        except OSError:  # the client gave up (timeout) or the hub was killed
            self.close_connection = True

    def _drop(self) -> None:
        _reset(self.connection)
        self.close_connection = True
        self.wfile = io.BytesIO()  # nothing left to flush


def _reset(connection: socket.socket) -> None:
    """Close with a TCP RST (SO_LINGER 0): the client sees 'connection reset', not a clean close."""
    try:
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        connection.close()
    except OSError:
        pass


def route_of(path: str) -> str | None:
    path = urlsplit(path).path
    if path.rstrip("/") == "/api/models":
        return "list"
    if path.startswith("/api/models/"):
        return "tree" if "/tree/" in path else "info"
    return "resolve" if "/resolve/" in path else None


def _parse(path: str, hub: FakeHub) -> tuple[str | None, str | None, list[str]]:
    """(route, repo id, what follows the repo id) for the three routes the fetch stage uses."""
    segments = [s for s in path.split("/") if s]
    if segments == ["api", "models"]:
        return "list", None, []
    known = set(hub.repos) | set(hub.renames)
    if segments[:2] == ["api", "models"] and len(segments) > 2:
        segments = segments[2:]
        size = 2 if "/".join(segments[:2]) in known or (len(segments) > 1 and segments[1] not in (
            "revision", "tree")) else 1
        repo_id, rest = "/".join(segments[:size]), segments[size:]
        if not rest:
            return "info", repo_id, []
        if rest[0] == "revision" and len(rest) == 2:
            return "info", repo_id, rest[1:]
        if rest[0] == "tree" and len(rest) >= 2:
            return "tree", repo_id, rest[1:]
        return None, None, []
    if "resolve" in segments:
        at = segments.index("resolve")
        if 1 <= at <= 2 and len(segments) >= at + 3:
            return "resolve", "/".join(segments[:at]), segments[at + 1:]
    return None, None, []


def _model_info(repo: HubRepo, rest: list[str], query: dict) -> tuple[int, object, dict]:
    if rest and rest[0] not in (repo.sha, "main"):
        return 404, {"error": "Invalid rev id"}, {"X-Error-Code": "RevisionNotFound"}
    info = dict(repo.info)
    expand = query.get("expand") or query.get("expand[]")
    siblings = []
    for path in sorted(repo.files):
        sibling: dict = {"rfilename": path}
        if query.get("blobs") == ["true"]:
            sibling.update(_entry(repo, path))
            sibling.pop("type"), sibling.pop("path")
            sibling["blobId"] = sibling.pop("oid")
            if "lfs" in sibling:
                sibling["lfs"] = {"sha256": sibling["lfs"]["oid"], "size": sibling["lfs"]["size"],
                                  "pointerSize": sibling["lfs"]["pointerSize"]}
        siblings.append(sibling)
    info["siblings"] = siblings
    if expand:
        info = {key: value for key, value in info.items() if key in ("_id", "id", *expand)}
    return 200, info, {}


def parameter_range(text: str) -> tuple[int, int | None]:
    """'min:6B,max:9B' → (6e9, 9e9), as the Hub UI's Parameters filter."""
    low, high = 0, None
    for part in text.split(","):
        key, _, value = part.partition(":")
        value = value.strip().upper()
        number = float(value.rstrip("KMBT")) * SUFFIXES[value[-1] if value[-1] in "KMBT" else ""]
        if key.strip() == "min":
            low = int(number)
        elif key.strip() == "max":
            high = int(number)
        else:
            raise ValueError(text)
    return low, high


def _list(hub: FakeHub, query: dict, path: str) -> tuple[int, object, dict]:
    """The list endpoint: filter, sort (descending), page by cursor with a `Link` header."""
    def one(name: str) -> str | None:
        return (query.get(name) or [None])[0]

    repos = list(hub.repos.values())
    if one("pipeline_tag"):
        repos = [r for r in repos if r.info.get("pipeline_tag") == one("pipeline_tag")]
    for tag in query.get("filter") or []:
        repos = [r for r in repos if tag in (r.info.get("tags") or []) or r.info.get("library_name") == tag]
    if one("author"):
        repos = [r for r in repos if r.repo_id.split("/")[0] == one("author")]
    if one("num_parameters"):
        try:
            low, high = parameter_range(one("num_parameters"))
        except (ValueError, KeyError, IndexError):
            return 400, {"error": "Invalid num_parameters"}, {}
        repos = [r for r in repos if (r.info.get("safetensors") or {}).get("total") is not None
                 and low <= r.info["safetensors"]["total"] and (high is None or r.info["safetensors"]["total"] <= high)]
    sort = one("sort")
    if sort:
        repos.sort(key=lambda r: (r.info.get(sort) or 0, r.repo_id), reverse=True)
    expand = query.get("expand") or query.get("expand[]")
    items = []
    for repo in repos:
        item = {key: value for key, value in repo.info.items() if key not in hub.list_omits}
        if expand:
            item = {key: value for key, value in item.items() if key in ("_id", "id", *expand)}
        else:
            item = {key: item[key] for key in ("_id", "id", "likes", "downloads", "pipeline_tag", "tags",
                                               "library_name", "createdAt", "private") if key in item}
            item["modelId"] = repo.repo_id
        items.append(item)
    size = min(int(one("limit") or hub.list_page_size), hub.list_page_size)
    start = int(one("cursor") or 0)
    page = items[start:start + size]
    headers = {}
    if start + size < len(items):
        rest = [(k, v) for k, values in query.items() if k != "cursor" for v in values]
        next_query = "&".join(f"{quote(k)}={quote(v)}" for k, v in rest + [("cursor", str(start + size))])
        headers["Link"] = f'<{hub.url}{path}?{next_query}>; rel="next"'
    return 200, page, headers


def _tree(repo: HubRepo, rest: list[str], query: dict, hub: FakeHub, path: str) -> tuple[int, object, dict]:
    revision, folder = rest[0], "/".join(rest[1:])
    if revision not in (repo.sha, "main"):
        return 404, {"error": "Invalid rev id"}, {"X-Error-Code": "RevisionNotFound"}
    recursive = query.get("recursive") == ["true"]
    paths = set()
    for file_path in repo.files:
        if folder and not file_path.startswith(folder + "/"):
            continue
        inner = file_path[len(folder) + 1:] if folder else file_path
        pieces = inner.split("/")
        for depth in range(1, len(pieces) + 1 if recursive else 2):
            paths.add("/".join(([folder] if folder else []) + pieces[:depth]))
    entries = [_entry(repo, p) for p in sorted(paths)]
    start = int((query.get("cursor") or ["0"])[0])
    page = entries[start:start + hub.page_size]
    headers = {}
    if start + hub.page_size < len(entries):
        next_query = f"recursive={str(recursive).lower()}&expand=false&cursor={start + hub.page_size}"
        headers["Link"] = f'<{hub.url}{quote(path)}?{next_query}>; rel="next"'
    return 200, page, headers


def _entry(repo: HubRepo, path: str) -> dict:
    if path not in repo.files:
        return {"type": "directory", "oid": _oid(repo, path), "size": 0, "path": path}
    content = repo.files[path]
    if isinstance(content, int):
        return {"type": "file", "oid": _oid(repo, path), "size": content,
                "lfs": {"oid": _sha256(repo, path), "size": content, "pointerSize": 134}, "path": path}
    return {"type": "file", "oid": _oid(repo, path), "size": len(content), "path": path}


def _oid(repo: HubRepo, path: str) -> str:
    return hashlib.sha1(f"{repo.repo_id}@{repo.sha}:{path}".encode()).hexdigest()


def _sha256(repo: HubRepo, path: str) -> str:
    return hashlib.sha256(f"{repo.repo_id}@{repo.sha}:{path}".encode()).hexdigest()


# Model fixtures ------------------------------------------------------------------------------


def fake_sha(name: str) -> str:
    return hashlib.sha1(name.encode()).hexdigest()


def hub_repo(repo_id: str, *, safetensors: dict | None = None, gated: bool | str = False,
             config: dict | None = None, files: dict | None = None, pipeline_tag: str = "text-generation",
             library_name: str | None = "transformers", license: str = "apache-2.0",
             extra: dict | None = None, revision: str = "1") -> HubRepo:
    """A repo with a model-info body in the recorded shape (bert-base-uncased / Llama-3.1 cassettes)."""
    config = config if config is not None else {}
    author = repo_id.split("/")[0] if "/" in repo_id else None
    info = {
        "_id": hashlib.md5(repo_id.encode()).hexdigest()[:24], "id": repo_id, "private": False,
        "pipeline_tag": pipeline_tag, "library_name": library_name,
        "tags": [t for t in (library_name, "safetensors" if safetensors else None,
                             config.get("model_type"), pipeline_tag, f"license:{license}") if t],
        "downloads": 1000 + len(repo_id), "likes": 10, "modelId": repo_id, "author": author,
        "sha": fake_sha(f"{repo_id}#{revision}"), "lastModified": "2025-01-22T10:00:00.000Z",
        "gated": gated, "disabled": False,
        "config": {k: config[k] for k in ("architectures", "model_type", "num_experts", "num_experts_per_tok",
                                          "quantization_config") if k in config},
        "cardData": {"license": license, "tags": []},
        "createdAt": "2024-01-01T00:00:00.000Z",
        "usedStorage": 3 * sum(v if isinstance(v, int) else len(v) for v in (files or {}).values()),
    }
    if safetensors is not None:
        info["safetensors"] = {"parameters": safetensors, "total": sum(safetensors.values())}
    info.update(extra or {})
    repo_files = {".gitattributes": b"*.safetensors filter=lfs diff=lfs merge=lfs -text\n",
                  "README.md": f"# {repo_id}\n".encode()}
    if config:
        repo_files["config.json"] = json.dumps(config, indent=2).encode()
    repo_files.update(files or {})
    return HubRepo(info, repo_files)


def sample_repos() -> dict[str, HubRepo]:
    """The pitfalls of DESIGN.md, one repo each, keyed by a short name."""
    return {
        "bert": hub_repo(
            "google-bert/bert-base-uncased", safetensors={"F32": 110106428}, pipeline_tag="fill-mask",
            config={"architectures": ["BertForMaskedLM"], "model_type": "bert", "hidden_size": 768,
                    "num_hidden_layers": 12, "num_attention_heads": 12, "max_position_embeddings": 512},
            files={"model.safetensors": 440449768, "pytorch_model.bin": 440473133,
                   "tf_model.h5": 536063208, "coreml/fill-mask/float32_model.mlpackage/Manifest.json": b"{}"},
        ),
        "gated": hub_repo(
            "meta-llama/Llama-3.1-8B-Instruct", safetensors={"BF16": 8030261248}, gated="manual",
            license="llama3.1",
            config={"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 4096,
                    "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
                    "max_position_embeddings": 131072, "torch_dtype": "bfloat16"},
            files={f"model-0000{i}-of-00004.safetensors": size for i, size in
                   enumerate((4976698672, 4999802720, 4915916176, 1168138808), start=1)}
            | {"model.safetensors.index.json": b'{"metadata": {"total_size": 16060522496}}',
               "original/consolidated.00.pth": 16060617592},
        ),
        "gguf": hub_repo(
            "Qwen/Qwen2.5-7B-Instruct-GGUF", library_name=None, config={},
            extra={"gguf": {"architecture": "qwen2", "context_length": 32768, "total": 7615616512,
                            "chat_template": "{% for message in messages %}…{% endfor %}"}},
            files={"qwen2.5-7b-instruct-q4_k_m.gguf": 4683073184, "qwen2.5-7b-instruct-q8_0.gguf": 8098525888},
        ),
        "onnx": hub_repo(
            "Xenova/all-MiniLM-L6-v2", library_name="transformers.js", pipeline_tag="feature-extraction",
            config={"architectures": ["BertModel"], "model_type": "bert", "hidden_size": 384,
                    "num_hidden_layers": 6},
            files={"onnx/model.onnx": 90405214, "onnx/model_quantized.onnx": 22972869,
                   "tokenizer.json": b"{}"},
        ),
        "awq": hub_repo(
            "TheBloke/Llama-2-7B-AWQ", safetensors={"I32": 879165440, "F16": 266567680},
            config={"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 4096,
                    "num_hidden_layers": 32, "quantization_config": {"quant_method": "awq", "bits": 4,
                                                                    "group_size": 128}},
            files={"model.safetensors": 3890835456},
        ),
        "mixed": hub_repo(
            "deepseek-ai/DeepSeek-V3", safetensors={"BF16": 3918786560, "F8_E4M3": 680571043840,
                                                    "F32": 41555600},
            config={"architectures": ["DeepseekV3ForCausalLM"], "model_type": "deepseek_v3",
                    "n_routed_experts": 256, "num_experts_per_tok": 8, "hidden_size": 7168,
                    "num_hidden_layers": 61, "quantization_config": {"quant_method": "fp8"}},
            files={f"model-{i:05d}-of-000163.safetensors": 4302383360 for i in range(1, 164)},
        ),
        "moe": hub_repo(
            "mistralai/Mixtral-8x7B-v0.1", safetensors={"BF16": 46702792704},
            config={"architectures": ["MixtralForCausalLM"], "model_type": "mixtral", "hidden_size": 4096,
                    "num_hidden_layers": 32, "num_local_experts": 8, "num_experts_per_tok": 2,
                    "num_key_value_heads": 8, "max_position_embeddings": 32768},
            files={f"model-{i:05d}-of-00019.safetensors": 4920052720 for i in range(1, 20)},
        ),
    }


def synthetic_repo(index: int, revision: str = "1") -> HubRepo:
    """A plain safetensors model for benchmarks: `bench-org/model-<index>`."""
    params = 100_000_000 * (index + 1)
    return hub_repo(
        f"bench-org/model-{index:03d}", safetensors={"BF16": params}, revision=revision,
        config={"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 1024},
        files={"model.safetensors": 2 * params + 8192},
    )


@pytest.fixture
def fake_hub():
    """A started FakeHub with no repos; stopped after the test."""
    hub = FakeHub().start()
    yield hub
    hub.stop()


def fixture_repo(fixture: str, repo_id: str, safetensors: dict | None = None, **options) -> HubRepo:
    """A repo serving one config fixture (tests/fixtures/configs/<fixture>.json) as its config.json, with
    safetensors parameter counts in its model info when given (hub-model.js reads both)."""
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "configs" / f"{fixture}.json"
    config = json.loads(path.read_text(encoding="utf-8"))["config"]
    return hub_repo(repo_id, safetensors=safetensors, config=config, **options)
