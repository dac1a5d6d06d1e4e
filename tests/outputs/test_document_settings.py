"""The document settings as plan data: legal bases with number, date, issuer and title; the keys an
officer sets and how a typed value is checked; what an export finds missing; older plans upgraded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cq2c_desktop.domain.document_checks import document_gaps
from cq2c_desktop.domain.legal_bases import LegalBasis, citation, date_words, reference
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import SettingValueError, get_value, set_value, setting_keys
from cq2c_desktop.services.settings import load_settings, save_settings
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import Setting

from .fake_run import DOCUMENT_SETTINGS

DEFAULT_CITATIONS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ quy định về tuyển dụng, "
    "sử dụng và quản lý công chức;",
    "Căn cứ Nghị định số 300/2026/NĐ-CP ngày 29 tháng 7 năm 2026 của Chính phủ sửa đổi, bổ sung một số điều "
    "của Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ quy định về tuyển dụng, sử dụng "
    "và quản lý công chức;",
    # The title the issue found wrong: both the provincial and the commune People's Committees.
    "Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan "
    "chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, "
    "đặc khu thuộc tỉnh, thành phố trực thuộc trung ương;",
]


def test_default_legal_bases_are_data_with_dates() -> None:
    settings = PlanSettings()
    bases = settings.legal_bases
    assert [citation(b) for b in bases[:5]] == DEFAULT_CITATIONS
    assert [(b.kind, b.number, b.issuer) for b in bases[:2]] == [
        ("Luật", "72/2025/QH15", "Quốc hội"),
        ("Luật", "80/2025/QH15", "Quốc hội"),
    ]
    # DOMAIN.md names these without a date or number: left empty, never guessed, and flagged.
    amendment, quotas = bases[5], bases[6]
    assert (amendment.number, amendment.date, amendment.cited) == ("370/2025/NĐ-CP", "", True)
    assert (quotas.kind, quotas.number, quotas.cited) == ("Quyết định", "", False)
    assert not any(b.verified for b in bases) and not settings.support.resolution.verified
    resolution = settings.support.resolution
    assert (resolution.number, resolution.date, resolution.title) == ("34/2025/NQ-HĐND", "", "")
    assert resolution.issuer == "Hội đồng nhân dân tỉnh Thanh Hóa"


def test_another_province_starts_from_its_own_bodies() -> None:
    settings = PlanSettings(province="Nghệ An")
    assert settings.support.resolution == LegalBasis(kind="Nghị quyết", issuer="Hội đồng nhân dân tỉnh Nghệ An")
    assert settings.legal_bases[-1].issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert PlanSettings.from_items(settings.to_items()) == settings


def test_dates_are_written_as_the_decree_asks() -> None:
    assert date_words(dt.date(2025, 2, 5)) == "ngày 05 tháng 02 năm 2025"
    assert date_words(dt.date(2025, 6, 16)) == "ngày 16 tháng 6 năm 2025"
    assert date_words(dt.date(2026, 1, 9)) == "ngày 09 tháng 01 năm 2026"
    assert date_words(dt.date(2026, 12, 1)) == "ngày 01 tháng 12 năm 2026"
    law = LegalBasis(
        kind="Luật", number="80/2025/QH15", date="2025-06-24", issuer="Quốc hội", title="Cán bộ, công chức"
    )
    assert reference(law) == "Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025"
    free = LegalBasis(title="Quyết định số 5/QĐ-UBND ngày 02/01/2026 của UBND tỉnh;")
    assert citation(free) == "Căn cứ Quyết định số 5/QĐ-UBND ngày 02/01/2026 của UBND tỉnh;"


def test_keys_read_write_and_refuse_what_cannot_be_right() -> None:
    settings = PlanSettings()
    keys = {k.key for k in setting_keys(settings)}
    assert {"documents.signer_name", "support.resolution.date", "legal_bases.5.title", "legal_bases"} <= keys
    changed = set_value(settings, "legal_bases.6.date", "5/11/2025")
    assert get_value(changed, "legal_bases.6.date") == "2025-11-05" and settings.legal_bases[5].date == ""
    changed = set_value(changed, "documents.signer_name", "  Nguyễn   Văn An ")
    assert changed.documents.signer_name == "Nguyễn Văn An"
    assert set_value(settings, "legal_bases.7.cited", "có").legal_bases[6].cited is True
    assert set_value(settings, "documents.recipients", "Như Điều 3;\nLưu: VT.").documents.recipients == [
        "Như Điều 3;",
        "Lưu: VT.",
    ]
    assert set_value(settings, "support.base_salary_vnd", "2.530.000").support.base_salary_vnd == 2_530_000
    refused = [
        ("documents.proposal_date", "31/02/2026"),
        ("documents.proposal_number", "....../TTr-SNV"),
        ("support.resolution.number", "số 34"),
        ("support.resolution.title", "(cần kiểm tra số hiệu)"),
        ("documents.signer_name", "…"),
        ("support.months", "-1"),
        ("support.multiplier_by_region", '{"highland": -1}'),
        ("legal_bases.99.date", "01/01/2026"),
        ("documents.no_such_key", "x"),
    ]
    for key, value in refused:
        with pytest.raises(SettingValueError) as caught:
            set_value(settings, key, value)
        assert caught.value.message.code.startswith(("setting_", "no_such_setting")), key


def test_what_each_output_finds_missing() -> None:
    settings = PlanSettings()
    decisions = document_gaps(settings, "decisions")
    assert [g.key for g in decisions.missing] == [
        "documents.signer_name",
        "documents.proposal_number",
        "documents.proposal_date",
        "support.resolution.date",
        "support.resolution.title",
        "legal_bases.6.date",
    ]
    assert {g.problem for g in decisions.missing} == {"missing"}
    assert [g.key for g in decisions.unverified] == ["support.resolution.verified"] + [
        f"legal_bases.{i}.verified" for i in range(1, 7)
    ]
    transfers = document_gaps(settings, "transfers")
    assert [g.key for g in transfers.missing] == [
        "documents.list_signer_name",
        "support.resolution.date",
        "support.resolution.title",
    ]
    for key, value in DOCUMENT_SETTINGS.items():
        settings = set_value(settings, key, value)
    assert not document_gaps(settings, "decisions").blocking and not document_gaps(settings, "transfers").blocking
    # A placeholder or an unreadable date that reached the settings some other way is caught too.
    settings.documents.signer_name = "............"
    settings.legal_bases[0].date = "16/13/2025"
    problems = {g.key: g.problem for g in document_gaps(settings, "decisions").missing}
    assert problems == {"documents.signer_name": "placeholder", "legal_bases.1.date": "invalid"}
    # Without a support policy, no resolution is needed.
    unsupported = PlanSettings()
    unsupported.support.multiplier_by_region = {}
    for output in ("decisions", "transfers"):
        gaps = document_gaps(unsupported, output)  # type: ignore[arg-type]
        assert not any(g.key.startswith("support.") for g in [*gaps.missing, *gaps.unverified])


V1_ITEMS = {
    "plan_name": "Phương án cũ",
    "province": "Thanh Hóa",
    "documents": {
        "signer_name": "Lê Văn Cũ",
        "proposal": "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 3/4/2026",
        "effective_date": "01/05/2026",
    },
    "support": {"resolution_ref": "Nghị quyết của HĐND tỉnh về chính sách hỗ trợ (cần kiểm tra số hiệu)", "months": 24},
    "legal_bases": [
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
        "Căn cứ Nghị định số 150/2025/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn "
        "thuộc Ủy ban nhân dân cấp xã;",
        "Căn cứ Quyết định số 5/QĐ-UBND ngày 02/01/2026 của UBND tỉnh về giao biên chế;",
    ],
}


def test_a_plan_written_before_legal_bases_were_data_is_upgraded(tmp_path: Path, demo_plan_template: Path) -> None:
    path = tmp_path / "old.cq2c"
    path.write_bytes(demo_plan_template.read_bytes())
    plan = open_plan(path)
    try:
        with plan.begin() as session:
            session.query(Setting).delete()
            session.add_all(Setting(key=key, value=value) for key, value in V1_ITEMS.items())
        with plan.begin() as session:
            settings = load_settings(session)
            save_settings(session, settings)  # written back in the new shape
        with plan.begin() as session:
            stored = {row.key: row.value for row in session.query(Setting)}
            again = load_settings(session)
    finally:
        plan.close()
    assert again == settings and stored["settings_version"] == 2
    assert [citation(b) for b in settings.legal_bases] == [
        DEFAULT_CITATIONS[0],
        DEFAULT_CITATIONS[4],
        "Căn cứ Nghị định số 370/2025/NĐ-CP ngày ...... tháng ...... năm ...... của Chính phủ sửa đổi, bổ sung một "
        "số điều của Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;",
        "Căn cứ Quyết định số 5/QĐ-UBND ngày 02/01/2026 của UBND tỉnh về giao biên chế;",  # as typed
    ]
    documents = settings.documents
    assert (documents.proposal_by, documents.proposal_number, documents.proposal_date) == (
        "Giám đốc Sở Nội vụ",
        "12/TTr-SNV",
        "2026-04-03",
    )
    assert documents.effective_date == "2026-05-01" and documents.signer_name == "Lê Văn Cũ"
    assert settings.support.months == 24 and settings.support.resolution.number == "34/2025/NQ-HĐND"
    assert "(cần kiểm tra" not in str(stored)
