"""Save a screenshot of every main screen to docs/screenshots/ (Vietnamese UI, the demo plan).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--lang vi|en] [--out docs/screenshots]

It drives the real window: opens a fresh demo plan in a temporary folder, optimises, decides on a
few proposals, and grabs each tab and the main dialogs. Nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.services.policy import load_policy
from cq2c_desktop.ui.app import install_translator
from cq2c_desktop.ui.dialogs.compare_dialog import CompareDialog
from cq2c_desktop.ui.dialogs.optimise_dialog import OptimiseDialog
from cq2c_desktop.ui.dialogs.reassign_dialog import ReassignDialog
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import UserSettings


def _wait(app: QApplication, signal: object, timeout_ms: int = 120_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    app.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print("saved", out / f"{name}.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    install_translator(app, args.lang)
    folder = Path(tempfile.mkdtemp(prefix="cq2c-shots-"))
    plan = build_demo(folder / "thanh-hoa-demo.cq2c")
    window = MainWindow(UserSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)), plan)
    window.resize(1600, 940)
    window.show()
    window.open_demo()
    _wait(app, window.plan_loaded)
    for index, name in enumerate(("1-tong-quan", "2-don-vi", "3-can-bo", "4-bien-che", "5-can-doi")):
        window.tabs.setCurrentIndex(index)
        _save(window, args.out, name)
    dialog = OptimiseDialog(window.workspace, load_policy(window.workspace.plan), window)  # type: ignore[arg-type]
    dialog.show()
    _save(dialog, args.out, "6-chinh-sach-toi-uu")
    dialog.close()
    window.start_optimise("optimal", 60)
    _wait(app, window.run_finished)
    review = window.review_view
    for row, status in ((0, MoveStatus.ACCEPTED), (1, MoveStatus.LOCKED), (2, MoveStatus.REJECTED)):
        review.moves_view.selectRow(row)
        review.decide(status)
    review.moves_view.selectRow(3)
    _save(window, args.out, "7-de-xuat")
    move = review.selected_moves()[0]
    assert window.workspace is not None
    reassign = ReassignDialog(
        f"{move.to_name} — {move.specialty_name}",
        window.workspace.candidates(review.current_run() or 0, move.to_unit_id, move.specialty_id),
        window,
    )
    reassign.show()
    _save(reassign, args.out, "8-doi-nguoi")
    reassign.close()
    window.start_optimise("optimal", 60)
    _wait(app, window.run_finished)
    runs = window.workspace.runs()
    compare = CompareDialog(window.workspace.compare(runs[-2].id, runs[-1].id), window)
    compare.show()
    _save(compare, args.out, "9-so-sanh")
    compare.close()
    _preview_shot(app, window, args.out)
    wizard = window.ask_import()
    if wizard is not None:
        _import_shot(app, wizard, args.out, folder)
    window.close()
    return 0


def _preview_shot(app: QApplication, window: MainWindow, out: Path) -> None:
    """The print preview of the collective decision, once every proposal not rejected is approved."""
    window.outputs.approve_all.trigger()
    _wait(app, window.outputs.finished.done)
    window.review_view.moves_view.clearSelection()
    window.outputs.print_preview()
    _wait(app, window.outputs.finished.done)
    dialog = window.outputs.preview_dialog
    assert dialog is not None
    dialog.resize(1100, 900)
    dialog.go_to(2)  # the annex: the list of people, as signed with the decision
    began = time.monotonic()
    while time.monotonic() - began < 2.0:  # the pages render on Qt's threads
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.05)
    _save(dialog, out, "12-xem-truoc-ban-in")
    dialog.close()


def _import_shot(app: QApplication, wizard: object, out: Path, folder: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ MƯỜNG LÁT"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị công tác", "Chuyên ngành đào tạo"])
    sheet.append([1, "Lò Văn Sơn", "12/03/1988", "Nam", "Xã Mường Lát", "Đất đai"])
    sheet.append([2, "Hà Thị Mai", "31/02/1990", "Nữ", "Xã Mường Lát", "Công nghệ thông tin"])
    sheet.append([3, "Giàng A Chứ", "1992", "Nam", "Xã Mường Lạt", "Thiên văn"])
    path = folder / "danh-sach-muong-lat.xlsx"
    book.save(path)
    page = wizard.file_page  # type: ignore[attr-defined]
    page.kind.setCurrentIndex(page.kind.findData("staff"))
    page.set_file(str(path))
    wizard.show()  # type: ignore[attr-defined]
    wizard.next()  # type: ignore[attr-defined]
    _save(wizard, out, "10-nhap-ghep-cot")  # type: ignore[arg-type]
    wizard.next()  # type: ignore[attr-defined]
    preview = wizard.preview_page  # type: ignore[attr-defined]
    for _ in range(300):
        if preview.report is not None:
            break
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
        time.sleep(0.05)
    _save(wizard, out, "11-nhap-xem-truoc")  # type: ignore[arg-type]
    wizard.reject()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
