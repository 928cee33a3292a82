"""`ls:speed` and `ls:bandwidth`: the home page's speed figures are the model pages' own, and bad markers name file:line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.errors import MarkerError
from pipeline.i18n.locales import load_locale
from pipeline.site import model_fit, render
from pipeline.site.context import Page, load_site_data

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "he", "ar", "pt", "th", "zh")
LLAMA = "meta-llama/Llama-3.1-8B"


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT / "data")


def page(data, lang: str = "en") -> Page:
    return Page(lang=lang, locale=load_locale(lang), data=data, src_path=f"docs/{lang}/index.md")


def text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def numbers(s: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)?", s)


@pytest.mark.parametrize("model", [LLAMA, "meta-llama/Llama-3.1-8B-Instruct", "openai/gpt-oss-20b"])
def test_the_marker_says_the_model_pages_speed_and_range_on_every_device(data, model):
    """Every device where the model page gives a speed: the marker's figure and range are the page's cell's
    ("≈ 36 (25–47)" on the page, "about 36 tokens a second (likely 25 to 47)" in prose)."""
    p = page(data)
    row = data.model(model)
    found = model_fit.figures(data, row)
    cells = model_fit.device_rows(p, row, found)
    checked = 0
    for d, cell in zip(found["devices"], cells):
        if d["speed"] is None:
            continue
        html = render.render_markers(f"<!-- ls:speed {model} int4 {d['device']['id']} -->", p)
        assert numbers(text(html)) == numbers(cell["speed"]), (d["device"]["id"], html, cell["speed"])
        checked += 1
    assert checked >= 5


def test_llama_8b_on_the_laptop_and_the_h100_in_every_language(data):
    """The home page's pair: 15 (10–20) tokens a second at 100 GB/s, 150 (100–190) at 3.35 TB/s (data/devices.yaml)."""
    for lang in LANGS:
        p = page(data, lang)
        laptop = text(render.render_markers(f"<!-- ls:speed {LLAMA} int4 laptop-apple-16gb -->", p))
        h100 = text(render.render_markers(f"<!-- ls:speed {LLAMA} int4 datacenter-80gb -->", p))
        assert numbers(laptop) == ["15", "10", "20"], (lang, laptop)
        assert numbers(h100) == ["150", "100", "190"], (lang, h100)
        bandwidth = text(render.render_markers("<!-- ls:bandwidth laptop-apple-16gb -->", p))
        assert bandwidth == "100\u00a0GB/s", (lang, bandwidth)


def test_the_figure_selects_each_languages_plural_form(data):
    """Arabic agrees the noun with the number (3–10 plural, 11–99 accusative singular, 100+ genitive singular);
    a decimal takes the default form; English says 'token' for one."""
    ar, en = load_locale("ar"), load_locale("en")
    say = lambda loc, n: loc.t("figure.speed", speed=n, low="1", high="2")  # noqa: E731
    assert "رموز" in say(ar, 7.0) and "رمزًا" in say(ar, 36.0) and "رمزًا" in say(ar, 150.0)
    assert "رمز في" in say(ar, 200.0) and "رمز في" in say(ar, 7.9) and "رمز واحد" in say(ar, 1.0)
    assert say(en, 1.0).startswith("about 1 token a second") and "tokens" in say(en, 7.9)


@pytest.mark.parametrize("marker, reason", [
    (f"<!-- ls:speed {LLAMA} int4 -->", "'ls:speed' takes model precision device"),
    (f"<!-- ls:speed {LLAMA} q4 laptop-apple-16gb -->", "'q4' is not one of: fp16, int8, int4"),
    (f"<!-- ls:speed {LLAMA} int4 toaster -->", "unknown device 'toaster'"),
    ("<!-- ls:speed acme/nope int4 laptop-apple-16gb -->", "unknown model id 'acme/nope'"),
    (f"<!-- ls:speed {LLAMA} int4 browser-tab -->", "browser tab"),
    (f"<!-- ls:speed {LLAMA} int4 phone-8gb -->", "does not fit device 'phone-8gb'"),
    (f"<!-- ls:speed {LLAMA} fp16 gpu-8gb -->", "does not fit device 'gpu-8gb'"),
    ("<!-- ls:bandwidth toaster -->", "unknown device 'toaster'"),
    ("<!-- ls:bandwidth browser-tab -->", "has no memory bandwidth"),
])
def test_a_bad_speed_marker_names_file_line_and_reason(data, marker, reason):
    with pytest.raises(MarkerError) as caught:
        render.render_markers(f"# Home\n\nSpeed.\n{marker}\n", page(data))
    message = str(caught.value)
    assert message.startswith("docs/en/index.md:4: "), message
    assert reason in message, message
