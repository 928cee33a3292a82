"""Every page of the built site in every language, in headless Chromium, served from a sub-path.

Per page: status 200, `<html lang dir>`, no request to any host but 127.0.0.1, no console error,
no failed local request, a language menu that leads to the same page in every other language,
axe-core clean (no serious or critical violation) in the light and the dark scheme, and no
sideways scrolling of the page at 360 px. Also: the 404 page in each language, the language
menu clicked for real, and an untranslated page falling back to English with a notice.
Full-page screenshots of each language's home and models pages go to site-shots/ for reviewers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from pipeline.i18n.locales import load_locale
from tests.conftest import LANGS, ROOT, RTL, lang_prefix, run_build, serve_directory, settled, wait_until

pytestmark = pytest.mark.browser

SHOTS = ROOT / "site-shots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
LOCAL_HOST = "127.0.0.1"
SCHEMES = ("default", "slate")  # Material's light and dark schemes
BLOCKING = ("serious", "critical")
AXE_OPTIONS = {"resultTypes": ["violations"]}
PHONE_RULES = ["scrollable-region-focusable"]  # boxes that scroll sideways only on a narrow screen
EXPECTED_CONSOLE: tuple[str, ...] = ()  # substrings of console errors we accept (none so far)


# Pages, discovered from the build ----------------------------------------------------------------


def discover_pages(site: Path) -> dict[str, list[str]]:
    """{lang: [page path under the site root]} for every rendered page, each language's 404 included."""
    pages: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for index in sorted(site.rglob("index.html")):
        if '<script id="__config"' not in index.read_text(encoding="utf-8"):
            continue  # not a Material page
        path = index.parent.relative_to(site).as_posix()
        path = "" if path == "." else f"{path}/"
        first = path.split("/", 1)[0]
        pages[first if first in LANGS and first != "en" else "en"].append(path)
    for lang in LANGS:  # generated model pages share one template: check two per language, not all
        models = [p for p in pages[lang] if p.count("/") >= 2 + (lang != "en") and "models/" in p]
        pages[lang] = [p for p in pages[lang] if p not in models[2:]]
    for lang in LANGS:
        if (site / lang_prefix(lang) / "404.html").exists():
            pages[lang].append(f"{lang_prefix(lang)}404.html")
    return pages


def same_page_in(path: str, lang: str, other: str) -> str:
    """The path of `path` (a page of `lang`) in language `other`; a 404 page leads to the home page."""
    if path.endswith("404.html"):
        return lang_prefix(other)
    return lang_prefix(other) + path[len(lang_prefix(lang)):]


def site_file(site: Path, path: str) -> Path:
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


@pytest.fixture(scope="session")
def site_pages(built_site) -> dict[str, list[str]]:
    pages = discover_pages(built_site)
    assert all(pages[lang] for lang in LANGS), pages
    return pages


# One browser context for the whole module, recording what every page does -------------------------


@dataclass
class Session:
    """A page in one long-lived context, with what it requested and logged since `reset()`."""

    page: object
    third_party: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def reset(self) -> None:
        self.third_party.clear()
        self.console_errors.clear()
        self.failed.clear()


@pytest.fixture(scope="module")
def session(browser):
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    recorded = Session(page=None)

    def route(route_request):
        if urlsplit(route_request.request.url).hostname == LOCAL_HOST:
            return route_request.continue_()
        recorded.third_party.append(route_request.request.url)
        return route_request.abort()  # never reach the network, but fail the page

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and recorded.console_errors.append(message.text))
    page.on("pageerror", lambda error: recorded.console_errors.append(f"uncaught: {error}"))
    page.on("response", lambda response: response.status >= 400 and recorded.failed.append(
        f"{response.status} {response.url}"))
    recorded.page = page
    yield recorded
    context.close()


def set_scheme(page, scheme: str) -> None:
    """Flip Material's light/dark switch (as a reader would) until the page shows `scheme`."""
    if page.evaluate("document.body.getAttribute('data-md-color-scheme')") != scheme:
        # A click without moving the mouse there: a hover would leave a half-faded tooltip for axe.
        page.locator("form[data-md-component=palette] label:not([hidden])").evaluate("label => label.click()")
        wait_until(page, f"document.body.getAttribute('data-md-color-scheme') === '{scheme}'")
        page.evaluate("document.activeElement && document.activeElement.blur()")  # no focus ring in shots
    page.evaluate("document.fonts.ready.then(() => true)")


def axe_problems(page, label: str, rules: list[str] | None = None) -> list[str]:
    settled(page)  # a menu still fading out after the keyboard left it is not what a reader sees
    options = {**AXE_OPTIONS, "runOnly": {"type": "rule", "values": rules}} if rules else AXE_OPTIONS
    results = Axe().run(page, options=options)
    return [f"{label}: axe {v['id']} ({v['impact']}) at {[n['target'] for n in v['nodes']][:3]}: {v['help']}"
            for v in results.response["violations"] if v["impact"] in BLOCKING]


def horizontal_overflow(page) -> str | None:
    """Why the page scrolls sideways on the current viewport, or None."""
    return page.evaluate("""() => {
        const root = document.documentElement;
        if (root.scrollWidth <= root.clientWidth) return null;
        const wide = [...document.querySelectorAll('body *')].filter(el => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
        }).slice(0, 3).map(el => el.tagName.toLowerCase() + '.' + [...el.classList].join('.'));
        return `scrollWidth ${root.scrollWidth} > ${root.clientWidth}: ${wide.join(', ')}`;
    }""")


# Every page × language ---------------------------------------------------------------------------


def dark_mode_sample(path: str, lang: str) -> bool:
    rest = path[len(lang_prefix(lang)):]
    return rest in ("", "models/", "will-it-run/", "404.html") or rest.startswith("models/")


def check_page(session: Session, site: Path, site_url: str, lang: str, path: str) -> list[str]:
    page, problems = session.page, []
    session.reset()
    response = page.goto(site_url + path)
    if response is None or response.status != 200:
        return [f"{path}: status {response.status if response else 'none'}"]

    # Language and direction on <html> (and Material's on <body>).
    tag = page.locator("html").get_attribute("lang") or ""
    direction = "rtl" if lang in RTL else "ltr"
    if tag.split("-")[0] != lang:
        problems.append(f"{path}: <html lang={tag!r}>, expected {lang}")
    for element in ("html", "body"):
        if page.locator(element).get_attribute("dir") != direction:
            problems.append(f"{path}: <{element} dir> is not {direction}")

    # The language menu leads to this very page in every other language, and that page exists.
    links = {hreflang.split("-")[0]: href for hreflang, href in page.eval_on_selector_all(
        ".md-select__link", "links => links.map(a => [a.hreflang, a.href])")}
    for other in LANGS:
        if other == lang:
            continue
        target = same_page_in(path, lang, other)
        if links.get(other) != site_url + target:
            problems.append(f"{path}: language menu {other} -> {links.get(other)}, expected {site_url + target}")
        elif not site_file(site, target).exists():
            problems.append(f"{path}: language menu {other} -> {target}, which was not built")

    if path.endswith("404.html"):
        strings = load_locale(lang)
        title = page.locator("article h1").inner_text().replace("\u200b", "").strip()  # Thai word breaks
        if title != strings.t("notfound.title"):
            problems.append(f"{path}: 404 title {title!r} is not the {lang} one")
        home = page.evaluate("(text) => [...document.querySelectorAll('article a')].find(a => "
                             "a.textContent.replace(/\\u200b/g, '').includes(text)).href", strings.t("notfound.home"))
        if home != site_url + lang_prefix(lang):
            problems.append(f"{path}: 404 home link {home!r}")

    # axe-core, light then dark.
    shot_name = {lang_prefix(lang): "home", f"{lang_prefix(lang)}models/": "models"}.get(path)
    set_scheme(page, "default")
    problems += axe_problems(page, f"{path} [light]")
    if shot_name:
        page.screenshot(path=SHOTS / f"{lang}-{shot_name}-desktop.png", full_page=True)

    # A phone: the page itself never scrolls sideways (tables and charts scroll in their own box).
    page.set_viewport_size(PHONE)
    overflow = horizontal_overflow(page)
    if overflow:
        problems.append(f"{path} [360 px]: {overflow}")
    # nor does a table's row label run into the next cell (a one-line device name did, at 360 px)
    spilled = page.evaluate("""[...document.querySelectorAll('.ls-table th[scope=row]')]
        .filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent.trim().slice(0, 40))""")
    if spilled:
        problems.append(f"{path} [360 px]: row labels wider than their cells: {spilled[:3]}")
    problems += axe_problems(page, f"{path} [360 px]", rules=PHONE_RULES)  # what only a phone shows
    if shot_name:
        page.screenshot(path=SHOTS / f"{lang}-{shot_name}-360.png", full_page=True)
    page.set_viewport_size(DESKTOP)

    # Dark mode changes colours only: check it on the pages whose components differ (prose, the
    # explorer, the fit tables and calculator, a generated model page, the 404 page).
    if dark_mode_sample(path, lang):
        set_scheme(page, "slate")
        problems += axe_problems(page, f"{path} [dark]")

    problems += [f"{path}: request to a third-party host: {url}" for url in session.third_party]
    problems += [f"{path}: console error: {text}" for text in session.console_errors
                 if not any(expected in text for expected in EXPECTED_CONSOLE)]
    problems += [f"{path}: failed request: {failure}" for failure in session.failed]
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_of_a_language(session, built_site, site_url, site_pages, lang):
    SHOTS.mkdir(exist_ok=True)
    problems = []
    for path in site_pages[lang]:
        problems += check_page(session, built_site, site_url, lang, path)
    assert not problems, f"{len(problems)} problem(s) in {lang}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_menu_keeps_the_reader_on_the_same_page(session, site_url, lang):
    other = LANGS[(LANGS.index(lang) + 1) % len(LANGS)]
    page = session.page
    page.goto(site_url + lang_prefix(lang) + "models/")
    page.locator(".md-select .md-header__button").hover()
    page.locator(f".md-select__link[hreflang^={other}]").click()
    page.wait_for_url(site_url + lang_prefix(other) + "models/")
    assert page.locator("html").get_attribute("lang").split("-")[0] == other


@pytest.mark.parametrize("lang", [code for code in LANGS if code != "en"])
def test_a_missing_page_on_github_pages_shows_the_readers_language(session, built_site, site_url, lang):
    # GitHub Pages answers any missing URL with the top-level 404.html, status 404.
    page, missing = session.page, site_url + lang_prefix(lang) + "no-such-page/"
    root_404 = (built_site / "404.html").read_text(encoding="utf-8")
    page.route(missing, lambda route: route.fulfill(status=404, body=root_404, content_type="text/html"))
    try:
        page.goto(missing)
        page.wait_for_url(site_url + lang_prefix(lang) + "404.html")
    finally:
        page.unroute(missing)
    assert page.locator("article h1").inner_text().replace("\u200b", "").strip() == load_locale(lang).t("notfound.title")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang in RTL else "ltr")


# An untranslated page -------------------------------------------------------------------------------


def test_an_untranslated_page_falls_back_to_english_with_a_notice(browser, repo_copy, tmp_path):
    (repo_copy / "docs" / "ar" / "shrinking.md").unlink()
    site = tmp_path / "site"
    result = run_build(site, env_extra={"LLMSIZES_ONLY_LANG": "ar"}, cwd=repo_copy)
    assert result.returncode == 0, result.stderr[-3000:]
    server, url = serve_directory(site)
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        assert page.goto(url + "ar/shrinking/").status == 200
        strings = load_locale("ar")
        notice = page.locator(".ls-notice-fallback")
        assert notice.is_visible()
        assert notice.inner_text().strip() == strings.t("notice.fallback", language=strings.t("language.name"))
        assert page.locator("html").get_attribute("dir") == "rtl"
        english = page.locator(".ls-fallback")
        assert (english.get_attribute("lang"), english.get_attribute("dir")) == ("en", "ltr")
        assert english.evaluate("el => getComputedStyle(el).direction") == "ltr"
        heading = page.locator("article h1")
        assert (heading.get_attribute("lang"), heading.get_attribute("dir")) == ("en", "ltr")
        # its English titles in the menus too ("Why shrink a model?" keeps its "?" at the end)
        toc_titles = page.locator(".md-sidebar--secondary .md-ellipsis")
        assert toc_titles.count() > 0
        assert toc_titles.count() == page.locator(".md-sidebar--secondary .md-ellipsis[lang=en][dir=ltr]").count()
        active = page.locator(".md-sidebar--primary .md-nav__link--active .md-ellipsis")
        assert active.count() and all(active.nth(i).get_attribute("lang") == "en" for i in range(active.count()))
        problems = axe_problems(page, "ar/shrinking/ (English fallback)")
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SHOTS / "ar-fallback-desktop.png", full_page=True)
        assert not problems, "\n".join(problems)
    finally:
        context.close()
        server.shutdown()
