"""Undo steps of a round's rules: a person's exemption, and transfer or secondment on proposals."""

from __future__ import annotations

from collections.abc import Callable

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.exemptions import ExemptionRecord, set_exemption
from cq2c_desktop.services.needs import NeedRow, set_measure
from cq2c_desktop.services.secondments import KindChange, restore_move_kind
from cq2c_desktop.services.workspace import Workspace
from cq2c_desktop.ui.messages import show_error
from cq2c_desktop.ui.undo_commands import AppliedCommand


class ExemptionCommand(AppliedCommand):
    """An exemption already recorded; undo and redo record the other state, unless someone changed the
    person meanwhile (then nothing is overwritten and a message says why)."""

    def __init__(
        self,
        workspace: Workspace,
        before: ExemptionRecord,
        after: ExemptionRecord,
        show: Callable[[str], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace, self._before, self._after, self._show = workspace, before, after, show
        self._version = after.version

    def _put(self, record: ExemptionRecord) -> None:
        try:
            done = set_exemption(
                self._workspace.plan,
                record.staff_id,
                record.exemption,
                note=record.note,
                date=record.date,
                volunteer=record.volunteer,
                expected_version=self._version,
            )
        except ServiceError as exc:
            show_error(None, self.text(), exc)
            return
        self._version = done.version
        self._show(record.staff_id)

    def apply(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


class MoveKindCommand(AppliedCommand):
    """Transfer or secondment set on proposals; undo puts back what each move was."""

    def __init__(
        self,
        workspace: Workspace,
        change: KindChange,
        again: Callable[[], KindChange],
        refresh: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workspace, self._change, self._again, self._refresh = workspace, change, again, refresh

    def apply(self) -> None:
        try:
            self._change = self._again()
        except ServiceError as exc:
            show_error(None, self.text(), exc)
        self._refresh()

    def undo(self) -> None:
        try:
            restore_move_kind(self._workspace.plan, self._change)
        except ServiceError as exc:
            show_error(None, self.text(), exc)
        self._refresh()


class NeedMeasureCommand(AppliedCommand):
    """The measure chosen for one remaining need; undo chooses the one it had."""

    def __init__(
        self, workspace: Workspace, row: NeedRow, before: str, after: str, refresh: Callable[[], None], text: str
    ) -> None:
        super().__init__(text)
        self._workspace, self._row, self._before, self._after, self._refresh = workspace, row, before, after, refresh

    def _put(self, measure: str) -> None:
        row = self._row
        try:
            set_measure(self._workspace.plan, row.round, row.unit_id, row.specialty_id, measure)
        except ServiceError as exc:
            show_error(None, self.text(), exc)
        self._refresh()

    def apply(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)
