"""Composition root of the window: paths, logging, Qt, translators, error reporter, main window.

The window is shown first; the database is opened right after, on the database lane, so the
clerk sees the program at once even with a large province database.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from tcns_desktop import APP_AUTHOR, APP_NAME, __version__
from tcns_desktop.logging_setup import configure_logging
from tcns_desktop.paths import AppPaths, resource_path
from tcns_desktop.preferences import Preferences

log = logging.getLogger(__name__)


def run_gui(
    paths: AppPaths,
    preferences: Preferences,
    *,
    language: str,
    exit_when: str | None = None,
    timing_file: Path | None = None,
) -> int:
    """Show the main window and run the event loop.

    ``exit_when`` ("shown" or "ready") and ``timing_file`` serve the start-up benchmark: the
    moments (``time.time()``) the window was shown and the data was on screen are written to
    the file and the program quits.
    """
    from PySide6.QtWidgets import QApplication

    from tcns_desktop.ui.error_reporting import ErrorReporter
    from tcns_desktop.ui.main_window import MainWindow
    from tcns_desktop.ui.tasks import TaskRunner
    from tcns_desktop.ui.translations import install_translators
    from tcns_desktop.ui.workspace_controller import WorkspaceController

    paths.ensure()
    configure_logging(paths)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    translators = install_translators(app, language)
    reporter = ErrorReporter()
    reporter.install()
    tasks = TaskRunner()
    controller = WorkspaceController(paths, preferences, tasks)
    window = MainWindow(controller, reporter, interactive=exit_when is None)
    reporter.set_parent_window(window)
    reporter.interactive = exit_when is None
    window.first_shown.connect(controller.open)
    moments: dict[str, float] = {}
    if exit_when is not None:

        def record(name: str) -> None:
            moments[name] = time.time()
            if name == exit_when:
                if timing_file is not None:
                    timing_file.write_text(json.dumps(moments), encoding="utf-8")
                window.close()

        window.first_shown.connect(lambda: record("shown"))
        window.ready.connect(lambda: record("ready"))
    window.show()
    code = app.exec()
    del translators
    return int(code)


def smoke_test() -> int:
    """Prove an installed (or frozen) program works: database, fonts, translations, window.

    Creates a database in a temporary folder, migrates it, loads the bundled fonts and the
    translations, builds the main window offscreen, and exits 0 (1 with a message otherwise).
    """
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from tcns_desktop.services.workspace import Workspace
    from tcns_desktop.translation_catalog import load_catalog
    from tcns_desktop.ui.error_reporting import ErrorReporter
    from tcns_desktop.ui.main_window import MainWindow
    from tcns_desktop.ui.tasks import InlineTaskRunner
    from tcns_desktop.ui.translations import install_translators
    from tcns_desktop.ui.workspace_controller import WorkspaceController

    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tcns-smoke-") as folder:
        paths = AppPaths.in_folder(Path(folder))
        workspace, _report = Workspace.open(paths, Preferences())
        summary = workspace.summary()
        workspace.close()
        if summary.site.site_id == "":
            problems.append("no site id")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        fonts = sorted(resource_path("fonts").glob("*.ttf"))
        for font in fonts:
            if QFontDatabase.addApplicationFont(str(font)) < 0:
                problems.append(f"font not loadable: {font.name}")
        assert isinstance(app, QApplication)
        if not install_translators(app, "en"):
            problems.append("English translation (.qm) not loadable")
        if len(load_catalog("en")) == 0:
            problems.append("English catalogue (.ts) empty")
        controller = WorkspaceController(paths, Preferences(), InlineTaskRunner())
        window = MainWindow(controller, ErrorReporter(), interactive=False)
        controller.open()
        window.close()
    if problems:
        print("SMOKE TEST FAILED: " + "; ".join(problems), file=sys.stderr)  # noqa: T201
        return 1
    print(f"{APP_NAME} {__version__}: smoke test ok ({len(fonts)} fonts)")  # noqa: T201
    return 0
