"""The real thing: PyInstaller builds the bundle, the frozen app passes its --selftest, makensis packs it.

Slow (about 1 min for PyInstaller with a warm cache, 2 min cold, plus ~10 s of self-test and a few
seconds of makensis for the uncompressed stand-in) and it needs the `build` extra and makensis, so it
runs only when asked: `CQ2C_BUILD_TESTS=1 python -m pytest -m slow tests/installer`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("CQ2C_BUILD_TESTS") != "1",
        reason="builds the frozen app and the installer: set CQ2C_BUILD_TESTS=1",
    ),
]


def test_frozen_build_passes_its_selftest_and_the_installer_compiles() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py")],
        cwd=ROOT,
        timeout=3600,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    summary = json.loads((ROOT / "build" / "installer" / "summary.json").read_text(encoding="utf-8"))
    bundle, installer = Path(summary["bundle"]), Path(summary["installer"])
    assert (bundle / ("cq2c-desktop.exe" if sys.platform == "win32" else "cq2c-desktop")).is_file()
    assert summary["selftest"].startswith("selftest: ok"), result.stdout[-4000:]
    assert installer.is_file() and installer.stat().st_size > summary["bundle_bytes"] // 10
    print(
        f"\nbundle {summary['bundle_bytes'] / 2**20:.0f} MiB in {summary['bundle_files']} files, "
        f"PyInstaller {summary['pyinstaller_seconds']:.0f} s, self-test {summary['selftest_seconds']:.0f} s, "
        f"makensis {summary['makensis_seconds']:.0f} s, installer {summary['installer_bytes'] / 2**20:.0f} MiB"
    )
