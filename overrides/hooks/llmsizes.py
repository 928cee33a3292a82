"""MkDocs hooks for LLM Sizes: a thin dispatcher that calls the pure renderers in `pipeline/`."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the hook is loaded by file path; make `pipeline` importable
    sys.path.insert(0, str(ROOT))

from pipeline import site  # noqa: E402

_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)


def _lang(config) -> str:
    return config.theme["language"]


def on_config(config):
    site.start_build(ROOT / "data", strict=os.environ.get("LLMSIZES_STRICT_I18N") == "1")
    return config


def on_page_markdown(markdown, page, config, files):
    return site.page_markdown(
        markdown, lang=_lang(config), src_path=page.file.src_path,
        file_locale=getattr(page.file, "locale", _lang(config)), dest_url=page.url,
    )


def on_post_page(output, page, config):
    # Material puts dir only on <body>; screen readers and CSS logical properties want it on <html>.
    direction = site.direction(_lang(config))
    return _HTML_TAG.sub(lambda m: _with_dir(m, direction), output, count=1)


def _with_dir(match: re.Match, direction: str) -> str:
    attrs = re.sub(r'\sdir="[^"]*"', "", match.group(1))
    return f'<html{attrs} dir="{direction}">'
