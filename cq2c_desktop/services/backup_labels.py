"""What a backup copy was taken before, in words: "trước khi phê duyệt 405 điều động", "trước khi nhập
tệp ds.xlsx". The work that takes a copy names it with `backup_reason(kind, detail)`; the reason is
kept in the copy's file name (store/backups.py), so the words survive with the copy."""

from __future__ import annotations

import re

from cq2c_desktop.domain.messages import Message, Text

OPENED = Text("backup_open", "when the plan was opened")
BEFORE_RESTORE = Text("backup_before_restore", "before a restore")
BEFORE_UPGRADE = Text("backup_before_upgrade", "before the plan was upgraded")
BEFORE_SOLVE = Text("backup_before_solve", "before an optimisation (command line)")
BEFORE_IMPORT = Text("backup_before_import", "before an import")
BEFORE_IMPORT_FILE = Text("backup_before_import_file", "before importing the file {file}")
BEFORE_APPROVE = Text("backup_before_approve", "before an approval (command line)")
BEFORE_APPROVE_COUNT = Text("backup_before_approve_count", "before approving {count} move(s)")
BEFORE_WITHDRAW = Text("backup_before_withdraw", "before withdrawing an approval")
OTHER = Text("backup_other", "before: {work}")

_PLAIN = {
    "open": OPENED,
    "before-restore": BEFORE_RESTORE,
    "before-upgrade": BEFORE_UPGRADE,
    "before-solve": BEFORE_SOLVE,
    "before-import": BEFORE_IMPORT,
    "before-approve": BEFORE_APPROVE,
    "before-withdraw": BEFORE_WITHDRAW,
}
_UNSAFE = re.compile(r"[^\w.\- ]+")  # what a file name on Windows cannot hold, and more
_LONGEST_DETAIL = 60


def backup_reason(kind: str, detail: str | int | None = None) -> str:
    """The reason a copy is named with: `kind` ("before-import"), then what it is about."""
    if detail is None or detail == "":
        return kind
    text = _UNSAFE.sub("_", str(detail)).strip(" .")[:_LONGEST_DETAIL]
    return f"{kind}.{text}" if text else kind


def backup_label(reason: str) -> Message:
    kind, _, detail = reason.partition(".")
    if detail and kind == "before-import":
        return BEFORE_IMPORT_FILE(file=detail)
    if detail.isdigit() and kind == "before-approve":
        return BEFORE_APPROVE_COUNT(count=int(detail))
    known = _PLAIN.get(kind)
    return known() if known is not None else OTHER(work=reason)
