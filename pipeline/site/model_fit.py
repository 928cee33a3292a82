"""The "Will it run?" section of a model page: what each verdict assumes, what the parameter count
holds, the context limit, and per device the verdict, the largest context that fits and the decode
speed with its range, plus a link into the calculator with the model chosen (pure)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Optional
from urllib.parse import quote

from markupsafe import Markup

from pipeline.data import fit, speed
from pipeline.i18n import display_names
from pipeline.i18n.formatting import format_decimal_number, format_integer, format_params, round_significant
from pipeline.site import fit_view
from pipeline.site.context import Page, SiteData
from pipeline.site.explorer_filters import model_tags
from pipeline.site.html import plain_text

# The format a model page judges in: the site's 4-bit column (a real file of that precision where the
# model has one, else the ≈ Q4_K_M estimate), as the tables and the calculator's int4 column.
PAGE_FORMAT = "int4"
FALLBACK_FORMATS = ("int8", "fp16")
KV_BITS = 16
# Format and runtime names: the one table of pipeline/i18n/display_names.py ("other" names no format).
FORMAT_NAMES = {**display_names.FORMAT_NAMES, "pytorch": "PyTorch", "tflite": "LiteRT", "other": ""}  # short before a variant
RUNTIME_NAMES = display_names.RUNTIME_NAMES
# Model pages live at <language prefix>/models/<slug>/; the calculator at <language prefix>/will-it-run/.
CALCULATOR = "../../will-it-run/?model={model}#calculator"
_WORDS = re.compile(r"[^a-z0-9]+")
# A repository's own 8- or 4-bit checkpoint is named by its real format in the weights table, not by the
# column's generic precision: DeepSeek-V3 ships FP8 and gpt-oss MXFP4, neither int8 nor int4 (Thai review 4)
# the int4 column's label for a 4-bit float file, written as explorer.mlx_bits (4) in the reader's language
BITS4 = "4bit"
STORED_NAMES = {"F8_E4M3": "fp8", "FP8": "fp8", "MXFP4": "MXFP4", "NVFP4": "NVFP4"}


def calculator_url(model_id: str) -> str:
    """The calculator with this model chosen (the URL contract between helpers: ?model=<id>#calculator)."""
    return CALCULATOR.format(model=quote(plain_text(model_id), safe="/"))


def page_format(row: dict) -> Optional[dict]:
    """The weight format the page's verdicts assume: 4-bit where the model has a size for it, else 8, else 16,
    each as the tables' and the calculator's column means it (fit.precision_weights: the Q4_K_M file before a
    Q4_0 one; never an MLX file, since the page judges every device with it and MLX runs on Apple silicon only, nor a
    web build, which runs in a tab only: the calculator's format, review 10 pt #2; the tab row judges the web build)."""
    for key in (PAGE_FORMAT,) + FALLBACK_FORMATS:
        fmt = fit.precision_weights(row, key, web=False)
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


def shown_decimal(value: float, digits: int) -> float:
    """`value` as format_decimal_number writes it (`digits` significant, fewer decimals under 1), as a
    number: the explorer's detail file carries these, so the script writes the page's very figures.
    format_decimal_number's steps without the text (a Babel round trip cost ~70 s of a 3,000-model build):
    round_significant, then Babel's quantize to the pattern's decimals (the decimal module's half-even)."""
    rounded = round_significant(value, digits)
    fraction = max(0, digits - len(str(int(abs(rounded)))) if abs(rounded) >= 1 else digits)
    return float(Decimal(str(rounded)).quantize(Decimal(1).scaleb(-fraction), rounding=ROUND_HALF_EVEN))


def figures(data: SiteData, row: dict) -> Optional[dict]:
    """The section's figures, language-independent: the assumed format and context, the total it
    needs, and per device (data.devices order) usable bytes, verdict, largest context and speed.
    None when the model has no fit data. Worked out once per model (SiteData.derived): the model page
    in every language and the explorer's detail file read the same."""
    key = ("model-fit", row["id"])
    if key in data.derived:
        return data.derived[key]
    fmt = page_format(row) if data.fit_rules and row["id"] in data.fit_by_id else None
    found = None
    if fmt is not None:
        rules = fit_view.rules(data)
        context = fit.shortest_context(row, rules)
        result = fit.fit_row(row, fmt, context, rules, KV_BITS)
        read = speed.bytes_per_token(result.weights_bytes, result.kv_bytes, speed.active_share(row))
        # an embedding model or an encoder reads its input and stops: no decode speed to estimate
        generates = not set(model_tags(row)) & {"embedding", "encoder"}
        devices = []
        for device in data.devices:
            usable = fit_view.usable_bytes(device)
            tab = device.get("kind") == "browser"
            # a browser tab runs only a web build: its verdict is the browser table's and the heatmap's
            # (review 6: model pages judged a GGUF in llama.cpp there), its context and speed not worked out
            verdict = fit_view.heat_verdict(data, row, device) if tab else fit.judge(result, usable, rules)
            largest = None if tab else fit.largest_context(row, fmt, usable, rules, KV_BITS)
            if largest is None and not tab and verdict == "no" and fmt["weights_bytes"] > usable:
                largest = 0  # its KV cache unknown, but the weights alone exceed: no context fits (review 9, zh #2)
            estimate = speed.decode_speed(read, device.get("bandwidth_bytes_per_s"), rules.speed) \
                if verdict in ("fits", "tight") and rules.speed and generates and not tab else None
            devices.append({"device": device, "usable": usable, "verdict": verdict, "largest": largest,
                            # what the tab's verdict rests on (fit_view.tab_terms), worded as the in-place view words it
                            "web": fit_view.tab_terms(data, row, verdict) if tab else None,
                            "speed": None if not estimate else
                            tuple(shown_decimal(estimate[k], 2) for k in ("tokens_per_s", "low", "high"))})
        found = {"format": format_name(fmt), "runtime": runtime_name(fmt), "context": context,
                 # an encoder-only model keeps no KV cache: 0, said "no KV cache" as the calculator says it (review 9, he #1)
                 "usual": rules.contexts[0], "kv": KV_BITS if generates or result.kv_bytes else 0, "weights": fmt["weights_bytes"],
                 # an estimate is named as one ("an estimated Q4_K_M GGUF"), never as if it were a file
                 "estimate": fit.COMMON_BUILD.get(fmt["precision"]) if fmt["estimated"] else None,
                 # what is known when the KV cache is not: weights + the runtime's buffers
                 "known": fmt["weights_bytes"] + (result.overhead_bytes or 0),
                 "total": result.total_bytes, "generates": generates, "devices": devices}
    data.derived[key] = found
    return found


def speed_note_figures(data: SiteData) -> Optional[tuple[float, float, float]]:
    """(efficiency, low, high) of the speed rule the estimates use, low and high as the note writes them."""
    rule = fit_view.rules(data).speed if data.fit_rules else None
    return (rule.efficiency, shown_decimal(rule.low, 3), shown_decimal(rule.high, 3)) if rule else None


def device_rows(page: Page, row: dict, found: dict) -> list[dict]:
    """Per device: name, usable memory, verdict cell, largest context and speed (texts, escaped later)."""
    t, lang = page.locale.t, page.lang
    out = []
    limit = row.get("context_length")
    decimal = lambda x: format_decimal_number(x, lang)  # noqa: E731  (already rounded: shown_decimal)
    for d in found["devices"]:
        largest, estimate = d["largest"], d["speed"]
        if d.get("web"):  # a browser tab: the browser table's verdict, no context worked out
            longest = "—"
        elif largest is None:
            longest = t("figure.unknown")
        elif largest == 0:
            longest = t("model_fit.context_none")
        elif limit and largest >= limit:
            longest = t("model_fit.context_full", count=format_integer(largest, lang))
        else:
            longest = t("model_fit.context_tokens", count=format_integer(largest, lang))
        rate = t("model_fit.speed", speed=decimal(estimate[0]), low=decimal(estimate[1]),
                 high=decimal(estimate[2])) if estimate else "—"  # a dash, not a blank cell, where none runs
        if not estimate and d["verdict"] in ("fits", "tight") and not d.get("web"):
            # fits, but the model generates no text, or the device's bandwidth is not known
            rate = t("model_fit.speed_unknown") if found.get("generates", True) else t("model_fit.speed_not_generating")
        out.append({"name": fit_view.device_name(page, d["device"]), "usable": fit_view.size_text(page, d["usable"]),
                    "verdict": Markup(_verdict_cell(page, found, d)),
                    "longest": longest, "longest_sort": largest or 0, "speed": rate})
    return out


def _verdict_cell(page: Page, found: dict, d: dict) -> str:
    if d.get("web"):  # a browser tab: what its verdict rests on, as the browser table has it
        return fit_view.tab_cell(page, d["web"], d["verdict"], d["usable"])
    if d["verdict"] == "no" and found["total"] is None:  # the figure behind it: the weights (and buffers)
        # compared unrounded: 4.28 GB of weights under 4.29 GB usable do not "exceed" it; the buffers do
        message = "weights_alone" if found["weights"] > d["usable"] else "weights_and_buffers"
        return fit_view.verdict_cell(page, "no", message=message, size=fit_view.size_text(page, found["weights"]),
                                     usable=fit_view.size_text(page, d["usable"]))
    return fit_view.verdict_cell(page, d["verdict"])


def weight_rows(row: dict) -> list[dict]:
    """The model's weights at fp16, int8 and int4 as every table and the calculator mean them
    (fit.precision_weights: a real file of that precision, else ≈ its common build): precision,
    the format's name ('GGUF Q4_K_M', '≈ Q4_K_M', 'safetensors'; '' for the ≈ 2-bytes estimate), bytes, estimated;
    a repository's own FP8/MXFP4 checkpoint shows its format ('fp8', 'MXFP4') where the precision goes."""
    out = []
    for precision in fit.ESTIMATES:
        fmt = fit.precision_weights(row, precision)
        if not fmt or not fmt["weights_bytes"]:
            continue
        name = format_name(fmt)
        stored = STORED_NAMES.get((row.get("stored_dtype") or "").upper()) \
            if fmt["format"] == "safetensors" and not fmt["estimated"] else None
        # a real 4-bit float file (GGUF MXFP4) fills the int4 column but is no integer format: "4-bit" (review 11, th #4)
        if precision == "int4" and not fmt["estimated"] and "FP4" in fmt["format"].upper():
            stored = BITS4
        out.append({"precision": stored or precision, "name": "" if name in ("≈\u00a0" + precision, precision) else name,
                    "bytes": fmt["weights_bytes"], "estimated": fit.estimate_kind(fmt) or int(bool(fmt["estimated"]))})
    # a repository's own 4- or 8-bit checkpoint known only by its ≈ packed size (nvidia/DeepSeek-V3.1-NVFP4 ≈ 388 GB,
    # weights.packed_estimate) is no column's figure, but it is what the repository ships: its own row (review 8, zh #3)
    stored = STORED_NAMES.get((row.get("stored_dtype") or "").upper())
    own = next((f for f in fit.weight_formats(row) if f["format"] == "safetensors" and f["weights_bytes"]), None)
    if stored and own and not any(m["precision"] == stored for m in out):
        out.append({"precision": stored, "name": "safetensors", "bytes": own["weights_bytes"],
                    "estimated": int(bool(own["estimated"]))})
    return out


def other_variant(row: dict, download: dict) -> bool:
    """A file made from the model's Instruct variant listed on the base model's page (a community GGUF
    of '…-Instruct' for a base model: same architecture and parameter count, other weights)."""
    marks = {"instruct", "it", "chat"}
    own = set(_WORDS.split(f"{row.get('id', '')} {row.get('name', '')}".lower()))
    theirs = set(_WORDS.split(f"{download.get('file') or ''} {download.get('repo') or ''}".lower()))
    return bool(theirs & marks) and not own & marks


def parameter_notes(page: Page, row: dict) -> list[str]:
    """What the data says about the parameter count: active parameters of a mixture of experts and
    that the total counts every expert; a count read from the weight files holds every tensor in them."""
    t, lang, notes = page.locale.t, page.lang, []
    total, active = row.get("params_total"), row.get("params_active")
    counted = bool(total and row.get("params_by_dtype"))
    mtp = row.get("params_mtp")
    if total and active and active < total and mtp:
        # DeepSeek-V3's published 37B are of the 671B main model, not of the 685B in the files (which hold the
        # MTP module, said next): the sentence pairs the active count with the main model's (review 6, he/th)
        basis = t(f"basis.{row['params_active_basis']}") if row.get("params_active_basis") else ""
        # one sentence also says what the total holds, experts and the MTP module (three began "The total", review 7)
        notes.append(t("model_fit.active_main", active=format_params(active, lang), main=format_params(total - mtp, lang),
                       total=format_params(total, lang), mtp=format_params(mtp, lang), basis=basis or t("figure.unknown")))
        return notes
    elif total and active and active < total:
        basis = t(f"basis.{row['params_active_basis']}") if row.get("params_active_basis") else ""
        # one sentence says what the total holds, files and experts together (two began the same way)
        key = "model_fit.active_files" if counted and "vision-language" not in (row.get("tags") or []) else "model_fit.active"
        notes.append(t(key, active=format_params(active, lang), total=format_params(total, lang),
                       basis=basis or t("figure.unknown")))
    if total and mtp:  # DeepSeek-V3's 685B is the 671B its makers quote plus this module (counted from its config)
        notes.append(t("model_fit.mtp", mtp=format_params(mtp, lang), main=format_params(total - mtp, lang)))
    if total and active and active < total and not mtp and counted and "vision-language" not in (row.get("tags") or []):
        return notes  # model_fit.active_files already said what the total holds
    if counted:
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
    found = figures(page.data, row)
    if found is None:
        return out
    values = dict(format=found["format"], runtime=found["runtime"], context=format_integer(found["context"], lang),
                  kv=format_integer(found["kv"], lang) if found["kv"] else "none")  # the messages' "no KV cache"
    key = "model_fit.assumes"
    if found.get("estimate"):  # "an estimated Q4_K_M GGUF (≈ 385 GB)", not "≈ Q4_K_M weights"
        key, values["build"] = "model_fit.assumes_estimate", found["estimate"]
        values["size"] = fit_view.size_text(page, found["weights"])
    if limit and found["context"] < found["usual"]:  # the model's own limit, shorter than the site's 4,096
        out["assumes"] = t(key + "_own_limit", usual=format_integer(found["usual"], lang), **values)
    else:
        out["assumes"] = t(key, **values)
    if any(d["device"].get("kind") == "browser" for d in found["devices"]):
        # no space after a full stop of full width (zh 。), as the in-place view joins them
        out["assumes"] += ("" if out["assumes"].endswith("。") else " ") + t("model_fit.browser_row")
    out["devices"] = device_rows(page, row, found)
    if found["devices"] and all(d["verdict"] == "no" for d in found["devices"]):
        # nothing holds it whole: the calculator's split between a GPU and system RAM is the next question
        out["calculator_text"] = t("model_fit.calculator_offload")
    note = speed_note_figures(page.data)
    if note and any(d["speed"] for d in found["devices"]):  # an estimate shown, not a "not applicable"
        out["speed_note"] = t("model_fit.speed_note", efficiency=fit_view.percent(note[0], lang),
                              low=format_decimal_number(note[1], lang), high=format_decimal_number(note[2], lang))
    return out
