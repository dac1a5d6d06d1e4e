"""The CLI's one progress bar, drawn on stderr so stdout stays clean for --json."""

from __future__ import annotations

import sys

WIDTH = 24


def text_progress(done: int, total: int, message: str) -> None:
    filled = WIDTH * min(done, total) // max(total, 1)
    print(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {message[:60]:<60}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)
