"""Văn bản & báo cáo: the register of issued documents, and making new decisions and reports.

Drafting and issuing run on the database lane (``ws.documents``); writing a preview, an Excel
file or printing runs on the file lane. The upper level's database (no commune of its own)
only reads the communes' register and makes reports: decisions are the communes' to issue.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.document_records import DecisionContent, ReportContent
from tcns_desktop.domain.document_register import DocumentContent, IssuedDocumentRecord
from tcns_desktop.domain.records import CommuneProfileRecord
from tcns_desktop.domain.roster_records import TeamRecord
from tcns_desktop.errors import ValidationError
from tcns_desktop.ui.decision_dialog import DecisionDialog
from tcns_desktop.ui.document_register_model import RegisterColumn, RegisterTableModel
from tcns_desktop.ui.labels import label
from tcns_desktop.ui.pdf_preview import PreviewDialog, choose_printer, print_pdf
from tcns_desktop.ui.report_dialog import ReportDialog
from tcns_desktop.ui.workspace_controller import WorkspaceController

PDF_FILTER = "PDF (*.pdf)"
EXCEL_FILTER = "Excel (*.xlsx)"
PathChooser = Callable[[str, str, str], Path | None]
PrinterChooser = Callable[[QWidget | None, int], QPrinter | None]


class DocumentsPage(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        controller: WorkspaceController,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._today = today or date.today()
        self._profile: CommuneProfileRecord | None = None
        self._hub = False
        self._teams: list[TeamRecord] = []
        self._previews = tempfile.TemporaryDirectory(
            prefix="tcns-xem-truoc-", ignore_cleanup_errors=True
        )
        self._preview_count = 0
        self.interactive = True  # False in tests: no modal dialog is opened
        self.last_dialog: QDialog | None = None
        self.last_preview: PreviewDialog | None = None
        # Replaced in tests: (title, suggested file name, filter) → chosen path or None.
        self.choose_path: PathChooser = self._ask_path
        self.choose_printer: PrinterChooser = choose_printer

        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm theo số, trích yếu, người ký, tên Tổ… (gõ không dấu cũng được)")
        )
        self.search.textChanged.connect(self._apply_search)
        self.model = RegisterTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RegisterColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(RegisterColumn.DATE, 110)
        self.table.setColumnWidth(RegisterColumn.NUMBER, 120)
        self.table.setColumnWidth(RegisterColumn.KIND, 190)
        self.table.setColumnWidth(RegisterColumn.SIGNER, 170)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.count_label = QLabel()
        self.hub_note = QLabel(
            self.tr(
                "Cơ sở dữ liệu tổng hợp của cấp trên: xem sổ văn bản của các xã và lập báo cáo "
                "tổng hợp; quyết định do xã ban hành."
            )
        )
        self.hub_note.setWordWrap(True)
        self.hub_note.setStyleSheet("color: #8a5a00;")
        self.hub_note.hide()

        self.decision_button = QPushButton(self.tr("Lập &quyết định…"))
        self.decision_button.setObjectName("newDecision")
        self.decision_button.clicked.connect(self.new_decision)
        self.report_button = QPushButton(self.tr("Lập &báo cáo…"))
        self.report_button.setObjectName("newReport")
        self.report_button.clicked.connect(self.new_report)
        self.open_button = QPushButton(self.tr("&Xem / in lại…"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("&Lưu lại bản PDF…"))
        self.save_button.setToolTip(self.tr("Tạo lại đúng tệp PDF đã ban hành từ dữ liệu lưu kèm"))
        self.save_button.clicked.connect(self.save_selected_again)
        self.external_button = QPushButton(self.tr("Mở bằng &trình đọc PDF"))
        self.external_button.clicked.connect(self.open_selected_externally)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.decision_button)
        top.addWidget(self.report_button)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.open_button, self.save_button, self.external_button):
            actions.addWidget(button)
        # Only while the page has the focus: other pages use Ctrl+F and Ctrl+N too.
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.search.setFocus),
            (QKeySequence.StandardKey.New, self.new_decision),
        ):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Sổ văn bản đã ban hành</b>")))
        layout.addWidget(self.hub_note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._controller.is_open:
            return
        self._controller.call(_documents_snapshot, self._show_snapshot, self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.model.set_records([])
        self.count_label.setText(str(exc))

    def _show_snapshot(self, snapshot: Any) -> None:
        profile, hub, teams, records = snapshot
        self._profile, self._hub, self._teams = profile, bool(hub), list(teams)
        self.hub_note.setVisible(self._hub)
        self.model.set_records(list(records))
        self._apply_search()

    def _apply_search(self) -> None:
        self.model.set_query(self.search.text())
        self.count_label.setText(
            self.tr("{0} / {1} văn bản").format(self.model.rowCount(), self.model.total())
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.decision_button.setEnabled(self._profile is not None)
        self.report_button.setEnabled(self._profile is not None or self._hub)
        chosen = self.selected_record() is not None
        for button in (self.open_button, self.save_button, self.external_button):
            button.setEnabled(chosen)

    def selected_record(self) -> IssuedDocumentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # --- a new decision ------------------------------------------------------------------

    def new_decision(self) -> DecisionDialog | None:
        if self._profile is None:
            return None
        dialog = DecisionDialog(self, self._controller, self._profile, self._teams, self._today)
        dialog.preview_requested.connect(lambda: self._preview_decision(dialog))
        dialog.print_requested.connect(lambda: self._print_content(dialog.content()))
        dialog.issue_requested.connect(lambda: self.issue_decision(dialog))
        self.last_dialog = dialog
        if self.interactive:
            dialog.exec()
        return dialog

    def _preview_decision(self, dialog: DecisionDialog) -> None:
        content = dialog.content()
        if content is None:
            return
        self.preview(
            content,
            self.tr("Xem trước quyết định"),
            [(self.tr("&Ban hành và lưu PDF…"), lambda: self.issue_decision(dialog))],
        )

    def issue_decision(self, dialog: DecisionDialog) -> None:
        """Choose the file, then write it and record it in the register (one transaction)."""
        content, team_ids = dialog.content(), dialog.team_ids()
        if content is None:
            return
        number = content.heading.number or 0
        path = self._pdf_path(
            self.tr("Ban hành quyết định: lưu tệp PDF"),
            f"Quyet-dinh-{number:02d}-{self._year(content)}.pdf",
        )
        if path is None:
            return

        def issued(record: Any) -> None:
            self._after_issue(record, path)
            dialog.accept()
            if self.last_preview is not None:
                self.last_preview.accept()

        self._controller.call(
            lambda ws: ws.documents.issue(content, path, team_ids=team_ids),
            issued,
            lambda exc: self._refused(exc, dialog.message),
            changes=True,
        )

    # --- a new report --------------------------------------------------------------------

    def new_report(self) -> ReportDialog | None:
        if self._profile is None and not self._hub:
            return None
        dialog = ReportDialog(self, self._controller, self._profile, self._today)
        dialog.interactive = self.interactive
        dialog.preview_requested.connect(lambda: self._preview_report(dialog))
        dialog.print_requested.connect(lambda: self._print_content(dialog.content()))
        dialog.excel_requested.connect(lambda: self.save_report_workbook(dialog))
        dialog.issue_requested.connect(lambda: self.issue_report(dialog))
        dialog.save_pdf_requested.connect(lambda: self.save_report_pdf(dialog))
        self.last_dialog = dialog
        if self.interactive:
            dialog.exec()
        return dialog

    def _preview_report(self, dialog: ReportDialog) -> None:
        content = dialog.content()
        if content is None:
            return
        action = (
            (self.tr("&Ban hành và lưu PDF…"), lambda: self.issue_report(dialog))
            if self._profile is not None
            else (self.tr("Lưu &PDF…"), lambda: self.save_report_pdf(dialog))
        )
        self.preview(content, self.tr("Xem trước báo cáo"), [action])

    def issue_report(self, dialog: ReportDialog) -> None:
        content, period = dialog.content(), dialog.period()
        if content is None:
            return
        path = self._pdf_path(
            self.tr("Ban hành báo cáo: lưu tệp PDF"), f"Bao-cao-TCNS-{period.key}.pdf"
        )
        if path is None:
            return

        def issued(record: Any) -> None:
            self._after_issue(record, path)
            dialog.accept()
            if self.last_preview is not None:
                self.last_preview.accept()

        self._controller.call(
            lambda ws: ws.documents.issue(content, path, period=period),
            issued,
            lambda exc: self._refused(exc, dialog.message),
            changes=True,
        )

    def save_report_pdf(self, dialog: ReportDialog) -> None:
        """The upper level's report: a PDF outside any commune's register."""
        content, period = dialog.content(), dialog.period()
        if content is None:
            return
        path = self._pdf_path(self.tr("Lưu báo cáo PDF"), f"Bao-cao-TCNS-{period.key}.pdf")
        if path is not None:
            self._write_file(content, path, self.tr("Đã lưu báo cáo vào {0}."))

    def save_report_workbook(self, dialog: ReportDialog) -> None:
        content, period = dialog.content(), dialog.period()
        if content is None:
            return
        chosen = self.choose_path(
            self.tr("Lưu báo cáo dạng Excel"), f"Bao-cao-TCNS-{period.key}.xlsx", EXCEL_FILTER
        )
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_suffix(".xlsx")

        def work() -> Path:
            from tcns_desktop.spreadsheets.report_workbook import write_report_workbook

            write_report_workbook(content, path)
            return path

        self._controller.tasks.run(
            work,
            lambda saved: self.status_message.emit(
                self.tr("Đã lưu báo cáo Excel vào {0}.").format(saved)
            ),
            self._controller.failed.emit,
            lane="files",
        )

    # --- the register --------------------------------------------------------------------

    def open_selected(self) -> None:
        """Preview the selected document rebuilt from its snapshot (print from there)."""
        record = self.selected_record()
        if record is None:
            return
        self._controller.call(
            lambda ws: ws.documents.content(record.id),
            lambda content: self.preview(
                content,
                self.tr("{0} — số {1}").format(label(record.kind), record.number_text),
                [(self.tr("&Lưu lại bản PDF…"), lambda: self.save_again(record))],
            ),
        )

    def save_selected_again(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.save_again(record)

    def save_again(self, record: IssuedDocumentRecord) -> None:
        """Write the issued PDF again, byte for byte, from the register's snapshot."""
        path = self._pdf_path(self.tr("Lưu lại bản PDF đã ban hành"), _file_name(record))
        if path is None:
            return

        def saved(outcome: Any) -> None:
            message = (
                self.tr("Đã lưu lại {0} vào {1}, giống hệt bản đã ban hành.")
                if outcome.identical
                else self.tr(
                    "Đã lưu lại {0} vào {1} từ dữ liệu lúc ban hành (định dạng khác bản gốc do "
                    "chương trình đã nâng cấp)."
                )
            )
            self.status_message.emit(message.format(record.number_text, outcome.path))

        self._controller.call(lambda ws: ws.documents.reprint(record.id, path), saved)

    def open_selected_externally(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        path = self._preview_path()

        def opened(_outcome: Any) -> None:
            if self.interactive:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._controller.call(lambda ws: ws.documents.reprint(record.id, path), opened)

    # --- files, preview, print -----------------------------------------------------------

    def preview(
        self,
        content: DocumentContent,
        title: str,
        actions: list[tuple[str, Callable[[], None]]],
    ) -> None:
        """Write ``content`` to a temporary PDF (file lane) and show it with ``actions``."""

        def show(path: Any) -> None:
            dialog = PreviewDialog(self, title, Path(path), actions)
            dialog.print_requested.connect(lambda: self.print_file(Path(path)))
            self.last_preview = dialog
            if self.interactive:
                dialog.exec()

        self._render(content, show)

    def _print_content(self, content: DocumentContent | None) -> None:
        if content is not None:
            self._render(content, lambda path: self.print_file(Path(path)))

    def print_file(self, path: Path) -> None:
        """The print dialog, then the pages sent to the printer on the file lane."""
        from tcns_desktop.documents.page_images import PdfPages

        with PdfPages(path) as pages:
            count = pages.page_count
        printer = self.choose_printer(self, count)
        if printer is None:
            return
        self._controller.tasks.run(
            lambda: print_pdf(path, printer),
            lambda sent: self.status_message.emit(
                self.tr("Đã gửi {0} trang tới máy in.").format(sent)
            ),
            self._controller.failed.emit,
            lane="files",
        )

    def _render(self, content: DocumentContent, then: Callable[[Any], None]) -> None:
        path = self._preview_path()

        def work() -> Path:
            _write_pdf(content, path)
            return path

        self._controller.tasks.run(work, then, self._controller.failed.emit, lane="files")

    def _write_file(self, content: DocumentContent, path: Path, message: str) -> None:
        def work() -> Path:
            _write_pdf(content, path)
            return path

        self._controller.tasks.run(
            work,
            lambda saved: self.status_message.emit(message.format(saved)),
            self._controller.failed.emit,
            lane="files",
        )

    def _preview_path(self) -> Path:
        # A new name each time: an earlier preview may still hold its file open.
        self._preview_count += 1
        return Path(self._previews.name) / f"xem-truoc-{self._preview_count}.pdf"

    def _pdf_path(self, title: str, suggested: str) -> Path | None:
        chosen = self.choose_path(title, suggested, PDF_FILTER)
        if chosen is None:
            return None
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")

    def _ask_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """The save dialog (it asks before replacing an existing file)."""
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return Path(name) if name else None

    def _after_issue(self, record: Any, path: Path) -> None:
        self.status_message.emit(
            self.tr("Đã ban hành văn bản số {0} và ghi vào sổ; tệp PDF: {1}").format(
                record.number_text, path
            )
        )
        self.reload()

    def _refused(self, exc: BaseException, message: QLabel) -> None:
        """A rule the clerk can fix is shown in the dialog; anything else is reported."""
        if isinstance(exc, ValidationError):
            message.setText(" ".join([exc.message, *exc.problems]))
        else:
            self._controller.failed.emit(exc)

    def _year(self, content: DocumentContent) -> int:
        heading = content.heading
        return heading.issued_on.year if heading.issued_on else heading.year or self._today.year


def _write_pdf(content: DocumentContent, path: Path) -> None:
    # reportlab is imported only when a document is written (it costs ~100 ms at start-up).
    if isinstance(content, DecisionContent):
        from tcns_desktop.documents.decision_pdf import write_decision

        write_decision(content, path)
    elif isinstance(content, ReportContent):
        from tcns_desktop.documents.report_pdf import write_report

        write_report(content, path)


def _file_name(record: IssuedDocumentRecord) -> str:
    year = record.issued_on.year if record.issued_on else ""
    prefix = "Quyet-dinh" if record.is_decision else "Bao-cao"
    return f"{prefix}-{record.number or 0:02d}-{year}.pdf"


def _documents_snapshot(workspace: Any) -> tuple[Any, bool, list[Any], list[Any]]:
    from tcns_desktop.domain.enums import SiteMode

    profile = workspace.commune.profile()
    hub = profile is None and workspace.site().mode is SiteMode.HUB
    if profile is None and not hub:
        return None, False, [], []  # the commune is not set up yet
    teams = workspace.roster.teams() if profile is not None else []
    return profile, hub, teams, workspace.documents.register()
