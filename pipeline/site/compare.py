"""Compare two built sites (MkDocs vs Zensical, or two MkDocs builds): the same pages, and on every
page the same figures, data tables and charts; every other difference listed by kind."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

CHART_SVG = re.compile(r'<figure class="ls-chart[^"]*".*?(<svg\b.*?</svg>)', re.S)
ARTICLE = re.compile(r'<article\b[^>]*>(.*?)</article>', re.S)


@dataclass
class PageContent:
    """What a reader must see alike in both builds."""

    title: str = ""
    figures: list[str] = field(default_factory=list)      # text of every .ls-fig
    tables: list[list[list[str]]] = field(default_factory=list)  # table → rows → cell texts
    charts: list[str] = field(default_factory=list)       # sha256 of each chart's inline SVG
    text: str = ""                                         # the article's text, spaces collapsed


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.content = PageContent()
        self._fig_depth = 0   # open elements inside an .ls-fig
        self._fig: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._h1: list[str] | None = None
        self._skip = 0        # <script>/<style>: not text

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("script", "style"):
            self._skip += 1
        if self._fig_depth:
            self._fig_depth += 1
        elif "ls-fig" in classes:
            self._fig_depth, self._fig = 1, []
        if tag == "table":
            self.content.tables.append([])
        elif tag == "tr" and self.content.tables:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "h1" and not self.content.title:
            self._h1 = []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(self._skip - 1, 0)
        if self._fig_depth:
            self._fig_depth -= 1
            if not self._fig_depth:
                self.content.figures.append(_squash("".join(self._fig)))
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(_squash("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.content.tables[-1].append(self._row)
            self._row = None
        elif tag == "h1" and self._h1 is not None:
            self.content.title = _squash("".join(self._h1))
            self._h1 = None

    def handle_data(self, data):
        if self._skip:
            return
        for sink in (self._fig if self._fig_depth else None, self._cell, self._h1):
            if sink is not None:
                sink.append(data)


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00b6", "").split())


def page_content(html: str) -> PageContent:
    """Figures, tables and title of a page's article, and a hash of each chart."""
    match = ARTICLE.search(html)
    article = match.group(1) if match else html
    reader = _Reader()
    reader.feed(article)
    content = reader.content
    content.charts = [hashlib.sha256(svg.encode()).hexdigest()[:16] for svg in CHART_SVG.findall(article)]
    content.text = _squash(re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", article, flags=re.S)))
    return content


def compare_sites(left: Path, right: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    """({kind: [what differs]}, counts). Kinds that must be empty for the builds to agree:
    pages, figures, tables, charts; the rest (text, files) is listed for maintainers."""
    left, right = Path(left), Path(right)
    files_l = {p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file()}
    files_r = {p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file()}
    found: dict[str, list[str]] = defaultdict(list)
    pages = sorted(f for f in files_l & files_r if f.endswith(".html"))
    for name in sorted(files_l ^ files_r):
        kind = "pages" if name.endswith(".html") else "files"
        found[kind].append(f"{name}: only in {left if name in files_l else right}")
    counts = {"pages": len(pages), "figures": 0, "tables": 0, "charts": 0, "identical_files": 0}
    for name in sorted(files_l & files_r):
        same = (left / name).read_bytes() == (right / name).read_bytes()
        counts["identical_files"] += same
        if same or name.endswith(".html"):
            continue
        found["files"].append(f"{name}: bytes differ")
    for name in pages:
        if name.rsplit("/", 1)[-1] == "404.html":  # the theme's page, not the site's content: listed
            a404, b404 = (page_content((side / name).read_text(encoding="utf-8")) for side in (left, right))
            if (a404.title, a404.text) != (b404.title, b404.text):
                found["404"].append(f"{name}: {_first_text_difference(a404.text, b404.text)}")
            continue
        a = page_content((left / name).read_text(encoding="utf-8"))
        b = page_content((right / name).read_text(encoding="utf-8"))
        counts["figures"] += len(a.figures)
        counts["tables"] += len(a.tables)
        counts["charts"] += len(a.charts)
        if a.title != b.title:
            found["titles"].append(f"{name}: {a.title!r} vs {b.title!r}")
        if a.figures != b.figures:
            found["figures"].append(f"{name}: {_first_difference(a.figures, b.figures)}")
        if a.tables != b.tables:
            found["tables"].append(f"{name}: {_first_difference(a.tables, b.tables)}")
        if a.charts != b.charts:
            found["charts"].append(f"{name}: {len(a.charts)} vs {len(b.charts)} charts, SVGs differ")
        if a.text != b.text:
            found["text"].append(f"{name}: {_first_text_difference(a.text, b.text)}")
    return dict(found), counts


MUST_AGREE = ("pages", "titles", "figures", "tables", "charts")


def report(found: dict[str, list[str]], counts: dict[str, int], limit: int = 20) -> str:
    lines = [f"compared {counts['pages']} pages in both builds: {counts['figures']} figures, "
             f"{counts['tables']} tables, {counts['charts']} charts; {counts['identical_files']} files byte-identical"]
    for kind in (*MUST_AGREE, "text", "404", "files"):
        items = found.get(kind, [])
        verdict = "same" if not items else f"{len(items)} difference(s)"
        lines.append(f"{kind}: {verdict}")
        lines += [f"  {item}" for item in items[:limit]]
        if len(items) > limit:
            lines.append(f"  … and {len(items) - limit} more")
    return "\n".join(lines)


def agree(found: dict[str, list[str]]) -> bool:
    return not any(found.get(kind) for kind in MUST_AGREE)


def _first_difference(a: list, b: list) -> str:
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"item {index + 1}: {str(x)[:120]!r} vs {str(y)[:120]!r}"
    return f"{len(a)} vs {len(b)} items"


def _first_text_difference(a: str, b: str) -> str:
    start = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"from character {start}: {a[max(start - 30, 0):start + 50]!r} vs {b[max(start - 30, 0):start + 50]!r}"
