"""Withdraw an approval: the moves concerned and the reason, which is required (it goes into the audit log)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cq2c_desktop.services.review import MoveRow
from cq2c_desktop.ui.formatting import number
from cq2c_desktop.ui.widgets import resize_to_fit

SHOWN_NAMES = 8  # beyond these, "and N more"


class WithdrawDialog(QDialog):
    def __init__(self, moves: list[MoveRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw approval"))
        lines = [f"• {m.full_name}: {m.from_name} → {m.to_name}" for m in moves[:SHOWN_NAMES]]
        if len(moves) > SHOWN_NAMES:
            lines.append(self.tr("… and {count} more").format(count=number(len(moves) - SHOWN_NAMES)))
        heading = QLabel(
            self.tr(
                "Withdraw the approval of {count} move(s)? They go back to accepted: kept in the plan, "
                "but out of the decisions to be signed."
            ).format(count=number(len(moves)))
        )
        heading.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("For example: the person's family situation changed"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel("\n".join(lines)))
        layout.addWidget(QLabel(self.tr("Reason (required, written to the audit log):")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._check()
        resize_to_fit(self, 560, 380)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
