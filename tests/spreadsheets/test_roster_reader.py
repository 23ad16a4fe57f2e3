"""read_roster over the generated corpus: layouts, values as stored, flags and refusals."""

from __future__ import annotations

import contextlib
import random
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tcns_desktop.spreadsheets.errors import SpreadsheetError
from tcns_desktop.spreadsheets.roster_columns import RosterField as F
from tcns_desktop.spreadsheets.roster_reader import RawRow, RosterSheet, read_roster
from tests.spreadsheets import corpus


def _sheet(path: Path, name: str | None = None) -> RosterSheet:
    source = read_roster(path)
    if name is None:
        return source.sheets[0]
    return next(sheet for sheet in source.sheets if sheet.name == name)


def _names(sheet: RosterSheet) -> list[object]:
    return [row.values[F.FULL_NAME] for row in sheet.rows]


# --- one sheet with a two-row header, group rows, footer -----------------------------------


def test_header_is_found_by_content_below_the_title_block(commune_roster: Path) -> None:
    source = read_roster(commune_roster)
    assert source.file_name == "danh_sach_tcnscd.xlsx"
    assert source.problems == ()
    sheet = source.sheets[0]
    assert (sheet.name, sheet.header_row, sheet.header_height) == ("Danh sách", 7, 2)
    assert sheet.columns == {
        F.STT: 1,
        F.FULL_NAME: 2,
        F.BIRTH_YEAR_MALE: 3,
        F.BIRTH_YEAR_FEMALE: 4,
        F.ETHNICITY: 5,
        F.POSITION: 6,
        F.TEAM_ROLE: 7,
        F.PHONE: 8,
        F.CITIZEN_ID: 9,
        F.NOTES: 10,
    }
    assert sheet.labels[F.BIRTH_YEAR_MALE] == "Năm sinh (Nam)"
    # "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG" names no village
    assert (sheet.context_village, sheet.context_team) == (None, None)


def test_group_rows_set_the_village_and_footer_rows_are_not_members(commune_roster: Path) -> None:
    sheet = _sheet(commune_roster)
    assert _names(sheet) == corpus.COMMUNE_ROSTER_NAMES  # no total, no signer, no numbering
    assert [row.row_number for row in sheet.rows] == [11, 12, 13, 15, 16]
    assert [row.group_village for row in sheet.rows] == ["Thôn Đông"] * 3 + ["Thôn Tây"] * 2
    assert all(row.group_team is None for row in sheet.rows)


def test_numbers_and_texts_come_back_as_stored(commune_roster: Path) -> None:
    first, second, third, fourth, _ = _sheet(commune_roster).rows
    assert first.values[F.CITIZEN_ID] == 36075012345  # the leading zero is the caller's job
    assert first.number_formats[F.CITIZEN_ID] == "0.00E+00"
    assert first.values[F.PHONE] == 912345678
    assert first.number_formats[F.PHONE] == "General"
    assert first.values[F.BIRTH_YEAR_MALE] == 1975
    assert first.values[F.BIRTH_YEAR_FEMALE] is None
    assert second.values[F.PHONE] == "0987654321"
    assert second.values[F.CITIZEN_ID] == "036188001234"
    assert second.values[F.BIRTH_YEAR_FEMALE] == "1988"
    assert F.PHONE not in second.number_formats  # text has no number format
    assert third.values[F.CITIZEN_ID] == 1090001234
    assert fourth.values[F.PHONE] == 84912000111
    assert first.fonts[F.FULL_NAME] == "Times New Roman"
    assert first.fonts[F.NOTES] is None  # empty cell


def test_formula_without_cached_value_and_error_cells_are_flagged(commune_roster: Path) -> None:
    rows = _sheet(commune_roster).rows
    third, fifth = rows[2], rows[4]
    assert third.values[F.BIRTH_YEAR_MALE] is None
    assert third.values[F.PHONE] is None
    assert third.flags == (
        "công thức không có giá trị ở cột “Năm sinh (Nam)” (ô C13): hãy mở tệp bằng Excel, "
        "lưu lại rồi nhập lại",
        "ô lỗi #N/A ở cột “Số điện thoại” (ô H13)",
    )
    # the same kind of formula with the result Excel cached: the value, no flag
    assert fifth.values[F.BIRTH_YEAR_MALE] == 1985
    assert fifth.flags == ()


# --- one sheet per village or team ---------------------------------------------------------


def test_sheet_names_and_title_rows_tell_the_village_or_team(village_sheets: Path) -> None:
    source = read_roster(village_sheets)
    contexts = {s.name: (s.context_village, s.context_team) for s in source.sheets}
    assert contexts == {
        "Thôn Đông": ("Thôn Đông", None),  # sheet name and title agree
        "Sheet2": ("Thôn Tây", None),  # from "DANH SÁCH TỔ CNSCĐ THÔN TÂY, XÃ TÂN LẬP, …"
        "Tổ 3": (None, "Tổ 3"),
    }
    assert _names(_sheet(village_sheets, "Sheet2")) == ["Ngô Thị Dung", "Đinh Văn Em"]
    assert _sheet(village_sheets, "Sheet2").header_row == 7


def test_sheets_without_header_and_hidden_sheets_are_reported(village_sheets: Path) -> None:
    problems = {p.sheet: p.message for p in read_roster(village_sheets).problems}
    assert problems == {
        "Ghi chú": "Trang “Ghi chú” không tìm thấy dòng tiêu đề (cần có cột “Họ và tên”) "
        "trong 40 dòng đầu nên được bỏ qua.",
        "Danh mục": "Trang “Danh mục” đang bị ẩn nên được bỏ qua.",
    }  # the empty "Sheet5" is not worth a message


def test_shuffled_columns_and_varied_wording(village_sheets: Path) -> None:
    sheet = _sheet(village_sheets, "Thôn Đông")
    assert sheet.columns == {
        F.FULL_NAME: 1,
        F.STT: 2,
        F.GENDER: 3,
        F.BIRTH_DATE: 4,
        F.PHONE: 5,
        F.CITIZEN_ID: 6,
        F.TEAM_ROLE: 7,
        F.NOTES: 8,
    }
    assert _sheet(village_sheets, "Sheet2").columns[F.TEAM_ROLE] == 6  # "Chức danh"


def test_dates_as_dates_as_text_and_as_years(village_sheets: Path) -> None:
    rows = _sheet(village_sheets, "Thôn Đông").rows
    assert rows[0].values[F.BIRTH_DATE] == date(1985, 3, 12)
    assert type(rows[0].values[F.BIRTH_DATE]) is date
    assert rows[0].number_formats[F.BIRTH_DATE] == "dd/mm/yyyy"
    assert rows[1].values[F.BIRTH_DATE] == "12/3/1985"
    assert rows[2].values[F.BIRTH_DATE] == 1990


# --- one sheet with a village column --------------------------------------------------------


def test_village_column_merged_down_counts_for_every_row(village_column: Path) -> None:
    sheet = _sheet(village_column)
    assert sheet.columns[F.VILLAGE] == 2
    assert sheet.columns[F.TEAM] == 3
    assert sheet.columns[F.GENDER] == 6  # "Nam/Nữ" as one label is the gender
    villages = [(row.values[F.VILLAGE], row.values[F.TEAM]) for row in sheet.rows]
    assert villages == [("Thôn Đông", "Tổ 1")] * 3 + [("TDP Số 2", "Tổ 2")]


def test_repeated_header_totals_and_empty_numbered_lines_are_skipped(village_column: Path) -> None:
    sheet = _sheet(village_column)
    assert [row.row_number for row in sheet.rows] == [3, 4, 5, 7]


def test_gender_ticked_in_two_columns(gender_ticks: Path) -> None:
    sheet = _sheet(gender_ticks)
    assert sheet.gender_mark_columns == (3, 4)
    assert sheet.columns[F.BIRTH_DATE] == 5  # "Ngày, tháng, năm sinh"
    genders = [row.values[F.GENDER] for row in sheet.rows]
    assert genders == ["Nam", "Nữ", None]
    assert sheet.rows[2].flags == ("đánh dấu cả “Nam” và “Nữ” ở cột Giới tính",)


# --- legacy fonts ---------------------------------------------------------------------------


def test_tcvn3_headers_are_recognised_and_cells_keep_their_font(legacy_fonts: Path) -> None:
    sheet = _sheet(legacy_fonts, "Sheet1")
    assert set(sheet.columns) == {F.STT, F.FULL_NAME, F.BIRTH_YEAR, F.GENDER, F.ETHNICITY}
    assert sheet.labels[F.FULL_NAME] == "Họ và tên"
    # the .VnTimeH title is decoded for the village name
    assert sheet.context_village == "Thôn Đông"
    first = sheet.rows[0]
    assert first.values[F.FULL_NAME] == "NguyÔn V¨n §øc"  # raw: decoding is the caller's
    assert first.fonts[F.FULL_NAME] == ".VnTime"


def test_vni_headers_are_recognised(legacy_fonts: Path) -> None:
    sheet = _sheet(legacy_fonts, "VNI")
    assert sheet.columns == {F.STT: 1, F.FULL_NAME: 2, F.PHONE: 3, F.VILLAGE: 4}
    assert sheet.labels[F.PHONE] == "Số điện thoại"
    assert sheet.rows[0].values[F.FULL_NAME] == "Loø Vaên Saùng"
    assert sheet.rows[0].fonts[F.FULL_NAME] == "VNI-Times"


# --- CSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["utf8_bom", "utf16_tab", "utf16_no_bom", "cp1258_semicolon", "utf8_sep_line"]
)
def test_csv_in_every_encoding_excel_writes(csv_files: dict[str, Path], name: str) -> None:
    sheet = _sheet(csv_files[name])
    assert sheet.name == name
    assert sheet.header_row == 3
    assert sheet.context_village == "Thôn Đông"
    first, second = sheet.rows
    assert first.values[F.FULL_NAME] == "Nguyễn Thị Ngọc Ánh"  # NFC even from cp1258
    assert first.values[F.CITIZEN_ID] == "001190012345"
    assert first.values[F.NOTES] == "Tổ phó; kiêm"  # a quoted delimiter stays in the cell
    assert first.fonts[F.FULL_NAME] is None
    assert second.values[F.BIRTH_YEAR] == "12/03/1985"
    assert second.values[F.PHONE] is None


def test_csv_two_row_header_flattened_from_merged_cells(tmp_path: Path) -> None:
    path = tmp_path / "hai_dong.csv"
    path.write_text(
        "STT,Họ và tên,Năm sinh,,Giới tính,\n,,Nam,Nữ,Nam,Nữ\n1,Lò Văn Sáng,1990,,x,\n",
        encoding="utf-8",
    )
    sheet = _sheet(path)
    assert sheet.header_height == 2
    assert sheet.columns[F.BIRTH_YEAR_MALE] == 3
    assert sheet.columns[F.BIRTH_YEAR_FEMALE] == 4
    assert sheet.gender_mark_columns == (5, 6)
    row = sheet.rows[0]
    assert (row.values[F.BIRTH_YEAR_MALE], row.values[F.GENDER]) == ("1990", "Nam")


# --- .xls (Excel 97–2003) through LibreOffice -----------------------------------------------


def test_xls_reads_like_the_xlsx_it_was_saved_from(xls_files: dict[str, Path]) -> None:
    sheet = _sheet(xls_files["danh_sach_tcnscd"])
    assert sheet.header_row == 7
    assert sheet.header_height == 2
    assert _names(sheet) == corpus.COMMUNE_ROSTER_NAMES
    assert [row.group_village for row in sheet.rows] == ["Thôn Đông"] * 3 + ["Thôn Tây"] * 2
    first = sheet.rows[0]
    assert first.values[F.CITIZEN_ID] == 36075012345
    assert type(first.values[F.CITIZEN_ID]) is int  # BIFF doubles come back whole
    assert first.number_formats[F.CITIZEN_ID] == "0.00E+00"
    assert first.values[F.PHONE] == 912345678
    assert sheet.rows[1].values[F.CITIZEN_ID] == "036188001234"
    assert first.fonts[F.FULL_NAME] == "Times New Roman"
    assert "ô lỗi #N/A ở cột “Số điện thoại” (ô H13)" in sheet.rows[2].flags


def test_xls_keeps_legacy_fonts_and_dates(xls_files: dict[str, Path]) -> None:
    legacy = _sheet(xls_files["tcvn3"], "Sheet1")
    assert legacy.context_village == "Thôn Đông"
    assert legacy.rows[0].values[F.FULL_NAME] == "NguyÔn V¨n §øc"
    assert legacy.rows[0].fonts[F.FULL_NAME] == ".VnTime"
    east = _sheet(xls_files["theo_thon"], "Thôn Đông")
    assert east.rows[0].values[F.BIRTH_DATE] == date(1985, 3, 12)
    assert east.rows[0].values[F.PHONE] == "0912000001"


def test_xls_with_a_password_is_refused(xls_files: dict[str, Path], tmp_path: Path) -> None:
    # Excel writes a FILEPASS record at the top of an encrypted workbook's globals. LibreOffice
    # cannot be asked for a password headless, so the first INTERFACEHDR record (same length)
    # is relabelled as one.
    data = xls_files["tcvn3"].read_bytes()
    interface_header = b"\xe1\x00\x02\x00"
    assert interface_header in data
    locked = tmp_path / "mat_khau.xls"
    locked.write_bytes(data.replace(interface_header, b"\x2f\x00\x02\x00", 1))
    with pytest.raises(SpreadsheetError, match="được đặt mật khẩu"):
        read_roster(locked)


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bao_cao.xlsx", "hay tệp CSV (nội dung là tệp PDF)"),
        ("cat_ngang.xlsx", "bị hỏng hoặc chưa được sao chép hết"),
        ("mat_khau.xlsx", "được đặt mật khẩu"),
        ("trang_web.xls", "là trang HTML"),
        ("trong.csv", "không có dữ liệu"),
        ("anh.xlsx", "không phải bảng tính Excel"),
        ("rong.xlsx", "không có dữ liệu"),
        ("khong_tieu_de.xlsx", "Không tìm thấy dòng tiêu đề của danh sách"),
    ],
)
def test_bad_files_are_refused_in_plain_vietnamese(
    bad_files: dict[str, Path], name: str, expected: str
) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read_roster(bad_files[name])
    assert expected in caught.value.message
    assert f"“{name}”" in caught.value.message
    assert caught.value.exit_code == 2


def test_damaged_sheet_inside_an_intact_zip(commune_roster: Path, tmp_path: Path) -> None:
    data = bytearray(commune_roster.read_bytes())
    with zipfile.ZipFile(commune_roster) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    data[start : start + 40] = bytes(40)  # the sheet's compressed bytes, not the directory
    damaged = tmp_path / "hong.xlsx"
    damaged.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError, match="bị hỏng"):
        read_roster(damaged)


@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl's notes on odd XML
def test_damaged_bytes_give_a_plain_error_or_a_reading_never_a_crash(
    commune_roster: Path, tmp_path: Path
) -> None:
    """Seeded byte flips, in the zip and in the sheet XML (the parser's share of damage)."""
    generator = random.Random(2025)
    with zipfile.ZipFile(commune_roster) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    target = tmp_path / "hong.xlsx"
    for attempt in range(60):
        if attempt % 2:
            data = bytearray(commune_roster.read_bytes())
            for _ in range(generator.randint(1, 4)):
                data[generator.randrange(len(data))] = generator.randrange(256)
            target.write_bytes(bytes(data))
        else:
            name = generator.choice(sorted(n for n in parts if n.endswith((".xml", ".rels"))))
            xml = bytearray(parts[name])
            for _ in range(generator.randint(1, 4)):
                xml[generator.randrange(len(xml))] = generator.choice(b'<>/"=019abcfrstv ')
            with zipfile.ZipFile(target, "w") as archive:
                for part, content in parts.items():
                    archive.writestr(part, bytes(xml) if part == name else content)
        with contextlib.suppress(SpreadsheetError):
            read_roster(target)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read_roster(tmp_path / "khong_co.xlsx")
    assert caught.value.message == "Không tìm thấy tệp “khong_co.xlsx”."


def test_file_larger_than_the_limit_is_refused_before_reading(commune_roster: Path) -> None:
    with pytest.raises(SpreadsheetError, match="quá lớn") as caught:
        read_roster(commune_roster, max_bytes=1000)
    assert "tối đa 1 KB" in caught.value.message


def test_raw_rows_are_frozen(commune_roster: Path) -> None:
    row: RawRow = _sheet(commune_roster).rows[0]
    with pytest.raises(AttributeError):
        row.row_number = 2  # type: ignore[misc]
