"""The GeoJSON reader: Polygon and MultiPolygon units, holes, interior points, the flat projection."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from cq2c_desktop.io.geojson import (
    KM_PER_DEGREE,
    GeoJsonError,
    Projection,
    interior_point,
    parse_unit_shapes,
    read_unit_shapes,
)
from cq2c_desktop.paths import resource_path

SQUARE = [[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0], [0.0, 0.0]]
HOLE = [[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]]


def _collection(*features: dict[str, Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


def _feature(geometry: dict[str, Any] | None, fid: str | None = "1", **properties: Any) -> dict[str, Any]:
    feature: dict[str, Any] = {"type": "Feature", "properties": properties, "geometry": geometry}
    if fid is not None:
        feature["id"] = fid
    return feature


def _inside(point: tuple[float, float], ring: tuple[tuple[float, float], ...]) -> bool:
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def test_a_polygon_keeps_its_rings_without_the_closing_point() -> None:
    shapes = parse_unit_shapes(_collection(_feature({"type": "Polygon", "coordinates": [SQUARE, HOLE]}, name="Xã Thử")))
    shape = shapes["1"]
    assert shape.name == "Xã Thử"
    assert len(shape.polygons) == 1 and len(shape.polygons[0]) == 2
    assert shape.polygons[0][0] == ((0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0))
    assert shape.bounds == (0.0, 0.0, 2.0, 2.0)


def test_a_multipolygon_keeps_every_part_and_anchors_in_the_largest() -> None:
    islet = [[5.0, 5.0], [5.2, 5.0], [5.2, 5.2], [5.0, 5.0]]
    shapes = parse_unit_shapes(_collection(_feature({"type": "MultiPolygon", "coordinates": [[islet], [SQUARE]]})))
    shape = shapes["1"]
    assert len(shape.polygons) == 2
    assert 0 < shape.anchor[0] < 2 and 0 < shape.anchor[1] < 2
    assert shape.bounds == (0.0, 0.0, 5.2, 5.2)


def test_the_code_property_stands_in_for_a_missing_id_and_empty_geometry_is_skipped() -> None:
    shapes = parse_unit_shapes(
        _collection(
            _feature({"type": "Polygon", "coordinates": [SQUARE]}, fid=None, code="15001"),
            _feature(None, fid="15002"),
        )
    )
    assert list(shapes) == ["15001"]
    assert shapes["15001"].name == "15001"  # no name: the code is better than nothing


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "Feature"}, "FeatureCollection"),
        (_collection(_feature({"type": "Point", "coordinates": [1, 2]})), "Point"),
        (_collection(_feature({"type": "Polygon", "coordinates": [[[1, "x"]]]})), "malformed"),
        (_collection(_feature({"type": "Polygon", "coordinates": [SQUARE]}, fid=None)), "no id"),
    ],
)
def test_bad_input_raises_a_clear_error(data: dict[str, Any], message: str) -> None:
    with pytest.raises(GeoJsonError, match=message):
        parse_unit_shapes(data)


def test_a_file_that_is_not_json_raises_a_geojson_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.geojson"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(GeoJsonError, match="not valid JSON"):
        read_unit_shapes(path)


def test_the_interior_point_of_a_crescent_lies_inside_it() -> None:
    # a U shape: its centroid (x = 1.5) falls in the empty notch between the arms
    u_shape = ((0.0, 0.0), (3.0, 0.0), (3.0, 3.0), (2.0, 3.0), (2.0, 1.0), (1.0, 1.0), (1.0, 3.0), (0.0, 3.0))
    point = interior_point((u_shape,))
    assert _inside(point, u_shape)


def test_the_interior_point_avoids_a_hole() -> None:
    square = tuple((x, y) for x, y in SQUARE[:-1])
    hole = tuple((x, y) for x, y in HOLE[:-1])
    x, y = interior_point((square, hole))
    assert _inside((x, y), square) and not _inside((x, y), hole)


def test_the_projection_shrinks_longitude_by_the_cosine_of_latitude() -> None:
    projection = Projection(lon0=105.0, lat0=20.0, scale=2.0)
    assert projection(105.0, 20.0) == (0.0, 0.0)
    east, _ = projection(106.0, 20.0)
    _, north = projection(105.0, 21.0)
    assert east == pytest.approx(KM_PER_DEGREE * math.cos(math.radians(20.0)) * 2.0)
    assert north == pytest.approx(-KM_PER_DEGREE * 2.0)  # north is up: y decreases


def test_the_bundled_map_has_every_thanh_hoa_unit_inside_its_boundary() -> None:
    path = resource_path("data/thanh_hoa_units.geojson")
    shapes = read_unit_shapes(path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert len(shapes) == 166
    assert sum(len(s.polygons) > 1 for s in shapes.values()) == sum(
        f["geometry"]["type"] == "MultiPolygon" for f in raw["features"]
    )
    assert shapes["14758"].name == "Phường Hàm Rồng"
    for shape in shapes.values():  # arrows start and end on these points: they must be in the unit
        assert any(_inside(shape.anchor, polygon[0]) for polygon in shape.polygons), shape.code
    projection = Projection.around(shapes.values())
    west, south, east, north = (
        min(s.bounds[0] for s in shapes.values()),
        min(s.bounds[1] for s in shapes.values()),
        max(s.bounds[2] for s in shapes.values()),
        max(s.bounds[3] for s in shapes.values()),
    )
    width = projection(east, north)[0] - projection(west, north)[0]
    height = projection(west, south)[1] - projection(west, north)[1]
    assert 150 < width < 200 and 130 < height < 180  # km: Thanh Hóa is about 175 by 155 km
