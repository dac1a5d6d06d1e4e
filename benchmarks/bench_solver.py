"""Benchmark of the optimiser (issue 4): Thanh Hóa and national synthetic instances.

    python benchmarks/bench_solver.py                # both cases, MILP comparison at province size
    python benchmarks/bench_solver.py --case thanh_hoa --milp

Each case runs in a child process, so that its peak memory (getrusage) is its own. For each case
it prints: the solve time inside the solver (by stage), candidate (person, post) pairs, peak
memory, status; a plain person-level MILP of the same model solved lexicographically by HiGHS
(time ratio, objective levels); greedy side by side, the price in km of the optimum, and the km of
the best plan that fills exactly greedy's posts.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from solver import greedy, solve  # noqa: E402
from solver.context import prepare  # noqa: E402
from solver.lexflow import solve_lexicographic  # noqa: E402
from solver.network import flow_problem  # noqa: E402
from solver.parse import parse_instance  # noqa: E402
from solver.synth import default_units, generate_instance  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_columns import candidate_counts, write_columns  # noqa: E402

CASES = {
    "thanh_hoa": {"units": 166, "staff_per_unit": 44, "seed": 2025},
    "national": {"units": 3321, "staff_per_unit": 48, "seed": 2025},
}


def make_instance(case: str) -> dict[str, Any]:
    spec = CASES[case]
    units = default_units(spec["units"])
    return generate_instance(
        units,
        seed=spec["seed"],
        staff_per_unit=spec["staff_per_unit"],
        name=case,
        policy={"max_km": 150, "destination_regions": ["mountain", "highland"]},
    )


def timed_solve(doc: dict[str, Any]) -> tuple[Any, list[tuple[str, float]]]:
    """solve() with the time spent in each stage, read off the progress callback."""
    marks: list[tuple[str, float]] = []
    result = solve(doc, progress=lambda done, total, message: marks.append((message, time.perf_counter())))
    stages = [(marks[i][0], marks[i + 1][1] - marks[i][1]) for i in range(len(marks) - 1)]
    return result, stages


def same_posts_km(doc: dict[str, Any], greedy_moves: list[dict[str, Any]]) -> float:
    """Total km of the shortest plan that fills exactly the posts greedy fills (same pairs, same counts)."""
    filled: dict[tuple[str, str], int] = {}
    for m in greedy_moves:
        filled[m["to"], m["specialty"]] = filled.get((m["to"], m["specialty"]), 0) + 1
    current: dict[tuple[str, str], int] = {}
    for s in doc["staff"]:
        current[s["unit"], s["specialty"]] = current.get((s["unit"], s["specialty"]), 0) + 1
    quotas = []
    for q in doc["quotas"]:
        pair = (q["unit"], q["specialty"])
        have = current.get(pair, 0)
        posts = have + filled.get(pair, 0) if q["posts"] > have else q["posts"]
        quotas.append({**q, "posts": posts})
    ctx = prepare(parse_instance({**doc, "quotas": quotas}))
    problem = flow_problem(ctx.net)
    problem.costs[1:3] = 0  # keep level 1 (fill every one of those posts), then distance only
    flow = solve_lexicographic(problem).flow
    return float((problem.costs[3] * flow).sum()) / ctx.net.km_scale


def run_case(case: str, with_milp: bool) -> dict[str, Any]:
    doc = make_instance(case)
    result, stages = timed_solve(doc)
    base = greedy(doc)
    ctx = prepare(parse_instance(doc))
    pairs, group_arcs = candidate_counts(ctx)
    out: dict[str, Any] = {
        "case": case,
        "units": len(doc["units"]),
        "staff": len(doc["staff"]),
        "status": result.status,
        "seconds": result.seconds,
        "stages": stages,
        "candidate_pairs": pairs,
        "group_arcs": group_arcs,
        "network_nodes": ctx.net.num_nodes,
        "network_arcs": len(ctx.net.tail),
        "optimum": result.kpis,
        "greedy": base.kpis,
        "greedy_seconds": base.seconds,
        "same_posts_km": same_posts_km(doc, base.to_dict()["moves"]),
    }
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if with_milp:
        out["milp"] = run_milp(ctx)
    return out


def run_milp(ctx: Any) -> dict[str, Any]:
    """The MILP in its own process (highspy and OR-Tools cannot share one)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "columns.npz"
        write_columns(ctx, path)
        done = subprocess.run(
            [sys.executable, str(Path(__file__).parent / "bench_milp.py"), str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def _row(label: str, a: Any, b: Any) -> str:
    return f"  {label:<34}{a!s:>14}{b!s:>14}"


def print_case(r: dict[str, Any]) -> None:
    opt, grd = r["optimum"], r["greedy"]
    print(f"\n== {r['case']}: {r['units']} units, {r['staff']:,} staff, max_km 150 ==")
    print(
        f"  status {r['status']}; solve time inside the solver {r['seconds']:.2f} s; peak memory {r['peak_mb']:.0f} MB"
    )
    print("  stages: " + "; ".join(f"{name} {sec:.2f} s" for name, sec in r["stages"]))
    print(
        f"  candidate (person, post) pairs {r['candidate_pairs']:,}; group arcs {r['group_arcs']:,}; "
        f"network {r['network_nodes']:,} nodes, {r['network_arcs']:,} arcs"
    )
    if "milp" in r:
        m = r["milp"]
        same = (
            m["levels"][:3] == [opt["priority_filled"], round(opt["match_sum"] * 100), opt["volunteers"]]
            and abs(m["levels"][3] - opt["total_km"]) < 0.5
        )
        print(
            f"  HiGHS MILP (person level, {m['columns']:,} columns): {m['seconds']:.2f} s "
            f"(build {m['build_seconds']:.2f} s) -> {m['seconds'] / r['seconds']:.1f}x the solver's time; "
            f"levels {m['levels']} {'equal' if same else 'DIFFERENT'}"
        )
    print(_row("", "optimum", "greedy"))
    for key in (
        "posts_short",
        "filled",
        "priority_filled",
        "match_sum",
        "volunteers",
        "total_km",
        "mean_km",
        "max_km",
        "max_source_moves",
        "max_source_share",
        "volunteer_share",
    ):
        print(_row(key, opt[key], grd[key]))
    gain = {key: opt[key] - grd[key] for key in ("filled", "priority_filled", "match_sum", "volunteers", "total_km")}
    print(
        f"  optimum over greedy: {gain['filled']:+} posts, {gain['priority_filled']:+} priority, "
        f"{gain['match_sum']:+.2f} match, {gain['volunteers']:+} volunteers; price {gain['total_km']:+.1f} km"
    )
    print(
        f"  shortest plan filling exactly greedy's {grd['filled']} posts: {r['same_posts_km']:.1f} km "
        f"(greedy's nearest-first: {grd['total_km']:.1f} km, {grd['total_km'] - r['same_posts_km']:+.1f} km)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--milp", action="store_true", help="also solve the person-level MILP with HiGHS")
    parser.add_argument("--json", action="store_true", help="print the raw figures (used by the parent)")
    args = parser.parse_args()
    if args.case:
        figures = run_case(args.case, args.milp)
        print(json.dumps(figures) if args.json else "", end="\n" if args.json else "")
        if not args.json:
            print_case(figures)
        return
    for case, milp in (("thanh_hoa", True), ("national", False)):
        done = subprocess.run(
            [sys.executable, __file__, "--case", case, "--json", *(["--milp"] if milp else [])],
            capture_output=True,
            text=True,
            check=True,
        )
        print_case(json.loads(done.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
