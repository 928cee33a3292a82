"""Chinese punctuation and spacing on a rendered page: full-width marks and one space between Han and
Latin letters or digits, in the text the build fills in as in the text writers wrote.

The hand-written zh pages put one space between digits or Latin letters and Han ("4,096 个",
"Gemma 2 模型"; 0 places without one when this was written) and use full-width （）：，；. The build
joins figures, names and UI strings with ASCII " (", ": ", ", " and no space ("80.3亿 (精确值：…)",
"数据来源: "); this pass gives the whole page one rule. Brackets are full-width on the whole page,
around Latin too ("MacBook Air（M3）", "int8（≈ Q8_0）": names from data/ are set like the page, the
native review asked for it); colons and commas only beside Han ("10:05", "a, b" stay). Text inside an
element marked as another language (lang="pt": "Português (Brasil)") keeps its own marks. No space
is kept next to a full-width mark. Only text between tags changes, never attributes, <code>, <pre>,
<script>, <style> or SVG labels (their widths were measured when the chart was drawn); an SVG's
<title> tooltips are text and follow the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
FULL = "（）：，；。！？、“”‘’《》「」"
_HAN = re.compile(f"[{HAN}]")
_SKIP = re.compile(r"<(/?)(script|style|code|pre|kbd|samp|textarea|svg|title)\b", re.IGNORECASE)
_ALNUM = re.compile(r"[0-9A-Za-z%]")
# Tags that keep text on one run: spacing and brackets carry across them ("约有<bdi>8 GB</bdi>显存").
_INLINE = re.compile(r"</?(a|span|bdi|b|strong|em|i|abbr|small|sup|sub|mark|time|q|s|u|wbr)\b", re.IGNORECASE)
# An element in another language than the page's (English names are set like the page).
_FOREIGN = re.compile(r"<([a-z][a-z0-9]*)\b[^>]*\slang=\"(?!zh|en\b)[a-z]", re.IGNORECASE)


@dataclass
class ZhStats:
    """What tidy_chinese changed in this process."""

    pages: int = 0
    marks: int = 0  # half-width marks made full-width
    spaces: int = 0  # spaces put between Han and Latin or digits


stats = ZhStats()


def tidy_chinese(html: str, scope: tuple[str, str] = ("<body", "</body>")) -> str:
    """`html` with the text between `scope`'s markers following the zh rules above."""
    start, end = html.find(scope[0]), html.rfind(scope[1])
    if start < 0 or end < 0:
        return html
    parts = re.split(r"(<[^>]*>)", html[start:end])
    open_tags: list[str] = []  # skipped elements we are inside (svg, and title inside it, …)
    last = ""  # last character of text so far: spacing and brackets across elements
    parens: list[bool] = []  # for each open "(": whether it was made full-width
    last_index = None  # the part `last` belongs to
    foreign: list = []  # [element name, depth] while inside an element in another language
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if not _INLINE.match(part):
                last, last_index = "", None
            if foreign:
                name = re.match(r"</?([a-zA-Z0-9]+)", part)
                if name and name.group(1).lower() == foreign[0] and not part.endswith("/>"):
                    foreign[1] += -1 if part.startswith("</") else 1
                    if foreign[1] == 0:
                        foreign = []
            elif (other := _FOREIGN.match(part)) and not part.endswith("/>"):
                foreign = [other.group(1).lower(), 1]
            tag = _SKIP.match(part)
            if tag and not part.endswith("/>"):
                name = tag.group(2).lower()
                if tag.group(1):
                    if name in open_tags:
                        del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name):]
                else:
                    open_tags.append(name)
            continue
        if not part:
            continue
        in_svg_title = open_tags[-2:] == ["svg", "title"]
        if (open_tags and not in_svg_title) or foreign:
            continue
        first = part[:1]
        if last_index is not None and ((_HAN.match(first) and _ALNUM.match(last or "")) or
                                       (_ALNUM.match(first) and _HAN.match(last or ""))):
            # outside the element: after "</bdi>", before "<bdi>"
            if all(p.startswith("</") for p in parts[last_index + 1:index]):
                part = " " + part
            else:
                parts[last_index] += " "
            stats.spaces += 1
            last = " "
        parts[index] = _tidy_text(part, last, parens)
        last, last_index = parts[index][-1:] or last, index
    stats.pages += 1
    return html[:start] + "".join(parts) + html[end:]


_TITLE = re.compile(r"(<title>)([^<]*)(</title>)")


def tidy_title(html: str) -> str:
    """`html` with the browser-tab <title> in <head> following the rule too: "DeepSeek-V3.1 NVFP4（NVIDIA）-
    LLM Sizes" as the page's h1 (review 8 zh #4; tidy_chinese reads <body> only)."""
    head_end = html.find("<body")
    head = html[:head_end] if head_end >= 0 else html
    return _TITLE.sub(lambda m: m.group(1) + tidy_plain(m.group(2)) + m.group(3), head, count=1) + html[len(head):]


def tidy_plain(text: str) -> str:
    """The same rule on a plain string a script will show as text (dates, labels in the explorer's data)."""
    return _tidy_text(text, "", [])


def _is_han(ch: str) -> bool:
    return bool(ch) and (bool(_HAN.match(ch)) or ch in FULL)


def _tidy_text(text: str, last: str, parens: list[bool]) -> str:
    out: list[str] = []
    prev = last
    i = 0
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        # the next character that is not a space (worked out only where a mark is judged: a scan per
        # character made long texts quadratic)
        after = text[i + 1:].lstrip(" ")[:1] if ch in "(:;," else ""
        if ch == "(":
            parens.append(True)
            prev = _put_mark(out, "（")
            i += 1
            while i < len(text) and text[i] == " ":
                i += 1
            continue
        elif ch == ")" and parens:
            if parens.pop():
                prev = _put_mark(out, "）")
                i += 1
                if text[i:i + 1] == " " and _is_han(text[i + 1:i + 2]):
                    i += 1
                continue
        elif ch in ":;," and (_is_han(_before(out, prev)) or (_is_han(after) and not nxt.isdigit())):
            if not (ch == "," and prev.isdigit() and nxt.isdigit()):  # 8,030 stays
                prev = _put_mark(out, {":": "：", ";": "；", ",": "，"}[ch])
                i += 1
                while i < len(text) and text[i] == " ":
                    i += 1
                continue
        elif ch == " " and ((prev and prev in FULL) or (nxt and nxt in FULL)):  # "。 以下模型", "未知 ：暂无"
            i += 1
            continue
        if (_HAN.match(ch) and _ALNUM.match(prev or "")) or (_ALNUM.match(ch) and _HAN.match(prev or "")):
            out.append(" ")
            stats.spaces += 1
        out.append(ch)
        prev = ch
        i += 1
    return "".join(out)


def _put_mark(out: list[str], mark: str) -> str:
    """Write a full-width mark with no space before it (a full-width mark carries its own); returns it."""
    while out and out[-1] == " ":
        out.pop()
    out.append(mark)
    stats.marks += 1
    return mark


def _before(out: list[str], last: str) -> str:
    """The last non-space character written so far (in this text or the text before it)."""
    for ch in reversed(out):
        if ch != " ":
            return ch
    return last

