"""Shared fixtures: one strict site build per session, a static server for it, headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "he", "ar", "pt", "th", "zh")
RTL = {"he", "ar"}
CHROMIUM = os.environ.get("LLMSIZES_CHROMIUM", "/usr/bin/chromium")
SITE_PREFIX = "/llm-sizes/"  # the test build is served from a sub-path, like GitHub Pages
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
]


def lang_prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def run_build(site_dir: Path, env_extra: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    # Strict i18n: a UI string missing from a locale fails the build instead of falling back.
    # No SITE_URL: the relative build `make site` gives a newcomer, served under SITE_PREFIX.
    # 12 model pages (the 8 featured models and 4 more) instead of 60: the pages share one template,
    # and the 48 others cost each six-language build ~5 s. `make site` and `make audit` build all 60.
    env = {**{k: v for k, v in os.environ.items() if k != "SITE_URL"}, "LLMSIZES_STRICT_I18N": "1",
           "LLMSIZES_MODEL_PAGES": os.environ.get("LLMSIZES_MODEL_PAGES", "12"), **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=900,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once with `mkdocs build --strict` from the committed data."""
    site_dir = tmp_path_factory.mktemp("build") / "site"
    result = run_build(site_dir)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    return site_dir


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under SITE_PREFIX only; anything else is a 404, like a real sub-path host."""

    def translate_path(self, path: str) -> str:
        url_path = urlsplit(path).path
        if not url_path.startswith(SITE_PREFIX):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + url_path[len(SITE_PREFIX):])

    def log_message(self, format: str, *args) -> None:  # keep test output readable
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    """A browser that leaves a page mid-download closes its socket: that is not a test failure, and its
    traceback would bury the real ones in the output."""

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve_directory(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_SubPathHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SITE_PREFIX}"


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    server, url = serve_directory(built_site)
    yield url
    server.shutdown()


def _browser_missing(reason: str):
    """A missing browser fails the run (a green `make test` must mean the pages were checked), unless
    LLMSIZES_SKIP_BROWSER=1 asks to skip the browser tests."""
    if os.environ.get("LLMSIZES_SKIP_BROWSER") == "1":
        pytest.skip(f"{reason}; skipped because LLMSIZES_SKIP_BROWSER=1")
    pytest.fail(f"browser tests need Chromium: {reason}. Install it (apt-get install chromium "
                f"fonts-noto-core fonts-noto-cjk) or set LLMSIZES_SKIP_BROWSER=1 to skip them", pytrace=False)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (no browser download)."""
    if not Path(CHROMIUM).exists():
        _browser_missing(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover
        _browser_missing(f"playwright not importable: {exc}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def wait_until(page, expression: str, arg=None, timeout: float = 20_000, polling="raf") -> None:
    """Wait until the JavaScript `expression` (which may use `arg`) is true. An error it throws while
    the page is still changing (an element not drawn yet) counts as "not yet", never as a failure;
    a condition that never comes fails with the expression itself."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    body = f"(arg) => {{ try {{ return Boolean({expression}); }} catch (error) {{ return false; }} }}"
    try:
        page.wait_for_function(body, arg=arg, timeout=timeout, polling=polling)
    except PlaywrightTimeout:
        raise AssertionError(f"never true within {timeout / 1000:.0f} s: {expression}") from None


def press_text(page, text: str) -> None:
    """Type as a person does: one key event per character (non-ASCII through CDP's dispatchKeyEvent,
    since Playwright's type() inserts such text without key events)."""
    cdp = page.context.new_cdp_session(page)
    for ch in text:
        if ch.isascii():
            page.keyboard.press(ch)
        else:
            cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "text": ch, "unmodifiedText": ch, "key": ch})
            cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": ch})
    cdp.detach()


def settled(page) -> None:
    """Wait until no CSS transition or animation is running (a menu fading out after the focus left
    it is a half-visible element to axe and to a screenshot)."""
    wait_until(page, "document.getAnimations().every(a => a.playState !== 'running')")


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def repo_copy(tmp_path) -> Path:
    """A throwaway copy of the repository's tracked inputs, for tests that edit files."""
    copy = tmp_path / "repo"
    skip_anywhere = shutil.ignore_patterns("__pycache__", ".pytest_cache", ".hypothesis")

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = set(skip_anywhere(folder, names))
        if Path(folder) == ROOT:  # build output and tools at the top only (pipeline/site/ is code)
            skipped |= {".venv", ".tools", "site", "site-shots", ".git", ".cache", ".work"} & set(names)
        return skipped

    shutil.copytree(ROOT, copy, ignore=ignore)
    return copy
