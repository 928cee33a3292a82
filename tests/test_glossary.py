"""Glossary check (pipeline/i18n/glossary.py): a page using a variant of a glossary term is flagged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import LocaleError
from pipeline.i18n.glossary import check, glossary_words, split_term
from pipeline.i18n.locales import LOCALES_DIR

ROOT = Path(__file__).resolve().parent.parent


def _repo(tmp_path: Path, page: str) -> Path:
    (tmp_path / "locales").mkdir()
    (tmp_path / "docs" / "th").mkdir(parents=True)
    (tmp_path / "locales" / "th.ftl").write_text(
        'glossary--token = โทเค็น (token)\n    .avoid = โทเคน\nglossary--weights = ค่าน้ำหนัก (weights)\n'
        '\n## chart\n\nchart--title = จำนวนโทเคน\n', encoding="utf-8")
    (tmp_path / "docs" / "th" / "index.md").write_text(page, encoding="utf-8")
    return tmp_path


def test_a_variant_in_a_page_and_in_a_ui_string_is_named_with_file_and_line(tmp_path):
    root = _repo(tmp_path, "# หัวข้อ\n\nโมเดลอ่านทีละโทเค็น\nแล้วนับโทเคน\n`โทเคน` ในโค้ดไม่นับ\n<!-- โทเคน -->\n")
    found = [str(f) for f in check(root)]
    assert found == [
        "docs/th/index.md:4: 'โทเคน' is not the glossary term for token; use 'โทเค็น'",
        "locales/th.ftl:7: 'โทเคน' is not the glossary term for token; use 'โทเค็น'",
    ]


def test_a_fluent_syntax_error_names_file_and_line(tmp_path):
    root = _repo(tmp_path, "")
    path = root / "locales" / "th.ftl"
    path.write_text(path.read_text(encoding="utf-8") + "chart--broken = { $count\n", encoding="utf-8")
    with pytest.raises(LocaleError, match=r"th.ftl:8: Fluent syntax error"):
        check(root)


def test_terms_split_into_words_for_the_dictionaries():
    assert split_term("LoRA（低秩适配）") == ["LoRA", "低秩适配"]
    assert split_term("ค่าน้ำหนัก (weights)") == ["ค่าน้ำหนัก", "weights"]
    words = glossary_words(LOCALES_DIR / "th.ftl")
    assert "ควอนไทเซชัน" in words and "พารามิเตอร์" in words and "ค่าน้ำหนัก" in words
    assert words.index("จำนวนพารามิเตอร์") < words.index("พารามิเตอร์")  # longest first


def test_the_site_keeps_to_its_glossary():
    result = subprocess.run([sys.executable, "-m", "pipeline", "i18n", "glossary", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


# Generated text: the built site ---------------------------------------------------------------------

def _site(tmp_path, lang: str, body: str):
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    site = tmp_path / "site"
    page = site / lang / "models" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(f"<html><head><title>x</title></head><body>\n{body}\n</body></html>", encoding="utf-8")
    return site, root


def test_the_site_check_finds_raw_format_and_runtime_ids_in_generated_cells(tmp_path):
    from pipeline.i18n.glossary import check_site
    site, root = _site(tmp_path, "he", '<td>gguf, mediapipe</td>\n<td><code>mediapipe:int4</code> (mediapipe)</td>\n'
                                       "<td>GGUF, MediaPipe (int4)</td>\n<td><code>x.gguf</code></td>")
    found = [(f.where.rsplit(":", 1)[1], f.variant) for f in check_site(site, root, ["he"])]
    assert found == [("2", "gguf"), ("2", "mediapipe"), ("3", "(mediapipe)")]
    assert "display name" in str(check_site(site, root, ["he"])[0])


def test_the_site_check_reads_generated_text_for_glossary_variants(tmp_path):
    from pipeline.i18n.glossary import check_site, read_glossary
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    terms, avoid = read_glossary(root / "locales" / "th.ftl")
    # a variant that does not hold the preferred term itself (พารามิเตอร์ส holds พารามิเตอร์)
    concept, variant = next((c, v) for c, vs in avoid.items() for v in vs if terms[c].split(" (")[0] not in v)
    # across a Thai word break (U+200B) as the build writes it
    broken = variant[:2] + "\u200b" + variant[2:]
    site, root = _site(tmp_path, "th", f'<p><span class="ls-nobr">{broken}</span></p><code>{variant}</code>')
    found = check_site(site, root, ["th"])
    assert [(f.variant, f.concept) for f in found] == [(variant, concept)]
