"""Fetch stage, retry policy: exponential back-off with jitter that honours Retry-After.

huggingface_hub 2.4 does not retry `model_info`-style calls (and its own back-off in
`list_repo_tree` cannot be tuned or given a timeout), so the fetch stage wraps every request in
`RetryPolicy.run`: 408/429/5xx answers, timeouts, connection resets and bodies that are not valid
JSON are retried; anything else (404, gated, bad request) fails at once.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, TypeVar

import httpx2
from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError
from huggingface_hub.utils import parse_ratelimit_headers

T = TypeVar("T")

RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
RETRY_EXCEPTIONS = (httpx2.TimeoutException, httpx2.NetworkError, httpx2.RemoteProtocolError)


class Interrupted(Exception):
    """The run is stopping (Ctrl-C / SIGTERM): no new request is started."""


class InvalidBody(Exception):
    """The Hub answered 200 with a body that is not the JSON we expect (retried: proxies truncate)."""


class GaveUp(Exception):
    """A request still failed after every retry; `reason` is short and safe to print."""

    def __init__(self, reason: str, attempts: int, last_error: BaseException):
        super().__init__(reason)
        self.reason = reason
        self.attempts = attempts
        self.last_error = last_error


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait; small values make tests fast."""

    retries: int = 4
    backoff_base: float = 1.0   # first wait, doubled on each retry …
    backoff_max: float = 30.0   # … up to this
    retry_after_max: float = 120.0  # a longer Retry-After is not waited for: the model goes stale
    stop: threading.Event = field(default_factory=threading.Event, compare=False)

    def backoff(self, retry_number: int) -> float:
        """Equal jitter: half the exponential step fixed, half random (spreads a thundering herd)."""
        step = min(self.backoff_max, self.backoff_base * (2 ** (retry_number - 1)))
        return step / 2 + random.uniform(0, step / 2)

    def run(self, action: Callable[[], T], what: str) -> T:
        """Call `action` until it succeeds, a non-retryable error is raised, or retries run out."""
        attempt = 0
        while True:
            if self.stop.is_set():
                raise Interrupted(what)
            attempt += 1
            try:
                return action()
            except Exception as exc:  # noqa: BLE001 - sorted into retryable or not just below
                if not is_retryable(exc):
                    raise
                reason = describe_error(exc)
                if attempt > self.retries:
                    raise GaveUp(f"{reason} ({what}, {attempt} attempts)", attempt, exc) from exc
                server_wait = retry_after_seconds(exc)
                if server_wait is not None and server_wait > self.retry_after_max:
                    raise GaveUp(f"{reason}; the Hub asks to wait {server_wait:.0f} s, more than "
                                 f"{self.retry_after_max:.0f} s ({what})", attempt, exc) from exc
                delay = server_wait if server_wait is not None else self.backoff(attempt)
                if self.stop.wait(delay):
                    raise Interrupted(what) from exc


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, (InvalidBody, *RETRY_EXCEPTIONS)):
        return True
    response = getattr(exc, "response", None)
    return isinstance(exc, HfHubHTTPError) and response is not None and response.status_code in RETRY_STATUS


def retry_after_seconds(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After: seconds or HTTP date, or RateLimit: t=)."""
    response = getattr(exc, "response", None)
    if response is None:
        return None
    value = response.headers.get("Retry-After")
    if value:
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - time.time())
    if response.status_code == 429:
        limit = parse_ratelimit_headers(response.headers)
        if limit is not None and limit.remaining == 0:
            return float(limit.reset_in_seconds)
    return None


def describe_error(exc: BaseException) -> str:
    """One short line for the run summary and refresh-status.yaml (never headers, never a token)."""
    if isinstance(exc, GaveUp):
        return exc.reason
    if isinstance(exc, httpx2.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    if isinstance(exc, httpx2.RemoteProtocolError):
        return "connection dropped by the server"
    if isinstance(exc, httpx2.ConnectError):
        return "cannot connect to the Hub endpoint"
    if isinstance(exc, httpx2.NetworkError):
        return f"network error ({type(exc).__name__}: connection reset?)"
    if isinstance(exc, InvalidBody):
        return str(exc)
    response = getattr(exc, "response", None)
    if isinstance(exc, RepositoryNotFoundError):
        status = f"HTTP {response.status_code}; " if response is not None else ""
        return f"repository not found on the Hub ({status}private, deleted or misspelt?)"
    if isinstance(exc, HfHubHTTPError) and response is not None:
        code = response.headers.get("X-Error-Code")
        return f"HTTP {response.status_code}" + (f" {code}" if code else "")
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first_line}"[:200]
