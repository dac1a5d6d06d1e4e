"""The print preview dialog on its own: pages, navigation, zoom, a long document a page at a time,
Save as PDF, and its temporary file removed with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPdfWriter
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cq2c_desktop.ui import print_preview
from cq2c_desktop.ui.print_preview import DecisionPreview
from cq2c_desktop.ui.user_settings import PREVIEW_GEOMETRY, UserSettings


def _pdf(path: Path, pages: int) -> Path:
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.setFont(QFont("Sans", 40))
    for page in range(1, pages + 1):
        if page > 1:
            writer.newPage()
        painter.drawText(
            QRectF(0, 0, writer.width(), writer.height()), int(Qt.AlignmentFlag.AlignCenter), f"Trang {page}"
        )
    painter.end()
    return path


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _preview(parent: QWidget, tmp_path: Path, settings: UserSettings, pages: int) -> DecisionPreview:
    folder = tmp_path / "preview"
    folder.mkdir()
    dialog = DecisionPreview(_pdf(folder / "p.pdf", pages), folder, [], settings, parent)
    dialog.show()
    return dialog


def test_pages_navigation_zoom_save_and_cleanup(
    qtbot: QtBot, parent: QWidget, tmp_path: Path, settings: UserSettings
) -> None:
    dialog = _preview(parent, tmp_path, settings, 5)
    assert dialog.page_count() == 5 and dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.page.suffix().endswith("5")
    dialog.go_to(4)
    qtbot.waitUntil(lambda: dialog.current_page() == 4 and dialog.page.value() == 4)
    dialog.go_to(99)  # past the end: the last page
    qtbot.waitUntil(lambda: dialog.current_page() == 5)
    before = dialog.view.zoomFactor()
    dialog.zoom(print_preview.ZOOM_STEP)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(before * print_preview.ZOOM_STEP)
    copy = tmp_path / "copy.pdf"
    dialog.save_to(copy)
    assert copy.read_bytes() == dialog.pdf.read_bytes() and str(copy) in dialog.status.text()
    folder = dialog.pdf.parent
    dialog.close()
    assert not folder.exists()
    assert settings.get(PREVIEW_GEOMETRY) is not None  # the next preview opens where this one was


def test_a_long_document_is_shown_a_page_at_a_time(
    qtbot: QtBot, parent: QWidget, tmp_path: Path, settings: UserSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_preview, "CONTINUOUS_PAGES", 3)
    dialog = _preview(parent, tmp_path, settings, 6)
    assert dialog.view.pageMode() == QPdfView.PageMode.SinglePage
    dialog.go_to(6)
    qtbot.waitUntil(lambda: dialog.current_page() == 6 and dialog.page.value() == 6)
    dialog.close()
