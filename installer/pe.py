"""Just enough of the PE format (Windows .exe/.dll/.pyd) to list what a file imports and exports.

The Windows build under Wine satisfies two system DLLs that Wine 8 lacks with stub DLLs of our own
(installer/stubs/). Reading the import tables of every binary in the Windows environment tells which
functions those stubs must export, so a newer Qt or python-calamine that needs one more fails the
build with the function's name instead of a loader error deep inside PyInstaller.
"""

from __future__ import annotations

import struct
from pathlib import Path

_IMPORT_DIRECTORY = 1
_EXPORT_DIRECTORY = 0


class _Image:
    def __init__(self, data: bytes) -> None:
        self.data = data
        if data[:2] != b"MZ":
            raise ValueError("not a PE file")
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        if data[pe : pe + 4] != b"PE\0\0":
            raise ValueError("not a PE file")
        sections, optional_size = struct.unpack_from("<H12xH", data, pe + 6)
        optional = pe + 24
        magic = struct.unpack_from("<H", data, optional)[0]
        self.wide = magic == 0x20B  # PE32+ (64-bit): 8-byte thunks, directories 16 bytes further on
        self.directories = optional + (112 if self.wide else 96)
        table = optional + optional_size
        self.sections = [struct.unpack_from("<8xIII", data, table + 40 * i) for i in range(sections)]
        # (virtual size, virtual address, raw size) then the raw pointer:
        self.raw = [struct.unpack_from("<I", data, table + 40 * i + 20)[0] for i in range(sections)]

    def directory(self, index: int) -> tuple[int, int]:
        rva, size = struct.unpack_from("<II", self.data, self.directories + 8 * index)
        return int(rva), int(size)

    def offset(self, rva: int) -> int:
        for (vsize, vaddr, rsize), raw in zip(self.sections, self.raw, strict=True):
            if vaddr <= rva < vaddr + max(vsize, rsize):
                return int(rva - vaddr + raw)
        raise ValueError(f"RVA {rva:#x} is in no section")

    def cstring(self, rva: int) -> str:
        start = self.offset(rva)
        return self.data[start : self.data.index(b"\0", start)].decode("ascii", "replace")


def imports(path: Path) -> dict[str, set[str]]:
    """{lower-case DLL name: names imported from it} (by-ordinal imports appear as '#<ordinal>')."""
    image = _Image(path.read_bytes())
    rva, size = image.directory(_IMPORT_DIRECTORY)
    found: dict[str, set[str]] = {}
    if not rva or not size:
        return found
    thunk_size, ordinal_flag = (8, 1 << 63) if image.wide else (4, 1 << 31)
    descriptor = image.offset(rva)
    while True:
        lookup, _stamp, _chain, name, first = struct.unpack_from("<IIIII", image.data, descriptor)
        if not (lookup or name or first):
            return found
        names = found.setdefault(image.cstring(name).lower(), set())
        thunk = image.offset(lookup or first)
        while True:
            value = int.from_bytes(image.data[thunk : thunk + thunk_size], "little")
            if not value:
                break
            names.add(f"#{value & 0xFFFF}" if value & ordinal_flag else image.cstring((value & 0x7FFFFFFF) + 2))
            thunk += thunk_size
        descriptor += 20


def exports(path: Path) -> set[str]:
    """The names a DLL exports."""
    image = _Image(path.read_bytes())
    rva, size = image.directory(_EXPORT_DIRECTORY)
    if not rva or not size:
        return set()
    directory = image.offset(rva)
    count, names = struct.unpack_from("<I4xI", image.data, directory + 24)
    table = image.offset(names)
    return {image.cstring(struct.unpack_from("<I", image.data, table + 4 * i)[0]) for i in range(count)}


RT_GROUP_ICON = 14
RT_VERSION = 16
_RESOURCE_DIRECTORY = 2


def resource_types(path: Path) -> set[int]:
    """The numbered resource types an image carries (RT_GROUP_ICON, RT_VERSION, ...)."""
    image = _Image(path.read_bytes())
    rva, size = image.directory(_RESOURCE_DIRECTORY)
    if not rva or not size:
        return set()
    root = image.offset(rva)
    named, numbered = struct.unpack_from("<HH", image.data, root + 12)
    entries = root + 16
    return {struct.unpack_from("<I", image.data, entries + 8 * i)[0] & 0xFFFF for i in range(named, named + numbered)}
