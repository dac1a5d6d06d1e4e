"""Read a `cq2c-instance/1` document into `solver.model.Instance`, naming the path of every error.

Unknown keys are ignored. Defaults (INSTANCE.md): unit `priority` 1, staff `home_unit` = `unit`,
`road_factor` 1.3, no `max_km`, every region receives people, no `max_out`, no wishes, no
`previous`. Beyond the contract we also default `volunteer` to false, unit `name` to its id and
`kind` to "xa", since none of them can make a plan break a rule; `movable` stays required because
guessing it could move an exempt person. Version 1.1 keys (solver.parse_wishes): `wishes` of 1 to 3
distinct known units (an empty list or null reads as no wishes), `max_out` an integer >= 0, and
`previous` names each person at most once.
"""

from __future__ import annotations

import json
import math
from types import MappingProxyType
from typing import Any

from solver.model import (
    DEFAULT_ROAD_FACTOR,
    INSTANCE_FORMAT,
    INSTANCE_FORMATS,
    REGIONS,
    UNIT_KINDS,
    Distances,
    Forbidden,
    Instance,
    InstanceError,
    Lock,
    Policy,
    Previous,
    Quota,
    Specialty,
    Staff,
    Unit,
)
from solver.parse_wishes import max_out, quick_wishes, wishes
from solver.reader import Reader, describe, join

# Upper bounds far beyond any real plan; they keep the flow solver's integer costs from overflowing.
MAX_PRIORITY = 1_000_000
MAX_POSTS = 1_000_000
MAX_KM = 100_000
MAX_ROAD_FACTOR = 10.0


def parse_instance(doc: Any) -> Instance:
    """The typed instance, or `InstanceError` listing every problem with its JSON path."""
    reader = Reader()
    root = reader.obj(doc, "")
    if root is None:
        raise InstanceError(reader.all_errors())
    if root.get("format") not in INSTANCE_FORMATS:
        found = "missing required key" if "format" not in root else f"got {describe(root['format'])}"
        reader.error("format", f'expected "{INSTANCE_FORMAT}", {found}')
    units = _units(reader, root)
    unit_ids = {u.id for u in units}
    specialties = _specialties(reader, root)
    spec_ids = {s.id for s in specialties}
    staff = _staff(reader, root, unit_ids, spec_ids)
    staff_ids = {s.id for s in staff}
    instance = Instance(
        name=reader.text(root, "name", "", ""),
        units=units,
        specialties=specialties,
        staff=staff,
        quotas=_quotas(reader, root, unit_ids, spec_ids),
        distances=_distances(reader, root, unit_ids),
        policy=_policy(reader, root),
        locks=tuple(Lock(s, u) for s, u in _staff_unit_pairs(reader, root, "locks", staff_ids, unit_ids)),
        forbidden=tuple(Forbidden(s, u) for s, u in _staff_unit_pairs(reader, root, "forbidden", staff_ids, unit_ids)),
        previous=tuple(Previous(s, u) for s, u in _previous(reader, root, staff_ids, unit_ids)),
    )
    if reader.errors:
        raise InstanceError(reader.all_errors())
    return instance


def parse_json_text(text: str) -> Instance:
    """Parse JSON text; a syntax error becomes an `InstanceError` too."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstanceError([f"$: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"]) from None
    return parse_instance(doc)


def _duplicate(reader: Reader, seen: set[str], value: str, path: str, what: str) -> bool:
    if value in seen:
        reader.error(join(path, "id"), f'duplicate {what} id "{value}"')
        return True
    seen.add(value)
    return False


def _units(reader: Reader, root: dict[str, Any]) -> tuple[Unit, ...]:
    units: list[Unit] = []
    seen: set[str] = set()
    for path, item in reader.array(root, "units", "", True):
        uid = reader.ident(item, "id", path)
        region = reader.ident(item, "region", path)
        if region is not None and region not in REGIONS:
            reader.error(join(path, "region"), f"unknown region {describe(region)} (one of {', '.join(REGIONS)})")
        kind = reader.text(item, "kind", path, "xa")
        if kind not in UNIT_KINDS:
            reader.error(join(path, "kind"), f"unknown kind {describe(kind)} (one of {', '.join(UNIT_KINDS)})")
        lat = reader.number(item, "lat", path)
        lon = reader.number(item, "lon", path)
        if lat is not None and not -90 <= lat <= 90:
            reader.error(join(path, "lat"), f"latitude {lat} is outside [-90, 90]")
        if lon is not None and not -180 <= lon <= 180:
            reader.error(join(path, "lon"), f"longitude {lon} is outside [-180, 180]")
        priority = reader.integer(item, "priority", path, required=False)
        if priority is not None and not 1 <= priority <= MAX_PRIORITY:
            reader.error(join(path, "priority"), f"expected an integer from 1 to {MAX_PRIORITY:,}, got {priority}")
        cap = max_out(reader, item, path)
        if uid is None or region is None or lat is None or lon is None:
            continue
        if not _duplicate(reader, seen, uid, path, "unit"):
            units.append(
                Unit(
                    uid,
                    reader.text(item, "name", path, uid),
                    kind,
                    region,
                    lat,
                    lon,
                    priority if priority is not None and 1 <= priority <= MAX_PRIORITY else 1,
                    cap,
                )
            )
    return tuple(units)


def _specialties(reader: Reader, root: dict[str, Any]) -> tuple[Specialty, ...]:
    items = reader.array(root, "specialties", "", True)
    known = {str(item["id"]) for _, item in items if isinstance(item.get("id"), str | int)}
    specialties: list[Specialty] = []
    seen: set[str] = set()
    for path, item in items:
        sid = reader.ident(item, "id", path)
        related = _related(reader, item, path, sid, known)
        if sid is None or _duplicate(reader, seen, sid, path, "specialty"):
            continue
        specialties.append(Specialty(sid, reader.text(item, "name", path, sid), MappingProxyType(related)))
    return tuple(specialties)


def _related(reader: Reader, item: dict[str, Any], path: str, sid: str | None, known: set[str]) -> dict[str, float]:
    """Related specialties must exist, differ from the specialty and score in (0, 1) with two decimals."""
    related: dict[str, float] = {}
    if not reader.present(item, "related", path, False):
        return related
    base = join(path, "related")
    for other, score in (reader.obj(item["related"], base) or {}).items():
        where = join(base, str(other))
        if str(other) not in known:
            reader.error(where, f'unknown specialty "{other}"')
        elif str(other) == sid:
            reader.error(where, "a specialty always matches itself with score 1; do not list it")
        elif isinstance(score, bool) or not isinstance(score, int | float) or not 0 < score < 1:
            reader.error(where, f"expected a match score in (0, 1), got {describe(score)}")
        elif abs(score * 100 - round(score * 100)) > 1e-9:
            reader.error(where, f"a match score has at most two decimals, got {score}")
        else:
            related[str(other)] = round(float(score), 2)
    return related


def _staff(reader: Reader, root: dict[str, Any], unit_ids: set[str], spec_ids: set[str]) -> tuple[Staff, ...]:
    staff: list[Staff] = []
    seen: set[str] = set()
    raw = root.get("staff")
    if isinstance(raw, list):
        # Fast path for the usual well-formed record (a national roster has ~160,000); anything
        # unusual falls through to the checked path below, which names the problem.
        for index, item in enumerate(raw):
            person = _well_formed_staff(item, unit_ids, spec_ids)
            if person is None or person.id in seen:
                _checked_staff(reader, f"staff[{index}]", item, unit_ids, spec_ids, seen, staff)
            else:
                seen.add(person.id)
                staff.append(person)
        return tuple(staff)
    for path, item in reader.array(root, "staff", "", True):  # reports the missing or wrong array
        _checked_staff(reader, path, item, unit_ids, spec_ids, seen, staff)
    return tuple(staff)


def _well_formed_staff(item: Any, unit_ids: set[str], spec_ids: set[str]) -> Staff | None:
    if type(item) is not dict:
        return None
    sid, unit, spec = item.get("id"), item.get("unit"), item.get("specialty")
    home, movable, volunteer = item.get("home_unit", unit), item.get("movable"), item.get("volunteer", False)
    if home is None:
        home = unit
    if not (type(sid) is str and type(unit) is str and type(spec) is str and type(home) is str):
        return None
    raw_wishes = item.get("wishes")
    wished = () if raw_wishes is None else quick_wishes(raw_wishes, unit_ids)
    if (
        sid.strip()
        and unit in unit_ids
        and spec in spec_ids
        and home in unit_ids
        and type(movable) is bool
        and type(volunteer) is bool
        and wished is not None
    ):
        return Staff(sid, unit, spec, home, movable, volunteer, wished)
    return None


def _checked_staff(
    reader: Reader, path: str, item: Any, unit_ids: set[str], spec_ids: set[str], seen: set[str], staff: list[Staff]
) -> None:
    if reader.obj(item, path) is None:
        return
    sid = reader.ident(item, "id", path)
    unit = _ref(reader, item, "unit", path, unit_ids, "unit", True)
    spec = _ref(reader, item, "specialty", path, spec_ids, "specialty", True)
    home = _ref(reader, item, "home_unit", path, unit_ids, "unit", False) or unit
    movable = reader.boolean(item, "movable", path, None)
    volunteer = reader.boolean(item, "volunteer", path, False)
    wished = wishes(reader, item, path, unit_ids)
    if sid is None or unit is None or spec is None or home is None or movable is None:
        return
    if not _duplicate(reader, seen, sid, path, "staff"):
        staff.append(Staff(sid, unit, spec, home, movable, bool(volunteer), wished))


def _ref(
    reader: Reader, item: dict[str, Any], key: str, path: str, known: set[str], what: str, required: bool
) -> str | None:
    value = reader.ident(item, key, path, required)
    if value is not None and value not in known:
        reader.error(join(path, key), f'unknown {what} "{value}"')
        return None
    return value


def _quotas(reader: Reader, root: dict[str, Any], unit_ids: set[str], spec_ids: set[str]) -> tuple[Quota, ...]:
    quotas: list[Quota] = []
    seen: dict[tuple[str, str], str] = {}
    for path, item in reader.array(root, "quotas", "", True):
        unit = _ref(reader, item, "unit", path, unit_ids, "unit", True)
        spec = _ref(reader, item, "specialty", path, spec_ids, "specialty", True)
        posts = reader.integer(item, "posts", path)
        if posts is not None and not 0 <= posts <= MAX_POSTS:
            reader.error(join(path, "posts"), f"expected an integer from 0 to {MAX_POSTS:,}, got {posts}")
            continue
        if unit is None or spec is None or posts is None:
            continue
        if (unit, spec) in seen:
            reader.error(path, f'a second quota for unit "{unit}" and specialty "{spec}" (first: {seen[unit, spec]})')
            continue
        seen[unit, spec] = path
        quotas.append(Quota(unit, spec, posts))
    return tuple(quotas)


def _distances(reader: Reader, root: dict[str, Any], unit_ids: set[str]) -> Distances:
    if not reader.present(root, "distances", "", False):
        return Distances()
    section = reader.obj(root["distances"], "distances")
    if section is None:
        return Distances()
    factor = reader.number(section, "road_factor", "distances", required=False)
    if factor is not None and not 0 < factor <= MAX_ROAD_FACTOR:
        reader.error("distances.road_factor", f"expected a number > 0 and <= {MAX_ROAD_FACTOR}, got {factor}")
        factor = None
    table = reader.obj(section["km"], "distances.km") if reader.present(section, "km", "distances", False) else {}
    return Distances(
        factor if factor is not None else DEFAULT_ROAD_FACTOR,
        MappingProxyType(_km_table(reader, table or {}, unit_ids)),
    )


def _km_table(reader: Reader, table: dict[str, Any], unit_ids: set[str]) -> dict[tuple[str, str], float]:
    """`distances.km`: {from: {to: km}}, unit ids on both sides, km from 0 to MAX_KM."""
    km: dict[tuple[str, str], float] = {}
    for origin, row in table.items():
        path = join("distances.km", str(origin))
        if str(origin) not in unit_ids:
            reader.error(path, f'unknown unit "{origin}"')
        for dest, value in (reader.obj(row, path) or {}).items():
            where = join(path, str(dest))
            if str(dest) not in unit_ids:
                reader.error(where, f'unknown unit "{dest}"')
            number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
            if number is None or not math.isfinite(number) or not 0 <= number <= MAX_KM:
                reader.error(where, f"expected a distance from 0 to {MAX_KM:,} km, got {describe(value)}")
            else:
                km[str(origin), str(dest)] = float(number)
    return km


def _policy(reader: Reader, root: dict[str, Any]) -> Policy:
    if not reader.present(root, "policy", "", False):
        return Policy()
    section = reader.obj(root["policy"], "policy")
    if section is None:
        return Policy()
    max_km = reader.number(section, "max_km", "policy", required=False)
    if max_km is not None and max_km < 0:
        reader.error("policy.max_km", f"expected a distance >= 0, got {max_km}")
    regions: frozenset[str] | None = None
    if reader.present(section, "destination_regions", "policy", False):
        raw = section["destination_regions"]
        if not isinstance(raw, list):
            reader.error("policy.destination_regions", f"expected an array of regions, got {describe(raw)}")
        else:
            for index, region in enumerate(raw):
                if region not in REGIONS:
                    reader.error(f"policy.destination_regions[{index}]", f"unknown region {describe(region)}")
            regions = frozenset(r for r in raw if r in REGIONS)
    return Policy(max_km, regions)


def _staff_unit_pairs(
    reader: Reader, root: dict[str, Any], key: str, staff_ids: set[str], unit_ids: set[str]
) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for path, item in reader.array(root, key, "", False):
        staff = _ref(reader, item, "staff", path, staff_ids, "staff", True)
        unit = _ref(reader, item, "unit", path, unit_ids, "unit", True)
        if staff is not None and unit is not None:
            pairs.append((staff, unit))
    return pairs


def _previous(reader: Reader, root: dict[str, Any], staff_ids: set[str], unit_ids: set[str]) -> list[tuple[str, str]]:
    """`previous`: a proposal moves a person at most once, so a second entry for one person is an error.
    Moves that are no longer possible (own unit, no deficit, forbidden, ...) are fine: never kept."""
    pairs: list[tuple[str, str]] = []
    first: dict[str, int] = {}
    for index, (path, item) in enumerate(reader.array(root, "previous", "", False)):
        staff = _ref(reader, item, "staff", path, staff_ids, "staff", True)
        unit = _ref(reader, item, "unit", path, unit_ids, "unit", True)
        if staff is not None and staff in first:
            reader.error(join(path, "staff"), f'"{staff}" is already in previous[{first[staff]}]')
        elif staff is not None and unit is not None:
            first[staff] = index
            pairs.append((staff, unit))
    return pairs
