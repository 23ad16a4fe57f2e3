"""About box: version, data folder, licences."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tcns_desktop import APP_NAME, __version__
from tcns_desktop.paths import AppPaths


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, paths: AppPaths) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu {0}").format(APP_NAME))
        text = QLabel(
            "<h2>{name} {version}</h2><p>{what}</p><p>{data}<br><code>{folder}</code></p>"
            "<p><small>Python {py} · Qt for Python {qt}</small></p>".format(
                name=APP_NAME,
                version=__version__,
                what=self.tr(
                    "Quản lý Tổ công nghệ số cộng đồng cấp xã: tổ và thành viên, bồi dưỡng, "
                    "hoạt động, Quyết định, báo cáo và gửi dữ liệu lên cấp trên — "
                    "làm việc không cần mạng Internet."
                ),
                data=self.tr("Thư mục dữ liệu:"),
                folder=paths.data_dir,
                py=platform.python_version(),
                qt=pyside_version,
            )
        )
        text.setWordWrap(True)
        text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
