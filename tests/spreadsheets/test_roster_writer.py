"""The roster workbook as a clerk opens and prints it, its round trip, and rejected rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tcns_desktop.spreadsheets.errors import SpreadsheetError
from tcns_desktop.spreadsheets.roster_columns import RosterField as F
from tcns_desktop.spreadsheets.roster_reader import read_roster
from tcns_desktop.spreadsheets.roster_writer import (
    RosterDocument,
    RosterGroup,
    RosterLine,
    write_rejected_rows,
    write_roster_workbook,
)
from tcns_desktop.spreadsheets.workbook_files import unique_sheet_title

EAST = RosterGroup(
    "Thôn Đông",
    "Tổ CNSCĐ thôn Đông",
    (
        RosterLine(
            record_id="0193a7c2-0000-7000-8000-000000000001",
            full_name="Nguyễn Văn Hùng",
            birth="12/03/1985",
            gender="Nam",
            ethnicity="Kinh",
            position="Trưởng thôn Đông, kiêm Bí thư chi bộ thôn",
            team_role="Tổ trưởng",
            phone="0912345678",
            citizen_id="001085012345",
            village="Thôn Đông",
            team="Tổ CNSCĐ thôn Đông",
            notes="",
        ),
        RosterLine(
            record_id="0193a7c2-0000-7000-8000-000000000002",
            full_name="Trần Thị Lan",
            birth="1990",
            gender="Nữ",
            ethnicity="Tày",
            position="Bí thư chi đoàn",
            team_role="Tổ phó",
            phone="0987654321",
            citizen_id="0011900*****",
            village="Thôn Đông",
            team="Tổ CNSCĐ thôn Đông",
            notes="Đoàn viên",
        ),
    ),
)
WEST = RosterGroup(
    "Thôn Tây",
    "",
    (
        RosterLine(
            record_id="0193a7c2-0000-7000-8000-000000000003",
            full_name="Lê Văn Nam",
            birth="01/01/2001",
            gender="Nam",
            village="Thôn Tây",
        ),
    ),
)
DOCUMENT = RosterDocument(
    commune_display_name="Xã Tân Lập",
    province_name="Phú Thọ",
    generated_on=date(2025, 2, 5),
    groups=(EAST, WEST),
)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("writer") / "danh_sach.xlsx"
    write_roster_workbook(path, DOCUMENT)
    return path


@pytest.fixture(scope="module")
def sheet(written: Path) -> Worksheet:
    workbook = openpyxl.load_workbook(written)
    return workbook["Danh sách"]


def test_title_block(sheet: Worksheet) -> None:
    assert sheet["A1"].value == "UBND XÃ TÂN LẬP"
    assert sheet["F1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert sheet["F2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert sheet["F3"].value == "Tân Lập, ngày 05 tháng 02 năm 2025"
    title = sheet["A5"]
    assert title.value == "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    assert title.font.b and title.alignment.horizontal == "center"
    assert "A5:L5" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A6"].value == "Xã Tân Lập, tỉnh Phú Thọ – 3 thành viên"


def test_header_group_rows_and_members(sheet: Worksheet) -> None:
    header = [sheet.cell(8, col).value for col in range(1, 14)]
    assert header == [
        "STT",
        "Họ và tên",
        "Năm sinh/Ngày sinh",
        "Giới tính",
        "Dân tộc",
        "Chức vụ, đơn vị công tác",
        "Chức danh trong Tổ",
        "Số điện thoại",
        "Số CCCD",
        "Thôn/TDP",
        "Tổ",
        "Ghi chú",
        "Mã bản ghi",
    ]
    assert sheet["A9"].value == "I. Thôn Đông – Tổ CNSCĐ thôn Đông"
    assert sheet["A9"].font.b
    assert "A9:L9" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A12"].value == "II. Thôn Tây"
    assert [sheet.cell(row, 1).value for row in (10, 11, 13)] == [1, 2, 3]
    assert sheet["B10"].font.name == "Times New Roman"
    assert sheet["B10"].font.sz == 12
    assert sheet["B10"].border.left.style == "thin"
    assert sheet.row_dimensions[10].height is not None  # the long position wraps to two lines


def test_ids_and_phones_are_text_cells(sheet: Worksheet) -> None:
    for ref in ("H10", "I10", "C10", "M10"):
        assert sheet[ref].data_type == "s", ref
        assert sheet[ref].number_format == "@", ref
    assert sheet["I10"].value == "001085012345"
    assert sheet["H10"].value == "0912345678"


def test_record_id_column_is_hidden(sheet: Worksheet) -> None:
    assert sheet.column_dimensions["M"].hidden
    assert not sheet.column_dimensions["L"].hidden
    assert sheet["M10"].value == "0193a7c2-0000-7000-8000-000000000001"


def test_frozen_header_and_print_setup(sheet: Worksheet) -> None:
    assert sheet.freeze_panes == "A9"
    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert int(setup.paperSize) == 9  # A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$8:$8"
    assert sheet.column_dimensions["B"].width == 24


def test_round_trip_reads_back_the_same_values(written: Path) -> None:
    source = read_roster(written)
    assert source.problems == ()
    (roster,) = source.sheets
    assert roster.header_row == 8
    assert roster.columns[F.RECORD_ID] == 13
    lines = [line for group in DOCUMENT.groups for line in group.rows]
    assert len(roster.rows) == len(lines)  # no signature line, no group row
    for raw, line in zip(roster.rows, lines, strict=True):
        expected = {
            F.RECORD_ID: line.record_id,
            F.FULL_NAME: line.full_name,
            F.BIRTH_DATE: line.birth,
            F.GENDER: line.gender,
            F.ETHNICITY: line.ethnicity,
            F.POSITION: line.position,
            F.TEAM_ROLE: line.team_role,
            F.PHONE: line.phone,
            F.CITIZEN_ID: line.citizen_id,
            F.VILLAGE: line.village,
            F.TEAM: line.team,
            F.NOTES: line.notes,
        }
        assert {k: v for k, v in raw.values.items() if k is not F.STT} == {
            k: v or None for k, v in expected.items()
        }
    assert [(r.group_village, r.group_team) for r in roster.rows] == [
        ("Thôn Đông", "Tổ CNSCĐ thôn Đông"),
        ("Thôn Đông", "Tổ CNSCĐ thôn Đông"),
        ("Thôn Tây", None),
    ]


def test_write_replaces_atomically_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "danh_sach.xlsx"
    path.write_bytes(b"old")
    write_roster_workbook(path, DOCUMENT)
    assert [p.name for p in tmp_path.iterdir()] == ["danh_sach.xlsx"]
    assert read_roster(path).sheets[0].rows


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "danh_sach.xlsx"
    path.write_bytes(b"old")

    def broken_save(self: object, output: Any) -> None:
        output.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(SpreadsheetError, match="Không ghi được tệp"):
        write_roster_workbook(path, DOCUMENT)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["danh_sach.xlsx"]


def test_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="Không có thư mục"):
        write_roster_workbook(tmp_path / "khong_co" / "a.xlsx", DOCUMENT)


def test_empty_roster_still_has_its_header(tmp_path: Path) -> None:
    path = tmp_path / "trong.xlsx"
    write_roster_workbook(path, RosterDocument("Phường Hòa Bình", "", date(2025, 1, 9), ()))
    sheet = openpyxl.load_workbook(path)["Danh sách"]
    assert sheet["A6"].value == "Phường Hòa Bình – 0 thành viên"
    assert sheet["F3"].value == "Hòa Bình, ngày 09 tháng 01 năm 2025"
    assert sheet["B8"].value == "Họ và tên"


# --- rejected rows --------------------------------------------------------------------------


def test_rejected_rows_keep_columns_values_and_add_the_errors(
    commune_roster: Path, tmp_path: Path
) -> None:
    source = read_roster(commune_roster)
    rows = source.sheets[0].rows
    rejected = [
        (rows[0], ["Số CCCD phải có 12 chữ số."]),
        (rows[2], ["Thiếu năm sinh.", "Số điện thoại không hợp lệ."]),
    ]
    target = tmp_path / "loi.xlsx"
    write_rejected_rows(target, source, rejected)

    sheet = openpyxl.load_workbook(target)["Danh sách"]
    header = [sheet.cell(3, col).value for col in range(1, 13)]
    assert header == [
        "STT",
        "Họ và tên",
        "Năm sinh (Nam)",
        "Năm sinh (Nữ)",
        "Dân tộc",
        "Chức vụ, đơn vị công tác",
        "Chức danh trong Tổ",
        "Số điện thoại",
        "Số CCCD",
        "Ghi chú",
        "Thôn/TDP",  # added: the village came from group rows
        "Lỗi",
    ]
    assert sheet["I4"].value == 36075012345
    assert sheet["I4"].number_format == "0.00E+00"
    assert sheet["L4"].value == "Số CCCD phải có 12 chữ số."
    assert sheet["L5"].value.splitlines() == [
        *rows[2].flags,
        "Thiếu năm sinh.",
        "Số điện thoại không hợp lệ.",
    ]

    again = read_roster(target)
    (roster,) = again.sheets
    assert [r.values[F.FULL_NAME] for r in roster.rows] == ["Nguyễn Văn Hùng", "Lê Văn Nam"]
    assert roster.rows[0].values[F.CITIZEN_ID] == 36075012345
    assert roster.rows[0].values[F.BIRTH_YEAR_MALE] == 1975
    assert roster.rows[0].values[F.VILLAGE] == "Thôn Đông"
    assert set(roster.columns) == set(source.sheets[0].columns) | {F.VILLAGE}


def test_rejected_rows_keep_legacy_fonts_and_sheet_context(
    legacy_fonts: Path, village_sheets: Path, tmp_path: Path
) -> None:
    legacy = read_roster(legacy_fonts)
    target = tmp_path / "loi_tcvn3.xlsx"
    write_rejected_rows(target, legacy, [(legacy.sheets[0].rows[1], ["Trùng người."])])
    again = read_roster(target).sheets[0]
    assert again.rows[0].values[F.FULL_NAME] == "TrÞnh ThÞ ¸nh"
    assert again.rows[0].fonts[F.FULL_NAME] == ".VnTime"
    assert again.rows[0].values[F.VILLAGE] == "Thôn Đông"  # from the TCVN3 title

    by_sheet = read_roster(village_sheets)
    team_sheet = next(s for s in by_sheet.sheets if s.name == "Tổ 3")
    west = next(s for s in by_sheet.sheets if s.name == "Sheet2")
    target = tmp_path / "loi_theo_thon.xlsx"
    write_rejected_rows(target, by_sheet, [(team_sheet.rows[0], ["x"]), (west.rows[1], ["y"])])
    again_sheets = {s.name: s for s in read_roster(target).sheets}
    assert list(again_sheets) == ["Sheet2", "Tổ 3"]
    assert again_sheets["Tổ 3"].rows[0].values[F.TEAM] == "Tổ 3"
    assert again_sheets["Sheet2"].rows[0].values[F.VILLAGE] == "Thôn Tây"


def test_sheet_titles_are_made_valid() -> None:
    used: set[str] = set()
    long_name = "Danh sách thành viên tổ công nghệ số: thôn Đông/Tây"
    first = unique_sheet_title(long_name, used, fallback="Trang")
    second = unique_sheet_title(long_name, used, fallback="Trang")
    assert len(first) <= 31 and ":" not in first and "/" not in first
    assert second != first and len(second) <= 31
