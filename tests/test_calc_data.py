"""The calculator's browser data (pipeline/site/calc_data.py): the documented model shape, one file
per tracked model, and everything the calculator loads before its first answer within 12 KB gzip."""

from __future__ import annotations

import gzip
import json
from types import SimpleNamespace

import pytest

from pipeline.i18n.locales import load_locale
from pipeline.site.compiled_messages import compiled_block
from pipeline.site.messages import compiled_messages
from pipeline.site import calc_data, fit_view
from pipeline.site.assets import bundle_js, minify_js
from pipeline.site.context import load_site_data
from tests.conftest import LANGS, ROOT

DATA = load_site_data(ROOT / "data")
# bytes gzip (level 9): the script, its inline data, its compiled messages and the chosen model's file (issue 23)
BUDGET = 12_000


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def test_every_model_entry_has_the_documented_shape():
    shape = (ROOT / "CALC-MODEL-SHAPE.md").read_text(encoding="utf-8")
    for row in DATA.models:
        entry = calc_data.model_entry(row)
        assert list(entry) == ["id", "name", "params", "active", "limit", "layers", "vocab", "hidden", "arch", "tags",
                               "kv", "formats", "undisclosed"] + (["enc"] if "enc" in entry else [])
        assert ("enc" in entry) == bool(set(entry["tags"]) & {"embedding", "encoder"})
        assert all(f'"{key}"' in shape for key in entry)
        assert entry["kv"] is None or len(entry["kv"]) == 5
        assert all(len(f) == 5 and f[2] in ("llama.cpp", "vllm", "mlx", "browser") for f in entry["formats"])


def test_files_are_written_one_per_model(tmp_path):
    calc_data.write_calc_data(DATA.models, tmp_path)
    folder = tmp_path / "assets" / "calc"
    assert len(list((folder / "m").glob("*.json"))) == len(DATA.models)
    assert len(json.loads((folder / "models.json").read_text())) == len(DATA.models)
    assert calc_data.file_name("meta-llama/Llama-3.1-8B") == "meta-llama--Llama-3.1-8B.json"


def first_answer_bytes(lang: str) -> dict:
    """What the calculator loads before its first answer, gzip bytes each: its script (fit-calculator.js with
    what it @includes), the page's inline data and compiled messages, the largest featured model's file."""
    folder = ROOT / "docs" / "assets" / "js"
    script = minify_js(bundle_js((folder / calc_data.SCRIPT).read_text(encoding="utf-8"), folder)).encode()
    page = SimpleNamespace(locale=load_locale(lang), data=DATA, lang=lang)
    inline = json.dumps(fit_view.calc_payload(page), ensure_ascii=False, separators=(",", ":")).encode()
    messages = str(compiled_block(lang, compiled_messages(page.locale, (calc_data.SCRIPT,)))).encode()
    model = max(gz(json.dumps(calc_data.model_entry(row), ensure_ascii=False, separators=(",", ":")).encode())
                for row in DATA.models if "featured" in row["tags"] or row["id"] == calc_data.DEFAULT_MODEL)
    return {"script": gz(script), "inline data": gz(inline), "messages": gz(messages), "model file": model}


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_answer_loads_at_most_12_kb_gzip(lang):
    parts = first_answer_bytes(lang)
    print(f"{lang}: " + " + ".join(f"{k} {v}" for k, v in parts.items()) + f" = {sum(parts.values())} B gzip")
    assert sum(parts.values()) <= BUDGET


def test_what_comes_later_is_not_in_the_first_answer():
    """The Fluent runtime, the model search and the reverse view are not in the script; their messages
    are in their own file and not in the page's."""
    folder = ROOT / "docs" / "assets" / "js"
    script = bundle_js((folder / calc_data.SCRIPT).read_text(encoding="utf-8"), folder)
    assert "FluentBundle" not in script and "var SearchRank" not in script and "var LSCalc" not in script
    locale = load_locale("ar")
    first = compiled_messages(locale, (calc_data.SCRIPT,))
    later = compiled_messages(locale, calc_data.LATER_SCRIPTS, leave_out=(calc_data.SCRIPT,))
    assert "calc.verdict.fits" in first and "calc.summary" not in first and "calc.model_no_match" not in first
    assert {"calc.summary", "calc.count.fits", "calc.model_no_match"} <= set(later) and not set(first) & set(later)
    assert "calc.nojs" not in first and "calc.tags.base" not in first  # the page's own text, not the script's


def test_every_key_the_scripts_write_is_in_their_messages():
    """A key the build cannot see (msg(a ? "x" : "y")) would show as the key: every calc.* literal in the
    scripts is among the messages the page or the later file carries."""
    import re

    folder, locale = ROOT / "docs" / "assets" / "js", load_locale("en")
    carried = set(compiled_messages(locale, (calc_data.SCRIPT,) + calc_data.LATER_SCRIPTS))
    for name in (calc_data.SCRIPT,) + calc_data.LATER_SCRIPTS:
        text = (folder / name).read_text(encoding="utf-8")
        assert not re.search(r"\bmsg\((?!\s*[\"'])", text), f"{name}: msg() with a key the build cannot read"
        for key in re.findall(r"[\"'](calc\.[a-z_.-]+[a-z_])[\"']", text):
            assert key in carried, f"{name}: {key}"


def test_list_messages_are_written_per_language(tmp_path):
    assert calc_data.write_list_messages(["en", "th"], tmp_path) == 2
    doc = json.loads((tmp_path / "assets" / "calc" / "messages-list-th.json").read_text(encoding="utf-8"))
    assert doc["lang"] == "th" and "calc.reverse_heading_runs" in doc["m"] and "calc.summary_web" in doc["m"]
