"""`cq2c-desktop --selftest`: prove that this installation (or frozen bundle) is complete.

It runs the officer's whole path on the demo, in a temporary folder with private settings, so it
never touches the user's plans or preferences: build the demo plan, open it in the main window
(Qt platform and image plugins, QtCharts, the views), optimise through the window's background job
(OR-Tools' native libraries) and again in the child process that large plans use (frozen, that is
the app re-entered through `multiprocessing.freeze_support`), approve every move, write the transfer
list (.xlsx) and a decision draft as .pdf (Qt's PDF engine and the bundled fonts) and .docx, and
check each file. A missing DLL, Qt plugin, translation or data file shows up here as a one-line
failure and a non-zero exit status.

The lines go to stdout and, with `--selftest-report FILE`, to that file too: a windowed Windows
build has no console, so CI reads the file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer, QTranslator, SignalInstance, qVersion
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from cq2c_desktop import __version__
from cq2c_desktop.domain.locations import display_location
from cq2c_desktop.paths import resource_path
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.services.instance import plan_instance
from cq2c_desktop.services.optimise import RunSummary
from cq2c_desktop.services.outputs import export_decisions, export_transfers
from cq2c_desktop.services.solver_process import solve_in_child
from cq2c_desktop.services.workspace import Workspace, open_workspace
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import UserSettings

# Files a complete bundle carries (besides the Python packages, which an import would miss).
REQUIRED_RESOURCES = (
    "i18n/cq2c_vi.qm",
    "i18n/cq2c_en.qm",
    "fonts/LiberationSerif-Regular.ttf",
    "fonts/LiberationSerif-Bold.ttf",
    "data/thanh_hoa_units.csv",
    "data/thanh_hoa_units.geojson",
    "schema/cq2c-instance-1.schema.json",
    "icons/cq2c.png",
)
# What each output must start with: Office files are zip archives.
MAGIC = {".xlsx": b"PK\x03\x04", ".docx": b"PK\x03\x04", ".pdf": b"%PDF-"}
WAIT_MS = 180_000


class SelfTestError(Exception):
    """One step failed; the message is the one-line reason."""


@dataclass
class _Report:
    path: Path | None
    lines: list[str] = field(default_factory=list)
    step: str = "start"

    def begin(self, step: str) -> None:
        self.step = step

    def done(self, text: str) -> None:
        self.say(f"step {self.step}: {text}")

    def say(self, text: str) -> None:
        line = f"selftest: {' '.join(text.split())}"
        self.lines.append(line)
        if sys.stdout is not None:  # a windowed build has no console
            print(line, flush=True)
        if self.path is not None:
            self.path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")


class _DialogGuard:
    """A message box would wait forever for a click: close it and keep its text as the failure."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.messages.append(f"{widget.text()} {widget.informativeText()}".strip())
                widget.reject()

    def stop(self) -> None:
        self._timer.stop()

    def raise_if_any(self) -> None:
        if self.messages:
            raise SelfTestError("dialog: " + self.messages[0])


def _wait(signal: SignalInstance, timeout_ms: int, guard: _DialogGuard) -> tuple[Any, ...]:
    """Run the event loop until `signal` fires; a timeout or an error dialog fails the step."""
    received: list[tuple[Any, ...]] = []
    loop = QEventLoop()

    def arrived(*args: Any) -> None:
        received.append(args)
        loop.quit()

    def check_dialogs() -> None:
        if guard.messages:
            loop.quit()

    signal.connect(arrived)
    watchdog, deadline = QTimer(), QTimer()
    watchdog.timeout.connect(check_dialogs)
    watchdog.start(200)
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(timeout_ms)
    if not received:
        loop.exec()
    watchdog.stop()
    deadline.stop()
    signal.disconnect(arrived)
    guard.raise_if_any()
    if not received:
        raise SelfTestError(f"timed out after {timeout_ms // 1000} s")
    return received[0]


def _check_resources(language: str) -> str:
    missing = [name for name in REQUIRED_RESOURCES if not resource_path(name).is_file()]
    if missing:
        raise SelfTestError(f"missing in {resource_path('')}: {', '.join(missing)}")
    translator = QTranslator()
    if not translator.load(str(resource_path(f"i18n/cq2c_{language}.qm"))):
        raise SelfTestError(f"translation cq2c_{language}.qm does not load")
    if getattr(sys, "frozen", False) and __version__.endswith("+source"):
        raise SelfTestError("the package metadata (version) is missing from the bundle")
    return f"{len(REQUIRED_RESOURCES)} resources in {resource_path('')}"


def _open_in_window(window: MainWindow, plan: Path, guard: _DialogGuard) -> str:
    failures: list[str] = []
    window.plan_failed.connect(failures.append)
    window.open_plan(str(plan))
    _wait(window.plan_loaded, WAIT_MS, guard)
    window.plan_failed.disconnect(failures.append)
    if failures:
        raise SelfTestError(f"the main window could not open {plan}: {failures[0]}")
    units, staff = window.units_view.model.rowCount(), window.staff_view.model.rowCount()
    if units == 0 or staff == 0:
        raise SelfTestError(f"the views are empty ({units} units, {staff} staff)")
    return f"{units} units, {staff} staff shown"


def _optimise_in_window(window: MainWindow, guard: _DialogGuard) -> RunSummary:
    window.start_optimise("optimal", 120.0)
    (result,) = _wait(window.run_finished, WAIT_MS, guard)
    if not isinstance(result, RunSummary):
        raise SelfTestError(f"optimisation failed: {result}")
    if result.moves == 0:
        raise SelfTestError(f"optimisation proposed no move ({result.status})")
    return result


def _solve_in_child_process(plan: Path) -> str:
    """Large plans are solved in a spawned child; frozen, that child is the app itself re-entered."""
    workspace = open_workspace(plan)
    try:
        doc = plan_instance(workspace.plan)
    finally:
        workspace.close()
    result = solve_in_child(doc, method="optimal", time_limit=120.0)
    moves = len(result.get("moves", []))
    if moves == 0:
        raise SelfTestError(f"the child process proposed no move ({result.get('status')})")
    return f"{result.get('status')}, {moves} moves"


def _check_file(path: Path) -> str:
    if not path.is_file():
        raise SelfTestError(f"{path.name} was not written")
    size = path.stat().st_size
    if size == 0:
        raise SelfTestError(f"{path.name} is empty")
    with path.open("rb") as handle:
        head = handle.read(8)
    magic = MAGIC[path.suffix]
    if not head.startswith(magic):
        raise SelfTestError(f"{path.name} does not start with {magic!r}")
    return f"{path.name} {size / 1024:.0f} kB"


def _export(workspace: Workspace, folder: Path) -> list[str]:
    """The window writes its outputs in a child process: the list and the PDF (which needs Qt's
    offscreen platform there) go that way here too, the Word file in this process. The demo has no
    signer or Tờ trình: the drafts leave them blank, as the officer may choose to."""
    transfers, pdf, docx = folder / "danh-sach.xlsx", folder / "quyet-dinh.pdf", folder / "quyet-dinh.docx"
    export_transfers(workspace.plan, transfers, blanks=True, isolate=True)
    export_decisions(workspace.plan, pdf, collective=True, blanks=True, isolate=True)
    export_decisions(workspace.plan, docx, collective=True, blanks=True)
    return [_check_file(path) for path in (transfers, pdf, docx)]


def _render_first_page(pdf: Path) -> str:
    """The print preview shows the decisions' PDF through Qt's PDF module: it must render."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise SelfTestError(f"Qt cannot read {pdf.name} ({document.error().name})")
    image = document.render(0, QSize(420, 595))
    dark = sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    if dark == 0:
        raise SelfTestError(f"the first page of {pdf.name} renders blank")
    return f"{document.pageCount()} pages, the first rendered"


def _steps(folder: Path, language: str, guard: _DialogGuard, out: _Report) -> None:
    plan = folder / "selftest.cq2c"
    out.begin("resources")
    out.done(_check_resources(language))
    out.begin("demo")
    build_demo(plan)
    out.done(f"{plan.name} {plan.stat().st_size / 1e6:.1f} MB in {folder}")
    out.begin("open")
    # Private settings: the window remembers recent plans, and those must not be the user's.
    settings = UserSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, plan)
    try:
        out.done(_open_in_window(window, plan, guard))
        out.begin("optimise")
        summary = _optimise_in_window(window, guard)
        out.done(
            f"run {summary.run_id} {summary.status}, {summary.moves} moves, {summary.unfilled} posts unfilled, "
            f"{summary.seconds:.1f} s"
        )
    finally:
        window.close()  # waits for the workers and closes the plan
        window.deleteLater()
    out.begin("solver process")
    out.done(_solve_in_child_process(plan))
    workspace = open_workspace(plan)
    try:
        out.begin("approve")
        approved = approve_moves(workspace.plan, all_moves=True)
        if len(approved.approved) != summary.moves:
            raise SelfTestError(f"approved {len(approved.approved)} of {summary.moves} moves")
        out.done(f"{len(approved.approved)} moves approved")
        out.begin("export")
        out.done(", ".join(_export(workspace, folder)))
    finally:
        workspace.close()
    out.begin("preview")
    out.done(_render_first_page(folder / "quyet-dinh.pdf"))


def _check_postgres(url: str | None) -> str:
    """The PostgreSQL driver is in the bundle; with a URL, a shared plan opens and is read."""
    import psycopg  # the bundle must carry it (installer/README.md): a missing driver fails here

    found = f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq {psycopg.pq.version()})"
    if not url:
        return f"{found}; no URL given (--selftest-url or CQ2C_SELFTEST_URL)"
    workspace = open_workspace(url)
    try:
        units = workspace.summary().units
        role = workspace.role
    finally:
        workspace.close()
    return f"{found}; {display_location(url)}: {units} units, signed in as {role.login} ({role.name})"


def run_selftest(
    app: QApplication, *, language: str = "vi", report: Path | None = None, postgres_url: str | None = None
) -> int:
    """Run every step; 0 when the installation is complete, 1 with a one-line reason otherwise."""
    out = _Report(report)
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    out.say(
        f"CQ2C Planner {__version__} ({frozen}), Python {sys.version.split()[0]}, Qt {qVersion()}, "
        f"platform {app.platformName()}"
    )
    started = time.perf_counter()
    guard = _DialogGuard()
    with tempfile.TemporaryDirectory(prefix="cq2c-selftest-", ignore_cleanup_errors=True) as tmp:
        try:
            _steps(Path(tmp), language, guard, out)
            out.begin("postgresql")
            out.done(_check_postgres(postgres_url))
        except Exception as exc:  # every failure, of any kind, is one line and a non-zero status
            reason = str(exc) if isinstance(exc, SelfTestError) else f"{exc.__class__.__name__}: {exc}"
            reason = display_location(reason)  # a URL's password never reaches the report
            out.say(f"FAILED at {out.step}: {reason}")
            return 1
        finally:
            guard.stop()
            app.processEvents()
    out.say(f"ok in {time.perf_counter() - started:.1f} s")
    return 0
