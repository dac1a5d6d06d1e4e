"""The CLI's one progress bar, drawn on stderr so stdout stays clean for --json."""

from __future__ import annotations

import sys

from cq2c_desktop.domain.messages import Message, bilingual

WIDTH = 24
TEXT_WIDTH = 70


def text_progress(done: int, total: int, message: Message | None = None) -> None:
    text = bilingual(message)[:TEXT_WIDTH] if message is not None else ""
    filled = WIDTH * min(done, total) // max(total, 1)
    print(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {text:<{TEXT_WIDTH}}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)
