"""`cq2c`: the headless command line. Every command calls the same services as the desktop app.

Errors the user can fix end with exit status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cq2c_desktop import __version__
from cq2c_desktop.cli_import import register as register_import
from cq2c_desktop.cli_messages import CliError, say
from cq2c_desktop.cli_outputs import register as register_outputs
from cq2c_desktop.cli_progress import text_progress
from cq2c_desktop.cli_reliability import register as register_reliability
from cq2c_desktop.cli_rounds import register as register_rounds
from cq2c_desktop.cli_secrets import scrubbed_output
from cq2c_desktop.cli_settings import register as register_settings
from cq2c_desktop.cli_shared import register as register_shared
from cq2c_desktop.cli_solve import register as register_solve
from cq2c_desktop.domain.enums import REGION_LABELS_VI, Region
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.services.instance import write_instance
from cq2c_desktop.services.new_plan import create_empty_plan
from cq2c_desktop.services.opening import opened
from cq2c_desktop.services.overview import plan_info

EXIT_USAGE = 2
# The commands of the other cli_*.py modules (solve, import, approve, export, report, copy, check …).
COMMAND_GROUPS: tuple[Callable[[Any], None], ...] = (
    register_solve,
    register_import,
    register_outputs,
    register_reliability,
    register_settings,
    register_rounds,
    register_shared,
)


def _cmd_demo(args: argparse.Namespace) -> int:
    path = build_demo(
        args.plan,
        seed=args.seed,
        staff_per_unit=args.staff_per_unit,
        units_csv=args.units,
        province=args.province,
        overwrite=args.force,
        progress=None if args.quiet else text_progress,
        rounds=args.rounds,
    )
    print(f"Đã tạo phương án mẫu / Demo plan written: {path}")
    return 0


def _cmd_new(args: argparse.Namespace) -> int:
    path = create_empty_plan(args.plan, province=args.province or "", name=args.name or "")
    print(f"Đã tạo phương án trống / Empty plan written: {path}")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        info = plan_info(plan)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(format_info(info))
    return 0


def format_info(info: dict[str, Any]) -> str:
    lines = [
        f"Phương án / Plan: {info['plan']}",
        f"Đơn vị / Units: {info['units']}   Cán bộ / Staff: {info['staff']} "
        f"(có thể điều động / movable {info['movable']}, tự nguyện / volunteers {info['volunteers']})",
        f"Biên chế / Posts: {info['posts']}   Thiếu / Short: {info['shortage']} ở {info['units_short']} đơn vị   "
        f"Dôi dư / Surplus: {info['surplus']} ở {info['units_surplus']} đơn vị",
    ]
    if info.get("approved_moves"):
        lines.append(
            f"Đã tính {info['approved_moves']} điều động đã phê duyệt (biệt phái {info['secondments']}, tính ở nơi làm "
            f"việc) / Figures include {info['approved_moves']} approved moves ({info['secondments']} secondments, "
            "counted where the person works)"
        )
    lines += ["", f"{'Vùng / Region':<24}{'Thiếu/Short':>12}{'Dư/Surplus':>12}"]
    for region in Region:
        label = f"{REGION_LABELS_VI[region]} ({region.value})"
        lines.append(
            f"{label:<24}{info['shortage_by_region'].get(region.value, 0):>12}"
            f"{info['surplus_by_region'].get(region.value, 0):>12}"
        )
    lines += ["", f"{'Chuyên môn / Specialty':<24}{'Thiếu/Short':>12}{'Dư/Surplus':>12}"]
    for spec in sorted(set(info["shortage_by_specialty"]) | set(info["surplus_by_specialty"])):
        lines.append(
            f"{spec:<24}{info['shortage_by_specialty'].get(spec, 0):>12}{info['surplus_by_specialty'].get(spec, 0):>12}"
        )
    return "\n".join(lines)


def _cmd_export_instance(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        count = write_instance(plan, args.out)
    print(f"Đã ghi bài toán / Instance written: {args.out} ({count} cán bộ / staff)")
    return 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("phải là số nguyên dương / must be a positive integer")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cq2c",
        description="CQ2C Planner — lập phương án điều động công chức cấp xã / "
        "plan the redeployment of commune civil servants",
    )
    parser.add_argument("--version", action="version", version=f"cq2c {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH/COMMAND")

    demo = sub.add_parser("demo", help="tạo phương án mẫu Thanh Hóa / write the Thanh Hóa demo plan")
    demo.add_argument("plan", type=Path, help="tệp phương án .cq2c cần tạo / plan file to write")
    demo.add_argument("--seed", type=int, default=2025, help="hạt giống ngẫu nhiên / random seed")
    demo.add_argument(
        "--staff-per-unit", type=_positive_int, default=44, help="số cán bộ bình quân mỗi đơn vị / mean staff per unit"
    )
    demo.add_argument("--units", type=Path, help="CSV đơn vị của tỉnh khác / another province's unit CSV")
    demo.add_argument("--province", default="Thanh Hóa", help="tên tỉnh / province name")
    demo.add_argument("--force", action="store_true", help="ghi đè tệp đã có / overwrite an existing file")
    demo.add_argument("--quiet", action="store_true", help="không hiện tiến độ / no progress bar")
    demo.add_argument(
        "--rounds", action="store_true", help="đợt 1 đã duyệt, đợt 2 đã tối ưu / round 1 approved, round 2 optimised"
    )
    demo.set_defaults(handler=_cmd_demo)

    new = sub.add_parser("new", help="tạo phương án trống để nhập dữ liệu / write an empty plan to import into")
    new.add_argument("plan", type=Path, help="tệp phương án .cq2c cần tạo / plan file to write")
    new.add_argument("--province", help="tên tỉnh / province name")
    new.add_argument("--name", help="tên phương án / plan name")
    new.set_defaults(handler=_cmd_new)

    info = sub.add_parser("info", help="tóm tắt phương án / summarise a plan")
    info.add_argument("plan", help="tệp phương án hoặc URL PostgreSQL / plan file or PostgreSQL URL")
    info.add_argument("--json", action="store_true", help="xuất JSON / print JSON")
    info.set_defaults(handler=_cmd_info)

    export = sub.add_parser("export-instance", help="xuất bài toán cq2c-instance/1 / write the solver instance")
    export.add_argument("plan", help="tệp phương án / plan file")
    export.add_argument("out", type=Path, help="tệp JSON đầu ra / output JSON file")
    export.set_defaults(handler=_cmd_export_instance)

    for register in COMMAND_GROUPS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; no password of a shared plan's URL ever appears in its output (cli_secrets.py)."""
    with scrubbed_output(sys.argv[1:] if argv is None else argv):
        try:
            return _run(argv)
        except Exception:  # a bug: its traceback is for whoever supports the program, masked too
            traceback.print_exc()
            return 1


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except ServiceError as exc:
        print(f"cq2c: {say(exc.message)}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"cq2c: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        return 0
    except OSError as exc:
        print(f"cq2c: lỗi tệp / file error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("cq2c: đã hủy / cancelled", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
