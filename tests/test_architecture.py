"""The layout holds: no import cycle, imports only in the allowed directions, no module
over 400 lines (data tables excepted), no class over 300 lines, every package says what
it offers. These read the source with ``ast``; nothing is imported.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "newsdiff"

MAX_MODULE_LINES = 400
MAX_CLASS_LINES = 300
#: A module made only of data (word lists) may be longer if its docstring starts so.
DATA_TABLE = "Data table"

#: Which newsdiff packages each package may import (besides itself). The top-level
#: modules (``newsdiff``, ``newsdiff.main``, ``newsdiff.__main__``) may import any.
ALLOWED: dict[str, frozenset[str]] = {
    "core": frozenset(),
    "meaning": frozenset({"core"}),
    "store": frozenset({"core"}),
    "dataset": frozenset({"core", "store"}),
    "corpus": frozenset({"core"}),
    "display": frozenset(),
    "cli": frozenset({"core", "meaning", "store", "dataset", "corpus", "display"}),
    "tui": frozenset({"core", "meaning", "store", "dataset", "corpus", "display"}),
}


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    tree: ast.Module

    @property
    def package(self) -> str | None:
        """The first-level subpackage (``core``, ``cli`` ...), or None at the top."""
        parts = self.name.split(".")
        if len(parts) >= 3 or (len(parts) == 2 and self.path.name == "__init__.py"):
            return parts[1]
        return None


def _modules() -> dict[str, Module]:
    out: dict[str, Module] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(SRC).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        out[name] = Module(name, path, ast.parse(path.read_text(encoding="utf-8")))
    return out


MODULES = _modules()


def _imports(module: Module) -> Iterator[str]:
    """Every newsdiff module ``module`` imports, at any depth of its code (a function's
    lazy import is a dependency too), as the most specific module that exists."""
    is_package = module.path.name == "__init__.py"
    here = module.name if is_package else module.name.rpartition(".")[0]
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            # "from pkg import sub" names a module when pkg.sub is one.
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target.startswith("newsdiff") and target != module.name:
                yield target


GRAPH = {name: sorted(set(_imports(m))) for name, m in MODULES.items()}


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    """The cycle check itself can fail: a two-module loop and a three-module loop are found."""
    graph = {"a": ["b"], "b": ["a"], "c": ["d"], "d": ["e"], "e": ["c"], "f": ["a"]}
    assert sorted(_cycles(graph)) == [["a", "b"], ["c", "d", "e"]]


def test_no_import_cycle() -> None:
    """No two modules of src/ import each other, directly or round a loop."""
    assert _cycles(GRAPH) == []


def test_the_walk_sees_lazy_and_relative_imports() -> None:
    """The graph holds imports made inside functions and relative ones (else it proves little)."""
    assert "newsdiff.tui.app" in GRAPH["newsdiff.main"]  # inside run_app
    assert "newsdiff.tui.layout" in GRAPH["newsdiff.tui.app"]  # from .layout import ...


def _violations() -> Iterator[str]:
    for name, targets in GRAPH.items():
        pkg = MODULES[name].package
        if pkg is None:
            continue
        allowed = ALLOWED[pkg] | {pkg}
        for target in targets:
            target_pkg = MODULES[target].package
            if target_pkg is None:
                # The top-level newsdiff package only holds __version__; main is the door.
                if target != "newsdiff":
                    yield f"{name} imports {target}"
            elif target_pkg not in allowed:
                yield f"{name} imports {target} ({pkg} may import {sorted(ALLOWED[pkg])})"


def test_every_package_is_in_the_table() -> None:
    """A new package must say where it sits before it can pass the direction check."""
    packages = {m.package for m in MODULES.values() if m.package}
    assert packages <= set(ALLOWED), packages - set(ALLOWED)


def test_imports_follow_the_directions() -> None:
    """core imports nothing of newsdiff's; meaning and store import core; dataset imports
    store and core; cli and tui import the rest and never each other."""
    assert list(_violations()) == []


@pytest.mark.parametrize("name", sorted(n for n, m in MODULES.items() if m.package))
def test_module_size(name: str) -> None:
    """No module over 400 lines, except data tables that say so in their first line."""
    module = MODULES[name]
    lines = len(module.path.read_text(encoding="utf-8").splitlines())
    doc = ast.get_docstring(module.tree) or ""
    if doc.startswith(DATA_TABLE):
        return
    assert lines <= MAX_MODULE_LINES, f"{module.path.relative_to(SRC)}: {lines} lines"


def test_class_sizes() -> None:
    """No class over 300 lines anywhere in src/."""
    big = [
        f"{m.path.relative_to(SRC)}:{node.lineno} {node.name} ({n} lines)"
        for m in MODULES.values()
        for node in ast.walk(m.tree)
        if isinstance(node, ast.ClassDef)
        and (n := (node.end_lineno or node.lineno) - node.lineno + 1) > MAX_CLASS_LINES
    ]
    assert big == []


@pytest.mark.parametrize(
    "name", sorted(n for n, m in MODULES.items() if m.path.name == "__init__.py")
)
def test_packages_say_what_they_offer(name: str) -> None:
    """Each package's __init__ has a docstring and an ``__all__`` naming what it offers."""
    module = MODULES[name]
    assert ast.get_docstring(module.tree), f"{name}: no docstring"
    names = [
        t.id
        for node in module.tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(t, ast.Name)
    ]
    assert "__all__" in names, f"{name}: no __all__"


def test_package_docstrings_name_their_directions() -> None:
    """Each first-level package's docstring says what it may import."""
    for pkg in ALLOWED:
        module = MODULES.get(f"newsdiff.{pkg}")
        if module is None:
            continue  # a package named in the table before it exists
        doc = ast.get_docstring(module.tree) or ""
        assert "May import" in doc or "may import" in doc, f"newsdiff.{pkg}"


def test_architecture_doc_maps_every_module() -> None:
    """docs/architecture.md's module map names every module of src/ (and no module that
    is gone), so the map a newcomer reads stays true."""
    doc = (SRC.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = doc[doc.index("## Module map") :]
    mapped = set(re.findall(r"^\| `([^`]+\.py)` \|", table, flags=re.M))
    actual = {str(m.path.relative_to(PACKAGE)) for m in MODULES.values()}
    assert sorted(actual - mapped) == [] and sorted(mapped - actual) == []
