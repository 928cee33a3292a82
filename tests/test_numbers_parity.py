"""One figure, one spelling: the build (Python, Babel) and the browser scripts (numbers.js, Intl in node)
write every shared test vector exactly as tests/fixtures/number-vectors.json says, in six languages."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pipeline.i18n.formatting import counted_noun_plurals, format_bytes, format_integer, format_params, round_whole
from pipeline.i18n.locales import load_locale
from pipeline.site.fit_view import unit_names
from tests.conftest import ROOT

VECTORS = json.loads((ROOT / "tests" / "fixtures" / "number-vectors.json").read_text(encoding="utf-8"))["vectors"]
NUMBERS_JS = ROOT / "docs" / "assets" / "js" / "numbers.js"
LANGS = sorted({v["lang"] for v in VECTORS})


def python_text(vector: dict) -> str:
    lang, value = vector["lang"], vector["value"]
    if vector["kind"] == "bytes":
        return format_bytes(value, lang, unit_names(load_locale(lang)))
    if vector["kind"] == "params":
        return format_params(value, lang)
    return format_integer(value, lang)


def test_the_vectors_cover_every_language_kind_and_rounding_edge():
    assert set(LANGS) == {"en", "he", "ar", "pt", "th", "zh"}
    assert {(v["kind"], v["lang"]) for v in VECTORS} >= {(k, lang) for k in ("bytes", "params", "integer") for lang in LANGS}
    halves = [v for v in VECTORS if str(v["value"]).rstrip("0").endswith("5") and v["kind"] != "integer"]
    assert len(halves) >= 8  # ties, where half-to-even and half-away-from-zero part ways


@pytest.mark.parametrize("vector", VECTORS, ids=[f"{v['kind']}-{v['lang']}-{v['value']}" for v in VECTORS])
def test_python_writes_each_vector(vector):
    assert python_text(vector) == vector["expected"]


def test_the_browser_code_writes_each_vector_in_node():
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run the browser's number code (apt-get install nodejs)")
    strings = {lang: {"units": unit_names(load_locale(lang)), "few": counted_noun_plurals(lang),
                     "many": counted_noun_plurals(lang, "many")} for lang in LANGS}
    script = f"""
        const N = require({json.dumps(str(NUMBERS_JS))});
        const strings = {json.dumps(strings, ensure_ascii=False)};
        const vectors = {json.dumps(VECTORS, ensure_ascii=False)};
        const made = {{}};
        const out = vectors.map(v => {{
            const f = made[v.lang] || (made[v.lang] = N.make(v.lang, strings[v.lang]));
            return f[v.kind](v.value);
        }});
        process.stdout.write(JSON.stringify(out));
    """
    result = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    wrong = [(v["kind"], v["lang"], v["value"], text, v["expected"]) for v, text in zip(VECTORS, got)
             if text != v["expected"]]
    assert not wrong, "\n".join(map(repr, wrong))


@pytest.mark.parametrize("value", [0, 5, 999, 1000, 1234, 1235, 1_625_000_000, 2**53 - 1, 999_500_000_000])
def test_whole_rounding_is_the_same_integer_in_both(value):
    node = shutil.which("node")
    assert node, "node is needed"
    result = subprocess.run([node, "-e", f"process.stdout.write(String(require({json.dumps(str(NUMBERS_JS))})"
                             f".roundWhole({value}, 3)))"], capture_output=True, text=True, timeout=60)
    assert int(result.stdout) == round_whole(value, 3)
