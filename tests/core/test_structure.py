"""The core's modules import one another without cycles, counting imports inside functions too."""

from __future__ import annotations

import ast
from pathlib import Path

import reader.core

CORE = Path(reader.core.__file__).parent


def _imports(path: Path) -> set[str]:
    """The reader.core modules a module imports, at its top or inside its functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(name.removeprefix("reader.core.") for name in names if name.startswith("reader.core."))
    modules = {p.stem for p in CORE.glob("*.py")}
    return {name for name in found if name in modules and name != path.stem}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph, as the modules along it, or [] if there is none."""
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str]:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return []
        for target in sorted(graph[module]):
            cycle = visit(target, [*path, module])
            if cycle:
                return cycle
        done.add(module)
        return []

    for module in sorted(graph):
        cycle = visit(module, [])
        if cycle:
            return cycle
    return []


def test_core_has_no_import_cycle() -> None:
    graph = {path.stem: _imports(path) for path in CORE.glob("*.py") if path.stem != "__init__"}
    assert "errors" in graph["builder"]  # the graph holds the imports
    assert _cycle(graph) == []


def test_the_cycle_finder_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []
