"""Walk a widget tree, collect every text a user can read, and tell which are not Vietnamese.

How English is told from Vietnamese (no dictionary of English is needed):

1. Data is set aside first: numbers, codes with digits (CC000212, 14797), file names and paths,
   web addresses, and a short list of names that are the same in both languages (CQ2C, Excel, PDF,
   km, Ctrl, the Unicode control characters' abbreviations…: `SAME_IN_BOTH`).
2. Every remaining word must be a possible Vietnamese syllable. Vietnamese is written in syllables
   of one shape: an initial consonant (b, ch, gh, ngh, qu, tr …), one to three vowels, and a final
   from a short list (c, ch, m, n, ng, nh, p, t). "Optimal", "Cancel", "approved", "Details" or
   "OK" cannot be read that way, whatever their case, and are reported; so is a "vi / en" pair.
3. A text of the interface itself (a label, a button, a title, a menu, a header — not a table's
   data) must also contain a Vietnamese letter (ă â đ ê ô ơ ư or a tone mark), or be exactly one
   of the Vietnamese translations in resources/i18n (a few Vietnamese words carry no mark: "In",
   "Tin"). This catches short English that happens to look like a syllable ("No", "Run").

Table cells are data (a person's name need not have a tone mark), so only rule 2 applies to them:
it still catches a status or a word the program put there untranslated ("Proposed", "OPTIMAL").
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
    QWizard,
)

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
ROWS_READ = 30  # of each table: its data is checked by rule 2

SAME_IN_BOTH = {
    "cq2c", "planner", "excel", "word", "pdf", "png", "csv", "ods", "xlsx", "xlsm", "xls", "xlsb", "txt",
    "docx", "cccd", "mit", "km", "kb", "mb", "gb", "tb", "qt", "ctrl", "alt", "shift", "del", "enter",
    "esc", "unicode", "lrm", "rlm", "zwj", "zwnj", "zwsp", "lre", "rle", "lro", "rlo", "lri", "rli",
    "fsi", "pdi", "english", "nxb", "html", "cb", "ubnd", "delete",  # "delete": the key, as printed on it
    "kt",  # "KT. CHỦ TỊCH": ký thay, signing on behalf
}  # fmt: skip
DATA = re.compile(
    r"https?://\S+"  # a web address
    r"|vietnamese-provinces-database"  # the map data set's name, credited as it is published
    r"|\S*[\\/]\S*"  # a path
    r"|\S+\.(?:vn|com|org|net|io)\b\S*"  # a domain
    r"|\S+\.(?:cq2c|xlsx|xls|xlsm|xlsb|ods|csv|txt|pdf|docx|png|json|ini|backups)\b\S*"  # a file
    r"|\S*\d\S*"  # a number, a code with digits, a date, a time
    r"|\b[a-z]+(?:[._][a-z]+)+\b"  # a setting's key (documents.signer_name), as `cq2c settings` names it
)
WORD = re.compile(r"[^\W\d_]+")
_INITIAL = "(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
SYLLABLE = re.compile(rf"{_INITIAL}[aeiouy]{{1,3}}(?:ch|ng|nh|c|m|n|p|t)?")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFD", word.lower().replace("đ", "d")).encode("ascii", "ignore").decode()


def has_vietnamese_letter(text: str) -> bool:
    return any(ord(c) > 127 and c.isalpha() for c in text)


@cache
def translations() -> frozenset[str]:
    """Every Vietnamese translation of the catalogues, as read."""
    found = set()
    for path in (I18N / "cq2c_vi.ts", I18N / "qt_vi.ts"):
        for translation in ET.parse(path).iter("translation"):
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found.update(plain(form).rstrip(".…: ") for form in forms)
    return frozenset(found)


def plain(text: str) -> str:
    """The text as read: rich text as plain, mnemonics without their ampersand, spaces collapsed."""
    if re.search(r"<[a-zA-Z/!][^>]*>|&\w+;", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    return " ".join(text.split())


@dataclass(frozen=True)
class Seen:
    where: str
    text: str
    data: bool = False  # a table's cell: the officer's data, checked by rule 2 only


def problem(seen: Seen) -> str | None:
    """Why `seen` is not Vietnamese, or None."""
    text = plain(seen.text)
    if not text:
        return None
    rest = DATA.sub(" ", text)
    words = [w for w in WORD.findall(rest) if len(w) > 1 and _fold(w) not in SAME_IN_BOTH]
    foreign = [w for w in words if not has_vietnamese_letter(w) and not SYLLABLE.fullmatch(_fold(w))]
    if foreign:
        return f"not Vietnamese: {', '.join(foreign)}"
    if seen.data or not words or has_vietnamese_letter(rest) or text.rstrip(".…: ") in translations():
        return None
    return "no Vietnamese letter and not a Vietnamese translation"


# --- collecting ----------------------------------------------------------------------------------


def _action_texts(action: QAction, where: str) -> Iterator[Seen]:
    if action.isSeparator():
        return
    yield Seen(where, action.text())
    if action.toolTip() and plain(action.toolTip()) != plain(action.text()):
        yield Seen(f"{where} (tooltip)", action.toolTip())
    yield Seen(f"{where} (status tip)", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from menu_texts(menu, f"{where} › {plain(action.text())}")


def menu_texts(menu: QMenu, where: str) -> Iterator[Seen]:
    menu.aboutToShow.emit()  # menus filled when shown (recent plans)
    yield Seen(where, menu.title())
    for action in menu.actions():
        yield from _action_texts(action, where)


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[Seen]:
    model = view.model()
    if model is None:
        return
    # A list model (the wizard's sheets to tick) keeps columnCount private: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        yield Seen(f"{where} header {column}", str(header or ""))
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        yield Seen(f"{where} header {column} (tooltip)", str(tip or ""))
    for row in range(min(ROWS_READ, model.rowCount(QModelIndex()))):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield Seen(f"{where} cell {row},{column}", value, data=True)


def _graphics_texts(view: QGraphicsView, where: str) -> Iterator[Seen]:
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, QGraphicsSimpleTextItem):
            yield Seen(f"{where} scene text", item.text())
        if item.toolTip():
            yield Seen(f"{where} scene tooltip", item.toolTip(), data=True)
    if isinstance(view, QChartView):
        chart = view.chart()
        yield Seen(f"{where} chart title", chart.title())
        for marker in chart.legend().markers():
            yield Seen(f"{where} chart legend", marker.label())
        for axis in chart.axes():
            if isinstance(axis, QBarCategoryAxis):
                for category in axis.categories():
                    yield Seen(f"{where} chart axis", category, data=True)


def _own_texts(widget: QWidget, where: str) -> Iterator[Seen]:
    if widget.isWindow():
        yield Seen(f"{where} (title)", widget.windowTitle())
    yield Seen(f"{where} (tooltip)", widget.toolTip())
    yield Seen(f"{where} (status tip)", widget.statusTip())
    yield Seen(f"{where} (what's this)", widget.whatsThis())
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield Seen(where, widget.text())
    elif isinstance(widget, QGroupBox):
        yield Seen(where, widget.title())
    elif isinstance(widget, QLineEdit):
        yield Seen(f"{where} (placeholder)", widget.placeholderText())
    elif isinstance(widget, QTextEdit):
        yield Seen(f"{where} (placeholder)", widget.placeholderText())
        box = widget.window()
        if not (isinstance(box, QMessageBox) and widget.toPlainText() == box.detailedText()):
            yield Seen(where, widget.toPlainText())  # the Details of a message box are technical by design
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield Seen(f"{where} item {i}", widget.itemText(i), data=True)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield Seen(f"{where} tab {i}", widget.tabText(i))
            yield Seen(f"{where} tab {i} (tooltip)", widget.tabToolTip(i))
    elif isinstance(widget, QAbstractSpinBox):
        yield Seen(f"{where} (shown)", widget.text())
        yield Seen(f"{where} (special)", widget.specialValueText())
    elif isinstance(widget, QToolBar):
        yield Seen(f"{where} (title)", widget.windowTitle())
        for action in widget.actions():
            yield from _action_texts(action, where)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget, where)
    elif isinstance(widget, QGraphicsView):
        yield from _graphics_texts(widget, where)
    if isinstance(widget, QProgressDialog):
        yield Seen(f"{where} (label)", widget.labelText())
    if isinstance(widget, QWizard):
        for button in QWizard.WizardButton:
            if button.value <= QWizard.WizardButton.CustomButton3.value:
                yield Seen(f"{where} button {button.name}", widget.buttonText(button))
        page = widget.currentPage()
        if page is not None:
            yield Seen(f"{where} page title", page.title())
            yield Seen(f"{where} page subtitle", page.subTitle())
    if isinstance(widget, QMessageBox):
        yield Seen(f"{where} text", widget.text())
        yield Seen(f"{where} informative", widget.informativeText())
    for action in widget.actions():  # shortcuts and context actions of views
        yield from _action_texts(action, f"{where} action")


def widget_texts(root: QWidget, where: str) -> Iterator[Seen]:
    """Every text of `root` and its descendants, shown or not (a hidden one may show later)."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        yield from _own_texts(widget, f"{where} › {name}")
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield Seen(f"{where} › {name} tab {i}", widget.tabText(i))
        if isinstance(widget, QDialogButtonBox):
            for button in widget.buttons():
                yield Seen(f"{where} › {name} button", button.text())


def standard_menu_texts(widget: QWidget, where: str) -> Iterator[Seen]:
    """The context menu Qt gives a text box, a spin box or a scroll bar (Undo, Copy, Scroll here …)."""
    if isinstance(widget, QLineEdit | QTextEdit):
        menu = widget.createStandardContextMenu()
        yield from menu_texts(menu, f"{where} context menu")
        menu.deleteLater()
        return
    if isinstance(widget, QAbstractSpinBox | QScrollBar):
        yield from _popup_texts(widget, where)


def _popup_texts(widget: QWidget, where: str) -> Iterator[Seen]:
    """Ask `widget` for its context menu, read the menu Qt opens, and close it."""
    seen: list[Seen] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(menu_texts(popup, f"{where} context menu"))
            popup.close()

    QTimer.singleShot(0, read_and_close)
    centre = widget.rect().center()
    QApplication.sendEvent(
        widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, widget.mapToGlobal(centre))
    )
    yield from seen


def context_menus(root: QWidget, where: str) -> Iterator[Seen]:
    """The standard context menus of one of each kind of text box, spin box and scroll bar in `root`."""
    kinds: set[type] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        kind = next((k for k in (QLineEdit, QTextEdit, QAbstractSpinBox, QScrollBar) if isinstance(widget, k)), None)
        if kind is None or kind in kinds or (kind is QLineEdit and isinstance(widget.parent(), QAbstractSpinBox)):
            continue
        kinds.add(kind)
        yield from standard_menu_texts(widget, f"{where} › {type(widget).__name__}")
