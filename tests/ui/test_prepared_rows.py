"""Sorting in slices gives exactly what one stable sort gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cq2c_desktop.domain.text import fast_sort_key
from cq2c_desktop.ui import prepared_rows
from cq2c_desktop.ui.prepared_rows import ascending_steps, run_through, sorted_steps

VIETNAMESE = st.text(alphabet="aăâbdđeêioôơuưyAĂĐÔƠàáảãạằẳẵặấầẩẫậ 0", max_size=6)


@pytest.fixture(autouse=True)
def small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of 7 keys, merged 5 at a time: small lists go through every slice of the merge."""
    monkeypatch.setattr(prepared_rows, "RUN", 7)
    monkeypatch.setattr(prepared_rows, "MERGE_SLICE", 5)
    monkeypatch.setattr(prepared_rows, "SLICE", 3)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-5, max_value=5), max_size=60))
def test_sorted_steps_is_one_stable_sort(keys: list[int]) -> None:
    assert run_through(sorted_steps(keys)) == sorted(range(len(keys)), key=keys.__getitem__)


@settings(max_examples=200, deadline=None)
@given(st.lists(VIETNAMESE, max_size=60))
def test_text_sorts_in_vietnamese_order_keeping_ties_in_place(values: list[str]) -> None:
    assert run_through(ascending_steps(values)) == sorted(range(len(values)), key=lambda i: fast_sort_key(values[i]))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=9)), max_size=40))
def test_blanks_sort_last(values: list[int | None]) -> None:
    order = run_through(ascending_steps(values))
    shown = [values[i] for i in order]
    assert shown == sorted(v for v in values if v is not None) + [None] * values.count(None)
