"""The corpus: rosters in every shape communes send, written by our own generators, each imported
into a real plan and checked person by person and field by field (or refused exactly, with the
plan file byte-identical). Shapes and their variants: tests/io/roster_shapes.py; formats:
tests/io/roster_writers.py."""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cq2c_desktop.services.importing import ImportReport, run_import
from cq2c_desktop.services.importing_detect import ImportOptions
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Staff
from tests.io.roster_shapes import Layout, Person, build, expected_fields, make_people
from tests.io.roster_writers import write_book
from tests.services.importing_helpers import units

SUFFIX = {
    "xlsx": ".xlsx",
    "xls": ".xls",
    "ods": ".ods",
    "html": ".xls",
    "xml2003": ".xls",
    "csv": ".csv",
    "tsv": ".txt",
}
L = Layout


def _staff(plan_path: Path, ids: list[str]) -> tuple[dict[str, dict[str, Any]], int]:
    plan = open_plan(plan_path)
    try:
        with plan.begin() as session:
            rows = session.execute(select(Staff.__table__).where(Staff.id.in_(ids))).mappings()
            found = {r["id"]: dict(r) for r in rows}
            total = session.scalar(select(func.count()).select_from(Staff)) or 0
    finally:
        plan.close()
    return found, total


def import_file(plan_path: Path, file: Path, **options: Any) -> ImportReport:
    plan = open_plan(plan_path)
    try:
        return run_import(plan, "staff", file, ImportOptions(**options))
    finally:
        plan.close()


def check_people(plan_path: Path, file: Path, people: list[Person], layout: Layout, **options: Any) -> ImportReport:
    """Import `file`; exactly `people` are added, with every field, and no one else changes."""
    _, before = _staff(plan_path, [])
    report = import_file(plan_path, file, **options)
    assert report.ok and report.written, report.report_text()
    assert (report.added, report.changed, report.removed) == (len(people), 0, 0), report.report_text()
    landed, after = _staff(plan_path, [p.id for p in people])
    assert after == before + len(people)
    for person in people:
        got = landed.get(person.id)
        assert got is not None, (person.id, report.report_text())
        for key, value in expected_fields(person, layout).items():
            assert got[key] == value, (person.id, key, got[key], value)
    return report


def _units(plan_path: Path, *indices: int) -> list[dict[str, Any]]:
    all_units = units(plan_path)
    return [all_units[i] for i in indices]


# (id, format, layout, options); 3 people in 2 units unless the layout needs one unit.
SHAPES: list[tuple[str, str, Layout, dict[str, Any]]] = [
    *[(f"plain-{f}", f, L(), {}) for f in ("xlsx", "xls", "ods", "html", "xml2003", "csv", "tsv")],
    *[
        (f"birth-nam-nu-{f}", f, L(birth="nam_nu", gender="none"), {})
        for f in ("xlsx", "xls", "ods", "html", "xml2003", "csv")
    ],
    *[(f"gender-ticks-{f}", f, L(gender="ticks", birth="dmy"), {}) for f in ("xlsx", "xls", "xml2003", "csv")],
    *[(f"split3-{f}", f, L(names="split3"), {}) for f in ("xlsx", "xls", "ods", "csv")],
    *[(f"split2-{f}", f, L(names="split2"), {}) for f in ("xlsx", "csv")],
    ("merged2-xlsx", "xlsx", L(names="merged2"), {}),
    ("merged2-xls", "xls", L(names="merged2"), {}),
    *[(f"degree-{f}", f, L(degree=True), {}) for f in ("xlsx", "xls", "csv")],
    *[
        (f"groups-subtotals-{f}", f, L(unit="groups", subtotals=True), {})
        for f in ("xlsx", "xls", "ods", "html", "csv")
    ],
    *[
        (f"subtotals-footer-{f}", f, L(subtotals=True, footer=True), {})
        for f in ("xlsx", "xls", "html", "xml2003", "tsv")
    ],
    *[(f"merged-unit-{f}", f, L(unit="merged"), {}) for f in ("xlsx", "xls", "ods", "xml2003", "html")],
    *[(f"numbering-{f}", f, L(numbering=True, footer=True), {}) for f in ("xlsx", "csv")],
    *[(f"hidden-{f}", f, L(hidden=2), {}) for f in ("xlsx", "xls", "html", "xml2003")],
    *[(f"legacy-{e}-{f}", f, L(legacy=e), {}) for e in ("tcvn3", "vni", "tcvnh") for f in ("xlsx", "xls")],
    ("legacy-tcvn3-ods", "ods", L(legacy="tcvn3"), {}),
    ("legacy-vni-xml2003", "xml2003", L(legacy="vni", birth="dmy"), {}),
    *[(f"month-first-{f}", f, L(birth="mdy"), {}) for f in ("html", "csv", "xlsx")],
    *[(f"year-words-{f}", f, L(birth="year_words"), {}) for f in ("xlsx", "csv")],
    ("serial-dates-xls", "xls", L(birth="serial"), {}),
    ("gender-words-xlsx", "xlsx", L(gender="words"), {}),
    ("gender-words-csv", "csv", L(gender="words"), {}),
    *[(f"id-{h}", "xlsx", L(id_header=h), {}) for h in ("Mã CC", "Mã CBCC", "Số hiệu CC", "SHCC", "Mã số")],
    ("bare-unit-names", "xlsx", L(unit_prefix=False), {}),
    (
        "everything-xlsx",
        "xlsx",
        L(
            birth="nam_nu",
            gender="none",
            names="split3",
            degree=True,
            unit="merged",
            subtotals=True,
            footer=True,
            numbering=True,
        ),
        {},
    ),
    (
        "everything-xls",
        "xls",
        L(gender="ticks", names="split3", unit="groups", subtotals=True, footer=True, legacy="tcvn3"),
        {},
    ),
]
ONE_UNIT: list[tuple[str, str, Layout, dict[str, Any]]] = [
    *[(f"unit-in-title-{f}", f, L(unit="title"), {}) for f in ("xlsx", "xls", "csv", "html")],
    ("unit-as-option-xlsx", "xlsx", L(unit="title", titles=False), {"unit": "UNIT"}),
    ("unit-as-option-csv", "csv", L(unit="title", titles=False), {"unit": "UNIT"}),
    ("unit-in-legacy-title", "xls", L(unit="title", legacy="tcvn3"), {}),
]
SHEETS: list[tuple[str, str, Layout, dict[str, Any]]] = [
    *[(f"sheet-per-unit-{f}", f, L(sheets="per_unit"), {}) for f in ("xlsx", "xls", "ods", "xml2003")],
    ("sheet-per-unit-no-unit-column", "xlsx", L(sheets="per_unit", unit="title"), {}),
    ("sheet-per-unit-groups", "xls", L(sheets="per_unit", subtotals=True, footer=True), {}),
]


@pytest.mark.parametrize(("fmt", "layout", "options"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_shape_imports_every_person_and_field(
    demo_plan: Path, tmp_path: Path, fmt: str, layout: Layout, options: dict[str, Any]
) -> None:
    people = make_people(_units(demo_plan, 4, 10, 30), 5, seed=zlib.crc32(repr((fmt, layout)).encode()) % 997)
    hidden = make_people(_units(demo_plan, 4), layout.hidden, seed=500, id_prefix="H") if layout.hidden else []
    built = build(people, layout, hidden_people=hidden)
    file = write_book(tmp_path / f"roster{SUFFIX[fmt]}", fmt, built.sheets)
    report = check_people(demo_plan, file, people, layout, **options)
    if layout.hidden:
        assert {s.role.value for s in report.rows_not_read} >= {"hidden"}
        assert sum(s.last - s.first + 1 for s in report.rows_not_read if s.role.value == "hidden") == len(hidden)
    if layout.subtotals:
        assert "subtotal" in {s.role.value for s in report.rows_not_read}
    if layout.footer:
        assert "footer" in {s.role.value for s in report.rows_not_read}


@pytest.mark.parametrize(("fmt", "layout", "options"), [s[1:] for s in ONE_UNIT], ids=[s[0] for s in ONE_UNIT])
def test_a_list_of_one_unit_without_a_unit_column(
    demo_plan: Path, tmp_path: Path, fmt: str, layout: Layout, options: dict[str, Any]
) -> None:
    unit = _units(demo_plan, 4)[0]
    people = make_people([unit], 4, seed=77)
    file = write_book(tmp_path / f"roster{SUFFIX[fmt]}", fmt, build(people, layout).sheets)
    if options.get("unit") == "UNIT":
        options = {**options, "unit": unit["name"]}
    report = check_people(demo_plan, file, people, layout, **options)
    codes = {p.code for p in report.problems}
    assert ("unit_from_file" if "unit" in options else "unit_from_title") in codes


@pytest.mark.parametrize(("fmt", "layout", "options"), [s[1:] for s in SHEETS], ids=[s[0] for s in SHEETS])
def test_a_workbook_with_a_sheet_per_unit(
    demo_plan: Path, tmp_path: Path, fmt: str, layout: Layout, options: dict[str, Any]
) -> None:
    people = make_people(_units(demo_plan, 4, 10, 30), 7, seed=11)
    file = write_book(tmp_path / f"roster{SUFFIX[fmt]}", fmt, build(people, layout).sheets)
    report = check_people(demo_plan, file, people, layout, **options)
    assert [s.name for s in report.sheets] == [
        "Mường Lát",
        units(demo_plan)[10]["name"].split(" ", 1)[1],
        units(demo_plan)[30]["name"].split(" ", 1)[1],
    ]
    skipped = {p.sheet for p in report.problems if p.code == "sheet_skipped"}
    assert skipped == {"Hướng dẫn", "Tổng hợp"}


def test_hidden_rows_are_imported_when_asked(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4, 10), 3, seed=5)
    hidden = make_people(_units(demo_plan, 10), 2, seed=6, id_prefix="H")
    layout = L(hidden=2)
    file = write_book(tmp_path / "r.xlsx", "xlsx", build(people, layout, hidden_people=hidden).sheets)
    check_people(demo_plan, file, [*people, *hidden], layout, include_hidden=True)


def test_one_sheet_picked_of_several(demo_plan: Path, tmp_path: Path) -> None:
    people = make_people(_units(demo_plan, 4, 10), 4, seed=8)
    file = write_book(tmp_path / "r.xlsx", "xlsx", build(people, L(sheets="per_unit")).sheets)
    chosen = [p for p in people if p.unit_id == people[0].unit_id]
    check_people(demo_plan, file, chosen, L(), sheet="Mường Lát")


def test_ids_typed_without_their_leading_zeros_update_the_same_people(demo_plan: Path, tmp_path: Path) -> None:
    people = [replace(p, id=f"{i + 1:05d}") for i, p in enumerate(make_people(_units(demo_plan, 4), 3, seed=9))]
    first = write_book(tmp_path / "a.xlsx", "xlsx", build(people, L()).sheets)
    check_people(demo_plan, first, people, L())
    again = [replace(p, id=str(int(p.id)), ethnicity="Tày") for p in people]
    second = write_book(tmp_path / "b.csv", "csv", build(again, L()).sheets)
    report = import_file(demo_plan, second)
    assert report.ok and (report.added, report.changed, report.removed) == (0, 3, 0), report.report_text()
    landed, _ = _staff(demo_plan, [p.id for p in people])
    assert set(landed) == {p.id for p in people} and {r["ethnicity"] for r in landed.values()} == {"Tày"}
    assert "ids_without_zeros" in {p.code for p in report.problems}
