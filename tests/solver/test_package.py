"""The package's public names load on first use and stay what they are whatever was imported first."""

from __future__ import annotations

import subprocess
import sys


def test_public_names_after_any_submodule_import() -> None:
    code = (
        "import solver.catalog, solver.solving, solver.check\n"
        "from solver import solve, greedy, Cancelled, check_result, Result\n"
        "assert callable(solve) and callable(greedy) and callable(check_result)\n"
        "assert issubclass(Cancelled, Exception) and isinstance(Result, type)\n"
        "import solver\n"
        "assert set(solver.__all__) <= set(dir(solver))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_the_specialty_list_does_not_load_or_tools() -> None:
    code = "import sys, solver.catalog, solver.sphere; assert not {'ortools', 'numpy'} & set(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_no_submodule_shares_a_public_name() -> None:
    """Importing a submodule sets the package attribute of its name to the module, which would
    shadow a public function of that name loaded lazily (it happened to `solve` and `greedy`)."""
    from pathlib import Path

    import solver

    modules = {path.stem for path in Path(solver.__file__).parent.glob("*.py")}
    assert not modules & set(solver.__all__)
