"""Birth dates and citizen IDs are masked in every export unless asked for, and then only for a role
that may see them; exports, backups and audit CSVs are readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.services import audit
from cq2c_desktop.services.backups import list_backups, take_safety_copy
from cq2c_desktop.services.outputs import export_decisions, export_transfers
from cq2c_desktop.store.db import OpenPlan, open_plan
from tests.reliability.test_shared_roles import shared  # noqa: F401  (the fixture)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _birth_cells(path: Path) -> list[object]:
    sheet = openpyxl.load_workbook(path)["Danh sách"]
    row, column = next(
        (r, c)
        for r in range(1, 15)
        for c in range(1, sheet.max_column + 1)
        if sheet.cell(row=r, column=c).value == "Ngày sinh"
    )
    return [sheet.cell(row=r, column=column).value for r in range(row + 1, sheet.max_row + 1)]


def test_birth_dates_are_masked_unless_asked(approved: OpenPlan, tmp_path: Path) -> None:
    export_transfers(approved, tmp_path / "masked.xlsx")
    export_transfers(approved, tmp_path / "full.xlsx", include_cccd=True)
    masked = [v for v in _birth_cells(tmp_path / "masked.xlsx") if isinstance(v, str) and v.startswith("**/**/")]
    assert len(masked) >= 20
    full = _birth_cells(tmp_path / "full.xlsx")
    assert not any(isinstance(v, str) and v.startswith("**") for v in full)
    export_decisions(approved, tmp_path / "masked.docx", blanks=True)
    export_decisions(approved, tmp_path / "full.docx", blanks=True, include_personal=True)
    masked_text = "\n".join(p.text for p in Document(str(tmp_path / "masked.docx")).paragraphs)
    full_text = "\n".join(p.text for p in Document(str(tmp_path / "full.docx")).paragraphs)
    assert "sinh năm" in masked_text and "sinh ngày" not in masked_text
    assert "sinh ngày" in full_text
    asked = [r.details.get("include_personal") for r in audit.read_log(approved, action="export_decisions")]
    assert asked == [False, True]  # the request is on record


@posix_only
def test_exports_backups_and_logs_are_readable_by_their_owner_only(
    approved: OpenPlan, approved_plan: Path, tmp_path: Path
) -> None:
    written = [
        export_transfers(approved, tmp_path / "list.xlsx").path,
        export_decisions(approved, tmp_path / "decisions.pdf", blanks=True).path,
        audit.write_csv(audit.read_log(approved), tmp_path / "log.csv"),
    ]
    take_safety_copy(approved, "before-approve")
    written += [item.path for item in list_backups(approved_plan)]
    assert len(written) >= 4
    for path in written:
        assert stat.S_IMODE(Path(path).stat().st_mode) == 0o600, path


@pytest.mark.postgres
def test_only_an_approver_may_ask_for_personal_data(shared: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    admin = open_plan(shared["admin"])
    try:
        from cq2c_desktop.services.approval import approve_moves

        approve_moves(admin, all_moves=True)
    finally:
        admin.close()
    for role in ("reader", "planner"):
        plan = open_plan(shared[role])
        try:
            with pytest.raises(ServiceError, match="phê duyệt"):
                export_transfers(plan, tmp_path / f"{role}.xlsx", include_cccd=True, blanks=True)
            assert export_transfers(plan, tmp_path / f"{role}-masked.xlsx", blanks=True).people > 0
        finally:
            plan.close()
    plan = open_plan(shared["approver"])
    try:
        assert export_transfers(plan, tmp_path / "approver.xlsx", include_cccd=True, blanks=True).people > 0
        events = audit.read_log(plan, action="export_transfers")
    finally:
        plan.close()
    assert [(e.db_user, e.details["include_cccd"]) for e in events][-1] == ("binh_approver", True)
