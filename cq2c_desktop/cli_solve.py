"""`cq2c solve`: optimise a plan from the command line and store the run in it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cq2c_desktop.cli_messages import say
from cq2c_desktop.cli_progress import text_progress
from cq2c_desktop.domain.messages import Message, bilingual
from cq2c_desktop.services.opening import opened
from cq2c_desktop.services.optimise import METHODS, OptimiseError, optimise

KPI_LABELS = (
    ("filled", "Vị trí được bổ sung / Posts filled"),
    ("posts_short", "Vị trí còn thiếu trước điều động / Posts short before"),
    ("priority_filled", "Tổng mức ưu tiên / Priority filled"),
    ("match_sum", "Tổng điểm phù hợp / Match sum"),
    ("volunteers", "Người tự nguyện / Volunteers moved"),
    ("total_km", "Tổng km / Total km"),
    ("mean_km", "Km bình quân / Mean km"),
    ("max_km", "Km dài nhất / Longest km"),
)


def _cmd_solve(args: argparse.Namespace) -> int:
    try:
        with opened(args.plan, copy_before="solve", warn=_warn) as plan:
            summary = optimise(
                plan,
                method=args.method,
                time_limit=args.time_limit,
                label=args.label or "",
                progress=None if args.json or args.quiet else text_progress,
            )
    except OptimiseError as exc:
        raise SystemExit(_fail(say(exc.message))) from exc
    for warning in summary.warnings:
        print(f"cq2c: {say(warning)}", file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                {
                    "run": summary.run_id,
                    "status": summary.status,
                    "method": summary.method,
                    "seconds": summary.seconds,
                    "moves": summary.moves,
                    "unfilled": summary.unfilled,
                    "kpis": summary.kpis,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"Lần chạy / Run {summary.run_id}: {summary.status} ({summary.method}, {summary.seconds:.2f} s)")
    print(f"Đề xuất điều động / Moves proposed: {summary.moves}")
    for key, label in KPI_LABELS:
        print(f"  {label}: {_fmt(summary.kpis.get(key))}")
    return 0


def _fmt(value: Any) -> str:
    return f"{value:,.1f}" if isinstance(value, float) else str(value)


def _warn(message: Message) -> None:
    print(f"cq2c: {bilingual(message)}", file=sys.stderr)


def _fail(message: str) -> int:
    print(f"cq2c: {message}", file=sys.stderr)
    return 2


def _time_limit(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("phải lớn hơn 0 / must be positive")
    return value


def register(sub: Any) -> None:
    solve = sub.add_parser("solve", help="tối ưu phương án và lưu kết quả / optimise the plan and store the run")
    solve.add_argument("plan", help="tệp phương án hoặc URL PostgreSQL / plan file or PostgreSQL URL")
    solve.add_argument(
        "--time-limit", type=_time_limit, default=None, help="giới hạn thời gian (giây) / time limit in seconds"
    )
    solve.add_argument(
        "--method",
        choices=METHODS,
        default="optimal",
        help="optimal: tối ưu chứng minh được; greedy: gần nhất trước / nearest first",
    )
    solve.add_argument("--label", help="ghi chú cho lần chạy / a label for the run")
    solve.add_argument("--json", action="store_true", help="xuất JSON / print JSON")
    solve.add_argument("--quiet", action="store_true", help="không hiện tiến độ / no progress")
    solve.set_defaults(handler=_cmd_solve)
