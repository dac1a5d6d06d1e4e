"""The words communes write for why a person is not movable, without diacritics or case, and the
exemption each means (domain.enums.Exemption; a phrase that contains one of the longer keys means it too)."""

from __future__ import annotations

EXEMPTION_WORDS = {
    "leader": "leader",
    "lanh dao": "leader",
    "lanh dao quan ly": "leader",
    "quan ly": "leader",
    "near_retirement": "near_retirement",
    "sap nghi huu": "near_retirement",
    "nghi huu": "near_retirement",
    "family": "family",
    "mang thai": "family",
    "nuoi con": "family",
    "con nho": "family",
    "thai san": "family",
    "nuoi con duoi 36 thang": "family",
    "illness": "illness",
    "benh": "illness",
    "dieu tri benh": "illness",
    "om dau": "illness",
    "other": "other",
    "khac": "other",
    "ly do khac": "other",
    # Nghị định 170/2025's groups (domain/exemptions.py)
    "discipline": "discipline",
    "ky luat": "discipline",
    "dieu tra": "discipline",
    "study": "study",
    "di hoc": "study",
    "hoc dai han": "study",
    "dao tao dai han": "study",
    "seconded": "seconded",
    "biet phai": "seconded",
    "hardship": "hardship",
    "hoan canh": "hardship",
    "kho khan": "hardship",
}
