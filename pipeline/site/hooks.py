"""MkDocs event handlers: each one dispatches to the pure site functions; no page logic lives here."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from pipeline.errors import PipelineError
from pipeline.i18n.locales import load_locale
from pipeline.site import build as site
from pipeline.site import assets, explorer, exports, fit_view, page_html, search

ROOT = Path(__file__).resolve().parents[2]


def _lang(config) -> str:
    return config.theme["language"]


def on_config(config):
    try:
        site.build_only(config, os.environ.get("LLMSIZES_ONLY_LANG"))  # make serve LANG=th
        explorer.model_page_cap()  # a bad LLMSIZES_MODEL_PAGES stops the build here, without a traceback
    except ValueError as exc:
        raise PluginError(str(exc)) from None
    try:
        site.start_build(ROOT / "data", strict=os.environ.get("LLMSIZES_STRICT_I18N") == "1",
                         cache_dir=Path(os.environ.get("LLMSIZES_DATA_CACHE") or ROOT / ".cache" / "data"))
    except (PipelineError, OSError) as exc:
        raise PluginError(f"LLM Sizes: cannot load data/: {exc}") from None
    search.teach_jieba()  # before the search plugin segments Chinese pages
    return config


@event_priority(-200)  # after mkdocs-static-i18n (-100) has kept this language's files
def on_files(files, config):
    # One generated page per featured / most-downloaded model in this language's build, with its
    # other-language versions as alternates (language menu) and listed for the sitemap.
    pages = explorer.generated_pages(config, site.current_data(), _lang(config), _all_languages(config),
                                     _default_lang(config))
    for file in pages:
        files.append(file)
    i18n = config.plugins.get("i18n")
    per_language = getattr(i18n, "i18n_files_per_language", None)
    if isinstance(per_language, dict) and _lang(config) in per_language:
        per_language[_lang(config)] = list(per_language[_lang(config)]) + pages
    return files


def on_page_markdown(markdown, page, config, files):
    # <meta name="description"> in the page's language (Material falls back to site_description).
    page.meta.setdefault("description", site.description(_lang(config)))
    if page.meta.get("ls_model"):  # a generated model page (on_files)
        return site.model_page_markdown(_lang(config), page.meta["ls_model"], page.url)
    try:
        return site.page_markdown(
            markdown, lang=_lang(config), src_path=page.file.src_path,
            file_locale=getattr(page.file, "locale", _lang(config)), dest_url=page.url,
            meta=page.meta, docs_dir=config.docs_dir,
        )
    except PipelineError as exc:  # named file:line problems: show them without a traceback
        raise PluginError(str(exc)) from None


@event_priority(-200)  # after mkdocs-static-i18n (-100), which builds the other languages from here
def on_post_build(config):
    if not _inside_language_build(config):  # every language is built and the shared index written
        # Files every language shares, written once per build (their cost follows the number of
        # models): the model table as CSV and JSON at <site>/downloads/, the calculator's data and
        # every row for the explorer script.
        exports.write_exports(site.current_data(), Path(config.site_dir) / "downloads")
        fit_view.write_fit_json(site.current_data(), Path(config.site_dir) / "assets" / "fit.json")
        explorer.write_json(site.current_data(), Path(config.site_dir))
        search.write_language_indexes(Path(config.site_dir), _languages(config), _default_lang(config))
        # The project's own CSS and JavaScript, minified in place (rcssmin / rjsmin).
        assets.minify_assets(Path(config.site_dir), assets.project_assets(Path(config.docs_dir), ROOT / "overrides"))
        if not config.site_url:
            # A sitemap needs absolute URLs: without the deploy's URL MkDocs would write bare paths.
            assets.remove_sitemap(Path(config.site_dir))


@event_priority(-150)  # the navigation as mkdocs-static-i18n (-100) leaves it
def on_nav(nav, config, files):
    _nav["current"] = nav
    return nav


def on_post_page(output, page, config):
    # <html lang dir>, this language's search index, no sitemap fetches by the language switcher,
    # and lang="en" on the menu titles of pages that fell back to English.
    lang = _lang(config)
    output = explorer.insert_deferred(output)  # HTML kept out of Markdown and the search index
    return page_html.finish_page(output, lang, site.direction(lang), _default_lang(config),
                                 english_titles=page_html.fallback_titles(_nav_pages(), page, lang))


def _nav_pages() -> list:
    nav = _nav.get("current")
    return nav.pages if nav else []



_nav: dict = {}


def on_env(env, config, files):
    # Strings and links the template overrides need (404 page, language menu, light/dark switch).
    lang = _lang(config)
    env.globals["ls"] = page_html.template_strings(
        load_locale(lang), lang, _languages(config), _default_lang(config), config.site_url)
    return env


def on_post_template(output_content, template_name, config):
    if template_name != "404.html":
        return output_content
    lang = _lang(config)
    html = page_html.finish_page(output_content, lang, site.direction(lang), _default_lang(config))
    if not config.site_url:  # no deploy URL: links relative to the 404 page's own folder
        html = page_html.relative_not_found(html, lang, _default_lang(config))
    # Every language build writes <site>/404.html: keep the default language's there (the first
    # build), and put each other language's at <site>/<lang>/404.html.
    if lang == _default_lang(config):
        _not_found["default"] = html
        return html
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return _not_found.get("default", html)


_not_found: dict[str, str] = {}


def _languages(config) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [_lang(config)]
    return [entry.locale for entry in i18n.config.languages if entry.build]


def _all_languages(config) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [_lang(config)]
    return [entry.locale for entry in i18n.config.languages]


def _default_lang(config) -> str:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return _lang(config)
    return next(entry.locale for entry in i18n.config.languages if entry.default)


def _inside_language_build(config) -> bool:
    """True while mkdocs-static-i18n runs the build of one more language from the first build."""
    return bool(getattr(config.plugins.get("i18n"), "building", False))
