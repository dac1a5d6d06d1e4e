"""The round's rules in the window: a person's exemption and a proposal made a secondment, with undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Move, Staff
from cq2c_desktop.ui.main_window import MainWindow


def _person(path: Path, staff_id: str) -> tuple[str | None, str | None, dt.date | None, bool, bool]:
    plan = open_plan(path)
    try:
        with plan.begin() as s:
            p = s.get(Staff, staff_id)
            assert p is not None
            return p.exemption, p.exemption_note, p.exemption_date, p.volunteer, p.movable
    finally:
        plan.close()


def test_an_exemption_is_recorded_shown_and_undone(window: MainWindow, demo_plan: Path) -> None:
    view = window.staff_view
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).movable)
    person = view.model.row_at(row)
    view.table.selectRow(row)
    dialog = window.rounds.ask_exemption()
    assert dialog is not None
    dialog.reason.setCurrentIndex(dialog.reason.findData("illness"))
    assert not dialog.volunteer.isEnabled()  # no volunteer override for illness
    assert "chưa kiểm chứng" in dialog.basis.text() or "unverified" in dialog.basis.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData("family"))
    assert dialog.volunteer.isEnabled()
    dialog.note.setText("Giấy khai sinh của con")
    dialog.dated.setChecked(True)
    dialog.date.setDate(QDate(2025, 3, 1))
    dialog.volunteer.setChecked(True)
    dialog.accept()
    assert _person(demo_plan, person.id) == ("family", "Giấy khai sinh của con", dt.date(2025, 3, 1), True, False)
    assert view.model.row_by_key(person.id).exemption == "family"  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert _person(demo_plan, person.id) == (None, None, None, person.volunteer, True)
    window.redo_action.trigger()
    assert _person(demo_plan, person.id)[0] == "family"


def test_a_proposal_becomes_a_secondment_and_back(window: MainWindow, demo_plan: Path, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.run_finished, timeout=120_000):
        window.start_optimise("optimal", 60)
    review = window.review_view
    review.moves_view.selectRow(0)
    move = review.selected_moves()[0]
    dialog = window.rounds.ask_move_kind()
    assert dialog is not None
    dialog.secondment.setChecked(True)
    dialog.months.setValue(18)
    dialog.accept()
    plan = open_plan(demo_plan)
    try:
        with plan.begin() as s:
            stored = s.scalars(select(Move).where(Move.id == move.id)).one()
            assert (stored.kind, stored.term_months) == ("secondment", 18)
        assert next(m for m in review.moves.rows() if m.id == move.id).kind == "secondment"
        window.undo_action.trigger()
        with plan.begin() as s:
            stored = s.scalars(select(Move).where(Move.id == move.id)).one()
            assert (stored.kind, stored.term_months) == ("transfer", None)
    finally:
        plan.close()
