"""The table model on a large table: rows appear at once, the sorted order follows from a worker."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.text import sort_key
from cq2c_desktop.ui.table_models import LARGE_TABLE, Column, RowTableModel


@dataclass(frozen=True)
class Person:
    id: int
    name: str


NAMES = ("Đức", "Dũng", "An", "Ánh", "Bình", "Ân", "Ăn")


def _people(count: int) -> list[Person]:
    return [Person(i, f"{NAMES[i % len(NAMES)]} {i % 97}") for i in range(count)]


def test_a_large_table_shows_at_once_and_sorts_when_ready(qtbot: QtBot, qtmodeltester: object) -> None:
    model: RowTableModel[Person] = RowTableModel([Column("Id", lambda p: p.id), Column("Name", lambda p: p.name)],
                                                 key=lambda p: p.id)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    people = _people(LARGE_TABLE + 5_000)
    model.set_rows(people)
    assert model.rowCount() == len(people)
    qtbot.waitUntil(lambda: not model._poll.isActive(), timeout=20_000)
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)
    model.set_search("duc 1")
    assert model.rowCount() > 0 and all(model.row_at(r).name.startswith("Đức 1") for r in range(model.rowCount()))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_small_table_sorts_straight_away() -> None:
    model: RowTableModel[Person] = RowTableModel([Column("Name", lambda p: p.name)])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows(_people(50))
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key, reverse=True)
