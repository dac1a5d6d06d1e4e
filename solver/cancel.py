"""The exception a cancelled solve raises, in a module of its own: a caller that only needs to catch
it (the desktop app, at start) does not load OR-Tools to do so."""

from __future__ import annotations


class Cancelled(Exception):  # noqa: N818 - the name says what happened, as in concurrent.futures
    """`should_stop()` returned true: the solve was abandoned and returns nothing."""
