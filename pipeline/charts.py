"""Charts stage: Altair specs per language rendered to static SVG at build time."""

from __future__ import annotations

from pipeline.errors import MarkerError

CHARTS = ("scale", "classes", "memory", "downloads")


def render_chart_block(page, args: list[str], options: dict) -> str:
    name = args[0] if args else ""
    if name not in CHARTS:
        raise MarkerError(f"unknown chart {name!r} (known: {', '.join(CHARTS)})")
    return f'<div class="ls-chart" data-chart="{name}"></div>'  # placeholder until the charts land
