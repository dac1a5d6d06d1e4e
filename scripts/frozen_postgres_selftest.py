"""The frozen Windows app, under Wine, opens a shared plan on a real PostgreSQL server.

Run after `python installer/build.py --target windows` (which leaves dist/cq2c-desktop and the build
prefix): starts a throwaway server on loopback (tests/pg_server.py), copies an empty plan into it,
and runs the bundle's self-test with `CQ2C_SELFTEST_URL` (a password in the URL, which the report
must not show). Prints the self-test's lines; exit status 1 if anything fails.

    .venv/bin/python scripts/frozen_postgres_selftest.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "installer")]

from windows_install import run_selftest  # noqa: E402
from wine import Wine  # noqa: E402

from cq2c_desktop.cli import main as cq2c  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402

SECRET = "Frozen-pw-1"


def run() -> int:
    exe_path = ROOT / "dist" / "cq2c-desktop" / "cq2c-desktop.exe"
    if not exe_path.is_file():
        print("build the Windows bundle first: python installer/build.py --target windows")
        return 1
    server = PostgresServer()
    server.start()
    try:
        url = server.create_database("frozen")
        with tempfile.TemporaryDirectory() as folder:
            plan = Path(folder) / "plan.cq2c"
            if cq2c(["new", str(plan), "--name", "Frozen"]) or cq2c(["copy", str(plan), url, "--quiet"]):
                return 1
        builder = Wine(ROOT / "build" / "wine" / "build-prefix")
        report = ROOT / "build" / "installer" / "selftest-postgres.txt"
        env = {"WINEQT_QPA_PLATFORM": "offscreen", "CQ2C_SELFTEST_URL": url.replace("postgres@", f"postgres:{SECRET}@")}
        try:
            run_selftest(builder, builder.path(exe_path), report, env)
        finally:
            builder.stop()
        lines = report.read_text(encoding="utf-8")
        if SECRET in lines or "step postgresql" not in lines or "signed in as postgres" not in lines:
            print("FAILED: the PostgreSQL step is missing or the report shows the password")
            return 1
        return 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(run())
