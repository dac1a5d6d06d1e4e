"""Optimise, change a proposal by hand, compare two runs: the window's Optimise and Plan flows.

Like OutputActions (approve, export, print), this joins the views to the services for one menu's
work; the main window owns it and shows what it finishes. Optimising runs as a background job: the
optimiser in a child process, the new run's proposals read on the worker (services/optimise.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.domain.job_protocol import Progress, ShouldStop
from cq2c_desktop.services.optimise import RunSummary, optimise
from cq2c_desktop.services.policy import load_policy
from cq2c_desktop.services.reassign_effects import effects as reassign_effects
from cq2c_desktop.services.workspace import ReviewData, Workspace
from cq2c_desktop.ui.dialogs.compare_dialog import CompareDialog
from cq2c_desktop.ui.dialogs.optimise_dialog import OptimiseDialog
from cq2c_desktop.ui.dialogs.reassign_dialog import ReassignDialog
from cq2c_desktop.ui.event_loop import on_next_turn
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.jobs import Job
from cq2c_desktop.ui.labels import run_status_label
from cq2c_desktop.ui.messages import show_error, tr_message

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


class ReviewActions(QObject):
    """The optimisation job and the review flows that open dialogs over the proposals table."""

    def __init__(self, window: MainWindow, workspace: Callable[[], Workspace | None]) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self.job: Job | None = None
        self.reassign_dialog: ReassignDialog | None = None  # the last one opened
        window.review_view.reassign_requested.connect(self.reassign)

    def ask_optimise(self) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        dialog = OptimiseDialog(workspace, load_policy(workspace.plan), self._window)
        if dialog.exec() == OptimiseDialog.DialogCode.Accepted:
            self.start_optimise(str(dialog.method.currentData()), float(dialog.time_limit.value()))

    def start_optimise(self, method: str = "optimal", time_limit: float | None = 60.0) -> None:
        workspace = self._workspace()
        if workspace is None or self.job is not None:
            return

        def work(progress: Progress, stop: ShouldStop) -> tuple[RunSummary, ReviewData]:
            summary = optimise(
                workspace.plan, method=method, time_limit=time_limit, progress=progress, should_stop=stop, isolate=True
            )
            return summary, workspace.review(summary.run_id)  # read here, not on the UI thread

        self.job = Job(
            self._window, self.tr("Optimising…"), work, lambda done: self._optimised(*done), self._optimise_failed
        )

    def _optimised(self, summary: RunSummary, read: ReviewData) -> None:
        """The proposals fill their tables, then (each on a later turn) their tab is shown, with
        the arrows on the map, and the overview lists the new run."""
        self.job = None
        window = self._window
        window.review_view.set_workspace(self._workspace(), select_run=summary.run_id, read=read)
        on_next_turn(window, partial(self._show_proposals, summary))
        on_next_turn(window, window.show_runs_in_overview)

    def _show_proposals(self, summary: RunSummary) -> None:
        window = self._window
        window.tabs.setCurrentWidget(window.review_view)
        window.statusBar().showMessage(
            self.tr("Run {id}: {status}, {moves} moves, {unfilled} posts unfilled").format(
                id=summary.run_id,
                status=run_status_label(summary.status, summary.method),
                moves=number(summary.moves),
                unfilled=number(summary.unfilled),
            )
        )
        window.run_finished.emit(summary)
        if summary.warnings:
            QMessageBox.warning(
                window,
                self.tr("Approved moves over the posts"),
                self.tr("The run is done. Approved moves are decisions and stay; check these units:")
                + "\n\n"
                + "\n".join(f"• {tr_message(w)}" for w in summary.warnings),
            )

    def _optimise_failed(self, error: BaseException) -> None:
        self.job = None
        show_error(self._window, self.tr("Optimisation failed"), error)
        self._window.run_finished.emit(error)

    def reassign(self, post: tuple[str, str, str, str], move: Any) -> None:
        """Fill a post (or replace a proposal) with a person chosen from the ranked candidates; the dialog
        says what the choice drops before it is made, and afterwards the rest may be optimised again.
        An approved move is not changed until its approval is withdrawn, with a reason."""
        review, workspace = self._window.review_view, self._workspace()
        run_id = review.current_run()
        if workspace is None or run_id is None:
            return
        if move is not None and move.status == MoveStatus.APPROVED.value and not self._withdrawn_first(move):
            return
        unit_id, specialty_id, unit_name, specialty_name = post
        replace = move.id if move is not None else None
        candidates = workspace.candidates(run_id, unit_id, specialty_id)
        self.reassign_dialog = dialog = ReassignDialog(
            f"{unit_name} — {specialty_name}",
            candidates,
            self._window,
            lambda c: reassign_effects(workspace.plan, run_id, c.staff_id, replace),
        )
        if dialog.exec() != ReassignDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
            return
        if review.apply_reassign(run_id, unit_id, specialty_id, chosen.staff_id, replace):
            self._offer_optimise()

    def _withdrawn_first(self, move: Any) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Change an approved move"),
            self.tr(
                "The move of {name} to {unit} is approved: it is a decision and is not changed silently. "
                "Withdraw its approval first (you give the reason), then choose another person?"
            ).format(name=move.full_name, unit=move.to_name),
        )
        return answer == QMessageBox.StandardButton.Yes and bool(self._window.decisions.ask_withdraw())

    def _offer_optimise(self) -> None:
        answer = QMessageBox.question(
            self._window,
            self.tr("Optimise the rest?"),
            self.tr(
                "The change is made and locked. Optimise the rest again now? Locked and approved moves stay; "
                "a post left unfilled may be filled."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_optimise()

    def compare_runs(self) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        runs = workspace.runs()
        current = self._window.review_view.current_run()
        if len(runs) < 2 or current is None:
            QMessageBox.information(self._window, self.tr("Compare runs"), self.tr("Two runs are needed to compare."))
            return
        ids = [r.id for r in runs]
        other = ids[ids.index(current) - 1] if ids.index(current) > 0 else ids[1]
        CompareDialog(workspace.compare(other, current), self._window).exec()
