"""No output of the command line holds a password: stdout and stderr pass through `scrub` while a
command runs, with the passwords of the URLs on its command line masked by value too (so a
password repeated inside an error message of the driver or the server is masked as well)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO
from urllib.parse import urlsplit

from cq2c_desktop.domain.locations import password_of, scrub


class _Scrubbed:
    """A text stream that masks passwords in everything written to it."""

    def __init__(self, stream: TextIO, secrets: list[str]) -> None:
        self._stream, self._secrets = stream, secrets

    def write(self, text: str) -> int:
        self._stream.write(scrub(text, self._secrets))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, isatty, encoding, fileno …
        return getattr(self._stream, name)


def secrets_in(argv: Iterable[str]) -> list[str]:
    found: list[str] = []
    for arg in argv:
        password = password_of(arg)
        if password:
            found.append(password)
            raw = urlsplit(arg).password
            if raw and raw != password:
                found.append(raw)
    if os.environ.get("PGPASSWORD"):
        found.append(os.environ["PGPASSWORD"])
    return sorted(set(found), key=len, reverse=True)


@contextmanager
def scrubbed_output(argv: Iterable[str]) -> Iterator[None]:
    secrets = secrets_in(argv)
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Scrubbed(out, secrets), _Scrubbed(err, secrets)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
