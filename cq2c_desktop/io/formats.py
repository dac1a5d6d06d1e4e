"""What a file really is, from its first bytes, not its name.

Government systems export "Excel" as an HTML table or an XML Spreadsheet 2003 saved as .xls; an
.xlsx is sent renamed .xls; a password-protected .xlsx is an OLE2 container holding an encrypted
package. The extension only breaks a tie (a CSV and a TSV are both text).
"""

from __future__ import annotations

import codecs
import zipfile
import zlib
from enum import StrEnum
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_HEAD = 8192
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})


class Format(StrEnum):
    XLSX = "xlsx"  # also .xlsm
    XLSB = "xlsb"
    XLS = "xls"  # Excel 97-2003 (BIFF in an OLE2 container)
    ODS = "ods"
    HTML = "html"  # a web page with a table, as "Excel" exports from web systems are
    XML2003 = "xml2003"  # XML Spreadsheet 2003 (SpreadsheetML)
    TEXT = "text"  # CSV / TSV / TXT
    ENCRYPTED = "encrypted"  # an Office file protected with a password
    UNKNOWN = "unknown"


SPREADSHEET_FORMATS = frozenset({Format.XLSX, Format.XLSB, Format.XLS, Format.ODS})
ZIP_FORMATS = frozenset({Format.XLSX, Format.XLSB, Format.ODS})
# The extension calamine expects for each binary format it reads.
SUFFIX_OF = {Format.XLSX: ".xlsx", Format.XLSB: ".xlsb", Format.XLS: ".xls", Format.ODS: ".ods"}


def _zip_format(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return Format.XLSX
            if "xl/workbook.bin" in names:
                return Format.XLSB
            if "content.xml" in names and ("mimetype" not in names or b"spreadsheet" in archive.read("mimetype")):
                return Format.ODS
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, RuntimeError, NotImplementedError, ValueError):
        return Format.XLSX if path.suffix.lower() in (".xlsx", ".xlsm") else Format.UNKNOWN  # damaged: say so later
    return Format.UNKNOWN


def _text_head(head: bytes) -> str:
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(name, errors="ignore")
    if len(head) >= 4 and head.count(0) > len(head) // 4:
        name = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return head.decode(name, errors="ignore")
    return head.decode("latin-1")


def _markup(text: str) -> Format | None:
    lower = text.lstrip().lower()
    if "urn:schemas-microsoft-com:office:spreadsheet" in lower and "<workbook" in lower:
        return Format.XML2003
    if lower.startswith(("<!doctype html", "<html", "<?xml")) or "<table" in lower or "<html" in lower:
        return Format.HTML if ("<table" in lower or "<html" in lower) else None
    return None


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.count(0) > len(head) // 4:  # UTF-16 text has every other byte zero: text
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return b"\x00" in head or controls > len(head) // 20


def sniff(path: Path) -> Format:
    """The file's format by its content; Format.UNKNOWN for anything the importer cannot read."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD)
    if head.startswith(OLE2_MAGIC):
        data = path.read_bytes()
        return Format.ENCRYPTED if _ENCRYPTED in data else Format.XLS
    if head.startswith(ZIP_MAGIC):
        return _zip_format(path)
    found = _markup(_text_head(head))
    if found is not None:
        return found
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")) or _looks_binary(head):
        return Format.UNKNOWN
    if path.suffix.lower() in _WORKBOOK_SUFFIXES and not any(d in _text_head(head) for d in "\t;,|"):
        return Format.UNKNOWN  # a workbook's name on text that is no table: junk, not a CSV
    return Format.TEXT
