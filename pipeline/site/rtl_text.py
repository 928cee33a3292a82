"""Right-to-left pages: number and Latin runs of the page's text isolated left to right.

A Hebrew or Arabic page fills its cells, captions and sentences with figures ("80 GB", "65–75%",
"Llama 3.1 8B", "-it"); in a right-to-left paragraph the bidi algorithm reorders them ("GB 80",
"75%–65", "it-"). Each such run of a rendered page's text gets U+2066 … U+2069 around it
(pipeline/i18n/bidi.py), in generated and hand-written text alike. Only text between tags changes:
never attributes, <code>, <pre>, <script>, <style>, <svg> (charts isolate their own labels) or
<textarea>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape, unescape

from pipeline.i18n.bidi import LTR_RUN, isolate_ltr_runs

_SKIP = re.compile(r"<(/?)(script|style|code|pre|kbd|samp|textarea|svg|title|option)\b", re.IGNORECASE)


@dataclass
class RtlStats:
    """What isolate_page_runs did in this process."""

    pages: int = 0
    runs: int = 0  # runs put in a left-to-right isolate


stats = RtlStats()


def map_text(html: str, skip: re.Pattern, change, scope: tuple[str, str] = ("<body", "</body>")) -> str:
    """`html` with `change` applied to each text run between `scope`'s markers that is outside the
    elements `skip` matches (by tag: scripts, code, charts…); tags and attributes are never touched."""
    start, end = html.find(scope[0]), html.rfind(scope[1])
    if start < 0 or end < 0:
        return html
    parts = re.split(r"(<[^>]*>)", html[start:end])
    depth = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            tag = skip.match(part)
            if tag and not part.endswith("/>"):
                depth = max(0, depth + (-1 if tag.group(1) else 1))
        elif part and not depth:
            parts[index] = change(part)
    return html[:start] + "".join(parts) + html[end:]


def _isolate(part: str) -> str:
    if not LTR_RUN.search(part):
        return part
    # isolate the characters, not their references: "&#34;" split by an isolate shows as text
    text = unescape(part)
    done = isolate_ltr_runs(text)
    stats.runs += done.count("\u2066") - text.count("\u2066")
    return escape(done, quote=False)


def isolate_page_runs(html: str, scope: tuple[str, str] = ("<body", "</body>")) -> str:
    """`html` with the runs that would reorder in its text between `scope`'s markers isolated."""
    if html.find(scope[0]) < 0 or html.rfind(scope[1]) < 0:
        return html
    done = map_text(html, _SKIP, _isolate, scope)
    stats.pages += 1
    return done
