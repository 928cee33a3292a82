"""The "Will it run?" section of a model page: what each verdict assumes, what the parameter count
holds, the context limit, and per device the verdict, the largest context that fits and the decode
speed with its range, plus a link into the calculator with the model chosen (pure)."""

from __future__ import annotations

from typing import Optional
from urllib.parse import quote

from markupsafe import Markup

from pipeline.data import fit, speed
from pipeline.i18n import display_names
from pipeline.i18n.formatting import format_decimal_number, format_integer, format_params
from pipeline.site import fit_view
from pipeline.site.context import Page
from pipeline.site.html import plain_text

# The format a model page judges in: the site's 4-bit column (a real file of that precision where the
# model has one, else the ≈ Q4_K_M estimate), as the tables and the calculator's int4 column.
PAGE_FORMAT = "int4"
FALLBACK_FORMATS = ("int8", "fp16")
KV_BITS = 16
# Format and runtime names: the one table of pipeline/i18n/display_names.py ("other" names no format).
FORMAT_NAMES = {**display_names.FORMAT_NAMES, "pytorch": "PyTorch", "other": ""}
RUNTIME_NAMES = display_names.RUNTIME_NAMES
# Model pages live at <language prefix>/models/<slug>/; the calculator at <language prefix>/will-it-run/.
CALCULATOR = "../../will-it-run/?model={model}#calculator"


def calculator_url(model_id: str) -> str:
    """The calculator with this model chosen (the URL contract between helpers: ?model=<id>#calculator)."""
    return CALCULATOR.format(model=quote(plain_text(model_id), safe="/"))


def page_format(row: dict) -> Optional[dict]:
    """The weight format the page's verdicts assume: 4-bit where the model has a size for it, else 8, else 16;
    never an MLX file, since the page judges every device with it and MLX runs on Apple silicon only."""
    for key in (PAGE_FORMAT,) + FALLBACK_FORMATS:
        fmt = fit.find_format(row, key, apple=False)
        if fmt is not None and fmt["weights_bytes"] is not None:
            return fmt
    return None


def format_name(fmt: dict) -> str:
    """'GGUF Q4_K_M', 'MLX 4bit', '≈ Q4_K_M' (an estimate of llama.cpp's common build), 'fp16'."""
    if fmt["estimated"]:
        build = fit.COMMON_BUILD.get(fmt["precision"])
        return f"≈\u00a0{build}" if build else f"≈\u00a0{fmt['precision'] or fmt['format']}"
    kind, _, variant = fmt["format"].partition(":")
    if not variant:
        return kind
    prefix = FORMAT_NAMES.get(kind, kind)
    return f"{prefix} {variant}".strip() if prefix and not variant.upper().startswith(prefix.upper()) else variant


def runtime_name(fmt: dict) -> str:
    """The runtime that loads the format: a web runtime by its name, else the fit engine's."""
    if fmt.get("runtime"):
        return RUNTIME_NAMES.get(fmt["runtime"], fmt["runtime"])
    return RUNTIME_NAMES.get(fmt.get("engine") or "vllm", fmt.get("engine") or "vLLM")


def device_rows(page: Page, row: dict, fmt: dict, context: int) -> list[dict]:
    """Per device: name, usable memory, verdict cell, largest context and speed (texts, escaped later).
    Worked out once per model for every language (SiteData.derived)."""
    data, t, lang = page.data, page.locale.t, page.lang
    key = ("model-fit", row["id"])
    if key not in data.derived:
        rules = fit_view.rules(data)
        result = fit.fit_row(row, fmt, context, rules, KV_BITS)
        read = speed.bytes_per_token(result.weights_bytes, result.kv_bytes, speed.active_share(row))
        found = []
        for device in data.devices:
            usable = fit_view.usable_bytes(device)
            verdict = fit.judge(result, usable, rules)
            largest = fit.largest_context(row, fmt, usable, rules, KV_BITS)
            estimate = speed.decode_speed(read, device.get("bandwidth_bytes_per_s"), rules.speed) \
                if verdict in ("fits", "tight") and rules.speed else None
            found.append((device, usable, verdict, largest, estimate))
        data.derived[key] = found
    out = []
    limit = row.get("context_length")
    for device, usable, verdict, largest, estimate in data.derived[key]:
        if largest is None:
            longest = t("figure.unknown")
        elif largest == 0:
            longest = t("model_fit.context_none")
        elif limit and largest >= limit:
            longest = t("model_fit.context_full", count=format_integer(largest, lang))
        else:
            longest = t("model_fit.context_tokens", count=format_integer(largest, lang))
        rate = t("model_fit.speed", speed=format_decimal_number(estimate["tokens_per_s"], lang, 2),
                 low=format_decimal_number(estimate["low"], lang, 2),
                 high=format_decimal_number(estimate["high"], lang, 2)) if estimate else ""
        if not estimate and verdict in ("fits", "tight"):
            rate = t("model_fit.speed_unknown")  # fits, but the device's bandwidth is not known
        out.append({"name": fit_view.device_name(page, device), "usable": fit_view.size_text(page, usable),
                    "verdict": Markup(_verdict_cell(page, row, fmt, context, device, verdict)),
                    "longest": longest, "longest_sort": largest or 0, "speed": rate})
    return out


def _verdict_cell(page: Page, row: dict, fmt: dict, context: int, device: dict, verdict: str) -> str:
    if verdict == "no":  # the figure behind it: the total, or the weights alone when the total is unknown
        total = fit.fit_row(row, fmt, context, fit_view.rules(page.data), KV_BITS).total_bytes
        if total is None:
            return fit_view.verdict_cell(page, verdict, message="weights_alone",
                                           size=fit_view.size_text(page, fmt["weights_bytes"]),
                                           usable=fit_view.size_text(page, fit_view.usable_bytes(device)))
    return fit_view.verdict_cell(page, verdict)


def parameter_notes(page: Page, row: dict) -> list[str]:
    """What the data says about the parameter count: active parameters of a mixture of experts and
    that the total counts every expert; a count read from the weight files holds every tensor in them."""
    t, lang, notes = page.locale.t, page.lang, []
    total, active = row.get("params_total"), row.get("params_active")
    if total and active and active < total:
        basis = t(f"basis.{row['params_active_basis']}") if row.get("params_active_basis") else ""
        notes.append(t("model_fit.active", active=format_params(active, lang), total=format_params(total, lang),
                       basis=basis or t("figure.unknown")))
    if total and row.get("params_by_dtype"):
        key = "model_fit.counted_files_vision" if "vision-language" in (row.get("tags") or []) else "model_fit.counted_files"
        notes.append(t(key))
    return notes


def section(page: Page, row: dict) -> dict:
    """What the model page template shows under "Will it run?" (strings and escaped cells)."""
    t, lang = page.locale.t, page.lang
    limit = row.get("context_length")
    out = {"limit": t("model_fit.limit", count=format_integer(limit, lang)) if limit else t("model_fit.limit_unknown"),
           "calculator": calculator_url(row["id"]), "calculator_text": t("model_fit.calculator_link"),
           "notes": parameter_notes(page, row), "devices": [], "assumes": ""}
    fmt = page_format(row) if page.data.fit_rules and row["id"] in page.data.fit_by_id else None
    if fmt is None:
        return out
    context = fit.shortest_context(row, fit_view.rules(page.data))
    values = dict(format=format_name(fmt), runtime=runtime_name(fmt), context=format_integer(context, lang),
                  kv=format_integer(KV_BITS, lang))
    usual = fit_view.rules(page.data).contexts[0]  # the site's shortest context, 4,096 tokens
    key = "model_fit.assumes_own_limit" if limit and context < usual else "model_fit.assumes"
    out["assumes"] = t(key, usual=format_integer(usual, lang), **values) \
        if key.endswith("own_limit") else t(key, **values)
    out["devices"] = device_rows(page, row, fmt, context)
    speed_rule = fit_view.rules(page.data).speed
    if speed_rule and any(d["speed"] for d in out["devices"]):
        out["speed_note"] = t("model_fit.speed_note", efficiency=fit_view.percent(speed_rule.efficiency, lang),
                              low=format_decimal_number(speed_rule.low, lang),
                              high=format_decimal_number(speed_rule.high, lang))
    return out

