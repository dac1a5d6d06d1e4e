"""Edit in place from the tables: the person, unit and quota forms change the plan, go into the undo
stack, are audited, and a person in an approved move cannot be removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.review import move_rows
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import AuditEvent, Quota, Staff, Unit
from cq2c_desktop.ui.main_window import MainWindow


def _stored(path: Path, staff_id: str) -> tuple[str, list[str], bool]:
    plan = open_plan(path)
    try:
        with plan.begin() as s:
            person = s.get(Staff, staff_id)
            assert person is not None
            return person.full_name, person.wishes, person.volunteer
    finally:
        plan.close()


def _actions(path: Path) -> list[str]:
    plan = open_plan(path)
    try:
        with plan.begin() as s:
            return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    finally:
        plan.close()


def _select(window: MainWindow, table: str, row: int) -> None:
    getattr(window, table).table.selectRow(row)


def test_editing_a_person_in_the_form_then_undo_restores_it(window: MainWindow, qtbot: QtBot, demo_plan: Path) -> None:
    model = window.staff_view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).movable and not model.row_at(r).volunteer)
    person = model.row_at(row)
    window.staff_view.table.selectRow(row)
    dialog = window.roster.person_dialog(person.id)
    assert dialog is not None and not dialog.adding and dialog.staff_id.text() == person.id
    wish = dialog.wishes[0]
    wish.setCurrentIndex(2)
    target = wish.currentData()
    name_field = next(f for f in dialog._fields if f.name == "full_name")
    name_field.widget.setText("Lò Văn Đã Sửa")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        assert window.roster.apply_person(dialog)
    assert _stored(demo_plan, person.id) == ("Lò Văn Đã Sửa", [target], True)
    assert model.row_by_key(person.id).full_name == "Lò Văn Đã Sửa"  # type: ignore[union-attr]
    assert model.row_by_key(person.id).wishes == wish.currentText()  # type: ignore[union-attr]  # the Wishes column
    assert _actions(demo_plan)[-1] == "staff_edited"

    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_action.trigger()
    assert _stored(demo_plan, person.id) == (person.full_name, [], False)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.redo_action.trigger()
    assert _stored(demo_plan, person.id) == ("Lò Văn Đã Sửa", [target], True)


def test_adding_and_removing_a_person_with_undo(
    window: MainWindow, qtbot: QtBot, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.roster.person_dialog(None)
    assert dialog is not None and dialog.adding
    dialog.staff_id.setText("TAY-777")
    next(f for f in dialog._fields if f.name == "full_name").widget.setText("Hà Thị Thêm")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        assert window.roster.apply_person(dialog)
    assert _stored(demo_plan, "TAY-777")[0] == "Hà Thị Thêm"

    model = window.staff_view.model
    window.staff_view.table.clearSelection()
    window.staff_view.search.setText("TAY-777")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    window.staff_view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.roster.remove_person()
    plan = open_plan(demo_plan)
    with plan.begin() as s:
        assert s.get(Staff, "TAY-777") is None
    plan.close()
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_action.trigger()  # the removal undone
    assert _stored(demo_plan, "TAY-777")[0] == "Hà Thị Thêm"
    assert {"staff_added", "staff_removed", "staff_restored"} <= set(_actions(demo_plan))


def test_a_person_in_an_approved_move_is_refused_with_a_clear_message(
    window: MainWindow, qtbot: QtBot, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = open_plan(demo_plan)
    run = optimise(plan)
    with plan.begin() as s:
        move = move_rows(s, run.run_id)[0]
    approve_moves(plan, move_ids=[move.id])
    plan.close()
    model = window.staff_view.model
    window.staff_view.search.setText(move.staff_id)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    window.staff_view.table.selectRow(0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(str(a[2])))
    window.roster.remove_person(confirm=False)
    assert len(shown) == 1 and move.to_name in shown[0]
    assert window.undo_stack.count() == 0


def test_a_unit_s_sending_cap_and_a_quota_from_their_forms(window: MainWindow, qtbot: QtBot, demo_plan: Path) -> None:
    window.units_view.table.selectRow(0)
    opened = window.roster.unit_dialog()
    assert opened is not None
    unit_id, dialog = opened
    dialog.capped.setChecked(True)
    dialog.max_out.setValue(3)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        assert window.roster.apply_unit(unit_id, dialog)
    window.quotas_view.table.selectRow(0)
    quota = window.roster.quota_dialog()
    assert quota is not None
    post, before, qdialog = quota
    qdialog.posts.setValue(before + 2)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        assert window.roster.apply_quota(post, before, qdialog)
    plan = open_plan(demo_plan)
    with plan.begin() as s:
        assert s.get(Unit, unit_id).max_out == 3  # type: ignore[union-attr]
        assert s.get(Quota, post).posts == before + 2  # type: ignore[union-attr]
    plan.close()
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_action.trigger()
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.undo_action.trigger()
    plan = open_plan(demo_plan)
    with plan.begin() as s:
        assert s.get(Unit, unit_id).max_out is None  # type: ignore[union-attr]
        row = s.get(Quota, post)
        assert (row.posts if row else 0) == before
    plan.close()


def test_the_sending_cap_is_edited_in_the_units_table_with_undo(window: MainWindow, demo_plan: Path) -> None:
    model = window.units_view.model
    column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Sending cap"
    )
    unit_id = model.row_at(0).id

    def stored() -> int | None:
        plan = open_plan(demo_plan)
        try:
            with plan.begin() as s:
                return s.get(Unit, unit_id).max_out  # type: ignore[union-attr]
        finally:
            plan.close()

    assert model.setData(model.index(0, column), "2", Qt.ItemDataRole.EditRole)
    assert stored() == 2 and model.row_by_key(unit_id).max_out == 2  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert stored() is None
