"""Background work off the GUI thread: one serial lane for the database, one for files.

SQLite serialises writers anyway; one database lane removes "database is locked" surprises
(Anki's task manager). Results come back by signal on the GUI thread; no widget is ever
touched from a worker.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # reported on the GUI thread, never lost
            log.debug("Task failed: %s", "".join(traceback.format_exception(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    """``run(work, on_success, on_failure, lane="db"|"files")``."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_lane = QThreadPool(self)
        self._db_lane.setMaxThreadCount(1)
        self._file_lane = QThreadPool(self)
        self._file_lane.setMaxThreadCount(2)
        self._running: set[_Task] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        lane: str = "db",
    ) -> None:
        task = _Task(work)
        self._running.add(task)  # keep the runnable (and its signals) alive until it reports

        def _done(_value: object) -> None:
            self._running.discard(task)
            if not self._running:
                self.busy_changed.emit(False)

        if on_success is not None:
            task.signals.succeeded.connect(on_success)
        if on_failure is not None:
            task.signals.failed.connect(on_failure)
        else:
            task.signals.failed.connect(_raise_on_gui_thread)
        task.signals.succeeded.connect(_done)
        task.signals.failed.connect(_done)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        (self._db_lane if lane == "db" else self._file_lane).start(task)

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        return self._db_lane.waitForDone(msecs) and self._file_lane.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs work at once on the calling thread: for widget tests (Picard's FakeThreadPool)."""

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        lane: str = "db",
    ) -> None:
        try:
            result = work()
        except Exception as exc:
            if on_failure is None:
                raise
            on_failure(exc)
        else:
            if on_success is not None:
                on_success(result)


def _raise_on_gui_thread(exc: object) -> None:
    if isinstance(exc, BaseException):
        raise exc
