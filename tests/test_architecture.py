"""The package's import graph: no circle, and extractors imported only by the pipeline."""

from __future__ import annotations

import ast
import pathlib

import communique

_ROOT = pathlib.Path(communique.__file__).parent
# The model's to_dict/from_dict delegate to the one converter, which builds the model.
_ALLOWED_CIRCLES = [frozenset({"communique.model", "communique.serialize"})]


def _modules() -> dict[str, pathlib.Path]:
    found = {}
    for path in _ROOT.rglob("*.py"):
        parts = path.relative_to(_ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imported(node: ast.ImportFrom, package: str, modules: dict[str, pathlib.Path]) -> set[str]:
    if node.level:
        base = package.split(".")[: len(package.split(".")) - node.level + 1]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    # "from communique import readings" imports the module readings, not only the package.
    names = {f"{target}.{alias.name}" for alias in node.names} & modules.keys()
    return names or ({target} & modules.keys())


def import_graph() -> dict[str, set[str]]:
    """Module name → the package modules it imports (type-checking and lazy imports too)."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                graph[name] |= _imported(node, package, modules)
            elif isinstance(node, ast.Import):
                graph[name] |= {alias.name for alias in node.names} & modules.keys()
        graph[name].discard(name)
    return graph


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, edges = work[-1]
            child = next(edges, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = stack[stack.index(node) :]
                    del stack[stack.index(node) :]
                    if len(component) > 1:
                        found.append(frozenset(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in stack:
                low[node] = min(low[node], index[child])
    return found


def test_the_checker_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [frozenset({"a", "b", "c"})]


def test_no_import_circle() -> None:
    graph = import_graph()
    assert "communique.document" in graph
    assert [c for c in circles(graph) if c not in _ALLOWED_CIRCLES] == []


def test_only_extractors_and_the_pipeline_import_extractors() -> None:
    graph = import_graph()
    outside = {
        name: sorted(d for d in deps if d.startswith("communique.extract"))
        for name, deps in graph.items()
        if not name.startswith("communique.extract") and name != "communique.pipeline"
    }
    assert graph["communique.pipeline"] & {"communique.extract.persons"}
    assert {name: deps for name, deps in outside.items() if deps} == {}


def test_the_document_imports_no_analyser() -> None:
    allowed = {
        "communique.hits",
        "communique.memo",
        "communique.model",
        "communique.offsets",
        "communique.records",
    }
    assert import_graph()["communique.document"] <= allowed


def test_data_files_are_read_by_the_lexicon_alone() -> None:
    readers = []
    for path in _ROOT.rglob("*.py"):
        if "lexicon" in path.relative_to(_ROOT).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "communique.lexicon":
                readers += [
                    path.name for a in node.names if a.name in {"load_table", "string_list"}
                ]
    assert readers == []
