"""Zensical adapter: a Python-Markdown extension that hands each page to pipeline/site/core.py, and
the build that stages the project for zensical-i18n, then runs core's post-build steps on its output.

Zensical (0.0.x) runs neither `hooks:` nor unlisted plugins, so the MkDocs hook's events map here:
on_page_markdown → CorePreprocessor, on_post_page's deferred HTML → DeferredPostprocessor,
on_files (model pages) → files written into the staged docs, on_post_page / on_post_build →
core.finish_site_pages and core.postbuild over the built folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from pipeline.site import core

ROOT = core.ROOT
EXTENSION = "pipeline.site.zensical_adapter"
STAGE = Path(".cache") / "zensical"
MODEL_BODY = "<!-- generated model page: core.model_page_markdown fills it -->\n"  # zensical-i18n's project root: config, docs, theme, output


class CorePreprocessor(Preprocessor):
    """The page's Markdown with its markers filled, before any other extension sees it."""

    def __init__(self, md, default_lang: str):
        super().__init__(md)
        self.default_lang = default_lang

    def run(self, lines: list[str]) -> list[str]:
        page, config = _zensical_page(self.md)
        if page is None:  # not rendered by Zensical (e.g. a test's plain Markdown instance)
            return lines
        lang = config["extra"]["i18n"]["locale"]
        prefix = "" if lang == self.default_lang else f"{lang}/"
        page.meta.setdefault("description", core.description(lang))
        source_lang = page.meta.get("i18n_fallback") or lang  # zensical-i18n marks English stand-ins
        url = "" if page.url in ("", ".", "./") else page.url
        markdown = core.page_markdown("\n".join(lines), lang, f"{source_lang}/{page.path}", source_lang,
                                      prefix + url, page.meta)
        return markdown.split("\n")


class DeferredPostprocessor(Postprocessor):
    """Big generated HTML (explorer, model pages) goes in after Markdown, as on_post_page does."""

    def run(self, text: str) -> str:
        return core.insert_deferred(text)


class CoreExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"default_lang": ["en", "the language built at the site root"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        _ensure_data()
        md.preprocessors.register(CorePreprocessor(md, self.getConfig("default_lang")), "llmsizes_core", 40)
        md.postprocessors.register(DeferredPostprocessor(md), "llmsizes_deferred", 5)


def makeExtension(**kwargs) -> CoreExtension:  # noqa: N802 (Python-Markdown looks this name up)
    return CoreExtension(**kwargs)


_loaded: list[bool] = []


def _ensure_data() -> None:
    if not _loaded:
        core.load_data(ROOT / "data")
        core.teach_jieba()
        _loaded.append(True)


def _zensical_page(md):
    """Zensical's page (url, path, meta) and config for this conversion, from its context preprocessor."""
    try:
        from zensical.extensions.context import ContextPreprocessor
    except ImportError:
        return None, None
    context = ContextPreprocessor.from_markdown(md)
    return (context.page, context.config) if context else (None, None)


# The build ------------------------------------------------------------------------------------------

def build(out: Path, root: Path = ROOT, only: list[str] | None = None) -> int:
    """Stage the project (docs + generated model pages + overrides + a config without hooks), build
    every language with zensical-i18n, finish pages and run the post-build steps, then swap the
    result into `out`. Returns zensical-i18n's exit code (0: built; `out` untouched otherwise)."""
    root = Path(root)
    stage = root / STAGE
    config = zensical_config(root)
    languages, default = site_languages(root)
    _ensure_data()
    for folder in ("docs", "overrides", "site"):
        shutil.rmtree(stage / folder, ignore_errors=True)
    shutil.copytree(root / "docs", stage / "docs")
    shutil.copytree(root / "overrides", stage / "overrides")
    for model_id, sources in core.model_page_sources(languages, default).items():
        for src_path in sources.values():
            target = stage / "docs" / src_path
            target.parent.mkdir(parents=True, exist_ok=True)
            # A body Zensical can see: it does not hand a page without one to Python-Markdown.
            target.write_text(core.model_page_source(model_id) + "\n" + MODEL_BODY, encoding="utf-8")
    (stage / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "zensical_i18n", "build", "-f", "mkdocs.yml", "--clean"]
    for lang in only or []:
        command += ["--lang", lang]
    result = subprocess.run(command, cwd=stage, env=env)
    if result.returncode != 0:
        print(f"zensical build failed (exit {result.returncode}); {out} is left as it was", file=sys.stderr)
        return result.returncode
    site = stage / "site"
    core.finish_site_pages(site, languages, default, config.get("site_url"))
    core.postbuild(site, languages, default, config.get("site_url"), stage / "docs", stage / "overrides")
    _swap(site, Path(out))
    return 0


def zensical_config(root: Path) -> dict:
    """mkdocs.yml as Zensical needs it: no hooks (ignored there), our extension listed, data/ watched
    (its cache does not know pages depend on data/), paths inside the staged project."""
    config = yaml.load((Path(root) / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    config.pop("hooks", None)
    config["docs_dir"], config["site_dir"] = "docs", "site"
    config["theme"]["custom_dir"] = "overrides"
    config["watch"] = [os.path.relpath(Path(root) / "data", Path(root) / STAGE)]
    config["markdown_extensions"] = [*config["markdown_extensions"], {EXTENSION: {"default_lang": _default(config)}}]
    config["plugins"] = [p for p in config["plugins"] if isinstance(p, dict) and "i18n" in p]
    # What the MkDocs hook gives templates as `ls` (on_env), per language (404 page, light/dark switch).
    entries = _i18n(config)["languages"]
    built = [entry["locale"] for entry in entries if entry.get("build", True)]
    for entry in entries:
        entry.setdefault("extra", {})["ls"] = core.template_strings(entry["locale"], built, _default(config),
                                                                    config.get("site_url"))
    return config


def site_languages(root: Path = ROOT) -> tuple[list[str], str]:
    """(languages built, default language) as mkdocs.yml's i18n plugin lists them."""
    config = zensical_config(root)
    return ([entry["locale"] for entry in _i18n(config)["languages"] if entry.get("build", True)],
            _default(config))


def _i18n(config: dict) -> dict:
    return next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)


def _default(config: dict) -> str:
    return next(entry["locale"] for entry in _i18n(config)["languages"] if entry.get("default"))


def _swap(built: Path, out: Path) -> None:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    if out.exists():
        os.replace(out, old / "site")
    shutil.move(str(built), str(out))
    shutil.rmtree(old, ignore_errors=True)


class _EnvLoader(yaml.SafeLoader):
    """mkdocs.yml's `!ENV [NAME, default]`, resolved now (Zensical reads the staged copy)."""


def _env_tag(loader, node):
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else (*names, None)
    return next((os.environ[name] for name in variables if name in os.environ), default)


_EnvLoader.add_constructor("!ENV", _env_tag)
