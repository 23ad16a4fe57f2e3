"""Chỉ tiêu: a period's targets typed in a grid, one row per indicator, one column per scope.

The clerk picks the period and whether the targets are for the whole commune, for each
village or for each team; an empty cell means "no target" (and clears one that was set).
Nothing is saved until "Lưu chỉ tiêu", and then all cells in one transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.activity_records import IndicatorRecord, TargetInput, TargetRecord
from tcns_desktop.domain.enums import PeriodKind, ScopeKind, TeamStatus
from tcns_desktop.domain.number_format import format_number, parse_number
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.roster_records import TeamRecord, short_team_name
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.ui.error_reporting import problem_lines
from tcns_desktop.ui.labels import as_enum, label, period_label
from tcns_desktop.ui.workspace_controller import WorkspaceController

INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 1


def target_periods(today: date) -> list[Period]:
    """Periods a target is usually set for: this year and next, their halves and quarters,
    and the months of this year."""
    periods: list[Period] = []
    for year in (today.year, today.year + 1):
        periods.append(Period(year, PeriodKind.YEAR))
        periods.extend(Period(year, PeriodKind.HALF_YEAR, half) for half in (1, 2))
        periods.extend(Period(year, PeriodKind.QUARTER, quarter) for quarter in range(1, 5))
    periods.extend(Period(today.year, PeriodKind.MONTH, month) for month in range(1, 13))
    return periods


class TargetPage(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        controller: WorkspaceController,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._indicators: list[IndicatorRecord] = []
        self._teams: list[TeamRecord] = []
        self._villages: list[tuple[str, str]] = []
        self._team_type_name = ""
        self._scopes: list[tuple[str | None, str]] = []
        self._loaded: dict[tuple[str, str | None], float] = {}
        self._editable = True
        self.interactive = True

        self.period = QComboBox()
        self.period.setObjectName("targetPeriod")
        for period in target_periods(today or date.today()):
            self.period.addItem(period_label(period), period.key)
        self.scope_kind = QComboBox()
        for kind in ScopeKind:
            self.scope_kind.addItem(label(kind), kind.value)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.scope_kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.grid = QTableWidget()
        self.grid.setObjectName("targetGrid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.grid.itemChanged.connect(self._mark_changed)
        self.save_button = QPushButton(self.tr("&Lưu chỉ tiêu"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Hoàn tác thay đổi"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.reload)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Kỳ:")))
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Giao cho:")))
        bar.addWidget(self.scope_kind)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Gõ số chỉ tiêu vào ô; để trống nếu không giao chỉ tiêu. Tiến độ được tính "
                    "từ kết quả các hoạt động (xem Bảng theo dõi)."
                )
            )
        )
        layout.addWidget(self.grid)
        layout.addLayout(buttons)

    def selected_period(self) -> Period:
        return Period.parse(str(self.period.currentData()))

    def selected_kind(self) -> ScopeKind:
        return as_enum(self.scope_kind.currentData(), ScopeKind, ScopeKind.COMMUNE) or (
            ScopeKind.COMMUNE
        )

    def reload(self) -> None:
        if not self._controller.is_open:
            return
        period = self.selected_period()

        def work(workspace: Any) -> Any:
            return (
                workspace.commune.profile(),
                [i for i in workspace.indicators.catalogue() if i.active],
                workspace.roster.teams(),
                workspace.targets.targets(period),
            )

        self._controller.call(work, self._show, lambda exc: self.message.setText(str(exc)))

    def _show(self, result: Any) -> None:
        profile, indicators, teams, targets = result
        self._editable = profile is not None
        self._team_type_name = profile.team_type_name if profile else ""
        self._villages = [(v.id, v.name) for v in profile.villages] if profile else []
        self._indicators = indicators
        self._teams = sorted(
            (t for t in teams if t.status is TeamStatus.ACTIVE), key=lambda t: collation_key(t.name)
        )
        kind = self.selected_kind()
        if kind is ScopeKind.COMMUNE:
            self._scopes = [(None, profile.display_name if profile else self.tr("Toàn xã"))]
        elif kind is ScopeKind.VILLAGE:
            self._scopes = [(vid, name) for vid, name in self._villages]
        else:
            self._scopes = [
                (t.id, short_team_name(t.name, self._team_type_name)) for t in self._teams
            ]
        records: list[TargetRecord] = targets
        self._loaded = {
            (t.indicator_id, t.scope_id): t.value for t in records if t.scope_kind is kind
        }
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.setRowCount(len(indicators))
        self.grid.setColumnCount(len(self._scopes) + 1)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Chỉ số (đơn vị)")] + [name for _scope_id, name in self._scopes]
        )
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(0, 380)
        for row, indicator in enumerate(indicators):
            name = QTableWidgetItem(f"{indicator.name} ({indicator.unit})")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(INDICATOR_ROLE, indicator.id)
            self.grid.setItem(row, 0, name)
            for column, (scope_id, _name) in enumerate(self._scopes, start=1):
                value = self._loaded.get((indicator.id, scope_id))
                cell = QTableWidgetItem("" if value is None else format_number(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not self._editable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.grid.setItem(row, column, cell)
        self.grid.blockSignals(False)
        self.save_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.message.setText(
            self.tr("{0} chỉ tiêu đã giao cho kỳ này.").format(len(self._loaded))
            if self._scopes
            else self.tr("Chưa có thôn hoặc tổ nào để giao chỉ tiêu.")
        )

    def _mark_changed(self, _item: QTableWidgetItem) -> None:
        self.save_button.setEnabled(self._editable)
        self.undo_button.setEnabled(True)

    def cells(self) -> tuple[list[TargetInput], list[str]]:
        """The grid's cells that differ from what is saved, and the cells that are not numbers."""
        kind = self.selected_kind()
        cells: list[TargetInput] = []
        problems: list[str] = []
        for row, indicator in enumerate(self._indicators):
            for column, (scope_id, scope_name) in enumerate(self._scopes, start=1):
                item = self.grid.item(row, column)
                text = item.text().strip() if item is not None else ""
                value = parse_number(text)
                if text and value is None:
                    problems.append(
                        self.tr("“{0}” ở dòng “{1}”, cột “{2}” không phải là số.").format(
                            text, indicator.name, scope_name
                        )
                    )
                    continue
                if value == self._loaded.get((indicator.id, scope_id)):
                    continue
                cells.append(TargetInput(indicator.id, kind, scope_id, value))
        return cells, problems

    def save(self) -> None:
        cells, problems = self.cells()
        if problems:
            self.message.setText("\n".join(problems))
            return
        if not cells:
            self.message.setText(self.tr("Không có thay đổi nào để lưu."))
            return
        period = self.selected_period()

        def saved(result: Any) -> None:
            self.status_message.emit(
                self.tr("Đã lưu chỉ tiêu: {0} mới, {1} sửa, {2} bỏ.").format(
                    result.added, result.changed, result.cleared
                )
            )

        def failed(exc: BaseException) -> None:
            self.message.setText("\n".join(problem_lines(exc)))
            if self.interactive:
                QMessageBox.warning(self, self.tr("Chưa lưu được"), self.message.text())

        self._controller.call(
            lambda workspace: workspace.targets.save(period, cells), saved, failed, changes=True
        )
