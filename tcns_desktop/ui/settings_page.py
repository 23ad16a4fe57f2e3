"""Cài đặt: the commune profile, villages, preferences, backups and restore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import BackupReason
from tcns_desktop.preferences import Preferences, save_preferences
from tcns_desktop.ui.commune_form import CommuneForm
from tcns_desktop.ui.labels import translated
from tcns_desktop.ui.village_editor import VillageEditor
from tcns_desktop.ui.village_table_model import VillageRow
from tcns_desktop.ui.workspace_controller import WorkspaceController


class SettingsPage(QScrollArea):
    status_message = Signal(str)
    preferences_changed = Signal(object)

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._profile: Any = None
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)

        self.form = CommuneForm()
        self.save_profile_button = QPushButton(self.tr("&Lưu thông tin xã"))
        self.save_profile_button.clicked.connect(self.save_profile)
        profile_box = QGroupBox(self.tr("Thông tin xã"))
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.form)
        profile_layout.addWidget(self.save_profile_button)
        layout.addWidget(profile_box)

        self.villages = VillageEditor(persistent=True)
        self.villages.setMinimumHeight(260)
        self.villages.add_requested.connect(self._add_village)
        self.villages.edit_requested.connect(self._edit_village)
        self.villages.delete_requested.connect(self._delete_village)
        self.villages.merge_requested.connect(self._merge_village)
        self.villages.order_changed.connect(self._reorder_villages)
        villages_box = QGroupBox(self.tr("Thôn, tổ dân phố"))
        QVBoxLayout(villages_box).addWidget(self.villages)
        layout.addWidget(villages_box)

        prefs = controller.preferences
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.clerk_name = QLineEdit(prefs.clerk_name)
        self.clerk_name.setPlaceholderText(
            self.tr("Tên người nhập liệu (ghi vào nhật ký thay đổi)")
        )
        self.backups_to_keep = QSpinBox()
        self.backups_to_keep.setRange(1, 365)
        self.backups_to_keep.setValue(prefs.backups_to_keep)
        self.save_prefs_button = QPushButton(self.tr("Lưu &tùy chọn"))
        self.save_prefs_button.clicked.connect(self.save_preferences)
        prefs_box = QGroupBox(self.tr("Tùy chọn"))
        prefs_form = QFormLayout(prefs_box)
        prefs_form.addRow(self.tr("Ngôn ngữ"), self.language)
        prefs_form.addRow(self.tr("Người nhập liệu"), self.clerk_name)
        prefs_form.addRow(self.tr("Số bản sao lưu giữ lại (mỗi loại)"), self.backups_to_keep)
        prefs_form.addRow("", self.save_prefs_button)
        layout.addWidget(prefs_box)

        self.backup_list = QListWidget()
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.setMinimumHeight(140)
        self.backup_now_button = QPushButton(self.tr("Sao lưu &ngay"))
        self.restore_button = QPushButton(self.tr("&Khôi phục bản đã chọn…"))
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ &tệp khác…"))
        self.open_folder_button = QPushButton(self.tr("Mở thư mục sao lưu"))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self._restore_selected)
        self.restore_file_button.clicked.connect(self._restore_from_file)
        self.open_folder_button.clicked.connect(self._open_backup_folder)
        backup_box = QGroupBox(self.tr("Sao lưu và khôi phục"))
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addWidget(self.backup_list)
        buttons = QHBoxLayout()
        for button in (
            self.backup_now_button,
            self.restore_button,
            self.restore_file_button,
            self.open_folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backup_layout.addLayout(buttons)
        layout.addWidget(backup_box)
        layout.addStretch(1)
        self.setWidget(body)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self._controller.call(lambda ws: ws.commune.profile(), self._show_profile)
        self._controller.call(lambda ws: _backups(ws), self._show_backups)

    def _show_profile(self, profile: Any) -> None:
        self._profile = profile
        if profile is None:
            return
        self.form.set_values(profile.as_setup())
        names = {v.id: v.name for v in profile.villages}
        self.villages.set_rows(
            [
                VillageRow(
                    name=v.name,
                    kind=v.kind,
                    code=v.code,
                    id=v.id,
                    active=v.active,
                    merged_into=names.get(v.merged_into_id, "") if v.merged_into_id else "",
                )
                for v in profile.villages
            ]
        )

    def _show_backups(self, records: Any) -> None:
        self.backup_list.clear()
        for record in records:
            reason = translated(BackupReason.label_of(record.reason))
            item = QListWidgetItem(
                f"{record.created_at} — {reason} — {record.size_bytes / 1024:,.0f} KB"
            )
            item.setData(256, record.path)
            self.backup_list.addItem(item)

    # --- actions -------------------------------------------------------------------------

    def save_profile(self) -> None:
        base = self._profile.as_setup() if self._profile is not None else None
        setup = self.form.values(base)
        self._controller.call(
            lambda ws: ws.commune.save_setup(setup), self._on_profile_saved, changes=True
        )

    def _on_profile_saved(self, profile: Any) -> None:
        self._show_profile(profile)
        self.status_message.emit(self.tr("Đã lưu thông tin xã."))

    def _after_village_change(self, _result: object) -> None:
        self.reload()

    def _add_village(self, row: VillageRow) -> None:
        self._controller.call(
            lambda ws: ws.commune.add_village(row.name, row.kind, row.code),
            self._after_village_change,
            changes=True,
        )

    def _edit_village(self, row: VillageRow) -> None:
        village_id = row.id
        if village_id is None:
            return
        self._controller.call(
            lambda ws: ws.commune.update_village(village_id, row.name, row.kind, row.code),
            self._after_village_change,
            changes=True,
        )

    def _delete_village(self, row: VillageRow) -> None:
        village_id = row.id
        if village_id is None:
            return
        self._controller.call(
            lambda ws: ws.commune.delete_village(village_id),
            self._after_village_change,
            changes=True,
        )

    def _merge_village(self, row: VillageRow, target_id: str, merged_on: Any) -> None:
        source_id = row.id
        if source_id is None:
            return
        self._controller.call(
            lambda ws: ws.commune.merge_villages(source_id, target_id, merged_on),
            self._after_village_change,
            changes=True,
        )

    def _reorder_villages(self, ids: list[str]) -> None:
        self._controller.call(lambda ws: ws.commune.reorder_villages(ids), changes=True)

    def save_preferences(self) -> None:
        old = self._controller.preferences
        language = str(self.language.currentData())
        prefs: Preferences = old.with_changes(
            language=language,
            clerk_name=self.clerk_name.text().strip(),
            backups_to_keep=self.backups_to_keep.value(),
        )
        save_preferences(self._controller.paths.preferences_file, prefs)
        self._controller.preferences = prefs
        self._controller.call(lambda ws: ws.use_preferences(prefs))
        self.preferences_changed.emit(prefs)
        if language != old.language:
            QMessageBox.information(
                self,
                self.tr("Ngôn ngữ"),
                self.tr("Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau."),
            )
        self.status_message.emit(self.tr("Đã lưu tùy chọn."))

    def backup_now(self) -> None:
        keep = self._controller.preferences.backups_to_keep
        self._controller.call(lambda ws: ws.backup("manual", keep=keep), self._on_backed_up)

    def _on_backed_up(self, path: Any) -> None:
        self.status_message.emit(self.tr("Đã sao lưu vào {0}").format(path))
        self.reload()

    def _restore_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            QMessageBox.information(
                self, self.tr("Khôi phục"), self.tr("Hãy chọn một bản sao lưu trong danh sách.")
            )
            return
        self.confirm_and_restore(Path(str(item.data(256))), item.text())

    def _restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp sao lưu"),
            str(self._controller.paths.backup_dir),
            self.tr("Tệp dữ liệu TCNS (*.sqlite3);;Tất cả các tệp (*)"),
        )
        if name:
            self.confirm_and_restore(Path(name), name)

    def confirm_and_restore(self, path: Path, label: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục dữ liệu"),
            self.tr(
                "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu:\n{0}?\n\n"
                "Dữ liệu hiện tại sẽ được sao lưu trước (loại \u201cTrước khi khôi phục\u201d), "
                "nên có thể quay lại nếu cần."
            ).format(label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._controller.restore(path, self._on_restored)

    def _on_restored(self, _report: Any) -> None:
        self.status_message.emit(self.tr("Đã khôi phục dữ liệu từ bản sao lưu."))
        self.reload()

    def _open_backup_folder(self) -> None:
        folder = self._controller.paths.backup_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _backups(workspace: Any) -> Any:
    from tcns_desktop.services import maintenance

    return maintenance.backups(workspace.paths)
