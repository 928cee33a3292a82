"""Page HTML stage: last touches on every rendered page (pure: page HTML in, page HTML out).

- `<html lang dir>`: Material puts `dir` on `<body>` only and writes bare "pt"/"zh" as the language.
- search scope: Material loads `search/search_index.json` relative to `base`; pointing `base` at
  the language root makes each page search its own language's index (pipeline/search.py).
- lang="en" dir="ltr" on the menu titles of pages that fell back to English.
- the heading anchors' "Permanent link" tooltip in the page's language.
- `<noscript>` style hiding `.ls-js-only` text (instructions that need JavaScript).
- no `<link rel="alternate" hreflang>` in the head: Material fetches `<that link>/sitemap.xml` for
  each of them (a 404 per language on every page) to re-route the language switcher, which
  mkdocs-static-i18n already points at the same page. The hreflang pairs stay in sitemap.xml.
"""

from __future__ import annotations

import json
import re
from html import escape, unescape
from urllib.parse import urlsplit

from pipeline.i18n.locales import load_locale
from pipeline.site.rtl_text import isolate_page_runs, map_text
from pipeline.site.thai_lines import break_thai_lines
from pipeline.site.zh_text import tidy_chinese, tidy_title

WORKER = "llmsizes-search.js"

_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)
_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
_ELLIPSIS = re.compile(r'(?P<open><(?P<tag>span|div) class="md-ellipsis")>(?P<text>[^<]*)</(?P=tag)>')
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def finish_page(html: str, lang: str, direction: str, default_lang: str,
                english_titles: set[str] = frozenset(), material_search: bool = True) -> str:
    """All the touches below, in order (`material_search`: the page has Material for MkDocs' search
    config, which scope_search points at the language's own index)."""
    html = set_language(html, lang, direction)
    html = mark_english(html, set(english_titles))
    html = drop_alternate_links(html)
    html = hide_without_script(html)
    html = localize_permalinks(html, lang)
    html = wrap_prose_tables(html)
    html = keep_units(html)
    if lang == "th":  # lines break between words only (pipeline/site/thai_lines.py)
        html = break_thai_lines(html)
    if direction == "rtl":  # "80 GB", "65–75%", "-it" keep their order (pipeline/site/rtl_text.py)
        html = isolate_page_runs(html)
    if lang == "zh":  # full-width punctuation, one space between Han and Latin (pipeline/site/zh_text.py)
        html = tidy_title(tidy_chinese(html))
    return scope_search(html, lang, default_lang) if material_search else html


# A figure and its byte unit ("16 GiB", "4.29 GB", "1.01 TB/s"): one no-break space between them, so a
# line never ends with the figure and starts with the unit (review 10 pt #9, home at 360 px).
_FIGURE_UNIT = re.compile(r"(?<=\d) (?=(?:[kKMGTP]i?B|[KMGT]iB)(?:/s)?(?![\w]))")
_NOT_TEXT = re.compile(r"<(/?)(script|style|code|pre|kbd|samp|textarea|svg)\b", re.IGNORECASE)


def keep_units(html: str) -> str:
    """Every language: a no-break space between a figure and its unit in the text of <body> (not in
    attributes, code, scripts or charts), hand-written prose and generated cells alike."""
    return map_text(html, _NOT_TEXT, lambda part: _FIGURE_UNIT.sub("\u00a0", part) if " " in part else part)


_PROSE_TABLE = re.compile(r"<table>(.*?)</table>", re.S)


def wrap_prose_tables(html: str) -> str:
    """Markdown tables (<table> with no attributes) in a focusable, labelled region that scrolls on phones.

    The label is the table's column headings, so a screen reader announces what the region holds.
    """
    def wrap(match: re.Match) -> str:
        head = re.findall(r"<th[^>]*>(.*?)</th>", match.group(1), re.S)
        label = " · ".join(unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in head)
        return (f'<div class="ls-table-wrap ls-prose-table" tabindex="0" role="region" '
                f'aria-label="{escape(label, quote=True)}">{match.group(0)}</div>')

    return _PROSE_TABLE.sub(wrap, html)


def localize_permalinks(html: str, lang: str) -> str:
    """The heading anchors' tooltip, which Python-Markdown's toc writes in English on every page."""
    title = escape(load_locale(lang).t("heading.permalink"), quote=True)
    return html.replace('title="Permanent link"', f'title="{title}"')


NOSCRIPT = "<noscript><style>.ls-js-only{display:none}</style></noscript>"


def hide_without_script(html: str) -> str:
    """Text that describes what only works with JavaScript (`<span class="ls-js-only">`, e.g. "select
    a column heading to sort") is hidden when JavaScript is off; with it on, nothing moves at load."""
    if NOSCRIPT in html or "</head>" not in html:
        return html
    return html.replace("</head>", NOSCRIPT + "\n</head>", 1)


def set_language(html: str, lang: str, direction: str) -> str:
    """`<html lang="pt-BR" dir="ltr">`: the full language tag, and the direction CSS and AT need."""
    tag = LANGUAGE_TAGS.get(lang, lang)

    def replace(match: re.Match) -> str:
        attrs = re.sub(r'\s(?:lang|dir)="[^"]*"', "", match.group(1))
        return f'<html lang="{tag}" dir="{direction}"{attrs}>'

    return _HTML_TAG.sub(replace, html, count=1)


def mark_english(html: str, titles: set[str]) -> str:
    """Navigation titles of pages shown in English (untranslated, fallen back) carry lang="en"
    dir="ltr", so "Why shrink a model?" keeps its question mark at the end in a right-to-left menu."""
    if not titles:
        return html
    wanted = titles | {escape(title, quote=False) for title in titles}

    def replace(match: re.Match) -> str:
        if match.group("text").strip() not in wanted:
            return match.group(0)
        return f'{match.group("open")} lang="en" dir="ltr">{match.group("text")}</{match.group("tag")}>'

    return _ELLIPSIS.sub(replace, html)


def fallback_titles(nav_pages, page, lang: str) -> set[str]:
    """English titles on `page`: menu entries of pages that fell back to English, and, if `page`
    fell back itself, its table of contents (MkDocs pages; mkdocs-static-i18n sets `file.locale`)."""
    titles = {other.title for other in nav_pages if _fell_back(other, lang) and other.title}
    if _fell_back(page, lang):
        titles |= {item.title for item in _toc_items(page.toc)}
    return titles


def _fell_back(page, lang: str) -> bool:
    return getattr(page.file, "locale", lang) != lang


def _toc_items(items):
    for item in items:
        yield item
        yield from _toc_items(item.children)


def drop_alternate_links(html: str) -> str:
    return _ALTERNATE.sub("", html)


def scope_search(html: str, lang: str, default_lang: str) -> str:
    """Point Material's `base` at the language root and its search worker at our wrapper."""

    def replace(match: re.Match) -> str:
        config = json.loads(match.group(2))
        folder, _, material_worker = config["search"].rpartition("/")
        if material_worker.startswith(WORKER):
            return match.group(0)  # done already
        config["search"] = f"{folder}/{WORKER}?material={material_worker}"
        if lang != default_lang:
            config["base"] = config["base"].rstrip("/") + f"/{lang}/"
        text = json.dumps(config, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
        return match.group(1) + text + match.group(3)

    return _CONFIG.sub(replace, html, count=1)


def template_strings(locale, lang: str, languages: list[str], default_lang: str, site_url: str | None) -> dict:
    """What the template overrides read as `ls` (404.html, partials/alternate.html, partials/palette.html).

    With a site URL (the deploy's real address) the 404 pages link absolutely under its path: hosts
    serve them at any depth. Without one every link is relative to the 404 page's own folder
    (<site>/404.html, <site>/<lang>/404.html), so the site works from whatever path it is served at."""
    site_path = urlsplit(site_url).path.rstrip("/") + "/" if site_url else None
    if site_path:
        roots = {code: site_path if code == default_lang else f"{site_path}{code}/" for code in languages}
    else:
        up = "./" if lang == default_lang else "../"
        roots = {code: up if code == default_lang else f"{up}{code}/" for code in languages}
    return {
        "notfound": {
            "title": locale.t("notfound.title"),
            "text": locale.t("notfound.text"),
            "home": locale.t("notfound.home"),
            "home_url": roots.get(lang, roots[default_lang]),
            # Hosts like GitHub Pages answer every missing URL with the top-level 404.html (the
            # default language's): that page sends readers under <site>/<lang>/ to their
            # language's one. Without a site path, the first /<lang>/ segment of the URL decides.
            "redirect_roots": ({code: site_path or "" for code in languages if code != default_lang}
                               if lang == default_lang else {}),
        },
        "site_path": site_path or "/",  # alternate.html: the language links mkdocs-static-i18n makes absolute
        "language_roots": roots,  # a page without a page (the 404) links each language's home
        "language_tags": {code: LANGUAGE_TAGS.get(code, code) for code in languages},
        "palette": {"default": locale.t("palette.to_dark"), "slate": locale.t("palette.to_light")},
    }


_ROOTED = re.compile(r'(\s(?:href|src|action)=")/(?!/)')


def relative_not_found(html: str, lang: str, default_lang: str) -> str:
    """A 404 page built without a site URL: MkDocs writes its links from the server root ("/…");
    make them relative to the page's own folder (<site>/404.html or <site>/<lang>/404.html)."""
    up = "./" if lang == default_lang else "../"
    html = _ROOTED.sub(lambda m: m.group(1) + up, html)

    def config(match: re.Match) -> str:
        data = json.loads(match.group(2))
        for key in ("base", "search"):
            if isinstance(data.get(key), str) and data[key].startswith("/"):
                data[key] = up + data[key][1:]
        text = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
        return match.group(1) + text + match.group(3)

    return _CONFIG.sub(config, html, count=1)


# Data

# Material names the language by its theme file ("pt", "zh"); the site's pages are Brazilian
# Portuguese and Simplified Chinese, which also picks the right CJK glyphs.
LANGUAGE_TAGS = {"pt": "pt-BR", "zh": "zh-Hans"}
