"""Support-policy entitlements and their cost, from the plan's SupportPolicy (an editable policy, not law).

A person transferred to a unit whose region has a multiplier gets, each month for up to `months`
months, base salary x multiplier, plus a travel allowance by distance band; and, once, the one-off
allowance and the band's one-off amount. Anyone sent elsewhere is outside the policy. Amounts are
whole đồng, rounded half up, because that is how the finance office writes them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from cq2c_desktop.domain import formats
from cq2c_desktop.domain.legal_bases import reference
from cq2c_desktop.domain.settings import SupportPolicy


@dataclass(frozen=True)
class Entitlement:
    region: str
    eligible: bool
    multiplier: float = 0.0
    monthly_vnd: int = 0
    months: int = 0
    one_off_vnd: int = 0
    travel_monthly_vnd: int = 0
    travel_one_off_vnd: int = 0

    @property
    def per_month_vnd(self) -> int:
        return self.monthly_vnd + self.travel_monthly_vnd

    @property
    def once_vnd(self) -> int:
        """Everything paid once (the policy's one-off amount and the travel band's)."""
        return self.one_off_vnd + self.travel_one_off_vnd

    @property
    def total_vnd(self) -> int:
        return self.per_month_vnd * self.months + self.once_vnd


def _whole(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def travel_band(policy: SupportPolicy, km: float) -> dict[str, float] | None:
    """The first band with from_km <= km < to_km (a band without to_km has no upper end)."""
    for band in policy.travel_bands:
        low = float(band.get("from_km", 0.0))
        high = band.get("to_km")
        if km >= low and (high is None or km < float(high)):
            return band
    return None


def entitlement(policy: SupportPolicy, region: str, km: float, term_months: int | None = None) -> Entitlement:
    """What a move to `region` brings; a secondment's support ends with its term if that comes first."""
    multiplier = float(policy.multiplier_by_region.get(region, 0.0))
    if multiplier <= 0:
        return Entitlement(region=region, eligible=False)
    band = travel_band(policy, km) or {}
    monthly = _whole(Decimal(policy.base_salary_vnd) * Decimal(str(multiplier)))
    return Entitlement(
        region=region,
        eligible=True,
        multiplier=multiplier,
        monthly_vnd=monthly,
        months=max(0, policy.months if term_months is None else min(policy.months, term_months)),
        one_off_vnd=max(0, int(policy.one_off_vnd)),
        travel_monthly_vnd=_whole(Decimal(str(band.get("monthly_vnd", 0)))),
        travel_one_off_vnd=_whole(Decimal(str(band.get("one_off_vnd", 0)))),
    )


@dataclass(frozen=True)
class CostSummary:
    people: int
    eligible: int
    total_vnd: int
    per_month_vnd: int
    by_region: dict[str, tuple[int, int]]  # destination region -> (people, total đồng)

    @property
    def mean_vnd(self) -> int:
        return round(self.total_vnd / self.people) if self.people else 0


def summarise_costs(entitlements: list[Entitlement]) -> CostSummary:
    by_region: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in entitlements:
        by_region[item.region][0] += 1
        by_region[item.region][1] += item.total_vnd
    return CostSummary(
        people=len(entitlements),
        eligible=sum(1 for e in entitlements if e.eligible),
        total_vnd=sum(e.total_vnd for e in entitlements),
        per_month_vnd=sum(e.per_month_vnd for e in entitlements),
        by_region={region: (people, total) for region, (people, total) in by_region.items()},
    )


# The figures in the documents' Vietnamese, by the one set of rules every view uses (domain/formats.py).
def format_vnd(amount: int) -> str:
    """4095000 -> "4.095.000" (Vietnamese thousands separator)."""
    return formats.money(amount, "vi")


def format_decimal(value: float, places: int = 2) -> str:
    """1.75 -> "1,75", 2.0 -> "2", 8725.3 -> "8.725,3" (Vietnamese separators, no trailing zeros)."""
    return formats.decimal(value, places, "vi", trim=True)


def shown_km(km: float) -> float:
    """A distance as the documents print it: to a tenth of a kilometre, halves rounded up (as
    Excel rounds what it shows), so that a total of shown rows is the sum of what is printed."""
    return float(formats.rounded(km, 1))


def sum_shown_km(distances: list[float]) -> float:
    """The total of the distances as printed (each rounded first), itself exact to a tenth."""
    total = sum((Decimal(repr(shown_km(km))) for km in distances), Decimal(0))
    return float(total)


def format_km(km: float) -> str:
    """113 -> "113,0", 92.25 -> "92,3", 8725.34 -> "8.725,3": always one decimal, Vietnamese separators."""
    return formats.decimal(km, 1, "vi")


def _monthly_part(item: Entitlement, policy: SupportPolicy) -> str:
    # The base salary and the resulting amount are stated apart: "1,75 lần mức lương cơ sở
    # (4.095.000 đồng/tháng)" read as if 4.095.000 were the base.
    return (
        f"hỗ trợ hằng tháng bằng {format_decimal(item.multiplier)} lần mức lương cơ sở (mức lương cơ sở "
        f"{format_vnd(policy.base_salary_vnd)} đồng/tháng), là {format_vnd(item.monthly_vnd)} đồng/tháng, "
        f"trong thời gian tối đa {item.months} tháng"
    )


def describe(item: Entitlement, policy: SupportPolicy, km: float) -> str:
    """The entitlement as one Vietnamese sentence for Điều 2 of a decision."""
    basis = reference(policy.resolution)
    if not item.eligible:
        return f"Không thuộc đối tượng hưởng chính sách hỗ trợ theo {basis} (đơn vị đến không thuộc vùng được hỗ trợ)."
    parts = [_monthly_part(item, policy)]
    if item.travel_monthly_vnd:
        parts.append(
            f"hỗ trợ đi lại {format_vnd(item.travel_monthly_vnd)} đồng/tháng (khoảng cách {format_km(km)} km), "
            f"trong thời gian tối đa {item.months} tháng"
        )
    if item.one_off_vnd:
        parts.append(f"hỗ trợ một lần {format_vnd(item.one_off_vnd)} đồng")
    if item.travel_one_off_vnd:
        parts.append(f"hỗ trợ đi lại một lần {format_vnd(item.travel_one_off_vnd)} đồng")
    return (
        f"Được hưởng chính sách hỗ trợ theo {basis}: "
        + "; ".join(parts)
        + f". Tổng mức hỗ trợ dự kiến: {format_vnd(item.total_vnd)} đồng."
    )
