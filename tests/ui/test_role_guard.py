"""On a shared plan the window greys out what the signed-in role may not do, and its title never
shows the password of the URL it was opened with."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from cq2c_desktop.cli import main
from cq2c_desktop.ui.main_window import MainWindow
from cq2c_desktop.ui.user_settings import RECENT_PLANS, UserSettings

pytestmark = pytest.mark.postgres
SECRET = "Mat-khau-7Zq"


def _shared(pg_url: str, demo_plan: Path) -> dict[str, str]:
    assert main(["copy", str(demo_plan), pg_url, "--quiet"]) == 0
    assert main(["shared", "init", pg_url]) == 0
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        for login, role in (("dung_reader", "cq2c_reader"), ("em_planner", "cq2c_planner")):
            if not connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}):
                connection.execute(text(f"CREATE ROLE {login} LOGIN"))
            connection.execute(text(f"GRANT {role} TO {login}"))
    engine.dispose()
    return {
        name: pg_url.replace("postgres@", f"{login}:{SECRET}@")
        for name, login in (("reader", "dung_reader"), ("planner", "em_planner"))
    }


def _open(qtbot: QtBot, window: MainWindow, location: str) -> None:
    with qtbot.waitSignal(window.plan_loaded, timeout=60_000):
        window.open_plan(location)


def test_each_role_sees_only_what_it_may_do(qtbot: QtBot, settings: UserSettings, pg_url: str, demo_plan: Path) -> None:
    urls = _shared(pg_url, demo_plan)
    window = MainWindow(settings, demo_plan)
    qtbot.addWidget(window)
    review = window.review_view
    _open(qtbot, window, urls["reader"])
    assert SECRET not in window.windowTitle() and "***" in window.windowTitle()
    assert not window.import_action.isEnabled() and not window.optimise_action.isEnabled()
    assert not review.accept_action.isEnabled() and not window.outputs.approve_selected.isEnabled()
    assert not window.personal_data_action.isEnabled()
    assert "(reader)" in window.import_action.statusTip()
    _open(qtbot, window, urls["planner"])
    assert window.import_action.isEnabled() and window.optimise_action.isEnabled() and review.accept_action.isEnabled()
    assert not window.outputs.approve_selected.isEnabled() and not window.outputs.approve_all.isEnabled()
    assert all(SECRET not in location for location in settings.get(RECENT_PLANS))
    window.close_plan()


def test_a_shared_plan_is_opened_by_address_not_by_command_line(
    qtbot: QtBot, settings: UserSettings, pg_url: str, demo_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert main(["copy", str(demo_plan), pg_url, "--quiet"]) == 0
    typed = pg_url.replace("postgres@", f"postgres:{SECRET}@")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args, **_kwargs: (typed, True)))
    window = MainWindow(settings, demo_plan)
    qtbot.addWidget(window)
    window.menus.recent_menu.aboutToShow.emit()
    entry = window.menus.recent_menu.actions()[-1]
    with qtbot.waitSignal(window.plan_loaded, timeout=60_000):
        entry.trigger()
    assert window.workspace is not None and window.workspace.location == pg_url  # without the password
    assert settings.get(RECENT_PLANS)[0] == pg_url
    window.close_plan()
