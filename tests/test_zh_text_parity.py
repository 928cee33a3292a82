"""One Chinese text rule, two runtimes: pipeline/site/zh_text.py and docs/assets/js/zh-text.js give the
same HTML for the same input (zh model pages as the build renders them, before its page pass, and edges)."""

from __future__ import annotations

import shutil

import pytest

from pipeline.i18n.locales import load_locale
from pipeline.site import explorer
from pipeline.site.context import Page, load_site_data
from pipeline.site.zh_text import tidy_chinese
from tests.conftest import ROOT
from tests.node_map import node_map

EDGES = ["参数 (精确值: 8,030,261,248)", "<p>约有<bdi>8 GB</bdi>显存</p>", "Gemma 2模型, 4,096个词元", "(a b) 模型",
         "<code>a(b)</code>模型 7B", "下载 (默认权重): ≈ 268 MB", "结论。 以下模型", "1,5; 模型", "<svg><title>模型8</title></svg>",
         "<td>MacBook Air (M3)</td>", '<span lang="pt">Português (Brasil)</span> (x)', "<b>未知</b> ：暂无"]


def fragments() -> list[str]:
    data = load_site_data(ROOT / "data")
    page = Page(lang="zh", locale=load_locale("zh"), data=data, base_url="../../")
    return EDGES + [explorer.model_page_html(page, m) for m in
                    ("google/gemma-2b", "deepseek-ai/DeepSeek-V3", "openai-community/gpt2", "meta-llama/Llama-3.1-8B-Instruct")]


@pytest.mark.skipif(not shutil.which("node"), reason="node is not installed")
def test_python_and_the_browser_script_tidy_the_same_html():
    given = fragments()
    browser = node_map("zh-text.js", "tidy", given)
    python = [tidy_chinese(h, ("", "")) for h in given]
    assert sum(h != p for h, p in zip(given, python)) > 5  # the inputs have something to tidy
    assert [(h, b, p) for h, b, p in zip(given, browser, python) if b != p] == []
