"""Lập báo cáo: the period, number, date and signer on the left; the report's narrative on the
right, drafted with the period's figures and editable paragraph by paragraph.

Tables are the statistics service's figures and are not edited here; the paragraphs around
them are (one paragraph per line). A new period drafts the whole report again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.document_records import (
    FigureTable,
    ReportBlock,
    ReportContent,
    ReportParagraph,
    ReportSection,
    ReportSubheading,
)
from tcns_desktop.domain.enums import DocumentKind, LeaderRole, PeriodKind, SigningMode
from tcns_desktop.domain.periods import FIRST_YEAR, LAST_YEAR, Period
from tcns_desktop.domain.records import CommuneProfileRecord
from tcns_desktop.domain.report_drafting import closed_sections, renumbered_report
from tcns_desktop.ui.decision_dialog import MAX_NUMBER, lines_of
from tcns_desktop.ui.labels import as_enum, label
from tcns_desktop.ui.roster_dialogs import date_edit, date_of
from tcns_desktop.ui.workspace_controller import WorkspaceController

_REDRAFT_DELAY_MS = 300
_ROMAN = ("I", "II", "III", "IV")


class PeriodPicker(QWidget):
    """Month, quarter, half-year or year, and the year: any reporting period."""

    changed = Signal()

    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("reportPeriodKind")
        for kind in PeriodKind:
            self.kind.addItem(label(kind), kind.value)
        self.part = QComboBox()
        self.part.setObjectName("reportPeriodPart")
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.part, 1)
        layout.addWidget(self.year)
        self.set_period(period)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.part.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())

    def period(self) -> Period:
        kind = as_enum(self.kind.currentData(), PeriodKind, PeriodKind.QUARTER) or PeriodKind.YEAR
        number = int(self.part.currentData() or 0) if kind is not PeriodKind.YEAR else 0
        return Period(self.year.value(), kind, number)

    def set_period(self, period: Period) -> None:
        for widget in (self.kind, self.part, self.year):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(period.kind.value)))
        self._fill_parts(period.kind)
        self.part.setCurrentIndex(max(0, self.part.findData(period.number)))
        self.year.setValue(period.year)
        for widget in (self.kind, self.part, self.year):
            widget.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = as_enum(self.kind.currentData(), PeriodKind, PeriodKind.QUARTER) or PeriodKind.YEAR
        self.part.blockSignals(True)
        self._fill_parts(kind)
        self.part.blockSignals(False)
        self.changed.emit()

    def _fill_parts(self, kind: PeriodKind) -> None:
        self.part.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                self.part.addItem(self.tr("Tháng {0}").format(month), month)
        elif kind is PeriodKind.QUARTER:
            for quarter, roman in enumerate(_ROMAN, start=1):
                self.part.addItem(self.tr("Quý {0}").format(roman), quarter)
        elif kind is PeriodKind.HALF_YEAR:
            self.part.addItem(self.tr("6 tháng đầu năm"), 1)
            self.part.addItem(self.tr("6 tháng cuối năm"), 2)
        else:
            self.part.addItem(self.tr("Cả năm"), 0)
        self.part.setEnabled(kind is not PeriodKind.YEAR)


class ReportDialog(QDialog):
    """Emits ``preview_requested``, ``print_requested``, ``excel_requested`` and
    ``issue_requested`` (a commune: PDF into the register) or ``save_pdf_requested`` (the
    upper level: PDF only); the page reads ``content()`` and ``period()``."""

    preview_requested = Signal()
    print_requested = Signal()
    excel_requested = Signal()
    issue_requested = Signal()
    save_pdf_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        controller: WorkspaceController,
        profile: CommuneProfileRecord | None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._profile = profile
        self._today = today or date.today()
        self._draft: ReportContent | None = None
        self._drafted_period: Period | None = None
        self._edited = False
        self._filling = False
        self._number_touched = False
        self._setting_number = False
        self.interactive = True
        self._introduction = _text_box(2)
        self._recipients = _text_box(4)
        self._watch(self._introduction)
        self._watch(self._recipients)
        self._sections: list[tuple[QLineEdit, list[tuple[ReportBlock, QWidget | None]]]] = []
        self.setWindowTitle(self.tr("Lập báo cáo kết quả hoạt động của Tổ"))
        self.resize(1120, 760)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REDRAFT_DELAY_MS)
        self._timer.timeout.connect(self.redraft)

        splitter = QSplitter()
        splitter.addWidget(self._choices_panel())
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        texts = QGroupBox(self.tr("Nội dung báo cáo (số liệu điền sẵn; mỗi dòng một đoạn)"))
        QVBoxLayout(texts).addWidget(scroll)
        splitter.addWidget(texts)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 760])
        splitter.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Xem trước"))
        self.preview_button.clicked.connect(self.preview_requested)
        self.print_button = QPushButton(self.tr("&In…"))
        self.print_button.clicked.connect(self.print_requested)
        self.excel_button = QPushButton(self.tr("Lưu &Excel…"))
        self.excel_button.clicked.connect(self.excel_requested)
        if profile is not None:
            self.pdf_button = QPushButton(self.tr("&Ban hành và lưu PDF…"))
            self.pdf_button.setToolTip(
                self.tr("Lưu tệp PDF và ghi vào sổ văn bản kèm số liệu lúc ban hành")
            )
            self.pdf_button.clicked.connect(self.issue_requested)
        else:
            self.pdf_button = QPushButton(self.tr("Lưu &PDF…"))
            self.pdf_button.clicked.connect(self.save_pdf_requested)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.excel_button, self.pdf_button, close):
            button.setAutoDefault(False)
        self.preview_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (
            self.preview_button,
            self.print_button,
            self.excel_button,
            self.pdf_button,
            close,
        ):
            buttons.addWidget(button)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._set_ready(False)
        self._signer_for_mode()
        self.redraft()
        if profile is not None:
            self._suggest_number()

    # --- choices -------------------------------------------------------------------------

    def _choices_panel(self) -> QWidget:
        self.period_picker = PeriodPicker(Period.containing(self._today, PeriodKind.QUARTER))
        self.period_picker.changed.connect(self._timer.start)
        self.number = QSpinBox()
        self.number.setObjectName("reportNumber")
        self.number.setRange(0, MAX_NUMBER)
        self.number.setSpecialValueText(self.tr("(để trống)"))
        self.number.valueChanged.connect(self._number_changed)
        symbol = QLabel()
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(symbol)
        self._symbol_label = symbol
        self.issued_on = date_edit(self._today)
        self.signing = QComboBox()
        for mode in SigningMode:
            self.signing.addItem(label(mode), mode.value)
        self.signing.setCurrentIndex(self.signing.findData(SigningMode.FOR_THE_COMMITTEE.value))
        self.signing.currentIndexChanged.connect(lambda _i: self._signer_for_mode())
        self.signer = QComboBox()
        self.signer.setEditable(True)
        for leader in self._profile.leaders if self._profile else ():
            self.signer.addItem(leader.full_name, leader.role.value)
        self.issuing_body = _text_box(2)
        self.addressees = _text_box(2)
        form_box = QGroupBox(self.tr("Kỳ báo cáo, số và người ký"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("&Kỳ báo cáo:"), self.period_picker)
        number_label = QLabel(self.tr("&Số:"))
        number_label.setBuddy(self.number)
        form.addRow(number_label, number_row)
        form.addRow(self.tr("&Ngày ban hành:"), self.issued_on)
        form.addRow(self.tr("&Hình thức ký:"), self.signing)
        form.addRow(self.tr("N&gười ký:"), self.signer)
        form.addRow(self.tr("&Cơ quan báo cáo:"), self.issuing_body)
        form.addRow(self.tr("Kính &gửi:"), self.addressees)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("reportFigures")
        self.figures_label.setWordWrap(True)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form_box)
        layout.addWidget(self.figures_label)
        layout.addStretch(1)
        return panel

    def period(self) -> Period:
        return self.period_picker.period()

    def signing_mode(self) -> SigningMode:
        mode = as_enum(self.signing.currentData(), SigningMode, SigningMode.FOR_THE_COMMITTEE)
        return mode or SigningMode.FOR_THE_COMMITTEE

    def _signer_for_mode(self) -> None:
        wanted = (
            LeaderRole.VICE_CHAIR
            if self.signing_mode() is SigningMode.ON_BEHALF_OF_CHAIR
            else LeaderRole.CHAIR
        )
        index = self.signer.findData(wanted.value)
        if index >= 0:
            self.signer.setCurrentIndex(index)

    def _number_changed(self, _value: int) -> None:
        if not self._setting_number:
            self._number_touched = True

    def _suggest_number(self) -> None:
        year = date_of(self.issued_on).year

        def show(number: Any) -> None:
            if not self._number_touched:
                self._setting_number = True
                self.number.setValue(int(number))
                self._setting_number = False

        self._controller.call(
            lambda ws: ws.documents.suggested_number(DocumentKind.PERIODIC_REPORT, year),
            show,
            lambda _exc: None,
        )

    # --- drafting ------------------------------------------------------------------------

    def redraft(self) -> None:
        """Draft the chosen period's report again (asking first when texts were edited)."""
        self._timer.stop()
        period = self.period()
        if period == self._drafted_period:
            return
        if self._edited and self.interactive:
            answer = QMessageBox.question(
                self,
                self.tr("Đổi kỳ báo cáo"),
                self.tr(
                    "Soạn lại báo cáo với số liệu {0}? Các đoạn văn đã sửa sẽ được thay bằng "
                    "nội dung mặc định."
                ).format(period.label.lower()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                if self._drafted_period is not None:
                    self.period_picker.set_period(self._drafted_period)
                return
        self.message.setText(self.tr("Đang lấy số liệu…"))
        self._controller.call(
            lambda ws: ws.documents.draft_report(period),
            lambda content: self._show_draft(content, period),
            self._draft_failed,
        )

    def _show_draft(self, content: Any, period: Period) -> None:
        assert isinstance(content, ReportContent)
        self._draft = content
        self._drafted_period = period
        self.message.setText("")
        self._symbol_label.setText("/" + content.heading.symbol)
        _set_text(self.issuing_body, "\n".join(content.heading.issuing_body))
        _set_text(self.addressees, "\n".join(content.addressees))
        if self._profile is None:
            self.signer.setEditText(content.signature.signer_name)
        self._build_editors(content)
        tables = sum(
            1 for section in content.sections for b in section.blocks if isinstance(b, FigureTable)
        )
        annex_tables = sum(len(annex.tables) for annex in content.annexes)
        self.figures_label.setText(
            self.tr("{0}: {1} bảng số liệu trong báo cáo, {2} biểu trong phụ lục.").format(
                period.label, tables, annex_tables
            )
        )
        self._set_ready(True)

    def _draft_failed(self, exc: BaseException) -> None:
        self._draft = None
        self._drafted_period = None
        self._set_ready(False)
        self.message.setText(str(exc))

    def _set_ready(self, ready: bool) -> None:
        for button in (self.preview_button, self.print_button, self.excel_button, self.pdf_button):
            button.setEnabled(ready)

    def _build_editors(self, content: ReportContent) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self._introduction, self._recipients):
                # Off the dialog at once: deleteLater alone leaves it painted until the
                # event loop runs again.
                widget.setParent(None)
                widget.deleteLater()
        self._sections = []
        self._filling = True
        bold = QFont(self.font())
        bold.setBold(True)
        self.body_layout.addWidget(QLabel(self.tr("Mở đầu:")))
        _set_text(self._introduction, "\n".join(content.introduction))
        self.body_layout.addWidget(self._introduction)
        for section in content.sections:
            heading = QLineEdit(section.heading)
            heading.setFont(bold)
            heading.textEdited.connect(lambda _t: self._mark_edited())
            self.body_layout.addWidget(heading)
            blocks: list[tuple[ReportBlock, QWidget | None]] = []
            for block in section.blocks:
                editor = self._block_editor(block, bold)
                self.body_layout.addWidget(editor)
                blocks.append((block, None if isinstance(block, FigureTable) else editor))
            self._sections.append((heading, blocks))
        self.body_layout.addWidget(QLabel(self.tr("Nơi nhận (mỗi dòng một nơi):")))
        _set_text(self._recipients, "\n".join(content.recipients))
        self.body_layout.addWidget(self._recipients)
        self.body_layout.addStretch(1)
        self._filling = False
        self._edited = False

    def _block_editor(self, block: ReportBlock, bold: QFont) -> QWidget:
        if isinstance(block, FigureTable):
            note = QLabel(
                self.tr("▦ {0} — {1} dòng, số liệu lấy tự động (xem trước để kiểm tra)").format(
                    block.title or self.tr("Bảng số liệu"), len(block.rows)
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: #2b5f8a; padding: 2px 0 6px 12px;")
            return note
        if isinstance(block, ReportSubheading):
            line = QLineEdit(block.text)
            line.setFont(bold)
            line.textEdited.connect(lambda _t: self._mark_edited())
            return line
        box = _text_box(4)
        _set_text(box, block.text)
        self._watch(box)
        return box

    def _watch(self, box: QPlainTextEdit) -> None:
        box.textChanged.connect(self._mark_edited)

    def _mark_edited(self) -> None:
        if not self._filling:
            self._edited = True

    # --- the result ----------------------------------------------------------------------

    def content(self) -> ReportContent | None:
        """The drafted report with the clerk's texts, number, date and signer."""
        draft = self._draft
        if draft is None:
            return None
        sections: list[ReportSection] = []
        for heading, blocks in self._sections:
            edited: list[ReportBlock] = []
            for block, editor in blocks:
                if isinstance(block, FigureTable) or editor is None:
                    edited.append(block)
                elif isinstance(editor, QLineEdit):
                    if editor.text().strip():
                        edited.append(ReportSubheading(editor.text().strip()))
                elif isinstance(editor, QPlainTextEdit):
                    edited += [ReportParagraph(t) for t in lines_of(editor.toPlainText())]
            sections.append(ReportSection(heading.text().strip(), tuple(edited)))
        number = self.number.value() or None
        signature = replace(
            draft.signature, mode=self.signing_mode(), signer_name=self.signer.currentText().strip()
        )
        body = lines_of(self.issuing_body.toPlainText()) or draft.heading.issuing_body
        content = replace(
            draft,
            heading=replace(draft.heading, issuing_body=body),
            introduction=lines_of(self._introduction.toPlainText()),
            sections=closed_sections(sections),
            addressees=lines_of(self.addressees.toPlainText()),
            recipients=lines_of(self._recipients.toPlainText()),
            signature=signature,
        )
        return renumbered_report(content, number, date_of(self.issued_on))


def _text_box(lines: int) -> QPlainTextEdit:
    """A box ``lines`` lines high (longer text scrolls inside it)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _set_text(box: QPlainTextEdit, text: str) -> None:
    box.setPlainText(text)
    box.document().setModified(False)
