"""Screenshots of a round's screens (issue 19) at 1280×800, Vietnamese, on the demo with two rounds.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_rounds.py [--lang vi|en] [--out docs/screenshots]

Like scripts/screenshots.py (whose helpers it uses), on the plan the app writes on first start: round 1
approved with its secondments, round 2 optimised. It grabs the exemption dialog, transfer or secondment,
the secondments ending soon, the rounds, the remaining needs, and a post's candidates with the people the
rules exclude listed last with their reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cq2c_desktop.ui.dialogs.reassign_dialog import ReassignDialog
from scripts.screenshots import _save, _settle, demo_window


def _shoot(dialog: QDialog | None, out: Path, name: str) -> None:
    assert dialog is not None
    dialog.show()
    _save(dialog, out, name)
    dialog.close()


def main() -> int:
    shots = demo_window(rounds=True)
    app, window, out = shots.app, shots.window, shots.out
    assert window.workspace is not None
    _save(window, out, "25-tong-quan-cac-dot")
    staff = window.staff_view
    window.tabs.setCurrentWidget(staff)
    row = next(r for r in range(staff.model.rowCount()) if staff.model.row_at(r).exemption == "family")
    staff.table.selectRow(row)
    _shoot(window.rounds.ask_exemption(), out, "27-mien-dieu-dong")
    _shoot(window.rounds.ask_bases(), out, "26-can-cu-mien-dieu-dong")
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    review.run_combo.setCurrentIndex(0)  # round 1's run: its approved moves, a few of them secondments
    _settle(0.5)
    kind = review.moves.columnCount() - 1  # secondments first, the kind column in sight
    review.moves_view.sortByColumn(kind, Qt.SortOrder.AscendingOrder)
    review.moves_view.scrollTo(review.moves.index(0, kind))
    _save(window, out, "28-de-xuat-dot-1-biet-phai")
    review.moves_view.selectRow(0)
    dialog = window.rounds.ask_move_kind()
    assert dialog is not None
    dialog.secondment.setChecked(True)
    dialog.months.setValue(24)
    _shoot(dialog, out, "29-dieu-dong-hay-biet-phai")
    secondments = window.rounds.show_secondments()
    assert secondments is not None
    secondments.months.setValue(12)  # type: ignore[attr-defined]
    _shoot(secondments, out, "21-biet-phai-sap-het-han")
    _shoot(window.rounds.show_rounds(), out, "22-cac-dot")
    needs = window.rounds.show_needs()
    assert needs is not None
    for row, measure in ((1, "contract"), (3, "rotation"), (6, "transfer")):  # as an officer would choose
        needs.model.edit_requested.emit(needs.model.row_at(row), "measure", measure)  # type: ignore[attr-defined]
    _shoot(needs, out, "23-nhu-cau-con-thieu")
    latest = window.workspace.runs()[-1].id
    unfilled = window.workspace.review(latest).unfilled[0]
    candidates = window.workspace.candidates(latest, unfilled.unit_id, unfilled.specialty_id)
    chooser = ReassignDialog(f"{unfilled.unit_name} — {unfilled.specialty_name}", candidates, window)
    excluded = next((i for i, c in enumerate(candidates) if c.excluded is not None), None)
    if excluded is not None:
        chooser.table.selectRow(excluded)
        chooser.table.scrollTo(chooser.model.index(excluded, 0))
    _shoot(chooser, out, "24-ung-vien-bi-loai")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
