"""The shape of the code: imports between the modules of `index/` and `bot/`, read with `ast`.

Every import counts, wherever it stands: at the top, inside a function, under `if TYPE_CHECKING:`. An import
inside a function that closes a loop is still a loop; it only hides it until the function runs.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("index", "bot")
#: What the engine never imports: the front ends and the libraries only they need.
ENGINE_NEVER = ("bot", "telegram", "httpx", "tornado")


@dataclass(frozen=True)
class Import:
    """One imported name: the module that imports it, the module it comes from, the name, where."""

    importer: str
    module: str  # the module of ours (or the outside top-level package) imported from
    name: str | None  # the name taken from it (None for `import module`)
    line: int


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    """Every module of the packages, by dotted name."""
    return {_module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def _absolute(importer: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports(known: dict[str, Path]) -> Iterator[Import]:
    """Every import in every module, resolved to the module imported from (a submodule where `from package
    import name` names one)."""
    for importer, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield Import(importer, alias.name, None, node.lineno)
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(importer, path.name == "__init__.py", node)
                for alias in node.names:
                    submodule = f"{source}.{alias.name}"
                    if submodule in known:
                        yield Import(importer, submodule, None, node.lineno)
                    else:
                        yield Import(importer, source, alias.name, node.lineno)


def _ours(module: str, known: dict[str, Path]) -> str | None:
    """The module of ours `module` is or lies in, if any."""
    while module and module not in known:
        module = module.rpartition(".")[0]
    return module or None


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module, or a module importing itself (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
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
            if len(component) > 1 or v in graph[v]:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    known = modules()
    graph: dict[str, set[str]] = {m: set() for m in known}
    for imp in imports(known):
        target = _ours(imp.module, known)
        if target is not None and target != imp.importer:
            graph[imp.importer].add(target)
    assert _cycles(graph) == []


def test_no_private_names_across_modules() -> None:
    known = modules()
    taken = [f"{imp.importer}:{imp.line} takes {imp.name or imp.module} from {imp.module}"
             for imp in imports(known)
             if _ours(imp.module, known) is not None and _ours(imp.module, known) != imp.importer
             and any(part.startswith("_") and not part.startswith("__")
                     for part in [*imp.module.split("."), *([imp.name] if imp.name else [])])]
    assert taken == []


def test_the_engine_never_imports_the_front_ends_or_telegram() -> None:
    known = modules()
    found = [f"{imp.importer}:{imp.line} imports {imp.module}" for imp in imports(known)
             if imp.importer.split(".")[0] == "index" and imp.module.split(".")[0] in ENGINE_NEVER]
    assert found == []


def test_package_inits_import_nothing() -> None:
    """`from index.errors import QabotError` must not load the engine: no `__init__.py` imports anything
    (but `__future__`)."""
    eager = [f"{name}:{imp.line} imports {imp.module}" for name, path in modules().items()
             if path.name == "__init__.py" for imp in imports({name: path}) if imp.module != "__future__"]
    assert eager == []


def test_every_package_says_its_job() -> None:
    """Each package's `__init__.py` is a docstring whose first line says what the package does."""
    silent = [name for name, path in modules().items() if path.name == "__init__.py"
              and not (ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "").strip()]
    assert silent == []
