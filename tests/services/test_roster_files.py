"""Roster import (dry run, apply, rejects) and export (round trip) through the services."""

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from tcns_desktop.domain.enums import TeamRole
from tcns_desktop.domain.roster_records import PersonInput
from tcns_desktop.services.roster_import import ADD, REJECT, UNCHANGED, UPDATE
from tcns_desktop.services.workspace import Workspace
from tcns_desktop.spreadsheets.roster_reader import read_roster
from tests.conftest import sample_setup

HEADER = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Chức vụ",
    "Chức danh trong Tổ",
    "Số điện thoại",
    "Số CCCD",
    "Thôn",
    "Ghi chú",
]


def _clerk_workbook(path: Path) -> Path:
    """A roster as a commune keeps it: title block, header on row 5, numbers, a bad row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet["A1"] = "UBND XÃ TÂN LẬP"
    sheet["A3"] = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    sheet.merge_cells("A3:J3")
    for column, title in enumerate(HEADER, start=1):
        sheet.cell(row=5, column=column, value=title)
    rows = [
        [
            1,
            "Nguyễn Văn An",
            1985,
            "Nam",
            "Trưởng thôn",
            "Tổ trưởng",
            912345678,
            25085001234,
            "Thôn Đông",
            "",
        ],
        [
            2,
            "Trần Thị Bình",
            datetime(1992, 7, 3),
            "Nữ",
            "Bí thư chi đoàn",
            "Tổ phó",
            "0987 654 321",
            "025192001111",
            "Thôn Đông",
            "",
        ],
        [
            3,
            "Lê Văn Cường",
            "12/3/1990",
            "Nam",
            "Công an xã",
            "Thành viên",
            "01662345678",
            "",
            "Thôn Mới",
            "",
        ],
        [4, "", 1970, "Nam", "", "Thành viên", "", "", "Thôn Đông", "dòng thiếu tên"],
        [5, "Phạm Văn Dũng", "31/02/1988", "Nam", "", "Thành viên", "12345", "", "Thôn Tây", ""],
    ]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=6 + offset, column=column, value=value)
    sheet.cell(row=12, column=2, value="Tổng cộng: 5 người")
    sheet.cell(row=14, column=8, value="NGƯỜI LẬP BIỂU")
    book.save(path)
    return path


@pytest.fixture
def ready(workspace: Workspace) -> Workspace:
    workspace.commune.save_setup(sample_setup())
    return workspace


def test_dry_run_shows_the_plan_and_writes_nothing(ready: Workspace, tmp_path: Path) -> None:
    preview = ready.roster_import.preview(_clerk_workbook(tmp_path / "ds.xlsx"))
    actions = {row.full_name: row.action for row in preview.rows}
    assert actions["Nguyễn Văn An"] == ADD
    assert actions["Lê Văn Cường"] == ADD
    assert preview.count(REJECT) == 2
    rejected = {row.row_number: row.errors for row in preview.rejected}
    assert any("họ và tên" in e.lower() for e in rejected[9])
    assert any("ngày" in e.lower() or "không có" in e.lower() for e in rejected[10])
    assert preview.new_villages == ("Thôn Mới",)
    assert ready.roster.members() == []


def test_apply_writes_in_one_go_keeping_text_ids_and_converting_phones(
    ready: Workspace, tmp_path: Path
) -> None:
    path = _clerk_workbook(tmp_path / "ds.xlsx")
    result = ready.roster_import.apply(path)
    assert (result.added, result.rejected) == (3, 2)
    assert result.backup is not None and Path(result.backup).exists()
    people = {row.person.full_name: row for row in ready.roster.members()}
    an = people["Nguyễn Văn An"]
    assert an.person.phone == "0912345678"
    assert an.person.citizen_id == "025085001234"
    assert an.roles == (TeamRole.LEADER,)
    assert people["Lê Văn Cường"].person.phone == "0362345678"  # 0166 → 036
    assert people["Trần Thị Bình"].person.birth_date == date(1992, 7, 3)
    teams = {team.name for team in ready.roster.teams()}
    assert teams == {"Tổ công nghệ số cộng đồng Thôn Đông", "Tổ công nghệ số cộng đồng Thôn Mới"}
    again = ready.roster_import.preview(path)
    assert again.count(UNCHANGED) == 3 and again.count(ADD) == 0


def test_rejected_rows_are_saved_with_an_error_column_and_import_after_fixing(
    ready: Workspace, tmp_path: Path
) -> None:
    path = _clerk_workbook(tmp_path / "ds.xlsx")
    preview = ready.roster_import.preview(path)
    rejects = tmp_path / "ds-loi.xlsx"
    assert ready.roster_import.save_rejected(preview, rejects) == 2
    book = openpyxl.load_workbook(rejects)
    sheet = book.worksheets[0]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "Lỗi" in texts
    # The clerk fixes the name and the date in Excel, then imports the file again.
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == "31/02/1988":
                cell.value = "28/02/1988"
            if cell.value == "12345":
                cell.value = "0912000111"
    header_row = next(r for r in sheet.iter_rows() if any(c.value == "Họ và tên" for c in r))
    name_column = next(c.column for c in header_row if c.value == "Họ và tên")
    for row in sheet.iter_rows(min_row=header_row[0].row + 1):
        if row[name_column - 1].value in (None, ""):
            row[name_column - 1].value = "Hoàng Văn Em"
    book.save(rejects)
    fixed = ready.roster_import.preview(rejects)
    assert fixed.count(REJECT) == 0, [r.errors for r in fixed.rows]
    assert fixed.count(ADD) == 2


def test_legacy_tcvn3_cells_are_converted(ready: Workspace, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for column, title in enumerate(["STT", "Họ và tên", "Năm sinh", "Thôn"], start=1):
        sheet.cell(row=1, column=column, value=title)
    cell = sheet.cell(row=2, column=2, value="NguyÔn V\u00a9n \u00b8nh")  # TCVN3 as Excel keeps it
    cell.font = Font(name=".VnTime")
    sheet.cell(row=2, column=1, value=1)
    sheet.cell(row=2, column=3, value=1980)
    sheet.cell(row=2, column=4, value="Thôn Đông")
    path = tmp_path / "tcvn3.xlsx"
    book.save(path)
    preview = ready.roster_import.preview(path)
    assert preview.rows[0].full_name == "Nguyễn Vân Ánh"
    assert preview.rows[0].converted_from is not None


def test_export_then_import_changes_nothing(ready: Workspace, tmp_path: Path) -> None:
    ready.roster_import.apply(_clerk_workbook(tmp_path / "ds.xlsx"))
    someone = ready.roster.add_person(PersonInput(full_name="Ngô Thị Giang", birth="1999"))
    assert someone.person.id
    exported = ready.roster_export.export(tmp_path / "xuat.xlsx")
    source = read_roster(exported)
    assert sum(len(sheet.rows) for sheet in source.sheets) == 4
    preview = ready.roster_import.preview(exported)
    assert preview.count(ADD) == 0 and preview.count(UPDATE) == 0, [
        (r.full_name, r.action, r.errors) for r in preview.rows
    ]
    before = ready.site().last_seq
    ready.roster_import.apply(exported)
    assert ready.site().last_seq == before  # nothing written, not even a revision


def test_a_preview_made_stale_by_another_change_is_planned_again(
    ready: Workspace, tmp_path: Path
) -> None:
    path = _clerk_workbook(tmp_path / "ds.xlsx")
    preview = ready.roster_import.preview(path)
    # Meanwhile someone adds Nguyễn Văn An by hand, with the same citizen id.
    ready.roster.add_person(
        PersonInput(full_name="Nguyễn Văn An", birth="1985", citizen_id="025085001234")
    )
    result = ready.roster_import.apply(path, preview)
    assert result.added == 2 and result.updated == 1  # An matched, not added twice
    names = [row.person.full_name for row in ready.roster.members()]
    assert names.count("Nguyễn Văn An") == 1


def test_qualifications_export_lists_trainings_and_skills(ready: Workspace, tmp_path: Path) -> None:
    from tcns_desktop.domain.enums import DigitalSkill, SkillLevel, TrainingResult
    from tcns_desktop.domain.roster_records import CourseInput

    ready.roster_import.apply(_clerk_workbook(tmp_path / "ds.xlsx"))
    people = {row.person.full_name: row.person.id for row in ready.roster.members()}
    course = ready.qualifications.add_course(
        CourseInput("Kỹ năng số cơ bản", "Sở KH&CN", date(2025, 9, 1), hours=8)
    )
    ready.qualifications.set_attendance(
        course.id, {people["Trần Thị Bình"]: (TrainingResult.PASSED, "CN-07")}
    )
    ready.qualifications.assess_skill(
        people["Nguyễn Văn An"], DigitalSkill.ONLINE_PAYMENT, SkillLevel.CAN_TEACH
    )
    target = ready.qualification_export.export(tmp_path / "boi-duong")
    assert target.suffix == ".xlsx"
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Bồi dưỡng", "5 kỹ năng số"]
    training_rows = [
        [c.value for c in row] for row in book["Bồi dưỡng"].iter_rows(min_row=9) if row[1].value
    ]
    assert training_rows == [
        [1, "Trần Thị Bình", "Thôn Đông", "Tổ công nghệ số cộng đồng Thôn Đông",
         "Kỹ năng số cơ bản", "01/09/2025", "8", "Trực tiếp", "Đạt", "CN-07"]
    ]  # fmt: skip
    skills = book["5 kỹ năng số"]
    header = [c.value for c in skills[8]]
    assert header[4:] == [skill.label for skill in DigitalSkill]
    an = next(row for row in skills.iter_rows(min_row=9) if row[1].value == "Nguyễn Văn An")
    assert an[4 + list(DigitalSkill).index(DigitalSkill.ONLINE_PAYMENT)].value == (
        "Hướng dẫn được người khác"
    )
    assert skills.freeze_panes == "A9"


def test_youth_union_ticks_are_imported(ready: Workspace, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for column, title in enumerate(["STT", "Họ và tên", "Năm sinh", "Thôn", "Đoàn viên"], 1):
        sheet.cell(row=1, column=column, value=title)
    sheet.append([1, "Vi Văn Khánh", 2001, "Thôn Đông", "x"])
    sheet.append([2, "Lò Thị Mai", 1975, "Thôn Đông", None])
    path = tmp_path / "doan-vien.xlsx"
    book.save(path)
    ready.roster_import.apply(path)
    youth = {row.person.full_name: row.person.youth_union_member for row in ready.roster.members()}
    assert youth == {"Vi Văn Khánh": True, "Lò Thị Mai": False}
