"""Migration 0006: every new audit event of a shared plan is announced on `cq2c_plan`; a plan at 0005
upgrades. A listener that cannot connect ends quietly (the poll carries on) and logs no password."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from cq2c_desktop.services import audit
from cq2c_desktop.services.change_listener import ChangeListener, listen_for_changes
from cq2c_desktop.store.db import _alembic_config, open_plan


def test_a_plan_file_has_no_listener(tmp_path: Path) -> None:
    plan = open_plan(tmp_path / "p.cq2c", create=True)
    try:
        assert listen_for_changes(plan, lambda: None) is None
    finally:
        plan.close()


@pytest.mark.postgres
def test_a_0005_shared_plan_upgrades_and_announces_its_events(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    plan = open_plan(pg_url)  # upgrades to 0006
    heard: list[int] = []
    listener = listen_for_changes(plan, lambda: heard.append(1))
    try:
        assert listener is not None and listener.ready.wait(10)
        with plan.begin() as session:
            assert session.scalar(text("SELECT version_num FROM alembic_version")) == "0006"
            audit.record(session, "setting_changed", key="x")
        deadline = 50
        while not heard and deadline:
            listener.thread.join(0.1)
            deadline -= 1
        assert heard
    finally:
        if listener is not None:
            listener.stop()
        plan.close()
    assert listener is not None and not listener.alive


@pytest.mark.postgres
def test_a_listener_that_cannot_connect_gives_up_quietly(pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    secret = "Mat-khau-9Xy"
    bad = open_plan(pg_url, create=True)
    bad.engine.dispose()
    # the same server, a login that does not exist, with a password: the server refuses it
    bad.engine = create_engine(pg_url.replace("postgres@", f"nobody_here:{secret}@"))
    try:
        with caplog.at_level(logging.WARNING):
            listener = ChangeListener(bad, lambda: None).start()
            listener.thread.join(15)
        assert not listener.alive and not listener.ready.is_set()
        assert "polling only" in caplog.text and secret not in caplog.text
    finally:
        bad.engine.dispose()
