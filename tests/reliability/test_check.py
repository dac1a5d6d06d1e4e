"""`cq2c check`: 0 when the plan is sound, 1 with plain words when it is not, 2 when it cannot open."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cq2c_desktop.cli import main
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.services.plan_check import check_plan
from cq2c_desktop.store.db import open_plan


@pytest.fixture(scope="module")
def solved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cq2c_desktop.services.demo import build_demo

    path = build_demo(tmp_path_factory.mktemp("check") / "solved.cq2c", seed=9, staff_per_unit=8)
    plan = open_plan(path)
    try:
        optimise(plan, method="greedy")
    finally:
        plan.close()
    return path


@pytest.fixture
def plan_copy(solved: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.cq2c"
    shutil.copyfile(solved, path)
    return path


def _sql(path: Path, *statements: str) -> None:
    """Change the file behind the program's back, foreign keys off: what a hand repair could do."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def test_a_sound_plan_passes(solved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(solved)]) == 0
    out = capsys.readouterr().out
    assert "Không phát hiện vấn đề / No problems found" in out
    assert "integrity_check" in out and "move_rules" in out


def test_orphans_and_citizen_ids_are_named_in_plain_words(plan_copy: Path) -> None:
    _sql(
        plan_copy,
        "UPDATE staff SET unit_id = 'X999' WHERE id = (SELECT min(id) FROM staff)",
        "UPDATE staff SET home_unit_id = 'H404' WHERE id = (SELECT max(id) FROM staff)",
        "INSERT INTO quota (unit_id, specialty_id, posts) SELECT min(id), 'thu_vien', 2 FROM unit",
        # Excel dropped the leading zero of one number: it is the same person's ID as another's
        "UPDATE staff SET cccd = (SELECT substr(cccd, 2) FROM staff WHERE cccd LIKE '0%' ORDER BY id LIMIT 1) "
        "WHERE id = (SELECT id FROM staff WHERE cccd LIKE '0%' ORDER BY id LIMIT 1 OFFSET 1)",
    )
    report = check_plan(plan_copy)
    codes = {f.code for f in report.findings}
    assert {
        "foreign_key",
        "unknown_unit_id",
        "unknown_home_unit_id",
        "unknown_specialty_id",
        "cccd_duplicate",
        "cccd_format",
    } <= codes
    duplicate = str(next(f.message for f in report.findings if f.code == "cccd_duplicate"))
    assert "Trùng số CCCD *********" in duplicate  # personal numbers stay masked in the report


def test_moves_that_break_the_rules_are_found(plan_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(plan_copy)
    move_id, staff_id, to_unit = connection.execute(
        "SELECT id, staff_id, to_unit_id FROM move ORDER BY id LIMIT 1"
    ).fetchone()
    own_unit = connection.execute("SELECT unit_id FROM staff WHERE id = ?", (staff_id,)).fetchone()[0]
    other = connection.execute("SELECT id FROM move WHERE id != ? ORDER BY id LIMIT 1", (move_id,)).fetchone()[0]
    connection.close()
    _sql(
        plan_copy,
        # rule 1: a second move for the same person, to their own unit; and a person not movable
        f"INSERT INTO move (run_id, staff_id, from_unit_id, to_unit_id, specialty_id, km, match, volunteer, why, "
        f"status, version) SELECT run_id, staff_id, from_unit_id, '{own_unit}', specialty_id, 0, 1, 0, 'x', "
        f"'proposed', 1 FROM move WHERE id = {move_id}",
        f"UPDATE staff SET movable = 0 WHERE id = (SELECT staff_id FROM move WHERE id = {other})",
        # rule 3: a post the person's specialty does not match, beyond the deficit
        f"UPDATE move SET specialty_id = 'y_te', to_unit_id = '{to_unit}' WHERE id = {other}",
    )
    report = check_plan(plan_copy)
    codes = {f.code for f in report.findings}
    assert {"rule1_twice", "rule1_own_unit", "rule1_not_movable", "rule3_specialty"} <= codes
    assert main(["check", str(plan_copy)]) == 1
    out = capsys.readouterr().out
    assert "có 2 đề xuất điều động / Run 1: staff" in out and "vấn đề / " in out


def test_rule_two_more_leave_than_the_surplus(plan_copy: Path) -> None:
    _sql(
        plan_copy,  # the quota of every source grows: nobody there is surplus any more
        "UPDATE quota SET posts = posts + 50 WHERE unit_id IN (SELECT from_unit_id FROM move)",
    )
    report = check_plan(plan_copy, run_id=1)
    assert "rule2_surplus" in {f.code for f in report.findings}


def test_a_damaged_file_is_reported_and_a_foreign_one_cannot_be_opened(
    plan_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(plan_copy.read_bytes())
    page = 4096
    for offset in range(page * 20, page * 24):  # four pages in the middle: table or index pages
        data[offset] = 0xA5
    damaged = tmp_path / "damaged.cq2c"
    damaged.write_bytes(bytes(data))
    assert main(["check", str(damaged)]) == 1  # a plan, but damaged: a problem found, in plain words
    out = capsys.readouterr()
    assert "Tệp bị hỏng: " in out.out and "/ The file is damaged: " in out.out and "Traceback" not in out.err
    junk = tmp_path / "junk.cq2c"
    junk.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    newer = tmp_path / "newer.cq2c"
    shutil.copyfile(plan_copy, newer)
    _sql(newer, "UPDATE alembic_version SET version_num = '9999'")
    for path in (junk, foreign, newer, tmp_path / "missing.cq2c"):
        assert main(["check", str(path)]) == 2, path
        err = capsys.readouterr().err
        assert err.startswith("cq2c: ") and err.count("\n") == 1
    assert main(["check", str(plan_copy), "--run", "42"]) == 2


def test_the_check_reads_and_never_writes(plan_copy: Path) -> None:
    before = plan_copy.read_bytes()
    check_plan(plan_copy)
    assert plan_copy.read_bytes() == before
    assert not plan_copy.with_name("plan.cq2c.backups").exists()


def test_a_wish_for_a_unit_not_in_the_plan_is_found(plan_copy: Path) -> None:
    _sql(plan_copy, "UPDATE staff SET wish_2_unit_id = 'W404' WHERE id = (SELECT min(id) FROM staff)")
    report = check_plan(plan_copy)
    found = [f for f in report.findings if f.code == "unknown_wish_2_unit_id"]
    assert len(found) == 1 and "W404" in str(found[0].message)
