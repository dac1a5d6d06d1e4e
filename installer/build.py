"""Build CQ2C Planner for the people who will not install Python: `python installer/build.py`.

    python installer/build.py [--target windows|linux] [--skip-nsis] [--skip-selftest] [--clean]

One entry point, run from the project's environment with the `build` extra installed
(`pip install -e .[build]`). It
  1. reads the name, version and description from pyproject.toml (the installer follows the package);
  2. compiles the translations (resources/i18n/*.qm are generated, never committed);
  3. fills the templates in installer/ into build/installer/: the PyInstaller spec (cq2c.spec.in), the
     Windows version resource (version_info.txt.in) and the NSIS script (cq2c-setup.nsi.in);
  4. runs PyInstaller: a one-folder bundle in dist/cq2c-desktop/;
  5. runs the bundle's `--selftest` (Linux: under QT_QPA_PLATFORM=offscreen), which proves it complete;
  6. compiles the installer with makensis: dist/CQ2C-Planner-<version>-setup.exe on Windows. On Linux
     the Linux bundle stands in as the payload (…-setup-linux-standin.exe, never to be shipped), so an
     error in the NSIS script shows here rather than first on a Windows runner.

PyInstaller does not cross-build: the Windows target is built on Windows
(.github/workflows/windows-installer.yml). A summary with sizes and times is written to
build/installer/summary.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"
APP = "cq2c-desktop"
PUBLISHER = "CQ2C"
SELFTEST_TIMEOUT = 600
HOST = "windows" if sys.platform == "win32" else "linux" if sys.platform.startswith("linux") else sys.platform


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str


@dataclass
class Summary:
    target: str
    version: str
    bundle: str = ""
    bundle_bytes: int = 0
    bundle_files: int = 0
    installer: str = ""
    installer_bytes: int = 0
    pyinstaller_seconds: float = 0.0
    selftest_seconds: float = 0.0
    selftest: str = ""
    makensis_seconds: float = 0.0


def read_project() -> Project:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return Project(str(data["name"]), str(data["version"]), str(data.get("description", "")))


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The numeric release of a PEP 440 version, as Windows wants it: "1.2rc1" -> (1, 2, 0, 0)."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise SystemExit(f"build: version {version!r} does not start with a number")
    a, b, c, d = (int(part or 0) for part in match.groups())
    return a, b, c, d


def fill(template: Path, values: dict[str, str], out: Path) -> Path:
    """Replace every @KEY@ of `template`; a field left unfilled is an error, not a silent blank."""
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    left = sorted(set(re.findall(r"@[A-Z][A-Z0-9_]*@", text)))
    if left:
        raise SystemExit(f"build: {template.name} has unfilled fields: {', '.join(left)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def nsis_string(text: str) -> str:
    """Text safe inside an NSIS double-quoted string."""
    return text.replace("$", "$$").replace('"', '$\\"')


def run(command: list[str]) -> float:
    print("$", " ".join(command), flush=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - started


def exe_name(target: str) -> str:
    return f"{APP}.exe" if target == "windows" else APP


def write_spec(project: Project, target: str, work: Path = BUILD) -> Path:
    """The PyInstaller spec and the Windows version resource it names, filled into `work`."""
    version_file = fill(
        INSTALLER / "version_info.txt.in",
        {
            "VERSION_TUPLE": repr(version_tuple(project.version)),
            "VERSION": project.version,
            "PUBLISHER": PUBLISHER,
            "APP": APP,
            "APP_EXE": exe_name(target),
        },
        work / "version_info.txt",
    )
    return fill(
        INSTALLER / "cq2c.spec.in",
        {
            "ROOT": ROOT.as_posix(),
            "APP": APP,
            "VERSION": project.version,
            "VERSION_FILE": version_file.as_posix(),
        },
        work / "cq2c.spec",
    )


def build_bundle(spec: Path, clean: bool) -> tuple[Path, float]:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(spec),
    ]
    if clean:
        command.insert(3, "--clean")
    seconds = run(command)
    return DIST / APP, seconds


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


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
    seconds = time.perf_counter() - started
    lines = report.read_text(encoding="utf-8") if report.exists() else result.stdout
    print(lines.rstrip(), flush=True)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise SystemExit(f"build: the frozen self-test failed (exit {result.returncode})\n{tail}")
    return lines.strip().splitlines()[-1] if lines.strip() else "", seconds


def find_makensis() -> str:
    found = shutil.which("makensis")
    candidates = [found] if found else []
    if HOST == "windows":
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base:
                candidates.append(str(Path(base) / "NSIS" / "makensis.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit(
        "build: makensis not found (Debian: apt-get install nsis; Windows: choco install nsis), or pass --skip-nsis"
    )


def build_installer(
    project: Project,
    bundle: Path,
    target: str,
    *,
    out_dir: Path = DIST,
    work: Path = BUILD,
    makensis_args: tuple[str, ...] = (),
) -> tuple[Path, float]:
    """Fill the NSIS template for `bundle` and compile it; off Windows the bundle is a stand-in payload."""
    standin = target != "windows"
    out = out_dir / f"CQ2C-Planner-{project.version}-setup{'-' + target + '-standin' if standin else ''}.exe"
    nsi = fill(
        INSTALLER / "cq2c-setup.nsi.in",
        {
            "VERSION": nsis_string(project.version),
            "VERSION_QUAD": ".".join(map(str, version_tuple(project.version))),
            "PUBLISHER": nsis_string(PUBLISHER),
            "DESCRIPTION": nsis_string(project.description),
            "APP_EXE": exe_name(target),
            "BUNDLE_DIR": str(bundle),
            "OUTFILE": str(out),
            "ICON": str(ROOT / "resources" / "icons" / "cq2c.ico"),
        },
        work / "cq2c-setup.nsi",
    )
    out.unlink(missing_ok=True)
    seconds = run(
        [find_makensis(), "-V2", "-INPUTCHARSET", "UTF8", *(["-DSTANDIN"] if standin else []), *makensis_args, str(nsi)]
    )
    if not out.exists():
        raise SystemExit(f"build: makensis wrote no {out}")
    return out, seconds


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--target",
        choices=("windows", "linux"),
        default=HOST,
        help=f"platform to build for; must be this one, {HOST} (PyInstaller does not cross-build)",
    )
    parser.add_argument("--skip-nsis", action="store_true", help="build and self-test the bundle only")
    parser.add_argument("--skip-selftest", action="store_true", help="do not run the frozen self-test")
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.target != HOST:
        raise SystemExit(
            f"build: cannot build for {args.target} on {HOST}: PyInstaller does not cross-build "
            "(the Windows installer is built by .github/workflows/windows-installer.yml)"
        )
    project = read_project()
    summary = Summary(target=args.target, version=project.version)
    run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "build"])
    spec = write_spec(project, args.target)
    bundle, summary.pyinstaller_seconds = build_bundle(spec, args.clean)
    summary.bundle = str(bundle)
    summary.bundle_bytes, summary.bundle_files = folder_size(bundle)
    print(
        f"bundle: {bundle} — {summary.bundle_bytes / 2**20:.0f} MiB in {summary.bundle_files} files, "
        f"built in {summary.pyinstaller_seconds:.0f} s",
        flush=True,
    )
    if not args.skip_selftest:
        summary.selftest, summary.selftest_seconds = selftest(bundle, args.target)
    if not args.skip_nsis:
        installer, summary.makensis_seconds = build_installer(project, bundle, args.target)
        summary.installer, summary.installer_bytes = str(installer), installer.stat().st_size
        print(
            f"installer: {installer} — {summary.installer_bytes / 2**20:.0f} MiB, "
            f"compiled in {summary.makensis_seconds:.0f} s",
            flush=True,
        )
    (BUILD / "summary.json").write_text(json.dumps(asdict(summary), indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
