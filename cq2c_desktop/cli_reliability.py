"""`cq2c copy`, `check`, `audit`, `backups`, `restore`: keeping a plan whole, shared, and accounted for.

Registered into `cli.py` through EXTRA_COMMANDS. Errors the user can fix raise ServiceError or
PlanError, which the main entry point prints on one line with exit status 2. `check` alone has a
third answer: 0 clean, 1 problems found, 2 cannot open.
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from cq2c_desktop.cli_progress import text_progress
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services import audit_log, backups, plan_check, plan_copy
from cq2c_desktop.services.opening import opened

EXIT_OK, EXIT_PROBLEMS = 0, 1


def _cmd_copy(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        result = plan_copy.copy_plan(
            plan, args.target, force=args.force, progress=None if args.quiet else text_progress
        )
    total = sum(result.rows.values())
    print(f"Đã sao chép / Copied {total} dòng / rows ({len(result.rows)} bảng / tables) → {result.target}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    report = plan_check.check_plan(args.plan, run_id=args.run)
    print(plan_check.format_report(report))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _cmd_audit(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        try:
            with plan.begin() as session:
                rows = audit_log.events(session, action=args.action, user=args.user, limit=args.limit)
        except SQLAlchemyError as exc:
            raise ServiceError(f"Không đọc được nhật ký / Cannot read the audit log: {exc}") from exc
    if args.csv:
        path = audit_log.write_csv(rows, args.csv)
        print(f"Đã ghi nhật ký / Audit log written: {path} ({len(rows)} sự kiện / events)")
    else:
        print(audit_log.format_table(rows))
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    found = backups.list_backups(args.plan)
    if not found:
        print("Chưa có bản sao lưu / No backup copies yet")
    for number, item in enumerate(found, 1):
        what = "trước khi khôi phục / before restore" if item.reason == "before-restore" else ""
        print(
            f"{number:>3}. {item.taken_at:%Y-%m-%d %H:%M:%S}  {item.size / 1024:>8.0f} KB  "
            f"cán bộ/staff {item.staff if item.staff is not None else '?':>6}  "
            f"lần chạy/runs {item.runs if item.runs is not None else '?':>3}  {item.path.name}  {what}"
        )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    choice: Any = args.backup
    if args.backup.isdigit():  # a number from `cq2c backups`
        found = backups.list_backups(args.plan)
        index = int(args.backup) - 1
        if not 0 <= index < len(found):
            raise ServiceError(f"Không có bản sao lưu số / No backup number {args.backup}")
        choice = found[index]
    result = backups.restore_backup(args.plan, choice)
    print(
        f"Đã khôi phục từ / Restored from {result.restored_from.name}; "
        f"bản trước khi khôi phục / the plan before: {result.safety_copy.name}"
    )
    return EXIT_OK


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("phải là số nguyên dương / must be a positive integer")
    return value


def register(sub: Any) -> None:
    """Add the reliability commands to the `cq2c` sub-command parser."""
    copy = sub.add_parser(
        "copy", help="sao chép cả phương án: tệp ↔ PostgreSQL / copy a whole plan (file ↔ PostgreSQL)"
    )
    copy.add_argument("plan", help="phương án nguồn: tệp hoặc URL / source plan: file or URL")
    copy.add_argument("target", help="đích: tệp .cq2c hoặc postgresql+psycopg://… / target file or URL")
    copy.add_argument("--force", action="store_true", help="ghi đè đích đã có dữ liệu / replace a non-empty target")
    copy.add_argument("--quiet", action="store_true", help="không hiện tiến độ / no progress")
    copy.set_defaults(handler=_cmd_copy)

    check = sub.add_parser(
        "check",
        help="kiểm tra tính toàn vẹn và nhất quán / check integrity and consistency",
        description="Mã thoát / exit status: 0 tốt / clean, 1 có vấn đề / problems found, "
        "2 không mở được / cannot open",
    )
    check.add_argument("plan", help="tệp phương án hoặc URL / plan file or URL")
    check.add_argument("--run", type=_positive, help="chỉ kiểm tra lần chạy này / check only this run")
    check.set_defaults(handler=_cmd_check)

    audit = sub.add_parser("audit", help="xem hoặc xuất nhật ký thao tác / view or export the audit log")
    audit.add_argument("plan", help="tệp phương án hoặc URL / plan file or URL")
    audit.add_argument("--csv", metavar="OUT", help="ghi ra tệp CSV / write a CSV file")
    audit.add_argument("--action", help="chỉ thao tác này / only this action")
    audit.add_argument("--user", help="chỉ người dùng này / only this user")
    audit.add_argument("--limit", type=_positive, help="chỉ N sự kiện cuối / only the last N events")
    audit.set_defaults(handler=_cmd_audit)

    listing = sub.add_parser("backups", help="liệt kê bản sao lưu của tệp phương án / list a plan's backup copies")
    listing.add_argument("plan", help="tệp phương án / plan file")
    listing.set_defaults(handler=_cmd_backups)

    restore = sub.add_parser("restore", help="khôi phục phương án từ bản sao lưu / restore a plan from a copy")
    restore.add_argument("plan", help="tệp phương án / plan file")
    restore.add_argument("backup", help="số thứ tự trong `cq2c backups` hoặc đường dẫn / number or path of the copy")
    restore.set_defaults(handler=_cmd_restore)
