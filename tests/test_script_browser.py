"""Script rules as Chromium renders them: Thai lines break only between words (360 and 1280 px).

The site is built once per language with LLMSIZES_ONLY_LANG (English and that language only).
"""

from __future__ import annotations

import re

import pytest

from pipeline.site.search import thai_words
from tests.conftest import run_build, serve_directory

pytestmark = pytest.mark.browser

_SITES: dict[str, object] = {}


@pytest.fixture(scope="module")
def language_site(tmp_path_factory):
    """{lang: (site dir, URL)}, each built on first use and served for the module."""
    servers = []

    def get(lang: str):
        if lang not in _SITES:
            site = tmp_path_factory.mktemp(f"site-{lang}") / "site"
            result = run_build(site, env_extra={"LLMSIZES_ONLY_LANG": lang})
            if result.returncode != 0:
                pytest.fail(f"build of {lang} failed:\n{result.stderr[-3000:]}")
            server, url = serve_directory(site)
            servers.append(server)
            _SITES[lang] = (site, url)
        return _SITES[lang]

    yield get
    for server in servers:
        server.shutdown()
    _SITES.clear()


# For every block of the article: the text (U+200B removed) with "\n" where Chromium starts a new
# line, read from each character's own box (Range.getClientRects). Code, SVG and hidden text are left out.
LINE_BREAKS = r"""() => {
  const skip = el => el.closest('code, pre, svg, script, style, kbd, samp, .ls-chart-plot');
  const blocks = new Map();
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || skip(parent) || !parent.offsetParent) continue;
    let block = parent;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!blocks.has(block)) blocks.set(block, { text: '', top: null });
    const entry = blocks.get(block);
    for (let i = 0; i < node.data.length; i++) {
      const ch = node.data[i];
      if (ch === '\u200b') continue;
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0 && /\s/.test(ch)) { entry.text += ch; continue; }
      if (entry.top !== null && rect.top > entry.top + rect.height / 2) entry.text += '\n';
      entry.top = rect.top;
      entry.text += ch;
    }
  }
  return [...blocks.values()].map(b => b.text).filter(t => t.includes('\n'));
}"""

THAI = r"[\u0E00-\u0E7F]"


def broken_words(blocks: list[str]) -> list[str]:
    """Each line break that falls inside a Thai word (by the site's segmentation) or between a number
    and the Thai word after it, shown as 'before|after'."""
    problems = []
    for text in blocks:
        for match in re.finditer("\n", text):
            at = match.start()
            before, after = text[:at], text[at + 1:]
            if re.search(r"\d[\s\u00a0]*$", before) and re.match(THAI, after):
                problems.append(before[-12:] + "|" + after[:12])
                continue
            left, right = re.search(THAI + "*$", before).group(0), re.match(THAI + "*", after).group(0)
            if not left or not right:
                continue
            run = (left + right).replace("\n", "")
            edges, position = set(), 0
            for word in thai_words(run):
                position += len(word)
                edges.add(position)
            if len(left) not in edges:
                problems.append(before[-12:] + "|" + after[:12])
    return problems


THAI_PAGES = ["th/", "th/will-it-run/", "th/methodology/", "th/shrinking/", "th/models/", "th/models/google--gemma-2b/"]


@pytest.mark.parametrize("width", [360, 1280])
def test_thai_lines_break_only_between_words(browser, language_site, width):
    site, url = language_site("th")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems, lines = [], 0
    try:
        for path in THAI_PAGES:
            page.goto(url + path)
            blocks = page.evaluate(LINE_BREAKS)
            lines += sum(block.count("\n") for block in blocks)
            problems += [f"{path}: {p}" for p in broken_words(blocks)]
    finally:
        context.close()
    assert lines > 50, f"only {lines} line breaks seen at {width} px: the check saw no wrapped text"
    assert not problems, f"{len(problems)} breaks inside words at {width} px:\n" + "\n".join(problems[:40])
