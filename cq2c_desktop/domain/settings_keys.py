"""The document and support settings by key: what each is called, how a typed value is checked.

A key is the dotted path of a value in PlanSettings ("documents.signer_name",
"support.resolution.date", "legal_bases.3.number" with the basis counted from 1). The export's
missing-values check names settings by these keys and labels (a `Term`: both languages), and a
settings dialog or command reads and writes them with `get_value` / `set_value`, which refuse a
value that cannot be right (an unreadable date, a placeholder such as "....", a negative amount)
with a `SettingValueError` carrying a message (domain/messages.py).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from cq2c_desktop.domain.enums import MoveKind, Region
from cq2c_desktop.domain.exemptions import check_bases
from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.legal_bases import LegalBasis, parse_date
from cq2c_desktop.domain.messages import Message, Term, Text
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.text import clean

Kind = Literal["text", "date", "number", "symbol", "int", "float", "lines", "bool", "json"]

# Text that stands for a value not yet known: dotted runs, an ellipsis, or a note to check it.
PLACEHOLDER = re.compile(r"\.{4,}|…|\(\s*cần\b|\bTODO\b|\?\?", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+[A-Za-z]?(/\d{4})?/[0-9A-Za-zĐđ&\-]+$")  # "34/2025/NQ-HĐND", "125/TTr-SNV"
_SYMBOL = re.compile(r"^[0-9A-Za-zĐđ&\-]+$")  # "QĐ-UBND"


@dataclass(frozen=True)
class SettingKey:
    key: str
    label_vi: str
    label_en: str
    kind: Kind = "text"

    @property
    def label(self) -> Term:
        return Term(self.label_vi, self.label_en)


NO_SUCH_SETTING = Text("no_such_setting", "No setting «{key}»")
SETTING_NOT_VALID = Text("setting_not_valid", "{setting}: «{value}» is not a valid value")
SETTING_PLACEHOLDER = Text("setting_placeholder", "{setting}: «{value}» is a placeholder, not a value")
SETTING_NOT_A_NUMBER = Text(
    "setting_not_a_number", "{setting}: «{value}» is not a number/year/symbol (e.g. 34/2025/NQ-HĐND)"
)


class SettingValueError(ServiceError, ValueError):
    """A value that cannot be stored under its key; `message` says why, for the officer."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)


_DOCUMENT_KEYS = (
    SettingKey("documents.issuing_body_parent", "Cơ quan chủ quản (dòng trên)", "Parent body (upper line)"),
    SettingKey("documents.issuing_body", "Cơ quan lập danh sách", "Body drawing up the list"),
    SettingKey("documents.decision_body", "Cơ quan ban hành quyết định", "Body issuing the decision", "lines"),
    SettingKey("documents.authority", "Thẩm quyền ban hành", "Issuing authority"),
    SettingKey("documents.place", "Địa danh", "Place name"),
    SettingKey("documents.symbol", "Ký hiệu quyết định", "Symbol of the decision", "symbol"),
    SettingKey("documents.decision_subject", "Trích yếu quyết định", "Subject of the decision"),
    SettingKey("documents.signer_on_behalf", "Quyền hạn ký (KT. CHỦ TỊCH)", "Signing on behalf of"),
    SettingKey("documents.signer_title", "Chức vụ người ký", "Title of the signer"),
    SettingKey("documents.signer_name", "Họ tên người ký quyết định", "Name of the decision's signer"),
    SettingKey("documents.effective_date", "Ngày điều động có hiệu lực", "Date the transfer takes effect", "date"),
    SettingKey("documents.proposal_by", "Người đề nghị (Theo đề nghị của …)", "Proposed by"),
    SettingKey("documents.proposal_number", "Số Tờ trình", "Number of the proposal (Tờ trình)", "number"),
    SettingKey("documents.proposal_date", "Ngày Tờ trình", "Date of the proposal", "date"),
    SettingKey("documents.executors", "Người thi hành (Điều 3)", "Who carries it out (Article 3)", "lines"),
    SettingKey("documents.recipients", "Nơi nhận", "Recipients", "lines"),
    SettingKey("documents.list_title", "Tên danh sách", "Title of the list"),
    SettingKey("documents.list_signer_title", "Chức vụ người ký danh sách", "Title of the list's signer"),
    SettingKey("documents.list_signer_name", "Họ tên người ký danh sách", "Name of the list's signer"),
    SettingKey("documents.list_preparer_title", "Chức danh người lập biểu", "Title of who drew up the list"),
    SettingKey("documents.list_preparer_name", "Họ tên người lập biểu", "Name of who drew up the list"),
)
_PLAN_KEYS = (
    SettingKey("plan_name", "Tên phương án", "Name of the plan"),
    SettingKey("province", "Tỉnh", "Province"),
    SettingKey(
        "policy.max_km", "Khoảng cách tối đa (km; để trống: không giới hạn)", "Longest move (km; empty: none)", "float"
    ),
    SettingKey("policy.destination_regions", "Vùng tiếp nhận", "Receiving regions", "json"),
    SettingKey("policy.road_factor", "Hệ số đường bộ so với đường chim bay", "Road factor over straight line", "float"),
    SettingKey(
        "policy.send_share_percent",
        "Tỷ lệ tối đa được cử đi của mỗi đơn vị (% biên chế; để trống: không giới hạn)",
        "Largest share of a unit's staff sent (%; empty: none)",
        "float",
    ),
    SettingKey(
        "policy.send_cap",
        "Số người tối đa được cử đi của mỗi đơn vị (để trống: không giới hạn)",
        "Most people sent by one unit (empty: none)",
        "int",
    ),
)
_SUPPORT_KEYS = (
    SettingKey("support.base_salary_vnd", "Mức lương cơ sở (đồng/tháng)", "Base salary (đồng a month)", "int"),
    SettingKey("support.multiplier_by_region", "Hệ số hỗ trợ theo vùng", "Support multiple by region", "json"),
    SettingKey("support.months", "Thời gian hỗ trợ tối đa (tháng)", "Longest support (months)", "int"),
    SettingKey("support.one_off_vnd", "Hỗ trợ một lần (đồng)", "One-off support (đồng)", "int"),
    SettingKey("support.travel_bands", "Hỗ trợ đi lại theo khoảng cách", "Travel allowance by distance", "json"),
)
_RULE_KEYS = (
    SettingKey(
        "rules.move_kind",
        "Hình thức mặc định (điều động hoặc biệt phái)",
        "Default kind of move (transfer or secondment)",
    ),
    SettingKey(
        "rules.secondment_months", "Thời hạn biệt phái (tháng, tối đa 36)", "Term of a secondment (months, ≤ 36)", "int"
    ),
    SettingKey("rules.exemptions", "Căn cứ các trường hợp không điều động", "Where the exemptions are written", "json"),
)
_BASIS_FIELDS: tuple[tuple[str, str, str, Kind], ...] = (
    ("kind", "loại văn bản", "kind of document", "text"),
    ("number", "số, ký hiệu", "number", "number"),
    ("date", "ngày ban hành", "date of issue", "date"),
    ("issuer", "cơ quan ban hành", "issuer", "text"),
    ("title", "trích yếu", "title", "text"),
    ("cited", "có trích dẫn", "cited", "bool"),
    ("verified", "đã đối chiếu văn bản gốc", "checked against the official text", "bool"),
)
_MONEY_LIMIT = 1_000_000_000


def basis_keys(prefix: str, vi: str, en: str) -> list[SettingKey]:
    """The keys of one legal basis: `prefix`.number, `prefix`.date …"""
    return [
        SettingKey(f"{prefix}.{name}", f"{vi}: {field_vi}", f"{en}: {field_en}", kind)
        for name, field_vi, field_en, kind in _BASIS_FIELDS
    ]


def basis_label(index: int) -> tuple[str, str]:
    return f"Căn cứ {index}", f"Legal basis {index}"


def basis_field_label(name: str) -> Term:
    """What one field of a legal basis is called ("ngày ban hành" / "date of issue")."""
    vi, en = next((vi, en) for field, vi, en, _kind in _BASIS_FIELDS if field == name)
    return Term(vi, en)


def setting_keys(settings: PlanSettings) -> list[SettingKey]:
    """Every key of the document settings of this plan (its legal bases counted as they stand)."""
    keys = [*_PLAN_KEYS, *_DOCUMENT_KEYS, *_SUPPORT_KEYS, *_RULE_KEYS]
    keys += basis_keys("support.resolution", "Nghị quyết hỗ trợ", "Support resolution")
    keys.append(SettingKey("legal_bases", "Các căn cứ pháp lý", "Legal bases", "json"))
    for index in range(1, len(settings.legal_bases) + 1):
        keys += basis_keys(f"legal_bases.{index}", *basis_label(index))
    return keys


def find_key(settings: PlanSettings, key: str) -> SettingKey:
    for known in setting_keys(settings):
        if known.key == key:
            return known
    raise SettingValueError(NO_SUCH_SETTING(key=key))


def _step(node: Any, part: str) -> Any:
    if isinstance(node, list):
        return node[int(part) - 1]
    return getattr(node, part)


def get_value(settings: PlanSettings, key: str) -> Any:
    find_key(settings, key)
    node: Any = settings
    for part in key.split("."):
        node = _step(node, part)
    return node


def set_value(settings: PlanSettings, key: str, text: str) -> PlanSettings:
    """A copy of `settings` with `key` set from the typed `text`; SettingValueError if it cannot be."""
    known = find_key(settings, key)
    value = parse_value(known, text)
    updated = copy.deepcopy(settings)
    *path, last = key.split(".")
    node: Any = updated
    for part in path:
        node = _step(node, part)
    setattr(node, last, value)
    return updated


def parse_value(known: SettingKey, text: str) -> Any:
    """The stored value for `text` typed under `known`."""
    parse = _PARSERS[known.kind]
    try:
        return parse(text, known)
    except SettingValueError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise SettingValueError(SETTING_NOT_VALID(setting=known.label, value=text)) from exc


_MOVE_KIND_WORDS = {"điều động": MoveKind.TRANSFER.value, "biệt phái": MoveKind.SECONDMENT.value}


def _text(text: str, known: SettingKey) -> str:
    value = clean(text)
    if PLACEHOLDER.search(value):
        raise SettingValueError(SETTING_PLACEHOLDER(setting=known.label, value=value))
    if known.key == "rules.move_kind":
        # typed in either language: "biệt phái" or "secondment"
        return _MOVE_KIND_WORDS.get(value.casefold()) or MoveKind(value).value
    return value


def _date(text: str, _known: SettingKey) -> str:
    return parse_date(text).isoformat() if text.strip() else ""


def _number(text: str, known: SettingKey) -> str:
    value = _text(text, known).replace(" ", "")
    if value and not _NUMBER.match(value):
        raise SettingValueError(SETTING_NOT_A_NUMBER(setting=known.label, value=value))
    return value


def _symbol(text: str, known: SettingKey) -> str:
    value = _text(text, known)
    if not _SYMBOL.match(value):
        raise ValueError(value)
    return value


_OPTIONAL = ("policy.max_km", "policy.send_share_percent", "policy.send_cap")  # empty: no limit


def _int(text: str, known: SettingKey) -> int | None:
    if not text.strip() and known.key in _OPTIONAL:
        return None
    value = int(text.replace(".", "").replace(" ", "").strip())
    high = 36 if known.key == "rules.secondment_months" else 120 if known.key.endswith("months") else _MONEY_LIMIT
    if not 0 <= value <= high:
        raise ValueError(value)
    return value


def _float(text: str, known: SettingKey) -> float | None:
    if not text.strip() and known.key in _OPTIONAL:
        return None  # no limit
    value = float(text.replace(",", ".").replace("%", "").replace(" ", ""))
    low = 1.0 if known.key == "policy.road_factor" else 0.0
    if not low <= value <= 10_000 or (known.key == "policy.road_factor" and value > 5):
        raise ValueError(value)
    if known.key == "policy.send_share_percent" and value > 100:
        raise ValueError(value)
    return value


def _lines(text: str, known: SettingKey) -> list[str]:
    raw = json.loads(text) if text.strip().startswith("[") else text.splitlines()
    return [_text(str(line), known) for line in raw if str(line).strip()]


def _bool(text: str, _known: SettingKey) -> bool:
    answers = {"1": True, "có": True, "co": True, "true": True, "yes": True, "0": False, "không": False}
    answers.update({"khong": False, "false": False, "no": False})
    return answers[text.strip().lower()]


def _json(text: str, known: SettingKey) -> Any:
    value = json.loads(text)
    if known.key == "legal_bases":
        fields = set(LegalBasis.__dataclass_fields__)
        if not isinstance(value, list) or not all(isinstance(v, dict) and set(v) <= fields for v in value):
            raise ValueError(text)
        return [LegalBasis(**v) for v in value]
    if known.key == "policy.destination_regions":
        regions = {region.value for region in Region}
        if not isinstance(value, list) or not value or not all(v in regions for v in value):
            raise ValueError(text)
        return [str(v) for v in value]
    if known.key == "rules.exemptions":
        return check_bases(value)
    if known.key.endswith("multiplier_by_region"):
        if not isinstance(value, dict) or not all(float(v) >= 0 for v in value.values()):
            raise ValueError(text)
        return {str(k): float(v) for k, v in value.items()}
    if not isinstance(value, list) or not all(isinstance(band, dict) and "from_km" in band for band in value):
        raise ValueError(text)
    return value


_PARSERS = {
    "text": _text,
    "date": _date,
    "number": _number,
    "symbol": _symbol,
    "int": _int,
    "float": _float,
    "lines": _lines,
    "bool": _bool,
    "json": _json,
}
