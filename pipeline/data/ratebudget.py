"""Fetch stage, pacing: keep requests under the Hub's rate limits.

The Hub counts requests per 5-minute window and per kind (Hub docs, "Rate limits"): API calls
(`/api/…`: model info, file lists, the list endpoint) and resolver calls (`/<id>/resolve/…`: files).
Documented limits: anonymous 500 API / 3,000 resolver calls, with a (free) token 1,000 / 5,000.

`RateBudget` is a sliding window: a request starts only when fewer than `limit` requests of its
kind started in the last `window` seconds, so no 5-minute window, however it is aligned, sees more
than `limit`. Answers carrying `RateLimit: "api";r=0;t=55` pause that kind until the Hub's window
resets, whatever our own count says (the token may be shared with other jobs).
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Mapping

from huggingface_hub.utils import parse_ratelimit_headers

from pipeline.errors import PipelineError

WINDOW = 300.0
ANONYMOUS = {"api": 500, "resolver": 3000}
WITH_TOKEN = {"api": 1000, "resolver": 5000}
BUDGET_SYNTAX = re.compile(r"^\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(s|m|min)?\s*$")


class Stopped(Exception):
    """The run is stopping: no new request may start."""


def parse_budget(text: str) -> tuple[int, float]:
    """'500/300s' → (500, 300.0); '1000/5m' → (1000, 300.0)."""
    match = BUDGET_SYNTAX.match(text or "")
    if not match or int(match.group(1)) < 1 or float(match.group(2)) <= 0:
        raise PipelineError(f"--budget: {text!r} is not 'REQUESTS/SECONDS', e.g. 500/300s or 1000/5m")
    seconds = float(match.group(2)) * (60 if match.group(3) in ("m", "min") else 1)
    return int(match.group(1)), seconds


def kind_of(url: str) -> str:
    """Which of the Hub's limits a request counts against."""
    return "resolver" if "/resolve/" in url else "api"


@dataclass
class RateBudget:
    """At most `limits[kind]` request starts per sliding `window` seconds; thread-safe."""

    limits: dict[str, int]
    window: float = WINDOW
    stop: threading.Event = field(default_factory=threading.Event)
    clock: object = time.monotonic
    waited: float = 0.0
    _starts: dict[str, deque] = field(default_factory=dict)
    _paused_until: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def default(cls, token: bool, api: str | None = None, resolver: str | None = None,
                stop: threading.Event | None = None) -> "RateBudget":
        """The Hub's documented limits (token or anonymous), `api`/`resolver` overriding ('N/300s')."""
        limits = dict(WITH_TOKEN if token else ANONYMOUS)
        window = WINDOW
        if api:
            limits["api"], window = parse_budget(api)
            limits["resolver"] = max(1, round(limits["resolver"] * window / WINDOW))
        if resolver:
            count, seconds = parse_budget(resolver)
            limits["resolver"] = max(1, round(count * window / seconds))
        return cls(limits, window, stop or threading.Event())

    def acquire(self, kind: str) -> None:
        """Block until a request of `kind` may start (raises Stopped when the run is stopping)."""
        while True:
            with self._lock:
                now = self.clock()
                starts = self._starts.setdefault(kind, deque())
                # a margin for the time between our start and the Hub's count (network, scheduling)
                span = self.window + min(1.0, 0.02 * self.window) + 0.02
                while starts and starts[0] <= now - span:
                    starts.popleft()
                wait = max(0.0, self._paused_until.get(kind, 0.0) - now)
                if not wait and len(starts) < self.limits.get(kind, self.limits["api"]):
                    starts.append(now)
                    return
                if not wait:
                    wait = starts[0] + span - now
            self.waited += wait
            if self.stop.wait(min(wait, 1.0) + 0.001):
                raise Stopped(kind)

    def observe(self, kind: str, headers: Mapping[str, str]) -> None:
        """Honour the Hub's own count: `RateLimit: "api";r=0;t=55` pauses `kind` for 55 s, and a
        stricter `RateLimit-Policy` (`q=300;w=300`) lowers our limit to it."""
        info = parse_ratelimit_headers(headers)
        if info is None:
            return
        with self._lock:
            if info.remaining == 0:
                until = self.clock() + info.reset_in_seconds
                self._paused_until[kind] = max(self._paused_until.get(kind, 0.0), until)
            if info.limit and info.window_seconds:  # RateLimit-Policy: q=…;w=… stricter than ours: adopt it
                theirs = int(info.limit * self.window / info.window_seconds)
                if theirs < self.limits.get(kind, self.limits["api"]):
                    self.limits[kind] = max(1, theirs)

    def seconds_for(self, requests: dict[str, int]) -> float:
        """Least time `requests` more requests take under this budget (for the ETA)."""
        worst = 0.0
        for kind, count in requests.items():
            limit = self.limits.get(kind, self.limits["api"])
            with self._lock:
                used = len(self._starts.get(kind, ()))
            over = count - (limit - used)
            if over > 0:
                worst = max(worst, -(-over // limit) * self.window)
        return worst
