"""Site stage: stale models are marked in tables and every data page says how fresh its data is."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from datetime import datetime

from pipeline.site import build as site
from pipeline.site import explorer

ROOT = Path(__file__).resolve().parent.parent


def test_stale_model_is_marked_and_freshness_note_counts_it(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "refresh-status.yaml").write_text(yaml.safe_dump({"models": {"google/gemma-2b": {
        "status": "stale", "error": "HTTP 503 from the Hub", "last_good": "2026-08-21T00:00:00Z",
        "failed_at": "2026-11-24T04:17:00Z"}}}), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pipeline", "compute", "--data-dir", str(data)], cwd=ROOT, check=True,
                   capture_output=True)
    site.start_build(data)
    html = site.page_markdown("# Tamanhos\n\n<!-- ls:table models -->\n", lang="pt", src_path="pt/models.md",
                              file_locale="pt", dest_url="pt/models/")
    assert "<!--ls-deferred:" in html and "google/gemma-2b" not in html  # the explorer goes in after Markdown
    html = explorer.insert_deferred(html)
    gemma_row = next(row for row in html.split("<tr") if "google/<wbr>gemma-<wbr>2b<" in row)  # breaks at / and -
    assert 'class="ls-stale"' in gemma_row and "HTTP 503 from the Hub" in gemma_row
    assert "1 modelo não pôde ser atualizado e mantém" in html  # CLDR "one" form, not "modelo(s)"
    as_of = yaml.safe_load((data / "models.yaml").read_text(encoding="utf-8"))["meta"]["data_as_of"]
    assert as_of.startswith("20")
    day = datetime.fromisoformat(as_of.replace("Z", "+00:00"))
    assert 'href="../methodology/#freshness"' in html
    assert f"{day.day} de " in html and f" de {day.year}" in html


def test_prose_only_page_gets_no_freshness_note():
    site.start_build(ROOT / "data")
    html = site.page_markdown("# Hi\n\nGemma has <!-- ls:params google/gemma-2b -->.\n", lang="en",
                              src_path="en/x.md", file_locale="en", dest_url="x/")
    assert "ls-freshness" not in html and "2.51\u00a0billion" in html


def test_device_table_reason_matches_the_share_and_rtl_names_keep_their_quotes():
    """Review 2: the 75 % Mac row said "we take two thirds"; «&#34;Strix Halo&#34;» showed escaped."""
    from pipeline.i18n.locales import load_locale
    from pipeline.site import render
    from pipeline.site.context import Page, load_site_data
    from pipeline.site.rtl_text import isolate_page_runs

    data = load_site_data(ROOT / "data")
    for lang in ("en", "ar", "he"):
        page = Page(lang=lang, locale=load_locale(lang), data=data, src_path=f"{lang}/will-it-run.md")
        html = isolate_page_runs("<body>" + render.render_markers("<!-- ls:table devices -->", page) + "</body>")
        assert "&#34;" not in html and "&amp;#" not in html
        if lang == "en":
            mac = next(row for row in html.split("<tr>") if "MacBook Pro" in row)
            assert "75" in mac and "three quarters" in mac and "two thirds" not in mac
            air = next(row for row in html.split("<tr>") if "MacBook Air" in row)
            assert "two thirds" in air
