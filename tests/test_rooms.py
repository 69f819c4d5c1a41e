"""The house keeps its rooms: who may import whom, no import circles, no oversized modules.

The rules are data (``ROOM_MAY_IMPORT``, ``INTERFACES``); docs/architecture.md explains
them. The import graph is read from the source with ``ast`` (every import, including the
ones inside functions), so the checks need nothing installed and see lazy imports too.
Each checker is also run on a small made-up graph that breaks its rule, so a checker
that could never fail would fail here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("crawler", "cleaners")

#: Room -> the rooms it may import. A room is a top-level module or sub-package of
#: ``crawler`` (or ``cleaners`` as a whole); ``crawler`` itself only holds ``__version__``.
ROOM_MAY_IMPORT: Mapping[str, frozenset[str]] = {
    "cleaners": frozenset(),
    "crawler": frozenset(),
    "crawler.exitcodes": frozenset(),  # the documented exit statuses: imports none
    "crawler.redact": frozenset(),  # what a secret is and how it is hidden: imports none
    "crawler.sources": frozenset({"cleaners"}),
    "crawler.store": frozenset({"crawler"}),
    "crawler.observe": frozenset(),  # progress, metrics, log formats: fed stats, imports none
    "crawler.index": frozenset({"crawler", "crawler.store"}),
    "crawler.ingest": frozenset({"crawler", "cleaners", "crawler.sources", "crawler.store",
                                 "crawler.index"}),
    "crawler.crawl": frozenset({"crawler", "cleaners", "crawler.sources", "crawler.store",
                                "crawler.index", "crawler.ingest", "crawler.observe",
                                "crawler.redact"}),
    "crawler.jobs": frozenset({"crawler", "cleaners", "crawler.sources", "crawler.store",
                               "crawler.index", "crawler.ingest", "crawler.observe"}),
    "crawler.demo": frozenset(),
    "crawler.commands": frozenset({"crawler", "cleaners", "crawler.sources", "crawler.store",
                                   "crawler.index", "crawler.ingest", "crawler.crawl",
                                   "crawler.jobs", "crawler.demo", "crawler.observe",
                                   "crawler.exitcodes", "crawler.redact"}),
    # the CLI turns a StoreError that escapes a command into exit status 3
    "crawler.cli": frozenset({"crawler", "crawler.commands", "crawler.observe",
                              "crawler.exitcodes", "crawler.store", "crawler.redact"}),
}

#: Interface module -> its backends. An interface never imports a backend; a backend
#: never imports another backend of the same interface; only the factory (and the
#: rooms above) may name a backend.
INTERFACES: Mapping[str, frozenset[str]] = {
    "crawler.store.base": frozenset({"crawler.store.local", "crawler.store.s3"}),
    "crawler.index.base": frozenset({"crawler.index.embedded", "crawler.index.embedded_backend",
                                     "crawler.index.redis_backend"}),
}
#: A module longer than this says at the top of its docstring why it is.
MAX_LINES = 500
LONG_MODULE_REASON = "Over 500 lines because"

Graph = dict[str, set[str]]


def module_files() -> dict[str, Path]:
    """Every module of the packages, by dotted name (packages by their own name)."""
    out: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            name = ".".join(path.relative_to(REPO).with_suffix("").parts)
            out[name.removesuffix(".__init__")] = path
    return out


def import_graph(files: Mapping[str, Path]) -> Graph:
    """Module -> the modules of the packages it imports (explicitly, anywhere in it)."""
    graph: Graph = {name: set() for name in files}
    for name, path in files.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in files
                           else node.module for alias in node.names]
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def room_of(module: str) -> str:
    """``crawler.store.s3`` -> ``crawler.store``; ``cleaners.x`` -> ``cleaners``."""
    parts = module.split(".")
    if parts[0] == "cleaners":
        return "cleaners"
    return ".".join(parts[:2])


def room_violations(graph: Graph) -> list[str]:
    """Imports that cross into a room the importer may not use."""
    bad = []
    for module, targets in graph.items():
        room = room_of(module)
        allowed = ROOM_MAY_IMPORT.get(room)
        if allowed is None:
            bad.append(f"{module}: room {room} is not in ROOM_MAY_IMPORT (add it, with its rule)")
            continue
        bad.extend(f"{module} imports {t} ({room} may not import {room_of(t)})"
                   for t in sorted(targets) if room_of(t) != room and room_of(t) not in allowed)
    return bad


def backend_violations(graph: Graph) -> list[str]:
    """An interface importing one of its backends, or a backend importing a sibling."""
    bad = []
    for interface, backends in INTERFACES.items():
        bad.extend(f"interface {interface} imports backend {t}"
                   for t in sorted(graph.get(interface, ())) if t in backends)
        for backend in sorted(backends):
            # the embedded index and its array backend are one backend in two modules
            siblings = backends - {backend} - ({"crawler.index.embedded_backend"}
                                               if backend == "crawler.index.embedded" else set())
            bad.extend(f"backend {backend} imports backend {t}"
                       for t in sorted(graph.get(backend, ())) if t in siblings)
    return bad


def cycles(graph: Graph) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
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

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def oversized(files: Mapping[str, Path], names: Iterable[str]) -> list[str]:
    """Modules over ``MAX_LINES`` lines whose docstring gives no reason."""
    bad = []
    for name in names:
        text = files[name].read_text(encoding="utf-8")
        lines = text.count("\n")
        doc = ast.get_docstring(ast.parse(text)) or ""
        if lines > MAX_LINES and LONG_MODULE_REASON not in doc:
            bad.append(f"{name}: {lines} lines; split it or say '{LONG_MODULE_REASON} …' "
                       "in its docstring")
    return bad


FILES = module_files()
GRAPH = import_graph(FILES)


def test_every_room_has_a_one_line_purpose() -> None:
    for package in [p for p in (REPO / "crawler").iterdir() if (p / "__init__.py").exists()]:
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text())) or ""
        assert doc.strip(), f"crawler/{package.name}/__init__.py: say in a line what the room is"


def test_rooms_import_only_what_they_may() -> None:
    assert room_violations(GRAPH) == []


def test_interfaces_never_import_their_backends() -> None:
    assert backend_violations(GRAPH) == []


def test_no_import_circles() -> None:
    assert cycles(GRAPH) == []


def test_no_module_over_500_lines_without_a_reason() -> None:
    assert oversized(FILES, FILES) == []


def test_cleaners_never_import_crawler() -> None:
    assert [f"{m} imports {t}" for m, ts in GRAPH.items() if m.startswith("cleaners")
            for t in ts if t.startswith("crawler")] == []


# --- the checkers themselves can fail -------------------------------------------------------

def test_checkers_catch_what_they_guard_against() -> None:
    made_up: Graph = {
        "cleaners.pipeline": {"crawler.store.base"},           # cleaners importing crawler
        "crawler.store.base": {"crawler.store.s3"},            # interface -> backend
        "crawler.store.s3": {"crawler.store.local"},           # backend -> sibling backend
        "crawler.store.local": {"crawler.store.base"},
        "crawler.index.base": {"crawler.index.redis_backend"},
        "crawler.index.redis_backend": {"crawler.index.base"},  # circle with the line above
        "crawler.ingest.page": {"crawler.jobs.reclean"},       # ingest may not use the jobs
        "crawler.jobs.reclean": set(),
    }
    assert "cleaners.pipeline imports crawler.store.base (cleaners may not import crawler.store)" \
        in room_violations(made_up)
    assert any("crawler.ingest.page imports crawler.jobs.reclean" in v
               for v in room_violations(made_up))
    assert backend_violations(made_up) == [
        "interface crawler.store.base imports backend crawler.store.s3",
        "backend crawler.store.s3 imports backend crawler.store.local",
        "interface crawler.index.base imports backend crawler.index.redis_backend",
    ]
    assert ["crawler.index.base", "crawler.index.redis_backend"] in cycles(made_up)


def test_graph_sees_lazy_imports(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("def f():\n    from b import x\n    return x\n")
    (tmp_path / "b.py").write_text("x = 1\n")
    assert import_graph({"a": tmp_path / "a.py", "b": tmp_path / "b.py"}) == {"a": {"b"},
                                                                             "b": set()}


def test_oversized_needs_the_reason(tmp_path: Path) -> None:
    long_body = "x = 1\n" * (MAX_LINES + 1)
    (tmp_path / "plain.py").write_text('"""A module."""\n' + long_body)
    (tmp_path / "why.py").write_text(f'"""A module.\n\n{LONG_MODULE_REASON} it must."""\n'
                                     + long_body)
    files = {"plain": tmp_path / "plain.py", "why": tmp_path / "why.py"}
    assert [v.split(":")[0] for v in oversized(files, files)] == ["plain"]
