"""`cq2c-desktop --selftest` in-process: the whole path passes, and a failure is one line, never a hang."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cq2c_desktop.ui import selftest
from cq2c_desktop.ui.app import APPLICATION, ORGANISATION


def _lines(report: Path) -> list[str]:
    return report.read_text(encoding="utf-8").splitlines()


def test_selftest_runs_the_whole_path_in_a_temporary_folder(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_user_settings: Path
) -> None:
    folders: list[Path] = []
    real_build_demo = selftest.build_demo

    def create_demo(target: Path) -> Path:
        folders.append(Path(target).parent)
        return real_build_demo(target)

    monkeypatch.setattr(selftest, "build_demo", create_demo)
    report = tmp_path / "report.txt"
    assert selftest.run_selftest(qapp, report=report) == 0
    lines = _lines(report)
    steps = [line.split(":")[1].removeprefix(" step ") for line in lines if line.startswith("selftest: step ")]
    assert steps == [
        "resources",
        "demo",
        "open",
        "optimise",
        "solver process",
        "approve",
        "export",
        "preview",
        "postgresql",
    ]
    assert lines[-1].startswith("selftest: ok in ")
    assert "danh-sach.xlsx" in lines[-4] and "quyet-dinh.pdf" in lines[-4] and "quyet-dinh.docx" in lines[-4]
    assert "the first rendered" in lines[-3]
    assert "psycopg 3." in lines[-2] and "no URL given" in lines[-2]
    assert folders and "cq2c-selftest-" in folders[0].name and not folders[0].exists()  # cleaned up
    # The settings an installed app would use (this run's private folder, see tests/conftest.py): the
    # self-test wrote nothing there, its window kept its own settings in its temporary folder.
    default = QSettings(ORGANISATION, APPLICATION)
    assert Path(default.fileName()).is_relative_to(private_user_settings)
    assert default.allKeys() == []


@pytest.mark.postgres
def test_the_selftest_opens_a_postgresql_plan_when_given_one(pg_url: str, demo_plan: Path) -> None:
    from cq2c_desktop.cli import main

    assert main(["copy", str(demo_plan), pg_url, "--quiet"]) == 0
    line = selftest._check_postgres(pg_url.replace("postgres@", "postgres:Mk-selftest-1@"))
    assert "166 units" in line and "signed in as postgres" in line
    assert "Mk-selftest-1" not in line and "***" in line


def test_a_missing_resource_fails_in_one_line(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CQ2C_RESOURCES", str(tmp_path / "empty"))
    report = tmp_path / "report.txt"
    assert selftest.run_selftest(qapp, report=report) == 1
    last = _lines(report)[-1]
    assert last.startswith("selftest: FAILED at resources: missing in ") and "i18n/cq2c_vi.qm" in last


@pytest.mark.real_message_boxes
def test_an_error_dialog_becomes_the_failure_instead_of_waiting_for_a_click(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_demo(target: Path) -> Path:
        Path(target).write_bytes(b"this is not a plan")
        return Path(target)

    monkeypatch.setattr(selftest, "build_demo", broken_demo)
    report = tmp_path / "report.txt"
    assert selftest.run_selftest(qapp, report=report) == 1
    last = _lines(report)[-1]
    assert last.startswith("selftest: FAILED at ")
    assert "dialog: " in last and "Cannot open the plan" in last
