"""The rules of a round in the window: a person's exemption (Nghị định 170), transfer or secondment on
proposals, the secondments ending soon, the rounds and the needs a round leaves.

Like ReviewActions, this joins the views to the services for its own menu entries; the main window
only adds `data_actions()` and `plan_actions()` to its menus. Each use case here is one short
transaction, so it runs on the UI thread (ARCHITECTURE.md "Threads").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from cq2c_desktop.domain.enums import MoveKind
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.exemptions import ExemptionRecord, exemption_of, set_exemption, staff_row
from cq2c_desktop.services.secondments import KindChange, set_move_kind
from cq2c_desktop.services.settings import change_setting
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.dialogs.exemption_bases_dialog import ExemptionBasesDialog
from cq2c_desktop.ui.dialogs.exemption_dialog import ExemptionDialog
from cq2c_desktop.ui.dialogs.move_kind_dialog import MoveKindDialog
from cq2c_desktop.ui.dialogs.round_dialogs import NeedsDialog, RoundsDialog, SecondmentsDialog
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.round_commands import ExemptionCommand, MoveKindCommand
from cq2c_desktop.ui.user_settings import UserSettings

if TYPE_CHECKING:
    from cq2c_desktop.ui.main_window import MainWindow


class RoundActions(QObject):
    def __init__(self, window: MainWindow, settings: UserSettings, workspace: Callable[[], Workspace | None]) -> None:
        super().__init__(window)
        self._window, self._settings, self._workspace = window, settings, workspace
        self.dialog: QDialog | None = None  # the list open now (kept, so an undo step can refresh it)
        self.secondments_action = QAction(self.tr("Secondments ending soon…"), window)
        self.secondments_action.triggered.connect(self.show_secondments)
        self.rounds_action = QAction(self.tr("&Rounds…"), window)
        self.rounds_action.triggered.connect(self.show_rounds)
        self.needs_action = QAction(self.tr("Remaining &needs…"), window)
        self.needs_action.triggered.connect(self.show_needs)
        self.exempt_action = QAction(self.tr("&Exemption from transfer…"), window)
        self.exempt_action.triggered.connect(self.ask_exemption)
        self.bases_action = QAction(self.tr("Legal basis of the exemptions…"), window)
        self.bases_action.triggered.connect(self.ask_bases)
        self.kind_action = QAction(self.tr("Transfer or &secondment…"), window)
        self.kind_action.triggered.connect(self.ask_move_kind)
        # The per-person and per-move choices are also on the tables' context menus.
        staff_table = window.staff_view.table
        staff_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        staff_table.addAction(self.exempt_action)
        moves_table = window.review_view.moves_view
        moves_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        review = window.review_view
        moves_table.addActions([review.accept_action, review.reject_action, review.lock_action, self.kind_action])

    def data_actions(self) -> list[QAction]:
        return [self.exempt_action, self.bases_action]

    def plan_actions(self) -> list[QAction]:
        return [self.kind_action, self.secondments_action, self.rounds_action, self.needs_action]

    # --- the round's lists ----------------------------------------------------------------------
    def _open(self, make: Callable[[Workspace], QDialog]) -> QDialog | None:
        workspace = self._workspace()
        if workspace is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = make(workspace)
        self.dialog.open()
        return self.dialog

    def show_secondments(self) -> QDialog | None:
        return self._open(lambda w: SecondmentsDialog(w, self._settings, self._window))

    def show_rounds(self) -> QDialog | None:
        return self._open(lambda w: RoundsDialog(w, self._round_started, self._window))

    def show_needs(self) -> QDialog | None:
        return self._open(lambda w: NeedsDialog(w, self._settings, self._window.undo_stack, self._window))

    def _round_started(self, number: int) -> None:
        # A new round has no proposals yet: the views show the plan as the new round starts it.
        self._window.statusBar().showMessage(self.tr("Round {number} started.").format(number=number), 8000)
        self._window.refresh()

    # --- exemptions -----------------------------------------------------------------------------
    def ask_exemption(self) -> ExemptionDialog | None:
        """The exemption of the person chosen in the staff table (None when no one is)."""
        workspace, view = self._workspace(), self._window.staff_view
        rows = view.table.selectionModel().selectedRows() if workspace is not None else []
        if workspace is None or not rows:
            self._window.statusBar().showMessage(self.tr("Choose a person in the Staff tab first."), 5000)
            return None
        person = view.model.row_at(rows[0].row())
        before = exemption_of(workspace.plan, person.id)
        dialog = ExemptionDialog(before, workspace.settings().rules.exemptions, self._window)
        dialog.accepted.connect(lambda: self._record_exemption(workspace, dialog, before))
        dialog.open()
        return dialog

    def _record_exemption(self, workspace: Workspace, dialog: ExemptionDialog, before: ExemptionRecord) -> None:
        reason, note, date, volunteer = dialog.values()
        try:
            after = set_exemption(
                workspace.plan,
                before.staff_id,
                reason,
                note=note,
                date=date,
                volunteer=volunteer,
                expected_version=before.version,
            )
        except ServiceError as exc:
            show_error(self._window, self.tr("Cannot record the exemption"), exc)
            return
        self._show_person(before.staff_id)
        text = self.tr("Exemption of {name}").format(name=before.full_name)
        self._window.undo_stack.push(ExemptionCommand(workspace, before, after, self._show_person, text))

    def ask_bases(self) -> ExemptionBasesDialog | None:
        """The decree's citations, corrected and ticked as checked by the officer (an audited setting)."""
        workspace = self._workspace()
        if workspace is None:
            return None
        dialog = ExemptionBasesDialog(workspace.settings().rules.exemptions, self._window)

        def save() -> None:
            try:
                change_setting(workspace.plan, "rules.exemptions", dialog.value_text())
            except ServiceError as exc:
                show_error(self._window, self.tr("Cannot save the legal basis"), exc)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def _show_person(self, staff_id: str) -> None:
        workspace = self._workspace()
        if workspace is not None:
            self._window.staff_view.model.replace_row(staff_row(workspace.plan, staff_id))

    # --- transfer or secondment -----------------------------------------------------------------
    def ask_move_kind(self) -> MoveKindDialog | None:
        workspace, review = self._workspace(), self._window.review_view
        moves = review.selected_moves() if workspace is not None else []
        if workspace is None or not moves:
            self._window.statusBar().showMessage(self.tr("Choose proposals in the Proposals tab first."), 5000)
            return None
        rules = workspace.settings().rules
        dialog = MoveKindDialog(len(moves), moves[0].kind, rules.secondment_months, self._window)
        ids, seen = [m.id for m in moves], {m.id: m.version for m in moves}

        def apply() -> None:
            kind, months, start = dialog.values()

            def again() -> KindChange:
                return set_move_kind(workspace.plan, ids, kind, term_months=months, start=start)

            try:
                change = set_move_kind(
                    workspace.plan, ids, kind, term_months=months, start=start, expected_versions=seen
                )
            except ServiceError as exc:
                show_error(self._window, self.tr("Cannot change the proposals"), exc)
                return
            review.reload()
            if dialog.as_default.isChecked():
                self._make_default(workspace, kind, months)
            text = self.tr("Transfer or secondment: %n proposal(s)", "", len(ids))
            self._window.undo_stack.push(MoveKindCommand(workspace, change, again, review.reload, text))

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def _make_default(self, workspace: Workspace, kind: MoveKind, months: int) -> None:
        """The plan's rules (settings rules.move_kind, rules.secondment_months), audited like every setting."""
        try:
            change_setting(workspace.plan, "rules.move_kind", kind.value)
            if kind == MoveKind.SECONDMENT:
                change_setting(workspace.plan, "rules.secondment_months", str(months))
        except ServiceError as exc:
            show_error(self._window, self.tr("Cannot change the plan's default"), exc)
