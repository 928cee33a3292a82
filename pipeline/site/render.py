"""Render stage: replace `<!-- ls:… -->` markers in a page with figures and tables from data/ (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Callable

import yaml

from pipeline.errors import MarkerError
from pipeline.locales import Locale
from pipeline.numbers import format_bytes, format_day, format_integer, format_params

MARKER = re.compile(r"<!--\s*ls:(?P<kind>[a-z][a-z-]*)(?P<args>(?:\s+[^\s>]+)*)\s*-->")


@dataclass
class SiteData:
    """Everything the renderers read from data/ (loaded once per build)."""

    models: list[dict]
    meta: dict
    size_classes: list[dict]
    by_id: dict[str, dict] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {row["id"]: row for row in self.models}

    def model(self, model_id: str) -> dict:
        try:
            return self.by_id[model_id]
        except KeyError:
            raise MarkerError(f"unknown model id {model_id!r} (not in data/models.yaml)") from None


def load_site_data(data_dir: Path) -> SiteData:
    data_dir = Path(data_dir)
    models = yaml.safe_load((data_dir / "models.yaml").read_text(encoding="utf-8"))
    classes = yaml.safe_load((data_dir / "size_classes.yaml").read_text(encoding="utf-8"))
    return SiteData(models["models"], models["meta"], classes["size_classes"])


@dataclass
class Page:
    """What a renderer knows about the page it fills."""

    lang: str
    locale: Locale
    data: SiteData
    src_path: str = "?"
    base_url: str = ""  # relative path from this page to the site root (all languages): "../../"


def parse_marker(match: re.Match) -> tuple[str, list[str], dict[str, str]]:
    positional, options = [], {}
    for token in match.group("args").split():
        if "=" in token:
            key, value = token.split("=", 1)
            options[key] = value
        else:
            positional.append(token)
    return match.group("kind"), positional, options


def markers_in(markdown: str) -> list[tuple[int, str]]:
    """(line, marker text) of every marker, in order; used by translation checks."""
    return [(markdown.count("\n", 0, m.start()) + 1, m.group(0)) for m in MARKER.finditer(markdown)]


def render_markers(markdown: str, page: Page) -> str:
    """Replace every marker; an unknown one raises MarkerError naming file and line."""

    def replace(match: re.Match) -> str:
        kind, args, options = parse_marker(match)
        line = markdown.count("\n", 0, match.start()) + 1
        renderer = RENDERERS.get(kind)
        try:
            if renderer is None:
                raise MarkerError(f"unknown marker 'ls:{kind}' (known: {', '.join(sorted(RENDERERS))})")
            return renderer(page, args, options)
        except MarkerError as exc:
            raise MarkerError(f"{page.src_path}:{line}: {exc}") from None
        except (IndexError, KeyError, ValueError) as exc:
            raise MarkerError(f"{page.src_path}:{line}: bad arguments for 'ls:{kind}': {exc!r}") from None

    return MARKER.sub(replace, markdown)


# Inline figures --------------------------------------------------------------------------------


def _fig(text: str, title: str | None = None) -> str:
    """A figure isolated for bidirectional text, so '1.35 GB' never garbles inside RTL prose."""
    attr = f' title="{escape(title)}"' if title else ""
    return f'<bdi class="ls-fig"{attr}>{escape(text)}</bdi>'


def _params(page: Page, args: list[str], options: dict) -> str:
    row = page.data.model(args[0])
    if row["params_total"] is None:
        return _fig(page.locale.t("figure.undisclosed" if row.get("undisclosed") else "figure.unknown"))
    digits = int(options.get("digits", 3))
    return _fig(format_params(row["params_total"], page.lang, digits),
                format_integer(row["params_total"], page.lang))


def _params_exact(page: Page, args: list[str], options: dict) -> str:
    row = page.data.model(args[0])
    value = row["params_total"]
    return _fig(format_integer(value, page.lang) if value else page.locale.t("figure.unknown"))


def _active(page: Page, args: list[str], options: dict) -> str:
    row = page.data.model(args[0])
    if not row.get("params_active"):
        raise MarkerError(f"model {args[0]!r} has no active-parameter figure")
    return _fig(format_params(row["params_active"], page.lang, int(options.get("digits", 3))))


def _bytes(page: Page, size: int | None) -> str:
    if size is None:
        return _fig(page.locale.t("figure.unknown"))
    return _fig(format_bytes(size, page.lang, _units(page.locale)), format_integer(size, page.lang) + " B")


def _units(locale: Locale) -> dict[str, str]:
    return {unit: locale.get(f"units.{unit}", unit) for unit in ("kB", "MB", "GB", "TB")}


def _weights(page: Page, args: list[str], options: dict) -> str:
    return _bytes(page, page.data.model(args[0])["weights_bytes"])


def _memory(page: Page, args: list[str], options: dict) -> str:
    memory = page.data.model(args[0])["memory_bytes"] or {}
    if args[1] not in ("fp32", "fp16", "int8", "int4"):
        raise MarkerError(f"unknown precision {args[1]!r} (fp32, fp16, int8, int4)")
    return _bytes(page, memory.get(args[1]))


def _download(page: Page, args: list[str], options: dict) -> str:
    row = page.data.model(args[0])
    fmt, variant = args[1], (args[2] if len(args) > 2 else None)
    for option in row["downloads"]:
        if option["format"] == fmt and (variant is None or option["variant"] == variant):
            return _bytes(page, option["bytes"])
    raise MarkerError(f"model {args[0]!r} has no {fmt} download{' ' + variant if variant else ''}")


def _size_class(page: Page, args: list[str], options: dict) -> str:
    class_id = page.data.model(args[0])["size_class"]
    return _fig(page.locale.t(f"size_class.{class_id}") if class_id else page.locale.t("figure.unknown"))


def _name(page: Page, args: list[str], options: dict) -> str:
    return _fig(page.data.model(args[0])["name"])


def _count(page: Page, args: list[str], options: dict) -> str:
    what = args[0]
    if what == "models":
        value = len(page.data.models)
    elif what == "hub-models":
        value = page.data.meta["hub_models"]
    elif what == "classes":
        value = len(page.data.size_classes)
    elif what == "class":
        value = next(c["count"] for c in page.data.size_classes if c["id"] == args[1])
    else:
        raise MarkerError(f"unknown count {what!r} (models, hub-models, classes, class ID)")
    return _fig(format_integer(value, page.lang))


def _date(page: Page, args: list[str], options: dict) -> str:
    if args[0] != "data-as-of":
        raise MarkerError(f"unknown date {args[0]!r} (data-as-of)")
    return _fig(format_day(page.data.meta.get("data_as_of"), page.lang))


# Blocks ---------------------------------------------------------------------------------------


def _table(page: Page, args: list[str], options: dict) -> str:
    from pipeline import tables

    name = args[0]
    renderer = tables.TABLES.get(name)
    if renderer is None:
        raise MarkerError(f"unknown table {name!r} (known: {', '.join(sorted(tables.TABLES))})")
    return "\n\n" + renderer(page, args[1:], options) + "\n\n"


def _chart(page: Page, args: list[str], options: dict) -> str:
    from pipeline import charts

    return "\n\n" + charts.render_chart_block(page, args, options) + "\n\n"


def _translations(page: Page, args: list[str], options: dict) -> str:
    from pipeline import translations  # imported late: it imports this module

    return translations.translations_table(page, args, options)


RENDERERS: dict[str, Callable[[Page, list[str], dict], str]] = {
    "params": _params,
    "params-exact": _params_exact,
    "active": _active,
    "weights": _weights,
    "memory": _memory,
    "download": _download,
    "class": _size_class,
    "name": _name,
    "count": _count,
    "date": _date,
    "table": _table,
    "chart": _chart,
    "translations": _translations,
}
