"""Distances between units: the document's road distances where given (either direction), otherwise
the great-circle distance on a sphere of radius 6,371 km times `road_factor`."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from solver.model import Instance
from solver.sphere import EARTH_RADIUS_KM as EARTH_RADIUS_KM
from solver.sphere import great_circle_km as great_circle_km

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


class DistanceTable:
    """Distance lookups by unit index, vectorised for the candidate generation."""

    def __init__(self, instance: Instance) -> None:
        self.index = {u.id: i for i, u in enumerate(instance.units)}
        self.lat = np.radians(np.array([u.lat for u in instance.units], dtype=np.float64))
        self.lon = np.radians(np.array([u.lon for u in instance.units], dtype=np.float64))
        self.road_factor = instance.distances.road_factor
        # Forward entries win over the reverse direction of the same pair.
        self.explicit: dict[tuple[int, int], float] = {}
        given = instance.distances.km
        for (a, b), km in given.items():
            if (b, a) not in given:
                self.explicit[self.index[b], self.index[a]] = km
        for (a, b), km in given.items():
            self.explicit[self.index[a], self.index[b]] = km

    def km(self, origin: int, dest: int) -> float:
        explicit = self.explicit.get((origin, dest))
        if explicit is not None:
            return explicit
        return float(self.matrix(np.array([origin]), np.array([dest]))[0, 0])

    def pairs(self, origins: IntArray, dests: IntArray) -> FloatArray:
        """km[i] from unit origins[i] to unit dests[i]."""
        lat1, lon1, lat2, lon2 = self.lat[origins], self.lon[origins], self.lat[dests], self.lon[dests]
        hav = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        km: FloatArray = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(hav))) * self.road_factor
        for i, (a, b) in enumerate(zip(origins.tolist(), dests.tolist(), strict=True)):
            explicit = self.explicit.get((a, b))
            if explicit is not None:
                km[i] = explicit
        return km

    def matrix(self, origins: IntArray, dests: IntArray) -> FloatArray:
        """km[i, j] from unit origins[i] to unit dests[j]; both index arrays hold distinct units."""
        lat1, lon1 = self.lat[origins][:, None], self.lon[origins][:, None]
        lat2, lon2 = self.lat[dests][None, :], self.lon[dests][None, :]
        hav = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        km: FloatArray = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(hav))) * self.road_factor
        if self.explicit:
            self._override(km, origins, dests)
        return km

    def _override(self, km: FloatArray, origins: IntArray, dests: IntArray) -> None:
        row = {int(u): i for i, u in enumerate(origins)}
        col = {int(u): j for j, u in enumerate(dests)}
        for (a, b), value in self.explicit.items():
            i, j = row.get(a), col.get(b)
            if i is not None and j is not None:
                km[i, j] = value
