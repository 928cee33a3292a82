"""The marker grammar: `<!-- ls:KIND ARG … key=value -->` in a page, parsed into typed `Marker` objects.

Pages (docs/<lang>/*.md) and the translation checks (i18n layer) both read markers, and the site
layer renders them, so the grammar lives here, below both. Syntax errors — an unknown kind, a
missing or extra argument, an unknown option, a value of the wrong type — raise MarkerError with
`file:line`. Whether a model, device or chart exists is checked by the renderer, with the same
`file:line` prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.errors import MarkerError

MARKER = re.compile(r"<!--\s*ls:(?P<kind>[a-z][a-z-]*)(?P<args>(?:\s+[^\s>]+)*)\s*-->")
# Anything that starts like a marker (any case, any spacing): one that MARKER does not read whole is
# an error, not an invisible comment (`ls:fit_total`, `LS:params`, a missing `-->`).
MARKER_START = re.compile(r"<!--\s*ls\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Arg:
    name: str
    kind: type = str
    choices: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class Grammar:
    """What one marker kind takes: positional arguments in order, then key=value options."""

    args: tuple[Arg, ...] = ()
    options: dict[str, type] = field(default_factory=dict)
    block: bool = False  # rendered as a block (table, chart) on its own line
    help: str = ""


@dataclass(frozen=True)
class Marker:
    kind: str
    args: dict[str, object]
    options: dict[str, object]
    line: int
    source: str  # the marker text as written

    def arg(self, name: str, default: object = None) -> object:
        return self.args.get(name, default)


def parse_marker(kind: str, tokens: list[str], line: int, source: str, where: str = "?") -> Marker:
    grammar = GRAMMAR.get(kind)
    if grammar is None:
        raise MarkerError(f"{where}:{line}: unknown marker 'ls:{kind}' (known: {', '.join(sorted(GRAMMAR))})")
    positional = [t for t in tokens if "=" not in t]
    raw_options = dict(t.split("=", 1) for t in tokens if "=" in t)
    required = [a for a in grammar.args if not a.optional]
    usage = " ".join(a.name if not a.optional else f"[{a.name}]" for a in grammar.args)
    if not len(required) <= len(positional) <= len(grammar.args):
        raise MarkerError(f"{where}:{line}: 'ls:{kind}' takes {usage or 'no arguments'}; "
                          f"got {len(positional)} argument(s) in {source!r}")
    args: dict[str, object] = {}
    for spec, token in zip(grammar.args, positional):
        args[spec.name] = _convert(spec.kind, token, f"{where}:{line}: 'ls:{kind}' {spec.name}", spec.name)
        if spec.choices and token not in spec.choices:
            raise MarkerError(f"{where}:{line}: 'ls:{kind}' {spec.name} {token!r} is not one of: "
                              f"{', '.join(spec.choices)}")
    options: dict[str, object] = {}
    for key, value in raw_options.items():
        if key not in grammar.options:
            known = ", ".join(grammar.options) or "none"
            raise MarkerError(f"{where}:{line}: 'ls:{kind}' has no option {key!r} (options: {known})")
        options[key] = _convert(grammar.options[key], value, f"{where}:{line}: 'ls:{kind}' option {key}", key)
    return Marker(kind, args, options, line, source)


def _convert(kind: type, token: str, what: str, name: str = "") -> object:
    if kind is int:
        try:
            value = int(token.replace("_", ""))
        except ValueError:
            raise MarkerError(f"{what} must be a whole number, not {token!r}") from None
        low, high = BOUNDS.get(name, (None, None))
        if low is not None and not low <= value <= high:
            raise MarkerError(f"{what} must be from {low:,} to {high:,}, not {token!r}")
        return value
    return token


def broken_markers(text: str) -> list[tuple[int, str]]:
    """(line, text) of everything that starts like a marker but is not one MARKER reads whole."""
    whole = {m.start() for m in MARKER.finditer(text)}
    out = []
    for start in MARKER_START.finditer(text):
        if start.start() not in whole:
            line_end = text.find("\n", start.start())
            out.append((text.count("\n", 0, start.start()) + 1,
                        text[start.start():line_end if line_end >= 0 else len(text)][:80]))
    return out


def iter_markers(text: str, where: str = "?", first_line: int = 1):
    """(regex match, parsed Marker) for every marker of a page, in order; anything that starts like a
    marker but does not parse is an error naming its line (`first_line`: the file line `text` starts on,
    after front matter)."""
    for line, broken in broken_markers(text):
        line += first_line - 1
        word = re.match(r"<!--\s*ls\s*:\s*([\w-]*)", broken, re.IGNORECASE).group(1).lower().replace("_", "-")
        hint = f" (did you mean 'ls:{word}'?)" if word in GRAMMAR else ""
        raise MarkerError(f"{where}:{line}: {broken!r} starts like a marker but is not one{hint}: a marker is "
                          f"'<!-- ls:kind argument … key=value -->' in lower case, on one line, closed by '-->'")
    for match in MARKER.finditer(text):
        line = text.count("\n", 0, match.start()) + first_line
        yield match, parse_marker(match.group("kind"), match.group("args").split(), line, match.group(0), where)


def markers_in(markdown: str) -> list[tuple[int, str]]:
    """(line, marker text) of every marker, in order; the translation checks compare these."""
    return [(markdown.count("\n", 0, m.start()) + 1, m.group(0)) for m in MARKER.finditer(markdown)]


# Data ------------------------------------------------------------------------------------------

PRECISIONS = ("fp32", "fp16", "int8", "int4")
MODEL = Arg("model")
DIGITS = {"digits": int}
# Whole-number arguments and options: a value outside renders nonsense ("0" parameters at digits=0,
# a negative KV cache), so it is refused. Contexts up to 10 million tokens (the longest any model claims).
BOUNDS = {"digits": (1, 6), "context": (1, 10_000_000)}

GRAMMAR: dict[str, Grammar] = {
    "params": Grammar((MODEL,), DIGITS, help="parameter count, rounded"),
    "params-exact": Grammar((MODEL,), help="parameter count, every digit"),
    "active": Grammar((MODEL,), DIGITS, help="active parameters per token (mixture of experts)"),
    "weights": Grammar((MODEL,), help="bytes of the default weights download"),
    "memory": Grammar((MODEL, Arg("precision", choices=PRECISIONS)), help="weights at a precision"),
    "download": Grammar((MODEL, Arg("format"), Arg("variant", optional=True)), help="bytes of one download"),
    "class": Grammar((MODEL,), help="size class of a model"),
    "name": Grammar((MODEL,), help="display name of a model"),
    "count": Grammar((Arg("what"), Arg("class_id", optional=True)), help="models, hub-models, hub-fetched, "
                     "reconstructed, classes, devices, calibration-tested, known-size, 1b-to-100b, "
                     "undisclosed, or class ID"),
    "sources": Grammar((), help="how the Hub models' data was obtained, worded from the data's counts"),
    "date": Grammar((Arg("what", choices=("data-as-of",)),), help="date of the data"),
    "kv": Grammar((MODEL, Arg("context", int), Arg("runtime", choices=("vllm", "llama.cpp", "mlx"), optional=True)),
                  help="KV cache bytes at a context length (as the config describes it, or as a runtime keeps it)"),
    "fit-total": Grammar((MODEL, Arg("format"), Arg("context", int)),
                         help="memory to run a model (weights + KV cache + overhead)"),
    "fit-rule": Grammar((Arg("rule", choices=("tight-share", "vllm-fixed", "vllm-per-token", "llama-cpp-per-vocab",
                                              "llama-cpp-per-token", "mlx-fixed", "mlx-per-token", "browser-file-limit",
                                              "browser-budget")),),
                        help="a constant of the device-fit rule"),
    "usable": Grammar((Arg("device"),), help="usable memory of a device"),
    "speed": Grammar((MODEL, Arg("precision", choices=("fp16", "int8", "int4")), Arg("device")),
                     help="estimated decode speed on a device, as the model page shows it"),
    "bandwidth": Grammar((Arg("device"),), help="memory bandwidth of a device"),
    "table": Grammar((Arg("name"), Arg("model", optional=True)), block=True, help="a data table"),
    "chart": Grammar((Arg("name"),), block=True, help="a chart as static SVG"),
    "freshness": Grammar((), block=True, help="where the figures come from and when they were read"),
    "calculator": Grammar((), block=True, help="the device-fit calculator"),
    "translations": Grammar((), block=True, help="translation coverage table"),
}
