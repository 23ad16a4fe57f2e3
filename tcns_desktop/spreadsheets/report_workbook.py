"""The periodic report as an Excel workbook, from the same content the PDF is drawn from.

Sheet "Báo cáo" reads like the PDF: the two-column heading, "BÁO CÁO" and its summary, the
sections with their tables, "Nơi nhận" and the signature, on A4 portrait. Each appendix
table has its own sheet (A4 landscape) with a frozen, repeated header row, so the figures can
be filtered and copied. Figures the PDF prints as "1.234" or "92,8" are numbers here;
"không có số liệu" stays text, so a blank is never read as 0.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tcns_desktop.domain.document_records import (
    FigureTable,
    ReportContent,
    ReportParagraph,
    ReportSubheading,
)
from tcns_desktop.domain.number_format import parse_number
from tcns_desktop.spreadsheets.workbook_files import column_letter as _letter
from tcns_desktop.spreadsheets.workbook_files import save_atomically, unique_sheet_title

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Times New Roman"
BODY_SIZE = 13
TABLE_SIZE = 12
REPORT_SHEET = "Báo cáo"
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# "Báo cáo" columns: STT, the name column every table has second, then the figures.
BODY_WIDTHS = (6.0, 40.0, 13.0, 13.0, 13.0, 13.0)
ANNEX_WIDTH = 150.0  # width units shared out by a landscape table's column weights
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0##"
# NĐ 30 margins (top/bottom 20 mm, left 30 mm, right 15 mm) in inches.
MARGINS = {"top": 0.79, "bottom": 0.79, "left": 1.18, "right": 0.59}
_POINTS_PER_LINE = {BODY_SIZE: 17.0, TABLE_SIZE: 15.75}
# Numbers as the documents write them: dots group thousands, a comma before decimals.
_NUMBER = re.compile(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?|-?\d+(?:,\d+)?")


def write_report_workbook(content: ReportContent, path: Path) -> None:
    """Write the report to ``path`` as an .xlsx workbook (replacing it atomically)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = REPORT_SHEET
    styles = _Styles()
    used = {REPORT_SHEET.casefold()}
    annex_sheets = [
        (annex, table, unique_sheet_title(_short_title(table.title), used, fallback="Biểu"))
        for annex in content.annexes
        for table in annex.tables
    ]
    _report_sheet(sheet, content, styles, [title for _, _, title in annex_sheets])
    for annex, table, title in annex_sheets:
        table_sheet = workbook.create_sheet(title)
        _table_sheet(table_sheet, content, annex.title, table, styles, annex.landscape)
    workbook.properties.title = f"{content.title.capitalize()}: {content.summary}"
    workbook.properties.creator = "TCNS Desktop"
    save_atomically(workbook, path)


def cell_value(text: str) -> str | int | float | None:
    """A printed cell back to what Excel should hold: "1.234" → 1234, "92,8" → 92.8, "" →
    None; any other text ("không có số liệu", "30/09/2026", "II") stays text."""
    stripped = text.strip()
    if not stripped:
        return None
    # Only the shapes the documents print are figures; the shared parser reads them.
    value = parse_number(stripped) if _NUMBER.fullmatch(stripped) else None
    if value is None:
        return text
    return int(value) if value.is_integer() and "," not in stripped else value


# --- the report sheet --------------------------------------------------------------------


def _report_sheet(
    sheet: Worksheet, content: ReportContent, styles: _Styles, annex_sheets: Sequence[str]
) -> None:
    widest = max(
        (len(b.columns) for s in content.sections for b in s.blocks if isinstance(b, FigureTable)),
        default=0,
    )
    widths = [*BODY_WIDTHS, *([BODY_WIDTHS[-1]] * max(0, widest - len(BODY_WIDTHS)))]
    last = len(widths)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[_letter(index)].width = width
    writer = _Rows(sheet, last, styles)
    heading = content.heading
    left = [(line, styles.plain) for line in heading.governing_body]
    left += [(line, styles.bold) for line in heading.issuing_body]
    right = [(NATIONAL_NAME, styles.bold), (MOTTO, styles.bold_underline)]
    for offset in range(max(len(left), len(right))):
        row = writer.row + offset
        if offset < len(left):
            writer.merged(row, 1, 2, left[offset][0], left[offset][1])
        if offset < len(right):
            writer.merged(row, 3, last, right[offset][0], right[offset][1])
    writer.row += max(len(left), len(right))
    writer.merged(writer.row, 1, 2, heading.number_line, styles.plain)
    writer.merged(writer.row, 3, last, heading.place_and_date_line, styles.italic)
    writer.row += 2
    writer.text(content.title, styles.title, wrap=False)
    writer.text(content.summary, styles.bold_centre)
    writer.row += 1
    addressees = content.addressee_lines()
    if addressees:
        if len(addressees) == 1:
            writer.text(f"Kính gửi: {addressees[0]}", styles.centre)
        else:
            writer.text("Kính gửi:", styles.centre)
            for line in addressees:
                writer.text(f"- {line}", styles.centre)
        writer.row += 1
    for text in content.introduction:
        writer.text(text, styles.paragraph)
    for section in content.sections:
        if section.heading.strip():
            writer.text(section.heading, styles.bold_left)
        for block in section.blocks:
            if isinstance(block, ReportParagraph):
                writer.text(block.text, styles.paragraph)
            elif isinstance(block, ReportSubheading):
                writer.text(block.text, styles.bold_left)
            else:
                writer.table(block, widths)
    writer.row += 1
    _signature(writer, content)
    if annex_sheets:
        names = ", ".join(f"“{title}”" for title in annex_sheets)
        writer.row += 1
        writer.text(f"Phụ lục số liệu: xem các trang tính {names}.", styles.italic_left)
    _print_setup(sheet, landscape=False, title_row=None)


def _signature(writer: _Rows, content: ReportContent) -> None:
    styles = writer.styles
    top = writer.row
    writer.merged(top, 1, 2, "Nơi nhận:", styles.bold_italic_left)
    for offset, line in enumerate(content.recipient_lines(), start=1):
        writer.merged(top + offset, 1, 2, f"- {line}", styles.small_left)
    lines = list(content.signature.authority_lines)
    for offset, line in enumerate(lines):
        writer.merged(top + offset, 3, writer.last, line, styles.bold_centre)
    name_row = top + len(lines) + 4
    writer.merged(name_row, 3, writer.last, content.signature.signer_name, styles.bold_centre)
    writer.row = max(name_row, top + len(content.recipient_lines())) + 1


# --- appendix table sheets ---------------------------------------------------------------


def _table_sheet(
    sheet: Worksheet,
    content: ReportContent,
    annex_title: str,
    table: FigureTable,
    styles: _Styles,
    landscape: bool,
) -> None:
    weights = table.column_weights or tuple(1.0 for _ in table.columns)
    total = sum(weights)
    widths = [max(5.0, ANNEX_WIDTH * weight / total) for weight in weights]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[_letter(index)].width = width
    last = len(widths)
    writer = _Rows(sheet, last, styles)
    writer.merged(1, 1, max(2, last // 2), " ".join(content.heading.issuing_body), styles.bold)
    writer.row = 2
    writer.text(annex_title, styles.bold_centre)
    writer.text(table.title, styles.bold_centre)
    reference = f"(Kèm theo {content.heading.reference_phrase('Báo cáo')}: {content.summary})"
    writer.text(reference, styles.italic)
    writer.row += 1
    header_row = writer.row
    writer.table(replace(table, title=""), widths)
    sheet.freeze_panes = f"A{header_row + 1}"
    _print_setup(sheet, landscape=landscape, title_row=header_row)


# --- writing rows ------------------------------------------------------------------------


class _Rows:
    """Writes the sheet top to bottom; ``row`` is the next free row."""

    def __init__(self, sheet: Worksheet, last: int, styles: _Styles) -> None:
        self.sheet = sheet
        self.last = last
        self.styles = styles
        self.row = 1

    def width(self, first: int, last: int) -> float:
        return sum(
            float(self.sheet.column_dimensions[_letter(col)].width or 8.43)
            for col in range(first, last + 1)
        )

    def merged(self, row: int, first: int, last: int, text: str, style: _Style) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        cell = self.sheet.cell(row, first, text)
        cell.font, cell.alignment = style

    def text(self, text: str, style: _Style, *, wrap: bool = True) -> None:
        """A line of text across the sheet, the row as tall as its wrapped lines."""
        self.merged(self.row, 1, self.last, text, style)
        if wrap:
            lines = wrapped_lines(text, self.width(1, self.last))
            if lines > 1:
                self.sheet.row_dimensions[self.row].height = _POINTS_PER_LINE[BODY_SIZE] * lines
        self.row += 1

    def table(self, table: FigureTable, widths: Sequence[float]) -> None:
        """The table from column A; ``widths`` of the sheet's columns (at least one per
        table column), used to size the rows of wrapped cells."""
        styles = self.styles
        widths = list(widths)[: len(table.columns)]
        if table.title.strip():
            self.text(table.title, styles.bold_centre)
        alignments = list(table.alignments) or ["center"] * len(table.columns)
        self._cells(table.columns, widths, ["center"] * len(table.columns), header=True)
        for row in table.rows:
            self._cells(row, widths, alignments)
        if table.total_row is not None:
            self._cells(table.total_row, widths, alignments, total=True)
        if table.note.strip():
            self.text(table.note, styles.italic_left)
        self.row += 1

    def _cells(
        self,
        values: Sequence[str],
        widths: Sequence[float],
        alignments: Sequence[str],
        *,
        header: bool = False,
        total: bool = False,
    ) -> None:
        styles = self.styles
        lines = 1
        for col, (text, width, alignment) in enumerate(
            zip(values, widths, alignments, strict=True), start=1
        ):
            value: str | int | float | None = text if header else cell_value(text)
            cell = self.sheet.cell(self.row, col, value)
            cell.font = styles.table_bold if header or total else styles.table_font
            cell.alignment = styles.alignment(alignment)
            cell.border = styles.border
            if header:
                cell.fill = styles.header_fill
            if isinstance(value, int):
                cell.number_format = INTEGER_FORMAT
            elif isinstance(value, float):
                cell.number_format = DECIMAL_FORMAT
            lines = max(lines, wrapped_lines(text, width, size=TABLE_SIZE))
        if lines > 1:
            self.sheet.row_dimensions[self.row].height = _POINTS_PER_LINE[TABLE_SIZE] * lines + 3
        self.row += 1


def wrapped_lines(text: str, width: float, size: int = BODY_SIZE) -> int:
    """Lines a wrapped cell of ``width`` units needs, erring towards one too many.

    Neither Excel nor LibreOffice grows a row for wrapped text a program wrote, so the height
    is set from this estimate: a unit holds about one character of 12-point Times New Roman
    (capitals count 1.35, spaces 0.5), scaled down for larger type.
    """
    per_line = max(1.0, width * 1.05 * TABLE_SIZE / size)
    lines, used = 1, 0.0
    for word in text.split():
        size_of = sum(1.35 if ch.isupper() else 1.0 for ch in word)
        if used == 0:
            used = size_of
        elif used + 0.5 + size_of <= per_line:
            used += 0.5 + size_of
        else:
            lines += 1
            used = size_of
        while used > per_line:  # a word longer than the line breaks inside itself
            lines += 1
            used -= per_line
    return lines


# --- styles and page set-up --------------------------------------------------------------

_Style = tuple[Any, Any]


class _Styles:
    """Style objects made once per workbook (creating them per cell is what makes writing
    slow)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        justify = Alignment(horizontal="justify", vertical="top", wrap_text=True, indent=2)
        self.plain = (Font(name=FONT_NAME, size=BODY_SIZE), centre)
        self.bold = (Font(name=FONT_NAME, size=BODY_SIZE, bold=True), centre)
        self.bold_underline = (
            Font(name=FONT_NAME, size=BODY_SIZE, bold=True, underline="single"),
            centre,
        )
        self.italic = (Font(name=FONT_NAME, size=BODY_SIZE, italic=True), centre)
        self.title = (Font(name=FONT_NAME, size=14, bold=True), centre)
        self.bold_centre = self.bold
        self.centre = self.plain
        self.bold_left = (Font(name=FONT_NAME, size=BODY_SIZE, bold=True), left)
        self.italic_left = (Font(name=FONT_NAME, size=BODY_SIZE, italic=True), left)
        self.bold_italic_left = (Font(name=FONT_NAME, size=12, bold=True, italic=True), left)
        self.small_left = (Font(name=FONT_NAME, size=11), left)
        self.paragraph = (Font(name=FONT_NAME, size=BODY_SIZE), justify)
        self.table_font = Font(name=FONT_NAME, size=TABLE_SIZE)
        self.table_bold = Font(name=FONT_NAME, size=TABLE_SIZE, bold=True)
        self.header_fill = PatternFill("solid", fgColor="DDEBF7")
        self._alignments = {
            name: Alignment(horizontal=name, vertical="center", wrap_text=True)
            for name in ("left", "center", "right")
        }

    def alignment(self, name: str) -> Any:
        return self._alignments.get(name, self._alignments["center"])


def _print_setup(sheet: Worksheet, *, landscape: bool, title_row: int | None) -> None:
    """A4, one page wide, NĐ 30 margins; the page number centred at the top from page 2."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_options.horizontalCentered = True
    for side, inches in MARGINS.items():
        setattr(sheet.page_margins, side, inches)
    sheet.HeaderFooter.differentFirst = True
    header = sheet.HeaderFooter.oddHeader
    if header is not None:
        header.center.text = "&P"
        header.center.font = FONT_NAME
        header.center.size = BODY_SIZE
    if title_row is not None:
        sheet.print_title_rows = f"{title_row}:{title_row}"


def _short_title(name: str) -> str:
    """ "Biểu 1. Hoạt động của từng Tổ" → "Biểu 1" (a sheet title must be short)."""
    return name.split(".", 1)[0].strip() if re.match(r"^\S+ \d+\.", name) else name
