"""`cq2c settings PLAN [KEY [VALUE]]`: the same keys as the documents' check, set from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cq2c_desktop.cli import main
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import open_plan
from cq2c_desktop.store.models import AuditEvent


def _settings(path: Path):  # type: ignore[no-untyped-def]
    plan = open_plan(path)
    try:
        with plan.begin() as s:
            return load_settings(s), [(e.action, e.details) for e in s.scalars(select(AuditEvent))]
    finally:
        plan.close()


def test_lists_reads_and_sets_keys_audited(demo_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", str(demo_plan)]) == 0
    listing = capsys.readouterr().out
    for key in ("policy.max_km = 150.0", "documents.signer_name = ", "support.base_salary_vnd = 2340000"):
        assert key in listing
    assert "legal_bases.1.number" in listing

    assert main(["settings", str(demo_plan), "documents.signer_name", "Lê Văn An"]) == 0
    assert main(["settings", str(demo_plan), "policy.max_km", "120,5"]) == 0
    assert main(["settings", str(demo_plan), "policy.destination_regions", '["mountain"]']) == 0
    capsys.readouterr()
    assert main(["settings", str(demo_plan), "documents.signer_name"]) == 0
    assert capsys.readouterr().out.strip() == "Lê Văn An"

    settings, events = _settings(demo_plan)
    assert settings.documents.signer_name == "Lê Văn An"
    assert settings.policy.max_km == 120.5 and settings.policy.destination_regions == ["mountain"]
    assert ("setting_changed", {"key": "policy.max_km", "before": 150.0, "after": 120.5}) in events


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("no.such.key", "x", "No setting «no.such.key»"),
        ("policy.max_km", "xa", "«xa» is not a valid value"),
        ("policy.destination_regions", '["moon"]', "is not a valid value"),
        ("documents.proposal_number", "....", "is a placeholder"),
    ],
)
def test_a_wrong_key_or_value_exits_2_and_changes_nothing(
    demo_plan: Path, capsys: pytest.CaptureFixture[str], key: str, value: str, words: str
) -> None:
    before = demo_plan.read_bytes()
    assert main(["settings", str(demo_plan), key, value]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert demo_plan.read_bytes() == before


def test_an_empty_distance_limit_means_none(demo_plan: Path) -> None:
    assert main(["settings", str(demo_plan), "policy.max_km", ""]) == 0
    settings, _ = _settings(demo_plan)
    assert settings.policy.max_km is None
