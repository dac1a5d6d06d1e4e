"""No output of the program holds a password; a password comes from the credential store or a pgpass
file when the URL has none; TLS is required by default for a server that is not this machine."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text

from cq2c_desktop.cli import main
from cq2c_desktop.domain.locations import display_location, scrub, without_password
from cq2c_desktop.services import credentials
from cq2c_desktop.services.opening import open_location
from cq2c_desktop.services.workspace import open_workspace
from cq2c_desktop.store.db import PasswordNeededError, _connect_args, open_plan

SECRET = "Bi-mat-9xQ"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


def test_one_function_masks_every_spelling_of_a_password() -> None:
    url = f"postgresql+psycopg://ana:{SECRET}@db.tinh.gov.vn:5432/cq2c?sslmode=require"
    assert SECRET not in display_location(url) and "ana:***@db.tinh.gov.vn" in display_location(url)
    assert without_password(url) == "postgresql+psycopg://ana@db.tinh.gov.vn:5432/cq2c?sslmode=require"
    assert SECRET not in scrub(f"connection to {url} failed; password={SECRET} host=x")
    assert scrub("D:\\Kế hoạch\\phuong-an.cq2c") == "D:\\Kế hoạch\\phuong-an.cq2c"


def test_tls_is_required_for_a_server_that_is_not_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)
    assert _connect_args("postgresql+psycopg://ana@db.tinh.gov.vn/cq2c")["sslmode"] == "require"
    assert "sslmode" not in _connect_args("postgresql+psycopg://ana@db.tinh.gov.vn/cq2c?sslmode=verify-full")
    assert "sslmode" not in _connect_args("postgresql+psycopg://ana@127.0.0.1:5432/cq2c")
    assert "sslmode" not in _connect_args("postgresql+psycopg://ana@localhost/cq2c")


def _with_secret(url: str) -> str:
    return url.replace("postgres@", f"postgres:{SECRET}@")


@pytest.mark.postgres
def test_no_cli_output_and_no_audit_event_holds_the_password(
    pg_url: str, demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _with_secret(pg_url)
    missing = _with_secret(pg_url.rsplit("/", 1)[0] + "/no_such_db")
    commands: list[list[str]] = [
        ["copy", str(demo_plan), url, "--quiet"],
        ["info", url],
        ["check", url],
        ["solve", url, "--method", "greedy"],
        ["approve", url, "--all"],
        ["withdraw", url, "--ids", "1", "--reason", "Kiểm tra"],
        ["report", url],
        ["audit", url],
        ["audit", url, "--csv", str(tmp_path / "log.csv")],
        ["export-instance", url, str(tmp_path / "instance.json")],
        ["export", url, "transfers", str(tmp_path / "list.xlsx")],
        ["copy", url, str(tmp_path / "back.cq2c"), "--quiet"],
        ["info", missing],
        ["check", missing],
        ["approve", url, "--ids", "999999"],
        ["login", url],
    ]
    outputs = []
    for command in commands:
        status = main(command)
        out, err = capsys.readouterr()
        outputs.append(out + err)
        assert SECRET not in out + err, (command, status)
    assert any("***" in output for output in outputs)  # the URL was shown, masked
    assert SECRET not in (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            everything = connection.execute(text('SELECT details::text, "user" FROM audit_event')).all()
    finally:
        engine.dispose()
    assert everything and not any(SECRET in str(row) for row in everything)
    workspace = open_workspace(url)
    try:
        assert SECRET not in workspace.title
    finally:
        workspace.close()


def _hba_password_for(server: Any, role: str) -> None:
    """The test server trusts everyone; this role must give a password (scram), as on a real server."""
    hba = Path(server.data) / "pg_hba.conf"
    lines = hba.read_text().splitlines()
    hba.write_text("\n".join([f"host all {role} 127.0.0.1/32 scram-sha-256", *lines]) + "\n")
    runuser = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 and shutil.which("runuser") else []
    subprocess.run([*runuser, str(server.bin / "pg_ctl"), "-D", str(server.data), "reload"], check=True)


@pytest.mark.postgres
def test_the_password_comes_from_the_credential_store_or_pgpass(
    postgres_server: Any, pg_url: str, memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_plan(pg_url, create=True).close()
    admin = create_engine(pg_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE officer_pw LOGIN PASSWORD '{SECRET}' SUPERUSER")
    admin.dispose()
    _hba_password_for(postgres_server, "officer_pw")
    url = pg_url.replace("postgres@", "officer_pw@")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(PasswordNeededError) as asked:
        open_location(url)
    assert SECRET not in str(asked.value)
    with pytest.raises(PasswordNeededError, match="refused"):
        open_location(url.replace("officer_pw@", "officer_pw:wrong@"))

    assert credentials.remember_password(url, SECRET)
    assert memory_keyring.saved == {("CQ2C Planner", url): SECRET}
    open_location(url).close()  # from the credential store

    memory_keyring.saved.clear()
    pgpass = tmp_path / "pgpass"
    host_port_db = url.split("@", 1)[1]
    host, rest = host_port_db.split(":", 1)
    port, database = rest.split("/", 1)
    pgpass.write_text(f"{host}:{port}:{database}:officer_pw:{SECRET}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_location(url).close()  # from the pgpass file, read by libpq
