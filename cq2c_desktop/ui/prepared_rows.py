"""Search text and sort orders of a table's rows, prepared in slices while the window is idle.

A national roster needs about a second of Python work to fold 150,000 rows into search text and to
sort them by name. That work is cut into slices of a few tens of milliseconds which the UI thread
runs between events. It does not run on a worker thread because of Python's interpreter lock: a
busy worker makes every call from Qt into Python (each painted cell) wait for the lock, so a
window painted during a warm-up on a thread took 100-160 ms instead of 25 (measured), and the
large C-level steps (a sort of 150,000 keys) hold the lock on any thread anyway.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Generator, Sequence
from itertools import islice
from typing import Any, Generic, TypeVar

from cq2c_desktop.domain.text import fast_fold, fast_sort_key
from cq2c_desktop.ui.formatting import cell_text

Row = TypeVar("Row")
Getter = Callable[[Any], Any]
Steps = Generator[None, None, Any]
SLICE = 4000  # rows per slice: about 2 ms of folding, 5 ms of collation keys
RUN = 16384  # keys sorted in one C call (10-15 ms for text)
MERGE_SLICE = 8192  # merged keys per slice


def display_text(value: Any) -> str:
    """A cell value as the table shows it (numbers and dates in the interface's format)."""
    return value if type(value) is str else cell_text(value)  # text first: nearly every cell is


def matching(order: Sequence[int], haystack: Sequence[str], needle: str) -> list[int]:
    """The positions in `order` whose search text holds every word of `needle`, anywhere (each word
    may match a different column). One pass per word, the longest word first: it keeps fewest rows,
    so the passes after it scan little (four words on 150,000 rows: one full scan, measured in
    benchmarks/bench_ui.py)."""
    found = list(order)
    for word in sorted(set(needle.split()), key=len, reverse=True):
        found = [i for i in found if word in haystack[i]]
    return found


def narrows(before: str, after: str) -> bool:
    """Whether every row matching `after` also matches `before` (each earlier word lies inside a new
    one), so the new search may start from the rows shown instead of all of them."""
    new_words = after.split()
    return all(any(old in new for new in new_words) for old in before.split())


def sorted_steps(keys: Sequence[Any]) -> Steps:
    """Positions of `keys` in ascending, stable order, in slices: runs of RUN keys are sorted in
    one C call each (a few ms), then merged a MERGE_SLICE at a time. One sort of 150,000 shuffled
    strings takes over 100 ms, too long to hold the UI thread."""
    count = len(keys)
    if count <= RUN:
        return sorted(range(count), key=keys.__getitem__)
    runs = []
    for start in range(0, count, RUN):
        runs.append(sorted(range(start, min(count, start + RUN)), key=keys.__getitem__))
        yield
    merged = heapq.merge(*runs, key=keys.__getitem__)  # stable: ties come from the earlier run first
    order: list[int] = []
    while len(order) < count:
        order.extend(islice(merged, MERGE_SLICE))
        yield
    return order


def ascending_steps(values: list[Any]) -> Steps:
    """Positions of `values` in ascending order: Vietnamese collation for text, blanks last."""
    # Rank the distinct texts and sort the rows by rank: a roster has 150,000 people but a few
    # thousand units or specialties, and integers compare faster than collation keys. (Collecting
    # the distinct names of a national roster at once takes 50-80 ms: in slices too.)
    all_text, seen = True, dict[str, None]()
    for start in range(0, len(values), SLICE * 8):
        chunk = values[start : start + SLICE * 8]
        if not all(isinstance(v, str) for v in chunk):
            all_text = False
            break
        seen.update(dict.fromkeys(chunk))
        yield
    if all_text:
        distinct = list(seen)
        yield
        collation: list[str] = []
        for start in range(0, len(distinct), SLICE):
            collation.extend(map(fast_sort_key, distinct[start : start + SLICE]))
            yield
        ranked = yield from sorted_steps(collation)
        # Texts that collate alike ("Ô" and "ô") share a rank, so their rows keep their order.
        rank: dict[str, int] = {}
        place, previous = -1, None
        for start in range(0, len(ranked), SLICE * 4):
            for position in ranked[start : start + SLICE * 4]:
                key = collation[position]
                if key != previous:
                    place, previous = place + 1, key
                rank[distinct[position]] = place
            yield
        keys: list[Any] = []
        for start in range(0, len(values), SLICE * 4):
            keys.extend(map(rank.__getitem__, values[start : start + SLICE * 4]))
            yield
    elif all(isinstance(v, int | float | bool) for v in values):
        keys = values
    else:  # numbers or text with blanks: blanks last, text compared as shown
        as_text = any(isinstance(v, str) for v in values)
        keys = []
        for start in range(0, len(values), SLICE):
            keys.extend(
                (v is None, fast_sort_key(display_text(v)) if as_text else (0 if v is None else v))
                for v in values[start : start + SLICE]
            )
            yield
    return (yield from sorted_steps(keys))


def run_through(steps: Steps) -> Any:
    """Run a sliced computation to its end at once and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


class PreparedRows(Generic[Row]):
    """One list of rows with its search text (folded, diacritics dropped) and per-column orders.

    `start` plans the preparation and `step` runs one slice of it; asking for a result before it is
    ready finishes the rest at once. `replace` keeps everything right when a row is edited meanwhile."""

    def __init__(self, rows: list[Row], searchable: Sequence[Getter], sortable: Sequence[Getter]) -> None:
        self.rows = rows
        self._searchable = list(searchable)
        self._sortable = list(sortable)
        self._haystack: list[str] | None = None
        self._partial: list[str] = []  # search text of the rows folded so far
        self._sorted: dict[int, list[int]] = {}
        self._edited = False  # a row changed while an order was being computed: that order is stale
        self._pending: Steps | None = None

    def lists(self) -> list[list[Any]]:
        """Every large list held here (the rows, their search text, the orders), to free them."""
        held: list[list[Any]] = [self.rows, self._partial, *self._sorted.values()]
        if self._haystack is not None:
            held.append(self._haystack)
        return held

    # --- slices ------------------------------------------------------------------------------
    def start(self, columns: Sequence[int]) -> None:
        self._pending = self._preparation(tuple(columns))

    @property
    def preparing(self) -> bool:
        return self._pending is not None

    def step(self) -> bool:
        """Run one slice; False once everything planned is ready."""
        if self._pending is None:
            return False
        try:
            next(self._pending)
        except StopIteration:
            self._pending = None
        return self._pending is not None

    def finish(self) -> None:
        while self.step():
            pass

    def _preparation(self, columns: tuple[int, ...]) -> Steps:
        if self._haystack is None:
            yield from self._haystack_steps()
        for column in columns:
            if column not in self._sorted:
                yield from self._order_steps(column)

    def _haystack_steps(self) -> Steps:
        getters, rows, partial = self._searchable, self.rows, self._partial
        while len(partial) < len(rows):
            start = len(partial)
            block = "\x1e".join("\x1f".join(display_text(g(r)) for g in getters) for r in rows[start : start + SLICE])
            partial.extend(fast_fold(block).split("\x1e"))
            yield
        self._haystack, self._partial = partial, []

    def _order_steps(self, column: int) -> Steps:
        self._edited = False
        getter, rows = self._sortable[column], self.rows
        values: list[Any] = []
        for start in range(0, len(rows), SLICE):
            values.extend(getter(r) for r in rows[start : start + SLICE])
            yield
        order = yield from ascending_steps(values)
        if not self._edited:
            self._sorted[column] = order

    # --- what the table asks for ------------------------------------------------------------
    def search_text(self, row: Row) -> str:
        return "\x1f".join(fast_fold(display_text(g(row))) for g in self._searchable)

    def haystack(self) -> list[str]:
        """Every row's search text, in row order."""
        if self._haystack is None:
            run_through(self._haystack_steps())
        assert self._haystack is not None
        return self._haystack

    def ready_haystack(self) -> list[str] | None:
        """The search text if it is already built (never works for it)."""
        return self._haystack

    def has_order(self, column: int) -> bool:
        return column in self._sorted

    def ascending(self, column: int) -> list[int]:
        """Row positions in ascending order of a column, computed once per column."""
        order = self._sorted.get(column)
        if order is None:
            order = run_through(ascending_steps([self._sortable[column](r) for r in self.rows]))
            self._sorted[column] = order
        return order

    def replace(self, position: int, row: Row) -> None:
        self.rows[position] = row
        self._sorted = {}
        self._edited = True
        text = self.search_text(row)
        if self._haystack is not None:
            self._haystack[position] = text
        elif position < len(self._partial):
            self._partial[position] = text
