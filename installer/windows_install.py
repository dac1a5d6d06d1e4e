"""The installer on an officer's machine, played by a fresh Wine prefix: the silent per-user install,
the installed app's self-test, an upgrade in place, and an uninstall that keeps the officer's plans
and settings.

The prefix is new for every build, and it holds no Python: the installed app can only run on what
the installer put there (plus the stub DLLs that stand in for Windows' own ICU and
bcryptprimitives: installer/windows_python.py).
"""

from __future__ import annotations

import time
from pathlib import Path

from wine import Wine

PRODUCT = "CQ2C Planner"
UNINST = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\CQ2C Planner"
SETTINGS = r"HKCU\Software\CQ2C"
SELFTEST_TIMEOUT = 900


class Officer:
    def __init__(self, wine: Wine, app_exe: str) -> None:
        self.wine = wine
        self.app_exe = app_exe
        home = wine.user_dir
        self.folder = home / "AppData" / "Local" / "Programs" / PRODUCT
        self.start_menu = home / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
        self.desktop = home / "Desktop"
        self.documents = home / "Documents"

    def install(self, setup: Path) -> str:
        """`setup.exe /S /CurrentUser`, as an officer without administrator rights would run it."""
        self.wine.check([self.wine.path(setup), "/S", "/CurrentUser"], "the silent install", timeout=900)
        problems = []
        if not (self.folder / self.app_exe).is_file() or not (self.folder / "uninstall.exe").is_file():
            problems.append(f"no {self.app_exe} and uninstall.exe in {self.folder}")
        entry = self.wine.reg_query(UNINST) or ""
        if "CurrentUser" not in entry or "InstallLocation" not in entry:
            problems.append(f"no per-user Apps & features entry ({UNINST})")
        command = self.wine.reg_query(r"HKCU\Software\Classes\CQ2C.Plan\shell\open\command") or ""
        if f'\\{self.app_exe}" "%1"' not in command:
            problems.append(".cq2c files are not associated with the app")
        for shortcut in (self.start_menu / f"{PRODUCT}.lnk", self.desktop / f"{PRODUCT}.lnk"):
            if not shortcut.is_file():
                problems.append(f"no shortcut {shortcut.name} in {shortcut.parent.name}")
        if problems:
            raise SystemExit("build: the installed app is incomplete: " + "; ".join(problems))
        files = [p for p in self.folder.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        return (
            f"{len(files)} files, {size / 2**20:.0f} MiB in %LOCALAPPDATA%\\Programs\\{PRODUCT}; Apps & features "
            "entry (per user), .cq2c association, Start menu and desktop shortcuts"
        )

    def selftest(self, report: Path, display: str) -> tuple[str, float]:
        """The installed app's --selftest, on Qt's real Windows platform plugin (a virtual X display)."""
        return run_selftest(self.wine, str(self.folder / self.app_exe), report, {"DISPLAY": display})

    def upgrade(self, setup: Path) -> str:
        """The installer again over the installed app: the old runtime goes whole, the officer's plan in
        the folder stays, and a desktop shortcut the officer deleted is not brought back."""
        stale = self.folder / "_internal" / "left-by-an-older-version.dll"
        stale.write_text("stale", encoding="utf-8")
        plan = self.folder / "plan-saved-here.cq2c"
        plan.write_text("the officer's plan", encoding="utf-8")
        (self.desktop / f"{PRODUCT}.lnk").unlink()
        self.wine.check([self.wine.path(setup), "/S", "/CurrentUser"], "the silent upgrade", timeout=900)
        problems = [] if (self.folder / self.app_exe).is_file() else [f"{self.app_exe} is gone"]
        if stale.exists():
            problems.append("a file of the old runtime survived")
        if not plan.is_file():
            problems.append("the plan in the install folder was removed")
        if (self.desktop / f"{PRODUCT}.lnk").exists():
            problems.append("the deleted desktop shortcut came back")
        if problems:
            raise SystemExit("build: upgrade in place: " + "; ".join(problems))
        return "old runtime replaced whole, the plan in the install folder kept, no desktop shortcut forced back"

    def uninstall(self) -> str:
        """Uninstall silently: the program, shortcuts, association and entry go; plans and settings stay."""
        plans = [self.folder / "plan-saved-here.cq2c", self.documents / "plan-in-documents.cq2c"]
        for plan in plans:
            plan.parent.mkdir(parents=True, exist_ok=True)
            plan.write_text("the officer's plan", encoding="utf-8")
        self.wine.check(["reg", "add", SETTINGS, "/v", "KeptByUninstall", "/d", "yes", "/f"], "reg add", echo=False)
        self.wine.check([str(self.folder / "uninstall.exe"), "/S", "/CurrentUser"], "the silent uninstall")
        # The uninstaller copies itself to %TEMP% and returns at once: wait for its work to show.
        program = [self.folder / self.app_exe, self.folder / "_internal", self.folder / "uninstall.exe"]
        deadline = time.monotonic() + 300
        while any(p.exists() for p in program) and time.monotonic() < deadline:
            time.sleep(1)
        time.sleep(2)  # the registry and shortcuts go after the files
        problems = [f"{p.name} is still there" for p in program if p.exists()]
        problems += [f"the plan {p.name} was removed" for p in plans if not p.is_file()]
        if self.folder.is_dir() and sorted(p.name for p in self.folder.iterdir()) != [plans[0].name]:
            problems.append(f"left in the folder: {sorted(p.name for p in self.folder.iterdir())}")
        for shortcut in (self.start_menu / f"{PRODUCT}.lnk", self.desktop / f"{PRODUCT}.lnk"):
            if shortcut.exists():
                problems.append(f"shortcut {shortcut.name} left in {shortcut.parent.name}")
        for key in (UNINST, r"HKCU\Software\Classes\CQ2C.Plan", r"HKCU\Software\Classes\.cq2c"):
            if self.wine.reg_query(key) is not None:
                problems.append(f"registry key {key} left")
        if "KeptByUninstall" not in (self.wine.reg_query(SETTINGS) or ""):
            problems.append(f"the settings ({SETTINGS}) were removed")
        if problems:
            raise SystemExit("build: uninstall: " + "; ".join(problems))
        return (
            "program, shortcuts, association and Apps & features entry removed; plans in the install folder "
            f"and in Documents and the settings ({SETTINGS}) kept"
        )


def run_selftest(wine: Wine, exe: str, report: Path, env: dict[str, str]) -> tuple[str, float]:
    """`exe --selftest` under Wine; (its last line, seconds). The windowed exe has no console: the
    lines come from --selftest-report."""
    report.unlink(missing_ok=True)
    started = time.perf_counter()
    result = wine.run(
        [exe, "--selftest", "--selftest-report", wine.path(report)],
        env=env,
        cwd=report.parent,
        timeout=SELFTEST_TIMEOUT,
        echo=False,
    )
    seconds = round(time.perf_counter() - started, 1)
    lines = report.read_text(encoding="utf-8").strip() if report.exists() else result.output.strip()
    print(lines, flush=True)
    if result.returncode != 0:
        raise SystemExit(f"build: the self-test of {exe} failed (exit {result.returncode})\n{lines}")
    return (lines.splitlines() or [""])[-1], seconds
