"""data/calibration.yaml: published measurements the fit rule is tuned on and tested against.

Three kinds, each with its source: `memory` (a runtime's measured memory for one model, format and
context), `statements` (a developer's "runs on one X" about a tracked model) and `speed` (measured
decode tokens per second with the device's memory bandwidth). Loading validates every entry
(a missing source or an impossible value stops with file:line); predicting is pure.
"""

from __future__ import annotations

import math
import statistics
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.contract import Engine, FitRules, SpeedRule
from pipeline.errors import CatalogError
from pipeline.fileio.yamlfile import load_located

URL = r"^https?://"


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MemoryObservation(_Entry):
    """One measured memory total: what the runtime loaded, kept and allocated for one run."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    model: str = Field(min_length=1, description="the model as the source names it")
    runtime: Engine
    version: str = Field(min_length=1, description="runtime version or date, as the source gives it")
    format: str = Field(min_length=1)
    context: int = Field(gt=0, description="context cells allocated (llama.cpp -c, vLLM max_model_len, tokens processed for MLX)")
    kv_precision: Literal[16, 8, 4] = 16
    devices: int = Field(1, ge=1, description="GPUs the run was split over: each keeps its own buffers")
    vocab_size: Optional[int] = Field(None, gt=0)
    hidden_size: Optional[int] = Field(None, gt=0)
    weights_bytes: int = Field(gt=0, description="weights the runtime loaded")
    weights_basis: str = Field(min_length=1)
    kv_bytes_per_token: int = Field(ge=0, description="KV cache per token at 16 bits, every caching layer together")
    kv_state_bytes: int = Field(0, ge=0, description="fixed recurrent state (hybrid models)")
    kv_basis: str = Field(min_length=1)
    measured_bytes: int = Field(gt=0)
    measured: str = Field(min_length=1, description="what the measured figure counts")
    device: str = Field(min_length=1)
    source: str = Field(pattern=URL)
    quote: str = Field(min_length=1)
    superseded: Optional[str] = Field(None, description="why this run no longer reflects the runtime (kept, not tested)")


class Statement(_Entry):
    """A developer's statement that a tracked model runs (or does not) on a device of data/devices.yaml."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    model: str = Field(min_length=1, description="a tracked model id (data/models.yaml)")
    format: str = Field(min_length=1, description="weight format key, as `pipeline fit --format` takes it")
    device: str = Field(min_length=1, description="a device id of data/devices.yaml")
    context: int = Field(gt=0)
    expect: Literal["runs", "does-not-run"]
    claim: str = Field(min_length=1)
    source: str = Field(pattern=URL)
    quote: str = Field(min_length=1)


class SpeedObservation(_Entry):
    """One measured decode speed (batch 1) with the bandwidth of the device it ran on."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    model: str = Field(min_length=1)
    runtime: Engine
    format: str = Field(min_length=1)
    device: str = Field(min_length=1)
    bandwidth_bytes_per_s: int = Field(gt=0)
    bandwidth_source: str = Field(pattern=URL)
    weights_bytes: int = Field(gt=0, description="weights read per token (active share of MoE applied)")
    weights_basis: str = Field(min_length=1)
    kv_bytes: int = Field(0, ge=0, description="KV cache read per token at the measured context")
    tokens_per_s: float = Field(gt=0)
    source: str = Field(pattern=URL)
    quote: str = Field(min_length=1)


class CalibrationFile(_Entry):
    memory: list[MemoryObservation]
    statements: list[Statement]
    speed: list[SpeedObservation]


def load_calibration(path: Path) -> CalibrationFile:
    """Parse and validate `path`; any problem raises CatalogError naming file, line and field."""
    located = load_located(Path(path), CatalogError)
    if not isinstance(located.data, dict):
        raise CatalogError(f"{path}:1: expected a mapping with 'memory', 'statements' and 'speed'")
    try:
        parsed = CalibrationFile.model_validate(located.data)
    except ValidationError as exc:
        raise CatalogError(located.validation_problems(exc)) from None
    for kind in ("memory", "statements", "speed"):
        seen: dict[str, int] = {}
        for position, entry in enumerate(getattr(parsed, kind)):
            if entry.id in seen:
                raise CatalogError(f"{located.where((kind, position, 'id'))}: {kind}.{position}.id: "
                                   f"{entry.id!r} is listed twice (first at {kind}.{seen[entry.id]})")
            seen[entry.id] = position
    return parsed


def check_against(calibration: CalibrationFile, ladder: object, path: Path) -> None:
    """Statements must name a device of data/devices.yaml and speed entries a runtime of the rule."""
    located = load_located(Path(path), CatalogError)
    ids = {device.id for device in ladder.devices}
    for position, statement in enumerate(calibration.statements):
        if statement.device not in ids:
            raise CatalogError(f"{located.where(('statements', position, 'device'))}: statements.{position}.device: "
                               f"{statement.device!r} is not a device of data/devices.yaml")


# Predictions -------------------------------------------------------------------------------------


def predict_memory(obs: MemoryObservation, rules: FitRules) -> int:
    """The fit rule's total for the observed run: weights + KV cache at its precision + overhead
    (the runtime's fixed and vocabulary-sized buffers once per device, the compute growth per token)."""
    runtime = rules.runtimes[obs.runtime]
    bits = runtime.kv_precision(obs.kv_precision)
    kv = round(obs.kv_bytes_per_token * obs.context * runtime.kv_bytes_per_value[bits] / 2) + obs.kv_state_bytes
    per_device = runtime.fixed_bytes + runtime.bytes_per_vocab_entry * (obs.vocab_size or runtime.vocab_fallback)
    growth = runtime.overhead(obs.context, 1, obs.hidden_size) - runtime.overhead(0, 1, obs.hidden_size)
    return obs.weights_bytes + kv + per_device * obs.devices + growth


def memory_error(obs: MemoryObservation, rules: FitRules) -> float:
    """(predicted − measured) ÷ measured."""
    return (predict_memory(obs, rules) - obs.measured_bytes) / obs.measured_bytes


def bound_seconds(obs: SpeedObservation) -> float:
    """Time per token if only memory bandwidth counted: bytes read per token ÷ bandwidth."""
    return (obs.weights_bytes + obs.kv_bytes) / obs.bandwidth_bytes_per_s


def fitted_speed_rule(observations: list[SpeedObservation]) -> SpeedRule:
    """The speed rule the measurements give: measured seconds per token against the bandwidth bound,
    a straight line (slope 1 ÷ efficiency, intercept the fixed latency), and the lowest and highest
    measured ÷ predicted speed as the range."""
    slope, intercept = statistics.linear_regression([bound_seconds(obs) for obs in observations],
                                                    [1 / obs.tokens_per_s for obs in observations])
    rule = SpeedRule(efficiency=round(1 / slope, 2), latency_s=round(intercept, 4), low=0.5, high=1.0,
                     basis=f"fitted to {len(observations)} measured decode speeds (data/calibration.yaml)")
    ratios = [obs.tokens_per_s / rule.tokens_per_s(obs.weights_bytes + obs.kv_bytes, obs.bandwidth_bytes_per_s)
              for obs in observations]
    return rule.model_copy(update={"low": math.floor(min(ratios) * 100) / 100,
                                   "high": math.ceil(max(ratios) * 100) / 100})


def summary(calibration: CalibrationFile, rules: FitRules) -> list[dict]:
    """Per memory observation: measured and predicted bytes, the error and its source (data/fit.yaml)."""
    return [{"id": obs.id, "model": obs.model, "runtime": obs.runtime, "format": obs.format, "context": obs.context,
             "measured_bytes": obs.measured_bytes, "predicted_bytes": predict_memory(obs, rules),
             "error": round(memory_error(obs, rules), 4), "superseded": obs.superseded is not None,
             "source": obs.source} for obs in calibration.memory]


def speed_summary(calibration: CalibrationFile, rules: FitRules) -> list[dict]:
    """Per decode-speed measurement: measured and predicted tokens per second (data/fit.yaml)."""
    if rules.speed is None:
        return []
    out = []
    for obs in calibration.speed:
        predicted = rules.speed.tokens_per_s(obs.weights_bytes + obs.kv_bytes, obs.bandwidth_bytes_per_s)
        out.append({"id": obs.id, "model": obs.model, "runtime": obs.runtime, "format": obs.format,
                    "device": obs.device, "measured_tokens_per_s": obs.tokens_per_s,
                    "predicted_tokens_per_s": round(predicted, 2),
                    "error": round((predicted - obs.tokens_per_s) / obs.tokens_per_s, 4), "source": obs.source})
    return out


def worst_misses(calibration: CalibrationFile, rules: FitRules, count: int = 5) -> list[tuple[MemoryObservation, int, float]]:
    """(observation, predicted, error) of the `count` largest misses, superseded runs included."""
    rows = [(obs, predict_memory(obs, rules), memory_error(obs, rules)) for obs in calibration.memory]
    return sorted(rows, key=lambda item: -abs(item[2]))[:count]
