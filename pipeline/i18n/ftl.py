"""The message catalog: locales/<lang>.ftl (Project Fluent) read into entries that name their file:line.

Ids: a dotted key of the Python API ("fit.verdict.no") is the Fluent id with every "." written "--"
("fit--verdict--no"); keys never contain "--", so the mapping goes both ways. A message's `.avoid`
attribute (glossary messages only) lists variants the glossary check flags, separated by " | ".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast as FTL
from fluent.syntax.visitor import Visitor

from pipeline.errors import LocaleError

SEPARATOR = "--"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
AVOID = "avoid"


def key_to_id(key: str) -> str:
    """'fit.verdict.no' -> 'fit--verdict--no'."""
    return key.replace(".", SEPARATOR)


def id_to_key(message_id: str) -> str:
    """'fit--verdict--no' -> 'fit.verdict.no'."""
    return message_id.replace(SEPARATOR, ".")


@dataclass(frozen=True)
class Entry:
    """One message of a catalog: its key, where it is, the variables it uses and its plural selectors."""

    key: str
    path: Path
    line: int
    message: FTL.Message
    variables: frozenset
    plural_variables: frozenset  # selectors whose variants are CLDR categories or numbers ($count -> [one] …)
    categories: frozenset  # the CLDR categories those selectors name
    avoid: tuple = ()

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def id(self) -> str:
        return key_to_id(self.key)

    def source(self) -> str:
        """The message as FTL text (for scaffolding and the browser catalog)."""
        return FluentSerializer().serialize_entry(self.message)


class _Walker(Visitor):
    """Collects variable references and plural selectors of one message (attributes excluded)."""

    def __init__(self) -> None:
        self.variables: set[str] = set()
        self.plural: set[str] = set()
        self.categories: set[str] = set()

    def visit_VariableReference(self, node) -> None:
        self.variables.add(node.id.name)

    def visit_SelectExpression(self, node) -> None:
        keys = [v.key for v in node.variants]
        if isinstance(node.selector, FTL.VariableReference) and all(
                isinstance(k, FTL.NumberLiteral) or k.name in PLURAL_CATEGORIES for k in keys):
            self.plural.add(node.selector.id.name)
            self.categories.update(k.name for k in keys if isinstance(k, FTL.Identifier))
            if any(isinstance(k, FTL.NumberLiteral) and float(k.value) == 0 for k in keys):
                self.categories.add("zero")  # an exact [0] is the zero form (Arabic's "zero" is 0 only)
        self.generic_visit(node)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@lru_cache(maxsize=16)
def parse_ftl(text: str) -> FTL.Resource:
    """The Fluent AST of `text`, parsed once per text: the catalog reader and the Fluent bundle share it
    (fluent.runtime's FluentResource is this same parse, spans included). Nothing may change the tree."""
    return FluentParser(with_spans=True).parse(text)


def parse_catalog(text: str, path: Path) -> dict[str, Entry]:
    """Key -> Entry of one FTL text; a syntax error or a duplicate id names file:line."""
    resource = parse_ftl(text)
    entries: dict[str, Entry] = {}
    for item in resource.body:
        if isinstance(item, FTL.Junk):
            note = item.annotations[0] if item.annotations else None
            raise LocaleError(f"{path}:{line_of(text, item.span.start)}: Fluent syntax error: "
                              f"{note.message if note else 'cannot read this entry'} "
                              f"(near {item.content.strip().splitlines()[0][:60]!r})")
        if not isinstance(item, FTL.Message):
            continue
        key = id_to_key(item.id.name)
        line = line_of(text, item.span.start)
        if key in entries:
            raise LocaleError(f"{path}:{line}: {item.id.name}: defined twice (first at line {entries[key].line})")
        if item.value is None:
            if not any(a.id.name == AVOID for a in item.attributes):
                raise LocaleError(f"{path}:{line}: {item.id.name}: a message needs a value")
        walker = _Walker()
        if item.value is not None:
            walker.visit(item.value)
        avoid = tuple(v.strip() for a in item.attributes if a.id.name == AVOID
                      for v in _plain(a.value).split("|") if v.strip())
        entries[key] = Entry(key, Path(path), line, item, frozenset(walker.variables), frozenset(walker.plural),
                             frozenset(walker.categories), avoid)
    return entries


def _plain(pattern: FTL.Pattern) -> str:
    return "".join(e.value if isinstance(e, FTL.TextElement) else
                   (e.expression.value if isinstance(e.expression, FTL.StringLiteral) else "")
                   for e in pattern.elements)


def read_catalog(path: Path) -> dict[str, Entry]:
    """Key -> Entry of locales/<lang>.ftl, parsed once per version (size, mtime) of the file."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        raise LocaleError(f"{path}: no such message catalog") from None
    return _read_once(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _read_once(path: str, mtime_ns: int, size: int) -> dict[str, Entry]:
    return parse_catalog(Path(path).read_text(encoding="utf-8"), Path(path))


def source_text(path: Path) -> str:
    """The catalog's text, for the Fluent bundle (one read per version of the file)."""
    path = Path(path)
    stat = path.stat()
    return _text_once(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _text_once(path: str, mtime_ns: int, size: int) -> str:
    return Path(path).read_text(encoding="utf-8")


def messages_source(entries: dict[str, Entry], keys) -> str:
    """FTL text of the messages `keys` (those present, with every message they reference), for a page's scripts."""
    wanted, queue = {}, [k for k in keys if k in entries]
    while queue:
        key = queue.pop()
        if key in wanted:
            continue
        wanted[key] = entries[key]
        refs = _References()
        refs.visit(entries[key].message)
        queue += [id_to_key(r) for r in refs.ids if id_to_key(r) in entries]
    return "".join(wanted[k].source() for k in sorted(wanted))


class _References(Visitor):
    def __init__(self) -> None:
        self.ids: set[str] = set()

    def visit_MessageReference(self, node) -> None:
        self.ids.add(node.id.name)
