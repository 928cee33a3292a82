"""Exports: the model table as CSV and JSON files readers can download (same rows as the page)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pipeline.contract import export_columns
from pipeline.site.context import SiteData
from pipeline.site.html import plain_text
from pipeline.fileio.atomic import write_atomic

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PRECISIONS = ("fp32", "fp16", "int8", "int4")
DOWNLOAD_KEYS = ("format", "variant", "file", "files", "bytes", "basis", "source")


def write_exports(data: SiteData, out_dir: Path) -> list[Path]:
    """Write models.csv and models.json into `out_dir` (site/downloads/); returns the files changed."""
    # Process data.
    rows = export_rows(data)
    outputs = {"models.csv": csv_text(rows), "models.json": json_text(data, rows)}
    # Save outputs.
    changed = []
    for name, text in outputs.items():
        path = Path(out_dir) / name
        if write_atomic(path, text):  # each language build calls this; unchanged bytes are not rewritten
            changed.append(path)
    return changed


def export_rows(data: SiteData) -> list[dict]:
    """One record per model, in the page's order, with the exact figures from data/models.yaml.

    The columns are pipeline.contract.export_columns() (the ModelRow fields marked export=True), in
    that order; memory_bytes is spread into memory_<precision>_bytes columns so a spreadsheet can
    sort them. Nothing here restates the field list."""
    records = []
    columns = export_columns()
    for row in data.models:
        record: dict = {}
        for column in columns:
            value = row.get(column)
            if column == "memory_bytes":
                memory = value or {}
                record.update({f"memory_{p}_bytes": memory.get(p) for p in PRECISIONS})
            elif column == "downloads":
                record["downloads"] = [{k: d.get(k) for k in DOWNLOAD_KEYS} for d in value or []]
            elif column == "tags":
                record["tags"] = list(value or [])
            elif column == "undisclosed":
                record["undisclosed"] = bool(value)
            else:
                record[column] = value
        records.append(record)
    return records


def csv_text(rows: list[dict]) -> str:
    """CSV with one row per model (downloads as a count); cells safe to open in a spreadsheet."""
    columns = [c for c in rows[0] if c != "downloads"] + ["download_options"] if rows else []
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        values = {**row, "download_options": len(row["downloads"])}
        writer.writerow([csv_cell(values[c]) for c in columns])
    return buffer.getvalue()


def csv_cell(value: object) -> str:
    """A spreadsheet-safe cell: no formulas (=, +, -, @ get a leading '), no control characters."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)  # numbers stay numbers, even negative ones
    if isinstance(value, dict):  # packed_weights, kv_cache: compact JSON in one cell
        value = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if isinstance(value, (list, tuple)):
        value = ";".join(plain_text(v) for v in value)
    text = plain_text(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def json_text(data: SiteData, rows: list[dict]) -> str:
    """JSON with the data date and every record; strings cleaned of bidi-override characters."""
    def clean(value):
        if isinstance(value, str):
            return plain_text(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    document = {
        "generator": "LLM Sizes, from data/models.yaml (python -m pipeline compute)",
        "data_as_of": data.meta.get("data_as_of"),
        "units": {"bytes": "decimal bytes (1 GB = 1,000,000,000 bytes)"},
        "models": clean(rows),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
