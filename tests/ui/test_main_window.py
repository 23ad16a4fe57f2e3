"""The main window on a real database in tmp_path (the database lane runs inline)."""

from pathlib import Path

from pytestqt.modeltest import ModelTester

from tcns_desktop.domain.enums import VillageKind
from tcns_desktop.paths import AppPaths
from tcns_desktop.ui.main_window import MainWindow, Page
from tcns_desktop.ui.village_table_model import VillageRow, VillageTableModel
from tcns_desktop.ui.workspace_controller import WorkspaceController
from tests.conftest import sample_setup


def test_first_start_offers_the_wizard_then_shows_the_commune(
    qtbot,
    window: MainWindow,
    controller: WorkspaceController,
) -> None:
    window.show()
    with qtbot.waitSignal(window.ready, timeout=10_000):
        controller.open()
    assert hasattr(window, "_wizard")  # offered because nothing is set up
    assert "Chưa thiết lập" in window.overview.text.text()
    window.save_setup(sample_setup())
    assert "Xã Tân Lập" in window.overview.text.text()
    assert "Xã Tân Lập" in window.windowTitle()
    assert "Tân Lập" in window.commune_label.text()
    settings = window.settings
    assert settings.form.commune_name.text() == "Xã Tân Lập"
    assert [r.name for r in settings.villages.rows()] == ["Thôn Đông", "Thôn Tây", "Bản Mới"]


def test_settings_page_saves_villages_and_backups(
    qtbot,
    window: MainWindow,
    controller: WorkspaceController,
    paths: AppPaths,
) -> None:
    window.show()
    controller.open()
    window.save_setup(sample_setup())
    window.navigation.setCurrentRow(Page.SETTINGS)
    settings = window.settings
    settings.villages.add_requested.emit(VillageRow("Tổ dân phố 9", VillageKind.TO_DAN_PHO))
    assert "Tổ dân phố 9" in [r.name for r in settings.villages.rows()]
    first = settings.villages.rows()[0]
    settings.villages.delete_requested.emit(first)
    assert first.name not in [r.name for r in settings.villages.rows()]
    settings.form.commune_name.setText("Xã Tân Lập Hai")
    settings.save_profile()
    assert "Tân Lập Hai" in window.overview.text.text()
    settings.backup_now()
    assert settings.backup_list.count() >= 1
    assert any(paths.backup_dir.glob("*-manual.sqlite3"))
    settings.villages.search.setText("to dan pho")
    assert settings.villages.proxy.rowCount() == 1


def test_a_damaged_database_is_reported_not_crashed(
    qtbot,
    window: MainWindow,
    controller: WorkspaceController,
    paths: AppPaths,
) -> None:
    paths.ensure()
    Path(paths.database_file).write_bytes(b"this is not sqlite" * 500)
    window.show()
    controller.open()
    assert any("bị hỏng" in text for text in window.reporter.shown)
    assert "hỏng" in window.statusBar().currentMessage()


def test_window_state_is_remembered(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    window.resize(800, 590)
    window.navigation.setCurrentRow(Page.ACTIVITIES)
    window.close()
    again = MainWindow(controller, window.reporter, interactive=False)
    qtbot.addWidget(again)
    assert again.navigation.currentRow() == Page.ACTIVITIES
    assert again.size().height() == 590


def test_village_table_model_passes_qt_model_tests(qtmodeltester: ModelTester) -> None:
    model = VillageTableModel()
    model.set_rows(
        [VillageRow("Thôn Đông", VillageKind.THON), VillageRow("Bản Mới", VillageKind.BAN)]
    )
    qtmodeltester.check(model)


def test_preferences_are_saved_and_name_the_clerk_in_the_audit_log(
    qtbot, window: MainWindow, controller: WorkspaceController, paths: AppPaths
) -> None:
    from sqlalchemy import select

    from tcns_desktop.data.models import AuditEntry
    from tcns_desktop.preferences import load_preferences

    window.show()
    controller.open()
    window.save_setup(sample_setup())
    settings = window.settings
    settings.clerk_name.setText("Phạm Thị Hoa")
    settings.backups_to_keep.setValue(30)
    settings.language.setCurrentIndex(settings.language.findData("vi"))
    settings.save_preferences()
    saved = load_preferences(paths.preferences_file)
    assert saved.clerk_name == "Phạm Thị Hoa" and saved.backups_to_keep == 30
    settings.villages.add_requested.emit(VillageRow("Thôn Mới", VillageKind.THON))

    def last_actor(workspace):
        with workspace.sessions.begin() as session:
            entry = session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc())).first()
            return entry.actor

    actors: list[str] = []
    controller.call(last_actor, actors.append)
    assert actors == ["Phạm Thị Hoa"]
