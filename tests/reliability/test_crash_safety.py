"""`kill -9` at random moments of demo, solve, import, approve, export, copy and restore.

Each scenario runs the CLI in child processes and kills them with SIGKILL three ways, many times:
- "cli": the real `python -m cq2c_desktop.cli …`, killed from outside after a random delay;
- "timer": the same `main(argv)` in a child forked from a process that imported the program once
  (tests/reliability/crash_zygote.py: a kill then costs the command's run, not Python's start-up),
  killed from outside at a random moment of the command's own run;
- "step": a forked child killed at a random SQL statement or COMMIT, and right before and right after
  a random COMMIT: the instants where a half-written state would show if there were one.
After each kill the plan passes `PRAGMA integrity_check`, opens, and holds exactly the state before or
the state after (row counts and a content hash); a file the command writes is absent or whole.

The default run is bounded (about 8 kills per command, < ~60 s in all). The soak run (`CQ2C_SOAK=1`,
marked slow) does CQ2C_SOAK_KILLS timer and step kills per command (default 25) and kills around every
COMMIT. CQ2C_CRASH_SEED repeats a run; CQ2C_CRASH_REPORT=FILE writes the figures to FILE.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from cq2c_desktop.cli import build_parser
from cq2c_desktop.services.approval import approve_moves
from cq2c_desktop.services.demo import build_demo
from cq2c_desktop.services.optimise import optimise
from cq2c_desktop.store.db import open_plan
from tests.reliability.crash_scenarios import (
    Outcome,
    Reference,
    Scenario,
    Zygote,
    cli_startup_seconds,
    judge,
    kill_cli,
    prepare,
    reference,
    spread,
)

SEED = int(os.environ.get("CQ2C_CRASH_SEED", "0") or 0) or random.SystemRandom().randrange(1, 10**6)
OUTCOMES: list[Outcome] = []
ROSTER_HEADER = [
    "Mã cán bộ",
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Dân tộc",
    "Đơn vị công tác",
    "Chức vụ",
    "Chuyên môn",
    "Ngạch",
    "Nơi ở hiện nay",
    "Có thể điều động",
    "Lý do không điều động",
    "Tự nguyện",
    "Số CCCD",
]


def _commands() -> set[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return set(actions[0].choices) if actions else set()  # type: ignore[attr-defined]


def _roster_csv(plan: Path, out: Path) -> Path:
    """Every person of three units with a new rank, and five new people: an import that changes rows."""
    connection = sqlite3.connect(plan)
    try:
        units = [r[0] for r in connection.execute("SELECT id FROM unit ORDER BY id LIMIT 3")]
        rows = connection.execute(
            "SELECT id, full_name, gender, birth_date, ethnicity, unit_id, position, specialty_id, home_unit_id, "
            "movable, exemption, volunteer, cccd FROM staff WHERE unit_id IN (?, ?, ?) ORDER BY id",
            units,
        ).fetchall()
    finally:
        connection.close()
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(ROSTER_HEADER)
        for row in rows:
            sid, name, gender, birth, ethnicity, unit, position, spec, home, movable, exemption, volunteer, cccd = row
            year, month, day = str(birth).split("-")
            writer.writerow(
                [
                    sid,
                    name,
                    "Nam" if gender == "nam" else "Nữ",
                    f"{day}/{month}/{year}",
                    ethnicity,
                    unit,
                    position,
                    spec,
                    "Chuyên viên chính",
                    home,
                    "x" if movable else "",
                    exemption or "",
                    "x" if volunteer else "",
                    cccd,
                ]
            )
        for i in range(5):
            writer.writerow(
                [
                    f"MOI{i:03d}",
                    f"Nguyễn Văn Mới {i}",
                    "Nam",
                    "01/01/1990",
                    "Kinh",
                    units[0],
                    "Công chức",
                    "dat_dai",
                    "Chuyên viên",
                    units[0],
                    "x",
                    "",
                    "",
                    f"0380900{i:05d}",
                ]
            )
    return out


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The files the scenarios start from: a small demo plan, solved, then approved; a roster file."""
    folder = tmp_path_factory.mktemp("crash-starts")
    base = build_demo(folder / "base.cq2c", seed=7, staff_per_unit=8)
    solved = folder / "solved.cq2c"
    shutil.copyfile(base, solved)
    plan = open_plan(solved)
    try:
        optimise(plan, method="greedy")
    finally:
        plan.close()
    approved = folder / "approved.cq2c"
    shutil.copyfile(solved, approved)
    plan = open_plan(approved)
    try:
        approve_moves(plan, all_moves=True)
    finally:
        plan.close()
    for path in (base, solved, approved):
        shutil.rmtree(path.with_name(path.name + ".backups"), ignore_errors=True)
    return {"base": base, "solved": solved, "approved": approved, "roster": _roster_csv(base, folder / "roster.csv")}


def _scenarios(starts: dict[str, Path]) -> dict[str, Scenario]:
    plan = "plan.cq2c"
    return {
        "demo": Scenario(
            "demo",
            {},
            lambda w: ["demo", str(w / "new.cq2c"), "--staff-per-unit", "6", "--seed", "3", "--quiet"],
            "new.cq2c",
        ),
        "solve": Scenario("solve", {plan: starts["base"]}, lambda w: ["solve", str(w / plan), "--quiet"], plan),
        "import": Scenario(
            "import",
            {plan: starts["base"], "roster.csv": starts["roster"]},
            lambda w: ["import", str(w / plan), "staff", str(w / "roster.csv"), "--quiet"],
            plan,
        ),
        "approve": Scenario("approve", {plan: starts["solved"]}, lambda w: ["approve", str(w / plan), "--all"], plan),
        "export": Scenario(
            "export",
            {plan: starts["approved"]},
            # --blanks: the demo has no signer; what is tested is the kill, not the settings check.
            lambda w: ["export", str(w / plan), "transfers", str(w / "list.xlsx"), "--quiet", "--blanks"],
            plan,
            output="list.xlsx",
            output_kind="xlsx",
        ),
        "copy": Scenario(
            "copy",
            {plan: starts["solved"]},
            lambda w: ["copy", str(w / plan), str(w / "copy.cq2c"), "--quiet"],
            plan,
            output="copy.cq2c",
        ),
        "restore": Scenario(
            "restore",
            {plan: starts["solved"], "old.cq2c": starts["base"]},
            lambda w: ["restore", str(w / plan), str(w / "old.cq2c")],
            plan,
        ),
    }


@dataclass(frozen=True)
class Budget:
    cli: int  # real `python -m cq2c_desktop.cli` processes killed from outside
    timer: int  # forked commands killed from outside at a random time
    step: int  # forked commands killed at a random SQL statement or COMMIT
    commits: int  # COMMITs to kill right before and right after


DEFAULT = Budget(cli=1, timer=3, step=2, commits=1)


def _kill_points(ref: Reference, rng: random.Random, budget: Budget, startup: float) -> list[tuple[str, float]]:
    points = [("cli", round(t, 3)) for t in spread(rng, 0.9 * startup, startup + 1.1 * ref.seconds, budget.cli)]
    points += [("timer", round(t, 4)) for t in spread(rng, 0.0, 1.1 * ref.seconds, budget.timer)]
    steps = {max(1, min(ref.steps, round(s))) for s in spread(rng, 1, ref.steps + 1, budget.step)}
    # The last COMMIT is the one that publishes the change (or the final checkpoint); then random others.
    chosen = ref.commits[-1:] + rng.sample(ref.commits[:-1], min(budget.commits - 1, len(ref.commits) - 1))
    for commit in chosen:
        steps |= {commit, commit + 1}  # the instant before the COMMIT, and the instant after it
    return points + [("step", float(s)) for s in sorted(steps)]


def _one(scenario: Scenario, work: Path, ref: Reference, zygote: Zygote, mode: str, point: float) -> Outcome:
    prepare(scenario, work)
    if mode == "cli":
        killed = kill_cli(scenario, work, point)
    elif mode == "timer":
        killed = bool(zygote.run(scenario.argv(work), work, kill_after=point)["killed"])
    else:
        killed = bool(zygote.run(scenario.argv(work), work, kill_at=int(point))["killed"])
    return judge(scenario, work, ref, mode, point, killed)


@pytest.fixture(scope="module")
def zygotes() -> Iterator[list[Zygote]]:
    started = [Zygote() for _ in range(max(2, min(4, os.cpu_count() or 2)))]
    yield started
    for zygote in started:
        zygote.close()


@pytest.fixture(scope="module")
def startup() -> float:
    return cli_startup_seconds()


def _run_scenario(
    name: str, starts: dict[str, Path], folder: Path, zygotes: list[Zygote], startup: float, budget: Budget
) -> list[Outcome]:
    assert name in _commands(), f"`cq2c {name}` is gone: its crash scenario would test nothing"
    scenario = _scenarios(starts)[name]
    ref = reference(scenario, folder / "reference", zygotes[0])
    points = _kill_points(ref, random.Random(f"{SEED}-{name}"), budget, startup)
    lanes = [points[i :: len(zygotes)] for i in range(len(zygotes))]

    def lane(index: int) -> list[Outcome]:
        return [
            _one(scenario, folder / f"k{index}-{n}", ref, zygotes[index], mode, point)
            for n, (mode, point) in enumerate(lanes[index])
        ]

    with ThreadPoolExecutor(max_workers=len(zygotes)) as pool:
        outcomes = [o for found in pool.map(lane, range(len(zygotes))) for o in found]
    OUTCOMES.extend(outcomes)
    return outcomes


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Iterator[None]:
    yield
    if not OUTCOMES:
        return
    tally = Counter((o.scenario, o.killed, o.state) for o in OUTCOMES)
    outputs = Counter((o.scenario, o.output) for o in OUTCOMES)
    # An output written whole while the plan is still "before": the file exists but the act that wrote it
    # (e.g. the export's audit event) did not reach the plan. Reported, for the command's owner.
    unrecorded = Counter(o.scenario for o in OUTCOMES if o.output == "whole" and o.state == "before")
    killed = sum(o.killed for o in OUTCOMES)
    lines = [
        f"crash test (seed {SEED}): {len(OUTCOMES)} kill points tried ({killed} landed while the command ran, "
        f"the rest after it ended), {len(OUTCOMES)} survived"
    ]
    for name in dict.fromkeys(o.scenario for o in OUTCOMES):
        finished = tally[(name, False, "after")] + tally[(name, False, "unchanged")]
        lines.append(
            f"  {name:<8} killed→before {tally[(name, True, 'before')]:>3}  killed→after "
            f"{tally[(name, True, 'after')]:>3}  killed→unchanged {tally[(name, True, 'unchanged')]:>3}  "
            f"finished first {finished:>3}"
            + (
                f"  output absent {outputs[(name, 'absent')]} whole {outputs[(name, 'whole')]}"
                f" (whole but not yet on record {unrecorded[name]})"
                if outputs[(name, "-")] == 0
                else ""
            )
        )
    print("\n" + "\n".join(lines))
    report = os.environ.get("CQ2C_CRASH_REPORT")
    if report:
        Path(report).write_text("\n".join(lines) + "\n", encoding="utf-8")


SCENARIOS = ["demo", "solve", "import", "approve", "export", "copy", "restore"]


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_killed_command_leaves_the_plan_before_or_after(
    name: str, starts: dict[str, Path], tmp_path: Path, zygotes: list[Zygote], startup: float
) -> None:
    outcomes = _run_scenario(name, starts, tmp_path, zygotes, startup, DEFAULT)
    assert len(outcomes) >= 6
    assert sum(o.killed for o in outcomes) >= 3, "too few kills landed while the command was running"


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("CQ2C_SOAK") != "1", reason="soak test: set CQ2C_SOAK=1 to run it")
@pytest.mark.parametrize("name", SCENARIOS)
def test_soak_many_kills(
    name: str, starts: dict[str, Path], tmp_path: Path, zygotes: list[Zygote], startup: float
) -> None:
    each = int(os.environ.get("CQ2C_SOAK_KILLS", "25"))
    outcomes = _run_scenario(
        name, starts, tmp_path, zygotes, startup, Budget(cli=max(1, each // 5), timer=each, step=each, commits=each)
    )
    assert sum(o.killed for o in outcomes) >= each
