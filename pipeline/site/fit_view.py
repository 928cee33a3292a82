"""Device fit on the site: inline figures (`ls:kv`, `ls:fit-total`, `ls:fit-rule`, `ls:usable`),
the freshness notice, the calculator block and its compact JSON, from data/fit.yaml (pure)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from babel.numbers import format_percent
from markupsafe import Markup, escape

from pipeline.contract import VERDICTS, FitRules
from pipeline.data import fit
from pipeline.errors import MarkerError
from pipeline.fileio.atomic import write_atomic
from pipeline.i18n.display_names import build_variant, rule_runtime_name, runtime_name
from pipeline.i18n.formatting import babel_locale, counted_noun_plurals, format_bytes, format_day, format_integer, unit_names
from pipeline.markers import Marker
from pipeline.site.context import Page, SiteData
from pipeline.site import calc_data
from pipeline.site.html import fig, plain_text
from pipeline.site.hub_field import hub_field
from pipeline.site.compiled_messages import compiled_block
from pipeline.site.messages import compiled_messages
from pipeline.site.provenance import source_values

PRECISIONS = ("fp16", "int8", "int4")
GIB = 2**30


# Data access -------------------------------------------------------------------------------------


def rules(data: SiteData) -> FitRules:
    if not data.fit_rules:
        raise MarkerError("data/fit.yaml has no fit rules (run: python -m pipeline compute)")
    if "fit-rules" not in data.derived:  # validated once per build, not once per model and page
        data.derived["fit-rules"] = FitRules.model_validate(data.fit_rules)
    return data.derived["fit-rules"]


def kv_at(data: SiteData, model_id: str, context: int, runtime: Optional[str] = None) -> Optional[int]:
    """KV cache bytes at any context length (pipeline/data/fit.py: layer-aware when the row has it), as
    the config describes it or, given a runtime, as that runtime keeps it at 16 bits."""
    return fit.kv_bytes(data.model(model_id), context, rules(data).runtimes[runtime] if runtime else None)[0]


def total_at(data: SiteData, model_id: str, fmt_key: str, context: int) -> tuple[Optional[int], bool]:
    """(memory needed = weights + KV cache + overhead, estimated) for one model, format and context."""
    row = data.model(model_id)
    # a precision means the column's one figure on a device (fit.precision_weights: never an Apple-only MLX file, nor
    # a web build, which runs in a tab only: the calculator's figure, review 10 pt #2)
    fmt = fit.precision_weights(row, fmt_key, web=False) if fmt_key in PRECISIONS else fit.find_format(row, fmt_key)
    if fmt is None:
        raise MarkerError(f"model {model_id!r} has no weight format {fmt_key!r}")
    return fit.fit_row(row, fmt, context, rules(data)).total_bytes, fmt["estimated"]


def verdict_at(data: SiteData, model_id: str, fmt_key: str, context: int, device: dict) -> tuple[str, Optional[int]]:
    """(verdict, memory needed) of one model, format and context (as asked, never capped) on a device."""
    row = data.model(model_id)
    # a precision means the column's one figure on a device (fit.precision_weights: never an Apple-only MLX file, nor
    # a web build, which runs in a tab only: the calculator's figure, review 10 pt #2)
    fmt = fit.precision_weights(row, fmt_key, web=False) if fmt_key in PRECISIONS else fit.find_format(row, fmt_key)
    if fmt is None:
        raise MarkerError(f"model {model_id!r} has no weight format {fmt_key!r}")
    result = fit.fit_row(row, fmt, context, rules(data))
    return fit.judge(result, usable_bytes(device), rules(data)), result.total_bytes


def usable_bytes(device: dict) -> int:
    return int(device["memory_bytes"] * device["usable_share"])


def verdict(data: SiteData, total: Optional[int], usable: int) -> str:
    return rules(data).verdict(total, usable)


def percent(value: float, lang: str) -> str:
    return format_percent(value, locale=babel_locale(lang), numbering_system="latn")


def nominal_size(locale, size: int) -> str:
    """A device's capacity in whole GiB, as its name gives it ('8 GiB'): devices report binary
    capacities (data/devices.yaml states the convention); every other figure is decimal GB."""
    units = unit_names(locale)
    text = f"{format_integer(round(size / GIB), locale.lang)}\u00a0{units.get('GiB', 'GiB')}"
    # In a right-to-left name ("هاتف، 8 GiB") the figure and its unit are a left-to-right island, or
    # they render "GiB 8"; a left-to-right isolate (U+2066…U+2069) keeps them in order in HTML and SVG.
    return f"\u2066{text}\u2069" if locale.dir == "rtl" else text


def device_label(locale, device: dict) -> str:
    """A device's name in the page's language: its kind and capacity ('Gaming GPU, 8 GB')."""
    kind = device["kind"].replace("-", "_")
    return locale.t(f"fit.kind.{kind}", size=nominal_size(locale, device["memory_bytes"]))


def device_name(page: Page, device: dict) -> str:
    return device_label(page.locale, device)


HEAT_CONTEXT = 4096


def heat_context(row: dict) -> int:
    """The context the `fit` chart and its table judge a model at: 4,096 tokens, or its own shorter limit."""
    limit = row.get("context_length")
    return min(HEAT_CONTEXT, limit) if limit else HEAT_CONTEXT


def heat_verdict(data: SiteData, row: dict, device: dict) -> str:
    """One cell of the `fit` chart and its table: 4-bit weights at heat_context; in the browser tab, the
    browser table's verdict (its web build; none recorded: unknown), as the ladder's browser row has it."""
    if device["kind"] == "browser" and row["id"] in data.fit_by_id:
        found = data.fit_by_id[row["id"]]["browser"]["verdict"]
        if found != "no-build":
            return found
        # no web build recorded: "does not fit" when even its 4-bit weights exceed the tab, else unknown
        return calc_data.no_build_verdict(row, rules(data).browser_budget_bytes)
    return verdict_at(data, row["id"], "int4", heat_context(row), device)[0]


def tab_terms(data: SiteData, row: dict, verdict: str) -> tuple[str, str, str, int, int]:
    """What a browser-tab verdict (`verdict`, heat_verdict's) rests on, language-independent, for the cell that says it
    (model pages and the explorer's in-place view word it alike): (kind, runtime name, build variant,
    bytes, count). kind: "none" no web build (unknown), "weights" none and its 4-bit weights exceed the tab,
    "build" a build and the memory it needs, "bound" its 32-bit upper bound at `count` tokens, "file" its
    largest file over the tab's file limit (count: the limit), "unsized" a build of unrecorded size."""
    browser = data.fit_by_id[row["id"]]["browser"]
    if browser["format"] is None:
        weights = (fit.precision_weights(row, "int4") or {}).get("weights_bytes")
        return ("weights", "", "", weights, 0) if verdict == "no" else ("none", "", "", 0, 0)
    name, variant = runtime_name(browser["runtime"] or ""), build_variant(browser["format"])
    if browser.get("bound_bytes"):
        return "bound", name, variant, browser["bound_bytes"], browser["context"]
    if browser.get("file_ok") is False:
        return "file", name, variant, browser["largest_file_bytes"], rules(data).browser_file_limit_bytes
    if browser["total_bytes"] is None:
        return "unsized", name, variant, 0, 0
    return "build", name, variant, browser["total_bytes"], 0


def tab_cell(page: Page, terms: tuple, verdict: str, usable: int) -> str:
    """A browser-tab verdict in words (terms: tab_terms), as the model page and the in-place view write it."""
    kind, name, variant, size, count = terms
    build = page.locale.t("display.web_build", runtime=name, variant=variant) if variant else name
    if kind == "none":
        return verdict_cell(page, verdict, text=str(escape(page.locale.t("fit.needs_web_build"))))
    if kind == "weights":
        # the rule's first reason, then its figure: no web build, and even 4-bit weights exceed the tab (review 10 ar #10)
        return verdict_cell(page, verdict, message="no_build_weights_alone", size=size_text(page, size), usable=size_text(page, usable))
    if kind == "bound":
        return verdict_cell(page, verdict, message="upper_bound", size=size_text(page, size), count=format_integer(count, page.lang))
    messages = {"build": "model_fit.web_build", "file": "model_fit.web_build_file", "unsized": "model_fit.web_build_unsized"}
    word = escape(page.locale.t(f"fit.verdict.{verdict}"))
    span = f'<span class="ls-verdict ls-verdict-{verdict}">{word}</span>'
    text = page.locale.t(messages[kind], verdict="\x00", build=build, size=size_text(page, size), limit=size_text(page, count))
    return f'<td data-sort="{verdict}"><bdi>{str(escape(text)).replace(chr(0), span)}</bdi></td>'


def chart_summary(page: Page) -> str:
    """The `fit` chart in words: how many featured models fit each end of the ladder."""
    featured = [r for r in page.data.models if "featured" in r["tags"]]
    if not page.data.devices or not featured:
        return ""
    counts = []
    for device in (page.data.devices[0], page.data.devices[-1]):
        fits = 0
        for row in featured:
            fits += heat_verdict(page.data, row, device) in ("fits", "tight")
        counts.append((device_name(page, device), fits))
    return page.locale.t("chart.fit.summary", total=len(featured),
                         small=counts[0][0], small_count=counts[0][1], large=counts[1][0], large_count=counts[1][1])


def size_text(page: Page, size: Optional[int]) -> str:
    if size is None:
        return page.locale.t("figure.unknown")
    return format_bytes(size, page.lang, unit_names(page.locale))


def verdict_cell(page: Page, verdict: str, text: str = "", message: str = "", **values: object) -> str:
    """A verdict in its colour; `message` (a fit_notes key) is a whole sentence holding the verdict
    as {verdict} ("does not fit: the weights alone …"), filled with `values`."""
    word = escape(page.locale.t(f"fit.verdict.{verdict}"))
    span = f'<span class="ls-verdict ls-verdict-{verdict}">{word}</span>'
    if message:
        body = str(escape(page.locale.t(f"fit_notes.{message}", verdict="\x00", **values))).replace("\x00", span)
    else:
        body = span + (f" {text}" if text else "")
    return f'<td data-sort="{verdict}"><bdi>{body}</bdi></td>'


# Inline figures ----------------------------------------------------------------------------------


def _bytes_fig(page: Page, size: Optional[int], estimated: bool = False) -> str:
    if size is None:
        return fig(page.locale.t("figure.unknown"))
    text = size_text(page, size)
    return fig(page.locale.t("figure.approx", value=text) if estimated else text, format_integer(size, page.lang) + " B")


def kv(page: Page, marker: Marker) -> str:
    return _bytes_fig(page, kv_at(page.data, marker.arg("model"), marker.arg("context"), marker.arg("runtime")))


def fit_total(page: Page, marker: Marker) -> str:
    total, estimated = total_at(page.data, marker.arg("model"), marker.arg("format"), marker.arg("context"))
    return _bytes_fig(page, total, estimated)


def fit_rule(page: Page, marker: Marker) -> str:
    rule, r = marker.arg("rule"), rules(page.data)
    if rule == "tight-share":
        return fig(percent(r.tight_share, page.lang))
    size = {"browser-file-limit": r.browser_file_limit_bytes, "browser-budget": r.browser_budget_bytes,
            "vllm-fixed": r.runtimes["vllm"].fixed_bytes,
            "vllm-per-token": r.runtimes["vllm"].compute_bytes_per_token,
            "llama-cpp-per-vocab": r.runtimes["llama.cpp"].bytes_per_vocab_entry,
            "llama-cpp-per-token": r.runtimes["llama.cpp"].compute_bytes_per_token,
            "mlx-fixed": r.runtimes["mlx"].fixed_bytes, "mlx-per-token": r.runtimes["mlx"].compute_bytes_per_token}[rule]
    return _bytes_fig(page, size)


def usable(page: Page, marker: Marker) -> str:
    return _bytes_fig(page, usable_bytes(page.data.device(marker.arg("device"))))


# Blocks ------------------------------------------------------------------------------------------


def freshness(page: Page, marker: Marker) -> str:
    """Where the figures come from (read live, reconstructed, published) and how fresh, as one message."""
    # methodology's Freshness section and the models page: only the Hub models' state, not home's site-wide
    # paragraph again (review 10 zh #11, review 11 zh #7: the models page repeated it word for word)
    key = "fit.freshness_update" if Path(page.src_path or "").stem in ("methodology", "models") else "fit.freshness"
    text = page.locale.t(key, **source_values(page.data.meta, page.lang, len(page.data.models)))
    return str(Markup('<p class="ls-freshness">{}</p>').format(text))


def calc_device_name(page: Page, device: dict) -> str:
    """The calculator's device option: the ladder's name and, for a GPU nvidia-smi measured, its card as the
    tables name it (data/devices.yaml note: "Gaming GPU, 8 GiB (GeForce RTX 4060)", "(NVIDIA H100 SXM)";
    review 5: one name per device), so a reader finds their card."""
    card = re.search(r"nvidia-smi: \d+ MiB \((?:NVIDIA )?([^,;)]+)", device.get("memory_reported") or "")
    name = device_name(page, device)
    return name + page.locale.t("display.aside", text=(device.get("note") or card.group(1)).strip()) if card else name


def calculator(page: Page, marker: Marker) -> str:
    """The calculator: a form the script enables (fit-calculator.js) with its strings, the fit rule's
    terms and the devices inline (the first answer then needs only the chosen model's file,
    assets/calc/m/<id>.json); a note without JavaScript, which points to the static tables."""
    t, data = page.locale.t, page.data
    r = rules(data)
    devices = [Markup('<option value="{}">{}</option>').format(d["id"], calc_device_name(page, d)) for d in data.devices]
    precisions = [Markup('<option value="{}">{}</option>').format(
        bits, t("calc.kv_bits", bits=format_integer(bits, page.lang))) for bits in r.kv_precisions]
    gpus = [Markup('<option value="{}">{}</option>').format(n, format_integer(n, page.lang)) for n in range(1, 9)]
    tags = [Markup('<option value="{}">{}</option>').format(tag, t(calc_data.tag_message(tag))) for tag in calc_data.TAGS]
    payload = json.dumps(calc_payload(page), ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    base = escape(page.base_url or "")
    messages = compiled_block(page.lang, compiled_messages(page.locale, (calc_data.SCRIPT,)))  # msg(): the keys the script names
    return str(Markup(CALCULATOR).format(
        base=base, lang=page.lang, nojs=t("calc.nojs"), l_model=t("calc.model"), placeholder=t("calc.model_placeholder"),
        l_options=t("calc.model_options"), l_device=t("calc.device"), own=t("calc.own"),
        devices=Markup("").join(devices), l_own=t("calc.own_legend"), l_vram=t("calc.vram"), l_gpus=t("calc.gpus"),
        gpus=Markup("").join(gpus), l_bw=t("calc.bandwidth"), l_ram=t("calc.ram"), l_format=t("calc.format"),
        l_context=t("calc.context"), l_kv=t("calc.kv"), precisions=Markup("").join(precisions),
        l_tag=t("calc.tag"), tag_all=t("calc.tag_all"), tags=Markup("").join(tags), list=t("calc.list_button"),
        payload=Markup(payload), messages=messages)) + "\n" + hub_field(page)  # the Hub-model field follows (pipeline/site/hub_field.py)


CALCULATOR = """<div class="ls-calc" id="fit-calculator" data-src="{base}assets/calc/" data-js="{base}assets/js/" data-lang="{lang}">
<p class="ls-calc-nojs">{nojs}</p>
<form class="ls-calc-form" hidden>
<div class="ls-calc-pick"><label for="ls-calc-model">{l_model}</label>
<input id="ls-calc-model" name="model" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="ls-calc-options" autocomplete="off" placeholder="{placeholder}">
<ul id="ls-calc-options" class="ls-calc-options" role="listbox" aria-label="{l_options}" hidden></ul>
<p class="ls-calc-pick-note" role="status" hidden></p></div>
<label><span>{l_device}</span> <select name="device">{devices}<option value="own">{own}</option></select></label>
<fieldset class="ls-calc-own" hidden><legend>{l_own}</legend>
<label><span>{l_vram}</span> <input name="vram" type="text" inputmode="decimal" autocomplete="off" size="6" dir="ltr"></label>
<label><span>{l_gpus}</span> <select name="gpus">{gpus}</select></label>
<label><span>{l_bw}</span> <input name="bw" type="text" inputmode="decimal" autocomplete="off" size="6" dir="ltr"></label>
</fieldset>
<label class="ls-calc-ram"><span>{l_ram}</span> <input name="ram" type="text" inputmode="decimal" autocomplete="off" size="6" dir="ltr"></label>
<label><span>{l_format}</span> <select name="format"></select></label>
<label><span>{l_context}</span> <input name="context" type="text" inputmode="numeric" autocomplete="off" size="9" dir="ltr"></label>
<label><span>{l_kv}</span> <select name="kv">{precisions}</select></label>
<p class="ls-calc-limit"></p>
<label><span>{l_tag}</span> <select name="tag"><option value="">{tag_all}</option>{tags}</select></label>
<button type="button" class="ls-calc-list-button">{list}</button>
</form>
<p class="ls-calc-note" role="status"></p>
<div class="ls-calc-out" aria-live="polite"></div>
<script type="application/json" class="ls-calc-data">{payload}</script>
{messages}
<script src="{base}assets/js/fit-calculator.js" async></script>
</div>"""


def calc_payload(page: Page) -> dict:
    """What the script needs before its first answer besides its messages: units, the rule's terms, the
    devices and the defaults."""
    locale, data = page.locale, page.data
    strings = {"units": unit_names(locale)}  # sentences: the catalog's messages, embedded (msg() in the script)
    # Arabic «117 مليارًا» as the explorer writes it (nothing for other languages): the calculator writes
    # parameter counts of MoE models only, millions and billions (a trillion count is decimal: «1.03 تريليون»)
    for category in ("few", "many"):
        if counted_noun_plurals(page.lang, category):
            strings[category] = counted_noun_plurals(page.lang, category, (10**6, 10**9))
    featured = [row["id"] for row in data.models if "featured" in row["tags"]] or [data.models[0]["id"]]
    gpu = next((d for d in data.devices if d["kind"] == "gpu"), data.devices[0])
    terms = calc_data.rules_entry(rules(data))
    for engine, entry in terms["runtimes"].items():  # its name (last term) in the page's language
        entry[-1] = rule_runtime_name(engine, entry[-1], locale)
    return {"S": strings, "R": terms, "D": [calc_data.device_entry(d) for d in data.devices],
            "def": {"model": calc_data.DEFAULT_MODEL if any(row["id"] == calc_data.DEFAULT_MODEL for row in data.models)
                    else featured[0], "device": gpu["id"], "context": rules(data).contexts[0]},
            "gpuShare": gpu["usable_share"], "ramBw": calc_data.RAM_BANDWIDTH}


def fit_json(data: SiteData) -> str:
    """assets/fit.json for the calculator: contexts, KV precisions, the tight line and per model
    [name, parameters, context limit, per column fp16/int8/int4 either null or [weights, [overhead
    per context], [[KV cache per context] per KV precision]]] (null: unknown), worked out by
    pipeline/data/fit.py so that FitRule.verdict in the script gives its verdicts."""
    if not data.fit_rules:
        return "{}"
    r = rules(data)
    models = []
    for row in data.models:
        columns = []
        for precision in PRECISIONS:
            fmt = fit.find_format(row, precision)
            if fmt is None:
                columns.append(None)
                continue
            # fit_row's overhead_bytes and kv_bytes without its FitRow and basis texts (5,000 models: ~30 s)
            runtime = r.runtimes[fmt.get("engine") or "vllm"]
            vocab, hidden = row.get("vocab_size"), row.get("hidden_size")
            kv = [fit.kv_function(row, runtime, bits) for bits in r.kv_precisions]
            columns.append([fmt["weights_bytes"], [runtime.overhead(c, vocab, hidden) for c in r.contexts],
                            [[None if at is None else at(c) for c in r.contexts] for at in kv]])
        models.append([plain_text(row["name"]), row.get("params_total"), row.get("context_length"), columns])
    doc = {"contexts": r.contexts, "kv": r.kv_precisions, "tight": r.tight_share, "models": models}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def write_fit_json(data: SiteData, path: Path) -> bool:
    return write_atomic(Path(path), fit_json(data), durable=False)
