"""The site without a builder: page Markdown, model pages and every post-build step, as plain
functions over text and files. The MkDocs hook (hooks.py) and the Zensical extension
(zensical_adapter.py) only wire their builder's events to these; `python -m pipeline site …` runs
them from the command line."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.i18n.locales import load_locale
from pipeline.i18n.status import front_matter, split_front_matter
from pipeline.site import assets, calc_data, explorer, exports, fit_view, page_html, search
from pipeline.site import build as state

ROOT = Path(__file__).resolve().parents[2]
DOCS_DIR = ROOT / "docs"


# Data for a build ---------------------------------------------------------------------------------

def load_data(data_dir: Path = ROOT / "data") -> None:
    """Read data/ once for this process (the env names the strict-translation mode and the cache)."""
    explorer.model_page_cap()  # a bad LLMSIZES_MODEL_PAGES stops here, before any page
    state.start_build(Path(data_dir), strict=os.environ.get("LLMSIZES_STRICT_I18N") == "1",
                      cache_dir=Path(os.environ.get("LLMSIZES_DATA_CACHE") or ROOT / ".cache" / "data"))


def description(lang: str) -> str:
    return state.description(lang)


def teach_jieba() -> None:
    """The glossary words jieba must keep whole, before a builder's search segments Chinese pages."""
    search.teach_jieba()


# Pages: Markdown in, Markdown out ---------------------------------------------------------------

def page_markdown(markdown: str, lang: str, src_path: str, file_locale: str, dest_url: str,
                  meta: dict | None = None, docs_dir: Path | str | None = DOCS_DIR) -> str:
    """A page of docs/ with its markers filled (figures, tables, charts) and its notices
    (fallback, outdated translation, data freshness). `src_path` is relative to docs/ ("he/models.md"),
    `dest_url` the page's URL from the site root ("he/models/")."""
    if (meta or {}).get("ls_model"):  # a generated model page (model_page_sources)
        return model_page_markdown(lang, meta["ls_model"], dest_url)
    return state.page_markdown(markdown, lang=lang, src_path=src_path, file_locale=file_locale,
                               dest_url=dest_url, meta=meta, docs_dir=docs_dir)


def model_page_markdown(lang: str, model_id: str, dest_url: str) -> str:
    return state.model_page_markdown(lang, model_id, dest_url)


def model_page_sources(languages: list[str], default_lang: str) -> dict[str, dict[str, str]]:
    """Every generated model page: {model id: {lang: source path under docs/}} with its Markdown
    (front matter naming the model) in `model_page_source`; URLs from `model_page_url`."""
    data = state.current_data()
    return {model_id: {code: f"{code}/models/{explorer.slug(model_id)}.md" for code in languages}
            for model_id in explorer.page_ids(data)}


def model_page_source(model_id: str) -> str:
    return explorer.model_page_source(state.current_data().model(model_id))


def model_page_url(lang: str, default_lang: str, model_id: str) -> str:
    return explorer.model_page_url(lang, default_lang, model_id)


def page_url(src_path: str, default_lang: str) -> str:
    """The URL of docs/<src_path> from the site root with directory URLs: he/models.md -> he/models/."""
    lang, _, rest = src_path.partition("/")
    stem = rest[:-3] if rest.endswith(".md") else rest
    stem = "" if stem in ("index", "README") else stem.removesuffix("/index")
    prefix = "" if lang == default_lang else f"{lang}/"
    return prefix + (f"{stem}/" if stem else "")


def render_file(path: Path, docs_dir: Path = DOCS_DIR, default_lang: str = "en") -> str:
    """`python -m pipeline site render docs/he/models.md`: the page as a builder would receive it."""
    path = Path(path).resolve()
    src_path = path.relative_to(Path(docs_dir).resolve()).as_posix()
    text = path.read_text(encoding="utf-8")
    head, markdown = split_front_matter(text)
    meta = front_matter(head)
    lang = src_path.split("/", 1)[0]
    return page_markdown(markdown, lang, src_path, lang, page_url(src_path, default_lang), meta, docs_dir)


# Pages: HTML in, HTML out --------------------------------------------------------------------------

def insert_deferred(html: str) -> str:
    """Put the HTML that page_markdown kept out of Markdown (explorer, model pages) in its place."""
    return explorer.insert_deferred(html)


def finish_html(html: str, lang: str, default_lang: str, english_titles: set[str] = frozenset(),
                material_search: bool = True) -> str:
    """A rendered page: deferred HTML put back, then <html lang dir>, search scope and the other
    touches of page_html.finish_page."""
    html = explorer.insert_deferred(html)  # HTML kept out of Markdown and the search index
    return page_html.finish_page(html, lang, state.direction(lang), default_lang,
                                 english_titles=english_titles, material_search=material_search)


def fallback_titles(nav_pages, page, lang: str) -> set[str]:
    """Menu titles shown in English on `page` (objects with .title, .file.locale, .toc: MkDocs')."""
    return page_html.fallback_titles(nav_pages, page, lang)


def finish_not_found(html: str, lang: str, default_lang: str, site_url: str | None) -> str:
    html = page_html.finish_page(html, lang, state.direction(lang), default_lang)
    if not site_url:  # no deploy URL: links relative to the 404 page's own folder
        html = page_html.relative_not_found(html, lang, default_lang)
    return html


def template_strings(lang: str, languages: list[str], default_lang: str, site_url: str | None) -> dict:
    """What the template overrides read as `ls` (404 page, language menu, light/dark switch)."""
    return page_html.template_strings(load_locale(lang), lang, languages, default_lang, site_url)


def finish_site_pages(site_dir: Path, languages: list[str], default_lang: str,
                      site_url: str | None = None) -> int:
    """finish_html (finish_not_found for 404.html) over every built page, for a builder without a
    per-page event; the language is the page's first folder (<site>/he/…), else the default.
    Returns the pages rewritten."""
    from pipeline.fileio.atomic import write_atomic

    site_dir = Path(site_dir)
    others = set(languages) - {default_lang}
    count = 0
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).parts
        lang = relative[0] if len(relative) > 1 and relative[0] in others else default_lang
        html = path.read_text(encoding="utf-8")
        if path.name == "404.html" and len(relative) <= 2:
            done = finish_not_found(html, lang, default_lang, site_url)
        else:
            done = finish_html(html, lang, default_lang, material_search=False)
        if done != html:
            write_atomic(path, done, durable=False)
            count += 1
    return count


# After the build -----------------------------------------------------------------------------------

def postbuild(site_dir: Path, languages: list[str], default_lang: str, site_url: str | None,
              docs_dir: Path = DOCS_DIR, overrides_dir: Path = ROOT / "overrides") -> dict[str, int]:
    """Every step after all languages are built: the downloads (CSV, JSON), the calculator's and the
    explorer's JSON, one search index per language (when the builder wrote Material's shared one),
    the project's CSS/JS minified (with `/* @include */` bundling), and no sitemap without a site URL.
    Returns {language: search entries} (empty when no shared index was found)."""
    site_dir = Path(site_dir)
    data = state.current_data()
    exports.write_exports(data, site_dir / "downloads")
    fit_view.write_fit_json(data, site_dir / "assets" / "fit.json")
    calc_data.write_calc_data(data.models, site_dir, fit_view.rules(data) if data.fit_rules else None)
    calc_data.write_list_messages(languages, site_dir)
    explorer.write_json(data, site_dir)
    entries = {}
    if _combined_index(site_dir / search.INDEX_PATH):
        entries = search.write_language_indexes(site_dir, languages, default_lang)
    own = assets.project_assets(Path(docs_dir), Path(overrides_dir))
    for root in [site_dir] + [site_dir / lang for lang in languages if lang != default_lang]:
        if (root / "assets").is_dir():  # Zensical gives each language its own copy of the assets
            assets.minify_assets(root, own)
    if not site_url:
        # A sitemap needs absolute URLs: without the deploy's URL a builder would write bare paths.
        for root in [site_dir] + [site_dir / lang for lang in languages if lang != default_lang]:
            assets.remove_sitemap(root)
    return entries


def _combined_index(path: Path) -> bool:
    """Material's shared index as the search plugin wrote it, not yet split (a split one carries our
    `query` settings): running postbuild twice leaves the languages' indexes as they are."""
    if not path.is_file():
        return False
    return "query" not in json.loads(path.read_text(encoding="utf-8")).get("config", {})
