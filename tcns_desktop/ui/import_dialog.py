"""Importing a roster workbook: choose, see the dry run, then confirm (or save the rejects)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.ui.labels import label
from tcns_desktop.ui.workspace_controller import WorkspaceController

ACTION_TEXT = {
    "add": QT_TRANSLATE_NOOP("ImportDialog", "Thêm mới"),
    "update": QT_TRANSLATE_NOOP("ImportDialog", "Cập nhật"),
    "unchanged": QT_TRANSLATE_NOOP("ImportDialog", "Không đổi"),
    "reject": QT_TRANSLATE_NOOP("ImportDialog", "Bị từ chối"),
}


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, controller: WorkspaceController) -> None:
        super().__init__(parent)
        self._controller = controller
        self._path: Path | None = None
        self._preview: Any = None
        self.setWindowTitle(self.tr("Nhập danh sách từ Excel"))
        self.setMinimumSize(900, 560)
        self.summary = QLabel(self.tr("Chọn tệp Excel (.xlsx, .xls) hoặc .csv chứa danh sách."))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kết quả"),
                self.tr("Trang"),
                self.tr("Dòng"),
                self.tr("Họ và tên"),
                self.tr("Thôn"),
                self.tr("Tổ"),
                self.tr("Chức danh"),
                self.tr("Lỗi / lưu ý"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.choose_button = QPushButton(self.tr("Chọn &tệp…"))
        self.apply_button = QPushButton(self.tr("&Nhập dữ liệu"))
        self.apply_button.setEnabled(False)
        self.rejects_button = QPushButton(self.tr("&Lưu các dòng lỗi ra Excel…"))
        self.rejects_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.choose_button.clicked.connect(self.choose_and_preview)
        self.apply_button.clicked.connect(self.apply)
        self.rejects_button.clicked.connect(self.save_rejects)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rejects_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def choose_and_preview(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp danh sách"),
            "",
            self.tr("Bảng tính (*.xlsx *.xlsm *.xls *.csv);;Tất cả các tệp (*)"),
        )
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> None:
        self._path = path
        self._busy(True, self.tr("Đang đọc và kiểm tra {0}…").format(path.name))
        self._controller.call(
            lambda ws: ws.roster_import.preview(path), self._show_preview, self._failed
        )

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        for button in (self.choose_button, self.apply_button, self.rejects_button):
            button.setEnabled(not busy)
        if text:
            self.summary.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.apply_button.setEnabled(False)
        self.rejects_button.setEnabled(False)
        message = getattr(exc, "message", None) or str(exc)
        self.summary.setText("<span style='color:#b00020'>" + message + "</span>")

    def _show_preview(self, preview: Any) -> None:
        self._preview = preview
        self._busy(False)
        counts = {action: preview.count(action) for action in ACTION_TEXT}
        parts = [
            self.tr(
                "<b>{0}</b>: {1} dòng thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối."
            ).format(
                preview.file_name,
                counts["add"],
                counts["update"],
                counts["unchanged"],
                counts["reject"],
            )
        ]
        if preview.new_villages:
            parts.append(
                self.tr("Thôn mới sẽ được thêm: {0}.").format(", ".join(preview.new_villages))
            )
        if preview.new_teams:
            parts.append(self.tr("Tổ mới sẽ được thêm: {0}.").format(", ".join(preview.new_teams)))
        parts += [f"⚠ {problem}" for problem in preview.sheet_problems]
        parts.append(
            self.tr("Chưa có gì được ghi vào dữ liệu cho đến khi bấm \u201cNhập dữ liệu\u201d.")
        )
        self.summary.setText("<br>".join(parts))
        rows = sorted(preview.rows, key=lambda r: (r.action != "reject", r.sheet, r.row_number))
        self.table.setRowCount(len(rows))
        for position, row in enumerate(rows):
            problems = "; ".join((*row.errors, *row.warnings))
            values = [
                self.tr(str(ACTION_TEXT[row.action])),
                row.sheet,
                str(row.row_number),
                row.full_name,
                row.village,
                row.team,
                label(row.role),
                problems,
            ]
            for column, value in enumerate(values):
                self.table.setItem(position, column, QTableWidgetItem(value))
        writable = counts["add"] + counts["update"]
        self.apply_button.setText(self.tr("&Nhập {0} dòng").format(writable))
        self.apply_button.setEnabled(writable > 0)
        self.rejects_button.setEnabled(counts["reject"] > 0)

    def apply(self) -> None:
        if self._path is None:
            return
        path, preview = self._path, self._preview
        self._busy(True, self.tr("Đang nhập…"))
        self._controller.call(
            lambda ws: ws.roster_import.apply(path, preview),
            self._applied,
            self._failed,
            changes=True,
        )

    def _applied(self, result: Any) -> None:
        self._busy(False)
        self.apply_button.setEnabled(False)
        self.summary.setText(
            self.tr(
                "Đã nhập: {0} người mới, {1} cập nhật; {2} dòng bị từ chối (chưa nhập). "
                "Thêm {3} thôn, {4} tổ. Bản sao lưu trước khi nhập: {5}"
            ).format(
                result.added,
                result.updated,
                result.rejected,
                result.villages_created,
                result.teams_created,
                result.backup or "—",
            )
        )

    def save_rejects(self) -> None:
        if self._preview is None or self._path is None:
            return
        suggested = self._path.with_name(self._path.stem + "-loi.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu các dòng lỗi"), str(suggested), "Excel (*.xlsx)"
        )
        if not name:
            return
        preview = self._preview

        def saved(count: object) -> None:
            self.summary.setText(
                self.tr(
                    "Đã lưu {0} dòng lỗi vào {1}. Sửa theo cột \u201cLỗi\u201d rồi nhập lại tệp đó."
                ).format(count, name)
            )

        self._controller.call(
            lambda ws: ws.roster_import.save_rejected(preview, Path(name)), saved, self._failed
        )
