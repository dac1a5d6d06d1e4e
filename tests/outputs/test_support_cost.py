"""The support policy priced: monthly multiple of the base salary, travel bands, one-off amounts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cq2c_desktop.domain.settings import SupportPolicy
from cq2c_desktop.io.support_cost import (
    describe,
    entitlement,
    format_decimal,
    format_km,
    format_vnd,
    shown_km,
    sum_shown_km,
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
    # The base salary and the monthly amount are said apart; the travel allowance says for how long.
    assert (
        "hỗ trợ hằng tháng bằng 1,75 lần mức lương cơ sở (mức lương cơ sở 2.340.000 đồng/tháng), là 4.095.000 "
        "đồng/tháng, trong thời gian tối đa 36 tháng" in text
    )
    assert "hỗ trợ đi lại 300.000 đồng/tháng (khoảng cách 50,0 km), trong thời gian tối đa 36 tháng" in text
    assert (
        "hỗ trợ một lần 5.000.000 đồng" in text and f"Tổng mức hỗ trợ dự kiến: {format_vnd(mid.total_vnd)} đồng" in text
    )
    far_text = describe(far, policy, 180.0)
    assert "hỗ trợ một lần 5.000.000 đồng; hỗ trợ đi lại một lần 2.000.000 đồng" in far_text
    assert far.once_vnd == 7_000_000 and far.total_vnd == far.per_month_vnd * 36 + far.once_vnd


def test_summary_totals_and_mean() -> None:
    policy = SupportPolicy()
    items = [entitlement(policy, r, 10.0) for r in ("highland", "mountain", "lowland")]
    summary = summarise_costs(items)
    assert summary.people == 3 and summary.eligible == 2
    assert summary.total_vnd == (4_095_000 + 2_925_000) * 36
    assert summary.mean_vnd == round(summary.total_vnd / 3)
    assert summary.by_region["lowland"] == (1, 0)


def test_distances_print_one_way_and_add_up_as_printed() -> None:
    assert [format_km(km) for km in (113.0, 92.2, 92.25, 0.04, 8725.34)] == ["113,0", "92,2", "92,3", "0,0", "8.725,3"]
    assert shown_km(92.25) == 92.3 and shown_km(92.35) == 92.4  # halves up, as Excel shows them
    rows = [10.05, 20.05, 30.05]  # printed 10,1 + 20,1 + 30,1: the total reads 60,3, not the raw 60,15 -> 60,2
    assert sum_shown_km(rows) == 60.3 and format_km(sum(rows)) == "60,2"


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
