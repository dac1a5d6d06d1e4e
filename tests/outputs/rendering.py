"""Rendering outputs as a reader sees them: Word and Excel files through LibreOffice to PDF, PDFs
through poppler to text with positions and to images; and measuring what was drawn.

LibreOffice runs headless with its own profile (so that parallel runs never share one) and with
fontconfig told about the bundled Liberation Serif, the metric twin of Times New Roman that the
files ask for: a machine without it would set the text in a wider face and measure nothing real.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtGui import QImage

from cq2c_desktop.paths import resource_path

from .conftest import poppler

MM_PER_PT = 25.4 / 72


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _fonts_conf(folder: Path) -> Path:
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{resource_path('fonts')}</dir>\n  <cachedir>{folder / 'fc-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def to_pdf(files: list[Path], folder: Path) -> list[Path]:
    """Each of `files` (.docx, .xlsx) converted by LibreOffice into `folder`, in one run."""
    program = soffice()
    assert program is not None
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "FONTCONFIG_FILE": str(_fonts_conf(folder)), "HOME": str(folder)}
    profile = (folder / "lo-profile").as_uri()
    command = [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir"]
    subprocess.run([*command, str(folder), *map(str, files)], check=True, capture_output=True, env=env, timeout=600)
    out = [folder / f"{f.stem}.pdf" for f in files]
    missing = [p.name for p in out if not p.exists()]
    assert not missing, f"LibreOffice wrote no {missing}"
    return out


def page_texts(pdf: Path, *, layout: bool = True) -> list[str]:
    """The text of each page (pdftotext -layout keeps a table's row on one line)."""
    text = poppler("pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-")
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def flat(text: str) -> str:
    """All runs of white space as one space: justified and wrapped lines read as one text."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Word:
    page: int  # 1-based
    text: str
    x0: float  # points
    y0: float
    x1: float
    y1: float


def words(pdf: Path) -> list[Word]:
    """Every word with its box (pdftotext -bbox): a number broken across lines is two words."""
    xml = poppler("pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-")
    root = ElementTree.fromstring(
        re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    )
    found = []
    for number, page in enumerate(root.iter("page"), start=1):
        for word in page.iter("word"):
            box = [float(word.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax")]
            found.append(Word(number, word.text or "", *box))
    return found


def page_image(pdf: Path, page: int, folder: Path, dpi: int) -> QImage:
    stem = folder / f"{pdf.stem}-p{page}-{dpi}"
    poppler("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile", str(pdf), str(stem))
    image = QImage(f"{stem}.png")
    assert not image.isNull()
    return image


def rule_under(image: QImage, dpi: int, line: list[Word]) -> tuple[float, float]:
    """(start, end) in mm of the longest dark horizontal run within 4 mm under the words of `line`
    (a rule drawn under a title), searched a little wider than the words."""
    scale = dpi / 72
    left, right = int(min(w.x0 for w in line) * scale) - 60, int(max(w.x1 for w in line) * scale) + 60
    top = int(max(w.y1 for w in line) * scale)
    best = (0, 0)
    for y in range(top, min(image.height(), top + int(4 / 25.4 * dpi))):
        run_start, x = None, max(0, left)
        while x < min(image.width(), right):
            dark = image.pixelColor(x, y).lightness() < 110
            if dark and run_start is None:
                run_start = x
            if (not dark or x == right - 1) and run_start is not None:
                if x - run_start > best[1] - best[0]:
                    best = (run_start, x)
                run_start = None
            x += 1
    to_mm = 25.4 / dpi
    return best[0] * to_mm, best[1] * to_mm


def horizontal_lines(image: QImage, *, share: float = 0.6) -> list[int]:
    """Rows of the image where at least `share` of the pixels are darker than the paper: table rules."""
    width = image.width()
    rows = []
    for y in range(image.height()):
        dark = sum(1 for x in range(0, width, 3) if image.pixelColor(x, y).lightness() < 200)
        if dark >= share * width / 3:
            rows.append(y)
    return rows


def decimal_of(text: str) -> Decimal:
    """ "1.541,9" -> 1541.9; "4.095.000" -> 4095000."""
    return Decimal(text.replace(".", "").replace(",", "."))


KM = re.compile(r"^\d{1,3}(?:\.\d{3})*,\d$")
MONEY = re.compile(r"^\d{1,3}(?:\.\d{3})*$")
