"""The models explorer and the per-model pages: static first view, compact JSON of every row, model pages.

Build cost does not follow the number of models: the explorer's HTML is rendered once per language
from a capped first view (featured + most downloaded) and inserted *after* Markdown (a placeholder
comment goes through Markdown and search; `on_post_page` swaps it), so neither Markdown nor the
search index sees it. Every row reaches the reader as one compact JSON file written once per build
(site/assets/models-explorer.json), which docs/assets/js/explorer.js loads on first interaction.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

from pipeline.fileio.atomic import write_atomic
from pipeline.i18n.bidi import isolate_ltr_runs
from pipeline.i18n.display_names import FORMAT_NAMES, format_name, mlx_bits, mlx_mixed
from pipeline.i18n.formatting import (counted_noun_plurals, format_bytes, format_day, format_integer, format_params,
                                      unit_names)
from pipeline.contract import FitRules
from pipeline.data import fit
from pipeline.site.browser_data import DetailDocument, DetailRow, ExplorerRow, as_row, columns
from pipeline.site.context import Page, SiteData
from pipeline.site.explorer_filters import FIT_PRECISIONS, TAGS, fit_need, model_tags, tag_bits, tag_message
from pipeline.site.fit_view import device_label
from pipeline.site.zh_text import tidy_plain
from pipeline.site.html import plain_text
from pipeline.site.messages import embedded_messages

FIRST_VIEW = 60  # rows in the static HTML of the models page
JSON_PATH = "assets/models-explorer.json"
DETAIL_DIR = "assets/models-explorer"  # per-model details, DETAIL_ROWS rows per file, read on opening one
DETAIL_ROWS = 32
# The explorer and the in-place view of a model it loads on opening one: the messages of both are embedded.
SCRIPTS = ("explorer.js", "explorer-model.js")
FORMATS = ("safetensors", "pytorch", "gguf", "onnx", "tflite", "mediapipe", "mlc", "mlx", "other")
PRECISIONS = ("fp32", "fp16", "int8", "int4")
BASES = ("hub-safetensors", "hub-gguf", "file-sizes", "config-estimate", "published", "third-party", "reconstructed",
         "config-count")  # appended: the browser script reads bases by index
# Bases whose parameter count is exact, not rounded or estimated: only these get "(exact: …)".
EXACT_BASES = ("hub-safetensors", "hub-gguf", "config-count")
SLUG = re.compile(r"[^a-z0-9._-]+")
DEFERRED = re.compile(r"<!--ls-deferred:(\d+)-->")


def model_page_cap() -> int:
    """How many models get a page of their own (featured first, then most downloaded): 250, or
    LLMSIZES_MODEL_PAGES (a whole number, 0 for none). 250 covers today's whole base (222 models;
    all of them cost ~1 s more per language than 60) and stays bounded at thousands of models."""
    raw = os.environ.get("LLMSIZES_MODEL_PAGES", "250").strip()
    if not raw.isdecimal() or not raw.isascii():
        raise ValueError(f"LLMSIZES_MODEL_PAGES={raw!r}: expected a whole number of model pages "
                         "(0 or more), e.g. LLMSIZES_MODEL_PAGES=200")
    return int(raw)


# Which rows ---------------------------------------------------------------------------------------


def first_rows(data: SiteData, cap: int) -> list[dict]:
    """Featured models (in data order, smallest first), then the rest by downloads, most first, and
    in data order (smallest first) where downloads tie or are not known, at most `cap`."""
    if "first-rows" not in data.derived:  # one order per build: it is sliced ~30 times per language
        featured = [r for r in data.models if "featured" in r["tags"]]
        seen = {r["id"] for r in featured}
        # sorted() is stable: rows with the same downloads (none, in a reconstructed snapshot) keep data order
        rest = sorted((r for r in data.models if r["id"] not in seen), key=lambda r: -(r.get("hub_downloads") or 0))
        data.derived["first-rows"] = featured + rest
    return data.derived["first-rows"][:cap]


def chart_rows(data: SiteData) -> list[dict]:
    """The models a per-model chart or its table shows: the first view's, in data order (smallest
    first), so the chart keeps its size at any number of tracked models."""
    keep = {r["id"] for r in first_rows(data, FIRST_VIEW)}
    return [r for r in data.models if r["id"] in keep]


def first_order(data: SiteData) -> str:
    """How the first view orders the rows after the featured ones, for the sentence that says so:
    'downloads' when the data has download counts, else 'size' (data order, smallest first)."""
    return "downloads" if any(r.get("hub_downloads") for r in data.models) else "size"


def page_ids(data: SiteData) -> list[str]:
    return [r["id"] for r in first_rows(data, model_page_cap())]


def slug(model_id: str) -> str:
    """'Qwen/Qwen2.5-7B' -> 'qwen--qwen2.5-7b' (unique enough: ids are unique case-insensitively)."""
    return SLUG.sub("-", model_id.lower().replace("/", "--")).strip("-.") or "model"


def download_kind(download: dict) -> str:
    """A download's format among FORMATS: an MLX build the data files under "other" (variant 'MLX 4bit') is MLX."""
    fmt = download.get("format")
    if fmt == "other" and str(download.get("variant") or "").upper().startswith("MLX"):
        return "mlx"
    return fmt if fmt in FORMATS else "other"


def download_file(download: dict) -> str:
    """What the "file or precision" column shows: the file's name, or for an MLX build recorded by its
    repository (a folder of files, 'gpt-oss-120b-MXFP4-Q8') its precision as the build names it
    ('MXFP4-Q8'): the format column already says MLX, and a repository id is no file (review 6, ar)."""
    name = plain_text(download.get("file") or "")
    variant = str(download.get("variant") or "")
    repo = str(download.get("repo") or "")
    if download_kind(download) == "mlx" and variant[3:].strip() and repo.rsplit("/", 1)[-1] == name:
        return variant[3:].strip()
    return name


def formats_of(row: dict) -> list[str]:
    found = {download_kind(d) for d in row.get("downloads") or []}
    return [f for f in FORMATS if f in found]


def day(row: dict) -> str:
    """The row's date as an ISO day ('2026-08-21'), or ''."""
    return str(row.get("fetched_at") or "")[:10]


def file_title(row: dict, fmt: dict) -> str:
    """What a column's real file is, for its cell's title: 'GGUF Q4_K_M · Llama-3.2-3B-Instruct-Q4_K_M.gguf',
    'MediaPipe int4 · gemma-2b-it-cpu-int4.bin' (a bare 'int4' told a reader nothing: review 8, th #11)."""
    kind, _, variant = fmt["format"].partition(":")
    name = f"{FORMAT_NAMES.get(kind, kind)} {variant}".strip()
    found = next((d for d in row.get("downloads") or [] if d.get("format") == kind and d.get("variant") == variant), None)
    file = download_file(found) if found else ""
    return plain_text(f"{name} · {file}" if file and file != variant else name)


def packed_unknown(row: dict) -> bool:
    packed = row.get("packed_weights")
    return bool(packed) and isinstance(packed, dict) and packed.get("bits") is None


def gated(row: dict) -> bool:
    value = row.get("gated")
    return bool(value) and value not in ("false", "False")


def is_open(row: dict) -> bool:
    """A source shows the repo's files open; an unrecorded gate (None) is not open."""
    return row.get("gated") in (False, "false", "False")


def breakable(model_id: str) -> Markup:
    """An id that may wrap after '/' and '-' (never letter by letter), escaped."""
    text = escape(plain_text(model_id))
    return Markup(str(text).replace("/", "/<wbr>").replace("-", "-<wbr>"))


# Fit data (from the device-fit work; absent: no device filter, no fit section) -------------------


def needed_bytes(data: SiteData) -> dict[str, int]:
    """Least memory each model needs to run (smallest format, shortest context it supports):
    weights + runtime overhead (data/fit.yaml `rules`) + KV cache, from data/fit.yaml `models`.
    Worked out once per build (every model page and the explorer ask); callers must not change it."""
    if "needed-bytes" not in data.derived:
        data.derived["needed-bytes"] = _needed_bytes(data)
    return data.derived["needed-bytes"]


def _needed_bytes(data: SiteData) -> dict[str, int]:
    # data/fit.yaml works the least out with the fit rule (pipeline/data/fit.py): the smallest format
    # at the site's shortest context, or the model's own limit when that is shorter
    return {entry["id"]: entry["least_bytes"] for entry in getattr(data, "fit_models", None) or []
            if entry.get("least_bytes")}


def usable_bytes(device: dict) -> int:
    return int(device["memory_bytes"] * device["usable_share"])


def verdict(needed: int | None, usable: int, rules: dict) -> str:
    """The contract's rule (FitRules.verdict), on the rules of data/fit.yaml: one rule, not a copy."""
    return FitRules.model_construct(tight_share=float(rules.get("tight_share") or 0.87)).verdict(needed, usable)


# Compact JSON -------------------------------------------------------------------------------------


def _chosen(row: dict) -> dict:
    """{precision: format} the fits filter judges, as the calculator's list does (calc-list.js columnFormat):
    a precision's one figure with no tab-only web build (review 7, the fits filter on a GPU)."""
    found = {p: fit.precision_weights(row, p, web=False) for p in FIT_PRECISIONS}
    return {p: f["format"] for p, f in found.items() if f}


def compact_json(data: SiteData) -> str:
    """Every row as an array (columns named once), language-independent; the script formats numbers."""
    classes = [c["id"] for c in data.size_classes]
    families = sorted({plain_text(r.get("family") or "") for r in data.models} - {""}, key=str.lower)
    family_index = {f: i for i, f in enumerate(families)}
    pages = set(page_ids(data))
    needed = needed_bytes(data)
    rules = data.fit_rules or {}
    contexts = [int(c) for c in rules.get("contexts") or []]
    fit_by_id = {e["id"]: e for e in getattr(data, "fit_models", None) or []}
    tabs = [d for d in data.devices if d.get("kind") == "browser"] if needed and data.fit_rules else []
    web_codes = _web_codes(data, tabs[0], contexts) if tabs else lambda r: []
    from pipeline.site import fit_view  # as _web_codes: not at import time
    fit_rules = fit_view.rules(data) if (data.fit_rules or {}).get("runtimes") else None  # floors need the runtimes
    rows = []
    for r in data.models:
        fp16, int4 = fit.precision_weights(r, "fp16"), fit.precision_weights(r, "int4")
        url = r.get("url") or ""
        hub_url = f"https://huggingface.co/{r['id']}"
        rows.append(as_row(ExplorerRow, {
            "id": plain_text(r["id"]), "name": plain_text(r["name"]) if r["name"] != r["id"].split("/")[-1] else 0,
            "family": family_index.get(plain_text(r.get("family") or ""), -1), "params": r.get("params_total") or 0,
            "class": classes.index(r["size_class"]) if r.get("size_class") in classes else -1,
            "weights": r.get("weights_bytes") or 0, "fp16": _bytes_of(fp16), "int4": _bytes_of(int4),
            "est16": int(bool(fp16 and fp16["estimated"])), "est4": fit.estimate_kind(int4),
            "q4": 0 if not int4 or int4["estimated"] else file_title(r, int4),
            "formats": sum(1 << FORMATS.index(f) for f in formats_of(r)),
            "gated": int(gated(r)), "open": int(is_open(r)),
            "downloads": r.get("hub_downloads") or 0, "featured": int("featured" in r["tags"]),
            "page": slug(r["id"]) if r["id"] in pages else 0, "needed": needed.get(r["id"], 0),
            "stale": int(r["status"] == "stale"),
            "url": plain_text(url) if url != hub_url and url.startswith(("https://", "http://")) else 0,
            "basis": BASES.index(r["params_basis"]) if r.get("params_basis") in BASES else -1, "date": day(r) or 0,
            "est": int(bool(r.get("weights_bytes_estimated"))), "packed": int(packed_unknown(r)),
            "tags": tag_bits(r), "need": fit_need(fit_by_id.get(r["id"]), contexts, _chosen(r), r, fit_rules), "web": web_codes(r),
        }))
    devices = [[d["id"], plain_text(d["name"]), usable_bytes(d)] for d in data.devices] if needed else []
    tight = float((data.fit_rules or {}).get("tight_share") or 0.85)
    payload = {"v": 1, "bases": list(BASES), "classes": classes, "families": families, "formats": list(FORMATS), "devices": devices,
               "tight": tight, "tags": list(TAGS), "contexts": contexts, "web": [d["id"] for d in tabs],
               "detail": [DETAIL_DIR.rsplit("/", 1)[-1] + "/", DETAIL_ROWS],  # relative to this file
               "cols": columns(ExplorerRow), "rows": rows}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _web_codes(data: SiteData, tab: dict, contexts: list[int]):
    """A row's browser-tab verdicts per context, by the web-build rule of the calculator and the browser table
    (calc_data.web_verdict): 1 fits or tight, 2 does not fit or has no web build, 0 unknown, -1 too long,
    3 fits or tight but the model states no context limit (named apart, as the calculator's list does:
    FitRule.unrecorded; review 8 en Q5: the filter counted SmolLM2 1.7B Instruct, the list did not)."""
    from pipeline.site import calc_data, fit_view

    rules, usable = fit_view.rules(data), usable_bytes(tab)
    code = {"fits": 1, "tight": 1, "unknown": 0, "too-long": -1}

    def codes(r: dict) -> list[int]:
        found = [calc_data.web_verdict(r, rules, c, usable) for c in contexts]
        return [3 if fit.limit_unrecorded(r.get("context_length"), v) else code.get(v, 2) for v in found]
    return codes


def detail_files(data: SiteData) -> list[str]:
    """What a model page shows beyond the explorer's row, for every model, in the rows' order:
    file n holds rows n*DETAIL_ROWS … (the script opens a model without a page of its own from these).
    Each row has the columns of browser_data.DetailRow (named in the file's `cols`); its model id lets
    the script refuse a file of another build (a cache between deploys)."""
    from pipeline.site import model_fit  # it reads the fit tables, which read this module

    def detail(r: dict) -> list:
        downloads = [[FORMATS.index(download_kind(d)),
                      download_file(d), d.get("bytes") or 0,
                      BASES.index(d["basis"]) if d.get("basis") in BASES else -1, int(model_fit.other_variant(r, d))]
                     for d in r.get("downloads") or []]
        total, active = r.get("params_total"), r.get("params_active")
        counted = 0 if not (total and r.get("params_by_dtype")) else 2 if "vision-language" in (r.get("tags") or []) else 1
        found = model_fit.figures(data, r) or {}
        return as_row(DetailRow, {
            "memory": [[m["precision"], plain_text(m["name"]), m["bytes"], int(m["estimated"])]
                       for m in model_fit.weight_rows(r)],
            "downloads": downloads, "exact": int(exact_count(r)),
            "weights_basis": BASES.index(r["weights_bytes_basis"]) if r.get("weights_bytes_basis") in BASES else -1,
            "source_title": plain_text(r.get("source_title") or "") or 0, "on_hub": int(r.get("kind") == "hub"),
            "revision": plain_text(r.get("revision") or "")[:12] or 0, "undisclosed": int(bool(r.get("undisclosed"))),
            "model": plain_text(r["id"]),
            "context_limit": r.get("context_length") or 0,
            "active": active if total and active and active < total else 0,
            "active_basis": BASES.index(r["params_active_basis"]) if r.get("params_active_basis") in BASES else -1,
            "mtp": r.get("params_mtp") or 0 if total else 0,
            "counted": counted,
            "fit_format": found.get("format") or 0, "fit_runtime": found.get("runtime") or 0,
            "fit_context": found.get("context") or 0, "fit_kv": found.get("kv") or 0,
            "fit_weights": found.get("weights") or 0, "fit_total": found.get("total") or 0,
            "fit_estimate": found.get("estimate") or 0, "fit_known": found.get("known") or 0,
            "generates": int(found.get("generates", True)),
            "fit_web": next((list(d["web"]) for d in found.get("devices") or [] if d.get("web")), 0),
            "fit_devices": [[d["verdict"], -1 if d["largest"] is None else d["largest"], *(d["speed"] or (0, 0, 0))]
                            for d in found.get("devices") or []]})
    rows = [detail(r) for r in data.models]
    cols = columns(DetailRow)
    devices = [[d["id"], usable_bytes(d)] for d in data.devices]
    note = model_fit.speed_note_figures(data)
    head = {"v": 1, "devices": devices, "speed": list(note) if note else 0}
    DetailDocument.model_validate({**head, "cols": cols, "rows": []})
    return [json.dumps({**head, "cols": cols, "rows": rows[i:i + DETAIL_ROWS]}, ensure_ascii=False, separators=(",", ":"))
            for i in range(0, len(rows), DETAIL_ROWS)]


def write_json(data: SiteData, site_dir: Path) -> bool:
    """The explorer's JSON and its per-model detail files; True when any of them changed."""
    changed = write_atomic(Path(site_dir) / JSON_PATH, compact_json(data), durable=False)
    folder = Path(site_dir) / DETAIL_DIR
    files = detail_files(data)
    for n, text in enumerate(files):
        changed = write_atomic(folder / f"{n}.json", text, durable=False) or changed
    for old in folder.glob("*.json"):  # a smaller catalog than the last build's
        if not old.stem.isdigit() or int(old.stem) >= len(files):
            old.unlink()
            changed = True
    return changed


# Deferred HTML (inserted after Markdown, outside the search index) -------------------------------

_deferred: dict[int, str] = {}


def defer(html: str) -> str:
    """A placeholder comment Markdown passes through untouched; `insert_deferred` puts `html` there."""
    key = len(_deferred) + 1
    while key in _deferred:
        key += 1
    _deferred[key] = html
    return f"<!--ls-deferred:{key}-->"


def insert_deferred(output: str) -> str:
    if "<!--ls-deferred:" not in output:
        return output
    return DEFERRED.sub(lambda m: _deferred.pop(int(m.group(1)), ""), output)


# Templates ----------------------------------------------------------------------------------------

EXPLORER = """\
<div class="ls-explorer" id="explorer" data-json="{{ base }}{{ json_path }}" data-lang="{{ lang }}" data-scroll-hint="{{ t('calc.scroll_hint') }}"
 data-view="{{ base }}assets/js/explorer-model.js" data-total="{{ total }}" data-strings="{{ strings }}">
<form class="ls-explorer-controls" role="search" hidden>
<label class="ls-explorer-search"><span>{{ t('explorer.search_label') }}</span>
<input type="search" name="model" autocomplete="off" spellcheck="false" placeholder="{{ t('explorer.search_placeholder') }}"></label>
<label><span>{{ t('explorer.filter_band') }}</span><select name="band"><option value="">{{ t('explorer.any') }}</option>
{%- for c in classes %}<option value="{{ c.id }}">{{ c.label }}</option>{% endfor %}</select></label>
<label><span>{{ t('explorer.filter_family') }}</span><select name="family"><option value="">{{ t('explorer.any') }}</option>
{%- for f in families %}<option value="{{ f }}">{{ f }}</option>{% endfor %}</select></label>
<label><span>{{ t('explorer.filter_format') }}</span><select name="format"><option value="">{{ t('explorer.any') }}</option>
{%- for f in formats %}<option value="{{ f.id }}">{{ f.label }}</option>{% endfor %}</select></label>
<label><span>{{ t('explorer.filter_gated') }}</span><select name="gated"><option value="">{{ t('explorer.any') }}</option>
<option value="open">{{ t('explorer.gated_open') }}</option><option value="gated">{{ t('explorer.gated_gated') }}</option></select></label>
{%- if tags %}
<label><span>{{ t('explorer.filter_tag') }}</span><select name="tag"><option value="">{{ t('explorer.any') }}</option>
{%- for g in tags %}<option value="{{ g.id }}">{{ g.label }}</option>{% endfor %}</select></label>
{%- endif %}
<label class="ls-explorer-num"><span>{{ t('explorer.filter_min') }}</span><input type="text" name="min" inputmode="decimal" dir="ltr" autocomplete="off" placeholder="{{ t('explorer.min_placeholder') }}" aria-describedby="ls-explorer-error"></label>
<label class="ls-explorer-num"><span>{{ t('explorer.filter_max') }}</span><input type="text" name="max" inputmode="decimal" dir="ltr" autocomplete="off" placeholder="{{ t('explorer.max_placeholder') }}" aria-describedby="ls-explorer-error"></label>
{%- if devices %}
<fieldset class="ls-explorer-fit"><legend>{{ t('explorer.fit_legend') }}</legend>
<label><span>{{ t('explorer.filter_device') }}</span><select name="device"><option value="">{{ t('explorer.any') }}</option>
{%- for d in devices %}<option value="{{ d.id }}">{{ d.name }}</option>{% endfor %}</select></label>
<label class="ls-explorer-num"><span>{{ t('explorer.filter_memory') }}</span><input type="text" name="mem" inputmode="decimal" dir="ltr" autocomplete="off" placeholder="{{ t('explorer.memory_placeholder') }}" aria-describedby="ls-explorer-error ls-explorer-assume"></label>
<label><span>{{ t('explorer.fit_precision') }}</span><select name="prec" data-default="int4">
{%- for p in precisions %}<option value="{{ p }}"{% if p == 'int4' %} selected{% endif %}>{{ p }}</option>{% endfor %}</select></label>
<label><span>{{ t('explorer.fit_context') }}</span><select name="ctx" data-default="{{ contexts[0].id }}">
{%- for c in contexts %}<option value="{{ c.id }}"{% if loop.first %} selected{% endif %}>{{ c.label }}</option>{% endfor %}</select></label>
<p id="ls-explorer-assume" class="ls-explorer-assume">{{ assume }}</p>
</fieldset>
{%- endif %}
<p id="ls-explorer-error" class="ls-explorer-error" aria-live="polite"></p>
<button type="reset">{{ t('explorer.reset') }}</button>
</form>
<p class="ls-explorer-status" role="status" aria-live="polite">{% if more %}{{ t('explorer.first_view', shown=shown_text, total=total_text, order=order) }}{% else %}{{ t('explorer.all_listed', total=total) }}{% endif %}</p>
<noscript><p class="ls-explorer-nojs">{{ t('explorer.no_script') }}</p></noscript>
<div class="ls-table-wrap ls-explorer-wrap" tabindex="0" role="region" aria-label="{{ caption }}">
<table class="ls-table ls-explorer-table" style="{{ card_labels }}">
<caption>{{ caption }}</caption>
<thead><tr>
{%- for col in columns %}<th scope="col" data-key="{{ col.key }}"{% if col.num %} class="ls-num"{% endif %}>{{ col.label }}</th>{% endfor -%}
</tr></thead>
<tbody>
{%- for r in rows %}
<tr{% if r.stale %} class="ls-row-stale"{% endif %}><th scope="row"><bdi><a href="{{ r.href }}"{% if r.external %} rel="noopener" data-id="{{ r.model_id }}"{% endif %}>{{ r.name }}</a></bdi>{% if r.stale %} <span class="ls-stale" title="{{ r.error }}">{{ t('table.stale') }}</span>{% endif %}<br><code dir="ltr">{{ r.id }}</code></th>
<td class="ls-num"{% if r.params_exact %} title="{{ r.params_exact }}"{% endif %}><bdi>{{ r.params }}</bdi>{% if r.packed %} <abbr class="ls-packed" title="{{ t('explorer.packed_unknown_bits') }}">*</abbr>{% endif %}</td><td{% if not r.band %} title="{{ t('explorer.no_count') }}"{% endif %}><bdi>{{ r.band or '—' }}</bdi></td>
<td class="ls-num">{% if r.estimated %}<abbr class="ls-est" title="{{ t('table.estimated_note') }}">≈</abbr> {% endif %}<bdi{% if not r.weights_known %} title="{{ t('explorer.weights_unknown') }}"{% endif %}>{{ r.weights }}</bdi></td><td class="ls-num">{% if r.est16 %}<abbr class="ls-est" title="{{ t('table.estimated_note') }}">≈</abbr> {% endif %}<bdi>{{ r.fp16 }}</bdi></td><td class="ls-num">{% if r.est4 %}<abbr class="ls-est" title="{{ t('table.int4_estimate_count' if r.est4 == 2 else 'table.int4_estimate_note') }}">≈</abbr> {% endif %}<bdi{% if r.q4 %} title="{{ r.q4 }}"{% endif %}>{{ r.int4 }}</bdi></td>
<td><bdi dir="ltr">{{ r.formats }}</bdi></td><td class="ls-basis">{{ r.basis }}</td></tr>
{%- endfor %}
</tbody>
</table>
</div>
<p class="ls-explorer-more">{% if more %}<button type="button" class="ls-explorer-show" hidden>{{ t('explorer.show_all', total=total_text) }}</button> {% endif %}
{{ t('explorer.downloads') }} <a href="{{ base }}downloads/models.csv" download type="text/csv">CSV</a> ·
<a href="{{ base }}downloads/models.json" download type="application/json">JSON</a></p>
</div>
{{ messages }}
<script src="{{ base }}assets/js/explorer.js" async></script>
"""

MODEL_PAGE = """\
<p class="ls-model-back" data-scroll-hint="{{ t('calc.scroll_hint') }}"><a href="{{ back }}">{{ t('explorer.back') }}</a></p>
<p class="ls-model-id"><code dir="ltr">{{ id }}</code>{% if family %} · <bdi>{{ family }}</bdi>{% endif %}
{% if band %} · <bdi>{{ band }}</bdi>{% endif %}</p>
<p class="ls-model-terms">{{ terms }}</p>
<h2 id="params">{{ t('table.params') }}</h2>
<p><bdi class="ls-fig">{{ params }}</bdi>{% if packed %} <abbr class="ls-packed" title="{{ t('explorer.packed_unknown_bits') }}">*</abbr>{% endif %}{% if params_exact %}{{ t('display.aside', text=t('explorer.exact', count=params_exact)) }}{% endif %}{% if params_basis %}{{ source[0] }}<span class="ls-basis">{{ params_basis }}</span>{{ source[1] }}{% endif %}</p>
{% for note in fit.notes %}<p>{{ note }}</p>
{% endfor %}<p>{{ t('display.label', label=t('table.weights')) }}{% if weights %}{% if estimated %}<abbr class="ls-est" title="{{ t('table.estimated_note') }}">≈</abbr> {% endif %}<bdi class="ls-fig">{{ weights }}</bdi>{% else %}{{ t('model_fit.weights_unknown', reason='dtype' if params_total else 'count') }}{% endif %}</p>
<h2 id="downloads">{{ t('explorer.downloads_heading') }}</h2>
{% if downloads %}<div class="ls-table-wrap" tabindex="0" role="region" aria-label="{{ t('explorer.downloads_heading') }}">
<table class="ls-table ls-model-table"><thead><tr><th scope="col">{{ t('data_table.format') }}</th><th scope="col">{{ t('data_table.file') }}</th>
<th scope="col" class="ls-num">{{ t('data_table.bytes') }}</th><th scope="col">{{ t('table.basis') }}</th></tr></thead><tbody>
{%- for d in downloads %}
<tr><th scope="row"><bdi>{{ d.format }}</bdi></th><td>{% if d.bits %}{{ t('explorer.mlx_bits', bits=d.bits|int) }}{% else %}<code dir="ltr">{{ d.mixed or d.file }}</code>{% endif %}{% if d.mixed or d.bits %}{{ t('display.aside', text=t('explorer.mlx_build')) }}{% endif %}{% if d.variant %}{{ t('display.aside', text=t('explorer.instruct_variant')) }}{% endif %}</td><td class="ls-num"><bdi>{{ d.bytes }}</bdi></td><td>{{ d.basis }}</td></tr>
{%- endfor %}
</tbody></table></div>{% else %}<p>{{ t('explorer.no_downloads', estimated='yes' if estimated else 'no') }}</p>{% endif %}
<h2 id="memory">{{ t('table.memory') }}</h2>
{% if memory %}<p>{{ t('explorer.memory_note') }}</p>
<div class="ls-table-wrap" tabindex="0" role="region" aria-label="{{ t('table.memory') }}">
<table class="ls-table ls-model-table"><thead><tr><th scope="col">{{ t('table.precision') }}</th><th scope="col" class="ls-num">{{ t('table.memory') }}</th></tr></thead><tbody>
{%- for m in memory %}
<tr><th scope="row"><bdi{% if m.precision != '4bit' %} dir="ltr"{% endif %}>{{ t('explorer.mlx_bits', bits=4) if m.precision == '4bit' else m.precision }}{% if m.name %} ({{ m.name }}){% endif %}</bdi></th><td class="ls-num">{% if m.estimated %}<abbr class="ls-est" title="{{ t('table.int4_estimate_count' if m.estimated == 2 else 'table.int4_estimate_note') if m.precision == 'int4' else t('table.estimated_note') }}">≈</abbr> {% endif %}<bdi>{{ m.size }}</bdi></td></tr>
{%- endfor %}
</tbody></table></div>{% else %}<p>{{ t('figure.unknown') }}</p>{% endif %}
<h2 id="fit">{{ t('explorer.fit_heading') }}</h2>
<p>{{ fit.limit }}</p>
{% if fit.devices %}<p class="ls-model-assumes">{{ fit.assumes }}</p>
<div class="ls-table-wrap" tabindex="0" role="region" aria-label="{{ t('model_fit.caption') }}">
<table class="ls-table ls-model-table ls-model-fit"><caption>{{ t('model_fit.caption') }}</caption><thead><tr><th scope="col">{{ t('explorer.device') }}</th><th scope="col" class="ls-num">{{ t('explorer.usable') }}</th>
<th scope="col">{{ t('explorer.verdict') }}</th><th scope="col" class="ls-num">{{ t('model_fit.col_context') }}</th><th scope="col" class="ls-num">{{ t('model_fit.col_speed') }}</th></tr></thead><tbody>
{%- for f in fit.devices %}
<tr><th scope="row"><bdi dir="{{ dir }}">{{ f.name }}</bdi></th><td class="ls-num"><bdi>{{ f.usable }}</bdi></td>{{ f.verdict }}<td class="ls-num" data-sort="{{ f.longest_sort }}"><bdi>{{ f.longest }}</bdi></td><td class="ls-num"><bdi>{{ f.speed }}</bdi></td></tr>
{%- endfor %}
</tbody></table></div>
{% if fit.speed_note %}<p><small>{{ fit.speed_note }}</small></p>{% endif %}{% else %}<p>{{ t('explorer.fit_unavailable') }}</p>{% endif %}
<p class="ls-model-calc"><a href="{{ fit.calculator }}">{{ fit.calculator_text }}</a></p>
<h2 id="sources">{{ t('explorer.sources_heading') }}</h2>
<ul>
<li><a href="{{ url }}" rel="noopener">{{ t('explorer.hub_link') if is_hub else t('explorer.source_link') }}</a>{% if source_title %}{{ t('display.aside', text=source_title) }}{% endif %}</li>
{% if weights_basis %}<li>{{ t('display.label', label=t('table.weights')) }}{{ weights_basis }}</li>{% endif %}
{% if fetched %}<li>{{ fetched_line }}</li>{% endif %}
</ul>
<script src="{{ base }}assets/js/explorer.js" async></script>
"""

_env = Environment(loader=DictLoader({"explorer.html": EXPLORER, "model.html": MODEL_PAGE}),
                   autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=False)


def _size(page: Page, size: int | None) -> str:
    return format_bytes(size, page.lang, unit_names(page.locale)) if size else page.locale.t("figure.unknown")


def _params(page: Page, row: dict) -> str:
    if row.get("params_total"):
        return format_params(row["params_total"], page.lang)
    return page.locale.t("figure.undisclosed" if row.get("undisclosed") else "figure.unknown")


# Languages whose own words for a count ("7.06 หมื่นล้าน", "70.6 亿") would sit in the explorer next to size
# classes written "40–100B": there the table writes counts in the classes' style, the words in the title.
SHORT_PARAMS = ("th",)  # zh reads 亿 and 万 everywhere, so its table does too (review 4)


def short_params(count: int) -> str:
    """70553706496 -> '70.6B', 7110660096 -> '7.11B', 684531386000 -> '685B' (3 significant digits; the
    explorer script writes the same: explorer.js shortParams)."""
    for unit, size in (("T", 10**12), ("B", 10**9), ("M", 10**6), ("K", 10**3)):
        if count >= size or unit == "K":
            return f"{float(f'{count / size:.3g}'):g}{unit}"
    return str(count)


def _table_params(page: Page, row: dict) -> str:
    if row.get("params_total") and page.lang in SHORT_PARAMS:
        return short_params(row["params_total"])
    return _params(page, row)


def _params_title(page: Page, row: dict) -> str:
    """The explorer cell's title: the exact count, after the count in words where the cell has the short style."""
    if not row.get("params_total"):
        return ""
    full = format_integer(row["params_total"], page.lang)
    return f"{format_params(row['params_total'], page.lang)} ({full})" if page.lang in SHORT_PARAMS else full


def _option_text(page: Page, text: str) -> str:
    """An option's text with its left-to-right runs isolated on a right-to-left page ("\u20665–10B\u2069")."""
    return isolate_ltr_runs(text) if page.locale.dir == "rtl" else text


def _band(page: Page, row: dict) -> str:
    return page.locale.t(f"size_class.{row['size_class']}") if row.get("size_class") else ""


# A row's formats: Chinese lists names with the enumeration comma ("GGUF、LiteRT（TensorFlow Lite）、MLX").
# A list of formats in the language's own separator ("GGUF، MLX": review 7, ar #10); explorer.js reads it
# from the strings below, so the static table and the script's rows join alike.
_FORMAT_SEP = {"zh": "、", "ar": "، "}


def _format_label(page: Page, fmt: str) -> str:
    return format_name(fmt, page.locale)


def terms_text(page: Page, row: dict) -> str:
    """'License: Apache 2.0 · open download': the row's license and how the Hub gives its files.

    Only what the row states: a license or gate that no source recorded is said to be unrecorded,
    never taken as open. A Hub id other than 'other' is shown by its name or, if unnamed here, as is.
    """
    t, lic, gate = page.locale.t, row.get("license"), row.get("gated")
    named = row.get("license_name")  # a source names it, the Hub shows no tag: said so, no tag made up
    if lic is None and gate is None and not named:
        return t("explorer.terms_unknown")
    if lic is None and named:
        license_part = t("explorer.license_named", name=named)
    elif lic is None:
        license_part = t("explorer.license_unknown")
    elif lic == "other":
        license_part = t("explorer.license_other")
    else:
        license_part = t("explorer.license", license=LICENSE_NAMES.get(lic, lic))
    if gate is None:
        access = t("explorer.access_unknown")
    elif is_open(row):
        access = t("explorer.access_open")
    else:
        access = t("explorer.access_manual" if gate == "manual" else "explorer.access_gated")
    return f"{license_part} · {access}"


def _basis_text(page: Page, row: dict) -> str:
    """'reconstructed snapshot · 21 August 2026': the params basis label, then the row's date."""
    label = page.locale.t(f"basis.{row['params_basis']}") if row.get("params_basis") in BASES else ""
    if not row.get("params_total") and not row.get("undisclosed"):  # nothing to source: say so, not a blank
        label = page.locale.t("explorer.no_count")
    date = format_day(day(row), page.lang) if day(row) else ""
    # zh "重建的快照，2026年8月21日" (review 5 zh #8); explorer.js joins its rows the same way
    return page.locale.t("display.basis_date", basis=label, date=date) if label and date else label or date


def _bytes_of(fmt: dict | None) -> int:
    """Bytes of a column's weight format (fit.precision_weights), 0 when unknown."""
    return (fmt or {}).get("weights_bytes") or 0


def _js_strings(page: Page) -> str:
    """Label tables the script looks up by index or id (its sentences are catalog messages: msg())."""
    t = page.locale.t
    strings = {"units": [t("units.kB"), t("units.MB"), t("units.GB"), t("units.TB")]}
    strings["classes"] = {c["id"]: t(f"size_class.{c['id']}") for c in page.data.size_classes}
    strings["bases"] = [t(f"basis.{b}") for b in BASES]
    strings["dates"] = {d: format_day(d, page.lang) for d in sorted({day(r) for r in page.data.models} - {""})}
    if page.lang == "zh":  # the script's text follows the rule tidy_chinese gives the static page
        strings["dates"] = {d: tidy_plain(text) for d, text in strings["dates"].items()}
        strings["bases"] = [tidy_plain(text) for text in strings["bases"]]
    strings["formats"] = [_format_label(page, f) for f in FORMATS]
    strings["sep"] = _FORMAT_SEP.get(page.lang, ", ")
    strings["few"] = counted_noun_plurals(page.lang)  # Arabic 3–10 take the plural noun, as format_params
    strings["many"] = counted_noun_plurals(page.lang, "many")  # and 11–99 the accusative
    strings["assume"] = _assumptions(page, "{precision}", "{context}")  # the script fills in the two choices
    # a browser tab: its web build only (the calculator's rule), whatever the precision
    strings["assume_web"] = page.locale.t("explorer.fit_assumes_web", context=_isolate(page, "{context}"))
    strings["devices"] = {d["id"]: device_label(page.locale, d) for d in page.data.devices}  # the model view's rows
    if page.lang == "th":  # the model view writes these into its HTML: Thai words apart, as the built page's
        from pipeline.site.thai_lines import words_apart

        for key in ("classes", "dates", "devices"):
            strings[key] = {k: words_apart(v) for k, v in strings[key].items()}
        strings["bases"] = [words_apart(b) for b in strings["bases"]]
        # the units numbers.js writes in a parameter count ("1.55 หมื่นล้าน"), apart as the page cuts them
        units = {w for k in range(3, 16) for w in re.findall("[\u0E00-\u0E7F]+", format_params(10**k, page.lang))}
        strings["words"] = {w: words_apart(w) for w in sorted(units) if words_apart(w) != w}
    return json.dumps(strings, ensure_ascii=False, separators=(",", ":"))


def _assumptions(page: Page, precision: str, context: int | str) -> str:
    """What the "fits" filter counts, in words (the script rewrites it when the format or context changes)."""
    rules = page.data.fit_rules or {}
    context = format_integer(context, page.lang) if isinstance(context, int) else context
    return page.locale.t("explorer.fit_assumes", precision=_isolate(page, precision), context=_isolate(page, context))


def _isolate(page: Page, text: str) -> str:
    """A figure with a Latin unit kept in order in a right-to-left sentence; left-to-right text gets no
    invisible isolates, which would come along when a reader copies the line (th review 10 #9)."""
    return f"\u2068{text}\u2069" if page.locale.dir == "rtl" else text


def explorer_table(page: Page, args: list[str], options: dict) -> str:
    """`<!-- ls:table models -->`: the explorer (render.py defers it past Markdown: tables.DEFERRED)."""
    return explorer_html(page)


def explorer_html(page: Page) -> str:
    t = page.locale.t
    data = page.data
    base = page.base_url or ""
    pages = set(page_ids(data))
    rows = []
    for r in first_rows(data, FIRST_VIEW):
        fp16, int4 = fit.precision_weights(r, "fp16"), fit.precision_weights(r, "int4")
        own = r["id"] in pages
        url = plain_text(r.get("url") or "")
        rows.append({
            "name": plain_text(r["name"]), "id": breakable(r["id"]), "model_id": plain_text(r["id"]), "stale": r["status"] == "stale",
            "error": plain_text(r.get("error") or ""),
            "href": f"{slug(r['id'])}/" if own else (url if url.startswith("http") else "#"),
            "external": not own, "params": _table_params(page, r),
            "params_exact": _params_title(page, r),
            "band": _band(page, r), "weights": _size(page, r.get("weights_bytes")), "weights_known": bool(r.get("weights_bytes")),
            "fp16": _size(page, _bytes_of(fp16) or None), "int4": _size(page, _bytes_of(int4) or None),
            "est16": bool(fp16 and fp16["estimated"]), "est4": fit.estimate_kind(int4),
            "q4": "" if not int4 or int4["estimated"] else file_title(r, int4),
            "formats": _FORMAT_SEP.get(page.lang, ", ").join(_format_label(page, f) for f in formats_of(r)), "basis": _basis_text(page, r),
            "estimated": bool(r.get("weights_bytes_estimated")), "packed": packed_unknown(r),
        })
    total = len(data.models)
    families = sorted({plain_text(r.get("family") or "") for r in data.models} - {""}, key=str.lower)
    columns = [("name", "table.model", False), ("params", "table.params", True),
               ("class", "table.size_class", False), ("weights", "table.weights", True),
               ("fp16", "table.memory_fp16", True), ("int4", "table.memory_int4", True),
               ("formats", "explorer.formats", False), ("basis", "table.basis", False)]
    shown = len(rows)
    contexts = [{"id": c, "label": format_integer(c, page.lang)} for c in (data.fit_rules or {}).get("contexts") or []]
    return _env.get_template("explorer.html").render(
        t=t, lang=page.lang, base=base, json_path=JSON_PATH, total=total, strings=_js_strings(page),
        messages=embedded_messages(page.locale, SCRIPTS, base, thai_words=True),
        # an <option> holds no markup, and rtl_text's page walk skips it: a range isolated here, or a right-to-left
        # list shows "10B–5" for 5–10B (review 11, he #1)
        classes=[{"id": c["id"], "label": _option_text(page, t(f"size_class.{c['id']}"))} for c in data.size_classes],
        families=families, formats=[{"id": f, "label": _format_label(page, f)} for f in FORMATS],
        devices=[{"id": d["id"], "name": device_label(page.locale, d)} for d in data.devices] if needed_bytes(data) else [],
        tags=[{"id": g, "label": t(tag_message(g))} for g in TAGS if any(g in model_tags(r) for r in data.models)],
        precisions=FIT_PRECISIONS, contexts=contexts, assume=_assumptions(page, "int4", contexts[0]["id"] if contexts else 0),
        shown_text=format_integer(shown, page.lang), total_text=format_integer(total, page.lang),
        caption=t("explorer.caption"), more=total > shown, order=first_order(data),
        columns=[{"key": k, "label": t(label), "num": num} for k, label, num in columns], rows=rows,
        # a phone shows each row as a card: every cell names its column (site.css, content: var(--cN))
        card_labels=";".join(f"--c{i}:{json.dumps(t(label), ensure_ascii=False)}" for i, (_, label, _) in enumerate(columns[1:], 1)))


# Per-model pages ---------------------------------------------------------------------------------


def model_page_source(row: dict) -> str:
    """The Markdown of a generated model page: front matter only; the body goes in after Markdown."""
    return f"---\ntitle: {json.dumps(plain_text(row['name']), ensure_ascii=False)}\nls_model: {json.dumps(row['id'])}\n---\n"


def model_page_url(lang: str, default_lang: str, model_id: str) -> str:
    prefix = "" if lang == default_lang else f"{lang}/"
    return f"{prefix}models/{slug(model_id)}/"


def model_page_html(page: Page, model_id: str) -> str:
    t = page.locale.t
    data = page.data
    row = data.model(model_id)
    from pipeline.site import model_fit  # it reads the fit tables, which read this module

    fit = model_fit.section(page, row)
    url = plain_text(row.get("url") or "")
    basis = lambda b: t(f"basis.{b}") if b else ""  # noqa: E731
    return _env.get_template("model.html").render(
        t=t, dir=page.locale.dir, base=page.base_url or "", back=f"../?model={quote(model_id, safe='')}#all-models", id=breakable(model_id), family=plain_text(row.get("family") or ""),
        band=_band(page, row), params=_params(page, row),
        params_exact=format_integer(row["params_total"], page.lang) if exact_count(row) else "",
        params_basis=_basis_text(page, row), packed=packed_unknown(row), terms=terms_text(page, row),
        # "80.3 billion — Source: …", zh "80.3 亿（数据来源：…）": the message around the basis (review 5 zh #8)
        source=t("display.source_note", label=t("table.basis"), text="\x00").split("\x00", 1),
        estimated=bool(row.get("weights_bytes_estimated")),
        weights=_size(page, row["weights_bytes"]) if row.get("weights_bytes") else "",
        params_total=bool(row.get("params_total")),  # why the size is unknown: no count, or no stored number format
        downloads=[{"format": _format_label(page, download_kind(d)),
                    "file": breakable(download_file(d)), "bytes": _size(page, d["bytes"]), "basis": basis(d["basis"]),
                    "mixed": mlx_mixed(download_file(d)) if download_kind(d) == "mlx" else "",
                    "bits": mlx_bits(download_file(d)) if download_kind(d) == "mlx" else "",
                    "variant": model_fit.other_variant(row, d)}
                   for d in row.get("downloads") or []],
        memory=[{**m, "name": m["name"].replace("≈\u00a0", "≈ "), "size": _size(page, m["bytes"])}
                for m in model_fit.weight_rows(row)],
        fit=fit,
        url=url if url.startswith(("https://", "http://")) else f"https://huggingface.co/{model_id}",
        is_hub=row["kind"] == "hub", source_title=plain_text(row.get("source_title") or ""),
        # an estimate says so where its source goes, not the snapshot it was worked out from (review 4)
        weights_basis=t("table.estimated_note") if row.get("weights_bytes_estimated") else basis(row.get("weights_bytes_basis")),
        fetched=bool(row.get("fetched_at")), fetched_line=_fetched_line(page, row))


def _fetched_line(page: Page, row: dict) -> Markup:
    """'Read on 21 August 2026, revision d04e592bb4f6' (the revision as code), or '' without a date."""
    if not row.get("fetched_at"):
        return Markup("")
    date, revision = format_day(row["fetched_at"], page.lang), plain_text(row.get("revision") or "")[:12]
    if not revision:
        return escape(page.locale.t("explorer.fetched", date=date))
    text = str(escape(page.locale.t("explorer.fetched_revision", date=date, revision="\x00")))
    return Markup(text.replace("\x00", f'<code dir="ltr">{escape(revision)}</code>'))


def exact_count(row: dict) -> bool:
    """The parameter count is exact (read from the weights' metadata or computed from a full config):
    only then does a page write it out as "exact"."""
    return bool(row.get("params_total")) and row.get("params_basis") in EXACT_BASES


# Data --------------------------------------------------------------------------------------------

# Hub license ids and the names their licensors give them (proper names, the same in every language).
LICENSE_NAMES = {
    "apache-2.0": "Apache 2.0", "mit": "MIT", "gemma": "Gemma", "llama2": "Llama 2", "llama3": "Llama 3",
    "llama3.1": "Llama 3.1", "llama3.2": "Llama 3.2", "llama3.3": "Llama 3.3", "llama4": "Llama 4",
    "cc-by-4.0": "CC BY 4.0", "cc-by-nc-4.0": "CC BY-NC 4.0",
}
