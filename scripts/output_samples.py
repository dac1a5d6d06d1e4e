"""Make the sample pictures of docs/outputs: every printed output of the demo, rendered as a reader sees it.

    QT_QPA_PLATFORM=offscreen python scripts/output_samples.py [OUT_DIR] [--moves 60]

The bundled Thanh Hóa demo (synthetic staff), a stand-in run with every move approved, and the
document settings an officer enters before printing (tests/outputs/fake_run.py SAMPLE_SETTINGS:
sample values, not real documents). PDFs are drawn by the app; the Word and Excel files are
converted by LibreOffice (headless, with the bundled Times-metric font); pages become PNGs with
pdftoppm. Needs LibreOffice and poppler-utils.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cq2c_desktop.services.demo import build_demo  # noqa: E402
from cq2c_desktop.services.opening import opened  # noqa: E402
from cq2c_desktop.services.outputs import export_decisions, export_transfers  # noqa: E402
from tests.outputs.fake_run import SAMPLE_SETTINGS, add_fake_run, fill_sample_settings  # noqa: E402
from tests.outputs.rendering import to_pdf  # noqa: E402


def _pages(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-l", "9999", str(pdf)], check=True, capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    return [(float(w), float(h)) for w, h in sizes]


def _png(pdf: Path, page: int, out: Path, dpi: int = 90) -> None:
    stem = out.with_suffix("")
    command = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile"]
    subprocess.run([*command, str(pdf), str(stem)], check=True)
    print(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "outputs")
    parser.add_argument("--moves", type=int, default=60)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # the PDF renderer lays text out with Qt
    work = Path(tempfile.mkdtemp(prefix="cq2c-samples-"))
    try:
        path = build_demo(work / "demo.cq2c")
        add_fake_run(path, moves=args.moves, approve=args.moves)
        fill_sample_settings(path, SAMPLE_SETTINGS)
        files = {name: work / name for name in ("qd.pdf", "qd.docx", "qd_chung.pdf", "qd_chung.docx", "ds.xlsx")}
        with opened(path) as plan:
            export_decisions(plan, files["qd.pdf"])
            export_decisions(plan, files["qd.docx"])
            export_decisions(plan, files["qd_chung.pdf"], collective=True)
            export_decisions(plan, files["qd_chung.docx"], collective=True)
            export_transfers(plan, files["ds.xlsx"])
        docx_pdf, collective_docx_pdf, list_pdf = to_pdf(
            [files["qd.docx"], files["qd_chung.docx"], files["ds.xlsx"]], work / "libreoffice"
        )
        args.out.mkdir(parents=True, exist_ok=True)
        annex = next(i for i, (w, h) in enumerate(_pages(files["qd_chung.pdf"]), start=1) if w > h)
        docx_annex = next(i for i, (w, h) in enumerate(_pages(collective_docx_pdf), start=1) if w > h)
        summary = len(_pages(list_pdf))  # the summary sheet fits one page, printed last
        _png(files["qd.pdf"], 1, args.out / "quyet-dinh-ca-nhan.png")
        _png(docx_pdf, 1, args.out / "quyet-dinh-docx.png")
        _png(files["qd_chung.pdf"], 1, args.out / "quyet-dinh-chung.png")
        _png(files["qd_chung.pdf"], annex, args.out / "quyet-dinh-chung-phu-luc.png")
        _png(collective_docx_pdf, docx_annex, args.out / "quyet-dinh-chung-phu-luc-docx.png")
        _png(list_pdf, 1, args.out / "danh-sach-xlsx.png")
        _png(list_pdf, summary - 1, args.out / "danh-sach-xlsx-tong-cong.png")
        _png(list_pdf, summary, args.out / "tong-hop-xlsx.png")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
