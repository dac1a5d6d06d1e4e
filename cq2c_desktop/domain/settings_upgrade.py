"""Stored plan settings of an older shape, brought up to the current one as they are read.

Settings live in the plan as one JSON value per top-level key (store.models.Setting), so a change
of their shape needs no schema migration: `upgrade_items` turns what an older version wrote into
what this one reads, step by step (Picard's config upgrades). The result is written back the next
time the settings are saved.

Version 1 (to issue 18) held the legal bases as finished lines of text, the support resolution as
one reference with "(cần kiểm tra số hiệu)" in it, and the proposal line with dotted blanks.
Version 2 holds them as data (legal_bases.py). Lines that were still the old defaults become the
new defaults (with the corrected title of Nghị định 150 and every issue date); a line an officer
had changed is kept word for word as a free citation.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from cq2c_desktop.domain.legal_bases import (
    LegalBasis,
    default_legal_bases,
    default_support_resolution,
    parse_date,
)

SETTINGS_VERSION = 2

_V1_BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
    "Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;",
    "Căn cứ Nghị định số 170/2025/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;",
    "Căn cứ Nghị định số 150/2025/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn "
    "thuộc Ủy ban nhân dân cấp xã;",
)
# Which of the new defaults each old default line becomes (170 brings its amendment 300, 150 its 370).
_V1_TO_V2 = {_V1_BASES[0]: (0,), _V1_BASES[1]: (1,), _V1_BASES[2]: (2, 3), _V1_BASES[3]: (4, 5)}
_V1_RESOLUTION = "Nghị quyết của HĐND tỉnh về chính sách hỗ trợ (cần kiểm tra số hiệu)"
_V1_PROPOSAL = "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ....../TTr-SNV ngày ....../....../.........."
_PROPOSAL = re.compile(
    r"Theo đề nghị của (?P<by>.+?) tại Tờ trình số (?P<number>\S+?) (?:ngày )?(?P<date>[\d/.\-]+)\.?$"
)


def upgrade_items(items: dict[str, Any]) -> dict[str, Any]:
    """Stored items of any earlier version, in the current shape (a new dict; `items` is untouched)."""
    version = items.get("settings_version", 1)
    upgraded = dict(items)
    if not isinstance(version, int) or version < 2:
        upgraded = _v1_to_v2(upgraded)
    return upgraded


def _free_citation(line: str) -> dict[str, Any]:
    text = line.strip()
    text = text[len("Căn cứ ") :] if text.startswith("Căn cứ ") else text
    return asdict(LegalBasis(title=text.rstrip(" ;")))


def _v1_bases(lines: list[Any], province: str) -> list[dict[str, Any]]:
    defaults = default_legal_bases(province)
    bases: list[dict[str, Any]] = []
    for line in lines:
        if not isinstance(line, str):
            continue
        positions = _V1_TO_V2.get(line)
        if positions is None:
            bases.append(_free_citation(line))
        else:
            bases.extend(asdict(defaults[i]) for i in positions)
    return bases


def _iso(text: str) -> str:
    try:
        return parse_date(text).isoformat()
    except ValueError:
        return text  # kept for the officer to correct: the export check names an unreadable date


def _v1_documents(documents: dict[str, Any]) -> dict[str, Any]:
    documents = dict(documents)
    proposal = documents.pop("proposal", None)
    if isinstance(proposal, str) and proposal.strip() and proposal != _V1_PROPOSAL:
        match = _PROPOSAL.match(proposal.strip())
        if match:
            documents.update(
                proposal_by=match["by"], proposal_number=match["number"], proposal_date=_iso(match["date"])
            )
        else:  # kept whole; the number and date are then reported missing
            documents["proposal_by"] = proposal.strip().removeprefix("Theo đề nghị của ").rstrip(".")
    if isinstance(documents.get("effective_date"), str) and documents["effective_date"].strip():
        documents["effective_date"] = _iso(documents["effective_date"])
    return documents


def _v1_to_v2(items: dict[str, Any]) -> dict[str, Any]:
    province = items.get("province") if isinstance(items.get("province"), str) else None
    province = province or "Thanh Hóa"
    if isinstance(items.get("legal_bases"), list):
        items["legal_bases"] = _v1_bases(items["legal_bases"], province)
    if isinstance(items.get("documents"), dict):
        items["documents"] = _v1_documents(items["documents"])
    if isinstance(items.get("support"), dict):
        support = dict(items["support"])
        reference = support.pop("resolution_ref", None)
        if isinstance(reference, str) and reference.strip() and reference != _V1_RESOLUTION:
            support["resolution"] = _free_citation(reference)
        else:
            support["resolution"] = asdict(default_support_resolution(province))
        items["support"] = support
    items["settings_version"] = 2
    return items
