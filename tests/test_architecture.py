"""Layer rules import-linter cannot express: nothing outside `ui` imports QtWidgets."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_imports_qt_widgets() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("cq2c_desktop", "solver")
        for path in (ROOT / folder).rglob("*.py")
        if "ui" not in path.relative_to(ROOT).parts[:2]
        and any(name.startswith("PySide6.QtWidgets") for name in _imports(path))
    ]
    assert offenders == []


def test_the_solver_stands_alone() -> None:
    for path in (ROOT / "solver").rglob("*.py"):
        roots = {name.split(".")[0] for name in _imports(path)}
        assert not roots & {"PySide6", "sqlalchemy", "cq2c_desktop"}, path
