"""The plain MILP the optimiser is compared with: one binary per candidate (person, post pair),
solved lexicographically by HiGHS (maximise priority, fix it, maximise match, fix it, ...).

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


def _model(cols: Any) -> highspy.Highs:
    n_people, n_src = int(cols["n_people"]), len(cols["free"])
    n = len(cols["person"])
    rows = np.vstack([cols["person"], n_people + cols["source"], n_people + n_src + cols["pair"]]).T.ravel()
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n, n_people + n_src + len(cols["deficit"])
    lp.col_cost_ = np.zeros(n)
    lp.col_lower_, lp.col_upper_ = np.zeros(n), np.ones(n)
    lp.row_lower_ = np.zeros(lp.num_row_)
    lp.row_upper_ = np.concatenate([np.ones(n_people), cols["free"], cols["deficit"]]).astype(np.float64)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 3 * n + 1, 3, dtype=np.int32)
    lp.a_matrix_.index_ = rows.astype(np.int32)
    lp.a_matrix_.value_ = np.ones(3 * n)
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
    for level, sign in ((0, -1.0), (1, -1.0), (2, -1.0), (3, 1.0)):
        cost = sign * cols["levels"][level]
        h.changeColsCost(n, index, cost)
        h.run()
        value = h.getInfo().objective_function_value
        found.append(sign * value)
        if level < 3:  # keep this level at its optimum while the next one is optimised
            h.addRow(-highspy.kHighsInf, value + 1e-6, n, index, cost)
    return {
        "columns": n,
        "seconds": time.perf_counter() - start,
        "build_seconds": built - start,
        "levels": [round(found[0]), round(found[1]), round(found[2]), round(found[3], 3)],
    }


if __name__ == "__main__":
    print(json.dumps(solve_milp(sys.argv[1])))
