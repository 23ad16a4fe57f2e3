"""Table model of a commune's villages, for the set-up wizard and the settings page."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from typing_extensions import override

from tcns_desktop.domain.enums import VillageKind
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.ui.column_table_model import ColumnTableModel
from tcns_desktop.ui.labels import label

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class VillageRow:
    """One row: a saved village (``id`` set) or one typed in the wizard (``id`` None)."""

    name: str
    kind: VillageKind
    code: str = ""
    id: str | None = None
    active: bool = True
    merged_into: str = ""


class VillageColumn(IntEnum):
    NAME = 0
    KIND = 1
    CODE = 2
    STATUS = 3


_HEADERS = {
    VillageColumn.NAME: QT_TRANSLATE_NOOP("VillageTableModel", "Tên thôn, tổ dân phố"),
    VillageColumn.KIND: QT_TRANSLATE_NOOP("VillageTableModel", "Loại"),
    VillageColumn.CODE: QT_TRANSLATE_NOOP("VillageTableModel", "Mã"),
    VillageColumn.STATUS: QT_TRANSLATE_NOOP("VillageTableModel", "Tình trạng"),
}


class VillageTableModel(ColumnTableModel):
    columns = VillageColumn
    headers = _HEADERS
    context = "VillageTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VillageRow] = []

    def visible_count(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: list[VillageRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[VillageRow]:
        return list(self._rows)

    def append(self, row: VillageRow) -> None:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()

    def remove(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    def replace_row(self, position: int, row: VillageRow) -> None:
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(VillageColumn) - 1))

    def move(self, position: int, offset: int) -> int:
        target = position + offset
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)):
            return position
        self.beginResetModel()
        self._rows[position], self._rows[target] = self._rows[target], self._rows[position]
        self.endResetModel()
        return target

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = VillageColumn(index.column())
        if role == RECORD_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column is VillageColumn.NAME:
                return (
                    row.name if role == Qt.ItemDataRole.DisplayRole else fold_for_search(row.name)
                )
            if column is VillageColumn.KIND:
                return label(row.kind)
            if column is VillageColumn.CODE:
                return row.code
            if row.merged_into:
                return QCoreApplication.translate(
                    "VillageTableModel", "Đã sáp nhập vào {0}"
                ).format(row.merged_into)
            if not row.active:
                return QCoreApplication.translate("VillageTableModel", "Ngừng hoạt động")
            return QCoreApplication.translate("VillageTableModel", "Đang hoạt động")
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.darkGray
        return None


class FoldedFilterProxyModel(QSortFilterProxyModel):
    """Filters rows whose text contains the typed words, ignoring accents, case and Đ/đ."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); support both.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._words = fold_for_search(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold_for_search(text).split()
            self.invalidateFilter()

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        texts = []
        for column in range(model.columnCount(source_parent)):
            value = model.data(model.index(source_row, column, source_parent))
            if value is not None:
                texts.append(fold_for_search(str(value)))
        haystack = " ".join(texts)
        return all(word in haystack for word in self._words)


def renamed(row: VillageRow, name: str, kind: VillageKind, code: str) -> VillageRow:
    return replace(row, name=name, kind=kind, code=code)
