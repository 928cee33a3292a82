"""MkDocs hooks for LLM Sizes: a thin dispatcher that calls the pure renderers in `pipeline/`."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the hook is loaded by file path; make `pipeline` importable
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402

from pipeline import site  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402

_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)


def _lang(config) -> str:
    return config.theme["language"]


def on_config(config):
    try:
        site.build_only(config, os.environ.get("LLMSIZES_ONLY_LANG"))  # make serve LANG=th
    except ValueError as exc:
        raise PluginError(str(exc)) from None
    try:
        site.start_build(ROOT / "data", strict=os.environ.get("LLMSIZES_STRICT_I18N") == "1")
    except (PipelineError, OSError) as exc:
        raise PluginError(f"LLM Sizes: cannot load data/: {exc}") from None
    return config


def on_page_markdown(markdown, page, config, files):
    try:
        return site.page_markdown(
            markdown, lang=_lang(config), src_path=page.file.src_path,
            file_locale=getattr(page.file, "locale", _lang(config)), dest_url=page.url,
            meta=page.meta, docs_dir=config.docs_dir,
        )
    except PipelineError as exc:  # named file:line problems: show them without a traceback
        raise PluginError(str(exc)) from None


def on_post_build(config):
    # The model table as CSV and JSON at <site>/downloads/ (each language build rewrites the same files).
    from pipeline import exports

    exports.write_exports(site.current_data(), Path(config.site_dir) / "downloads")


def on_post_page(output, page, config):
    # Material puts dir only on <body>; screen readers and CSS logical properties want it on <html>.
    direction = site.direction(_lang(config))
    return _HTML_TAG.sub(lambda m: _with_dir(m, direction), output, count=1)


def _with_dir(match: re.Match, direction: str) -> str:
    attrs = re.sub(r'\sdir="[^"]*"', "", match.group(1))
    return f'<html{attrs} dir="{direction}">'
