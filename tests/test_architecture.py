"""The shape of the code: imports between the modules of `index/` and `bot/`, read with `ast`.

Every import counts, wherever it stands: at the top, inside a function, under `if TYPE_CHECKING:`. An import
inside a function that closes a loop is still a loop; it only hides it until the function runs.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

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


def test_the_store_never_imports_answering() -> None:
    """The index on disk knows nothing of questions: `index.store` (and what it builds on: text rules,
    corpus parsing, ranking) imports neither `index.answering` nor the evaluation; the engine takes an `Index`."""
    lower = ("index.store", "index.text", "index.corpus", "index.ranking")
    found = [f"{imp.importer}:{imp.line} imports {imp.module}" for imp in imports(modules())
             if imp.importer.startswith(lower) and imp.module.startswith(("index.answering", "index.evaluation"))]
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


# --- nothing read is executed -----------------------------------------------------------------------------------
#: Modules that turn bytes into live objects.
UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "joblib"}


def test_nothing_read_is_unpickled_or_evaluated() -> None:
    """The index and the journal are JSON (a large index's arrays: .npy without pickles) and updates are JSON
    from the Bot API: no module of ours imports pickle, marshal and their kin, calls eval or exec, loads YAML
    unsafely, allows pickles in numpy or keeps PTB's pickle persistence.

    Read with `ast`, so a comment or docstring that names them (index/text/tokenization.py explains jieba's
    marshal cache) is no finding. That cache is jieba's own, read by jieba when an index is built, from qabot's
    private cache folder (test_tokenization.py checks where); answering never unmarshals (next test).
    """
    found = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            what = None
            if isinstance(node, ast.Import) and any(a.name.split(".")[0] in UNSAFE_MODULES for a in node.names):
                what = "imports " + ", ".join(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
                what = f"imports from {node.module}"
            elif isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in {"eval", "exec"}:
                    what = f"calls {func.id}"
                elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                        func.value.id == "yaml" and func.attr in {"load", "unsafe_load"}:
                    what = f"calls yaml.{func.attr}"
                elif any(k.arg == "allow_pickle" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                         for k in node.keywords):
                    what = "allows pickles"
            elif isinstance(node, (ast.Name, ast.Attribute)) and \
                    (node.id if isinstance(node, ast.Name) else node.attr) == "PicklePersistence":
                what = "uses PicklePersistence"
            if what:
                found.append(f"{name}:{getattr(node, 'lineno', '?')} {what}")
    assert found == []


def test_answering_never_unmarshals_or_unpickles(index_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading an index and answering, follow-ups and words the index does not know included, reads no
    marshal or pickle data (jieba's dictionary comes from the index, its general dictionary as text)."""
    import marshal
    import pickle

    from index.answering.dialog import Conversation
    from index.answering.loading import load_engine

    calls: list[str] = []

    def recording(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)  # recorded, not raised: jieba swallows errors from its cache
            return real(*args, **kwargs)
        return call

    # marshal.load reads a file (jieba's cache comes that way); marshal.loads is left alone: it is how Python
    # itself reads the bytecode of modules imported on first use.
    for module, name in ((marshal, "load"), (pickle, "load"), (pickle, "loads")):
        monkeypatch.setattr(module, name, recording(f"{module.__name__}.{name}", getattr(module, name)))
    engine = load_engine(index_path)
    conversation = Conversation(lambda: engine)
    for text in ("省委督导组有多少个?", "还有呢?", "那芜湖市呢?", "今天合肥天气咋样?", "这篇报道的记者是谁?"):
        conversation.reply(text)
    assert engine.ask("省委抽调了多少人?").answered
    assert calls == []


@pytest.mark.slow
def test_the_same_recording_sees_jieba_read_its_cache_in_a_build(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can see an unmarshal: building reads jieba's marshal cache through marshal.load."""
    import marshal

    from index.text.tokenization import TokenizerSettings, full_dictionary

    full_dictionary(TokenizerSettings(), tmp_path)  # writes the cache
    calls: list[str] = []
    real = marshal.load
    monkeypatch.setattr(marshal, "load", lambda handle: (calls.append("marshal.load"), real(handle))[1])
    full_dictionary(TokenizerSettings(), tmp_path)
    assert calls == ["marshal.load"]


def test_tests_do_not_import_the_benchmarks() -> None:
    """bench/ measures; tests use only the packages (a benchmark's script may be run, as a user would)."""
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.relative_to(ROOT)}:{node.lineno} imports {n}"  # type: ignore[attr-defined]
                      for n in names if n.split(".")[0] == "bench"]
    assert found == []
