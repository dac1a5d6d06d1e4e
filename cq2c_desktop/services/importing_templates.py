"""Write an import template with the plan's own lists, or the bundled catalogue without a plan."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from cq2c_desktop.io.fields import Kind
from cq2c_desktop.io.templates import TemplateLists, write_template
from cq2c_desktop.paths import resource_path
from cq2c_desktop.store.db import OpenPlan
from cq2c_desktop.store.models import Specialty, Unit
from solver.catalog import SPECIALTIES

DEFAULT_UNITS_CSV = "data/thanh_hoa_units.csv"


def template_lists(plan: OpenPlan | None = None) -> TemplateLists:
    """The unit and specialty names the template's drop-down lists offer: the plan's, or the bundled ones."""
    if plan is None:
        from solver.synth import load_units_csv  # NumPy: not at the app's start

        units = [u["name"] for u in load_units_csv(resource_path(DEFAULT_UNITS_CSV))]
        return TemplateLists(sorted(units), [s.name for s in SPECIALTIES])
    with plan.begin() as session:
        unit_names = list(session.scalars(select(Unit.name).order_by(Unit.name)))
        specialty_names = list(session.scalars(select(Specialty.name).order_by(Specialty.sort_order)))
    return TemplateLists(unit_names, specialty_names)


def make_template(kind: Kind | str, out: str | os.PathLike[str], plan: OpenPlan | None = None) -> Path:
    return write_template(Kind(kind), out, template_lists(plan))
