"""Columns whose header alone does not say what they hold, settled by their content.

"Trình độ chuyên môn" is the degree level (Đại học, Thạc sĩ) in one commune's list and the field of
study ("Đại học Luật", "Cử nhân Kế toán") in another's. When a list has a field-of-study column
("Chuyên ngành", "Chuyên môn") that one is the specialty and the degree column stays a degree;
when it has none, a degree column whose cells name more than a level is read as the specialty.
"""

from __future__ import annotations

from dataclasses import replace

from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.headers import HeaderInfo
from cq2c_desktop.io.specialties import is_degree_level
from cq2c_desktop.io.tabular import Grid
from cq2c_desktop.io.values import is_blank, text_of

SAMPLE = 200


def settle_by_content(info: HeaderInfo, grid: Grid, kind: Kind) -> HeaderInfo:
    if kind is not Kind.STAFF:
        return info
    fields = info.field_columns()
    degree = fields.get("degree")
    if degree is None or "specialty" in fields:
        return info
    texts = [
        text_of(row[degree.index])[0]
        for row in grid.rows[info.data_row : info.data_row + SAMPLE]
        if degree.index < len(row) and not is_blank(row[degree.index])
    ]
    if not texts or sum(1 for t in texts if is_degree_level(t)) * 2 >= len(texts):
        return info  # degree levels: the list has no field of study, and check_mapping says so
    columns = tuple(replace(c, field="specialty") if c.index == degree.index else c for c in info.columns)
    return replace(info, columns=columns)
