"""The installer templates fill completely from pyproject, and the NSIS script compiles (in seconds,
with a dummy payload): a script error shows here, not first on a Windows runner."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest


def test_version_tuple_takes_the_numeric_release(build: ModuleType) -> None:
    assert build.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert build.version_tuple("1.2rc1") == (1, 2, 0, 0)
    assert build.version_tuple("2.0.3.4.post1") == (2, 0, 3, 4)
    with pytest.raises(SystemExit):
        build.version_tuple("dev")


def test_an_unfilled_field_is_an_error(build: ModuleType, tmp_path: Path) -> None:
    template = tmp_path / "t.in"
    template.write_text("Name @NAME@ @VERSION@", encoding="utf-8")
    with pytest.raises(SystemExit, match="@VERSION@"):
        build.fill(template, {"NAME": "x"}, tmp_path / "t")
    assert build.fill(template, {"NAME": "x", "VERSION": "1"}, tmp_path / "t").read_text() == "Name x 1"


def test_nsis_strings_are_escaped(build: ModuleType) -> None:
    assert build.nsis_string('a "b" $c') == 'a $\\"b$\\" $$c'


@pytest.mark.parametrize("target", ["windows", "linux"])
def test_spec_and_version_resource_fill_from_pyproject(build: ModuleType, tmp_path: Path, target: str) -> None:
    project = build.read_project()
    spec = build.write_spec(project, target, tmp_path)
    text = spec.read_text(encoding="utf-8")
    assert f'VERSION = "{project.version}"' in text
    compile(text, str(spec), "exec")  # the filled spec is valid Python
    version_info = (tmp_path / "version_info.txt").read_text(encoding="utf-8")
    assert f"filevers={build.version_tuple(project.version)!r}" in version_info
    assert build.exe_name(target) in version_info
    compile(version_info, "version_info.txt", "eval")  # PyInstaller evaluates it as one expression


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (Debian: apt-get install nsis)")
@pytest.mark.parametrize("target", ["windows", "linux"])
def test_the_installer_script_compiles(build: ModuleType, tmp_path: Path, target: str) -> None:
    """`windows` is the very script the Windows build compiles (LZMA, .exe payload); `linux` the stand-in."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / build.exe_name(target)).write_bytes(b"MZ dummy")
    (bundle / "_internal" / "resources" / "x.txt").write_text("payload", encoding="utf-8")
    installer, _seconds = build.build_installer(build.read_project(), bundle, target, out_dir=tmp_path, work=tmp_path)
    assert installer.read_bytes()[:2] == b"MZ"
    assert ("standin" in installer.name) == (target != "windows")


def test_the_bundle_keeps_every_qt_module_the_app_imports() -> None:
    """The spec excludes every PySide6 module it does not list: one the app imports but the list
    lacks would be missing from the installed app (the print preview's QtPdfWidgets nearly was)."""
    import ast
    import re

    root = Path(__file__).resolve().parents[2]
    spec = (root / "installer" / "cq2c.spec.in").read_text(encoding="utf-8")
    listed = set(re.findall(r'"(Qt\w+)"', re.search(r"QT_USED = \{(.*?)\}", spec).group(1)))  # type: ignore[union-attr]
    imported: set[str] = set()
    for path in (root / "cq2c_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            imported.update(n.split(".")[1] for n in names if n.startswith("PySide6.Qt"))
    assert imported and imported <= listed, imported - listed


def test_the_bundle_carries_the_guide_and_qts_vietnamese(build: ModuleType, tmp_path: Path) -> None:
    """The spec's `resources()` (run on its own, as PyInstaller would) lists the user guide, its
    screenshots and our Vietnamese for Qt's own words, where the app looks for them."""
    import ast

    spec = build.write_spec(build.read_project(), "windows", tmp_path).read_text(encoding="utf-8")
    tree = ast.parse(spec)
    wanted = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "resources"]
    wanted += [n for n in tree.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "REQUIRED_RESOURCES"]
    namespace: dict[str, object] = {"ROOT": Path(__file__).resolve().parents[2], "Path": Path}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "spec", "exec"), namespace)  # our own spec's code
    root, listed = namespace["ROOT"], namespace["resources"]()  # type: ignore[operator]
    bundled = {Path(source).relative_to(Path(str(root)) / "resources").as_posix() for source, _target in listed}
    assert {"i18n/qt_vi.qm", "i18n/cq2c_vi.qm", "guide/index.html", "guide/anh/7-de-xuat.png"} <= bundled
    assert not any(name.endswith(".ts") for name in bundled)
