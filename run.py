"""One entry point for a fresh machine with only Python 3.11+: `python run.py app` or `python run.py test`.

It makes a virtual environment in `.venv`, installs the project and its development tools into
it (again only when pyproject.toml has changed), compiles the translations, then starts the app
on the demo plan or runs the whole test suite with the same checks as CI.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("$", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env=env)


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py may be started by an older Python
        raise SystemExit("CQ2C Planner needs Python 3.11 or newer / Cần Python 3.11 trở lên")
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        _run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        _run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev,build]")
        stamp.write_text(digest)
    _run(PYTHON, "scripts/i18n.py", "build")


def run_tests(extra: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    checks = [
        [str(BIN / "ruff"), "check", "."],
        [str(BIN / "ruff"), "format", "--check", "."],
        [str(PYTHON), "-m", "mypy"],
        [str(BIN / "lint-imports")],
    ]
    for check in checks:
        print("$", " ".join(check), flush=True)
        if subprocess.run(check, cwd=ROOT, env=env).returncode != 0:
            return 1
    return subprocess.run([str(PYTHON), "-m", "pytest", *extra], cwd=ROOT, env=env).returncode


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "app"
    ensure_environment()
    if command == "app":
        return subprocess.run([str(PYTHON), "-m", "cq2c_desktop.ui.app", "--demo", *sys.argv[2:]], cwd=ROOT).returncode
    if command == "test":
        return run_tests(sys.argv[2:])
    raise SystemExit("usage: python run.py [app|test] / cách dùng: python run.py [app|test]")


if __name__ == "__main__":
    sys.exit(main())
