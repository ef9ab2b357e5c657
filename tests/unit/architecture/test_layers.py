"""The import graph runs one way: extract → graph → service → app, with devserver beside them.

A package may import only the packages below it; no module imports itself back through others
(no circles, counting imports anywhere in a file, not only at the top).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# package -> the product packages it may import
ALLOWED = {
    "extract": set(),
    "devserver": set(),
    "graph": {"extract"},
    "service": {"extract", "graph"},
    "app": {"extract", "graph", "service", "devserver"},
}
PRODUCT = tuple(ALLOWED)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from extract import dates_ru`
    return {name for name in found if name.split(".")[0] in PRODUCT}


MODULES = {_module_name(p): p for package in PRODUCT for p in (ROOT / package).rglob("*.py")}


@pytest.mark.parametrize("package", PRODUCT)
def test_no_arrow_runs_upward(package: str) -> None:
    wrong = sorted(f"{name} imports {target}" for name, path in MODULES.items() if name.split(".")[0] == package
                   for target in _imports(path)
                   if target.split(".")[0] != package and target.split(".")[0] not in ALLOWED[package])
    assert wrong == []


def _resolve(target: str) -> str | None:
    """The module an import names (``from a.b import c`` names ``a.b``; a package is its __init__)."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def test_no_import_circles() -> None:
    graph = {name: {m for t in _imports(path) if (m := _resolve(t)) and m != name} for name, path in MODULES.items()}
    # A package's __init__ re-exporting its modules is not a circle with them.
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert cycles == []


# "About 500 lines": a module that grows past this is split by job. The Cypher catalogue is one
# sectioned file by design.
MAX_MODULE_LINES = 520


def test_no_product_module_over_about_500_lines() -> None:
    long = sorted(f"{name}: {n}" for name, path in MODULES.items() if name != "graph.cypher"
                  and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES)
    assert long == []
