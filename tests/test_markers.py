"""Markers: the grammar fails with file:line on every malformed marker, and each marker renders the right figure."""

from __future__ import annotations

import re

import pytest

from pipeline.errors import MarkerError
from pipeline.i18n.locales import load_locale
from pipeline.markers import GRAMMAR, iter_markers
from pipeline.site.context import Page, SiteData
from pipeline.site.render import RENDERERS, render_markers

ROW = {  # a hand-made row: every expected string below is worked out from these numbers by hand
    "id": "acme/tiny-2b", "kind": "hub", "name": "Tiny 2B", "family": "Tiny", "tags": [], "url": "https://huggingface.co/acme/tiny-2b",
    "status": "ok", "params_total": 2_506_172_416, "params_active": None, "size_class": "2b-4b",
    "weights_bytes": 5_012_344_832, "weights_bytes_estimated": False,
    "memory_bytes": {"fp32": 10_024_689_664, "fp16": 5_012_344_832, "int8": 2_506_172_416, "int4": 1_253_086_208},
    "downloads": [{"format": "gguf", "variant": "Q4_K_M", "file": "tiny.gguf", "files": 1, "bytes": 1_630_000_000,
                   "basis": "third-party", "source": None}],
}
MOE = {**ROW, "id": "acme/moe-8x1b", "name": "MoE 8x1B", "params_total": 6_000_000_000, "params_active": 1_700_000_000,
       "size_class": "5b-6b", "downloads": []}
SECRET = {**ROW, "id": "secret", "kind": "offhub", "name": "Secret", "params_total": None, "undisclosed": True,
          "memory_bytes": None, "weights_bytes": None, "downloads": []}
CLASSES = [{"id": "2b-4b", "count": 1, "examples": [], "members": ["acme/tiny-2b"]},
           {"id": "5b-6b", "count": 1, "examples": [], "members": ["acme/moe-8x1b"]}]
META = {"data_as_of": "2026-08-21T00:00:00Z", "models": 3, "hub_models": 2, "stale_models": 0,
        "reconstructed_models": 2, "fetched_models": 0}


@pytest.fixture()
def page() -> Page:
    return Page(lang="en", locale=load_locale("en"), data=SiteData([ROW, MOE, SECRET], META, CLASSES),
                src_path="docs/en/test.md")


def render(page: Page, text: str) -> str:
    return re.sub(r"<[^>]+>", "", render_markers(text, page))


# Figure and unit are joined by a no-break space, so "5.01 GB" never breaks across lines.
@pytest.mark.parametrize("marker, expected", [
    ("<!-- ls:params acme/tiny-2b -->", "2.51\u00a0billion"),
    ("<!-- ls:params acme/tiny-2b digits=2 -->", "2.5\u00a0billion"),
    ("<!-- ls:params-exact acme/tiny-2b -->", "2,506,172,416"),
    ("<!-- ls:params secret -->", "undisclosed"),
    ("<!-- ls:active acme/moe-8x1b digits=2 -->", "1.7\u00a0billion"),
    ("<!-- ls:weights acme/tiny-2b -->", "5.01\u00a0GB"),
    # parameters × 4 or 2 bytes, no file of that precision: an estimate, as the fp16 column marks it (th review 10 #8)
    ("<!-- ls:memory acme/tiny-2b fp32 -->", "≈\u00a010\u00a0GB"),
    ("<!-- ls:memory acme/tiny-2b fp16 -->", "≈\u00a05.01\u00a0GB"),
    # int8/int4 mean what the columns mean: no 8-bit file, so ≈ a Q8_0 build (2,506,172,416 × 8.5 bits
    # = 2,662,808,192 B); the row's real Q4_K_M file (1,630,000,000 B) for int4
    ("<!-- ls:memory acme/tiny-2b int8 -->", "≈\u00a02.66\u00a0GB"),
    ("<!-- ls:memory acme/tiny-2b int4 -->", "1.63\u00a0GB"),
    ("<!-- ls:download acme/tiny-2b gguf Q4_K_M -->", "1.63\u00a0GB"),
    ("<!-- ls:name acme/tiny-2b -->", "Tiny 2B"),
    ("<!-- ls:count models -->", "3"),
    ("<!-- ls:count hub-models -->", "2"),
    ("<!-- ls:count hub-fetched -->", "0"),
    ("<!-- ls:count class 5b-6b -->", "1"),
    ("<!-- ls:date data-as-of -->", "August 21, 2026"),
])
def test_each_inline_marker_renders_its_own_figure(page, marker, expected):
    assert render(page, f"x {marker} y") == f"x {expected} y"


@pytest.mark.parametrize("text, reason", [
    ("<!-- ls:count class nope -->", "unknown size class 'nope'"),
    ("<!-- ls:count modelz -->", "unknown count 'modelz'"),
    ("<!-- ls:params -->", "'ls:params' takes model"),
    ("<!-- ls:params a/b c/d -->", "'ls:params' takes model"),
    ("<!-- ls:params acme/tiny-2b digits=two -->", "must be a whole number"),
    ("<!-- ls:params acme/tiny-2b colour=red -->", "has no option 'colour'"),
    ("<!-- ls:memory acme/tiny-2b fp12 -->", "'fp12' is not one of: fp32, fp16, int8, int4"),
    ("<!-- ls:params acme/nope -->", "unknown model id 'acme/nope'"),
    ("<!-- ls:download acme/tiny-2b onnx -->", "has no onnx download"),
    ("<!-- ls:active acme/tiny-2b -->", "has no active-parameter figure"),
    ("<!-- ls:paramz acme/tiny-2b -->", "unknown marker 'ls:paramz'"),
    ("<!-- ls:table nope -->", "unknown table 'nope'"),
    ("<!-- ls:table precision -->", "needs a model id"),
    ("<!-- ls:date yesterday -->", "'yesterday' is not one of: data-as-of"),
    # typos that an HTML comment would otherwise hide from every reader and every check
    ("<!-- ls:fit_total acme/tiny-2b int4 4096 -->", "did you mean 'ls:fit-total'?"),
    ("<!-- LS:params acme/tiny-2b -->", "starts like a marker but is not one (did you mean 'ls:params'?)"),
    ("<!-- ls:params acme/tiny-2b", "closed by '-->'"),
    ("<!--ls : params acme/tiny-2b -->", "starts like a marker but is not one"),
    # values that would render nonsense ("0" parameters, "-655,000 B")
    ("<!-- ls:params acme/tiny-2b digits=0 -->", "digits must be from 1 to 6, not '0'"),
    ("<!-- ls:kv acme/tiny-2b -655000 -->", "context must be from 1 to 10,000,000, not '-655000'"),
    ("<!-- ls:fit-total acme/tiny-2b int4 0 -->", "context must be from 1 to 10,000,000, not '0'"),
])
def test_a_malformed_marker_names_file_line_and_reason(page, text, reason):
    with pytest.raises(MarkerError) as caught:
        render_markers(f"# Title\n\nFirst line.\n{text}\n", page)
    message = str(caught.value)
    assert message.startswith("docs/en/test.md:4: "), message
    assert reason in message, message


def test_every_marker_kind_in_the_grammar_has_a_renderer():
    assert set(GRAMMAR) == set(RENDERERS)


def test_markers_are_parsed_into_typed_objects():
    [(_, marker)] = list(iter_markers("a\n<!-- ls:kv acme/tiny-2b 8_192 -->", "p.md"))
    assert (marker.kind, marker.args, marker.line) == ("kv", {"model": "acme/tiny-2b", "context": 8192}, 2)


def test_the_range_ends_are_the_smallest_and_largest_known_counts_not_a_hand_picked_pair():
    data = SiteData([ROW, MOE, SECRET], META, CLASSES)  # SECRET has no count: never an end
    known = sorted((r for r in (ROW, MOE) if r.get("params_total")), key=lambda r: r["params_total"])
    assert data.model("@smallest")["id"] == known[0]["id"] and data.model("@largest")["id"] == known[-1]["id"]
    page = Page(lang="en", locale=load_locale("en"), data=data)
    out = render_markers("<!-- ls:name @largest --> has <!-- ls:params @largest digits=2 -->", page)
    assert known[-1]["name"] in out
    with pytest.raises(MarkerError, match="@smallest: no model has a known parameter count"):
        SiteData([SECRET], META, CLASSES).model("@smallest")
