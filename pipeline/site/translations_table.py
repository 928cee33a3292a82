"""The Translations page's table (`<!-- ls:translations -->`): each language's coverage."""

from __future__ import annotations

import re
from html import escape

from fluent.syntax.visitor import Visitor

from pipeline.i18n.formatting import format_integer
from pipeline.i18n.ftl import read_catalog
from pipeline.i18n.locales import RTL_LANGUAGES, catalog_path
from pipeline.i18n.status import REFERENCE, REPO_ROOT, translation_status
from pipeline.site.context import Page

# English words in running text: two lower-case words in a row ("browser runtimes"), which names
# ("GGUF", "safetensors", "llama.cpp"), units and patterns ("{ $count } · { $examples }") never are.
_ENGLISH_PHRASE = re.compile(r"\b[a-z]{3,}[ ,]+[a-z]{2,}\b")


class _Words(Visitor):
    """The literal text of a message, every select variant included (variables left out)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def visit_TextElement(self, node) -> None:
        self.parts.append(node.value)


def _text(entry) -> str:
    words = _Words()
    words.visit(entry.message.value)
    return " ".join(words.parts)


def still_english(lang: str, root=REPO_ROOT) -> list[str]:
    """Keys whose message in `lang` is English's own text with English words in it: the count of
    "translated" strings leaves them out, so a page that shows English never claims all are done."""
    try:
        strings = read_catalog(catalog_path(lang, root / "locales"))
        reference = read_catalog(catalog_path(REFERENCE, root / "locales"))
    except Exception:  # a language without a catalog: its missing keys are counted elsewhere
        return []
    # glossary.*: a term a language borrows on purpose ("model card" in pt) is a choice, not a gap
    return sorted(key for key, entry in strings.items()
                  if key in reference and not key.startswith("glossary.") and entry.source().split("=", 1)[1].strip()
                  == reference[key].source().split("=", 1)[1].strip()
                  and _ENGLISH_PHRASE.search(_text(reference[key])))


def translations_table(page: Page) -> str:
    """Each language's coverage: pages up to date / outdated / missing, UI strings translated."""
    report = translation_status(REPO_ROOT)
    t, n = page.locale.t, (lambda value: format_integer(value, page.lang))
    head = "".join(f'<th scope="col"{cls}>{escape(t(key))}</th>' for key, cls in (
        ("translations.language", ""), ("translations.pages_current", ' class="ls-num"'),
        ("translations.pages_outdated", ' class="ls-num"'), ("translations.pages_missing", ' class="ls-num"'),
        ("translations.ui_strings", ' class="ls-num"')))
    rows = []
    for lang in report.languages:
        direction = "rtl" if lang.code.split("-")[0] in RTL_LANGUAGES else "ltr"
        note = "" if lang.published else f' <small>({escape(t("translations.not_published"))})</small>'
        english = [] if lang.code == REFERENCE else still_english(lang.code)
        done = report.ui_total - len(lang.ui_missing) - len(set(lang.ui_todo) | set(english))
        cells = [len(lang.current) + len(lang.unmarked), len(lang.outdated), len(lang.missing)]
        rows.append(
            f'<tr><th scope="row"><span lang="{escape(lang.code)}" dir="{direction}">{escape(lang.name)}</span>{note}</th>'
            + "".join(f'<td class="ls-num">{n(value)}</td>' for value in cells)
            + f'<td class="ls-num">{escape(t("translations.ui_value", done=n(done), total=n(report.ui_total)))}</td></tr>')
    caption = escape(t("translations.caption", pages=n(len(report.pages)), keys=n(report.ui_total)))
    return ('\n\n<div class="ls-table-wrap" tabindex="0" role="region" aria-label="' + caption + '">\n'
            f'<table class="ls-table ls-translations">\n<caption>{caption}</caption>\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>\n\n")
