"""A person's page: details, teams and roles over time, trainings, digital skills, history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import DigitalSkill, SkillLevel
from tcns_desktop.domain.roster_records import MembershipRecord, PersonPage
from tcns_desktop.ui.labels import as_enum, label


def _day(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _read_only_table(headers: list[str]) -> QTableWidget:
    """A small read-only table (a few dozen rows at most: QTableWidget is enough here)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class PersonPageDialog(QDialog):
    """Shows everything about one person; actions are emitted, the roster page runs them."""

    edit_requested = Signal()
    join_requested = Signal()
    move_requested = Signal(object)  # MembershipRecord
    end_requested = Signal(object)
    role_requested = Signal(object)
    skill_changed = Signal(object, object)  # DigitalSkill, SkillLevel

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumSize(760, 520)
        self._page: PersonPage | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.memberships = _read_only_table(
            [
                self.tr("Tổ"),
                self.tr("Chức danh"),
                self.tr("Từ ngày"),
                self.tr("Đến ngày"),
                self.tr("Lý do kết thúc"),
            ]
        )
        self.trainings = _read_only_table(
            [
                self.tr("Khóa bồi dưỡng"),
                self.tr("Ngày"),
                self.tr("Kết quả"),
                self.tr("Số chứng nhận"),
            ]
        )
        self.skills = QWidget()
        self.skill_boxes: dict[DigitalSkill, QComboBox] = {}
        skills_form = QFormLayout(self.skills)
        for skill in DigitalSkill:
            box = QComboBox()
            box.addItem("", None)
            for level in SkillLevel:
                box.addItem(label(level), level)
            box.activated.connect(lambda _i, s=skill, b=box: self._on_skill(s, b))
            self.skill_boxes[skill] = box
            skills_form.addRow(label(skill), box)
        self.history = _read_only_table(
            [self.tr("Thời điểm"), self.tr("Người sửa"), self.tr("Thao tác"), self.tr("Nội dung")]
        )
        membership_tab = QWidget()
        membership_layout = QVBoxLayout(membership_tab)
        membership_layout.addWidget(self.memberships)
        buttons = QHBoxLayout()
        self.join_button = QPushButton(self.tr("Thêm vào tổ…"))
        self.move_button = QPushButton(self.tr("Chuyển tổ…"))
        self.role_button = QPushButton(self.tr("Đổi chức danh…"))
        self.end_button = QPushButton(self.tr("Kết thúc tham gia…"))
        for button in (self.join_button, self.move_button, self.role_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        membership_layout.addLayout(buttons)
        self.join_button.clicked.connect(self.join_requested)
        self.move_button.clicked.connect(lambda: self._emit_selected(self.move_requested))
        self.role_button.clicked.connect(lambda: self._emit_selected(self.role_requested))
        self.end_button.clicked.connect(lambda: self._emit_selected(self.end_requested))
        self.tabs.addTab(membership_tab, self.tr("Tham gia tổ"))
        self.tabs.addTab(self.trainings, self.tr("Bồi dưỡng"))
        self.tabs.addTab(self.skills, self.tr("5 kỹ năng số"))
        self.tabs.addTab(self.history, self.tr("Lịch sử thay đổi"))
        self.edit_button = QPushButton(self.tr("&Sửa thông tin…"))
        self.edit_button.clicked.connect(self.edit_requested)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

    def show_page(self, page: PersonPage) -> None:
        self._page = page
        person = page.person
        self.setWindowTitle(person.full_name)
        facts = [
            label(person.gender) if person.gender else "",
            self.tr("sinh {0}").format(person.birth_text) if person.birth_text else "",
            person.ethnicity,
            person.village_name,
            person.position,
        ]
        contact = [
            self.tr("ĐT {0}").format(person.phone) if person.phone else "",
            self.tr("CCCD {0}").format(person.citizen_id) if person.citizen_id else "",
        ]
        self.heading.setText(
            f"<h2>{person.full_name}</h2><p>{' · '.join(f for f in facts if f)}<br>"
            f"{' · '.join(c for c in contact if c)}</p>"
        )
        _fill(
            self.memberships,
            [
                [m.team_name, label(m.role), _day(m.start_date), _day(m.end_date), m.end_reason]
                for m in page.memberships
            ],
        )
        _fill(
            self.trainings,
            [
                [a.course_name, _day(a.course_date), label(a.result), a.certificate_number]
                for a in page.attendances
            ],
        )
        for skill, box in self.skill_boxes.items():
            current = next((s.level for s in page.skills if s.skill is skill), None)
            box.setCurrentIndex(max(0, box.findData(current)))
        _fill(
            self.history,
            [[h.at[:19].replace("T", " "), h.actor, h.action, h.summary] for h in page.history],
        )

    def selected_membership(self) -> MembershipRecord | None:
        if self._page is None:
            return None
        row = self.memberships.currentRow()
        if 0 <= row < len(self._page.memberships):
            return self._page.memberships[row]
        open_lines = [m for m in self._page.memberships if m.active]
        return open_lines[0] if len(open_lines) == 1 else None

    def _emit_selected(self, signal: Any) -> None:
        membership = self.selected_membership()
        if membership is not None and membership.active:
            signal.emit(membership)

    def _on_skill(self, skill: DigitalSkill, box: QComboBox) -> None:
        level = as_enum(box.currentData(), SkillLevel)
        if level is not None:
            self.skill_changed.emit(skill, level)
