"""The Translations page's table (`<!-- ls:translations -->`): each language's coverage."""

from __future__ import annotations

from html import escape

from pipeline.i18n.formatting import format_integer
from pipeline.i18n.locales import RTL_LANGUAGES
from pipeline.i18n.status import REPO_ROOT, translation_status
from pipeline.site.context import Page



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
        done = report.ui_total - len(lang.ui_missing) - len(lang.ui_todo)
        cells = [len(lang.current) + len(lang.unmarked), len(lang.outdated), len(lang.missing)]
        rows.append(
            f'<tr><th scope="row"><span lang="{escape(lang.code)}" dir="{direction}">{escape(lang.name)}</span>{note}</th>'
            + "".join(f'<td class="ls-num">{n(value)}</td>' for value in cells)
            + f'<td class="ls-num">{escape(t("translations.ui_value", done=n(done), total=n(report.ui_total)))}</td></tr>')
    caption = escape(t("translations.caption", pages=n(len(report.pages)), keys=n(report.ui_total)))
    return ('\n\n<div class="ls-table-wrap" tabindex="0" role="region" aria-label="' + caption + '">\n'
            f'<table class="ls-table ls-translations">\n<caption>{caption}</caption>\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>\n\n")
