"""Web quality as independent tools see it (issue 14): the site works from any base path, its own
markup is valid where the Nu Html Checker looks (the chart figure), project CSS/JS is minified at
build, and text that needs JavaScript is hidden without it. `make audit` runs the real tools
(vnu, linkinator, Lighthouse); the build tests here run the Python link checker at / and at a
sub-path on the session build."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.i18n.locales import load_locale
from pipeline.site import assets, charts, page_html
from pipeline.site.context import Page, load_site_data
from tests.conftest import LANGS, ROOT

sys.path.insert(0, str(ROOT / "tools" / "audit"))
from linkcheck import check_site  # noqa: E402
from serve import serve  # noqa: E402


# Links: relative without a site URL, absolute under it with one -----------------------------------


def test_without_a_site_url_the_404_pages_link_relative_to_their_own_folder():
    he = page_html.template_strings(load_locale("he"), "he", ["en", "he", "zh"], "en", None)
    assert he["language_roots"] == {"en": "../", "he": "../he/", "zh": "../zh/"}
    assert he["notfound"]["home_url"] == "../he/"
    en = page_html.template_strings(load_locale("en"), "en", ["en", "he", "zh"], "en", None)
    assert en["language_roots"] == {"en": "./", "he": "./he/", "zh": "./zh/"}
    assert en["notfound"]["redirect_roots"] == {"he": "", "zh": ""}  # the first /he/ segment decides
    assert he["notfound"]["redirect_roots"] == {}
    assert en["site_path"] == "/"


def test_with_a_site_url_the_404_pages_link_under_its_path():
    en = page_html.template_strings(load_locale("en"), "en", ["en", "he"], "en", "https://example.org/docs/")
    assert en["language_roots"] == {"en": "/docs/", "he": "/docs/he/"}
    assert en["notfound"]["redirect_roots"] == {"he": "/docs/"}
    assert en["site_path"] == "/docs/"


def test_rooted_links_of_a_404_page_become_relative():
    page = ('<link rel="stylesheet" href="/assets/site.css"><script src="/assets/a.js"></script>'
            '<a href="/he/">he</a><a href="//cdn.example/x">cdn</a><a href="https://x.org/">x</a>'
            '<script id="__config" type="application/json">{"base": "/he/", "search": "/assets/w.js"}</script>')
    he = page_html.relative_not_found(page, "he", "en")
    assert 'href="../assets/site.css"' in he and 'src="../assets/a.js"' in he and 'href="../he/"' in he
    assert 'href="//cdn.example/x"' in he and 'href="https://x.org/"' in he
    config = json.loads(re.search(r'json">(.*?)</script>', he).group(1))
    assert config == {"base": "../he/", "search": "../assets/w.js"}
    assert 'href="./assets/site.css"' in page_html.relative_not_found(page, "en", "en")


# Minified project assets, JavaScript-only text ------------------------------------------------------


def test_css_and_js_are_minified_by_the_libraries():
    assert assets.minify_css("/* c */\n.a  {\n  color : red ;\n}\n") == ".a{color:red}"
    assert assets.minify_js("// c\nvar a = 1 ;\nfunction f ( x ) { return x + 1 ; }\n") == "var a=1;function f(x){return x+1;}"


def test_minify_assets_rewrites_only_the_listed_files(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "a.css").write_text("a {  color: red; }\n")
    (tmp_path / "assets" / "b.js").write_text("var  b = 2 ;\n")
    (tmp_path / "assets" / "c.css").write_text("c {  color: blue; }\n")
    done = assets.minify_assets(tmp_path, ["assets/a.css", "assets/b.js", "assets/missing.js"])
    assert [p.name for p in done] == ["a.css", "b.js"]
    assert (tmp_path / "assets" / "a.css").read_text() == "a{color:red}"
    assert (tmp_path / "assets" / "b.js").read_text() == "var b=2;"
    assert (tmp_path / "assets" / "c.css").read_text() == "c {  color: blue; }\n"


def test_project_assets_are_the_docs_and_override_stylesheets_and_scripts():
    found = assets.project_assets(ROOT / "docs", ROOT / "overrides")
    assert {"assets/site.css", "assets/charts.css", "assets/javascripts/workers/llmsizes-search.js"} <= set(found)
    assert not [f for f in found if f.endswith((".min.js", ".min.css"))]


def test_text_that_needs_javascript_is_hidden_without_it():
    html = page_html.hide_without_script("<html><head><title>t</title></head><body></body></html>")
    assert html.count("<noscript><style>.ls-js-only{display:none}</style></noscript>\n</head>") == 1
    assert page_html.hide_without_script(html) == html


@pytest.mark.parametrize("lang", LANGS)
def test_no_table_caption_promises_sorting(lang):
    """The caption is read with JavaScript off too; the sort buttons speak for themselves."""
    locale = load_locale(lang)
    words = {"en": "sort", "he": "מיינ", "ar": "للترتيب", "pt": "ordenar", "th": "เรียงลำดับ", "zh": "排序"}
    for caption in (locale.t("table.caption_models", count=45), locale.t("explorer.caption")):
        assert words[lang] not in caption and caption


# The chart block: a figure whose caption is its last child, the numbers after it -------------------


class _Tree(HTMLParser):
    """Child element names of the outer block (depth 1) and of its <figure>."""

    VOID = {"br", "img", "input", "meta", "link", "wbr", "hr"}

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.children: dict[str, list[str]] = {"block": [], "figure": []}

    def handle_starttag(self, tag, attrs):
        if len(self.stack) == 1:
            self.children["block"].append(tag)
        if len(self.stack) == 2 and self.stack[-1] == "figure":
            self.children["figure"].append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass


@pytest.mark.parametrize("name", charts.CHARTS)
def test_chart_figure_ends_with_its_caption_and_the_numbers_follow_it(name, monkeypatch):
    # The markup around the plot is under test here; test_charts.py renders the SVGs themselves.
    monkeypatch.setattr(charts, "chart_svg", lambda chart, page: '<svg viewBox="0 0 9 9"><g></g></svg>')
    data = load_site_data(ROOT / "data")
    block = charts.render_chart_block(Page(lang="ar", locale=load_locale("ar"), data=data), [name], {})
    tree = _Tree()
    tree.feed(block)
    assert tree.children["figure"] == ["div", "p", "figcaption"]  # plot, phone hint, caption last
    assert tree.children["block"] == ["figure", "details"]  # the numbers follow the figure
    assert f'id="chart-{name}"' in block and 'class="ls-chart-hint" aria-hidden="true"' in block
    assert load_locale("ar").t("web.chart_scroll_hint") in block


# The built site (session build, no SITE_URL), served at / and at a sub-path ------------------------


@pytest.mark.build
@pytest.mark.parametrize("prefix", ["/", "/somewhere/else/"])
def test_every_link_works_at_the_root_and_under_a_sub_path(built_site, prefix):
    server, base = serve(built_site, prefix)
    try:
        starts = ["404.html", *(f"{lang}/404.html" for lang in LANGS if lang != "en")]
        broken = check_site(base, starts)
    finally:
        server.shutdown()
    assert not broken, {url: pages[:3] for url, pages in list(broken.items())[:20]}


@pytest.mark.build
def test_no_page_links_to_an_invented_host_or_from_the_server_root(built_site):
    rooted = re.compile(r'\s(?:href|src)="/(?!/)')
    offenders = [str(p.relative_to(built_site)) for p in built_site.rglob("*.html")
                 if rooted.search(p.read_text(encoding="utf-8")) or "llm-sizes.github.io" in p.read_text(encoding="utf-8")]
    assert not offenders, offenders[:10]
    assert not (built_site / "sitemap.xml").exists(), "no sitemap of bare paths without the deploy URL"


@pytest.mark.build
def test_project_css_and_js_ship_minified(built_site):
    for relative in ("assets/site.css", "assets/charts.css", "assets/javascripts/workers/llmsizes-search.js"):
        text = (built_site / relative).read_text(encoding="utf-8")
        assert "\n  " not in text and "/*" not in text, f"{relative} is not minified"
        source = next(p for p in (ROOT / "docs" / relative, ROOT / "overrides" / relative) if p.exists())
        assert len(text) < 0.85 * len(source.read_text(encoding="utf-8")), relative
