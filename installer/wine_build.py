"""`installer/build.py --target windows` on Linux: the real Windows build, made and proven under Wine.

Two Wine prefixes under build/wine/:
- build-prefix, the build machine (kept between builds; --clean starts it again): Windows CPython and
  the project's Windows wheels, stub DLLs, the translations, PyInstaller and the frozen self-test
  (Qt's offscreen platform);
- officer-prefix, an officer's laptop, new for every build, with no Python: the silent per-user
  install of dist/CQ2C-Planner-<version>-setup.exe, the installed app's self-test on Qt's real
  Windows platform plugin (under Xvfb), an upgrade in place (the same installer again), and the
  uninstall that must keep plans and settings.
makensis runs on Linux between the two. Every step lands in build/installer/summary.json.
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import windows_python
from summary import Recorder
from templates import (
    APP,
    BUILD,
    DIST,
    ROOT,
    build_installer,
    check_windows_exe,
    exe_name,
    folder_size,
    project_table,
    pyinstaller_args,
    read_project,
    write_spec,
)
from windows_install import Officer, run_selftest
from windows_python import WindowsPython
from wine import Wine, missing_tools, virtual_display, wine_version

WINE_DIR = ROOT / "build" / "wine"
# Windows' API sets (the Universal CRT...) are part of Windows 10 and later, never bundled: PyInstaller
# under Wine finds no file for them and says so for every DLL that imports one (~500 lines).
API_SETS = re.compile(r"WARNING: Library not found: could not resolve 'api-ms-win-")
# Packages whose versions the summary lists (the full list: build/installer/windows-packages.txt).
KEY_PACKAGES = ("numpy", "pandas", "PySide6-Essentials", "PySide6-Addons", "ortools", "pyinstaller", "python-calamine")


def forward_slashes(path: Path) -> str:
    """A Linux path as the Windows Python reads it inside a Python string (the spec): Z:/..."""
    return "Z:" + path.resolve().as_posix()


def build(args: argparse.Namespace, recorder: Recorder) -> None:
    summary, project = recorder.summary, read_project()
    exe = exe_name("windows")
    with recorder.step("tools") as step:
        missing = missing_tools()
        if missing:
            raise SystemExit(
                "build: the Windows build on Linux needs Debian packages: "
                f"apt-get install --no-install-recommends {' '.join(missing)}"
            )
        summary.wine = wine_version()
        step.detail = summary.wine
    if args.clean:
        shutil.rmtree(WINE_DIR, ignore_errors=True)
    builder = Wine(WINE_DIR / "build-prefix")
    python = WindowsPython(builder, windows_python.cache_dir())
    try:
        with recorder.step("build-prefix") as step:
            existed = builder.system32.is_dir()
            builder.boot()
            step.detail = f"{'kept' if existed else 'created'} {builder.prefix}"
        with recorder.step("windows-python") as step:
            step.detail = python.unpack()
            summary.windows_python = python.version()
        with recorder.step("packages") as step:
            step.detail = python.sync(project_table())
            packages = python.packages()
            (BUILD / "windows-packages.txt").write_text(
                "".join(f"{name}=={version}\n" for name, version in sorted(packages.items())), encoding="utf-8"
            )
            canonical = {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in packages.items()}
            summary.packages = {name: canonical[name.lower()] for name in KEY_PACKAGES if name.lower() in canonical}
            summary.constraints = _constraints()
        with recorder.step("stub-dlls") as step:
            step.detail = python.install_stubs(builder)
        with recorder.step("translations"):
            python.run([str(Path("scripts") / "i18n.py"), "build"], "the translations (pyside6-lrelease)")
        with recorder.step("spec") as step:
            spec = write_spec(project, "windows", seen_as=forward_slashes)
            step.detail = str(spec)
        with recorder.step("pyinstaller") as step:
            shutil.rmtree(DIST / APP, ignore_errors=True)
            python.run(pyinstaller_args(spec, args.clean, seen_as=builder.path), "PyInstaller", unshown=API_SETS)
            summary.bundle = str(DIST / APP)
            summary.bundle_bytes, summary.bundle_files = folder_size(DIST / APP)
            stand_ins = sorted(p.name for p in (DIST / APP).rglob("*") if p.stem.lower() in windows_python.STUB_DLLS)
            if stand_ins:  # Windows has its own: ours would replace the real ICU on an officer's laptop
                raise SystemExit(f"build: the bundle holds the Wine stand-in DLLs {stand_ins}")
            step.detail = f"{summary.bundle}: {summary.bundle_bytes / 2**20:.0f} MiB in {summary.bundle_files} files; "
            step.detail += check_windows_exe(DIST / APP / exe, project)
        if not args.skip_selftest:
            with recorder.step("frozen-selftest") as step:
                offscreen = {"WINEQT_QPA_PLATFORM": "offscreen"}  # Wine hands it to Windows as QT_QPA_PLATFORM
                frozen = builder.path(DIST / APP / exe)
                report = BUILD / "selftest.txt"
                summary.selftest, summary.selftest_seconds = run_selftest(builder, frozen, report, offscreen)
                step.detail = summary.selftest + " (Qt offscreen)"
    finally:
        builder.stop()
    summary.pyinstaller_seconds = next((s.seconds for s in summary.steps if s.name == "pyinstaller"), 0.0)
    if args.skip_nsis:
        return
    with recorder.step("installer") as step:
        installer, summary.makensis_seconds = build_installer(project, DIST / APP, "windows")
        summary.installer, summary.installer_bytes = str(installer), installer.stat().st_size
        summary.installer_arch = "amd64-unicode"
        step.detail = f"{installer.name}: {summary.installer_bytes / 2**20:.0f} MiB, 64-bit (amd64-unicode)"
    install_on_a_clean_machine(installer, python, recorder, exe, skip_selftest=args.skip_selftest)


def install_on_a_clean_machine(
    installer: Path, python: WindowsPython, recorder: Recorder, exe: str, *, skip_selftest: bool
) -> None:
    summary = recorder.summary
    shutil.rmtree(WINE_DIR / "officer-prefix", ignore_errors=True)
    shutil.rmtree(WINE_DIR / "officer-prefix-home", ignore_errors=True)
    laptop = Wine(WINE_DIR / "officer-prefix")
    try:
        with recorder.step("officer-prefix") as step:
            laptop.boot()
            python.install_stubs(laptop)
            step.detail = f"new {laptop.prefix}, no Python; stub DLLs for Windows' ICU and bcryptprimitives"
        officer = Officer(laptop, exe)
        with recorder.step("install") as step:
            step.detail = officer.install(installer)
        if not skip_selftest:
            with recorder.step("installed-selftest") as step, virtual_display() as display:
                line, seconds = officer.selftest(BUILD / "installed-selftest.txt", display)
                summary.installed_selftest, summary.installed_selftest_seconds = line, seconds
                step.detail = line + " (Qt's windows platform plugin, Xvfb)"
        with recorder.step("upgrade") as step:
            step.detail = officer.upgrade(installer)
        with recorder.step("uninstall") as step:
            step.detail = officer.uninstall()
    finally:
        laptop.stop()


def _constraints() -> list[str]:
    lines = windows_python.CONSTRAINTS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
