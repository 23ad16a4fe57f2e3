"""Small dialogs of the roster: a team's details, and choosing a team, a role and a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from tcns_desktop.domain.enums import TeamLevel, TeamRole
from tcns_desktop.domain.roster_records import TeamInput, TeamRecord
from tcns_desktop.domain.vietnamese_text import clean_text
from tcns_desktop.ui.labels import as_enum, label


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    day = value or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class TeamDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        villages: list[tuple[str, str]],
        team_type_name: str,
        team: TeamRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa tổ") if team else self.tr("Thêm tổ"))
        self._team_type_name = team_type_name
        self.level = QComboBox()
        for level in TeamLevel:
            self.level.addItem(label(level), level)
        self.village = QComboBox()
        for village_id, name in villages:
            self.village.addItem(name, village_id)
        self.name = QLineEdit()
        self.founded_on = date_edit(team.founded_on if team else None)
        self.zalo = QLineEdit()
        self.zalo.setPlaceholderText(self.tr("Tên hoặc đường dẫn nhóm Zalo của tổ"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        form = QFormLayout(self)
        form.addRow(self.tr("Cấp"), self.level)
        form.addRow(self.tr("Thôn, tổ dân phố"), self.village)
        form.addRow(self.tr("Tên tổ (*)"), self.name)
        form.addRow(self.tr("Ngày thành lập"), self.founded_on)
        form.addRow(self.tr("Nhóm Zalo"), self.zalo)
        form.addRow(self.tr("Ghi chú"), self.notes)
        buttons = _ok_cancel(self)
        buttons.accepted.connect(self._accept)
        form.addRow(buttons)
        self.level.currentIndexChanged.connect(self._on_level_changed)
        self.village.currentIndexChanged.connect(self._suggest_name)
        if team is not None:
            self.level.setCurrentIndex(self.level.findData(team.level))
            self.village.setCurrentIndex(max(0, self.village.findData(team.village_id)))
            self.name.setText(team.name)
            self.zalo.setText(team.zalo_group)
            self.notes.setPlainText(team.notes)
        else:
            self.level.setCurrentIndex(self.level.findData(TeamLevel.VILLAGE))
            self._suggest_name()
        self._on_level_changed()

    def _on_level_changed(self) -> None:
        self.village.setEnabled(as_enum(self.level.currentData(), TeamLevel) is TeamLevel.VILLAGE)

    def _suggest_name(self) -> None:
        if self.name.isModified():
            return
        village_level = as_enum(self.level.currentData(), TeamLevel) is TeamLevel.VILLAGE
        if village_level and self.village.currentText():
            self.name.setText(f"{self._team_type_name} {self.village.currentText()}")

    def value(self) -> TeamInput:
        level = self.level.currentData()
        village = self.village.currentData()
        return TeamInput(
            name=self.name.text(),
            level=as_enum(level, TeamLevel, TeamLevel.VILLAGE) or TeamLevel.VILLAGE,
            village_id=village if isinstance(village, str) else None,
            founded_on=date_of(self.founded_on),
            zalo_group=self.zalo.text(),
            notes=self.notes.toPlainText(),
        )

    def _accept(self) -> None:
        if not clean_text(self.name.text()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Chưa nhập tên tổ."))
            return
        self.accept()


class TeamRoleDateDialog(QDialog):
    """Choose a team (optional), a role (optional) and a date: join, move, change role, end."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        teams: list[TeamRecord] | None = None,
        *,
        with_role: bool = True,
        with_reason: bool = False,
        role: TeamRole = TeamRole.MEMBER,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.team = QComboBox()
        for team in teams or []:
            self.team.addItem(team.name, team.id)
        if teams is not None:
            form.addRow(self.tr("Tổ"), self.team)
        self.role = QComboBox()
        for member in TeamRole:
            self.role.addItem(label(member), member)
        self.role.setCurrentIndex(self.role.findData(role))
        if with_role:
            form.addRow(self.tr("Chức danh trong tổ"), self.role)
        self.on = date_edit()
        form.addRow(self.tr("Từ ngày"), self.on)
        self.reason = QLineEdit()
        if with_reason:
            form.addRow(self.tr("Lý do"), self.reason)
        buttons = _ok_cancel(self)
        buttons.accepted.connect(self.accept)
        form.addRow(buttons)

    def team_id(self) -> str | None:
        value = self.team.currentData()
        return value if isinstance(value, str) else None

    def role_value(self) -> TeamRole:
        value = self.role.currentData()
        return as_enum(value, TeamRole, TeamRole.MEMBER) or TeamRole.MEMBER

    def day(self) -> date:
        return date_of(self.on)
