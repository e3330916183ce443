"""The project's Python modules by the names they are installed under.

The repository's folders are installed as subpackages of ``relgraph``
(pyproject.toml's package-dir): ``graph/store.py`` is ``relgraph.graph.store``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# folder in the repository -> its package and its layer (higher may import lower)
FOLDERS = {"relgraph": ("relgraph", 3), "viz": ("relgraph.viz", 2),
           "loaders": ("relgraph.loaders", 2), "graph": ("relgraph.graph", 1),
           "cypher": ("relgraph.cypher", 0), "examples": ("relgraph.examples", 0)}
PACKAGE_LAYER = {package: layer for package, layer in FOLDERS.values()}
BARE = {"graph", "loaders", "viz", "cypher", "examples"}


def project_modules() -> list[tuple[Path, str, bool]]:
    found = []
    for folder, (package, _) in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT / folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            found.append((path, ".".join([package, *parts]), path.name == "__init__.py"))
    return found


MODULES = project_modules()
