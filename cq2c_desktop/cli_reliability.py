"""`cq2c copy`, `check`, `audit`, `backups`, `restore`: keeping a plan whole, shared, and accounted for.

Registered into `cli.py`. Errors the user can fix raise ServiceError (or CliError for a mistake in
the command line), which the main entry point prints on one line with exit status 2. `check` alone has a
third answer: 0 clean, 1 problems found, 2 cannot open.
"""

from __future__ import annotations

import argparse
from typing import Any

from cq2c_desktop.cli_messages import CliError
from cq2c_desktop.cli_progress import text_progress
from cq2c_desktop.domain.messages import bilingual
from cq2c_desktop.services import audit, backups, plan_check, plan_copy
from cq2c_desktop.services.backup_labels import backup_label
from cq2c_desktop.services.opening import opened

EXIT_OK, EXIT_PROBLEMS = 0, 1
SHOWN_PER_RULE = 20
CHECK_NAMES = {
    plan_check.CONSISTENCY_SKIPPED: "bỏ qua kiểm tra nhất quán vì tệp hỏng / consistency skipped: the file is damaged"
}


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
    print(format_check(report))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def format_check(report: plan_check.CheckReport) -> str:
    """Plain words, at most 20 lines per rule, and a verdict."""
    checks = [CHECK_NAMES.get(name, name) for name in report.checks]
    lines = [
        f"Phương án / Plan: {report.plan} (lược đồ / schema {report.revision or '?'})",
        "Đã kiểm tra / Checked: " + ", ".join(checks),
    ]
    shown: dict[str, int] = {}
    for finding in report.findings:
        shown[finding.code] = shown.get(finding.code, 0) + 1
        if shown[finding.code] <= SHOWN_PER_RULE:
            lines.append(f"  - {bilingual(finding.message)}")
    for code, count in shown.items():
        if count > SHOWN_PER_RULE:
            lines.append(f"  … và {count - SHOWN_PER_RULE} lỗi {code} khác / and {count - SHOWN_PER_RULE} more")
    head = report.audit_head
    if head is not None and head.last_hash is not None:
        lines.append(
            f"Nhật ký / Audit log: {head.events} sự kiện / events, mã cuối / head #{head.last_id} {head.last_hash[:16]}"
        )
    if report.ok:
        lines.append("Không phát hiện vấn đề / No problems found")
    else:
        lines.append(f"Phát hiện {len(report.findings)} vấn đề / {len(report.findings)} problems found")
    return "\n".join(lines)


def _cmd_audit(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        rows = audit.read_log(plan, action=args.action, user=args.user, limit=args.limit)
    if args.csv:
        path = audit.write_csv(rows, args.csv)
        print(f"Đã ghi nhật ký / Audit log written: {path} ({len(rows)} sự kiện / events)")
    else:
        print(format_audit(rows))
    return EXIT_OK


def format_audit(rows: list[audit.AuditRow]) -> str:
    lines = [
        f"{'#':>6}  {'Thời gian / Time':<19}  {'Người dùng / User':<18}  {'Đăng nhập CSDL / DB login':<14}  "
        f"{'Thao tác / Action':<22}  Chi tiết"
    ]
    for row in rows:
        details = row.details_text()
        if len(details) > 100:
            details = details[:99] + "…"
        login = (row.db_user or "-")[:14]
        lines.append(
            f"{row.id:>6}  {row.local_time():<19}  {row.user[:18]:<18}  {login:<14}  {row.action[:22]:<22}  {details}"
        )
    return "\n".join(lines)


def _cmd_backups(args: argparse.Namespace) -> int:
    found = backups.list_backups(args.plan)
    if not found:
        print("Chưa có bản sao lưu / No backup copies yet")
    for number, item in enumerate(found, 1):
        what = bilingual(backup_label(item.reason))
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
            raise CliError(f"Không có bản sao lưu số / No backup number {args.backup}")
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
