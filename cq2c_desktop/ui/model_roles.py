"""Helpers every table model here shares: answering a cell's roles in one call, and reordering rows
as a layout change that the current row and the selection follow."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QModelRoleData, QModelRoleDataSpan, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
RoleData = QModelRoleDataSpan | QModelRoleData


def role_items(roles: RoleData) -> list[QModelRoleData]:
    if isinstance(roles, QModelRoleData):
        return [roles]
    item = cast(Any, roles).__getitem__  # a sequence at run time; the stubs miss it
    return [item(i) for i in range(roles.length())]


def fill_roles(model: QAbstractItemModel, index: Index, roles: RoleData) -> None:
    """Answer every role a delegate asks for in one call (Qt 6's multiData). Painting a cell asks
    for seven roles; one trip from Qt into Python instead of seven matters when a worker thread
    competes for Python's lock, since each trip may wait for the worker to hand the lock over."""
    for role_data in role_items(roles):
        value = model.data(index, role_data.role())
        if value is None:
            role_data.clearData()
        else:
            role_data.setData(value)


def reorder(
    model: QAbstractItemModel, before: Sequence[int], after: list[int], show: Callable[[list[int]], None]
) -> None:
    """Let `model` show its rows in the order `after` (source positions, top to bottom) instead of
    `before`, as a layout change: the current row and the selection follow their rows."""
    model.layoutAboutToBeChanged.emit()
    show(after)
    old = model.persistentIndexList()
    if old:  # only views with a current item or selection keep persistent indexes
        where = {source: view for view, source in enumerate(after)}
        new = [
            model.index(where[before[i.row()]], i.column()) if before[i.row()] in where else QModelIndex() for i in old
        ]
        model.changePersistentIndexList(old, new)
    model.layoutChanged.emit()
