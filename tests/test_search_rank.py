"""The model search's ranking (docs/assets/js/search-rank.js, shared by the explorer and the calculator), run
in node over every tracked model's index entry (pipeline/site/calc_data.index_entry): queries readers typed."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pipeline.site import calc_data
from pipeline.site.context import load_site_data
from tests.conftest import ROOT

RANK_JS = ROOT / "docs" / "assets" / "js" / "search-rank.js"
INDEX = [calc_data.index_entry(row) for row in load_site_data(ROOT / "data").models]
SCRIPT = """
const S = require(process.argv[1]); const p = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const index = p.rows.map((x, i) => { const key = S.words(x[0] + ' ' + x[1]);
  return {id: x[0], name: x[1], params: x[2], featured: x[3], downloads: x[4], order: i, key, words: key.split(' ')}; });
process.stdout.write(JSON.stringify(p.queries.map(q => S.rank(index.slice(), S.query(q)).slice(0, 8).map(r => r.id))));"""


def ranked(*queries: str) -> dict[str, list[str]]:
    if shutil.which("node") is None:
        pytest.fail("node is needed to run the search ranking (apt-get install nodejs)")
    out = subprocess.run(["node", "-e", SCRIPT, str(RANK_JS)], input=json.dumps({"rows": INDEX, "queries": queries}),
                         capture_output=True, text=True, timeout=60, check=True)
    return dict(zip(queries, json.loads(out.stdout)))


def test_a_bare_number_is_the_whole_size_not_part_of_it():
    got = ranked("gpt oss 120", "gpt oss 20", "gpt oss 120b")
    assert got["gpt oss 120"][0] == "openai/gpt-oss-120b" and "openai/gpt-oss-20b" not in got["gpt oss 120"]
    assert got["gpt oss 20"][0] == "openai/gpt-oss-20b" and "openai/gpt-oss-120b" not in got["gpt oss 20"]
    assert got["gpt oss 120b"][0] == "openai/gpt-oss-120b"


def test_a_whole_family_name_ranks_above_a_word_it_only_starts():
    """"mistral" is Mistral's own word; Mathstral has it only as the start of its owner, "mistralai"."""
    got = ranked("mistral 7b")["mistral 7b"]
    assert got[0].startswith("mistralai/Mistral-7B") and "mistralai/mathstral-7B-v0.1" not in got[:5], got


def test_sizes_and_families_first():
    got = ranked("qwen 7b", "llama 8b", "deepseek v3", "Llama-3.1-8B-Instruct")
    assert all(i.startswith("Qwen/") and "-7B" in i for i in got["qwen 7b"][:5]), got["qwen 7b"]
    assert "Qwen/Qwen2.5-7B" in got["qwen 7b"][:3] and "Qwen/Qwen2.5-7B-Instruct" in got["qwen 7b"][:3]
    assert got["llama 8b"][:2] == ["meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Instruct"]
    assert got["deepseek v3"][0] == "deepseek-ai/DeepSeek-V3"
    assert got["Llama-3.1-8B-Instruct"] == ["meta-llama/Llama-3.1-8B-Instruct"]


def test_every_word_typed_is_required():
    """Words are AND-ed (review 6: "qwen 7b" found 68 models, every Qwen): a row has each word (a size word by
    name, or a parameter count within 10% of it), best first; a query that names no model finds none."""
    queries = ("qwen 7b", "llama 8b", "deepseek v3", "gpt oss", "Llama-3.1-8B-Instruct", "qwen zzz")
    out = subprocess.run(["node", "-e", SCRIPT.replace(".slice(0, 8)", ""), str(RANK_JS)],
                         input=json.dumps({"rows": INDEX, "queries": queries}), capture_output=True, text=True,
                         timeout=60, check=True)
    got = dict(zip(queries, json.loads(out.stdout)))
    params = {x[0]: x[2] for x in INDEX}
    for query, size in (("qwen 7b", 7e9), ("llama 8b", 8e9)):
        family, size_word = query.split()
        assert 0 < len(got[query]) <= 25, (query, len(got[query]))
        for i in got[query]:
            words = i.lower().replace("/", "-").split("-")
            assert family in i.lower() and (size_word in words or abs(params[i] / size - 1) <= 0.11), (query, i)
    assert got["qwen 7b"][:2] == ["Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B"] or set(got["qwen 7b"][:2]) == {
        "Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B"}
    assert got["deepseek v3"] and all("deepseek-v3" in i.lower() for i in got["deepseek v3"]), got["deepseek v3"]
    assert got["gpt oss"] and all("gpt-oss" in i for i in got["gpt oss"]), got["gpt oss"]
    assert got["Llama-3.1-8B-Instruct"] == ["meta-llama/Llama-3.1-8B-Instruct"]
    assert got["qwen zzz"] == []
