"""Fill `.ts` translations from a JSON glossary {source: translation}, e.g. scripts/glossary_vi.json (a shortcut;
translators normally use Qt Linguist). With `--same`, mark every message translated as itself
(for the English file, whose source text is already English).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: str, glossary: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = source if glossary is None else glossary.get(source)
        if text is None:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    target = sys.argv[1]
    glossary = None if sys.argv[2] == "--same" else json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    left = fill(target, glossary)
    print(f"{len(left)} untranslated", *left, sep="\n")
