"""Where the figures come from, as counts and dates for the catalog's wording (live, reconstructed, published).

Every sentence about the data's origin and freshness (meta description, the note under data pages,
the freshness block) takes these values, so no page says "live" when no row was read live.
"""

from __future__ import annotations

from pipeline.i18n.formatting import format_day


def basis(meta: dict) -> str:
    """'live' (every Hub row read from the Hub), 'mixed', or 'reconstructed' (none read live)."""
    live, rebuilt = meta.get("fetched_models") or 0, meta.get("reconstructed_models") or 0
    if live and not rebuilt:
        return "live"
    return "mixed" if live else "reconstructed"


def source_values(meta: dict, lang: str, total: int | None = None) -> dict:
    """The variables of site.description, notice.data_as_of and fit.freshness."""
    live, rebuilt = meta.get("fetched_models") or 0, meta.get("reconstructed_models") or 0
    models = meta.get("models") or total or 0
    hub = meta.get("hub_models")
    published = max(models - (hub if hub is not None else live + rebuilt), 0)
    return {"basis": basis(meta), "live": live, "reconstructed": rebuilt, "published": published, "total": models,
            "live_date": format_day(meta.get("fetched_as_of") or meta.get("data_as_of"), lang),
            "reconstructed_date": format_day(meta.get("reconstructed_as_of") or meta.get("data_as_of"), lang)}
