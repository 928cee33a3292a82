"""Inline speed figures: `ls:speed` (a model's estimated decode speed on a device) and `ls:bandwidth`.

The speed is the one the model page's "Will it run?" table shows for that device (model_fit.figures:
the same weights, context, KV-cache precision and rounding), so prose and model page never disagree.
"""

from __future__ import annotations

from typing import Optional

from markupsafe import Markup

from pipeline.data import fit, speed
from pipeline.errors import MarkerError
from pipeline.i18n.formatting import format_bytes, format_decimal_number, format_integer, unit_names
from pipeline.markers import Marker
from pipeline.site import fit_view, model_fit
from pipeline.site.context import Page, SiteData
from pipeline.site.explorer_filters import model_tags
from pipeline.site.html import fig


def device_speed(data: SiteData, model_id: str, precision: str, device_id: str) -> tuple[float, float, float]:
    """(tokens per second, low, high) as a model page shows them, for `precision` weights on one device;
    MarkerError where the site gives no figure (the model does not fit, generates no text, the device's
    bandwidth is unknown, or the device is a browser tab, whose speed the site does not work out)."""
    row, device = data.model(model_id), data.device(device_id)
    fmt = fit.precision_weights(row, precision, web=False)  # a device's figure: model_fit.page_format's
    if fmt is None or not fmt["weights_bytes"]:
        raise MarkerError(f"model {model_id!r} has no {precision} weights")
    if device.get("kind") == "browser":
        raise MarkerError(f"device {device_id!r} is a browser tab: the site estimates no speed there")
    if not device.get("bandwidth_bytes_per_s"):
        raise MarkerError(f"device {device_id!r} has no memory bandwidth in data/devices.yaml")
    if set(model_tags(row)) & {"embedding", "encoder"}:
        raise MarkerError(f"model {model_id!r} generates no text: no decode speed")
    page_fmt = model_fit.page_format(row)
    found = model_fit.figures(data, row) if page_fmt == fmt else None
    if found is not None:  # the page's own format: its very cell
        cell = next(d for d in found["devices"] if d["device"]["id"] == device_id)
        verdict, figures = cell["verdict"], cell["speed"]
    else:  # another precision: the page's steps (model_fit.figures) with these weights
        rules = fit_view.rules(data)
        result = fit.fit_row(row, fmt, fit.shortest_context(row, rules), rules, model_fit.KV_BITS)
        verdict = fit.judge(result, fit_view.usable_bytes(device), rules)
        read = speed.bytes_per_token(result.weights_bytes, result.kv_bytes, speed.active_share(row))
        estimate = speed.decode_speed(read, device["bandwidth_bytes_per_s"], rules.speed) if rules.speed else None
        figures = tuple(model_fit.shown_decimal(estimate[k], 2) for k in ("tokens_per_s", "low", "high")) \
            if estimate else None
    if verdict not in ("fits", "tight"):
        raise MarkerError(f"model {model_id!r} at {precision} does not fit device {device_id!r} "
                          f"(verdict {verdict!r}): no speed to state")
    if figures is None:
        raise MarkerError(f"no speed estimate for model {model_id!r} on device {device_id!r}")
    return figures


def speed_text(page: Page, figures: tuple[float, float, float]) -> str:
    """'≈ 36 tokens a second (likely 25–47)': the figure selects the plural form (a whole number does;
    a decimal such as 4.7 takes the message's default form, which every language words for fractions)."""
    lang = page.lang
    value, low, high = figures
    return page.locale.t("figure.speed", speed=float(value), low=format_decimal_number(low, lang),
                         high=format_decimal_number(high, lang))


def speed_marker(page: Page, marker: Marker) -> str:
    """A phrase, not a figure: it wraps like the prose around it (a whole 'about 150 tokens a second (likely 100
    to 190)' kept on one line overflowed a 360 px phone, review 9 pt #1, th); the message isolates its numbers."""
    figures = device_speed(page.data, marker.arg("model"), marker.arg("precision"), marker.arg("device"))
    return Markup('<span class="ls-speed">{}</span>').format(speed_text(page, figures))


def bandwidth_bytes(data: SiteData, device_id: str) -> Optional[int]:
    return data.device(device_id).get("bandwidth_bytes_per_s")


def bandwidth_marker(page: Page, marker: Marker) -> str:
    """A device's memory bandwidth, '100 GB/s' (decimal units, as the calculator writes it)."""
    size = bandwidth_bytes(page.data, marker.arg("device"))
    if not size:
        raise MarkerError(f"device {marker.arg('device')!r} has no memory bandwidth in data/devices.yaml")
    return fig(format_bytes(size, page.lang, unit_names(page.locale)) + "/s",
               format_integer(size, page.lang) + " B/s")
