"""Thai line breaks between words only: a rendered page's Thai text cut with the site's dictionary.

Thai is written without spaces, so a browser breaks lines with its own dictionary, which splits
words the site uses (ความ|หมาย, ค่าตัว|เลข, ผู้|พัฒนา) and every loanword it lacks (เกม|มิง). A
zero-width space between words alone does not stop that (measured in Chromium: the breaks inside
words stay), so each word the browser could cut is also kept on one line (`.ls-nobr`, white-space:
nowrap) and the words are joined by U+200B, the break the browser takes instead. A common word of
the dictionary that holds no two words (ไม่, ที่, ความ, และ) is never cut by the browser and gets no
span: 2,603 spans on th/will-it-run were 807 with this rule (issue 23, the page's DOM size). A
number and the Thai word after it ("45 ตัว", "4 บิต") are joined by a no-break space. A text node cut
into several words is wrapped in one `.ls-words` span, so a flex container (a sort button, a form label)
still sees one item and draws no gaps between its words.

The dictionary is the search index's (pipeline/site/search.py: pythainlp's words, the glossary and
a few site words; of two cuts with as few words, the one of more frequent words), so a line breaks
where search cuts words. Only text between tags changes: never
attributes, URLs, <code>, <pre>, <svg>, <script>, <style>, <title> or <textarea>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from pipeline.site.search import THAI_RUN, corpus_frequencies, thai_dictionary, thai_words

ZWSP = "\u200b"
WORD_OPEN, WORD_CLOSE = '<span class="ls-nobr">', "</span>"
RUN_OPEN = '<span class="ls-words">'  # around a text node's words: one box, as the text node was

_NOT_TEXT = re.compile(r"<(/?)(script|style|svg|code|pre|title|textarea|kbd|samp|option)\b", re.IGNORECASE)
# A figure, then a space, then Thai: "45 ตัว", "4 บิต" (a number and its classifier or unit).
_NUMBER_THEN_THAI = re.compile(r"(\d) (?=[\u0E00-\u0E7F])")


@dataclass
class LineStats:
    """What break_thai_lines did in this process (for the build log and the report)."""

    pages: int = 0
    breaks: int = 0  # U+200B inserted between words
    words: int = 0  # words kept on one line
    numbers: int = 0  # number + Thai word joined by a no-break space


stats = LineStats()


def break_thai_lines(html: str, scope: tuple[str, str] = ("<body", "</body>")) -> str:
    """`html` with the Thai text between `scope`'s two markers cut into words (see the module's doc)."""
    start, end = html.find(scope[0]), html.rfind(scope[1])
    if start < 0 or end < 0 or not THAI_RUN.search(html, start, end):
        return html
    parts = re.split(r"(<[^>]*>)", html[start:end])
    depth, last = 0, ""  # last: the last character of text before this part ("<bdi>45</bdi> ตัว")
    for index, part in enumerate(parts):
        if part.startswith("<"):
            tag = _NOT_TEXT.match(part)
            if tag and not part.endswith("/>"):
                depth = max(0, depth + (-1 if tag.group(1) else 1))
            continue
        if part and not depth and THAI_RUN.search(part):
            if last.isdigit() and re.match(r" [\u0E00-\u0E7F]", part):
                part = "\u00a0" + part[1:]
                stats.numbers += 1
            parts[index] = _cut_text(part)
        last = part[-1:] or last
    stats.pages += 1
    return html[:start] + "".join(parts) + html[end:]


def keep_words_in_plain_text(text: str) -> str:
    """Thai text a script puts on the page (the calculator): words joined by U+200B, a number glued to
    the Thai word after it; the script keeps each word on one line (.ls-nobr spans, fit-calculator.js
    thai()), so no character goes inside a word (review 7, th: U+2060 between letters polluted copies)."""
    return words_apart(_NUMBER_THEN_THAI.sub("\\1\u00a0", text))


def words_apart(text: str) -> str:
    """Thai runs of `text` with U+200B between their words, as break_thai_lines leaves a page's text
    (without its spans): for sentences a script writes into the page's HTML, so they read as the page's."""
    return THAI_RUN.sub(lambda m: ZWSP.join(thai_words(m.group(0))), text)


def _cut_text(text: str) -> str:
    """One text node: Thai runs cut into words, numbers glued to the Thai word after them."""
    text, joined = _NUMBER_THEN_THAI.subn("\\1\u00a0", text)
    stats.numbers += joined

    def cut(match: re.Match) -> str:
        words = thai_words(match.group(0))
        stats.breaks += len(words) - 1
        kept = [f"{WORD_OPEN}{word}{WORD_CLOSE}" if breakable(word) else word for word in words]
        stats.words += sum(1 for word in words if breakable(word))
        return ZWSP.join(kept)

    text = THAI_RUN.sub(cut, text)
    # One box as the text was: in a flex or grid container (a sort button, a form label) each span
    # would be an item of its own, drawn with gaps between the words ("( ค่าน้ำหนัก  ชุด  หลัก )").
    single = text.startswith(WORD_OPEN) and text.endswith(WORD_CLOSE) and text.count(WORD_OPEN) == 1
    return text if single or WORD_OPEN not in text else f"{RUN_OPEN}{text}{WORD_CLOSE}"


# A word this common in the Thai National Corpus (log(1 + count), i.e. 54 uses or more) is in Chromium's
# dictionary too; rarer ones there are loanwords it cuts (แชต|บอต, โอ|เพน, ไฮ|บริด, แค|ต|ตา|ล็อก).
COMMON = 4.0


@lru_cache(maxsize=1 << 14)
def breakable(word: str) -> bool:
    """Whether Chromium could break a line inside `word` (one word of thai_words): it can unless the word
    is short (one or two letters) or a common dictionary word that holds no two dictionary words.

    Chromium cuts Thai with ICU's dictionary, between the words it finds: a compound (ความ|หมาย,
    ค่าตัว|เลข), a loanword it lacks (เกม|มิง), a word with a silent-letter mark (แบนด์|วิดท์, คอม|ไพล์,
    all loanwords). Checked against ICU (Node's Intl.Segmenter) on every word of the built Thai pages:
    none it cuts is left without a span."""
    if len(word) <= 2:
        return False
    if "\u0e4c" in word or corpus_frequencies().get(word, 0.0) < COMMON or word not in _plain_words():
        return True
    return _holds_two_words(word)


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """pythainlp's own word list (the site's glossary words are loanwords ICU may lack: not in it)."""
    from pythainlp.corpus import thai_words as corpus_words

    return frozenset(corpus_words())


def _holds_two_words(word: str) -> bool:
    """`word` cut at Thai character cluster edges into two or more words of the site's dictionary."""
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    edges, dictionary = tcc_pos_array(word), thai_dictionary()
    reach = [True] + [False] * len(word)
    for start in range(len(word)):
        if reach[start]:
            for prefix in dictionary.prefixes(word, start):
                end = start + len(prefix)
                if edges[end] and (start, end) != (0, len(word)):
                    reach[end] = True
    return reach[len(word)]
