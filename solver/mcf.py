"""OR-Tools' integer min-cost flow on numpy arrays."""

from __future__ import annotations

import numpy as np
from ortools.graph.python import min_cost_flow

from solver.geo import IntArray


class FlowInfeasibleError(RuntimeError):
    """No flow meets the supplies: the locks cannot hold together."""


def min_cost_flow_int(
    num_nodes: int, supply: IntArray, tail: IntArray, head: IntArray, cap: IntArray, cost: IntArray
) -> IntArray:
    """An optimal flow (one value per arc); costs and capacities are int64."""
    solver = min_cost_flow.SimpleMinCostFlow()
    # Two zero-capacity arcs make sure every node id exists for OR-Tools, whatever arcs remain.
    tails = np.concatenate([tail, [0, num_nodes - 1]]).astype(np.int32)
    heads = np.concatenate([head, [num_nodes - 1, 0]]).astype(np.int32)
    solver.add_arcs_with_capacity_and_unit_cost(
        tails, heads, np.concatenate([cap, [0, 0]]).astype(np.int64), np.concatenate([cost, [0, 0]]).astype(np.int64)
    )
    solver.set_nodes_supplies(np.arange(num_nodes, dtype=np.int32), supply.astype(np.int64))
    status = solver.solve()
    if status == solver.INFEASIBLE:
        raise FlowInfeasibleError("no flow meets the supplies")
    if status != solver.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    flows: IntArray = np.asarray(solver.flows(np.arange(len(tail), dtype=np.int32)), dtype=np.int64)
    return flows
