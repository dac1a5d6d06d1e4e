"""Technical errors reach the officer in plain words, their own words behind the Details button."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from cq2c_desktop.services.review import ReviewError
from cq2c_desktop.store.db import PLAN_UNREADABLE, PlanError
from cq2c_desktop.ui.messages import error_details, error_text, show_error, tr_message
from cq2c_desktop.ui.plain_errors import plain_error, plain_reason


@pytest.mark.parametrize(
    ("technical", "plain"),
    [
        ("file is not a database", "tệp không phải là phương án CQ2C, hoặc đã bị hỏng"),
        ("database disk image is malformed", "tệp đã bị hỏng"),
        ("[Errno 28] No space left on device", "ổ đĩa đã đầy"),
        ("[WinError 32] The process cannot access the file because it is being used by another process", "Excel"),
        ("File is not a zip file", "không phải là sổ tính Excel thật"),
        ("something nobody has seen", "lỗi kỹ thuật (xem Chi tiết)"),
    ],
)
def test_technical_reasons_in_plain_words(vietnamese: None, technical: str, plain: str) -> None:
    assert plain in plain_reason(technical)


def test_a_message_with_sqlites_words_says_them_plainly_and_keeps_them_for_details(vietnamese: None) -> None:
    error = PlanError(PLAN_UNREADABLE(reason="file is not a database"))
    error.__cause__ = sqlite3.DatabaseError("file is not a database")
    text = error_text(error)
    assert text.startswith("Không mở được tệp phương án") and "database" not in text
    assert "tệp không phải là phương án CQ2C" in text
    assert error_details(error).splitlines() == ["file is not a database", "DatabaseError: file is not a database"]
    assert tr_message(PLAN_UNREADABLE(reason="disk I/O error")).endswith("không đọc hoặc ghi được ổ đĩa")


def test_an_error_the_officer_can_act_on_needs_no_details(vietnamese: None) -> None:
    from cq2c_desktop.services.review import APPROVED_IS_FINAL

    assert error_details(ReviewError(APPROVED_IS_FINAL())) == ""


def test_an_operating_system_error_by_its_kind(vietnamese: None) -> None:
    error = PermissionError(13, "Permission denied", "C:/x.cq2c")
    assert plain_error(error) == "Công việc đã dừng: bạn không có quyền dùng tệp hoặc thư mục này."
    assert "PermissionError" in error_details(error)


def test_show_error_puts_the_technical_text_behind_details(
    vietnamese: None, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    boxes: list[QMessageBox] = []

    def looked_at(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", looked_at)
    try:
        raise KeyError("moves")
    except KeyError as exc:
        show_error(parent, "Lỗi", exc)
    (box,) = boxes
    assert "ngoài dự kiến" in box.text() and "KeyError" not in box.text()
    assert "Traceback" in box.detailedText() and "KeyError: 'moves'" in box.detailedText()
    details = [b.text() for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert details == ["Chi tiết…"]  # Qt's own "Show Details...", from our Vietnamese for Qt
