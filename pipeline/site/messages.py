"""The catalog messages a page's scripts use, embedded in the page as Fluent text (docs/assets/js/messages.js reads it),
or compiled for a script that answers before any runtime loads (compiled_messages.py; the calculator).

A script asks for a message as `msg("explorer.matching", {...})`; a literal followed by `+`
(`msg("fit.verdict." + v)`) asks for every message whose key starts with it. The build scans each script (and what it @includes) for those keys
and embeds, per page and language, only their messages, with English for a key the language lacks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from pipeline.errors import LocaleError
from pipeline.i18n.ftl import messages_source
from pipeline.site.assets import bundle_js

JS_DIR = Path(__file__).resolve().parents[2] / "docs" / "assets" / "js"
MSG_CALL = re.compile(r"""\bmsg\(\s*["']([A-Za-z0-9_.-]+)["']\s*(\+?)""")


@lru_cache(maxsize=16)
def script_keys(script: str, js_dir: Path = JS_DIR) -> tuple[str, ...]:
    """The message keys a script and its includes ask for; a key followed by `+` (msg("fit.verdict." + v))
    is a prefix, written with a trailing "*"."""
    path = Path(js_dir) / script
    text = bundle_js(path.read_text(encoding="utf-8"), path.parent)
    return tuple(sorted({key + ("*" if plus else "") for key, plus in MSG_CALL.findall(text)}))


def keys_for(scripts: tuple[str, ...], known) -> list[str]:
    """Every catalog key the scripts use: exact keys, and all keys under a prefix."""
    wanted = set()
    for script in scripts:
        for key in script_keys(script):
            wanted |= {k for k in known if k.startswith(key[:-1])} if key.endswith("*") else {key}
    return sorted(wanted)


RUNTIME = "assets/js/vendor/fluent-bundle.js"


def catalog_text(locale, scripts: tuple[str, ...], thai_words: bool = False, thai_plain: bool = False,
                 leave_out: tuple[str, ...] = ()) -> str:
    """FTL text of the messages `scripts` use (less those `leave_out` use), in the page's language, English
    for a key it lacks. thai_words: Thai words apart (U+200B) as the page pass leaves the built page's text
    (thai_lines.py), for a script whose sentences must read as a built page's (the explorer's in-place view)."""
    known = set(locale.reference) | set(locale.strings)
    keys = sorted(set(keys_for(scripts, known)) - set(keys_for(leave_out, known)))
    own = [k for k in keys if k in locale.strings]
    english = [k for k in keys if k not in locale.strings and k in locale.reference]
    missing = [k for k in keys if k not in locale.strings and k not in locale.reference]
    if missing:
        raise LocaleError(f"{', '.join(scripts)}: msg() asks for {', '.join(missing)}, not in locales/en.ftl")
    text = messages_source(locale.strings, own) + messages_source(locale.reference, english)
    if thai_words and locale.lang == "th":
        from pipeline.site.thai_lines import words_apart  # pythainlp, only for a Thai page that asks

        text = words_apart(text)
    if thai_plain and locale.lang == "th":
        # a script that writes plain text (the calculator): words apart (U+200B; the script keeps each on
        # one line), a figure kept with the Thai word after it ("{ $context } โทเค็น", "{ $low } ถึง"), as thai_lines.py does
        from pipeline.site.thai_lines import keep_words_in_plain_text

        text = keep_words_in_plain_text(re.sub(r"\}( )(?=[\u0E00-\u0E7F])", "}\u00a0", text))
        # a space beside Thai gets a U+200B too: the script keeps each piece between two U+200B on one line, and a
        # piece "…แบบ GGUF Q4_K_M: ต้อง" (a space, a name, Thai words) ran a 360 px line off the screen (review 9/10 th)
        text = re.sub(r"(?<=[\u0E00-\u0E7F]) ", "\u200b ", re.sub(r" (?=[\u0E00-\u0E7F])", " \u200b", text))
    return text


def embedded_messages(locale, scripts: tuple[str, ...], base: str = "", thai_words: bool = False,
                      thai_plain: bool = False) -> Markup:
    """<script type="text/x-fluent" class="ls-messages"> with the messages `scripts` use, in the page's
    language, for messages.js and the Fluent runtime it loads (see catalog_text for the Thai options)."""
    text = catalog_text(locale, scripts, thai_words, thai_plain)
    if "</" in text:  # would end the script element early
        raise LocaleError(f"a message used by {', '.join(scripts)} contains '</'; keep markup out of script messages")
    return Markup('<script type="text/x-fluent" class="ls-messages" data-lang="{}" data-runtime="{}">\n{}</script>').format(
        locale.lang, base + RUNTIME, Markup(text))  # raw text inside <script>; '</' ruled out above


def compiled_messages(locale, scripts: tuple[str, ...], leave_out: tuple[str, ...] = ()) -> dict:
    """{key: compiled pattern} of the messages `scripts` use less those of `leave_out`, Thai as plain text
    (compiled_messages.py; docs/assets/js/compiled-messages.js formats them without the Fluent runtime)."""
    from pipeline.site.compiled_messages import compile_ftl

    return compile_ftl(catalog_text(locale, scripts, thai_plain=True, leave_out=leave_out),
                       f"messages of {', '.join(scripts)} ({locale.lang})")
