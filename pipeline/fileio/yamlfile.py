"""YAML files: line-located loading for clear errors on hand-edited files, fast C loading and deterministic dumping of generated ones."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import CatalogError, PipelineError
from pipeline.fileio.atomic import write_atomic


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that also records the line of every mapping key and sequence item."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key]})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _line_index(node: yaml.Node, path: tuple = (), index: dict | None = None) -> dict[tuple, int]:
    """Map every path (tuple of keys / list positions) to the 1-based line where it starts."""
    if index is None:
        index = {}
    index[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            index[path + (key,)] = key_node.start_mark.line + 1
            _line_index(value_node, path + (key,), index)
            index[path + (key,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            _line_index(item, path + (position,), index)
    return index


class LocatedYaml:
    """A parsed YAML document plus a way to find the line of any path inside it."""

    def __init__(self, path: Path, data: Any, lines: dict[tuple, int]):
        self.path = path
        self.data = data
        self._lines = lines

    def line_of(self, location: tuple) -> int:
        """Line of the deepest known prefix of `location` (pydantic error locs work as-is)."""
        location = tuple(location)
        while location and location not in self._lines:
            location = location[:-1]
        return self._lines.get(location, 1)

    def where(self, location: tuple) -> str:
        return f"{self.path}:{self.line_of(location)}"

    def validation_problems(self, exc: object) -> str:
        """A pydantic ValidationError of this file's data as lines of `file:line: field: problem`."""
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            field = ".".join(str(part) for part in loc) or "(top level)"
            message = {"extra_forbidden": "unknown field (typo?)", "missing": "missing (every entry needs it)"}.get(
                err["type"], err["msg"])
            problems.append(f"{self.where(loc)}: {field}: {message}")
        return "\n".join(problems)


def load_located(path: Path, error: type[PipelineError] = CatalogError) -> LocatedYaml:
    """Parse `path`; syntax errors become `error` naming file, line and problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        node = yaml.compose(text, Loader=_LineLoader)
        data = yaml.load(text, Loader=_LineLoader) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        # Quote the offending line so the message names the field (PyYAML's problem text does not).
        source_lines = text.splitlines()
        quoted = source_lines[line - 1].strip() if 0 < line <= len(source_lines) else ""
        raise error(f"{path}:{line}: {problem}" + (f" (at: {quoted})" if quoted else "")) from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML marks nearly everything
        raise error(f"{path}: {exc}") from None
    lines = _line_index(node) if node is not None else {(): 1}
    return LocatedYaml(path, data, lines)


class _NoAliasDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """libyaml's emitter (C) when PyYAML was built with it: 5x faster on the large generated files."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_fast(path: Path) -> Any:
    """Read a large generated YAML file (models.yaml) with libyaml's C parser; no line tracking."""
    with open(path, "rb") as handle:
        return yaml.load(handle, Loader=_FastLoader)


def load_fast_cached(path: Path, cache_dir: Path | None) -> Any:
    """load_fast, kept parsed in `cache_dir` as a pickle named by a hash of the file's bytes.

    Parsing is what costs: models.yaml at 5,000 models (6 MB) takes libyaml ~6 s, its pickle ~0.1 s.
    Any edit to the file changes the hash, so a stale copy is never used; an unreadable one is parsed
    again. Without `cache_dir` this is load_fast."""
    path = Path(path)
    if cache_dir is None:
        return load_fast(path)
    raw = path.read_bytes()
    digest = hashlib.sha256(raw + f"|{yaml.__version__}|{_FastLoader.__name__}".encode()).hexdigest()[:32]
    cached = Path(cache_dir) / f"{path.stem}-{digest}.pickle"
    try:
        return pickle.loads(cached.read_bytes())
    except Exception:  # missing or damaged (a truncated pickle can raise almost anything): parse again
        pass
    data = yaml.load(raw, Loader=_FastLoader)
    try:
        write_atomic(cached, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        for old in cached.parent.glob(f"{path.stem}-*.pickle"):  # earlier versions of this file
            if old != cached:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only checkout still builds, only slower
        pass
    return data


def dump_yaml(data: Any, header: str = "") -> str:
    """Deterministic YAML text: key order as given, unicode kept, no aliases, stable width."""

    body = yaml.dump(
        data,
        Dumper=_NoAliasDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return header + body
