"""fit.total_function and fit.kv_function equal fit_row's figures, shown_decimal the Babel round trip it replaced."""

from __future__ import annotations

import random
from decimal import Decimal

from pipeline.data import fit
from pipeline.data.devices import load_devices
from pipeline.fileio.yamlfile import load_fast
from pipeline.i18n.formatting import format_decimal_number
from pipeline.site.model_fit import shown_decimal
from tests.conftest import ROOT

RULES = load_devices(ROOT / "data" / "devices.yaml").rules
MODELS = load_fast(ROOT / "data" / "models.yaml")["models"]
# the branches the real data may lack: a flat per-token cache (no layer detail), a model with no limit
EXTRA = [{"id": "x/flat", "context_length": 8192, "params_total": 10**9, "kv_cache_bytes_per_token": 98_304,
          "vocab_size": 32000, "hidden_size": 2048},
         {"id": "x/no-limit", "params_total": 3 * 10**8, "kv_cache_bytes_per_token": 12_345}]


def _contexts(row: dict, rng: random.Random) -> set[int]:
    limit = row.get("context_length") or 131072
    window = (row.get("kv_cache") or {}).get("sliding_window") or 4096
    near = {1, 2, 3, 512, 4096, 131072, limit - 1, limit, limit + 1, window - 1, window, window + 1}
    return {c for c in near if c > 0} | {rng.randint(1, 2 * limit) for _ in range(6)}


def test_total_function_equals_fit_row_everywhere():
    rng, checked, kinds = random.Random(22), 0, set()
    for row in MODELS + EXTRA:
        formats = fit.weight_formats(row)
        for fmt in formats:
            engines = {fmt.get("engine") or "vllm"} | set(RULES.runtimes)
            for engine in sorted(engines):
                variant = {**fmt, "engine": engine}
                for bits in (4, 8, 16):
                    total_at = fit.total_function(row, variant, RULES, bits)
                    kv_at = fit.kv_function(row, RULES.runtimes[engine], bits)
                    for context in _contexts(row, rng):
                        result = fit.fit_row(row, variant, context, RULES, bits)
                        expected = result.total_bytes
                        assert total_at(context) == expected, (row["id"], variant["format"], engine, bits, context)
                        assert (None if kv_at is None else kv_at(context)) == result.kv_bytes, (row["id"], engine, bits)
                        assert RULES.runtimes[engine].overhead(context, row.get("vocab_size"), row.get("hidden_size")) \
                            == result.overhead_bytes
                        checked += 1
                        kinds.add(((row.get("kv_cache") or {}).get("status"), expected is None))
    assert checked > 10_000
    assert {("computed", False), ("unknown", True), ("not-applicable", False), (None, False)} <= kinds


def _largest_reference(row, fmt, usable, rules, bits, runs):
    """The search as it was before total_function: fit_row at every step."""
    limit, wanted = row.get("context_length"), ("fits", "tight") if runs else ("fits",)

    def ok(context):
        total = fit.fit_row(row, fmt, context, rules, bits).total_bytes
        return None if total is None else rules.verdict(total, usable) in wanted

    first = ok(1)
    if first is None or not first:
        return None if first is None else 0
    if not limit:
        return None
    if ok(limit):
        return limit
    low, high = 1, limit
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if ok(middle) else (low, middle)
    return low


def test_largest_context_unchanged_on_every_device():
    devices = load_devices(ROOT / "data" / "devices.yaml").devices
    for row in MODELS[::3] + EXTRA:
        fmt = fit.find_format(row, "int4") or (fit.weight_formats(row) or [None])[0]
        if fmt is None:
            continue
        for device in devices:
            for runs in (False, True):
                assert fit.largest_context(row, fmt, device.usable_bytes, RULES, 8, runs) == \
                    _largest_reference(row, fmt, device.usable_bytes, RULES, 8, runs), (row["id"], device.id, runs)


def _shown_reference(value: float, digits: int) -> float:
    return float(format_decimal_number(value, "en", digits).replace(",", ""))


def test_shown_decimal_equals_the_babel_round_trip():
    rng = random.Random(7)
    values = [0.0, 1.0, 0.5, 0.05, 0.005, 0.0125, 0.0135, 2.675, 1.005, 9.995, 99.5, 999.5, 0.995, 12345.678, 0.1 + 0.2]
    values += [rng.uniform(0, 10) ** rng.uniform(-4, 6) for _ in range(20_000)]
    # halves at every place: where half-up (round_significant) and half-even (Babel) could part
    values += [float(Decimal(rng.randint(1, 9999)) * Decimal(10) ** rng.randint(-6, 4) + Decimal(5) * Decimal(10) ** e)
               for e in range(-7, 3) for _ in range(300)]
    for value in values:
        for digits in (1, 2, 3, 4):
            for signed in (value, -value):
                got, want = shown_decimal(signed, digits), _shown_reference(signed, digits)
                assert got == want and str(got) == str(want), (signed, digits, got, want)
