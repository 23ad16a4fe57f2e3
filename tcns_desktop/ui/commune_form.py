"""The commune profile form (details, leaders, documents), shared by the wizard and settings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import CommuneKind, LeaderRole, UpperOfficeLevel
from tcns_desktop.domain.provinces import PROVINCES, province_by_code
from tcns_desktop.domain.records import CommuneSetup, LeaderInput
from tcns_desktop.domain.vietnamese_text import clean_text
from tcns_desktop.ui.labels import as_enum, label


def _enum_combo(members: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in members:
        combo.addItem(text, value)
    return combo


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class CommuneForm(QWidget):
    """Two group boxes a page can place separately: ``details_box`` and ``leaders_box``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details_box = QGroupBox(self.tr("Thông tin đơn vị hành chính cấp xã"))
        self.leaders_box = QGroupBox(self.tr("Lãnh đạo UBND và văn bản"))
        self._build_details()
        self._build_leaders()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details_box)
        layout.addWidget(self.leaders_box)

    def _build_details(self) -> None:
        form = QFormLayout(self.details_box)
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.addItem("", "")
        for province in PROVINCES:
            self.province.addItem(f"{province.code} — {province.name}", province.code)
        self.province.setToolTip(self.tr("Tỉnh, thành phố theo Quyết định 19/2025/QĐ-TTg"))
        self.commune_code = QLineEdit()
        self.commune_code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}")))
        self.commune_code.setPlaceholderText(self.tr("5 chữ số, ví dụ 00004"))
        self.commune_kind = _enum_combo([(label(kind), kind) for kind in CommuneKind])
        self.commune_name = QLineEdit()
        self.commune_name.setPlaceholderText(self.tr("Ví dụ: Tân Lập"))
        self.district_name = QLineEdit()
        self.district_name.setPlaceholderText(self.tr("Chỉ điền nếu đơn vị còn cấp huyện"))
        self.address = QLineEdit()
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("Địa danh ghi ở dòng ngày tháng văn bản"))
        form.addRow(self.tr("Tỉnh, thành phố (*)"), self.province)
        form.addRow(self.tr("Mã xã (*)"), self.commune_code)
        form.addRow(self.tr("Loại đơn vị"), self.commune_kind)
        form.addRow(self.tr("Tên xã, phường (*)"), self.commune_name)
        form.addRow(self.tr("Huyện (trước 2025)"), self.district_name)
        form.addRow(self.tr("Địa chỉ trụ sở"), self.address)
        form.addRow(self.tr("Địa danh"), self.place_name)
        for edit in (self.commune_code, self.commune_name, self.address, self.place_name):
            edit.textChanged.connect(self.changed)
        self.province.currentTextChanged.connect(self.changed)

    def _build_leaders(self) -> None:
        form = QFormLayout(self.leaders_box)
        self.chair_name = QLineEdit()
        self.chair_name.setPlaceholderText(self.tr("Họ và tên Chủ tịch UBND"))
        self.vice_chairs = QPlainTextEdit()
        self.vice_chairs.setPlaceholderText(self.tr("Mỗi dòng một Phó Chủ tịch"))
        self.vice_chairs.setMaximumHeight(70)
        self.vice_chairs.setTabChangesFocus(True)
        self.document_symbol = QLineEdit("QĐ-UBND")
        self.upper_office = QLineEdit()
        self.upper_office.setPlaceholderText(self.tr("Ví dụ: Sở Khoa học và Công nghệ tỉnh …"))
        self.upper_level = _enum_combo([(label(level), level) for level in UpperOfficeLevel])
        self.team_type_name = QLineEdit("Tổ công nghệ số cộng đồng")
        hint = QLabel(
            self.tr(
                "Tên gọi của Tổ có thể khác theo địa phương, ví dụ "
                "\u201cTổ công nghệ số cộng đồng và Đề án 06\u201d."
            )
        )
        hint.setWordWrap(True)
        form.addRow(self.tr("Chủ tịch UBND (*)"), self.chair_name)
        form.addRow(self.tr("Phó Chủ tịch"), self.vice_chairs)
        form.addRow(self.tr("Ký hiệu quyết định"), self.document_symbol)
        form.addRow(self.tr("Cơ quan cấp trên nhận dữ liệu"), self.upper_office)
        form.addRow(self.tr("Cấp của cơ quan đó"), self.upper_level)
        form.addRow(self.tr("Tên gọi của Tổ"), self.team_type_name)
        form.addRow("", hint)
        self.chair_name.textChanged.connect(self.changed)

    def set_values(self, setup: CommuneSetup) -> None:
        index = self.province.findData(setup.province_code)
        if index >= 0:
            self.province.setCurrentIndex(index)
        else:
            self.province.setEditText(f"{setup.province_code} — {setup.province_name}".strip(" —"))
        self.commune_code.setText(setup.commune_code)
        _select_data(self.commune_kind, setup.commune_kind)
        self.commune_name.setText(setup.commune_name)
        self.district_name.setText(setup.district_name)
        self.address.setText(setup.address)
        self.place_name.setText(setup.place_name)
        chairs = [ld for ld in setup.leaders if ld.role is LeaderRole.CHAIR]
        self.chair_name.setText(chairs[0].full_name if chairs else "")
        self.vice_chairs.setPlainText(
            "\n".join(ld.full_name for ld in setup.leaders if ld.role is LeaderRole.VICE_CHAIR)
        )
        self.document_symbol.setText(setup.document_symbol)
        self.upper_office.setText(setup.upper_office_name)
        _select_data(self.upper_level, setup.upper_office_level)
        self.team_type_name.setText(setup.team_type_name)

    def values(self, base: CommuneSetup | None = None) -> CommuneSetup:
        """The form as a set-up; villages are kept from ``base`` (edited elsewhere)."""
        province_code, province_name = self._province_parts()
        leaders = []
        if clean_text(self.chair_name.text()):
            leaders.append(LeaderInput(self.chair_name.text(), "Chủ tịch", LeaderRole.CHAIR))
        for line in self.vice_chairs.toPlainText().splitlines():
            if clean_text(line):
                leaders.append(LeaderInput(line, "Phó Chủ tịch", LeaderRole.VICE_CHAIR))
        setup = base or CommuneSetup(
            province_code="", province_name="", commune_code="", commune_name=""
        )
        kind = self.commune_kind.currentData()
        level = self.upper_level.currentData()
        return replace(
            setup,
            province_code=province_code,
            province_name=province_name,
            commune_code=self.commune_code.text(),
            commune_name=self.commune_name.text(),
            commune_kind=as_enum(kind, CommuneKind, CommuneKind.XA) or CommuneKind.XA,
            district_name=self.district_name.text(),
            address=self.address.text(),
            place_name=self.place_name.text(),
            document_symbol=self.document_symbol.text(),
            upper_office_name=self.upper_office.text(),
            upper_office_level=as_enum(level, UpperOfficeLevel)
            or UpperOfficeLevel.PROVINCE_DEPARTMENT,
            team_type_name=self.team_type_name.text(),
            leaders=tuple(leaders),
        )

    def _province_parts(self) -> tuple[str, str]:
        data = self.province.currentData()
        text = clean_text(self.province.currentText())
        if isinstance(data, str) and data and text.startswith(data):
            known = province_by_code(data)
            return data, known.name if known else ""
        # Typed by hand: "01 — Hà Nội", "01", or a name only.
        code, _, name = text.partition("—")
        code = clean_text(code)
        if code.isdigit():
            known = province_by_code(code)
            return code.zfill(2), clean_text(name) or (known.name if known else "")
        return "", text
