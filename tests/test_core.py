"""pipeline/site/core.py without any builder, the Zensical adapter's parts that need no Zensical, and
the comparison of two built sites (pipeline/site/compare.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from pipeline.site import compare, core, zensical_adapter

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", autouse=True)
def data():
    core.load_data(ROOT / "data")


@pytest.mark.parametrize("src_path, url", [
    ("en/index.md", ""), ("en/models.md", "models/"), ("he/index.md", "he/"), ("he/models.md", "he/models/"),
])
def test_page_url_is_the_builders_directory_url(src_path, url):
    assert core.page_url(src_path, "en") == url


def test_a_page_renders_from_its_file_with_every_marker_filled():
    text = core.render_file(ROOT / "docs" / "he" / "models.md")
    assert "<!-- ls:" not in text
    assert "ls-freshness" in text  # a page with data tables gets the freshness note


def test_model_pages_exist_in_every_language_with_front_matter_naming_the_model():
    pages = core.model_page_sources(["en", "he"], "en")
    assert pages
    model_id, sources = next(iter(pages.items()))
    assert set(sources) == {"en", "he"} and sources["he"].startswith("he/models/")
    assert f"ls_model: {json.dumps(model_id)}" in core.model_page_source(model_id)
    body = core.page_markdown("", "he", sources["he"], "he", "he/models/x/", {"ls_model": model_id})
    assert "<!--ls-deferred:" in body and "<table" in core.insert_deferred(body)


def test_postbuild_writes_every_file_the_site_needs(tmp_path):
    site = tmp_path / "site"
    (site / "assets" / "js").mkdir(parents=True)
    (site / "he" / "search").mkdir(parents=True)
    (site / "search").mkdir()
    docs = tmp_path / "docs"
    (docs / "assets" / "js").mkdir(parents=True)
    for folder in (docs, site):
        (folder / "assets" / "js" / "shared.js").write_text("var shared = 1;\n", encoding="utf-8")
        (folder / "assets" / "js" / "page.js").write_text("/* @include shared.js */\nvar  page = shared ;\n",
                                                          encoding="utf-8")
    (site / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    index = {"config": {"fields": {}}, "docs": [{"location": "", "title": "Home", "text": "a"},
                                                {"location": "he/", "title": "בית", "text": "ב"}]}
    (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    entries = core.postbuild(site, ["en", "he"], "en", None, docs, tmp_path / "no-overrides")
    assert entries == {"en": 1, "he": 1}
    for name in ("downloads/models.csv", "downloads/models.json", "assets/fit.json", "assets/models-explorer.json"):
        assert (site / name).is_file(), name
    assert (site / "assets" / "js" / "page.js").read_text(encoding="utf-8").startswith("var shared=1")
    assert not (site / "sitemap.xml").exists()  # no site URL: no sitemap of bare paths


def test_finish_site_pages_sets_each_pages_language_from_its_folder(tmp_path):
    page = "<html lang=\"en\"><head></head><body><table><tr><th>a</th></tr></table></body></html>"
    for path in (tmp_path / "index.html", tmp_path / "he" / "index.html"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(page, encoding="utf-8")
    assert core.finish_site_pages(tmp_path, ["en", "he"], "en") == 2
    assert '<html lang="he" dir="rtl">' in (tmp_path / "he" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_the_markdown_extension_leaves_a_page_alone_outside_zensical():
    md = markdown.Markdown(extensions=[zensical_adapter.makeExtension(default_lang="en")])
    assert md.convert("Hello <!-- ls:figure params meta-llama/Llama-3.1-8B -->") .startswith("<p>Hello")


def test_the_zensical_config_is_mkdocs_yml_without_hooks_with_the_extension_and_data_watched():
    config = zensical_adapter.zensical_config(ROOT)
    assert "hooks" not in config
    assert {zensical_adapter.EXTENSION: {"default_lang": "en"}} in config["markdown_extensions"]
    assert config["watch"] == ["../../data"]
    assert zensical_adapter.site_languages(ROOT) == (["en", "he", "ar", "pt", "th", "zh"], "en")


def _site(folder: Path, figure: str, title: str = "Models") -> Path:
    page = (f'<html><body><article class="md-content__inner"><h1>{title}</h1><p><bdi class="ls-fig">{figure}</bdi></p>'
            '<table><tr><th>a</th><td>1</td></tr></table></article></body></html>')
    (folder / "models").mkdir(parents=True)
    (folder / "models" / "index.html").write_text(page, encoding="utf-8")
    (folder / "404.html").write_text(f"<h1>{title} 404</h1>", encoding="utf-8")
    return folder


def test_compare_finds_a_changed_figure_and_only_lists_the_404(tmp_path):
    a, b = _site(tmp_path / "a", "8B"), _site(tmp_path / "b", "8B", title="Models")
    (b / "404.html").write_text("<h1>404 - Not found</h1>", encoding="utf-8")
    found, counts = compare.compare_sites(a, b)
    assert compare.agree(found) and found["404"] and counts["figures"] == 1 and counts["tables"] == 1
    c = _site(tmp_path / "c", "7B")
    found, _ = compare.compare_sites(a, c)
    assert not compare.agree(found) and "'8B'" in found["figures"][0]


def test_the_command_renders_a_page_without_a_builder():
    result = subprocess.run([sys.executable, "-m", "pipeline", "site", "render", "docs/en/index.md"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "<!-- ls:" not in result.stdout and "<figure" in result.stdout
