"""The freshness note under data pages: its link to the methodology sits inside a sentence of its own."""

from __future__ import annotations

import re

import pytest

from pipeline.i18n.locales import load_locale
from pipeline.site import build
from pipeline.site.context import Page
from pipeline.site.page_html import finish_page
from tests.conftest import LANGS, ROOT


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("said", [False, True])
def test_the_freshness_link_is_part_of_a_sentence(lang, said):
    """Review 8 zh #6: "…标为“未公开”。数据如何更新" ended on a bare link glued to the sentence before it."""
    build.start_build(ROOT / "data")
    page = Page(lang=lang, locale=load_locale(lang), data=build.current_data(), src_path="docs/x.md", base_url="")
    note = build.freshness_note(page, "will-it-run/" if lang == "en" else f"{lang}/will-it-run/", said=said)
    if lang == "zh":
        note = finish_page(f"<html><head></head><body>{note}</body></html>", "zh", "ltr", "en", material_search=False)
    link = re.search(r'<a href="([^"]*)">([^<]+)</a>', note)
    assert link and link.group(1) == "../methodology/#freshness", note
    before, after = note[:link.start()], note[link.end():]
    sentence = re.sub(r"<[^>]+>", "", before).rsplit(".", 1)[-1].rsplit("。", 1)[-1]
    # words of the same sentence lead to the link, and the sentence goes on or ends after it
    assert len(sentence.strip()) >= 3, f"{lang}: a bare link: {note}"
    assert re.sub(r"<[^>]+>", "", after).strip(), f"{lang}: the link ends the note with no sentence around it: {note}"
    if lang == "zh":
        assert "详见" in note and note.count("（") == note.count("）")


@pytest.mark.parametrize("lang", LANGS)
def test_the_methodology_page_does_not_send_the_reader_to_itself(lang):
    """Review 9 (he #2, ar #10, pt #10, th, zh #4): under methodology's own Freshness section the note said
    "see Freshness on the About the data page"; there it keeps only what the section above does not say."""
    build.start_build(ROOT / "data")
    page = Page(lang=lang, locale=load_locale(lang), data=build.current_data(), src_path="methodology.md", base_url="")
    url = "methodology/" if lang == "en" else f"{lang}/methodology/"
    assert "methodology/#freshness" not in build.freshness_note(page, url, said=True)
    elsewhere = Page(lang=lang, locale=page.locale, data=page.data, src_path="will-it-run.md", base_url="")
    assert "methodology/#freshness" in build.freshness_note(elsewhere, url.replace("methodology", "will-it-run"), said=True)


@pytest.mark.parametrize("lang", LANGS)
def test_home_points_to_the_methodology_once(lang):
    """Review 10 zh #11: home's closing paragraph pointed to the methodology page and the note under it pointed
    there again; the paragraph now names the freshness section too (every language), so the note drops its link."""
    build.start_build(ROOT / "data")
    page = Page(lang=lang, locale=load_locale(lang), data=build.current_data(), src_path="index.md", base_url="")
    assert "methodology/#freshness" not in build.freshness_note(page, "" if lang == "en" else f"{lang}/", said=True)
    prose = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
    closing = prose.split("<!-- ls:freshness -->", 1)[1]
    assert "methodology.md#freshness" in closing and "methodology.md#basis" in closing


@pytest.mark.parametrize("lang", LANGS)
def test_the_methodology_freshness_block_is_not_homes_paragraph_again(lang):
    """Review 10 zh #11: "本站共收录 223 个模型，目前还没有哪个模型…" stood word for word on home, models and
    methodology; methodology's Freshness section gives the Hub models' state only, with the data's own counts,
    in every basis (live, mixed, reconstructed) and language."""
    from pipeline.i18n.formatting import format_integer
    from pipeline.site import fit_view
    from pipeline.site.provenance import source_values

    build.start_build(ROOT / "data")
    data, locale = build.current_data(), load_locale(lang)
    marker = "<!-- ls:freshness -->"
    home = Page(lang=lang, locale=locale, data=data, src_path="index.md", base_url="")
    here = Page(lang=lang, locale=locale, data=data, src_path="methodology.md", base_url="")
    block = fit_view.freshness(here, marker)
    assert block != fit_view.freshness(home, marker)
    models = Page(lang=lang, locale=locale, data=data, src_path="models.md", base_url="")  # review 11 zh #7
    assert fit_view.freshness(models, marker) == block
    values = source_values(data.meta, lang, len(data.models))
    assert locale.t("fit.freshness", **values) not in block
    assert format_integer(len(data.models), lang) not in re.sub(r"<[^>]+>", "", block)  # no site-wide total
    assert str(values["reconstructed"]).strip() in block or values["basis"] == "live"
    for basis in ("live", "mixed", "reconstructed"):
        for n in (1, 2, 5, 216):
            text = locale.t("fit.freshness_update", **{**values, "basis": basis, "live": n, "reconstructed": n})
            assert "{" not in text and "$" not in text, (lang, basis, n, text)
