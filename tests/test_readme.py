"""The commands the README and the contributor guides show exist as shown: every `make` target, every
`python -m pipeline` command with its options, and every script path (so a newcomer's first command
cannot fail for a typo in the docs)."""

from __future__ import annotations

import re
import shlex

import pytest

from pipeline.cli import build_parser
from tests.conftest import ROOT

DOCS = ("README.md", "CONTRIBUTING.md", "data/README.md", "bench/README.md")


def _snippets() -> list[tuple[str, str]]:
    """(file, command) for every command in a code span or a shell block of the guides."""
    found = []
    for name in DOCS:
        text = (ROOT / name).read_text(encoding="utf-8")
        blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
        spans = re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.S))
        for chunk in [line for block in blocks for line in block.splitlines()] + spans:
            command = chunk.split("#")[0].strip()
            if re.match(r"(\S+=\S+ )*(make |\.venv/bin/python )", command):
                found.append((name, command))
    return found


SNIPPETS = _snippets()


def test_the_guides_show_commands():
    assert len([c for _, c in SNIPPETS if "-m pipeline" in c]) >= 15
    assert {"make site", "make test"} <= {c for _, c in SNIPPETS}


@pytest.mark.parametrize("where, command", SNIPPETS, ids=[c for _, c in SNIPPETS])
def test_a_command_in_the_guides_exists_as_written(where, command):
    words = shlex.split(command.replace("…", ""))
    while "=" in words[0] and not words[0].startswith("-"):
        words.pop(0)  # VAR=value prefixes
    if words[0] == "make":
        targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.M))
        named = [w for w in words[1:] if "=" not in w]
        assert named and set(named) <= targets, f"{where}: {command}: no such make target ({sorted(targets)})"
        return
    if words[1:3] != ["-m", "pipeline"]:
        assert (ROOT / words[1]).is_file(), f"{where}: {command}: {words[1]} does not exist"
        return
    parser = build_parser()
    actions = {a.dest: a for a in parser._subparsers._group_actions}
    sub = actions["command"].choices
    rest = [w for w in words[3:] if w not in ("[", "]")]
    if not rest or rest[0].startswith("-"):
        assert all(o in ("--help", "-h") for o in rest), command
        return
    assert rest[0] in sub, f"{where}: {command}: no command {rest[0]!r} (has {sorted(sub)})"
    command_parser = sub[rest[0]]
    if command_parser._subparsers is not None and len(rest) > 1 and not rest[1].startswith("-"):  # i18n, site
        inner = {a.dest: a for a in command_parser._subparsers._group_actions}
        choices = next(iter(inner.values())).choices
        assert rest[1] in choices, f"{where}: {command}: no {rest[0]} command {rest[1]!r}"
        command_parser = choices[rest[1]]
    known = {o for a in command_parser._actions for o in a.option_strings}
    for word in rest:
        option = word.strip("[]").split("=")[0]
        if option.startswith("--"):
            assert option in known, f"{where}: {command}: {option} is not an option (has {sorted(known)})"
