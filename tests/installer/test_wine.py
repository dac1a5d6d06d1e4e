"""The installer's logic, run under Wine: per-user install, registry, association, shortcuts, upgrade in
place, a running copy stops the upgrade, and the uninstaller keeps the plans.

The script is compiled as it ships, for `amd64-unicode` (Wine 8 on Debian runs 64-bit programs without
the i386 architecture). The payload is a dummy: the program is a copy of Wine's cmd.exe, which also lets
the test hold the program open (the real bundle is installed, self-tested and uninstalled by
`installer/build.py --target windows`: installer/windows_install.py). Skipped without `wine64`
(Debian: apt-get install --no-install-recommends wine64) or `makensis`; about 15 s. Wine's HOME and
prefix are the test's own: nothing reaches the user's desktop or menus.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

WINE = shutil.which("wine64") or next((p for p in ("/usr/lib/wine/wine64",) if Path(p).exists()), None)
WINE_CMD = Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/cmd.exe")
UNINST = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\CQ2C Planner"

pytestmark = pytest.mark.skipif(
    WINE is None
    or not WINE_CMD.exists()
    or shutil.which("makensis") is None
    or not Path("/usr/share/nsis/Stubs/lzma_solid-amd64-unicode").exists(),
    reason="needs wine64 and makensis with amd64 stubs (Debian: apt-get install nsis wine64)",
)


class Wine:
    def __init__(self, root: Path) -> None:
        assert WINE is not None
        self.wine = WINE
        home = root / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        self.env.update(
            HOME=str(home),
            WINEPREFIX=str(root / "prefix"),
            WINEDEBUG="-all",
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
            PATH=f"{Path(self.wine).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        )
        self.run("wineboot", "-i")
        self.user = root / "prefix" / "drive_c" / "users" / getpass.getuser()

    # Wine's own services inherit the standard handles and outlive the command: never give it a pipe
    # to wait on, or the test waits for them.
    def run(self, *args: str | Path) -> int:
        return subprocess.run(
            [self.wine, *map(str, args)],
            env=self.env,
            timeout=180,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ).returncode

    def start(self, *args: str | Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [self.wine, *map(str, args)],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def reg(self, key: str) -> str | None:
        with tempfile.TemporaryFile() as out:
            code = subprocess.run(
                [self.wine, "reg", "query", key],
                env=self.env,
                timeout=60,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.DEVNULL,
            ).returncode
            out.seek(0)
            return out.read().decode("utf-8", "replace").replace("\r", "") if code == 0 else None

    def stop(self) -> None:
        subprocess.run(
            [str(Path(self.wine).parent / "wineserver"), "-k"],
            env=self.env,
            timeout=60,
            capture_output=True,
            check=False,
        )


@pytest.fixture
def wine(tmp_path: Path) -> Iterator[Wine]:
    session = Wine(tmp_path)
    yield session
    session.stop()


@pytest.fixture
def setup_exe(build: ModuleType, tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copyfile(WINE_CMD, bundle / "cq2c-desktop.exe")
    (bundle / "_internal" / "resources" / "x.txt").write_text("payload", encoding="utf-8")
    installer, _ = build.build_installer(
        build.read_project(),
        bundle,
        "windows",
        out_dir=tmp_path,
        work=tmp_path,
    )
    return Path(installer)


def _wait_gone(*paths: Path) -> None:
    deadline = time.monotonic() + 60
    while any(p.exists() for p in paths) and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(1)


def test_install_upgrade_and_uninstall_under_wine(wine: Wine, setup_exe: Path) -> None:
    home = wine.user
    folder = home / "AppData" / "Local" / "Programs" / "CQ2C Planner"
    start_menu = home / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "CQ2C Planner.lnk"
    desktop = home / "Desktop" / "CQ2C Planner.lnk"

    assert wine.run(setup_exe, "/S", "/CurrentUser") == 0
    assert (folder / "cq2c-desktop.exe").is_file() and (folder / "uninstall.exe").is_file()
    entry = wine.reg(UNINST)
    assert entry is not None and "CurrentUser" in entry and "InstallLocation" in entry
    command = wine.reg(r"HKCU\Software\Classes\CQ2C.Plan\shell\open\command")
    assert command is not None and '\\cq2c-desktop.exe" "%1"' in command
    assert start_menu.is_file() and desktop.is_file()

    # Upgrade in place: the old runtime goes, the officer's plan in the folder stays.
    (folder / "_internal" / "left-by-an-older-version.dll").write_text("stale")
    (folder / "plan-saved-here.cq2c").write_text("plan")
    desktop.unlink()  # the officer removed the desktop shortcut: an upgrade must not bring it back
    assert wine.run(setup_exe, "/S", "/CurrentUser") == 0
    assert not (folder / "_internal" / "left-by-an-older-version.dll").exists()
    assert (folder / "_internal" / "resources" / "x.txt").is_file()
    assert (folder / "plan-saved-here.cq2c").is_file()
    assert not desktop.exists()

    # A running copy holds its files: the silent upgrade gives up with exit code 2, nothing touched.
    running = wine.start(folder / "cq2c-desktop.exe", "/k")
    try:
        time.sleep(3)
        assert wine.run(setup_exe, "/S", "/CurrentUser") == 2
        assert (folder / "cq2c-desktop.exe").is_file() and (folder / "_internal").is_dir()
    finally:
        running.communicate(b"exit\r\n", timeout=60)

    # Uninstall: the program, shortcuts, association and entry go; every plan stays.
    documents = home / "Documents"
    documents.mkdir(exist_ok=True)
    (documents / "plan-in-documents.cq2c").write_text("plan")
    wine.run(folder / "uninstall.exe", "/S", "/CurrentUser")
    _wait_gone(folder / "cq2c-desktop.exe", folder / "_internal", folder / "uninstall.exe")
    assert sorted(p.name for p in folder.iterdir()) == ["plan-saved-here.cq2c"]
    assert (documents / "plan-in-documents.cq2c").is_file()
    assert not start_menu.exists()
    assert wine.reg(UNINST) is None
    assert wine.reg(r"HKCU\Software\Classes\CQ2C.Plan") is None
    assert wine.reg(r"HKCU\Software\Classes\.cq2c") is None
