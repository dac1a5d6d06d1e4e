"""Benchmark of the optimiser (issues 4 and 17): Thanh Hóa and national synthetic instances, in
version 1 and with the keys of version 1.1 (wishes, sending caps, a previous proposal).

    python benchmarks/bench_solver.py                # all four cases, MILP comparison at province size
    python benchmarks/bench_solver.py --case thanh_hoa_1.1 --milp

Each case runs in a child process, so that its peak memory (getrusage) is its own. For each case
it prints: the solve time inside the solver (wall and CPU, by stage), candidate (person, post)
pairs, peak memory, status, what the independent checker says of the optimum and of greedy; a
plain person-level MILP of the same model solved lexicographically by HiGHS (time ratio, objective
levels); greedy side by side, the price in km of the optimum, and the km of the best plan that
fills exactly greedy's posts. A 1.1 case is its version-1 instance with wishes for a share of the
staff, `max_out` on a share of the sending units, and as `previous` the version-1 optimum's moves
(all of them, or a sample of the size the issue names), solved first in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from solver import check_result, greedy, solve, solve_json  # noqa: E402
from solver.context import prepare  # noqa: E402
from solver.lexflow import solve_lexicographic  # noqa: E402
from solver.network import DISTANCE, MATCH, PRIORITY, flow_problem  # noqa: E402
from solver.parse import parse_instance  # noqa: E402
from solver.synth import default_units, generate_instance  # noqa: E402
from solver.synth_wishes import add_wishes, cap_sending_units, previous_from  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_columns import candidate_counts, write_columns  # noqa: E402

CASES: dict[str, dict[str, Any]] = {
    "thanh_hoa": {"units": 166, "staff_per_unit": 44, "seed": 2025},
    "national": {"units": 3321, "staff_per_unit": 48, "seed": 2025},
    # Issue 17: ~6 % wishers, 15 % of sending units capped, the last run's proposal (< 1 s).
    "thanh_hoa_1.1": {"base": "thanh_hoa", "wishers": 0.06, "capped": 0.15, "previous": None, "target": 1.0},
    # Issue 17: ~3 % wishers, 10 % capped, a previous proposal of ~3,500 moves (OPTIMAL < 20 s, < 3 GB).
    "national_1.1": {"base": "national", "wishers": 0.03, "capped": 0.10, "previous": 3500, "target": 20.0},
}
LEVEL_NAMES = ("priority", "match x100", "volunteers", "wish score", "kept", "km")


def base_instance(case: str) -> dict[str, Any]:
    spec = CASES[case]
    units = default_units(spec["units"])
    return generate_instance(
        units,
        seed=spec["seed"],
        staff_per_unit=spec["staff_per_unit"],
        name=case,
        policy={"max_km": 150, "destination_regions": ["mountain", "highland"]},
    )


def make_instance(case: str) -> dict[str, Any]:
    spec = CASES[case]
    if "base" not in spec:
        return base_instance(case)
    doc = base_instance(spec["base"])
    doc["name"] = case
    add_wishes(doc, spec["wishers"])
    cap_sending_units(doc, spec["capped"])
    doc["previous"] = previous_from(_last_run(spec["base"]), spec["previous"])
    return doc


def _last_run(case: str) -> list[dict[str, Any]]:
    """The version-1 optimum's moves (the proposal the officer looked at), solved in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "moves.json"
        subprocess.run([sys.executable, __file__, "--last-run", case, str(path)], check=True)
        moves: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return moves


def timed_solve(doc: dict[str, Any]) -> tuple[Any, list[tuple[str, float]], float]:
    """solve() with the time spent in each stage, read off the progress callback, and its CPU time."""
    marks: list[tuple[str, float]] = []
    cpu = time.process_time()
    result = solve(doc, progress=lambda done, total, message: marks.append((message, time.perf_counter())))
    cpu = time.process_time() - cpu
    stages = [(marks[i][0], marks[i + 1][1] - marks[i][1]) for i in range(len(marks) - 1)]
    return result, stages, cpu


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
    problem.costs[MATCH:DISTANCE] = 0  # keep level 1 (fill every one of those posts), then distance only
    flow = solve_lexicographic(problem).flow
    assert PRIORITY == 0
    return float((problem.costs[DISTANCE] * flow).sum()) / ctx.net.km_scale


def run_case(case: str, with_milp: bool) -> dict[str, Any]:
    doc = make_instance(case)
    result, stages, cpu = timed_solve(doc)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the solve's peak, before the rest
    base = greedy(doc)
    instance = parse_instance(doc)
    ctx = prepare(instance)
    pairs, group_arcs = candidate_counts(ctx)
    best_doc, base_doc = result.to_dict(), base.to_dict()
    out: dict[str, Any] = {
        "case": case,
        "units": len(doc["units"]),
        "staff": len(doc["staff"]),
        "wishers": sum(1 for s in doc["staff"] if s.get("wishes")),
        "capped_units": sum(1 for u in doc["units"] if u.get("max_out") is not None),
        "previous": len(doc.get("previous", [])),
        "target": CASES[case].get("target"),
        "status": result.status,
        "seconds": result.seconds,
        "cpu_seconds": cpu,
        "peak_mb": peak,
        "stages": stages,
        "checker": [len(check_result(instance, best_doc)), len(check_result(instance, base_doc))],
        "not_granted": Counter(w["reason"] for w in best_doc["wishes_not_granted"]).most_common(),
        "candidate_pairs": pairs,
        "group_arcs": group_arcs,
        "network_nodes": ctx.net.num_nodes,
        "network_arcs": len(ctx.net.tail),
        "optimum": result.kpis,
        "greedy": base.kpis,
        "greedy_seconds": base.seconds,
        "same_posts_km": same_posts_km(doc, base_doc["moves"]),
    }
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
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])  # HiGHS may print a banner first
    return figures


def _row(label: str, a: Any, b: Any) -> str:
    return f"  {label:<34}{a!s:>14}{b!s:>14}"


def _levels(kpis: dict[str, Any]) -> list[float]:
    return [
        kpis["priority_filled"],
        round(kpis["match_sum"] * 100),
        kpis["volunteers"],
        kpis["wish_score"],
        kpis["kept"],
        kpis["total_km"],
    ]


def print_case(r: dict[str, Any]) -> None:
    opt, grd = r["optimum"], r["greedy"]
    print(f"\n== {r['case']}: {r['units']} units, {r['staff']:,} staff, max_km 150 ==")
    if r["wishers"] or r["capped_units"] or r["previous"]:
        print(
            f"  version 1.1: {r['wishers']:,} wishers ({r['wishers'] / r['staff']:.1%}), "
            f"{r['capped_units']} units with max_out, previous proposal of {r['previous']:,} moves"
        )
    target = r["target"]
    verdict = "" if target is None else f" (target < {target:g} s: {'met' if r['seconds'] < target else 'NOT met'})"
    print(
        f"  status {r['status']}; solve time inside the solver {r['seconds']:.2f} s wall, {r['cpu_seconds']:.2f} s CPU"
        f"{verdict}; peak memory {r['peak_mb']:.0f} MB"
    )
    print("  stages: " + "; ".join(f"{name} {sec:.2f} s" for name, sec in r["stages"]))
    print(
        f"  candidate (person, post) pairs {r['candidate_pairs']:,}; group arcs {r['group_arcs']:,}; "
        f"network {r['network_nodes']:,} nodes, {r['network_arcs']:,} arcs"
    )
    print(f"  independent checker: optimum {r['checker'][0]} violations, greedy {r['checker'][1]} violations")
    if "milp" in r:
        m = r["milp"]
        mine = _levels(opt)
        same = m["levels"][:5] == mine[:5] and abs(m["levels"][5] - mine[5]) < 0.5
        print(
            f"  HiGHS MILP (person level, {m['columns']:,} columns): {m['seconds']:.2f} s "
            f"(build {m['build_seconds']:.2f} s) -> {m['seconds'] / r['seconds']:.1f}x the solver's time; "
            f"levels {m['levels']} {'equal' if same else 'DIFFERENT'}"
        )
    print(_row("", "optimum", "greedy"))
    keys = ["posts_short", "filled", "priority_filled", "match_sum", "volunteers"]
    if r["wishers"] or r["previous"]:
        keys += ["wish_score", "wishes_granted", "kept"]
    keys += ["total_km", "mean_km", "max_km", "max_source_moves", "max_source_share", "volunteer_share"]
    for key in keys:
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
    if r["not_granted"]:
        listed = ", ".join(f"{reason} {n}" for reason, n in r["not_granted"])
        print(f"  wishers with no wish granted, by the first wish's reason: {listed}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--milp", action="store_true", help="also solve the person-level MILP with HiGHS")
    parser.add_argument("--json", action="store_true", help="print the raw figures (used by the parent)")
    parser.add_argument("--last-run", nargs=2, metavar=("CASE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.last_run:
        case, out = args.last_run
        Path(out).write_text(json.dumps(solve_json(make_instance(case))["moves"]), encoding="utf-8")
        return
    if args.case:
        figures = run_case(args.case, args.milp)
        print(json.dumps(figures) if args.json else "", end="\n" if args.json else "")
        if not args.json:
            print_case(figures)
        return
    for case, milp in (("thanh_hoa", True), ("thanh_hoa_1.1", True), ("national", False), ("national_1.1", False)):
        done = subprocess.run(
            [sys.executable, __file__, "--case", case, "--json", *(["--milp"] if milp else [])],
            capture_output=True,
            text=True,
            check=True,
        )
        print_case(json.loads(done.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
