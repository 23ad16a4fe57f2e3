"""The QApplication and the main window, built from what the composition root hands over."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from tcns_desktop import APP_AUTHOR, APP_NAME, __version__
from tcns_desktop.paths import AppPaths, resource_path
from tcns_desktop.preferences import Preferences
from tcns_desktop.ui.error_reporting import ErrorReporter
from tcns_desktop.ui.main_window import MainWindow
from tcns_desktop.ui.tasks import InlineTaskRunner, TaskRunner
from tcns_desktop.ui.translations import install_translators
from tcns_desktop.ui.workspace_controller import WorkspaceController


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    return app


def run_window(
    paths: AppPaths,
    preferences: Preferences,
    language: str,
    exit_when: str | None,
    timing_file: Path | None,
) -> int:
    app = _application()
    translators = install_translators(app, language)
    reporter = ErrorReporter()
    reporter.install()
    controller = WorkspaceController(paths, preferences, TaskRunner())
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


def check_window(paths: AppPaths) -> list[str]:
    """Fonts, translations and the main window on ``paths`` (for the smoke test)."""
    problems: list[str] = []
    app = _application()
    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    if not fonts:
        problems.append("no bundled fonts")
    for font in fonts:
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            problems.append(f"font not loadable: {font.name}")
    translators = install_translators(app, "en")
    # Qt's own qtbase_en always loads; check that the program's own .qm is in effect.
    if QCoreApplication.translate("MainWindow", "Tổng quan") != "Overview":
        problems.append("English translation (tcns_en.qm) not loadable")
    for translator in translators:
        app.removeTranslator(translator)
    controller = WorkspaceController(paths, Preferences(), InlineTaskRunner())
    reporter = ErrorReporter()
    reporter.interactive = False
    window = MainWindow(controller, reporter, interactive=False)
    controller.open()
    if not controller.is_open:
        problems.append("main window could not open the database: " + "; ".join(reporter.shown))
    window.close()
    return problems
