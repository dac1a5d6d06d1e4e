"""`cq2c approve`, `cq2c export … transfers|decisions`, `cq2c report`: the outputs the officer signs.

Registered into `cli.py`. A usage mistake raises CliError, which the main entry point prints on one
line with exit status 2 (so does a ServiceError such as "nothing approved yet").
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from cq2c_desktop.cli_messages import CliError
from cq2c_desktop.cli_progress import text_progress
from cq2c_desktop.domain.messages import Message, bilingual
from cq2c_desktop.io.support_cost import CostSummary, format_km, format_vnd
from cq2c_desktop.services import approval, outputs, plan_report
from cq2c_desktop.services.document_settings import unverified_note
from cq2c_desktop.services.opening import opened
from cq2c_desktop.services.round_report import round_figures


def _ids(text: str) -> list[int]:
    try:
        return [int(part) for part in text.replace(",", " ").split()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError("mã đề xuất phải là số / move ids are numbers: " + text) from exc


def _cmd_approve(args: argparse.Namespace) -> int:
    ids = [i for chunk in args.ids for i in chunk] if args.ids else None
    with opened(args.plan, copy_before="approve", warn=_warn) as plan:
        result = approval.approve_moves(plan, move_ids=ids, all_moves=args.all, run_id=args.run)
    run = f"#{result.run_id}" if result.run_id is not None else "(nhiều / several)"
    print(
        f"Lần chạy / Run {run}: đã duyệt / approved {len(result.approved)}, "
        f"đã duyệt từ trước / already {len(result.unchanged)}, bỏ qua vì đã loại / rejected, left "
        f"{len(result.skipped)}"
    )
    if result.missing:
        print("cq2c: không tìm thấy đề xuất / no such move: " + ", ".join(map(str, result.missing)), file=sys.stderr)
        return 2
    return 0


def _cmd_withdraw(args: argparse.Namespace) -> int:
    ids = [i for chunk in args.ids for i in chunk]
    with opened(args.plan, copy_before="withdraw", warn=_warn) as plan:
        withdrawn = approval.withdraw_approval(plan, ids, reason=args.reason)
    print(f"Đã rút phê duyệt / Approval withdrawn: {len(withdrawn)} ({', '.join(map(str, withdrawn)) or '-'})")
    not_approved = sorted(set(ids) - set(withdrawn))
    if not_approved:
        print("cq2c: chưa được phê duyệt / not approved: " + ", ".join(map(str, not_approved)), file=sys.stderr)
        return 2
    return 0


def _warn(message: Message) -> None:
    print(f"cq2c: {bilingual(message)}", file=sys.stderr)


def _check_options(args: argparse.Namespace) -> None:
    suffix = args.out.suffix.lower()
    if args.kind == "transfers":
        if suffix != ".xlsx":
            raise CliError(f"Danh sách phải là tệp .xlsx / The list must be an .xlsx file: {args.out}")
        if args.collective:
            raise CliError("--collective chỉ dùng cho quyết định / --collective is for decisions")
    elif args.by != "destination":
        raise CliError("--by chỉ dùng cho danh sách / --by is for the transfer list")


def _cmd_export(args: argparse.Namespace) -> int:
    _check_options(args)
    progress = None if args.quiet else text_progress
    with opened(args.plan) as plan:
        if args.kind == "transfers":
            result = outputs.export_transfers(
                plan,
                args.out,
                group_by=args.by,
                include_cccd=args.cccd,
                run_id=args.run,
                blanks=args.blanks,
                progress=progress,
            )
            what = "Danh sách / List"
        else:
            result = outputs.export_decisions(
                plan,
                args.out,
                collective=args.collective,
                run_id=args.run,
                blanks=args.blanks,
                include_personal=args.cccd,
                progress=progress,
            )
            what = "Quyết định / Decisions"
    print(
        f"{what}: {result.path} — {result.people} người / people, lần chạy / run #{result.run_id}, "
        f"tổng hỗ trợ / total support {format_vnd(result.total_cost_vnd)} đồng"
    )
    if result.unverified:
        _warn(unverified_note(result.unverified))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        report = plan_report.plan_report(plan, run_id=args.run)
        rounds = round_figures(plan) if args.json else {}
    if args.json:
        print(json.dumps({**dataclasses.asdict(report), **rounds}, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def format_report(report: plan_report.PlanReport) -> str:
    def block(title: str, costs: CostSummary, km: float) -> list[str]:
        mean_km = km / costs.people if costs.people else 0.0
        return [
            title,
            f"  Số người / People: {costs.people} (thuộc diện hỗ trợ / eligible: {costs.eligible})",
            f"  Quãng đường / Distance: tổng / total {format_km(km)} km, bình quân / mean {format_km(mean_km)} km",
            f"  Kinh phí mỗi tháng / Per month: {format_vnd(costs.per_month_vnd)} đồng",
            f"  Tổng kinh phí hỗ trợ / Total support: {format_vnd(costs.total_vnd)} đồng",
            f"  Bình quân mỗi người / Per person: {format_vnd(costs.mean_vnd)} đồng",
        ]

    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(report.statuses.items())) or "—"
    lines = [f"Lần chạy / Run #{report.run_id} — đề xuất / moves: {statuses}", ""]
    lines += block("Đã duyệt / Approved", report.approved, report.approved_km)
    lines += block("Phương án (trừ đề xuất bị loại) / Proposal (all but rejected)", report.standing, report.standing_km)
    lines += [
        "",
        f"Biên chế còn thiếu sau các điều động đã duyệt / Posts still short after approved moves: {report.still_short}",
        f"Nguyện vọng được đáp ứng / Wishes granted: {report.wishes_granted} (điểm / score {report.wish_score}); "
        f"giữ theo lần chạy trước / kept from the last run: {report.kept}",
        "Mức hỗ trợ theo chính sách nhập trong phương án; cần đối chiếu văn bản chính thức. / "
        "Support follows the policy entered in the plan; check it against the official resolution.",
    ]
    return "\n".join(lines)


def register(sub: Any) -> None:
    """Add the output commands to the `cq2c` sub-command parser."""
    approve = sub.add_parser("approve", help="duyệt đề xuất điều động / approve proposed moves")
    approve.add_argument("plan", help="tệp phương án / plan file")
    which = approve.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--all", action="store_true", help="mọi đề xuất chưa bị loại của lần chạy / every move of the run not rejected"
    )
    which.add_argument(
        "--ids",
        type=_ids,
        nargs="+",
        metavar="ID",
        help="mã đề xuất, vd. 3 7 12 hoặc 3,7,12 / move ids, e.g. 3 7 12 or 3,7,12",
    )
    approve.add_argument("--run", type=int, help="lần chạy (mặc định: mới nhất) / run (default: latest)")
    approve.set_defaults(handler=_cmd_approve)

    withdraw = sub.add_parser(
        "withdraw", help="rút phê duyệt (ghi lý do vào nhật ký) / withdraw approvals, with the reason audited"
    )
    withdraw.add_argument("plan", help="tệp phương án / plan file")
    withdraw.add_argument("--ids", type=_ids, nargs="+", metavar="ID", required=True, help="mã đề xuất / move ids")
    withdraw.add_argument("--reason", required=True, help="lý do rút phê duyệt / why the approval is withdrawn")
    withdraw.set_defaults(handler=_cmd_withdraw)

    export = sub.add_parser(
        "export", help="xuất danh sách .xlsx hoặc quyết định .pdf/.docx / write the transfer list or decision drafts"
    )
    export.add_argument("plan", help="tệp phương án / plan file")
    export.add_argument("kind", choices=("transfers", "decisions"), help="transfers (.xlsx) | decisions (.pdf/.docx)")
    export.add_argument("out", type=Path, help="tệp đầu ra / output file")
    export.add_argument(
        "--collective",
        action="store_true",
        help="một quyết định chung kèm danh sách / one decision with the list annexed",
    )
    export.add_argument(
        "--by",
        choices=("destination", "source"),
        default="destination",
        help="nhóm theo đơn vị đến hoặc đi / group by destination or source unit",
    )
    export.add_argument(
        "--cccd",
        action="store_true",
        help="kèm số CCCD và ngày sinh đầy đủ (chỉ người phê duyệt; ghi nhật ký) / "
        "include citizen IDs and full birth dates (approvers only; audited)",
    )
    export.add_argument("--run", type=int, help="lần chạy (mặc định: mới nhất) / run (default: latest)")
    export.add_argument(
        "--blanks",
        action="store_true",
        help="để trống (dòng chấm) các cài đặt văn bản chưa nhập, để điền tay / "
        "leave document settings not yet entered as dotted blanks to fill in by hand",
    )
    export.add_argument("--quiet", action="store_true", help="không hiện tiến độ / no progress bar")
    export.set_defaults(handler=_cmd_export)

    report = sub.add_parser("report", help="số người, quãng đường, kinh phí hỗ trợ / people, distance, cost")
    report.add_argument("plan", help="tệp phương án / plan file")
    report.add_argument("--run", type=int, help="lần chạy (mặc định: mới nhất) / run (default: latest)")
    report.add_argument("--json", action="store_true", help="xuất JSON / print JSON")
    report.set_defaults(handler=_cmd_report)
