"""The CLI: commands work, errors exit 2 with one line and no traceback, the instance follows the schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cq2c_desktop.cli import main
from cq2c_desktop.paths import resource_path

SCHEMA = json.loads(resource_path("schema/cq2c-instance-1.schema.json").read_text(encoding="utf-8"))


def test_info_json_reports_the_demo(demo_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(demo_plan), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["units"] == 166 and info["staff"] >= 5000
    mountain = info["shortage_by_region"].get("mountain", 0) + info["shortage_by_region"].get("highland", 0)
    assert mountain / info["shortage"] > 0.95
    assert info["posts"] > 6000


def test_info_text_is_readable(demo_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(demo_plan)]) == 0
    out = capsys.readouterr().out
    assert "Vùng cao (highland)" in out and "Cán bộ / Staff" in out


def test_export_instance_validates_against_the_schema(demo_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "inst.json"
    assert main(["export-instance", str(demo_plan), str(out)]) == 0
    instance = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(instance, SCHEMA)
    unit_ids = {u["id"] for u in instance["units"]}
    spec_ids = {s["id"] for s in instance["specialties"]}
    assert all(
        p["unit"] in unit_ids and p["home_unit"] in unit_ids and p["specialty"] in spec_ids for p in instance["staff"]
    )
    assert all(q["unit"] in unit_ids and q["specialty"] in spec_ids for q in instance["quotas"])
    assert instance["policy"] == {"max_km": 150.0, "destination_regions": ["mountain", "highland"]}


def test_schema_rejects_what_the_contract_forbids() -> None:
    bad = {
        "format": "cq2c-instance/1",
        "units": [{"id": "1", "name": "X", "kind": "tinh", "region": "urban", "lat": 0, "lon": 0}],
        "specialties": [],
        "staff": [],
        "quotas": [],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_demo_writes_a_new_plan_and_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "d.cq2c"
    assert main(["demo", str(target), "--quiet", "--staff-per-unit", "10"]) == 0
    assert target.exists() and not Path(f"{target}.part").exists()
    assert main(["demo", str(target), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("cq2c: ") and "\n" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["info", "does-not-exist.cq2c"],
        ["export-instance", "does-not-exist.cq2c", "out.json"],
        ["demo", "x.cq2c", "--units", "no-such-units.csv", "--quiet"],
    ],
)
def test_user_errors_exit_2_with_one_line(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_a_damaged_plan_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.cq2c"
    junk.write_bytes(b"\x00garbage" * 64)
    assert main(["info", str(junk)]) == 2
    assert "không phải phương án" in capsys.readouterr().err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["demo"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["demo", "x.cq2c", "--staff-per-unit", "-3"])
    assert exc.value.code == 2


def test_another_province_from_its_unit_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "units.csv"
    csv_path.write_text(
        "code,name,full_name,kind,lat,lon,area_km2\n"
        "001,A,Xã A,xa,21.0,104.0,100\n002,B,Phường B,phuong,21.1,105.8,20\n003,C,Xã C,xa,22.0,103.9,150\n",
        encoding="utf-8",
    )
    target = tmp_path / "p.cq2c"
    assert main(["demo", str(target), "--units", str(csv_path), "--province", "Sơn La", "--quiet"]) == 0
    assert main(["info", str(target), "--json"]) == 0
    info = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert info["units"] == 3 and info["province"] == "Sơn La"


def test_new_writes_an_empty_plan_with_the_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "trong.cq2c"
    assert main(["new", str(target), "--province", "Sơn La"]) == 0
    assert main(["info", str(target), "--json"]) == 0
    info = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert (info["units"], info["staff"], info["specialties"], info["province"]) == (0, 0, 12, "Sơn La")
    assert main(["new", str(target)]) == 2
