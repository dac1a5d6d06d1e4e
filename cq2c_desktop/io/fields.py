"""The four kinds of import, their fields, and the headers communes write for each field.

Synonyms are written as officers type them; they are compared folded (no diacritics, lower case,
punctuation as spaces), so "HỌ VÀ TÊN", "Họ và tên" and "Ho va ten" are one entry.
"""

from __future__ import annotations

from enum import StrEnum

from cq2c_desktop.domain.messages import Term
from cq2c_desktop.domain.text import fold
from cq2c_desktop.io.field_def import FieldDef as FieldDef
from cq2c_desktop.io.field_def import Reads as Reads
from cq2c_desktop.io.field_def import _f
from cq2c_desktop.io.fields_staff import _SPECIALTY_NAMES, _UNIT_NAMES, STAFF_FIELDS


class Kind(StrEnum):
    UNITS = "units"
    STAFF = "staff"
    QUOTAS = "quotas"
    DISTANCES = "distances"


KIND_LABELS_VI: dict[Kind, str] = {
    Kind.UNITS: "Đơn vị hành chính",
    Kind.STAFF: "Danh sách cán bộ, công chức",
    Kind.QUOTAS: "Biên chế theo chuyên môn",
    Kind.DISTANCES: "Khoảng cách đường bộ",
}

# Pseudo-fields of the "wide" layouts: one column per specialty (quotas) or per unit (distances).
POSTS_PREFIX = "posts:"
KM_PREFIX = "km:"
IGNORE = "-"


FIELDS: dict[Kind, tuple[FieldDef, ...]] = {
    Kind.UNITS: (
        _f(
            "id",
            "Mã đơn vị",
            "Unit code",
            "Mã",
            "Mã xã",
            "Mã ĐVHC",
            "Mã đơn vị hành chính",
            "Code",
            "ID",
            required=True,
        ),
        _f(
            "name",
            "Tên đơn vị",
            "Name",
            "Tên",
            "Tên xã",
            "Tên xã, phường",
            "Đơn vị",
            "Đơn vị hành chính",
            "Xã, phường",
            "Xã/phường",
            "Tên đơn vị hành chính",
            required=True,
        ),
        _f("kind", "Loại", "Kind", "Loại đơn vị", "Cấp", "Loại ĐVHC", "Xã/phường/đặc khu"),
        _f("region", "Vùng", "Region", "Khu vực", "Vùng miền", "Địa bàn", "Loại vùng"),
        _f("lat", "Vĩ độ", "Latitude", "Lat", "Y"),
        _f("lon", "Kinh độ", "Longitude", "Lon", "Lng", "Long", "X"),
        _f("area_km2", "Diện tích (km²)", "Area", "Diện tích", "Diện tích km2", "DT", "Area km2"),
        _f("priority", "Mức ưu tiên", "Priority", "Ưu tiên", "Thứ tự ưu tiên"),
        _f("province", "Tỉnh", "Province", "Tỉnh, thành phố"),
    ),
    Kind.STAFF: STAFF_FIELDS,
    Kind.QUOTAS: (
        _f("unit", "Đơn vị", "Unit", *_UNIT_NAMES, required=True),
        _f("specialty", "Chuyên môn", "Specialty", *_SPECIALTY_NAMES),
        _f(
            "posts",
            "Số biên chế",
            "Posts",
            "Biên chế",
            "Định biên",
            "Số lượng",
            "Chỉ tiêu biên chế",
            "Biên chế được giao",
            "Số biên chế được giao",
            "Quota",
            "SL",
        ),
    ),
    Kind.DISTANCES: (
        _f(
            "from_unit",
            "Từ đơn vị",
            "From",
            "Từ",
            "Đơn vị đi",
            "Nơi đi",
            "Điểm đi",
            "Xuất phát",
            "From unit",
            "Từ \\ Đến",
            "Từ/Đến",
            "Đơn vị",
            "Unit",
            "Xã, phường",
            "Tên đơn vị",
            "Mã đơn vị",
        ),
        _f("to_unit", "Đến đơn vị", "To", "Đến", "Đơn vị đến", "Nơi đến", "Điểm đến", "To unit"),
        _f(
            "km",
            "Khoảng cách (km)",
            "Distance (km)",
            "Km",
            "Khoảng cách",
            "Quãng đường",
            "Cự ly",
            "Số km",
            "Distance",
            "Khoảng cách đường bộ",
        ),
    ),
}

# Columns every roster has that we never import.
IGNORED_HEADERS: tuple[str, ...] = (
    "STT",
    "TT",
    "Số TT",
    "Số thứ tự",
    "No",
    "No.",
    "#",
    "Ghi chú",
    "Note",
    "Notes",
    "Remarks",
    "Chữ ký",
    "Ký nhận",
)

# What must be there, beyond the single-field requirements above.
REQUIRED_ANY: dict[Kind, tuple[tuple[str, ...], ...]] = {
    Kind.UNITS: (),
    Kind.STAFF: (("full_name", "given_name"), ("unit",), ("specialty",)),
    Kind.QUOTAS: (),
    Kind.DISTANCES: (),
}


def normalise_header(text: str) -> str:
    """A header folded for matching: parentheses dropped, punctuation as spaces, one space each."""
    folded = fold(text)
    # "(ghi đầy đủ)", "(1)" and the like explain a column; they are not its name.
    kept, depth = [], 0
    for ch in folded:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(ch if ch.isalnum() else " ")
    return " ".join("".join(kept).split())


def synonym_index(kind: Kind) -> dict[str, str]:
    """Folded header -> field name (or IGNORE) for one kind."""
    index: dict[str, str] = {normalise_header(h): IGNORE for h in IGNORED_HEADERS}
    for field in FIELDS[kind]:
        for synonym in field.synonyms:
            index.setdefault(normalise_header(synonym), field.name)
    index.pop("", None)
    return index


def field_def(kind: Kind, name: str) -> FieldDef | None:
    return next((f for f in FIELDS[kind] if f.name == name), None)


def field_label(kind: Kind, name: str) -> Term:
    """The field's name in both languages ("Họ và tên", "Full name"); wide-layout fields by their key."""
    found = field_def(kind, name)
    return Term(found.label_vi, found.label_en) if found else Term(name, name)
