"""Typed, immutable form of a `cq2c-instance/1` document (see docs/INSTANCE.md).

`solver.parse.parse_instance` builds these from JSON and checks every reference; the rest of
the solver works on them and never on the raw dictionaries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

INSTANCE_FORMAT = "cq2c-instance/1"
RESULT_FORMAT = "cq2c-result/1"
REGIONS: tuple[str, ...] = ("mountain", "highland", "lowland", "coastal", "urban")
UNIT_KINDS: tuple[str, ...] = ("xa", "phuong", "dac_khu")
DEFAULT_ROAD_FACTOR = 1.3


def _empty_scores() -> Mapping[str, float]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name: str
    kind: str
    region: str
    lat: float
    lon: float
    priority: int = 1


@dataclass(frozen=True, slots=True)
class Specialty:
    """A specialty and the others whose holders may fill its posts, with their match score."""

    id: str
    name: str
    related: Mapping[str, float] = field(default_factory=_empty_scores)

    def score_of(self, holder_specialty: str) -> float:
        """Match score of a holder of `holder_specialty` on a post of this specialty (0: none)."""
        if holder_specialty == self.id:
            return 1.0
        return self.related.get(holder_specialty, 0.0)


@dataclass(frozen=True, slots=True)
class Staff:
    id: str
    unit: str
    specialty: str
    home_unit: str
    movable: bool
    volunteer: bool


@dataclass(frozen=True, slots=True)
class Quota:
    unit: str
    specialty: str
    posts: int


@dataclass(frozen=True, slots=True)
class Policy:
    max_km: float | None = None
    # None means every region receives people (the default of INSTANCE.md).
    destination_regions: frozenset[str] | None = None

    def allows_region(self, region: str) -> bool:
        return self.destination_regions is None or region in self.destination_regions


@dataclass(frozen=True, slots=True)
class Distances:
    road_factor: float = DEFAULT_ROAD_FACTOR
    # Road distances given in the document, keyed (from, to) exactly as written.
    km: Mapping[tuple[str, str], float] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class Lock:
    staff: str
    unit: str


@dataclass(frozen=True, slots=True)
class Forbidden:
    staff: str
    unit: str


@dataclass(frozen=True, slots=True)
class Instance:
    name: str
    units: tuple[Unit, ...]
    specialties: tuple[Specialty, ...]
    staff: tuple[Staff, ...]
    quotas: tuple[Quota, ...]
    distances: Distances = field(default_factory=Distances)
    policy: Policy = field(default_factory=Policy)
    locks: tuple[Lock, ...] = ()
    forbidden: tuple[Forbidden, ...] = ()


class InstanceError(ValueError):
    """The document breaks the format or its locks cannot hold; `errors` name the JSON paths."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors[:5]) + (f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""))
        self.errors = errors
