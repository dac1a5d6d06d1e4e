"""Damaged documents: solve_json and greedy_json answer INVALID with reasons, never raise."""

from __future__ import annotations

import copy
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from solver_testkit import tiny_instances

from solver import check_result, greedy_json, parse_instance, solve_json

ODD_VALUES: list[Any] = [None, "x", "", -1, 0, 1.5, 10**20, float("inf"), [], {}, True, "U0", "a", "P0"]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _damage(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(_paths(doc))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and rng.random() < 0.3:
            del parent[path[-1]]
        else:
            parent[path[-1]] = rng.choice(ODD_VALUES)
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tiny_instances(), st.integers(0, 2**32))
def test_damaged_documents_never_raise(doc: dict[str, Any], seed: int) -> None:
    damaged = _damage(doc, random.Random(seed))
    for result in (solve_json(damaged), greedy_json(damaged)):
        if result["status"] == "INVALID":
            assert result["errors"] and all(isinstance(e, str) and ": " in e for e in result["errors"])
        else:
            assert check_result(parse_instance(damaged), result) == []
