"""Hoạt động: the activity log with search and filters, and the entry forms behind it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.activity_records import ActivityQuery, ActivityRow, ActivitySort
from tcns_desktop.domain.enums import ActivityKind, DigitalSkill, PeriodKind, Pillar
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.roster_records import TeamRecord, short_team_name
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.ui.activity_batch_dialog import ActivityBatchDialog
from tcns_desktop.ui.activity_dialog import ActivityDialog, EntryContext, load_entry_context
from tcns_desktop.ui.activity_table_model import (
    SORT_OF_COLUMN,
    ActivityColumn,
    ActivityTableModel,
)
from tcns_desktop.ui.labels import as_enum, label, period_label
from tcns_desktop.ui.paged_table_model import RECORD_ROLE
from tcns_desktop.ui.workspace_controller import WorkspaceController


def period_choices(today: date) -> list[tuple[str, Period | None]]:
    """The periods a clerk picks from most: this and the previous month, quarter, year."""
    month = Period.containing(today, PeriodKind.MONTH)
    quarter = Period.containing(today, PeriodKind.QUARTER)
    half = Period.containing(today, PeriodKind.HALF_YEAR)
    year = Period.containing(today, PeriodKind.YEAR)
    return [
        ("", None),
        ("", month),
        ("", month.previous()),
        ("", quarter),
        ("", quarter.previous()),
        ("", half),
        ("", year),
        ("", year.previous()),
    ]


class ActivityPage(QWidget):
    status_message = Signal(str)
    show_dashboard = Signal()

    def __init__(
        self,
        controller: WorkspaceController,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._today = today or date.today()
        self._teams: list[TeamRecord] = []
        self._team_type_name = ""
        self._editable = True
        self._query = ActivityQuery()
        self._reselect: str | None = None
        self.interactive = True
        self.last_dialog: QDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("activitySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm theo nội dung, địa điểm, ghi chú… (gõ không dấu cũng được)")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("periodFilter")
        for _text, period in period_choices(self._today):
            self.period_filter.addItem(
                period_label(period) if period else self.tr("Mọi thời gian"),
                period.key if period else None,
            )
        self.team_filter = QComboBox()
        self.village_filter = QComboBox()
        self.commune_filter = QComboBox()
        self.commune_filter.setVisible(False)
        self.kind_filter = _enum_filter(ActivityKind, self.tr("Mọi hình thức"))
        self.pillar_filter = _enum_filter(Pillar, self.tr("Mọi trụ cột"))
        self.skill_filter = _enum_filter(DigitalSkill, self.tr("Mọi nhóm kỹ năng"))
        self.platform_filter = QComboBox()
        self._filters = (
            self.period_filter,
            self.commune_filter,
            self.team_filter,
            self.village_filter,
            self.kind_filter,
            self.pillar_filter,
            self.skill_filter,
            self.platform_filter,
        )
        for combo in self._filters:
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.period_filter, 1)
        second = QHBoxLayout()
        for combo in self._filters[1:]:
            second.addWidget(combo, 1)

        self.model = ActivityTableModel(self._request_page, self)
        self.table = QTableView()
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ActivityColumn.DATE, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._sort_by)
        for column, width in (
            (ActivityColumn.DATE, 90),
            (ActivityColumn.TEAM, 140),
            (ActivityColumn.TITLE, 330),
            (ActivityColumn.PEOPLE, 70),
            (ActivityColumn.HOUSEHOLDS, 60),
            (ActivityColumn.KIND, 120),
            (ActivityColumn.PILLAR, 110),
            (ActivityColumn.SKILL, 150),
            (ActivityColumn.PLATFORM, 150),
            (ActivityColumn.VILLAGE, 110),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(ActivityColumn.COMMUNE, True)
        self.table.doubleClicked.connect(lambda _index: self.edit_activity())
        self.count_label = QLabel()
        self.count_label.setObjectName("activityCount")

        self.add_button = QPushButton(self.tr("&Nhập hoạt động…"))
        self.add_button.setToolTip(self.tr("Nhập liên tiếp nhiều hoạt động (Ctrl+N)"))
        self.batch_button = QPushButton(self.tr("Nhập &nhiều dòng…"))
        self.batch_button.setToolTip(self.tr("Gõ nhiều hoạt động vào một bảng rồi lưu một lần"))
        self.edit_button = QPushButton(self.tr("&Xem / sửa…"))
        self.delete_button = QPushButton(self.tr("Xó&a…"))
        self.dashboard_button = QPushButton(self.tr("Bảng &theo dõi"))
        self.add_button.clicked.connect(self.add_activities)
        self.batch_button.clicked.connect(self.add_batch)
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button.clicked.connect(self.delete_activity)
        self.dashboard_button.clicked.connect(self.show_dashboard)
        actions = QHBoxLayout()
        for button in (self.add_button, self.batch_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.dashboard_button)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_activities)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_activity)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_activity)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        layout.addLayout(actions)
        self.model.modelReset.connect(self._show_count)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """The pick lists (teams, villages, platforms), then the list itself."""
        if not self._controller.is_open:
            return
        self._controller.call(_filter_choices, self._show_choices, self._on_failed)

    def _show_choices(self, choices: Any) -> None:
        profile, teams, platforms, communes = choices
        self._editable = profile is not None
        for button in (self.add_button, self.batch_button, self.delete_button):
            button.setEnabled(self._editable)
        self._team_type_name = profile.team_type_name if profile else ""
        self.model.team_type_name = self._team_type_name
        self._teams = sorted(
            teams, key=lambda t: (collation_key(t.commune_name), collation_key(t.name))
        )
        hub = not self._editable
        self.commune_filter.setVisible(hub)
        self.table.setColumnHidden(ActivityColumn.COMMUNE, not hub)
        _refill(
            self.commune_filter,
            self.tr("Mọi xã"),
            sorted(communes, key=lambda c: collation_key(c[1])),
        )
        _refill(
            self.team_filter,
            self.tr("Mọi tổ"),
            [
                (
                    t.id,
                    short_team_name(t.name, self._team_type_name)
                    + (f" — {t.commune_name}" if t.commune_name else ""),
                )
                for t in self._teams
            ],
        )
        villages = sorted(
            {(t.village_id, t.village_name) for t in self._teams if t.village_id},
            key=lambda v: collation_key(v[1]),
        )
        _refill(self.village_filter, self.tr("Mọi thôn"), [(v or "", n) for v, n in villages])
        _refill(
            self.platform_filter,
            self.tr("Mọi nền tảng"),
            [(p.id, p.name) for p in platforms],
        )
        self.refresh()

    def refresh(self) -> None:
        """Ask again with the current filters (from the first page); the selected activity
        stays selected if it is still in the first page (after an edit, say)."""
        selected = self.selected_row()
        self._reselect = selected.id if selected is not None else None
        self._query = self.current_query()
        self.model.restart()

    def current_query(self) -> ActivityQuery:
        period_key = self.period_filter.currentData()
        sort_column = self.table.horizontalHeader().sortIndicatorSection()
        return ActivityQuery(
            period=Period.parse(period_key) if period_key else None,
            commune_id=_data(self.commune_filter),
            team_id=_data(self.team_filter),
            village_id=_data(self.village_filter),
            kind=as_enum(self.kind_filter.currentData(), ActivityKind),
            pillar=as_enum(self.pillar_filter.currentData(), Pillar),
            skill=as_enum(self.skill_filter.currentData(), DigitalSkill),
            platform_id=_data(self.platform_filter),
            text=self.search.text(),
            sort=SORT_OF_COLUMN.get(ActivityColumn(sort_column), ActivitySort.DATE)
            if 0 <= sort_column < len(ActivityColumn)
            else ActivitySort.DATE,
            descending=self.table.horizontalHeader().sortIndicatorOrder()
            == Qt.SortOrder.DescendingOrder,
        )

    def show_query(self, query: ActivityQuery) -> None:
        """Open the list on a given question (a dashboard figure clicked through)."""
        for combo in self._filters:
            combo.blockSignals(True)
        self.search.blockSignals(True)
        self.search.setText(query.text)
        _select_data(self.period_filter, query.period.key if query.period else None)
        _select_data(self.commune_filter, query.commune_id)
        _select_data(self.team_filter, query.team_id)
        _select_data(self.village_filter, query.village_id)
        _select_data(self.kind_filter, query.kind.value if query.kind else None)
        _select_data(self.pillar_filter, query.pillar.value if query.pillar else None)
        _select_data(self.skill_filter, query.skill.value if query.skill else None)
        _select_data(self.platform_filter, query.platform_id)
        for combo in self._filters:
            combo.blockSignals(False)
        self.search.blockSignals(False)
        self._query = query
        self.model.restart()

    def _request_page(self, generation: int, page: int, offset: int, limit: int) -> None:
        # The question is captured now: the page answers what was asked, and the model
        # drops it if the clerk has changed the filters meanwhile (another generation).
        query = self._query

        def work(workspace: Any) -> Any:
            result = workspace.activities.list_page(query, offset, limit)
            return list(result.rows), result.total

        def arrived(result: Any) -> None:
            rows, total = result
            self.model.page_arrived(generation, page, rows, total)
            wanted = self._reselect
            if wanted is not None and generation == self.model.generation:
                found = next((i for i, row in enumerate(rows) if row.id == wanted), None)
                if found is not None:
                    self._reselect = None
                    self.table.setCurrentIndex(
                        self.model.index(page * self.model.page_size + found, 0)
                    )

        self._controller.call(work, arrived, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.count_label.setText(str(exc))

    def _show_count(self) -> None:
        total = self.model.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("Không có hoạt động nào khớp."))
        else:
            self.count_label.setText(
                self.tr("{0} hoạt động").format(f"{total:,}".replace(",", "."))
            )

    def _sort_by(self, column: int) -> None:
        if ActivityColumn(column) not in SORT_OF_COLUMN:
            # Only date, team and kind orders have an index behind them at the upper level's
            # scale; the indicator goes back to the order in force.
            header = self.table.horizontalHeader()
            sort = self._query.sort
            current = next(c for c, s in SORT_OF_COLUMN.items() if s is sort)
            order = (
                Qt.SortOrder.DescendingOrder
                if self._query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(current, order)
            header.blockSignals(False)
            return
        self.refresh()

    # --- actions -------------------------------------------------------------------------

    def selected_row(self) -> ActivityRow | None:
        index = self.table.currentIndex()
        row = (
            self.model.data(self.model.index(index.row(), 0), RECORD_ROLE)
            if index.isValid()
            else None
        )
        return row if isinstance(row, ActivityRow) else None

    def add_activities(self) -> None:
        if not self._editable:
            return
        self._controller.call(load_entry_context, self._open_entry)

    def _open_entry(self, context: EntryContext) -> None:
        dialog = ActivityDialog(self._controller, context, self, today=self._today)
        self.last_dialog = dialog
        if self.interactive:
            dialog.exec()
            if dialog.saved_count:
                self.status_message.emit(
                    self.tr("Đã lưu {0} hoạt động.").format(dialog.saved_count)
                )

    def add_batch(self) -> None:
        if not self._editable:
            return

        def show(context: EntryContext) -> None:
            dialog = ActivityBatchDialog(self._controller, context, self, today=self._today)
            self.last_dialog = dialog
            if self.interactive:
                dialog.exec()
                if dialog.saved_count:
                    self.status_message.emit(
                        self.tr("Đã lưu {0} hoạt động.").format(dialog.saved_count)
                    )

        self._controller.call(load_entry_context, show)

    def edit_activity(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        activity_id = row.id

        def work(workspace: Any) -> Any:
            return load_entry_context(workspace), workspace.activities.get(activity_id)

        def show(result: Any) -> None:
            context, record = result
            dialog = ActivityDialog(self._controller, context, self, activity=record)
            if not self._editable:
                dialog.save_close_button.setEnabled(False)
            self.last_dialog = dialog
            if self.interactive:
                dialog.exec()

        self._controller.call(work, show)

    def delete_activity(self) -> None:
        row = self.selected_row()
        if row is None or not self._editable:
            return
        if self.interactive:
            answer = QMessageBox.question(
                self,
                self.tr("Xóa hoạt động"),
                self.tr(
                    "Xóa hoạt động ngày {0} của {1}:\n“{2}”?\n\nHoạt động được đánh dấu đã "
                    "xóa (vẫn còn trong nhật ký thay đổi) và không còn được tính vào số liệu."
                ).format(
                    row.activity_date.strftime("%d/%m/%Y"),
                    short_team_name(row.team_name, self._team_type_name),
                    row.title or label(row.kind),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        activity_id = row.id
        self._controller.call(
            lambda workspace: workspace.activities.delete(activity_id),
            lambda _r: self.status_message.emit(self.tr("Đã xóa hoạt động.")),
            changes=True,
        )


def _filter_choices(workspace: Any) -> Any:
    profile = workspace.commune.profile()
    teams = workspace.roster.teams()
    platforms = workspace.activities.platforms(include_inactive=True)
    # Only the upper level (no own commune) filters by commune.
    communes = workspace.commune.communes() if profile is None else []
    return profile, teams, platforms, communes


def _enum_filter(enum_class: Any, everything: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, None)
    for member in enum_class:
        combo.addItem(label(member), member.value)
    return combo


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value, text in items:
        combo.addItem(text, value)
    _select_data(combo, current)
    combo.blockSignals(False)


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def _data(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return value if isinstance(value, str) and value else None
