"""CQ2C optimiser: exact, explained redeployment proposals from a `cq2c-instance/1` document
(with the optional keys of version 1.1: wishes, sending caps, the previous proposal).

Pure Python + OR-Tools; it knows nothing of the application, Qt or SQLAlchemy.

    from solver import solve, solve_json
    result = solve(doc, time_limit=30, progress=cb, should_stop=flag)   # -> Result
    result.to_dict()                                                    # -> cq2c-result/1
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from solver.cancel import Cancelled
    from solver.check import check_result
    from solver.model import Instance, InstanceError
    from solver.parse import parse_instance
    from solver.report import FEASIBLE, INVALID, OPTIMAL, ExplainedMove, Result, UnfilledPost, WishNotGranted
    from solver.solving import greedy, greedy_json, solve, solve_json

# Loaded on first use (PEP 562): `import solver.catalog` (the specialty list) must not pull in
# OR-Tools and NumPy, which cost the desktop app 0.3 s at start. (No submodule may share a name
# with these: importing it would make the package attribute the module, hence `solving`.)
_WHERE = {
    "check_result": "solver.check",
    "Instance": "solver.model",
    "InstanceError": "solver.model",
    "parse_instance": "solver.parse",
    "FEASIBLE": "solver.report",
    "INVALID": "solver.report",
    "OPTIMAL": "solver.report",
    "ExplainedMove": "solver.report",
    "Result": "solver.report",
    "UnfilledPost": "solver.report",
    "WishNotGranted": "solver.report",
    "Cancelled": "solver.cancel",
    "greedy": "solver.solving",
    "greedy_json": "solver.solving",
    "solve": "solver.solving",
    "solve_json": "solver.solving",
}
__all__ = [
    "FEASIBLE",
    "INVALID",
    "OPTIMAL",
    "Cancelled",
    "ExplainedMove",
    "Instance",
    "InstanceError",
    "Result",
    "UnfilledPost",
    "WishNotGranted",
    "check_result",
    "greedy",
    "greedy_json",
    "parse_instance",
    "solve",
    "solve_json",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'solver' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
