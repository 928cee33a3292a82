"""Command line: `python -m pipeline <command>`; the order of the refresh stages lives here."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.i18n.locales import REFERENCE
from pipeline.i18n.scaffold import english_diff, mark_current, new_language, normalize_page, remove_language
from pipeline.i18n.status import PYM, REPO_ROOT, TODO_MARK, TranslationError, render_status, translation_status

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT = 0, 1, 2

DESCRIPTION = """\
LLM Sizes data pipeline.

  refresh      read model metadata from the Hugging Face Hub into data/hub/, then compute
  compute      recompute data/models.yaml, size_classes.yaml, fit.yaml and models.schema.json (offline)
  reconstruct  rebuild data/hub/ from the sourced reference facts (the first snapshot)
  changes      summarise data/ changes against git and decide whether to commit (scheduled job)
  fit          will a model run? memory (weights, KV cache, overhead) and the verdict on each device
  build        build the site into site/ (a failed build leaves the previous site/ as it was)
  site         the site's steps without a builder: render, pages, postbuild; zensical; compare
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
    refresh.add_argument("--budget", metavar="N/SECONDS", default=None,
                         help="at most N API calls (model info, file lists, list pages) per sliding window, "
                         "e.g. 500/300s (default: the Hub's documented limit, 500/300s anonymous, "
                         "1000/300s with HF_TOKEN); RateLimit and Retry-After answers are honoured too")
    refresh.add_argument("--resolver-budget", metavar="N/SECONDS", default=None,
                         help="the same for file downloads (config.json) (default: 3000/300s anonymous, "
                         "5000/300s with HF_TOKEN)")
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
        "reconstruct", help="rebuild the first snapshot from data/facts/hub-facts.yaml",
        description="Rebuild data/hub/ from the sourced reference facts (the committed first "
        "snapshot). A real refresh replaces these files; reconstruct keeps every snapshot that was "
        "fetched from the Hub unless --force is given. Does not recompute: run `compute` afterwards.",
    )
    reconstruct.add_argument(
        "--data-dir", type=Path, default=Path("data"), metavar="DIR",
        help="data folder whose hub/ is rewritten (default: data/)",
    )
    reconstruct.add_argument("--facts", type=Path, default=None, metavar="PATH",
                             help="sourced facts (default: <data-dir>/facts/hub-facts.yaml)")
    reconstruct.add_argument("--force", action="store_true",
                             help="also overwrite snapshots that were fetched from the Hub")
    reconstruct.set_defaults(handler=cmd_reconstruct)

    changes = commands.add_parser(
        "changes", help="summarise data/ changes against git; decide whether to commit",
        description="Compare data/ of the git repository in the current folder with a git revision. "
        "Files whose only change is a fetch timestamp or client version do not count. Writes the "
        "commit message to --message-file only when there is a real change (and deletes that file "
        "otherwise), so a scheduled job can run `git commit -F FILE` or skip. Exits 0 after the summary, "
        "whether or not there is something to commit; 2 outside a git repository or when --base is not a revision.",
    )
    changes.add_argument("--base", default="HEAD", metavar="REF", help="revision to compare with (default: HEAD)")
    changes.add_argument("--message-file", type=Path, metavar="PATH", help="write the commit message here")
    changes.add_argument("--summary-file", type=Path, metavar="PATH",
                         help="append a Markdown summary here (e.g. $GITHUB_STEP_SUMMARY)")
    changes.add_argument("--revert-noise", action="store_true",
                         help="git checkout files whose only change is fetched_at / client")
    changes.add_argument("--day", default=None, metavar="YYYY-MM-DD", help="date for the commit title (default: today, UTC)")
    changes.set_defaults(handler=cmd_changes)

    build = commands.add_parser(
        "build", help="build the site (all languages) into site/, swapped in only on success",
        description="Runs `mkdocs build --strict` into a temporary folder beside --site-dir and replaces "
        "--site-dir with it only when the build succeeds; a failed build leaves the previous site as it "
        "was. Environment: SITE_URL (deploy address), LLMSIZES_ONLY_LANG (one language), "
        "LLMSIZES_MODEL_PAGES (model pages to build). Exit code: mkdocs' own (0 built).",
    )
    build.add_argument("--site-dir", type=Path, default=Path("site"), metavar="DIR",
                       help="where the built site goes (default: site/)")
    build.set_defaults(handler=cmd_build)

    fit = commands.add_parser(
        "fit", help="memory a model needs on each device (weights + KV cache + overhead) and the verdict",
        description="Print the memory one model needs in one weight format, in the runtime that loads "
        "that format, at one context length and KV-cache precision, term by term with the basis of each "
        "(weights, KV cache, the runtime's overhead, total), the verdict (fits / tight / does not fit / "
        "longer than the model's context / unknown) and a decode-speed estimate with its range on each "
        "device of data/devices.yaml, or on --device. Reads data/models.yaml and data/devices.yaml (offline).",
    )
    fit.add_argument("model", metavar="MODEL_ID", help="a tracked model id, e.g. meta-llama/Llama-3.1-8B")
    fit.add_argument("--device", metavar="ID", default=None, help="one device id (default: every device)")
    fit.add_argument("--context", type=int, default=4096, metavar="N",
                     help="context length in tokens (default: 4096); beyond the model's own limit the "
                     "verdict is too-long")
    fit.add_argument("--kv-precision", type=int, choices=(16, 8, 4), default=16, metavar="BITS",
                     help="bits per cached key/value: 16 (default), 8 or 4; a runtime without that cache "
                     "type keeps the next finer one (vLLM has no 4-bit cache, the browser runtimes only 16)")
    fit.add_argument("--format", dest="weight_format", metavar="F", default=None,
                     help="weight format: safetensors, gguf:Q4_K_M, onnx:…, or fp16/int8/int4 "
                     "(default: the model's default weights); `list` prints the formats")
    fit.add_argument("--data-dir", type=Path, default=Path("data"), metavar="DIR",
                     help="data folder holding models.yaml and devices.yaml (default: data/)")
    fit.add_argument("--json", action="store_true", help="print JSON instead of text")
    fit.set_defaults(handler=cmd_fit)

    _register_i18n(commands)
    _register_site(commands)
    return parser


def _catalog_path(args: argparse.Namespace) -> Path:
    return args.catalog if args.catalog is not None else args.data_dir / "catalog.yaml"


def cmd_compute(args: argparse.Namespace) -> int:
    from pipeline.data import compute
    from pipeline.data import write
    from pipeline.data.catalog import load_catalog

    # Load inputs.
    from pipeline.data.discovery import catalog_with_discovered

    catalog = catalog_with_discovered(load_catalog(_catalog_path(args)), args.data_dir)
    facts_path = args.data_dir / "facts" / "hub-facts.yaml"
    if facts_path.exists():  # the sourced facts behind the reconstructed snapshots: bad input stops here
        from pipeline.data.reconstruct import check_facts

        check_facts(facts_path)
    inputs = compute.load_inputs(catalog, args.data_dir)
    # Process data.
    tables = compute.compute_tables(inputs)
    devices_path = args.data_dir / "devices.yaml"
    if devices_path.exists():
        from pipeline.data import calibration, devices, fit

        ladder = devices.load_devices(devices_path)
        calibration_path = args.data_dir / "calibration.yaml"
        measured = None
        if calibration_path.exists():  # a bad entry stops here, before anything is written
            measured = calibration.load_calibration(calibration_path)
            calibration.check_against(measured, ladder, calibration_path)
        tables.fit = fit.fit_document(tables.models, ladder.rules, ladder.devices)
        if measured is not None:  # predicted against measured, for the methodology chart
            tables.fit["calibration"] = calibration.summary(measured, ladder.rules)
            tables.fit["calibration_speed"] = calibration.speed_summary(measured, ladder.rules)
    elif (args.data_dir / "fit.yaml").exists():  # a derived file must not outlive its input
        print(f"error: {args.data_dir / 'fit.yaml'} is derived from {devices_path}, which is missing: restore "
              f"it (git checkout -- {devices_path}), or delete fit.yaml for a site without device fit",
              file=sys.stderr)
        return EXIT_BAD_INPUT
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


def cmd_fit(args: argparse.Namespace) -> int:
    from pipeline.data import devices as devices_file
    from pipeline.data import fit, speed
    from pipeline.fileio.yamlfile import load_fast

    ladder = devices_file.load_devices(args.data_dir / "devices.yaml")
    rows = {row["id"]: row for row in load_fast(args.data_dir / "models.yaml")["models"]}
    row = rows.get(args.model)
    if row is None:
        print(f"unknown model {args.model!r} (not in {args.data_dir / 'models.yaml'})", file=sys.stderr)
        return EXIT_BAD_INPUT
    formats = fit.weight_formats(row)
    if args.weight_format == "list":
        for f in formats:
            print(f"{f['format']:<28} {f['precision'] or '-':<5} {_fit_bytes(f['weights_bytes']):>10}  "
                  f"{'estimate' if f['estimated'] else f['basis']}")
        return EXIT_OK
    chosen = fit.find_format(row, args.weight_format) if args.weight_format else (formats[0] if formats else None)
    if chosen is None:
        known = ", ".join(f["format"] for f in formats) or "none"
        print(f"{args.model}: no weight format {args.weight_format!r} (known: {known})", file=sys.stderr)
        return EXIT_BAD_INPUT
    devices = ladder.devices
    if args.device:
        devices = [d for d in devices if d.id == args.device]
        if not devices:
            known = ", ".join(d.id for d in ladder.devices)
            print(f"unknown device {args.device!r} (data/devices.yaml has: {known})", file=sys.stderr)
            return EXIT_BAD_INPUT
    limit = row.get("context_length")
    context = args.context
    rules = ladder.rules
    result = fit.fit_row(row, chosen, context, rules, args.kv_precision)
    runtime = rules.runtimes[result.engine]
    share = speed.active_share(row)
    read = speed.bytes_per_token(result.weights_bytes, result.kv_bytes, share)
    verdicts = []
    for d in devices:
        verdict = fit.judge(result, d.usable_bytes, rules)
        estimate = speed.decode_speed(read, d.bandwidth_bytes_per_s, rules.speed) \
            if rules.speed and verdict in ("fits", "tight") else None
        verdicts.append({"device": d.id, "name": d.name, "usable_bytes": d.usable_bytes, "verdict": verdict,
                         "tokens_per_s": estimate})
    speed_basis = speed.basis_text(rules.speed, read, share) if rules.speed and read else "unknown"
    if args.json:
        print(json.dumps({**result.model_dump(), "requested_context": args.context,
                          "requested_kv_precision": args.kv_precision,
                          "runtime": {"name": runtime.name, "fixed_bytes": runtime.fixed_bytes,
                                      "bytes_per_vocab_entry": runtime.bytes_per_vocab_entry,
                                      "compute_bytes_per_token": runtime.compute_bytes_per_token,
                                      "source": runtime.source},
                          "tight_share": rules.tight_share, "speed_basis": speed_basis, "devices": verdicts},
                         indent=2, ensure_ascii=False))
        return EXIT_OK
    over = f" (longer than the model's limit of {limit:,}: too-long)" if limit and context > limit else ""
    kept = "" if result.kv_precision == args.kv_precision else \
        f" (asked {args.kv_precision}-bit: {runtime.name} has no such cache type)"
    lines = [f"{row['name']} ({row['id']}), {result.format} in {runtime.name}, {context:,} tokens of context{over}, "
             f"KV cache at {result.kv_precision}-bit{kept}",
             f"  weights   {_fit_bytes(result.weights_bytes):>10}  {result.weights_bytes if result.weights_bytes is not None else '-':>16} B  "
             f"{'estimate, ' + result.weights_basis if result.estimated else result.weights_basis}",
             f"  KV cache  {_fit_bytes(result.kv_bytes):>10}  {result.kv_bytes if result.kv_bytes is not None else '-':>16} B  {result.kv_basis}",
             f"  overhead  {_fit_bytes(result.overhead_bytes):>10}  {result.overhead_bytes if result.overhead_bytes is not None else '-':>16} B  "
             f"{result.overhead_basis} ({runtime.source})",
             f"  total     {_fit_bytes(result.total_bytes):>10}  {result.total_bytes if result.total_bytes is not None else '-':>16} B",
             f"  verdict: fits up to {rules.tight_share:.0%} of usable memory, tight up to 100%, else does not fit "
             f"(weights alone above usable: does not fit, whatever is unknown; a context above the model's limit: too-long)",
             f"  decode speed: {speed_basis}",
             ""]
    words = {"fits": "fits", "tight": "tight", "no": "does not fit", "too-long": "longer than the model's context",
             "unknown": "unknown"}
    for item in verdicts:
        estimate = item["tokens_per_s"]
        tps = f"  ~{estimate['tokens_per_s']:,} tokens/s ({estimate['low']:,}–{estimate['high']:,})" if estimate else ""
        lines.append(f"  {item['device']:<20} usable {_fit_bytes(item['usable_bytes']):>10}  {words[item['verdict']]}{tps}")
    return _print(lines)


def _fit_bytes(size: int | None) -> str:
    return "unknown" if size is None else f"{size / 1e9:,.2f} GB"


def cmd_refresh(args: argparse.Namespace) -> int:
    from pipeline.data import fetch
    from pipeline.data.catalog import load_catalog

    catalog = load_catalog(_catalog_path(args))
    endpoint = args.endpoint or os.environ.get("HF_ENDPOINT") or "https://huggingface.co"
    summary = fetch.fetch_catalog(
        catalog, args.data_dir, endpoint=endpoint.rstrip("/"), only=args.only,
        concurrency=args.concurrency, timeout=args.timeout, retries=args.retries,
        max_failure_share=args.max_failure_share, budget=args.budget, resolver_budget=args.resolver_budget,
    )
    print(summary.render())
    if summary.exit_code == EXIT_BAD_INPUT or args.no_compute:
        return summary.exit_code
    compute_code = cmd_compute(argparse.Namespace(catalog=args.catalog, data_dir=args.data_dir, check=False))
    return max(summary.exit_code, compute_code)


def cmd_reconstruct(args: argparse.Namespace) -> int:
    from pipeline.data import reconstruct

    facts = args.facts if args.facts is not None else args.data_dir / "facts" / "hub-facts.yaml"
    written = reconstruct.reconstruct_snapshot(facts, args.data_dir, force=args.force)
    kept = [path for path in sorted((args.data_dir / "hub").rglob("*.json"))
            if path not in written and reconstruct.basis_on_disk(path) == "fetched"]
    print(f"reconstructed {len(written)} snapshot file(s) from {facts}"
          + (f"; kept {len(kept)} fetched from the Hub (--force replaces those the facts cover)" if kept else ""))
    return EXIT_OK


def _figure_text(value, kind: str) -> str:
    """A figure in the change summary: the site's English wording, then every digit in brackets,
    "8.03B (8,030,261,248)", "5.01 GB (5,012,344,832 B)"."""
    from pipeline.data.changes import exact_figure
    from pipeline.i18n.formatting import format_bytes, format_params

    worded = {"params": format_params, "bytes": format_bytes}.get(kind)
    if value is None or worded is None:
        return exact_figure(value, kind)
    return f"{worded(value, 'en')} ({exact_figure(value, kind)})".replace("\u00a0", " ")


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.site.publish import build_site

    return build_site(args.site_dir, [], Path.cwd())


def cmd_changes(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from pipeline.data import changes

    summary = changes.working_tree_changes(Path.cwd(), args.base, show=_figure_text)
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

# site: python -m pipeline site … ----------------------------------------------------------------

SITE_HELP = """\
The site's logic without a builder (pipeline/site/core.py); MkDocs (`build`) and Zensical call the same.

  render FILE…       a page of docs/ with its markers filled, as a builder receives it (Markdown)
  pages --out DIR    write the generated model pages (front matter) under DIR/<lang>/models/
  postbuild DIR      after a build: downloads, explorer and calculator JSON, search indexes, minified assets
  zensical           build every language with Zensical into --site-dir (make site-zensical)
  compare A B        same pages, figures, tables and charts in two built sites; every other difference listed
"""


def _register_site(commands) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    site = commands.add_parser("site", help="render pages and run post-build steps without a builder; "
                               "Zensical build; compare two builds", description=SITE_HELP, formatter_class=raw)
    sub = site.add_subparsers(dest="site_command", metavar="STEP")
    render = sub.add_parser("render", help="a page's Markdown with its markers filled")
    render.add_argument("files", nargs="+", type=Path, metavar="FILE", help="docs/<lang>/<page>.md")
    render.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help="write each page to DIR/<lang>/<page>.md instead of printing it")
    render.set_defaults(handler=cmd_site_render)
    pages = sub.add_parser("pages", help="write the generated model pages")
    pages.add_argument("--out", type=Path, required=True, metavar="DIR", help="a docs folder (e.g. a copy of docs/)")
    pages.set_defaults(handler=cmd_site_pages)
    post = sub.add_parser("postbuild", help="the steps after every language is built, over a built folder")
    post.add_argument("site_dir", type=Path, metavar="DIR", help="the built site")
    post.add_argument("--finish-pages", action="store_true",
                      help="also apply the per-page touches (<html lang dir>, deferred HTML…) to every page, "
                      "for a builder without a page event")
    post.set_defaults(handler=cmd_site_postbuild)
    zensical = sub.add_parser("zensical", help="build with Zensical (needs `uv sync --group zensical`)")
    zensical.add_argument("--site-dir", type=Path, default=Path("site-zensical"), metavar="DIR",
                          help="where the built site goes (default: site-zensical/)")
    zensical.add_argument("--lang", action="append", default=None, metavar="LOCALE", help="only this language (repeat)")
    zensical.set_defaults(handler=cmd_site_zensical)
    compare = sub.add_parser("compare", help="compare two built sites")
    compare.add_argument("left", type=Path, metavar="A", help="e.g. site/ (MkDocs)")
    compare.add_argument("right", type=Path, metavar="B", help="e.g. site-zensical/")
    compare.add_argument("--limit", type=int, default=20, metavar="N", help="differences shown per kind (default: 20)")
    compare.set_defaults(handler=cmd_site_compare)
    site.set_defaults(handler=lambda args: site.print_help() or EXIT_OK)


def _site_languages() -> tuple[list[str], str]:
    """(languages, default) from mkdocs.yml's i18n plugin."""
    from pipeline.site.zensical_adapter import site_languages

    return site_languages(Path.cwd())


def cmd_site_render(args) -> int:
    from pipeline.site import core

    core.load_data(Path("data"))
    for path in args.files:
        text = core.render_file(path, Path("docs"))
        if args.out:
            target = args.out / Path(path).resolve().relative_to(Path("docs").resolve())
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        else:
            print(text)
    return EXIT_OK


def cmd_site_pages(args) -> int:
    from pipeline.site import core

    core.load_data(Path("data"))
    languages, default = _site_languages()
    count = 0
    for model_id, sources in core.model_page_sources(languages, default).items():
        for src_path in sources.values():
            target = args.out / src_path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(core.model_page_source(model_id), encoding="utf-8")
            count += 1
    print(f"{count} model pages written under {args.out}")
    return EXIT_OK


def cmd_site_postbuild(args) -> int:
    from pipeline.site import core

    core.load_data(Path("data"))
    languages, default = _site_languages()
    if args.finish_pages:
        print(f"{core.finish_site_pages(args.site_dir, languages, default)} pages finished")
    entries = core.postbuild(args.site_dir, languages, default, os.environ.get("SITE_URL"))
    if entries:
        print("search entries: " + ", ".join(f"{lang} {n}" for lang, n in entries.items()))
    return EXIT_OK


def cmd_site_zensical(args) -> int:
    from pipeline.site import zensical_adapter

    return zensical_adapter.build(args.site_dir, Path.cwd(), args.lang)


def cmd_site_compare(args) -> int:
    from pipeline.site import compare

    found, counts = compare.compare_sites(args.left, args.right)
    print(compare.report(found, counts, args.limit))
    return EXIT_OK if compare.agree(found) else 1


# i18n: python -m pipeline i18n … -------------------------------------------------------------

I18N_HELP = f"""\
Translation workflow: which pages and UI strings each language has, which are out of date, and
tools to record progress or add a language. English (docs/{REFERENCE}/, locales/{REFERENCE}.ftl) is the reference.

  status          table per language; --check exits 1 when something must be fixed
  glossary        page lines and UI strings using a variant instead of the glossary term (--check)
  diff PAGE LANG  what changed in English since docs/LANG/PAGE was translated
  mark-current    record that a translation matches the current English page
  new LOCALE      add a language (locale file, mkdocs.yml entry, docs folder); build passes at once
  remove LOCALE   undo `new` (refuses to delete translated pages without --delete-pages)
  to-fluent FILE  convert a YAML locale into locales/<lang>.ftl (or add the keys it lacks)
  messages        sentences in pipeline/site/*.py and docs/assets/js/*.js outside the catalog (--check)

Typical loop: edit docs/<lang>/<page>.md, run `{PYM} status`, then `{PYM} mark-current <page> <lang>`.
"""




def _register_i18n(commands) -> None:
    """`i18n` and its subcommands: status, glossary, diff, mark-current, new, remove."""
    raw = argparse.RawDescriptionHelpFormatter
    i18n = commands.add_parser("i18n", help="translation status, staleness and new languages",
                               description=I18N_HELP, formatter_class=raw)
    i18n.set_defaults(handler=lambda args: i18n.print_help() or 0)
    sub = i18n.add_subparsers(dest="i18n_command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, default=REPO_ROOT, metavar="DIR",
                        help="repository to work on (default: this checkout)")

    status = sub.add_parser("status", parents=[common], formatter_class=raw,
                            help="pages, UI strings and structure of every language against English",
                            description="Per language: pages up to date / outdated / without a recorded "
                            "source / missing, UI keys missing / extra / with wrong {placeholders} / still "
                            "in English, pages whose markers or structure (heading ids, links, code blocks) "
                            "differ from English.\n\nErrors (fail --check): UI key problems, marker or "
                            "structure mismatches, translations with no recorded source, English headings "
                            "without {#id}.\nTo do (fail only --check --strict): pages not translated yet "
                            "and outdated pages; readers see these in English or with a notice.")
    status.add_argument("--check", action="store_true", help="exit 1 if there is any error")
    status.add_argument("--strict", action="store_true", help="with --check: also exit 1 on to-do items")
    status.add_argument("--format", choices=("table", "json"), default="table", help="output (default: table)")
    status.add_argument("--lang", action="append", metavar="LANG", help="only this language (repeatable)")
    status.set_defaults(handler=cmd_i18n_status)

    glossary = sub.add_parser("glossary", parents=[common],
                              help="pages and UI strings that use a variant instead of the glossary term",
                              description="Per language, every line of docs/<lang>/*.md and locales/<lang>.ftl "
                              "that uses a variant listed in a glossary message's `.avoid` attribute "
                              "instead of the agreed term (the `glossary--*` messages).")
    glossary.add_argument("--check", action="store_true", help="exit 1 if any page or string uses a variant")
    glossary.add_argument("--lang", action="append", metavar="LANG", help="only this language (repeatable)")
    glossary.add_argument("--site", metavar="DIR", type=Path,
                          help="also read the built site in DIR (generated text: tables, captions, model "
                               "pages) for variants and for raw format or runtime ids")
    glossary.set_defaults(handler=cmd_i18n_glossary)

    to_fluent = sub.add_parser("to-fluent", help="convert a YAML locale (old format) into locales/<lang>.ftl",
                               description="Write locales/<lang>.ftl from FILE.yml, or append to it the keys it "
                               "lacks (messages it has are left as they are). Repeatable; prints the keys added.")
    to_fluent.add_argument("yaml", type=Path, metavar="FILE.yml", help="a YAML locale, e.g. locales/pt.yml")
    to_fluent.add_argument("--out", type=Path, metavar="FILE.ftl",
                           help="catalog to write or extend (default: locales/<stem of FILE>.ftl)")
    to_fluent.set_defaults(handler=cmd_i18n_to_fluent)

    messages = sub.add_parser("messages", parents=[common],
                              help="generated sentences outside the catalog (pipeline/site/*.py, docs/assets/js/*.js)",
                              description="Lists natural-language text in the site's Python and scripts that is "
                              "not a catalog message (an allowlist in pipeline/i18n/sentences.py names the "
                              "exceptions, each with its reason).")
    messages.add_argument("--check", action="store_true", help="exit 1 if any sentence is found")
    messages.set_defaults(handler=cmd_i18n_messages)

    _register_i18n_scaffold(sub, common)


def cmd_i18n_to_fluent(args) -> int:
    from pipeline.i18n.to_fluent import convert, differing
    out = args.out or REPO_ROOT / "locales" / f"{args.yaml.stem}.ftl"
    added = convert(args.yaml, out)
    print(f"{out}: added {len(added)} message(s)" + (": " + ", ".join(added) if added else " (it had every key)"))
    changed = differing(args.yaml, out)
    if changed:  # e.g. a branch reworded a string the catalog already has: a person decides which wins
        print(f"left as they are, though {args.yaml} words them otherwise ({len(changed)}): " + ", ".join(changed))
    return 0


def cmd_i18n_messages(args) -> int:
    from pipeline.i18n.sentences import find_sentences
    found = find_sentences(args.root)
    for finding in found:
        print(finding)
    print(f"{len(found)} sentence(s) outside the message catalog" if found
          else "messages: every generated sentence comes from the catalog")
    return 1 if args.check and found else 0


def cmd_i18n_glossary(args) -> int:
    from pipeline.i18n.glossary import check, check_site
    findings = check(args.root, args.lang)
    if args.site:
        if not args.site.is_dir():
            print(f"{args.site}: no built site there (mkdocs build first)")
            return 2
        findings += check_site(args.site, args.root, args.lang)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} glossary variant(s) found" if findings else "glossary: every page keeps to its terms")
    return 1 if args.check and findings else 0


def _register_i18n_scaffold(sub, common) -> None:
    """`i18n diff`, `mark-current`, `new` and `remove`."""
    diff = sub.add_parser("diff", parents=[common], help="what changed in English since a page was translated",
                          description="Unified diff of docs/en/PAGE between the version docs/LANG/PAGE was "
                          "translated from (kept in locales/.sources/ by mark-current, or found in git "
                          "history) and today. Exit 0: no change, 1: English changed.")
    diff.add_argument("page", metavar="PAGE", help="page file, e.g. models.md")
    diff.add_argument("lang", metavar="LANG", help="language code, e.g. th")
    diff.set_defaults(handler=cmd_diff)

    mark = sub.add_parser("mark-current", parents=[common], help="record that translations match current English",
                          description="Write source_hash (the English page's content hash) into the "
                          "translation's front matter and keep that English text in locales/.sources/ for "
                          "`diff`. Refuses pages whose markers, heading ids, links or code blocks differ "
                          "from English. With --all, marks every translation that records no source yet "
                          "and skips outdated ones (review those one by one).")
    mark.add_argument("page", nargs="?", metavar="PAGE", help="page file, e.g. models.md")
    mark.add_argument("lang", nargs="?", metavar="LANG", help="language code, e.g. th")
    mark.add_argument("--all", action="store_true", help="every translated page (of --lang, if given)")
    mark.add_argument("--lang", dest="only", action="append", metavar="LANG", help="with --all: only this language")
    mark.add_argument("--force", action="store_true",
                      help="record even with structure differences or (with --all) outdated pages")
    mark.set_defaults(handler=cmd_mark_current)

    new = sub.add_parser("new", parents=[common], help="add a language (all pages fall back to English)",
                         description="Scaffold a language: locales/LOCALE.ftl with every English message marked "
                         f"'{TODO_MARK}' and language.dir from CLDR (rtl for fa, ur, ar, he, …), an entry "
                         "at the end of the i18n languages in mkdocs.yml (comments kept), and an empty "
                         "docs/LOCALE/ so every page shows English with a notice. The build passes at once.")
    new.add_argument("locale", metavar="LOCALE", help="locale code, e.g. fa, ur, ja, pt-BR")
    new.add_argument("--name", help="name in the language menu (default: the native name from CLDR)")
    new.add_argument("--hidden", action="store_true",
                     help="add with `build: false`: not built, not in the language menu, until you switch it on")
    new.set_defaults(handler=lambda args: _print(new_language(args.root, args.locale, args.name, not args.hidden)))

    remove = sub.add_parser("remove", parents=[common], help="remove a language (undo `new`)",
                            description="Remove the mkdocs.yml entry, locales/LOCALE.ftl and docs/LOCALE/.")
    remove.add_argument("locale", metavar="LOCALE")
    remove.add_argument("--delete-pages", action="store_true", help="also delete translated pages in docs/LOCALE/")
    remove.set_defaults(handler=lambda args: _print(remove_language(args.root, args.locale, args.delete_pages)))


def _print(lines: list[str]) -> int:
    print("\n".join(lines))
    return 0


def cmd_diff(args) -> int:
    lines = english_diff(args.root, args.page, args.lang)
    if not lines:
        print(f"docs/{REFERENCE}/{normalize_page(args.page)} has not changed since docs/{args.lang}/"
              f"{normalize_page(args.page)} was translated.")
        return 0
    print("".join(line if line.endswith("\n") else line + "\n" for line in lines), end="")
    return 1


def cmd_mark_current(args) -> int:
    root = Path(args.root)
    if args.all == bool(args.page):
        raise TranslationError("give PAGE and LANG, or --all (optionally with --lang LANG)")
    if not args.all:
        if not args.lang:
            raise TranslationError("give the language too, e.g.: mark-current models.md th")
        print(mark_current(root, args.page, args.lang, args.force))
        return 0
    skipped = 0
    for status in translation_status(root, args.only).languages:
        for page in status.unmarked + status.outdated:
            if page in status.outdated and not args.force:
                print(f"skipped docs/{status.code}/{page}: English changed since it was translated "
                      f"(review with `{PYM} diff {page} {status.code}`, then mark it alone)")
                skipped += 1
                continue
            try:
                print(mark_current(root, page, status.code, args.force))
            except TranslationError as exc:
                print(f"skipped {exc}")
                skipped += 1
    if skipped:
        print(f"{skipped} page(s) skipped; see above")
    return 1 if skipped else 0


def cmd_i18n_status(args) -> int:
    report = translation_status(args.root, args.lang)
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_status(report))
    failing = report.count("error") + (report.count("todo") if args.strict else 0)
    return 1 if args.check and failing else 0


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
