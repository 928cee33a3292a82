"""The "any Hub model" field: the endpoint comes from HF_ENDPOINT at build time and the page says what
is fetched and from where; the script sets the Hub's strings as text only and loads the rules on request."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.i18n.locales import load_locale
from pipeline.site.context import Page
from pipeline.site.hub_field import DEFAULT_ENDPOINT, MESSAGES, hub_field
from tests.conftest import ROOT

JS = ROOT / "docs" / "assets" / "js"


def field(lang: str = "en") -> str:
    return hub_field(Page(lang=lang, locale=load_locale(lang), data=None, base_url="../"))


def test_the_endpoint_is_the_hub_unless_hf_endpoint_names_another(monkeypatch):
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    html = field()
    assert f'data-hub="{DEFAULT_ENDPOINT}"' in html
    assert f'<bdi dir="ltr">{DEFAULT_ENDPOINT}</bdi>' in html
    monkeypatch.setenv("HF_ENDPOINT", "https://hf-mirror.example/?a&b/")
    html = field()
    assert 'data-hub="https://hf-mirror.example/?a&amp;b"' in html
    assert '<bdi dir="ltr">https://hf-mirror.example/?a&amp;b</bdi>' in html


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_the_field_states_what_is_fetched_and_carries_every_message(lang, monkeypatch):
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    html = field(lang)
    assert '<form class="ls-hub-form" hidden>' in html  # shown by the script only
    assert 'src="../assets/js/hub-model.js" async' in html and 'data-rules="../assets/js/config-rules.js"' in html
    assert "config.json" in re.search(r'<p class="ls-hub-note">(.*?)</p>', html).group(1)
    strings = json.loads(re.search(r'class="ls-hub-strings">(.*?)</script>', html, re.S).group(1))
    assert set(strings["msg"]) == set(MESSAGES)


def test_every_message_the_script_names_is_in_the_payload():
    script = (JS / "hub-model.js").read_text(encoding="utf-8")
    named = set(re.findall(r'(?:say|line|reason|msg)\("(\w+)"', script)) - {"item_"}
    named |= {"item_" + k for k in ("params", "active", "kv", "context", "weights")}
    named |= {"weights_item", "weights_item_estimated", "timeout", "failed", "gated", "not_found", "malformed"}
    assert named <= set(MESSAGES), named - set(MESSAGES)


def test_hub_strings_are_never_markup_and_the_rules_are_loaded_on_request():
    for name in ("hub-model.js", "config-rules.js", "config-params.js", "config-classic.js", "config-cache.js",
                 "config-weights.js"):
        text = (JS / name).read_text(encoding="utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", text), name
    script = (JS / "hub-model.js").read_text(encoding="utf-8")
    assert "config-rules.js" not in re.sub(r"/\*.*?\*/", "", script, flags=re.S)  # not bundled: loaded from data-rules
    assert 'credentials: "omit"' in script
