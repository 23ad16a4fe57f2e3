"""Table model of the member list: every person in memory, filtered and sorted in Python.

A commune has hundreds of members and a province database ~10,000: one load, then each
keystroke filters precomputed accent-folded texts (a few ms), instead of a query per key.
Sorting uses Vietnamese collation keys computed once per row (given name first for names).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from tcns_desktop.domain.enums import TeamRole
from tcns_desktop.domain.roster_records import MemberRow, short_team_name
from tcns_desktop.domain.vietnamese_collation import collation_key, person_sort_key
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.memory import collector_paused
from tcns_desktop.ui.column_table_model import ColumnTableModel
from tcns_desktop.ui.labels import label

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberColumn(IntEnum):
    NAME = 0
    BIRTH = 1
    GENDER = 2
    VILLAGE = 3
    TEAMS = 4
    ROLE = 5
    PHONE = 6
    POSITION = 7
    TRAINED = 8


_HEADERS = {
    MemberColumn.NAME: QT_TRANSLATE_NOOP("MemberTableModel", "Họ và tên"),
    MemberColumn.BIRTH: QT_TRANSLATE_NOOP("MemberTableModel", "Ngày/năm sinh"),
    MemberColumn.GENDER: QT_TRANSLATE_NOOP("MemberTableModel", "Giới tính"),
    MemberColumn.VILLAGE: QT_TRANSLATE_NOOP("MemberTableModel", "Thôn"),
    MemberColumn.TEAMS: QT_TRANSLATE_NOOP("MemberTableModel", "Tổ"),
    MemberColumn.ROLE: QT_TRANSLATE_NOOP("MemberTableModel", "Chức danh trong tổ"),
    MemberColumn.PHONE: QT_TRANSLATE_NOOP("MemberTableModel", "Điện thoại"),
    MemberColumn.POSITION: QT_TRANSLATE_NOOP("MemberTableModel", "Chức vụ, đơn vị"),
    MemberColumn.TRAINED: QT_TRANSLATE_NOOP("MemberTableModel", "Đã bồi dưỡng"),
}
_ROLE_ORDER = {role: index for index, role in enumerate(TeamRole)}


@dataclass(frozen=True)
class MemberFilter:
    query: str = ""
    village_id: str | None = None
    team_id: str | None = None
    role: TeamRole | None = None
    status: str = "active"  # "active" | "former" | "all"
    trained: bool | None = None
    commune_id: str | None = None

    def accepts(self, row: MemberRow, words: list[str]) -> bool:
        if self.status == "active" and not row.active:
            return False
        if self.status == "former" and row.active:
            return False
        if self.commune_id is not None and row.commune_id != self.commune_id:
            return False
        if self.village_id is not None and row.person.village_id != self.village_id:
            return False
        if self.team_id is not None and self.team_id not in row.team_ids:
            return False
        if self.role is not None and self.role not in row.roles:
            return False
        if self.trained is not None and row.trained != self.trained:
            return False
        return all(word in row.search_text for word in words)


class MemberTableModel(ColumnTableModel):
    columns = MemberColumn
    headers = _HEADERS
    context = "MemberTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[MemberRow] = []
        self._keys: list[dict[MemberColumn, Any]] = []
        self._visible: list[int] = []
        self._filter = MemberFilter()
        self._sort_column = MemberColumn.NAME
        self._descending = False
        self._team_type_name = ""

    def set_team_type_name(self, name: str) -> None:
        """Teams are shown without the long common prefix ("Tổ công nghệ số cộng đồng …")."""
        self._team_type_name = name

    # --- data in -------------------------------------------------------------------------

    def visible_count(self) -> int:
        return len(self._visible)

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        with collector_paused():
            self._all = list(rows)
            # Only the name key is needed for the default order; other columns' keys are made
            # the first time the clerk sorts by them (each costs a pass over every member).
            self._keys = [
                {MemberColumn.NAME: person_sort_key(row.person.full_name)} for row in self._all
            ]
            self._visible = self._filtered()
            self._sort_visible()
        self.endResetModel()

    def set_filter(self, member_filter: MemberFilter) -> None:
        self.beginResetModel()
        self._filter = member_filter
        self._visible = self._filtered()
        self._sort_visible()
        self.endResetModel()

    def row_at(self, row: int) -> MemberRow | None:
        return self._all[self._visible[row]] if 0 <= row < len(self._visible) else None

    def total(self) -> int:
        return len(self._all)

    def find_row(self, person_id: str) -> int | None:
        for position, index in enumerate(self._visible):
            if self._all[index].person.id == person_id:
                return position
        return None

    # --- Qt model ------------------------------------------------------------------------

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == RECORD_ROLE:
            return row
        column = MemberColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.darkGray
        if role == Qt.ItemDataRole.ToolTipRole and column is MemberColumn.NAME:
            person = row.person
            parts = [person.full_name, person.birth_text, person.phone, person.position]
            return " · ".join(p for p in parts if p)
        return None

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = MemberColumn(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._sort_visible()
        self.layoutChanged.emit()

    # --- helpers -------------------------------------------------------------------------

    def _display(self, row: MemberRow, column: MemberColumn) -> str:
        person = row.person
        values: dict[MemberColumn, Callable[[], str]] = {
            MemberColumn.NAME: lambda: person.full_name,
            MemberColumn.BIRTH: lambda: person.birth_text,
            MemberColumn.GENDER: lambda: label(person.gender) if person.gender else "",
            MemberColumn.VILLAGE: lambda: person.village_name,
            MemberColumn.TEAMS: lambda: "; ".join(
                short_team_name(team, self._team_type_name) for team in row.teams
            ),
            MemberColumn.ROLE: lambda: "; ".join(label(r) for r in row.roles),
            MemberColumn.PHONE: lambda: person.phone,
            MemberColumn.POSITION: lambda: person.position,
            MemberColumn.TRAINED: lambda: (
                QCoreApplication.translate("MemberTableModel", "Có") if row.trained else ""
            ),
        }
        return values[column]()

    def _sort_keys(self, row: MemberRow) -> dict[MemberColumn, Any]:
        person = row.person
        return {
            MemberColumn.NAME: person_sort_key(person.full_name),
            MemberColumn.BIRTH: (person.birth_year or 0, person.birth_date or ""),
            MemberColumn.GENDER: person.gender.value if person.gender else "",
            MemberColumn.VILLAGE: collation_key(person.village_name),
            MemberColumn.TEAMS: collation_key(" ".join(row.teams)),
            MemberColumn.ROLE: min((_ROLE_ORDER[r] for r in row.roles), default=len(_ROLE_ORDER)),
            MemberColumn.PHONE: person.phone,
            MemberColumn.POSITION: collation_key(person.position),
            MemberColumn.TRAINED: row.trained,
        }

    def _filtered(self) -> list[int]:
        words = fold_for_search(self._filter.query).split()
        accepts = self._filter.accepts
        return [i for i, row in enumerate(self._all) if accepts(row, words)]

    def _sort_visible(self) -> None:
        column = self._sort_column
        if self._keys and column not in self._keys[0]:
            for row, keys in zip(self._all, self._keys, strict=True):
                keys[column] = self._sort_keys(row)[column]
        name_keys = [key[MemberColumn.NAME] for key in self._keys]
        if column is MemberColumn.NAME:
            self._visible.sort(key=name_keys.__getitem__, reverse=self._descending)
            return
        self._visible.sort(
            key=lambda i: (self._keys[i][column], name_keys[i]), reverse=self._descending
        )
