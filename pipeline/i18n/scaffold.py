"""Scaffold stage: the files translators' commands write — recorded English sources, new languages."""

from __future__ import annotations

import difflib
import io
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import yaml

from pipeline.i18n.locales import REFERENCE, RTL_LANGUAGES, read_locale_file
from pipeline.i18n.status import (HASH_KEY, PYM, SOURCES, TODO_MARK, TranslationError, AnyTagLoader, read_text,
                                   english_pages, front_matter, page_structure, site_languages, source_hash,
                                   split_front_matter, structure_problems, translation_status)
from pipeline.fileio.atomic import write_atomic

# mkdocs-static-i18n's own rule for locale codes (mkdocs_static_i18n/config.py RE_LOCALE).
LOCALE_CODE = re.compile(r"(^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$)|(^[a-z]{2}_[A-Z]{2}$)")


# Stored English sources, mark-current, diff -----------------------------------------------------


def _source_path(root: Path, page: str, digest: str) -> Path:
    return Path(root) / SOURCES / f"{page[:-3]}@{digest}.md"


def with_source_hash(text: str, digest: str) -> str:
    """The page with `source_hash: "<digest>"` in its front matter (added or replaced)."""
    entry = f'{HASH_KEY}: "{digest}"'
    head, body = split_front_matter(text)
    if not head:
        return f"---\n{entry}\n---\n\n{text.lstrip(chr(10))}"
    pattern = re.compile(rf"^{HASH_KEY}:.*$", re.M)
    head = pattern.sub(entry, head, count=1) if pattern.search(head) else head.replace("\n", f"\n{entry}\n", 1)
    return head + body


def normalize_page(page: str, lang: str | None = None) -> str:
    """'models', 'models.md', 'docs/he/models.md' -> 'models.md'."""
    parts = Path(page).parts
    if parts and parts[0] == "docs":
        parts = parts[2:] if len(parts) > 2 else parts[1:]
    name = Path(*parts).as_posix() if parts else page
    return name if name.endswith(".md") else f"{name}.md"


def _check_target(root: Path, page: str, lang: str) -> tuple[Path, Path]:
    codes = [l.code for l in site_languages(root) if l.code != REFERENCE]
    if lang not in codes:
        raise TranslationError(f"unknown language {lang!r} (site languages: {', '.join(codes)})")
    english, translation = root / "docs" / REFERENCE / page, root / "docs" / lang / page
    if not english.exists():
        raise TranslationError(f"no English page docs/{REFERENCE}/{page} (pages: {', '.join(english_pages(root))})")
    if not translation.exists():
        raise TranslationError(f"docs/{lang}/{page} does not exist yet: copy docs/{REFERENCE}/{page} there and translate it")
    return english, translation


def mark_current(root: Path, page: str, lang: str, force: bool = False) -> str:
    """Record that docs/<lang>/<page> translates the current English page; keep that English text."""
    root, page = Path(root), normalize_page(page)
    english_path, path = _check_target(root, page, lang)
    english, text = read_text(english_path), read_text(path)
    problems = structure_problems(page_structure(english), page_structure(text), f"docs/{REFERENCE}/{page}")
    if problems and not force:
        raise TranslationError(f"docs/{lang}/{page} does not match the structure of the English page:\n"
                               + "\n".join(f"  - {what} ({fix})" for _, what, fix in problems)
                               + "\nfix these first (or pass --force to record it anyway)")
    digest = source_hash(english)
    if not _source_path(root, page, digest).exists():
        write_atomic(_source_path(root, page, digest), english)
    if front_matter(text).get(HASH_KEY) == digest:
        return f"docs/{lang}/{page}: already current ({digest})"
    write_atomic(path, with_source_hash(text, digest))
    prune_sources(root)
    return f"docs/{lang}/{page}: marked current ({HASH_KEY} {digest})"


def prune_sources(root: Path) -> list[Path]:
    """Delete stored English texts that no translation refers to any more."""
    root, kept = Path(root), set()
    for path in (root / "docs").glob("*/**/*.md"):
        lang = path.relative_to(root / "docs").parts[0]
        if lang != REFERENCE:
            digest = front_matter(read_text(path)).get(HASH_KEY)
            if digest:
                kept.add(_source_path(root, path.relative_to(root / "docs" / lang).as_posix(), str(digest)))
    removed = [p for p in (root / SOURCES).rglob("*.md") if p not in kept] if (root / SOURCES).is_dir() else []
    for path in removed:
        path.unlink()
    return removed


def english_then_and_now(root: Path, page: str, lang: str) -> tuple[str, str, str, str]:
    """(recorded hash, English text then, current hash, English text now) for one translation."""
    root, page = Path(root), normalize_page(page)
    english_path, path = _check_target(root, page, lang)
    recorded = front_matter(read_text(path)).get(HASH_KEY)
    if not recorded:
        raise TranslationError(f"docs/{lang}/{page} records no {HASH_KEY}, so there is nothing to compare; "
                               f"compare it with docs/{REFERENCE}/{page} by hand, then run: {PYM} mark-current {page} {lang}")
    stored = _source_path(root, page, str(recorded))
    then = read_text(stored) if stored.exists() else _english_from_git(root, page, str(recorded))
    if then is None:
        raise TranslationError(f"the English text {recorded} of {page} is neither in {SOURCES}/ nor in git history; "
                               f"compare with docs/{REFERENCE}/{page} by hand")
    now = read_text(english_path)
    return str(recorded), then, source_hash(now), now


def _english_from_git(root: Path, page: str, digest: str) -> str | None:
    """Older English text with this hash from git history, when git and history are there."""
    path = f"docs/{REFERENCE}/{page}"
    try:
        commits = subprocess.run(["git", "-C", str(root), "log", "--format=%H", "-n", "200", "--", path],
                                 capture_output=True, text=True, timeout=30).stdout.split()
        for commit in commits:
            shown = subprocess.run(["git", "-C", str(root), "show", f"{commit}:{path}"],
                                   capture_output=True, text=True, timeout=30)
            if shown.returncode == 0 and source_hash(shown.stdout) == digest:
                return shown.stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return None


def english_diff(root: Path, page: str, lang: str) -> list[str]:
    """Unified diff of the English page since the version docs/<lang>/<page> was translated from."""
    recorded, then, current, now = english_then_and_now(root, page, lang)
    page = normalize_page(page)
    return list(difflib.unified_diff(then.splitlines(keepends=True), now.splitlines(keepends=True),
                                     f"docs/{REFERENCE}/{page} @ {recorded} (translated from)",
                                     f"docs/{REFERENCE}/{page} @ {current} (now)"))


# New and removed languages ----------------------------------------------------------------------


def language_facts(code: str) -> tuple[str, str]:
    """(native name, text direction) of a locale code, from CLDR through Babel."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError) as exc:
        raise TranslationError(f"Babel (CLDR) does not know the locale {code!r}: {exc}") from None
    name = locale.get_display_name(locale) or code
    rtl = locale.character_order == "right-to-left" or code.split("-")[0] in RTL_LANGUAGES
    return name[:1].upper() + name[1:], "rtl" if rtl else "ltr"


def scaffold_locale(english_text: str, code: str, name: str, direction: str) -> str:
    """locales/<code>.ftl: English's messages and section comments, each message marked to translate."""
    lines = english_text.split("\n")
    while lines and lines[0].startswith("# "):  # English's header speaks about English
        lines.pop(0)
    out = []
    for line in lines:
        match = re.match(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=", line)
        if match and match.group(1) == "language--name":
            out.append(f"language--name = {name}")
        elif match and match.group(1) == "language--dir":
            out.append(f"language--dir = {direction}")
        elif match:
            out += [TODO_MARK, line]
        elif not line.lstrip().startswith(".avoid"):  # English's variants to avoid are English
            out.append(line)
    header = [f"# Messages of LLM Sizes — {name} ({code}), Project Fluent syntax. Ids mirror locales/{REFERENCE}.ftl.",
              f"# Scaffolded by `{PYM} new {code}`: every message is still English. Translate it, keep",
              f"# each {{ $variable }} as it is, then delete the `{TODO_MARK}` line above it."]
    return "\n".join(header + out)


def _round_trip() -> "YAML":
    """ruamel.yaml set up to rewrite mkdocs.yml with its comments, quotes and indentation kept."""
    from ruamel.yaml import YAML

    yaml_rt = YAML()
    yaml_rt.preserve_quotes = True
    yaml_rt.width = 4096
    yaml_rt.indent(mapping=2, sequence=4, offset=2)  # the layout mkdocs.yml is written in
    return yaml_rt


def _languages_list(config, path: str = "mkdocs.yml"):
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = (plugin["i18n"] or {}).get("languages")
            if languages is None:
                raise TranslationError(f"{path}: the i18n plugin has no `languages:` list")
            return languages
    raise TranslationError(f"{path}: no `- i18n:` plugin entry")


def _edit_languages(mkdocs_text: str, edit) -> str:
    yaml_rt = _round_trip()
    config = yaml_rt.load(mkdocs_text)
    edit(_languages_list(config))
    out = io.StringIO()
    yaml_rt.dump(config, out)
    return out.getvalue()


def add_language_entry(mkdocs_text: str, code: str, name: str, build: bool = True) -> str:
    """mkdocs.yml with a new language at the end of the i18n list; comments and layout kept (ruamel.yaml)."""
    return _edit_languages(mkdocs_text, lambda languages: languages.append(
        {"locale": code, "name": name, "build": build}))


def remove_language_entry(mkdocs_text: str, code: str) -> str:
    def remove(languages) -> None:
        position = next((i for i, entry in enumerate(languages) if str(entry.get("locale")) == code), None)
        if position is None:
            raise TranslationError(f"mkdocs.yml: no language entry `- locale: {code}`")
        del languages[position]

    return _edit_languages(mkdocs_text, remove)


def _mkdocs_codes(text: str) -> list[str]:
    config = yaml.load(text, Loader=AnyTagLoader) or {}
    plugin = next(p["i18n"] for p in config.get("plugins") or [] if isinstance(p, dict) and "i18n" in p)
    return [str(entry["locale"]) for entry in plugin["languages"]]


def new_language(root: Path, code: str, name: str | None = None, build: bool = True) -> list[str]:
    """Add a language whose every page falls back to English with a notice; the build passes at once."""
    # Load inputs.
    root = Path(root)
    if not LOCALE_CODE.match(code):
        raise TranslationError(f"{code!r} is not a locale code mkdocs-static-i18n accepts (e.g. fa, ja, pt-BR)")
    if code in [lang.code for lang in site_languages(root)]:
        raise TranslationError(f"{code} is already a site language (mkdocs.yml)")
    locale_path = root / "locales" / f"{code}.ftl"
    if locale_path.exists():
        raise TranslationError(f"{locale_path.relative_to(root)} already exists; remove it or pick another code")
    material = importlib.util.find_spec("material")
    theme_file = Path(material.submodule_search_locations[0]) / "templates/partials/languages" / f"{code}.html" if material else None
    if theme_file is not None and not theme_file.exists():
        raise TranslationError(f"Material for MkDocs has no UI translation for {code!r} ({theme_file.name}); "
                               "use a code it knows (see material/templates/partials/languages/)")
    native, direction = language_facts(code)
    # Process data.
    english = read_text(root / "locales" / f"{REFERENCE}.ftl")
    locale_text = scaffold_locale(english, code, name or native, direction)
    mkdocs_text = add_language_entry(read_text(root / "mkdocs.yml"), code, name or native, build)
    if _mkdocs_codes(mkdocs_text)[-1] != code:
        raise TranslationError("could not add the language to mkdocs.yml safely; add it by hand")
    # Save outputs.
    write_atomic(locale_path, locale_text)
    scaffolded = read_locale_file(locale_path)
    if set(scaffolded) != set(read_locale_file(root / "locales" / f"{REFERENCE}.ftl")):
        locale_path.unlink()
        raise TranslationError(f"could not scaffold {locale_path.name} from English; copy locales/{REFERENCE}.ftl by hand")
    write_atomic(root / "mkdocs.yml", mkdocs_text)
    (root / "docs" / code).mkdir(exist_ok=True)
    return [f"wrote locales/{code}.ftl ({len(scaffolded)} UI strings in English, marked '{TODO_MARK}'; "
            f"language.dir: {direction})",
            f"added {code} ({name or native}) to the i18n languages in mkdocs.yml (build: {str(build).lower()})",
            f"created docs/{code}/ (empty: every page shows English with a notice until translated)",
            f"next: translate locales/{code}.ftl, copy pages from docs/{REFERENCE}/ into docs/{code}/, "
            f"preview with `make serve LANG={code}`, check with `{PYM} status --lang {code}`"]


def remove_language(root: Path, code: str, delete_pages: bool = False) -> list[str]:
    """Undo `new`: the mkdocs.yml entry, locales/<code>.ftl and docs/<code>/."""
    root = Path(root)
    if code == REFERENCE:
        raise TranslationError(f"{REFERENCE} is the reference language and cannot be removed")
    pages = sorted((root / "docs" / code).rglob("*.md")) if (root / "docs" / code).is_dir() else []
    if pages and not delete_pages:
        raise TranslationError(f"docs/{code}/ holds {len(pages)} translated page(s); pass --delete-pages to delete them too")
    done = []
    mkdocs_text = read_text(root / "mkdocs.yml")
    if code in _mkdocs_codes(mkdocs_text):
        write_atomic(root / "mkdocs.yml", remove_language_entry(mkdocs_text, code))
        done.append(f"removed {code} from the i18n languages in mkdocs.yml")
    if (root / "locales" / f"{code}.ftl").exists():
        (root / "locales" / f"{code}.ftl").unlink()
        done.append(f"deleted locales/{code}.ftl")
    if (root / "docs" / code).is_dir():
        shutil.rmtree(root / "docs" / code)
        done.append(f"deleted docs/{code}/" + (f" and its {len(pages)} page(s)" if pages else ""))
    if not done:
        raise TranslationError(f"{code} is not a site language (nothing to remove)")
    prune_sources(root)
    return done
