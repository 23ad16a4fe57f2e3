"""Bồi dưỡng: training courses, recorded once, with who attended and their certificates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import TrainingMode, TrainingResult
from tcns_desktop.domain.roster_records import CourseInput, CourseRecord
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search
from tcns_desktop.ui.labels import as_enum, label
from tcns_desktop.ui.people_checklist import PeopleChecklist
from tcns_desktop.ui.roster_dialogs import date_edit, date_of
from tcns_desktop.ui.workspace_controller import WorkspaceController

PLATFORMS = ("", "OneTouch", "binhdanhocvuso.gov.vn", "VNPT", "Viettel", "Bưu điện Việt Nam")


class CourseDialog(QDialog):
    def __init__(self, parent: QWidget | None, course: CourseRecord | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Sửa khóa bồi dưỡng") if course else self.tr("Thêm khóa bồi dưỡng")
        )
        self.setMinimumWidth(520)
        self.name = QLineEdit(course.name if course else "")
        self.organiser = QLineEdit(course.organiser if course else "")
        self.start = date_edit(course.start_date if course else None)
        self.has_end = QCheckBox(self.tr("Nhiều ngày, kết thúc ngày:"))
        self.end = date_edit(course.end_date if course else None)
        self.has_end.setChecked(bool(course and course.end_date))
        self.end.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.end.setEnabled)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("không rõ"))
        self.hours.setValue(course.hours or 0 if course else 0)
        self.mode = QComboBox()
        for mode in TrainingMode:
            self.mode.addItem(label(mode), mode)
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItems(PLATFORMS)
        self.location = QLineEdit(course.location if course else "")
        self.notes = QPlainTextEdit(course.notes if course else "")
        self.notes.setMaximumHeight(60)
        if course:
            self.mode.setCurrentIndex(max(0, self.mode.findData(course.mode)))
            self.platform.setCurrentText(course.platform)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        form = QFormLayout(self)
        form.addRow(self.tr("Tên khóa (*)"), self.name)
        form.addRow(self.tr("Đơn vị tổ chức"), self.organiser)
        form.addRow(self.tr("Ngày bắt đầu"), self.start)
        form.addRow("", end_row)
        form.addRow(self.tr("Số giờ"), self.hours)
        form.addRow(self.tr("Hình thức"), self.mode)
        form.addRow(self.tr("Nền tảng"), self.platform)
        form.addRow(self.tr("Địa điểm"), self.location)
        form.addRow(self.tr("Ghi chú"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> CourseInput:
        return CourseInput(
            name=self.name.text(),
            organiser=self.organiser.text(),
            start_date=date_of(self.start),
            end_date=date_of(self.end) if self.has_end.isChecked() else None,
            hours=self.hours.value() or None,
            mode=as_enum(self.mode.currentData(), TrainingMode, TrainingMode.IN_PERSON)
            or TrainingMode.IN_PERSON,
            platform=self.platform.currentText(),
            location=self.location.text(),
            notes=self.notes.toPlainText(),
        )

    def _accept(self) -> None:
        if not clean_text(self.name.text()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Chưa nhập tên khóa bồi dưỡng."))
            return
        self.accept()


class AttendanceDialog(QDialog):
    """Tick who attended a course, with the result and the certificate number."""

    def __init__(self, parent: QWidget | None, course: CourseRecord) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Người tham gia: {0}").format(course.name))
        self.setMinimumSize(720, 520)
        self.checklist = PeopleChecklist(
            list(TrainingResult), self.tr("Kết quả"), self.tr("Số chứng nhận")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        layout.addWidget(buttons)


class TrainingPage(QWidget):
    status_message = Signal(str)

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._courses: list[CourseRecord] = []
        self.interactive = True
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Khóa bồi dưỡng"),
                self.tr("Ngày"),
                self.tr("Đơn vị tổ chức"),
                self.tr("Số giờ"),
                self.tr("Hình thức"),
                self.tr("Số người"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_attendance())
        self.add_button = QPushButton(self.tr("&Thêm khóa…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.attendance_button = QPushButton(self.tr("&Người tham gia, chứng nhận…"))
        self.delete_button = QPushButton(self.tr("&Xóa…"))
        self.export_button = QPushButton(self.tr("Xuất &Excel…"))
        self.export_button.setToolTip(self.tr("Bồi dưỡng và 5 kỹ năng số của các thành viên"))
        self.export_button.clicked.connect(self.export)
        self.add_button.clicked.connect(self.add_course)
        self.edit_button.clicked.connect(self.edit_course)
        self.attendance_button.clicked.connect(self.edit_attendance)
        self.delete_button.clicked.connect(self.delete_course)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.attendance_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm khóa bồi dưỡng (tên, đơn vị tổ chức)…"))
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        if self._controller.is_open:
            self._controller.call(
                lambda ws: ws.qualifications.courses(), self._show, lambda _e: None
            )

    def _show(self, courses: Any) -> None:
        self._courses = list(courses)
        self.table.setRowCount(len(self._courses))
        for row, course in enumerate(self._courses):
            day = course.start_date.strftime("%d/%m/%Y") if course.start_date else ""
            hours = f"{course.hours:g}" if course.hours else ""
            values = [
                course.name,
                day,
                course.organiser,
                hours,
                label(course.mode),
                str(course.attendees),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._filter(self.search.text())

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất bồi dưỡng ra Excel"), "boi-duong-ky-nang-so.xlsx", "Excel (*.xlsx)"
        )
        if name:
            self._controller.call(
                lambda ws: ws.qualification_export.export(Path(name)),
                lambda path: self.status_message.emit(self.tr("Đã xuất ra {0}").format(path)),
            )

    def _filter(self, text: str) -> None:
        words = fold_for_search(text).split()
        for row, course in enumerate(self._courses):
            haystack = fold_for_search(f"{course.name} {course.organiser} {course.platform}")
            self.table.setRowHidden(row, not all(word in haystack for word in words))

    def selected(self) -> CourseRecord | None:
        row = self.table.currentRow()
        return self._courses[row] if 0 <= row < len(self._courses) else None

    def add_course(self) -> None:
        dialog = CourseDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            self._controller.call(
                lambda ws: ws.qualifications.add_course(value),
                lambda c: self.status_message.emit(self.tr("Đã thêm khóa {0}.").format(c.name)),
                changes=True,
            )

    def edit_course(self) -> None:
        course = self.selected()
        if course is None:
            return
        dialog = CourseDialog(self, course)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            self._controller.call(
                lambda ws: ws.qualifications.update_course(course.id, value), changes=True
            )

    def delete_course(self) -> None:
        course = self.selected()
        if course is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa khóa bồi dưỡng"),
            self.tr("Xóa khóa \u201c{0}\u201d và danh sách người tham gia?").format(course.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.call(
                lambda ws: ws.qualifications.delete_course(course.id), changes=True
            )

    def edit_attendance(self) -> None:
        course = self.selected()
        if course is None:
            return
        dialog = AttendanceDialog(self, course)
        self._attendance_dialog = dialog

        def load(ws: Any) -> Any:
            return ws.roster.members(), ws.qualifications.attendance(course.id)

        def show(result: Any) -> None:
            members, attendance = result
            ticked = {a.person_id: (a.result, a.certificate_number) for a in attendance}
            dialog.checklist.set_people(members, ticked)

        self._controller.call(load, show)
        if self.interactive and dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_attendance(course.id, dialog)

    def save_attendance(self, course_id: str, dialog: AttendanceDialog) -> None:
        chosen = {
            person_id: (as_enum(result, TrainingResult) or TrainingResult.COMPLETED, certificate)
            for person_id, (result, certificate) in dialog.checklist.ticked().items()
        }
        self._controller.call(
            lambda ws: ws.qualifications.set_attendance(course_id, chosen),
            lambda rows: self.status_message.emit(
                self.tr("Đã lưu {0} người tham gia.").format(len(rows))
            ),
            changes=True,
        )
