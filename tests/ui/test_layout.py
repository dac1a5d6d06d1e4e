"""The window reads well on the officers' screens: 1280×800, and 1920×1080 at 100, 125 and 150 %.

Each screen runs in its own process (Qt fixes the screen size and QT_SCALE_FACTOR at start):
tests/ui/layout_probe.py maximises the window on the demo, optimises, and reports what is cut:
an overview line (a name or a bar) on two lines, the proposals' status out of sight or too narrow
for its longest word, a column title or a name cut where the column could have held it, a dialog
larger than the screen, a map legend hiding a third of the map.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1280, 800, 1.0), (1920, 1080, 1.0), (1920, 1080, 1.25), (1920, 1080, 1.5)],
    ids=["1280x800", "1920x1080", "1920x1080@125%", "1920x1080@150%"],
)
def test_nothing_is_cut_or_wrapped(demo_plan: Path, width: int, height: int, scale: float) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_probe", str(demo_plan), str(width), str(height), str(scale)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["logical"] == [round(width / scale), round(height / scale)]
    assert report["problems"] == []
