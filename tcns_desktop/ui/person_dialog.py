"""Add / edit a team member, with the rules checked as the clerk types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import Gender
from tcns_desktop.domain.person_rules import check_citizen_id, check_phone, parse_birth
from tcns_desktop.domain.roster_records import PersonInput, PersonRecord
from tcns_desktop.domain.vietnamese_text import clean_text
from tcns_desktop.ui.labels import as_enum, label

COMMON_POSITIONS = (
    "Trưởng thôn",
    "Tổ trưởng tổ dân phố",
    "Bí thư chi bộ",
    "Bí thư chi đoàn",
    "Chi hội trưởng Hội Phụ nữ",
    "Chi hội trưởng Hội Nông dân",
    "Chi hội trưởng Hội Cựu chiến binh",
    "Công an xã",
    "Giáo viên",
    "Nhân viên bưu điện",
    "Nhân viên doanh nghiệp viễn thông",
    "Đoàn viên thanh niên",
    "Người dân",
)
COMMON_ETHNICITIES = ("Kinh", "Tày", "Thái", "Mường", "Khmer", "H'Mông", "Nùng", "Dao", "Hoa")


class PersonDialog(QDialog):
    """Collects a ``PersonInput``; ``problems()`` shows what blocks saving before the service."""

    def __init__(
        self,
        parent: QWidget | None,
        villages: list[tuple[str, str]],
        person: PersonRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Sửa thông tin thành viên") if person else self.tr("Thêm thành viên")
        )
        self.setMinimumWidth(560)
        self.full_name = QLineEdit()
        self.gender = QComboBox()
        self.gender.addItem("", None)
        for gender in Gender:
            self.gender.addItem(label(gender), gender)
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy, hoặc chỉ năm sinh"))
        self.ethnicity = QComboBox()
        self.ethnicity.setEditable(True)
        self.ethnicity.addItems(COMMON_ETHNICITIES)
        self.citizen_id = QLineEdit()
        self.citizen_id.setPlaceholderText(self.tr("12 chữ số"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("10 chữ số, ví dụ 0912345678"))
        self.village = QComboBox()
        self.village.addItem("", None)
        for village_id, name in villages:
            self.village.addItem(name, village_id)
        self.position = QComboBox()
        self.position.setEditable(True)
        self.position.addItem("")
        self.position.addItems(COMMON_POSITIONS)
        self.organisation = QLineEdit()
        self.youth_union = QCheckBox(self.tr("Đoàn viên Đoàn TNCS Hồ Chí Minh"))
        self.education = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setObjectName("personMessages")
        form = QFormLayout()
        form.addRow(self.tr("Họ và tên (*)"), self.full_name)
        form.addRow(self.tr("Giới tính"), self.gender)
        form.addRow(self.tr("Ngày sinh / năm sinh"), self.birth)
        form.addRow(self.tr("Dân tộc"), self.ethnicity)
        form.addRow(self.tr("Số CCCD / định danh"), self.citizen_id)
        form.addRow(self.tr("Số điện thoại"), self.phone)
        form.addRow(self.tr("Thôn, tổ dân phố"), self.village)
        form.addRow(self.tr("Chức vụ"), self.position)
        form.addRow(self.tr("Đơn vị công tác"), self.organisation)
        form.addRow("", self.youth_union)
        form.addRow(self.tr("Trình độ"), self.education)
        form.addRow(self.tr("Ghi chú"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)
        for edit in (self.birth, self.citizen_id, self.phone):
            edit.editingFinished.connect(self._show_checks)
        self.ethnicity.setCurrentText("Kinh")
        if person is not None:
            self._load(person)

    def _load(self, person: PersonRecord) -> None:
        self.full_name.setText(person.full_name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender)))
        self.birth.setText(person.birth_text)
        self.ethnicity.setCurrentText(person.ethnicity)
        self.citizen_id.setText(person.citizen_id or "")
        self.phone.setText(person.phone)
        self.village.setCurrentIndex(max(0, self.village.findData(person.village_id)))
        self.position.setCurrentText(person.position)
        self.organisation.setText(person.organisation)
        self.youth_union.setChecked(person.youth_union_member)
        self.education.setText(person.education)
        self.notes.setPlainText(person.notes)

    def value(self) -> PersonInput:
        gender = self.gender.currentData()
        village = self.village.currentData()
        return PersonInput(
            full_name=self.full_name.text(),
            gender=as_enum(gender, Gender),
            birth=self.birth.text(),
            ethnicity=self.ethnicity.currentText(),
            citizen_id=self.citizen_id.text(),
            phone=self.phone.text(),
            village_id=village if isinstance(village, str) else None,
            organisation=self.organisation.text(),
            position=self.position.currentText(),
            youth_union_member=self.youth_union.isChecked(),
            education=self.education.text(),
            notes=self.notes.toPlainText(),
        )

    def problems(self) -> tuple[list[str], list[str]]:
        """(errors, warnings) of the typed values, by the same rules the service applies."""
        data = self.value()
        errors: list[str] = []
        warnings: list[str] = []
        if not clean_text(data.full_name):
            errors.append(self.tr("Chưa nhập họ và tên."))
        birth = parse_birth(data.birth)
        citizen = check_citizen_id(data.citizen_id, birth.birth_year, data.gender)
        phone = check_phone(data.phone)
        for result in (birth, citizen, phone):
            errors += result.errors
            warnings += result.warnings
        return errors, warnings

    def _show_checks(self) -> None:
        errors, warnings = self.problems()
        lines = [f"<span style='color:#b00020'>✖ {e}</span>" for e in errors]
        lines += [f"<span style='color:#8a5a00'>⚠ {w}</span>" for w in warnings]
        self.messages.setText("<br>".join(lines))

    def _accept(self) -> None:
        errors, _warnings = self.problems()
        self._show_checks()
        if errors:
            return
        self.accept()
