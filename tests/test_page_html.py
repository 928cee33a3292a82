"""Last touches on rendered pages (pipeline/page_html.py), on a page shaped like Material's."""

from __future__ import annotations

import json
import re

from pipeline.site import page_html
from pipeline.i18n.locales import load_locale

PAGE = """<!doctype html>
<html lang="pt" class="no-js">
  <head>
      <link rel="alternate" href="../../models/" hreflang="en">
      <link rel="alternate" href="./" hreflang="pt">
      <link rel="alternate" type="application/rss+xml" title="feed" href="feed.xml">
  </head>
  <body dir="ltr">
    <script id="__config" type="application/json">{"base": "../..", "features": [], "search": "../../assets/javascripts/workers/search.a7633da7.min.js", "translations": {"x": "</tag>"}}</script>
  </body>
</html>"""


def _config(html: str) -> dict:
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html).group(1))


def test_a_page_gets_its_full_language_tag_and_direction_on_html():
    html = page_html.finish_page(PAGE, "pt", "ltr", "en")
    assert '<html lang="pt-BR" dir="ltr" class="no-js">' in html
    rtl = page_html.set_language('<html lang="ar" dir="ltr" class="no-js">', "ar", "rtl")
    assert rtl == '<html lang="ar" dir="rtl" class="no-js">'


def test_search_is_scoped_to_the_language_root_and_runs_in_our_worker():
    config = _config(page_html.finish_page(PAGE, "pt", "ltr", "en"))
    assert config["base"] == "../../pt/"
    assert config["search"] == "../../assets/javascripts/workers/llmsizes-search.js?material=search.a7633da7.min.js"
    assert config["translations"] == {"x": "</tag>"}  # escaped in the page, intact once parsed
    english = _config(page_html.finish_page(PAGE.replace('lang="pt"', 'lang="en"'), "en", "ltr", "en"))
    assert english["base"] == "../.."
    absolute = PAGE.replace('"base": "../.."', '"base": "/llm-sizes/"')  # the 404 page
    assert _config(page_html.scope_search(absolute, "he", "en"))["base"] == "/llm-sizes/he/"


def test_finishing_twice_changes_nothing_more():
    once = page_html.finish_page(PAGE, "pt", "ltr", "en")
    assert page_html.finish_page(once, "pt", "ltr", "en") == once


def test_hreflang_links_leave_the_head_but_other_alternates_stay():
    html = page_html.finish_page(PAGE, "pt", "ltr", "en")
    assert "hreflang" not in html
    assert 'type="application/rss+xml"' in html


def test_template_strings_for_the_404_page_and_the_language_menu():
    strings = page_html.template_strings(load_locale("he"), "he", ["en", "he", "zh"], "en",
                                         "https://example.org/llm-sizes/")
    assert strings["notfound"]["title"] == load_locale("he").t("notfound.title")
    assert strings["notfound"]["home_url"] == "/llm-sizes/he/"
    assert strings["notfound"]["redirect_roots"] == {}
    assert strings["language_roots"] == {"en": "/llm-sizes/", "he": "/llm-sizes/he/", "zh": "/llm-sizes/zh/"}
    assert strings["language_tags"]["zh"] == "zh-Hans"
    english = page_html.template_strings(load_locale("en"), "en", ["en", "he"], "en", "https://example.org/")
    assert english["notfound"]["redirect_roots"] == {"he": "/"}


def test_menu_titles_of_english_fallback_pages_are_marked_english():
    html = ('<span class="md-ellipsis">\n  Why shrink a model?\n</span>'
            '<div class="md-ellipsis">Q&amp;A</div><span class="md-ellipsis">תרגומים</span>')
    marked = page_html.mark_english(html, {"Why shrink a model?", "Q&A"})
    assert marked.count('class="md-ellipsis" lang="en" dir="ltr"') == 2
    assert '<span class="md-ellipsis">תרגומים</span>' in marked
    assert page_html.mark_english(html, set()) == html


def test_prose_tables_scroll_in_a_focusable_labelled_region():
    html = ('<article><table>\n<thead><tr><th>Technique</th><th>Download &amp; memory</th></tr></thead>'
            '<tbody><tr><td>LoRA</td><td>small</td></tr></tbody></table>'
            '<table class="ls-table"><tr><th>x</th></tr></table></article>')
    out = page_html.wrap_prose_tables(html)
    assert out.count('<div class="ls-table-wrap ls-prose-table" tabindex="0" role="region"') == 1
    assert 'aria-label="Technique · Download &amp; memory"' in out  # escaped once, not twice
    assert '<table class="ls-table"><tr><th>x</th></tr></table>' in out  # our own tables keep their wrapper
