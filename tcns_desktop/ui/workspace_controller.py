"""The window's handle on the open database: every service call runs on the database lane.

Services are imported lazily (inside the lane) so the window appears before SQLAlchemy and
Alembic are even loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tcns_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)


class WorkspaceController(QObject):
    opened = Signal(object)  # OpenReport
    open_failed = Signal(object)  # the exception
    data_changed = Signal()
    failed = Signal(object)  # an exception from a service call without its own handler

    def __init__(self, paths: AppPaths, preferences: Preferences, tasks: TaskRunner) -> None:
        super().__init__()
        self.paths = paths
        self.preferences = preferences
        self.tasks = tasks
        self._workspace: Workspace | None = None

    @property
    def is_open(self) -> bool:
        return self._workspace is not None

    def open(self) -> None:
        def work() -> Any:
            from tcns_desktop.services.workspace import Workspace

            return Workspace.open(self.paths, self.preferences)

        self.tasks.run(work, self._on_opened, self.open_failed.emit)

    def _on_opened(self, result: Any) -> None:
        workspace, report = result
        self._workspace = workspace
        self.opened.emit(report)

    def call(
        self,
        work: Callable[[Workspace], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        changes: bool = False,
    ) -> None:
        """Run ``work(workspace)`` on the database lane; ``changes`` refreshes the views."""
        workspace = self._workspace
        if workspace is None:
            return

        def succeeded(result: Any) -> None:
            if on_success is not None:
                on_success(result)
            if changes:
                self.data_changed.emit()

        self.tasks.run(lambda: work(workspace), succeeded, on_failure or self.failed.emit)

    def restore(
        self,
        backup_file: Path,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Close the database, restore the backup, open it again (all on the database lane)."""
        workspace = self._workspace
        self._workspace = None

        def work() -> Any:
            from tcns_desktop.services import maintenance
            from tcns_desktop.services.workspace import Workspace

            if workspace is not None:
                workspace.close()
            report = maintenance.restore_backup(self.paths, backup_file)
            reopened, _ = Workspace.open(self.paths, self.preferences)
            return reopened, report

        def done(result: Any) -> None:
            reopened, report = result
            self._workspace = reopened
            on_success(report)
            self.data_changed.emit()

        def failed(exc: BaseException) -> None:
            # Whatever happened, try to get back to a usable database.
            self.open()
            (on_failure or self.failed.emit)(exc)

        self.tasks.run(work, done, failed)

    def set_damaged_aside_and_open(self) -> None:
        def work() -> Any:
            from tcns_desktop.services import maintenance

            return maintenance.set_damaged_database_aside(self.paths)

        self.tasks.run(work, lambda _aside: self.open(), self.open_failed.emit)

    def restore_latest_and_open(self, on_done: Callable[[Any], None]) -> None:
        def work() -> Any:
            from tcns_desktop.services import maintenance

            record = maintenance.latest_good_backup(self.paths)
            if record is None:
                return None
            return maintenance.restore_backup(self.paths, Path(record.path))

        def done(report: Any) -> None:
            on_done(report)
            if report is not None:
                self.open()

        self.tasks.run(work, done, self.open_failed.emit)

    def latest_good_backup(self, on_done: Callable[[Any], None]) -> None:
        def work() -> Any:
            from tcns_desktop.services import maintenance

            return maintenance.latest_good_backup(self.paths)

        self.tasks.run(work, on_done, self.open_failed.emit)

    def close(self) -> None:
        """Synchronous: called when the window closes."""
        self.tasks.wait_until_idle()
        if self._workspace is not None:
            try:
                self._workspace.close()
            except Exception:
                log.exception("Closing the workspace failed")
            self._workspace = None
