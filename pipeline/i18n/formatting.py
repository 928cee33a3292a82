"""Number formatting: parameter counts, bytes and dates in each site language through CLDR (Babel)."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list as babel_format_list
from babel.numbers import format_compact_decimal, format_decimal

# Site language -> CLDR locale. Western (latn) digits everywhere, Arabic included, as in most
# Arabic technical writing; Chinese uses the "short" compact forms (亿/万), which are its long ones.
BABEL_LOCALES = {"en": "en", "he": "he", "ar": "ar", "pt": "pt_BR", "th": "th", "zh": "zh_Hans_CN"}
COMPACT_STYLE = {"zh": "short", "ja": "short", "ko": "short"}

# Decimal SI units (1 GB = 10^9 bytes), stated once on the methodology page and used everywhere.
BYTE_UNITS = (("TB", 10**12), ("GB", 10**9), ("MB", 10**6), ("kB", 10**3))


@lru_cache(maxsize=None)
def babel_locale(lang: str) -> str:
    """CLDR locale of a site language: the table above, else Babel's own parsing ('ja', 'pt-BR' -> 'pt_BR')."""
    if lang in BABEL_LOCALES:
        return BABEL_LOCALES[lang]
    return str(Locale.parse(lang, sep="-" if "-" in lang else "_"))


@lru_cache(maxsize=None)
def cldr_locale(lang: str) -> Locale:
    """Babel's Locale of a site language (plural rules, list patterns)."""
    return Locale.parse(babel_locale(lang))


def format_list(items: list[str], lang: str, style: str = "standard") -> str:
    """Items joined by the language's CLDR list pattern: 'a, b and c', 'a، b وc', 'a、b和c'.

    style "unit" has no conjunction: 'a, b, c', 'a، b، c', 'a、b、c'.
    """
    items = [str(item) for item in items]
    if style == "unit":  # CLDR's unit patterns are uneven (zh joins with nothing, ar with "و")
        return _UNIT_JOINS.get(babel_locale(lang).split("_")[0], ", ").join(items)
    base = babel_locale(lang).split("_")[0]
    if style == "standard" and base in _LIST_JOINS and len(items) > 1:
        comma, last = _LIST_JOINS[base]
        return comma.join(items[:-1]) + last + items[-1]
    marks = [f"\x00{i}\x01" for i in range(len(items))]
    pattern = babel_format_list(marks, style=style, locale=babel_locale(lang))
    # Hebrew, Arabic and Thai glue the conjunction to the next word ('וc', 'وc', 'และc'); before a
    # Latin name or a digit Hebrew writes 'ו־Gemma' (maqaf, as the catalog's 'ב־'), Arabic and Thai leave a space.
    glue = {"he": "\u05be"}.get(base)
    for i, item in enumerate(items):
        mark = marks[i]
        if glue and item[:1].isascii() and item[:1].isalnum():
            pattern = re.sub(r"(ו|و|และ)" + re.escape(mark), lambda m: m.group(1) + glue + mark, pattern)
        pattern = pattern.replace(mark, item)
    return pattern


def compact_style(lang: str) -> str:
    """'short' where CLDR's short compact forms are the natural ones (万/億/억), else 'long'."""
    return COMPACT_STYLE.get(lang, COMPACT_STYLE.get(babel_locale(lang).split("_")[0], "long"))


def round_significant(value: float, digits: int) -> float:
    """`value` to `digits` significant digits, half away from zero on its decimal digits (not on the
    binary float): 2.675 -> 2.68, as round_whole and the browser's numbers.js round."""
    if value == 0:
        return 0
    rounded = Decimal(repr(float(value)))
    exponent = math.floor(math.log10(abs(rounded)))
    return float(rounded.quantize(Decimal(1).scaleb(exponent - digits + 1), rounding="ROUND_HALF_UP"))


def round_whole(n: int, digits: int = 3) -> int:
    """A whole number (bytes, parameters) to `digits` significant digits, half away from zero, in
    exact integer arithmetic: the site's one rounding rule, shared with docs/assets/js/numbers.js
    (roundWhole) and checked on both sides by tests/fixtures/number-vectors.json."""
    n = int(n)
    text = str(abs(n))
    if len(text) <= digits:
        return n
    scale = 10 ** (len(text) - digits)
    kept, rest = divmod(abs(n), scale)
    if rest * 2 >= scale:
        kept += 1
    return (kept * scale) * (1 if n >= 0 else -1)


@lru_cache(maxsize=1 << 16, typed=True)  # pure, and asked the same figures per page and per device
def format_params(count: int, lang: str, digits: int = 3) -> str:
    """Compact long form: '2.51 billion', '2,51 bilhões', '25.1亿', '2.51 مليار'."""
    rounded = Decimal(round_whole(count, digits))
    style = compact_style(lang)
    # CLDR picks the unit (million, หมื่นล้าน, 亿 …); add fraction digits until `digits` show.
    for fraction in range(4):
        text = format_compact_decimal(rounded, format_type=style, locale=babel_locale(lang),
                                      fraction_digits=fraction, numbering_system="latn")
        if sum(ch.isdigit() for ch in text) >= digits:
            break
    # No line break between a figure and its scale word ("2.51 billion"), as between a figure and a unit.
    text = text.replace("\u200f", "").replace("\u200e", "").replace("\u061c", "").replace(" ", "\u00a0", 1)
    if lang == "zh":  # '25.1 亿': a (no-break) space between digits and Han, as the zh pages write (as numbers.js)
        text = re.sub(r"(?<=\d)(?=[^\d.,\s\u00a0])", "\u00a0", text, count=1)
    if babel_locale(lang) == "ar":
        text = _arabic_counted_noun(text.replace("ترليون", "تريليون"))  # CLDR's spelling; Arabic writes تريليون
    return text


def _arabic_counted_noun(text: str) -> str:
    """CLDR gives 'مليار' after every number; 3–10 (plural 'few') take the plural 'مليارات', and
    11–99 (plural 'many': 13, 50, 685 whose last two digits are 11–99) the accusative 'مليارًا'."""
    number, _, noun = text.partition("\u00a0")
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return text
    form = _ARABIC_COUNTED_NOUNS.get(cldr_locale("ar").plural_form(value), {})
    return f"{number}\u00a0{form[noun]}" if noun in form else text


def counted_noun_plurals(lang: str, category: str = "few", scales: tuple = ()) -> dict[str, str]:
    """{noun: form} that _arabic_counted_noun uses after a number of CLDR plural `category` ("few":
    the plural, "many": the accusative), for scripts that format with Intl (else {}); only the nouns
    of `scales` (1e9: billions) if given, for a script that must stay small."""
    forms = _ARABIC_COUNTED_NOUNS.get(category, {}) if babel_locale(lang) == "ar" else {}
    return {noun: form for noun, form in forms.items() if not scales or _ARABIC_NOUN_SCALES[noun] in scales}


@lru_cache(maxsize=1 << 16, typed=True)
def format_integer(value: int, lang: str) -> str:
    """Exact integer with the language's grouping: '2,506,172,416', '2.506.172.416'."""
    return format_decimal(value, locale=babel_locale(lang), numbering_system="latn", group_separator=True)


@lru_cache(maxsize=1 << 16, typed=True)
def format_decimal_number(value: float, lang: str, digits: int = 3) -> str:
    rounded = round_significant(value, digits)
    fraction = max(0, digits - len(str(int(abs(rounded)))) if abs(rounded) >= 1 else digits)
    pattern = "#,##0" + ("." + "#" * fraction if fraction else "")
    return format_decimal(rounded, format=pattern, locale=babel_locale(lang), numbering_system="latn")


def format_bytes(size: int, lang: str, units: dict[str, str] | None = None, digits: int = 3,
                 fixed: bool = False) -> str:
    """Decimal units: '1.35 GB', '1,35 GB', a no-break space before the unit. The unit follows the
    rounded figure (999,500 B is '1 MB', not '1,000 kB'). Unit labels may be localized through `units`.
    `fixed`: keep the `digits` significant digits ('10.0 GB' beside '5.01 GB' in one column)."""
    try:
        return _format_bytes(size, lang, tuple(units.items()) if units else (), digits, fixed)
    except TypeError:  # a size or label that is not hashable
        return _format_bytes.__wrapped__(size, lang, tuple((units or {}).items()), digits, fixed)


@lru_cache(maxsize=1 << 16, typed=True)
def _format_bytes(size: int, lang: str, units: tuple, digits: int, fixed: bool) -> str:
    rounded = round_whole(size, digits)
    for unit, factor in BYTE_UNITS:
        if rounded >= factor:
            break
    else:
        unit, factor = "B", 1
    label = dict(units).get(unit, unit)
    value = Decimal(rounded) / Decimal(factor)
    pattern = "#,##0.###"
    if fixed:
        decimals = max(digits - len(str(int(value))), 0)
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    number = format_decimal(value, format=pattern, locale=babel_locale(lang), numbering_system="latn")
    return f"{number}\u00a0{label}"


@lru_cache(maxsize=1 << 12)
def format_day(value: str | date | datetime | None, lang: str) -> str:
    """A date in the language's long form ('24 November 2026', '24 de novembro de 2026')."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, datetime):
        value = value.date()
    if lang == "th":
        # Thai readers date by the Buddhist era (2026 CE = 2569 BE); Babel only knows the Gregorian
        # calendar, so format day and month with CLDR and add the era year ourselves.
        day_month = format_date(value, format="d MMMM", locale=babel_locale(lang))
        return f"{day_month} พ.ศ. {value.year + 543}"
    text = format_date(value, format="long", locale=babel_locale(lang))
    return text.translate(_ARABIC_INDIC_TO_LATN)


# Where CLDR's list pattern reads badly with model names: Arabic 'a و b و c' has no "،" and Thai
# 'Gemma 2และLlama' glues the conjunction to Latin names. (comma, before the last item)
_LIST_JOINS = {"ar": ("، ", " و"), "th": (" ", " และ ")}
# Thai lists of (mostly Latin) model names take a comma: a space alone ran "DistilBERT base uncased
# GPT-2 Whisper tiny" together.
_UNIT_JOINS = {"zh": "、", "ja": "、", "ar": "، ", "th": ", "}

# Arabic counted nouns after 3–10: singular (CLDR's form) -> plural.
_ARABIC_FEW_NOUNS = {"ألف": "آلاف", "مليون": "ملايين", "مليار": "مليارات", "تريليون": "تريليونات"}
# ... and after 11–99 (CLDR "many"): the accusative singular (tamyiz), «685 مليارًا».
_ARABIC_MANY_NOUNS = {"ألف": "ألفًا", "مليون": "مليونًا", "مليار": "مليارًا", "تريليون": "تريليونًا"}
_ARABIC_COUNTED_NOUNS = {"few": _ARABIC_FEW_NOUNS, "many": _ARABIC_MANY_NOUNS}
_ARABIC_NOUN_SCALES = {"ألف": 10**3, "مليون": 10**6, "مليار": 10**9, "تريليون": 10**12}

_ARABIC_INDIC_TO_LATN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def unit_names(locale) -> dict[str, str]:
    """Byte unit symbols of a locale (`units.*` keys), e.g. {"GB": "GB"} or {"GB": "جيجابايت"}."""
    return {unit: locale.get(f"units.{unit}", unit) for unit in ("kB", "MB", "GB", "GiB", "TB")}
