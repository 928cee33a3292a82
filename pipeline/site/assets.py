"""Assets stage: the project's own CSS and JavaScript (docs/assets/) minified in the built site by
libraries (rcssmin, rjsmin); Material's files ship minified already and are left alone."""

from __future__ import annotations

from pathlib import Path

from pipeline.fileio.atomic import write_atomic


def minify_css(text: str) -> str:
    import rcssmin

    return rcssmin.cssmin(text)


def minify_js(text: str) -> str:
    import rjsmin

    return rjsmin.jsmin(text)


MINIFIERS = {".css": minify_css, ".js": minify_js}


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
        small = minify(text)
        if small != text:
            write_atomic(path, small)
        done.append(path)
    return done


def remove_sitemap(site_dir: Path) -> None:
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        (site_dir / name).unlink(missing_ok=True)
