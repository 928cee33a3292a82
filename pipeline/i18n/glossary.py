"""The glossary of each language: one agreed term per concept, and the check that pages keep to it.

locales/<lang>.ftl has the `glossary--<concept>` messages (the agreed terms), each with an optional
`.avoid` attribute (variants a writer might reach for: another spelling, a rival translation,
separated by " | "). `python -m pipeline i18n glossary
--check` names every page line and UI string that uses a variant. The terms also feed the search
segmenters (pipeline/site/search.py) and Thai line breaking (no glossary word is split).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.i18n.ftl import read_catalog

PREFIX = "glossary."
# Not prose: fenced code, inline code, HTML comments (markers), link targets.
_NOT_PROSE = re.compile(r"```.*?```|`[^`\n]*`|<!--.*?-->|\]\([^)]*\)", re.S)


@dataclass(frozen=True)
class Finding:
    where: str  # file:line
    variant: str
    term: str
    concept: str

    def __str__(self) -> str:
        return f"{self.where}: {self.variant!r} is not the glossary term for {self.concept}; use {self.term!r}"


def split_term(value: str) -> list[str]:
    """'ค่าน้ำหนัก (weights)' -> ['ค่าน้ำหนัก', 'weights']; 'LoRA（低秩适配）' -> ['LoRA', '低秩适配']."""
    parts = re.split(r"\s*[(（]\s*|\s*[)）]\s*", value)
    return [part.strip() for part in parts if part.strip()]


def read_glossary(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """({concept: term}, {concept: [variants to avoid]}) of one locale file."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return _read_glossary(path)  # names the missing file
    terms, avoid = _read_glossary_once(str(path), stat.st_mtime_ns, stat.st_size)
    return dict(terms), {concept: list(variants) for concept, variants in avoid.items()}


@lru_cache(maxsize=16)
def _read_glossary_once(path: str, mtime_ns: int, size: int):
    """One parse per version of a locale file: every Thai page of a build asks for its glossary."""
    return _read_glossary(Path(path))


def _read_glossary(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    from pipeline.i18n.locales import Locale
    entries = read_catalog(path)
    locale = Locale(path.stem, entries, entries)
    terms = {key[len(PREFIX):]: locale.t(key) for key in entries if key.startswith(PREFIX)}
    avoid = {key[len(PREFIX):]: list(entry.avoid) for key, entry in entries.items()
             if key.startswith(PREFIX) and entry.avoid}
    return terms, avoid


def glossary_words(path: Path) -> list[str]:
    """Every glossary word of a locale, longest first (the segmenters' and line breaker's dictionary)."""
    terms, _ = read_glossary(path)
    words = {part for value in terms.values() for part in split_term(value)}
    return sorted(words, key=lambda w: (-len(w), w))


def prose_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of a Markdown page with code, comments and link targets blanked out."""
    blanked = _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    return list(enumerate(blanked.split("\n"), start=1))


def find_variants(lines: list[tuple[int, str]], where: str, terms: dict[str, str],
                  avoid: dict[str, list[str]]) -> list[Finding]:
    findings = []
    for concept, variants in avoid.items():
        term = split_term(terms[concept])[0]
        for variant in variants:
            for number, line in lines:
                # a variant that is part of the agreed term itself ('โทเคน' inside 'โทเค็น' cannot be) is skipped
                cleaned = line.replace(term, "\0" * len(term))
                if variant in cleaned:
                    findings.append(Finding(f"{where}:{number}", variant, term, concept))
    return findings


def check(root: Path, languages: list[str] | None = None) -> list[Finding]:
    """Every use of an avoided variant in docs/<lang>/*.md and in locales/<lang>.ftl messages."""
    root = Path(root)
    findings: list[Finding] = []
    for locale_path in sorted((root / "locales").glob("*.ftl")):
        lang = locale_path.stem
        if languages and lang not in languages:
            continue
        terms, avoid = read_glossary(locale_path)
        if not avoid:
            continue
        for page in sorted((root / "docs" / lang).glob("**/*.md")):
            lines = prose_lines(page.read_text(encoding="utf-8"))
            findings += find_variants(lines, str(page.relative_to(root)), terms, avoid)
        # message lines, not comments and not the .avoid attributes (they name the variants on purpose)
        ui_lines = [(n, line) for n, line in enumerate(locale_path.read_text(encoding="utf-8").split("\n"), 1)
                    if not line.lstrip().startswith(("#", ".avoid"))]
        findings += find_variants(ui_lines, str(locale_path.relative_to(root)), terms, avoid)
    return findings



# Generated text: the built site's pages, as a reader sees them ---------------------------------

# Ids the build must show by their display names (pipeline/i18n/display_names.py), case-sensitive:
# "gguf" in a cell is an id, "GGUF" the name; file names are in <code> and not looked at.
RAW_IDS = re.compile(r"\b(?:mediapipe|mlc):[\w.\-]+|\((?:webllm|mediapipe|transformers\.js)\)"
                     r"|(?<![\w./-])(?:gguf|pytorch|mediapipe|webllm|tflite|onnx|mlc)(?![\w./-])")
_NOT_READ = re.compile(r"<(script|style|code|pre|kbd|samp|textarea)\b.*?</\1>", re.S | re.I)


class RawId(Finding):
    def __str__(self) -> str:
        return (f"{self.where}: {self.variant!r} is a raw format or runtime id; show its display name "
                f"(pipeline/i18n/display_names.py)")


def page_text_lines(html: str) -> list[tuple[int, str]]:
    """(line number in the file, text) of a built page's body as a reader sees it: no tags, code,
    scripts or styles; Thai word breaks (U+200B) removed so a variant is found across them."""
    from html import unescape

    body_at = html.find("<body")
    offset = html.count("\n", 0, body_at) if body_at >= 0 else 0
    body = html[body_at:] if body_at >= 0 else html
    body = _NOT_READ.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
    text = re.sub(r"<[^>]*>", lambda m: re.sub(r"[^\n]", "", m.group(0)), body)
    return [(number + offset, unescape(line).replace("\u200b", ""))
            for number, line in enumerate(text.split("\n"), start=1) if line.strip()]


def check_site(site_dir: Path, root: Path, languages: list[str] | None = None,
               default_lang: str = "en") -> list[Finding]:
    """Every avoided variant and raw format or runtime id in the built pages of `site_dir`
    (<site>/<lang>/…, the default language at the top)."""
    site_dir, root = Path(site_dir), Path(root)
    codes = [path.stem for path in sorted((root / "locales").glob("*.ftl"))]
    findings: list[Finding] = []
    for lang in codes:
        if languages and lang not in languages:
            continue
        folder = site_dir if lang == default_lang else site_dir / lang
        if not folder.is_dir():
            continue
        terms, avoid = read_glossary(root / "locales" / f"{lang}.ftl")
        for page in sorted(folder.rglob("*.html")):
            relative = page.relative_to(site_dir)
            if lang == default_lang and relative.parts[0] in codes:
                continue  # another language's page
            lines = page_text_lines(page.read_text(encoding="utf-8"))
            where = f"{site_dir.name}/{relative.as_posix()}"
            findings += find_variants(lines, where, terms, avoid) if avoid else []
            for number, line in lines:
                findings += [RawId(f"{where}:{number}", match.group(0), "", "a format or runtime")
                             for match in RAW_IDS.finditer(line)]
    return findings
