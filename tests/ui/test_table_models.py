"""The table model on a large table: rows appear at once, the sorted order follows from a worker."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.text import fold as fold_name
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
    model: RowTableModel[Person] = RowTableModel(
        [Column("Id", lambda p: p.id), Column("Name", lambda p: p.name)], key=lambda p: p.id
    )
    model.sort(1, Qt.SortOrder.AscendingOrder)
    people = _people(LARGE_TABLE + 5_000)
    model.set_rows(people)
    assert model.rowCount() == len(people)
    assert [model.row_at(r).id for r in range(5)] == [0, 1, 2, 3, 4]  # shown at once, sorted when prepared
    with qtbot.waitSignal(model.prepared, timeout=20_000):
        pass
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)
    model.set_search("duc 1")  # two words, each anywhere in the row: the name, or the id
    shown = [model.row_at(r) for r in range(model.rowCount())]
    assert shown == [p for p in sorted(people, key=lambda p: sort_key(p.name)) if _holds(f"{p.id} {p.name}", "duc 1")]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_small_table_sorts_straight_away() -> None:
    model: RowTableModel[Person] = RowTableModel([Column("Name", lambda p: p.name)])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows(_people(50))
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key, reverse=True)


def test_a_large_table_answers_a_search_once_its_search_text_is_prepared(qtbot: QtBot) -> None:
    model: RowTableModel[Person] = RowTableModel([Column("Name", lambda p: p.name)], key=lambda p: p.id)
    model.set_rows(_people(LARGE_TABLE))
    model.set_search("an 5")  # typed before the search text is ready: the rows follow when it is
    with qtbot.waitSignal(model.prepared, timeout=20_000):
        pass
    assert model.rowCount() > 0 and all(_holds(model.row_at(r).name, "an 5") for r in range(model.rowCount()))
    model.set_search("an 51")  # now ready: answered at once, narrowing what is shown
    assert {model.row_at(r).name for r in range(model.rowCount())} == {"An 51", "Ân 51", "Ăn 51", "Ánh 51"}
    model.set_search("51 anh")  # the words in any order
    assert {model.row_at(r).name for r in range(model.rowCount())} == {"Ánh 51"}
    model.set_search("binh anh")  # no row has both
    assert model.rowCount() == 0


def _holds(text: str, needle: str) -> bool:
    return all(word in fold_name(text) for word in needle.split())


def test_several_words_each_match_somewhere_in_the_row() -> None:
    @dataclass(frozen=True)
    class Move:
        name: str
        to: str
        specialty: str

    model: RowTableModel[Move] = RowTableModel(
        [Column("Name", lambda m: m.name), Column("To", lambda m: m.to), Column("Specialty", lambda m: m.specialty)]
    )
    model.set_rows(
        [
            Move("Lê Văn Tuấn", "Xã Bá Thước", "Giáo dục"),
            Move("Phạm Văn Đạt", "Xã Bá Thước", "Y tế"),
            Move("Đỗ Thị Huyền", "Xã Bát Mọt", "Giáo dục"),
        ]
    )
    model.set_search("xa ba thuoc giao duc")
    assert [model.row_at(r).name for r in range(model.rowCount())] == ["Lê Văn Tuấn"]
    model.set_search("  GIÁO   dục  ")  # case, diacritics and spaces do not matter
    assert model.rowCount() == 2
    model.set_search("")
    assert model.rowCount() == 3


def test_new_rows_drop_the_preparation_of_the_old_ones() -> None:
    model: RowTableModel[Person] = RowTableModel([Column("Id", lambda p: p.id), Column("Name", lambda p: p.name)])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_rows(_people(LARGE_TABLE))
    model.set_rows(_people(10))  # a plan closed and a small one opened: sorted at once
    assert [model.row_at(r).name for r in range(model.rowCount())] == sorted(
        (p.name for p in _people(10)), key=sort_key
    )


def test_a_row_edited_during_the_preparation_is_found_by_its_new_text() -> None:
    model: RowTableModel[Person] = RowTableModel([Column("Name", lambda p: p.name)], key=lambda p: p.id)
    people = _people(LARGE_TABLE * 2)
    model.set_rows(people)
    for _ in range(3):  # part of the search text is folded; rows 7 and the last are edited on either side
        model._prepared.step()
    model.replace_row(replace(people[7], name="Nguyễn Văn Mới"))
    model.replace_row(replace(people[-1], name="Trần Thị Mới"))
    model.finish_preparing()
    model.set_search("van moi")
    assert [model.row_at(r).id for r in range(model.rowCount())] == [7]
    model.set_search("thi moi")
    assert [model.row_at(r).id for r in range(model.rowCount())] == [len(people) - 1]


def test_a_painted_cell_gets_every_role_in_one_call() -> None:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    model: RowTableModel[Person] = RowTableModel(
        [Column("Id", lambda p: p.id, align_right=True), Column("Name", lambda p: p.name)]
    )
    model.set_rows(_people(3))
    index = model.index(2, 0)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
    ):
        single = QModelRoleData(role)
        model.multiData(index, single)
        spanned = QModelRoleData(role)
        model.multiData(index, QModelRoleDataSpan(spanned))
        assert single.data() == spanned.data() == model.data(index, role)
