"""Unit boundaries from a GeoJSON FeatureCollection, and a flat projection to draw them.

Pure Python, no Qt: the map view turns these polygons into graphics items. Coordinates stay in
WGS84 longitude/latitude until `Projection` maps them to a plane.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]  # the outer ring, then any holes (GeoJSON order)

KM_PER_DEGREE = 111.32  # along a meridian; along a parallel it shrinks with cos(latitude)


class GeoJsonError(ValueError):
    """The file is not a FeatureCollection of Polygon / MultiPolygon features with unit codes."""


@dataclass(frozen=True)
class UnitShape:
    code: str
    name: str
    polygons: tuple[Polygon, ...]
    anchor: Point  # a point inside the largest polygon, where labels and arrows attach

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return bounds_of(point for polygon in self.polygons for point in polygon[0])


def read_unit_shapes(path: str | os.PathLike[str]) -> dict[str, UnitShape]:
    with open(path, encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as exc:
            raise GeoJsonError(f"{os.fspath(path)}: not valid JSON ({exc})") from exc
    return parse_unit_shapes(data)


def parse_unit_shapes(data: Any) -> dict[str, UnitShape]:
    """Shapes by unit code: the feature id, else its `code` property."""
    if not isinstance(data, Mapping) or data.get("type") != "FeatureCollection":
        raise GeoJsonError("expected a GeoJSON FeatureCollection")
    shapes: dict[str, UnitShape] = {}
    for number, feature in enumerate(data.get("features") or [], start=1):
        properties = feature.get("properties") or {}
        code = str(feature.get("id") or properties.get("code") or "").strip()
        if not code:
            raise GeoJsonError(f"feature {number} has no id and no 'code' property")
        if feature.get("geometry") is None:  # GeoJSON allows unlocated features; nothing to draw
            continue
        polygons = _polygons(feature["geometry"], code)
        if polygons:
            largest = max(polygons, key=lambda p: abs(ring_area(p[0])))
            shapes[code] = UnitShape(code, str(properties.get("name") or code), polygons, interior_point(largest))
    return shapes


def _polygons(geometry: Mapping[str, Any], code: str) -> tuple[Polygon, ...]:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    raw: list[Any]
    try:
        if kind == "Polygon":
            raw = [coordinates]
        elif kind == "MultiPolygon":
            raw = list(coordinates or [])
        else:
            raise GeoJsonError(f"unit {code}: geometry {kind!r} is not a Polygon or MultiPolygon")
        polygons = tuple(tuple(_ring(ring) for ring in polygon) for polygon in raw)
    except (TypeError, ValueError, IndexError) as exc:
        if isinstance(exc, GeoJsonError):
            raise
        raise GeoJsonError(f"unit {code}: malformed coordinates ({exc})") from exc
    return tuple(p for p in polygons if p and len(p[0]) >= 3)


def _ring(ring: Sequence[Sequence[float]]) -> Ring:
    points = tuple((float(p[0]), float(p[1])) for p in ring)
    # GeoJSON repeats the first point at the end; drawing closes the ring anyway
    return points[:-1] if len(points) > 1 and points[0] == points[-1] else points


def bounds_of(points: Iterable[Point]) -> tuple[float, float, float, float]:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


def ring_area(ring: Ring) -> float:
    """Signed shoelace area in squared degrees; only its size relative to other rings matters."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))


def interior_point(polygon: Polygon) -> Point:
    """The middle of the widest stretch of a horizontal line through the centroid that lies inside.

    The plain centroid of a crescent-shaped commune falls outside it; this point never does.
    """
    outer = polygon[0]
    cy = _centroid(outer)[1]
    crossings: list[float] = []
    for ring in polygon:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 <= cy < y1) or (y1 <= cy < y0):
                crossings.append(x0 + (cy - y0) * (x1 - x0) / (y1 - y0))
    crossings.sort()
    spans = [(crossings[i], crossings[i + 1]) for i in range(0, len(crossings) - 1, 2)]
    if not spans:  # a degenerate ring; the centroid is the best there is
        return _centroid(outer)
    left, right = max(spans, key=lambda s: s[1] - s[0])
    return (left + right) / 2, cy


def _centroid(ring: Ring) -> Point:
    area = ring_area(ring)
    if abs(area) < 1e-15:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


@dataclass(frozen=True)
class Projection:
    """Equirectangular projection around (lon0, lat0), scaled by cos(lat0) so a province keeps its
    shape; `scale` plane units per km. Y grows downwards, as on a screen. Good to a few per cent over
    a province; not for a country."""

    lon0: float
    lat0: float
    scale: float = 1.0

    @classmethod
    def around(cls, shapes: Iterable[UnitShape], scale: float = 1.0) -> Projection:
        boxes = [shape.bounds for shape in shapes]
        if not boxes:
            return cls(0.0, 0.0, scale)
        west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
        east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return cls((west + east) / 2, (south + north) / 2, scale)

    def __call__(self, lon: float, lat: float) -> Point:
        k = KM_PER_DEGREE * self.scale
        return (lon - self.lon0) * math.cos(math.radians(self.lat0)) * k, -(lat - self.lat0) * k

    def ring(self, ring: Ring) -> Ring:
        return tuple(self(lon, lat) for lon, lat in ring)
