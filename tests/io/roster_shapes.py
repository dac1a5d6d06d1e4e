"""Rosters shaped the way commune offices and government systems write them, with the records an
import must produce from each: people → one logical workbook in a `Layout` → any format
(roster_writers.py) → the expected staff rows, field by field.

A layout says how the list is drawn: title rows, a one- or two-row header (the birth date under
Nam | Nữ, an x under Nam | Nữ, Họ | Đệm | Tên, Trình độ | Chuyên ngành), a numbering row, the unit
in a column, merged down over its people, in group rows, in the title or nowhere (given as an
option), subtotals after each group, the official footer, hidden rows, one sheet per unit with a
cover and a summary sheet, legacy TCVN3 / VNI text, dates as date cells, day-first or month-first
text, "năm 1985" or Excel serial numbers.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace
from typing import Any

from tests.io.legacy_encoders import encode_tcvn3, encode_vni
from tests.io.roster_writers import Sheet, Value

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà", "Lò", "Cầm", "Lường")
MIDDLE_M = ("Văn", "Hữu", "Đức", "Quốc", "Minh", "Xuân")
MIDDLE_F = ("Thị", "Thu", "Ngọc", "Thanh", "Kim")
GIVEN_M = ("An", "Bình", "Dũng", "Hùng", "Khánh", "Long", "Quân", "Sơn", "Tuấn", "Việt", "Thắng")
GIVEN_F = ("Hà", "Hương", "Lan", "Linh", "Mai", "Nga", "Thảo", "Trang", "Yến", "Huệ")
ETHNIC = ("Kinh", "Mường", "Thái", "Mông", "Dao")
RANKS = ("Chuyên viên", "Chuyên viên chính", "Cán sự", None)
SPECIALTIES = {
    "dat_dai": "Đất đai",
    "xay_dung": "Xây dựng",
    "tai_chinh": "Kế toán",
    "cntt": "Công nghệ thông tin",
    "y_te": "Y tế",
    "tu_phap": "Luật",
    "giao_duc": "Giáo dục",
    "van_phong": "Văn phòng",
}
TODAY = dt.date.today()


@dataclass(frozen=True)
class Person:
    id: str
    family: str
    middle: str
    given: str
    gender: str  # nam | nu
    born: dt.date
    unit_id: str
    unit_name: str
    specialty_id: str
    ethnicity: str
    rank: str | None
    cccd: str | None
    volunteer: bool

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family, self.middle, self.given) if p)


def make_people(units: list[dict[str, Any]], count: int, seed: int, *, id_prefix: str = "T") -> list[Person]:
    rng = random.Random(seed)
    people = []
    for index in range(count):
        male = rng.random() < 0.5
        unit = units[index % len(units)]
        specialty = rng.choice(list(SPECIALTIES))
        born = dt.date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
        people.append(
            Person(
                f"{id_prefix}{seed % 1000:03d}{index:03d}",
                rng.choice(FAMILY),
                rng.choice(MIDDLE_M if male else MIDDLE_F),
                rng.choice(GIVEN_M if male else GIVEN_F),
                "nam" if male else "nu",
                born,
                unit["id"],
                unit["name"],
                specialty,
                rng.choice(ETHNIC),
                rng.choice(RANKS),
                f"038{seed % 100:02d}{index:07d}" if rng.random() < 0.7 else None,
                rng.random() < 0.2,
            )
        )
    return people


@dataclass(frozen=True)
class Layout:
    titles: bool = True
    numbering: bool = False
    birth: str = "date"  # date | dmy | mdy | nam_nu | year_words | serial
    gender: str = "column"  # column | ticks | words | none (with birth nam_nu)
    names: str = "full"  # full | split3 | split2 | merged2
    degree: bool = False  # "Trình độ chuyên môn" over "Trình độ" | "Chuyên ngành"
    unit: str = "column"  # column | merged | groups | title | none
    subtotals: bool = False
    footer: bool = False
    hidden: int = 0  # extra people on hidden rows (not imported unless asked)
    id_header: str = "Mã CB"  # "" for no id column
    legacy: str = ""  # tcvn3 | tcvnh (the upper-case .VnTimeH font) | vni
    sheets: str = "one"  # one | per_unit (with a cover and a summary sheet)
    unit_prefix: bool = True  # "Xã Mường Lát" or "Mường Lát"

    @property
    def two_rows(self) -> bool:
        return self.birth == "nam_nu" or self.gender == "ticks" or self.names == "split3" or self.degree


@dataclass
class Built:
    sheets: list[Sheet]
    expected: list[Person]  # the people an import with default options must add
    hidden_people: list[Person] = field(default_factory=list)


def _legacy(text: str, how: str) -> str:
    if how == "tcvn3":
        return encode_tcvn3(text)
    if how == "tcvnh":  # .VnTimeH shows lower-case codes as capitals: the bytes are lower case
        return encode_tcvn3(text.lower())
    if how == "vni":
        return encode_vni(text)
    return text


def _birth_cells(person: Person, layout: Layout) -> list[Value]:
    born = person.born
    if layout.birth == "date":
        return [born]
    if layout.birth == "dmy":
        return [f"{born.day:02d}/{born.month:02d}/{born.year}"]
    if layout.birth == "mdy":
        return [f"{born.month}/{born.day}/{born.year}"]
    if layout.birth == "year_words":
        return [f"năm {born.year}"]
    if layout.birth == "serial":
        return [(born - dt.date(1899, 12, 30)).days]
    return [born, None] if person.gender == "nam" else [None, born]  # nam_nu


def expected_birth(person: Person, layout: Layout) -> dt.date:
    return dt.date(person.born.year, 1, 1) if layout.birth == "year_words" else person.born


def _columns(layout: Layout) -> list[tuple[str, str]]:
    """(top label, sub label) per column; a sub label only under a two-row header's parents."""
    cols: list[tuple[str, str]] = [("STT", "")]
    if layout.id_header:
        cols.append((layout.id_header, ""))
    if layout.names == "full":
        cols.append(("Họ và tên", ""))
    elif layout.names == "split3":
        cols += [("Họ và tên", "Họ"), ("Họ và tên", "Đệm"), ("Họ và tên", "Tên")]
    elif layout.names == "split2":
        cols += [("Họ và tên đệm", ""), ("Tên", "")]
    else:  # merged2: "Họ và tên" merged over two columns with no sub-labels
        cols += [("Họ và tên", ""), ("", "")]
    if layout.birth == "nam_nu":
        cols += [("Ngày, tháng, năm sinh", "Nam"), ("Ngày, tháng, năm sinh", "Nữ")]
    else:
        cols.append(("Ngày sinh", ""))
    if layout.gender == "column" or layout.gender == "words":
        cols.append(("Giới tính", ""))
    elif layout.gender == "ticks":
        cols += [("Giới tính", "Nam"), ("Giới tính", "Nữ")]
    cols.append(("Dân tộc", ""))
    if layout.unit in ("column", "merged"):
        cols.append(("Đơn vị công tác", ""))
    if layout.degree:
        cols += [("Trình độ chuyên môn", "Trình độ"), ("Trình độ chuyên môn", "Chuyên ngành")]
    else:
        cols.append(("Chuyên môn", ""))
    cols += [("Ngạch", ""), ("Số CCCD", ""), ("Tự nguyện", ""), ("Ghi chú", "")]
    return cols


def _person_cells(person: Person, layout: Layout, number: int) -> list[Value]:
    cells: list[Value] = [number]
    if layout.id_header:
        cells.append(person.id)
    if layout.names == "full":
        upper = number % 3 == 0 and not layout.legacy  # TCVN3 has no toned capitals: none typed so
        cells.append(person.full_name.upper() if upper else person.full_name)
    elif layout.names == "split3":
        cells += [person.family, person.middle, person.given]
    else:
        cells += [f"{person.family} {person.middle}", person.given]
    cells += _birth_cells(person, layout)
    if layout.gender == "column":
        cells.append("Nam" if person.gender == "nam" else "Nữ")
    elif layout.gender == "words":
        cells.append(("Nam giới", "Ông")[number % 2] if person.gender == "nam" else ("Nữ giới", "Bà")[number % 2])
    elif layout.gender == "ticks":
        cells += ["x", None] if person.gender == "nam" else [None, "x"]
    cells.append(person.ethnicity)
    if layout.unit in ("column", "merged"):
        cells.append(person.unit_name if layout.unit_prefix else person.unit_name.split(" ", 1)[1])
    if layout.degree:
        cells += [("Đại học", "Thạc sĩ", "Cao đẳng")[number % 3], SPECIALTIES[person.specialty_id]]
    else:
        cells.append(SPECIALTIES[person.specialty_id])
    cells += [person.rank, person.cccd, "x" if person.volunteer else None, None]
    return cells


def _header(layout: Layout, width: int, top: int) -> tuple[list[list[Value]], list[tuple[int, int, int, int]]]:
    cols = _columns(layout)
    merged: list[tuple[int, int, int, int]] = []
    first: list[Value] = []
    second: list[Value] = []
    c = 0
    while c < len(cols):
        label, sub = cols[c]
        span = 1
        while c + span < len(cols) and sub and cols[c + span][0] == label and cols[c + span][1]:
            span += 1
        if layout.names == "merged2" and label == "Họ và tên" and not sub:
            span = 2
        first += [label] + [None] * (span - 1)
        second += [s for _, s in cols[c : c + span]] if sub else [None] * span
        if span > 1:
            merged.append((top, c, top, c + span - 1))
        elif layout.two_rows:
            merged.append((top, c, top + 1, c))
        c += span
    rows = [first, second] if layout.two_rows else [first]
    return rows, merged


def _unit_title(unit_name: str) -> str:
    return f"DANH SÁCH CÁN BỘ, CÔNG CHỨC {unit_name.upper()}"


def _sheet(name: str, people: list[Person], hidden: list[Person], layout: Layout, title_unit: str | None) -> Sheet:
    width = len(_columns(layout))
    rows: list[list[Value]] = []
    merged: list[tuple[int, int, int, int]] = []
    if layout.titles:
        body = title_unit.upper() if title_unit else "XÃ, PHƯỜNG"
        rows += [["UBND " + body, None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]]
        rows += [[_unit_title(title_unit) if title_unit else "DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ"]]
        rows += [["(Kèm theo Công văn số 123/UBND ngày 05/8/2025)"], []]
        merged += [(1, 0, 1, width - 1), (2, 0, 2, width - 1)]
    header_rows, header_merged = _header(layout, width, len(rows))
    rows += header_rows
    merged += header_merged
    if layout.numbering:
        rows.append([f"({i})" for i in range(1, width + 1)])
    data_start = len(rows)
    hidden_rows: set[int] = set()
    groups: dict[str, list[Person]] = {}
    for person in people:
        groups.setdefault(person.unit_id, []).append(person)
    number = 0
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
    unit_col = next((i for i, (top, _) in enumerate(_columns(layout)) if top == "Đơn vị công tác"), None)
    for g, (_unit_id, members) in enumerate(groups.items()):
        if layout.unit == "groups" or (layout.subtotals and layout.unit != "merged"):
            label = members[0].unit_name.upper()
            rows.append([roman[g % len(roman)], None, label] if layout.id_header else [roman[g % len(roman)], label])
        start = len(rows)
        for person in members:
            number += 1
            rows.append(_person_cells(person, layout, number))
        if layout.unit == "merged" and unit_col is not None and len(members) > 1:
            merged.append((start, unit_col, len(rows) - 1, unit_col))
            for r in range(start + 1, len(rows)):
                rows[r][unit_col] = None
        if layout.subtotals:
            rows.append([None, f"Cộng {members[0].unit_name.lower()}", None, None, f"{len(members)} người"])
    for person in hidden:
        hidden_rows.add(len(rows))
        rows.append(_person_cells(person, layout, 90))
    if layout.subtotals:
        rows.append([None, "Tổng cộng", None, None, f"{len(people)} người"])
    if layout.footer:
        rows += [
            [],
            [None, f"Danh sách này có {len(people)} người./."],
            [None, None, None, None, None, "Mường Lát, ngày 15 tháng 8 năm 2025"],
            [None, "NGƯỜI LẬP BIỂU", None, None, None, "TM. ỦY BAN NHÂN DÂN"],
            [None, None, None, None, None, "CHỦ TỊCH"],
            [None, "(Ký, ghi rõ họ tên)", None, None, None, "(Ký tên, đóng dấu)"],
            [],
            [None, "Lê Văn Bình", None, None, None, "Phạm Thị Huệ"],
        ]
    if layout.legacy:
        # TCVN3 (VN3) has no toned capitals: titles and headers are typed in the capitals-only
        # .VnTimeH font, whose bytes are the lower-case letters'; the data in .VnTime.
        top = "tcvnh" if layout.legacy.startswith("tcvn") else layout.legacy
        body = layout.legacy.replace("tcvnh", "tcvn3")
        rows = [
            [
                _legacy(v, top if r < data_start or (v.isupper() and not v.isascii() and top == "tcvnh") else body)
                if isinstance(v, str)
                else v
                for v in row
            ]
            for r, row in enumerate(rows)
        ]
    return Sheet(name, rows, merged, hidden_rows)


def build(people: list[Person], layout: Layout, *, hidden_people: list[Person] | None = None) -> Built:
    """The sheets of a roster holding `people` in `layout` (and `hidden_people` on hidden rows)."""
    hidden = hidden_people or []
    one_unit = len({p.unit_id for p in people}) == 1
    title = people[0].unit_name if layout.unit == "title" or (one_unit and layout.titles) else None
    if layout.sheets == "one":
        return Built([_sheet("DS cán bộ", people, hidden, layout, title)], people, hidden)
    sheets = [Sheet("Hướng dẫn", [["HƯỚNG DẪN ĐIỀN DANH SÁCH"], ["Mỗi xã một trang tính, không sửa tiêu đề"]])]
    by_unit: dict[str, list[Person]] = {}
    for person in people:
        by_unit.setdefault(person.unit_id, []).append(person)
    summary: list[list[Value]] = [["TỔNG HỢP"], ["STT", "Đơn vị", "Số lượng"]]
    for index, members in enumerate(by_unit.values(), start=1):
        name = members[0].unit_name
        sheets.append(_sheet(name.split(" ", 1)[1][:31], members, [], replace(layout, sheets="one"), name))
        summary.append([index, name, len(members)])
    sheets.append(Sheet("Tổng hợp", summary))
    return Built(sheets, people, hidden)


def expected_fields(person: Person, layout: Layout) -> dict[str, Any]:
    """The staff row an import must leave for `person`."""
    fields: dict[str, Any] = {
        "full_name": person.full_name,
        "gender": person.gender,
        "birth_date": expected_birth(person, layout),
        "unit_id": person.unit_id,
        "specialty_id": person.specialty_id,
        "ethnicity": person.ethnicity,
        "rank": person.rank,
        "cccd": person.cccd,
        "volunteer": person.volunteer,
    }
    if layout.id_header:
        fields["id"] = person.id
    return fields
