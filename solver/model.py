"""Typed, immutable form of a `cq2c-instance/1` document (see docs/INSTANCE.md), with the optional
keys of version 1.1 (`units[].max_out`, `staff[].wishes`, `previous`).

`solver.parse.parse_instance` builds these from JSON and checks every reference; the rest of
the solver works on them and never on the raw dictionaries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

INSTANCE_FORMAT = "cq2c-instance/1"
# Version 1.1 only adds optional keys and keeps the format string; a document that says 1.1 is read too.
INSTANCE_FORMATS: tuple[str, ...] = (INSTANCE_FORMAT, "cq2c-instance/1.1")
MAX_WISHES = 3
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
    max_out: int | None = None  # rule 5: at most this many people leave the unit (None: no cap)


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
    wishes: tuple[str, ...] = ()  # ranked unit ids (nguyện vọng), first wish first

    def __post_init__(self) -> None:
        # INSTANCE.md 1.1: a person who names wishes is a volunteer, whatever `volunteer` says.
        if self.wishes and not self.volunteer:
            object.__setattr__(self, "volunteer", True)

    def wish_rank(self, unit: str) -> int | None:
        """1, 2 or 3 when `unit` is this person's first, second or third wish, else None."""
        try:
            return self.wishes.index(unit) + 1
        except ValueError:
            return None


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
class Previous:
    """A move of the last proposal the officer looked at."""

    staff: str
    unit: str


def wish_score(rank: int | None) -> int:
    """Level 4 of the objective: a move to wish 1, 2 or 3 scores 3, 2 or 1; any other move 0."""
    return 0 if rank is None else MAX_WISHES + 1 - rank


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
    previous: tuple[Previous, ...] = ()


class InstanceError(ValueError):
    """The document breaks the format or its locks cannot hold; `errors` name the JSON paths."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors[:5]) + (f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""))
        self.errors = errors
