"""`cq2c-desktop`: start the Qt application on a plan, the last plan, or the bundled demo."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from cq2c_desktop.paths import resource_path
from cq2c_desktop.services.commands import create_demo
from cq2c_desktop.ui.main_window import MainWindow

ORGANISATION = "CQ2C"
APPLICATION = "CQ2C Planner"
LANGUAGES = ("vi", "en")


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load `resources/i18n/cq2c_<lang>.qm`; the source strings (English) show when it is missing."""
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
        create_demo(path)
    return path


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cq2c-desktop", description="CQ2C Planner")
    parser.add_argument("plan", nargs="?", help="tệp phương án / plan file to open")
    parser.add_argument("--demo", action="store_true", help="mở phương án mẫu / open the demo plan")
    parser.add_argument("--lang", choices=LANGUAGES, help="ngôn ngữ giao diện / interface language")
    parser.add_argument("--selftest", action="store_true",
                        help="mở phương án mẫu, kiểm tra rồi thoát / open the demo, check, exit")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = QSettings()
    language = args.lang or str(settings.value("ui/language", "vi"))
    install_translator(app, language)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    window = MainWindow(settings, demo_plan_path())
    last = settings.value("plans/last")
    target = args.plan or (None if args.demo else last)
    if target is None or (not Path(str(target)).exists() and "://" not in str(target)):
        target = str(ensure_demo(demo_plan_path()))
    if args.selftest:
        return _selftest(app, window, str(target))
    window.open_plan(str(target))
    window.show()
    return int(app.exec())


def _selftest(app: QCoreApplication, window: MainWindow, target: str) -> int:
    """Open the plan, wait for the views to fill, and report: proves a build is complete."""
    outcome: list[bool] = []

    def loaded() -> None:
        outcome.append(window.units_model.rowCount() > 0 and window.staff_view.model.rowCount() > 0)
        app.quit()

    window.plan_loaded.connect(loaded)
    QTimer.singleShot(120_000, app.quit)
    if window.open_plan(target):
        app.exec()
    ok = bool(outcome and outcome[0])
    print("selftest:", "ok" if ok else "FAILED")
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
