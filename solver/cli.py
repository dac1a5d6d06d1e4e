"""`python -m solver solve|greedy|generate|check`: the optimiser without the application.

Exit codes: 0 done; 1 `check` found violations; 2 bad input (unreadable file, invalid JSON, an
instance that breaks the format or whose locks cannot hold), with one line on stderr; 130 when
interrupted. Never a traceback for the user's mistakes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from solver.check import check_result
from solver.model import InstanceError
from solver.parse import parse_instance
from solver.report import INVALID, Result
from solver.solving import greedy, solve


class UsageError(Exception):
    """A mistake in the command line or the input files: one line for the user."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m solver", description="CQ2C redeployment optimiser")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("solve", help="exact lexicographic optimum of a cq2c-instance/1 document")
    run.add_argument("instance", type=Path)
    run.add_argument("--time-limit", type=float, default=None, metavar="S")
    run.add_argument("-o", "--output", type=Path, default=None)
    run.add_argument("--progress", action="store_true", help="print progress on stderr")
    base = sub.add_parser("greedy", help="the nearest-first baseline, for comparison")
    base.add_argument("instance", type=Path)
    base.add_argument("-o", "--output", type=Path, default=None)
    gen = sub.add_parser("generate", help="a synthetic instance (real units up to 3,321, synthetic beyond)")
    gen.add_argument("--units", type=int, required=True)
    gen.add_argument("--seed", type=int, default=2025)
    gen.add_argument("--staff-per-unit", type=int, default=42)
    gen.add_argument("--max-km", type=float, default=150.0, help="policy.max_km (0: no limit)")
    gen.add_argument("--wishers", type=float, default=0.0, metavar="SHARE", help="share of staff with wishes (1.1)")
    gen.add_argument("--capped", type=float, default=0.0, metavar="SHARE", help="share of sending units with max_out")
    gen.add_argument(
        "--previous",
        type=int,
        nargs="?",
        const=-1,
        default=None,
        metavar="N",
        help="add the optimum's moves without wishes and caps as `previous` (N of them: a sample)",
    )
    gen.add_argument("-o", "--output", type=Path, default=None)
    chk = sub.add_parser("check", help="check a result against its instance (rules 1-5, KPIs, explanations)")
    chk.add_argument("instance", type=Path)
    chk.add_argument("result", type=Path)
    return parser


def _load_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None


def _write(doc: dict[str, Any], output: Path | None) -> None:
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    if output is None:
        sys.stdout.write(text + "\n")
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


def _summary(result: Result) -> str:
    k = result.kpis
    return (
        f"{result.status}: filled {k['filled']}/{k['posts_short']} posts short, priority {k['priority_filled']}, "
        f"match {k['match_sum']}, volunteers {k['volunteers']}, wish score {k['wish_score']} "
        f"({k['wishes_granted']} wishes granted), kept {k['kept']}, {k['total_km']} km in all "
        f"(longest {k['max_km']} km), {result.seconds:.2f} s"
    )


def _report(result: Result, output: Path | None) -> int:
    _write(result.to_dict(), output)
    if result.status == INVALID:
        errors = result.errors
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        raise UsageError(f"invalid instance: {errors[0]}{more}")
    if output is not None:
        print(_summary(result))
    return 0


def _progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)


def _generate(args: argparse.Namespace) -> int:
    from solver.synth import default_units, generate_instance
    from solver.synth_wishes import add_wishes, cap_sending_units, previous_from

    if args.units < 1 or args.staff_per_unit < 1:
        raise UsageError("--units and --staff-per-unit must be at least 1")
    if not (0 <= args.wishers <= 1 and 0 <= args.capped <= 1):
        raise UsageError("--wishers and --capped are shares from 0 to 1")
    if args.previous is not None and args.previous < -1:
        raise UsageError("--previous takes a number of moves >= 0")
    policy = {"max_km": args.max_km, "destination_regions": ["mountain", "highland"]}
    if args.max_km <= 0:
        del policy["max_km"]
    doc = generate_instance(
        default_units(args.units, args.seed),
        seed=args.seed,
        staff_per_unit=args.staff_per_unit,
        name=f"Synthetic {args.units} units",
        policy=policy,
    )
    if args.previous is not None:  # the last run: the optimum before wishes and caps came in
        moves = solve(doc).to_dict()["moves"]
        doc["previous"] = previous_from(moves, None if args.previous < 0 else args.previous, args.seed)
    if args.wishers:
        add_wishes(doc, args.wishers, args.seed)
    if args.capped:
        cap_sending_units(doc, args.capped, args.seed)
    _write(doc, args.output)
    return 0


def _check(args: argparse.Namespace) -> int:
    try:
        instance = parse_instance(_load_json(args.instance))
    except InstanceError as exc:
        raise UsageError(f"invalid instance: {exc.errors[0]}") from None
    problems = check_result(instance, _load_json(args.result))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} violation(s)", file=sys.stderr)
    return 1 if problems else 0


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "solve":
        if args.time_limit is not None and args.time_limit < 0:
            raise UsageError("--time-limit must be >= 0")
        progress = _progress if args.progress else None
        return _report(solve(_load_json(args.instance), time_limit=args.time_limit, progress=progress), args.output)
    if args.command == "greedy":
        return _report(greedy(_load_json(args.instance)), args.output)
    if args.command == "generate":
        return _generate(args)
    return _check(args)


def _utf8_console() -> None:
    """Vietnamese text on a Windows console with a legacy code page would raise; write UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_console()
    try:
        return run(argv)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
