"""Decode speed (pure): tokens per second of one model in one weight format on one device.

Generating a token reads every active weight and the whole KV cache once, so the time per token is
bytes read ÷ (memory bandwidth × efficiency) plus a fixed latency (kernel launches, sampling): both
fitted to the measured speeds of data/calibration.yaml `speed` (data/devices.yaml `rules.speed`).
Mixture-of-experts models read only their active parameters' share of the weights per token.
"""

from __future__ import annotations

from typing import Optional

from pipeline.contract import SpeedRule


def _get(row: object, key: str) -> object:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def active_share(row: object) -> float:
    """Share of the weights read per token: active ÷ total parameters (1 for a dense model)."""
    total, active = _get(row, "params_total"), _get(row, "params_active")
    return active / total if total and active and active < total else 1.0


def bytes_per_token(weights_bytes: Optional[int], kv_bytes: Optional[int], share: float) -> Optional[int]:
    if weights_bytes is None or kv_bytes is None:
        return None
    return round(weights_bytes * share) + kv_bytes


def decode_speed(read_bytes: Optional[int], bandwidth: Optional[int], rule: SpeedRule) -> Optional[dict]:
    """{"tokens_per_s", "low", "high"} (rounded to 0.1) or None when bandwidth or bytes are unknown."""
    if not read_bytes or not bandwidth:
        return None
    speed = rule.tokens_per_s(read_bytes, bandwidth)
    return {"tokens_per_s": round(speed, 1), "low": round(speed * rule.low, 1), "high": round(speed * rule.high, 1)}


def basis_text(rule: SpeedRule, read_bytes: int, share: float) -> str:
    moe = f" (weights × {share:.3f}: active ÷ total parameters)" if share < 1 else ""
    return (f"1 ÷ ({read_bytes:,} B read per token{moe} ÷ (bandwidth × {rule.efficiency:.2f}) + "
            f"{rule.latency_s * 1000:.1f} ms), range × {rule.low:.2f}–{rule.high:.2f}; {rule.basis}")
