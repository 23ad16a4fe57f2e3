"""A work area whose screens arrive in a later release; says so plainly, never pretends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class AreaPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(description)
        body.setWordWrap(True)
        note = QLabel(self.tr("Chức năng của mục này đang được xây dựng cho phiên bản tiếp theo."))
        note.setStyleSheet("color: #8a5a00;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
