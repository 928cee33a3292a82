"""Load data/devices.yaml: the device ladder and the fit rule, validated against the contract."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.contract import Device, FitRules
from pipeline.errors import CatalogError
from pipeline.fileio.yamlfile import load_located


class DevicesFile(BaseModel):
    """data/devices.yaml"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: FitRules
    devices: list[Device]


def load_devices(path: Path) -> DevicesFile:
    """Parse and validate `path`; any problem raises CatalogError naming file, line and field."""
    located = load_located(Path(path), CatalogError)
    if not isinstance(located.data, dict):
        raise CatalogError(f"{path}:1: expected a mapping with 'rules' and 'devices'")
    try:
        parsed = DevicesFile.model_validate(located.data)
    except ValidationError as exc:
        raise CatalogError(located.validation_problems(exc)) from None
    seen: dict[str, int] = {}
    for position, device in enumerate(parsed.devices):
        if device.id in seen:
            raise CatalogError(f"{located.where(('devices', position, 'id'))}: devices.{position}.id: "
                               f"{device.id!r} is listed twice (first at devices.{seen[device.id]})")
        seen[device.id] = position
    return parsed
