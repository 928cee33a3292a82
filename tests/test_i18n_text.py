"""Words around numbers and names in every language: plurals, list commas, English left behind,
Thai line breaks (pipeline/site/page_html.py, pipeline/i18n/formatting.py)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from pipeline.site.page_html import localize_permalinks
from tests.conftest import LANGS, lang_prefix


@pytest.mark.parametrize("lang,title", [("he", "קישור קבוע לכותרת זו"), ("zh", "永久链接"), ("en", "Permanent link")])
def test_heading_anchor_tooltip_is_in_the_pages_language(lang, title):
    html = '<h2 id="x">X<a class="headerlink" href="#x" title="Permanent link">¶</a></h2>'
    assert localize_permalinks(html, lang) == html.replace("Permanent link", title)


class _Text(HTMLParser):
    """Visible text plus title / aria-label values (tooltips, SVG labels), without code."""

    def __init__(self):
        super().__init__()
        self.skip, self.out = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("code", "pre", "script", "style"):
            self.skip += 1
        self.out += ["\n" + v + "\n" for k, v in attrs if k in ("title", "aria-label") and v and not self.skip]

    def handle_endtag(self, tag):
        if tag in ("code", "pre", "script", "style"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _text(path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.out)


def _pages(site, lang):
    root = site / lang_prefix(lang) if lang != "en" else site
    others = {code for code in LANGS if code != "en"}
    return [p for p in sorted(root.rglob("index.html"))
            if lang != "en" or p.relative_to(site).parts[0] not in others]


ONE_PLURAL = re.compile(r"(?<![\d.,])1\s(models|modelos|מודלים|نماذج|مليارات|ملايين)\b")
LATIN_COMMA_IN_LIST = re.compile(r"[\u0600-\u06FF\u3400-\u9FFF\u3000-\u303F\uFF00-\uFFEF],|,\s*[\u0600-\u06FF\u3400-\u9FFF]")


@pytest.mark.build
def test_no_one_with_a_plural_noun_and_no_latin_comma_in_arabic_or_chinese(built_site):
    problems = []
    for lang in ("en", "he", "ar", "pt", "zh"):
        for page in _pages(built_site, lang):
            text = _text(page)
            for match in ONE_PLURAL.finditer(text):
                problems.append(f"{page.relative_to(built_site)}: {text[max(0, match.start() - 30):match.end() + 10]!r}")
            if lang in ("ar", "zh"):
                for match in LATIN_COMMA_IN_LIST.finditer(text):
                    problems.append(f"{page.relative_to(built_site)}: Latin comma "
                                    f"{text[max(0, match.start() - 30):match.end() + 30]!r}")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.build
def test_no_english_left_in_tooltips_and_labels_of_translated_pages(built_site):
    for lang in ("he", "ar", "th", "zh"):
        for page in _pages(built_site, lang):
            html = page.read_text(encoding="utf-8")
            where = page.relative_to(built_site)
            assert 'title="Permanent link"' not in html, where
            assert "Title text '" not in html, where
            assert not re.search(r"<title>[^<]*\bdefault\b[^<]*</title>", html), where


@pytest.mark.build
def test_header_name_current_language_and_thai_words(built_site):
    he = (built_site / "he" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'class="md-header__topic">\s*<span class="md-ellipsis">\s*גודלי מודלי שפה', he)
    current = re.findall(r'<a [^>]*class="md-select__link" aria-current="true"', he)
    assert len(current) == 1 and 'hreflang="he"' in current[0]
    th = (built_site / "th" / "index.html").read_text(encoding="utf-8")
    assert '<span class="ls-nobr">จำนวนพารามิเตอร์</span>' in th or '<span class="ls-nobr">พารามิเตอร์</span>' in th
