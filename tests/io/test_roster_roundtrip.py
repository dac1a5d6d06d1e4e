"""Property: people generated → written in any supported shape and format → imported → the same
people with the same fields, and no one else touched. CQ2C_PROPERTY_EXAMPLES sets the examples.

The examples are the same on every run (derandomized), so CI fails on a change, not on a lucky draw;
CQ2C_PROPERTY_RANDOM=1 explores new ones (run it after touching the importer: that is how the TCVN3
"Yến" read as VNI "Ỹn" was found, and that example is now pinned below)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.io.roster_shapes import (
    ETHNIC,
    FAMILY,
    GIVEN_F,
    GIVEN_M,
    MIDDLE_F,
    MIDDLE_M,
    SPECIALTIES,
    Layout,
    Person,
    build,
)
from tests.io.roster_writers import write_book
from tests.io.test_roster_corpus import SUFFIX, check_people
from tests.services.importing_helpers import units

SETTINGS = settings(
    max_examples=int(os.environ.get("CQ2C_PROPERTY_EXAMPLES", "25")),
    deadline=None,
    derandomize=os.environ.get("CQ2C_PROPERTY_RANDOM") != "1",
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
UNIT_INDICES = (4, 10, 30, 60, 100, 140)


@st.composite
def person(draw: Any, index: int, plan_units: list[dict[str, Any]]) -> Person:
    male = draw(st.booleans())
    unit = plan_units[draw(st.sampled_from(UNIT_INDICES))]
    return Person(
        id=f"P{index:04d}",
        family=draw(st.sampled_from(FAMILY)),
        middle=draw(st.sampled_from(MIDDLE_M if male else MIDDLE_F)),
        given=draw(st.sampled_from(GIVEN_M if male else GIVEN_F)),
        gender="nam" if male else "nu",
        born=draw(st.dates(dt.date(1962, 1, 1), dt.date(2004, 12, 31))),
        unit_id=unit["id"],
        unit_name=unit["name"],
        specialty_id=draw(st.sampled_from(list(SPECIALTIES))),
        ethnicity=draw(st.sampled_from(ETHNIC)),
        rank=draw(st.sampled_from(("Chuyên viên", "Cán sự", None))),
        cccd=draw(st.one_of(st.none(), st.just(f"0380{index:08d}"))),
        volunteer=draw(st.booleans()),
    )


def layouts() -> st.SearchStrategy[Layout]:
    return st.builds(
        Layout,
        titles=st.booleans(),
        numbering=st.booleans(),
        birth=st.sampled_from(("date", "dmy", "nam_nu", "year_words", "serial")),
        gender=st.sampled_from(("column", "ticks", "words")),
        names=st.sampled_from(("full", "split3", "split2", "merged2")),
        degree=st.booleans(),
        unit=st.sampled_from(("column", "merged", "groups")),
        subtotals=st.booleans(),
        footer=st.booleans(),
        id_header=st.sampled_from(("Mã CB", "Mã CC", "SHCC", "Số hiệu CC")),
        legacy=st.sampled_from(("", "", "tcvn3", "vni")),
        sheets=st.sampled_from(("one", "one", "per_unit")),
    )


@st.composite
def cases(draw: Any, plan_units: list[dict[str, Any]]) -> tuple[list[Person], Layout, str]:
    count = draw(st.integers(1, 12))
    people = [draw(person(i, plan_units)) for i in range(count)]
    layout = draw(layouts())
    formats = (
        ["xlsx", "xls", "ods", "xml2003"]
        if layout.sheets == "per_unit"
        else ["xlsx", "xls", "ods", "html", "xml2003", "csv", "tsv"]
    )
    fmt = draw(st.sampled_from(formats))
    if layout.birth == "nam_nu":
        layout = Layout(**{**layout.__dict__, "gender": "none"})
    if layout.birth == "serial" and fmt in ("csv", "tsv", "html"):
        layout = Layout(**{**layout.__dict__, "birth": "dmy"})  # a serial number is a spreadsheet's
    if layout.names == "merged2" and fmt in ("csv", "tsv"):
        layout = Layout(**{**layout.__dict__, "names": "split2"})  # a text file has no merged header
    if layout.unit == "merged" and fmt in ("csv", "tsv"):
        # A text file has no merged cells: the unit under the first is blank, and a blank is refused.
        layout = Layout(**{**layout.__dict__, "unit": "column"})
    return people, layout, fmt


def _round_trip(template: Path, people: list[Person], layout: Layout, fmt: str) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        plan = folder / "plan.cq2c"
        shutil.copyfile(template, plan)
        file = write_book(folder / f"roster{SUFFIX[fmt]}", fmt, build(people, layout).sheets)
        check_people(plan, file, people, layout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _one(given: str, unit: dict[str, Any]) -> Person:
    return Person(
        id="P0000",
        family="Nguyễn",
        middle="Thị",
        given=given,
        gender="nu",
        born=dt.date(2000, 1, 1),
        unit_id=unit["id"],
        unit_name=unit["name"],
        specialty_id="dat_dai",
        ethnicity="Kinh",
        rank="Chuyên viên",
        cccd=None,
        volunteer=False,
    )


# Found by Hypothesis: TCVN3 "YÕn" (Yến, the byte of "ế" is Latin-1 "Õ") read back as VNI "Ỹn".
YEN_IN_TCVN3 = Layout(titles=False, birth="date", gender="column", names="split3", subtotals=False, legacy="tcvn3")


def test_people_written_in_any_shape_come_back_the_same(demo_plan_template: Path) -> None:
    plan_units = units(demo_plan_template)
    yen = [_one("Yến", next(u for u in plan_units if u["id"] == "14845"))]

    @SETTINGS
    @given(cases(plan_units))
    @example((yen, YEN_IN_TCVN3, "xlsx"))
    def roundtrip(case: tuple[list[Person], Layout, str]) -> None:
        _round_trip(demo_plan_template, *case)

    roundtrip()


@pytest.mark.parametrize("legacy", ["tcvn3", "vni"])
@pytest.mark.parametrize("given", ["Yến", "Yết", "Quyết", "Huế", "Thuỷ", "Uyển", "Thư"])
def test_a_given_name_alone_in_its_column_is_read_in_the_sheets_encoding(
    demo_plan_template: Path, given: str, legacy: str
) -> None:
    """A "Tên" column holding one name that reads as Vietnamese in both encodings (TCVN3 "HuÕ" is
    "Huế", and VNI "Hũ"; VNI "Thö" is "Thư", and TCVN3 "Thử") follows the sheet's encoding."""
    plan_units = units(demo_plan_template)
    people = [_one(given, plan_units[UNIT_INDICES[0]])]
    _round_trip(demo_plan_template, people, Layout(titles=False, names="split3", legacy=legacy), "xlsx")
