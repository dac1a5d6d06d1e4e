"""The four kinds of import, their fields, and the headers communes write for each field.

Synonyms are written as officers type them; they are compared folded (no diacritics, lower case,
punctuation as spaces), so "HỌ VÀ TÊN", "Họ và tên" and "Ho va ten" are one entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cq2c_desktop.domain.messages import Term
from cq2c_desktop.domain.text import fold


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


class Reads(StrEnum):
    """How a plain field's cell becomes a value (parse_staff.py `READERS`)."""

    TEXT = "text"  # tidy text, or None when blank
    UNIT = "unit"  # a unit of the plan, by code or name
    FLAG = "flag"  # x / có / blank
    CCCD = "cccd"  # a 12-digit citizen id


@dataclass(frozen=True)
class FieldDef:
    name: str
    label_vi: str
    label_en: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    # A plain field: read with `reads`, stored in the record's `stores` key (a column of the table).
    # Fields with rules of their own (names, dates, gender, unit, specialty) leave both empty.
    reads: Reads | None = None
    stores: str | None = None


def _f(
    name: str,
    vi: str,
    en: str,
    *synonyms: str,
    required: bool = False,
    reads: Reads | None = None,
    stores: str | None = None,
) -> FieldDef:
    return FieldDef(name, vi, en, required, (vi, en, name, *synonyms), reads, stores)


_UNIT_NAMES = (
    "Đơn vị",
    "Đơn vị công tác",
    "Nơi công tác",
    "Cơ quan",
    "Xã, phường",
    "Xã/phường",
    "Xã / phường / đặc khu",
    "Tên đơn vị",
    "Tên xã",
    "Tên xã, phường",
    "UBND xã",
    "Unit",
    "Commune",
    "Mã đơn vị",
    "Mã xã",
    "Mã ĐVHC",
    "Đơn vị hành chính",
    "ĐV",
)
_SPECIALTY_NAMES = (
    "Chuyên môn",
    "Chuyên ngành",
    "Chuyên ngành đào tạo",
    "Lĩnh vực",
    "Lĩnh vực chuyên môn",
    "Chuyên môn đào tạo",
    "Ngành đào tạo",
    "Ngành",
    "Mã chuyên môn",
    "CM",
    "Chuyên môn nghiệp vụ",
    "Specialty",
    "Field",
)

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
    Kind.STAFF: (
        _f(
            "id",
            "Mã cán bộ",
            "Staff id",
            "Mã CB",
            "Mã CBCC",
            "Mã CC",
            "Mã CCVC",
            "Mã CBCCVC",
            "Mã số CC",
            "Mã số CBCC",
            "Mã số công chức",
            "Mã số cán bộ, công chức",
            "Số hiệu CC",
            "Số hiệu CBCC",
            "Số hiệu cán bộ",
            "Số hiệu cán bộ, công chức",
            "SHCC",
            "SHCB",
            "Mã NV",
            "Mã nhân viên",
            "Mã hồ sơ",
            "Số hồ sơ",
            "Mã công chức",
            "Mã số",
            "Mã số cán bộ",
            "Mã định danh",
            "Mã nhân sự",
            "Số hiệu",
            "Số hiệu công chức",
            "Mã",
            "ID",
            "Employee id",
        ),
        _f(
            "full_name",
            "Họ và tên",
            "Full name",
            "Họ tên",
            "Họ, tên",
            "Họ và tên cán bộ",
            "Họ và tên công chức",
            "Họ tên cán bộ",
            "Tên cán bộ",
            "Name",
            "Staff name",
            "Họ và tên khai sinh",
        ),
        _f(
            "family_name",
            "Họ và tên đệm",
            "Family and middle name",
            "Họ đệm",
            "Họ",
            "Họ và đệm",
            "Family name",
            "Last name",
            "Surname",
        ),
        _f("middle_name", "Tên đệm", "Middle name", "Đệm", "Chữ đệm", "Tên lót", "Middle"),
        _f("given_name", "Tên", "Given name", "First name", "Tên gọi"),
        _f("gender", "Giới tính", "Gender", "GT", "Phái", "Sex", "Nam/Nữ", "Nam, nữ", "Nam (nữ)"),
        # Tick columns: "Giới tính" over "Nam" | "Nữ", an x under one of them.
        _f("male_mark", "Giới tính: Nam", "Gender: male", "Giới tính Nam", "GT Nam", "Nam"),
        _f("female_mark", "Giới tính: Nữ", "Gender: female", "Giới tính Nữ", "GT Nữ", "Nữ"),
        _f(
            "birth_date",
            "Ngày sinh",
            "Date of birth",
            "NS",
            "Ngày tháng năm sinh",
            "Ngày, tháng, năm sinh",
            "Năm sinh",
            "Sinh ngày",
            "DOB",
            "Birth date",
            "Birthday",
            "Năm/ngày sinh",
        ),
        _f(
            "birth_date_male",
            "Ngày sinh nam",
            "Date of birth (men)",
            "Năm sinh nam",
            "Sinh ngày nam",
            "Ngày tháng năm sinh nam",
            "Ngày, tháng, năm sinh nam",
        ),
        _f(
            "birth_date_female",
            "Ngày sinh nữ",
            "Date of birth (women)",
            "Năm sinh nữ",
            "Sinh ngày nữ",
            "Ngày tháng năm sinh nữ",
            "Ngày, tháng, năm sinh nữ",
        ),
        _f("ethnicity", "Dân tộc", "Ethnicity", "DT", "Ethnic group", reads=Reads.TEXT, stores="ethnicity"),
        _f("unit", "Đơn vị công tác", "Unit", *_UNIT_NAMES),
        _f(
            "position",
            "Chức vụ",
            "Position",
            "Chức vụ, chức danh",
            "Chức danh",
            "Vị trí việc làm",
            "Vị trí",
            "VTVL",
            "Job title",
            "Title",
            reads=Reads.TEXT,
            stores="position",
        ),
        _f("specialty", "Chuyên môn", "Specialty", *_SPECIALTY_NAMES),
        # The degree level (Đại học, Thạc sĩ …) is read so it is never taken for the field of study;
        # the plan has no column for it yet (give it `reads` and `stores` once it has).
        _f(
            "degree",
            "Trình độ",
            "Degree",
            "Trình độ chuyên môn",
            "Trình độ đào tạo",
            "Trình độ CM",
            "Trình độ chuyên môn cao nhất",
            "Học vị",
            "Học hàm, học vị",
            "Bằng cấp",
            "Văn bằng",
        ),
        _f(
            "rank",
            "Ngạch",
            "Rank",
            "Ngạch công chức",
            "Ngạch, bậc",
            "Ngạch bậc",
            "Mã ngạch",
            "Grade",
            reads=Reads.TEXT,
            stores="rank",
        ),
        _f(
            "home_unit",
            "Nơi ở hiện nay",
            "Home unit",
            "Nơi ở",
            "Nơi cư trú",
            "Nơi thường trú",
            "Xã nơi ở",
            "Xã cư trú",
            "Chỗ ở hiện nay",
            "Home",
            "Residence",
            reads=Reads.UNIT,
            stores="home_unit_id",
        ),
        _f("movable", "Có thể điều động", "Movable", "Điều động được", "Có thể điều động (x)"),
        _f(
            "exemption",
            "Lý do không điều động",
            "Exemption",
            "Miễn điều động",
            "Không điều động",
            "Lý do miễn",
            "Trường hợp không điều động",
        ),
        _f(
            "volunteer",
            "Tự nguyện",
            "Volunteer",
            "Nguyện vọng",
            "Tự nguyện điều động",
            "Nguyện vọng điều động",
            "Đăng ký tự nguyện",
            reads=Reads.FLAG,
            stores="volunteer",
        ),
        _f(
            "cccd",
            "Số CCCD",
            "Citizen ID",
            "CCCD",
            "Căn cước công dân",
            "Số căn cước công dân",
            "Số căn cước",
            "Số định danh cá nhân",
            "CMND",
            "Số CMND",
            "CMND/CCCD",
            "Số CMND/CCCD",
            "ID card",
            "Citizen id number",
            reads=Reads.CCCD,
            stores="cccd",
        ),
    ),
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
