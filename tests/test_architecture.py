"""Layer rules import-linter cannot express: nothing outside `ui` imports QtWidgets, and the command
line and the services load no Qt at all when they are imported (the PDF writer and the printer load
Qt where they run)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
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


_LOADED_QT = """
import importlib, json, pkgutil, sys
import cq2c_desktop.cli
loaded = {"cli": sorted(m for m in sys.modules if m.startswith("PySide6"))}
import cq2c_desktop.services, cq2c_desktop.store, cq2c_desktop.domain
for package in (cq2c_desktop.services, cq2c_desktop.store, cq2c_desktop.domain):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
loaded["services"] = sorted(m for m in sys.modules if m.startswith("PySide6"))
print(json.dumps(loaded))
"""


def test_the_command_line_and_the_services_load_no_qt() -> None:
    """In a fresh interpreter, as `cq2c` starts: importing the CLI, then every service, loads no
    PySide6 module at all, QtWidgets least of all (services/outputs.py once re-exported the printer)."""
    done = subprocess.run([sys.executable, "-c", _LOADED_QT], capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = json.loads(done.stdout)
    assert loaded == {"cli": [], "services": []}


def test_the_qt_probe_sees_qt_when_it_is_loaded() -> None:
    """The probe above would see a module that loads QtWidgets (so its empty answer means something)."""
    printer = "import cq2c_desktop.cli\nimport cq2c_desktop.io.printing\n"
    probe = _LOADED_QT.replace("import cq2c_desktop.cli\n", printer)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "PySide6.QtWidgets" in json.loads(done.stdout)["cli"]


def test_no_module_is_over_400_lines() -> None:
    """A module over 400 lines has two jobs (STYLE.md): split it where the jobs part."""
    too_long = {
        str(path.relative_to(ROOT)): lines
        for folder in ("cq2c_desktop", "solver", "tests", "scripts", "benchmarks", "installer")
        for path in (ROOT / folder).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert too_long == {}
