"""The round on the command line: secondments, rounds, needs and exemptions, and `cq2c report --json`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from cq2c_desktop.cli import main
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Move, Staff


def _first_moves(path: Path, count: int) -> list[int]:
    plan = open_plan(path)
    try:
        with plan.begin() as session:
            return list(session.scalars(select(Move.id).order_by(Move.id).limit(count)))
    finally:
        plan.close()


def test_report_json_gains_rounds_needs_and_secondments(
    demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(demo_plan)
    assert main(["solve", plan]) == 0
    moves = [str(m) for m in _first_moves(demo_plan, 4)]
    assert main(["secondment", plan, *moves, "--months", "12", "--start", "01/03/2027"]) == 0
    assert main(["approve", plan, "--all"]) == 0
    assert main(["rounds", plan, "--new", "Đợt 2"]) == 0
    assert main(["solve", plan]) == 0
    capsys.readouterr()
    assert main(["report", plan, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["current_round"] == 2 and [r["round"] for r in report["rounds"]] == [1, 2]
    assert report["cumulative"]["secondments"] == 4
    assert report["secondments"] and {(s["start"], s["end"], s["term_months"]) for s in report["secondments"]} == {
        ("2027-03-01", "2028-02-29", 12)
    }
    needs = report["remaining_needs"]
    assert needs and set(needs[0]) >= {"unit", "specialty", "count", "measure"}
    assert sum(n["count"] for n in needs) == report["rounds"][1]["unfilled"]
    out = tmp_path / "biet-phai.xlsx"
    assert main(["secondments", plan, "--months", "36", "--xlsx", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.max_row == 3 + 4 and sheet.cell(4, 8).value == "29/02/2028"
    need = needs[0]
    capsys.readouterr()
    assert main(["needs", plan, "--round", "2", "--set", need["unit"], need["specialty"], "contract", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert next(n for n in listed if (n["unit"], n["specialty"]) == (need["unit"], need["specialty"]))["measure"] == (
        "contract"
    )


def test_exempt_on_the_command_line_keeps_the_decree(demo_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = open_plan(demo_plan)
    with plan.begin() as session:
        staff_id = session.scalars(select(Staff.id).where(Staff.movable).order_by(Staff.id)).first()
    plan.close()
    assert staff_id is not None
    assert main(["exempt", str(demo_plan), staff_id, "illness", "--volunteer"]) == 2
    assert "tự nguyện" in capsys.readouterr().err
    args = [
        "exempt",
        str(demo_plan),
        staff_id,
        "hardship",
        "--volunteer",
        "--note",
        "XN 12/UBND",
        "--date",
        "02/03/2026",
    ]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["exemptions", str(demo_plan), "--json"]) == 0
    mine = next(p for p in json.loads(capsys.readouterr().out) if p["staff"] == staff_id)
    assert (mine["reason"], mine["note"], mine["date"], mine["may_move"]) == (
        "hardship",
        "XN 12/UBND",
        dt.date(2026, 3, 2).isoformat(),
        True,
    )
