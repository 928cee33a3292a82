"""Locales stage: the messages of locales/<lang>.ftl (Project Fluent), checked against English, formatted by key."""

from __future__ import annotations

import logging
import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from fluent.runtime import FluentBundle
from fluent.runtime.resolver import CurrentEnvironment, ResolverEnvironment
from fluent.runtime.types import FluentInt

from pipeline.errors import LocaleError
from pipeline.i18n.ftl import Entry, key_to_id, parse_ftl, read_catalog, source_text

REFERENCE = "en"
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"}
log = logging.getLogger("mkdocs.plugins.llmsizes")
_WARNED: set[tuple[str, str]] = set()
# (id of the entry, its language, the values) -> (entry, text): t() is a pure function of these, and
# a build formats the same few thousand messages hundreds of thousands of times (issue 22's build time).
_FORMATTED: dict[tuple, tuple] = {}
_FORMATTED_MAX = 500_000
# (id of a language's catalog, id of English's, strict) -> (catalog, English): checked once per version.
_CHECKED: dict[tuple, tuple] = {}


PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def placeholders(text: "str | Entry") -> set[str]:
    """The variables a message uses ($count, $size …), or the {names} of plain Python-format text."""
    if isinstance(text, Entry):
        return set(text.variables)
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def count_value(value: object) -> int | float:
    """The number behind a `count` value: an int, or a formatted one ('1,234', '1.234', '12')."""
    if isinstance(value, (int, float)):
        return value
    digits = "".join(ch for ch in str(value) if ch.isdigit())
    if not digits:
        raise LocaleError(f"plural string needs a numeric count, got {value!r}")
    return int(digits)


def plural_category(count: int | float, lang: str) -> str:
    """CLDR plural category of `count` in `lang` ('one', 'few', 'other' …), through Babel."""
    from pipeline.i18n.formatting import cldr_locale
    return cldr_locale(lang).plural_form(count)


class Shown(FluentInt):
    """A number Fluent selects on (CLDR plural category) and shows as the site writes it ('1,234')."""

    def __new__(cls, value: int, text: str):
        self = FluentInt.__new__(cls, int(value))
        self.text = text
        return self

    def format(self, locale) -> str:  # noqa: A003 (fluent.runtime's FluentType protocol)
        return self.text


def _fluent_args(entry: Entry, values: dict, lang: str) -> dict:
    """Arguments for Fluent: numbers shown in the site's digits; a plural selector given as text
    ('1,234') becomes its number, shown as given."""
    from pipeline.i18n.formatting import format_decimal_number, format_integer
    args = {}
    for name, value in values.items():
        if isinstance(value, bool) or value is None:
            args[name] = str(value) if value is not None else ""
        elif isinstance(value, int):
            args[name] = Shown(value, format_integer(value, lang))
        elif isinstance(value, float):
            args[name] = (Shown(int(value), format_integer(int(value), lang)) if value.is_integer()
                          else format_decimal_number(value, lang))
        elif name in entry.plural_variables:
            args[name] = Shown(count_value(value), str(value))
        else:
            args[name] = str(value)
    return args


@dataclass
class Locale:
    """Messages of one language, with English behind them for missing keys."""

    lang: str
    strings: dict  # key -> Entry (or plain Python-format text, for tests)
    reference: dict = field(default_factory=dict)
    strict: bool = False
    missing: set[str] = field(default_factory=set)
    files: tuple = ()  # (this language's file, English's file), for error messages

    @property
    def dir(self) -> str:
        return self.get("language.dir") or ("rtl" if self.lang in RTL_LANGUAGES else "ltr")

    def _entry(self, key: str) -> tuple[object, str]:
        """(entry, language it is in): this language's, or English's with a warning."""
        if key in self.strings:
            return self.strings[key], self.lang
        if key not in self.reference:
            raise LocaleError(f"unknown message {key!r} (not in locales/{REFERENCE}.ftl)")
        if self.strict:
            raise LocaleError(f"locales/{self.lang}.ftl: missing key {key!r} ({key_to_id(key)}); add it "
                              "or run without strict mode")
        if (self.lang, key) not in _WARNED:  # once per build, not once per page
            log.warning("locales/%s.ftl: missing key %r, using English (python -m pipeline i18n "
                        "status lists every gap)", self.lang, key)
            _WARNED.add((self.lang, key))
        self.missing.add(key)
        return self.reference[key], REFERENCE

    def t(self, key: str, **values: object) -> str:
        """The message `key` formatted with `values` (numbers in the site's digits); English if missing."""
        entry, lang = self._entry(key)
        if not isinstance(entry, Entry):  # plain text (tests): Python format
            return entry.format(**values) if values else entry
        if not values and entry.variables and not entry.plural_variables:
            # the message as a template with {name} slots (a script or a later .format fills them)
            values = {name: "{" + name + "}" for name in entry.variables}
        if entry.plural_variables - set(values):
            raise LocaleError(f"{entry.where}: {key} selects on ${', $'.join(sorted(entry.plural_variables))}: "
                              "pass it (or use Locale.plural)")
        try:  # a page formats the same message with the same values many times (one per device, unit …)
            memo = (id(entry), lang, tuple((name, type(value), value) for name, value in values.items()))
            hit = _FORMATTED.get(memo)
        except TypeError:  # a value that is not hashable: format it every time
            memo, hit = None, None
        if hit is not None and hit[0] is entry:
            return hit[1]
        text = self._format(entry, lang, key, values)
        if memo is not None:
            if len(_FORMATTED) > _FORMATTED_MAX:
                _FORMATTED.clear()
            _FORMATTED[memo] = (entry, text)  # the entry kept alive, so its id is not reused
        return text

    def _format(self, entry: Entry, lang: str, key: str, values: dict) -> str:
        """The message `entry` formatted with `values` through its Fluent bundle."""
        bundle = _bundle(entry.path, lang)
        message = bundle.get_message(entry.id)
        errors: list = []
        env = ResolverEnvironment(context=bundle, current=CurrentEnvironment(args=_fluent_args(entry, values, lang)),
                                  errors=errors)
        result = message.value(env)  # format_pattern without its number conversion: Shown stays Shown
        if errors:
            unknown = [str(e) for e in errors]
            names = sorted(entry.variables - set(values))
            what = (f"variable ${names[0]} is not one the site fills in here (it gives: {', '.join(sorted(values))})"
                    if names else "; ".join(unknown))
            raise LocaleError(f"{entry.where}: {key}: {what}")
        return str(result)

    def plural(self, key: str, count: int, **values: object) -> str:
        """The message `key` for the number `count` (plural form by CLDR, written in the site's digits)."""
        return self.t(key, count=count, **values)

    def get(self, key: str, default: str | None = None) -> str | None:
        """Like t() without values; a key English lacks gives `default`."""
        if key in self.strings or key in self.reference:
            return self.t(key)
        return default


def _bundle(path: Path, lang: str) -> FluentBundle:
    """The Fluent bundle of one catalog file (one per version of the file)."""
    text = source_text(path)
    return _bundle_once(str(path), text, lang)


@lru_cache(maxsize=32)
def _bundle_once(path: str, text: str, lang: str) -> FluentBundle:
    from pipeline.i18n.formatting import babel_locale
    # no isolation marks: the site isolates figures and names itself (bdi, dir) where bidi needs it
    bundle = FluentBundle([babel_locale(lang)], use_isolating=False)
    bundle.add_resource(parse_ftl(text))  # the catalog reader's parse, not a second one
    return bundle


def read_locale_file(path: Path) -> dict:
    """Key -> Entry of one catalog (locales/<lang>.ftl); problems name file and line."""
    return dict(read_catalog(Path(path)))


read_locale_file_once = read_catalog  # parsed once per version of the file; do not change the dict


def key_differences(strings: dict, reference: dict) -> tuple[list[str], list[str], list[str]]:
    """(missing, extra, variable-mismatched) keys of one language against English, sorted."""
    missing = sorted(set(reference) - set(strings))
    extra = sorted(set(strings) - set(reference))
    mismatched = sorted(key for key in set(strings) & set(reference)
                        if placeholders(strings[key]) != placeholders(reference[key]))
    return missing, extra, mismatched


def plural_problems(lang: str, strings: dict) -> list[str]:
    """Plural selects lacking a category CLDR uses in `lang` (Arabic needs zero, one, two, few, many)."""
    from pipeline.i18n.formatting import cldr_locale
    needed = set(cldr_locale(lang).plural_form.tags) | {"other"}
    return [f"{value.where}: plural {key!r} lacks CLDR form(s) {', '.join(sorted(needed - value.categories))} "
            f"for {lang}" for key, value in sorted(strings.items())
            if isinstance(value, Entry) and value.categories and needed - value.categories]


def locale_problems(lang: str, strings: dict, reference: dict) -> list[str]:
    """Missing / extra keys, variable mismatches and missing plural forms against English."""
    missing, extra, mismatched = key_differences(strings, reference)
    problems = [f"missing key {key!r}" for key in missing]
    problems += plural_problems(lang, strings)
    problems += [f"extra key {key!r} (not in English; typo?)" for key in extra]
    for key in mismatched:
        where = strings[key].where + ": " if isinstance(strings[key], Entry) else ""
        problems.append(f"{where}variables of {key!r} differ: {sorted(placeholders(strings[key]))} "
                        f"vs English {sorted(placeholders(reference[key]))}")
    return problems


def key_where(path: Path, key: str) -> str:
    """`file:line` of a key in a catalog (for error messages)."""
    try:
        return read_catalog(Path(path))[key].where
    except (LocaleError, KeyError, OSError):
        return str(path)


def catalog_path(lang: str, locales_dir: Path = LOCALES_DIR) -> Path:
    return Path(locales_dir) / f"{lang}.ftl"


def load_locale(lang: str, locales_dir: Path = LOCALES_DIR, strict: bool = False) -> Locale:
    """The Locale for `lang` (English reference underneath); a variable mismatch stops here, at its line."""
    reference_path = catalog_path(REFERENCE, locales_dir)
    reference = read_catalog(reference_path)
    path = catalog_path(lang, locales_dir)
    if not path.exists():
        raise LocaleError(f"{path}: no message catalog for language {lang!r}")
    strings = reference if lang == REFERENCE else read_catalog(path)
    checked = _CHECKED.get((id(strings), id(reference), strict))
    if checked is None or checked[0] is not strings or checked[1] is not reference:
        _check_catalog(lang, strings, reference, reference_path, strict)
        _CHECKED[(id(strings), id(reference), strict)] = (strings, reference)
    return Locale(lang, dict(strings), dict(reference), strict=strict, files=(path, reference_path))


def _check_catalog(lang: str, strings: dict, reference: dict, reference_path: Path, strict: bool) -> None:
    """A variable mismatch against English, or (strict) a missing key, stops the build here."""
    _, _, mismatched = key_differences(strings, reference)
    if mismatched:
        first = strings[mismatched[0]]
        raise LocaleError(f"{first.where}: " + "; ".join(
            f"variables of {key!r} differ: {sorted(placeholders(strings[key]))} vs English "
            f"{sorted(placeholders(reference[key]))}" for key in mismatched)
            + f" (every language uses English's variables, from {reference_path})")
    missing = sorted(set(reference) - set(strings))
    if strict and missing:  # strict (CI) builds fail on every gap, not only on keys a page happens to use
        raise LocaleError(f"locales/{lang}.ftl: missing key(s) {', '.join(map(repr, missing))}; add them, "
                          "translated (python -m pipeline i18n status lists every gap)")
