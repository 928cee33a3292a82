"""Assets stage: the project's own CSS and JavaScript (docs/assets/) minified in the built site by
libraries (rcssmin, rjsmin); Material's files ship minified already and are left alone."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.fileio.atomic import write_atomic


def minify_css(text: str) -> str:
    import rcssmin

    return rcssmin.cssmin(text)


def minify_js(text: str) -> str:
    import rjsmin

    return rjsmin.jsmin(text)


MINIFIERS = {".css": minify_css, ".js": minify_js}
INCLUDE = re.compile(r"/\*\s*@include\s+((?:[\w-]+/)?[\w.-]+\.js)\s*\*/")


def bundle_js(text: str, folder: Path, done: set | None = None) -> str:
    """Replace each `/* @include name.js */` with that file of `folder` (the shared number code goes
    into each page script that needs it, so a page loads one script and no order between two); an
    included file's own includes are resolved too, each file once per script."""
    done = set() if done is None else done

    def include(match: re.Match) -> str:
        path = (folder / match.group(1)).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"{path}: named by @include, not found beside the script that includes it")
        if path in done:
            return ""
        done.add(path)
        return bundle_js(path.read_text(encoding="utf-8"), folder, done)
    return INCLUDE.sub(include, text)


def project_assets(docs_dir: Path, overrides_dir: Path) -> list[str]:
    """Site-relative paths of the project's own CSS and JavaScript: docs/assets/ and overrides/assets/."""
    found = []
    for root in (docs_dir, overrides_dir):
        for path in sorted((root / "assets").rglob("*")):
            if path.suffix in MINIFIERS and not path.name.endswith((".min.css", ".min.js")):
                found.append(path.relative_to(root).as_posix())
    return found


def minify_assets(site_dir: Path, paths: list[str]) -> list[Path]:
    """Minify each file (site-relative path) where it was copied into the built site."""
    done = []
    for relative in dict.fromkeys(paths):
        path = site_dir / relative
        minify = MINIFIERS.get(path.suffix)
        if minify is None or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".js":
            text = bundle_js(text, path.parent)
        small = minify(text)
        if small != text:
            write_atomic(path, small, durable=False)
        done.append(path)
    return done


def remove_sitemap(site_dir: Path) -> None:
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        (site_dir / name).unlink(missing_ok=True)
