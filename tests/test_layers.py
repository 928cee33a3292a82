"""The package's dependency rule, checked on the import graph (every import, deferred ones included).

    data  → contract, fileio, errors, markers          (never site, i18n, cli)
    i18n  → fileio, errors, markers                    (never data, site, cli)
    site  → contract, i18n, fileio, errors, markers, and data's pure modules (never fetch/hubclient, cli)
    cli   → everything
    contract, markers, errors, fileio → only each other (the floor every layer stands on)

plus: no import cycle between modules, and no `from x import _name` across modules.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "pipeline"

# Which top-level parts of the package each part may import.
ALLOWED = {
    "contract": {"errors"},
    "markers": {"errors"},
    "errors": set(),
    "fileio": {"errors"},
    "data": {"contract", "fileio", "errors", "markers"},
    "i18n": {"fileio", "errors", "markers"},
    "site": {"contract", "i18n", "fileio", "errors", "markers", "data"},
    "cli": {"contract", "data", "i18n", "site", "fileio", "errors", "markers"},
    "__main__": {"cli"},
    "__init__": set(),
}
# The site never triggers network code: it may read pure data modules only.
SITE_FORBIDDEN = {"pipeline.data.fetch", "pipeline.data.hubclient", "pipeline.data.discovery",
                  "pipeline.data.ratebudget"}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path) -> tuple[dict[str, set[str]], list[str]]:
    """Module -> modules of this package it imports (anywhere in the file); and private-name imports."""
    graph: dict[str, set[str]] = {}
    private: list[str] = []
    modules = {module_name(p, root): p for p in (root / PACKAGE).rglob("*.py")}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                edges |= {alias.name for alias in node.names if alias.name.split(".")[0] == PACKAGE}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join(anchor + ([node.module] if node.module else []))
                if base.split(".")[0] != PACKAGE:
                    continue
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    if target in modules:
                        edges.add(target)  # `from pipeline.site import charts`
                    else:
                        edges.add(base)
                        if alias.name.startswith("_") and not alias.name.startswith("__"):
                            private.append(f"{path.relative_to(root)}:{node.lineno}: from {base} import {alias.name}")
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph, private


def part(module: str) -> str:
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "__init__"


def violations(root: Path) -> list[str]:
    graph, private = import_graph(root)
    found = list(private)
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            src, dst = part(module), part(target)
            if src == dst:
                continue
            if dst not in ALLOWED.get(src, set()):
                found.append(f"{module} imports {target}: the {src} layer may not import {dst}")
            elif src == "site" and target in SITE_FORBIDDEN:
                found.append(f"{module} imports {target}: the site never imports network code")
    found += [f"import cycle: {' → '.join(cycle)}" for cycle in cycles(graph)]
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One representative cycle per strongly connected component of more than one module."""
    index, low, stack, on_stack, found, counter = {}, {}, [], set(), [], [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for succ in graph.get(node, ()):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component) + [sorted(component)[0]])

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_follows_the_dependency_rule():
    assert violations(ROOT) == []


@pytest.mark.parametrize("module, line, expected", [
    ("pipeline/data/compute.py", "from pipeline.site import tables", "the data layer may not import site"),
    ("pipeline/i18n/locales.py", "from pipeline.data import compute", "the i18n layer may not import data"),
    ("pipeline/site/figures.py", "from pipeline.data import fetch", "never imports network code"),
    ("pipeline/fileio/atomic.py", "import pipeline.contract", "the fileio layer may not import contract"),
    ("pipeline/site/html.py", "from pipeline.site.render import RENDERERS", "import cycle"),  # render → … → html
    ("pipeline/site/tables.py", "from pipeline.site.figures import _private_thing", "import _private_thing"),
])
def test_a_forbidden_import_is_caught_even_inside_a_function(tmp_path, module, line, expected):
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / PACKAGE, copy / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n\ndef _late():\n    {line}\n", encoding="utf-8")
    found = violations(copy)
    assert any(expected in v for v in found), found


# Builders: a core and thin adapters ----------------------------------------------------------------

ADAPTERS = {"pipeline.site.hooks": "mkdocs", "pipeline.site.zensical_adapter": "zensical"}


def external_imports(path: Path) -> set[str]:
    """Top-level names of the packages outside `pipeline` a module imports (anywhere in the file)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names - {PACKAGE}


def test_only_each_adapter_imports_its_builder():
    modules = {module_name(p, ROOT): p for p in (ROOT / PACKAGE).rglob("*.py")}
    for name, path in modules.items():
        builders = external_imports(path) & {"mkdocs", "zensical", "zensical_i18n", "material"}
        allowed = {ADAPTERS[name]} if name in ADAPTERS else set()
        assert builders <= allowed, f"{path.relative_to(ROOT)} imports {sorted(builders - allowed)}"


def test_adapters_are_thin_and_the_core_knows_no_builder():
    graph, _ = import_graph(ROOT)
    for adapter in ADAPTERS:
        site_imports = {t for t in graph[adapter] if part(t) == "site"}
        assert site_imports == {"pipeline.site.core"}, f"{adapter} reaches past the core: {sorted(site_imports)}"
    importers = {m for m, targets in graph.items() if targets & set(ADAPTERS)}
    assert importers <= {"pipeline.cli"}, f"only the command line may import an adapter: {sorted(importers)}"
    assert "markdown" not in external_imports(ROOT / PACKAGE / "site" / "core.py")
