"""The Hoạt động page on a real database: keyboard entry, repeat last, list, filters, delete."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester

from tcns_desktop.domain.enums import TeamLevel, TeamRole
from tcns_desktop.domain.roster_records import PersonInput, TeamInput
from tcns_desktop.ui.activity_dialog import ActivityDialog
from tcns_desktop.ui.activity_table_model import ActivityColumn
from tcns_desktop.ui.main_window import MainWindow, Page
from tcns_desktop.ui.workspace_controller import WorkspaceController
from tests.conftest import sample_setup
from tests.ui.keyboard import type_text

TODAY = date.today()


def _fill(controller: WorkspaceController) -> dict[str, str]:
    made: dict[str, str] = {}

    def work(ws):
        profile = ws.commune.save_setup(sample_setup())
        for village, team_name in zip(profile.villages[:2], ("Đông", "Đoài"), strict=True):
            team = ws.roster.create_team(
                TeamInput(
                    f"Tổ CNSCĐ thôn {team_name}",
                    TeamLevel.VILLAGE,
                    village.id,
                    founded_on=date(2020, 1, 1),
                )
            )
            made[team_name] = team.id
            for index, name in enumerate(("Nguyễn Văn An", "Trần Thị Ánh")):
                person = ws.roster.add_person(
                    PersonInput(
                        full_name=f"{name} {team_name}", phone=f"09123456{index}{len(made)}"
                    )
                ).person
                ws.roster.add_member(
                    team.id, person.id, TeamRole.LEADER if index == 0 else TeamRole.MEMBER
                )

    controller.call(work)
    return made


def _open_entry(window: MainWindow) -> ActivityDialog:
    page = window.activities
    page.interactive = False
    page.add_activities()
    dialog = page.last_dialog
    assert isinstance(dialog, ActivityDialog)
    dialog.show()  # Enter reaches the default button of a dialog on screen
    return dialog


def _type_activity(qtbot, dialog: ActivityDialog, team: str, title: str, people: str) -> None:
    dialog.day.setFocus()
    dialog.day.selectAll()
    QTest.keyClicks(dialog.day, TODAY.strftime("%d%m%Y"))
    dialog.team.setFocus()
    dialog.team.lineEdit().selectAll()
    type_text(dialog.team.lineEdit(), team)
    type_text(dialog.title, title)
    dialog.people.clear()
    QTest.keyClicks(dialog.people, people)
    QTest.keyClick(dialog.people, Qt.Key.Key_Return)


def test_keyboard_entry_saves_and_starts_the_next_one(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    window.navigation.setCurrentRow(Page.ACTIVITIES)
    dialog = _open_entry(window)
    qtbot.addWidget(dialog)
    _type_activity(qtbot, dialog, "thôn Đông", "Hướng dẫn cài đặt VNeID", "25")
    assert dialog.saved_count == 1, dialog.message.text()
    # Ready for the next: the content is cleared, the day and team stay.
    assert dialog.title.text() == ""
    assert dialog.team.currentText().endswith("thôn Đông")
    type_text(dialog.title, "Hỗ trợ nộp hồ sơ dịch vụ công trực tuyến")
    QTest.keyClicks(dialog.people, "12")
    QTest.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.saved_count == 2, dialog.message.text()
    # Repeat last copies everything, Ctrl+R from the keyboard.
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert dialog.title.text() == "Hỗ trợ nộp hồ sơ dịch vụ công trực tuyến"
    assert dialog.people.text() == "12"
    dialog.reject()

    page = window.activities
    page.refresh()
    assert page.model.rowCount() == 2
    titles = {page.model.index(r, ActivityColumn.TITLE).data() for r in range(2)}
    assert titles == {"Hướng dẫn cài đặt VNeID", "Hỗ trợ nộp hồ sơ dịch vụ công trực tuyến"}
    assert "2 hoạt động" in page.count_label.text()
    page.search.setText("vneid")
    page.refresh()
    assert page.model.rowCount() == 1
    page.search.setText("ho so dich vu")
    page.refresh()
    assert page.model.index(0, ActivityColumn.PEOPLE).data() == "12"


def test_errors_block_and_warnings_need_a_second_enter(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    dialog = _open_entry(window)
    qtbot.addWidget(dialog)
    # No team: a plain message, nothing saved.
    dialog.team.setCurrentIndex(-1)
    dialog.team.lineEdit().clear()
    type_text(dialog.title, "Tuyên truyền")
    QTest.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.saved_count == 0
    assert "Chưa chọn tổ" in dialog.message.text()
    # A very large count is plausible but unusual: warned once, saved on the second Enter.
    _type_activity(qtbot, dialog, "thôn Đoài", "Ngày hội chuyển đổi số", "9000")
    assert dialog.saved_count == 0
    assert dialog.message.text()
    QTest.keyClick(dialog.people, Qt.Key.Key_Return)
    assert dialog.saved_count == 1, dialog.message.text()


def test_filters_and_delete(
    qtbot, window: MainWindow, controller: WorkspaceController, qtmodeltester: ModelTester
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    dialog = _open_entry(window)
    qtbot.addWidget(dialog)
    _type_activity(qtbot, dialog, "thôn Đông", "Tập huấn ví điện tử", "10")
    _type_activity(qtbot, dialog, "thôn Đoài", "Tập huấn thương mại điện tử", "8")
    assert dialog.saved_count == 2, dialog.message.text()
    dialog.reject()
    page = window.activities
    page.refresh()
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)
    page.team_filter.setCurrentIndex(
        page.team_filter.findText("thôn Đoài", Qt.MatchFlag.MatchEndsWith)
    )
    assert page.model.rowCount() == 1
    assert page.model.index(0, ActivityColumn.TITLE).data() == "Tập huấn thương mại điện tử"
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.interactive = False
    page.delete_activity()
    page.team_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 1
    assert page.model.index(0, ActivityColumn.TITLE).data() == "Tập huấn ví điện tử"


def test_dashboard_shows_the_period_and_clicks_through(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    dialog = _open_entry(window)
    qtbot.addWidget(dialog)
    _type_activity(qtbot, dialog, "thôn Đông", "Hướng dẫn cài VNeID", "10")
    _type_activity(qtbot, dialog, "thôn Đông", "Hướng dẫn thanh toán", "5")
    assert dialog.saved_count == 2, dialog.message.text()
    dialog.reject()
    dashboard = window.dashboard
    dashboard.period.setCurrentIndex(0)  # this month: both activities are today
    dashboard.reload()
    record = dashboard.record
    assert record is not None
    assert record.totals.activities == 2
    assert record.totals.people_reached == 15
    assert dashboard.tiles["activities"].text().startswith("2\n")
    assert dashboard.tiles["people"].text().startswith("15\n")
    assert dashboard.tiles["teams"].text().startswith("2\n")
    # Nothing reported for an indicator reads as "no data", never as 0.
    values = [
        dashboard.indicators.item(r, 1).text() for r in range(dashboard.indicators.rowCount())
    ]
    assert values and all(v == "không có số liệu" for v in values)
    # The team with no activity is listed; clicking it opens its (empty) activity list.
    idle = [dashboard.idle.item(i).text() for i in range(dashboard.idle.count())]
    assert any("Đoài" in text for text in idle)
    # Clicking the activities tile opens the list of the period.
    dashboard.tiles["activities"].click()
    assert window.work.currentWidget() is window.activities
    assert window.activities.model.rowCount() == 2
    dashboard.tiles["untrained"].click()
    assert window.people.currentWidget() is window.roster
    assert window.roster.model.rowCount() == 4  # nobody is trained yet


def test_targets_grid_and_indicator_catalogue(
    qtbot, window: MainWindow, controller: WorkspaceController, tmp_path
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    targets = window.targets
    targets.interactive = False
    targets.period.setCurrentIndex(0)  # this year
    assert targets.grid.rowCount() > 3
    assert targets.grid.columnCount() == 2  # the indicator, the whole commune
    targets.grid.item(0, 1).setText("1.200")
    targets.grid.item(1, 1).setText("abc")
    assert targets.save_button.isEnabled()
    targets.save()
    assert "không phải là số" in targets.message.text()
    targets.grid.item(1, 1).setText("")
    targets.save()
    targets.reload()
    assert targets.grid.item(0, 1).text() == "1.200"
    # Per team: one column per active team.
    targets.scope_kind.setCurrentIndex(targets.scope_kind.findData("team"))
    assert targets.grid.columnCount() == 3

    page = window.indicators
    page.interactive = False
    count = page.table.rowCount()
    page.add_indicator()
    dialog = page.last_dialog
    dialog.code.setText("ZALO_GROUPS")
    dialog.name.setText("Số nhóm Zalo của thôn được hỗ trợ")
    dialog.unit.setText("nhóm")
    page.save_indicator(dialog.value())
    assert page.table.rowCount() == count + 1
    page.search.setText("zalo_groups")
    assert page.table.rowCount() == 1
    exported = tmp_path / "catalogue.json"
    page.export_catalogue(exported)
    assert exported.exists()
    page.import_catalogue(exported)
    preview = page.last_dialog
    assert not preview.apply_button.isEnabled()  # the same catalogue changes nothing


def test_batch_grid_checks_every_line_and_saves_all_at_once(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    page = window.activities
    page.interactive = False
    page.add_batch()
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    day = TODAY.strftime("%d/%m/%Y")
    dialog.set_row(0, [day, "dong", "huong dan", "chinh quyen", "", "vneid", "Cài VNeID", "", "12"])
    dialog.set_row(1, [day, "doai", "tuyen truyen", "xa hoi", "", "", "Loa truyền thanh"])
    dialog.set_row(2, ["31/02/2026", "thôn", "", "", "", "", "Sai ngày và tổ"])
    dialog.save()
    assert dialog.saved_count == 0  # one wrong line: nothing is saved
    status = dialog.grid.item(2, 11).text()
    assert "ngày" in status and "tổ" in status
    dialog.set_row(2, [day, "dong", "", "", "", "", "Hỗ trợ ví điện tử", "", "-3"])
    dialog.check()
    assert "✗" in dialog.grid.item(2, 11).text()  # a negative count is refused by the rules
    dialog.set_row(2, [day, "dong", "", "", "", "", "Hỗ trợ ví điện tử", "", "3"])
    dialog.save()
    assert dialog.saved_count == 3, dialog.message.text()
    page.refresh()
    assert page.model.rowCount() == 3


def test_templates_and_the_platform_pick_list(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    platforms = window.platforms
    platforms.interactive = False
    count = platforms.list.count()
    platforms.add_platform("Sàn Postmart")
    assert platforms.list.count() == count + 1
    platforms.add_platform("sàn  postmart")  # the same name again: refused, nothing added
    assert platforms.list.count() == count + 1
    platforms.search.setText("san postmart")
    mine = platforms.list.findItems("Sàn Postmart", Qt.MatchFlag.MatchExactly)[0]
    platforms.list.setCurrentItem(mine)
    platforms.toggle_active()
    assert platforms.list.findItems("Sàn Postmart (ngừng dùng)", Qt.MatchFlag.MatchExactly)

    dialog = _open_entry(window)
    qtbot.addWidget(dialog)
    offered = [dialog.platform.itemText(i) for i in range(dialog.platform.count())]
    assert "Sàn Postmart" not in offered  # inactive: not offered any more
    type_text(dialog.title, "Ra quân Ngày Chủ nhật số")
    dialog.results.item(0, 2).setText("5")
    dialog.save_template("Ngày Chủ nhật số")
    assert dialog.template.findText("Ngày Chủ nhật số") > 0
    dialog.title.clear()
    dialog.template.setCurrentIndex(dialog.template.findText("Ngày Chủ nhật số"))
    dialog._apply_template()
    assert dialog.title.text() == "Ra quân Ngày Chủ nhật số"


def test_editing_shows_who_changed_what(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    dialog = _open_entry(window)
    qtbot.addWidget(dialog)
    _type_activity(qtbot, dialog, "thôn Đông", "Hướng dẫn VNeID", "10")
    dialog.reject()
    page = window.activities
    page.refresh()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.edit_activity()
    editor = page.last_dialog
    qtbot.addWidget(editor)
    editor.show()
    editor.people.setText("12")
    editor.save(next_one=False)
    assert editor.result() == 1, editor.message.text()
    assert page.selected_row() is not None  # still selected after the list was reloaded
    page.edit_activity()
    history = page.last_dialog
    qtbot.addWidget(history)
    lines = [history.history.item(i).text() for i in range(history.history.count())]
    assert any("số người" in line for line in lines), lines  # the update, field by field
    assert any("Hoạt động" in line for line in lines)
