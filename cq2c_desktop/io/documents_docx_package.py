"""What Word reads about a .docx besides its text: language, document properties, the thumbnail.

python-docx starts from its own template, which says the text is American English (Word would
then underline every Vietnamese word as misspelt), that "python-docx" wrote it in 2013, and
carries a blank page as its thumbnail. Here the language is Vietnamese (vi-VN) on the document
defaults, every style and every run; the properties name the title, the author and today; and
the thumbnail is the first page as our PDF renderer draws it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LANGUAGE = "vi-VN"
APPLICATION = "CQ2C Planner"
# Children of w:rPr that must follow w:lang (ECMA-376 CT_RPr sequence).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def set_language(properties: Any) -> None:
    """Mark a run-properties element (w:rPr) as Vietnamese text."""
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.insert_element_before(lang, *_AFTER_LANG)
    lang.set(qn("w:val"), LANGUAGE)


def _run_properties(elements: Iterable[Any]) -> Iterable[Any]:
    for run in elements:
        properties = run.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            run.insert(0, properties)
        yield properties


def vietnamese_everywhere(doc: DocxDocument) -> None:
    """vi-VN on the document defaults, every style, every run of the body, headers and footers."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        for properties in defaults.iter(qn("w:rPr")):
            set_language(properties)
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            set_language(style.get_or_add_rPr())
    # The headers and footers as they are (asking a section for one would add it).
    parts = [doc.element.body]
    parts += [rel.target_part.element for rel in doc.part.rels.values() if rel.reltype in (RT.HEADER, RT.FOOTER)]
    for part in parts:
        for properties in _run_properties(part.iter(qn("w:r"))):
            set_language(properties)
    theme = doc.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), LANGUAGE)
    for part in doc.part.package.iter_parts():
        if str(part.partname).endswith("stylesWithEffects.xml"):  # Word 2010's copy of the styles
            part._blob = re.sub(rb'(<w:lang w:val=")[^"]*(")', rb"\g<1>vi-VN\g<2>", part.blob)


def set_properties(doc: DocxDocument, *, title: str, subject: str, author: str, now: dt.datetime) -> None:
    """Real document properties (File > Info in Word), in place of python-docx's template's."""
    core = doc.core_properties
    core.title, core.subject = title, subject
    core.author = core.last_modified_by = author
    core.created = core.modified = now.replace(microsecond=0)
    core.revision = 1
    core.language = LANGUAGE
    core.category = "Dự thảo quyết định"
    core.keywords = "điều động công chức"
    core.comments = f"Dự thảo do {APPLICATION} tạo"
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = re.sub(
                rb"<Application>[^<]*</Application>", f"<Application>{APPLICATION}</Application>".encode(), part.blob
            )


def set_thumbnail(doc: DocxDocument, jpeg: bytes | None) -> None:
    """The first page as the file's thumbnail; without one, no thumbnail rather than a blank page."""
    rels = doc.part.package.rels
    for rel in list(rels.values()):
        if rel.reltype == RT.THUMBNAIL:
            if jpeg is None:
                del rels[rel.rId]
            else:
                rel.target_part._blob = jpeg
