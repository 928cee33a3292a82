"""data/catalog.yaml: the real file loads and is backed by the facts; malformed files fail by file, line, field."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from pipeline.data.catalog import load_catalog
from pipeline.errors import CatalogError

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "data" / "catalog.yaml"
FACTS = ROOT / "data" / "facts" / "hub-facts.yaml"


def _snapshot_total(repo_id: str) -> int | None:
    document = json.loads((ROOT / "data" / "hub" / f"{repo_id}.json").read_text(encoding="utf-8"))
    return (document["model_info"].get("safetensors") or {}).get("total")


def test_real_catalog_loads_and_spans_small_to_huge():
    catalog = load_catalog(CATALOG)
    assert len(catalog.models) >= 35
    totals = [t for t in (_snapshot_total(repo_id) for repo_id in catalog.hub_ids()) if t]
    assert min(totals) < 200_000_000
    assert max(totals) > 600_000_000_000
    assert all(model.name and model.family for model in catalog.models)


def test_hub_ids_are_canonical_not_old_redirecting_ids():
    catalog = load_catalog(CATALOG)
    for repo_id in catalog.hub_ids():
        document = json.loads((ROOT / "data" / "hub" / f"{repo_id}.json").read_text(encoding="utf-8"))
        if document["provenance"]["basis"] == "reconstructed":  # a live rename is reported by refresh instead
            assert document["provenance"]["repo_id"] == repo_id
    assert "gpt2" not in catalog.hub_ids() and "openai-community/gpt2" in catalog.hub_ids()


def test_featured_models_are_the_ones_the_explainer_mentions():
    featured = {m.id for m in load_catalog(CATALOG).models if "featured" in m.tags}
    assert featured == {
        "google/gemma-2b", "google/gemma-7b", "distilbert/distilbert-base-uncased", "meta-llama/Llama-3.1-8B",
        "meta-llama/Llama-3.1-70B", "meta-llama/Llama-3.1-405B", "deepseek-ai/DeepSeek-V3", "openai-community/gpt2",
    }


def test_extra_file_sizes_are_exact_figures_from_the_facts():
    """No extra_files size that the facts do not state in bytes (display sizes like '1.7GB' are skipped)."""
    facts = yaml.safe_load(FACTS.read_text(encoding="utf-8"))["models"]
    known = {(f["name"].split(" ")[0], f["size_bytes"]) for entry in facts
             for f in (entry.get("related_files") or []) + (entry.get("weight_files") or [])
             if isinstance(f.get("size_bytes"), int)}
    catalog = load_catalog(CATALOG)
    extras = [(model.id, extra) for model in catalog.models for extra in model.extra_files]
    assert len(extras) >= 7
    for repo_id, extra in extras:
        assert (extra.file, extra.size_bytes) in known, (repo_id, extra.file)
    # the instruction-tuned model's file, on its own row (review 5: it was on the base model's)
    assert not [e for e in catalog.by_id("google/gemma-2b").extra_files if e.format == "mediapipe"]
    mediapipe = [e for e in catalog.by_id("google/gemma-2b-it").extra_files if e.format == "mediapipe"]
    assert [(e.file, e.size_bytes, e.repo) for e in mediapipe] == [
        ("gemma-2b-it-cpu-int4.bin", 1346559040, "google/gemma-2b-it-tflite")]
    assert mediapipe[0].source == "https://github.com/DenisovAV/flutter_gemma/issues/4"


def test_offhub_models_carry_a_cited_size_or_say_undisclosed():
    offhub = {model.key: model for model in load_catalog(CATALOG).offhub}
    assert {key: m.params_total for key, m in offhub.items()} == {
        "gpt-3": 175_000_000_000, "palm": 540_000_000_000, "chinchilla": 70_000_000_000, "gpt-4": None,
        "gemini-1.5-pro": None, "gemini-nano-1": 1_800_000_000, "gemini-nano-2": 3_250_000_000,
    }
    assert offhub["gpt-4"].undisclosed and offhub["gemini-1.5-pro"].undisclosed
    assert all(m.source.startswith("https://arxiv.org/abs/") for m in offhub.values())


MALFORMED = {
    "bad indentation": ("""\
        models:
          - id: google/gemma-2b
            name: Gemma 2B
           family: Gemma
        """, 4, "family"),
    "unknown field typo": ("""\
        models:
          - id: google/gemma-2b
            name: Gemma 2B
            famly: Gemma
        """, 4, "famly"),
    "duplicate id": ("""\
        models:
          - id: google/gemma-2b
            name: Gemma 2B
          - id: google/gemma-7b
          - id: Google/Gemma-2b
            name: Gemma again
        """, 5, "id"),
    "duplicate key": ("""\
        models:
          - id: google/gemma-2b
            name: Gemma 2B
            family: Gemma
            name: Gemma
        """, 5, "name"),
    "off-hub model with neither size nor undisclosed": ("""\
        models:
          - id: google/gemma-2b
        offhub:
          - key: gpt-3
            name: GPT-3
            source: https://arxiv.org/abs/2005.14165
        """, 4, "params_total"),
    "off-hub model with size and undisclosed": ("""\
        models:
          - id: google/gemma-2b
        offhub:
          - key: gpt-4
            name: GPT-4
            params_total: 1000
            undisclosed: true
            source: https://arxiv.org/abs/2303.08774
        """, 4, "undisclosed"),
    "bad repo id": ("""\
        models:
          - id: google/gemma-2b
          - id: "google/gemma 2b"
        """, 3, "id"),
    "extra file size not a number": ("""\
        models:
          - id: google/gemma-2b
            extra_files:
              - format: gguf
                file: gemma.gguf
                size_bytes: about 1.7GB
                source: https://example.org/gemma
        """, 6, "size_bytes"),
    "unknown file format": ("""\
        models:
          - id: google/gemma-2b
            extra_files:
              - format: ggml
                file: gemma.bin
                size_bytes: 10
                source: https://example.org/gemma
        """, 4, "format"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_catalog_names_file_line_and_field(tmp_path, case):
    text, line, field = MALFORMED[case]
    path = tmp_path / "catalog.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    message = str(caught.value)
    assert f"{path}:{line}:" in message, message
    assert field in message, message


def test_catalog_that_is_not_a_mapping_or_missing_fails_cleanly(tmp_path):
    listing = tmp_path / "catalog.yaml"
    listing.write_text("- google/gemma-2b\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=f"{listing}:1:"):
        load_catalog(listing)
    with pytest.raises(CatalogError, match="file not found"):
        load_catalog(tmp_path / "missing.yaml")
