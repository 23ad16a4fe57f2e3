"""The Đồng bộ page, both sides: a commune exports to a stick, the upper level is set up,
registers the commune, previews and imports the bundle, and acknowledges it."""

from pathlib import Path

from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.ui.sync_page import ImportPreviewDialog, SyncPage
from tcns_desktop.ui.tasks import InlineTaskRunner
from tcns_desktop.ui.workspace_controller import WorkspaceController
from tests.sync_fixtures import make_commune


def _page(qtbot, folder: Path) -> tuple[SyncPage, WorkspaceController]:
    controller = WorkspaceController(AppPaths.in_folder(folder), Preferences(), InlineTaskRunner())
    controller.open()
    page = SyncPage(controller)
    page.interactive = False
    qtbot.addWidget(page)
    page.reload()
    return page, controller


def test_a_bundle_travels_from_the_commune_to_the_upper_level_and_back(
    qtbot, tmp_path: Path
) -> None:
    make_commune(tmp_path / "xa").close()
    stick = tmp_path / "usb"
    stick.mkdir()
    commune, commune_controller = _page(qtbot, tmp_path / "xa")
    hub, hub_controller = _page(qtbot, tmp_path / "so")
    try:
        assert commune.views.currentWidget() is commune.commune_view
        assert "Chưa gửi gói nào" in commune.export_status.text()
        assert not commune.encrypt.isEnabled()  # no upper-level key yet

        # A fresh database offers to become the upper level's.
        assert hub.views.currentWidget() is hub.setup_view
        hub.hub_name.setText("Sở Khoa học và Công nghệ tỉnh Phú Thọ")
        hub.set_up_hub()
        hub.reload()
        assert hub.views.currentWidget() is hub.hub_view

        # Keys are exchanged as files; the commune then encrypts to the upper level.
        hub.export_public_key(stick)
        commune.import_upper_key(next(stick.glob("*")))
        commune.export_public_key(stick)
        commune_key = next(p for p in stick.iterdir() if "07951" in p.name)
        hub.register_commune(commune_key)
        commune.reload()
        assert commune.encrypt.isEnabled() and commune.encrypt.isChecked()

        commune.export_bundle(stick)
        report = commune.last_export
        assert report is not None and report.encrypted_to
        assert Path(report.path).exists()
        assert "đọc lại kiểm tra: tốt" in commune.result_label.text()
        assert commune.slip_button.isEnabled()
        commune.show_slip()
        assert commune.last_dialog is not None
        commune.last_dialog.reject()  # releases the PDF
        commune.prepare_email()
        assert Path(report.path).with_suffix(".eml").exists()

        # The upper level previews first: nothing is written until "Nhập".
        hub.import_bundles([stick])
        preview = hub.last_dialog
        assert isinstance(preview, ImportPreviewDialog)
        assert preview.apply_button.isEnabled()
        assert preview.table.item(0, 3).text() == "Đã nhập"
        kinds = {preview.details.item(r, 1).text() for r in range(preview.details.rowCount())}
        assert {"Hoạt động", "Thành viên (người)"} <= kinds
        hub.reload()
        assert hub.board.item(0, 2).text() == "0"  # nothing imported by the dry run
        hub.apply_import([stick])
        hub.reload()
        assert hub.board.item(0, 1).text() == "07951"
        assert hub.board.item(0, 2).text() == "1"

        # The acknowledgement goes back; the commune's next bundle starts after it.
        acks = tmp_path / "xac-nhan"
        acks.mkdir()
        hub.write_acknowledgements(acks)
        commune.import_acknowledgement(next(acks.iterdir()))
        commune.reload()
        assert commune.history.item(0, 3).text() == "Có"
    finally:
        commune_controller.close()
        hub_controller.close()
