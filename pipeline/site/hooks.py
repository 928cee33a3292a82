"""MkDocs adapter, registered in mkdocs.yml: each event hands its page or folder to
pipeline/site/core.py; what lives here is only how to read MkDocs' and mkdocs-static-i18n's objects."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # MkDocs loads this file by path: make the `pipeline` package importable
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from pipeline.errors import PipelineError  # noqa: E402
from pipeline.site import core  # noqa: E402


def one_line(hook):
    """A pipeline error in any event stops the build with its own one-line message (file:line and the
    problem), not a traceback through MkDocs."""
    import functools

    @functools.wraps(hook)
    def run(*args, **kwargs):
        try:
            return hook(*args, **kwargs)
        except PipelineError as exc:
            raise PluginError(str(exc)) from None
    return run


def on_config(config):
    try:
        build_only(config, os.environ.get("LLMSIZES_ONLY_LANG"))  # make serve LANG=th
        core.load_data()
    except ValueError as exc:  # a bad LLMSIZES_ONLY_LANG / LLMSIZES_MODEL_PAGES, without a traceback
        raise PluginError(str(exc)) from None
    except (PipelineError, OSError) as exc:
        raise PluginError(f"LLM Sizes: cannot load data/: {exc}") from None
    core.teach_jieba()  # before the search plugin segments Chinese pages
    return config


@one_line
@event_priority(-200)  # after mkdocs-static-i18n (-100) has kept this language's files
def on_files(files, config):
    # One generated page per featured / most-downloaded model in this language's build, with its
    # other-language versions as alternates (language menu) and listed for the sitemap.
    pages = _model_pages(config, _lang(config), _all_languages(config), _default_lang(config))
    for file in pages:
        files.append(file)
    i18n = config.plugins.get("i18n")
    per_language = getattr(i18n, "i18n_files_per_language", None)
    if isinstance(per_language, dict) and _lang(config) in per_language:
        per_language[_lang(config)] = list(per_language[_lang(config)]) + pages
    return files


def on_page_markdown(markdown, page, config, files):
    # <meta name="description"> in the page's language (Material falls back to site_description).
    page.meta.setdefault("description", core.description(_lang(config)))
    try:
        return core.page_markdown(markdown, _lang(config), page.file.src_path,
                                  getattr(page.file, "locale", _lang(config)), page.url, page.meta,
                                  config.docs_dir)
    except PipelineError as exc:  # named file:line problems: show them without a traceback
        raise PluginError(str(exc)) from None


@one_line
@event_priority(-200)  # after mkdocs-static-i18n (-100), which builds the other languages from here
def on_post_build(config):
    if not _inside_language_build(config):  # every language is built and the shared index written
        core.postbuild(Path(config.site_dir), _languages(config), _default_lang(config), config.site_url,
                       Path(config.docs_dir))


@one_line
@event_priority(-150)  # the navigation as mkdocs-static-i18n (-100) leaves it
def on_nav(nav, config, files):
    _nav["current"] = nav
    return nav


@one_line
def on_post_page(output, page, config):
    lang = _lang(config)
    return core.finish_html(output, lang, _default_lang(config),
                            english_titles=core.fallback_titles(_nav_pages(), page, lang))


@one_line
def on_env(env, config, files):
    env.globals["ls"] = core.template_strings(_lang(config), _languages(config), _default_lang(config),
                                              config.site_url)
    return env


@one_line
def on_post_template(output_content, template_name, config):
    if template_name != "404.html":
        return output_content
    lang = _lang(config)
    html = core.finish_not_found(output_content, lang, _default_lang(config), config.site_url)
    # Every language build writes <site>/404.html: keep the default language's there (the first
    # build), and put each other language's at <site>/<lang>/404.html.
    if lang == _default_lang(config):
        _not_found["default"] = html
        return html
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return _not_found.get("default", html)


# Reading MkDocs' objects ---------------------------------------------------------------------------

_nav: dict = {}
_not_found: dict[str, str] = {}


def _nav_pages() -> list:
    nav = _nav.get("current")
    return nav.pages if nav else []


def _model_pages(config, lang: str, languages: list[str], default_lang: str) -> list[File]:
    """MkDocs File objects of the model pages of `lang`'s build (mkdocs >= 1.6 `File.generated`)."""
    pages = []
    for model_id, sources in core.model_page_sources(languages, default_lang).items():
        versions = {}
        for code, src_path in sources.items():
            file = File.generated(config, src_path, content=core.model_page_source(model_id))
            file.dest_uri = core.model_page_url(code, default_lang, model_id) + "index.html"
            file.locale = file.localization = code
            versions[code] = file
        for file in versions.values():
            file.alternates = versions
            file.locale_alternate_of = ""  # never the page itself: the language menu uses alternates
        pages.append(versions[lang])
    return pages


def build_only(config, lang: str | None) -> None:
    """`make serve LANG=th`: build English (every fallback comes from it) and that language only."""
    if not lang:
        return
    languages = config.plugins["i18n"].config.languages
    codes = [entry.locale for entry in languages]
    if lang not in codes:
        raise ValueError(f"LLMSIZES_ONLY_LANG={lang}: not a site language ({', '.join(codes)})")
    for entry in languages:
        entry.build = entry.default or entry.locale == lang


def _lang(config) -> str:
    return config.theme["language"]


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
