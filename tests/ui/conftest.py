from collections.abc import Iterator

import pytest

from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.ui.error_reporting import ErrorReporter
from tcns_desktop.ui.main_window import MainWindow
from tcns_desktop.ui.tasks import InlineTaskRunner
from tcns_desktop.ui.workspace_controller import WorkspaceController


@pytest.fixture
def controller(paths: AppPaths) -> Iterator[WorkspaceController]:
    created = WorkspaceController(paths, Preferences(), InlineTaskRunner())
    yield created
    created.close()


@pytest.fixture
def window(qtbot, controller: WorkspaceController) -> MainWindow:
    reporter = ErrorReporter()
    reporter.interactive = False
    created = MainWindow(controller, reporter, interactive=False)
    qtbot.addWidget(created)
    return created
