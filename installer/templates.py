"""The project and the templates of installer/, shared by every build: the names and version from
pyproject.toml, the filled PyInstaller spec and version resource, and the NSIS installer compiled by makensis."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"
APP = "cq2c-desktop"
PUBLISHER = "CQ2C"
HOST = "windows" if sys.platform == "win32" else "linux" if sys.platform.startswith("linux") else sys.platform


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str


def project_table() -> dict[str, object]:
    table: dict[str, object] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return table


def read_project() -> Project:
    data = project_table()
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
    return round(time.perf_counter() - started, 1)


def exe_name(target: str) -> str:
    return f"{APP}.exe" if target == "windows" else APP


def write_spec(
    project: Project, target: str, work: Path = BUILD, *, seen_as: Callable[[Path], str] = Path.as_posix
) -> Path:
    """The PyInstaller spec and the Windows version resource it names, filled into `work`.

    `seen_as` writes a path as the Python that runs PyInstaller sees it (under Wine: Z:/...)."""
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
            "ROOT": seen_as(ROOT),
            "APP": APP,
            "VERSION": project.version,
            "VERSION_FILE": seen_as(version_file),
        },
        work / "cq2c.spec",
    )


def pyinstaller_args(spec: Path, clean: bool, seen_as: Callable[[Path], str] = str) -> list[str]:
    args = ["-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    args += ["--distpath", seen_as(DIST), "--workpath", seen_as(BUILD / "pyinstaller"), seen_as(spec)]
    return args + (["--clean"] if clean else [])


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def check_windows_exe(exe: Path, project: Project) -> str:
    """The icon and the version resource (Explorer → Properties → Details) made it into the exe."""
    import pe

    kinds = pe.resource_types(exe)
    wanted = {pe.RT_GROUP_ICON: "icon", pe.RT_VERSION: "version resource"}
    missing = [what for kind, what in wanted.items() if kind not in kinds]
    if project.version.encode("utf-16-le") not in exe.read_bytes():
        missing.append(f"version {project.version} in the version resource")
    if missing:
        raise SystemExit(f"build: {exe.name} has no {', '.join(missing)}")
    return f"{exe.name} carries its icon and version {project.version}"


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


NSIS_TARGET = "amd64-unicode"  # the app is 64-bit only; so is its installer (installer/README.md)


def nsis_target(makensis: str) -> str:
    """amd64-unicode where this makensis has the 64-bit stubs (Debian's has); NSIS's own Windows
    release ships only x86 ones, so a build on Windows without them falls back to x86-unicode."""
    stub = f"lzma_solid-{NSIS_TARGET}"
    places = [Path(makensis).resolve().parent / "Stubs", Path("/usr/share/nsis/Stubs")]
    if any((place / stub).exists() for place in places):
        return NSIS_TARGET
    if HOST == "windows":
        print(f"build: WARNING: {makensis} has no {NSIS_TARGET} stubs: building a 32-bit installer", flush=True)
        return "x86-unicode"
    raise SystemExit(f"build: {makensis} has no {NSIS_TARGET} stubs (Debian's nsis package has them)")


def build_installer(
    project: Project,
    bundle: Path,
    target: str,
    *,
    out_dir: Path = DIST,
    work: Path = BUILD,
    makensis_args: tuple[str, ...] = (),
) -> tuple[Path, float]:
    """Fill the NSIS template for `bundle` and compile it; for Linux the bundle is a stand-in payload."""
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
    makensis = find_makensis()
    arch = [] if standin else [f"-XTarget {nsis_target(makensis)}"]
    options = ["-V2", "-INPUTCHARSET", "UTF8", *arch, *(["-DSTANDIN"] if standin else []), *makensis_args]
    seconds = run([makensis, *options, str(nsi)])
    if not out.exists():
        raise SystemExit(f"build: makensis wrote no {out}")
    return out, seconds
