"""`cq2c login` and `cq2c shared init`: setting up a plan shared on a PostgreSQL server.

`login` saves a password in the operating system's credential store (services/credentials.py), so
no URL, file or setting needs to hold it; `shared init` creates the roles (docs/shared-plans.md).
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from cq2c_desktop.cli_messages import CliError
from cq2c_desktop.domain.locations import display_location, password_of, without_password
from cq2c_desktop.services import credentials, shared_setup

EXIT_OK = 0


def _cmd_login(args: argparse.Namespace) -> int:
    secret = password_of(args.url) or getpass.getpass(f"Mật khẩu / Password ({display_location(args.url)}): ")
    if not secret:
        raise CliError("Chưa nhập mật khẩu / No password given")
    if not credentials.remember_password(without_password(args.url), secret):
        raise CliError(
            "Máy này không có kho mật khẩu (cài gói keyring) — hãy dùng tệp pgpass / "
            "No credential store on this machine (install keyring) — use a pgpass file"
        )
    print(
        f"Đã lưu mật khẩu vào kho của hệ điều hành / Password saved in the OS credential store: "
        f"{without_password(args.url)}"
    )
    return EXIT_OK


def _cmd_shared_init(args: argparse.Namespace) -> int:
    result = shared_setup.init_shared(args.url)
    print(f"Phương án dùng chung / Shared plan: {result.location}")
    print("Lược đồ / Schema: " + ("đã tạo / created" if result.created_schema else "đã có / kept"))
    print(
        "Vai trò / Roles: cq2c_owner, cq2c_planner, cq2c_approver, cq2c_reader"
        + (f" (mới tạo / created: {', '.join(result.roles_created)})" if result.roles_created else "")
    )
    print("Cấp quyền cho cán bộ / Give officers a role: GRANT cq2c_planner TO <login>; (docs/shared-plans.md)")
    return EXIT_OK


def register(sub: Any) -> None:
    login = sub.add_parser(
        "login", help="lưu mật khẩu PostgreSQL vào kho của hệ điều hành / save a PostgreSQL password in the OS store"
    )
    login.add_argument("url", help="postgresql+psycopg://người_dùng@máy:5432/csdl / user@host URL")
    login.set_defaults(handler=_cmd_login)

    shared = sub.add_parser("shared", help="phương án dùng chung trên PostgreSQL / a plan shared on PostgreSQL")
    actions = shared.add_subparsers(dest="shared_command", required=True)
    init = actions.add_parser(
        "init",
        help="tạo vai trò và phân quyền (quản trị CSDL chạy một lần) / create the roles and grants (once, by the DBA)",
    )
    init.add_argument("url", help="URL của quản trị CSDL / the administrator's URL")
    init.set_defaults(handler=_cmd_shared_init)
