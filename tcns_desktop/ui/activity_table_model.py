"""Table model of the activity log: pages of rows from the database, never the whole log."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from tcns_desktop.domain.activity_records import ActivityRow, ActivitySort
from tcns_desktop.domain.roster_records import short_team_name
from tcns_desktop.ui.labels import label
from tcns_desktop.ui.paged_table_model import PagedTableModel, PageRequest


class ActivityColumn(IntEnum):
    DATE = 0
    TEAM = 1
    TITLE = 2
    PEOPLE = 3
    HOUSEHOLDS = 4
    KIND = 5
    PILLAR = 6
    SKILL = 7
    PLATFORM = 8
    VILLAGE = 9
    COMMUNE = 10


_HEADERS = {
    ActivityColumn.DATE: QT_TRANSLATE_NOOP("ActivityTableModel", "Ngày"),
    ActivityColumn.TEAM: QT_TRANSLATE_NOOP("ActivityTableModel", "Tổ"),
    ActivityColumn.VILLAGE: QT_TRANSLATE_NOOP("ActivityTableModel", "Thôn"),
    ActivityColumn.KIND: QT_TRANSLATE_NOOP("ActivityTableModel", "Hình thức"),
    ActivityColumn.PILLAR: QT_TRANSLATE_NOOP("ActivityTableModel", "Trụ cột"),
    ActivityColumn.SKILL: QT_TRANSLATE_NOOP("ActivityTableModel", "Nhóm kỹ năng"),
    ActivityColumn.PLATFORM: QT_TRANSLATE_NOOP("ActivityTableModel", "Nền tảng, dịch vụ"),
    ActivityColumn.TITLE: QT_TRANSLATE_NOOP("ActivityTableModel", "Nội dung"),
    ActivityColumn.PEOPLE: QT_TRANSLATE_NOOP("ActivityTableModel", "Số người"),
    ActivityColumn.HOUSEHOLDS: QT_TRANSLATE_NOOP("ActivityTableModel", "Số hộ"),
    ActivityColumn.COMMUNE: QT_TRANSLATE_NOOP("ActivityTableModel", "Xã"),
}

# Clicking a header orders the list in SQL; only these orders have an index behind them.
SORT_OF_COLUMN = {
    ActivityColumn.DATE: ActivitySort.DATE,
    ActivityColumn.TEAM: ActivitySort.TEAM,
    ActivityColumn.KIND: ActivitySort.KIND,
}


class ActivityTableModel(PagedTableModel[ActivityRow]):
    columns = ActivityColumn
    headers = _HEADERS
    context = "ActivityTableModel"

    def __init__(self, request: PageRequest, parent: Any = None) -> None:
        super().__init__(request, parent)
        self.team_type_name = ""

    def display(self, row: ActivityRow, column: int) -> str:
        match ActivityColumn(column):
            case ActivityColumn.DATE:
                return row.activity_date.strftime("%d/%m/%Y")
            case ActivityColumn.TEAM:
                return short_team_name(row.team_name, self.team_type_name)
            case ActivityColumn.VILLAGE:
                return row.village_name
            case ActivityColumn.KIND:
                return label(row.kind)
            case ActivityColumn.PILLAR:
                return label(row.pillar)
            case ActivityColumn.SKILL:
                return label(row.skill) if row.skill else ""
            case ActivityColumn.PLATFORM:
                return row.platform_name
            case ActivityColumn.TITLE:
                return row.title
            case ActivityColumn.PEOPLE:
                return _count(row.people_reached)
            case ActivityColumn.HOUSEHOLDS:
                return _count(row.households_reached)
            case ActivityColumn.COMMUNE:
                return row.commune_name

    def decoration(self, row: ActivityRow, column: int, role: int) -> Any:
        numeric = column in (ActivityColumn.PEOPLE, ActivityColumn.HOUSEHOLDS)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ActivityColumn.TITLE:
            return "\n".join(part for part in (row.title, row.location, row.notes) if part)
        return None


def _count(value: int | None) -> str:
    """A blank is not zero: nothing reported shows as nothing."""
    return "" if value is None else f"{value:,}".replace(",", ".")
