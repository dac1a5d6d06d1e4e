"""How the command line says things: the lower layers' messages in both languages, Vietnamese first
(domain/messages.py `bilingual`, from the same translation file the window uses), and for a few of
them how to act with this command line's own options, which the window has no use for."""

from __future__ import annotations

from cq2c_desktop.domain.messages import Message, bilingual

# Message code -> the options that act on it here; {name} fields come from the message.
HINTS: dict[str, str] = {
    "approve_which": "--all | --ids …",
    "nothing_approved": "cq2c approve PLAN --all | --ids …",
    "nothing_approved_in_run": "--run {other}",
    "copy_target_not_empty": "--force",
    "copy_target_exists": "--force",
    "document_settings_missing": "cq2c settings PLAN KEY VALUE; --blanks",
}
# Import problems the command line's options fix, and how (printed once under the report).
IMPORT_HINTS: dict[str, str] = {
    "missing_column": 'ghép cột bằng --map "Cột X=trường" / map a column with --map "Column X=field"',
    "mapping_no_column": 'ghép cột bằng --map "Cột X=trường" / map a column with --map "Column X=field"',
    "no_header": "chỉ rõ dòng tiêu đề bằng --header-row N / give the header row with --header-row N",
    "no_list_sheet": "chọn trang bằng --sheet TÊN và dòng tiêu đề bằng --header-row N / choose the sheet with "
    "--sheet NAME and the header row with --header-row N",
    "no_unit": 'ghép cột đơn vị bằng --map "Cột X=unit" hoặc cho đơn vị của cả tệp bằng --unit "Xã …" / map the '
    'unit column with --map "Column X=unit", or give the unit of the whole file with --unit "Xã …"',
    "no_data_rows": "chọn trang bằng --sheet TÊN / choose the sheet with --sheet NAME",
}


class CliError(Exception):
    """A mistake in the command line itself; the CLI prints it (both languages) and exits 2."""


def say(message: Message) -> str:
    """One line: Vietnamese / English, then the command-line way to act on it, if there is one."""
    hint = HINTS.get(message.code)
    text = bilingual(message)
    return f"{text} ({hint.format(**message.params)})" if hint else text


def import_hints(codes: set[str]) -> list[str]:
    return sorted({IMPORT_HINTS[code] for code in codes if code in IMPORT_HINTS})
