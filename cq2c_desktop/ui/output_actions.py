"""Approve, export and print from the main window: each export runs as a background job."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import QMainWindow

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.job_protocol import Cancelled, Progress, ShouldStop
from cq2c_desktop.services.approval import ApprovalResult, approve_moves
from cq2c_desktop.services.backup_labels import backup_reason
from cq2c_desktop.services.backups import take_safety_copy
from cq2c_desktop.services.document_settings import document_gaps
from cq2c_desktop.services.outputs import Decision, ExportResult, export_decisions, export_transfers, write_preview
from cq2c_desktop.services.privacy import showing
from cq2c_desktop.services.review import MoveRow
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui import confirm
from cq2c_desktop.ui.dialogs.document_gaps_dialog import confirm_blanks
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.jobs import Job
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.print_preview import DecisionPreview
from cq2c_desktop.ui.undo_commands import ApproveCommand
from cq2c_desktop.ui.user_settings import UserSettings
from cq2c_desktop.ui.views.review_view import ReviewView
from cq2c_desktop.ui.widgets import ask_export_path


class _Finished(QObject):
    done = Signal(object)  # an ExportResult, or the error that stopped the job


class OutputActions(QObject):
    """The Approve and Export actions of the main window, and the jobs behind them."""

    def __init__(
        self,
        window: QMainWindow,
        review: ReviewView,
        undo: QUndoStack,
        settings: UserSettings,
        workspace: Callable[[], Workspace | None],
    ) -> None:
        super().__init__(window)
        self._window, self._review, self._undo, self._settings = window, review, undo, settings
        self._workspace = workspace
        self.job: Job | None = None
        self.finished = _Finished()
        self.last_output: Path | None = None
        self.preview_dialog: DecisionPreview | None = None  # the last print preview opened
        self.approve_selected = self._make(self.tr("&Approve selected proposals"), self.approve_selection)
        self.approve_all = self._make(self.tr("Approve &all proposals not rejected"), self.approve_everything)
        self.export_list = self._make(self.tr("Transfer &list (Excel)…"), self.ask_export_list)
        self.export_pdf = self._make(self.tr("Decisions (&PDF)…"), lambda: self.ask_export_decisions(".pdf"))
        self.export_docx = self._make(self.tr("Decisions (&Word)…"), lambda: self.ask_export_decisions(".docx"))
        self.preview = self._make(self.tr("Print pre&view of the decisions…"), self.ask_print_preview)
        self.open_folder = self._make(self.tr("Open the &output folder"), self.open_output_folder)
        self.open_folder.setEnabled(False)

    def _make(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def plan_actions(self) -> list[QAction]:
        return [self.approve_selected, self.approve_all]

    def export_actions(self) -> list[QAction]:
        return [self.export_list, self.export_pdf, self.export_docx, self.preview, self.open_folder]

    # --- approval ------------------------------------------------------------------------------
    def approve_selection(self) -> None:
        moves = [m for m in self._review.selected_moves() if m.status != MoveStatus.APPROVED.value]
        if moves and self._confirm_approval(len(moves)):
            self._approve([m.id for m in moves], {m.id: m.status for m in moves}, {m.id: m.version for m in moves})

    def approve_everything(self) -> None:
        """Every proposal of the run not rejected, or (when a search hides some) the ones shown, if the
        officer says so: the question gives both counts."""
        model = self._review.moves

        def pending(moves: list[MoveRow]) -> list[MoveRow]:
            return [m for m in moves if m.status not in (MoveStatus.REJECTED.value, MoveStatus.APPROVED.value)]

        every = pending(model.rows())
        shown = pending([model.row_at(r) for r in range(model.rowCount())])
        if not every:
            return
        if 0 < len(shown) < len(every):
            which = confirm.all_or_shown(self._window, self.tr("Approve proposals"), len(every), len(shown))
            if which is None:
                return
            chosen = every if which == "all" else shown
        elif self._confirm_approval(len(every)):
            chosen = every
        else:
            return
        self._approve([m.id for m in chosen], {m.id: m.status for m in chosen}, {m.id: m.version for m in chosen})

    def _confirm_approval(self, count: int) -> bool:
        text = self.tr(
            "Approve {count} proposal(s)? Approved moves go into the decisions to be signed; an approval can "
            "be withdrawn later, with a reason."
        ).format(count=number(count))
        return confirm.confirm_count(self._window, self.tr("Approve proposals"), text)

    def _approve(self, ids: list[int], before: dict[int, str], seen: dict[int, int]) -> None:
        workspace = self._workspace()
        if workspace is None or not ids or self.job is not None:
            return
        text = self.tr("Approve {count} proposal(s)").format(count=len(ids))

        def approved(_result: Any) -> None:
            self.job = None
            versions = self._review.versions
            self._undo.push(ApproveCommand(workspace, ids, before, self._review.reload, versions, text))
            self._review.reload()
            self.finished.done.emit(_result)

        def failed(error: BaseException) -> None:
            self.job = None
            show_error(self._window, self.tr("Cannot approve"), error)
            self._review.reload()
            self.finished.done.emit(error)

        def work(_progress: Progress, _stop: ShouldStop) -> ApprovalResult:
            # A decision outlives the session's undo: a copy named for it comes first ("trước khi phê
            # duyệt 405 điều động"). Hundreds of moves are written with their version checks (a move
            # another officer decided since is refused, naming them): off the UI thread.
            take_safety_copy(workspace.plan, backup_reason("before-approve", len(ids)))
            return approve_moves(workspace.plan, move_ids=ids, expected_versions=seen)

        self.job = Job(self._window, text, work, approved, failed)

    # --- exports -------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        return ask_export_path(self._window, self._settings, title, name, pattern)

    def ask_export_list(self) -> None:
        path = self._ask_path(self.tr("Export the transfer list"), "danh-sach-dieu-dong.xlsx", "Excel (*.xlsx)")
        if path is not None:
            self.export_list_to(path.with_suffix(".xlsx"))

    def ask_export_decisions(self, suffix: str) -> None:
        pattern = "PDF (*.pdf)" if suffix == ".pdf" else "Word (*.docx)"
        path = self._ask_path(self.tr("Export the decision drafts"), f"quyet-dinh-dieu-dong{suffix}", pattern)
        if path is None:
            return
        collective = confirm.decision_kind(self._window)
        if collective is not None:
            self.export_decisions_to(path.with_suffix(suffix), collective=collective)

    def _blanks(self, output: str) -> bool | None:
        """Whether the document may hold dotted blanks: False when nothing is missing, True when the
        officer chose a draft to fill in by hand, None when they went back to enter the settings."""
        workspace = self._workspace()
        if workspace is None or self.job is not None:
            return None
        gaps = document_gaps(workspace.settings(), "transfers" if output == "transfers" else "decisions")
        if not gaps.blocking:
            return False
        if confirm_blanks(self._window, gaps):
            return True
        self._window.statusBar().showMessage(self.tr("Nothing was written."), 10_000)
        return None

    def export_list_to(self, path: Path) -> None:
        blanks = self._blanks("transfers")
        if blanks is not None:
            # Personal data only while the officer has it shown (the switch is audited); the service
            # refuses it to a role that may not see it.
            personal = showing()
            self._run(
                self.tr("Exporting the transfer list…"), export_transfers, path, blanks=blanks, include_cccd=personal
            )

    def export_decisions_to(
        self, path: Path, after: Callable[[ExportResult], None] | None = None, *, collective: bool = False
    ) -> None:
        blanks = self._blanks("decisions")
        if blanks is not None:
            personal = showing()
            title = self.tr("Writing the decision drafts…")
            self._run(
                title, export_decisions, path, after, blanks=blanks, collective=collective, include_personal=personal
            )

    def ask_print_preview(self) -> None:
        """Individual or collective, as Export asks, then the preview."""
        collective = confirm.decision_kind(self._window)
        if collective is not None:
            self.print_preview(collective)

    def print_preview(self, collective: bool | None = None) -> None:
        """Preview the decisions of the approved proposals selected (all approved when none is), one per
        person or one collective decision with its annex; `None`: the selected ones individually, or
        the collective decision when nothing is selected."""
        workspace = self._workspace()
        blanks = self._blanks("decisions")
        if workspace is None or blanks is None:
            return
        run_id = self._run_id()
        move_ids = [move.id for move in self._review.selected_moves()]
        folder = Path(tempfile.mkdtemp(prefix="cq2c-preview-"))  # the preview dialog removes it
        pdf = folder / "quyet-dinh-dieu-dong.pdf"

        def work(progress: Progress, stop: ShouldStop) -> list[Decision]:
            return write_preview(
                workspace.plan,
                pdf,
                run_id=run_id,
                move_ids=move_ids,
                blanks=blanks,
                collective=collective,
                progress=progress,
                should_stop=stop,
                isolate=True,
            )

        def failed(error: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._failed(error)

        self.job = Job(
            self._window,
            self.tr("Preparing the print preview…"),
            work,
            lambda decisions: self._preview(pdf, folder, decisions),
            failed,
        )

    def _preview(self, pdf: Path, folder: Path, decisions: list[Decision]) -> None:
        self.job = None
        self.preview_dialog = DecisionPreview(pdf, folder, decisions, self._settings, self._window)
        self.preview_dialog.open()  # window-modal, without a nested event loop
        self.finished.done.emit(decisions)

    def _run_id(self) -> int | None:
        return self._review.current_run()

    def _run(
        self,
        title: str,
        export: Callable[..., ExportResult],
        path: Path,
        after: Callable[[ExportResult], None] | None = None,
        *,
        blanks: bool = False,
        **options: Any,
    ) -> None:
        workspace = self._workspace()
        if workspace is None or self.job is not None:
            return
        run_id = self._run_id()

        def work(progress: Progress, stop: ShouldStop) -> ExportResult:
            # The plan is read here, on the worker; the file is written in a child process.
            return export(
                workspace.plan,
                path,
                run_id=run_id,
                blanks=blanks,
                progress=progress,
                should_stop=stop,
                isolate=True,
                **options,
            )

        self.job = Job(self._window, title, work, lambda result: self._done(result, after), self._failed)

    def _done(self, result: ExportResult, after: Callable[[ExportResult], None] | None) -> None:
        self.job = None
        self.finished.done.emit(result)
        if after is not None:
            after(result)
            return
        self.last_output = Path(result.path)
        self.open_folder.setEnabled(True)
        self._window.statusBar().showMessage(
            self.tr("Written: {path} ({people} people)").format(path=result.path, people=result.people), 10_000
        )

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.finished.done.emit(error)
        if isinstance(error, Cancelled):  # the officer pressed Cancel: no need for a warning
            self._window.statusBar().showMessage(self.tr("Cancelled: nothing was written."), 10_000)
            return
        show_error(self._window, self.tr("The export failed"), error)

    def open_output_folder(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))
