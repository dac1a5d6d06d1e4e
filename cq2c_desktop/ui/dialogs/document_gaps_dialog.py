"""Before writing a document to sign: the settings it lacks, and the choice to go back."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cq2c_desktop.services.document_settings import DocumentGaps
from cq2c_desktop.ui.messages import tr_message, ui_language


def _items(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def gaps_text(gaps: DocumentGaps) -> str:
    """What is missing (and what is printed unchecked), in the interface's language."""
    missing = [tr_message(gap.message()) for gap in gaps.missing]
    text = QCoreApplication.translate(
        "DocumentGapsDialog",
        "A document to be signed cannot carry blanks or notes. These document settings of the plan are not set:",
    )
    text = f"<p>{escape(text)}</p>{_items(missing)}"
    if gaps.unverified:
        unverified = [gap.label.in_language(ui_language()) for gap in gaps.unverified]
        heading = QCoreApplication.translate("DocumentGapsDialog", "Not yet checked against the official text:")
        text += f"<p>{escape(heading)}</p>{_items(unverified)}"
    return text


def confirm_blanks(parent: QWidget, gaps: DocumentGaps) -> bool:
    """Ask whether to write the document with dotted blanks for what is missing; False: go back."""
    title = QCoreApplication.translate("DocumentGapsDialog", "Document settings missing")
    box = QMessageBox(QMessageBox.Icon.Warning, title, gaps_text(gaps), parent=parent)
    box.setInformativeText(
        QCoreApplication.translate(
            "DocumentGapsDialog",
            "Go back and enter them in the plan's document settings, or write a draft whose missing "
            "values are dotted lines to fill in by hand.",
        )
    )
    back = box.addButton(QCoreApplication.translate("DocumentGapsDialog", "Go back"), QMessageBox.ButtonRole.RejectRole)
    write = QCoreApplication.translate("DocumentGapsDialog", "Write with blanks to fill in by hand")
    box.addButton(write, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is not None and box.clickedButton() is not back
