"""The strict build of all six languages, checked on the HTML it writes."""

from __future__ import annotations

import re
from html import escape

import pytest

from pipeline.i18n.locales import load_locale
from tests.conftest import LANGS, RTL, lang_prefix, run_build

THIRD_PARTY = re.compile(r"""(?:src|href)=["'](?:https?:)?//(?!127\.0\.0\.1)""", re.I)
ALLOWED_LINK_HOSTS = ("huggingface.co", "arxiv.org", "github.com")  # plain links readers click


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_a_home_and_a_table_page(built_site, lang):
    home = (built_site / lang_prefix(lang) / "index.html").read_text(encoding="utf-8")
    html_tag = re.search(r"<html\b[^>]*>", home).group(0)
    assert f'lang="{lang}"' in html_tag or f'lang="{lang}-' in html_tag, html_tag
    assert f'dir="{"rtl" if lang in RTL else "ltr"}"' in html_tag, html_tag
    description = load_locale(lang).t("site.description")
    assert f'<meta name="description" content="{escape(description)}">' in home
    table_page = (built_site / lang_prefix(lang) / "models" / "index.html").read_text(encoding="utf-8")
    assert '<table class="ls-table' in table_page
    # the table carries a row for a model the data says exists
    assert "google/gemma-2b" in table_page.replace("<wbr>", "")  # ids may break after / and -


@pytest.mark.build
def test_no_page_loads_anything_from_a_third_party_host(built_site):
    offenders = []
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r"""<(script|link|img|iframe|source)\b[^>]*?(?:src|href)=["']((?:https?:)?//[^"']+)""", text, re.I):
            tag, url = match.groups()
            if tag.lower() == "link" and "stylesheet" not in match.group(0) and "preconnect" not in match.group(0):
                continue  # <link rel=alternate/canonical> are not requests
            offenders.append(f"{page.relative_to(built_site)}: <{tag}> {url}")
        for bad in ("fonts.googleapis.com", "fonts.gstatic.com", "cdn.jsdelivr.net", "unpkg.com", "cdnjs"):
            if bad in text:
                offenders.append(f"{page.relative_to(built_site)}: mentions {bad}")
    for css in built_site.rglob("*.css"):
        if re.search(r"@import\s+url\(\s*['\"]?https?:", css.read_text(encoding="utf-8")):
            offenders.append(f"{css.relative_to(built_site)}: remote @import")
    assert not offenders, "\n".join(offenders[:20])


@pytest.mark.build
def test_an_unknown_marker_fails_the_build_with_file_and_line(repo_copy, tmp_path):
    page = repo_copy / "docs" / "pt" / "models.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "Texto <!-- ls:paramz google/gemma-2b --> aqui.")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_build(tmp_path / "out", cwd=repo_copy)
    assert result.returncode != 0
    assert "docs/pt/models.md:3" in result.stderr + result.stdout
    assert "ls:paramz" in result.stderr + result.stdout


@pytest.mark.build
def test_a_failed_build_leaves_the_previous_site_as_it_was(repo_copy):
    import subprocess
    import sys

    site = repo_copy / "site"
    (site / "en").mkdir(parents=True)
    (site / "index.html").write_text("the previous build")
    (site / "en" / "page.html").write_text("a page of it")
    page = repo_copy / "docs" / "he" / "models.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(4, "טקסט <!-- LS:params google/gemma-2b --> כאן.")  # a typo: upper-case LS
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "build", "--site-dir", "site"], cwd=repo_copy,
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "docs/he/models.md:5" in output and "did you mean 'ls:params'?" in output, output[-2000:]
    assert "site is left as it was" in output
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*")) == ["en", "en/page.html", "index.html"]
    assert (site / "index.html").read_text() == "the previous build"
    assert not [p.name for p in repo_copy.iterdir() if p.name.startswith(".site.")]  # no half-built folder left
