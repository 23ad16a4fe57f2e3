"""Task runner, error reporter, translations."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tcns_desktop.errors import ValidationError
from tcns_desktop.paths import resource_path
from tcns_desktop.translation_catalog import load_catalog
from tcns_desktop.ui.error_reporting import ErrorReporter
from tcns_desktop.ui.tasks import TaskRunner
from tcns_desktop.ui.translations import install_translators


def test_task_runner_delivers_results_and_failures_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    results: list[object] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda: 6 * 7, results.append)
    assert results == [42]
    failures: list[BaseException] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda: 1 / 0, results.append, failures.append)
    assert isinstance(failures[0], ZeroDivisionError)


def test_error_reporter_shows_typed_errors_plainly(qtbot) -> None:
    reporter = ErrorReporter()
    reporter.interactive = False
    reporter.report(ValidationError("Thông tin xã chưa hợp lệ.", ["Mã xã sai."]))
    reporter.report(RuntimeError("boom"))
    qtbot.waitUntil(lambda: len(reporter.shown) == 2)
    assert reporter.shown[0].startswith("Thông tin xã chưa hợp lệ.")
    assert "• Mã xã sai." in reporter.shown[0]
    assert "ngoài dự kiến" in reporter.shown[1]


def test_every_text_has_an_english_translation() -> None:
    ts = resource_path("translations", "tcns_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    catalog = load_catalog("en")
    assert len(catalog) > 250
    assert catalog.translate("cli", "Tính toàn vẹn: tốt") == "Integrity: good"
    assert catalog.translate("labels", "Tổ trưởng") == "Team leader"


def test_compiled_english_translation_is_used_by_qt(qtbot) -> None:
    if not resource_path("translations", "tcns_en.qm").exists():
        pytest.fail("tcns_en.qm missing: scripts/setup_env.sh compiles it before the tests")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Tổng quan") == "Overview"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Tổng quan") == "Tổng quan"


def test_qt_standard_buttons_are_vietnamese(qtbot) -> None:
    from PySide6.QtWidgets import QWizard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "vi")
    try:
        wizard = QWizard()
        qtbot.addWidget(wizard)
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Tiếp >"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
