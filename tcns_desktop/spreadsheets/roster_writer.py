"""Writes roster workbooks: the member list as communes print it, and the rejected rows of an
import with a "Lỗi" column for the clerk to fix and import again.

Both read back through :func:`~tcns_desktop.spreadsheets.roster_reader.read_roster`. Files are
written atomically (a temporary file in the same folder, then ``os.replace``): a crash or a
full disk never leaves a half-written workbook where the clerk expects one.

Font: Times New Roman 12, the font Nghị định 30/2020 prescribes for administrative documents
and the one every Windows office machine has (Liberation Serif/Tinos stand in, metric-
compatible, where it is missing). Citizen IDs, phones and birth dates are written as text with
the "@" number format, so Excel neither drops leading zeros nor turns "12/03/1985" into a date
when the clerk edits the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tcns_desktop.domain.vietnamese_text import clean_text
from tcns_desktop.spreadsheets.roster_columns import RosterField
from tcns_desktop.spreadsheets.roster_reader import RawRow, RosterSheet, RosterSource
from tcns_desktop.spreadsheets.workbook_files import column_letter as _letter
from tcns_desktop.spreadsheets.workbook_files import save_atomically, unique_sheet_title

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Times New Roman"
FONT_SIZE = 12
TEXT_FORMAT = "@"
DATE_FORMAT = "dd/mm/yyyy"
DEFAULT_TITLE = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
RECORD_ID_LABEL = "Mã bản ghi"
ERROR_LABEL = "Lỗi"
_CellValue = str | int | float | date | time | None
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_COMMUNE_KINDS = ("Xã ", "Phường ", "Thị trấn ", "Đặc khu ")
_PROVINCE_KINDS = ("tỉnh ", "thành phố ", "tp ", "tp. ")


@dataclass(frozen=True)
class RosterLine:
    """One member as printed. ``birth`` is the text shown ("12/03/1985" or "1985");
    ``citizen_id`` is already masked by the caller when the export must not show it."""

    record_id: str
    full_name: str
    birth: str = ""
    gender: str = ""
    ethnicity: str = ""
    position: str = ""
    team_role: str = ""
    phone: str = ""
    citizen_id: str = ""
    village: str = ""
    team: str = ""
    notes: str = ""


@dataclass(frozen=True)
class RosterGroup:
    """The members of one team (its village and team name head the group)."""

    village: str
    team: str
    rows: tuple[RosterLine, ...]


@dataclass(frozen=True)
class RosterDocument:
    """A member list: ``commune_display_name`` as "Xã Tân Lập", ``province_name`` as "Phú Thọ"
    or "Tỉnh Phú Thọ". ``subtitle`` defaults to the commune, province and member count."""

    commune_display_name: str
    province_name: str
    generated_on: date
    groups: tuple[RosterGroup, ...]
    title: str = DEFAULT_TITLE
    subtitle: str | None = None


@dataclass(frozen=True)
class _Column:
    label: str
    width: float
    text: bool = False  # written as text with the "@" format
    centred: bool = False
    wrap: bool = False


# The printed columns, then the hidden record id. Labels are read back by roster_columns.
_COLUMNS = (
    _Column("STT", 5.5, centred=True),
    _Column("Họ và tên", 24, wrap=True),
    _Column("Năm sinh/Ngày sinh", 12, text=True, centred=True),
    _Column("Giới tính", 7.5, centred=True),
    _Column("Dân tộc", 8),
    _Column("Chức vụ, đơn vị công tác", 28, wrap=True),
    _Column("Chức danh trong Tổ", 11, wrap=True, centred=True),
    _Column("Số điện thoại", 13, text=True, centred=True),
    _Column("Số CCCD", 15, text=True, centred=True),
    _Column("Thôn/TDP", 13, wrap=True),
    _Column("Tổ", 20, wrap=True),
    _Column("Ghi chú", 13, wrap=True),
    _Column(RECORD_ID_LABEL, 38, text=True),
)
_PRINTED = len(_COLUMNS) - 1
_HEADER_ROW = 8
_LINE_HEIGHT = 15.75  # points per line of 12-point Times New Roman


def write_roster_workbook(path: Path, document: RosterDocument) -> None:
    """Write the member list workbook to ``path`` (replacing it atomically)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Danh sách"
    styles = _Styles()
    last_col = _letter(_PRINTED)
    total = sum(len(group.rows) for group in document.groups)

    commune = clean_text(document.commune_display_name)
    _merged_text(sheet, "A1:D1", f"UBND {commune.upper()}", styles.bold)
    _merged_text(sheet, f"F1:{last_col}1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.bold)
    _merged_text(sheet, f"F2:{last_col}2", "Độc lập - Tự do - Hạnh phúc", styles.bold_underline)
    place_date = f"{_place_name(commune)}, {_long_date(document.generated_on)}"
    _merged_text(sheet, f"F3:{last_col}3", place_date, styles.italic)
    _merged_text(sheet, f"A5:{last_col}5", document.title, styles.title)
    subtitle = document.subtitle
    if subtitle is None:
        place = ", ".join(p for p in (commune, _province_label(document.province_name)) if p)
        subtitle = f"{place} – {total} thành viên"
    _merged_text(sheet, f"A6:{last_col}6", subtitle, styles.italic)
    sheet.row_dimensions[5].height = 21

    for col, column in enumerate(_COLUMNS, start=1):
        cell = sheet.cell(_HEADER_ROW, col, column.label)
        styles.apply(cell, styles.header_font, styles.header_alignment, fill=styles.header_fill)
        sheet.column_dimensions[_letter(col)].width = column.width
    sheet.row_dimensions[_HEADER_ROW].height = 33
    sheet.column_dimensions[_letter(len(_COLUMNS))].hidden = True

    row = _HEADER_ROW + 1
    number = 0
    for index, group in enumerate(document.groups):
        label = " – ".join(part for part in (group.village, group.team) if part.strip())
        if label:
            numbering = _ROMAN[index] if index < len(_ROMAN) else str(index + 1)
            sheet.merge_cells(f"A{row}:{last_col}{row}")
            cell = sheet.cell(row, 1, f"{numbering}. {label}")
            styles.apply(cell, styles.bold_font, styles.left, fill=styles.group_fill)
            for col in range(2, _PRINTED + 1):
                styles.apply(sheet.cell(row, col), styles.bold_font, styles.left)
            row += 1
        for line in group.rows:
            number += 1
            _member_row(sheet, row, number, line, styles)
            row += 1

    signature = row + 1
    _merged_text(sheet, f"B{signature}:D{signature}", "NGƯỜI LẬP BIỂU", styles.bold)
    _merged_text(sheet, f"H{signature}:{last_col}{signature}", "TM. ỦY BAN NHÂN DÂN", styles.bold)
    _merged_text(sheet, f"H{signature + 1}:{last_col}{signature + 1}", "CHỦ TỊCH", styles.bold)

    sheet.freeze_panes = f"A{_HEADER_ROW + 1}"
    _print_setup(sheet, f"A1:{last_col}{signature + 1}", _HEADER_ROW)
    workbook.properties.title = document.title
    workbook.properties.creator = "TCNS Desktop"
    save_atomically(workbook, path)


def _member_row(sheet: Worksheet, row: int, number: int, line: RosterLine, styles: _Styles) -> None:
    values: tuple[_CellValue, ...] = (
        number,
        line.full_name,
        line.birth,
        line.gender,
        line.ethnicity,
        line.position,
        line.team_role,
        line.phone,
        line.citizen_id,
        line.village,
        line.team,
        line.notes,
        line.record_id,
    )
    lines = 1
    for col, (column, value) in enumerate(zip(_COLUMNS, values, strict=True), start=1):
        cell = sheet.cell(row, col, value if value != "" else None)
        alignment = styles.centre if column.centred else styles.wrap if column.wrap else styles.left
        styles.apply(cell, styles.normal_font, alignment)
        if column.text:
            cell.number_format = TEXT_FORMAT
        if (column.wrap or column.centred) and isinstance(value, str) and col <= _PRINTED:
            lines = max(lines, _line_count(value, column.width))
    if lines > 1:
        # Neither Excel nor LibreOffice grows a row for wrapped text written by a program.
        sheet.row_dimensions[row].height = _LINE_HEIGHT * lines + 3


def write_rejected_rows(
    path: Path, source: RosterSource, rejected: Sequence[tuple[RawRow, list[str]]]
) -> None:
    """The rejected rows, one sheet per source sheet, under the recognised columns of the
    original header (same order and wording) plus a "Lỗi" column with the row's problems.

    Values are written as they were read (numbers stay numbers with their number format,
    legacy-font text keeps its font), so the clerk fixes them in Excel and imports this file
    again. Columns the reader did not recognise are not carried (their values were not read).
    When the village or team came from the sheet name, a title or a group row, a "Thôn/TDP" or
    "Tổ" column is added so that it survives the round trip.
    """
    from openpyxl import Workbook

    by_sheet: dict[str, list[tuple[RawRow, list[str]]]] = {}
    for raw, problems in rejected:
        by_sheet.setdefault(raw.sheet, []).append((raw, problems))
    known = {sheet.name: sheet for sheet in source.sheets}
    order = [name for name in known if name in by_sheet]
    order += [name for name in by_sheet if name not in known]

    workbook = Workbook()
    first = workbook.active
    if first is not None:
        workbook.remove(first)
    styles = _Styles()
    used_titles: set[str] = set()
    for name in order:
        sheet = workbook.create_sheet(unique_sheet_title(name, used_titles, fallback="Trang"))
        _rejected_sheet(sheet, known.get(name), by_sheet[name], source.file_name, styles)
    if not order:
        sheet = workbook.create_sheet("Lỗi")
        sheet.cell(1, 1, "Không có dòng nào bị từ chối.")
    save_atomically(workbook, path)


def _rejected_sheet(
    sheet: Worksheet,
    roster_sheet: RosterSheet | None,
    rows: list[tuple[RawRow, list[str]]],
    file_name: str,
    styles: _Styles,
) -> None:
    fields = _rejected_fields(roster_sheet, [raw for raw, _ in rows])
    labels = roster_sheet.labels if roster_sheet is not None else {}
    header_row = 3
    note = f"Các dòng chưa nhập được từ tệp “{file_name}”: sửa theo cột “Lỗi” rồi nhập lại tệp này."
    sheet.cell(1, 1, note).font = styles.italic_font
    for col, roster_field in enumerate(fields, start=1):
        label = labels.get(roster_field) or _DEFAULT_LABELS[roster_field]
        cell = sheet.cell(header_row, col, label)
        styles.apply(cell, styles.header_font, styles.header_alignment, fill=styles.header_fill)
        sheet.column_dimensions[_letter(col)].width = _DEFAULT_WIDTHS.get(roster_field, 14)
    error_col = len(fields) + 1
    cell = sheet.cell(header_row, error_col, ERROR_LABEL)
    styles.apply(cell, styles.header_font, styles.header_alignment, fill=styles.header_fill)
    sheet.column_dimensions[_letter(error_col)].width = 60
    for offset, (raw, problems) in enumerate(rows, start=1):
        row = header_row + offset
        for col, roster_field in enumerate(fields, start=1):
            value = _rejected_value(raw, roster_field, roster_sheet)
            cell = sheet.cell(row, col, value)
            styles.apply(cell, styles.font(raw.fonts.get(roster_field)), styles.left)
            number_format = raw.number_formats.get(roster_field)
            if number_format:
                cell.number_format = number_format
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif roster_field in _TEXT_FIELDS and isinstance(value, str):
                cell.number_format = TEXT_FORMAT
        cell = sheet.cell(row, error_col, "\n".join([*raw.flags, *problems]) or None)
        styles.apply(cell, styles.error_font, styles.wrap)
    sheet.freeze_panes = f"A{header_row + 1}"
    _print_setup(sheet, None, header_row)


def _rejected_fields(roster_sheet: RosterSheet | None, rows: list[RawRow]) -> list[RosterField]:
    if roster_sheet is not None:
        fields = sorted(roster_sheet.columns, key=roster_sheet.columns.__getitem__)
    else:
        fields = sorted({f for raw in rows for f in raw.values}, key=list(RosterField).index)
    context_village = roster_sheet.context_village if roster_sheet is not None else None
    context_team = roster_sheet.context_team if roster_sheet is not None else None
    if RosterField.VILLAGE not in fields and (
        context_village or any(raw.group_village for raw in rows)
    ):
        fields.append(RosterField.VILLAGE)
    if RosterField.TEAM not in fields and (context_team or any(raw.group_team for raw in rows)):
        fields.append(RosterField.TEAM)
    return fields


def _rejected_value(
    raw: RawRow, roster_field: RosterField, sheet: RosterSheet | None
) -> _CellValue:
    value = raw.values.get(roster_field)
    if value is None and roster_field is RosterField.VILLAGE:
        value = raw.group_village or (sheet.context_village if sheet is not None else None)
    if value is None and roster_field is RosterField.TEAM:
        value = raw.group_team or (sheet.context_team if sheet is not None else None)
    if isinstance(value, str | int | float | date | time) or value is None:
        return value
    return str(value)


_DEFAULT_LABELS = {
    RosterField.RECORD_ID: RECORD_ID_LABEL,
    RosterField.STT: "STT",
    RosterField.FULL_NAME: "Họ và tên",
    RosterField.BIRTH_DATE: "Ngày sinh",
    RosterField.BIRTH_YEAR: "Năm sinh",
    RosterField.BIRTH_YEAR_MALE: "Năm sinh (Nam)",
    RosterField.BIRTH_YEAR_FEMALE: "Năm sinh (Nữ)",
    RosterField.GENDER: "Giới tính",
    RosterField.ETHNICITY: "Dân tộc",
    RosterField.POSITION: "Chức vụ, đơn vị công tác",
    RosterField.TEAM_ROLE: "Chức danh trong Tổ",
    RosterField.PHONE: "Số điện thoại",
    RosterField.CITIZEN_ID: "Số CCCD",
    RosterField.VILLAGE: "Thôn/TDP",
    RosterField.TEAM: "Tổ",
    RosterField.YOUTH_UNION: "Đoàn viên",
    RosterField.EDUCATION: "Trình độ",
    RosterField.NOTES: "Ghi chú",
}
_DEFAULT_WIDTHS = {
    RosterField.STT: 6.0,
    RosterField.FULL_NAME: 24.0,
    RosterField.POSITION: 26.0,
    RosterField.CITIZEN_ID: 15.0,
    RosterField.RECORD_ID: 38.0,
    RosterField.TEAM: 18.0,
}
_TEXT_FIELDS = frozenset(
    {RosterField.PHONE, RosterField.CITIZEN_ID, RosterField.RECORD_ID, RosterField.BIRTH_DATE}
)


# --- shared pieces -------------------------------------------------------------------------


class _Styles:
    """Style objects made once per workbook (openpyxl shares equal styles anyway, but building
    them per cell is what makes writing slow)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self._font_class = Font
        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.normal_font = Font(name=FONT_NAME, size=FONT_SIZE)
        self.bold_font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
        self.italic_font = Font(name=FONT_NAME, size=FONT_SIZE, italic=True)
        self.header_font = self.bold_font
        self.error_font = Font(name=FONT_NAME, size=FONT_SIZE, color="C00000")
        self.left = Alignment(horizontal="left", vertical="center", wrap_text=False)
        self.wrap = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.header_fill = PatternFill("solid", fgColor="DDEBF7")
        self.group_fill = PatternFill("solid", fgColor="F2F2F2")
        self.bold = (self.bold_font, self.centre)
        self.bold_underline = (
            Font(name=FONT_NAME, size=FONT_SIZE, bold=True, underline="single"),
            self.centre,
        )
        self.italic = (self.italic_font, self.centre)
        self.title = (Font(name=FONT_NAME, size=14, bold=True), self.centre)
        self._fonts: dict[str | None, Any] = {None: self.normal_font, FONT_NAME: self.normal_font}

    def font(self, name: str | None) -> Any:
        """The normal font, or one named as a source cell's (a ".VnTime" cell stays .VnTime)."""
        font = self._fonts.get(name)
        if font is None:
            font = self._fonts[name] = self._font_class(name=name, size=FONT_SIZE)
        return font

    def apply(self, cell: Any, font: Any, alignment: Any, *, fill: Any = None) -> None:
        cell.font = font
        cell.alignment = alignment
        cell.border = self.border
        if fill is not None:
            cell.fill = fill


def _merged_text(sheet: Worksheet, cells: str, text: str, style: tuple[Any, Any]) -> None:
    sheet.merge_cells(cells)
    cell = sheet[cells.split(":")[0]]
    cell.value = text
    cell.font, cell.alignment = style


def _print_setup(sheet: Worksheet, print_area: str | None, header_row: int) -> None:
    """A4 landscape, all columns on one page width, header row repeated on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    if sheet.oddFooter is not None:
        sheet.oddFooter.center.text = "Trang &P/&N"
    if print_area is not None:
        sheet.print_area = print_area


def _line_count(text: str, width: float) -> int:
    """Lines a wrapped cell needs, erring towards one line too many (a row too tall looks
    better than text running over the next row).

    A width unit is one Calibri-11 digit. Measured on LibreOffice's PDF of written rosters,
    12-point Times New Roman fits about 1.1 units' worth of characters per unit when capitals
    count 1.35, spaces 0.5 and other characters 1. Words are not split.
    """
    per_line = width * 1.05
    lines, used = 1, 0.0
    for word in text.split():
        size = sum(1.35 if ch.isupper() else 1.0 for ch in word)
        needed = size if used == 0 else used + 0.5 + size
        if needed > per_line and used > 0:
            lines += 1
            used = size
        else:
            used = needed
    return lines


def _place_name(commune: str) -> str:
    for kind in _COMMUNE_KINDS:
        if commune.startswith(kind):
            return commune[len(kind) :]
    return commune


def _province_label(province: str) -> str:
    name = clean_text(province)
    if not name or name.casefold().startswith(_PROVINCE_KINDS):
        return name
    return f"tỉnh {name}"


def _long_date(day: date) -> str:
    """NĐ 30/2020: a zero before days below 10 and before months 1 and 2 ("ngày 05 tháng 02")."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


# --- Qualifications workbook ---------------------------------------------------------------


@dataclass(frozen=True)
class TrainingLine:
    """One person's attendance of one course."""

    full_name: str
    village: str
    team: str
    course: str
    course_date: str
    hours: str
    mode: str
    result: str
    certificate: str


@dataclass(frozen=True)
class SkillLine:
    """One person's latest level in each of the 5 basic digital skills (labels in order)."""

    full_name: str
    village: str
    team: str
    levels: tuple[str, ...]


@dataclass(frozen=True)
class QualificationDocument:
    commune_display_name: str
    province_name: str
    generated_on: date
    trainings: tuple[TrainingLine, ...]
    skill_names: tuple[str, ...]
    skills: tuple[SkillLine, ...]


_TRAINING_COLUMNS = (
    _Column("STT", 5.5, centred=True),
    _Column("Họ và tên", 24, wrap=True),
    _Column("Thôn/TDP", 13, wrap=True),
    _Column("Tổ", 20, wrap=True),
    _Column("Khóa bồi dưỡng", 30, wrap=True),
    _Column("Ngày", 11, text=True, centred=True),
    _Column("Số giờ", 7, centred=True),
    _Column("Hình thức", 10, centred=True),
    _Column("Kết quả", 11, centred=True),
    _Column("Số chứng nhận", 14, text=True, centred=True),
)


def write_qualifications_workbook(path: Path, document: QualificationDocument) -> None:
    """Trainings (one row per attendance) and the 5-skill matrix, two printable sheets."""
    from openpyxl import Workbook

    workbook = Workbook()
    styles = _Styles()
    trainings = workbook.active
    assert trainings is not None
    trainings.title = "Bồi dưỡng"
    _table_sheet(
        trainings,
        styles,
        document,
        "DANH SÁCH THÀNH VIÊN ĐƯỢC BỒI DƯỠNG, TẬP HUẤN",
        _TRAINING_COLUMNS,
        [
            (
                line.full_name,
                line.village,
                line.team,
                line.course,
                line.course_date,
                line.hours,
                line.mode,
                line.result,
                line.certificate,
            )
            for line in document.trainings
        ],
    )
    skill_columns = (
        _Column("STT", 5.5, centred=True),
        _Column("Họ và tên", 24, wrap=True),
        _Column("Thôn/TDP", 13, wrap=True),
        _Column("Tổ", 20, wrap=True),
        *(_Column(name, 15, wrap=True, centred=True) for name in document.skill_names),
    )
    _table_sheet(
        workbook.create_sheet("5 kỹ năng số"),
        styles,
        document,
        "MỨC ĐỘ 5 KỸ NĂNG SỐ CƠ BẢN CỦA THÀNH VIÊN",
        skill_columns,
        [(line.full_name, line.village, line.team, *line.levels) for line in document.skills],
    )
    workbook.properties.creator = "TCNS Desktop"
    save_atomically(workbook, path)


def _table_sheet(
    sheet: Worksheet,
    styles: _Styles,
    document: QualificationDocument,
    title: str,
    columns: Sequence[_Column],
    rows: Sequence[tuple[str, ...]],
) -> None:
    """Title block as on the roster, a header row, numbered rows; frozen, A4 landscape."""
    last_col = _letter(len(columns))
    commune = clean_text(document.commune_display_name)
    _merged_text(sheet, "A1:C1", f"UBND {commune.upper()}", styles.bold)
    _merged_text(sheet, f"E1:{last_col}1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.bold)
    _merged_text(sheet, f"E2:{last_col}2", "Độc lập - Tự do - Hạnh phúc", styles.bold_underline)
    place_date = f"{_place_name(commune)}, {_long_date(document.generated_on)}"
    _merged_text(sheet, f"E3:{last_col}3", place_date, styles.italic)
    _merged_text(sheet, f"A5:{last_col}5", title, styles.title)
    place = ", ".join(p for p in (commune, _province_label(document.province_name)) if p)
    _merged_text(sheet, f"A6:{last_col}6", place, styles.italic)
    for col, column in enumerate(columns, start=1):
        cell = sheet.cell(_HEADER_ROW, col, column.label)
        styles.apply(cell, styles.header_font, styles.header_alignment, fill=styles.header_fill)
        sheet.column_dimensions[_letter(col)].width = column.width
    sheet.row_dimensions[_HEADER_ROW].height = 33
    for number, values in enumerate(rows, start=1):
        row = _HEADER_ROW + number
        lines = 1
        cells: tuple[_CellValue, ...] = (number, *values)
        for col, (column, value) in enumerate(zip(columns, cells, strict=True), 1):
            cell = sheet.cell(row, col, value if value != "" else None)
            alignment = (
                styles.centre if column.centred else styles.wrap if column.wrap else styles.left
            )
            styles.apply(cell, styles.normal_font, alignment)
            if column.text:
                cell.number_format = TEXT_FORMAT
            if column.wrap and isinstance(value, str):
                lines = max(lines, _line_count(value, column.width))
        if lines > 1:
            sheet.row_dimensions[row].height = _LINE_HEIGHT * lines + 3
    sheet.freeze_panes = f"A{_HEADER_ROW + 1}"
    _print_setup(sheet, f"A1:{last_col}{_HEADER_ROW + max(len(rows), 1)}", _HEADER_ROW)
