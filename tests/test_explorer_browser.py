"""The models explorer at scale: a six-language build with 2,000 synthetic models, its page weights,
and in Chromium — keyboard only — search, filter, sort and a shared URL in en, he and zh, the no-JS
first view, sorting 3,000 rows, and model pages linking back and forth in every language."""

from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path

import pytest

from bench.bench_pages import copy_repo, largest_svg, synthesize
from pipeline.i18n.locales import load_locale
from tests.conftest import ROOT, lang_prefix, run_build, serve_directory, wait_until, press_text
from tests.test_site_browser import axe_problems, horizontal_overflow

MODELS = 2000
# States the tests wait on (never on time): the list drawn for the last input, the in-place view.
DRAWN = "!document.getElementById('explorer').hasAttribute('aria-busy')"
OPEN = "!document.querySelector('.ls-explorer-model').hidden && document.querySelector('.ls-explorer-model h3')"
CLOSED = "document.querySelector('.ls-explorer-model').hidden"
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
    # 8,000 before the catalog; messages.js (msg(), ~1.1 KB) is in it now, while the Fluent runtime
    # (vendor/fluent-bundle.js, ~5.2 KB) comes with the rows on first use. 9,012 B after review 7: "Clear
    # filters" restores the first view, the fits filter names models with no recorded limit apart, the
    # locale's list separator (the page total, above, is what the issue bounds: 150 KB). 9,385 B at stop 33:
    # a list redraw put off while a row link is pressed (test_a_row_pressed_while_the_list_catches_up_still_opens)
    assert _gzip(big_site / "assets" / "js" / "explorer.js") <= 9_400
    assert _gzip(big_site / "assets" / "js" / "vendor" / "fluent-bundle.js") <= 5_500
    document = json.loads((big_site / "assets" / "models-explorer.json").read_text(encoding="utf-8"))
    assert len(document["rows"]) == MODELS
    assert largest_svg(big_site) <= 100_000
    index = json.loads((big_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    # explorer rows are not indexed for search; model pages are, one entry each
    pages = [d for d in index["docs"] if re.fullmatch(r"models/[^/#]+/", d["location"])]
    assert len(pages) == len(list((big_site / "models").glob("*/index.html"))) >= 12
    assert all(d in pages for d in index["docs"] if "synthetic-org-" in d["title"] + d["text"])
    for lang in LANGS:
        assert (big_site / lang_prefix(lang) / "models" / "google--gemma-2b" / "index.html").exists(), lang


def _press_until_focused(page, key: str, selector: str, limit: int) -> None:
    """Press `key` until `selector` has the focus (keyboard only)."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{key} never reached {selector}")


def _tab_to(page, selector: str, limit: int = 80) -> None:
    _press_until_focused(page, "Tab", selector, limit)


def _back_to(page, selector: str, limit: int = 40) -> None:
    _press_until_focused(page, "Shift+Tab", selector, limit)


_press_text = press_text  # tests/conftest.py: one key event per character, as a person types


def _rows(page) -> list[str]:
    return page.eval_on_selector_all(".ls-explorer-table tbody tr code", "cs => cs.map(c => c.textContent)")


def _bases(page) -> list[tuple[str, str]]:
    """(id, 'Source of the figure' text) of every drawn row."""
    return [tuple(x) for x in page.eval_on_selector_all(".ls-explorer-table tbody tr", "trs => trs.map(tr => ["
            "tr.querySelector('code').textContent, tr.querySelector('td.ls-basis').textContent"
            ".replace(/[\\u2066-\\u2069]/g, '')])")]  # he/ar static pages isolate number runs; the text is the same


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
    wait_until(page, f"{DRAWN} && document.querySelector('.ls-explorer-status').textContent.match(/\\d/)"
               " && !document.querySelector('.ls-explorer-show:not([hidden])')")
    ids = _rows(page)
    assert ids and all("gemma-2" in i.lower() for i in ids), ids[:5]
    # the script's rows say where each figure comes from exactly as the static rows do
    js_basis = _bases(page)
    both = [(i, text) for i, text in js_basis if i in static_basis]
    assert both and all(text == static_basis[i] for i, text in both), both[:3]
    joint = "，" if lang == "zh" else " · "  # display.basis_date: zh joins basis and date with a full-width comma
    assert all(joint in text for _, text in js_basis), js_basis[:3]  # rows only the script drew, too
    assert "model=gemma-2" in page.url
    # filter: the size-class select, changed with the arrow keys
    _tab_to(page, 'select[name="band"]')
    for _ in range(3):  # Any → under 1B → 1B → 2–5B, where the Gemma 2 2B clones are
        page.keyboard.press("ArrowDown")
    wait_until(page, f"{DRAWN} && location.search.includes('band=2b-4b')")
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
    wait_until(other, f"{DRAWN} && document.querySelectorAll('.ls-explorer-table tbody tr').length > 0"
               " && document.querySelector('th[data-key=params]').getAttribute('aria-sort')")
    assert _rows(other) == _rows(page)
    assert other.eval_on_selector('input[name="model"]', "i => i.value") == "gemma-2"
    assert other.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["pt", "ar"])
def test_clear_filters_brings_back_the_view_the_page_opened_with(browser, big_url, lang):
    """Review 7 (pt #8): after a search and a sort, "Clear filters" (Enter on it) shows the first view again,
    its rows in their order (featured first), its status sentence and its "show all" button, not the script's
    100 smallest; a later search still filters. The formats cell joins with the language's own separator,
    static and script rows alike (review 7, ar #10: «GGUF، MLX»)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    first_rows, first_status = _rows(page), page.text_content(".ls-explorer-status")
    sep = "، " if lang == "ar" else ", "
    cells = "cs => cs.map(c => c.textContent)"
    static_formats = page.eval_on_selector_all(".ls-explorer-table tbody tr td bdi[dir=ltr]", cells)
    _tab_to(page, 'input[name="model"]')
    _press_text(page, "gemma-2")
    wait_until(page, f"{DRAWN} && location.search.includes('model=gemma-2')")
    _tab_to(page, 'th[data-key="params"] button')
    page.keyboard.press("Enter")
    wait_until(page, f"{DRAWN} && document.querySelector('th[data-key=params]').getAttribute('aria-sort')")
    drawn_formats = page.eval_on_selector_all(".ls-explorer-table tbody tr td bdi[dir=ltr]", cells)
    for text in static_formats + drawn_formats:
        assert ", " not in text or lang != "ar", text
    assert any(sep in t for t in static_formats)
    assert _rows(page) != first_rows
    _back_to(page, 'button[type="reset"]')
    page.keyboard.press("Enter")
    wait_until(page, f"{DRAWN} && !location.search && !document.querySelector('th[aria-sort]')")
    assert _rows(page) == first_rows
    assert page.text_content(".ls-explorer-status") == first_status
    assert page.is_visible(".ls-explorer-show")
    assert page.eval_on_selector('input[name="model"]', "i => i.value") == ""
    _back_to(page, 'input[name="model"]')
    _press_text(page, "gemma-2")
    wait_until(page, f"{DRAWN} && location.search.includes('model=gemma-2')")
    assert _rows(page) and all("gemma-2" in i.lower() for i in _rows(page))
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["pt", "ar"])
def test_an_unreadable_size_keeps_the_view_the_page_opened_with(browser, big_url, lang):
    """Review 9 (pt #3): "xyz" typed as the smallest size was set aside with its message, but the list switched
    to the script's unfiltered first 100; it keeps the first view (featured first, its status sentence). A size
    the reader then types filters, and emptying the field again brings the first view back."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    first_rows, first_status = _rows(page), page.text_content(".ls-explorer-status")
    _focus(page, 'input[name="min"]')
    _press_text(page, "xyz")
    wait_until(page, f"{DRAWN} && document.querySelector('.ls-explorer-error').textContent !== ''")
    assert "xyz" in page.inner_text(".ls-explorer-error")
    assert page.get_attribute('input[name="min"]', "aria-invalid") == "true"
    assert _rows(page) == first_rows and page.text_content(".ls-explorer-status") == first_status
    for _ in range(3):
        page.keyboard.press("Backspace")
    _press_text(page, "70B")
    wait_until(page, f"{DRAWN} && location.search.includes('min=70B')")
    assert _rows(page) != first_rows and page.inner_text(".ls-explorer-error") == ""
    for _ in range(3):
        page.keyboard.press("Backspace")
    wait_until(page, f"{DRAWN} && !location.search")
    assert _rows(page) == first_rows and page.text_content(".ls-explorer-status") == first_status
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_unknown_count_follows_the_search_words(browser, big_site, big_url, lang):
    """Review 10 (zh #1): with a search and a "fits" device, "N more match but are left out: not enough is known"
    counted every unknown model of the site, not those the search words match. A search for "qwen" can only leave
    out models whose name or id holds it."""
    document, col = _explorer_json(big_site)
    rows = [dict(zip(document["cols"], r)) for r in document["rows"]]
    usable = next(d[2] for d in document["devices"] if d[0] == "gpu-8gb")
    at = document["contexts"].index(4096)

    def unknown(r):
        need = r["need"][2][at]
        return need == 0 or (need % 1 and need - 0.5 <= usable)
    everywhere = sum(1 for r in rows if unknown(r))
    qwen = sum(1 for r in rows if unknown(r) and ("qwen" in r["id"].lower() or "qwen" in r["name"].lower()))
    assert everywhere > qwen  # else this check could not tell the two counts apart
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/?device=gpu-8gb")
    _focus(page, 'input[name="model"]')
    _press_text(page, "qwen")
    wait_until(page, f"{DRAWN} && location.search.includes('model=qwen')")
    status = page.inner_text(".ls-explorer-status").replace("\u00a0", " ")
    locale = load_locale(lang)
    said = [n for n in range(1, everywhere + 1)
            if locale.plural("explorer.fit_unknown", n).replace("\u00a0", " ") in status]
    assert all(n <= qwen for n in said), (said, qwen, everywhere, status)
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
def test_3000_rows_sort_by_each_column_with_unknowns_last(browser, big_site, big_url):
    """Correctness at 3,000 rows; how long a sort takes is bench/bench_explorer_sort.py's job."""
    document, col = _explorer_json(big_site)
    rows = document["rows"]
    extra = []
    for i, r in enumerate(rows[:1000]):
        clone = list(r)
        clone[col["id"]], clone[col["page"]] = f"more-org/{r[col['id']].split('/')[-1]}-x{i}", 0
        extra.append(clone)
    document["rows"] = rows + extra
    assert len(document["rows"]) == 3000
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _serve_json(page, "**/models-explorer.json", document)
    page.goto(f"{big_url}models/?sort=name")
    wait_until(page, f"{DRAWN} && document.querySelector('th[data-key=name]').getAttribute('aria-sort')")
    assert "3,000" in page.inner_text(".ls-explorer-status")
    page.click('th[data-key="params"] button')
    wait_until(page, f"{DRAWN} && document.querySelector('th[data-key=params]').getAttribute('aria-sort') === 'ascending'")
    page.click('th[data-key="params"] button')
    wait_until(page, f"{DRAWN} && document.querySelector('th[data-key=params]').getAttribute('aria-sort') === 'descending'")
    cells = page.eval_on_selector_all(".ls-explorer-table tbody td.ls-num:first-of-type",
                                      "tds => tds.map(td => td.title ? Number(td.title.replace(/[^0-9]/g, '')) : 0)")
    known = [c for c in cells if c]
    assert len(cells) == 100 and known == sorted(known, reverse=True), cells[:10]
    assert cells[:len(known)] == known  # unknown counts (0) come after every known one
    expected = sorted((r[col["params"]] for r in document["rows"] if r[col["params"]]), reverse=True)[:len(known)]
    assert known == expected
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
    page.wait_for_url(f"**{lang_prefix(lang)}models/google--gemma-2b/")
    assert page.evaluate("document.documentElement.lang").split("-")[0] == lang  # pt-BR, zh-Hans
    assert page.locator("h1").inner_text().strip().strip("\u2066\u2069") == "Gemma 2B"  # he/ar: an LTR isolate
    page.click(".ls-model-back a")
    page.wait_for_url(re.compile(r"/models/\?"))  # the list page, with the reader's filters in its URL
    wait_until(page, f"{DRAWN} && document.querySelector('input[name=model]').value === 'google/gemma-2b'"
               " && document.querySelectorAll('.ls-explorer-table tbody tr').length < 60")
    ids = _rows(page)
    assert "google/gemma-2b" in ids and all(i.startswith("google/gemma-2b") for i in ids), ids
    context.close()


def _view_text(page, selector: str, first: str) -> str:
    """Text of the elements from the first `first` heading in `selector` to the end, spaces folded; a
    "scroll sideways" hint is left out (it follows the width of the box, which differs between the two)."""
    text = page.evaluate("""([s, h]) => { let t = ''; for (let n = document.querySelector(s).querySelector(h); n;
        n = n.nextElementSibling) if (!n.classList.contains('ls-scroll-hint')) t += n.innerText + '\\n'; return t; }""",
                         [selector, first])
    return re.sub(r"\s+", " ", text).strip()


def _explorer_json(site: Path) -> tuple[dict, dict[str, int]]:
    """The explorer's JSON and the index of each of its columns."""
    document = json.loads((site / "assets" / "models-explorer.json").read_text(encoding="utf-8"))
    return document, {name: i for i, name in enumerate(document["cols"])}


def _detail_file(site: Path, order: int) -> tuple[str, dict]:
    """(file name, contents) of the detail file holding the model at `order` in the JSON's rows."""
    from pipeline.site.explorer import DETAIL_ROWS

    name = f"{order // DETAIL_ROWS}.json"
    return name, json.loads((site / "assets" / "models-explorer" / name).read_text(encoding="utf-8"))


def _serve_json(page, pattern: str, document: dict) -> None:
    page.route(pattern, lambda route: route.fulfill(status=200, content_type="application/json",
                                                    body=json.dumps(document)))


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "he", "zh"])
def test_a_model_without_a_page_opens_in_place_with_the_keyboard(browser, big_site, big_url, lang):
    from pipeline.i18n.formatting import format_bytes, format_integer
    from pipeline.i18n.bidi import isolate_ltr_runs
    from pipeline.site.explorer import DETAIL_ROWS

    document, col = _explorer_json(big_site)
    for order, row in enumerate(document["rows"]):  # a clone numbered 1000+ (its id matches nothing else)
        if row[col["page"]] or not row[col["needed"]] or not re.search(r"-s1\d{3}$", row[col["id"]]):
            continue
        shard = _detail_file(big_site, order)[1]
        detail = dict(zip(shard["cols"], shard["rows"][order % DETAIL_ROWS]))
        if detail["downloads"] and detail["exact"]:  # with a download listed and an exact count to show
            break
    else:
        pytest.fail("no model without a page of its own, with a download and an exact count, in the 2,000-model build")
    model_id, params = row[col["id"]], row[col["params"]]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    _tab_to(page, 'input[name="model"]')
    _press_text(page, model_id)
    wait_until(page, f"{DRAWN} && [...document.querySelectorAll('.ls-explorer-table tbody code')]"
               ".map(c => c.textContent).join() === arg", arg=model_id)
    _tab_to(page, f'a[data-id="{model_id}"]')
    page.keyboard.press("Enter")
    wait_until(page, OPEN)
    assert page.evaluate("document.activeElement.tagName") == "H3"  # focus moves to the model's name
    assert "id=" + model_id.replace("/", "%2F") in page.url and page.url.startswith(big_url)
    text = page.inner_text(".ls-explorer-model")
    assert format_integer(params, lang) in text  # the exact count, grouped as Babel groups it
    # (file name, size cell) of each download row: the size compared as the whole cell, not digits in a line
    downloads = page.eval_on_selector_all(
        ".ls-explorer-model tbody tr", "trs => trs.filter(tr => tr.querySelector('code'))"
        ".map(tr => [tr.querySelector('code').textContent, tr.querySelector('td.ls-num').textContent])")
    assert len(downloads) == len(detail["downloads"]), downloads
    for fmt_index, file_name, size, _basis, _variant in detail["downloads"]:
        shown_size = format_bytes(size, lang)  # isolated left to right on a he/ar page, as the built pages
        assert [file_name, isolate_ltr_runs(shown_size) if lang in ("he", "ar") else shown_size] in downloads, (file_name, downloads)
    # the model page's verdicts (model_fit.figures: its format, at its context), one per device of the detail file
    expected = [f[0] for f in detail["fit_devices"]]
    shown = page.eval_on_selector_all(".ls-explorer-model .ls-model-fit td[data-sort] span.ls-verdict",
                                      "spans => spans.map(s => s.className.replace('ls-verdict ls-verdict-', ''))")
    assert shown == expected and len(shown) == len(shard["devices"]) == len(document["devices"])
    opened = _view_text(page, ".ls-explorer-model", "h4")
    # the back link, just before the name: Shift+Tab, Enter; focus returns to the row's link
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.closest('.ls-model-back') !== null")
    page.keyboard.press("Enter")
    wait_until(page, CLOSED)
    assert page.evaluate("document.activeElement.getAttribute('data-id')") == model_id
    assert "id=" not in page.url and page.eval_on_selector('input[name="model"]', "i => i.value") == model_id
    # the browser's back and forward buttons move between the list and the model
    page.go_back()
    wait_until(page, OPEN)
    page.go_back()
    wait_until(page, CLOSED)
    page.go_forward()
    wait_until(page, OPEN)
    shared = page.url
    # the model's URL opens the same view in a fresh page
    other = context.new_page()
    other.goto(shared)
    wait_until(other, OPEN)
    assert _view_text(other, ".ls-explorer-model", "h4") == opened
    wait_until(other, DRAWN)  # the list drawn for the URL's filters keeps the model in the URL
    assert other.url == shared and other.title().startswith(re.sub("[\u2066-\u2069]", "", other.inner_text(".ls-explorer-model h3")) + " · ")  # the heading isolated as on an he/ar page, the title not
    other.set_viewport_size({"width": 360, "height": 800})  # on a phone: nothing sideways, axe clean
    assert horizontal_overflow(other) is None
    assert axe_problems(other, f"{lang}/models/?id=") == []
    # with the mouse, straight from the search box: its change event on blur must not redraw the
    # row under the pointer (the click was lost that way)
    other.goto(f"{big_url}{lang_prefix(lang)}models/")
    other.click('input[name="model"]')
    other.keyboard.type(model_id)
    other.wait_for_selector(f'a[data-id="{model_id}"]')
    other.click(f'a[data-id="{model_id}"]')
    wait_until(other, OPEN)
    assert _view_text(other, ".ls-explorer-model", "h4") == opened
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_row_pressed_while_the_list_catches_up_still_opens(browser, big_site, big_url, lang):
    """The race behind a flaky run (stop 32, zh): a reader types, the list drawn for the first letters
    already shows the model, and the mouse goes down on its row while the list for the last letters is
    still pending. Drawn between mousedown and mouseup, the row under the pointer was replaced and the
    click lost. The page's clock is held (Playwright's fake timers) from the last keys on, so the input's
    60 ms wait ends only while the button is down, on every machine: the model must open, and the list
    for the whole id must be drawn after the release."""
    document, col = _explorer_json(big_site)
    model_id = next(r[col["id"]] for r in document["rows"]
                    if not r[col["page"]] and re.search(r"/Qwen3-14B-s1\d{3}$", r[col["id"]]))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    page.click('input[name="model"]')
    page.keyboard.type(model_id[:-2])  # the list for all but the last two characters, drawn
    wait_until(page, DRAWN + f" && document.querySelector('a[data-id=\"{model_id}\"]')")
    page.clock.install()
    page.keyboard.type(model_id[-2:])  # the list for the whole id: pending until the clock moves
    # where the row is once the keys are in (typing scrolls the box into view), brought clear of the sticky
    # headings, and the point checked to hit the link itself (a loaded machine may still be laying out)
    where = """id => { const a = document.querySelector(`a[data-id="${CSS.escape(id)}"]`);
        if (!a) return null;
        a.scrollIntoView({block: 'center', behavior: 'instant'});
        const r = a.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2, hit = document.elementFromPoint(x, y);
        return hit && hit.closest('a[data-id]') === a ? [x, y] : null; }"""
    for _ in range(100):
        point = page.evaluate(where, model_id)
        if point:
            break
        page.wait_for_timeout(50)
    else:
        pytest.fail(f"the row of {model_id} never came under a point the mouse can press")
    page.mouse.move(*point)
    page.mouse.down()  # the search box loses focus: its change event asks for the list now
    page.clock.run_for(300)  # and the input's wait ends, the button still down
    assert page.evaluate("document.getElementById('explorer').hasAttribute('aria-busy')")  # put off, said busy
    page.mouse.up()
    page.clock.run_for(50)  # the put-off list, drawn once the click is through
    wait_until(page, OPEN + " && " + DRAWN, polling=100)
    assert page.inner_text(".ls-explorer-model h3").strip()
    assert f"id={model_id.replace('/', '%2F')}" in page.url and page.eval_on_selector('input[name="model"]', "i => i.value") == model_id
    ids = page.eval_on_selector_all("a[data-id]", "links => links.map(a => a.getAttribute('data-id'))")
    assert ids[0] == model_id  # the whole id ranks its own model first: the list of the last letters
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_the_in_place_view_says_what_the_model_page_says(browser, big_site, big_url, lang):
    """The script's view of every model with a page of its own, opened by id, against that built page:
    the same figures, words and order, in each language."""
    document, col = _explorer_json(big_site)
    pages = [(r[col["page"]], r[col["id"]]) for r in document["rows"] if r[col["page"]]]
    assert len(pages) >= 12 and ("google--gemma-2b", "google/gemma-2b") in pages
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for slug, model_id in pages:
        page.goto(f"{big_url}{lang_prefix(lang)}models/{slug}/")
        built = _view_text(page, "article", "h2")
        page.goto(f"{big_url}{lang_prefix(lang)}models/?id={model_id}")
        wait_until(page, OPEN)
        assert _view_text(page, ".ls-explorer-model", "h4") == built, slug
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_the_in_place_view_keeps_an_unknown_download_line_and_says_why(browser, big_site, big_url, lang):
    """Qwen3.8-27B holds a count but neither file sizes nor a stored number format: the in-place view keeps
    its "Download (default weights)" line, saying unknown and why, as the model page does (model_fit tests)."""
    t = load_locale(lang).t
    line = t("display.label", label=t("table.weights")) + t("model_fit.weights_unknown", reason="dtype")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/?id=Qwen/Qwen3.8-27B")
    wait_until(page, OPEN)
    paragraphs = page.eval_on_selector_all(".ls-explorer-model p", "ps => ps.map(p => p.textContent)")
    assert re.sub(r"\s+", " ", line).strip() in [re.sub(r"\s+", " ", p).strip() for p in paragraphs]
    context.close()


@pytest.mark.build
@pytest.mark.browser
def test_hub_strings_in_the_in_place_view_are_text_not_markup(browser, big_site, big_url):
    """Names, families, file names and source titles come from the Hub: shown as text, never run."""
    from pipeline.site.explorer import DETAIL_ROWS

    document, col = _explorer_json(big_site)
    order = next(i for i, r in enumerate(document["rows"]) if not r[col["page"]])
    row = document["rows"][order]
    evil = '<img src=x onerror="window.__xss=1">'
    row[col["name"]] = "Evil " + evil
    document["families"][row[col["family"]]] = "<b onmouseover=window.__xss=2>Fam</b>"
    shard_name, shard = _detail_file(big_site, order)
    detail, at = shard["rows"][order % DETAIL_ROWS], {name: i for i, name in enumerate(shard["cols"])}
    detail[at["downloads"]] = [[2, evil + ".gguf", 1_000_000_000, 1]]
    detail[at["source_title"]] = "<script>window.__xss=3</script>"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _serve_json(page, "**/models-explorer.json", document)
    _serve_json(page, f"**/models-explorer/{shard_name}", shard)
    page.goto(f"{big_url}models/?id={row[col['id']]}")
    wait_until(page, OPEN)
    assert page.evaluate("window.__xss") is None
    assert page.inner_text(".ls-explorer-model h3") == "Evil " + evil
    text = page.inner_text(".ls-explorer-model")
    assert evil + ".gguf" in text and "<script>window.__xss=3</script>" in text and "<b onmouseover" in text
    assert page.locator(".ls-explorer-model img, .ls-explorer-model script, .ls-explorer-model b").count() == 0
    context.close()


@pytest.mark.build
@pytest.mark.browser
def test_a_detail_file_of_another_build_is_refused(browser, big_site, big_url):
    """A cached models-explorer.json next to a newer detail file must not show another model's figures."""
    document, col = _explorer_json(big_site)
    order = next(i for i, r in enumerate(document["rows"]) if not r[col["page"]])
    row = document["rows"][order]
    shard_name, shard = _detail_file(big_site, order)
    shard["rows"].insert(0, shard["rows"].pop())  # one model more before it: every row shifted
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _serve_json(page, f"**/models-explorer/{shard_name}", shard)
    page.route("https://huggingface.co/**", lambda route: route.fulfill(status=200, body="the model's source"))
    page.goto(f"{big_url}models/?id={row[col['id']]}")
    page.wait_for_url("https://huggingface.co/**")  # its source instead of wrong figures
    assert page.url == (row[col["url"]] or f"https://huggingface.co/{row[col['id']]}")
    context.close()


# Issue 23: ranked search, size range, tags, the fits filter and its assumptions, localized amounts,
# the layout at 1280 and 360 px, the back link, model pages in the site search.

# Amounts as readers of each language type them: Arabic-Indic, full-width and Western digits, the
# locale's decimal separator, units with and without a space.
TYPED = {"en": ("7B", "9 b", "8GB"), "ar": ("٧B", "٩ B", "٨ GB"), "zh": ("７B", "９０亿", "８ GiB")}


def _focus(page, selector: str) -> None:
    """Tab, or Shift+Tab when the field comes before the focus, until `selector` has the focus."""
    before = page.evaluate("""(s) => { const el = document.querySelector(s), at = document.activeElement;
        return !!(at && at !== document.body && el.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING); }""", selector)
    for _ in range(80):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Shift+Tab" if before else "Tab")
    raise AssertionError(f"the keyboard never reached {selector}")


def _empty(page, name: str) -> None:
    """Focus a field with the keyboard and delete what it holds."""
    _focus(page, f'[name="{name}"]')
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")


def _choose(page, name: str, value: str) -> None:
    """Pick an option of a select with the arrow keys, as a keyboard user does."""
    _focus(page, f'select[name="{name}"]')
    page.keyboard.press("Home")
    for _ in range(40):
        if page.eval_on_selector(f'select[name="{name}"]', "s => s.value") == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"no option {value!r} in select {name}")


def _search_rows(page, text: str) -> list[str]:
    _empty(page, "model")
    _press_text(page, text)
    wait_until(page, f"{DRAWN} && location.search.includes('model=')")
    return _rows(page)


def _leading(ids: list[str], tail: str) -> list[str]:
    """The first ids, as long as their last part starts with `tail` (a model and its clones)."""
    lead = []
    for i in ids:
        if not i.split("/")[-1].lower().startswith(tail.lower()):
            break
        lead.append(i)
    return lead


def _count(page) -> int:
    """The number of matching models the status line states (its first figure)."""
    return int(re.findall(r"\d+", re.sub(r"(?<=\d)[,٬](?=\d)", "", page.inner_text(".ls-explorer-status")))[0])


def _fits(row: dict, document: dict, usable: int, precision: int, context: int) -> bool:
    """The fits filter's rule, restated from data: the fit engine's needed bytes (data/fit.yaml, through
    the JSON's `need`) are known and, by the contract's rule, not "does not fit" on `usable`."""
    from pipeline.site.explorer import verdict

    need = row["need"][precision][context]  # need + 0.5: a floor, the KV cache unknown (explorer_filters.fit_need)
    return need > 0 and not need % 1 and verdict(need, usable, {"tight_share": document["tight"]}) != "no"


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_ranked_search_size_range_tags_fits_and_typed_amounts_with_the_keyboard(browser, big_site, big_url, lang):
    document, col = _explorer_json(big_site)
    rows = [dict(zip(document["cols"], r)) for r in document["rows"]]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    # (a) words in any order and any separator; a size word ranks the model of that size first
    ids = _search_rows(page, "qwen 7b")
    lead = _leading(ids, "Qwen2.5-7B")
    assert "Qwen/Qwen2.5-7B" in lead and all("qwen" in i.lower() for i in ids), ids[:8]
    assert any(not i.split("/")[-1].startswith("Qwen2.5-7B") for i in ids)  # its siblings follow
    assert "meta-llama/Llama-3.1-8B" in _leading(_search_rows(page, "llama 8b"), "Llama-3.1-8B")
    assert "deepseek-ai/DeepSeek-V3" in _leading(_search_rows(page, "deepseek v3"), "DeepSeek-V3")
    assert _search_rows(page, "gpt oss 120")[:1] == ["openai/gpt-oss-120b"]  # 120 is 120b, never 20b
    assert _search_rows(page, "mistral 7b")[0].startswith("mistralai/Mistral-7B")  # not Mathstral
    ids = _search_rows(page, "gpt oss")
    assert ids and all("gpt-oss" in i for i in ids), ids[:5]
    # a repo name the site does not track: the closest tracked model first (3 of its 4 words)
    # a full id as typed finds that model first (the Instruct build is tracked since the base grew to 212)
    assert _search_rows(page, "Llama-3.1-8B-Instruct")[0] == "meta-llama/Llama-3.1-8B-Instruct"
    assert _search_rows(page, "llama_3.1 8b")[:1] == _search_rows(page, "Llama-3.1-8B")[:1]
    _empty(page, "model")
    # (b) a size range typed in the reader's digits, and a tag
    low, high, memory = TYPED[lang]
    _focus(page, 'input[name="min"]')
    _press_text(page, low)
    _focus(page, 'input[name="max"]')
    _press_text(page, high)
    wait_until(page, f"{DRAWN} && location.search.includes('max=')")
    top = 9e9  # "９０亿" is 90 × 10⁸
    expected = [r["id"] for r in rows if r["params"] and 7e9 <= r["params"] <= top]
    titles = page.eval_on_selector_all(".ls-explorer-table tbody td.ls-num[title]",
                                       "ts => ts.map(t => Number(t.title.replace(/[^0-9]/g, '')))")
    assert titles and all(7e9 <= t <= top for t in titles), titles[:5]
    assert page.inner_text(".ls-explorer-error") == ""
    assert _count(page) == len(expected)
    _choose(page, "tag", "instruct")
    wait_until(page, f"{DRAWN} && location.search.includes('tag=instruct')")
    bit = 1 << document["tags"].index("instruct")
    wanted = {r["id"] for r in rows if r["tags"] & bit and r["params"] and 7e9 <= r["params"] <= top}
    assert set(_rows(page)) <= wanted and len(wanted) > 0 and _rows(page)
    _choose(page, "tag", "")
    _empty(page, "min")
    _empty(page, "max")
    # (c) fits: an 8 GB GPU, 4-bit weights, 32,768 tokens; the assumptions say so beside the controls
    _choose(page, "device", "gpu-8gb")
    _choose(page, "ctx", "32768")
    wait_until(page, f"{DRAWN} && location.search.includes('ctx=32768') && !location.search.includes('min=')")
    assume = page.inner_text("#ls-explorer-assume")
    assert "int4" in assume and "32,768" in assume.replace("٬", ","), assume
    usable = next(d[2] for d in document["devices"] if d[0] == "gpu-8gb")
    at = document["contexts"].index(32768)
    expected = [r["id"] for r in rows if _fits(r, document, usable, 2, at)]
    assert expected and set(_rows(page)) <= set(expected)
    assert _count(page) == len(expected)
    assert all(r["need"][2][at] > 0 for r in rows if r["id"] in set(_rows(page)))  # context limits enforced
    # the models left out only because their need is unknown are counted in the status line (review 4, Q6)
    # (a floor, need + 0.5, within the usable memory too: past it the weights alone do not fit, review 8 en Q2)
    unsure = sum(1 for r in rows if r["need"][2][at] == 0 or r["need"][2][at] % 1 and r["need"][2][at] - 0.5 <= usable)
    note = load_locale(lang).plural("explorer.fit_unknown", unsure) if unsure else None
    status = page.inner_text(".ls-explorer-status").replace("\u00a0", " ")
    assert (note.replace("\u00a0", " ") in status) if note else "KV" not in status, (note, status)
    # a model that fits in memory but states no context limit is not among the fits: named apart (review 6)
    from pipeline.site.explorer import verdict
    apart = [r["name"] for r in rows if r["need"][2][at] < -1
             and verdict(-r["need"][2][at], usable, {"tight_share": document["tight"]}) != "no"]
    if lang == "zh":
        apart = [re.sub(r" ?\(([^()]*)\)", "（\\1）", name) for name in apart]
    assert apart and all(name in status for name in apart), (apart, status)
    # (g) the reader's own memory, typed with a unit, replaces the device; then a word that is no amount
    _focus(page, 'input[name="mem"]')
    _press_text(page, memory)
    wait_until(page, f"{DRAWN} && location.search.includes('mem=')")
    own = 2**33 if "GiB" in memory else 8e9
    expected = [r["id"] for r in rows if _fits(r, document, own, 2, at)]
    assert page.inner_text(".ls-explorer-error") == "" and set(_rows(page)) <= set(expected)
    assert _count(page) == len(expected)
    page.keyboard.press("Control+A")
    _press_text(page, "eight")
    wait_until(page, f"{DRAWN} && document.querySelector('.ls-explorer-error').textContent !== ''")
    message = page.inner_text(".ls-explorer-error")
    assert "eight" in message and "8 GiB" in message
    assert page.get_attribute('input[name="mem"]', "aria-invalid") == "true"
    assert page.get_attribute("#ls-explorer-error", "aria-live") == "polite"  # read out when typing pauses, not per key
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_every_column_shows_at_1280_and_rows_become_cards_at_360(browser, big_url, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/?model=llama")
    wait_until(page, f"{DRAWN} && document.querySelectorAll('.ls-explorer-table tbody tr').length > 5")
    box = page.evaluate("""() => { const w = document.querySelector('.ls-explorer-wrap'), t = w.querySelector('table');
        // real rows only: the build's synthetic clones carry ids like synthetic-org-42/Llama-3.2-11B-Vision-Instruct-s1234
        const heights = [...t.tBodies[0].rows].filter(r => !r.querySelector('code').textContent.startsWith('synthetic-'))
            .map(r => r.getBoundingClientRect().height).sort((a, b) => a - b);
        const right = w.getBoundingClientRect().right, left = w.getBoundingClientRect().left;
        return {overflow: t.scrollWidth - w.clientWidth, median: heights[heights.length >> 1],
                outside: [...t.tHead.rows[0].cells].filter(c => { const r = c.getBoundingClientRect();
                  return r.right > right + 1 || r.left < left - 1; }).length}; }""")
    assert box["overflow"] <= 0 and box["outside"] == 0, box
    assert box["median"] and box["median"] < 80, box  # was ~110 px
    page.set_viewport_size({"width": 360, "height": 800})
    wait_until(page, "getComputedStyle(document.querySelector('.ls-explorer-table tbody tr')).display === 'grid'")
    assert horizontal_overflow(page) is None
    card = page.evaluate("""() => { const tr = document.querySelector('.ls-explorer-table tbody tr'),
        name = tr.querySelector('th a').getBoundingClientRect(), r = tr.getBoundingClientRect(),
        label = getComputedStyle(tr.querySelector('td'), '::before').content;
        return {fromStart: name.left - r.left, fromEnd: r.right - name.right, label}; }""")
    from pipeline.i18n.locales import load_locale

    assert card["label"].strip('"') == load_locale(lang).t("table.params")  # each figure names its column
    if lang == "ar":  # mirrored: the name starts at the card's right edge
        assert card["fromEnd"] < card["fromStart"], card
    else:
        assert card["fromStart"] < card["fromEnd"], card
    assert axe_problems(page, f"{lang}/models/ cards") == []
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_the_back_link_of_a_model_page_keeps_the_readers_filters(browser, big_url, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}models/")
    _focus(page, 'input[name="model"]')
    _press_text(page, "gemma 2b")
    _choose(page, "band", "2b-4b")
    wait_until(page, f"{DRAWN} && location.search.includes('band=2b-4b') && location.search.includes('model=')")
    listed = page.url
    _tab_to(page, '.ls-explorer-table tbody a[href="google--gemma-2b/"]')
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{lang_prefix(lang)}models/google--gemma-2b/")
    wait_until(page, "document.querySelector('.ls-model-back a').href.includes('band=')")
    _tab_to(page, ".ls-model-back a")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/models/\?"))
    assert page.url.split("#")[0] == listed.split("#")[0]
    wait_until(page, f"{DRAWN} && document.querySelector('select[name=band]').value === '2b-4b'")
    assert page.eval_on_selector('input[name="model"]', "i => i.value") == "gemma 2b"
    # a page opened without the list before it (a new tab): the link filters to its own model
    other = context.browser.new_context().new_page()
    other.goto(f"{big_url}{lang_prefix(lang)}models/google--gemma-2b/")
    assert other.get_attribute(".ls-model-back a", "href") == "../?model=google%2Fgemma-2b#all-models"
    other.context.close()
    context.close()


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_the_site_search_finds_model_pages_in_the_readers_language(browser, big_site, big_url, lang):
    index = json.loads((big_site / lang_prefix(lang) / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {d["location"] for d in index["docs"] if re.fullmatch(r"models/[^/#]+/", d["location"])}
    built = {f"models/{p.parent.name}/" for p in (big_site / lang_prefix(lang) / "models").glob("*/index.html")}
    assert pages == built and "models/deepseek-ai--deepseek-v3/" in pages
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{big_url}{lang_prefix(lang)}")
    page.click("input.md-search__input")
    _press_text(page, "deepseek")
    wait_until(page, "[...document.querySelectorAll('.md-search-result__item > a')].some(a => a.href.includes("
               "'models/deepseek-ai--deepseek-v3/'))", timeout=10_000)
    links = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.href)")
    assert all(link.startswith(f"{big_url}{lang_prefix(lang)}") for link in links), links
    if lang != "en":
        assert not any(link.startswith(f"{big_url}models/") for link in links), links
    context.close()


@pytest.mark.build
@pytest.mark.browser
def test_a_table_wider_than_its_box_says_so_and_thai_headers_are_one_run(browser, big_url):
    """Review 3: at 360 px the verdict table of a model page clipped its columns with no hint; the Thai
    explorer headers showed a gap between every word ("( ค่าน้ำหนัก  ชุด  หลัก )") and overflowed at 1280."""
    from pipeline.i18n.locales import load_locale

    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{big_url}models/meta-llama--llama-3.1-8b/")
    hints = """() => [...document.querySelectorAll('article .ls-table-wrap')].map(w => {
        const h = w.previousElementSibling, hint = h && h.classList.contains('ls-scroll-hint') ? h : null;
        return [w.scrollWidth > w.clientWidth + 1, hint ? !hint.hidden : null, hint ? hint.textContent : null]; })"""
    wait_until(page, "document.querySelectorAll('.ls-scroll-hint').length > 0")
    shown = page.evaluate(hints)
    assert any(wide for wide, _, _ in shown), shown  # the verdict table is wider than a phone
    for wide, visible, text in shown:
        assert visible == wide and text == load_locale("en").t("calc.scroll_hint"), shown
    page.set_viewport_size({"width": 1280, "height": 900})
    wait_until(page, "[...document.querySelectorAll('.ls-scroll-hint')].every(h => h.hidden)")
    page.goto(f"{big_url}th/models/")
    wait_until(page, "document.querySelector('th[data-key=\"weights\"] .ls-sort')")
    head = page.evaluate("""() => { const b = document.querySelector('th[data-key="weights"] .ls-sort'),
        w = document.querySelector('.ls-explorer-wrap'), t = w.querySelector('table');
        return {children: b.children.length, label: b.firstElementChild.className, overflow: t.scrollWidth - w.clientWidth}; }""")
    assert head == {"children": 1, "label": "ls-sort-label", "overflow": head["overflow"]} and head["overflow"] <= 0, head
    context.close()
