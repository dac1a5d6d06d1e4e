"""Issue 6's performance bar on the demo: a 500-move list in < 5 s, 500 decisions as PDF in < 60 s."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from cq2c_desktop.services.outputs import export_decisions, export_transfers

from .fake_run import add_fake_run


@pytest.mark.slow
def test_500_moves_export_in_time(demo_plan_template: Path, tmp_path: Path) -> None:
    plan = tmp_path / "big.cq2c"
    shutil.copyfile(demo_plan_template, plan)
    add_fake_run(plan, moves=500, approve=500)

    started = time.perf_counter()
    listed = export_transfers(plan, tmp_path / "ds.xlsx")
    list_seconds = time.perf_counter() - started
    started = time.perf_counter()
    decided = export_decisions(plan, tmp_path / "qd.pdf")
    pdf_seconds = time.perf_counter() - started

    assert listed.people == decided.people == 500
    print(f"\n500 moves: list {list_seconds:.2f} s, 500 decisions PDF {pdf_seconds:.2f} s")
    assert list_seconds < 5.0
    assert pdf_seconds < 60.0
