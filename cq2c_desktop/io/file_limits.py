"""Limits a file must keep before the importer reads it: no zip bombs, no XML entity bombs, no giant sheets.

A spreadsheet an officer receives by e-mail is untrusted. An .xlsx/.xlsm/.ods is a zip of XML parts:
a few megabytes can unpack to many gigabytes (a zip bomb), and an XML part can declare entities that
expand exponentially (the "billion laughs"). The reader (calamine) holds a sheet's text in memory,
so the sizes are checked here first, from the zip's directory, before anything is unpacked:

- at most MAX_MEMBERS parts and MAX_UNPACKED bytes unpacked in all;
- no part above RATIO_FLOOR bytes that unpacks more than MAX_RATIO times its packed size;
- no XML part with a document type declaration (`<!DOCTYPE`, `<!ENTITY`): Office never writes one;
- other files (.xls, .xlsb, .csv) at most MAX_FILE bytes on disk;
- a sheet of at most MAX_ROWS rows (`check_rows`, after reading at most MAX_ROWS + 1 rows).

The zip directory states sizes the archive claims; a forged claim is caught by the reader's own CRC
and length checks when it unpacks, which then fail as a damaged file.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path

from cq2c_desktop.domain.job_protocol import ServiceError
from cq2c_desktop.domain.messages import Text

MAX_UNPACKED = 512 * 1024 * 1024  # a 150,000-person roster unpacks to about 60 MB
MAX_MEMBERS = 10_000
MAX_RATIO = 200  # sheet XML packs 5–30×; a bomb of blanks packs a thousandfold
RATIO_FLOOR = 16 * 1024 * 1024
MAX_FILE = 256 * 1024 * 1024
MAX_ROWS = 300_000  # the largest province has about 30,000 commune staff: ten times that is not a roster
ZIP_SUFFIXES = frozenset({".xlsx", ".xlsm", ".ods"})
_PROLOG_BYTES = 65536


TOO_MANY_PARTS = Text("file_too_many_parts", "{file} has too many parts ({count}).")
UNPACKS_TOO_LARGE = Text(
    "file_unpacks_too_large", "{file} unpacks to {size}, over the {limit} limit (it may be a zip bomb)."
)
PACKED_TOO_TIGHTLY = Text(
    "file_packed_too_tightly", "Part {part} of {file} is packed abnormally tightly (it may be a zip bomb)."
)
FILE_TOO_LARGE = Text("file_too_large", "{file} is {size}, over the {limit} limit.")
XML_DECLARATION = Text(
    "file_xml_declaration", "{file} holds an XML declaration Office never writes ({part}; it may be an XML bomb)."
)
TOO_MANY_ROWS = Text(
    "sheet_too_many_rows", "Sheet {sheet} has more than {limit} rows; that is not a staff list: split the file."
)


class FileLimitError(ServiceError):
    """The file is beyond what the importer accepts."""


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def _check_members(archive: zipfile.ZipFile, name: str) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise FileLimitError(TOO_MANY_PARTS(file=name, count=len(members)))
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise FileLimitError(UNPACKS_TOO_LARGE(file=name, size=_mb(total), limit=_mb(MAX_UNPACKED)))
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise FileLimitError(PACKED_TOO_TIGHTLY(part=member.filename, file=name))


def _declares_entities(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    # A DTD can only stand in the prolog, before the first element: the head of the part is enough.
    with archive.open(member) as stream:
        head = stream.read(_PROLOG_BYTES)
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head


def check_file(path: str | os.PathLike[str], *, zipped: bool | None = None) -> None:
    """Refuse a file beyond the limits, before any of it is unpacked or parsed; `zipped` says
    whether it is a zip package (default: by its extension)."""
    file = Path(path)
    size = file.stat().st_size
    if zipped is None:
        zipped = file.suffix.lower() in ZIP_SUFFIXES
    if not zipped:
        if size > MAX_FILE:
            raise FileLimitError(FILE_TOO_LARGE(file=file.name, size=_mb(size), limit=_mb(MAX_FILE)))
        return
    try:
        with zipfile.ZipFile(file) as archive:
            _check_members(archive, file.name)
            for member in archive.infolist():
                if member.filename.endswith((".xml", ".rels")) and _declares_entities(archive, member):
                    raise FileLimitError(XML_DECLARATION(file=file.name, part=member.filename))
    except (zipfile.BadZipFile, zlib.error, EOFError, zipfile.LargeZipFile, NotImplementedError, RuntimeError):
        return  # not a zip at all, or encrypted: the reader says so in its own words


def check_rows(row_count: int, name: str) -> None:
    """Call with the number of rows read when reading at most MAX_ROWS + 1 of them."""
    if row_count > MAX_ROWS:
        raise FileLimitError(TOO_MANY_ROWS(sheet=name, limit=f"{MAX_ROWS:,}"))
