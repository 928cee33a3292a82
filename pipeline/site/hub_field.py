"""The "any Hub model" field under the calculator (issue 23): the form, the sentence that says what the
browser fetches and from where, and its strings; docs/assets/js/hub-model.js does the rest (pure)."""

from __future__ import annotations

import json
import os

from markupsafe import Markup, escape

from pipeline.i18n.formatting import unit_names
from pipeline.site.context import Page

DEFAULT_ENDPOINT = "https://huggingface.co"
# Keys of the locales' hub_model: section the script reads through msg(key, args).
MESSAGES = ("loading", "invalid", "not_found", "gated", "timeout", "malformed", "failed", "no_config",
            "unknown_arch", "computed", "not_computed", "item_params", "item_active", "item_kv", "item_context",
            "item_weights", "params", "params_unknown", "active", "context", "context_unknown", "kv", "kv_window",
            "kv_state", "kv_none", "kv_unknown", "weights_title", "weights_item", "weights_item_estimated")


def hub_endpoint() -> str:
    """The Hub the browser reads: HF_ENDPOINT at build time (a mirror, or a local Hub in tests), else the Hub."""
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def hub_field(page: Page) -> str:
    """The form (shown by the script), the fetch note and the output, after the calculator's block."""
    t = page.locale.t
    endpoint = hub_endpoint()
    strings = {key: t(f"hub_model.{key}") for key in MESSAGES}
    payload = json.dumps({"msg": strings, "units": unit_names(page.locale)}, ensure_ascii=False).replace("<", "\\u003c")
    base = escape(page.base_url or "")
    return str(Markup(
        '<div class="ls-hub" id="hub-model" data-hub="{endpoint}" data-rules="{base}assets/js/config-rules.js" '
        'data-lang="{lang}">\n'
        '<form class="ls-hub-form" hidden>\n'
        '<label for="ls-hub-id">{label}</label>\n'
        '<input id="ls-hub-id" name="hub_id" type="text" dir="ltr" autocomplete="off" autocapitalize="off" '
        'spellcheck="false" size="32">\n'
        '<button type="submit">{button}</button>\n'
        '<p class="ls-hub-note">{note}</p>\n'
        '</form>\n'
        '<div class="ls-hub-out" aria-live="polite"></div>\n'
        '<script type="application/json" class="ls-hub-strings">{payload}</script>\n'
        '<script src="{base}assets/js/hub-model.js" async></script>\n'
        '</div>').format(
        endpoint=endpoint, base=base, lang=page.lang, label=t("hub_model.label"), button=t("hub_model.button"),
        note=_with_endpoint(t("hub_model.note", endpoint=SPOT), endpoint), payload=Markup(payload)))


SPOT = "\ue000"  # a private-use character standing in for the endpoint while the sentence is escaped


def _with_endpoint(sentence: str, endpoint: str) -> Markup:
    """The sentence, escaped, with the endpoint kept left-to-right in any language (a <bdi>)."""
    return Markup(str(escape(sentence)).replace(SPOT, str(Markup('<bdi dir="ltr">{}</bdi>').format(endpoint))))
