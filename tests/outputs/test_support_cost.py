"""The support policy priced: monthly multiple of the base salary, travel bands, one-off amounts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cq2c_desktop.domain.settings import SupportPolicy
from cq2c_desktop.io.support_cost import (
    describe,
    entitlement,
    format_decimal,
    format_vnd,
    summarise_costs,
    travel_band,
)

BANDS: list[dict[str, float]] = [
    {"from_km": 0, "to_km": 50, "monthly_vnd": 0},
    {"from_km": 50, "to_km": 100, "monthly_vnd": 300_000},
    {"from_km": 100, "monthly_vnd": 500_000, "one_off_vnd": 2_000_000},
]


def test_default_policy_matches_the_thanh_hoa_figures() -> None:
    policy = SupportPolicy()
    high = entitlement(policy, "highland", 80.0)
    assert high.eligible and high.monthly_vnd == 4_095_000 and high.months == 36
    assert high.total_vnd == 4_095_000 * 36 == 147_420_000
    assert entitlement(policy, "mountain", 80.0).monthly_vnd == 2_925_000


def test_destinations_outside_the_policy_get_nothing() -> None:
    item = entitlement(SupportPolicy(), "lowland", 30.0)
    assert not item.eligible and item.total_vnd == 0
    assert "Không thuộc đối tượng" in describe(item, SupportPolicy(), 30.0)


def test_travel_bands_and_one_off_amounts_add_up() -> None:
    policy = SupportPolicy(one_off_vnd=5_000_000, travel_bands=BANDS)
    near, mid, far = (entitlement(policy, "highland", km) for km in (49.9, 50.0, 180.0))
    assert near.travel_monthly_vnd == 0 and mid.travel_monthly_vnd == 300_000
    assert far.travel_monthly_vnd == 500_000 and far.travel_one_off_vnd == 2_000_000
    assert mid.total_vnd == (4_095_000 + 300_000) * 36 + 5_000_000
    assert far.total_vnd == (4_095_000 + 500_000) * 36 + 5_000_000 + 2_000_000
    text = describe(mid, policy, 50.0)
    assert "1,75 lần mức lương cơ sở" in text and "300.000 đồng/tháng" in text
    assert f"{format_vnd(mid.total_vnd)} đồng" in text


def test_summary_totals_and_mean() -> None:
    policy = SupportPolicy()
    items = [entitlement(policy, r, 10.0) for r in ("highland", "mountain", "lowland")]
    summary = summarise_costs(items)
    assert summary.people == 3 and summary.eligible == 2
    assert summary.total_vnd == (4_095_000 + 2_925_000) * 36
    assert summary.mean_vnd == round(summary.total_vnd / 3)
    assert summary.by_region["lowland"] == (1, 0)


def test_vietnamese_number_formats() -> None:
    assert format_vnd(147_420_000) == "147.420.000"
    assert format_decimal(1.75) == "1,75" and format_decimal(2.0) == "2" and format_decimal(12.34, 1) == "12,3"
    assert format_decimal(8725.34, 1) == "8.725,3" and format_decimal(1500.0) == "1.500"


@given(
    km=st.floats(min_value=0, max_value=1000, allow_nan=False),
    base=st.integers(min_value=0, max_value=10_000_000),
    multiplier=st.floats(min_value=0.01, max_value=5, allow_nan=False),
)
def test_entitlement_is_consistent(km: float, base: int, multiplier: float) -> None:
    policy = SupportPolicy(base_salary_vnd=base, multiplier_by_region={"highland": multiplier}, travel_bands=BANDS)
    item = entitlement(policy, "highland", km)
    band = travel_band(policy, km)
    assert band is not None and band["from_km"] <= km
    assert abs(item.monthly_vnd - base * multiplier) <= 0.5 + base * multiplier * 1e-12
    assert item.total_vnd == item.per_month_vnd * item.months + item.one_off_vnd + item.travel_one_off_vnd >= 0
