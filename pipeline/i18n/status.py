"""Translations stage: how complete and current each language is against the English reference."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path

import yaml

from pipeline.errors import LocaleError, PipelineError
from pipeline.i18n.locales import REFERENCE, RTL_LANGUAGES, key_differences, placeholders, read_locale_file_once
from pipeline.markers import markers_in

REPO_ROOT = Path(__file__).resolve().parents[2]
HASH_KEY = "source_hash"          # front matter key of a translated page
SOURCES = Path("locales/.sources")  # English text each translation was made from: <page>@<hash>.md
TODO_MARK = "# TODO translate"    # end-of-line comment on UI strings still in English
PYM = "python -m pipeline i18n"


class TranslationError(PipelineError):
    """A translation command cannot do what was asked (unknown page or language, no stored source)."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    published: bool = True  # `build: true` in mkdocs.yml: built and listed in the language menu


@dataclass
class Problem:
    severity: str  # "error" fails --check; "todo" is translation work and fails only --strict
    kind: str      # page | marker | structure | ui | setup
    file: str
    message: str
    fix: str


@dataclass
class LanguageStatus:
    code: str
    name: str
    published: bool
    current: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)
    unmarked: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    ui_missing: list[str] = field(default_factory=list)
    ui_extra: list[str] = field(default_factory=list)
    ui_placeholders: list[str] = field(default_factory=list)
    ui_todo: list[str] = field(default_factory=list)
    marker_pages: list[str] = field(default_factory=list)
    structure_pages: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Report:
    pages: list[str]
    ui_total: int
    languages: list[LanguageStatus]
    problems: list[Problem]  # not tied to one language (English headings, stray folders)

    def all_problems(self) -> list[Problem]:
        return self.problems + [p for lang in self.languages for p in lang.problems]

    def count(self, severity: str) -> int:
        return sum(1 for p in self.all_problems() if p.severity == severity)

    def as_dict(self) -> dict:
        return {"reference": REFERENCE, "pages": self.pages, "ui_total": self.ui_total,
                "errors": self.count("error"), "todo": self.count("todo"),
                "languages": [asdict(lang) for lang in self.languages],
                "problems": [asdict(p) for p in self.problems]}


# Site languages (mkdocs.yml) ---------------------------------------------------------------------


class AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!ENV` and `!!python/name:` values are irrelevant here."""


AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
AnyTagLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def site_languages(root: Path = REPO_ROOT) -> list[Language]:
    """The languages of the i18n plugin in mkdocs.yml, in order (English first)."""
    path = Path(root) / "mkdocs.yml"
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=AnyTagLoader) or {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            entries = (plugin["i18n"] or {}).get("languages") or []
            return [Language(str(e["locale"]), str(e.get("name") or e["locale"]), e.get("build") is not False)
                    for e in entries]
    raise TranslationError(f"{path}: no `i18n` plugin with a `languages:` list")


# Pages: front matter, hashes, structure ---------------------------------------------------------

_FRONT = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_HEADING_ID = re.compile(r"\{[^}]*#([A-Za-z][\w.:-]*)[^}]*\}$")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)")
_CODE_SPAN = re.compile(r"(`+).+?\1")
_ABSOLUTE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")


def split_front_matter(text: str) -> tuple[str, str]:
    match = _FRONT.match(text)
    return (match.group(0), text[match.end():]) if match else ("", text)


def front_matter(text: str) -> dict:
    match = _FRONT.match(text)
    try:
        data = yaml.safe_load(match.group(1) or "") if match else None
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def source_hash(english_text: str) -> str:
    """First 12 hex digits of the sha256 of an English page (line ends and trailing blanks ignored)."""
    lines = english_text.replace("\r\n", "\n").split("\n")
    normalized = "\n".join(line.rstrip() for line in lines).strip("\n") + "\n"
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:12]


@dataclass
class Structure:
    """What a translation must keep from its English page."""

    markers: Counter
    heading_ids: dict[str, int]             # id -> line
    untagged_headings: list[tuple[int, str]]  # ## / ### headings without {#id}
    links: set[str]                         # relative link targets (pages, anchors, images)
    code_blocks: int                        # fenced blocks


def page_structure(text: str) -> Structure:
    head, body = split_front_matter(text)
    markers = Counter(" ".join(marker.split()) for _, marker in markers_in(body))
    ids: dict[str, int] = {}
    untagged, links, blocks, fence = [], set(), 0, ""
    for number, line in enumerate(body.split("\n"), start=head.count("\n") + 1):
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        opening = _FENCE.match(line)
        if opening:
            fence, blocks = opening.group(1), blocks + 1
            continue
        heading = _HEADING.match(line)
        if heading:
            ident = _HEADING_ID.search(heading.group(2))
            if ident:
                ids.setdefault(ident.group(1), number)
            elif len(heading.group(1)) in (2, 3):
                untagged.append((number, line.strip()))
        plain = _CODE_SPAN.sub("", line)
        targets = _LINK.findall(plain) + [m.group(1) for m in [_REF_DEF.match(plain)] if m]
        links.update(t for t in targets if not _ABSOLUTE.match(t))
    return Structure(markers, ids, untagged, links, blocks)


def structure_problems(english: Structure, translation: Structure, english_file: str) -> list[tuple[str, str, str]]:
    """(kind, what is wrong, what to do) for every way a translation departs from its English page."""
    found = []
    for marker in sorted(set(english.markers) | set(translation.markers)):
        want, have = english.markers[marker], translation.markers[marker]
        if have < want:
            found.append(("marker", f"marker {marker} missing (English has {want}, this page {have})",
                          f"copy it unchanged from {english_file}; the site fills it with a figure"))
        elif have > want:
            found.append(("marker", f"marker {marker} not in English (English has {want}, this page {have})",
                          f"remove it, or copy the markers exactly as {english_file} has them"))
    for ident in sorted(set(english.heading_ids) - set(translation.heading_ids)):
        found.append(("structure", f"heading id {{#{ident}}} missing",
                      f"end the heading that translates {english_file}:{english.heading_ids[ident]} "
                      f"with {{#{ident}}} (ids are never translated)"))
    for ident in sorted(set(translation.heading_ids) - set(english.heading_ids)):
        found.append(("structure", f"heading id {{#{ident}}} (line {translation.heading_ids[ident]}) is not in English",
                      f"use the id of the matching heading in {english_file}"))
    for target in sorted(english.links - translation.links):
        found.append(("structure", f"link to {target} missing",
                      f"keep the links of {english_file}: same targets, translated link text"))
    for target in sorted(translation.links - english.links):
        found.append(("structure", f"link to {target} is not in English",
                      f"link to the same pages and #ids as {english_file}"))
    if english.code_blocks != translation.code_blocks:
        found.append(("structure", f"{translation.code_blocks} fenced code block(s), English has {english.code_blocks}",
                      "keep every code block (translate comments only)"))
    return found


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def english_pages(root: Path) -> list[str]:
    base = Path(root) / "docs" / REFERENCE
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*.md"))


def outdated_against_english(docs_dir: Path, src_path: str, meta: dict) -> bool:
    """True when a translated page records an English version that is no longer the current one."""
    recorded = (meta or {}).get(HASH_KEY)
    parts = Path(src_path).parts
    english = Path(docs_dir) / REFERENCE / Path(*parts[1:]) if len(parts) > 1 else None
    if not recorded or english is None or not english.exists():
        return False
    return source_hash(read_text(english)) != str(recorded)


# UI strings still in English (scaffolded) --------------------------------------------------------

_MESSAGE_START = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=")


def todo_keys(locale_text: str) -> list[str]:
    """Keys of the messages right below a `# TODO translate` comment (scaffolded, still English)."""
    from pipeline.i18n.ftl import id_to_key
    keys, previous = [], ""
    for line in locale_text.split("\n"):
        match = _MESSAGE_START.match(line)
        if match and previous.strip() == TODO_MARK:
            keys.append(id_to_key(match.group(1)))
        previous = line
    return keys


# Status -----------------------------------------------------------------------------------------


def translation_status(root: Path = REPO_ROOT, only: list[str] | None = None) -> Report:
    """Pages, UI strings and structure of every language against English."""
    # Load inputs.
    root = Path(root)
    languages = [lang for lang in site_languages(root) if lang.code != REFERENCE]
    pages = english_pages(root)
    english = {page: read_text(root / "docs" / REFERENCE / page) for page in pages}
    reference = read_locale_file_once(root / "locales" / f"{REFERENCE}.ftl")
    # Process data.
    problems = []
    for page in pages:
        for line, heading in page_structure(english[page]).untagged_headings:
            problems.append(Problem("error", "structure", f"docs/{REFERENCE}/{page}:{line}",
                                    f"heading {heading!r} has no {{#id}}",
                                    "add an id, e.g. '## Title {#title}', so every language keeps the same anchor"))
    known = {lang.code for lang in site_languages(root)}
    for folder in sorted((root / "docs").iterdir()):
        if folder.is_dir() and folder.name not in known and re.fullmatch(r"[a-z]{2}([-_][A-Za-z]{2,4})*", folder.name):
            problems.append(Problem("error", "setup", f"docs/{folder.name}/", "folder of a language mkdocs.yml does not list",
                                    f"add the language with: {PYM} new {folder.name} (or delete the folder)"))
    unknown = sorted(set(only or ()) - {lang.code for lang in languages})
    if unknown:
        raise TranslationError(f"not a translated site language: {', '.join(unknown)} "
                               f"(mkdocs.yml has: {', '.join(lang.code for lang in languages)})")
    chosen = [lang for lang in languages if not only or lang.code in only]
    statuses = [_language_status(root, lang, pages, english, reference) for lang in chosen]
    return Report(pages, len(reference), statuses, problems)


def _language_status(root: Path, lang: Language, pages: list[str], english: dict[str, str],
                     reference: dict[str, str]) -> LanguageStatus:
    status = LanguageStatus(lang.code, lang.name, lang.published)
    add = status.problems.append
    code = lang.code
    locale_file = f"locales/{code}.ftl"
    if not (root / locale_file).exists():
        status.ui_missing = sorted(reference)
        add(Problem("error", "setup", locale_file, "no message catalog for this language",
                    f"scaffold it with: {PYM} new {code}  (or remove the language from mkdocs.yml)"))
    else:
        try:
            strings = read_locale_file_once(root / locale_file)
        except LocaleError as exc:
            strings = {}
            add(Problem("error", "ui", locale_file, str(exc), "fix the Fluent syntax at that line"))
        status.ui_missing, status.ui_extra, status.ui_placeholders = key_differences(strings, reference)
        status.ui_todo = [k for k in todo_keys(read_text(root / locale_file)) if k in strings]
        if status.ui_missing:
            add(Problem("error", "ui", locale_file, f"{len(status.ui_missing)} missing key(s): "
                        + ", ".join(status.ui_missing), f"add each, translated, in the same section as in "
                        f"locales/{REFERENCE}.ftl (builds show English meanwhile)"))
        for key in status.ui_extra:
            add(Problem("error", "ui", locale_file, f"extra key {key!r} not in locales/{REFERENCE}.ftl",
                        "delete it, or fix its name to match English (typo?)"))
        for key in status.ui_placeholders:
            add(Problem("error", "ui", locale_file, f"{strings[key].where}: variables of {key!r}: {sorted(placeholders(strings[key]))}, "
                        f"English has {sorted(placeholders(reference[key]))}",
                        "keep each { $name } exactly as English writes it; translate only the words around it"))
        if status.ui_todo:
            add(Problem("todo", "ui", locale_file, f"{len(status.ui_todo)} UI string(s) still in English "
                        f"(marked '{TODO_MARK}')", "translate each message, then delete the TODO comment above it"))
    for page in pages:
        path = root / "docs" / code / page
        if not path.exists():
            status.missing.append(page)
            continue
        text = read_text(path)
        recorded, current = front_matter(text).get(HASH_KEY), source_hash(english[page])
        where = f"docs/{code}/{page}"
        if recorded is None:
            status.unmarked.append(page)
            add(Problem("error", "page", where, f"records no {HASH_KEY} (which English version it translates)",
                        f"once it matches docs/{REFERENCE}/{page}, run: {PYM} mark-current {page} {code}"))
        elif str(recorded) == current:
            status.current.append(page)
        else:
            status.outdated.append(page)
            add(Problem("todo", "page", where, f"outdated: English changed since it was translated "
                        f"({recorded} -> {current}); readers see a notice linking to English",
                        f"see the changes with: {PYM} diff {page} {code}; update the page, then run: "
                        f"{PYM} mark-current {page} {code}"))
        severity = "todo" if page in status.outdated else "error"
        for kind, message, fix in structure_problems(page_structure(english[page]), page_structure(text),
                                                     f"docs/{REFERENCE}/{page}"):
            add(Problem(severity, kind, where, message, fix))
            bucket = status.marker_pages if kind == "marker" else status.structure_pages
            if page not in bucket:
                bucket.append(page)
    extra_pages = sorted(p.relative_to(root / "docs" / code).as_posix() for p in (root / "docs" / code).rglob("*.md")) \
        if (root / "docs" / code).is_dir() else []
    for page in extra_pages:
        if page not in english:
            status.orphans.append(page)
            add(Problem("error", "page", f"docs/{code}/{page}", f"no English page docs/{REFERENCE}/{page}",
                        "rename it to the English page's file name, or delete it"))
    if status.missing:
        add(Problem("todo", "page", f"docs/{code}/", f"{len(status.missing)} page(s) not translated yet, shown in "
                    f"English with a notice: {', '.join(status.missing)}",
                    f"copy docs/{REFERENCE}/<page> to docs/{code}/<page>, translate it, then run: "
                    f"{PYM} mark-current <page> {code}"))
    return status


def render_status(report: Report) -> str:
    columns = ("lang", "current", "outdated", "unmarked", "missing", "ui-missing", "ui-extra",
               "ui-{}", "ui-todo", "markers", "structure")
    lines = [f"English reference: {len(report.pages)} pages, {report.ui_total} UI strings.", "",
             "pages: current = translated from today's English, outdated = English changed since, unmarked = "
             "no source_hash yet", "UI strings: ui-{} = placeholders differ, ui-todo = still English", "",
             " ".join(f"{c:>{max(len(c), 4)}}" for c in columns) + "  name"]
    for s in report.languages:
        values = (s.code, len(s.current), len(s.outdated), len(s.unmarked), len(s.missing), len(s.ui_missing),
                  len(s.ui_extra), len(s.ui_placeholders), len(s.ui_todo), len(s.marker_pages),
                  len(s.structure_pages))
        lines.append(" ".join(f"{v:>{max(len(c), 4)}}" for c, v in zip(columns, values))
                     + f"  {s.name}" + ("" if s.published else " (hidden: build: false)"))
    for severity, title in (("error", "error(s): fix these; `i18n status --check` fails"),
                            ("todo", "to do: translation work; readers see English or a notice meanwhile")):
        found = [p for p in report.all_problems() if p.severity == severity]
        if found:
            lines += ["", f"{len(found)} {title}"]
            lines += [f"  {p.file}: {p.message}\n      fix: {p.fix}" for p in found]
    if not report.all_problems():
        lines += ["", "Everything is translated, current and consistent."]
    return "\n".join(lines)
