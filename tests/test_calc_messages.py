"""The calculator's messages compiled by the build (pipeline/site/compiled_messages.py) and formatted by
docs/assets/js/compiled-messages.js read exactly as @fluent/bundle (with messages.js) formats the same FTL:
every message the calculator names, in every language, for every plural form; a construct the compiled
form does not know fails the build with file:line."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pipeline.errors import LocaleError
from pipeline.i18n.locales import load_locale
from pipeline.site import calc_data
from pipeline.site.compiled_messages import compile_ftl
from pipeline.site.messages import catalog_text
from tests.conftest import LANGS, ROOT

NODE = shutil.which("node")
JS = ROOT / "docs" / "assets" / "js"
COUNTS = (0, 1, 2, 3, 5, 11, 25, 100, 103, 1_000_000, 1.5)
SCRIPTS = [(calc_data.SCRIPT,), calc_data.LATER_SCRIPTS]


def _variables(pattern) -> set:
    if isinstance(pattern, str):
        return set()
    found = set()
    for part in pattern:
        if isinstance(part, list):
            found.add(part[0])
            for variant in part[1:2] and part[1].values():
                found |= _variables(variant)
    return found


def _calls(table: dict) -> list:
    calls = []
    for key, pattern in sorted(table.items()):
        names = sorted(_variables(pattern))
        calls.append([key, {name: "«" + name + "»" for name in names}])
        calls += [[key, {name: n for name in names}] for n in COUNTS if names]
        calls.append([key, {}])  # a missing variable: "{$name}" on both sides
    return calls


NODE_SCRIPT = """
const fs = require('fs'), input = JSON.parse(fs.readFileSync(0, 'utf8'));
globalThis.FluentBundle = require(input.js + '/vendor/fluent-bundle.js');
const M = require(input.js + '/messages.js'), C = require(input.js + '/compiled-messages.js');
const b = M.make(input.lang, input.ftl);
C.reset(input.lang); C.add({lang: input.lang, m: input.table});
const out = input.calls.map(c => [M.format(b, c[0], c[1], input.lang), C.msg(c[0], c[1])]);
process.stdout.write(JSON.stringify(out));
"""


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scripts", SCRIPTS, ids=["first-answer", "later"])
def test_compiled_messages_read_as_fluent_writes_them(lang, scripts):
    locale = load_locale(lang)
    leave_out = () if scripts == (calc_data.SCRIPT,) else (calc_data.SCRIPT,)
    ftl = catalog_text(locale, scripts, thai_plain=True, leave_out=leave_out)
    table = compile_ftl(ftl)
    assert table and all(key.startswith(("calc.", "fit.verdict.", "display.web_build", "fit.no_web_build")) for key in table)
    calls = _calls(table)
    result = subprocess.run([NODE, "-e", NODE_SCRIPT], capture_output=True, text=True, check=True, input=json.dumps(
        {"js": str(JS), "lang": lang, "ftl": ftl, "table": table, "calls": calls}))
    pairs = json.loads(result.stdout)
    differ = [(call, fluent, ours) for call, (fluent, ours) in zip(calls, pairs) if fluent != ours]
    assert not differ, differ[:5]


def test_a_construct_the_compiled_form_lacks_names_its_line():
    with pytest.raises(LocaleError, match=r"embedded messages:2: FunctionReference"):
        compile_ftl("a = one\nb = { NUMBER($n) }\n")
    assert compile_ftl('c = { "{" } and { $x ->\n    [one] one\n   *[other] { $x }\n}\n') == {
        "c": ["{ and ", ["x", {"one": "one", "other": [["x"]]}, "other"]]}
