"""The typed data contract between the data layer and the site: snapshot, model row, size class, device, fit.

Everything that states the shape of derived data derives from these models: the JSON Schema in
data/models.schema.json (`python -m pipeline compute` writes it, `--check` compares it), the
CSV/JSON export columns (fields marked `export=True`), and validation when the site loads data/.
Nothing else restates them. Field order here is the order written to data/models.yaml.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Basis = Literal["hub-safetensors", "hub-gguf", "file-sizes", "config-count", "config-estimate", "published",
                "third-party", "reconstructed"]
Precision = Literal["fp32", "fp16", "int8", "int4"]
PRECISION_BYTES: dict[str, float] = {"fp32": 4, "fp16": 2, "int8": 1, "int4": 0.5}
DownloadFormat = Literal["safetensors", "pytorch", "gguf", "onnx", "tflite", "mediapipe", "mlc", "other"]
SNAPSHOT_FORMAT = "llm-sizes/hub-snapshot@1"
NOISE_KEYS = ("fetched_at", "client")  # provenance keys that change on every fetch without the data changing


def export(description: str, **kwargs) -> object:
    """A field that is also a column of the CSV/JSON downloads."""
    if "default_factory" not in kwargs:
        kwargs.setdefault("default", None)
    return Field(description=description, json_schema_extra={"export": True}, **kwargs)


class _Row(BaseModel):
    """Rows are read far more than written: frozen, no unknown keys, and dict-style access for renderers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def __getitem__(self, key: str) -> object:
        return getattr(self, key)

    def get(self, key: str, default: object = None) -> object:
        value = getattr(self, key, default)
        return default if value is None else value


class Download(_Row):
    format: DownloadFormat
    variant: str = Field(description="dtype, quant (Q4_K_M) or build name")
    file: str = Field(description="file name, or the first of several shards")
    files: int = Field(ge=1)
    bytes: int = Field(ge=0)
    basis: Basis
    source: Optional[str] = None
    repo: Optional[str] = None
    largest_file_bytes: Optional[int] = Field(None, ge=0, description="the biggest single file of this download")


class WebBuild(_Row):
    runtime: Literal["webllm", "transformers.js", "mediapipe"]
    build: str
    repo: Optional[str] = None
    memory_mb: Optional[float] = None
    context: Optional[int] = None
    source: str


class PackedWeights(_Row):
    dtype_elements: int = Field(description="elements stored in the packing dtype (I32/U32/U8)")
    bits: Optional[int] = Field(None, description="bits per weight; null when the repo does not say")


class KVCache(_Row):
    """KV cache per token, per layer type, at a cache precision of 2 bytes (fp16/bf16).

    status: `computed`; `not-applicable` (encoder-only, pure state-space: no KV cache at all);
    `unknown` (the config does not say enough, or declares its layer plan in a form not read). The
    bytes at a context length are full_bytes_per_token × context + sliding_bytes_per_token ×
    min(context, sliding_window) + state_bytes + cross_bytes.
    """

    status: Literal["computed", "not-applicable", "unknown"]
    full_layers: int = 0
    full_bytes_per_token: int = Field(0, description="all full-attention (global) layers together, per token")
    sliding_layers: int = 0
    sliding_window: Optional[int] = None
    sliding_bytes_per_token: int = Field(0, description="all sliding-window (or chunked) layers together, per token")
    state_bytes: int = Field(0, description="fixed per-sequence state of state-space / linear-attention layers")
    other_layers: int = Field(0, description="layers that keep no per-token cache (state-space, linear attention, "
                                             "MLP-only, or reusing an earlier layer's KV)")
    cross_layers: int = Field(0, description="cross-attention layers (encoder-decoder, Mllama)")
    cross_tokens: Optional[int] = Field(None, description="encoder (or one image's) tokens the cross-attention caches; "
                                                          "None when the input sets it (T5)")
    cross_bytes: int = Field(0, description="fixed cross-attention cache: cross_layers × per-layer bytes × cross_tokens")
    attention: str = Field("", description="mha | gqa | mqa | mla, as read from the config")
    mla_heads_bytes_per_token: Optional[int] = Field(0, description="MLA only: the full-attention layers per token "
                                                                    "with full K and V heads, as plain transformers "
                                                                    "caches them (full_bytes_per_token is the latent "
                                                                    "vLLM and llama.cpp cache); None: heads unstated")
    plan: str = Field("", description="the config key the layer plan was read from, or why it could not be")
    basis: str = Field("config", description="where the shape was read")

    def bytes_at(self, context: int) -> Optional[int]:
        """Bytes of KV cache for one sequence of `context` tokens; None when unknown, 0 when not applicable."""
        if self.status == "unknown":
            return None
        if self.status == "not-applicable":
            return self.state_bytes  # pure state-space models keep a fixed state; encoder-only models 0
        window = min(context, self.sliding_window) if self.sliding_window else context
        return (self.full_bytes_per_token * context + self.sliding_bytes_per_token * window + self.state_bytes
                + self.cross_bytes)


class ModelRow(_Row):
    """One tracked model as the site shows it (data/models.yaml `models:`)."""

    id: str = export("repo id on the Hub, or the catalog key of an off-Hub model", min_length=1, default=...)
    kind: Literal["hub", "offhub"] = export("hub or offhub", default=...)
    name: str = export("display name", default=...)
    family: Optional[str] = export("model family")
    tags: list[str] = export("catalog tags, e.g. featured", default_factory=list)
    url: str = export("where the model is published", default=...)
    status: Literal["ok", "stale", "missing"] = export("stale: the last refresh failed and last good data is shown", default="ok")
    error: Optional[str] = None
    last_good: Optional[str] = None
    snapshot_basis: Optional[Literal["fetched", "reconstructed"]] = export(
        "fetched: read from the Hub API; reconstructed: rebuilt from sourced facts")
    fetched_at: Optional[str] = export("when this row's snapshot was read (or the facts were gathered)")
    revision: Optional[str] = export("Hub commit sha the figures were read at")
    renamed_from: Optional[str] = export("the id the catalog asked for, when the Hub redirected to this one")
    discovered_by: Optional[str] = export("the catalog rule that brought this model in (null: listed by hand)")
    undisclosed: bool = export("the developer has not published a size", default=False)
    source_title: Optional[str] = None
    params_total: Optional[int] = export("parameters, exact", ge=0)
    params_basis: Optional[Basis] = export("where params_total comes from")
    params_by_dtype: Optional[dict[str, int]] = None
    packed_weights: Optional[PackedWeights] = export("packed quantized weights (I32/U8 holding several weights)")
    params_active: Optional[int] = export("parameters used per token (mixture of experts)", ge=0)
    params_active_basis: Optional[Basis] = export("where params_active comes from")
    params_mtp: Optional[int] = export("of params_total: multi-token-prediction layers stored with the weights, which "
                                       "ordinary decoding does not run (num_nextn_predict_layers; computed from config)", ge=0)
    stored_dtype: Optional[str] = export("number format of the default weights (BF16, MXFP4, GPTQ 4-bit…)")
    downloads: list[Download] = export("every download the model has, with exact bytes where known", default_factory=list)
    web_builds: list[WebBuild] = Field(default_factory=list, description="prebuilt in-browser builds (WebLLM, Transformers.js, MediaPipe) with sources")
    weights_bytes: Optional[int] = export("bytes of the default weights download", ge=0)
    weights_bytes_basis: Optional[Basis] = export("where weights_bytes comes from")
    weights_bytes_estimated: Optional[bool] = export("true: parameters × bytes per parameter, not file sizes")
    memory_bytes: Optional[dict[str, int]] = export("weights alone at fp32/fp16/int8/int4")
    kv_cache_bytes_per_token: Optional[int] = export(
        "KV cache per token of all attention layers, before any sliding-window cap (null: no KV cache or unknown)")
    kv_cache: Optional[KVCache] = export("KV cache per layer type")
    context_length: Optional[int] = export("longest context the config allows")
    vocab_size: Optional[int] = Field(None, ge=0, description="tokens in the vocabulary (sizes the runtime's logits buffer)")
    hidden_size: Optional[int] = Field(None, ge=0, description="width of the hidden state (scales the runtime's activations)")
    gguf_estimate_bytes: Optional[dict[str, int]] = Field(
        None, description="≈ bytes of a Q8_0 and a Q4_K_M GGUF build, from the config's tensor shapes and "
                          "llama.cpp's quantizer rule (null: shapes not read)")
    gated: Optional[object] = export("false, auto or manual")
    license: Optional[str] = export("license id")
    license_name: Optional[str] = Field(None, description="the licence a cited source names when the Hub shows no license tag for it (facts only)")
    pipeline_tag: Optional[str] = None
    library_name: Optional[str] = None
    architecture: Optional[str] = None
    hub_downloads: Optional[int] = export("downloads in the last 30 days, as the Hub reports")
    likes: Optional[int] = None
    last_modified: Optional[str] = None
    size_class: Optional[str] = export("this site's size band")


class Meta(_Row):
    data_as_of: Optional[str] = Field(description="newest fetched_at of any snapshot (ISO 8601)")
    models: int = Field(ge=0)
    hub_models: int = Field(ge=0)
    stale_models: int = Field(ge=0)
    reconstructed_models: int = Field(ge=0)
    fetched_models: int = Field(0, ge=0, description="Hub models whose snapshot was read from the Hub API")
    fetched_as_of: Optional[str] = Field(None, description="newest fetched_at among fetched snapshots")
    reconstructed_as_of: Optional[str] = Field(None, description="date the reconstructed facts were gathered")


class ModelsFile(_Row):
    """data/models.yaml"""

    meta: Meta
    models: list[ModelRow]


class SizeClass(_Row):
    id: str
    min_params: Optional[int] = None
    max_params: Optional[int] = None
    count: int = Field(ge=0)
    examples: list[str]
    members: list[str]


class SizeClassesFile(_Row):
    size_classes: list[SizeClass]


class Device(_Row):
    """A device of data/devices.yaml: how much memory a model may use on it, with sources."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    kind: Literal["browser", "phone", "laptop", "gpu", "datacenter-gpu", "mini-pc"]
    memory_bytes: int = Field(gt=0, description="total memory as the device reports it (RAM, VRAM or unified), bytes")
    memory_reported: str = Field(min_length=1, description="what the device reports (e.g. nvidia-smi's MiB)")
    memory_source: str = Field(pattern=r"^https?://", description="where that figure is shown")
    unified: bool = Field(description="CPU and GPU share one memory pool")
    usable_share: float = Field(gt=0, le=1, description="share of memory_bytes a model may use")
    usable_basis: str = Field(min_length=1, description="why that share, in words")
    usable_source: str = Field(pattern=r"^https?://", description="where the share comes from")
    bandwidth_bytes_per_s: Optional[int] = Field(None, gt=0)
    source: str = Field(pattern=r"^https?://", description="where memory (and bandwidth) come from")
    note: Optional[str] = None

    @property
    def usable_bytes(self) -> int:
        return int(self.memory_bytes * self.usable_share)

    @property
    def nominal_gib(self) -> int:
        """The capacity in whole GiB, as device names on the site give it."""
        return round(self.memory_bytes / 2**30)


# fits / tight / does not fit; too-long: the context asked for is beyond the model's own limit (never
# "fits", whatever the memory); unknown: nothing known settles it.
Verdict = Literal["fits", "tight", "no", "too-long", "unknown"]
VERDICTS: tuple[str, ...] = ("fits", "tight", "no", "too-long", "unknown")


Engine = Literal["llama.cpp", "vllm", "mlx", "browser"]
KV_PRECISIONS: tuple[int, ...] = (16, 8, 4)


class RuntimeRule(_Row):
    """What one runtime adds on top of weights and KV cache, and the KV-cache precisions it offers."""

    name: str = Field(min_length=1, description="the runtimes this rule stands for, in words")
    fixed_bytes: int = Field(ge=0, description="allowance that does not grow with context (buffers, scratch)")
    bytes_per_vocab_entry: int = Field(0, ge=0, description="logits buffer per vocabulary entry (batch × 4 B)")
    vocab_fallback: int = Field(256000, gt=0, description="vocabulary assumed when the config does not say")
    compute_bytes_per_token: int = Field(ge=0, description="compute buffer growth per token of context, for a model "
                                         "of reference_hidden_size (scaled by the model's hidden size)")
    reference_hidden_size: int = Field(4096, gt=0, description="hidden size of the measured model; also assumed "
                                       "when a config does not say")
    basis: str = Field(min_length=1, description="how the two figures were found (calibration entries)")
    source: str = Field(pattern=r"^https?://", description="where the runtime's buffers are described")
    kv_bytes_per_value: dict[int, float] = Field(
        description="bytes per cached K/V value at each KV precision the runtime offers (16 always)")
    kv_source: str = Field(pattern=r"^https?://", description="where those cache types are listed")
    ignores_sliding_window: list[str] = Field(default_factory=list,
                                              description="architectures whose sliding window this runtime does not apply")
    ignores_sliding_window_source: Optional[str] = Field(None, pattern=r"^https?://")
    mla_cache_factor: float = Field(1.0, ge=1, description="MLA cache kept ÷ the latent (kv_lora_rank + rope dims)")
    mla_cache_source: Optional[str] = Field(None, pattern=r"^https?://")

    def overhead(self, context: int, vocab: Optional[int] = None, hidden: Optional[int] = None) -> int:
        per_token = self.compute_bytes_per_token * (hidden or self.reference_hidden_size) / self.reference_hidden_size
        return (self.fixed_bytes + self.bytes_per_vocab_entry * (vocab or self.vocab_fallback)
                + round(per_token * context))

    def kv_precision(self, asked: int) -> int:
        """The precision the cache is kept at: the asked one, or the nearest finer one the runtime offers."""
        offered = sorted(bits for bits in self.kv_bytes_per_value if bits >= asked)
        return offered[0] if offered else 16


class SpeedRule(_Row):
    """Decode speed: seconds per token = bytes read per token (active weights + KV cache) ÷
    (bandwidth × efficiency) + a fixed latency per token; the range is what the measurements give."""

    efficiency: float = Field(gt=0, le=1, description="share of the memory bandwidth a token's reads reach")
    latency_s: float = Field(ge=0, description="fixed time per token beyond reading memory (kernels, sampling)")
    low: float = Field(gt=0, le=1, description="lowest measured ÷ predicted speed among the calibration runs")
    high: float = Field(ge=1, description="highest measured ÷ predicted speed among the calibration runs")
    basis: str = Field(min_length=1)

    def tokens_per_s(self, read_bytes: int, bandwidth: int) -> float:
        return 1 / (read_bytes / (bandwidth * self.efficiency) + self.latency_s)


class FitRules(_Row):
    """The stated rule that turns weights + KV cache into memory needed, and needed into a verdict."""

    runtimes: dict[Engine, RuntimeRule] = Field(description="per runtime: allowance, compute buffer, KV cache types")
    tight_share: float = Field(gt=0, le=1, description="needed above this share of usable memory is tight")
    tight_basis: str = Field(min_length=1, description="what the tight line is for")
    contexts: list[int] = Field(description="context lengths the site shows")
    kv_precisions: list[int] = Field(description="KV-cache precisions offered, in bits (16 is the default)")
    speed: Optional[SpeedRule] = None
    browser_file_limit_bytes: int = Field(gt=0)
    browser_file_limit_source: str = Field(pattern=r"^https?://")
    browser_budget_bytes: int = Field(gt=0)
    browser_budget_source: str = Field(pattern=r"^https?://")

    def overhead(self, engine: str, context: int, vocab: Optional[int] = None, hidden: Optional[int] = None) -> int:
        return self.runtimes[engine].overhead(context, vocab, hidden)

    def verdict(self, needed: Optional[int], usable: int) -> Verdict:
        if needed is None:
            return "unknown"
        if needed > usable:
            return "no"
        return "tight" if needed > usable * self.tight_share else "fits"


class FitRow(_Row):
    """Memory one model needs in one weight format at one context length (device-independent)."""

    model: str
    format: str = Field(description="`safetensors`, `gguf:Q4_K_M`, `onnx:model_q4`, or an estimate fp16/int8/int4")
    estimated: bool = Field(description="weights from parameters × bits, no such file")
    context: int = Field(description="the context asked for, never capped")
    context_limit: Optional[int] = Field(None, description="the model's own longest context (null: not stated)")
    weights_bytes: Optional[int]
    weights_basis: str
    kv_bytes: Optional[int]
    kv_basis: str
    kv_precision: int = Field(16, description="bits per cached value the runtime keeps (asked, or the nearest it offers)")
    engine: Engine = Field("vllm", description="the runtime that loads this weight format")
    overhead_bytes: Optional[int]
    overhead_basis: str = ""
    total_bytes: Optional[int]


def export_columns() -> list[str]:
    """The CSV/JSON download columns, in order: every ModelRow field marked export=True."""
    return [name for name, info in ModelRow.model_fields.items()
            if (info.json_schema_extra or {}).get("export")]


def models_json_schema() -> dict:
    """JSON Schema of data/models.yaml, generated from the models above."""
    schema = ModelsFile.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "LLM Sizes derived model table (data/models.yaml)",
              "description": "Generated from pipeline/contract.py by `python -m pipeline compute`; do not edit.",
              **schema}
    return schema
