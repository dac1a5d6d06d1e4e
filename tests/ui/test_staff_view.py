"""Editing a person's planning fields inline, with undo and redo, written through to the plan file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cq2c_desktop.domain.text import fold
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import AuditEvent, Staff
from cq2c_desktop.ui.main_window import MainWindow

MOVABLE, EXEMPTION, VOLUNTEER, HOME = 10, 11, 12, 9


def _stored(path: Path, staff_id: str) -> tuple[bool, str | None, bool, str | None]:
    plan = open_plan(path)
    with plan.begin() as s:
        p = s.get(Staff, staff_id)
        assert p is not None
        result = (p.movable, p.exemption, p.volunteer, p.home_unit_id)
    plan.close()
    return result


def _first_movable_row(window: MainWindow) -> int:
    model = window.staff_view.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).movable and not model.row_at(r).volunteer)


def test_uncheck_movable_then_undo_and_redo(window: MainWindow, demo_plan: Path) -> None:
    model = window.staff_view.model
    row = _first_movable_row(window)
    person = model.row_at(row)
    assert model.setData(model.index(row, MOVABLE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.row_at(row).movable is False and model.row_at(row).exemption == "other"
    assert _stored(demo_plan, person.id)[:2] == (False, "other")
    window.undo_action.trigger()
    assert model.row_at(row).movable is True and model.row_at(row).exemption is None
    assert _stored(demo_plan, person.id)[:2] == (True, None)
    window.redo_action.trigger()
    assert _stored(demo_plan, person.id)[:2] == (False, "other")


def test_volunteer_needs_movable_and_says_why(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, vietnamese: None
) -> None:
    model = window.staff_view.model
    row = next(r for r in range(model.rowCount()) if not model.row_at(r).movable)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(str(a[2])))
    model.setData(model.index(row, VOLUNTEER), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert messages == ["Người không thể điều động thì không thể tự nguyện."]  # translated, one language
    assert model.row_at(row).volunteer is False
    assert window.undo_stack.count() == 0


def test_change_home_and_exemption_are_audited(window: MainWindow, demo_plan: Path) -> None:
    model = window.staff_view.model
    row = _first_movable_row(window)
    person = model.row_at(row)
    other_unit = "14797" if person.home_unit_id != "14797" else "14758"
    model.setData(model.index(row, HOME), other_unit)
    assert model.row_at(row).home_unit_id == other_unit
    model.setData(model.index(row, EXEMPTION), "family")
    assert model.row_at(row).movable is False
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _stored(demo_plan, person.id)[3] == person.home_unit_id
    plan = open_plan(demo_plan)
    with plan.begin() as s:
        actions = [e.action for e in s.query(AuditEvent).order_by(AuditEvent.id)]
    plan.close()
    assert actions[-4:] == ["staff_edited", "staff_edited", "staff_restored", "staff_restored"]


def test_search_finds_people_without_diacritics(window: MainWindow) -> None:
    view = window.staff_view
    total = view.model.rowCount()
    everyone = [view.model.row_at(r) for r in range(total)]
    view.search.setText("nguyen thi")
    found = {view.model.row_at(r).id for r in range(view.model.rowCount())}
    # Each word anywhere in the row: every Nguyễn Thị …, and a Nguyễn of Phường Thiệu … too.
    searched = {
        p.id: fold(" ".join((p.id, p.full_name, p.ethnicity, p.unit_name, p.specialty_name, p.rank, p.home_unit_name)))
        for p in everyone
    }
    assert found == {i for i, text in searched.items() if "nguyen" in text and "thi" in text}
    assert {p.id for p in everyone if "nguyen thi" in fold(p.full_name)} < found
    assert 0 < len(found) < total
    view.search.clear()
    assert view.model.rowCount() == total


def test_staff_model_passes_the_model_tester(window: MainWindow, qtmodeltester: object) -> None:
    window.staff_view.model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(window.staff_view.model)  # type: ignore[attr-defined]


def test_personal_data_is_masked_until_shown_and_showing_it_is_audited(window: MainWindow, demo_plan: Path) -> None:
    model = window.staff_view.model
    cccd_column, born_column = 4, 3
    row = model.row_at(0)
    assert model.data(model.index(0, cccd_column)).startswith("*********")
    assert model.data(model.index(0, born_column)).startswith("**/**/")
    window.personal_data_action.trigger()
    try:
        assert model.data(model.index(model.view_row_of(row.id), cccd_column)) == row.cccd
    finally:
        window.personal_data_action.trigger()  # the switch is process-wide: leave it off
    assert model.data(model.index(model.view_row_of(row.id), cccd_column)).startswith("*********")
    plan = open_plan(demo_plan)
    with plan.begin() as s:
        actions = [e.action for e in s.query(AuditEvent).order_by(AuditEvent.id)]
    plan.close()
    assert actions[-2:] == ["personal_data_shown", "personal_data_hidden"]
