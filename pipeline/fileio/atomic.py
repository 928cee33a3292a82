"""Atomic file writes: a crash or Ctrl-C leaves every file either old or new, never truncated."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str | bytes, durable: bool = True) -> bool:
    """Write via a temp file in the same folder + rename. Returns False if the bytes were unchanged.

    Every writer of data/, docs/, locales/ and the built site uses this, so a crash or Ctrl-C leaves
    each file either old or new, never truncated. `durable` False skips the fsync: for the built site,
    which every build writes again from an emptied folder (5,000 models: ~5,200 files, an fsync each
    was the largest single cost of a warm build); the rename still keeps each file whole.
    """
    path = Path(path)
    payload = text.encode("utf-8") if isinstance(text, str) else text
    try:
        if path.read_bytes() == payload:
            return False
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)  # mkstemp makes 0600 files; keep what a plain write gives
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    return True


def write_set(files: dict[Path, str | bytes], remove: list[Path] = ()) -> list[Path]:
    """Write several files as one change: every new version is first written and synced beside its
    file; only when all of them are on disk are they renamed into place (then `remove` is deleted).
    A failure or Ctrl-C while writing leaves every file as it was. Returns the paths that changed."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            path = Path(path)
            payload = text.encode("utf-8") if isinstance(text, str) else text
            try:
                if path.read_bytes() == payload:
                    continue
                mode = stat.S_IMODE(path.stat().st_mode)
            except FileNotFoundError:
                mode = 0o666 & ~_UMASK
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp_name, path))
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), mode)
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        for tmp_name, _ in staged:
            try:
                os.unlink(tmp_name)
            except FileNotFoundError:
                pass
        raise
    for tmp_name, path in staged:  # renames within one folder each: fast, and they do not fail on a full disk
        os.replace(tmp_name, path)
    changed = [path for _, path in staged]
    for path in remove:
        if Path(path).exists():
            Path(path).unlink()
            changed.append(Path(path))
    return changed


# Read once at import (setting the umask is the only way to read it, and is not thread-safe).
_UMASK = os.umask(0o022)
os.umask(_UMASK)
