"""Fetch stage, discovery: catalog rules → repo ids (with their current sha) via `HfApi.list_models`.

A rule is resolved with the real client against `/api/models?pipeline_tag=…&num_parameters=…&sort=…`,
which pages by the `Link` header; `expand=sha` makes each listed model carry its current commit,
so a model whose sha equals its snapshot's `provenance.revision` needs no request of its own.
Which rule brought a model in is stored in its snapshot (`provenance.rule`), so `compute` and the
build read the members of every rule offline (`discovered_on_disk`).
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import httpx2
from huggingface_hub import HfApi
from huggingface_hub.utils import get_session

from pipeline.data.catalog import Catalog, Rule
from pipeline.data.hubclient import describe_error
from pipeline.data.ratebudget import RateBudget, kind_of


@dataclass(frozen=True)
class Candidate:
    """A model a rule lists now: its id, its current sha and the rule."""

    repo_id: str
    sha: str | None
    rule: str


@dataclass
class Resolution:
    candidates: dict[str, Candidate]  # repo id -> first rule (catalog order) that lists it
    failed: dict[str, str]            # rule id -> reason its listing failed
    requests: int = 0


class RequestMeter:
    """Paces and counts the requests huggingface_hub's shared session makes while it is installed."""

    def __init__(self, budget: RateBudget):
        self.budget = budget
        self.requests = 0
        self._lock = threading.Lock()

    def on_request(self, request: httpx2.Request) -> None:
        self.budget.acquire(kind_of(str(request.url)))
        with self._lock:
            self.requests += 1

    def on_response(self, response: httpx2.Response) -> None:
        self.budget.observe(kind_of(str(response.request.url)), response.headers)

    @contextmanager
    def installed(self) -> Iterator["RequestMeter"]:
        session = get_session()
        session.event_hooks["request"].append(self.on_request)
        session.event_hooks["response"].append(self.on_response)
        try:
            yield self
        finally:
            session.event_hooks["request"].remove(self.on_request)
            session.event_hooks["response"].remove(self.on_response)


def resolve_rules(catalog: Catalog, endpoint: str, token: str | None, budget: RateBudget,
                  timeout: float = 20.0) -> Resolution:
    """Every rule's current members; a rule whose listing fails is reported, not raised."""
    api = HfApi(endpoint=endpoint, token=token or False, library_name="llm-sizes")
    listed = {model.id.lower() for model in catalog.models}
    resolution = Resolution({}, {})
    meter = RequestMeter(budget)
    with meter.installed():
        for rule in catalog.rules:
            try:
                members = list_rule(api, rule)
            except Exception as exc:  # noqa: BLE001 - one rule failing keeps its previous members
                resolution.failed[rule.id] = f"listing rule {rule.id} failed: {describe_error(exc)}"
                continue
            for repo_id, sha in members:
                if repo_id.lower() not in listed and repo_id not in resolution.candidates:
                    resolution.candidates[repo_id] = Candidate(repo_id, sha, rule.id)
    resolution.requests = meter.requests
    return resolution


def list_rule(api: HfApi, rule: Rule) -> list[tuple[str, str | None]]:
    """(repo id, sha) of each model the rule lists, in the Hub's order."""
    return [(model.id, model.sha) for model in api.list_models(**rule.list_arguments(), expand=["sha"])]


def discovered_on_disk(data_dir: Path) -> dict[str, str]:
    """{repo id: rule id} of every snapshot in data/hub/ that a rule brought in."""
    hub = Path(data_dir) / "hub"
    found = {}
    for path in sorted(hub.rglob("*.json")):
        try:
            text = path.read_text(encoding="utf-8")
            if '"rule"' not in text:
                continue
            rule = (json.loads(text).get("provenance") or {}).get("rule")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(rule, str):
            found[path.relative_to(hub).with_suffix("").as_posix()] = rule
    return found


def catalog_with_discovered(catalog: Catalog, data_dir: Path) -> Catalog:
    """The catalog as `compute` sees it: hand-listed models plus the rules' members on disk."""
    if not catalog.rules:
        return catalog
    return catalog.with_discovered(discovered_on_disk(data_dir))
