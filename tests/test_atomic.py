"""Atomic writes: one file is old or new, never truncated; a set of files changes together or not at all."""

from __future__ import annotations

import pytest

from pipeline.fileio.atomic import write_atomic, write_set


def test_a_set_is_written_whole_and_reports_what_changed(tmp_path):
    (tmp_path / "a.json").write_text("old a")
    (tmp_path / "same.json").write_text("same")
    (tmp_path / "gone.json").write_text("bye")
    changed = write_set({tmp_path / "a.json": "new a", tmp_path / "same.json": "same",
                         tmp_path / "sub" / "b.json": "new b"}, [tmp_path / "gone.json", tmp_path / "never.json"])
    assert sorted(p.name for p in changed) == ["a.json", "b.json", "gone.json"]
    assert (tmp_path / "a.json").read_text() == "new a" and (tmp_path / "sub" / "b.json").read_text() == "new b"
    assert not (tmp_path / "gone.json").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.json", "b.json", "same.json", "sub"]


def test_a_failure_half_way_leaves_every_file_as_it_was(tmp_path):
    (tmp_path / "a.json").write_text("old a")
    (tmp_path / "c.json").write_text("old c")
    (tmp_path / "blocked").write_text("a file where a folder is needed")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(OSError):
        write_set({tmp_path / "a.json": "new a", tmp_path / "blocked" / "b.json": "new b",
                   tmp_path / "c.json": "new c"}, [tmp_path / "c.json"])
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no temp file left either


def test_write_atomic_says_whether_the_bytes_changed(tmp_path):
    path = tmp_path / "x.yaml"
    assert write_atomic(path, "one") is True
    assert write_atomic(path, "one") is False
    assert write_atomic(path, b"two") is True and path.read_text() == "two"
