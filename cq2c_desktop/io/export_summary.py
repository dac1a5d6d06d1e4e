"""The summary sheet: moves by specialty and destination region, posts still short, distance and cost."""

from __future__ import annotations

from collections import Counter

from openpyxl.worksheet.worksheet import Worksheet

from cq2c_desktop.domain.legal_bases import reference
from cq2c_desktop.domain.text import sort_key
from cq2c_desktop.io.export_model import (
    TransferList,
    moves_by_specialty_and_region,
    region_label,
    region_rank,
)
from cq2c_desktop.io.export_xlsx_cells import (
    CENTER,
    COUNT,
    HEADER_FILL,
    KM,
    LEFT,
    MONEY,
    MULTIPLE,
    RIGHT,
    font,
    merged,
    print_setup,
    put,
    width_for,
    wrapped_lines,
)
from cq2c_desktop.io.support_cost import format_decimal, format_vnd, shown_km, sum_shown_km

WIDTH = 7


def _section(ws: Worksheet, at: int, title: str) -> int:
    merged(ws, at, 1, WIDTH, title, style=font(12, bold=True), align=LEFT)
    return at + 1


def _matrix(ws: Worksheet, at: int, counts: Counter[tuple[str, str]], first_header: str) -> int:
    """Specialties down, regions across, totals on both sides; an empty matrix says so."""
    if not counts:
        merged(ws, at, 1, WIDTH, "(không có / none)", style=font(12, italic=True), align=LEFT)
        return at + 2
    regions = sorted({region for _s, region in counts}, key=region_rank)
    specialties = sorted({spec for spec, _r in counts}, key=sort_key)
    headers = [first_header, *[region_label(r) for r in regions], "Cộng"]
    for column, text in enumerate(headers, start=1):
        put(ws, at, column, text, style=font(12, bold=True), align=CENTER, border=True).fill = HEADER_FILL
    for offset, spec in enumerate(specialties, start=1):
        values = [counts.get((spec, r), 0) for r in regions]
        put(ws, at + offset, 1, spec, align=LEFT, border=True)
        for column, value in enumerate([*values, sum(values)], start=2):
            put(ws, at + offset, column, value, align=RIGHT, number_format=COUNT, border=True)
    last = at + len(specialties) + 1
    put(ws, last, 1, "Cộng", style=font(12, bold=True), align=CENTER, border=True)
    totals = [sum(counts.get((s, r), 0) for s in specialties) for r in regions]
    for column, value in enumerate([*totals, sum(totals)], start=2):
        put(ws, last, column, value, style=font(12, bold=True), align=RIGHT, number_format=COUNT, border=True)
    return last + 2


def _pairs(ws: Worksheet, at: int, pairs: list[tuple[str, object, str | None]]) -> int:
    for label, value, number_format in pairs:
        merged(ws, at, 1, 4, label, align=LEFT, border=True)
        merged(ws, at, 5, WIDTH, value, align=RIGHT if number_format else LEFT, border=True)
        if number_format:
            ws.cell(row=at, column=5).number_format = number_format
        if isinstance(value, str):
            ws.row_dimensions[at].height = 16.5 * wrapped_lines(value, 13.0 * (WIDTH - 4)) + 2
        at += 1
    return at + 1


def _figures(data: TransferList) -> list[tuple[str, object, str | None]]:
    costs = data.costs
    return [
        ("Tổng số người được điều động", len(data.rows), COUNT),
        # The sum of the distances as the list prints them, so that both sheets agree.
        ("Tổng quãng đường (km)", sum_shown_km([r.km for r in data.rows]), KM),
        ("Quãng đường bình quân (km/người)", shown_km(data.mean_km), KM),
        ("Số người thuộc diện hỗ trợ", costs.eligible, COUNT),
        ("Kinh phí hỗ trợ mỗi tháng, cả danh sách (đồng/tháng)", costs.per_month_vnd, MONEY),
        ("Tổng kinh phí hỗ trợ dự kiến (đồng)", costs.total_vnd, MONEY),
        ("Kinh phí bình quân mỗi người (đồng)", costs.mean_vnd, MONEY),
    ]


def _policy(data: TransferList) -> list[tuple[str, object, str | None]]:
    support = data.settings.support
    lines: list[tuple[str, object, str | None]] = [
        ("Căn cứ", reference(support.resolution), None),
        ("Mức lương cơ sở (đồng/tháng)", support.base_salary_vnd, MONEY),
    ]
    for region, multiplier in sorted(support.multiplier_by_region.items(), key=lambda kv: region_rank(kv[0])):
        lines.append((f"Hệ số hỗ trợ hằng tháng — {region_label(region)}", multiplier, MULTIPLE))
    lines += [
        ("Thời gian hỗ trợ tối đa (tháng)", support.months, COUNT),
        ("Hỗ trợ một lần (đồng)", support.one_off_vnd, MONEY),
    ]
    for band in support.travel_bands:
        high = band.get("to_km")
        span = f"từ {format_decimal(band.get('from_km', 0), 1)} km" + (
            f" đến dưới {format_decimal(high, 1)} km" if high is not None else " trở lên"
        )
        amount = (
            f"{format_vnd(int(band.get('monthly_vnd', 0)))} đồng/tháng; "
            f"một lần {format_vnd(int(band.get('one_off_vnd', 0)))} đồng"
        )
        lines.append((f"Hỗ trợ đi lại {span}", amount, None))
    return lines


def write_summary(ws: Worksheet, data: TransferList) -> None:
    money = max([width_for(format_vnd(total)) for _people, total in data.costs.by_region.values()], default=0.0)
    for letter, width in zip("ABCDEFG", (30, 13, max(13, money), 13, 13, 13, 13), strict=True):
        ws.column_dimensions[letter].width = width
    merged(ws, 1, 1, WIDTH, "TỔNG HỢP PHƯƠNG ÁN ĐIỀU ĐỘNG", style=font(14, bold=True))
    merged(ws, 2, 1, WIDTH, f"Phương án: {data.settings.plan_name}", style=font(12, italic=True))
    at = _section(ws, 4, "I. Số người được điều động theo chuyên môn và vùng đến")
    at = _matrix(ws, at, moves_by_specialty_and_region(data.rows), "Chuyên môn")
    at = _section(ws, at, "II. Biên chế còn thiếu sau điều động (theo chuyên môn và vùng)")
    short = Counter({(s.specialty, s.region): s.posts for s in data.shortages if s.posts > 0})
    at = _matrix(ws, at, short, "Chuyên môn")
    at = _section(ws, at, "III. Quãng đường và kinh phí hỗ trợ")
    at = _pairs(ws, at, _figures(data))
    at = _section(ws, at, "IV. Kinh phí hỗ trợ theo vùng đến")
    for column, text in enumerate(("Vùng đến", "Số người", "Kinh phí (đồng)"), start=1):
        put(ws, at, column, text, style=font(12, bold=True), align=CENTER, border=True).fill = HEADER_FILL
    for region, (people, total) in sorted(data.costs.by_region.items(), key=lambda kv: region_rank(kv[0])):
        at += 1
        put(ws, at, 1, region_label(region), align=LEFT, border=True)
        put(ws, at, 2, people, align=RIGHT, number_format=COUNT, border=True)
        put(ws, at, 3, total, align=RIGHT, number_format=MONEY, border=True)
    at = _section(ws, at + 2, "V. Thông số chính sách hỗ trợ")
    _pairs(ws, at, _policy(data))
    print_setup(ws, landscape=False)
