"""Plan-level use cases addressed by path or URL, shared by the CLI and the desktop app."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cq2c_desktop.domain.enums import REGION_LABELS_VI, Region
from cq2c_desktop.services import demo
from cq2c_desktop.services.balance import summarise
from cq2c_desktop.services.instance import build_instance
from cq2c_desktop.services.settings import load_settings
from cq2c_desktop.store.db import open_plan

Progress = Callable[[int, int, str], None]


class ServiceError(Exception):
    """A use case could not run; the message is for the user (Vietnamese / English)."""


def create_demo(
    target: str | os.PathLike[str],
    *,
    seed: int = 2025,
    staff_per_unit: int = 44,
    units_csv: str | os.PathLike[str] | None = None,
    province: str = "Thanh Hóa",
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Path:
    return demo.build_demo(
        target,
        seed=seed,
        staff_per_unit=staff_per_unit,
        units_csv=units_csv,
        province=province,
        overwrite=overwrite,
        progress=progress,
    )


def plan_info(target: str | os.PathLike[str]) -> dict[str, Any]:
    plan = open_plan(target)
    try:
        with plan.begin() as session:
            settings = load_settings(session)
            summary = summarise(session)
    finally:
        plan.close()
    return {
        "plan": settings.plan_name,
        "province": settings.province,
        "units": summary.units,
        "staff": summary.staff,
        "movable": summary.movable,
        "volunteers": summary.volunteers,
        "specialties": summary.specialties,
        "posts": summary.posts,
        "shortage": summary.shortage,
        "surplus": summary.surplus,
        "units_short": summary.units_short,
        "units_surplus": summary.units_surplus,
        "shortage_by_region": summary.shortage_by_region,
        "surplus_by_region": summary.surplus_by_region,
        "shortage_by_specialty": summary.shortage_by_specialty,
        "surplus_by_specialty": summary.surplus_by_specialty,
        "policy": settings.to_items()["policy"],
    }


def format_info(info: dict[str, Any]) -> str:
    lines = [
        f"Phương án / Plan: {info['plan']}",
        f"Đơn vị / Units: {info['units']}   Cán bộ / Staff: {info['staff']} "
        f"(có thể điều động / movable {info['movable']}, tự nguyện / volunteers {info['volunteers']})",
        f"Biên chế / Posts: {info['posts']}   Thiếu / Short: {info['shortage']} ở {info['units_short']} đơn vị   "
        f"Dôi dư / Surplus: {info['surplus']} ở {info['units_surplus']} đơn vị",
        "",
        f"{'Vùng / Region':<24}{'Thiếu/Short':>12}{'Dư/Surplus':>12}",
    ]
    for region in Region:
        label = f"{REGION_LABELS_VI[region]} ({region.value})"
        lines.append(
            f"{label:<24}{info['shortage_by_region'].get(region.value, 0):>12}"
            f"{info['surplus_by_region'].get(region.value, 0):>12}"
        )
    lines += ["", f"{'Chuyên môn / Specialty':<24}{'Thiếu/Short':>12}{'Dư/Surplus':>12}"]
    for spec in sorted(set(info["shortage_by_specialty"]) | set(info["surplus_by_specialty"])):
        lines.append(
            f"{spec:<24}{info['shortage_by_specialty'].get(spec, 0):>12}{info['surplus_by_specialty'].get(spec, 0):>12}"
        )
    return "\n".join(lines)


def export_instance(target: str | os.PathLike[str], out: str | os.PathLike[str]) -> int:
    plan = open_plan(target)
    try:
        with plan.begin() as session:
            instance = build_instance(session)
    finally:
        plan.close()
    out_path = Path(out)
    tmp = out_path.with_name(out_path.name + ".part")
    tmp.write_text(json.dumps(instance, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, out_path)
    return len(instance["staff"])
