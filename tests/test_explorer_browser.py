"""The models explorer at scale: a six-language build with 2,000 synthetic models, its page weights,
and in Chromium — keyboard only — search, filter, sort and a shared URL in en, he and zh, the no-JS
first view, sorting 3,000 rows under 100 ms, and model pages linking back and forth in every language."""

from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path

import pytest

from bench.bench_pages import copy_repo, largest_svg, synthesize
from tests.conftest import ROOT, lang_prefix, run_build, serve_directory

MODELS = 2000
LANGS = ("en", "he", "ar", "pt", "th", "zh")


@pytest.fixture(scope="module")
def big_site(tmp_path_factory) -> Path:
    if os.environ.get("LLMSIZES_EXPLORER_SITE"):  # iterate on the tests against a site built before
        return Path(os.environ["LLMSIZES_EXPLORER_SITE"])
    temp = tmp_path_factory.mktemp("explorer-2000")
    repo = copy_repo(ROOT, temp / "repo")
    synthesize(repo / "data", MODELS)
    site = temp / "site"
    result = run_build(site, {"LLMSIZES_CHART_CACHE": str(temp / "charts")}, cwd=repo)
    assert result.returncode == 0, result.stderr[-4000:]
    return site


@pytest.fixture(scope="module")
def big_url(big_site):
    server, url = serve_directory(big_site)
    yield url
    server.shutdown()


def _gzip(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


@pytest.mark.build
def test_a_2000_model_build_stays_within_the_page_weight_limits(big_site):
    page = big_site / "models" / "index.html"
    html = page.read_text(encoding="utf-8")
    explorer = html[html.index('<table class="ls-table ls-explorer-table"'):]
    explorer = explorer[:explorer.index("</table>")]
    assert len(re.findall(r"<tr[ >]", explorer)) - 1 == 60  # the capped first view, not 2,000 rows
    assert "2,000" in html  # says how many exist
    css_js = [big_site / "assets" / "site.css", big_site / "assets" / "js" / "explorer.js"]
    first_load = _gzip(page) + sum(_gzip(p) for p in css_js if p.exists())
    assert first_load < 150_000, first_load
    assert _gzip(big_site / "assets" / "js" / "explorer.js") <= 8_000
    document = json.loads((big_site / "assets" / "models-explorer.json").read_text(encoding="utf-8"))
    assert len(document["rows"]) == MODELS
    assert largest_svg(big_site) <= 100_000
    index = (big_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "synthetic-org-" not in index  # explorer rows are not indexed for search
    for lang in LANGS:
        assert (big_site / lang_prefix(lang) / "models" / "google--gemma-2b" / "index.html").exists(), lang


def _tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until `selector` has the focus (keyboard only)."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def _press_text(page, text: str) -> None:
    """Real key events per character (non-ASCII through CDP, which Playwright's type() would insert)."""
    cdp = page.context.new_cdp_session(page)
    for ch in text:
        if ch.isascii():
            page.keyboard.press(ch)
        else:
            cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "text": ch, "unmodifiedText": ch, "key": ch})
            cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": ch})


def _rows(page) -> list[str]:
    return page.eval_on_selector_all(".ls-explorer-table tbody tr code", "cs => cs.map(c => c.textContent)")


def _bases(page) -> list[tuple[str, str]]:
    """(id, 'Source of the figure' text) of every drawn row."""
    return [tuple(x) for x in page.eval_on_selector_all(".ls-explorer-table tbody tr", "trs => trs.map(tr => ["
            "tr.querySelector('code').textContent, tr.querySelector('td.ls-basis').textContent])")]


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "he", "zh"])
def test_search_filter_sort_and_a_shared_url_with_the_keyboard(browser, big_url, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    static_basis = dict(_bases(page))
    _tab_to(page, 'input[name="model"]')
    _press_text(page, "gemma-2")
    page.wait_for_function("document.querySelector('.ls-explorer-status').textContent.match(/\\d/)"
                           " && !document.querySelector('.ls-explorer-show:not([hidden])')")
    page.wait_for_timeout(200)
    ids = _rows(page)
    assert ids and all("gemma-2" in i.lower() for i in ids), ids[:5]
    # the script's rows say where each figure comes from exactly as the static rows do
    js_basis = _bases(page)
    both = [(i, text) for i, text in js_basis if i in static_basis]
    assert both and all(text == static_basis[i] for i, text in both), both[:3]
    assert len(js_basis) > len(both) and all(" · " in text for _, text in js_basis), js_basis[:3]
    assert "model=gemma-2" in page.url
    # filter: the size-class select, changed with the arrow keys
    _tab_to(page, 'select[name="band"]')
    for _ in range(3):  # Any → under 1B → 1B → 2–4B, where the Gemma 2 2B clones are
        page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert page.eval_on_selector('select[name="band"]', "s => s.value") == "2b-4b"
    assert "band=2b-4b" in page.url
    # sort by parameters, largest first: Enter twice on the header button
    _tab_to(page, 'th[data-key="params"] button')
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert page.get_attribute('th[data-key="params"]', "aria-sort") == "descending"
    titles = page.eval_on_selector_all(".ls-explorer-table tbody td.ls-num[title]",
                                       "ts => ts.map(t => Number(t.title.replace(/[^0-9]/g, '')))")
    assert titles == sorted(titles, reverse=True) and titles
    shared = page.url
    # the shared URL opens the same view in a fresh page
    other = context.new_page()
    other.goto(shared)
    other.wait_for_function("document.querySelectorAll('.ls-explorer-table tbody tr').length > 0"
                            " && document.querySelector('th[data-key=params]').getAttribute('aria-sort')")
    assert _rows(other) == _rows(page)
    assert other.eval_on_selector('input[name="model"]', "i => i.value") == "gemma-2"
    assert other.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    context.close()


@pytest.mark.build
@pytest.mark.browser
def test_the_first_view_works_without_javascript(browser, big_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{big_url}he/models/")
    assert len(_rows(page)) == 60
    assert page.is_hidden(".ls-explorer-controls")
    assert page.is_visible('a[href$="downloads/models.csv"]') and page.is_visible('a[href$="downloads/models.json"]')
    assert "2,000" in page.inner_text(".ls-explorer-status")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0  # no page overflow at 360
    context.close()


@pytest.mark.build
@pytest.mark.browser
def test_sorting_3000_rows_takes_under_100_ms(browser, big_site, big_url):
    document = json.loads((big_site / "assets" / "models-explorer.json").read_text(encoding="utf-8"))
    rows = document["rows"]
    document["rows"] = rows + [[f"more-org/{r[0].split('/')[-1]}-x{i}"] + r[1:12] + [0] + r[13:]
                               for i, r in enumerate(rows[:1000])]
    assert len(document["rows"]) == 3000
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.route("**/models-explorer.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(document)))
    page.goto(f"{big_url}models/?sort=name")
    page.wait_for_function("document.querySelector('th[data-key=name]').getAttribute('aria-sort')")
    # Best of three clicks per column: the suite runs on two workers, and another process's burst
    # on a 2-core machine must not be read as the explorer's cost (each click re-sorts all rows).
    timings = page.evaluate("""() => ['params', 'weights', 'name', 'int4'].map(key => {
        const button = document.querySelector(`th[data-key=${key}] button`);
        const runs = [0, 1, 2].map(() => { const start = performance.now(); button.click();
                                           return performance.now() - start; });
        return Math.min(...runs); })""")
    assert "3,000" in page.inner_text(".ls-explorer-status")
    assert max(timings) < 100, timings
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_model_pages_and_the_explorer_link_to_each_other(browser, big_url, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    link = page.locator('.ls-explorer-table tbody a[href="google--gemma-2b/"]')
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"{lang_prefix(lang)}models/google--gemma-2b/")
    assert page.evaluate("document.documentElement.lang").split("-")[0] == lang  # pt-BR, zh-Hans
    assert page.locator("h1").inner_text().strip() == "Gemma 2B"
    page.click(".ls-model-back a")
    page.wait_for_function("document.querySelector('input[name=model]').value === 'google/gemma-2b'"
                           " && document.querySelectorAll('.ls-explorer-table tbody tr').length < 60")
    ids = _rows(page)
    assert "google/gemma-2b" in ids and all(i.startswith("google/gemma-2b") for i in ids), ids
    context.close()
