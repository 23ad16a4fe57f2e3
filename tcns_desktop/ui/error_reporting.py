"""One error reporter: every uncaught exception is logged and shown on the GUI thread.

Typed ``TcnsError``s carry a Vietnamese message and are shown as they are; anything else is an
"unexpected error" with the details a technician needs, copyable.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tcns_desktop.errors import TcnsError

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread."""

    reported = Signal(object, str)

    def __init__(self, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self.shown: list[str] = []  # what was shown, for tests and the log
        self.interactive = True
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_parent_window(self, window: QWidget | None) -> None:
        self._parent_window = window

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def report(self, exc: BaseException) -> None:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        if isinstance(exc, TcnsError):
            log.warning("%s (%s)", exc.message, exc.detail)
        else:
            log.error("Unexpected error:\n%s", details)
        self.reported.emit(exc, details)

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self.report(exc)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value)

    @Slot(object, str)
    def _show(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, TcnsError):
            text = exc.message
            problems = getattr(exc, "problems", [])
            if problems:
                text += "\n\n" + "\n".join(f"• {p}" for p in problems)
        else:
            text = self.tr(
                "Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng.\n"
                "Hãy gửi chi tiết lỗi (nút Hiện chi tiết) cho cán bộ kỹ thuật."
            )
        self.shown.append(text)
        if not self.interactive or QApplication.instance() is None:
            return
        box = QMessageBox(self._parent_window)
        box.setIcon(
            QMessageBox.Icon.Warning if isinstance(exc, TcnsError) else QMessageBox.Icon.Critical
        )
        box.setWindowTitle(self.tr("TCNS Desktop — Lỗi"))
        box.setText(text)
        if not isinstance(exc, TcnsError):
            box.setDetailedText(details)
        box.exec()


def problem_lines(exc: BaseException) -> list[str]:
    """What a clerk reads about an action that failed: the service's problems (Vietnamese),
    or its message; an unexpected error gets a plain sentence, its details go to the log."""
    if isinstance(exc, TcnsError):
        return [str(problem) for problem in getattr(exc, "problems", [])] or [exc.message]
    log.error("Unexpected error in an action", exc_info=exc)
    return [
        QCoreApplication.translate(
            "ErrorReporter",
            "Đã xảy ra lỗi ngoài dự kiến; dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã được "
            "ghi vào nhật ký.",
        )
    ]
