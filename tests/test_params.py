"""Parameter counts from config.json (pipeline/data/params.py) against exact Hub safetensors totals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.data.params import count_parameters

FIXTURES = Path(__file__).parent / "fixtures" / "configs"
# Fixtures named <owner>__<name>.json carry a Hub safetensors total to reproduce.
COUNTED = sorted(path for path in FIXTURES.glob("*__*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def table() -> list[tuple[str, int, int, int, str]]:
    """(repo, safetensors total, computed total + stored extra, diff, explanation) per fixture."""
    rows = []
    for path in COUNTED:
        fixture = load(path)
        count = count_parameters(fixture["config"])
        computed = (count.total or 0) + count.stored_extra
        why = fixture.get("diff_reason") or count.stored_extra_note or ""
        rows.append((fixture["repo_id"], fixture["safetensors_total"], computed,
                     fixture["safetensors_total"] - computed, why))
    return rows


def test_there_are_at_least_twenty_five_exact_totals_to_reproduce():
    assert len(COUNTED) >= 25


@pytest.mark.parametrize("path", COUNTED, ids=lambda p: p.stem)
def test_count_reproduces_the_safetensors_total(path):
    fixture = load(path)
    assert fixture["config_source"] and fixture["safetensors_source"]
    count = count_parameters(fixture["config"])
    assert count.exact, count.reason
    assert count.basis == "computed from config"
    diff = fixture["safetensors_total"] - (count.total + count.stored_extra)
    assert diff == fixture.get("expected_diff", 0), fixture.get("diff_reason")
    if diff:
        assert fixture["diff_reason"]


def test_moe_active_parameters():
    mixtral = count_parameters(load(FIXTURES / "mistralai__Mixtral-8x7B-v0.1.json")["config"])
    assert mixtral.active == 12_879_925_248  # 2 of 8 experts per layer
    deepseek = count_parameters(load(FIXTURES / "deepseek-ai__DeepSeek-V3.json")["config"])
    assert 37_000_000_000 < deepseek.active < 38_000_000_000  # README: 37B activated (MTP layer excluded)
    assert deepseek.stored_extra == 41_540_496  # F32 block scales: Hub F32 41,555,600 − 59 × 256 score biases


def test_the_multi_token_prediction_share_is_the_gap_between_the_stored_and_the_published_total():
    # DeepSeek's README: 685B on the Hub = 671B main model + the MTP module ("14B", rounded from the 685)
    deepseek = count_parameters(load(FIXTURES / "deepseek-ai__DeepSeek-V3.json")["config"])
    assert deepseek.mtp == 13_463_426_304
    assert round((deepseek.total - deepseek.mtp) / 1e9) == 671
    assert round((deepseek.total + deepseek.stored_extra) / 1e9) == 685
    no_mtp = {**load(FIXTURES / "deepseek-ai__DeepSeek-V3.json")["config"], "num_nextn_predict_layers": 0}
    assert count_parameters(no_mtp).mtp == 0 and count_parameters(no_mtp).total == deepseek.total - deepseek.mtp


def test_dense_active_equals_total():
    llama = count_parameters(load(FIXTURES / "meta-llama__Llama-3.1-8B.json")["config"])
    assert llama.active == llama.total == 8_030_261_248


def test_qwen3_moe_with_shared_expert_layout():
    config = {"model_type": "qwen2_moe", "hidden_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2,
              "num_key_value_heads": 1, "vocab_size": 10, "intermediate_size": 16, "moe_intermediate_size": 4,
              "shared_expert_intermediate_size": 6, "num_experts": 4, "num_experts_per_tok": 2}
    count = count_parameters(config)
    attention = 8 * (8 + 2 * 4) + (8 + 2 * 4) + 8 * 8  # q, k, v with bias, o without
    moe = 8 * 4 + (3 * 8 * 6 + 8) + 4 * 3 * 8 * 4  # router, shared expert + its gate, experts
    assert count.total == 2 * (attention + 2 * 8 + moe) + 10 * 8 * 2 + 8
    assert count.total - count.active == 2 * 2 * 3 * 8 * 4


def test_unknown_architecture_is_marked_approximate_with_a_reason():
    count = count_parameters({"model_type": "mystery", "hidden_size": 64, "num_hidden_layers": 2,
                              "num_attention_heads": 4, "intermediate_size": 128, "vocab_size": 100})
    assert not count.exact and "not modelled" in count.reason and count.total


def test_unmodelled_vision_tower_is_marked_approximate():
    config = {"model_type": "llava", "text_config": {"model_type": "llama", "hidden_size": 64, "num_hidden_layers": 2,
              "num_attention_heads": 4, "intermediate_size": 128, "vocab_size": 100},
              "vision_config": {"model_type": "clip_vision_model"}}
    count = count_parameters(config)
    assert not count.exact and "clip_vision_model" in count.reason


def test_no_config_gives_no_count():
    assert count_parameters({}).total is None


if __name__ == "__main__":  # prints the table for a report
    print(f"{'model':55} {'safetensors':>17} {'computed':>17} {'diff':>12}  why")
    for repo, hub, computed, diff, why in table():
        print(f"{repo:55} {hub:>17,} {computed:>17,} {diff:>12,}  {why}")


def _snapshot(config: dict, info: dict | None = None) -> dict:
    return {"format": "llm-sizes/hub-snapshot@1", "provenance": {"basis": "reconstructed", "fetched_at": "2026-08-21T00:00:00Z"},
            "model_info": {"id": "org/model", **(info or {})}, "tree": None, "config_json": config}


def test_compute_counts_a_model_without_a_hub_total_from_its_config():
    from pipeline.data.catalog import HubModel
    from pipeline.data.compute import hub_row

    row = hub_row(HubModel(id="org/model"), _snapshot(load(FIXTURES / "mistralai__Mixtral-8x7B-v0.1.json")["config"]), None)
    assert (row["params_total"], row["params_basis"]) == (46_702_792_704, "config-count")
    assert (row["params_active"], row["context_length"]) == (12_879_925_248, 32768)
    approx = hub_row(HubModel(id="org/model"), _snapshot({"model_type": "mystery", "hidden_size": 64, "num_hidden_layers": 2,
                                                          "num_attention_heads": 4, "intermediate_size": 128, "vocab_size": 100}), None)
    assert approx["params_basis"] == "config-estimate"


def test_extra_file_lines_name_the_catalog_line(tmp_path):
    from pipeline.data.compute import extra_file_lines

    catalog = tmp_path / "catalog.yaml"
    catalog.write_text("models:\n  - id: org/model\n    extra_files:\n      - format: gguf\n        file: a.gguf\n")
    assert extra_file_lines(catalog) == {("org/model", "a.gguf"): f"{catalog}:5"}


def test_a_download_made_from_another_model_fails_compute():
    from pipeline.data.catalog import HubModel
    from pipeline.data.compute import hub_row
    from pipeline.errors import CatalogError

    gguf = {"format": "gguf", "file": "Meta-Llama-3-70B-Instruct-Q4_K_M.gguf", "size_bytes": 42_520_395_584,
            "quant": "Q4_K_M", "source": "a listing somewhere"}
    model = HubModel(id="org/model", extra_files=[gguf])
    config = load(FIXTURES / "meta-llama__Llama-3.2-1B.json")["config"]  # 1.24B parameters: 275 bits per weight
    lines = {("org/model", gguf["file"]): "data/catalog.yaml:12"}
    with pytest.raises(CatalogError, match=r"data/catalog.yaml:12: org/model: extra_files\[0\] .*bits per parameter"):
        hub_row(model, _snapshot(config), None, lines)
    fits = HubModel(id="org/model", extra_files=[{**gguf, "size_bytes": 807_694_464}])  # ~5.2 bits: a Q4_K_M of it
    assert hub_row(fits, _snapshot(config), None)["params_total"] == 1_235_814_400


def test_gemma_4_moe_counts_its_dense_mlp_beside_eight_of_128_experts():
    """Review 5 th #2: Gemma 4 26B-A4B had no active count and was timed as dense. Its config names the experts
    per token `top_k_experts`, and each layer runs its dense MLP beside the experts (modeling_gemma4)."""
    import yaml

    from tests.conftest import ROOT

    facts = yaml.safe_load((ROOT / "data" / "facts" / "hub-facts.yaml").read_text(encoding="utf-8"))["models"]
    config = next(m["config"] for m in facts if m["repo_id"] == "google/gemma-4-26B-A4B")
    count = count_parameters(config)
    assert not count.exact  # gemma4_text is counted as a Llama-style decoder: an estimate
    # Google's published pair, 25.2B total / 3.8B active (as third-party copies of its model card give it)
    assert 25.1e9 < count.total < 25.3e9 and 3.7e9 < count.active < 3.85e9
