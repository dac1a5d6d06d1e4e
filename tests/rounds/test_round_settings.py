"""The round's rules are plan settings by key: a wrong value is refused, the citations are data."""

from __future__ import annotations

import json

import pytest

from cq2c_desktop.domain.exemptions import exemption_basis
from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.domain.settings_keys import SettingValueError, get_value, set_value


def test_the_rules_are_set_by_key_and_checked() -> None:
    settings = PlanSettings()
    assert get_value(settings, "rules.move_kind") == "transfer"
    assert get_value(settings, "rules.secondment_months") == 36
    assert set_value(settings, "rules.move_kind", "secondment").rules.move_kind == "secondment"
    assert set_value(settings, "rules.secondment_months", "24").rules.secondment_months == 24
    for key, value in (("rules.secondment_months", "48"), ("rules.move_kind", "luân chuyển")):
        with pytest.raises(SettingValueError):
            set_value(settings, key, value)


def test_the_exemption_citations_default_unverified_and_can_be_corrected() -> None:
    bases = PlanSettings().rules.exemptions
    assert set(bases) == {"discipline", "illness", "study", "seconded", "family", "hardship", "other"}
    assert not any(b["verified"] for b in bases.values())
    corrected = {
        "illness": {
            "article": "Điều 30 Nghị định 170/2025/NĐ-CP (ví dụ)",
            "wording": "Bệnh hiểm nghèo",
            "verified": True,
        }
    }
    updated = set_value(PlanSettings(), "rules.exemptions", json.dumps(corrected, ensure_ascii=False))
    assert updated.rules.exemptions["illness"]["verified"] is True
    again = PlanSettings.from_items(updated.to_items())
    assert again.rules.exemptions == updated.rules.exemptions
    # A reason the officer left out keeps its default citation (still unverified).
    study = exemption_basis(again.rules.exemptions, "study")
    assert study is not None and not study.verified and "170/2025" in study.article
    with pytest.raises(SettingValueError):
        set_value(PlanSettings(), "rules.exemptions", json.dumps({"astrology": {"article": "x"}}))
