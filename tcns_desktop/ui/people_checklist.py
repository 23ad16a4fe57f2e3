"""Tick people in a list and give each a choice (a role, a result) and an optional text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import LabelledEnum
from tcns_desktop.domain.roster_records import MemberRow
from tcns_desktop.domain.vietnamese_collation import person_sort_key
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.ui.labels import as_enum, label


class PeopleChecklist(QWidget):
    """Used for a course's attendance (result + certificate) and a team's re-formation (role)."""

    def __init__(
        self,
        choices: Sequence[LabelledEnum],
        choice_title: str,
        text_title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._enum = type(self._choices[0])
        self._has_text = text_title is not None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Lọc theo tên (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        headers = [self.tr("Chọn"), self.tr("Họ và tên"), self.tr("Thôn"), choice_title]
        if text_title is not None:
            headers.append(text_title)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self._ids: list[str] = []
        self._keys: list[str] = []

    def set_people(
        self, rows: Sequence[MemberRow], ticked: dict[str, tuple[LabelledEnum, str]]
    ) -> None:
        """Everyone who can be ticked; ``ticked`` gives the current choice and text of some."""
        ordered = sorted(rows, key=lambda r: person_sort_key(r.person.full_name))
        self.table.setRowCount(len(ordered))
        self._ids = []
        self._keys = []
        for position, row in enumerate(ordered):
            person = row.person
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            state = ticked.get(person.id)
            check.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
            self.table.setItem(position, 0, check)
            self.table.setItem(position, 1, _read_only(person.full_name))
            self.table.setItem(position, 2, _read_only(person.village_name))
            combo = QComboBox()
            for choice in self._choices:
                combo.addItem(label(choice), choice)
            if state:
                combo.setCurrentIndex(max(0, combo.findData(state[0])))
            self.table.setCellWidget(position, 3, combo)
            if self._has_text:
                self.table.setItem(position, 4, QTableWidgetItem(state[1] if state else ""))
            self._ids.append(person.id)
            self._keys.append(row.search_text)

    def set_ticked(self, person_id: str, ticked: bool) -> None:
        position = self._ids.index(person_id)
        item = self.table.item(position, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def set_choice(self, person_id: str, choice: LabelledEnum) -> None:
        combo = self.table.cellWidget(self._ids.index(person_id), 3)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(0, combo.findData(choice)))

    def ticked(self) -> dict[str, tuple[LabelledEnum, str]]:
        chosen: dict[str, tuple[LabelledEnum, str]] = {}
        for position, person_id in enumerate(self._ids):
            check = self.table.item(position, 0)
            if check is None or check.checkState() != Qt.CheckState.Checked:
                continue
            combo = self.table.cellWidget(position, 3)
            value = (
                as_enum(combo.currentData(), self._enum) if isinstance(combo, QComboBox) else None
            )
            text_item = self.table.item(position, 4) if self._has_text else None
            chosen[person_id] = (value or self._choices[0], text_item.text() if text_item else "")
        return chosen

    def _filter(self, text: str) -> None:
        words = fold_for_search(text).split()
        for position, key in enumerate(self._keys):
            self.table.setRowHidden(position, not all(word in key for word in words))


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
