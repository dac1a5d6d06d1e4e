"""The rules of a round on the command line: exemptions (Nghị định 170), transfer or secondment,
secondments ending soon, rounds, and the needs a round leaves.

    cq2c exemptions PLAN [--json]                       cq2c exempt PLAN STAFF REASON [--note …] [--date …]
    cq2c secondment PLAN MOVE… [--months N] [--start D] [--transfer]
    cq2c secondments PLAN --months N [--xlsx FILE]      cq2c rounds PLAN [--new [LABEL]] [--json]
    cq2c needs PLAN [--round N] [--set UNIT SPECIALTY MEASURE] [--xlsx FILE] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from cq2c_desktop.domain.enums import EXEMPTION_TERMS, MEASURE_TERMS, Exemption, MoveKind, NeedMeasure
from cq2c_desktop.domain.legal_bases import parse_date
from cq2c_desktop.services.exemptions import exempt_people, set_exemption
from cq2c_desktop.services.needs import need_rows, set_measure, write_needs_xlsx
from cq2c_desktop.services.opening import opened
from cq2c_desktop.services.rounds import round_report, start_round
from cq2c_desktop.services.secondments import secondments_ending, set_move_kind, write_secondments_xlsx


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


_PLAN = "tệp phương án hoặc URL PostgreSQL / plan file or PostgreSQL URL"


def _date(text: str) -> Any:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("ngày dd/mm/yyyy / a date dd/mm/yyyy") from exc


def _cmd_exemptions(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan, plan.begin() as session:
        people = exempt_people(session)
    if args.json:
        rows = [
            {"staff": p.staff_id, "name": p.full_name, "unit": p.unit_name, "reason": p.exemption, "note": p.note,
             "date": p.date.isoformat() if p.date else None, "volunteer": p.volunteer, "may_move": p.may_move}
            for p in people
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for p in people:
        reason = EXEMPTION_TERMS[Exemption(p.exemption)].vi if p.exemption else ""
        anyway = " — tự nguyện, vẫn được điều động / volunteers, may be moved" if p.may_move else ""
        print(f"{p.staff_id}\t{p.full_name}\t{p.unit_name}\t{reason}\t{p.note}\t{date_text(p.date)}{anyway}")
    print(f"{len(people)} người miễn điều động / exempt people")
    return 0


def _cmd_exempt(args: argparse.Namespace) -> int:
    reason = None if args.reason == "none" else args.reason
    with opened(args.plan) as plan:
        record = set_exemption(plan, args.staff, reason, note=args.note or "", date=args.date, volunteer=args.volunteer)
    state = "có thể điều động / movable" if record.may_move else "không điều động / not movable"
    print(f"Đã lưu / Saved: {record.staff_id} {record.full_name}: {record.exemption or '-'} ({state})")
    return 0


def _cmd_secondment(args: argparse.Namespace) -> int:
    kind = MoveKind.TRANSFER if args.transfer else MoveKind.SECONDMENT
    with opened(args.plan) as plan:
        set_move_kind(plan, args.moves, kind, term_months=args.months, start=args.start)
    print(f"Đã lưu / Saved: {len(args.moves)} đề xuất / proposals → {kind.value}")
    return 0


def _cmd_secondments(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        rows = secondments_ending(plan, args.months)
    if args.xlsx:
        write_secondments_xlsx(rows, args.months, args.xlsx)
        print(f"Đã ghi / Written: {args.xlsx} ({len(rows)} người / people)")
        return 0
    for r in rows:
        print(f"{r.staff_id}\t{r.full_name}\t{r.from_name} → {r.to_name}\tđợt/round {r.round}\t"
              f"{r.term_months} tháng/months\t{date_text(r.start)} - {date_text(r.end)}")  # fmt: skip
    print(
        f"{len(rows)} người hết hạn biệt phái trong {args.months} tháng / "
        f"secondments ending within {args.months} months"
    )
    return 0


def _cmd_rounds(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        if args.new is not None:
            number = start_round(plan, args.new)
            print(f"Đã mở đợt / Round started: {number}")
        with plan.begin() as session:
            report = round_report(session)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for r in report["rounds"]:
        mark = " *" if r["round"] == report["current_round"] else ""
        print(f"{r['label']}{mark}: {r['runs']} lần chạy / runs, đã duyệt / approved {r['approved']} "
              f"(điều động / transfers {r['transfers']}, biệt phái / secondments {r['secondments']}), "
              f"còn thiếu / unfilled {r['unfilled']}")  # fmt: skip
    total = report["cumulative"]
    print(
        f"Cộng dồn / Cumulative: {total['approved']} (điều động {total['transfers']}, biệt phái {total['secondments']})"
    )
    return 0


def _cmd_needs(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:
        if args.set:
            unit, specialty, measure = args.set
            set_measure(plan, args.round or 1, unit, specialty, measure)
        with plan.begin() as session:
            rows = need_rows(session, args.round)
    if args.xlsx:
        write_needs_xlsx(rows, args.xlsx)
        print(f"Đã ghi / Written: {args.xlsx} ({sum(r.count for r in rows)} vị trí / posts)")
    elif args.json:
        print(json.dumps([{"unit": r.unit_id, "specialty": r.specialty_id, "count": r.count, "measure": r.measure}
                          for r in rows], ensure_ascii=False, indent=2))  # fmt: skip
    else:
        for r in rows:
            print(f"{r.unit_name}\t{r.specialty_name}\t{r.count}\t{MEASURE_TERMS[NeedMeasure(r.measure)].vi}")
        print(f"Tổng / Total: {sum(r.count for r in rows)} vị trí còn thiếu / posts unfilled")
    return 0


def register(sub: Any) -> None:
    reasons = [e.value for e in Exemption]
    p = sub.add_parser("exemptions", help="người miễn điều động (NĐ 170) / exempt people")
    p.add_argument("plan", help=_PLAN)
    p.add_argument("--json", action="store_true", help="xuất JSON / print JSON")
    p.set_defaults(handler=_cmd_exemptions)
    p = sub.add_parser("exempt", help="ghi, bỏ miễn điều động của một người / record or lift an exemption")
    p.add_argument("plan", help=_PLAN)
    p.add_argument("staff", help="mã cán bộ / staff id")
    p.add_argument("reason", choices=[*reasons, "none"], help="lý do (none: bỏ miễn) / reason (none: lift)")
    p.add_argument("--note", help="giấy tờ chứng minh / evidence")
    p.add_argument("--date", type=_date, help="ngày của giấy tờ / date of the evidence")
    p.add_argument("--volunteer", action="store_true", help="vẫn tự nguyện (nếu được phép) / volunteers anyway")
    p.set_defaults(handler=_cmd_exempt)
    p = sub.add_parser("secondment", help="đặt đề xuất là biệt phái hay điều động / make proposals secondments")
    p.add_argument("plan", help=_PLAN)
    p.add_argument("moves", nargs="+", type=int, help="số đề xuất / move ids")
    p.add_argument("--months", type=int, help="thời hạn (tháng, ≤ 36) / term (months)")
    p.add_argument("--start", type=_date, help="từ ngày / start date")
    p.add_argument("--transfer", action="store_true", help="đặt lại là điều động / make them transfers")
    p.set_defaults(handler=_cmd_secondment)
    p = sub.add_parser("secondments", help="biệt phái hết hạn trong N tháng / secondments ending within N months")
    p.add_argument("plan", help=_PLAN)
    p.add_argument("--months", type=int, default=6, help="số tháng tới (mặc định 6) / months ahead (default 6)")
    p.add_argument("--xlsx", help="ghi ra tệp Excel / write an Excel file")
    p.set_defaults(handler=_cmd_secondments)
    p = sub.add_parser("rounds", help="các đợt điều động / the plan's rounds")
    p.add_argument("plan", help=_PLAN)
    p.add_argument("--new", nargs="?", const="", help="mở đợt mới (tên) / start the next round (name)")
    p.add_argument("--json", action="store_true", help="xuất JSON / print JSON")
    p.set_defaults(handler=_cmd_rounds)
    p = sub.add_parser("needs", help="nhu cầu còn thiếu sau đợt / needs a round leaves")
    p.add_argument("plan", help=_PLAN)
    p.add_argument("--round", type=int, help="đợt / round")
    p.add_argument("--set", nargs=3, metavar=("UNIT", "SPECIALTY", "MEASURE"),
                   help=f"chọn biện pháp / choose the measure ({', '.join(m.value for m in NeedMeasure)})")  # fmt: skip
    p.add_argument("--xlsx", help="ghi ra tệp Excel / write an Excel file")
    p.add_argument("--json", action="store_true", help="xuất JSON / print JSON")
    p.set_defaults(handler=_cmd_needs)
