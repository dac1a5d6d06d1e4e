"""Fixtures for the outputs: the demo plan with a stand-in run, some of its moves approved.

Every test here gets a QApplication first (pytest-qt's `qapp`): the PDF renderer would otherwise
make a bare QGuiApplication, and the widget tests that run later need a full one.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cq2c_desktop.store.db import OpenPlan, open_plan

from .fake_run import DOCUMENT_SETTINGS, add_fake_run, fill_sample_settings

PROPOSED = 30
APPROVED = 20


@pytest.fixture(autouse=True)
def _gui_application(qapp: QApplication) -> Iterator[None]:
    yield


@pytest.fixture(scope="session")
def outputs_plan_template(demo_plan_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "approved.cq2c"
    shutil.copyfile(demo_plan_template, path)
    add_fake_run(path, moves=PROPOSED, approve=APPROVED)
    fill_sample_settings(path, DOCUMENT_SETTINGS)  # the policy stays the demo's
    return path


@pytest.fixture
def approved_plan(outputs_plan_template: Path, tmp_path: Path) -> Path:
    """A private copy: run #1 with PROPOSED moves, the first APPROVED of them approved, and the
    document settings an officer enters before printing."""
    path = tmp_path / "plan.cq2c"
    shutil.copyfile(outputs_plan_template, path)
    return path


@pytest.fixture
def approved(approved_plan: Path) -> Iterator[OpenPlan]:
    """`approved_plan`, open: what every use case takes."""
    plan = open_plan(approved_plan)
    yield plan
    plan.close()


def poppler(*args: str) -> str:
    """Run a poppler tool (pdftotext, pdffonts, pdfinfo, pdftoppm) and return its output."""
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm")),
    reason="poppler-utils is not installed (apt-get install poppler-utils): cannot read the PDF back",
)
