"""Bidirectional text: Latin and number runs isolated inside right-to-left labels and pages.

In a right-to-left paragraph the Unicode bidi algorithm splits a run like "80 GB" around the
neutral space ("GB 80"), turns "65–75%" into "75%–65" and "-it" into "it-". Each such run is put in
a left-to-right isolate (U+2066 … U+2069), and a label drawn where the surrounding direction is left
to right (an SVG chart) is put whole in a right-to-left isolate (U+2067 … U+2069), so "GPU למרכז
נתונים, 80 GB" keeps GPU at its start on the right and "80 GB" whole at its end on the left.
"""

from __future__ import annotations

import re

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"

# A left-to-right run: words of Latin letters and digits ("3.1", "4,096", "Qwen2.5-7B", "65–75%")
# joined by spaces or no-break spaces, with a leading sign or hyphen after a space ("-it"; the
# hyphen of "ו-Llama" belongs to the Hebrew prefix). ", " and ": " end a
# run: "Llama 3.1 8B, Gemma 2" is two runs, so a list keeps the page's order. A run may follow a
# Hebrew or Arabic prefix letter ("و75%", "ו-Llama 3").
_TOKEN = r"[A-Za-z0-9]+(?:[.,:/_+×'’\-–][A-Za-z0-9]+)*%?"
# Never from inside a token: "\u206837.8" (a figure already isolated) must not give "37." + isolated "8".
LTR_RUN = re.compile(rf"(?<![A-Za-z0-9\u2066-\u2069])(?<![A-Za-z0-9][.,:/_+×'’\-–])(?:(?<![^\s\u200e(])[-+−](?=[A-Za-z0-9]))?{_TOKEN}"
                     rf"(?:[ \u00a0]+{_TOKEN})*")
# Runs that reorder in RTL text: a digit in them, or a leading sign or hyphen. A Latin word alone
# ("GPU", "English") keeps its order and is left as it is.
_REORDERS = re.compile(r"\d|^[-+−]")


def isolate_ltr_runs(text: str) -> str:
    """`text` with every run that would reorder in right-to-left text put in LRI … PDI."""
    return LTR_RUN.sub(lambda m: f"{LRI}{m.group(0)}{PDI}" if _REORDERS.search(m.group(0)) else m.group(0),
                       text)


def rtl_label(text: str) -> str:
    """A whole label of a right-to-left language, for a place laid out left to right (SVG): RLI …
    PDI around it, its number and Latin runs isolated inside."""
    return f"{RLI}{isolate_ltr_runs(_unwrap(text))}{PDI}" if text else text


def _unwrap(text: str) -> str:
    """A label already in one first-strong or right-to-left isolate, without it (no double wrap)."""
    if len(text) > 1 and text[0] in (FSI, RLI) and text[-1] == PDI and PDI not in text[1:-1]:
        return text[1:-1]
    return text
