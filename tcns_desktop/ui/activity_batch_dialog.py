"""Nhập nhiều dòng: a week of Zalo reports typed into a grid, checked, then saved at once.

Each line is one activity. Choice columns (team, kind, pillar, skill group, platform) accept
any unambiguous part of a name typed without accents ("dong" for "thôn Đông"). "Kiểm tra"
runs the same rules as the form and marks each line; "Lưu tất cả" saves every line in one
transaction, or none if a line is still wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.activity_records import ActivityInput
from tcns_desktop.domain.enums import ActivityKind, DigitalSkill, Pillar, TeamStatus
from tcns_desktop.domain.roster_records import short_team_name
from tcns_desktop.domain.vietnamese_text import unique_match
from tcns_desktop.ui.activity_dialog import EntryContext
from tcns_desktop.ui.error_reporting import problem_lines
from tcns_desktop.ui.labels import label
from tcns_desktop.ui.workspace_controller import WorkspaceController

START_ROWS = 10


class BatchColumn(IntEnum):
    DATE = 0
    TEAM = 1
    KIND = 2
    PILLAR = 3
    SKILL = 4
    PLATFORM = 5
    TITLE = 6
    LOCATION = 7
    PEOPLE = 8
    HOUSEHOLDS = 9
    NOTES = 10
    STATUS = 11


class _ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box with the column's choices, completing on any part of a name."""

    def __init__(self, choices: dict[int, list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(  # noqa: N802 (Qt override)
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        names = self._choices.get(index.column())
        if names is None:
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems(names)
        completer = QCompleter(names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor

    def setEditorData(  # noqa: N802 (Qt override)
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data() or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(  # noqa: N802 (Qt override)
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
            return
        super().setModelData(editor, model, index)


class _Grid(QTableWidget):
    """Enter moves right, and from the last column to the next line (added when needed)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            row, column = self.currentRow(), self.currentColumn()
            if column + 1 < BatchColumn.STATUS:
                self.setCurrentCell(row, column + 1)
            else:
                if row + 1 >= self.rowCount():
                    self.insertRow(self.rowCount())
                self.setCurrentCell(row + 1, BatchColumn.DATE)
            return
        super().keyPressEvent(event)


class ActivityBatchDialog(QDialog):
    def __init__(
        self,
        controller: WorkspaceController,
        context: EntryContext,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._context = context
        self._today = today or date.today()
        self._warned: list[ActivityInput] | None = None
        self.saved_count = 0
        self.setWindowTitle(self.tr("Nhập nhiều hoạt động"))
        self.resize(1180, 520)
        self._teams = {
            short_team_name(t.name, context.team_type_name): t.id
            for t in context.teams
            if t.status is TeamStatus.ACTIVE
        }
        self._kinds = {label(k): k for k in ActivityKind}
        self._pillars = {label(p): p for p in Pillar}
        self._skills = {label(s): s for s in DigitalSkill}
        self._platforms = {p.name: p.id for p in context.platforms if p.active}
        self.grid = _Grid(START_ROWS, len(BatchColumn))
        self.grid.setObjectName("batchGrid")
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Ngày"),
                self.tr("Tổ"),
                self.tr("Hình thức"),
                self.tr("Trụ cột"),
                self.tr("Nhóm kỹ năng"),
                self.tr("Nền tảng, dịch vụ"),
                self.tr("Nội dung"),
                self.tr("Địa điểm"),
                self.tr("Số người"),
                self.tr("Số hộ"),
                self.tr("Ghi chú"),
                self.tr("Tình trạng"),
            ]
        )
        self.grid.setItemDelegate(
            _ChoiceDelegate(
                {
                    BatchColumn.TEAM: list(self._teams),
                    BatchColumn.KIND: list(self._kinds),
                    BatchColumn.PILLAR: list(self._pillars),
                    BatchColumn.SKILL: ["", *self._skills],
                    BatchColumn.PLATFORM: ["", *self._platforms],
                },
                self.grid,
            )
        )
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(BatchColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (BatchColumn.DATE, 90),
            (BatchColumn.TEAM, 130),
            (BatchColumn.KIND, 110),
            (BatchColumn.PILLAR, 110),
            (BatchColumn.SKILL, 130),
            (BatchColumn.PLATFORM, 130),
            (BatchColumn.PEOPLE, 65),
            (BatchColumn.HOUSEHOLDS, 55),
            (BatchColumn.STATUS, 170),
        ):
            self.grid.setColumnWidth(column, width)
        self.grid.itemChanged.connect(lambda _item: self._forget_warnings())
        self.message = QLabel(
            self.tr(
                "Mỗi dòng một hoạt động. Ngày dạng dd/mm/yyyy; tổ, hình thức… gõ một phần tên "
                "(không dấu cũng được). Enter để sang ô tiếp theo."
            )
        )
        self.message.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Kiểm tra"))
        self.save_button = QPushButton(self.tr("&Lưu tất cả"))
        self.add_rows_button = QPushButton(self.tr("Thêm &10 dòng"))
        close_button = QPushButton(self.tr("Đóng"))
        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save)
        self.add_rows_button.clicked.connect(
            lambda: self.grid.setRowCount(self.grid.rowCount() + START_ROWS)
        )
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rows_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.grid.setCurrentCell(0, BatchColumn.DATE)

    # --- reading the grid ----------------------------------------------------------------

    def set_row(self, row: int, values: Sequence[str]) -> None:
        """Fill one line (pasting from a spreadsheet, and the tests)."""
        if row >= self.grid.rowCount():
            self.grid.setRowCount(row + 1)
        for column, text in enumerate(values):
            self.grid.setItem(row, column, QTableWidgetItem(text))

    def lines(self) -> tuple[list[tuple[int, ActivityInput]], dict[int, list[str]]]:
        """The filled lines as entries (with their row), and each line's reading problems."""
        entries: list[tuple[int, ActivityInput]] = []
        problems: dict[int, list[str]] = {}
        for row in range(self.grid.rowCount()):
            texts = [self._text(row, column) for column in range(BatchColumn.STATUS)]
            if not any(texts):
                continue
            wrong: list[str] = []
            day = _day(texts[BatchColumn.DATE])
            if day is None:
                wrong.append(self.tr("ngày chưa đúng dạng dd/mm/yyyy"))
            team_id = _choose(self._teams, texts[BatchColumn.TEAM])
            if team_id is None:
                wrong.append(self.tr("chưa rõ tổ"))
            kind = _choose(self._kinds, texts[BatchColumn.KIND]) or ActivityKind.GUIDANCE
            pillar = _choose(self._pillars, texts[BatchColumn.PILLAR]) or Pillar.DIGITAL_GOVERNMENT
            skill = _choose(self._skills, texts[BatchColumn.SKILL])
            if texts[BatchColumn.SKILL] and skill is None:
                wrong.append(self.tr("chưa rõ nhóm kỹ năng"))
            platform_id = _choose(self._platforms, texts[BatchColumn.PLATFORM])
            if texts[BatchColumn.PLATFORM] and platform_id is None:
                wrong.append(self.tr("chưa rõ nền tảng"))
            counts: list[int | None] = []
            for column in (BatchColumn.PEOPLE, BatchColumn.HOUSEHOLDS):
                text = texts[column].replace(".", "").strip()
                if text and not text.lstrip("-").isdigit():
                    wrong.append(self.tr("số người, số hộ phải là số"))
                counts.append(int(text) if text.lstrip("-").isdigit() else None)
            if wrong or day is None or team_id is None:
                problems[row] = wrong
                continue
            entries.append(
                (
                    row,
                    ActivityInput(
                        activity_date=day,
                        team_id=team_id,
                        kind=kind,
                        pillar=pillar,
                        skill=skill,
                        platform_id=platform_id,
                        title=texts[BatchColumn.TITLE],
                        location=texts[BatchColumn.LOCATION],
                        people_reached=counts[0],
                        households_reached=counts[1],
                        notes=texts[BatchColumn.NOTES],
                    ),
                )
            )
        return entries, problems

    # --- actions -------------------------------------------------------------------------

    def check(self) -> None:
        entries, problems = self.lines()
        self._show_reading(problems)
        inputs = [entry for _row, entry in entries]

        def work(workspace: Any) -> Any:
            return [workspace.activities.check(entry) for entry in inputs]

        def checked(verdicts: Any) -> None:
            for (row, _entry), verdict in zip(entries, verdicts, strict=True):
                self._mark(row, [*verdict.errors], [*verdict.warnings])
            self._summarise(entries, problems, verdicts)

        self._controller.call(work, checked, self._failed)

    def save(self) -> None:
        entries, problems = self.lines()
        self._show_reading(problems)
        if problems:
            self.message.setText(
                self.tr("Còn {0} dòng chưa đúng; chưa lưu gì.").format(len(problems))
            )
            return
        if not entries:
            self.message.setText(self.tr("Chưa có dòng nào để lưu."))
            return
        inputs = [entry for _row, entry in entries]
        confirmed = self._warned == inputs

        def saved(result: Any) -> None:
            self.saved_count += len(result)
            self._warned = None
            self.grid.clearContents()
            self.grid.setRowCount(START_ROWS)
            self.message.setText(
                self.tr("Đã lưu {0} hoạt động. Có thể nhập tiếp.").format(len(result))
            )

        def failed(exc: BaseException) -> None:
            warnings = getattr(exc, "warnings", None)
            if warnings:
                self._warned = inputs
                self.check()
                self.message.setText(
                    self.tr(
                        "Có dòng cần xem lại (cột Tình trạng). Bấm Lưu tất cả lần nữa để vẫn lưu."
                    )
                )
                return
            self._failed(exc)
            self.check()

        self._controller.call(
            lambda workspace: workspace.activities.create_many(inputs, confirmed=confirmed),
            saved,
            failed,
            changes=True,
        )

    # --- helpers -------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item is not None else ""

    def _mark(self, row: int, errors: list[str], warnings: list[str]) -> None:
        if errors:
            text, colour = "✗ " + "; ".join(errors), Qt.GlobalColor.red
        elif warnings:
            text, colour = "⚠ " + "; ".join(warnings), Qt.GlobalColor.darkYellow
        else:
            text, colour = self.tr("✓ hợp lệ"), Qt.GlobalColor.darkGreen
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        item.setForeground(colour)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.grid.blockSignals(True)
        self.grid.setItem(row, BatchColumn.STATUS, item)
        self.grid.blockSignals(False)

    def _show_reading(self, problems: dict[int, list[str]]) -> None:
        for row, wrong in problems.items():
            self._mark(row, wrong, [])

    def _summarise(self, entries: list[Any], problems: dict[int, list[str]], verdicts: Any) -> None:
        total = len(entries) + len(problems)
        wrong = len(problems) + sum(1 for v in verdicts if v.errors)
        warned = sum(1 for v in verdicts if not v.errors and v.warnings)
        self.message.setText(
            self.tr("{0} dòng: {1} chưa đúng, {2} cần xem lại, {3} hợp lệ.").format(
                total, wrong, warned, total - wrong - warned
            )
        )

    def _forget_warnings(self) -> None:
        self._warned = None

    def _failed(self, exc: BaseException) -> None:
        self.message.setText("\n".join(problem_lines(exc)))


def _day(text: str) -> date | None:
    """A day typed as dd/mm/yyyy (or with "-" or "."); anything else is not a day."""
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3 or not all(part.strip().isdigit() for part in parts):
        return None
    day, month, year = (int(part) for part in parts)
    try:
        return date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


def _choose(choices: dict[str, Any], typed: str) -> Any:
    names = list(choices)
    index = unique_match(typed, names)
    return None if index is None else choices[names[index]]
