"""The collective decision's annex: its columns, and widths that never break an amount."""

from __future__ import annotations

import datetime as dt

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.io.documents_annex import SIZES_PT, annex_layout
from cq2c_desktop.io.documents_content import annex
from cq2c_desktop.io.documents_metrics import text_width_mm
from cq2c_desktop.io.export_model import TransferList, TransferRow
from cq2c_desktop.io.support_cost import Entitlement

WIDTH_MM = 252.0  # landscape A4 less the decree's margins


def _row(number: int, name: str, months: int = 36, once: int = 0, km: float = 92.25) -> TransferRow:
    grant = Entitlement(
        region="highland", eligible=True, multiplier=1.75, monthly_vnd=4_095_000, months=months, one_off_vnd=once
    )
    return TransferRow(
        move_id=number,
        staff_id=f"S{number}",
        full_name=name,
        birth_date=dt.date(1990, 1, 2),
        gender="nam",
        position="Công chức Phòng Kinh tế",
        rank="Chuyên viên",
        specialty="Xây dựng",
        from_unit="Phường Hạc Thành",
        from_region="urban",
        to_unit="Xã Mường Lát",
        to_region="highland",
        to_office="Phòng Kinh tế",
        km=km,
        entitlement=grant,
        entitlement_text="",
        post_specialty="Đất đai",
    )


def test_columns_say_where_and_how_much() -> None:
    rows = [_row(1, "Nguyễn Văn An"), _row(2, "Lê Thị Bình", months=24, once=5_000_000, km=113.0)]
    result = annex(TransferList(settings=PlanSettings(), rows=rows))
    assert result.headers[7] == "Vị trí / lĩnh vực nơi đến"
    assert result.headers[10:] == [
        "Số tháng hỗ trợ",  # the months differ between people: a column of their own
        "Hỗ trợ một lần (đồng)",
        "Tổng hỗ trợ dự kiến (đồng) = (10) × (11) + (12)",
    ]
    first = result.rows[0]
    assert first[7] == "Đất đai (Phòng Kinh tế)" and first[8] == "92,3" and result.rows[1][8] == "113,0"
    assert result.rows[1][10:] == ["24", "5.000.000", "103.280.000"]
    assert result.total[0] == "Tổng cộng: 2 người" and result.label_span == 8
    assert result.total[8:] == ["205,3", "8.190.000", "", "5.000.000", "250.700.000"]
    same = annex(TransferList(settings=PlanSettings(), rows=[_row(1, "Nguyễn Văn An")]))
    assert same.headers[-1] == "Tổng hỗ trợ dự kiến (đồng) = (10) × 36" and len(same.headers) == 11


def test_amounts_get_their_full_width_and_long_text_a_smaller_size() -> None:
    rows = [_row(i, "Nguyễn Thị Thanh Hương") for i in range(1, 406)]
    result = annex(TransferList(settings=PlanSettings(), rows=rows))
    layout = annex_layout(result, WIDTH_MM, 1.0)
    assert abs(sum(layout.widths_mm) - WIDTH_MM) < 0.01 and layout.font_pt == SIZES_PT[0]
    for column in (*result.numeric, *result.centred):
        widest = max(text_width_mm(r[column], layout.font_pt) for r in result.rows)
        if column >= result.label_span:  # the total's label spans the first columns
            widest = max(widest, text_width_mm(result.total[column], layout.font_pt, bold=True))
        assert layout.widths_mm[column] >= widest + 2.0, column  # the text and the cell's margins
    # Words that cannot fit at 11 pt: the table is set smaller rather than an amount broken.
    long_words = [_row(i, "Nguyễn " + "Thanhhươngthanhhươngthanh" * 2) for i in range(1, 4)]
    crowded = annex(TransferList(settings=PlanSettings(), rows=long_words))
    small = annex_layout(crowded, WIDTH_MM, 1.0)
    assert small.font_pt < SIZES_PT[0]
    assert small.widths_mm[-1] >= text_width_mm(crowded.total[-1], small.font_pt, bold=True) + 2.0
