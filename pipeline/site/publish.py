"""Build the site into a temporary folder beside its target and swap it in only when the build succeeds.

MkDocs writes straight into its `site_dir`: a build that fails half-way used to leave some pages of
some languages and no explorer JSON in site/. Here a failed build leaves site/ exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def build_site(out: Path, mkdocs_args: list[str], cwd: Path) -> int:
    """`mkdocs build --strict` into a sibling temp folder of `out`; on success it replaces `out`.
    Returns mkdocs' exit code; on failure `out` is untouched and the temp folder removed."""
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    try:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(building),
                                 *mkdocs_args], cwd=cwd)
        if result.returncode != 0:
            print(f"build failed (exit {result.returncode}); {out} is left as it was", file=sys.stderr)
            return result.returncode
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        if out.exists():
            os.replace(out, old)
        os.replace(building, out)
        shutil.rmtree(old, ignore_errors=True)
        return 0
    finally:
        shutil.rmtree(building, ignore_errors=True)
