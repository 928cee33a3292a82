"""Locales stage: load locales/<lang>.yml UI strings, check them against English, look keys up."""

from __future__ import annotations

import logging
import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import LocaleError
from pipeline.fileio.yamlfile import load_located

REFERENCE = "en"
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"}
log = logging.getLogger("mkdocs.plugins.llmsizes")
_WARNED: set[tuple[str, str]] = set()


def flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    """{'a': {'b': 'x'}} -> {'a.b': 'x'}; leaves are strings or plural forms."""
    flat: dict[str, str] = {}
    for key, value in tree.items():
        dotted = f"{prefix}{key}"
        if is_plural(value):
            flat[dotted] = Plural(value)
        elif isinstance(value, dict):
            flat.update(flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


class Plural(dict):
    """A UI string with one form per CLDR plural category, e.g. {"one": "{count} model", "other": …}.

    In a locale file it is a mapping whose keys are CLDR categories and include `other`; the form is
    picked by the `count` value (CLDR rules through Babel), `other` standing in for a missing one.
    """

    def form(self, category: str) -> str:
        return self.get(category, self["other"])


def is_plural(value: object) -> bool:
    return (isinstance(value, dict) and "other" in value and bool(value)
            and all(key in PLURAL_CATEGORIES for key in value) and all(isinstance(v, str) for v in value.values()))


def placeholders(text: "str | Plural") -> set[str]:
    if isinstance(text, dict):  # a plural: the union of its forms ("نموذج واحد" may drop {count})
        return set().union(*(placeholders(form) for form in text.values()))
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


@dataclass
class Locale:
    """UI strings of one language, with English behind it for missing keys."""

    lang: str
    strings: dict[str, str]
    reference: dict[str, str] = field(default_factory=dict)
    strict: bool = False
    missing: set[str] = field(default_factory=set)
    files: tuple = ()  # (this language's file, English's file), for error messages

    @property
    def dir(self) -> str:
        return self.strings.get("language.dir") or ("rtl" if self.lang in RTL_LANGUAGES else "ltr")

    def t(self, key: str, **values: object) -> str:
        """The string for `key`, formatted with `values`; English (and a warning) if missing."""
        text = self.strings.get(key)
        if text is None:
            if key not in self.reference:
                raise LocaleError(f"unknown UI string key {key!r} (not in locales/{REFERENCE}.yml)")
            if self.strict:
                raise LocaleError(f"locales/{self.lang}.yml: missing key {key!r} (English: "
                                  f"{self.reference[key]!r}); add it or run without strict mode")
            if (self.lang, key) not in _WARNED:  # once per build, not once per page
                log.warning("locales/%s.yml: missing key %r, using English (python -m pipeline i18n "
                            "status lists every gap)", self.lang, key)
                _WARNED.add((self.lang, key))
            self.missing.add(key)
            text = self.reference[key]
        if isinstance(text, Plural):
            if "count" not in values:
                raise LocaleError(f"{key!r} has plural forms: pass count= (or use Locale.plural)")
            text = text.form(plural_category(count_value(values["count"]), self.lang))
        if not values:
            return text
        try:
            return text.format(**values)
        except (KeyError, IndexError) as exc:
            own, english = self.files or (LOCALES_DIR / f"{self.lang}.yml", LOCALES_DIR / f"{REFERENCE}.yml")
            path = own if key in self.strings else english
            raise LocaleError(f"{key_where(path, key)}: {key}: placeholder {{{exc.args[0]}}} is not one the "
                              f"site fills in here (it gives: {', '.join(sorted(values))})") from None

    def plural(self, key: str, count: int, **values: object) -> str:
        """The plural form of `key` for `count`, with {count} written in the language's digits."""
        from pipeline.i18n.formatting import format_integer
        text = self.strings.get(key, self.reference.get(key))
        form = (text.form(plural_category(count, self.lang)) if isinstance(text, Plural)
                else None)
        if form is None:
            return self.t(key, count=format_integer(count, self.lang), **values)
        return form.format(count=format_integer(count, self.lang), **values)

    def get(self, key: str, default: str | None = None) -> str | None:
        """Like t() without formatting; a key English lacks gives `default`."""
        if key in self.strings or key in self.reference:
            return self.t(key)
        return default


def read_locale_file(path: Path) -> dict[str, str]:
    """Flat key -> string map of one locale file; problems name file, line and key."""
    located = load_located(path, LocaleError)
    if not isinstance(located.data, dict):
        raise LocaleError(f"{path}:1: expected a mapping of keys to strings")
    flat: dict[str, str] = {}

    def walk(tree: dict, trail: tuple) -> None:
        for key, value in tree.items():
            here = trail + (key,)
            if here == ("glossary_avoid",):
                continue  # lists of variants for the glossary check (pipeline/i18n/glossary.py), not UI text
            if not isinstance(key, str):
                raise LocaleError(f"{located.where(here)}: key {key!r} must be text")
            if is_plural(value):
                flat[".".join(here)] = value = Plural(value)
            elif isinstance(value, dict):
                walk(value, here)
            elif isinstance(value, str):
                flat[".".join(here)] = value
            else:
                raise LocaleError(f"{located.where(here)}: {'.'.join(here)}: expected text, got "
                                  f"{type(value).__name__} (quote it: \"...\")")
            if isinstance(value, (str, Plural)):
                try:
                    placeholders(value)
                except ValueError as exc:
                    raise LocaleError(f"{located.where(here)}: {'.'.join(here)}: bad placeholder "
                                      f"({exc}); use {{name}}, or {{{{ }}}} for a literal brace") from None

    walk(located.data, ())
    return flat


def key_differences(strings: dict[str, str], reference: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(missing, extra, placeholder-mismatched) keys of one language against English, sorted."""
    missing = sorted(set(reference) - set(strings))
    extra = sorted(set(strings) - set(reference))
    mismatched = sorted(key for key in set(strings) & set(reference)
                        if placeholders(strings[key]) != placeholders(reference[key]))
    return missing, extra, mismatched


def plural_problems(lang: str, strings: dict) -> list[str]:
    """Plural strings lacking a category CLDR uses in `lang` (Arabic needs zero, one, two, few, many)."""
    from pipeline.i18n.formatting import cldr_locale
    needed = set(cldr_locale(lang).plural_form.tags) | {"other"}
    return [f"plural {key!r} lacks CLDR form(s) {', '.join(sorted(needed - set(value)))} for {lang}"
            for key, value in sorted(strings.items()) if isinstance(value, Plural) and needed - set(value)]


def locale_problems(lang: str, strings: dict[str, str], reference: dict[str, str]) -> list[str]:
    """Missing / extra keys, placeholder mismatches and missing plural forms against English."""
    missing, extra, mismatched = key_differences(strings, reference)
    problems = [f"missing key {key!r}" for key in missing]
    problems += plural_problems(lang, strings)
    problems += [f"extra key {key!r} (not in English; typo?)" for key in extra]
    for key in mismatched:
        problems.append(f"placeholders of {key!r} differ: {sorted(placeholders(strings[key]))} "
                        f"vs English {sorted(placeholders(reference[key]))}")
    return problems


def key_where(path: Path, key: str) -> str:
    """`file:line` of a dotted key in a locale file (for error messages; parses the file again)."""
    try:
        return load_located(path, LocaleError).where(tuple(key.split(".")))
    except (LocaleError, OSError):
        return str(path)


def read_locale_file_once(path: Path) -> dict[str, str]:
    """read_locale_file, parsed once per version of the file (its size and modification time): a
    build asks for every language's strings on every page. The dict is shared: do not change it."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return read_locale_file(path)  # names the missing file
    return _cached(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _cached(path: str, mtime_ns: int, size: int) -> dict[str, str]:
    return read_locale_file(Path(path))


@lru_cache(maxsize=32)
def _placeholder_problems(lang: str, strings_path: Path, reference_path: Path, stamp: tuple) -> list[str]:
    """The placeholder mismatches of one version (`stamp`) of a locale file against English."""
    strings, reference = read_locale_file_once(strings_path), read_locale_file_once(reference_path)
    return [p for p in locale_problems(lang, strings, reference) if p.startswith("placeholders")]


def load_locale(lang: str, locales_dir: Path = LOCALES_DIR, strict: bool = False) -> Locale:
    """The Locale for `lang` (English reference underneath)."""
    locales_dir = Path(locales_dir)
    reference_path = locales_dir / f"{REFERENCE}.yml"
    reference = read_locale_file_once(reference_path)
    path = locales_dir / f"{lang}.yml"
    if lang == REFERENCE:
        strings, path = reference, reference_path
    elif path.exists():
        strings = read_locale_file_once(path)
    else:
        raise LocaleError(f"{path}: no locale file for language {lang!r}")
    stamp = tuple((p.stat().st_mtime_ns, p.stat().st_size) for p in (path, reference_path))
    placeholders_bad = _placeholder_problems(lang, path, reference_path, stamp)
    if placeholders_bad:  # e.g. "placeholders of 'a.b' differ: …": name the line of the first key
        first = placeholders_bad[0].split("'")[1]
        raise LocaleError(f"{key_where(path, first)}: " + "; ".join(placeholders_bad)
                          + f" (every language uses English's placeholders, from {reference_path})")
    missing = sorted(set(reference) - set(strings))
    if strict and missing:  # strict (CI) builds fail on every gap, not only on keys a page happens to use
        raise LocaleError(f"locales/{lang}.yml: missing key(s) {', '.join(map(repr, missing))}; add them, "
                          "translated (python -m pipeline i18n status lists every gap)")
    return Locale(lang, dict(strings), dict(reference), strict=strict, files=(path, reference_path))


