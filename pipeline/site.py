"""Site stage: what the MkDocs hooks ask for, in plain functions (page text in, page text out)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from pipeline.locales import RTL_LANGUAGES, load_locale
from pipeline.render import Page, SiteData, load_site_data, render_markers

REFERENCE_LANG = "en"


@dataclass
class BuildState:
    data: SiteData
    strict: bool


_state: BuildState | None = None


def start_build(data_dir: Path, strict: bool = False) -> None:
    """Load data/ once per `mkdocs build` (each language build calls this again; cheap)."""
    global _state
    _state = BuildState(load_site_data(data_dir), strict)


def _require_state() -> BuildState:
    if _state is None:
        raise RuntimeError("pipeline.site.start_build() was not called (is the hook registered?)")
    return _state


def direction(lang: str) -> str:
    try:
        return load_locale(lang).dir
    except Exception:
        return "rtl" if lang in RTL_LANGUAGES else "ltr"


def page_markdown(markdown: str, lang: str, src_path: str, file_locale: str, dest_url: str = "") -> str:
    """Fill markers; mark a page that fell back to English with a localized notice."""
    state = _require_state()
    locale = load_locale(lang, strict=state.strict)
    fell_back = file_locale != lang
    page = Page(lang=lang, locale=locale, data=state.data, src_path=f"docs/{src_path}")
    body = render_markers(markdown, page)
    if not fell_back:
        return body
    return fallback_page(body, lang, locale)


def fallback_page(body: str, lang: str, locale) -> str:
    """English text inside another language's page: notice first, English isolated as English."""
    notice = escape(locale.t("notice.fallback", language=locale.t("language.name")))
    title, rest = _split_title(body)
    return (
        f'{title}\n\n<div class="ls-notice ls-notice-fallback" role="note" markdown>\n{notice}\n</div>\n\n'
        f'<div lang="{REFERENCE_LANG}" dir="ltr" class="ls-fallback" markdown>\n\n{rest}\n\n</div>\n'
    )


def _split_title(body: str) -> tuple[str, str]:
    """Keep a leading '# Title' outside the wrapper so the page keeps its heading."""
    lines = body.lstrip("\n").split("\n", 1)
    if lines and lines[0].startswith("# "):
        return lines[0], lines[1] if len(lines) > 1 else ""
    return "", body
