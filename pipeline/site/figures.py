"""Inline figures: the small live numbers markers put into sentences (`ls:params`, `ls:kv`, …)."""

from __future__ import annotations

from html import escape

from pipeline.data import fit

from pipeline.errors import MarkerError
from pipeline.i18n.formatting import format_bytes, format_day, format_integer, format_params, unit_names
from pipeline.markers import Marker
from pipeline.site.context import Page
from pipeline.site.html import fig
from pipeline.site.provenance import source_values


def bytes_figure(page: Page, size: int | None, estimated: bool = False) -> str:
    if size is None:
        return fig(page.locale.t("figure.unknown"))
    text = format_bytes(size, page.lang, unit_names(page.locale))
    # "≈ 4.91 GB" in English; a language may say it in words where the figure sits in a sentence (ar «نحو»)
    return fig(page.locale.t("figure.approx", value=text) if estimated else text, format_integer(size, page.lang) + " B")


def params(page: Page, marker: Marker) -> str:
    row = page.data.model(marker.arg("model"))
    if row["params_total"] is None:
        return fig(page.locale.t("figure.undisclosed" if row.get("undisclosed") else "figure.unknown"))
    digits = marker.options.get("digits", 3)
    return fig(format_params(row["params_total"], page.lang, digits), format_integer(row["params_total"], page.lang))


def params_exact(page: Page, marker: Marker) -> str:
    value = page.data.model(marker.arg("model"))["params_total"]
    return fig(format_integer(value, page.lang) if value else page.locale.t("figure.unknown"))


def active(page: Page, marker: Marker) -> str:
    row = page.data.model(marker.arg("model"))
    if not row.get("params_active"):
        raise MarkerError(f"model {marker.arg('model')!r} has no active-parameter figure")
    return fig(format_params(row["params_active"], page.lang, marker.options.get("digits", 3)))


def weights(page: Page, marker: Marker) -> str:
    row = page.data.model(marker.arg("model"))
    return bytes_figure(page, row["weights_bytes"], bool(row.get("weights_bytes_estimated")))  # as the models table marks it


def memory(page: Page, marker: Marker) -> str:
    """Weights at a precision as the columns and the calculator mean them (fit.precision_size: a real
    file of that precision, else ≈ its common build, or ≈ parameters × bytes at fp16 and fp32)."""
    return bytes_figure(page, *fit.precision_size(page.data.model(marker.arg("model")), marker.arg("precision")))


def download(page: Page, marker: Marker) -> str:
    row = page.data.model(marker.arg("model"))
    fmt, variant = marker.arg("format"), marker.arg("variant")
    for option in row["downloads"]:
        if option["format"] == fmt and (variant is None or option["variant"] == variant):
            return bytes_figure(page, option["bytes"])
    raise MarkerError(f"model {marker.arg('model')!r} has no {fmt} download{' ' + variant if variant else ''}")


def size_class(page: Page, marker: Marker) -> str:
    class_id = page.data.model(marker.arg("model"))["size_class"]
    return fig(page.locale.t(f"size_class.{class_id}") if class_id else page.locale.t("figure.unknown"))


def name(page: Page, marker: Marker) -> str:
    return fig(page.data.model(marker.arg("model"))["name"])


def count(page: Page, marker: Marker) -> str:
    what, data = marker.arg("what"), page.data
    counts = {
        "models": lambda: len(data.models),
        "hub-models": lambda: data.meta["hub_models"],
        "hub-fetched": lambda: data.meta.get("fetched_models", 0),
        "reconstructed": lambda: data.meta.get("reconstructed_models", 0),
        "classes": lambda: len(data.size_classes),
        "devices": lambda: len(data.devices),
        # memory runs the rule is tested against (superseded ones are drawn, not tested)
        "calibration-tested": lambda: sum(1 for obs in data.calibration if not obs["superseded"]),
        # the spread of sizes (home): models with a known count, those in the chart's bands from ~1 up to 100 billion
        # (counted by band, so the figure is the sum of the bars below it: review 11, he #12), undisclosed ones
        "known-size": lambda: sum(1 for m in data.models if m.get("params_total")),
        "1b-to-100b": lambda: sum(c["count"] for c in data.size_classes if c["max_params"] and 1e9 < c["max_params"] <= 1e11),
        "undisclosed": lambda: sum(1 for m in data.models if m.get("undisclosed")),
    }
    if what == "class":
        class_id = marker.arg("class_id")
        found = [c["count"] for c in data.size_classes if c["id"] == class_id]
        if not found:
            known = ", ".join(c["id"] for c in data.size_classes)
            raise MarkerError(f"unknown size class {class_id!r} (known: {known})")
        return fig(format_integer(found[0], page.lang))
    if what not in counts:
        raise MarkerError(f"unknown count {what!r} (known: {', '.join(counts)}, class ID)")
    if marker.arg("class_id") is not None:
        raise MarkerError(f"'ls:count {what}' takes no second argument")
    return fig(format_integer(counts[what](), page.lang))


def date(page: Page, marker: Marker) -> str:
    return fig(format_day(page.data.meta.get("data_as_of"), page.lang))


def sources(page: Page, marker: Marker) -> str:
    """`<!-- ls:sources -->`: how the Hub models' data was obtained (read live, reconstructed, or
    both), one message whose wording follows the data's own counts, never "the rest" when none is left."""
    values = source_values(page.data.meta, page.lang, len(page.data.models))
    return escape(page.locale.t("provenance.hub_sources", basis=values["basis"], live=values["live"],
                                reconstructed=values["reconstructed"], live_date=values["live_date"]))
