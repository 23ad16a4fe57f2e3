"""Danh mục chỉ số: the indicator catalogue, its edits, and the catalogue file in and out.

The upper level keeps one standard catalogue and sends it to its communes as a file; a
commune imports it after a preview (what is added, changed, refused) and nothing changes
until the clerk confirms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.activity_records import (
    CatalogueAction,
    CataloguePreview,
    IndicatorInput,
    IndicatorRecord,
)
from tcns_desktop.domain.enums import Aggregation, Pillar
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.ui.error_reporting import problem_lines
from tcns_desktop.ui.labels import as_enum, label
from tcns_desktop.ui.workspace_controller import WorkspaceController

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
_ACTION_LABELS = {
    CatalogueAction.ADD: QT_TRANSLATE_NOOP("CataloguePreviewDialog", "Thêm mới"),
    CatalogueAction.UPDATE: QT_TRANSLATE_NOOP("CataloguePreviewDialog", "Cập nhật"),
    CatalogueAction.UNCHANGED: QT_TRANSLATE_NOOP("CataloguePreviewDialog", "Không đổi"),
    CatalogueAction.REJECT: QT_TRANSLATE_NOOP("CataloguePreviewDialog", "Bị từ chối"),
}


class IndicatorDialog(QDialog):
    def __init__(self, parent: QWidget | None, indicator: IndicatorRecord | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa chỉ số") if indicator else self.tr("Thêm chỉ số"))
        self.setMinimumWidth(520)
        self.code = QLineEdit(indicator.code if indicator else "")
        self.code.setReadOnly(indicator is not None)
        self.code.setToolTip(self.tr("Mã không đổi được: các xã nhận biết chỉ số theo mã."))
        self.name = QLineEdit(indicator.name if indicator else "")
        self.unit = QLineEdit(indicator.unit if indicator else "")
        self.pillar = QComboBox()
        for pillar in Pillar:
            self.pillar.addItem(label(pillar), pillar.value)
        self.aggregation = QComboBox()
        for aggregation in Aggregation:
            self.aggregation.addItem(label(aggregation), aggregation.value)
        self.description = QPlainTextEdit(indicator.description if indicator else "")
        self.description.setMaximumHeight(80)
        if indicator is not None:
            self.pillar.setCurrentIndex(max(0, self.pillar.findData(indicator.pillar.value)))
            self.aggregation.setCurrentIndex(
                max(0, self.aggregation.findData(indicator.aggregation.value))
            )
        form = QFormLayout()
        form.addRow(self.tr("&Mã:"), self.code)
        form.addRow(self.tr("&Tên chỉ số:"), self.name)
        form.addRow(self.tr("Đơn &vị tính:"), self.unit)
        form.addRow(self.tr("Trụ &cột:"), self.pillar)
        form.addRow(self.tr("Cách &cộng dồn:"), self.aggregation)
        form.addRow(self.tr("&Ghi chú:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> IndicatorInput:
        return IndicatorInput(
            code=self.code.text(),
            name=self.name.text(),
            unit=self.unit.text(),
            pillar=as_enum(self.pillar.currentData(), Pillar, Pillar.DIGITAL_SOCIETY)
            or Pillar.DIGITAL_SOCIETY,
            aggregation=as_enum(self.aggregation.currentData(), Aggregation, Aggregation.SUM)
            or Aggregation.SUM,
            description=self.description.toPlainText(),
        )


class CataloguePreviewDialog(QDialog):
    """The dry run of a catalogue import; "Nhập" applies it."""

    def __init__(self, parent: QWidget | None, preview: CataloguePreview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập danh mục chỉ số — xem trước"))
        self.resize(760, 460)
        summary = QLabel(
            self.tr(
                "Tệp {0}: {1} thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối. "
                "Chưa có gì được ghi cho đến khi bấm Nhập."
            ).format(
                preview.file_name,
                preview.count(CatalogueAction.ADD),
                preview.count(CatalogueAction.UPDATE),
                preview.count(CatalogueAction.UNCHANGED),
                preview.count(CatalogueAction.REJECT),
            )
        )
        summary.setWordWrap(True)
        table = QTableWidget(len(preview.rows), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Mã"), self.tr("Tên"), self.tr("Kết quả"), self.tr("Chi tiết")]
        )
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, item in enumerate(preview.rows):
            details = "; ".join((*item.errors, *item.changes))
            for column, text in enumerate(
                (item.code, item.name, self.tr(str(_ACTION_LABELS[item.action])), details)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        for problem in preview.problems:
            layout.addWidget(QLabel(problem))
        layout.addWidget(table)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            self.tr("&Nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.setEnabled(
            any(row.action in (CatalogueAction.ADD, CatalogueAction.UPDATE) for row in preview.rows)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class IndicatorPage(QWidget):
    status_message = Signal(str)

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._indicators: list[IndicatorRecord] = []
        self.interactive = True
        self.last_dialog: QDialog | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm chỉ số theo mã hoặc tên…"))
        self.search.textChanged.connect(lambda _t: self._show_rows())
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("indicatorTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Tên chỉ số"),
                self.tr("Đơn vị"),
                self.tr("Trụ cột"),
                self.tr("Cộng dồn"),
                self.tr("Đang dùng"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.doubleClicked.connect(lambda _i: self.edit_indicator())
        self.add_button = QPushButton(self.tr("&Thêm chỉ số…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.toggle_button = QPushButton(self.tr("&Ngừng dùng / dùng lại"))
        self.export_button = QPushButton(self.tr("&Xuất danh mục…"))
        self.import_button = QPushButton(self.tr("Nhập &danh mục…"))
        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button.clicked.connect(self.edit_indicator)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.export_button.clicked.connect(self.export_catalogue)
        self.import_button.clicked.connect(self.import_catalogue)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Chỉ số ngừng dùng không còn hiện khi nhập hoạt động; số liệu đã báo cáo "
                    "vẫn được giữ. Để trống kết quả nghĩa là “không có số liệu”, khác với 0."
                )
            )
        )
        layout.addLayout(buttons)

    def reload(self) -> None:
        if not self._controller.is_open:
            return
        self._controller.call(
            lambda workspace: workspace.indicators.catalogue(include_inactive=True), self._show
        )

    def _show(self, indicators: list[IndicatorRecord]) -> None:
        self._indicators = indicators
        self._show_rows()

    def _show_rows(self) -> None:
        words = fold_for_search(self.search.text()).split()
        shown = [
            i
            for i in self._indicators
            if all(word in fold_for_search(f"{i.code} {i.name}") for word in words)
        ]
        self.table.setRowCount(len(shown))
        for row, indicator in enumerate(shown):
            texts = (
                indicator.code,
                indicator.name,
                indicator.unit,
                label(indicator.pillar),
                label(indicator.aggregation),
                self.tr("Có") if indicator.active else self.tr("Ngừng dùng"),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ROLE, indicator.id)
                if not indicator.active:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)

    def selected(self) -> IndicatorRecord | None:
        item = self.table.item(self.table.currentRow(), 0)
        indicator_id = item.data(RECORD_ROLE) if item is not None else None
        return next((i for i in self._indicators if i.id == indicator_id), None)

    def add_indicator(self) -> None:
        dialog = IndicatorDialog(self)
        self.last_dialog = dialog
        if self.interactive and dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_indicator(dialog.value())

    def edit_indicator(self) -> None:
        indicator = self.selected()
        if indicator is None:
            return
        dialog = IndicatorDialog(self, indicator)
        self.last_dialog = dialog
        if self.interactive and dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_indicator(dialog.value(), indicator.id)

    def save_indicator(self, data: IndicatorInput, indicator_id: str | None = None) -> None:
        """Add (no id) or change an indicator; a refused entry is explained, not lost."""

        def work(workspace: Any) -> Any:
            if indicator_id is None:
                return workspace.indicators.add(data)
            return workspace.indicators.update(indicator_id, data)

        self._controller.call(
            work,
            lambda record: self.status_message.emit(
                self.tr("Đã lưu chỉ số {0}.").format(record.code)
            ),
            self._failed,
            changes=True,
        )

    def toggle_active(self) -> None:
        indicator = self.selected()
        if indicator is None:
            return
        active = not indicator.active
        self._controller.call(
            lambda workspace: workspace.indicators.set_active(indicator.id, active),
            lambda _r: self.status_message.emit(
                self.tr("Đã dùng lại chỉ số.") if active else self.tr("Đã ngừng dùng chỉ số.")
            ),
            self._failed,
            changes=True,
        )

    def export_catalogue(self, target: Path | None = None) -> None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Xuất danh mục chỉ số"),
                "danh-muc-chi-so.json",
                self.tr("Danh mục chỉ số (*.json)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        path = target
        self._controller.call(
            lambda workspace: workspace.indicators.export_catalogue(path),
            lambda written: self.status_message.emit(
                self.tr("Đã xuất danh mục ra {0}.").format(written)
            ),
            self._failed,
        )

    def import_catalogue(self, source: Path | None = None) -> None:
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Nhập danh mục chỉ số"),
                "",
                self.tr("Danh mục chỉ số (*.json)"),
            )
            if not chosen:
                return
            source = Path(chosen)
        path = source

        def previewed(preview: CataloguePreview) -> None:
            dialog = CataloguePreviewDialog(self, preview)
            self.last_dialog = dialog
            if self.interactive and dialog.exec() != QDialog.DialogCode.Accepted:
                return
            if not dialog.apply_button.isEnabled():
                return
            self._controller.call(
                lambda workspace: workspace.indicators.apply_import(path),
                lambda result: self.status_message.emit(
                    self.tr("Đã nhập danh mục: {0} thêm mới, {1} cập nhật, {2} bị từ chối.").format(
                        result.added, result.updated, result.rejected
                    )
                ),
                self._failed,
                changes=True,
            )

        self._controller.call(
            lambda workspace: workspace.indicators.preview_import(path), previewed, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        text = "\n".join(problem_lines(exc))
        self.status_message.emit(text)
        if self.interactive:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), text)
