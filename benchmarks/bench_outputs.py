"""Outputs at the size of a real decision: 500 approved moves on the Thanh Hóa demo.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_outputs.py [--moves 500]

Prints the time to write the transfer list workbook, the individual decisions as PDF and as Word,
and the collective decision with its annex. Issue 6's bar: the list < 5 s, 500 decisions as PDF < 60 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.services.outputs import export_decisions, export_transfers
from cq2c_desktop.store.db import open_plan
from tests.outputs.fake_run import SAMPLE_SETTINGS, add_fake_run, fill_sample_settings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=500)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # the PDF renderer lays text out with Qt
    folder = Path(tempfile.mkdtemp(prefix="cq2c-bench-out-"))
    path = build_demo(folder / "demo.cq2c")
    add_fake_run(path, moves=args.moves, approve=args.moves)
    fill_sample_settings(path, SAMPLE_SETTINGS)  # the document settings, a travel allowance, a one-off amount
    plan = open_plan(path)
    jobs = [
        ("transfer list (.xlsx)", lambda: export_transfers(plan, folder / "ds.xlsx")),
        (f"{args.moves} decisions (.pdf)", lambda: export_decisions(plan, folder / "qd.pdf")),
        (f"{args.moves} decisions (.docx)", lambda: export_decisions(plan, folder / "qd.docx")),
        ("collective decision + annex (.pdf)", lambda: export_decisions(plan, folder / "qdc.pdf", collective=True)),
        ("collective decision + annex (.docx)", lambda: export_decisions(plan, folder / "qdc.docx", collective=True)),
    ]
    for label, job in jobs:
        began = time.perf_counter()
        result = job()
        size = Path(result.path).stat().st_size / 1024
        print(f"{label:<38} {time.perf_counter() - began:7.2f} s   {result.people} people, {size:,.0f} KB")
    plan.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
