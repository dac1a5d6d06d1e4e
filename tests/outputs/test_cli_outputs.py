"""`cq2c approve`, `cq2c export … transfers|decisions`, `cq2c report`: exit codes and files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from cq2c_desktop.cli import main
from cq2c_desktop.domain.settings import SupportPolicy
from cq2c_desktop.io.support_cost import entitlement, format_vnd

from .conftest import APPROVED, PROPOSED
from .fake_run import DOCUMENT_SETTINGS, add_fake_run, fill_sample_settings
from .test_export_transfers import _approved_people


@pytest.fixture
def unapproved_plan(demo_plan_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "fresh.cq2c"
    shutil.copyfile(demo_plan_template, path)
    add_fake_run(path, moves=5, approve=0)
    return path


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("cq2c: ") and "\n" not in err and "Traceback" not in err
    return err


def test_nothing_approved_says_so_and_exits_2(
    unapproved_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ds.xlsx"
    assert main(["export", str(unapproved_plan), "transfers", str(out), "--quiet"]) == 2
    assert "chưa có đề xuất nào được duyệt" in _one_line_error(capsys) and not out.exists()
    assert main(["export", str(unapproved_plan), "decisions", str(tmp_path / "qd.pdf"), "--quiet"]) == 2


def test_approve_then_export_everything(
    unapproved_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["approve", str(unapproved_plan), "--ids", "1,2", "3"]) == 0
    assert "approved 3" in capsys.readouterr().out
    assert main(["approve", str(unapproved_plan), "--all"]) == 0
    fill_sample_settings(unapproved_plan, DOCUMENT_SETTINGS)
    outputs = [
        ("transfers", "ds.xlsx", []),
        ("decisions", "qd.pdf", []),
        ("decisions", "qd.docx", []),
        ("decisions", "qd_chung.pdf", ["--collective"]),
    ]
    for kind, name, extra in outputs:
        assert main(["export", str(unapproved_plan), kind, str(tmp_path / name), "--quiet", *extra]) == 0
        assert (tmp_path / name).stat().st_size > 1000
    assert "5 người / people" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(tmp_path / "ds.xlsx")["Danh sách"]
    assert sheet["A5"].value.startswith("DANH SÁCH")


def test_usage_mistakes_exit_2(approved_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = str(approved_plan)
    mistakes = [
        ["export", plan, "transfers", str(tmp_path / "ds.csv")],
        ["export", plan, "decisions", str(tmp_path / "qd.odt")],
        ["export", plan, "decisions", str(tmp_path / "qd.pdf"), "--by", "source"],  # --cccd is allowed: birth dates
        ["export", plan, "transfers", str(tmp_path / "ds.xlsx"), "--collective"],
        ["export", plan, "transfers", str(tmp_path / "ds.xlsx"), "--run", "7"],
        ["approve", plan, "--ids", "12345"],
    ]
    for argv in mistakes:
        assert main([*argv, *(["--quiet"] if argv[0] == "export" else [])]) == 2, argv
        _one_line_error(capsys)
    assert not list(tmp_path.glob("ds.*")) and not list(tmp_path.glob("qd.*"))
    with pytest.raises(SystemExit):
        main(["approve", plan])  # --all or --ids is required (argparse exits 2)


def test_report(approved_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(approved_plan)]) == 0
    text = capsys.readouterr().out
    people = _approved_people(approved_plan)
    expected = sum(entitlement(SupportPolicy(), region, 0.0).total_vnd for *_p, region in people)
    assert f"Tổng kinh phí hỗ trợ / Total support: {format_vnd(expected)} đồng" in text
    assert main(["report", str(approved_plan), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["approved"]["people"] == APPROVED and report["standing"]["people"] == PROPOSED
    assert report["statuses"] == {"approved": APPROVED, "proposed": PROPOSED - APPROVED}


def test_missing_settings_are_named_and_nothing_is_written(
    unapproved_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fresh plan lacks what only the officer knows: the export names each setting, in both
    languages, and writes nothing; --blanks writes a draft with dotted blanks instead."""
    assert main(["approve", str(unapproved_plan), "--all"]) == 0
    capsys.readouterr()
    decisions, listing = tmp_path / "qd.pdf", tmp_path / "ds.xlsx"
    assert main(["export", str(unapproved_plan), "decisions", str(decisions), "--quiet"]) == 2
    err = _one_line_error(capsys)
    assert "Chưa thể xuất văn bản để ký" in err and "Cannot write a signable document" in err
    for key in (
        "documents.signer_name",
        "documents.proposal_number",
        "documents.proposal_date",
        "support.resolution.date",
        "support.resolution.title",
        "legal_bases.6.date",
    ):
        assert f"({key})" in err, key
    assert "Họ tên người ký quyết định" in err and "Name of the decision's signer" in err
    assert main(["export", str(unapproved_plan), "transfers", str(listing), "--quiet"]) == 2
    err = _one_line_error(capsys)
    assert "(documents.list_signer_name)" in err and "(documents.signer_name)" not in err
    assert not decisions.exists() and not listing.exists()
    assert main(["export", str(unapproved_plan), "decisions", str(decisions), "--quiet", "--blanks"]) == 0
    assert decisions.exists() and "Lưu ý: chưa đối chiếu với văn bản gốc" in capsys.readouterr().err
    fill_sample_settings(unapproved_plan, DOCUMENT_SETTINGS)
    assert main(["export", str(unapproved_plan), "transfers", str(listing), "--quiet"]) == 0
