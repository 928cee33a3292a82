"""The build context: data loaded once, and what the MkDocs hooks ask for per page (text in, text out)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from pipeline.i18n.formatting import format_day, format_integer
from pipeline.i18n.locales import RTL_LANGUAGES, load_locale
from pipeline.i18n.status import outdated_against_english
from pipeline.site import explorer
from pipeline.site.context import Page, SiteData, load_site_data
from pipeline.site.provenance import basis, source_values
from pipeline.site.render import render_markers

REFERENCE_LANG = "en"
DATA_BLOCK = re.compile(r"<!--\s*ls:(table|chart)\b")
FRESHNESS_BLOCK = re.compile(r"<!--\s*ls:freshness\b")  # the page says where its data comes from itself


@dataclass
class BuildState:
    data: SiteData
    strict: bool


_state: BuildState | None = None


_loaded: tuple[tuple, SiteData] | None = None  # (what the files were, what they hold)


def start_build(data_dir: Path, strict: bool = False, cache_dir: Path | None = None) -> None:
    """Load data/ for this build. Each language build calls this again; the files are read once
    and reused while their size and modification time stay the same (`mkdocs serve` reloads).
    With `cache_dir`, the next build reads what this one parsed (load_site_data)."""
    global _state, _loaded
    data_dir = Path(data_dir)
    stamp = tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns)
                  for p in sorted(data_dir.glob("*.yaml")))
    if _loaded is None or _loaded[0] != stamp:
        _loaded = (stamp, load_site_data(data_dir, cache_dir))
        _loaded[1].remember_formats()  # these rows stay as loaded for every language's build
    _state = BuildState(_loaded[1], strict)


def _require_state() -> BuildState:
    if _state is None:
        raise RuntimeError("pipeline.site.build.start_build() was not called (is the hook registered?)")
    return _state


def current_data() -> SiteData:
    """The data/ tables loaded for this build (exports write them as CSV and JSON)."""
    return _require_state().data


def description(lang: str) -> str:
    """The site's one-line description in `lang` (site.description), worded by where the data comes from."""
    meta = _state.data.meta if _state is not None else {}
    return load_locale(lang).t("site.description", basis=basis(meta))


def direction(lang: str) -> str:
    try:
        return load_locale(lang).dir
    except Exception:
        return "rtl" if lang in RTL_LANGUAGES else "ltr"


def _first_line(markdown: str, docs_dir: str | Path | None, src_path: str) -> int:
    """The line of the source file where `markdown` (the page without its front matter) begins, so that
    errors name the file's own line numbers."""
    if docs_dir is None:
        return 1
    try:
        source = (Path(docs_dir) / src_path).read_text(encoding="utf-8")
    except OSError:
        return 1
    start = source.find(markdown[:200]) if markdown else -1
    return source.count("\n", 0, start) + 1 if start > 0 else 1


def page_markdown(markdown: str, lang: str, src_path: str, file_locale: str, dest_url: str = "",
                  meta: dict | None = None, docs_dir: str | Path | None = None) -> str:
    """Fill markers; mark a page that fell back to English, or whose English changed since, with a notice."""
    state = _require_state()
    locale = load_locale(lang, strict=state.strict)
    fell_back = file_locale != lang
    page = Page(lang=lang, locale=locale, data=state.data, src_path=f"docs/{src_path}",
                base_url="../" * dest_url.count("/"))  # to the site root, e.g. downloads/
    body = render_markers(markdown, page, _first_line(markdown, docs_dir, src_path))
    if DATA_BLOCK.search(markdown):
        body += freshness_note(page, dest_url, said=FRESHNESS_BLOCK.search(markdown) is not None)
    if fell_back:
        return fallback_page(body, lang, locale)
    if lang != REFERENCE_LANG and docs_dir is not None:
        if outdated_against_english(Path(docs_dir), src_path, meta or {}):
            return outdated_page(body, locale, english_url(dest_url, lang))
    return body


def model_page_markdown(lang: str, model_id: str, dest_url: str) -> str:
    """A generated model page (pipeline/site/explorer.py): its body goes in after Markdown."""
    state = _require_state()
    page = Page(lang=lang, locale=load_locale(lang, strict=state.strict), data=state.data,
                src_path=f"models/{model_id}", base_url="../" * dest_url.count("/"))
    return explorer.defer(explorer.model_page_html(page, model_id))


def freshness_note(page: Page, dest_url: str, said: bool = False) -> str:
    """Under every page with data tables or charts: when the data was read, and how many are stale;
    only the link (and the stale count) where the page's own freshness block (`said`) already told it."""
    t = page.locale.t
    # the footer repeated the paragraph just above it on home and models (Thai review 4, item 14)
    parts = [] if said else [escape(t("notice.data_as_of", **source_values(page.data.meta, page.lang, len(page.data.models))))]
    stale = page.data.meta.get("stale_models") or 0
    if stale:
        parts.append(escape(t("notice.stale_models", count=format_integer(stale, page.lang))))
    depth = dest_url.count("/") - (0 if page.lang == REFERENCE_LANG else 1)
    link = "../" * max(depth, 0) + "methodology/#freshness"
    text = "".join(f"{part} " for part in parts)
    # methodology: the note would send the reader to the section just above (review 9: he #2, ar #10, pt #10,
    # th, zh #4); home: its closing paragraph, just above, already links that section (review 10 zh #11)
    if Path(page.src_path).stem == "methodology" or (said and Path(page.src_path).stem == "index"):
        return f'\n\n<p class="ls-freshness"><small>{text.strip()}</small></p>\n' if text else ""
    # the link inside a sentence of its own: a bare link glued to the sentence before read as a stray
    # fragment ("…标为“未公开”。数据如何更新", review 8 zh #6); the message carries its own <a>
    return (f'\n\n<p class="ls-freshness"><small>{text}'
            f'{t("notice.freshness_more", url=escape(link, quote=True))}</small></p>\n')


def outdated_page(body: str, locale, url: str) -> str:
    """A translation made from an older English page: a notice under the title links to English."""
    notice = locale.t("notice.outdated", url=escape(url, quote=True))  # the string carries its own <a>
    title, rest = _split_title(body)
    return f'{title}\n\n<div class="ls-notice ls-notice-outdated" role="note" markdown>\n{notice}\n</div>\n\n{rest}'


def english_url(dest_url: str, lang: str) -> str:
    """Relative link from a page of `lang` ('he/models/') to its English original ('../../models/')."""
    english = dest_url[len(lang) + 1:] if dest_url.startswith(f"{lang}/") else dest_url
    return "../" * dest_url.count("/") + english or "./"


def fallback_page(body: str, lang: str, locale) -> str:
    """English text inside another language's page: notice first, English isolated as English."""
    notice = escape(locale.t("notice.fallback", language=locale.t("language.name")))
    title, rest = _split_title(body)
    return (
        f'{_english_heading(title)}\n\n<div class="ls-notice ls-notice-fallback" role="note" markdown>\n{notice}\n</div>\n\n'
        f'<div lang="{REFERENCE_LANG}" dir="ltr" class="ls-fallback" markdown>\n\n{rest}\n\n</div>\n'
    )


def _english_heading(title: str) -> str:
    """'# Title' -> '# Title { lang="en" dir="ltr" }' (attr_list), merged into an existing '{#id}'."""
    if not title:
        return title
    attrs = f'lang="{REFERENCE_LANG}" dir="ltr"'
    if title.rstrip().endswith("}") and " {" in title:
        head, _, tail = title.rstrip().rpartition("}")
        return f"{head} {attrs} }}{tail}"
    return f"{title.rstrip()} {{ {attrs} }}"


def _split_title(body: str) -> tuple[str, str]:
    """Keep a leading '# Title' outside the wrapper so the page keeps its heading."""
    lines = body.lstrip("\n").split("\n", 1)
    if lines and lines[0].startswith("# "):
        return lines[0], lines[1] if len(lines) > 1 else ""
    return "", body
