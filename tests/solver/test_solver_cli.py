"""`python -m solver`: outputs, and exit code 2 with one line (no traceback) on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from solver_testkit import instance, person, unit

from solver.cli import main


@pytest.fixture
def small(tmp_path: Path) -> Path:
    doc = instance(
        [unit("L", 19.8, 105.8, "urban"), unit("M", 20.3, 105.2, "mountain", priority=2)],
        [person("S1", "L", "a"), person("S2", "L", "a", volunteer=True)],
        {("L", "a"): 1, ("M", "a"): 1},
    )
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_solve_to_stdout_and_file(small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", str(small)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "OPTIMAL" and [m["staff"] for m in result["moves"]] == ["S2"]
    out = tmp_path / "out.json"
    assert main(["solve", str(small), "--time-limit", "30", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["kpis"]["filled"] == 1
    assert capsys.readouterr().out.startswith("OPTIMAL: filled 1/1")


def test_greedy_and_check(small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "greedy.json"
    assert main(["greedy", str(small), "-o", str(out)]) == 0
    assert main(["check", str(small), str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["kpis"]["filled"] = 5
    out.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", str(small), str(out)]) == 1
    assert "kpis.filled" in capsys.readouterr().out


def test_generate_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["generate", "--units", "12", "--seed", "5", "--staff-per-unit", "10", "-o", str(first)]) == 0
    assert main(["generate", "--units", "12", "--seed", "5", "--staff-per-unit", "10", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["format"] == "cq2c-instance/1" and len(doc["units"]) == 12


@pytest.mark.parametrize(
    "content", ["{not json", json.dumps({"format": "cq2c-instance/1", "units": []}), json.dumps([1, 2])]
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["solve", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_missing_file_and_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["greedy", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["solve", str(tmp_path / "nope.json"), "--time-limit", "-1"]) == 2
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2


def test_module_entry_point_has_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "cq2c-instance/1"}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "solver", "solve", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("error: invalid instance: units: missing required key")


def test_generate_version_1_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Wishes, capped sending units and the optimum's moves as `previous`: a document that follows
    the schema, solves and checks clean."""
    import jsonschema

    from solver import check_result, parse_instance, solve_json

    out = tmp_path / "v11.json"
    args = ["generate", "--units", "40", "--seed", "3", "--staff-per-unit", "20", "-o", str(out)]
    assert main([*args, "--wishers", "0.1", "--capped", "0.2", "--previous", "12"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    schema_path = Path(__file__).resolve().parents[2] / "resources" / "schema" / "cq2c-instance-1.schema.json"
    jsonschema.validate(doc, json.loads(schema_path.read_text(encoding="utf-8")))
    wishers = [s for s in doc["staff"] if s.get("wishes")]
    assert len(wishers) == round(0.1 * len(doc["staff"]))
    assert all(1 <= len(s["wishes"]) <= 3 and len(set(s["wishes"])) == len(s["wishes"]) for s in wishers)
    assert sum(1 for u in doc["units"] if "max_out" in u) >= 1 and len(doc["previous"]) == 12
    result = solve_json(doc)
    assert result["status"] == "OPTIMAL" and result["kpis"]["wish_score"] > 0 and result["kpis"]["kept"] > 0
    assert check_result(parse_instance(doc), result) == []
    assert main([*args, "--wishers", "1.5"]) == 2
    assert "shares from 0 to 1" in capsys.readouterr().err
