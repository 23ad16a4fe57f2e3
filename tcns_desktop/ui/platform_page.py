"""Nền tảng, dịch vụ: the pick list the activity form offers (VNeID, the public-service
portals, e-payment, e-commerce platforms …), kept by the clerk or the upper level."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.activity_records import PlatformRecord
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.ui.error_reporting import problem_lines
from tcns_desktop.ui.workspace_controller import WorkspaceController

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class PlatformPage(QWidget):
    status_message = Signal(str)

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._platforms: list[PlatformRecord] = []
        self.interactive = True
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm nền tảng, dịch vụ…"))
        self.search.textChanged.connect(lambda _t: self._show_rows())
        self.list = QListWidget()
        self.list.setObjectName("platformList")
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_platform())
        self.add_button = QPushButton(self.tr("&Thêm…"))
        self.rename_button = QPushButton(self.tr("Đổi &tên…"))
        self.toggle_button = QPushButton(self.tr("&Ngừng dùng / dùng lại"))
        self.add_button.clicked.connect(self.add_platform)
        self.rename_button.clicked.connect(self.rename_platform)
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Nền tảng ngừng dùng không còn hiện khi nhập hoạt động mới; các hoạt động "
                    "đã ghi vẫn giữ tên nền tảng."
                )
            )
        )
        layout.addLayout(buttons)

    def reload(self) -> None:
        if not self._controller.is_open:
            return
        self._controller.call(
            lambda workspace: workspace.activities.platforms(include_inactive=True), self._show
        )

    def _show(self, platforms: list[PlatformRecord]) -> None:
        self._platforms = platforms
        self._show_rows()

    def _show_rows(self) -> None:
        words = fold_for_search(self.search.text()).split()
        current = self.selected()
        self.list.clear()
        for platform in self._platforms:
            if not all(word in fold_for_search(platform.name) for word in words):
                continue
            text = (
                platform.name
                if platform.active
                else self.tr("{0} (ngừng dùng)").format(platform.name)
            )
            item = QListWidgetItem(text)
            item.setData(RECORD_ROLE, platform.id)
            if not platform.active:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)
            if current is not None and platform.id == current.id:
                self.list.setCurrentItem(item)

    def selected(self) -> PlatformRecord | None:
        item = self.list.currentItem()
        platform_id = item.data(RECORD_ROLE) if item is not None else None
        return next((p for p in self._platforms if p.id == platform_id), None)

    def add_platform(self, name: str | None = None) -> None:
        if name is None:
            name, accepted = QInputDialog.getText(
                self, self.tr("Thêm nền tảng, dịch vụ"), self.tr("Tên:")
            )
            if not accepted:
                return
        typed = name
        self._call(
            lambda workspace: workspace.activities.add_platform(typed),
            self.tr("Đã thêm “{0}”."),
        )

    def rename_platform(self, name: str | None = None) -> None:
        platform = self.selected()
        if platform is None:
            return
        if name is None:
            name, accepted = QInputDialog.getText(
                self, self.tr("Đổi tên nền tảng, dịch vụ"), self.tr("Tên mới:"), text=platform.name
            )
            if not accepted:
                return
        typed = name
        self._call(
            lambda workspace: workspace.activities.rename_platform(platform.id, typed),
            self.tr("Đã đổi tên thành “{0}”."),
        )

    def toggle_active(self) -> None:
        platform = self.selected()
        if platform is None:
            return
        active = not platform.active
        self._call(
            lambda workspace: workspace.activities.set_platform_active(platform.id, active),
            self.tr("Đã dùng lại “{0}”.") if active else self.tr("Đã ngừng dùng “{0}”."),
        )

    def _call(self, work: Any, done_text: str) -> None:
        def failed(exc: BaseException) -> None:
            text = "\n".join(problem_lines(exc))
            self.status_message.emit(text)
            if self.interactive:
                QMessageBox.warning(self, self.tr("Không thực hiện được"), text)

        self._controller.call(
            work,
            lambda record: self.status_message.emit(done_text.format(record.name)),
            failed,
            changes=True,
        )
