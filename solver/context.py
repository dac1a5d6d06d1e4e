"""Everything derived once from an instance and shared by the optimiser, greedy and explanations."""

from __future__ import annotations

from dataclasses import dataclass

from solver.counts import Counts, count
from solver.geo import DistanceTable
from solver.locks import lock_errors
from solver.model import Instance, InstanceError
from solver.network import Network, build_network


@dataclass(frozen=True)
class Context:
    instance: Instance
    counts: Counts
    table: DistanceTable
    net: Network


def prepare(instance: Instance) -> Context:
    """Counts, distances and the candidate network; `InstanceError` if the locks cannot hold."""
    counts = count(instance)
    errors = lock_errors(instance, counts)
    if errors:
        raise InstanceError(errors)
    table = DistanceTable(instance)
    return Context(instance, counts, table, build_network(instance, counts, table))
