"""Base of the flat table models: columns from an enum, translated headers, numbered rows."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override


class ColumnTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` (an IntEnum), ``headers`` (marked with QT_TRANSLATE_NOOP
    under ``context``) and implement ``visible_count``."""

    columns: type[IntEnum]
    headers: Mapping[Any, object]
    context: str

    def visible_count(self) -> int:
        """How many rows the view shows; each subclass counts its own rows."""
        return 0

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.visible_count()

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            header = self.headers[self.columns(section)]
            return QCoreApplication.translate(self.context, str(header))
        return section + 1
