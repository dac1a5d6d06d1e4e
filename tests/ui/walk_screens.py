"""Every dialog and window of the program, and Qt's own dialogs it uses, for the Vietnamese walk.

TO COVER A NEW DIALOG, ADD IT TO `SCREENS` BELOW: a name and a generator that opens it (non-modal:
`show()` or `open()`, never `exec()`) over the main window and yields it in each state worth
reading (each page of a wizard, a box before and after its details are shown). The walk
(tests/ui/test_vietnamese_walk.py) reads every text of every yielded widget, its menus and the
standard context menus of its text boxes, spin boxes and scroll bars, then closes the widget.
The main window itself (menus, toolbar, every tab before and after an optimisation, the map, the
status bar) is walked by the test without being listed here.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.document_checks import document_gaps
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.services.policy import load_policy
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.confirm import all_or_shown, confirm_count, decision_kind
from cq2c_desktop.ui.credentials_prompt import PasswordDialog
from cq2c_desktop.ui.dialogs.compare_dialog import CompareDialog
from cq2c_desktop.ui.dialogs.document_gaps_dialog import confirm_blanks
from cq2c_desktop.ui.dialogs.optimise_dialog import OptimiseDialog
from cq2c_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from cq2c_desktop.ui.dialogs.reassign_dialog import ReassignDialog
from cq2c_desktop.ui.dialogs.restore_dialog import RestoreDialog
from cq2c_desktop.ui.dialogs.withdraw_dialog import WithdrawDialog
from cq2c_desktop.ui.jobs import Job
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.messages import error_box
from cq2c_desktop.ui.user_settings import UserSettings


@dataclass
class Walk:
    """What a screen may need to open itself."""

    window: MainWindow
    qtbot: QtBot
    settings: UserSettings
    folder: Path

    @property
    def workspace(self) -> Workspace:
        assert self.window.workspace is not None
        return self.window.workspace

    def optimised(self, runs: int = 1) -> int:
        """At least `runs` optimisation runs in the plan; the latest run's id."""
        while len(self.workspace.runs()) < runs:
            with self.qtbot.waitSignal(self.window.run_finished, timeout=120_000):
                self.window.start_optimise("optimal", 60)
        return self.workspace.runs()[-1].id


Opener = Callable[[Walk], Iterator[QWidget]]


@dataclass(frozen=True)
class Screen:
    name: str
    open: Opener


def _optimise_dialog(walk: Walk) -> Iterator[QWidget]:
    dialog = OptimiseDialog(walk.workspace, load_policy(walk.workspace.plan), walk.window)
    dialog.show()
    yield dialog


def _reassign_dialog(walk: Walk) -> Iterator[QWidget]:
    run = walk.optimised()
    move = walk.workspace.review(run).moves[0]
    candidates = walk.workspace.candidates(run, move.to_unit_id, move.specialty_id)
    dialog = ReassignDialog(f"{move.to_name} — {move.specialty_name}", candidates, walk.window)
    dialog.show()
    yield dialog


def _compare_dialog(walk: Walk) -> Iterator[QWidget]:
    walk.optimised(2)
    runs = walk.workspace.runs()
    dialog = CompareDialog(walk.workspace.compare(runs[-2].id, runs[-1].id), walk.window)
    dialog.show()
    yield dialog


def _restore_dialog(walk: Walk) -> Iterator[QWidget]:
    assert walk.workspace.path is not None
    dialog = RestoreDialog(walk.workspace.path, walk.window)
    dialog.show()
    yield dialog


def _password_dialog(walk: Walk) -> Iterator[QWidget]:
    dialog = PasswordDialog("postgresql+psycopg://can_bo:bi-mat@may-chu:5432/phuong_an", walk.window)
    dialog.show()
    yield dialog


def _preferences(walk: Walk) -> Iterator[QWidget]:
    dialog = PreferencesDialog(walk.settings, walk.window)
    dialog.show()
    yield dialog


def _import_wizard(walk: Walk) -> Iterator[QWidget]:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"  # the file's own words are data; openpyxl's default name is English
    sheet.append(["Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị công tác", "Chuyên ngành đào tạo"])
    sheet.append(["Lò Văn Sơn", dt.datetime(1988, 3, 12), "Nam", "Xã Mường Lát", "Đất đai"])
    sheet.append(["Hà Thị Mai", "31/02/1990", "Nữ", "Xã Mường Lát", "Thiên văn"])
    path = walk.folder / "danh-sach.xlsx"
    book.save(path)
    wizard = walk.window.ask_import()
    assert wizard is not None
    yield wizard
    wizard.file_page.set_file(str(path))
    wizard.next()
    yield wizard
    wizard.next()
    walk.qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=30_000)
    yield wizard


def _write_with_blanks(box: QMessageBox) -> int:
    """Answer the document settings question (document_gaps_dialog.py) as an officer drafting would,
    and a mass action's question (ui/confirm.py) with yes."""
    yes = (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)
    next(b for b in box.buttons() if box.buttonRole(b) in yes).click()
    return 0


def _print_preview(walk: Walk) -> Iterator[QWidget]:
    walk.optimised()
    outputs = walk.window.outputs
    original = QMessageBox.exec
    QMessageBox.exec = _write_with_blanks  # type: ignore[method-assign,assignment]  # the demo has no signer
    try:
        with walk.qtbot.waitSignal(outputs.finished.done, timeout=60_000):
            outputs.approve_all.trigger()
        walk.window.review_view.moves_view.clearSelection()
        with walk.qtbot.waitSignal(outputs.finished.done, timeout=60_000):
            outputs.print_preview()
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
    assert outputs.preview_dialog is not None
    yield outputs.preview_dialog


def _guide(walk: Walk) -> Iterator[QWidget]:
    yield walk.window.help.show_guide()


def _tour(walk: Walk) -> Iterator[QWidget]:
    tour = walk.window.help.show_tour()
    for step in range(tour.pages.count()):
        tour.go(step)
        yield tour


def _about(walk: Walk) -> Iterator[QWidget]:
    yield walk.window.help.show_about()


def _file_dialogs(walk: Walk) -> Iterator[QWidget]:
    """Qt's own file dialog, as File → Open and Export show it (not the system's: ui/app.py)."""
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(walk.window, "CQ2C", str(walk.folder), "CQ2C (*.cq2c)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        yield dialog
        dialog.close()


def _error_with_details(walk: Walk) -> Iterator[QWidget]:
    """An error nobody foresaw: plain words, the technical text behind "Chi tiết…"."""
    try:
        raise OSError(28, "No space left on device")
    except OSError as error:
        box = error_box(walk.window, walk.window.tr("Cannot open the plan"), error)
    box.show()
    yield box
    details = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    details.click()
    yield box


def _question(walk: Walk) -> Iterator[QWidget]:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, "CQ2C", "?", buttons, walk.window)
    box.show()
    yield box


def _progress(walk: Walk) -> Iterator[QWidget]:
    """The progress dialog of every long job, with its Cancel button."""
    release = threading.Event()
    job = Job(walk.window, walk.window.tr("Opening the plan…"), lambda _p, _s: release.wait(30), lambda _r: None)
    job.dialog.show()
    try:
        yield job.dialog
    finally:
        with walk.qtbot.waitSignal(job.task.signals.succeeded, timeout=30_000):
            release.set()


def _document_gaps(walk: Walk) -> Iterator[QWidget]:
    """The question before a document with missing settings (it runs its own loop: caught here)."""
    boxes: list[QMessageBox] = []
    original = QMessageBox.exec
    QMessageBox.exec = lambda box: boxes.append(box) or 0  # type: ignore[method-assign,assignment,misc]
    try:
        confirm_blanks(walk.window, document_gaps(PlanSettings(), "decisions"))
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
    boxes[0].show()
    yield boxes[0]


def _person_form(walk: Walk) -> Iterator[QWidget]:
    staff = walk.window.staff_view.model.row_at(0)
    for staff_id in (staff.id, None):  # editing one, then adding one
        dialog = walk.window.roster.person_dialog(staff_id)
        assert dialog is not None
        dialog.show()
        yield dialog


def _unit_and_quota_forms(walk: Walk) -> Iterator[QWidget]:
    walk.window.units_view.table.selectRow(0)
    unit = walk.window.roster.unit_dialog()
    assert unit is not None
    unit[1].show()
    yield unit[1]
    walk.window.quotas_view.table.selectRow(0)
    quota = walk.window.roster.quota_dialog()
    assert quota is not None
    quota[2].show()
    yield quota[2]


def _exemption_dialog(walk: Walk) -> Iterator[QWidget]:
    """Nghị định 170: one person's exemption, first movable, then a reason the decree lets volunteer."""
    walk.window.tabs.setCurrentWidget(walk.window.staff_view)
    walk.window.staff_view.table.selectRow(0)
    dialog = walk.window.rounds.ask_exemption()
    assert dialog is not None
    yield dialog
    dialog.reason.setCurrentIndex(dialog.reason.findData("family"))
    yield dialog
    dialog.reason.setCurrentIndex(dialog.reason.findData("leader"))
    yield dialog


def _exemption_bases(walk: Walk) -> Iterator[QWidget]:
    dialog = walk.window.rounds.ask_bases()
    assert dialog is not None
    yield dialog


def _move_kind_dialog(walk: Walk) -> Iterator[QWidget]:
    walk.optimised()
    review = walk.window.review_view
    walk.window.tabs.setCurrentWidget(review)
    review.moves_view.selectRow(0)
    dialog = walk.window.rounds.ask_move_kind()
    assert dialog is not None
    dialog.secondment.setChecked(True)
    yield dialog


def _round_lists(walk: Walk) -> Iterator[QWidget]:
    """Secondments ending soon, the rounds, the remaining needs (after a run, so that each has rows)."""
    walk.optimised()
    for show in (walk.window.rounds.show_secondments, walk.window.rounds.show_rounds, walk.window.rounds.show_needs):
        dialog = show()
        assert dialog is not None
        yield dialog


def _caught_boxes(ask: Callable[[], object]) -> list[QMessageBox]:
    """The message boxes `ask` opens (each runs its own loop: caught here, shown after)."""
    boxes: list[QMessageBox] = []
    original = QMessageBox.exec
    QMessageBox.exec = lambda box: boxes.append(box) or 0  # type: ignore[method-assign,assignment,misc]
    try:
        ask()
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
    return boxes


def _mass_questions(walk: Walk) -> Iterator[QWidget]:
    """Approve all when a search hides some proposals, and the count before a mass action."""
    boxes = _caught_boxes(lambda: all_or_shown(walk.window, "?", 405, 8))
    boxes += _caught_boxes(lambda: confirm_count(walk.window, "?", walk.window.outputs.tr("Approve proposals")))
    boxes += _caught_boxes(lambda: decision_kind(walk.window))
    for box in boxes:
        box.show()
        yield box


def _withdraw_dialog(walk: Walk) -> Iterator[QWidget]:
    walk.optimised()
    moves = walk.workspace.review().moves[:3]
    dialog = WithdrawDialog(moves, walk.window)
    dialog.show()
    yield dialog


def _plan_settings(walk: Walk) -> Iterator[QWidget]:
    dialog = walk.window.plan_settings.open_settings()
    assert dialog is not None
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        yield dialog


SCREENS: list[Screen] = [
    Screen("optimise dialog", _optimise_dialog),
    Screen("change a person", _reassign_dialog),
    Screen("compare runs", _compare_dialog),
    Screen("restore from a backup copy", _restore_dialog),
    Screen("preferences", _preferences),
    Screen("password for a shared plan", _password_dialog),
    Screen("import wizard", _import_wizard),
    Screen("print preview", _print_preview),
    Screen("user guide", _guide),
    Screen("quick tour", _tour),
    Screen("about", _about),
    Screen("Qt's file dialog", _file_dialogs),
    Screen("error with details", _error_with_details),
    Screen("question", _question),
    Screen("progress dialog", _progress),
    Screen("document settings missing", _document_gaps),
    Screen("a person's form", _person_form),
    Screen("a unit's and a quota's forms", _unit_and_quota_forms),
    Screen("exemption from transfer", _exemption_dialog),
    Screen("legal basis of the exemptions", _exemption_bases),
    Screen("transfer or secondment", _move_kind_dialog),
    Screen("secondments, rounds, remaining needs", _round_lists),
    Screen("mass action questions", _mass_questions),
    Screen("withdraw an approval", _withdraw_dialog),
    Screen("plan settings", _plan_settings),
]
