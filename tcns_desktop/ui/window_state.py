"""Window geometry and splitter state remembered between sessions (an INI file in config)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


class WindowState:
    def __init__(self, file: Path) -> None:
        self._settings = QSettings(str(file), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow) -> bool:
        geometry = self._settings.value("main/geometry")
        state = self._settings.value("main/state")
        restored = False
        if geometry is not None:
            restored = window.restoreGeometry(geometry)
        if state is not None:
            window.restoreState(state)
        for splitter in window.findChildren(QSplitter):
            value = self._settings.value(f"splitters/{splitter.objectName()}")
            if value is not None and splitter.objectName():
                splitter.restoreState(value)
        return restored

    def save(self, window: QMainWindow) -> None:
        self._settings.setValue("main/geometry", window.saveGeometry())
        self._settings.setValue("main/state", window.saveState())
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self._settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        self._settings.setValue("main/page", window.property("current_page") or 0)
        self._settings.sync()

    def page(self) -> int:
        value = self._settings.value("main/page", 0)
        try:
            return int(str(value))
        except ValueError:
            return 0
