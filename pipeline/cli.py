"""Command line: `python -m pipeline <command>`; the order of the refresh stages lives here."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline.errors import PipelineError

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT = 0, 1, 2

DESCRIPTION = """\
LLM Sizes data pipeline.

  refresh      read model metadata from the Hugging Face Hub into data/hub/, then compute
  compute      recompute data/models.yaml and data/size_classes.yaml from data/hub/ (offline)
  reconstruct  rebuild data/hub/ from the sourced reference facts (the first snapshot)
  changes      summarise data/ changes against git and decide whether to commit (scheduled job)
  i18n         translation status, staleness and scaffolding for contributors

Run `python -m pipeline COMMAND --help` for each command's options.
Exit codes: 0 success; 1 partial (refresh: some models stale) or a --check found something to fix;
2 bad input (the message names file and line) or nothing usable; 130 interrupted.
"""


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog", type=Path, default=None, metavar="PATH",
        help="catalog of tracked models (default: <data-dir>/catalog.yaml)",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=Path("data"), metavar="DIR",
        help="data folder holding hub/ and the derived tables (default: data/)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    refresh = commands.add_parser(
        "refresh", help="fetch from the Hub, then compute",
        description="Fetch model info, file lists and config.json from the Hub for every catalog "
        "model, keep the last good snapshot of any model that fails, then recompute the derived "
        "tables. A snapshot whose only change is the fetch time or client is not rewritten. HF_TOKEN is read "
        "from the environment (never stored); HF_ENDPOINT is honoured. Exit 0: every model read; "
        "1: some stale (listed in data/refresh-status.yaml, last good data kept); 2: more than "
        "--max-failure-share failed, nothing written.",
    )
    _add_common(refresh)
    refresh.add_argument("--only", nargs="+", metavar="ID", default=None,
                         help="refresh only these repo ids (others keep their snapshot)")
    refresh.add_argument("--endpoint", metavar="URL", default=None,
                         help="Hub endpoint (default: $HF_ENDPOINT or https://huggingface.co)")
    refresh.add_argument("--concurrency", type=int, default=8, metavar="N",
                         help="models fetched at once; each may have 2 requests in flight (default: 8)")
    refresh.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS",
                         help="per-request timeout (default: 20)")
    refresh.add_argument("--retries", type=int, default=4, metavar="N",
                         help="retries per request on 408/429/5xx, timeouts, dropped connections and "
                         "invalid JSON; Retry-After is honoured up to 120 s (default: 4)")
    refresh.add_argument("--max-failure-share", type=float, default=0.2, metavar="FRACTION",
                         help="if more than this share of models fail, write nothing (default: 0.2)")
    refresh.add_argument("--no-compute", action="store_true", help="fetch only")
    refresh.set_defaults(handler=cmd_refresh)

    compute = commands.add_parser(
        "compute", help="recompute derived tables from data/hub/ (offline)",
        description="Recompute data/models.yaml and data/size_classes.yaml from the raw snapshot. "
        "Pure and offline; unchanged input gives byte-identical output. "
        "--check writes nothing and exits 1 if a derived file is stale.",
    )
    _add_common(compute)
    compute.add_argument("--check", action="store_true",
                         help="exit 1 if the derived files are out of date, write nothing")
    compute.set_defaults(handler=cmd_compute)

    reconstruct = commands.add_parser(
        "reconstruct", help="rebuild the first snapshot from data/reference/hub-facts.yaml",
        description="Rebuild data/hub/ from the sourced reference facts (the committed first "
        "snapshot). A real refresh replaces these files; reconstruct keeps every snapshot that was "
        "fetched from the Hub unless --force is given. Does not recompute: run `compute` afterwards.",
    )
    reconstruct.add_argument(
        "--data-dir", type=Path, default=Path("data"), metavar="DIR",
        help="data folder whose hub/ is rewritten (default: data/)",
    )
    reconstruct.add_argument("--facts", type=Path, default=None, metavar="PATH",
                             help="reference facts (default: <data-dir>/reference/hub-facts.yaml)")
    reconstruct.add_argument("--force", action="store_true",
                             help="also overwrite snapshots that were fetched from the Hub")
    reconstruct.set_defaults(handler=cmd_reconstruct)

    changes = commands.add_parser(
        "changes", help="summarise data/ changes against git; decide whether to commit",
        description="Compare data/ of the git repository in the current folder with a git revision. "
        "Files whose only change is a fetch timestamp or client version do not count. Writes the "
        "commit message to --message-file only when there is a real change (and deletes that file "
        "otherwise), so a scheduled job can run `git commit -F FILE` or skip. Always exits 0.",
    )
    changes.add_argument("--base", default="HEAD", metavar="REF", help="revision to compare with (default: HEAD)")
    changes.add_argument("--message-file", type=Path, metavar="PATH", help="write the commit message here")
    changes.add_argument("--summary-file", type=Path, metavar="PATH",
                         help="append a Markdown summary here (e.g. $GITHUB_STEP_SUMMARY)")
    changes.add_argument("--revert-noise", action="store_true",
                         help="git checkout files whose only change is fetched_at / client")
    changes.add_argument("--day", default=None, metavar="YYYY-MM-DD", help="date for the commit title (default: today, UTC)")
    changes.set_defaults(handler=cmd_changes)

    from pipeline import translations

    translations.register(commands)
    return parser


def _catalog_path(args: argparse.Namespace) -> Path:
    return args.catalog if args.catalog is not None else args.data_dir / "catalog.yaml"


def cmd_compute(args: argparse.Namespace) -> int:
    from pipeline import compute, write
    from pipeline.catalog import load_catalog

    # Load inputs.
    catalog = load_catalog(_catalog_path(args))
    inputs = compute.load_inputs(catalog, args.data_dir)
    # Process data.
    tables = compute.compute_tables(inputs)
    # Save outputs.
    if args.check:
        stale = write.stale_outputs(tables, args.data_dir)
        for path in stale:
            print(f"out of date: {path} (run: python -m pipeline compute)", file=sys.stderr)
        return 1 if stale else EXIT_OK
    changed = write.write_tables(tables, args.data_dir)
    print(f"computed {len(tables.models)} models; "
          f"{len(changed)} file(s) changed" + (f": {', '.join(map(str, changed))}" if changed else ""))
    return EXIT_OK


def cmd_refresh(args: argparse.Namespace) -> int:
    from pipeline import fetch
    from pipeline.catalog import load_catalog

    catalog = load_catalog(_catalog_path(args))
    endpoint = args.endpoint or os.environ.get("HF_ENDPOINT") or "https://huggingface.co"
    summary = fetch.fetch_catalog(
        catalog, args.data_dir, endpoint=endpoint.rstrip("/"), only=args.only,
        concurrency=args.concurrency, timeout=args.timeout, retries=args.retries,
        max_failure_share=args.max_failure_share,
    )
    print(summary.render())
    if summary.exit_code == EXIT_BAD_INPUT or args.no_compute:
        return summary.exit_code
    compute_code = cmd_compute(argparse.Namespace(catalog=args.catalog, data_dir=args.data_dir, check=False))
    return max(summary.exit_code, compute_code)


def cmd_reconstruct(args: argparse.Namespace) -> int:
    from pipeline import reconstruct

    facts = args.facts if args.facts is not None else args.data_dir / "reference" / "hub-facts.yaml"
    written = reconstruct.reconstruct_snapshot(facts, args.data_dir, force=args.force)
    kept = [path for path in sorted((args.data_dir / "hub").rglob("*.json"))
            if path not in written and reconstruct.basis_on_disk(path) == "fetched"]
    print(f"reconstructed {len(written)} snapshot file(s) from {facts}"
          + (f"; kept {len(kept)} fetched from the Hub (--force replaces those the facts cover)" if kept else ""))
    return EXIT_OK


def cmd_changes(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from pipeline import changes

    summary = changes.working_tree_changes(Path.cwd(), args.base)
    if args.revert_noise:
        changes.revert_noise(Path.cwd(), summary)
    day = args.day or datetime.now(timezone.utc).strftime("%Y-%m-%d")
    if args.summary_file:
        with open(args.summary_file, "a", encoding="utf-8") as handle:
            handle.write(summary.markdown())
    if summary.should_commit:
        message = summary.commit_message(day)
        if args.message_file:
            args.message_file.write_text(message, encoding="utf-8")
        print(message, end="")
        print(f"commit: yes ({len(summary.real_files)} file(s) with real changes)")
    else:
        if args.message_file and args.message_file.exists():
            args.message_file.unlink()
        print(f"commit: no (only timestamps changed in {len(summary.noise_only)} file(s))"
              if summary.noise_only else "commit: no (no data change)")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_OK
    try:
        return args.handler(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted: every file under data/ is either old or new, never half-written",
              file=sys.stderr)
        return 130
