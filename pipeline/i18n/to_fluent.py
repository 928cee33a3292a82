"""`python -m pipeline i18n to-fluent FILE.yml`: a YAML locale (the old format) into locales/<lang>.ftl.

Repeatable: a key the FTL file already has is left exactly as it is; keys it lacks are appended,
grouped under their YAML section. `{name}` becomes `{ $name }`, `{{`/`}}` literal braces, a plural
mapping ({one: …, other: …}) a select on `$count`, `glossary_avoid.<term>: [...]` the `.avoid`
attribute of `glossary--<term>`. Every converted message is formatted back and compared with the
YAML text before anything is written.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

from pipeline.errors import LocaleError
from pipeline.fileio.atomic import write_atomic
from pipeline.fileio.yamlfile import load_located
from pipeline.i18n.ftl import PLURAL_CATEGORIES, SEPARATOR, key_to_id, parse_catalog

AVOID_SECTION = "glossary_avoid"
# Keys replaced by whole-sentence messages (issue 24): a YAML file from before never brings them back.
RETIRED = {"fit.freshness_fetched", "fit.freshness_none_fetched", "fit.freshness_reconstructed", "fit.freshness_total",
           "explorer.shown"}
_SPECIAL_START = re.compile(r"^[\[*.]")


def _is_plural(value: object) -> bool:
    return (isinstance(value, dict) and "other" in value and all(k in PLURAL_CATEGORIES for k in value)
            and all(isinstance(v, str) for v in value.values()))


def yaml_messages(path: Path) -> tuple[dict[str, object], dict[str, list[str]], dict[str, str]]:
    """({dotted key: text or plural dict}, {term: avoided variants}, {top-level section: its comment})."""
    located = load_located(Path(path), LocaleError)
    if not isinstance(located.data, dict):
        raise LocaleError(f"{path}:1: expected a mapping of keys to strings")
    flat: dict[str, object] = {}

    def walk(tree: dict, trail: tuple) -> None:
        for key, value in tree.items():
            here = trail + (str(key),)
            dotted = ".".join(here)
            if SEPARATOR in dotted or not re.fullmatch(r"[A-Za-z0-9_.-]+", dotted):
                raise LocaleError(f"{located.where(here)}: {dotted}: a key may hold letters, digits, _ and "
                                  f"single - only (it becomes the Fluent id {key_to_id(dotted)!r})")
            if _is_plural(value):
                flat[dotted] = {c: value[c] for c in PLURAL_CATEGORIES if c in value}
            elif isinstance(value, dict):
                walk(value, here)
            elif isinstance(value, str):
                flat[dotted] = value
            else:
                raise LocaleError(f"{located.where(here)}: {dotted}: expected text, got {type(value).__name__}")

    data = dict(located.data)
    avoid = data.pop(AVOID_SECTION, None) or {}
    walk(data, ())
    return flat, {str(k): list(v) for k, v in avoid.items()}, _section_comments(Path(path))


def _section_comments(path: Path) -> dict[str, str]:
    """The comment lines right above each top-level key of a YAML file."""
    comments, pending, seen = {}, [], False  # the comment above the first key is the file's header
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            pending.append(line.lstrip("#").strip())
        elif line and not line[0].isspace():
            if pending and comments is not None and seen:
                comments[line.split(":")[0].strip()] = " ".join(pending)
            pending, seen = [], True
        elif not line.strip():
            pending = []
    return comments


def pattern(text: str) -> str:
    """One line of Python-format text as a Fluent pattern: {name} -> { $name }, {{ }} literal."""
    out = []
    for literal, name, spec, conv in string.Formatter().parse(text):
        out.append(re.sub(r"[{}]", lambda m: '{"' + m.group(0) + '"}', literal))
        if name is not None:
            if spec or conv or not name.isidentifier():
                raise LocaleError(f"placeholder {{{name}}} cannot become a Fluent variable")
            out.append(f"{{ ${name} }}")
    result = "".join(out)
    if not result:
        return '{""}'
    if result != result.strip() or _SPECIAL_START.match(result):
        # Fluent drops leading and trailing blanks and reads [ * . at a line start as syntax: quote them
        head = len(result) - len(result.lstrip())
        tail = len(result.rstrip())
        result = ('{"' + result[:head] + '"}' if head else "") + result[head:tail] + \
                 ('{"' + result[tail:] + '"}' if tail < len(result) else "")
        if _SPECIAL_START.match(result):
            result = '{"' + result[0] + '"}' + result[1:]
    if "\n" in result:
        result = "\n    ".join(result.split("\n"))
    return result


def message_ftl(key: str, value: object, avoid: list[str] | None = None) -> str:
    """The FTL text of one message."""
    mid = key_to_id(key)
    if isinstance(value, dict):
        forms = [c for c in PLURAL_CATEGORIES if c in value]
        lines = [f"{mid} =", "    { $count ->"]
        for c in forms:
            lines.append(f"       *[{c}] {pattern(value[c])}" if c == "other" else f"        [{c}] {pattern(value[c])}")
        lines.append("    }")
        text = "\n".join(lines)
    else:
        text = f"{mid} = {pattern(value)}"
    if avoid:
        text += "\n    .avoid = " + " | ".join(avoid)
    return text + "\n"


def convert(yaml_path: Path, ftl_path: Path) -> list[str]:
    """Write (or extend) `ftl_path` from `yaml_path`; the keys added, in order."""
    messages, avoid, comments = yaml_messages(yaml_path)
    existing_text = ftl_path.read_text(encoding="utf-8") if ftl_path.exists() else ""
    existing = parse_catalog(existing_text, ftl_path) if existing_text else {}
    for term in avoid:
        if f"glossary.{term}" not in messages and f"glossary.{term}" not in existing:
            raise LocaleError(f"{yaml_path}: {AVOID_SECTION}.{term}: no such glossary term")
    added, blocks, section = [], [], None
    for key, value in messages.items():
        if key in existing or key in RETIRED:
            continue
        top = key.split(".")[0]
        if top != section:
            section = top
            note = comments.get(top)
            blocks.append(f"\n## {top}" + (f": {note}" if note else "") + "\n\n")
        term = key.split(".", 1)[1] if key.startswith("glossary.") else None
        blocks.append(message_ftl(key, value, avoid.get(term) if term else None))
        added.append(key)
    if not added:
        return []
    header = "" if existing_text else (
        f"# Messages of LLM Sizes ({Path(yaml_path).stem}), Project Fluent syntax: https://projectfluent.org/fluent/guide/\n"
        "# Ids are the dotted keys of the Python API with each '.' written '--'. Keep every { $variable } of\n"
        "# the English message; write whole sentences, with a select ({ $count -> … }) where the words change.\n")
    text = existing_text.rstrip("\n") + ("\n" if existing_text else "") + header + "".join(blocks)
    _check_round_trip(text, ftl_path, {k: messages[k] for k in added})
    write_atomic(ftl_path, text)
    return added


def differing(yaml_path: Path, ftl_path: Path) -> list[str]:
    """Keys the catalog has whose YAML text is not what the catalog says (convert leaves those alone)."""
    messages, _, _ = yaml_messages(yaml_path)
    existing = parse_catalog(ftl_path.read_text(encoding="utf-8"), ftl_path)
    out = []
    for key, value in messages.items():
        if key in existing and key not in RETIRED:
            converted = message_ftl(key, value).strip()
            if existing[key].source().strip() != converted and not existing[key].avoid:
                out.append(key)
    return out


def _check_round_trip(text: str, ftl_path: Path, messages: dict[str, object]) -> None:
    """The file parses, and every converted text formats back to itself (variables shown as {name})."""
    from fluent.runtime import FluentBundle, FluentResource

    entries = parse_catalog(text, ftl_path)
    for key, value in messages.items():
        for form in (value.values() if isinstance(value, dict) else [value]):
            bundle = FluentBundle(["en"], use_isolating=False)
            bundle.add_resource(FluentResource(f"m = {pattern(form)}\n"))
            names = {n for _, n, _, _ in string.Formatter().parse(form) if n}
            got, _ = bundle.format_pattern(bundle.get_message("m").value, {n: "{" + n + "}" for n in names})
            expected = form.replace("{{", "{").replace("}}", "}")
            if got != expected:
                raise LocaleError(f"{ftl_path}:{entries[key].line}: {key}: converts to {got!r}, "
                                  f"not {expected!r} (report this as a converter bug)")
