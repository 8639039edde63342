"""The import graph between bot/'s packages and top-level modules has no cycle.

A unit is `bot.<name>`: a package (bot/channels/, bot/storage/, ...) or a top-level module
(bot/launcher.py, ...). Every import anywhere in a unit's files counts, including imports inside
functions (a lazy import still is a dependency), and `from bot import x` is an edge to bot.x.

bot.storage is the bottom layer: it imports nothing from bot except bot.settings.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"

# What bot.storage may import from bot (storage is the bottom layer).
STORAGE_MAY_IMPORT = {"bot.settings"}


def _unit(dotted: str) -> str | None:
    """bot.channels.messenger.graph -> bot.channels; anything outside bot -> None."""
    parts = dotted.split(".")
    if parts[0] != "bot" or len(parts) < 2:
        return None
    return f"bot.{parts[1]}"


def _module_name(path: Path, root: Path) -> str:
    relative = path.relative_to(root.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_modules(path: Path, root: Path) -> set[str]:
    """Dotted names of the bot modules (or bot.x names) one file imports, anywhere in the file."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if source == "bot":
                # `from bot import channels` is an edge to bot.channels
                found.update(f"bot.{alias.name}" for alias in node.names)
            else:
                found.add(source)
    return {name for name in found if _unit(name)}


def import_graph(root: Path = BOT) -> dict[str, dict[str, set[str]]]:
    """unit -> {imported unit -> the files (relative to bot/) whose imports make that edge}."""
    graph: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in sorted(root.rglob("*.py")):
        source = _unit(_module_name(path, root))
        if source is None:  # bot/__init__.py
            continue
        graph[source]  # every unit is a node, even one importing nothing
        for name in _imported_modules(path, root):
            target = _unit(name)
            if target != source:
                graph[source][target].add(path.relative_to(root).as_posix())
    return graph


def strongly_connected_components(graph: dict[str, dict[str, set[str]]]) -> list[set[str]]:
    """Tarjan's algorithm; every component, including single units."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def _describe(component: set[str], graph: dict[str, dict[str, set[str]]]) -> str:
    lines = ["{" + ", ".join(sorted(component)) + "}:"]
    for source in sorted(component):
        for target in sorted(set(graph[source]) & component):
            lines.append(f"  {source} -> {target} ({', '.join(sorted(graph[source][target]))})")
    return "\n".join(lines)


def test_the_graph_sees_every_kind_of_import_and_names_the_cycle(tmp_path: Path):
    root = tmp_path / "bot"
    files = {
        "__init__.py": "",
        "a/__init__.py": "from bot import b\n",  # `from bot import x` is an edge to bot.x
        "a/x.py": "def f():\n    from ..c import z  # lazy and relative\n",
        "b.py": "import bot.c.z as q\nimport os\n",
        "c/__init__.py": "from . import z\nfrom .z import w\n",  # inside the unit: no edge
        "c/z.py": "w = 1\n",
        "d.py": "from bot.a.x import f\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    graph = import_graph(root)
    assert {source: {target: files for target, files in edges.items()} for source, edges in graph.items()} == {
        "bot.a": {"bot.b": {"a/__init__.py"}, "bot.c": {"a/x.py"}},
        "bot.b": {"bot.c": {"b.py"}},
        "bot.c": {},
        "bot.d": {"bot.a": {"d.py"}},
    }
    assert [c for c in strongly_connected_components(graph) if len(c) > 1] == []
    (root / "c" / "z.py").write_text("from bot.d import f\n", encoding="utf-8")
    graph = import_graph(root)
    [cycle] = [c for c in strongly_connected_components(graph) if len(c) > 1]
    assert cycle == {"bot.a", "bot.b", "bot.c", "bot.d"}
    assert "  bot.c -> bot.d (c/z.py)" in _describe(cycle, graph).splitlines()


def test_no_import_cycle_between_bot_packages():
    graph = import_graph()
    cycles = [component for component in strongly_connected_components(graph) if len(component) > 1]
    assert not cycles, "import cycles between bot's packages:\n" + "\n".join(
        _describe(component, graph) for component in cycles
    )


def test_storage_is_the_bottom_layer():
    graph = import_graph()
    extra = {target: files for target, files in graph["bot.storage"].items() if target not in STORAGE_MAY_IMPORT}
    assert not extra, "bot.storage imports from above it:\n" + "\n".join(
        f"  bot.storage -> {target} ({', '.join(sorted(files))})" for target, files in sorted(extra.items())
    )
