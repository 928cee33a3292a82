"""Untrusted text (Hub strings) made safe for HTML, and the small HTML pieces every renderer shares."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069), marks, other controls.
_UNSAFE_CHARS = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain_text(value: object) -> str:
    """A Hub-supplied string with control and bidi-override characters removed (not yet escaped)."""
    return _UNSAFE_CHARS.sub("", str(value if value is not None else ""))


def hub(value: object) -> Markup:
    """A Hub-supplied string, cleaned and HTML-escaped: inert in element text and in attributes."""
    return escape(plain_text(value))


def fig(text: str, title: str | None = None) -> Markup:
    """An inline figure isolated for bidirectional text, so '1.35 GB' never garbles inside RTL prose."""
    if title:
        return Markup('<bdi class="ls-fig" title="{}">{}</bdi>').format(title, text)
    return Markup('<bdi class="ls-fig">{}</bdi>').format(text)


# "35B-A3B" (total-active sizes) broke at its hyphen at 360 px ("Qwen3.5 35B-/A3B", review 7 he #13)
_SIZE_PAIR = re.compile(r"\b\d+(?:\.\d+)?[BMT]-A\d+(?:\.\d+)?[BMT]\b")


def hub_name(value: object) -> Markup:
    """A model name for display: escaped like hub(), its size pair kept on one line (data, search and URLs keep the
    plain name)."""
    return Markup(_SIZE_PAIR.sub(lambda m: f'<span class="ls-nobr">{m.group(0)}</span>', str(hub(value))))
