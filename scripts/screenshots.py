"""Save a screenshot of every main screen to docs/screenshots/ (Vietnamese UI, the demo plan, 1280×800).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--lang vi|en] [--out docs/screenshots]

It drives the real window at the size of the officers' laptops (1280×800): opens a fresh demo plan
in a temporary folder, optimises, decides on a few proposals, and grabs each tab, the map with a
unit's flows, the main dialogs, the user guide, the tour and an error with its details. Dialogs are
grabbed at the size they open with, which fits that screen. Nothing of the user's is touched.

The user guide (resources/guide/index.html) shows some of these: they are copied, 960 pixels wide,
to resources/guide/anh/ (`GUIDE_IMAGES`), so the guide and the screenshots never disagree.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cq2c_desktop.domain.enums import MoveStatus
from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.services.policy import load_policy
from cq2c_desktop.services.reassign_effects import effects as reassign_effects
from cq2c_desktop.ui.app import _set_language
from cq2c_desktop.ui.dialogs.compare_dialog import CompareDialog
from cq2c_desktop.ui.dialogs.optimise_dialog import OptimiseDialog
from cq2c_desktop.ui.dialogs.reassign_dialog import ReassignDialog
from cq2c_desktop.ui.dialogs.withdraw_dialog import WithdrawDialog
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.messages import error_box
from cq2c_desktop.ui.user_settings import UserSettings

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1280, 800)
GUIDE_IMAGES = ROOT / "resources" / "guide" / "anh"
GUIDE_WIDTH = 960
GUIDED = (
    "1-tong-quan",
    "3-can-bo",
    "5-can-doi",
    "6-chinh-sach-toi-uu",
    "7-de-xuat",
    "7b-de-xuat-so-voi-lan-truoc",
    "8-doi-nguoi",
    "9-so-sanh",
    "10-nhap-ghep-cot",
    "11-nhap-xem-truoc",
    "12-xem-truoc-ban-in",
    "13-ban-do-luong",
    "15-loi-chi-tiet",
    "19-rut-phe-duyet",
    "20-thong-so-phuong-an",
)


def offscreen_screen(width: int, height: int) -> str:
    """Qt's offscreen platform with one screen of `width` × `height` (it has 800×800 otherwise), so
    dialogs size themselves for the officers' laptops (ui/widgets.py resize_to_fit)."""
    config = Path(tempfile.mkdtemp(prefix="cq2c-screen-")) / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def _wait(signal: object, timeout_ms: int = 120_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    QApplication.processEvents()


def _settle(seconds: float = 0.3) -> None:
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def _save(widget: QWidget, out: Path, name: str) -> None:
    _settle(0.2)
    image = widget.grab()
    image.save(str(out / f"{name}.png"))
    if out.resolve() == (ROOT / "docs" / "screenshots").resolve() and name in GUIDED:
        GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
        scaled = image.scaledToWidth(min(GUIDE_WIDTH, image.width()), Qt.TransformationMode.SmoothTransformation)
        scaled.save(str(GUIDE_IMAGES / f"{name}.png"))
    print("saved", out / f"{name}.png", f"{image.width()}×{image.height()}")


@dataclass
class DemoWindow:
    """A screenshot script's start: the demo plan open in a window of SCREEN's size, in the asked language."""

    app: QApplication
    window: MainWindow
    out: Path  # where the screenshots go
    folder: Path  # a temporary folder of this run (the demo plan, the window's settings)


def demo_window(*, rounds: bool = False) -> DemoWindow:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = offscreen_screen(*SCREEN)
    app = QApplication([sys.argv[0]])
    _set_language(app, args.lang)
    folder = Path(tempfile.mkdtemp(prefix="cq2c-shots-"))
    plan = build_demo(folder / "thanh-hoa-demo.cq2c", rounds=rounds)
    window = MainWindow(UserSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)), plan)
    window.resize(*SCREEN)
    window.show()
    window.open_demo()
    _wait(window.plan_loaded)
    return DemoWindow(app, window, args.out, folder)


def main() -> int:
    shots = demo_window()
    window, out, folder = shots.window, shots.out, shots.folder
    for index, name in enumerate(("1-tong-quan", "2-don-vi", "3-can-bo", "4-bien-che", "5-can-doi")):
        window.tabs.setCurrentIndex(index)
        _save(window, out, name)
    window.balance_view.tabs.setCurrentIndex(1)
    _save(window, out, "5b-can-doi-bieu-do")
    window.balance_view.tabs.setCurrentIndex(0)
    assert window.workspace is not None
    dialog = OptimiseDialog(window.workspace, load_policy(window.workspace.plan), window)
    dialog.show()
    _save(dialog, out, "6-chinh-sach-toi-uu")
    dialog.close()
    window.start_optimise("optimal", 60)
    _wait(window.run_finished)
    _review_shots(window, out)
    window.start_optimise("optimal", 60)
    _wait(window.run_finished)
    _settle(0.5)
    window.review_view.moves_view.selectRow(0)
    _save(window, out, "7b-de-xuat-so-voi-lan-truoc")  # what the run changed against the one before
    _settings_shot(window, out)
    runs = window.workspace.runs()
    compare = CompareDialog(window.workspace.compare(runs[-2].id, runs[-1].id), window)
    compare.show()
    _save(compare, out, "9-so-sanh")
    compare.close()
    _map_shot(window, out)
    _preview_shot(window, out)
    wizard = window.ask_import()
    if wizard is not None:
        _import_shot(wizard, out, folder)
    _help_shots(window, out)
    _error_shot(window, out, folder)
    window.close()
    return 0


def _review_shots(window: MainWindow, out: Path) -> None:
    """The proposals with a decision of each kind, so their colours and icons show."""
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    for row, status in ((0, MoveStatus.ACCEPTED), (1, MoveStatus.LOCKED), (2, MoveStatus.REJECTED)):
        review.moves_view.selectRow(row)
        review.decide(status)
    review.moves_view.selectRow(3)
    _save(window, out, "7-de-xuat")
    move = review.selected_moves()[0]
    assert window.workspace is not None
    workspace, run_id = window.workspace, review.current_run() or 0
    candidates = workspace.candidates(run_id, move.to_unit_id, move.specialty_id)
    reassign = ReassignDialog(
        f"{move.to_name} — {move.specialty_name}",
        candidates,
        window,
        lambda c: reassign_effects(workspace.plan, run_id, c.staff_id, move.id),
    )
    busy = next((i for i, c in enumerate(candidates) if c.busy_to), 0)  # what choosing him drops shows
    reassign.table.selectRow(busy)
    reassign.show()
    _save(reassign, out, "8-doi-nguoi")
    reassign.close()


def _withdraw_shot(window: MainWindow, out: Path) -> None:
    """Withdrawing an approval: the moves and the reason, required."""
    review = window.review_view
    moves = [m for m in review.moves.rows() if m.status == MoveStatus.APPROVED.value][:2]
    dialog = WithdrawDialog(moves, window)
    dialog.reason.setPlainText("Hoàn cảnh gia đình thay đổi")
    dialog.show()
    _save(dialog, out, "19-rut-phe-duyet")
    dialog.close()


def _settings_shot(window: MainWindow, out: Path) -> None:
    """The plan's settings: the documents tab, as Phương án → Thông tin văn bản… opens it."""
    dialog = window.plan_settings.open_settings()
    if dialog is not None:
        _save(dialog, out, "20-thong-so-phuong-an")
        dialog.close()


def _map_shot(window: MainWindow, out: Path) -> None:
    """The map wide (the proposals tab beside it narrowed), one commune's flows picked out."""
    window.resizeDocks([window.map_dock], [760], Qt.Orientation.Horizontal)
    window.map_view.select_unit("14797")  # Phường Hạc Thành, the provincial capital: many leave it
    _save(window, out, "13-ban-do-luong")
    window.map_view.select_unit("")
    window.resizeDocks([window.map_dock], [SCREEN[0] // 4], Qt.Orientation.Horizontal)


def _preview_shot(window: MainWindow, out: Path) -> None:
    """The question asked when the plan lacks document settings (the demo has no signer), then the
    print preview of the collective decision with blanks, once every proposal not rejected is approved."""
    asked = QMessageBox.exec

    def say_yes(box: QMessageBox) -> int:  # "Approve N proposals?" (ui/confirm.py)
        box.show()
        _save(box, out, "18-phe-duyet-hoi-so-luong")
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole).click()
        return 0

    QMessageBox.exec = say_yes  # type: ignore[method-assign,assignment]
    window.outputs.approve_all.trigger()
    _wait(window.outputs.finished.done)
    QMessageBox.exec = asked  # type: ignore[method-assign]
    _withdraw_shot(window, out)
    window.review_view.moves_view.clearSelection()

    def shoot_then_write_with_blanks(box: QMessageBox) -> int:
        box.show()
        _save(box, out, "17-thieu-cai-dat-van-ban")
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    QMessageBox.exec = shoot_then_write_with_blanks  # type: ignore[method-assign,assignment]
    window.outputs.print_preview()
    _wait(window.outputs.finished.done)
    dialog = window.outputs.preview_dialog
    assert dialog is not None
    dialog.go_to(2)  # the annex: the list of people, as signed with the decision
    _settle(2.0)  # the pages render on Qt's threads
    _save(dialog, out, "12-xem-truoc-ban-in")
    dialog.close()


def _import_shot(wizard: object, out: Path, folder: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ MƯỜNG LÁT"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị công tác", "Chuyên ngành đào tạo"])
    import datetime as dt

    sheet.append([1, "Lò Văn Sơn", dt.datetime(1988, 3, 12), "Nam", "Xã Mường Lát", "Đất đai"])
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
        _settle(0.1)
    _save(wizard, out, "11-nhap-xem-truoc")  # type: ignore[arg-type]
    wizard.reject()  # type: ignore[attr-defined]


def _help_shots(window: MainWindow, out: Path) -> None:
    guide = window.help.show_guide()
    _save(guide, out, "14-huong-dan")
    guide.close()
    tour = window.help.show_tour()
    _save(tour, out, "16-gioi-thieu-nhanh")
    tour.close()


def _error_shot(window: MainWindow, out: Path, folder: Path) -> None:
    """What an officer sees when a file is not a plan: plain words, SQLite's behind Details (opened)."""
    from cq2c_desktop.services.workspace import open_workspace

    junk = folder / "khong-phai-phuong-an.cq2c"
    junk.write_bytes(b"garbage" * 200)
    try:
        open_workspace(str(junk))
    except Exception as error:
        box = error_box(window, window.tr("Cannot open the plan"), error)
        box.show()
        details = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
        details.click()
        _save(box, out, "15-loi-chi-tiet")
        box.close()


if __name__ == "__main__":
    sys.exit(main())
