"""The round's rules in the window: a person's exemption and a proposal made a secondment, with undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Move, Staff
from cq2c_desktop.ui import confirm
from cq2c_desktop.ui.dialogs.round_dialogs import NeedsDialog, RoundsDialog, SecondmentsDialog
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
    dialog.as_default.setChecked(True)
    dialog.accept()
    rules = window.workspace.settings().rules  # type: ignore[union-attr]
    assert (rules.move_kind, rules.secondment_months) == ("secondment", 18)  # the plan's default too
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


def test_rounds_needs_and_secondments_in_the_window(
    window: MainWindow, demo_plan: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(confirm, "confirm_count", lambda *_: True)  # "Approve N proposal(s)?" — yes
    with qtbot.waitSignal(window.run_finished, timeout=120_000):
        window.start_optimise("optimal", 60)
    review = window.review_view
    review.moves_view.selectRow(0)
    seconded = window.rounds.ask_move_kind()
    assert seconded is not None
    seconded.secondment.setChecked(True)
    seconded.months.setValue(3)
    seconded.accept()
    with qtbot.waitSignal(window.outputs.finished.done, timeout=60_000):
        window.outputs.approve_all.trigger()
    listed = window.rounds.show_secondments()
    assert isinstance(listed, SecondmentsDialog) and listed.model.rowCount() == 1  # 3 months from today
    needs = window.rounds.show_needs()
    assert isinstance(needs, NeedsDialog) and needs.model.rowCount() > 0
    first = needs.model.row_at(0)
    needs.model.edit_requested.emit(first, "measure", "rotation")
    assert (
        next(
            r for r in needs.model.rows() if r.unit_id == first.unit_id and r.specialty_id == first.specialty_id
        ).measure
        == "rotation"
    )
    window.undo_action.trigger()
    assert {r.measure for r in needs.model.rows()} == {"recruitment"}

    def listed_approved() -> int:
        return sum(1 for m in review.moves.rows() if m.status == "approved")

    rounds = window.rounds.show_rounds()
    assert isinstance(rounds, RoundsDialog) and rounds.model.rowCount() == 1
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        rounds.start.click()
    assert [(r.number, r.current, r.approved) for r in rounds.model.rows()] == [
        (1, False, listed_approved()),
        (2, True, 0),
    ]


def test_the_officer_corrects_and_checks_a_citation(window: MainWindow) -> None:
    dialog = window.rounds.ask_bases()
    assert dialog is not None
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).data(0x0100) == "study")
    dialog.table.item(row, 1).setText("Điều 30 Nghị định 170/2025/NĐ-CP")
    dialog.table.item(row, 3).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    study = window.workspace.settings().rules.exemptions["study"]  # type: ignore[union-attr]
    assert (study["article"], study["verified"]) == ("Điều 30 Nghị định 170/2025/NĐ-CP", True)
    assert window.workspace.settings().rules.exemptions["illness"]["verified"] is False  # type: ignore[union-attr]
