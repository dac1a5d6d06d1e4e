"""The question asked before a document with missing settings is written: what is missing, go back or blanks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.document_checks import document_gaps
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.ui.dialogs.document_gaps_dialog import confirm_blanks, gaps_text
from cq2c_desktop.ui.messages import set_ui_language, ui_language


def _answer(button_text: str, seen: list[str]) -> None:
    """Click `button_text` on the message box once it is shown (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


@pytest.mark.real_message_boxes
@pytest.mark.parametrize(("answer", "blanks"), [("Go back", False), ("Write with blanks to fill in by hand", True)])
def test_the_officer_chooses(qtbot: QtBot, answer: str, blanks: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gaps = document_gaps(PlanSettings(), "decisions")
    seen: list[str] = []
    _answer(answer, seen)
    assert confirm_blanks(parent, gaps) is blanks
    assert "documents.signer_name" in seen[0] and "Nghị định 150/2025/NĐ-CP" in seen[0]


def test_the_list_is_in_vietnamese(vietnamese: None) -> None:
    """Each gap is a message the window translates with Qt; the settings' names are the plan's words."""
    text = gaps_text(document_gaps(PlanSettings(), "decisions"))
    assert "Họ tên người ký quyết định (documents.signer_name): chưa nhập" in text
    assert text.startswith("<p>Văn bản trình ký không được có chỗ trống")


def test_the_list_in_an_english_interface(qapp: QApplication) -> None:
    before = ui_language()
    set_ui_language("en")  # app.py installs no Vietnamese translation then
    try:
        text = gaps_text(document_gaps(PlanSettings(), "decisions"))
    finally:
        set_ui_language(before)
    assert "Name of the decision&#x27;s signer (documents.signer_name): not set" in text
    assert "chưa nhập" not in text and "Căn cứ" not in text
