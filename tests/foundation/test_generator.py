"""The synthetic province: deterministic, and shaped like Thanh Hóa after the merger."""

from __future__ import annotations

import math
import statistics
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from cq2c_desktop.domain.text import split_name
from cq2c_desktop.services.balance import balance_cells
from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Staff, Unit
from solver.synth import data_dir, generate_instance, load_units_csv


def _rows(path: Path) -> tuple[list[tuple[object, ...]], dict[str, Unit]]:
    plan = open_plan(path)
    with plan.begin() as s:
        staff = [
            (
                p.id,
                p.full_name,
                p.gender,
                p.birth_date,
                p.ethnicity,
                p.unit_id,
                p.specialty_id,
                p.home_unit_id,
                p.movable,
                p.exemption,
                p.volunteer,
                p.cccd,
                p.rank,
                p.position,
            )
            for p in s.scalars(select(Staff).order_by(Staff.id))
        ]
        units = {u.id: u for u in s.scalars(select(Unit))}
    plan.close()
    return staff, units


@pytest.fixture(scope="module")
def demo(demo_plan_template: Path) -> tuple[list[tuple[object, ...]], dict[str, Unit]]:
    return _rows(demo_plan_template)


def test_same_seed_same_plan_other_seed_other_plan(demo_plan_template: Path, tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again.cq2c", seed=2025)
    other = build_demo(tmp_path / "other.cq2c", seed=7)
    assert _rows(again)[0] == _rows(demo_plan_template)[0]
    assert _rows(other)[0] != _rows(demo_plan_template)[0]


def test_instance_generation_is_deterministic() -> None:
    units = load_units_csv(data_dir() / "thanh_hoa_units.csv")
    assert generate_instance(units, seed=3) == generate_instance(units, seed=3)
    assert generate_instance(units, seed=3) != generate_instance(units, seed=4)


def test_size_and_real_units(demo: Demo) -> None:
    staff, units = demo
    assert len(units) == 166
    assert Counter(u.kind for u in units.values()) == {"xa": 147, "phuong": 19}
    assert sum(u.region in ("mountain", "highland") for u in units.values()) == 76
    assert units["14797"].name == "Phường Hạc Thành"
    assert len(staff) >= 5000


def test_shortage_sits_in_the_mountains_and_surplus_in_the_lowlands(demo_plan_template: Path) -> None:
    plan = open_plan(demo_plan_template)
    with plan.begin() as s:
        cells = balance_cells(s)
        region = dict(s.execute(select(Unit.id, Unit.region)).all())
    plan.close()
    short = Counter()
    surplus = Counter()
    for cell in cells:
        short[region[cell.unit_id]] += cell.deficit
        surplus[region[cell.unit_id]] += cell.surplus
    mountain_short = short["mountain"] + short["highland"]
    assert mountain_short >= 300
    assert mountain_short / sum(short.values()) > 0.95
    lowland_surplus = surplus["lowland"] + surplus["coastal"] + surplus["urban"]
    assert lowland_surplus / sum(surplus.values()) > 0.85
    short_specs = Counter()
    for cell in cells:
        if region[cell.unit_id] in ("mountain", "highland"):
            short_specs[cell.specialty_id] += cell.deficit
    for spec in ("dat_dai", "quy_hoach", "xay_dung", "tai_chinh", "cntt", "giao_duc", "y_te"):
        assert short_specs[spec] >= 30, spec


Demo = tuple[list[tuple[object, ...]], dict[str, Unit]]


def test_names_are_vietnamese_nfc_with_realistic_frequencies(demo: Demo) -> None:
    staff, _ = demo
    names = [str(p[1]) for p in staff]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert all(len(n.split()) >= 3 for n in names)
    kinh_family = Counter(split_name(str(p[1]))[0] for p in staff if p[4] == "Kinh")
    total = sum(kinh_family.values())
    assert 0.22 < kinh_family["Nguyễn"] / total < 0.40
    assert kinh_family.most_common(1)[0][0] == "Nguyễn"
    women = [str(p[1]) for p in staff if p[2] == "nu" and p[4] == "Kinh"]
    assert sum(" Thị " in n for n in women) / len(women) > 0.5
    assert 0.35 < sum(p[2] == "nu" for p in staff) / len(staff) < 0.6


def test_ethnic_minorities_live_in_the_mountain_communes(demo: Demo) -> None:
    staff, units = demo
    by_region = Counter((units[str(p[5])].region in ("mountain", "highland"), p[4]) for p in staff)
    assert by_region[(False, "H'Mông")] == 0 and by_region[(True, "H'Mông")] > 0
    assert by_region[(True, "Thái")] > 100 and by_region[(True, "Mường")] > 100
    assert by_region[(False, "Kinh")] / sum(v for (m, _), v in by_region.items() if not m) > 0.95


def _km(a: Unit, b: Unit) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_most_people_live_in_or_near_their_unit(demo: Demo) -> None:
    staff, units = demo
    same = sum(p[5] == p[7] for p in staff) / len(staff)
    assert 0.6 < same < 0.9
    elsewhere = [_km(units[str(p[5])], units[str(p[7])]) for p in staff if p[5] != p[7]]
    assert statistics.median(elsewhere) < 25


def test_exemptions_ids_and_ages_are_consistent(demo: Demo) -> None:
    staff, _ = demo
    cccds = [str(p[11]) for p in staff]
    assert len(set(cccds)) == len(cccds)
    assert all(len(c) == 12 and c.isdigit() and c.startswith("038") for c in cccds)
    assert all((p[9] is None) == bool(p[8]) for p in staff)
    assert all(not p[10] or p[8] for p in staff), "only movable people volunteer"
    movable_share = sum(bool(p[8]) for p in staff) / len(staff)
    assert 0.75 < movable_share < 0.9
    import datetime as dt

    for p in staff:
        age = (dt.date(2025, 10, 1) - p[3]).days / 365.25  # type: ignore[operator]
        assert 22 < age < 61
        if p[9] == "near_retirement":
            assert age > 58
        if p[9] == "family":
            assert p[2] == "nu"
