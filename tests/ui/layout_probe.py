"""Open the window on a screen of a given size and scaling, and measure what an officer would see cut.

    python -m tests.ui.layout_probe PLAN WIDTH HEIGHT SCALE [--shots DIR]

Run in its own process by tests/ui/test_layout.py (Qt fixes the screen and QT_SCALE_FACTOR when the
application starts). Prints one JSON object: the problems found (empty when the layout reads well)
and a few figures. The window is maximised to the screen, as a laptop user keeps it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def offscreen(width: int, height: int) -> str:
    config = Path(tempfile.mkdtemp(prefix="cq2c-layout-")) / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def _wait(signal: Any, seconds: float = 120) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(30):
        QApplication.processEvents()


def overview_wraps(window: Any) -> list[str]:
    """Cells of the overview's tables (a name, a count, a bar: one line each) laid out on more lines."""
    from PySide6.QtGui import QTextCursor

    document = window.overview.document()
    document.documentLayout()  # laid out for the width shown
    wrapped = []
    block = document.begin()
    while block.isValid():
        in_table = QTextCursor(block).currentTable() is not None
        if in_table and block.layout() is not None and block.layout().lineCount() > 1:
            wrapped.append(block.text().replace("\ufffc", "▮").strip() or "(bar)")
        block = block.next()
    return wrapped


def cut_headers(view: Any, name: str) -> list[str]:
    """Columns whose title does not fit where the table has room for it (the last, stretched column
    excepted when the table is too narrow for it)."""
    header = view.horizontalHeader()
    model = view.model()
    cut = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, 1) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + 8
        wraps = bool(header.defaultAlignment() & 0x1000)  # Qt.TextWordWrap: a title on two lines
        if wraps:
            needed = max(header.fontMetrics().horizontalAdvance(w) for w in title.split() or [""]) + 8
        last_stretched = header.stretchLastSection() and column == header.count() - 1
        if header.sectionSize(column) < needed and not last_stretched:
            cut.append(f"{name}: column «{title}» is {header.sectionSize(column)} px, needs {needed}")
    return cut


def cut_cells(view: Any, name: str, columns: list[int]) -> list[str]:
    """Texts of the first rows in `columns` wider than their column (a name cut with an ellipsis)."""
    from PySide6.QtWidgets import QStyle

    model, header = view.model(), view.horizontalHeader()
    metrics = view.fontMetrics()
    margins = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)  # as the delegate draws
    cut = []
    for column in columns:
        width = header.sectionSize(column)
        for row in range(min(40, model.rowCount())):
            text = str(model.index(row, column).data() or "")
            if metrics.horizontalAdvance(text) + margins > width and width < 320:
                cut.append(f"{name}: «{text}» does not fit column {column} ({width} px)")
                break
    return cut


def status_in_sight(window: Any) -> list[str]:
    view = window.review_view.moves_view
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(0)
    right = left + header.sectionSize(0)
    labels = list(window.review_view.status_labels.values())
    widest = max(view.fontMetrics().horizontalAdvance(label) for label in labels) + 16 + 8  # the icon
    problems = []
    if left < 0 or right > view.viewport().width():
        problems.append(f"the status column is at {left}..{right} px, the table shows 0..{view.viewport().width()}")
    if header.sectionSize(0) < widest:
        problems.append(f"the status column is {header.sectionSize(0)} px, the longest status needs {widest}")
    return problems


def scrolls_sideways(view: Any, name: str) -> list[str]:
    """A table whose columns do not all fit beside each other: its last column is out of sight."""
    header = view.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    if view.horizontalScrollBar().maximum() > 0:
        widths = [header.sectionSize(c) for c in range(header.count())]
        return [f"{name}: the columns take {used} px, the table shows {view.viewport().width()} ({widths})"]
    return []


def dialogs_fit(window: Any) -> list[str]:
    from PySide6.QtGui import QGuiApplication

    from cq2c_desktop.services.policy import load_policy
    from cq2c_desktop.ui.dialogs.optimise_dialog import OptimiseDialog

    space = QGuiApplication.primaryScreen().availableGeometry()
    problems = []
    for dialog in (
        OptimiseDialog(window.workspace, load_policy(window.workspace.plan), window),
        window.help.show_guide(),
        window.ask_import(),
    ):
        if dialog.width() > space.width() or dialog.height() > space.height():
            problems.append(f"{type(dialog).__name__} is {dialog.width()}×{dialog.height()}, the screen {space}")
        dialog.close()
    return problems


def legend_fits(window: Any) -> list[str]:
    """The map's legend box must leave most of a small map in sight."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPainter

    from cq2c_desktop.ui.views.map_legend import paint_legend

    overlay = window.map_view.overlay
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    box = paint_legend(painter, QPointF(0, 0), window.map_view.legend_content(), overlay.text_size())
    painter.end()
    area = overlay.width() * overlay.height()
    if box.width() * box.height() > 0.3 * area:
        return [f"the legend ({box.width():.0f}×{box.height():.0f}) hides a third of the map ({overlay.size()})"]
    return []


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("plan", type=Path)
    parser.add_argument("width", type=int)
    parser.add_argument("height", type=int)
    parser.add_argument("scale", type=float)
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = offscreen(args.width, args.height)
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from cq2c_desktop.ui.app import _set_language
    from cq2c_desktop.ui.main_window import MainWindow
    from cq2c_desktop.ui.user_settings import UserSettings

    app = QApplication([sys.argv[0]])
    _set_language(app, "vi")
    folder = tempfile.mkdtemp(prefix="cq2c-layout-")
    window = MainWindow(UserSettings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat)), args.plan)
    space = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(space)  # maximised, as an officer keeps it on a laptop
    window.show()
    window.open_demo()
    _wait(window.plan_loaded)
    _settle()
    window.start_optimise("optimal", 60)
    _wait(window.run_finished)
    _settle()
    problems: list[str] = []
    shots = args.shots
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle()
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(shots / f"{args.width}x{args.height}@{args.scale}-{index}.png"))
    window.tabs.setCurrentIndex(0)
    _settle()
    problems += [f"overview: «{text}» wraps" for text in overview_wraps(window)]
    window.tabs.setCurrentWidget(window.review_view)
    _settle()
    problems += status_in_sight(window) + scrolls_sideways(window.review_view.moves_view, "proposals")
    review = window.review_view
    for view, name, names in (
        (window.units_view.table, "units", [1]),
        (window.staff_view.table, "staff", [1, 6, 7]),
        (window.quotas_view.table, "quotas", [0, 2]),
        (review.moves_view, "proposals", [1, 2, 3, 4]),
        (review.unfilled_view, "unfilled posts", [0, 1]),
    ):
        problems += cut_headers(view, name) + cut_cells(view, name, names)
    problems += dialogs_fit(window) + legend_fits(window)
    print(json.dumps({"logical": [space.width(), space.height()], "problems": problems}, ensure_ascii=False))
    window.close()
    os._exit(0)  # the optimiser's child process and Qt's threads are gone: skip the slow teardown


if __name__ == "__main__":
    sys.exit(main())
