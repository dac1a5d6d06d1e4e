"""A plan's location as it may be shown, saved or logged: never with its password.

A PostgreSQL location is a URL (`postgresql+psycopg://user:password@host:5432/db?sslmode=require`).
Everything the program shows or writes (window title, recent plans, audit events, errors, the
command line's output) goes through `display_location` or `scrub`, the one place that hides a
password; a saved connection profile is `without_password` (the password comes from the operating
system's credential store or a pgpass file: services/credentials.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

MASK = "***"
# scheme://user:secret@  ·  password=secret (a URL's query or a libpq connection string)
_URL_SECRET = re.compile(r"(?P<head>\b[a-zA-Z][\w+.-]*://[^\s/:@]*:)(?P<secret>[^\s@/]*)(?P<tail>@)")
_PARAM_SECRET = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<secret>'[^']*'|[^\s&;]+)", re.IGNORECASE)


def is_url(location: str | os.PathLike[str]) -> bool:
    return "://" in os.fspath(location)


def password_of(location: str | os.PathLike[str]) -> str | None:
    """The password a URL carries (in its user part or as `?password=`), else None."""
    text = os.fspath(location)
    if not is_url(text):
        return None
    parts = urlsplit(text)
    if parts.password:
        return unquote(parts.password)
    found = dict(parse_qsl(parts.query)).get("password")
    return found or None


def without_password(location: str | os.PathLike[str]) -> str:
    """The location with its password left out: what a connection profile saves."""
    text = os.fspath(location)
    if not is_url(text):
        return text
    parts = urlsplit(text)
    netloc = parts.netloc
    if "@" in netloc:
        user_part, host_part = netloc.rsplit("@", 1)
        netloc = f"{user_part.split(':', 1)[0]}@{host_part}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Any text (an error, a line of output) with every password in it masked."""
    text = _URL_SECRET.sub(lambda m: m["head"] + (MASK if m["secret"] else "") + m["tail"], text)
    text = _PARAM_SECRET.sub(lambda m: m["head"] + MASK, text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


def display_location(location: str | os.PathLike[str]) -> str:
    """The location as the window and the command line show it."""
    return scrub(os.fspath(location))
