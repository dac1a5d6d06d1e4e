"""What the shown run changed against the run before it: the summary line above the proposals, and the
words of the proposals' "Since last run" column (services/run_changes.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from cq2c_desktop.services.review import MoveRow
from cq2c_desktop.services.run_changes import KEPT, MOVED, NEW, RunChanges
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.messages import tr_message

LISTED_GONE = 15  # the tooltip names this many moves gone, then says how many more


class RunChangesLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = RunChanges(None)
        self._words = {NEW: self.tr("new"), MOVED: self.tr("other destination"), KEPT: self.tr("same")}
        self.hide()

    def set_changes(self, changes: RunChanges | None) -> None:
        self.state = changes if changes is not None else RunChanges(None)
        if self.state.previous_run is None:
            self.hide()
            return
        state = self.state
        self.setText(
            self.tr(
                "Compared with the previous run ({run}): +{new} new, −{gone} dropped, {moved} to another "
                "destination, {kept} unchanged"
            ).format(
                run=state.previous_run,
                new=number(state.count(NEW)),
                gone=number(len(state.gone)),
                moved=number(state.count(MOVED)),
                kept=number(state.count(KEPT)),
            )
        )
        self.setToolTip(self._gone_list())
        self.show()

    def _gone_list(self) -> str:
        gone = self.state.gone
        if not gone:
            return ""
        lines = [
            f"{escape(g.move.full_name)}: {escape(g.move.from_name)} → {escape(g.move.to_name)} — "
            f"{escape(tr_message(g.reason))}"
            for g in gone[:LISTED_GONE]
        ]
        if len(gone) > LISTED_GONE:
            lines.append(escape(self.tr("… and {count} more").format(count=number(len(gone) - LISTED_GONE))))
        heading = self.tr("Dropped since the previous run:")
        return f"<b>{escape(heading)}</b><br>" + "<br>".join(lines)

    def kind_text(self, move: MoveRow) -> str:
        kind = self.state.kinds.get(move.id)
        return self._words.get(kind, "") if kind is not None else ""

    def kind_tooltip(self, move: MoveRow) -> str:
        before = self.state.before.get(move.id)
        return self.tr("Previously: {unit}").format(unit=before) if before else ""
