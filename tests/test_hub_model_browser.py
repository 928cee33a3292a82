"""Any Hub model in the calculator, in headless Chromium against the local Hub (tests/hubserver.py):
typed and pasted with real key events in en, ar and zh; nothing is fetched before the reader asks; the
figures are Python's; a gated repo, a missing one, an unknown architecture, a slow answer and
malformed JSON each get their sentence, and the page stays usable."""

from __future__ import annotations

import json

import pytest

from pipeline.data import compute
from pipeline.site import calc_data
from pipeline.data.catalog import HubModel
from pipeline.i18n.formatting import format_bytes, format_integer, format_params, unit_names
from pipeline.i18n.locales import load_locale
from tests.conftest import lang_prefix, press_text, wait_until
from tests.hubserver import FakeHub, fixture_repo

pytestmark = pytest.mark.browser

LLAMA = "test-org/Llama-3.1-8B"
LLAMA_PARAMS = {"BF16": 8030261248}


@pytest.fixture(scope="module")
def hub():
    repos = [
        fixture_repo("llama-3.1-8b", LLAMA, LLAMA_PARAMS),
        fixture_repo("llama-3.1-8b", "meta-llama/Gated-8B", LLAMA_PARAMS, gated="manual"),
        fixture_repo("phi-3-small-8k-instruct", "microsoft/Phi-3-small-8k-instruct", {"BF16": 7392272384}),
        fixture_repo("gemma-2-9b", "slow-org/Gemma-2-9B", {"BF16": 9241705984}),
        fixture_repo("gemma-2-9b", "broken-org/Gemma-2-9B", {"BF16": 9241705984}),
    ]
    markup = fixture_repo("llama-3.1-8b", "evil-org/markup", {"BF16": 1000})
    markup.files["config.json"] = json.dumps({"model_type": "<img src=x onerror=alert(1)>", "num_hidden_layers": 2,
                                              "layer_pattern_x": [1]}).encode()
    hub = FakeHub([*repos, markup]).start()
    yield hub
    hub.stop()


def open_page(browser, site_url, hub, lang, timeout_ms=15000):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}{lang_prefix(lang)}will-it-run/")
    page.wait_for_selector(".ls-hub-form:not([hidden])")
    # the build's HF_ENDPOINT is the real Hub: point this page at the local one
    page.evaluate("([url, ms]) => { const b = document.getElementById('hub-model'); b.dataset.hub = url; "
                  "b.dataset.timeout = String(ms); window.__models = []; "
                  "document.getElementById('fit-calculator').addEventListener('ls-model', e => window.__models.push(e.detail.model)); }",
                  [hub.url, timeout_ms])
    return context, page, errors


def ask(page, text: str) -> None:
    """Focus the field, clear it, type one key event per character, press Enter."""
    page.focus("#ls-hub-id")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    press_text(page, text)
    page.keyboard.press("Enter")


def out_text(page) -> str:
    return page.locator(".ls-hub-out").inner_text()


def wait_for(page, needle: str) -> str:
    wait_until(page, "document.querySelector('.ls-hub-out').textContent.includes(arg)", needle)
    return out_text(page)


def python_model(repo) -> dict:
    """What the build computes from the same two answers (no file list): the calculator's fields."""
    snapshot = {"model_info": repo.info, "config_json": json.loads(repo.files["config.json"]), "tree": None, "provenance": {}}
    row = compute.hub_row(HubModel(id=repo.repo_id), snapshot, None)
    return {"params": row["params_total"], "limit": row["context_length"], "kv": row["kv_cache"],
            "formats": [[f["format"], f["weights_bytes"], f["engine"], int(bool(f["estimated"])), f["precision"]]
                        for f in calc_data.calc_formats(row)]}


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_a_typed_hub_id_gives_the_builds_figures_and_reaches_the_calculator(browser, site_url, hub, lang):
    t = load_locale(lang).t
    units = unit_names(load_locale(lang))
    context, page, errors = open_page(browser, site_url, hub, lang)
    before = hub.count()
    assert page.locator(".ls-hub-note").inner_text() == t("hub_model.note", endpoint="https://huggingface.co")
    assert hub.count() == before, "nothing is read from the Hub before the reader asks"
    assert page.evaluate("typeof window.LSConfigRules") == "undefined", "the rules load only when asked"
    if lang == "ar":
        assert page.evaluate("getComputedStyle(document.getElementById('hub-model')).direction") == "rtl"

    asked = hub.count("info", LLAMA), hub.count("resolve", LLAMA)
    ask(page, LLAMA)
    text = wait_for(page, t("hub_model.params", name="Llama-3.1-8B", params=format_params(8030261248, lang)))
    assert t("hub_model.context", tokens=format_integer(131072, lang)) in text
    assert t("hub_model.kv", bytes=format_bytes(131072, lang, units)) in text
    assert (hub.count("info", LLAMA), hub.count("resolve", LLAMA)) == (asked[0] + 1, asked[1] + 1)
    model = page.evaluate("window.__models[window.__models.length - 1]")
    want = python_model(hub.repos[LLAMA])
    assert model["params"] == want["params"] and model["limit"] == want["limit"]
    assert model["kv"] == [want["kv"]["full_bytes_per_token"], 0, None, 0, 0]
    assert model["formats"] == want["formats"]
    assert [li.get_attribute("data-format") for li in page.locator(".ls-hub-formats li").all()] == \
        [f[0] for f in want["formats"]]
    if page.locator("#ls-calc-model").count():  # the one-view calculator (wt-calc) takes the model
        wait_until(page, "document.getElementById('ls-calc-model').value === arg", "Llama-3.1-8B")
        assert page.evaluate("[...document.querySelector('.ls-calc-form select[name=format]').options].map(o => o.value)") \
            == [f[0] for f in want["formats"]]

    ask(page, "meta-llama/Gated-8B")
    wait_for(page, t("hub_model.gated", id="meta-llama/Gated-8B"))
    ask(page, "nobody/missing-model")
    wait_for(page, t("hub_model.not_found", id="nobody/missing-model"))
    assert not errors
    context.close()


def test_a_pasted_address_works_and_every_failure_is_said_while_the_page_stays_usable(browser, site_url, hub):
    t = load_locale("en").t
    context, page, errors = open_page(browser, site_url, hub, "en", timeout_ms=2000)
    context.grant_permissions(["clipboard-read", "clipboard-write"])

    # Paste a model page's address (Ctrl+V, a real key event); the id is read out of it.
    page.evaluate(f"navigator.clipboard.writeText('https://huggingface.co/{LLAMA}/tree/main')")
    page.focus("#ls-hub-id")
    page.keyboard.press("Control+V")
    wait_until(page, "document.getElementById('ls-hub-id').value.includes('tree/main')")
    page.keyboard.press("Enter")
    wait_for(page, "Llama-3.1-8B has")

    # The calculator asks for an id it does not track (a link's ?model=): the same lookup runs.
    page.evaluate("document.getElementById('fit-calculator').dispatchEvent("
                  "new CustomEvent('ls-hub-request', {detail: {id: 'meta-llama/Gated-8B'}}))")
    assert wait_for(page, t("hub_model.gated", id="meta-llama/Gated-8B")) == t("hub_model.gated", id="meta-llama/Gated-8B")

    # Not an id at all.
    ask(page, "what is this?")
    assert out_text(page) == t("hub_model.invalid", text="what is this?")

    # An architecture the rules do not model, whose layer plan they cannot read either.
    ask(page, "microsoft/Phi-3-small-8k-instruct")
    text = wait_for(page, t("hub_model.unknown_arch", id="microsoft/Phi-3-small-8k-instruct", type="phi3small"))
    assert t("hub_model.context", tokens="8,192") in text
    assert "unrecognised layer-plan key: dense_attention_every_n_layers" in text
    assert t("hub_model.not_computed", items="KV cache") in text
    assert t("hub_model.computed", items="parameters, context limit, and weight sizes") in text

    # Strings from the Hub are text, never markup.
    ask(page, "evil-org/markup")
    wait_for(page, "<img src=x onerror=alert(1)>")
    assert page.locator(".ls-hub-out img").count() == 0

    # Malformed JSON.
    hub.inject("resolve", "broken-org/Gemma-2-9B", body=b'{"model_type": "gemma2", ')
    ask(page, "broken-org/Gemma-2-9B")
    malformed = t("hub_model.malformed", id="broken-org/Gemma-2-9B", file="config.json")
    assert wait_for(page, malformed) == malformed

    # A slow answer: the page says so after its timeout, and everything keeps working.
    hub.inject("info", "slow-org/Gemma-2-9B", delay=6)
    ask(page, "slow-org/Gemma-2-9B")
    assert wait_for(page, t("hub_model.timeout", seconds="2")) == t("hub_model.timeout", seconds="2")
    assert page.locator(".ls-calc-form").is_visible() and page.locator(".ls-calc-out").inner_text().strip()
    ask(page, "slow-org/Gemma-2-9B")  # the Hub answers in time now
    text = wait_for(page, "Gemma-2-9B has")
    assert "sliding-window layers for at most 4,096 tokens" in text
    assert not errors
    context.close()


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_a_hub_id_typed_into_the_calculators_model_field_is_read_from_the_hub(browser, site_url, hub, lang):
    """Real key presses in the calculator's own field: an id no tracked model matches is not "no match"
    but a Hub id, read from the local Hub only on Enter, and the calculator answers for it."""
    context, page, errors = open_page(browser, site_url, hub, lang)
    wait_until(page, "document.querySelector('.ls-calc-verdict') && !document.querySelector('#fit-calculator[aria-busy]')")
    before = hub.count("info", LLAMA)
    page.focus("#ls-calc-model")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(LLAMA)
    assert hub.count("info", LLAMA) == before, "typing reads nothing from the Hub"
    page.keyboard.press("Enter")
    wait_until(page, "window.__models.length > 0")
    wait_until(page, "new URLSearchParams(location.search).get('model') === arg", LLAMA)
    wait_until(page, "document.querySelector('.ls-calc-verdict').textContent.includes('Llama-3.1-8B')")
    assert hub.count("info", LLAMA) == before + 1
    assert page.locator(".ls-calc-pick-note").is_hidden() and page.locator(".ls-calc-stale").count() == 0
    assert not errors
    context.close()
