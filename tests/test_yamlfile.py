"""Atomic writing: a failed write leaves the old file whole, and unchanged bytes are not rewritten."""

from __future__ import annotations

import os
import stat

import pytest

from pipeline.fileio import atomic
from pipeline.fileio.atomic import write_atomic


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "hub" / "org" / "model.json"
    assert write_atomic(path, '{"old": true}\n') is True

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, '{"new": true, "padding": "' + "x" * 100_000 + '"}\n')
    assert path.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(p.name for p in path.parent.iterdir()) == ["model.json"]


def test_unchanged_bytes_are_not_rewritten(tmp_path):
    path = tmp_path / "models.yaml"
    assert write_atomic(path, "a: 1\n") is True
    os.utime(path, ns=(1, 1))
    assert write_atomic(path, "a: 1\n") is False
    assert path.stat().st_mtime_ns == 1
    assert write_atomic(path, b"a: 2\n") is True and path.read_bytes() == b"a: 2\n"


def test_written_files_keep_their_mode_or_follow_the_umask(tmp_path):
    """A temp file is created 0600; the renamed result must still be readable like any other file."""
    fresh = tmp_path / "fresh.yaml"
    write_atomic(fresh, "a: 1\n")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask

    existing = tmp_path / "existing.yaml"
    existing.write_text("a: 1\n")
    existing.chmod(0o664)
    write_atomic(existing, "a: 2\n")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o664


def test_the_parsed_cache_is_used_only_for_the_same_bytes_and_a_damaged_copy_is_parsed_again(tmp_path):
    from pipeline.fileio.yamlfile import load_fast_cached

    source, cache = tmp_path / "models.yaml", tmp_path / "cache"
    source.write_text("models:\n- id: a/b\n  params_total: 7\n", encoding="utf-8")
    assert load_fast_cached(source, cache) == {"models": [{"id": "a/b", "params_total": 7}]}
    (pickled,) = cache.glob("models-*.pickle")
    source.write_text("models:\n- id: a/b\n  params_total: 8\n", encoding="utf-8")  # an edit: new hash
    assert load_fast_cached(source, cache)["models"][0]["params_total"] == 8
    (newer,) = cache.glob("models-*.pickle")  # the copy of the earlier bytes is gone
    assert newer != pickled
    for damage in (b"", b"\x80\x05garbage", newer.read_bytes()[:20]):
        newer.write_bytes(damage)
        assert load_fast_cached(source, cache)["models"][0]["params_total"] == 8
