"""The Tổ & thành viên page on a real database: search, filters, sort, add, person page."""

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from tcns_desktop.domain.enums import Gender, TeamLevel, TeamRole
from tcns_desktop.domain.roster_records import PersonInput, TeamInput
from tcns_desktop.ui.main_window import MainWindow, Page
from tcns_desktop.ui.member_table_model import MemberColumn
from tcns_desktop.ui.person_dialog import PersonDialog
from tcns_desktop.ui.workspace_controller import WorkspaceController
from tests.conftest import sample_setup

NAMES = ["Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Đặng Thị Dung", "Phạm Văn Đức"]


def _fill(controller: WorkspaceController) -> None:
    def work(ws):
        profile = ws.commune.save_setup(sample_setup())
        team = ws.roster.create_team(
            TeamInput("Tổ CNSCĐ thôn Đông", TeamLevel.VILLAGE, profile.villages[0].id)
        )
        for index, name in enumerate(NAMES):
            person = ws.roster.add_person(
                PersonInput(full_name=name, phone=f"091234567{index}")
            ).person
            role = TeamRole.LEADER if index == 0 else TeamRole.MEMBER
            if index < 4:
                ws.roster.add_member(team.id, person.id, role)

    controller.call(work)


def test_search_filters_and_vietnamese_sort(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    window.navigation.setCurrentRow(Page.TEAMS)
    page = window.roster
    assert page.model.rowCount() == 5
    shown = [page.model.row_at(i).person.full_name for i in range(page.model.rowCount())]
    # Given name first: An, Ánh, Bình, Dung, Đức (a < á by tone, d < đ).
    assert shown == [
        "Nguyễn Văn An",
        "Trần Thị Ánh",
        "Lê Văn Bình",
        "Đặng Thị Dung",
        "Phạm Văn Đức",
    ]
    page.search.setText("nguyen van an")
    page._apply_filter()
    assert page.model.rowCount() == 1
    page.search.setText("duc")
    page._apply_filter()
    assert [page.model.row_at(0).person.full_name] == ["Phạm Văn Đức"]
    page.search.setText("0912345672")
    page._apply_filter()
    assert page.model.row_at(0).person.full_name == "Lê Văn Bình"
    page.search.setText("")
    page.team_list.setCurrentRow(1)
    assert page.model.rowCount() == 4
    page.role_filter.setCurrentIndex(page.role_filter.findData(TeamRole.LEADER))
    assert page.model.rowCount() == 1
    page.role_filter.setCurrentIndex(0)
    page.table.sortByColumn(MemberColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(0).person.full_name == "Đặng Thị Dung"


def test_add_person_and_open_the_person_page(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    page = window.roster
    page.interactive = False
    page.save_new_person(
        PersonInput(full_name="Hoàng Thị Giang", gender=Gender.FEMALE, birth="1995"), None
    )
    assert page.model.total() == 6
    row = page.model.find_row(
        next(r.person.id for r in page.model._all if r.person.full_name == "Hoàng Thị Giang")
    )
    assert row is not None
    page.table.selectRow(row)
    page.open_person()
    dialog = page._person_dialog
    assert "Hoàng Thị Giang" in dialog.heading.text()
    assert dialog.history.rowCount() >= 1


def test_person_dialog_checks_as_the_clerk_types(qtbot) -> None:
    dialog = PersonDialog(None, [("v1", "Thôn Đông")])
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Nguyễn Văn An")
    dialog.citizen_id.setText("999085001234")
    dialog.phone.setText("01662345678")
    errors, warnings = dialog.problems()
    assert any("tỉnh" in e.lower() or "mã" in e.lower() for e in errors)
    assert any("036" in w for w in warnings)
    dialog._accept()
    assert dialog.result() == 0  # still open: the error blocks saving
    assert "✖" in dialog.messages.text()


def test_member_model_passes_qt_model_tests(
    qtmodeltester: ModelTester, window: MainWindow, controller: WorkspaceController
) -> None:
    controller.open()
    _fill(controller)
    window.refresh()
    qtmodeltester.check(window.roster.model)


def test_reform_a_team_and_record_a_course_through_the_screens(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    from datetime import date

    from tcns_desktop.domain.enums import TrainingResult
    from tcns_desktop.domain.roster_records import CourseInput
    from tcns_desktop.ui.roster_page import ReformDialog
    from tcns_desktop.ui.training_page import AttendanceDialog

    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    page = window.roster
    page.interactive = False
    page.team_list.setCurrentRow(1)
    team = page.selected_team()
    assert team is not None and team.active_members == 4
    page.reform_team()
    dialog: ReformDialog = page._reform_dialog
    ids = {r.person.full_name: r.person.id for r in page.model._all}
    dialog.checklist.set_ticked(ids["Trần Thị Ánh"], False)
    dialog.checklist.set_ticked(ids["Phạm Văn Đức"], True)
    dialog.checklist.set_choice(ids["Phạm Văn Đức"], TeamRole.DEPUTY)
    page.save_reform(team, dialog)
    assert page.selected_team().active_members == 4
    deputies = [r.person.full_name for r in page.model._all if TeamRole.DEPUTY in r.roles]
    assert deputies == ["Phạm Văn Đức"]

    training = window.training
    training.interactive = False
    controller.call(
        lambda ws: ws.qualifications.add_course(
            CourseInput("OneTouch cơ bản", start_date=date(2025, 5, 1))
        )
    )
    training.reload()
    training.table.selectRow(0)
    training.edit_attendance()
    attendance: AttendanceDialog = training._attendance_dialog
    attendance.checklist.set_ticked(ids["Lê Văn Bình"], True)
    attendance.checklist.set_choice(ids["Lê Văn Bình"], TrainingResult.PASSED)
    training.save_attendance(training.selected().id, attendance)
    training.reload()
    assert training.table.item(0, 5).text() == "1"
    trained = [r.person.full_name for r in page.model._all if r.trained]
    assert trained == ["Lê Văn Bình"]


def test_team_list_search_ignores_accents(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    window.show()
    controller.open()
    _fill(controller)
    window.refresh()
    page = window.roster
    page.team_search.setText("thon dong")
    assert not page.team_list.item(1).isHidden()
    page.team_search.setText("tay")
    assert page.team_list.item(1).isHidden()


def test_import_dialog_previews_then_imports(
    qtbot, window: MainWindow, controller: WorkspaceController, tmp_path
) -> None:
    from tcns_desktop.ui.import_dialog import ImportDialog
    from tests.services.test_roster_files import _clerk_workbook

    window.show()
    controller.open()
    controller.call(lambda ws: ws.commune.save_setup(sample_setup()))
    dialog = ImportDialog(window, controller)
    qtbot.addWidget(dialog)
    dialog.preview(_clerk_workbook(tmp_path / "ds.xlsx"))
    assert "3 dòng thêm mới" in dialog.summary.text()
    assert dialog.table.rowCount() == 5
    assert dialog.table.item(0, 0).text() == "Bị từ chối"  # rejected rows first
    assert dialog.apply_button.isEnabled() and dialog.rejects_button.isEnabled()
    dialog.apply()
    assert "Đã nhập: 3 người mới" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    assert window.roster.model.total() == 3


def test_import_dialog_explains_an_unreadable_file(
    qtbot, window: MainWindow, controller: WorkspaceController, tmp_path
) -> None:
    from tcns_desktop.ui.import_dialog import ImportDialog

    controller.open()
    controller.call(lambda ws: ws.commune.save_setup(sample_setup()))
    fake = tmp_path / "ds.xlsx"
    fake.write_bytes(b"%PDF-1.4 this is a PDF")
    dialog = ImportDialog(window, controller)
    qtbot.addWidget(dialog)
    dialog.preview(fake)
    assert "color:#b00020" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()


def test_upper_level_list_is_read_only_and_names_communes(
    qtbot, window: MainWindow, controller: WorkspaceController
) -> None:
    from tcns_desktop.services.demo import generate_demo

    controller.open()
    controller.call(lambda ws: generate_demo(ws, seed=3, scale="district"))
    window.refresh()
    page = window.roster
    assert page.model.total() > 500
    assert not page.add_button.isEnabled() and not page.import_button.isEnabled()
    assert page.open_button.isEnabled()
    assert " — " in page.team_list.item(1).text()  # "Thôn 1 (6) — An Lập"
    page.search.setText("nguyen")
    page._apply_filter()
    assert 0 < page.model.rowCount() < page.model.total()
    # Filtered by commune: only its people, and only its teams in the team list.
    page.search.setText("")
    assert page.commune_filter.isVisible() or not window.isVisible()
    assert page.commune_filter.count() == 11  # "every commune" and the ten communes
    page.commune_filter.setCurrentIndex(1)
    name = page.commune_filter.currentText()
    shown = page.model.rowCount()
    assert 0 < shown < page.model.total()
    teams = [
        page.team_list.item(i).text()
        for i in range(1, page.team_list.count())
        if not page.team_list.item(i).isHidden()
    ]
    assert teams and all(text.endswith(f"— {name}") for text in teams if " — " in text)
