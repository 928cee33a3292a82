"""Compute stage: pure functions on hand-built snapshots, and the committed snapshot end to end."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from pipeline.data import compute
from pipeline.data import write
from pipeline.data.catalog import Catalog, HubModel, load_catalog
from pipeline.errors import SnapshotError

ROOT = Path(__file__).resolve().parent.parent
CLASSES = compute.load_size_classes(ROOT / "data" / "size-class-definitions.yaml")


def snapshot(model_info: dict, tree=None, config=None, basis="fetched", **provenance) -> dict:
    return {"format": compute.SNAPSHOT_FORMAT,
            "provenance": {"basis": basis, "fetched_at": "2026-11-01T00:00:00Z", **provenance},
            "model_info": model_info, "tree": tree, "config_json": config}


def row_for(info: dict, tree=None, config=None, model=None, **provenance) -> dict:
    model = model or HubModel(id="org/model")
    return compute.hub_row(model, snapshot(info, tree, config, **provenance), None)


def test_safetensors_total_is_the_parameter_count_and_drives_weights_estimate():
    row = row_for({"safetensors": {"parameters": {"BF16": 8030261248}, "total": 8030261248}})
    assert row["params_total"] == 8030261248
    assert row["params_basis"] == "hub-safetensors"
    assert row["stored_dtype"] == "BF16"
    assert row["weights_bytes"] == 2 * 8030261248 and row["weights_bytes_estimated"] is True
    assert row["memory_bytes"] == {"fp32": 4 * 8030261248, "fp16": 2 * 8030261248,
                                   "int8": 8030261248, "int4": 4015130624}


def test_real_file_sizes_beat_the_estimate():
    tree = [{"type": "file", "path": "model-00001-of-00002.safetensors", "size": 4_000_000_000},
            {"type": "file", "path": "model-00002-of-00002.safetensors", "size": 1_000_000_123},
            {"type": "file", "path": "original/consolidated.00.pth", "size": 9},
            {"type": "file", "path": "onnx/model_quantized.onnx", "size": 67_000_000},
            {"type": "file", "path": "gguf/model-Q4_K_M.gguf", "size": 1_500_000_000}]
    row = row_for({"safetensors": {"parameters": {"F16": 2_500_000_000}, "total": 2_500_000_000}}, tree)
    assert (row["weights_bytes"], row["weights_bytes_basis"], row["weights_bytes_estimated"]) == (
        5_000_000_123, "file-sizes", False)
    formats = {(d["format"], d["variant"]): d["bytes"] for d in row["downloads"]}
    assert formats[("gguf", "Q4_K_M")] == 1_500_000_000
    assert formats[("onnx", "onnx/model_quantized")] == 67_000_000


def test_packed_awq_weights_are_corrected_not_shown_as_a_small_model():
    # A 70B AWQ repo: 4-bit weights packed 8 per I32 element; the Hub counts elements.
    info = {"safetensors": {"parameters": {"I32": 8_600_000_000, "F16": 1_900_000_000}, "total": 10_500_000_000}}
    row = row_for(info, config={"quantization_config": {"bits": 4, "quant_method": "awq"}})
    assert row["params_total"] == 1_900_000_000 + 8 * 8_600_000_000
    assert row["params_basis"] == "config-estimate"
    assert row["packed_weights"] == {"dtype_elements": 8_600_000_000, "bits": 4}
    # without a quantization config the count cannot be corrected, but it is flagged
    flagged = row_for(info)
    assert flagged["packed_weights"]["bits"] is None and flagged["params_total"] == 10_500_000_000


def test_gguf_only_repo_uses_the_gguf_total():
    row = row_for({"gguf": {"architecture": "qwen2", "total": 7615616512}})
    assert (row["params_total"], row["params_basis"]) == (7615616512, "hub-gguf")


def test_moe_active_parameters_from_config_match_mixtrals_published_129b():
    config = {"num_local_experts": 8, "num_experts_per_tok": 2, "hidden_size": 4096,
              "intermediate_size": 14336, "num_hidden_layers": 32}
    row = row_for({"safetensors": {"total": 46702792704}}, config=config)
    assert row["params_active_basis"] == "config-estimate"
    assert 12.8e9 < row["params_active"] < 13.0e9  # Mistral AI publishes 12.9B active


def test_kv_cache_is_gqa_aware():
    config = {"model_type": "llama", "num_hidden_layers": 32, "num_attention_heads": 32,
              "num_key_value_heads": 8, "hidden_size": 4096}
    assert compute.kv_cache_bytes_per_token(config) == 2 * 32 * 8 * 128 * 2
    # without model_type or architectures a decoder cannot be told from an encoder-only model
    assert compute.kv_cache_bytes_per_token({k: v for k, v in config.items() if k != "model_type"}) is None


@pytest.mark.parametrize("params,expected", [(66_985_530, "under-1b"), (999_885_952, "1b"),
                                             (2_506_172_416, "2b-4b"), (8_537_680_896, "7b-9b"),
                                             (684_531_386_000, "300b-1t"), (1_026_408_235_864, "1t-plus")])
def test_size_classes(params, expected):
    assert compute.size_class_of(params, CLASSES) == expected


def test_size_class_bounds_are_min_inclusive_max_exclusive():
    for lower, upper in zip(CLASSES, CLASSES[1:]):
        assert compute.size_class_of(lower.max_params - 1, CLASSES) == lower.id
        assert compute.size_class_of(lower.max_params, CLASSES) == upper.id
    assert CLASSES[-1].max_params is None and compute.size_class_of(10**15, CLASSES) == CLASSES[-1].id


dtypes = st.sampled_from(sorted(compute.DTYPE_BYTES) + ["Q4_K", "WEIRD"])
infos = st.fixed_dictionaries({}, optional={
    "safetensors": st.fixed_dictionaries({}, optional={
        "parameters": st.dictionaries(dtypes, st.integers(0, 10**13), max_size=4),
        "total": st.integers(0, 10**13)}),
    "gguf": st.fixed_dictionaries({}, optional={"total": st.integers(0, 10**13)}),
    "gated": st.sampled_from([False, "auto", "manual"]),
})
configs = st.dictionaries(
    st.sampled_from(["num_hidden_layers", "num_attention_heads", "num_key_value_heads", "hidden_size",
                     "head_dim", "num_local_experts", "num_experts_per_tok", "intermediate_size",
                     "moe_intermediate_size", "kv_lora_rank", "first_k_dense_replace"]),
    st.integers(0, 10**5), max_size=8)
trees = st.none() | st.lists(st.fixed_dictionaries({
    "path": st.sampled_from(["model.safetensors", "a/b.gguf", "x-Q4_0.gguf", "onnx/model.onnx",
                             "m.tflite", "pytorch_model.bin", "README.md", "weird"]),
    "size": st.integers(0, 10**12)}), max_size=6)


@settings(max_examples=300, deadline=None)
@given(infos, trees, configs)
def test_any_well_typed_input_gives_a_valid_row_with_consistent_figures(info, tree, config):
    from pipeline.contract import ModelRow

    row = row_for(info, tree, config)
    ModelRow.model_validate(row)  # the typed contract holds for any input, not only the committed data
    memory = row["memory_bytes"]
    if memory:
        assert memory["fp32"] >= memory["fp16"] >= memory["int8"] >= memory["int4"] >= 0
    safetensors = info.get("safetensors") or {}
    if row["params_basis"] == "hub-safetensors":  # the Hub's own count, never altered
        hub_count = safetensors.get("total")
        assert row["params_total"] in (hub_count, sum((safetensors.get("parameters") or {}).values()))
    if row["params_total"]:
        assert row["params_active"] is None or 0 < row["params_active"] <= row["params_total"]
    if tree and row["downloads"]:
        for download in row["downloads"]:
            assert 0 <= download["bytes"] <= sum(entry["size"] for entry in tree)  # made of listed files


@given(st.integers(1, 10**13))
def test_bytes_shrink_monotonically_from_fp32_to_int4(params):
    memory = compute.memory_bytes(params)
    assert memory["fp32"] > memory["fp16"] > memory["int8"] >= memory["int4"]


def test_committed_derived_files_are_current_and_deterministic(tmp_path):
    """`compute` on the committed snapshot reproduces data/models.yaml byte for byte, twice."""
    catalog = load_catalog(ROOT / "data" / "catalog.yaml")
    tables = compute.compute_tables(compute.load_inputs(catalog, ROOT / "data"))
    texts = write.render_outputs(tables)
    again = write.render_outputs(compute.compute_tables(compute.load_inputs(catalog, ROOT / "data")))
    assert texts == again
    for name, text in texts.items():
        committed = (ROOT / "data" / name).read_text(encoding="utf-8")
        assert committed == text, f"data/{name} is stale: run python -m pipeline compute"


def test_models_yaml_matches_its_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "data" / "models.schema.json").read_text(encoding="utf-8"))
    document = yaml.safe_load((ROOT / "data" / "models.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)


def test_snapshot_totals_flow_into_models_yaml():
    """Every Hub row's params_total equals its raw snapshot's safetensors.total (no echo: read both)."""
    document = yaml.safe_load((ROOT / "data" / "models.yaml").read_text(encoding="utf-8"))
    checked = 0
    for row in document["models"]:
        if row["kind"] != "hub":
            continue
        raw = json.loads((ROOT / "data" / "hub" / f"{row['id']}.json").read_text(encoding="utf-8"))
        total = (raw["model_info"].get("safetensors") or {}).get("total")
        if total is not None and not row.get("packed_weights"):
            assert row["params_total"] == total, row["id"]
            checked += 1
    assert checked >= 30


def test_compute_cli_check_detects_a_stale_file(repo_copy):
    models = repo_copy / "data" / "models.yaml"
    committed = models.read_text(encoding="utf-8")
    figure = re.search(r"params_total: [1-9]\d+", committed).group(0)  # whatever the last refresh read
    models.write_text(committed.replace(figure, "params_total: 1", 1), encoding="utf-8")
    run = lambda *args: subprocess.run([sys.executable, "-m", "pipeline", "compute", *args],
                                       cwd=repo_copy, capture_output=True, text=True)
    check = run("--check")
    assert check.returncode == 1 and "models.yaml" in check.stderr
    assert run().returncode == 0
    assert run("--check").returncode == 0
    assert models.read_text(encoding="utf-8") == committed


def test_mxfp4_u8_counts_two_values_per_byte_plus_the_scales():
    # gpt-oss-20b as huggingface.js counts it since 2026-07: U8 = 4-bit values (two per byte), and
    # each block of 32 values has one U8 scale (the `_scales` tensors): 17/32 byte per counted value.
    info = {"safetensors": {"parameters": {"BF16": 1804459584, "U8": 19110297600}, "total": 20914757184}}
    row = row_for(info, config={"model_type": "gpt_oss"})
    # before: 2 × 1,804,459,584 + 19,110,297,600 / 2 = 13,164,067,968 (scales left out, 4.3 % low)
    assert row["weights_bytes"] == 2 * 1804459584 + 19110297600 * 17 // 32 == 13_761_264_768
    assert row["stored_dtype"] == "MXFP4"


def test_older_config_key_names_are_understood():
    # GPT-2's real config.json: n_embd / n_layer / n_head / n_positions (no GQA: kv heads = heads)
    gpt2 = compute.normalized_config({"model_type": "gpt2", "n_embd": 768, "n_layer": 12, "n_head": 12,
                                      "n_positions": 1024})
    assert compute.kv_cache_bytes_per_token(gpt2) == 2 * 12 * 12 * 64 * 2
    assert row_for({"safetensors": {"total": 137022720}}, config={"n_positions": 1024})["context_length"] == 1024


def test_roberta_family_context_leaves_out_the_reserved_positions():
    # XLM-R (Multilingual E5): 514 position rows, the first two kept for padding, so 512 tokens (review 5 th #8)
    config = {"model_type": "xlm-roberta", "max_position_embeddings": 514}
    assert row_for({"safetensors": {"total": 278043648}}, config=config)["context_length"] == 512
    assert row_for({"safetensors": {"total": 278043648}}, config={**config, "pad_token_id": 0})["context_length"] == 513
    assert row_for({"safetensors": {"total": 109482240}}, config={"model_type": "bert", "max_position_embeddings": 512}
                   )["context_length"] == 512


def test_a_malformed_refresh_status_file_is_named_not_a_traceback(tmp_path):
    catalog = load_catalog(ROOT / "data" / "catalog.yaml")
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    status = data / "refresh-status.yaml"
    status.write_text("models:\n  - google/gemma-2b\n", encoding="utf-8")
    with pytest.raises(SnapshotError, match=rf"{re.escape(str(status))}:1: expected 'models:'"):
        compute.load_inputs(catalog, data)
    status.write_text("models: {a: [\n", encoding="utf-8")
    with pytest.raises(SnapshotError, match=rf"{re.escape(str(status))}:2:"):
        compute.load_inputs(catalog, data)


def _inputs(count: int, reconstructed_every: int = 2) -> compute.Inputs:
    """`count` Hub models with Llama-shaped snapshots; every `reconstructed_every`-th one reconstructed."""
    from pipeline.data.catalog import Catalog
    models = tuple(HubModel(id=f"org{i % 50}/model-{i}") for i in range(count))
    config = {"model_type": "llama", "hidden_size": 4096, "num_hidden_layers": 32, "num_attention_heads": 32,
              "num_key_value_heads": 8, "max_position_embeddings": 131072}
    snapshots = {}
    for i, model in enumerate(models):
        basis = "reconstructed" if i % reconstructed_every == 0 else "fetched"
        day = "2026-08-21" if basis == "reconstructed" else f"2026-11-{1 + i % 28:02d}"
        tree = [{"type": "file", "path": f"model-0000{k}-of-00002.safetensors", "size": 4_000_000_000 + i + k}
                for k in (1, 2)]
        snapshots[model.id] = snapshot({"safetensors": {"parameters": {"BF16": 8_030_261_248 + i},
                                                        "total": 8_030_261_248 + i}},
                                       tree, config, basis=basis)
        snapshots[model.id]["provenance"]["fetched_at"] = f"{day}T00:00:00Z"
    return compute.Inputs(Catalog(models=models), snapshots, {}, CLASSES)


def test_meta_counts_fetched_and_reconstructed_rows_apart():
    tables = compute.compute_tables(_inputs(6, reconstructed_every=3))  # rows 0 and 3 reconstructed
    meta = tables.meta
    assert (meta["fetched_models"], meta["reconstructed_models"], meta["hub_models"]) == (4, 2, 6)
    assert meta["fetched_as_of"] == "2026-11-06T00:00:00Z"  # newest of the fetched rows (i = 5)
    assert meta["reconstructed_as_of"] == "2026-08-21T00:00:00Z"
    reconstructed = [row for row in tables.models if row["snapshot_basis"] == "reconstructed"]
    assert {(row["params_basis"], row["weights_bytes_basis"], row["downloads"][0]["basis"])
            for row in reconstructed} == {("reconstructed", "reconstructed", "reconstructed")}


def test_a_row_that_breaks_the_contract_is_named_before_anything_is_written():
    tables = compute.compute_tables(_inputs(2))
    tables.models[0]["params_basis"] = "guessed"
    with pytest.raises(SnapshotError, match=r"org0/model-0.*params_basis"):
        write.render_outputs(tables)


def test_the_committed_schema_is_the_contracts():
    from pipeline.contract import models_json_schema
    assert json.loads((ROOT / "data" / "models.schema.json").read_text(encoding="utf-8")) == models_json_schema()


def test_compute_and_render_5000_models_within_10_seconds():
    import time
    inputs = _inputs(5000)
    start = time.process_time()  # CPU time of this process: other jobs on a shared machine do not count
    tables = compute.compute_tables(inputs)
    texts = write.render_outputs(tables)
    elapsed = time.process_time() - start
    assert len(tables.models) == 5000 and texts["models.yaml"].count("\n- id: ") == 5000
    assert elapsed <= 10, f"compute + render of 5,000 models took {elapsed:.1f} s"


@pytest.mark.parametrize("edit, reason", [
    (("min_params: 0", "min_params: zero"), ":16: min_params of 'under-1b' must be a whole number of parameters"),
    (("max_params: 900000000", "max_params: lots"), ":17: max_params of 'under-1b' must be a whole number"),
    (("max_params: 900000000", "max_params: -5"), ":17: max_params of 'under-1b' must be a whole number"),
    (("    rationale: \"Encoders", "    colour: red\n    rationale: \"Encoders"), ":15: size class 'under-1b': unknown field colour"),
    (("  - id: 1b\n    min_params: 900000000", "  - id: 1b\n    min_params: 950000000"), "class '1b' must start where 'under-1b' ends"),
])
def test_a_bad_size_class_definition_names_file_line_and_reason(tmp_path, edit, reason):
    from pipeline.data.compute import load_size_classes
    from pipeline.errors import CatalogError

    text = (ROOT / "data" / "size-class-definitions.yaml").read_text(encoding="utf-8")
    assert text.count(edit[0]) >= 1, edit[0]
    path = tmp_path / "size-class-definitions.yaml"
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_size_classes(path)
    assert str(caught.value).startswith(str(path)) and reason in str(caught.value), str(caught.value)


def test_a_derived_file_whose_input_disappeared_fails_compute_check(tmp_path):
    import shutil
    import subprocess
    import sys

    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    (data / "devices.yaml").unlink()
    before = (data / "fit.yaml").read_bytes()
    for extra in (["--check"], []):
        result = subprocess.run([sys.executable, "-m", "pipeline", "compute", *extra, "--data-dir", str(data)],
                                cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 2, (extra, result.stdout, result.stderr)
        assert f"{data / 'fit.yaml'} is derived from {data / 'devices.yaml'}, which is missing" in result.stderr
        assert (data / "fit.yaml").read_bytes() == before  # nothing written


def _compute_cli(data: Path, capsys) -> tuple[int, str]:
    from pipeline.cli import main

    code = main(["compute", "--data-dir", str(data)])
    return code, capsys.readouterr().err


def test_bad_reconstructed_input_fails_compute_with_file_and_line(tmp_path, capsys):
    """Issue 22: an unsourced fact, a context limit against the cited config, an unsourced snapshot and a
    download of another model each stop `compute` at file:line, before anything is written."""
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    before = (data / "models.yaml").read_bytes()
    facts = data / "facts" / "hub-facts.yaml"
    facts.write_text("models:\n- repo_id: org/model\n  params_total: 10\n  sources: []\n", encoding="utf-8")
    code, err = _compute_cli(data, capsys)
    assert code == 2 and f"{facts}:3: params_total: a reconstructed fact without a source" in err
    facts.write_text("models:\n- repo_id: org/model\n  max_position_embeddings: 131072\n  sources: [x]\n"
                     "  config: {model_type: llama, max_position_embeddings: 32768}\n"
                     "  config_source: github org/mirror @abc config.json\n", encoding="utf-8")
    code, err = _compute_cli(data, capsys)
    assert code == 2 and f"{facts}:3: max_position_embeddings: context limit 131072 differs from the cited config" in err
    facts.write_text("models: []\n", encoding="utf-8")
    snapshot = data / "hub" / "meta-llama" / "Llama-3.2-1B.json"
    document = json.loads(snapshot.read_text(encoding="utf-8"))
    document["provenance"]["sources"] = []
    snapshot.write_text(json.dumps(document), encoding="utf-8")
    code, err = _compute_cli(data, capsys)
    assert code == 2 and f"{snapshot}:1: a reconstructed fact without a source" in err
    shutil.copy(ROOT / "data" / "hub" / "meta-llama" / "Llama-3.2-1B.json", snapshot)
    catalog = data / "catalog.yaml"
    text = catalog.read_text(encoding="utf-8")
    anchor = "  - id: meta-llama/Llama-3.2-1B\n"
    assert anchor in text
    catalog.write_text(text.replace(anchor, anchor + "    extra_files:\n      - format: gguf\n"
                                    "        file: Meta-Llama-3-70B-Instruct-Q4_K_M.gguf\n        size_bytes: 42520395584\n"
                                    "        source: a listing somewhere\n", 1), encoding="utf-8")
    line = text[:text.index(anchor)].count("\n") + 1 + 3  # the extra_files item's `file:` line
    code, err = _compute_cli(data, capsys)
    assert code == 2 and f"{catalog}:{line}: meta-llama/Llama-3.2-1B: extra_files[0]" in err and "bits per parameter" in err
    assert (data / "models.yaml").read_bytes() == before  # nothing written


def test_size_band_examples_name_models_not_their_releases_in_another_number_format():
    """The 1T+ band holds NVIDIA's Kimi K2.6 NVFP4 release; its examples name the models themselves (review 7, ar #3)."""
    names = {row["id"]: row["name"] for row in yaml.safe_load((ROOT / "data" / "models.yaml").read_text())["models"]}
    bands = yaml.safe_load((ROOT / "data" / "size_classes.yaml").read_text())["size_classes"]
    assert "nvidia/Kimi-K2.6-NVFP4" in next(b for b in bands if b["id"] == "1t-plus")["members"]
    for band in bands:
        plain = [m for m in band["members"] if not compute.FORMAT_RELEASE.search(names[m])]
        releases_named = [n for n in band["examples"] if compute.FORMAT_RELEASE.search(n)]
        assert len(releases_named) <= max(0, len(band["examples"]) - len(plain)), (band["id"], releases_named)
