"""The offices of a commune-level People's Committee after the 2025 reform (Nghị định 150/2025/NĐ-CP),
and which office a post of each specialty belongs to. A real decision names the receiving office;
the demo's synthetic positions are drawn from the same table."""

from __future__ import annotations


def office_for(specialty: str, ward: bool) -> str:
    """The commune (or ward) office whose posts need this specialty."""
    if specialty in ("van_phong", "tu_phap"):
        return "Văn phòng HĐND và UBND"
    if specialty in ("van_hoa", "giao_duc", "y_te"):
        return "Phòng Văn hóa - Xã hội"
    if specialty == "cntt":
        return "Trung tâm phục vụ hành chính công"
    return "Phòng Kinh tế, Hạ tầng và Đô thị" if ward else "Phòng Kinh tế"
