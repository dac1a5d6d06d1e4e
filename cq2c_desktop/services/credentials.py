"""Where a shared plan's password comes from, so that no file of ours ever holds it.

A connection profile (the recent plans, the last plan) is the URL without its password
(domain/locations.py). When a URL has none, the password comes from, in order:
1. the operating system's credential store through the optional `keyring` package (Windows
   Credential Manager, macOS Keychain, Secret Service on Linux): `cq2c login URL` or the window's
   "remember" box saves it there;
2. a pgpass file, which libpq reads by itself (`%APPDATA%\\postgresql\\pgpass.conf`, `~/.pgpass`, or
   the file PGPASSFILE names);
3. the window asks in a dialog (ui/credentials_prompt.py); the command line says which of the above to set.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy.engine import make_url

from cq2c_desktop.domain.locations import is_url, password_of, without_password
from cq2c_desktop.store.db import PasswordNeededError

SERVICE = "CQ2C Planner"
_TYPED: dict[str, str] = {}  # passwords typed in this session (the window's dialog), in memory only


def account(location: str) -> str:
    """The credential store's account name for a plan: its URL without the password."""
    return without_password(location)


def _keyring() -> Any | None:
    try:
        import keyring  # optional: `pip install keyring` (the Windows bundle includes it)
    except ImportError:
        return None
    return keyring


def stored_password(location: str) -> str | None:
    store = _keyring()
    if store is None:
        return None
    try:
        found = store.get_password(SERVICE, account(location))
    except Exception:  # no usable backend on this machine: the next source is tried
        return None
    return str(found) if found else None


def remember_password(location: str, password: str) -> bool:
    """Save the password in the credential store; False when this machine has none."""
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(SERVICE, account(location), password)
    except Exception:
        return False
    return True


def with_password(location: str | os.PathLike[str], password: str | None = None) -> str:
    """The URL to connect with: its own password, the one given, or the credential store's. The
    result lives in memory only (the open plan's engine); nothing shown or saved comes from it."""
    text = os.fspath(location)
    if not is_url(text) or not text.startswith("postgresql") or password_of(text):
        return text
    secret = password or _TYPED.get(account(text)) or stored_password(text)
    if not secret:
        return text  # libpq may still find one in a pgpass file
    return make_url(text).set(password=secret).render_as_string(hide_password=False)


def use_for_session(location: str, password: str) -> None:
    """A password typed in the window: used by every later opening in this process, never saved."""
    _TYPED[account(location)] = password


def is_password_needed(error: BaseException) -> bool:
    """Whether opening failed for want of a (right) password: the window then asks for one."""
    return isinstance(error, PasswordNeededError)
