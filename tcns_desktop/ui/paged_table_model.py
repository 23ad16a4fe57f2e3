"""Base of table models over lists too long to hold: rows fetched page by page on demand.

An upper level's activity log holds a million rows; the view shows thirty. The model knows
only the total and the pages it has been given. A row of a page not yet loaded shows
empty and asks its owner for that page; the answer comes back later (from the database
lane) and fills the rows in. Changing the filter or the order starts a new *generation*, so
that a page answered for the old question is never shown under the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from tcns_desktop.ui.column_table_model import ColumnTableModel

Row = TypeVar("Row")
PAGE_SIZE = 200
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

# (generation, page number, offset, limit) → the owner fetches and calls ``page_arrived``.
PageRequest = Callable[[int, int, int, int], None]


class PagedTableModel(ColumnTableModel, Generic[Row]):
    """Subclasses set the columns and implement ``display``; the owner supplies ``request``."""

    page_size = PAGE_SIZE

    def __init__(self, request: PageRequest, parent: Any = None) -> None:
        super().__init__(parent)
        self._request = request
        self._total = 0
        self._pages: dict[int, list[Row]] = {}
        self._asked: set[int] = set()
        self._generation = 0

    # --- owner side ----------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    def restart(self) -> int:
        """Forget every page (the question changed); returns the new generation."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._asked.clear()
        self._total = 0
        self.endResetModel()
        self._ask(0)
        return self._generation

    def page_arrived(self, generation: int, page: int, rows: list[Row], total: int) -> None:
        """A page the model asked for; ignored when the question has changed since."""
        if generation != self._generation:
            return
        self._asked.discard(page)
        if total != self._total:
            # The count came with the page (or the data changed meanwhile): resize.
            self.beginResetModel()
            self._total = total
            kept = {page: rows}
            self._pages = kept
            self._asked.clear()
            self.endResetModel()
            return
        self._pages[page] = rows
        first = page * self.page_size
        last = min(first + len(rows), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def row_at(self, row: int) -> Row | None:
        """The row if its page is loaded (asking for the page otherwise)."""
        if not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._ask(page)
            rows = self._pages.get(page)  # a runner that works at once has answered already
            if rows is None:
                return None
        return rows[offset] if offset < len(rows) else None

    def loaded_rows(self) -> list[Row]:
        return [row for page in sorted(self._pages) for row in self._pages[page]]

    # --- subclass side -------------------------------------------------------------------

    def display(self, row: Row, column: int) -> str:
        """The text of one cell: ``str(row)`` in the first column unless a subclass says more."""
        return str(row) if column == 0 else ""

    def decoration(self, row: Row, column: int, role: int) -> Any:
        """Other roles (colours, tooltips, alignment); none by default."""
        return None

    # --- Qt model ------------------------------------------------------------------------

    @override
    def visible_count(self) -> int:
        return self._total

    @override
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        return self.decoration(row, index.column(), role)

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        self._request(self._generation, page, page * self.page_size, self.page_size)
