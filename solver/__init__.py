"""CQ2C optimiser: exact, explained redeployment proposals from a `cq2c-instance/1` document.

Pure Python + OR-Tools; it knows nothing of the application, Qt or SQLAlchemy.

    from solver import solve, solve_json
    result = solve(doc, time_limit=30, progress=cb, should_stop=flag)   # -> Result
    result.to_dict()                                                    # -> cq2c-result/1
"""

from solver.check import check_result
from solver.model import Instance, InstanceError
from solver.parse import parse_instance
from solver.report import FEASIBLE, INVALID, OPTIMAL, ExplainedMove, Result, UnfilledPost
from solver.solve import Cancelled, greedy, greedy_json, solve, solve_json

__all__ = [
    "FEASIBLE", "INVALID", "OPTIMAL", "Cancelled", "ExplainedMove", "Instance", "InstanceError", "Result",
    "UnfilledPost", "check_result", "greedy", "greedy_json", "parse_instance", "solve", "solve_json",
]
