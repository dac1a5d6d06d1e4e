"""Choose, from a ranked list, the person to put on a post by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from cq2c_desktop.services.reassign import Candidate
from cq2c_desktop.services.reassign_effects import Effects
from cq2c_desktop.ui.formatting import score
from cq2c_desktop.ui.table_models import Column, RowTableModel
from cq2c_desktop.ui.views import exemption_label
from cq2c_desktop.ui.widgets import fit_columns, resize_to_fit, wrap_headers


class ReassignDialog(QDialog):
    """The candidates for a post, best first, and what choosing the selected one would do (`effects`)."""

    def __init__(
        self,
        post_label: str,
        candidates: list[Candidate],
        parent: QWidget | None = None,
        effects: Callable[[Candidate], Effects] | None = None,
    ) -> None:
        super().__init__(parent)
        self._effects = effects
        self.consequences = QLabel()
        self.consequences.setWordWrap(True)
        self.setWindowTitle(self.tr("Fill a post by hand"))
        columns: list[Column[Candidate]] = [
            Column(self.tr("Full name"), lambda c: c.full_name),
            Column(self.tr("Unit"), lambda c: c.unit_name),
            Column(self.tr("Km from home"), lambda c: c.km, True),
            Column(self.tr("Match"), lambda c: score(c.match), True),
            Column(self.tr("Volunteer"), lambda c: self.tr("yes") if c.volunteer else ""),
            Column(self.tr("Already proposed"), lambda c: self.tr("yes") if c.busy_to else ""),
            Column(self.tr("Beyond the distance limit"), lambda c: self.tr("yes") if c.beyond_max_km else ""),
            Column(self.tr("Not movable: why"), lambda c: exemption_label(c.excluded) if c.excluded else ""),
        ]
        self.model: RowTableModel[Candidate] = RowTableModel(columns, self)
        self.model.set_rows(candidates)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._allow())
        fit_columns(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)  # the whole reason of an exclusion
        wrap_headers(self.table, range(2, len(columns)))  # short answers under long titles
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.table.selectionModel().selectionChanged.connect(self._show_effects)
        if candidates:
            self.table.selectRow(0)
        self._allow()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(post_label))
        order = QLabel(
            self.tr(
                "Best first: exact specialty, volunteers, then the shortest distance. People the rules "
                "exempt (Decree 170/2025) are listed last, with the reason, and cannot be chosen."
            )
        )
        order.setWordWrap(True)
        layout.addWidget(order)
        layout.addWidget(self.table)
        layout.addWidget(self.consequences)
        layout.addWidget(buttons)
        resize_to_fit(self, 1040, 480)  # the reason a person is excluded in sight, on a 1280-pixel screen

    def _allow(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._ok.setEnabled(bool(rows) and self.model.row_at(rows[0].row()).excluded is None)

    def accept(self) -> None:
        if self._ok.isEnabled():
            super().accept()

    def chosen(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0].row()) if rows else None
        return found if found is not None and found.excluded is None else None

    def _show_effects(self) -> None:
        chosen = self.chosen()
        if chosen is None or self._effects is None:
            self.consequences.setText("")
            return
        self.consequences.setText(self.effects_text(chosen, self._effects(chosen)))

    def effects_text(self, chosen: Candidate, effects: Effects) -> str:
        """What choosing `chosen` does, in a few sentences, before it is done."""
        lines = [self.tr("If you choose {name}:").format(name=chosen.full_name)]
        if effects.replaced is not None:
            lines.append(
                self.tr("• {name} loses the proposal to {unit} and stays in their unit.").format(
                    name=effects.replaced.full_name, unit=effects.replaced.to_name
                )
            )
        if effects.other_proposal is not None:
            lines.append(
                self.tr(
                    "• {name}'s proposal to {unit} ({specialty}) is dropped: that post is left unfilled until "
                    "you optimise the rest again."
                ).format(
                    name=chosen.full_name,
                    unit=effects.other_proposal.to_name,
                    specialty=effects.other_proposal.specialty_name,
                )
            )
        if effects.replaced is None and effects.other_proposal is None:
            lines.append(self.tr("• The post is filled; nothing else changes."))
        for move in effects.approved:
            lines.append(
                self.tr("• The move of {name} to {unit} is approved: withdraw its approval first.").format(
                    name=move.full_name, unit=move.to_name
                )
            )
        return "\n".join(lines)
