"""Đồng bộ: the commune sends its data up on a USB stick or by e-mail; the upper level
registers communes, imports their bundles after a dry run, and follows who sent what.

The same page serves both: what it shows depends on the database (a commune's, or the
upper level's consolidated one). A fresh database that is not yet a commune can become the
upper level's here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import SiteMode
from tcns_desktop.domain.sync_records import (
    BundleExportReport,
    CommuneStatus,
    ExportStatus,
    HubImportReport,
    KeyRecord,
    lineage_reason_text,
)
from tcns_desktop.domain.sync_tables import TABLE_LABELS
from tcns_desktop.domain.transmittal import grouped_hash
from tcns_desktop.removable_drives import removable_drives
from tcns_desktop.ui.error_reporting import problem_lines
from tcns_desktop.ui.workspace_controller import WorkspaceController

OTHER_FOLDER = "__other__"
_STATUS_LABELS = {
    "imported": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Đã nhập"),
    "already_imported": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Đã nhập trước đây"),
    "rejected": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Bị từ chối"),
    "waiting": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Chờ gói trước"),
}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(text))


def _day(timestamp: str | None) -> str:
    """ "2026-03-01T08:00:00.000000Z" → "01/03/2026" """
    if not timestamp:
        return ""
    year, month, day = timestamp[:10].split("-")
    return f"{day}/{month}/{year}"


def _problem_text(exc: BaseException) -> str:
    return "\n".join(problem_lines(exc))


class ImportPreviewDialog(QDialog):
    """The dry run of a hub import: per bundle what would happen; "Nhập" applies it."""

    def __init__(self, parent: QWidget | None, report: HubImportReport) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập gói dữ liệu — xem trước"))
        self.resize(980, 480)
        table = _table(
            [
                self.tr("Tệp"),
                self.tr("Xã"),
                self.tr("Gói số"),
                self.tr("Kết quả"),
                self.tr("Mới"),
                self.tr("Cập nhật"),
                self.tr("Không đổi"),
                self.tr("Xung đột"),
                self.tr("Từ chối"),
                self.tr("Ghi chú"),
            ]
        )
        table.setObjectName("importPreview")
        rows = []
        for result in report.results:
            totals = [0, 0, 0, 0, 0]
            for counts in result.tables.values():
                for index, value in enumerate(
                    (
                        counts.new,
                        counts.updated,
                        counts.unchanged,
                        counts.conflicts,
                        counts.rejected,
                    )
                ):
                    totals[index] += value
            note = "; ".join((result.message, *result.problems, *result.warnings)).strip("; ")
            rows.append(
                [
                    result.file_name,
                    f"{result.commune_name} ({result.commune_code})".strip(" ()"),
                    str(result.sequence or ""),
                    self.tr(str(_STATUS_LABELS.get(result.status, result.status))),
                    *(f"{value:,}".replace(",", ".") for value in totals),
                    note,
                ]
            )
        _fill(table, rows)
        usable = [r for r in report.results if r.status in ("imported", "waiting")]
        summary = QLabel(
            self.tr(
                "{0} gói: {1} nhập được, {2} bị từ chối, {3} đã nhập trước đây. Chưa có gì được "
                "ghi vào cơ sở dữ liệu cho đến khi bấm Nhập; gói bị từ chối không làm thay đổi gì."
            ).format(
                len(report.results),
                len(usable),
                len(report.rejected),
                sum(1 for r in report.results if r.status == "already_imported"),
            )
        )
        summary.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            self.tr("&Nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(bool(usable))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # What each commune's bundles change, table by table.
        details = _table(
            [
                self.tr("Xã"),
                self.tr("Loại dữ liệu"),
                self.tr("Mới"),
                self.tr("Cập nhật"),
                self.tr("Không đổi"),
                self.tr("Xung đột"),
                self.tr("Từ chối"),
            ]
        )
        details.setObjectName("importDetails")
        names = {r.commune_code: r.commune_name for r in report.results}
        _fill(
            details,
            [
                [
                    names.get(code, code),
                    TABLE_LABELS.get(table_name, table_name),
                    *(
                        f"{value:,}".replace(",", ".")
                        for value in (c.new, c.updated, c.unchanged, c.conflicts, c.rejected)
                    ),
                ]
                for code, tables in sorted(report.by_commune().items())
                if code
                for table_name, c in tables.items()
                if c.new or c.updated or c.unchanged or c.conflicts or c.rejected
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table, 2)
        layout.addWidget(QLabel(self.tr("Chi tiết theo xã và loại dữ liệu:")))
        layout.addWidget(details, 3)
        layout.addWidget(buttons)
        self.table = table
        self.details = details


class SyncPage(QWidget):
    status_message = Signal(str)

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.interactive = True
        self.last_dialog: QDialog | None = None
        self.last_export: BundleExportReport | None = None
        self._slip: Path | None = None
        self._upper_keys: tuple[KeyRecord, ...] = ()
        self._registered: list[KeyRecord] = []
        self.views = QStackedWidget()
        self.commune_view = self._build_commune_view()
        self.hub_view = self._build_hub_view()
        self.setup_view = self._build_setup_view()
        for view in (self.commune_view, self.hub_view, self.setup_view):
            self.views.addWidget(view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)

    # --- the commune's side --------------------------------------------------------------

    def _build_commune_view(self) -> QWidget:
        view = QWidget()
        self.key_label = QLabel()
        self.key_label.setObjectName("communeKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.upper_label = QLabel()
        self.upper_label.setWordWrap(True)
        export_key = QPushButton(self.tr("Lưu tệp &khóa của xã…"))
        export_key.setToolTip(self.tr("Gửi tệp này cho cấp trên (một lần) để cấp trên nhận gói"))
        import_key = QPushButton(self.tr("Nhập khóa của &cấp trên…"))
        export_key.clicked.connect(lambda: self.export_public_key())
        import_key.clicked.connect(lambda: self.import_upper_key())
        keys = QGroupBox(self.tr("Khóa ký số của xã"))
        key_layout = QVBoxLayout(keys)
        key_layout.addWidget(self.key_label)
        key_layout.addWidget(self.upper_label)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(export_key)
        key_buttons.addWidget(import_key)
        key_buttons.addStretch(1)
        key_layout.addLayout(key_buttons)

        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        self.incremental = QRadioButton(self.tr("Chỉ phần thay đổi từ lần cấp trên xác nhận"))
        self.full = QRadioButton(self.tr("Toàn bộ dữ liệu"))
        self.incremental.setChecked(True)
        self.encrypt = QCheckBox()
        self.accept_fork = QCheckBox(
            self.tr("Tôi xác nhận dùng tệp dữ liệu này từ nay (bản khôi phục hoặc bản sao)")
        )
        self.accept_fork.setVisible(False)
        self.destination = QComboBox()
        self.destination.setObjectName("destination")
        refresh_drives = QPushButton(self.tr("Tìm lại USB"))
        refresh_drives.clicked.connect(self.list_destinations)
        self.export_button = QPushButton(self.tr("&Xuất gói dữ liệu"))
        self.export_button.setObjectName("exportBundle")
        self.export_button.clicked.connect(lambda: self.export_bundle())
        destination = QHBoxLayout()
        destination.addWidget(self.destination, 1)
        destination.addWidget(refresh_drives)
        form = QFormLayout()
        form.addRow(self.tr("Gói gồm:"), self.incremental)
        form.addRow("", self.full)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Lưu vào:"), destination)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Mở &thư mục"))
        self.slip_button = QPushButton(self.tr("In &phiếu gửi…"))
        self.email_button = QPushButton(self.tr("Soạn thư điện tử"))
        self.email_button.setToolTip(
            self.tr(
                "Tạo thư có đính kèm gói và phiếu gửi, mở bằng chương trình thư trên máy. Dùng "
                "thư điện tử trên web thì mở thư mục và đính kèm tệp gói."
            )
        )
        for button in (self.open_folder_button, self.slip_button, self.email_button):
            button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.slip_button.clicked.connect(self.show_slip)
        self.email_button.clicked.connect(self.prepare_email)
        after = QHBoxLayout()
        for button in (self.open_folder_button, self.slip_button, self.email_button):
            after.addWidget(button)
        after.addStretch(1)
        send = QGroupBox(self.tr("Gửi dữ liệu lên cấp trên"))
        send_layout = QVBoxLayout(send)
        send_layout.addWidget(self.export_status)
        send_layout.addLayout(form)
        send_layout.addWidget(self.accept_fork)
        send_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        send_layout.addWidget(self.result_label)
        send_layout.addLayout(after)

        ack_button = QPushButton(self.tr("Nhập tệp &xác nhận của cấp trên…"))
        ack_button.clicked.connect(lambda: self.import_acknowledgement())
        self.history = _table(
            [
                self.tr("Gói số"),
                self.tr("Ngày tạo"),
                self.tr("Loại"),
                self.tr("Cấp trên đã xác nhận"),
                self.tr("Tệp"),
            ]
        )
        self.history.setObjectName("bundleHistory")
        history = QGroupBox(self.tr("Các gói đã gửi"))
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history)
        history_layout.addWidget(ack_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(view)
        layout.addWidget(keys)
        layout.addWidget(send)
        layout.addWidget(history, 1)
        return view

    def list_destinations(self) -> None:
        current = self.destination.currentData()
        self.destination.clear()
        for drive in removable_drives():
            self.destination.addItem(self.tr("USB: {0}").format(drive.description), str(drive.path))
        self.destination.addItem(self.tr("Thư mục khác…"), OTHER_FOLDER)
        index = self.destination.findData(current)
        self.destination.setCurrentIndex(max(index, 0))

    def _show_commune(self, status: ExportStatus, history: list[Any]) -> None:
        self.views.setCurrentWidget(self.commune_view)
        self._upper_keys = tuple(k for k in status.upper_keys if not k.revoked)
        self.key_label.setText(
            self.tr("Mã nhận dạng khóa của xã: <b>{0}</b> (in ra, ký, gửi kèm tệp khóa)").format(
                status.fingerprint
            )
        )
        if self._upper_keys:
            upper = self._upper_keys[0]
            self.upper_label.setText(
                self.tr("Khóa của cấp trên: {0} — {1}").format(upper.name, upper.fingerprint)
            )
            self.encrypt.setText(self.tr("Mã hóa để chỉ {0} mở được").format(upper.name))
            self.encrypt.setEnabled(True)
            self.encrypt.setChecked(True)
        else:
            self.upper_label.setText(
                self.tr(
                    "Chưa có khóa của cấp trên: gói vẫn được ký số nhưng không mã hóa. Nhập tệp "
                    "khóa cấp trên gửi để mã hóa gói (mất USB cũng không lộ số định danh)."
                )
            )
            self.encrypt.setText(self.tr("Mã hóa gói (cần khóa của cấp trên)"))
            self.encrypt.setEnabled(False)
            self.encrypt.setChecked(False)
        last = status.last_bundle
        text = (
            self.tr("Chưa gửi gói nào: gói đầu tiên là toàn bộ dữ liệu.")
            if last is None
            else self.tr("Gói gần nhất: số {0}, ngày {1}.").format(
                last.sequence, _day(last.created_at)
            )
            + " "
            + (
                self.tr("Cấp trên đã xác nhận nhận đủ mọi thay đổi.")
                if status.acked_to >= status.last_seq
                else self.tr(
                    "Có thay đổi cấp trên chưa xác nhận đã nhận: gói tiếp theo sẽ gửi lại chúng."
                )
            )
        )
        if status.fork is not None:
            text += "\n" + self.tr(
                "Tệp dữ liệu này là bản khôi phục hoặc bản sao ({0}). Trước khi gửi, hãy xác "
                "nhận dùng nó từ nay; gói sẽ là gói đầy đủ."
            ).format(lineage_reason_text(status.fork.reason))
        self.accept_fork.setVisible(status.fork is not None)
        self.export_status.setText(text)
        _fill(
            self.history,
            [
                [
                    str(item.sequence),
                    _day(item.created_at),
                    self.tr("đầy đủ") if item.kind == "full" else self.tr("bổ sung"),
                    self.tr("Có") if item.acknowledged else self.tr("Chưa"),
                    item.file_name,
                ]
                for item in history
            ],
        )
        if self.destination.count() == 0:
            self.list_destinations()

    def export_bundle(self, folder: Path | None = None) -> None:
        if folder is None:
            chosen = self.destination.currentData()
            if chosen == OTHER_FOLDER or chosen is None:
                picked = QFileDialog.getExistingDirectory(self, self.tr("Lưu gói dữ liệu vào"))
                if not picked:
                    return
                folder = Path(picked)
            else:
                folder = Path(str(chosen))
        target = folder
        full = self.full.isChecked()
        encrypt = self.encrypt.isEnabled() and self.encrypt.isChecked()
        accept_fork = self.accept_fork.isVisible() and self.accept_fork.isChecked()
        self.export_button.setEnabled(False)
        self.result_label.setText(self.tr("Đang xuất và kiểm tra gói…"))

        def work(workspace: Any) -> Any:
            bundles = workspace.bundles
            recipient = bundles.upper_key_file() if encrypt else None
            report = bundles.export(
                target, full=full, encrypt_to=recipient, accept_fork=accept_fork
            )
            slip = bundles.write_transmittal(report)
            return report, slip

        def done(result: Any) -> None:
            report, slip = result
            self.last_export = report
            self._slip = slip
            self.export_button.setEnabled(True)
            for button in (self.open_folder_button, self.slip_button, self.email_button):
                button.setEnabled(True)
            self.result_label.setText(
                self.tr(
                    "Đã xuất gói số {0} ({1} bản ghi) và đọc lại kiểm tra: tốt.\nTệp: {2}\n"
                    "Mã kiểm tra (SHA-256): {3}\nPhiếu gửi: {4}"
                ).format(
                    report.sequence,
                    f"{report.total_rows:,}".replace(",", "."),
                    report.path,
                    grouped_hash(report.sha256),
                    slip,
                )
            )
            self.status_message.emit(self.tr("Đã xuất gói dữ liệu số {0}.").format(report.sequence))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.result_label.setText(_problem_text(exc))
            if self.interactive:
                QMessageBox.warning(self, self.tr("Chưa xuất được gói"), _problem_text(exc))

        self._controller.call(work, done, failed, changes=True)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.last_export.path).parent)))

    def show_slip(self) -> None:
        from tcns_desktop.ui.pdf_preview import PreviewDialog, choose_printer, print_pdf

        slip = self._slip
        if slip is None:
            return
        dialog = PreviewDialog(self, self.tr("Phiếu gửi gói dữ liệu"), slip)

        def print_it() -> None:
            printer = choose_printer(dialog, dialog.preview.page_count())
            if printer is not None:
                print_pdf(slip, printer)

        dialog.print_requested.connect(print_it)
        self.last_dialog = dialog
        if self.interactive:
            dialog.exec()

    def prepare_email(self) -> None:
        report = self.last_export
        slip = self._slip
        if report is None:
            return
        attachments = [Path(report.path)] + ([slip] if slip is not None else [])

        def opened(draft: Path) -> None:
            self.status_message.emit(self.tr("Đã tạo thư nháp: {0}").format(draft))
            if self.interactive:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft)))

        self._controller.call(
            lambda workspace: workspace.bundles.write_email_draft(report, attachments),
            opened,
            lambda exc: self.result_label.setText(_problem_text(exc)),
        )

    def export_public_key(self, folder: Path | None = None) -> None:
        if folder is None:
            picked = QFileDialog.getExistingDirectory(self, self.tr("Lưu tệp khóa vào"))
            if not picked:
                return
            folder = Path(picked)
        target = folder
        hub = self.views.currentWidget() is self.hub_view

        def work(workspace: Any) -> Any:
            service = workspace.hub if hub else workspace.bundles
            return service.export_public_key(target)

        self._controller.call(
            work,
            lambda path: self.status_message.emit(self.tr("Đã lưu tệp khóa: {0}").format(path)),
            self._failed,
        )

    def import_upper_key(self, path: Path | None = None) -> None:
        if path is None:
            picked, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp khóa của cấp trên"))
            if not picked:
                return
            path = Path(picked)
        source = path
        self._controller.call(
            lambda workspace: workspace.bundles.import_upper_key(source),
            lambda key: self.status_message.emit(
                self.tr(
                    "Đã nhập khóa của {0}. Hãy so mã nhận dạng {1} với phiếu có chữ ký."
                ).format(key.name, key.fingerprint)
            ),
            self._failed,
            changes=True,
        )

    def import_acknowledgement(self, path: Path | None = None) -> None:
        if path is None:
            picked, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp xác nhận của cấp trên"))
            if not picked:
                return
            path = Path(picked)
        source = path

        def done(report: Any) -> None:
            self.status_message.emit(
                self.tr("Tệp xác nhận này đã được nhập trước đây.")
                if report.already_imported
                else self.tr("{0} xác nhận đã nhận đủ đến thay đổi số {1}.").format(
                    report.hub_name, report.to_seq
                )
            )

        self._controller.call(
            lambda workspace: workspace.bundles.import_acknowledgement(source),
            done,
            self._failed,
            changes=True,
        )

    # --- the upper level's side ----------------------------------------------------------

    def _build_hub_view(self) -> QWidget:
        view = QWidget()
        self.hub_key_label = QLabel()
        self.hub_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export_key = QPushButton(self.tr("Lưu tệp &khóa của cấp trên…"))
        export_key.setToolTip(self.tr("Gửi tệp này cho các xã để xã mã hóa gói gửi lên"))
        export_key.clicked.connect(lambda: self.export_public_key())
        register = QPushButton(self.tr("Đăng ký khóa của &xã…"))
        register.clicked.connect(lambda: self.register_commune())
        self.revoke_button = QPushButton(self.tr("Thu &hồi khóa…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        import_files = QPushButton(self.tr("&Nhập gói dữ liệu…"))
        import_files.setObjectName("importBundles")
        import_files.clicked.connect(lambda: self.import_bundles())
        import_folder = QPushButton(self.tr("Nhập cả thư mục / &USB…"))
        import_folder.clicked.connect(self.import_folder)
        acks = QPushButton(self.tr("Ghi tệp &xác nhận cho các xã…"))
        acks.clicked.connect(lambda: self.write_acknowledgements())
        top = QHBoxLayout()
        for button in (import_files, import_folder, acks):
            top.addWidget(button)
        top.addStretch(1)
        keys = QHBoxLayout()
        for button in (export_key, register, self.revoke_button):
            keys.addWidget(button)
        keys.addStretch(1)
        self.board = _table(
            [
                self.tr("Xã"),
                self.tr("Mã"),
                self.tr("Số gói đã nhận"),
                self.tr("Gói gần nhất"),
                self.tr("Ngày tạo"),
                self.tr("Ngày nhập"),
                self.tr("Dữ liệu đầy đủ đến"),
                self.tr("Còn thiếu / lưu ý"),
            ]
        )
        self.board.setObjectName("statusBoard")
        self.hub_message = QLabel()
        self.hub_message.setWordWrap(True)
        layout = QVBoxLayout(view)
        layout.addWidget(self.hub_key_label)
        layout.addLayout(keys)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("<b>Tình trạng nhận dữ liệu của các xã</b>")))
        layout.addWidget(self.board, 1)
        layout.addWidget(self.hub_message)
        return view

    def _show_hub(self, own: KeyRecord, keys: list[KeyRecord], board: list[CommuneStatus]) -> None:
        self.views.setCurrentWidget(self.hub_view)
        self._registered = keys
        self.hub_key_label.setText(
            self.tr("{0} — mã nhận dạng khóa: <b>{1}</b>").format(own.name, own.fingerprint)
        )
        rows = []
        for status in board:
            notes = list(status.warnings)
            if status.missing_sequences:
                notes.append(
                    self.tr("thiếu gói số {0}").format(
                        ", ".join(map(str, status.missing_sequences))
                    )
                )
            if status.waiting_sequences:
                notes.append(
                    self.tr("gói {0} chờ gói trước").format(
                        ", ".join(map(str, status.waiting_sequences))
                    )
                )
            if status.revoked:
                notes.append(self.tr("khóa đã thu hồi"))
            if status.bundles_received == 0:
                notes.append(self.tr("chưa gửi gói nào"))
            rows.append(
                [
                    status.commune_name,
                    status.commune_code,
                    str(status.bundles_received),
                    str(status.last_sequence or ""),
                    _day(status.last_created_at),
                    _day(status.last_imported_at),
                    _day(status.as_of),
                    "; ".join(notes),
                ]
            )
        _fill(self.board, rows)
        self.hub_message.setText(
            self.tr("{0} xã đã đăng ký khóa.").format(len([k for k in keys if not k.revoked]))
        )

    def register_commune(self, path: Path | None = None) -> None:
        if path is None:
            picked, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp khóa của xã"))
            if not picked:
                return
            path = Path(picked)
        source = path
        self._controller.call(
            lambda workspace: workspace.hub.register_commune(source),
            lambda key: self.status_message.emit(
                self.tr("Đã đăng ký {0} ({1}); mã nhận dạng {2}.").format(
                    key.name, key.code, key.fingerprint
                )
            ),
            self._failed,
            changes=True,
        )

    def revoke_selected(self) -> None:
        row = self.board.currentRow()
        code_item = self.board.item(row, 1) if row >= 0 else None
        if code_item is None:
            return
        key = next(
            (k for k in self._registered if k.code == code_item.text() and not k.revoked), None
        )
        if key is None:
            return
        if self.interactive:
            answer = QMessageBox.question(
                self,
                self.tr("Thu hồi khóa"),
                self.tr(
                    "Thu hồi khóa {0} của {1}? Gói ký bằng khóa này sẽ bị từ chối (dùng khi máy "
                    "của xã bị mất hoặc đổi máy)."
                ).format(key.fingerprint, key.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._controller.call(
            lambda workspace: workspace.hub.revoke_key(key.fingerprint, ""),
            lambda revoked: self.status_message.emit(
                self.tr("Đã thu hồi khóa của {0}.").format(revoked.name)
            ),
            self._failed,
            changes=True,
        )

    def import_folder(self) -> None:
        picked = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục hoặc USB có gói"))
        if picked:
            self.import_bundles([Path(picked)])

    def import_bundles(self, sources: list[Path] | None = None) -> None:
        if sources is None:
            picked, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Chọn gói dữ liệu"), "", self.tr("Gói dữ liệu TCNS (*.tcns)")
            )
            if not picked:
                return
            sources = [Path(p) for p in picked]
        chosen = list(sources)

        def previewed(report: HubImportReport) -> None:
            dialog = ImportPreviewDialog(self, report)
            self.last_dialog = dialog
            if self.interactive and dialog.exec() != QDialog.DialogCode.Accepted:
                return
            if not self.interactive or not dialog.apply_button.isEnabled():
                return
            self.apply_import(chosen)

        self._controller.call(
            lambda workspace: workspace.hub.import_bundles(chosen, dry_run=True),
            previewed,
            self._failed,
        )

    def apply_import(self, sources: list[Path]) -> None:
        def done(report: HubImportReport) -> None:
            self.hub_message.setText(
                self.tr("Đã nhập {0} gói; {1} bị từ chối; {2} chờ gói trước.").format(
                    len(report.imported), len(report.rejected), len(report.waiting)
                )
            )
            self.status_message.emit(self.hub_message.text())

        self._controller.call(
            lambda workspace: workspace.hub.import_bundles(sources, dry_run=False),
            done,
            self._failed,
            changes=True,
        )

    def write_acknowledgements(self, folder: Path | None = None) -> None:
        if folder is None:
            picked = QFileDialog.getExistingDirectory(self, self.tr("Lưu tệp xác nhận vào"))
            if not picked:
                return
            folder = Path(picked)
        target = folder
        self._controller.call(
            lambda workspace: workspace.hub.write_acknowledgements(target),
            lambda written: self.status_message.emit(
                self.tr("Đã ghi {0} tệp xác nhận vào {1}.").format(len(written), target)
            ),
            self._failed,
        )

    # --- a fresh database ----------------------------------------------------------------

    def _build_setup_view(self) -> QWidget:
        view = QWidget()
        self.hub_name = QLineEdit()
        self.hub_name.setPlaceholderText(self.tr("ví dụ: Sở Khoa học và Công nghệ tỉnh Phú Thọ"))
        self.hub_code = QLineEdit()
        self.hub_code.setPlaceholderText(self.tr("mã ngắn, ví dụ SKHCN-PT (không bắt buộc)"))
        button = QPushButton(self.tr("Thiết lập cơ sở dữ liệu &tổng hợp"))
        button.clicked.connect(lambda: self.set_up_hub())
        form = QFormLayout()
        form.addRow(self.tr("Tên cơ quan cấp trên:"), self.hub_name)
        form.addRow(self.tr("Mã cơ quan:"), self.hub_code)
        layout = QVBoxLayout(view)
        intro = QLabel(
            self.tr(
                "Dữ liệu này chưa thuộc xã nào. Nếu đây là máy của xã, hãy thiết lập thông tin "
                "xã (Tệp › Thiết lập thông tin xã). Nếu đây là máy của cơ quan cấp trên (Sở, "
                "phòng) dùng để gộp dữ liệu các xã, hãy thiết lập cơ sở dữ liệu tổng hợp:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return view

    def set_up_hub(self) -> None:
        name, code = self.hub_name.text(), self.hub_code.text()
        self._controller.call(
            lambda workspace: workspace.hub.set_up(name, code),
            lambda key: self.status_message.emit(
                self.tr("Đã thiết lập cơ sở dữ liệu tổng hợp của {0}.").format(key.name)
            ),
            self._failed,
            changes=True,
        )

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._controller.is_open:
            return

        def work(workspace: Any) -> Any:
            summary = workspace.summary()
            if summary.site.mode is SiteMode.HUB:
                hub = workspace.hub
                return "hub", (hub.own_key(), hub.registered_keys(), hub.status())
            if summary.profile is None:
                return "fresh", None
            bundles = workspace.bundles
            return "commune", (bundles.status(), bundles.history())

        def show(result: Any) -> None:
            kind, data = result
            if kind == "hub":
                self._show_hub(*data)
            elif kind == "commune":
                self._show_commune(*data)
            else:
                self.views.setCurrentWidget(self.setup_view)

        self._controller.call(work, show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = _problem_text(exc)
        self.status_message.emit(text)
        if self.interactive:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), text)
