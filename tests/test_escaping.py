"""Hostile strings from the Hub (names, licences, tags, file names) stay inert everywhere they show."""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from pipeline.site import charts
from pipeline import cli
from pipeline.site import explorer, exports
from pipeline.site import tables
from pipeline.i18n.locales import load_locale
from pipeline.site.context import Page, load_site_data
from pipeline.site.render import render_markers
from tests.conftest import ROOT, run_build, serve_directory

EVIL = "<img src=x onerror=alert(1)> | `tick` <!-- ls:params x --> \u202egnp.exe"
FORMULA = "=HYPERLINK(\"http://x\",\"y\")"
EVIL_ID, FORMULA_ID = "evil-org/evil-model", "evil-org/formula-model"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def add_evil_models(data_dir: Path) -> None:
    """Add two hostile models (catalog + raw snapshot) to a copy of data/, then compute."""
    catalog = yaml.safe_load((data_dir / "catalog.yaml").read_text(encoding="utf-8"))
    catalog["models"] += [
        {"id": EVIL_ID, "name": EVIL, "family": EVIL, "tags": ["featured", EVIL]},
        {"id": FORMULA_ID, "name": FORMULA, "tags": ["-2+3", "@SUM(A1)"]},
    ]
    (data_dir / "catalog.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True, sort_keys=False),
                                           encoding="utf-8")
    for repo_id, params, licence in ((EVIL_ID, 3_000_000_000, EVIL), (FORMULA_ID, 5_500_000_000, "@SUM(A1)")):
        snapshot = {
            "format": "llm-sizes/hub-snapshot@1",
            "provenance": {"basis": "fetched", "fetched_at": "2026-11-01T00:00:00Z", "revision": EVIL},
            "model_info": {"id": repo_id, "safetensors": {"parameters": {"BF16": params}, "total": params},
                           "cardData": {"license": licence}, "pipeline_tag": EVIL},
            "tree": [{"type": "file", "path": f"{EVIL}.gguf", "size": params // 2},
                     {"type": "file", "path": "model.safetensors", "size": params * 2}],
            "config_json": {"torch_dtype": "bfloat16"},
        }
        path = data_dir / "hub" / f"{repo_id}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(snapshot), encoding="utf-8")
    assert cli.main(["compute", "--data-dir", str(data_dir)]) == 0


@pytest.fixture(scope="module")
def evil_data(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("evil") / "data"
    shutil.copytree(ROOT / "data", data_dir, ignore=shutil.ignore_patterns("reference"))
    add_evil_models(data_dir)
    return data_dir


@pytest.fixture
def chart_cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("LLMSIZES_CHART_CACHE", str(tmp_path / "charts"))
    return tmp_path / "charts"


class Html(HTMLParser):
    """Start tags, and the cells of every table row, of an HTML fragment."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.rows: list[int] = []
        self.comments: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.rows.append(0)
        elif tag in ("td", "th") and self.rows:
            self.rows[-1] += 1

    def handle_comment(self, data):
        self.comments.append(data)


def assert_inert(html: str) -> Html:
    parsed = Html(html)
    assert not [t for t, a in parsed.tags if t == "img" or "onerror" in a], "a live <img> or handler"
    assert not parsed.comments, f"a Hub string became an HTML comment: {parsed.comments[:1]}"
    assert not any(ch in html for ch in "\u202e\u202d"), "bidi override survived"
    return parsed


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_model_table_keeps_its_structure_and_renders_hostile_strings_as_text(evil_data, lang):
    page = Page(lang=lang, locale=load_locale(lang), data=load_site_data(evil_data), base_url="../")
    for name in ("models", "downloads", "params", "memory", "size-classes"):
        html = tables.TABLES[name](page, [], {})
        parsed = assert_inert(html)
        assert len(set(parsed.rows)) == 1, f"{name}: rows with different cell counts {sorted(set(parsed.rows))}"
        if name in ("models", "params", "downloads"):
            assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown, as text
    # the marker text inside a name is never expanded by the page renderer
    markdown = "Intro\n\n<!-- ls:table models -->\n"
    rendered = render_markers(markdown, page)
    assert [c for c in Html(rendered).comments if not c.startswith("ls-deferred:")] == []
    assert "ls:params x" not in Html(explorer.insert_deferred(rendered)).comments


def test_a_hostile_repo_id_url_or_error_is_escaped_too(evil_data):
    data = load_site_data(evil_data)
    row = data.by_id[EVIL_ID]
    row.update(id=EVIL, url="javascript:alert(1)", status="stale", error=EVIL)
    page = Page(lang="en", locale=load_locale("en"), data=data)
    html = tables.TABLES["models"](page, [], {})  # the explorer's first view
    assert_inert(html)
    assert 'href="javascript:' not in html
    assert 'class="ls-row-stale"' in html


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_charts_are_well_formed_svg_with_hostile_names_as_text(evil_data, chart_cache, lang):
    page = Page(lang=lang, locale=load_locale(lang), data=load_site_data(evil_data))
    for name in charts.CHARTS:
        block = charts.render_chart_block(page, [name], {})
        assert_inert(block)
        svg = block[block.index("<svg"):block.index("</svg>") + 6]
        root = ET.fromstring(svg)  # well-formed: nothing broke out of an attribute or text node
        texts = [el.text or "" for el in root.iter()] + [v for el in root.iter() for v in el.attrib.values()]
        assert not [el.tag for el in root.iter() if el.tag.rsplit("}", 1)[-1] in ("img", "script", "foreignObject")]
        assert not any(ch in t for t in texts for ch in "\u202e\u202d")
        if name in ("scale", "memory"):
            assert any("<img src=x onerror=alert(1)>" in t for t in texts), f"{name}: evil name not shown as text"


def test_csv_and_json_exports_are_inert(evil_data, tmp_path):
    data = load_site_data(evil_data)
    exports.write_exports(data, tmp_path)
    text = (tmp_path / "models.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert len({len(r) for r in rows}) == 1
    header = rows[0]
    by_id = {r[header.index("id")]: dict(zip(header, r)) for r in rows[1:]}
    formula = by_id[FORMULA_ID]
    assert formula["name"].startswith("'=") and formula["license"].startswith("'@")
    assert formula["tags"].startswith("'-")
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r if not _number(cell))
    assert not any(ch in text for ch in BIDI_CONTROLS)
    document = json.loads((tmp_path / "models.json").read_text(encoding="utf-8"))
    evil = next(m for m in document["models"] if m["id"] == EVIL_ID)
    assert evil["name"] == EVIL.replace("\u202e", "")


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


@pytest.mark.build
def test_full_build_with_hostile_data_renders_inert_in_chromium(repo_copy, tmp_path, browser):
    shutil.rmtree(repo_copy / "data" / "reference", ignore_errors=True)
    add_evil_models(repo_copy / "data")
    site = tmp_path / "site"
    result = run_build(site, {"LLMSIZES_ONLY_LANG": "ar", "LLMSIZES_CHART_CACHE": str(tmp_path / "cache")},
                       cwd=repo_copy)
    assert result.returncode == 0, result.stderr[-4000:]
    pages = ["models/index.html", "index.html", "shrinking/index.html", "ar/models/index.html", "ar/index.html"]
    for page_path in pages:
        html = (site / page_path).read_text(encoding="utf-8")
        parsed = Html(html)
        assert not [a for t, a in parsed.tags if t == "img" and a.get("src") == "x"], page_path
        assert not [a for t, a in parsed.tags if "onerror" in a], page_path
        assert "\u202e" not in html, page_path
    server, url = serve_directory(site)
    context = browser.new_context()
    try:
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for path in ("models/", "ar/models/", ""):
            page.goto(url + path)
            page.wait_for_load_state("load")
            assert page.locator("img[src='x']").count() == 0
            cells = page.evaluate("""() => [...document.querySelectorAll('table.ls-table')].map(t =>
                [...t.querySelectorAll('tr')].map(r => r.cells.length))""")
            for counts in cells:
                assert len(set(counts)) == 1, f"{path}: ragged table {counts}"
            assert page.get_by_text("<img src=x onerror=alert(1)>", exact=False).count() >= 1 or path == ""
        assert not dialogs
    finally:
        context.close()
        server.shutdown()
