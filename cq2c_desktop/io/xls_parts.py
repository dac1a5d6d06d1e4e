"""What calamine does not tell about an Excel 97-2003 (.xls) sheet: its hidden rows and columns.

An .xls is a BIFF8 record stream ("Workbook") inside an OLE2 compound file. We read the compound
file's allocation tables, find the workbook stream, find the sheet's records by its BOUNDSHEET
entry, and read the flags of its ROW (0x0208: fDyZero, hidden) and COLINFO (0x007D: fHidden)
records. Any inconsistency gives an empty answer: this is an extra, calamine reads the cells.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_BOF, _EOF, _BOUNDSHEET, _ROW, _COLINFO = 0x0809, 0x000A, 0x0085, 0x0208, 0x007D


@dataclass
class XlsSheet:
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)


class _Compound:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
        fat_count, self.dir_start = struct.unpack_from("<II", data, 0x2C)
        self.cutoff, mini_fat_start, mini_fat_count, difat_start, difat_count = struct.unpack_from("<IIIII", data, 0x38)
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s not in (_FREE, _END)]
        sector = difat_start
        for _ in range(min(difat_count, 10_000)):
            if sector in (_FREE, _END):
                break
            entries = struct.unpack_from(f"<{self.size // 4}I", self._sector(sector))
            fat_sectors += [s for s in entries[:-1] if s not in (_FREE, _END)]
            sector = entries[-1]
        fat = b"".join(self._sector(s) for s in fat_sectors[:fat_count])
        self.fat = struct.unpack(f"<{len(fat) // 4}I", fat)
        mini_fat = self._chain(mini_fat_start) if mini_fat_count else b""
        self.mini_fat = struct.unpack(f"<{len(mini_fat) // 4}I", mini_fat)
        self.entries = self._directory()
        root = next((e for e in self.entries if e[1] == 5), None)
        self.mini_stream = self._chain(root[2]) if root else b""

    def _sector(self, index: int) -> bytes:
        start = (index + 1) * self.size
        return self.data[start : start + self.size]

    def _chain(self, start: int, *, mini: bool = False) -> bytes:
        table, read = (self.mini_fat, self._mini) if mini else (self.fat, self._sector)
        parts, sector, seen = [], start, 0
        while sector not in (_FREE, _END) and sector < len(table) and seen < len(table):
            parts.append(read(sector))
            sector, seen = table[sector], seen + 1
        return b"".join(parts)

    def _mini(self, index: int) -> bytes:
        start = index * self.mini_size
        return self.mini_stream[start : start + self.mini_size]

    def _directory(self) -> list[tuple[str, int, int, int]]:
        raw = self._chain(self.dir_start)
        entries = []
        for offset in range(0, len(raw) - 127, 128):
            length = struct.unpack_from("<H", raw, offset + 64)[0]
            name = raw[offset : offset + max(0, min(length, 64) - 2)].decode("utf-16-le", errors="replace")
            kind = raw[offset + 66]
            start, size = struct.unpack_from("<II", raw, offset + 116)
            entries.append((name, kind, start, size))
        return entries

    def stream(self, name: str) -> bytes | None:
        for entry_name, kind, start, size in self.entries:
            if kind == 2 and entry_name.lower() == name.lower():
                data = self._chain(start, mini=size < self.cutoff)
                return data[:size]
        return None


def _sheet_offsets(book: bytes) -> dict[str, int]:
    offsets: dict[str, int] = {}
    pos = 0
    while pos + 4 <= len(book):
        kind, size = struct.unpack_from("<HH", book, pos)
        if kind == _BOUNDSHEET and size >= 8:
            start = struct.unpack_from("<I", book, pos + 4)[0]
            count, high = book[pos + 10], book[pos + 11]
            raw = book[pos + 12 : pos + 12 + (count * 2 if high & 1 else count)]
            name = raw.decode("utf-16-le" if high & 1 else "latin-1", errors="replace")
            offsets[name] = start
        elif kind == _EOF:
            break
        pos += 4 + size
    return offsets


def _read_sheet(book: bytes, pos: int) -> XlsSheet:
    sheet = XlsSheet()
    depth = 0
    unpack = struct.unpack_from
    while pos + 4 <= len(book):
        kind, size = unpack("<HH", book, pos)
        if kind == _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if depth <= 0:
                break
        elif kind == _ROW and size >= 16 and unpack("<H", book, pos + 16)[0] & 0x20:
            sheet.hidden_rows.add(unpack("<H", book, pos + 4)[0])
        elif kind == _COLINFO and size >= 10 and unpack("<H", book, pos + 12)[0] & 1:
            first, last = unpack("<HH", book, pos + 4)
            sheet.hidden_columns.update(range(first, min(last, 255) + 1))
        pos += 4 + size
    return sheet


def scan_xls(path: Path, sheet: str) -> XlsSheet:
    try:
        compound = _Compound(path.read_bytes())
        book = compound.stream("Workbook") or compound.stream("Book")
        if book is None:
            return XlsSheet()
        offset = _sheet_offsets(book).get(sheet)
        return _read_sheet(book, offset) if offset is not None else XlsSheet()
    except (struct.error, IndexError, ValueError, OSError, MemoryError):
        return XlsSheet()
