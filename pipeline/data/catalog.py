"""Catalog stage: load and validate data/catalog.yaml (which models the site tracks)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.errors import CatalogError
from pipeline.fileio.yamlfile import LocatedYaml, load_located

REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExtraFile(_Strict):
    """A downloadable weight file outside the tracked repo (e.g. a MediaPipe build), with its source."""

    format: Literal["safetensors", "gguf", "onnx", "mediapipe", "tflite", "pytorch", "other"]
    file: str = Field(min_length=1)
    size_bytes: int = Field(gt=0)
    source: str = Field(min_length=8)
    repo: str | None = None
    quant: str | None = None
    note: str | None = None
    basis: Literal["published", "third-party"] = Field(
        "third-party", description="published: the model's developer states the size; third-party: anyone else")


class WebBuild(_Strict):
    """A prebuilt in-browser build of this model (WebLLM/MLC, Transformers.js ONNX, MediaPipe), with its source."""

    runtime: Literal["webllm", "transformers.js", "mediapipe"]
    build: str = Field(min_length=1, description="the runtime's id of the build, e.g. a WebLLM model_id")
    repo: str | None = None
    memory_mb: float | None = Field(None, gt=0, description="memory the runtime says the build needs (WebLLM vram_required_MB)")
    context: int | None = Field(None, gt=0, description="context window the build is compiled for")
    source: str = Field(min_length=8)


class HubModel(_Strict):
    """A model read from the Hugging Face Hub; only `id` is required."""

    id: str
    name: str | None = None
    family: str | None = None
    tags: tuple[str, ...] = ()
    extra_files: tuple[ExtraFile, ...] = ()
    web_builds: tuple[WebBuild, ...] = ()
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _repo_id(cls, value: str) -> str:
        if not REPO_ID.match(value):
            raise ValueError(f"{value!r} is not a Hub repo id like 'owner/name'")
        return value

    @property
    def key(self) -> str:
        return self.id


class OffHubModel(_Strict):
    """A model not on the Hub (GPT-4, PaLM …): a cited published size, or undisclosed."""

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    name: str = Field(min_length=1)
    family: str | None = None
    tags: tuple[str, ...] = ()
    params_total: int | None = Field(default=None, gt=0)
    params_active: int | None = Field(default=None, gt=0)
    undisclosed: bool = False
    source: str = Field(min_length=8)
    source_title: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _size_or_undisclosed(self) -> "OffHubModel":
        if self.undisclosed and self.params_total is not None:
            raise ValueError("give either params_total or undisclosed: true, not both")
        if not self.undisclosed and self.params_total is None:
            raise ValueError("needs a cited params_total, or undisclosed: true (never a guess)")
        return self


class DiscoveredModel(HubModel):
    """A Hub model a catalog rule brought in (never written in catalog.yaml: see `Catalog.with_discovered`)."""

    discovered_by: str


NUM_PARAMETERS = re.compile(r"^(min:\d+(\.\d+)?[KMBT]?)?(,?max:\d+(\.\d+)?[KMBT]?)?$")


class Rule(_Strict):
    """Models found through the Hub's list endpoint (`HfApi.list_models`), e.g. the 100 most
    downloaded text-generation models between 6B and 9B parameters."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    pipeline_tag: str | None = None
    library: str | None = None
    author: str | None = None
    num_parameters: str | None = None
    sort: Literal["downloads", "trendingScore", "likes", "lastModified", "createdAt"] = "downloads"
    limit: int = Field(default=100, ge=1, le=5000)
    tags: tuple[str, ...] = ()
    note: str | None = None

    @field_validator("num_parameters")
    @classmethod
    def _range(cls, value: str | None) -> str | None:
        if value is not None and (not value or not NUM_PARAMETERS.match(value)):
            raise ValueError(f"{value!r} is not a parameter range like 'min:6B,max:9B', 'min:6B' or 'max:128B'")
        return value

    def list_arguments(self) -> dict:
        """Keyword arguments of `HfApi.list_models` for this rule."""
        arguments = {"pipeline_tag": self.pipeline_tag, "filter": self.library, "author": self.author,
                     "num_parameters": self.num_parameters, "sort": self.sort, "limit": self.limit}
        return {key: value for key, value in arguments.items() if value is not None}


class Catalog(_Strict):
    models: tuple[HubModel, ...] = ()
    offhub: tuple[OffHubModel, ...] = ()
    rules: tuple[Rule, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> "Catalog":
        seen: set[str] = set()
        for entry in (*self.models, *self.offhub):
            key = entry.key.lower()
            if key in seen:
                raise ValueError(f"{entry.key!r} is listed twice")
            seen.add(key)
        rule_ids = [rule.id for rule in self.rules]
        for rule_id in rule_ids:
            if rule_ids.count(rule_id) > 1:
                raise ValueError(f"rule {rule_id!r} is listed twice")
        return self

    def rule(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def with_discovered(self, discovered: dict[str, str]) -> "Catalog":
        """This catalog plus the models rules brought in (`{repo id: rule id}`, e.g. read from the
        snapshots' `provenance.rule`); a model also listed by hand stays the hand-listed one."""
        listed = {model.id.lower() for model in self.models}
        extra = []
        for repo_id, rule_id in sorted(discovered.items()):
            rule = self.rule(rule_id)
            if rule is None or repo_id.lower() in listed or not REPO_ID.match(repo_id):
                continue
            extra.append(DiscoveredModel(id=repo_id, tags=rule.tags, discovered_by=rule_id))
        return self.model_copy(update={"models": (*self.models, *extra)})

    def hub_ids(self) -> list[str]:
        return [model.id for model in self.models]

    def by_id(self, repo_id: str) -> HubModel:
        for model in self.models:
            if model.id == repo_id:
                return model
        raise KeyError(repo_id)


def load_catalog(path: Path) -> Catalog:
    """Load `path`; any problem raises CatalogError naming file, line and field."""
    located = load_located(Path(path), CatalogError)
    if not isinstance(located.data, dict):
        raise CatalogError(f"{path}:1: expected a mapping with a 'models' list (and/or 'rules')")
    duplicates = _duplicate_entries(located)
    if duplicates:
        raise CatalogError("\n".join(duplicates))
    try:
        return Catalog.model_validate(located.data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            field = ".".join(str(part) for part in loc) or "(top level)"
            message = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                message = "unknown field (typo?)"
            problems.append(f"{located.where(loc)}: {field}: {message}")
        raise CatalogError("\n".join(problems)) from None


def _duplicate_entries(located: LocatedYaml) -> list[str]:
    """Ids/keys listed twice, located at the repeat (the model validator alone can only say 'top level')."""
    seen: dict[str, tuple] = {}
    problems = []
    for section, field in (("models", "id"), ("offhub", "key"), ("rules", "id")):
        entries = located.data.get(section)
        for position, entry in enumerate(entries if isinstance(entries, list) else []):
            value = entry.get(field) if isinstance(entry, dict) else None
            if not isinstance(value, str):
                continue
            loc = (section, position, field)
            first = seen.setdefault(value.lower(), loc)
            if first != loc:
                problems.append(f"{located.where(loc)}: {section}.{position}.{field}: {value!r} is listed twice "
                                f"(first on line {located.line_of(first)})")
    return problems
