"""Deterministic synthetic staffing for real or made-up units: the structure of a province.

It produces a valid `cq2c-instance/1` document: quotas per unit and specialty, staff with a
specialty, a home unit, movable / volunteer flags, shaped like the situation after the 2025
merger: merged lowland, coastal and urban units carry surplus staff, mountain and highland
communes lack the specialists the district used to provide. The application's demo builds on
it and adds personal data (names, birth dates); benchmarks use it at national scale.
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from solver.catalog import (
    BASE_POSTS,
    DEFAULT_PRIORITY_BY_REGION,
    SHORTAGE_SPECIALTIES,
    SPECIALTY_IDS,
    specialties_as_instance,
)

SURPLUS_REGIONS = frozenset({"lowland", "coastal", "urban"})
EXEMPTIONS: tuple[tuple[str, float], ...] = (
    ("leader", 0.08),
    ("near_retirement", 0.05),
    ("family", 0.03),
    ("illness", 0.015),
)
DEFAULT_POLICY: dict[str, Any] = {"max_km": 150, "destination_regions": ["mountain", "highland"]}
_BASE_TOTAL = sum(BASE_POSTS.values())


def data_dir() -> Path:
    """The bundled reference data folder (`resources/data` beside the packages)."""
    return Path(__file__).resolve().parent.parent / "resources" / "data"


def load_units_csv(path: str | Path) -> list[dict[str, Any]]:
    """Units from a reference CSV (`code,name,full_name,kind,lat,lon,...[,region]`).

    Units without a `region` column get one from `assign_regions`.
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    units: list[dict[str, Any]] = [
        {
            "id": row["code"].strip(),
            "name": row.get("full_name") or row["name"],
            "kind": row.get("kind") or "xa",
            "region": (row.get("region") or "").strip(),
            "lat": float(row["lat"]),
            "lon": float(row["lon"]),
            "area_km2": float(row.get("area_km2") or 0.0),
        }
        for row in rows
    ]
    if any(not u["region"] for u in units):
        assign_regions(units)
    for unit in units:
        unit["priority"] = DEFAULT_PRIORITY_BY_REGION[unit["region"]]
    return units


def assign_regions(units: list[dict[str, Any]]) -> None:
    """Give units a planning region from a smooth field over the map, so that mountain areas
    form contiguous zones as they do in reality (wards are urban, special zones coastal)."""
    for unit in units:
        if unit.get("region"):
            continue
        if unit["kind"] == "phuong":
            unit["region"] = "urban"
            continue
        if unit["kind"] == "dac_khu":
            unit["region"] = "coastal"
            continue
        lat, lon = math.radians(unit["lat"]) * 40, math.radians(unit["lon"]) * 40
        field = math.sin(lat * 1.3 + 0.7) * math.cos(lon * 1.1 - 0.4) + 0.5 * math.sin(lat * 3.1 + lon * 2.3)
        unit["region"] = (
            "highland" if field > 0.55 else "mountain" if field > 0.05 else "coastal" if field < -0.9 else "lowland"
        )


def synthetic_units(count: int, seed: int) -> list[dict[str, Any]]:
    """Made-up units scattered over a Vietnam-sized area, for sizes beyond the real files."""
    rng = random.Random(seed)
    units: list[dict[str, Any]] = []
    for index in range(count):
        lat, lon = rng.uniform(8.6, 23.3), rng.uniform(102.2, 109.4)
        kind = "phuong" if rng.random() < 0.2 else "xa"
        units.append(
            {
                "id": f"S{index:06d}",
                "name": f"Đơn vị {index + 1}",
                "kind": kind,
                "region": "",
                "lat": lat,
                "lon": lon,
                "area_km2": rng.uniform(10, 300),
            }
        )
    assign_regions(units)
    for unit in units:
        unit["priority"] = DEFAULT_PRIORITY_BY_REGION[unit["region"]]
    return units


def default_units(count: int, seed: int = 1) -> list[dict[str, Any]]:
    """Thanh Hóa's real units up to 166, the nation's up to 3,321, synthetic points beyond."""
    thanh_hoa = data_dir() / "thanh_hoa_units.csv"
    national = data_dir() / "vn_units_2025.csv"
    if count <= 166 and thanh_hoa.exists():
        return load_units_csv(thanh_hoa)[:count]
    if count <= 3321 and national.exists():
        return load_units_csv(national)[:count]
    return synthetic_units(count, seed)


def nearest_units(units: Sequence[dict[str, Any]], k: int) -> np.ndarray:
    """Indices of each unit's k nearest other units (great-circle), computed in chunks."""
    lat = np.radians(np.array([u["lat"] for u in units], dtype=np.float64))
    lon = np.radians(np.array([u["lon"] for u in units], dtype=np.float64))
    n = len(units)
    k = max(0, min(k, n - 1))
    result = np.zeros((n, k), dtype=np.int64)
    for start in range(0, n, 512):
        stop = min(n, start + 512)
        dlat = lat[start:stop, None] - lat[None, :]
        dlon = lon[start:stop, None] - lon[None, :]
        hav = np.sin(dlat / 2) ** 2 + np.cos(lat[start:stop, None]) * np.cos(lat[None, :]) * np.sin(dlon / 2) ** 2
        hav[np.arange(stop - start), np.arange(start, stop)] = np.inf
        result[start:stop] = np.argsort(hav, axis=1)[:, :k]
    return result


def _posts_for(unit: dict[str, Any], rng: random.Random, scale: float) -> dict[str, int]:
    size = 1.0 + min(0.25, max(-0.2, (math.log1p(unit.get("area_km2") or 60.0) - 4.1) * 0.12))
    size *= scale * rng.uniform(0.92, 1.08)
    return {k: max(1, round(base * size)) for k, base in BASE_POSTS.items()}


def _current_for(region: str, posts: dict[str, int], rng: random.Random) -> dict[str, int]:
    """Headcount per specialty: over the quota in merged lowland units, under it up the mountains."""
    current = {}
    for spec, n_posts in posts.items():
        if region in SURPLUS_REGIONS:
            extra = rng.choices((0, 1, 2, 3), weights=(38, 36, 19, 7))[0]
            if spec in SHORTAGE_SPECIALTIES:  # the specialists are scarce in the lowlands too
                extra = rng.choices((0, 1, 2), weights=(70, 27, 3))[0]
            current[spec] = n_posts + extra
        elif spec in SHORTAGE_SPECIALTIES:
            weights = (22, 45, 25, 8) if region == "highland" else (40, 42, 15, 3)
            short = rng.choices((0, 1, 2, 3), weights=weights)[0]
            current[spec] = max(0, n_posts - short)
        else:
            current[spec] = n_posts + rng.choices((-1, 0, 1), weights=(15, 70, 15))[0]
    return current


def _home_of(index: int, near: np.ndarray, rng: random.Random) -> int:
    draw = rng.random()
    if draw < 0.74 or near.shape[1] == 0:
        return index
    if draw < 0.95:
        return int(near[index, rng.randrange(min(6, near.shape[1]))])
    return int(near[index, rng.randrange(near.shape[1])])


def _exemption(rng: random.Random) -> str | None:
    draw = rng.random()
    for reason, share in EXEMPTIONS:
        if draw < share:
            return reason
        draw -= share
    return None


def generate_instance(
    units: Sequence[dict[str, Any]],
    seed: int = 2025,
    staff_per_unit: int = 44,
    name: str = "Synthetic province",
    policy: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A `cq2c-instance/1` document for these units; the same seed gives the same document.

    Staff carry an extra `exemption` key (why they are not movable), which the solver ignores.
    """
    rng = random.Random(seed)
    scale = staff_per_unit / (_BASE_TOTAL * 1.04)
    near = nearest_units(units, 20)
    quotas: list[dict[str, Any]] = []
    staff: list[dict[str, Any]] = []
    width = max(6, len(str(len(units) * staff_per_unit * 2)))
    for index, unit in enumerate(units):
        posts = _posts_for(unit, rng, scale)
        quotas.extend({"unit": unit["id"], "specialty": k, "posts": n} for k, n in posts.items())
        volunteer_rate = 0.07 if unit["region"] in SURPLUS_REGIONS else 0.02
        for spec, count in _current_for(unit["region"], posts, rng).items():
            for _ in range(count):
                exemption = _exemption(rng)
                staff.append(
                    {
                        "id": f"CC{len(staff) + 1:0{width}d}",
                        "unit": unit["id"],
                        "specialty": spec,
                        "home_unit": units[_home_of(index, near, rng)]["id"],
                        "movable": exemption is None,
                        "volunteer": exemption is None and rng.random() < volunteer_rate,
                        "exemption": exemption,
                    }
                )
    return {
        "format": "cq2c-instance/1",
        "name": name,
        "units": [{key: u[key] for key in ("id", "name", "kind", "region", "lat", "lon", "priority")} for u in units],
        "specialties": specialties_as_instance(),
        "staff": staff,
        "quotas": quotas,
        "distances": {"road_factor": 1.3, "km": {}},
        "policy": dict(policy if policy is not None else DEFAULT_POLICY),
        "locks": [],
        "forbidden": [],
    }


__all__ = [
    "DEFAULT_POLICY",
    "SPECIALTY_IDS",
    "assign_regions",
    "data_dir",
    "default_units",
    "generate_instance",
    "load_units_csv",
    "nearest_units",
    "synthetic_units",
]
