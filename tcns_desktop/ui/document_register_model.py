"""Table model of the register of issued documents (sổ văn bản), searchable as typed.

A commune issues tens of documents a year, so the whole register is held and filtered in
memory on accent-folded text ("quyet dinh 05" finds "Quyết định … 05/QĐ-UBND").
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from tcns_desktop.domain.document_register import IssuedDocumentRecord
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.ui.column_table_model import ColumnTableModel
from tcns_desktop.ui.labels import label

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class RegisterColumn(IntEnum):
    DATE = 0
    NUMBER = 1
    KIND = 2
    TITLE = 3
    SIGNER = 4


_HEADERS = {
    RegisterColumn.DATE: QT_TRANSLATE_NOOP("RegisterTableModel", "Ngày ban hành"),
    RegisterColumn.NUMBER: QT_TRANSLATE_NOOP("RegisterTableModel", "Số, ký hiệu"),
    RegisterColumn.KIND: QT_TRANSLATE_NOOP("RegisterTableModel", "Loại văn bản"),
    RegisterColumn.TITLE: QT_TRANSLATE_NOOP("RegisterTableModel", "Trích yếu"),
    RegisterColumn.SIGNER: QT_TRANSLATE_NOOP("RegisterTableModel", "Người ký"),
}


class RegisterTableModel(ColumnTableModel):
    columns = RegisterColumn
    headers = _HEADERS
    context = "RegisterTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[IssuedDocumentRecord] = []
        self._visible: list[IssuedDocumentRecord] = []
        self._query = ""

    def visible_count(self) -> int:
        return len(self._visible)

    def total(self) -> int:
        return len(self._all)

    def set_records(self, records: list[IssuedDocumentRecord]) -> None:
        self.beginResetModel()
        self._all = list(records)
        self._visible = self._filtered()
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query
        self._visible = self._filtered()
        self.endResetModel()

    def record_at(self, row: int) -> IssuedDocumentRecord | None:
        return self._visible[row] if 0 <= row < len(self._visible) else None

    def _filtered(self) -> list[IssuedDocumentRecord]:
        words = fold_for_search(self._query).split()
        return [r for r in self._all if all(word in r.search_text for word in words)]

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == RECORD_ROLE:
            return record
        column = RegisterColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if record.team_names:
                return "\n".join((record.title, *record.team_names))
            return record.title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is RegisterColumn.DATE:
            return record.issued_on.strftime("%d/%m/%Y") if record.issued_on else ""
        if column is RegisterColumn.NUMBER:
            return record.number_text
        if column is RegisterColumn.KIND:
            text = label(record.kind)
            return f"{text} ({record.period_key})" if record.period_key else text
        if column is RegisterColumn.TITLE:
            return record.title
        return record.signer_name
