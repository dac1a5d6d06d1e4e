"""Running Windows programs under Wine for the Windows build on Linux (installer/build.py --target windows).

What a trial by hand found (../shared/docs/WINE.md), kept here so no caller has to know it:
- Debian's 64-bit Wine runs 64-bit programs without the i386 architecture: call its `wine64` loader
  directly (the `wine` wrapper looks for the 32-bit one first).
- Windows Python dies at start ("init_sys_streams", WinError 6) when a standard stream is a regular
  file: stdin is /dev/null and output always goes through a pipe.
- Wine's own services (started on demand) inherit that pipe and keep it open after the program has
  exited: the output is read until the *program* exits, never until the pipe closes.
- Wine passes the host's environment on but drops QT_* variables: `WINEQT_QPA_PLATFORM` arrives as
  `QT_QPA_PLATFORM`.
- Every prefix has its own HOME, so Wine links no folder of the real user's desktop, documents or menus.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

WINE_DIR = Path("/usr/lib/wine")
WINE64 = WINE_DIR / "wine64"
WINESERVER = WINE_DIR / "wineserver"
# Not forwarded into Windows: the host's display (Wine would open windows on it), Python settings for
# the host's interpreter, and pip's settings (Linux paths and Linux wheels; windows_python.py sets its own).
_DROPPED = re.compile(r"DISPLAY|WAYLAND_DISPLAY|XAUTHORITY|PYTHON.*|VIRTUAL_ENV|CONDA_.*|PIP_.*|QT_.*|CQ2C_.*")


@dataclass(frozen=True)
class Result:
    returncode: int
    output: str

    def tail(self, lines: int = 25) -> str:
        return "\n".join(self.output.rstrip().splitlines()[-lines:])


class Wine:
    """One Wine prefix: a Windows machine in a folder."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        env = {key: value for key, value in os.environ.items() if not _DROPPED.fullmatch(key)}
        env.update(
            WINEPREFIX=str(prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No .NET or Gecko installer prompts, no menu entries or file associations on the host.
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
            HOME=str(prefix.parent / f"{prefix.name}-home"),
            PYTHONUTF8="1",
            PYTHONIOENCODING="utf-8",
        )
        self.env = env

    # --- the prefix's folders, as Linux sees them -------------------------------------------------
    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def system32(self) -> Path:
        return self.drive_c / "windows" / "system32"

    @property
    def user_dir(self) -> Path:
        """C:\\users\\<name>: Wine names the Windows user after the Linux one."""
        users = self.drive_c / "users"
        found = [p for p in users.iterdir() if p.is_dir() and p.name not in ("Public", "Default")]
        if len(found) != 1:
            raise SystemExit(f"build: expected one user in {users}, found {[p.name for p in found]}")
        return found[0]

    @staticmethod
    def path(host: Path) -> str:
        """How a Windows program in any prefix sees a Linux path: Wine maps / to drive Z:."""
        return "Z:" + str(host.resolve()).replace("/", "\\")

    # --- running ------------------------------------------------------------------------------------
    def boot(self) -> None:
        """Create (or update) the prefix, and keep its wineserver alive until stop()."""
        Path(self.env["HOME"]).mkdir(parents=True, exist_ok=True)
        # Quiet: the services wineboot starts would otherwise hold a pipe of ours for their lifetime.
        code = self._quiet([str(WINE64), "wineboot", "--init"], timeout=300)
        if code != 0 or not self.system32.is_dir():
            raise SystemExit(f"build: wineboot failed in {self.prefix} (exit {code})")
        self._quiet([str(WINESERVER), "-p"])  # persistent: no restart between the build's many commands

    def run(
        self,
        args: Sequence[str],
        *,
        timeout: float = 1800,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        echo: bool = True,
        unshown: re.Pattern[str] | None = None,
    ) -> Result:
        """Run a Windows program to its end; its output is returned and, with `echo`, shown as it comes
        (less the lines that match `unshown`, which are counted instead)."""
        command = [str(WINE64), *args]
        if echo:
            print("$ wine", " ".join(args), flush=True)
        process = subprocess.Popen(
            command,
            env={**self.env, **(env or {})},
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        lines: list[str] = []
        hidden = 0

        def read() -> None:
            nonlocal hidden
            assert process.stdout is not None
            for raw in process.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                lines.append(line)
                if unshown is not None and unshown.search(line):
                    hidden += 1
                elif echo:
                    print("  " + line, flush=True)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
            lines.append(f"(killed after {timeout:.0f} s)")
        reader.join(timeout=5)  # a Wine service may hold the pipe open: do not wait for it to close
        if echo and hidden:
            print(f"  ({hidden} lines matching {unshown.pattern if unshown else ''!r} not shown)", flush=True)
        return Result(code, "\n".join(lines))

    def check(
        self,
        args: Sequence[str],
        what: str,
        *,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        echo: bool = True,
        timeout: float = 1800,
        unshown: re.Pattern[str] | None = None,
    ) -> Result:
        """run(), and stop the build unless the program succeeded."""
        result = self.run(args, env=env, cwd=cwd, echo=echo, timeout=timeout, unshown=unshown)
        if result.returncode != 0:
            raise SystemExit(f"build: {what} failed (exit {result.returncode})\n{result.tail()}")
        return result

    def reg_query(self, key: str) -> str | None:
        """`reg query KEY` as text, or None when the key does not exist."""
        result = self.run(["reg", "query", key], timeout=120, echo=False)
        return result.output.replace("\r", "") if result.returncode == 0 else None

    def stop(self) -> None:
        """End every Windows process of this prefix and its wineserver."""
        self._quiet([str(WINESERVER), "-k"])

    def _quiet(self, command: list[str], timeout: float = 120) -> int:
        return subprocess.run(
            command,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        ).returncode


@contextlib.contextmanager
def virtual_display() -> Iterator[str]:
    """An X server of our own (Xvfb) for Qt's real Windows platform plugin; yields its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("build: Xvfb not found (Debian: apt-get install --no-install-recommends xvfb xauth)")
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
        if not number.strip():
            raise SystemExit("build: Xvfb did not start")
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def wine_version() -> str:
    try:
        return subprocess.run(
            [str(WINE64), "--version"], capture_output=True, text=True, timeout=60, check=False
        ).stdout.strip()
    except OSError:
        return ""


def missing_tools() -> list[str]:
    """The Debian packages the Windows build on Linux needs and this machine lacks."""
    needed = {
        "wine64": WINE64.exists() and WINESERVER.exists(),
        "wine": Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/kernel32.dll").exists(),
        "gcc-mingw-w64-x86-64-win32": shutil.which("x86_64-w64-mingw32-gcc") is not None,
        "nsis": shutil.which("makensis") is not None,
        "xvfb": shutil.which("Xvfb") is not None,
        "xauth": shutil.which("xauth") is not None,
    }
    return [package for package, present in needed.items() if not present]
