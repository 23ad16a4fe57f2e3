"""Editing the list of villages: typed in the wizard, or saved through services in settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.commune_rules import guess_village_kind
from tcns_desktop.domain.enums import VillageKind
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search
from tcns_desktop.ui.labels import as_enum, label
from tcns_desktop.ui.village_table_model import (
    RECORD_ROLE,
    FoldedFilterProxyModel,
    VillageColumn,
    VillageRow,
    VillageTableModel,
    renamed,
)


class VillageDialog(QDialog):
    """Name, kind and code of one village."""

    def __init__(self, parent: QWidget | None, row: VillageRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa thôn") if row else self.tr("Thêm thôn, tổ dân phố"))
        self.name = QLineEdit(row.name if row else "")
        self.kind = QComboBox()
        for kind in VillageKind:
            self.kind.addItem(label(kind), kind)
        if row:
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.code = QLineEdit(row.code if row else "")
        self.name.textEdited.connect(self._on_name_edited)
        form = QFormLayout(self)
        form.addRow(self.tr("Tên (*)"), self.name)
        form.addRow(self.tr("Loại"), self.kind)
        form.addRow(self.tr("Mã (nếu có)"), self.code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_name_edited(self, text: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(guess_village_kind(text, self.kind_value())))

    def kind_value(self) -> VillageKind:
        value = self.kind.currentData()
        return as_enum(value, VillageKind, VillageKind.THON) or VillageKind.THON

    def _accept(self) -> None:
        if not clean_text(self.name.text()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Tên thôn không được để trống."))
            return
        self.accept()

    def result_row(self, base: VillageRow | None = None) -> VillageRow:
        name, code = clean_text(self.name.text()), clean_text(self.code.text())
        if base is None:
            return VillageRow(name=name, kind=self.kind_value(), code=code)
        return renamed(base, name, self.kind_value(), code)


class MergeVillageDialog(QDialog):
    def __init__(self, parent: QWidget | None, source: VillageRow, targets: list[VillageRow]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sáp nhập thôn"))
        self.target = QComboBox()
        for row in targets:
            self.target.addItem(row.name, row.id)
        self.merged_on = QDateEdit(QDate.currentDate())
        self.merged_on.setDisplayFormat("dd/MM/yyyy")
        self.merged_on.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Thôn được sáp nhập"), QLineEdit(source.name, readOnly=True))
        form.addRow(self.tr("Sáp nhập vào"), self.target)
        form.addRow(self.tr("Từ ngày"), self.merged_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def target_id(self) -> str:
        return str(self.target.currentData())

    def merge_date(self) -> date:
        value = self.merged_on.date()
        return date(value.year(), value.month(), value.day())


class VillageEditor(QWidget):
    """A searchable village list with add / edit / delete / merge / reorder.

    With ``persistent=False`` (wizard) changes stay in the model; with ``persistent=True``
    (settings) each action is emitted as a request and the page saves it through services.
    """

    add_requested = Signal(object)  # VillageRow
    edit_requested = Signal(object)  # VillageRow with id
    delete_requested = Signal(object)
    merge_requested = Signal(object, str, object)  # source row, target id, date
    order_changed = Signal(list)  # ids in the new order

    def __init__(self, parent: QWidget | None = None, *, persistent: bool = False) -> None:
        super().__init__(parent)
        self._persistent = persistent
        self.model = VillageTableModel(self)
        self.proxy = FoldedFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm thôn (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            VillageColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.add_button = QPushButton(self.tr("&Thêm…"))
        self.paste_button = QPushButton(self.tr("Dán &danh sách…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa"))
        self.merge_button = QPushButton(self.tr("Sáp &nhập…"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.down_button = QPushButton(self.tr("Xuống"))
        self.merge_button.setVisible(persistent)
        self.add_button.clicked.connect(self._add)
        self.paste_button.clicked.connect(self._paste)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.merge_button.clicked.connect(self._merge)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self._add)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.paste_button,
            self.edit_button,
            self.delete_button,
            self.merge_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[VillageRow]) -> None:
        self.model.set_rows(rows)

    def rows(self) -> list[VillageRow]:
        return self.model.rows()

    def selected_position(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.proxy.mapToSource(indexes[0]).row()

    def selected_row(self) -> VillageRow | None:
        position = self.selected_position()
        if position is None:
            return None
        value = self.model.data(self.model.index(position, 0), RECORD_ROLE)
        return value if isinstance(value, VillageRow) else None

    def _exists(self, name: str, exclude: VillageRow | None = None) -> bool:
        key = fold_for_search(name)
        return any(fold_for_search(r.name) == key and r is not exclude for r in self.model.rows())

    def _add(self) -> None:
        dialog = VillageDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        row = dialog.result_row()
        if self._persistent:
            self.add_requested.emit(row)
        elif self._exists(row.name):
            QMessageBox.information(
                self, self.tr("Thôn"), self.tr("Thôn này đã có trong danh sách.")
            )
        else:
            self.model.append(row)

    def _paste(self) -> None:
        text, accepted = QInputDialog.getMultiLineText(
            self,
            self.tr("Dán danh sách thôn"),
            self.tr("Mỗi dòng một thôn, tổ dân phố (có thể dán từ Excel):"),
        )
        if not accepted:
            return
        for line in text.splitlines():
            name = clean_text(line.split("\t")[0])
            if not name or self._exists(name):
                continue
            row = VillageRow(name=name, kind=guess_village_kind(name))
            if self._persistent:
                self.add_requested.emit(row)
            else:
                self.model.append(row)

    def _edit(self) -> None:
        position = self.selected_position()
        row = self.selected_row()
        if position is None or row is None:
            return
        dialog = VillageDialog(self, row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        updated = dialog.result_row(row)
        if self._persistent:
            self.edit_requested.emit(updated)
        elif self._exists(updated.name, exclude=row):
            QMessageBox.information(
                self, self.tr("Thôn"), self.tr("Thôn này đã có trong danh sách.")
            )
        else:
            self.model.replace_row(position, updated)

    def _delete(self) -> None:
        position = self.selected_position()
        row = self.selected_row()
        if position is None or row is None:
            return
        if self._persistent:
            answer = QMessageBox.question(
                self,
                self.tr("Xóa thôn"),
                self.tr(
                    "Xóa thôn \u201c{0}\u201d khỏi danh sách?\n"
                    "Lịch sử các tổ và hoạt động của thôn vẫn được giữ lại."
                ).format(row.name),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.delete_requested.emit(row)
        else:
            self.model.remove(position)

    def _merge(self) -> None:
        row = self.selected_row()
        if row is None or row.id is None:
            return
        targets = [r for r in self.model.rows() if r.id and r.id != row.id and r.active]
        if not targets:
            QMessageBox.information(
                self, self.tr("Sáp nhập thôn"), self.tr("Không có thôn nào khác để sáp nhập vào.")
            )
            return
        dialog = MergeVillageDialog(self, row, targets)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merge_requested.emit(row, dialog.target_id(), dialog.merge_date())

    def _move(self, offset: int) -> None:
        position = self.selected_position()
        if position is None or self.search.text():
            return
        new_position = self.model.move(position, offset)
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(new_position, 0)).row())
        if self._persistent:
            self.order_changed.emit([r.id for r in self.model.rows() if r.id])

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
