"""One bidi rule, two runtimes: pipeline/i18n/bidi.py and docs/assets/js/bidi.js isolate the same
Latin and number runs in the same right-to-left texts (a Hebrew and an Arabic model page's, and edges)."""

from __future__ import annotations

import html
import re
import shutil

import pytest

from pipeline.i18n.bidi import isolate_ltr_runs
from pipeline.i18n.locales import load_locale
from pipeline.site import explorer
from pipeline.site.context import Page, load_site_data
from tests.conftest import ROOT
from tests.node_map import node_map

EDGES = ["80 GB", "65–75%", "Gemma-2-2b-it", "ו-Llama 3.1 8B, Gemma 2", "و75%", "(-it)", "x -it", "GPU", "3,5 e 4.096",
         "Qwen2.5-7B: 4 GiB", "≈ Q4_K_M", "a\u00a0b 12", "+5 −3"]


def texts() -> list[str]:
    data = load_site_data(ROOT / "data")
    found = list(EDGES)
    for lang in ("he", "ar"):
        page = Page(lang=lang, locale=load_locale(lang), data=data, base_url="../../")
        for model_id in ("google/gemma-2b", "deepseek-ai/DeepSeek-V3", "openai-community/gpt2"):
            found += [html.unescape(t) for t in re.split(r"<[^>]*>", explorer.model_page_html(page, model_id)) if t.strip()]
    return found


@pytest.mark.skipif(not shutil.which("node"), reason="node is not installed")
def test_python_and_the_browser_script_isolate_the_same_runs():
    given = texts()
    browser = node_map("bidi.js", "isolate", given)
    python = [isolate_ltr_runs(t) for t in given]
    assert sum(t != isolate_ltr_runs(t) for t in given) > 20  # the texts have runs to isolate
    assert [(t, b) for t, b, p in zip(given, browser, python) if b != p] == []
