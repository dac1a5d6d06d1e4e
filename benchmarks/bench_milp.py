"""The plain MILP the optimiser is compared with: one binary per candidate (person, post pair),
solved lexicographically by HiGHS (maximise priority, fix it, maximise match, fix it, ... minimise
distance), with rule 5 as one row per unit with `max_out`.

    python benchmarks/bench_milp.py COLUMNS.npz     # prints {"seconds": ..., "levels": [...]}

highspy and OR-Tools cannot be loaded in one process (they bundle clashing builds of HiGHS), so
this script imports neither the solver nor OR-Tools: `bench_solver.py` writes the columns (the
optimiser's candidate network expanded to people: same rules, no grouping) and runs it.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import highspy
import numpy as np

LEVEL_SENSES = (-1.0, -1.0, -1.0, -1.0, -1.0, 1.0)  # maximise levels 1-5, minimise distance


def _model(cols: Any) -> highspy.Highs:
    n_people, n_src, n_pair = int(cols["n_people"]), len(cols["free"]), len(cols["deficit"])
    n = len(cols["person"])
    max_out = cols["max_out"]
    capped_units = np.flatnonzero(max_out >= 0)
    cap_row = np.full(len(max_out), -1, dtype=np.int64)
    cap_row[capped_units] = n_people + n_src + n_pair + np.arange(len(capped_units))
    col_cap = cap_row[cols["unit_of_source"][cols["source"]]]
    base = np.vstack([cols["person"], n_people + cols["source"], n_people + n_src + cols["pair"]]).T
    per_col = 3 + (col_cap >= 0)
    index = np.full((n, 4), -1, dtype=np.int64)
    index[:, :3] = base
    index[:, 3] = col_cap
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n, n_people + n_src + n_pair + len(capped_units)
    lp.col_cost_ = np.zeros(n)
    lp.col_lower_, lp.col_upper_ = np.zeros(n), np.ones(n)
    lp.row_lower_ = np.zeros(lp.num_row_)
    lp.row_upper_ = np.concatenate(
        [np.ones(n_people), cols["free"], cols["deficit"], max_out[capped_units].astype(np.float64)]
    )
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.concatenate([[0], np.cumsum(per_col)]).astype(np.int32)
    lp.a_matrix_.index_ = index[index >= 0].astype(np.int32)
    lp.a_matrix_.value_ = np.ones(int(per_col.sum()))
    lp.integrality_ = [highspy.HighsVarType.kInteger] * n
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.passModel(lp)
    return h


def solve_milp(path: str) -> dict[str, Any]:
    start = time.perf_counter()
    cols = np.load(path)
    h = _model(cols)
    built = time.perf_counter()
    n = len(cols["person"])
    index = np.arange(n, dtype=np.int32)
    found: list[float] = []
    for level, sign in enumerate(LEVEL_SENSES):
        cost = sign * cols["levels"][level]
        if not cost.any():  # no column scores on this level: every plan has 0
            found.append(0.0)
            continue
        h.changeColsCost(n, index, cost)
        h.run()
        value = h.getInfo().objective_function_value
        found.append(sign * value)
        if level < len(LEVEL_SENSES) - 1:  # keep this level at its optimum while the next ones are optimised
            h.addRow(-highspy.kHighsInf, value + 1e-6, n, index, cost)
    return {
        "columns": n,
        "seconds": time.perf_counter() - start,
        "build_seconds": built - start,
        "levels": [*(round(v) for v in found[:5]), round(found[5], 3)],
    }


if __name__ == "__main__":
    print(json.dumps(solve_milp(sys.argv[1])))
