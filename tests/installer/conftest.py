"""installer/build.py is a script, not a package: load it, and its sibling modules, for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "build.py"
# build.py's sibling modules (wine.py, windows_python.py, ...), importable by the tests as they are by it.
sys.path.insert(0, str(BUILD_SCRIPT.parent))


@pytest.fixture(scope="session")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cq2c_installer_build", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
