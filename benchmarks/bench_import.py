"""Benchmark: import large generated roster .xlsx files into a demo plan; print time and peak memory.

    python benchmarks/bench_import.py [--rows 20000 100000] [--keep DIR]

Targets (issue 14): a 20,000-row workbook in under 3 s and a 100,000-row one in under 10 s, wall
time, on the 2-core development machine.

It also times how fast an XML entity bomb (a roster whose sheet declares nested entities) is refused:
the unit tests check that it is refused, here is how quickly.

The roster looks like a province-wide merge of commune files: two merged title rows, a header,
real date cells and text dates, 166 Thanh Hóa units, the 12 catalogue specialties, unique CCCDs, a
group row and a subtotal every 50 people (so row roles are decided on every row), a footer.
The import runs in a fresh child process so its peak memory (ru_maxrss) is the import's alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cq2c_desktop.domain.synthetic_people import make_person  # noqa: E402
from cq2c_desktop.services.demo import build_demo  # noqa: E402
from solver.catalog import SPECIALTIES  # noqa: E402
from solver.synth import load_units_csv  # noqa: E402

TARGETS = {20_000: 3.0, 100_000: 10.0}  # seconds, wall (issue 14)
HEADER = [
    "STT",
    "Mã CB",
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Dân tộc",
    "Đơn vị công tác",
    "Chức vụ",
    "Chuyên môn",
    "Ngạch",
    "Số CCCD",
    "Tự nguyện",
]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    units = load_units_csv(ROOT / "resources" / "data" / "thanh_hoa_units.csv")
    specialties = [s.name for s in SPECIALTIES]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("DS")
    sheet.append(["DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ TOÀN TỈNH"])
    sheet.append(["(dữ liệu giả lập cho đo tốc độ)"])
    sheet.append(HEADER)
    for index in range(rows):
        if index % 50 == 0:
            sheet.append(["I", None, f"NHÓM {index // 50 + 1}"])
        unit = units[index % len(units)]
        specialty = SPECIALTIES[rng.randrange(len(SPECIALTIES))]
        person = make_person(
            rng, region=unit["region"], specialty=specialty.id, ward=unit["kind"] == "phuong", exemption=None
        )
        born: dt.date | str = person.birth_date if index % 3 else f"{person.birth_date:%d/%m/%Y}"
        sheet.append(
            [
                index + 1,
                f"B{index:06d}",
                person.full_name,
                "Nam" if person.gender == "nam" else "Nữ",
                born,
                person.ethnicity,
                unit["name"],
                person.position,
                specialties[SPECIALTIES.index(specialty)],
                person.rank,
                f"{index:012d}",
                "x" if index % 17 == 0 else None,
            ]
        )
        if index % 50 == 49:
            sheet.append([None, "Cộng nhóm", None, None, "50 người"])
    sheet.append([None, "Tổng cộng", rows])
    sheet.append([None, f"Danh sách này có {rows} người./."])
    sheet.append([None, "NGƯỜI LẬP BIỂU", None, None, None, "GIÁM ĐỐC"])
    workbook.save(path)


def run_import(plan_path: Path, roster: Path) -> dict[str, object]:
    from cq2c_desktop.services.importing import run_import
    from cq2c_desktop.services.importing_detect import ImportOptions
    from cq2c_desktop.store.db import open_plan

    started, cpu_started = time.perf_counter(), time.process_time()
    plan = open_plan(plan_path)
    try:
        report = run_import(plan, "staff", roster, ImportOptions())
    finally:
        plan.close()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mib": round(peak_mib),
        "ok": report.ok,
        "added": report.added,
        "removed": report.removed,
        "rows": report.rows_read,
        "errors": report.errors,
        "warnings": report.warnings,
    }


_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY a{i} "' + ("&a;" if i == 1 else f"&a{i - 1};") * 10 + '">' for i in range(1, 10))
    + "]>"
)


def time_bomb_refusal(plan_path: Path, folder: Path) -> float:
    """Seconds to refuse a small roster whose sheet XML is an entity bomb (nothing is written)."""
    import zipfile

    from cq2c_desktop.services.importing import run_import
    from cq2c_desktop.store.db import open_plan

    sane = folder / "bomb_source.xlsx"
    generate(sane, 100)
    bomb = folder / "bomb.xlsx"
    with zipfile.ZipFile(sane) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = (_BOMB + data.decode("utf-8").split("?>", 1)[-1]).encode()
            target.writestr(item.filename, data)
    plan = open_plan(plan_path)
    try:
        started = time.perf_counter()
        report = run_import(plan, "staff", bomb)
        seconds = time.perf_counter() - started
    finally:
        plan.close()
    assert not report.written and report.errors, "the bomb was not refused"
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--keep", type=Path, help="folder to keep the roster and plan in")
    parser.add_argument("--child", nargs=2, metavar=("PLAN", "ROSTER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_import(Path(args.child[0]), Path(args.child[1]))))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cq2c-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    plan = folder / "plan.cq2c"
    ok = True
    for rows in args.rows:
        roster = folder / f"roster_{rows}.xlsx"
        if not roster.exists():  # generating takes longer than importing: a kept roster is reused
            started = time.perf_counter()
            generate(roster, rows)
            print(f"generated {rows:,} rows in {time.perf_counter() - started:.1f} s", end=" ")
        print(f"roster {roster} ({roster.stat().st_size / 2**20:.1f} MiB)")
        build_demo(plan, overwrite=True)
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(plan), str(roster)], capture_output=True, text=True, check=True
        )
        result = json.loads(child.stdout.strip().splitlines()[-1])
        target = TARGETS.get(rows)
        verdict = (
            "" if target is None else f" (target < {target} s: {'met' if result['seconds'] < target else 'MISSED'})"
        )
        # CPU time does not grow when other programs share the machine; wall time does.
        print(
            f"import {rows:,} rows: {result['seconds']} s wall{verdict}, {result['cpu_seconds']} s CPU, "
            f"peak memory {result['peak_mib']} MiB (whole process), "
            f"{result['rows']:,} rows read, {result['added']:,} added, {result['removed']:,} removed, "
            f"errors {result['errors']}, warnings {result['warnings']}"
        )
        ok = ok and bool(result["ok"]) and result["added"] == rows
    print(f"refusing an XML entity bomb: {time_bomb_refusal(plan, folder) * 1000:.0f} ms (nothing written)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
