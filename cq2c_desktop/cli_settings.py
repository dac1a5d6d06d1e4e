"""`cq2c settings PLAN [KEY [VALUE]]`: list, read and set the plan's settings by key.

The keys are those of the documents' missing-values check and of the settings in the window
(domain/settings_keys.py): the policy, the document details, the support policy, the legal bases.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from cq2c_desktop.domain.settings_keys import NO_SUCH_SETTING, SettingValueError
from cq2c_desktop.services.opening import opened
from cq2c_desktop.services.settings import change_setting, list_settings


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return value
    if hasattr(value, "__dataclass_fields__"):
        value = {name: getattr(value, name) for name in value.__dataclass_fields__}
    return json.dumps(value, ensure_ascii=False, default=lambda v: getattr(v, "__dict__", str(v)))


def _cmd_settings(args: argparse.Namespace) -> int:
    with opened(args.plan) as plan:  # one audited value: no safety copy pushed into the rotation
        if args.value is not None:
            stored = change_setting(plan, args.key, args.value)
            print(f"Đã lưu / Saved: {args.key} = {_shown(stored)}")
            return 0
        rows = list_settings(plan)
    if args.key is not None:
        match = [value for known, value in rows if known.key == args.key]
        if not match:
            raise SettingValueError(NO_SUCH_SETTING(key=args.key))
        print(_shown(match[0]))
        return 0
    for known, value in rows:
        if known.kind == "json" and known.key == "legal_bases":
            continue  # listed field by field below it
        print(f"{known.key} = {_shown(value)}    # {known.label_vi} / {known.label_en}")
    return 0


def register(sub: Any) -> None:
    settings = sub.add_parser(
        "settings",
        help="xem, đặt thông số phương án (văn bản, chính sách) / list, read and set the plan's settings",
    )
    settings.add_argument("plan", help="tệp phương án hoặc URL PostgreSQL / plan file or PostgreSQL URL")
    settings.add_argument("key", nargs="?", help="khóa, ví dụ documents.signer_name / a key")
    settings.add_argument("value", nargs="?", help="giá trị mới / the new value")
    settings.set_defaults(handler=_cmd_settings)
