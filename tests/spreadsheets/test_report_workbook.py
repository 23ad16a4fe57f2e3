"""The periodic report's workbook, read back with openpyxl: layout, numbers, print set-up,
and the same figures as the statistics service and the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tcns_desktop.domain.document_records import FigureTable, ReportContent
from tcns_desktop.domain.statistics_records import NO_DATA
from tcns_desktop.services.documents import DocumentService
from tcns_desktop.services.workspace import Workspace
from tcns_desktop.spreadsheets.report_workbook import (
    REPORT_SHEET,
    cell_value,
    wrapped_lines,
    write_report_workbook,
)
from tests.documents.sample_documents import sample_report
from tests.services.document_data import EAST_TEAM, PERIOD, add_activities, build_commune


def _rows(sheet: Worksheet) -> list[tuple[object, ...]]:
    return [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]


def _find(sheet: Worksheet, text: str) -> int:
    """The row number whose first cell is ``text``."""
    for row in sheet.iter_rows(min_col=1, max_col=1):
        if row[0].value == text:
            return int(row[0].row)
    raise AssertionError(f"{text!r} not in sheet {sheet.title}")


def _table_rows(sheet: Worksheet, header_row: int, count: int) -> list[tuple[object, ...]]:
    return [
        tuple(cell.value for cell in row)
        for row in sheet.iter_rows(min_row=header_row + 1, max_row=header_row + count)
    ]


@pytest.fixture
def report() -> ReportContent:
    return sample_report(long_table_rows=40)


@pytest.fixture
def workbook_path(tmp_path: Path, report: ReportContent) -> Path:
    path = tmp_path / "bao-cao.xlsx"
    write_report_workbook(report, path)
    return path


def test_the_report_sheet_reads_like_the_pdf(workbook_path: Path, report: ReportContent) -> None:
    book = openpyxl.load_workbook(workbook_path)
    assert book.sheetnames[0] == REPORT_SHEET
    sheet = book[REPORT_SHEET]
    values = [v for row in _rows(sheet) for v in row if isinstance(v, str)]
    assert values[:4] == [
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ TÂN LẬP",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert "Số: 41/BC-UBND" in values
    assert "Tân Lập, ngày 08 tháng 10 năm 2026" in values
    assert "BÁO CÁO" in values and report.summary in values
    assert "Kính gửi: Sở Khoa học và Công nghệ tỉnh Phú Thọ." in values
    for section in report.sections:
        assert section.heading in values
    assert "Nơi nhận:" in values and "- Lưu: VT." in values
    assert "TM. ỦY BAN NHÂN DÂN" in values and "Nguyễn Văn Hùng" in values
    assert sheet["A1"].font.name == "Times New Roman" and sheet["A2"].font.bold


def test_tables_hold_numbers_and_blanks_stay_text(tmp_path: Path) -> None:
    table = FigureTable(
        title="Bảng 9. Thử",
        columns=("STT", "Tên", "Số người", "Tỷ lệ (%)"),
        rows=(("1", "Thôn Đông", "1.234", "92,8"), ("2", "Thôn Tây", NO_DATA, "")),
        total_row=("", "Tổng cộng", "1.234", ""),
    )
    base = sample_report()
    section = base.sections[0]
    content = ReportContent(
        heading=base.heading,
        summary=base.summary,
        sections=(type(section)(section.heading, (table,)),),
        recipients=base.recipients,
        signature=base.signature,
    )
    path = tmp_path / "so.xlsx"
    write_report_workbook(content, path)
    sheet = openpyxl.load_workbook(path)[REPORT_SHEET]
    header = _find(sheet, "STT")
    rows = _table_rows(sheet, header, 3)
    assert rows[0][:4] == (1, "Thôn Đông", 1234, 92.8)
    assert rows[1][:4] == (2, "Thôn Tây", NO_DATA, None)
    assert rows[2][:4] == (None, "Tổng cộng", 1234, None)
    assert sheet.cell(header + 1, 3).number_format == "#,##0"
    assert sheet.cell(header + 3, 2).font.bold  # the total row
    assert sheet.cell(header, 1).border.left.style == "thin"


def test_annex_tables_have_frozen_headers_and_print_on_a4(
    workbook_path: Path, report: ReportContent
) -> None:
    book = openpyxl.load_workbook(workbook_path)
    annex_table = report.annexes[0].tables[0]
    assert len(book.sheetnames) == 2
    sheet = book[book.sheetnames[1]]
    header = _find(sheet, "STT")
    assert [cell.value for cell in sheet[header]] == list(annex_table.columns)
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.page_setup.orientation == "portrait"  # as the annex asks (sample: portrait)
    assert sheet.page_setup.paperSize == int(sheet.PAPERSIZE_A4)
    assert sheet.page_setup.fitToWidth == 1
    assert _table_rows(sheet, header, 40)[-1][:2] == (40, "Hoạt động hướng dẫn người dân số 40")
    report_sheet = book[REPORT_SHEET]
    assert report_sheet.page_setup.orientation == "portrait"
    # NĐ 30 margins: left 30 mm, right 15 mm, top and bottom 20 mm.
    margins = report_sheet.page_margins
    assert (margins.left, margins.right, margins.top) == pytest.approx((1.18, 0.59, 0.79))
    widths = [sheet.column_dimensions[letter].width for letter in "ABCD"]
    assert widths[1] > widths[0] * 3  # the text column is wide, STT narrow


def test_writing_replaces_the_file_atomically(tmp_path: Path, report: ReportContent) -> None:
    path = tmp_path / "bao-cao.xlsx"
    path.write_bytes(b"old")
    write_report_workbook(report, path)
    assert openpyxl.load_workbook(path).sheetnames[0] == REPORT_SHEET
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.xlsx"]


def test_printed_numbers_become_numbers() -> None:
    assert cell_value("1.234.567") == 1234567
    assert cell_value("12,5") == 12.5
    assert cell_value("0") == 0
    assert cell_value("") is None
    for text in (NO_DATA, "II", "30/09/2026", "chưa giao", "Thôn 2", "1.2345"):
        assert cell_value(text) == text
    assert wrapped_lines("một hai ba", 50) == 1
    assert wrapped_lines("chữ " * 60, 20) > 5


def test_the_workbook_has_the_statistics_services_figures(
    workspace: Workspace, tmp_path: Path
) -> None:
    made = build_commune(workspace)
    add_activities(workspace, made)
    documents = DocumentService(workspace.sessions, workspace.statistics)
    content = documents.draft_report(PERIOD, number=12, issued_on=date(2025, 10, 6))
    record = workspace.statistics.compute(PERIOD)
    path = tmp_path / "bc.xlsx"
    write_report_workbook(content, path)
    book = openpyxl.load_workbook(path)

    sheet = book[REPORT_SHEET]
    villages = _table_rows(sheet, _find(sheet, "STT"), len(record.villages) + 1)
    assert villages[-1][1:5] == (
        "Tổng cộng",
        record.active_teams,
        record.active_members,
        record.totals.activities,
    )
    vneid = record.indicator("VNEID_ACTIVATED")
    dvc = record.indicator("DVC_DOSSIERS")
    assert vneid is not None and dvc is not None
    by_name = {row[1]: row for row in sheet.iter_rows(values_only=True) if row[1]}
    assert by_name[vneid.name][3:6] == (vneid.target, vneid.value, 110)
    assert by_name[dvc.name][3:6] == (dvc.target, NO_DATA, None)

    teams = book["Biểu 1"]
    assert teams.page_setup.orientation == "landscape"
    team_rows = {row[1]: row for row in teams.iter_rows(values_only=True) if row[1]}
    east = next(team for team in record.teams if team.name == EAST_TEAM)
    assert team_rows[EAST_TEAM][3:7] == (
        east.active_members,
        east.totals.activities,
        east.totals.people_reached,
        east.totals.households_reached,
    )


def test_a_wide_table_in_the_body_keeps_every_column(tmp_path: Path) -> None:
    columns = tuple(f"Cột {n}" for n in range(1, 9))
    table = FigureTable(columns=columns, rows=(tuple(str(n) for n in range(1, 9)),))
    base = sample_report()
    content = ReportContent(
        heading=base.heading,
        summary=base.summary,
        sections=(type(base.sections[0])("I. THỬ", (table,)),),
        recipients=base.recipients,
        signature=base.signature,
    )
    path = tmp_path / "rong.xlsx"
    write_report_workbook(content, path)
    sheet = openpyxl.load_workbook(path)[REPORT_SHEET]
    header = _find(sheet, "Cột 1")
    assert [cell.value for cell in sheet[header]][:8] == list(columns)
    assert _table_rows(sheet, header, 1)[0][:8] == tuple(range(1, 9))
