"""What one build knows: the derived data read once from data/, and the page being rendered."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.data.fit import FormatMemo
from pipeline.errors import MarkerError
from pipeline.fileio.yamlfile import load_fast_cached
from pipeline.i18n.locales import Locale


@dataclass
class SiteData:
    """Everything the renderers read from data/ (loaded once per build, shared by every language)."""

    models: list[dict]
    meta: dict
    size_classes: list[dict]
    devices: list[dict] = field(default_factory=list)
    fit_rules: dict = field(default_factory=dict)
    fit_models: list[dict] = field(default_factory=list)  # data/fit.yaml `models`: formats, KV, browser
    calibration: list[dict] = field(default_factory=list)  # data/fit.yaml: predicted against measured memory
    calibration_speed: list[dict] = field(default_factory=list)  # … and decode speed
    by_id: dict[str, dict] = field(init=False)
    # Figures derived from the rows that every language's page repeats (fit_tables: the largest
    # model per device): computed by the first language, reused by the rest.
    derived: dict = field(init=False, default_factory=dict, repr=False, compare=False)
    # sha256 of the data/ files these rows were read from (None when built in memory): a cache of
    # anything made from the rows (charts.chart_inputs) is keyed by it
    content_hash: str | None = field(default=None, repr=False, compare=False)
    # the rows' weight formats, worked out once each (remember_formats; None: worked out on every call)
    formats: FormatMemo | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.by_id = {row["id"]: row for row in self.models}
        self.devices_by_id = {device["id"]: device for device in self.devices}
        self.fit_by_id = {entry["id"]: entry for entry in self.fit_models}

    def remember_formats(self) -> None:
        """Work out each row's weight formats once from now on: a build's rows stay as loaded (build.start_build)."""
        self.formats = FormatMemo(self.models)

    def model(self, model_id: str) -> dict:
        """A model by id, or by its place in the data: `@smallest` / `@largest` (known parameter counts),
        so prose about the range names the same models as the chart after every refresh."""
        if model_id in ("@smallest", "@largest"):
            known = [r for r in self.models if r.get("params_total")]
            if not known:
                raise MarkerError(f"{model_id}: no model has a known parameter count")
            pick = min if model_id == "@smallest" else max
            return pick(known, key=lambda r: (r["params_total"], r["id"]))
        try:
            return self.by_id[model_id]
        except KeyError:
            raise MarkerError(f"unknown model id {model_id!r} (not in data/models.yaml)") from None

    def device(self, device_id: str) -> dict:
        try:
            return self.devices_by_id[device_id]
        except KeyError:
            known = ", ".join(self.devices_by_id) or "none"
            raise MarkerError(f"unknown device {device_id!r} (data/devices.yaml has: {known})") from None


def load_site_data(data_dir: Path, cache_dir: Path | None = None) -> SiteData:
    """data/'s tables; with `cache_dir` (the build's .cache/data/) parsed once per version of each file."""
    data_dir = Path(data_dir)
    models = load_fast_cached(data_dir / "models.yaml", cache_dir)
    classes = load_fast_cached(data_dir / "size_classes.yaml", cache_dir)
    fit = load_fast_cached(data_dir / "fit.yaml", cache_dir) if (data_dir / "fit.yaml").exists() else {}
    data = SiteData(models["models"], models["meta"], classes["size_classes"],
                    fit.get("devices", []), fit.get("rules", {}), fit.get("models", []),
                    fit.get("calibration", []), fit.get("calibration_speed", []))
    digest = hashlib.sha256()
    for name in ("models.yaml", "size_classes.yaml", "fit.yaml"):
        path = data_dir / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"-") + b"\0")
    data.content_hash = digest.hexdigest()
    return data


@dataclass
class Page:
    """What a renderer knows about the page it fills."""

    lang: str
    locale: Locale
    data: SiteData
    src_path: str = "?"
    base_url: str = ""  # relative path from this page to the site root (all languages): "../../"
