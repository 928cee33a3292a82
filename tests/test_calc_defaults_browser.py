"""The calculator's defaults in headless Chromium, with real key events: a model opens on the weight format the
tables and its model page judge in (review 8, he #2), and on a context it can read unless the reader chose
another (review 8, he #4: DistilBERT, 512 tokens, opened on "too long" at the default 4,096)."""

from __future__ import annotations

import pytest

from pipeline.i18n.formatting import format_integer
from pipeline.site import model_fit
from tests.conftest import wait_until
from tests.test_fit_browser import ROWS, open_calculator, pick_model, retype, tab_to

pytestmark = pytest.mark.browser

DISTILBERT = "distilbert/distilbert-base-uncased"


def form_value(page, name: str) -> str:
    return page.evaluate(f"document.querySelector('.ls-calc-form [name={name}]').value")


def verdict_class(page) -> str:
    return page.evaluate("document.querySelector('.ls-calc-verdict .ls-verdict').className")


def test_a_model_opens_on_its_model_pages_format(browser, site_url):
    """Gemma 3 4B IT: its Q4_K_M file, as the tables and the model page, not the Q4_0 file listed first."""
    gemma = model_fit.page_format(ROWS["google/gemma-3-4b-it"])["format"]
    assert gemma == "gguf:Q4_K_M"
    context, page, errors = open_calculator(browser, site_url, "en", "?device=gpu-8gb")
    pick_model(page, "gemma 3 4b", "google/gemma-3-4b-it")
    assert form_value(page, "format") == gemma
    assert not errors, errors
    context.close()


def test_a_context_nobody_chose_never_opens_past_the_models_limit(browser, site_url):
    limit = ROWS[DISTILBERT]["context_length"]
    assert limit == 512
    context, page, errors = open_calculator(browser, site_url, "en", "?device=gpu-8gb")
    assert form_value(page, "context") == format_integer(4096, "en")
    pick_model(page, "distilbert base uncased", DISTILBERT)
    wait_until(page, "document.querySelector('.ls-calc-form [name=context]').value === arg", format_integer(limit, "en"))
    assert "too-long" not in verdict_class(page)
    assert "context=" not in page.url  # not the reader's: a reload opens each model on its own default again
    # back to a model with a longer limit: the default again, not DistilBERT's 512
    pick_model(page, "llama 3.1 8b instruct", "meta-llama/Llama-3.1-8B-Instruct")
    wait_until(page, "document.querySelector('.ls-calc-form [name=context]').value === arg", format_integer(4096, "en"))
    # a context the reader types is kept for the next model, and said to be too long for it
    tab_to(page, ".ls-calc-form [name=context]")
    page.keyboard.press("Control+A")
    page.keyboard.type("4096")
    page.keyboard.press("Tab")
    wait_until(page, "new URLSearchParams(location.search).get('context') === '4096'")
    pick_model(page, "distilbert base uncased", DISTILBERT)
    wait_until(page, "document.querySelector('.ls-calc-verdict .ls-verdict-too-long')")
    assert form_value(page, "context") == "4096"  # as typed
    assert not errors, errors
    context.close()


def test_a_linked_context_is_kept(browser, site_url):
    context, page, errors = open_calculator(browser, site_url, "en", f"?model={DISTILBERT}&device=gpu-8gb&context=2048")
    wait_until(page, "document.querySelector('.ls-calc-verdict .ls-verdict-too-long')")
    assert form_value(page, "context") == format_integer(2048, "en")
    retype(page, "context", "300")
    wait_until(page, "!document.querySelector('.ls-calc-verdict .ls-verdict-too-long')")
    assert not errors, errors
    context.close()

