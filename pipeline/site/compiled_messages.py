"""Catalog messages compiled for a script that must answer before any runtime loads (the calculator).

The build parses the page's Fluent text with fluent.syntax (the maintained parser the catalog is read
with) and writes each message as JSON that docs/assets/js/compiled-messages.js formats in a few lines:
a pattern is a string, or a list of parts; a part is text, [variable], or [selector variable,
{variant key: pattern}, default key], a number key written "=N". That is every construct the calculator's
messages use; any other (a term, a function, a message reference) is refused with its file:line, so a
translator's new construct fails the build instead of showing a key. tests/test_calc_messages.py
requires the same text as @fluent/bundle for every message, language and plural form.
"""

from __future__ import annotations

import json

from fluent.syntax import FluentParser, ast as FTL
from markupsafe import Markup

from pipeline.errors import LocaleError
from pipeline.i18n.ftl import id_to_key, line_of


def _pattern(pattern: FTL.Pattern, where: str):
    parts: list = []
    for element in pattern.elements:
        if isinstance(element, FTL.TextElement):
            text = element.value
        else:
            text = _expression(element.expression, where)
        if isinstance(text, str) and parts and isinstance(parts[-1], str):
            parts[-1] += text
        elif text != "":
            parts.append(text)
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts


def _expression(node, where: str):
    if isinstance(node, FTL.StringLiteral):
        return node.parse()["value"]
    if isinstance(node, FTL.VariableReference):
        return [node.id.name]
    if isinstance(node, FTL.SelectExpression) and isinstance(node.selector, FTL.VariableReference):
        variants, default = {}, None
        for variant in node.variants:
            key = variant.key.name if isinstance(variant.key, FTL.Identifier) else "=" + variant.key.value
            variants[key] = _pattern(variant.value, where)
            if variant.default:
                default = key
        return [node.selector.id.name, variants, default]
    raise LocaleError(f"{where}: {type(node).__name__} is not supported in the calculator's messages "
                      "(compiled_messages.py formats text, $variables and selects on a $variable)")


def compile_ftl(text: str, where: str = "embedded messages") -> dict:
    """{dotted key: pattern} of FTL `text` (as messages.catalog_text gives it for a page's scripts)."""
    out = {}
    for entry in FluentParser(with_spans=True).parse(text).body:
        if isinstance(entry, FTL.Junk):
            raise LocaleError(f"{where}:{line_of(text, entry.span.start)}: Fluent syntax error")
        if isinstance(entry, FTL.Message) and entry.value is not None:
            out[id_to_key(entry.id.name)] = _pattern(entry.value, f"{where}:{line_of(text, entry.span.start)}")
    return out


def to_json(lang: str, table: dict) -> str:
    """The compiled messages as one JSON text, safe inside a <script> element."""
    return json.dumps({"lang": lang, "m": table}, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def compiled_block(lang: str, table: dict) -> Markup:
    """<script type="application/json" class="ls-messages-json"> for compiled-messages.js."""
    return Markup('<script type="application/json" class="ls-messages-json">{}</script>').format(
        Markup(to_json(lang, table)))
