"""`cq2c-desktop`: start the Qt application on a plan, the last plan, or the bundled demo."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cq2c_desktop.paths import resource_path
from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.ui.interpreter import tune_for_responsiveness
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.messages import set_ui_language
from cq2c_desktop.ui.selftest import run_selftest
from cq2c_desktop.ui.user_settings import LANGUAGE, LANGUAGES, LAST_PLAN, UserSettings

ORGANISATION = "CQ2C"
APPLICATION = "CQ2C Planner"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load `resources/i18n/cq2c_<lang>.qm`; the source strings (English) show when it is missing.

    Qt's own words (standard buttons, message boxes, the file dialog, the context menus of text
    boxes) come from `qt_<lang>.qm`: PySide6 ships no Vietnamese catalogue for Qt, so
    resources/i18n/qt_vi.ts holds ours (scripts/i18n.py builds both)."""
    qt_words = QTranslator(app)
    if qt_words.load(str(resource_path(f"i18n/qt_{language}.qm"))):
        app.installTranslator(qt_words)
    translator = QTranslator(app)
    if translator.load(str(resource_path(f"i18n/cq2c_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def demo_plan_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "demo.cq2c"


def ensure_demo(path: Path) -> Path:
    """The demo plan the app opens on first start; written once, then reused."""
    if not path.exists():
        build_demo(path, rounds=True)  # two rounds, so that every screen has something to show
    return path


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cq2c-desktop", description="CQ2C Planner")
    parser.add_argument("plan", nargs="?", help="tệp phương án / plan file to open")
    parser.add_argument("--demo", action="store_true", help="mở phương án mẫu / open the demo plan")
    parser.add_argument("--lang", choices=LANGUAGES, help="ngôn ngữ giao diện / interface language")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="kiểm tra bản cài đặt trên phương án mẫu trong thư mục tạm rồi thoát / "
        "check the installation on the demo in a temporary folder, then exit",
    )
    parser.add_argument(
        "--selftest-report",
        type=Path,
        metavar="FILE",
        help="ghi kết quả kiểm tra vào tệp / also write the self-test lines to FILE",
    )
    parser.add_argument(
        "--selftest-url",
        metavar="URL",
        help="cũng mở phương án PostgreSQL này (hoặc CQ2C_SELFTEST_URL) / also open this PostgreSQL plan",
    )
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen (PyInstaller) build re-enters here in the optimiser's child process: let it run that.
    multiprocessing.freeze_support()
    args = _parse(sys.argv[1:] if argv is None else argv)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    tune_for_responsiveness()  # for the whole process, which is the window's: ui/interpreter.py says why
    QApplication.setWindowIcon(QIcon(str(resource_path("icons/cq2c.png"))))
    if args.selftest:  # before the user's settings are read: the self-test touches none of them
        language = args.lang or "vi"
        _set_language(app, language)
        url = args.selftest_url or os.environ.get("CQ2C_SELFTEST_URL") or None
        return run_selftest(app, language=language, report=args.selftest_report, postgres_url=url)
    settings = UserSettings(QSettings())
    _set_language(app, args.lang or settings.get(LANGUAGE))
    window = MainWindow(settings, demo_plan_path())
    target = args.plan or (None if args.demo else settings.get(LAST_PLAN) or None)
    if target is None or (not Path(str(target)).exists() and "://" not in str(target)):
        target = str(ensure_demo(demo_plan_path()))
    window.plan_loaded.connect(window.help.offer_tour, Qt.ConnectionType.SingleShotConnection)
    window.open_plan(str(target))
    window.show()
    return int(app.exec())


def system_speaks(language: str, ui_languages: Sequence[str] | None = None) -> bool:
    """Whether the operating system's own windows (its file dialog) are in `language`: the first of
    its interface languages ("vi-VN", "en-US" …)."""
    languages = list(QLocale.system().uiLanguages() if ui_languages is None else ui_languages)
    return bool(languages) and languages[0].replace("_", "-").split("-")[0].lower() == language


def _set_language(app: QCoreApplication, language: str) -> None:
    install_translator(app, language)
    set_ui_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    # The system's file dialog speaks the system's language, which we cannot change: on an English
    # Windows a Vietnamese officer would meet English there. Qt's own dialog is translated with the
    # rest (qt_vi.ts), so it is used unless the system already speaks the interface language.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not system_speaks(language))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
