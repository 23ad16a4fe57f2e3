"""Bảng theo dõi: a period's figures at a glance, each one opening the list behind it.

Every number comes from the one statistics service (the reports and the upper level use the
same), computed on the database lane; a figure nobody reported reads "không có số liệu".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.activity_records import ActivityQuery
from tcns_desktop.domain.enums import ActivityKind, DigitalSkill, Pillar, ScopeKind
from tcns_desktop.domain.number_format import format_number
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.statistics_records import (
    GroupFigures,
    IdleUnit,
    StatisticsRecord,
    figure_text,
)
from tcns_desktop.ui.activity_page import period_choices
from tcns_desktop.ui.bar_chart import Bar, BarChart
from tcns_desktop.ui.labels import as_enum, label, period_label, translated
from tcns_desktop.ui.workspace_controller import WorkspaceController

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2
DEFAULT_IDLE_DAYS = 30


class DashboardPage(QWidget):
    open_activities = Signal(object)  # an ActivityQuery
    open_members = Signal(object)  # {"trained": False} and the like, for the member list

    def __init__(
        self,
        controller: WorkspaceController,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._today = today or date.today()
        self.record: StatisticsRecord | None = None

        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        for _text, period in period_choices(self._today)[1:]:
            assert period is not None
            self.period.addItem(period_label(period), period.key)
        self.period.setCurrentIndex(2)  # this quarter
        self.idle_days = QSpinBox()
        self.idle_days.setRange(1, 366)
        self.idle_days.setValue(DEFAULT_IDLE_DAYS)
        self.idle_days.setSuffix(self.tr(" ngày"))
        self.commune = QComboBox()
        self.commune.setVisible(False)
        self.refresh_button = QPushButton(self.tr("&Làm mới"))
        self.refresh_button.clicked.connect(self.reload)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.idle_days.editingFinished.connect(self.reload)
        self.commune.currentIndexChanged.connect(lambda _i: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kỳ:")))
        bar.addWidget(self.period)
        bar.addWidget(self.commune)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Không hoạt động quá:")))
        bar.addWidget(self.idle_days)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        self.as_of = QLabel()
        self.as_of.setObjectName("dashboardAsOf")

        self.tiles: dict[str, QPushButton] = {}
        tiles = QGridLayout()
        for index, (key, caption) in enumerate(
            (
                ("teams", self.tr("tổ đang hoạt động")),
                ("members", self.tr("thành viên")),
                ("activities", self.tr("hoạt động trong kỳ")),
                ("people", self.tr("lượt người được hỗ trợ")),
                ("households", self.tr("lượt hộ được hỗ trợ")),
                ("untrained", self.tr("thành viên chưa được bồi dưỡng")),
            )
        ):
            tile = QPushButton()
            tile.setObjectName(f"tile_{key}")
            tile.setProperty("caption", caption)
            tile.setMinimumHeight(64)
            tile.setStyleSheet("QPushButton { text-align: center; font-size: 10pt; }")
            tile.clicked.connect(lambda _checked=False, k=key: self._tile_clicked(k))
            tiles.addWidget(tile, index // 3, index % 3)
            self.tiles[key] = tile

        self.pillar_chart = BarChart(self.tr("Hoạt động theo trụ cột"))
        self.skill_chart = BarChart(self.tr("Người được hỗ trợ theo nhóm kỹ năng số"))
        self.kind_chart = BarChart(self.tr("Hoạt động theo hình thức"))
        self.pillar_chart.bar_clicked.connect(lambda key: self._open(pillar=key))
        self.skill_chart.bar_clicked.connect(lambda key: self._open(skill=key))
        self.kind_chart.bar_clicked.connect(lambda key: self._open(kind=key))
        charts = QHBoxLayout()
        left_charts = QVBoxLayout()
        left_charts.addWidget(self.pillar_chart)
        left_charts.addWidget(self.kind_chart)
        left_charts.addStretch(1)
        charts.addLayout(left_charts, 1)
        charts.addWidget(self.skill_chart, 1, Qt.AlignmentFlag.AlignTop)

        self.indicators = QTableWidget(0, 4)
        self.indicators.setObjectName("indicatorProgress")
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("Chỉ số"), self.tr("Kết quả"), self.tr("Chỉ tiêu"), self.tr("Tiến độ")]
        )
        self.indicators.verticalHeader().setVisible(False)
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicators.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 150)):
            self.indicators.setColumnWidth(column, width)
        self.indicators.setItemDelegateForColumn(3, ProgressDelegate(self.indicators))
        self.indicators.cellActivated.connect(lambda row, _c: self._indicator_clicked(row))
        self.indicators.cellDoubleClicked.connect(lambda row, _c: self._indicator_clicked(row))
        indicator_box = QGroupBox(self.tr("Kết quả theo chỉ số và chỉ tiêu của kỳ"))
        QVBoxLayout(indicator_box).addWidget(self.indicators)

        self.idle = QListWidget()
        self.idle.setObjectName("idleUnits")
        self.idle.itemActivated.connect(self._idle_clicked)
        self.idle.itemDoubleClicked.connect(self._idle_clicked)
        self.idle_box = QGroupBox()
        QVBoxLayout(self.idle_box).addWidget(self.idle)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(tiles)
        body.addLayout(charts)
        lower = QHBoxLayout()
        lower.addWidget(indicator_box, 3)
        lower.addWidget(self.idle_box, 2)
        body.addLayout(lower)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.as_of)
        layout.addWidget(scroll)

    # --- loading -------------------------------------------------------------------------

    def selected_period(self) -> Period:
        return Period.parse(str(self.period.currentData()))

    def reload(self) -> None:
        if not self._controller.is_open:
            return
        period = self.selected_period()
        idle_days = self.idle_days.value()
        commune = self.commune.currentData()
        commune_id = commune if isinstance(commune, str) and commune else None

        def work(workspace: Any) -> Any:
            communes = workspace.commune.communes() if workspace.commune.profile() is None else []
            record = workspace.statistics.compute(
                period, commune_id=commune_id, idle_days=idle_days
            )
            return record, communes

        self._controller.call(work, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.as_of.setText(str(exc))

    def _show(self, result: Any) -> None:
        record, communes = result
        self.record = record
        self._show_communes(communes)
        self.as_of.setText(
            self.tr("{0} ({1}) — số liệu tổ và thành viên tính đến ngày {2}.").format(
                period_label(record.period),
                record.period.date_range_text,
                record.as_of.strftime("%d/%m/%Y"),
            )
        )
        totals = record.totals
        values = {
            "teams": format_number(record.active_teams),
            "members": format_number(record.active_members),
            "activities": format_number(totals.activities),
            "people": _reach(totals.people_reached),
            "households": _reach(totals.households_reached),
            "untrained": format_number(record.never_trained),
        }
        for key, tile in self.tiles.items():
            tile.setText(f"{values[key]}\n{tile.property('caption')}")
        self.pillar_chart.set_bars(
            [_bar(group, group.totals.activities, Pillar) for group in record.by_pillar]
        )
        self.kind_chart.set_bars(
            [_bar(group, group.totals.activities, ActivityKind) for group in record.by_kind]
        )
        self.skill_chart.set_bars(
            [_bar(group, group.totals.people_reached, DigitalSkill) for group in record.by_skill]
        )
        self._show_indicators(record)
        self._show_idle(record)

    def _show_communes(self, communes: list[tuple[str, str]]) -> None:
        self.commune.setVisible(bool(communes))
        if not communes or self.commune.count() == len(communes) + 1:
            return
        self.commune.blockSignals(True)
        self.commune.clear()
        self.commune.addItem(self.tr("Mọi xã"), None)
        for commune_id, name in communes:
            self.commune.addItem(name, commune_id)
        self.commune.blockSignals(False)

    def _show_indicators(self, record: StatisticsRecord) -> None:
        figures = [f for f in record.indicators if f.active or f.value is not None]
        self.indicators.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            name = QTableWidgetItem(figure.name)
            name.setData(KEY_ROLE, figure.indicator_id)
            name.setToolTip(f"{figure.code} · {label(figure.pillar)}")
            self.indicators.setItem(row, 0, name)
            value = QTableWidgetItem(figure_text(figure.value, figure.unit))
            if figure.value is None:
                value.setForeground(Qt.GlobalColor.gray)
            self.indicators.setItem(row, 1, value)
            target = QTableWidgetItem(
                figure_text(figure.target, figure.unit) if figure.target is not None else "—"
            )
            self.indicators.setItem(row, 2, target)
            if figure.progress is None:
                text = self.tr("chưa có chỉ tiêu") if figure.target is None else "0 %"
                percent = 0
            else:
                percent = round(figure.progress * 100)
                text = f"{percent} %"
            progress = QTableWidgetItem(text)
            progress.setData(PROGRESS_ROLE, percent if figure.target is not None else None)
            self.indicators.setItem(row, 3, progress)

    def _show_idle(self, record: StatisticsRecord) -> None:
        self.idle_box.setTitle(
            self.tr("Thôn, tổ không có hoạt động trong {0} ngày").format(record.idle_days)
        )
        self.idle.clear()
        units: list[IdleUnit] = [*record.idle_teams, *record.idle_villages]
        if not units:
            self.idle.addItem(self.tr("Tất cả các thôn và tổ đều có hoạt động."))
            return
        for unit in units:
            since = (
                self.tr("chưa có hoạt động nào")
                if unit.last_activity_on is None
                else self.tr("lần cuối {0}").format(unit.last_activity_on.strftime("%d/%m/%Y"))
            )
            kind = self.tr("Tổ") if unit.kind is ScopeKind.TEAM else self.tr("Thôn")
            where = f" — {unit.commune_name}" if unit.commune_name and record.hub else ""
            item = QListWidgetItem(f"{kind}: {unit.name}{where} ({since})")
            item.setData(KEY_ROLE, (unit.kind.value, unit.id))
            self.idle.addItem(item)

    # --- click-through -------------------------------------------------------------------

    def _query(self, **filters: Any) -> ActivityQuery:
        commune = self.commune.currentData()
        return ActivityQuery(
            period=self.selected_period(),
            commune_id=commune if isinstance(commune, str) and commune else None,
            **filters,
        )

    def _open(
        self, *, pillar: str | None = None, skill: str | None = None, kind: str | None = None
    ) -> None:
        self.open_activities.emit(
            self._query(
                pillar=as_enum(pillar, Pillar),
                skill=as_enum(skill, DigitalSkill),
                kind=as_enum(kind, ActivityKind),
            )
        )

    def _tile_clicked(self, key: str) -> None:
        if key in ("activities", "people", "households"):
            self.open_activities.emit(self._query())
        elif key == "untrained":
            self.open_members.emit({"trained": False})
        else:
            self.open_members.emit({"status": "active"})

    def _indicator_clicked(self, row: int) -> None:
        item = self.indicators.item(row, 0)
        if item is not None:
            self.open_activities.emit(self._query(indicator_id=str(item.data(KEY_ROLE))))

    def _idle_clicked(self, item: QListWidgetItem) -> None:
        data = item.data(KEY_ROLE)
        if not data:
            return
        kind, unit_id = data
        if kind == ScopeKind.TEAM.value:
            self.open_activities.emit(ActivityQuery(team_id=unit_id))
        else:
            self.open_activities.emit(ActivityQuery(village_id=unit_id))


class ProgressDelegate(QStyledItemDelegate):
    """Paints a target's progress as a bar (no widget per cell: a table of them redraws
    slowly and leaves ghosts when the rows change)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        percent = index.data(PROGRESS_ROLE)
        if not isinstance(percent, int):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = min(percent, 100)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


def _bar(group: GroupFigures, value: int | None, enum_class: Any) -> Bar:
    member = as_enum(group.key, enum_class)
    return Bar(
        group.key, label(member) if member else translated(group.label), value, _reach(value)
    )


def _reach(value: int | None) -> str:
    return figure_text(value)
