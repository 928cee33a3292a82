"""Fetch stage: read every catalog model from the Hugging Face Hub into data/hub/<id>.json.

Per model, three answers through huggingface_hub's own HTTP session, headers and error mapping
(`get_session`, `build_hf_headers`, `hf_raise_for_status`, `hf_hub_url`):

1. `GET /api/models/<id>?expand=…` — the body is kept exactly as received (`HfApi.model_info`
   would parse it into a `ModelInfo` and lose it). A renamed repo answers 307; the session follows.
2. `GET /api/models/<id>/tree/<sha>?recursive=true`, paged by `Link` like `HfApi.list_repo_tree`
   (which takes no timeout and retries on its own schedule).
3. `GET /<id>/resolve/<sha>/config.json` — absent or gated is fine (null).

Models that catalog rules bring in (see `discovery.py`) are listed with their current sha: one whose
sha equals its snapshot's `provenance.revision` costs no request at all; a changed one costs two
(`GET /api/models/<id>?blobs=true`, whose siblings carry the file sizes, and config.json). A
hand-listed model costs one request (1.) when its sha is unchanged, the file list and config.json
being those of the snapshot. A model that no longer matches its rule is removed (its snapshot is
deleted) and the summary says so. Requests are paced under `RateBudget` (ratebudget.py).

Every request has a timeout and goes through `RetryPolicy`. Nothing is written until every model
has answered, so "more than max_failure_share failed" can write nothing at all; each write is
atomic, so an interrupted run leaves every file either old or new.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sys
import threading
import time
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Callable, Iterator

import httpx2
import huggingface_hub
import yaml
from huggingface_hub import hf_hub_url
from huggingface_hub.errors import EntryNotFoundError, GatedRepoError, RepositoryNotFoundError
from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

from pipeline.data.catalog import Catalog
from pipeline.data.discovery import Candidate, Resolution, discovered_on_disk, resolve_rules
from pipeline.data.ratebudget import RateBudget, Stopped, kind_of
from pipeline.data.changes import NOISE_KEYS
from pipeline.data.compute import SNAPSHOT_FORMAT, snapshot_path
from pipeline.errors import PipelineError
from pipeline.data.hubclient import Interrupted, InvalidBody, RetryPolicy, describe_error
from pipeline.fileio.yamlfile import dump_yaml
from pipeline.fileio.atomic import write_set

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT = 0, 1, 2
STATUS_HEADER = (
    "# generated — do not edit (written by: python -m pipeline refresh)\n"
    "# Models whose last refresh failed; their previous snapshot in data/hub/ is kept.\n"
)


# Reading the Hub ------------------------------------------------------------------------------


class HubReader:
    """The Hub's answers for one model at a time; thread-safe, counts the requests it makes."""

    def __init__(self, endpoint: str, token: str | None, timeout: float, policy: RetryPolicy,
                 budget: RateBudget | None = None):
        self.endpoint = endpoint.rstrip("/")
        self.token = token
        self.budget = budget if budget is not None else RateBudget.default(bool(token), stop=policy.stop)
        # token=False keeps huggingface_hub from reading a token saved on disk: env only.
        self._headers = build_hf_headers(token=token or False, library_name="llm-sizes")
        self._timeout = httpx2.Timeout(timeout)
        self.policy = policy
        self.requests = 0
        self._lock = threading.Lock()

    def _get(self, url: str, params: dict | None = None) -> httpx2.Response:
        kind = kind_of(url)
        try:
            self.budget.acquire(kind)
        except Stopped:
            raise Interrupted(url) from None
        with self._lock:
            self.requests += 1
        response = get_session().get(url, headers=self._headers, params=params, timeout=self._timeout)
        self.budget.observe(kind, response.headers)
        hf_raise_for_status(response)
        return response

    def _json(self, response: httpx2.Response, what: str) -> Any:
        try:
            return response.json()
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidBody(f"{what}: not valid JSON ({exc})"[:200]) from None

    def model_info(self, repo_id: str) -> dict:
        """Model info body as received; `id` differs from `repo_id` when the repo was renamed."""
        url = f"{self.endpoint}/api/models/{repo_id}"

        def attempt() -> dict:
            body = self._json(self._get(url, {"expand": list(EXPAND)}), "model info")
            if not isinstance(body, dict) or not isinstance(body.get("id"), str) \
                    or not isinstance(body.get("sha"), str):
                raise InvalidBody("model info: no 'id' and 'sha' in the answer")
            return body

        return self.policy.run(attempt, "model info")

    def model_info_with_files(self, repo_id: str) -> tuple[dict, list[dict]]:
        """Model info (the EXPAND keys) and every file with its size, in one request (`blobs=true`:
        siblings carry size and LFS data, as `HfApi.model_info(files_metadata=True)` asks)."""
        url = f"{self.endpoint}/api/models/{repo_id}"

        def attempt() -> tuple[dict, list[dict]]:
            body = self._json(self._get(url, {"blobs": True}), "model info")
            if not isinstance(body, dict) or not isinstance(body.get("id"), str) \
                    or not isinstance(body.get("sha"), str) or not isinstance(body.get("siblings"), list):
                raise InvalidBody("model info: no 'id', 'sha' and 'siblings' in the answer")
            siblings = body["siblings"]
            if not all(isinstance(s, dict) and isinstance(s.get("rfilename"), str) for s in siblings):
                raise InvalidBody("model info: siblings without file names")
            info = {key: value for key, value in body.items() if key in ("_id", "id", *EXPAND)}
            return info, sorted((_sibling_entry(s) for s in siblings), key=lambda entry: entry["path"])

        return self.policy.run(attempt, "model info")

    def tree(self, repo_id: str, revision: str) -> list[dict] | None:
        """Every file of the repo at `revision` with its size; None if the Hub refuses (gated)."""
        first_page = f"{self.endpoint}/api/models/{repo_id}/tree/{revision}"

        def page(url: str, params: dict | None) -> tuple[list, str | None]:
            response = self._get(url, params)
            entries = self._json(response, "file list")
            if not isinstance(entries, list) or not all(isinstance(e, dict) and "path" in e for e in entries):
                raise InvalidBody("file list: not a list of entries")
            return entries, response.links.get("next", {}).get("url")

        entries: list[dict] = []
        url, params = first_page, {"recursive": True, "expand": False}
        try:
            while url:
                found, url = self.policy.run(lambda u=url, p=params: page(u, p), "file list")
                entries.extend(found)
                params = None  # the next link already carries the query
        except GatedRepoError:
            return None
        return sorted((_tree_entry(entry) for entry in entries), key=lambda entry: entry["path"])

    def config_json(self, repo_id: str, revision: str) -> dict | None:
        """The repo's config.json; None when it has none or it is gated."""
        url = hf_hub_url(repo_id, "config.json", revision=revision, endpoint=self.endpoint)

        def attempt() -> dict | None:
            try:
                body = self._json(self._get(url), "config.json")
            except (EntryNotFoundError, GatedRepoError):
                return None
            except RepositoryNotFoundError as exc:  # a gated repo without a token can answer 401 this way
                if exc.response is not None and exc.response.status_code == 401:
                    return None
                raise
            if not isinstance(body, dict):
                raise InvalidBody("config.json: not a JSON object")
            return body

        return self.policy.run(attempt, "config.json")


def _tree_entry(entry: dict) -> dict:
    """Keep what data/README.md lists: type, path, size, oid, lfs."""
    kept = {key: entry[key] for key in ("type", "path", "size", "oid") if key in entry}
    if entry.get("lfs"):
        kept["lfs"] = {key: entry["lfs"][key] for key in ("oid", "size", "pointerSize") if key in entry["lfs"]}
    return kept


def _sibling_entry(sibling: dict) -> dict:
    """A `blobs=true` sibling in the file-list shape (files only: siblings list no folders)."""
    entry: dict = {"type": "file", "path": sibling["rfilename"]}
    if "size" in sibling:
        entry["size"] = sibling["size"]
    if "blobId" in sibling:
        entry["oid"] = sibling["blobId"]
    lfs = sibling.get("lfs")
    if isinstance(lfs, dict):
        entry["lfs"] = {key: lfs[source] for key, source in (("oid", "sha256"), ("size", "size"),
                                                              ("pointerSize", "pointerSize")) if source in lfs}
    return entry


def fetch_model(reader: HubReader, catalog_id: str, previous: dict | None = None) -> dict:
    """One hand-listed model's raw snapshot document (raises on failure).

    When the sha in the model info equals the one `previous` (a fetched snapshot) was read at, its
    file list and config.json are reused: they depend only on the sha.
    """
    info = reader.model_info(catalog_id)
    repo_id, revision = info["id"], info["sha"]
    if _same_revision(previous, repo_id, revision):
        return _document(reader, catalog_id, info, previous["tree"], previous.get("config_json"))
    # config.json and the file list only depend on the sha: ask for both at once.
    config = in_background(reader.config_json, repo_id, revision)
    tree = reader.tree(repo_id, revision)
    return _document(reader, catalog_id, info, tree, config.result())


def fetch_discovered(reader: HubReader, candidate: Candidate) -> dict:
    """A rule's model whose sha changed (or is new): model info with file sizes, then config.json."""
    info, tree = reader.model_info_with_files(candidate.repo_id)
    has_config = any(entry["path"] == "config.json" for entry in tree)
    config = reader.config_json(info["id"], info["sha"]) if has_config else None
    return _document(reader, candidate.repo_id, info, tree, config, rule=candidate.rule)


def _same_revision(previous: dict | None, repo_id: str, revision: str | None) -> bool:
    provenance = (previous or {}).get("provenance") or {}
    return (revision is not None and provenance.get("basis") == "fetched"
            and provenance.get("revision") == revision and provenance.get("repo_id") == repo_id
            and "tree" in (previous or {}))


def _document(reader: HubReader, catalog_id: str, info: dict, tree: list | None, config: dict | None,
              rule: str | None = None) -> dict:
    repo_id, revision = info["id"], info["sha"]
    renamed = repo_id != catalog_id
    document = {
        "format": SNAPSHOT_FORMAT,
        "provenance": {
            "basis": "fetched",
            "requested_id": catalog_id,
            "repo_id": repo_id,
            "fetched_at": _now(),
            "endpoint": reader.endpoint,
            "client": f"huggingface_hub/{huggingface_hub.__version__}",
            "revision": revision,
            "sources": [],
            "params_total_basis": None,
            "notes": f"renamed on the Hub: {catalog_id} -> {repo_id}; update data/catalog.yaml"
            if renamed else None,
        },
        "model_info": info,
        "tree": tree,
        "config_json": config,
    }
    if rule is not None:
        document["provenance"]["rule"] = rule
    return document


def with_rule(previous: dict, rule: str) -> dict:
    """An unchanged rule model's snapshot, now credited to `rule` (no request)."""
    return {**previous, "provenance": {**previous["provenance"], "rule": rule}}


# Run summary ----------------------------------------------------------------------------------


@dataclass
class ModelOutcome:
    """How one model's refresh went: ok (new content), unchanged, stale (old one kept), failed (none)."""

    catalog_id: str
    status: str
    revision: str | None = None
    repo_id: str | None = None
    error: str | None = None
    last_good: str | None = None

    @property
    def renamed(self) -> bool:
        return self.repo_id is not None and self.repo_id != self.catalog_id

    def line(self) -> str:
        if self.status == "removed":
            return f"{self.status:<9} {self.catalog_id}  {self.error} — snapshot deleted"
        if self.status in ("ok", "unchanged"):
            detail = (self.revision or "")[:12]
            if self.renamed:
                detail += f"  (now {self.repo_id})"
        else:
            kept = "no snapshot" if self.status == "failed" else "kept previous snapshot" + (
                f" of {self.last_good}" if self.last_good else "")
            detail = f"{self.error} — {kept}"
        return f"{self.status:<9} {self.catalog_id}  {detail}".rstrip()


@dataclass
class RefreshSummary:
    outcomes: list[ModelOutcome]
    exit_code: int
    seconds: float = 0.0
    requests: int = 0
    written: list[Path] = field(default_factory=list)
    verdict: str = ""

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    def render(self) -> str:
        counts = ", ".join(f"{self.count(s)} {s}" for s in ("ok", "unchanged", "stale", "failed"))
        if self.count("removed"):
            counts += f", {self.count('removed')} removed"
        tracked = len(self.outcomes) - self.count("removed")
        lines = [f"refresh: {counts} (of {tracked} models) in {self.seconds:.1f} s, "
                 f"{self.requests} requests; {len(self.written)} file(s) written"]
        lines += ["  " + o.line() for o in self.outcomes if o.status != "unchanged"]
        lines += [f"hint: {o.catalog_id} is now {o.repo_id} on the Hub; update data/catalog.yaml"
                  for o in self.outcomes if o.renamed]
        if self.verdict:
            lines.append(self.verdict)
        return "\n".join(lines)


class Progress:
    """A bar with an ETA on a terminal; one plain line per model otherwise (CI logs), with an ETA
    from the pace so far, or from the rate budget when that is slower."""

    def __init__(self, total: int, stream: IO[str] | None = None, budget: RateBudget | None = None,
                 requests_per_model: int = 2):
        self.stream = stream if stream is not None else sys.stderr
        self.total, self.done = total, 0
        self.budget, self.requests_per_model = budget, requests_per_model
        self.started = time.monotonic()
        self.bar = None
        if getattr(self.stream, "isatty", lambda: False)():
            from tqdm.auto import tqdm
            self.bar = tqdm(total=total, unit="model", file=self.stream, desc="refresh", leave=False)

    def model_done(self, outcome: ModelOutcome) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.set_postfix_str(f"{outcome.status} {outcome.catalog_id}", refresh=False)
            self.bar.update()
        else:
            width = len(str(self.total))
            print(f"[{self.done:>{width}}/{self.total}] {outcome.line()}{self.eta()}", file=self.stream, flush=True)

    def eta(self) -> str:
        left = self.total - self.done
        if not left:
            return ""
        seconds = (time.monotonic() - self.started) / self.done * left
        if self.budget is not None:
            seconds = max(seconds, self.budget.seconds_for({"api": left, "resolver": left}))
        minutes, rest = divmod(int(seconds + 0.5), 60)
        return f"  (ETA {minutes}m{rest:02d}s)" if minutes else f"  (ETA {rest}s)"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# The stage ------------------------------------------------------------------------------------


def fetch_catalog(
    catalog: Catalog, data_dir: Path, *, endpoint: str, only: list[str] | None = None,
    concurrency: int = 8, timeout: float = 20.0, retries: int = 4, max_failure_share: float = 0.2,
    backoff_base: float = 1.0, backoff_max: float = 30.0, retry_after_max: float = 120.0,
    progress: IO[str] | None = None, budget: str | None = None, resolver_budget: str | None = None,
) -> RefreshSummary:
    """Refresh the raw snapshot of the catalog's Hub models (or `only` these); see module docstring."""
    started = time.monotonic()
    # Load inputs.
    data_dir = Path(data_dir)
    if concurrency < 1 or timeout <= 0 or retries < 0:
        raise PipelineError("--concurrency and --timeout must be positive and --retries not negative")
    on_disk = discovered_on_disk(data_dir)
    explicit = select_models(catalog, only, on_disk)
    token = os.environ.get("HF_TOKEN")
    policy = RetryPolicy(retries, backoff_base, backoff_max, retry_after_max)
    rate = RateBudget.default(bool(token), budget, resolver_budget, stop=policy.stop)
    reader = HubReader(endpoint, token, timeout, policy, rate)
    if not explicit and not (catalog.rules and not only):
        return RefreshSummary([], EXIT_BAD_INPUT, verdict="exit 2: the catalog lists no Hub models")

    # Discover: each rule's members now, with their sha (the list endpoint; no per-model request).
    resolution = Resolution({}, {})
    if catalog.rules and not only:
        with sigterm_as_interrupt():
            try:
                resolution = resolve_rules(catalog, reader.endpoint, token, rate, timeout)
            except BaseException:
                policy.stop.set()
                raise
        reader.requests += resolution.requests
        listed_rules = {candidate.rule for candidate in resolution.candidates.values()}
        for rule_id in sorted(set(on_disk.values()) - listed_rules - set(resolution.failed)):
            if catalog.rule(rule_id) is not None:  # had models, lists none now: a glitch, not a verdict
                resolution.failed[rule_id] = f"rule {rule_id} listed no model at all; its models are kept"
    # A failed rule keeps its previous members (stale); `only` refreshes discovered ones by id.
    candidates = dict(resolution.candidates)
    for repo_id, rule_id in on_disk.items():
        keep = rule_id in resolution.failed or (only and repo_id in only)
        if keep and repo_id not in candidates and repo_id not in explicit and catalog.rule(rule_id):
            candidates[repo_id] = Candidate(repo_id, None, rule_id)
    removed = [] if only else sorted(
        repo_id for repo_id in on_disk if repo_id not in candidates and repo_id not in explicit)
    catalog_ids = [*explicit, *candidates]
    if not catalog_ids and not removed:
        verdict = "exit 2: " + ("; ".join(resolution.failed.values()) or "the catalog's rules list no model")
        return RefreshSummary([], EXIT_BAD_INPUT, requests=reader.requests, verdict=verdict)
    previous = {catalog_id: read_previous(snapshot_path(data_dir, catalog_id)) for catalog_id in catalog_ids}

    # Process data.
    outcomes: dict[str, ModelOutcome] = {}
    changed: dict[str, dict] = {}
    work: list[tuple[str, Callable[[], dict]]] = []
    for catalog_id in explicit:
        work.append((catalog_id, lambda c=catalog_id: fetch_model(reader, c, previous[c])))
    for repo_id, candidate in candidates.items():
        before = previous[repo_id]
        if candidate.rule in resolution.failed:
            outcomes[repo_id] = judge(repo_id, None, resolution.failed[candidate.rule], before)
        elif candidate.sha is not None and _same_revision(before, repo_id, candidate.sha):
            outcomes[repo_id] = judge(repo_id, with_rule(before, candidate.rule), None, before)
            if outcomes[repo_id].status == "ok":
                changed[repo_id] = with_rule(before, candidate.rule)
        else:
            work.append((repo_id, lambda c=candidate: fetch_discovered(reader, c)))
    bar = Progress(len(work), progress, rate, requests_per_model=2)

    def on_done(catalog_id: str, document: dict | None, error: str | None) -> None:
        outcome = judge(catalog_id, document, error, previous[catalog_id])
        if outcome.status == "ok":
            changed[catalog_id] = document
        outcomes[catalog_id] = outcome
        bar.model_done(outcome)

    try:
        _fetch_all(reader, work, concurrency, on_done)
    finally:
        bar.close()
    ordered = [outcomes[catalog_id] for catalog_id in catalog_ids]
    gone = [ModelOutcome(repo_id, "removed", error=f"no longer listed by rule {on_disk[repo_id]}")
            for repo_id in removed]
    summary = RefreshSummary(ordered + gone, EXIT_OK, requests=reader.requests)
    failures = summary.count("stale") + summary.count("failed")
    usable = len(ordered) - failures

    # Save outputs.
    if (ordered and usable == 0) or failures / max(1, len(ordered)) > max_failure_share:
        summary.exit_code = EXIT_BAD_INPUT
        why = "no model could be fetched" if usable == 0 else (
            f"{failures} of {len(ordered)} models failed, more than {max_failure_share:.0%}")
        summary.verdict = f"exit 2: {why}; nothing written, data/ is unchanged"
    else:
        # The snapshots, the removals and the status file change together or not at all.
        status_path = data_dir / "refresh-status.yaml"
        files = {snapshot_path(data_dir, catalog_id): render_snapshot(document)
                 for catalog_id, document in changed.items()}
        files[status_path] = render_status(
            status_path, [*catalog.hub_ids(), *candidates, *(set(on_disk) - set(removed))], ordered)
        summary.written.extend(write_set(files, [snapshot_path(data_dir, repo_id) for repo_id in removed]))
        if failures:
            summary.exit_code = EXIT_PARTIAL
            summary.verdict = (f"exit 1: {failures} model(s) stale or failed; previous snapshots kept, "
                               f"listed in {status_path}")
    summary.seconds = time.monotonic() - started
    return summary


def _fetch_all(reader: HubReader, work: list[tuple[str, Callable[[], dict]]], concurrency: int,
               on_done: Callable[[str, dict | None, str | None], None]) -> None:
    """Run `concurrency` fetches at a time, calling `on_done(catalog_id, document, error)` for each.

    Ctrl-C or SIGTERM: no new model or request starts, KeyboardInterrupt rises at once. The workers
    are daemon threads that never write, so requests still in flight cannot delay the exit.
    """
    todo: queue.SimpleQueue[tuple] = queue.SimpleQueue()
    done: queue.SimpleQueue[tuple] = queue.SimpleQueue()
    for item in work:
        todo.put(item)

    def worker() -> None:
        while not reader.policy.stop.is_set():
            try:
                catalog_id, fetch = todo.get_nowait()
            except queue.Empty:
                return
            try:
                done.put((catalog_id, fetch(), None))
            except Interrupted:
                done.put((catalog_id, None, "interrupted"))
            except Exception as exc:  # noqa: BLE001 - any failure makes this one model stale
                done.put((catalog_id, None, describe_error(exc)))

    try:
        with sigterm_as_interrupt():
            for _ in range(min(concurrency, len(work))):
                threading.Thread(target=worker, name="fetch-model", daemon=True).start()
            for _ in work:
                on_done(*done.get())
    except BaseException:
        reader.policy.stop.set()
        raise


def in_background(function: Callable[..., Any], *args: Any) -> Future:
    """Run `function(*args)` in a daemon thread (see `_fetch_all`); its result arrives in the Future."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(function(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
            future.set_exception(exc)

    threading.Thread(target=run, name="fetch-file", daemon=True).start()
    return future


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (CI cancel, `kill`) behaves like Ctrl-C: stop scheduling, write nothing more."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigterm(signum: int, frame: object) -> None:
        raise KeyboardInterrupt("SIGTERM")

    before = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


# Comparing and writing ------------------------------------------------------------------------


def select_models(catalog: Catalog, only: list[str] | None, discovered: dict[str, str] | None = None) -> list[str]:
    """The hand-listed ids to refresh (`only`: these; they may also name models rules brought in)."""
    ids = catalog.hub_ids()
    if not only:
        return ids
    unknown = [repo_id for repo_id in only if repo_id not in ids and repo_id not in (discovered or {})]
    if unknown:
        raise PipelineError(f"--only: not a Hub model of the catalog: {', '.join(unknown)}")
    return [repo_id for repo_id in ids if repo_id in set(only)]


def read_previous(path: Path) -> dict | None:
    """The snapshot on disk, or None if there is none or it cannot be read (a refresh replaces it)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return None
    return document if isinstance(document, dict) else None


def without_noise(document: dict) -> dict:
    """The document without what changes on every fetch (the same keys `changes` ignores)."""
    provenance = {k: v for k, v in (document.get("provenance") or {}).items() if k not in NOISE_KEYS}
    return {**document, "provenance": provenance}


def judge(catalog_id: str, document: dict | None, error: str | None, previous: dict | None) -> ModelOutcome:
    """ok / unchanged (same but fetched_at or client) / stale (failed, kept old) / failed (none kept).

    An unchanged snapshot is not rewritten: a file whose only change is noise would be reverted by
    `changes --revert-noise` while models.yaml kept the new fetched_at, and `compute --check` failed.
    """
    if document is None:
        last_good = ((previous or {}).get("provenance") or {}).get("fetched_at")
        return ModelOutcome(catalog_id, "stale" if previous else "failed", error=error, last_good=last_good)
    status = "ok"
    if previous is not None and without_noise(previous) == without_noise(document):
        status = "unchanged"
    provenance = document["provenance"]
    return ModelOutcome(catalog_id, status, revision=provenance["revision"], repo_id=provenance["repo_id"])


def render_snapshot(document: dict) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_status(path: Path, tracked_ids: list[str], outcomes: list[ModelOutcome]) -> str:
    """refresh-status.yaml: this run's failures, plus earlier ones of models not refreshed this time."""
    try:
        earlier = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("models") or {}
    except (FileNotFoundError, yaml.YAMLError, AttributeError):
        earlier = {}
    if not isinstance(earlier, dict):  # hand-edited into something else: this run rewrites it
        earlier = {}
    refreshed = {outcome.catalog_id for outcome in outcomes}
    tracked = set(tracked_ids)
    entries = {cid: entry for cid, entry in earlier.items() if cid in tracked and cid not in refreshed}
    failed_at = _now()
    for outcome in outcomes:
        if outcome.status in ("stale", "failed"):
            entries[outcome.catalog_id] = {
                "status": "stale", "error": outcome.error, "last_good": outcome.last_good,
                "failed_at": failed_at,
            }
    return dump_yaml({"models": dict(sorted(entries.items()))}, header=STATUS_HEADER)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# Data

# Allowed values: huggingface_hub.hf_api.ExpandModelProperty_T (checked by tests/test_fetch.py).
EXPAND = (
    "safetensors", "gated", "cardData", "pipeline_tag", "library_name", "downloads", "likes",
    "lastModified", "sha", "config", "gguf", "tags", "usedStorage",
)
