"""MkDocs hooks for LLM Sizes, registered in mkdocs.yml: a thin re-export of pipeline/site/hooks.py."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # MkDocs loads this file by path; make the `pipeline` package importable
    sys.path.insert(0, str(ROOT))

from pipeline.site.hooks import (  # noqa: E402,F401
    on_config, on_env, on_files, on_nav, on_page_markdown, on_post_build, on_post_page, on_post_template,
)
