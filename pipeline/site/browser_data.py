"""What the browser scripts read: the explorer's JSON (assets/models-explorer.json) and its detail files
(assets/models-explorer/N.json), typed here once.

Rows travel as arrays to keep the files small, but their columns are named in the file (`cols`), in
the order of the fields below, and explorer.js reads every value by name (`r[c.params]`, `x[d.memory]`).
tests/test_explorer.py validates a built file against these models and checks that every name the
script reads is a field here, so the two sides cannot drift apart silently. 0 stands for "absent"
(shorter than null in 5,000 rows); -1 for "no index".
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field

Absent = Literal[0]
Flag = Literal[0, 1]
Index = int  # position in one of the document's lists, -1 for none
Bytes = int  # whole bytes, 0 for unknown


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExplorerRow(_Strict):
    """One model, as the explorer lists, searches, filters and sorts it."""

    id: str = Field(min_length=1)
    name: Union[str, Absent] = Field(description="display name, 0 when it is the id's last part")
    family: Index = Field(ge=-1, description="index into families")
    params: int = Field(ge=0, description="total parameters, 0 unknown")
    size_class: Index = Field(ge=-1, alias="class", description="index into classes")
    weights: Bytes = Field(ge=0, description="bytes of the default weights")
    fp16: Bytes = Field(ge=0)
    int4: Bytes = Field(ge=0, description="4-bit weights: a real file (its quant in q4) or ≈ a Q4_K_M build (est4)")
    est16: Flag = Field(description="the fp16 figure is parameters × 2 bytes, not a file")
    est4: Literal[0, 1, 2] = Field(description="the int4 figure is ≈ a Q4_K_M build, not a file: 1 from the config's "
                                   "tensor shapes, 2 from the parameter count (fit.estimate_kind)")
    q4: Union[str, Absent] = Field(description="the real 4-bit file behind int4 ('GGUF Q4_K_M · name.gguf'), 0 for an estimate")
    formats: int = Field(ge=0, description="bit i set: a download in formats[i]")
    gated: Flag = Field(description="a gate was recorded (true, auto or manual)")
    open: Flag = Field(description="a source shows the files open (gated false); a row with neither is unrecorded")
    downloads: int = Field(ge=0, description="Hub downloads, for the order of the first view")
    featured: Flag
    page: Union[str, Absent] = Field(description="slug of the model's own page, 0 for none")
    needed: Bytes = Field(ge=0, description="least memory it needs to run, for the fits-a-device filter")
    stale: Flag
    url: Union[str, Absent] = Field(description="source when it is not the Hub page")
    basis: Index = Field(ge=-1, description="index into bases: where the parameter count comes from")
    date: Union[str, Absent] = Field(description="day the figures are as of (YYYY-MM-DD)")
    est: Flag = Field(description="weights estimated from the parameter count")
    packed: Flag = Field(description="quantized weights whose bits per weight the repo does not state")
    tags: int = Field(ge=0, description="bit i set: the model carries tags[i] (explorer.model_tags)")
    need: list[list[Union[int, float]]] = Field(
        description="least memory to run at fp16, int8, int4 (rows) and each of contexts (columns), 16-bit KV cache, "
                    "from data/fit.yaml; 0 unknown, -1 beyond the model's limit or a web build only, below -1 no limit "
                    "stated (negated), n + 0.5 a floor: weights + buffers, the KV cache unknown (explorer_filters.fit_need)")
    web: list[int] = Field(description="in a browser tab, per context: 1 its web build fits or is tight, 2 it does not "
                                       "or no web build is recorded, 0 unknown, -1 beyond the model's limit, 3 fits or is tight but "
                                       "the model states no context limit (calc_data.web_verdict)")


class ExplorerDocument(_Strict):
    v: Literal[1]
    bases: list[str]
    classes: list[str]
    families: list[str]
    formats: list[str]
    devices: list[tuple[str, str, int]]
    tight: float = Field(gt=0, le=1)
    tags: list[str]
    contexts: list[int] = Field(description="the contexts of data/fit.yaml, in tokens (the rows' kv)")
    web: list[str] = Field(description="ids of the browser-tab devices: the fits filter reads the rows' web, not need")
    detail: tuple[str, int]
    cols: list[str]
    rows: list[list]


class DetailDownload(_Strict):
    format: Index = Field(ge=0, description="index into the main file's formats")
    file: str
    bytes: Bytes = Field(ge=0)
    basis: Index = Field(ge=-1)


class DetailRow(_Strict):
    """What a model page shows beyond the explorer's row (the in-place view of a model without a page)."""

    memory: list[tuple[str, str, int, Literal[0, 1, 2]]] = Field(
        description="[precision, format name ('GGUF Q4_K_M', '≈ Q4_K_M', '' for the ≈ 2-bytes estimate), bytes, "
                    "estimated: 0 a file, 1 ≈ (a common build from the tensor shapes), 2 ≈ from the parameter count] "
                    "at fp16, int8, int4 as the tables mean them, then a repository's own NVFP4/FP8 checkpoint "
                    "(model_fit.weight_rows); known ones only")
    downloads: list[tuple[int, str, int, int, Flag]] = Field(
        description="[format, file, bytes, basis, from the Instruct variant (1) or the model itself (0)]")
    weights_basis: Index = Field(ge=-1)
    source_title: Union[str, Absent]
    on_hub: Flag
    revision: Union[str, Absent]
    undisclosed: Flag
    model: str = Field(min_length=1, description="the row's model id: a file of another build is refused")
    # "Will it run?" (pipeline/site/model_fit.py figures(): the model page's very figures)
    context_limit: int = Field(ge=0, description="longest context the model accepts, in tokens; 0 unknown")
    active: int = Field(ge=0, description="parameters working on each token when fewer than the total (MoE), else 0")
    active_basis: Index = Field(ge=-1, description="index into the main file's bases: where `active` comes from")
    mtp: int = Field(ge=0, description="of the total, multi-token-prediction layers ordinary decoding does not run; 0 none")
    counted: Literal[0, 1, 2] = Field(description="what the total counts: 0 not said, 1 every tensor in the weight "
                                      "files, 2 the same with the vision encoder's")
    fit_format: Union[str, Absent] = Field(description="display name of the weight format the verdicts assume "
                                           "('GGUF Q4_K_M', '≈ Q4_K_M'); 0 when the model has no fit data")
    fit_runtime: Union[str, Absent] = Field(description="runtime that loads it ('llama.cpp', 'vLLM')")
    fit_context: int = Field(ge=0, description="context the verdicts assume, in tokens (the site's shortest, or "
                             "the model's own limit when shorter)")
    fit_kv: int = Field(ge=0, description="bits per KV-cache value the verdicts assume")
    fit_weights: Bytes = Field(ge=0, description="weights of that format (the figure behind 'does not fit' when "
                               "the total is unknown)")
    fit_total: Bytes = Field(ge=0, description="memory needed at that context: weights + KV cache + overhead")
    fit_estimate: Union[str, Absent] = Field(description="the common build the format estimates ('Q4_K_M'), 0 "
                                             "when the format is a real file")
    fit_known: Bytes = Field(ge=0, description="weights + the runtime's buffers (what is known when the KV cache is not)")
    generates: Flag = Field(description="the model generates text (0: an embedding model or encoder, no decode speed)")
    exact: Flag = Field(description="the parameter count is exact (explorer.EXACT_BASES): only then \"exact: …\"")
    fit_web: Union[tuple[str, str, str, int, int], Absent] = Field(
        description="what the browser-tab verdict rests on (fit_view.tab_terms): [kind (none, weights, build, bound, "
                    "file, unsized), runtime name, build variant, bytes, tokens or the tab's file limit]; 0 no tab")
    fit_devices: list[tuple[str, int, float, float, float]] = Field(
        description="per device of the file's `devices`: [verdict id (contract.VERDICTS), largest context that "
                    "fits in tokens (fit.largest_context; -1 unknown, 0 none), tokens/s, low, high (as the page "
                    "writes them, 2 significant digits; 0 when not estimated)]")


class DetailDocument(_Strict):
    v: Literal[1]
    devices: list[tuple[str, int]] = Field(description="[device id, usable bytes]: the columns of every row's fit_devices")
    speed: Union[tuple[float, float, float], Absent] = Field(
        description="the speed rule: [efficiency (share of bandwidth), low, high (range factors)]; 0 none")
    cols: list[str]
    rows: list[list]


def columns(model: type[_Strict]) -> list[str]:
    """The names a file's `cols` lists, in order (aliases where a field has one: `class`)."""
    return [info.alias or name for name, info in model.model_fields.items()]


def as_row(model: type[_Strict], values: dict) -> list:
    """`values` (by column name) as the array the file carries, checked against the model first."""
    model.model_validate(values)
    return [values[name] for name in columns(model)]


def validate_rows(model: type[_Strict], cols: list[str], rows: list[list]) -> None:
    """Every row of a built file against its model (tests, and `python -m pipeline` checks)."""
    if cols != columns(model):
        raise ValueError(f"cols {cols} differ from {model.__name__}'s fields {columns(model)}")
    for i, row in enumerate(rows):
        if len(row) != len(cols):
            raise ValueError(f"row {i}: {len(row)} values for {len(cols)} columns")
        try:
            model.model_validate(dict(zip(cols, row)))
        except ValueError as exc:  # pydantic's ValidationError, with the row that failed
            raise ValueError(f"row {i} ({row[0]!r}): {exc}") from None
