"""The house (issue 9 §7): the engine never imports presentation (display, analysis, plotting, the CLI, the web)."""

from __future__ import annotations

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "src" / "subsidycalc" / "engine"
PRESENTATION = {"display", "analysis", "plotting", "cli", "portfolio", "web", "docgen"}


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_the_engine_imports_no_presentation() -> None:
    bad = []
    for f in ENGINE.rglob("*.py"):
        for mod in imported(f):
            parts = set(mod.split("."))
            if parts & PRESENTATION:
                bad.append((str(f.relative_to(ENGINE)), mod))
    assert not bad
