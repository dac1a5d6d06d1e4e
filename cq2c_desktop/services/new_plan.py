"""A new, empty plan: the standard specialty catalogue and default settings, ready for imports."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import insert

from cq2c_desktop.domain.settings import PlanSettings
from cq2c_desktop.services import audit
from cq2c_desktop.services.settings import save_settings
from cq2c_desktop.store.db import FILE_EXISTS, PlanError, open_plan
from cq2c_desktop.store.models import Specialty, SpecialtyRelation
from solver.catalog import SPECIALTIES


def create_empty_plan(target: str | os.PathLike[str], *, province: str = "", name: str = "") -> Path:
    path = Path(target)
    if path.exists():
        raise PlanError(FILE_EXISTS(path=path))
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    plan = open_plan(partial, create=True)
    try:
        with plan.begin() as session:
            session.execute(
                insert(Specialty),
                [
                    {"id": s.id, "name": s.name, "name_en": s.name_en, "sort_order": i}
                    for i, s in enumerate(SPECIALTIES)
                ],
            )
            session.execute(
                insert(SpecialtyRelation),
                [
                    {"specialty_id": s.id, "related_id": other, "score": score}
                    for s in SPECIALTIES
                    for other, score in s.related.items()
                ],
            )
            settings = PlanSettings(plan_name=name or path.stem, province=province)
            if province:
                settings.documents.issuing_body_parent = f"UBND TỈNH {province.upper()}"
                settings.documents.place = province
            save_settings(session, settings)
            audit.record(session, "plan_created", name=settings.plan_name)
    finally:
        plan.close()
    os.replace(partial, path)
    return path
