"""Build CQ2C Planner for the people who will not install Python: `python installer/build.py`.

    python installer/build.py [--target windows|linux] [--skip-nsis] [--skip-selftest] [--clean]

One entry point. It
  1. reads the name, version and description from pyproject.toml (the installer follows the package);
  2. compiles the translations (resources/i18n/*.qm are generated, never committed);
  3. fills the templates in installer/ into build/installer/: the PyInstaller spec (cq2c.spec.in), the
     Windows version resource (version_info.txt.in) and the NSIS script (cq2c-setup.nsi.in);
  4. runs PyInstaller: a one-folder bundle in dist/cq2c-desktop/;
  5. runs the bundle's `--selftest`, which proves it complete;
  6. compiles the installer with makensis: dist/CQ2C-Planner-<version>-setup.exe, a 64-bit installer.
     For --target linux the Linux bundle stands in as the payload (…-setup-linux-standin.exe, never
     to be shipped), so an error in the NSIS script shows without Wine.

`--target windows` on Linux does all of it under Wine, from nothing but Debian's packages and the
package index (installer/README.md): a Wine prefix with Windows CPython and the project's Windows
wheels, PyInstaller and the frozen self-test there, makensis on Linux, then on a fresh prefix (an
officer's laptop) the silent per-user install, the installed app's self-test, an upgrade in place
and an uninstall that keeps the plans. On Windows, with the project's environment
(`pip install -e .[build]`), steps 1-6. Every step's result and time go to
build/installer/summary.json.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, however this file is loaded

from summary import Recorder, Step, Summary
from templates import (
    APP,
    BUILD,
    DIST,
    HOST,
    ROOT,
    build_installer,
    check_windows_exe,
    exe_name,
    fill,
    folder_size,
    nsis_string,
    pyinstaller_args,
    read_project,
    run,
    version_tuple,
    write_spec,
)

__all__ = ["build_installer", "exe_name", "fill", "main", "nsis_string", "read_project", "version_tuple", "write_spec"]
SELFTEST_TIMEOUT = 600


def selftest(bundle: Path, target: str) -> tuple[str, float]:
    """Run the frozen app's --selftest; its report file also works for a windowed (console-less) .exe."""
    report = BUILD / "selftest.txt"
    report.unlink(missing_ok=True)
    env = dict(os.environ)
    if target == "linux":
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("CQ2C_RESOURCES", None)  # the bundle must find its own resources
    command = [str(bundle / exe_name(target)), "--selftest", "--selftest-report", str(report)]
    print("$", " ".join(command), flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        command,
        env=env,
        timeout=SELFTEST_TIMEOUT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=BUILD,
    )
    seconds = round(time.perf_counter() - started, 1)
    lines = report.read_text(encoding="utf-8") if report.exists() else result.stdout
    print(lines.rstrip(), flush=True)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise SystemExit(f"build: the frozen self-test failed (exit {result.returncode})\n{tail}")
    return lines.strip().splitlines()[-1] if lines.strip() else "", seconds


def note_bundle(summary: Summary, step: Step) -> None:
    summary.bundle = str(DIST / APP)
    summary.bundle_bytes, summary.bundle_files = folder_size(DIST / APP)
    step.detail = f"{summary.bundle}: {summary.bundle_bytes / 2**20:.0f} MiB in {summary.bundle_files} files"


def note_installer(summary: Summary, installer: Path, step: Step) -> None:
    summary.installer, summary.installer_bytes = str(installer), installer.stat().st_size
    step.detail = f"{installer.name}: {summary.installer_bytes / 2**20:.0f} MiB"


def build_here(args: argparse.Namespace, recorder: Recorder) -> None:
    """The target is this machine: its own Python (the project's environment) runs every step."""
    summary, project = recorder.summary, read_project()
    with recorder.step("translations"):
        run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "build"])
    with recorder.step("spec") as step:
        spec = write_spec(project, args.target)
        step.detail = str(spec)
    with recorder.step("pyinstaller") as step:
        summary.pyinstaller_seconds = run([sys.executable, *pyinstaller_args(spec, args.clean)])
        note_bundle(summary, step)
        if args.target == "windows":
            step.detail += "; " + check_windows_exe(DIST / APP / exe_name(args.target), project)
    if not args.skip_selftest:
        with recorder.step("frozen-selftest") as step:
            summary.selftest, summary.selftest_seconds = selftest(DIST / APP, args.target)
            step.detail = summary.selftest
    if not args.skip_nsis:
        with recorder.step("installer") as step:
            installer, summary.makensis_seconds = build_installer(project, DIST / APP, args.target)
            note_installer(summary, installer, step)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--target",
        choices=("windows", "linux"),
        default=HOST,
        help=f"platform to build for (default: this one, {HOST}); windows on Linux runs under Wine",
    )
    parser.add_argument("--skip-nsis", action="store_true", help="build and self-test the bundle only")
    parser.add_argument("--skip-selftest", action="store_true", help="do not run the self-tests")
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache (and the Wine prefix) first")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    under_wine = args.target == "windows" and HOST == "linux"
    if args.target != HOST and not under_wine:
        raise SystemExit(f"build: cannot build for {args.target} on {HOST}: PyInstaller does not cross-build")
    project = read_project()
    summary = Summary(target=args.target, version=project.version, host=HOST + (" (Wine)" if under_wine else ""))
    recorder = Recorder(summary, BUILD / "summary.json")
    try:
        if under_wine:
            import wine_build

            wine_build.build(args, recorder)
        else:
            build_here(args, recorder)
    finally:
        recorder.finish()
        print("\n" + recorder.table(), flush=True)
        print(f"summary: {BUILD / 'summary.json'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
