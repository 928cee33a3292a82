"""The reconstructed first snapshot: reproducible from the committed facts, and faithful to them."""

from __future__ import annotations

import functools
import json
import tempfile
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.data import reconstruct
from pipeline.data.catalog import REPO_ID, load_catalog

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "data" / "facts" / "hub-facts.yaml"
HUB = ROOT / "data" / "hub"
SHARED_REFERENCE = ROOT.parent / "shared" / "reference"


def _facts() -> dict[str, dict]:
    """Facts entries for real Hub repos, read independently of the module under test."""
    entries = yaml.safe_load(FACTS.read_text(encoding="utf-8"))["models"]
    return {entry["repo_id"]: entry for entry in entries if REPO_ID.match(entry["repo_id"])}


@functools.lru_cache(maxsize=1)
def _rebuilt_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="reconstructed-"))
    reconstruct.reconstruct_snapshot(FACTS, folder)
    return folder / "hub"


def _committed() -> dict[str, dict]:
    """The reconstructed snapshot, as the module under test writes it (a real refresh replaces the
    committed files one by one; the drift test checks the ones still committed equal these)."""
    folder = _rebuilt_dir()
    return {str(path.relative_to(folder).with_suffix("")): json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(folder.rglob("*.json"))}


def _still_reconstructed() -> set[str]:
    names = set()
    for path in HUB.rglob("*.json"):
        if json.loads(path.read_text(encoding="utf-8"))["provenance"]["basis"] == "reconstructed":
            names.add(str(path.relative_to(HUB)))
    return names


def _tree_bytes(folder: Path, only: set[str] | None = None) -> dict[str, bytes]:
    files = {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*.json"))}
    return {name: data for name, data in files.items() if only is None or name in only}


def _reconstructed_names() -> set[str]:
    return _still_reconstructed()


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("data")
    written = reconstruct.reconstruct_snapshot(FACTS, data_dir)
    assert len(written) == len(set(written))
    return data_dir


def test_reconstruct_reproduces_the_committed_snapshot_byte_for_byte(rebuilt):
    rebuilt_files = _tree_bytes(rebuilt / "hub", _reconstructed_names())
    committed_files = _tree_bytes(HUB, _reconstructed_names())
    assert sorted(rebuilt_files) == sorted(committed_files), "run: python -m pipeline reconstruct"
    for name, payload in rebuilt_files.items():
        assert committed_files[name] == payload, f"data/hub/{name} drifted: run python -m pipeline reconstruct"


def test_a_second_run_changes_no_bytes_and_rewrites_nothing(rebuilt):
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in (rebuilt / "hub").rglob("*.json")}
    reconstruct.reconstruct_snapshot(FACTS, rebuilt)
    after = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in (rebuilt / "hub").rglob("*.json")}
    assert after == before
    assert not list((rebuilt / "hub").rglob("*.tmp"))


def test_cli_reconstruct_writes_one_file_per_hub_repo(tmp_path):
    (tmp_path / "reference").mkdir()
    (tmp_path / "facts").mkdir(exist_ok=True); (tmp_path / "facts" / "hub-facts.yaml").write_bytes(FACTS.read_bytes())
    run = subprocess.run([sys.executable, "-m", "pipeline", "reconstruct", "--data-dir", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert f"reconstructed {len(_facts())} snapshot file(s)" in run.stdout
    assert _tree_bytes(tmp_path / "hub", _reconstructed_names()) == _tree_bytes(HUB, _reconstructed_names())


def test_a_snapshot_fetched_from_the_hub_is_kept_unless_forced(tmp_path):
    (tmp_path / "reference").mkdir()
    (tmp_path / "facts").mkdir(exist_ok=True); (tmp_path / "facts" / "hub-facts.yaml").write_bytes(FACTS.read_bytes())
    fetched = tmp_path / "hub" / "google" / "gemma-2b.json"
    fetched.parent.mkdir(parents=True)
    fetched.write_text('{"format": "llm-sizes/hub-snapshot@1", "provenance": {"basis": "fetched"}}\n')
    kept = fetched.read_bytes()
    run = lambda *args: subprocess.run([sys.executable, "-m", "pipeline", "reconstruct", "--data-dir", str(tmp_path),
                                        *args], cwd=ROOT, capture_output=True, text=True)
    result = run()
    assert result.returncode == 0, result.stderr
    assert fetched.read_bytes() == kept and "kept 1 fetched from the Hub" in result.stdout
    assert f"reconstructed {len(_facts()) - 1} snapshot file(s)" in result.stdout
    assert run("--force").returncode == 0
    assert json.loads(fetched.read_text(encoding="utf-8"))["provenance"]["basis"] == "reconstructed"


@pytest.mark.parametrize("name", ["hub-facts.yaml", "hub-api-shapes.md"])
def test_reference_copies_are_verbatim(name):
    """The copies match the checksums recorded when they were taken (data/reference/SHA256SUMS), and the
    steering repo's originals too when ../shared is checked out beside this clone (it is not in CI)."""
    import hashlib

    copy = (ROOT / "data" / "reference" / name).read_bytes()
    recorded = dict(reversed(line.split()) for line in
                    (ROOT / "data" / "reference" / "SHA256SUMS").read_text(encoding="utf-8").splitlines())
    assert hashlib.sha256(copy).hexdigest() == recorded[name], f"data/reference/{name} was edited after it was copied"
    if SHARED_REFERENCE.exists():
        assert copy == (SHARED_REFERENCE / name).read_bytes(), f"../shared/reference/{name} changed: copy it again"


def test_one_file_per_real_hub_repo_and_the_pseudo_entry_skipped():
    assert set(_committed()) == set(_facts())
    all_snapshots = {str(p.relative_to(HUB).with_suffix("")) for p in HUB.rglob("*.json")}
    assert set(_facts()) <= all_snapshots
    assert not any(" " in name or name.startswith("MediaPipe") for name in all_snapshots)


def test_json_layout_is_fixed():
    for path in _rebuilt_dir().rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        document = json.loads(text)
        assert text == json.dumps(document, indent=2, ensure_ascii=False) + "\n", path
        assert list(document) == ["format", "provenance", "model_info", "tree", "config_json"]
        assert list(document["provenance"])[:10] == [
            "basis", "requested_id", "repo_id", "renamed_from", "fetched_at", "endpoint", "client",
            "revision", "sources", "params_total_basis"]
        assert list(document["provenance"])[-1] == "notes"


def test_every_file_says_it_is_reconstructed_and_where_each_figure_came_from():
    facts = _facts()
    index = yaml.safe_load(FACTS.read_text(encoding="utf-8"))["source_index"]
    for repo_id, document in _committed().items():
        provenance, info = document["provenance"], document["model_info"]
        assert document["format"] == "llm-sizes/hub-snapshot@1"
        assert provenance["basis"] == "reconstructed"
        assert provenance["fetched_at"] == reconstruct.FETCHED_AT
        assert provenance["endpoint"] == "https://huggingface.co" and provenance["client"] is None
        assert provenance["repo_id"] == provenance["requested_id"] == info["id"] == repo_id
        assert provenance["renamed_from"] == facts[repo_id].get("renamed_from")
        assert provenance["params_total_basis"] == facts[repo_id].get("params_total_basis")
        holds_a_figure = set(info) - {"id"} or document["tree"] or document["config_json"]
        if holds_a_figure:
            assert provenance["sources"], f"{repo_id}: figures without a source"
        else:  # Xenova's ONNX-only repo: the facts found nothing, so the file states nothing
            assert provenance["sources"] == [] and "NOT FOUND" in provenance["notes"]
        cited_config = 1 if facts[repo_id].get("config_source") else 0
        assert len(provenance["sources"]) == len(facts[repo_id]["sources"]) + cited_config
        for source in provenance["sources"]:
            key = re.match(r"([A-Z][A-Z0-9_]+)\b", source)
            if key and key.group(1) in index:  # source keys are expanded to their full location
                assert source.startswith(f"{key.group(1)}: {index[key.group(1)]}")


def test_params_totals_and_dtypes_equal_the_facts():
    facts = _facts()
    checked = 0
    for repo_id, document in _committed().items():
        safetensors = document["model_info"].get("safetensors")
        entry = facts[repo_id]
        if entry.get("params_total") is None:
            assert safetensors is None
            continue
        assert safetensors["total"] == entry["params_total"], repo_id
        if entry.get("params_by_dtype"):
            assert safetensors["parameters"] == entry["params_by_dtype"]
            assert sum(safetensors["parameters"].values()) == safetensors["total"]
        else:
            assert "parameters" not in safetensors
        checked += 1
    assert checked >= 35


def test_tree_lists_only_files_with_an_exact_size_in_the_facts():
    facts = _facts()
    for repo_id, document in _committed().items():
        sized = {(f["name"], f["size_bytes"]) for f in facts[repo_id].get("weight_files") or []
                 if isinstance(f.get("size_bytes"), int)}
        tree = document["tree"]
        if not sized:
            assert tree is None, repo_id
            continue
        assert {(entry["path"], entry["size"]) for entry in tree} == sized
        assert all(entry["type"] == "file" for entry in tree)
    bert = _committed()["google-bert/bert-base-uncased"]
    assert {e["path"]: e["size"] for e in bert["tree"]} == {"pytorch_model.bin": 440473133, "tf_model.h5": 536063208}
    assert "dd4bc8b21efa05ec961e3efc4ee5e3832a3679c7" in bert["provenance"]["notes"]


def test_revisions_come_from_the_sources_only():
    snapshots, facts = _committed(), _facts()
    expected = {
        "google-bert/bert-base-uncased": "86b5e0934494bd15c9632b12f734a8a67f723594",
        "openai-community/gpt2": "607a30d783dfa663caf39e06633721c8d4cfcd7e",
        "google-t5/t5-small": "df1b051c49625cf57a3d0d8d3863ed4d13564fe4",
        "distilbert/distilbert-base-uncased-finetuned-sst-2-english": "714eb0fa89d2f80546fda750413ed43d93601a13",
        "tiiuae/falcon-180B": "d2ea5531862d4fe907280234990e6380d2befd97",
        # a commit of the huggingface/safetensors repo (@0157…) is also in bloom's sources: not its sha
        "bigscience/bloom": "053d9cd9fbe814e091294f67fcfedb3397b954bb",
    }
    for repo_id, sha in expected.items():
        assert snapshots[repo_id]["provenance"]["revision"] == sha
    for repo_id, document in snapshots.items():
        revision = document["provenance"]["revision"]
        assert document["model_info"].get("sha") == revision
        if revision:
            assert revision in " ".join(facts[repo_id]["sources"])
    assert snapshots["google/gemma-2b"]["provenance"]["revision"] is None


def test_model_info_keeps_hub_key_names_and_given_values_only():
    facts = _facts()
    allowed = {"id", "sha", "pipeline_tag", "library_name", "gated", "config", "cardData", "safetensors", "usedStorage"}
    for repo_id, document in _committed().items():
        info, entry = document["model_info"], facts[repo_id]
        assert set(info) <= allowed, repo_id
        assert info.get("gated") == entry.get("gated")
        assert info.get("pipeline_tag") == entry.get("pipeline_tag")
        assert info.get("usedStorage") == entry.get("usedStorage_bytes")
        if "cardData" in info:
            assert info["cardData"] == {"license": entry["license"]}
        if entry.get("architecture"):
            assert info["config"]["architectures"] == [entry["architecture"]]
    gemma = _committed()["google/gemma-2b"]
    assert gemma["model_info"]["gated"] is True and "gated: true" in gemma["provenance"]["notes"]
    # descriptions are not Hub license ids: kept in notes, not in cardData
    kimi = _committed()["moonshotai/Kimi-K2.5"]
    assert "cardData" not in kimi["model_info"] and "modified MIT" in kimi["provenance"]["notes"]


def test_config_json_uses_config_key_names_and_skips_nulls():
    facts = _facts()
    for repo_id, document in _committed().items():
        config, entry = document["config_json"], facts[repo_id]
        if entry.get("config"):  # a cited config.json copy is written as it is
            assert {k: v for k, v in config.items() if k in entry["config"]} == entry["config"], repo_id
            continue
        for key in reconstruct.CONFIG_KEYS:
            assert (config or {}).get(key) == entry.get(key), (repo_id, key)
        assert None not in (config or {}).values()
    snapshots = _committed()
    assert snapshots["openai/gpt-oss-20b"]["config_json"]["model_type"] == "gpt_oss"  # stated in a comment
    assert "model_type" not in snapshots["google/gemma-3-4b-it"]["config_json"]  # gemma3_text is a sub-config's
    assert snapshots["Xenova/distilbert-base-uncased-finetuned-sst-2-english"]["config_json"] is None  # no shape in the facts
    assert snapshots["ibm-granite/granite-3.3-2b-instruct"]["config_json"] == {  # a partial shape is written as stated
        "max_position_embeddings": 131072}
    # a GGUF header mapped to config.json names is a trimmed copy: the layer plan, nothing the header lacks
    distill = snapshots["deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"]["config_json"]
    assert (distill["model_type"], distill["num_hidden_layers"], distill["num_key_value_heads"]) == ("qwen2", 28, 4)
    assert "vocab_size" not in distill and "torch_dtype" not in distill
    assert snapshots["microsoft/Phi-3-mini-4k-instruct"]["config_json"]["tie_word_embeddings"] is False


def test_published_active_params_only_where_a_readme_states_them():
    expected = {
        "deepseek-ai/DeepSeek-V3": 37_000_000_000,
        "moonshotai/Kimi-K2-Instruct": 32_000_000_000,
        "openai/gpt-oss-20b": 3_600_000_000,
        "openai/gpt-oss-120b": 5_100_000_000,
    }
    for repo_id, document in _committed().items():
        active = document["provenance"].get("published_active_params")
        if repo_id in expected:
            assert active["value"] == expected[repo_id]
            assert "README" in active["source"] and active["source"] in document["provenance"]["sources"]
        else:
            assert active is None, repo_id  # Mixtral included: no source states its active count


def test_catalog_and_snapshot_name_the_same_hub_repos():
    catalog = load_catalog(ROOT / "data" / "catalog.yaml")
    assert set(_committed()) <= set(catalog.hub_ids())  # the catalog may grow beyond the facts
    for repo_id in catalog.hub_ids():
        assert (HUB / f"{repo_id}.json").exists()


def test_inconsistent_facts_fail_with_file_and_line(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "source_index: {}\n"
        "models:\n"
        "- repo_id: org/model\n"
        "  params_total: 10\n"
        "  params_by_dtype: {BF16: 9}\n"
        "  sources: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(reconstruct.FactsError, match=rf"{re.escape(str(facts))}:5: params_by_dtype"):
        reconstruct.reconstruct_snapshot(facts, tmp_path)
    facts.write_text(
        "models:\n"
        "- repo_id: org/model\n"
        "  params_total: 10\n"
        "  sources: ['a (sha " + "a" * 40 + ")', 'b (rev " + "b" * 40 + ")']\n",
        encoding="utf-8",
    )
    with pytest.raises(reconstruct.FactsError, match=rf"{re.escape(str(facts))}:4: sources: several revisions"):
        reconstruct.reconstruct_snapshot(facts, tmp_path)
    assert not (tmp_path / "hub").exists()  # nothing written when the facts are inconsistent


def test_a_fact_without_a_source_fails_with_file_and_line(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text("models:\n- repo_id: org/model\n  params_total: 10\n  sources: []\n", encoding="utf-8")
    with pytest.raises(reconstruct.FactsError, match=rf"{re.escape(str(facts))}:3: params_total: a reconstructed fact without a source"):
        reconstruct.reconstruct_snapshot(facts, tmp_path)
    facts.write_text("models:\n- repo_id: org/model\n  sources: [x]\n  config: {hidden_size: 8}\n", encoding="utf-8")
    with pytest.raises(reconstruct.FactsError, match=rf"{re.escape(str(facts))}:4: config: a config.json copy needs 'config_source'"):
        reconstruct.reconstruct_snapshot(facts, tmp_path)
    assert not (tmp_path / "hub").exists()


def test_a_license_or_gate_needs_a_source_that_states_it(tmp_path):
    facts = tmp_path / "facts.yaml"
    head = "source_index:\n  CARD: 'org/model README.md front matter'\nmodels:\n- repo_id: org/model\n"
    cases = {  # the entry's lines -> the line and field the error names, or None when it passes
        "  params_total: 10\n  license: mit\n  sources: ['a blog post: 10 parameters']\n": (6, "license"),
        "  hidden_size: 8\n  gated: false\n  config_source: 'github org/repo @abc config.json'\n": (6, "gated"),
        "  license: apache-2.0\n  sources: ['a blog post: released under the Apache 2.0 license']\n": None,
        "  gated: manual   # CARD\n  sources: ['CARD: 10 parameters']\n": None,
        "  gated: true\n  sources: ['the card shows extra_gated_prompt']\n": None,
    }
    for body, error in cases.items():
        facts.write_text(head + body, encoding="utf-8")
        if error is None:
            assert reconstruct.check_facts(facts) == 1
            continue
        line, field = error
        with pytest.raises(reconstruct.FactsError, match=rf"{re.escape(str(facts))}:{line}: {field}: .* has no source that states it"):
            reconstruct.check_facts(facts)


def test_a_context_limit_differing_from_the_cited_config_fails(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "models:\n"
        "- repo_id: org/model\n"
        "  max_position_embeddings: 131072\n"
        "  sources: [x]\n"
        "  config: {model_type: mixtral, max_position_embeddings: 32768}\n"
        "  config_source: github org/mirror @abc config.json\n",
        encoding="utf-8",
    )
    with pytest.raises(reconstruct.FactsError,
                       match=rf"{re.escape(str(facts))}:3: max_position_embeddings: context limit 131072 differs from the cited config \(32768"):
        reconstruct.reconstruct_snapshot(facts, tmp_path)


def test_a_cited_config_is_written_whole_with_its_source(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "models:\n"
        "- repo_id: org/model\n"
        "  sources: []\n"
        "  config: {model_type: qwen3, hidden_size: 8, rope_scaling: null}\n"
        "  config_source: github org/mirror @abc config.json:1\n",
        encoding="utf-8",
    )
    reconstruct.reconstruct_snapshot(facts, tmp_path)
    document = json.loads((tmp_path / "hub" / "org" / "model.json").read_text(encoding="utf-8"))
    assert document["config_json"] == {"model_type": "qwen3", "hidden_size": 8, "rope_scaling": None}
    assert document["provenance"]["sources"] == ["config.json: github org/mirror @abc config.json:1"]


def test_every_new_model_cites_a_config_or_a_hub_total():
    for repo_id, entry in _facts().items():
        if entry.get("config") is not None:
            assert entry.get("config_source"), repo_id
