"""`cq2c import` and `cq2c template`: the importers on the command line.

Exit 0 with the counts; exit 2 with the full validation report and the plan untouched. Every row
not read as data is listed with its role; an import that removes lists whom.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cq2c_desktop.cli_messages import import_hints, say
from cq2c_desktop.cli_progress import text_progress
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import bilingual, english, vietnamese
from cq2c_desktop.services import importing, importing_detect
from cq2c_desktop.services.importing_apply import SCOPES
from cq2c_desktop.services.importing_templates import make_template
from cq2c_desktop.services.opening import opened

EXIT_OK, EXIT_PROBLEMS = 0, 2
KINDS = list(importing_detect.KINDS)


def _fail(message: str) -> int:
    print(f"cq2c: {message}", file=sys.stderr)
    return EXIT_PROBLEMS


def _cmd_import(args: argparse.Namespace) -> int:
    sheets = list(args.sheet or [])
    options = importing_detect.ImportOptions(
        sheet=sheets[0] if len(sheets) == 1 else None,
        sheets=sheets if len(sheets) > 1 else None,
        unit=args.unit,
        include_hidden=args.include_hidden,
        header_row=args.header_row,
        overrides=list(args.map or []),
        mapping=args.mapping,
        save_mapping=args.save_mapping,
        scope=args.scope,
        dry_run=args.dry_run,
    )
    if not Path(args.file).is_file():
        return _fail(f"Không tìm thấy tệp / File not found: {args.file}")
    show = not (args.quiet or args.json)
    try:
        with opened(args.plan) as plan:
            report = importing.run_import(plan, args.kind, args.file, options, progress=text_progress if show else None)
    except ServiceError as exc:  # the plan cannot be opened, an unknown saved mapping, Cancel …
        if show:
            text_progress(1, 1)  # end the progress line before the message
        return _fail(say(exc.message))
    if show and not report.written:
        text_progress(1, 1)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1, default=str))
    else:
        if report.problems:
            out = sys.stderr if not report.ok else sys.stdout
            print(format_problems(report), file=out)
            for hint in import_hints({p.code for p in report.problems}):
                print(f"  → {hint}", file=out)
        if report.rows_not_read:
            print(format_rows_not_read(report))
        if report.removals:
            print(format_removals(report))
        print(bilingual(report.summary()))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def format_problems(report: importing.ImportReport) -> str:
    """Every problem as plain text, errors first, in file order: where, the value, both languages."""
    ordered = sorted(report.problems, key=lambda p: (not p.is_error, p.sheet, p.row or 0, p.column))
    lines = [_problem_text(p) for p in ordered]
    if report.problems_not_shown:
        more = report.problems_not_shown
        lines.append(f"… và {more} vấn đề khác / and {more} more problems")
    return "\n".join(lines)


ROLE_WORDS = {
    "title": "tiêu đề/title",
    "header": "dòng tiêu đề cột/header",
    "numbering": "dòng đánh số cột/column numbers",
    "group": "dòng nhóm/group",
    "subtotal": "dòng cộng/subtotal",
    "footer": "phần ký/footer",
    "blank": "trống/blank",
    "hidden": "dòng ẩn/hidden",
}


def format_rows_not_read(report: importing.ImportReport) -> str:
    """The rows not read as data, one span a line: where and why."""
    lines = ["Dòng không đọc là dữ liệu / Rows not read as data:"]
    for span in report.rows_not_read:
        rows = str(span.first) if span.first == span.last else f"{span.first}–{span.last}"
        lines.append(f"  [{span.sheet}] {rows}: {ROLE_WORDS.get(span.role.value, span.role.value)}")
    return "\n".join(lines)


def format_removals(report: importing.ImportReport) -> str:
    head = "Sẽ xóa / Would remove" if not report.written else "Đã xóa / Removed"
    lines = [f"{head} ({len(report.removals)}):"]
    lines += [f"  - {label}" for label in report.removals[:200]]
    if len(report.removals) > 200:
        lines.append(f"  … +{len(report.removals) - 200}")
    return "\n".join(lines)


def _problem_text(problem: importing.Problem) -> str:
    label = "LỖI/ERROR" if problem.is_error else "CẢNH BÁO/WARNING" if problem.severity == "warning" else "GHI CHÚ/NOTE"
    where = [problem.file] if problem.file else []
    if problem.sheet:
        where.append(f"sheet '{problem.sheet}'")
    if problem.row is not None:
        where.append(f"dòng/row {problem.row}")
    if problem.column:
        where.append(f"cột/column {problem.column}" + (f" ({problem.header})" if problem.header else ""))
    value = f" — giá trị/value: «{problem.value}»" if problem.value else ""
    message = problem.message
    return f"[{label}] {', '.join(where)}{value}\n    {vietnamese(message)}\n    {english(message)}"


def _cmd_template(args: argparse.Namespace) -> int:
    try:
        if args.plan is None:
            path = make_template(args.kind, args.out)
        else:
            with opened(args.plan) as plan:
                path = make_template(args.kind, args.out, plan)
    except ServiceError as exc:
        return _fail(say(exc.message))
    print(f"Đã ghi mẫu nhập / Template written: {path}")
    return EXIT_OK


def register(sub: Any) -> None:
    command = sub.add_parser(
        "import",
        help="nhập đơn vị, cán bộ, biên chế, khoảng cách từ Excel/CSV / import from Excel or CSV",
        description="Nhập tệp vào phương án: tất cả hoặc không gì cả / import a file into a plan, all or nothing",
    )
    command.add_argument("plan", help="tệp phương án / plan file")
    command.add_argument("kind", choices=KINDS, help="loại dữ liệu / what the file holds")
    command.add_argument("file", help="tệp .xlsx, .xls, .ods hoặc .csv / the file to import")
    command.add_argument(
        "--sheet",
        action="append",
        help="trang tính cần nhập, lặp lại được / a sheet to import, repeatable "
        "(mặc định: mọi trang có danh sách / default: every sheet that holds a list)",
    )
    command.add_argument(
        "--unit",
        help="đơn vị của các dòng không ghi đơn vị (tên hoặc mã) / the unit of rows that name none (name or code)",
    )
    command.add_argument(
        "--include-hidden",
        action="store_true",
        help="nhập cả các dòng bị ẩn trong tệp / also import rows hidden in the file",
    )
    command.add_argument("--header-row", type=int, help="số dòng tiêu đề (1 = dòng đầu) / header row number")
    command.add_argument(
        "--map",
        action="append",
        metavar='"Cột X=trường"',
        help="ghép cột với trường, lặp lại được / map a column to a field, repeatable "
        '("Cột C=specialty", "Chuyên ngành đào tạo=specialty", "F=-" bỏ qua/ignore)',
    )
    command.add_argument("--mapping", help="dùng cách ghép cột đã lưu / use a saved mapping")
    command.add_argument("--save-mapping", metavar="NAME", help="lưu cách ghép cột / save this mapping")
    command.add_argument(
        "--scope",
        choices=SCOPES,
        help="xóa khỏi phương án những dòng không có trong tệp: covered = của các đơn vị có trong tệp, all = "
        "tất cả, none = không xóa (mặc định) / remove plan rows missing from the file: covered = of the units the "
        "file covers, all = every one, none = remove nothing (default)",
    )
    command.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi / check only, write nothing")
    command.add_argument("--json", action="store_true", help="báo cáo JSON / JSON report")
    command.add_argument("--quiet", action="store_true", help="không hiện tiến độ / no progress bar")
    command.set_defaults(handler=_cmd_import)

    template = sub.add_parser("template", help="ghi mẫu nhập Excel / write an import template")
    template.add_argument("kind", choices=KINDS, help="loại dữ liệu / what the template is for")
    template.add_argument("out", type=Path, help="tệp .xlsx đầu ra / output .xlsx")
    template.add_argument("--plan", help="lấy danh sách đơn vị, chuyên môn từ phương án / lists from this plan")
    template.set_defaults(handler=_cmd_template)
