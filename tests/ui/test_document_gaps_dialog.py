"""The question asked before a document with missing settings is written: what is missing, go back or blanks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cq2c_desktop.domain.document_checks import document_gaps
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.ui.dialogs.document_gaps_dialog import confirm_blanks, gaps_text


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


def test_the_list_is_in_the_interface_language() -> None:
    gaps = document_gaps(PlanSettings(), "decisions")
    default = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
        vietnamese = gaps_text(gaps)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        english = gaps_text(gaps)
    finally:
        QLocale.setDefault(default)
    assert "Họ tên người ký quyết định (documents.signer_name): chưa nhập" in vietnamese
    assert "Name of the decision&#x27;s signer (documents.signer_name): not set" in english
    assert "chưa nhập" not in english
