"""Reads a clerk's roster file (.xlsx, .xls, .csv) into raw member rows.

For each sheet it finds the header by its content (any row among the first
:data:`HEADER_SCAN_ROWS`, one or two rows high), maps the columns to :class:`RosterField`,
works out the village or team of the sheet (sheet name, title rows) and of each row (group
rows such as "I. Thôn Đông"), skips column-number rows, blank rows, totals and repeated
headers, and stops at the signature block.

Values come back exactly as stored — a citizen ID typed as a number stays a number, with its
cell's number format beside it — together with each cell's font name, so the services layer
can decode TCVN3/VNI text and repair IDs and phones. Error cells ("#N/A") and formulas
without a cached value are reported in :attr:`RawRow.flags` (their value is None).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tcns_desktop.domain.legacy_encodings import decode_tcvn3, decode_vni
from tcns_desktop.domain.vietnamese_text import clean_text
from tcns_desktop.spreadsheets.errors import SpreadsheetError
from tcns_desktop.spreadsheets.file_checks import detect_kind, read_file_bytes
from tcns_desktop.spreadsheets.legacy_labels import decode_for_font
from tcns_desktop.spreadsheets.roster_columns import (
    RosterField,
    SubHeaderMeaning,
    field_for_label,
    field_for_sub_header,
    fold_label,
    folded_reading,
    label_reading,
)
from tcns_desktop.spreadsheets.roster_layout import (
    FooterKind,
    context_from_sheet_name,
    context_from_titles,
    footer_kind,
    is_column_numbering,
    is_numbered_label,
    names_a_place,
    parse_group_label,
)
from tcns_desktop.spreadsheets.sheet_sources import (
    CellError,
    CellRange,
    CellStyle,
    GridRow,
    SheetGrid,
    open_sheets,
)

HEADER_SCAN_ROWS = 40
# A run of this many blank rows ends a sheet: some workbooks carry formatting (and so empty
# <row> elements) down to row 1,048,576.
MAX_BLANK_RUN = 1000
_GROUP_STT = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_MALE, _FEMALE = "Nam", "Nữ"


@dataclass(frozen=True)
class RawRow:
    """One member row as stored in the file.

    ``values`` holds every recognised column (None when the cell is empty); ``fonts`` the font
    name of each non-empty cell (None for CSV); ``number_formats`` the number format of each
    cell holding a number or a date ("General", "0", "0.00E+00", "dd/mm/yyyy", …).
    ``group_village``/``group_team`` come from the group row above it, if any.
    """

    sheet: str
    row_number: int
    values: dict[RosterField, object]
    fonts: dict[RosterField, str | None]
    group_village: str | None
    group_team: str | None
    flags: tuple[str, ...]
    number_formats: dict[RosterField, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RosterSheet:
    """A sheet whose header was found. ``header_row`` is the (first) header row and
    ``columns`` the 1-based column of each field; ``labels`` the header text of each field as
    shown ("Năm sinh (Nam)" for a two-row header). When the gender is ticked in two columns
    "Nam"/"Nữ", ``gender_mark_columns`` holds them and each row's gender value is "Nam"/"Nữ"."""

    name: str
    header_row: int
    columns: dict[RosterField, int]
    context_village: str | None
    context_team: str | None
    rows: tuple[RawRow, ...]
    header_height: int = 1
    labels: dict[RosterField, str] = field(default_factory=dict)
    gender_mark_columns: tuple[int, int] | None = None


@dataclass(frozen=True)
class SheetProblem:
    """A sheet-level finding for the clerk (the message names the sheet)."""

    sheet: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class RosterSource:
    file_name: str
    sheets: tuple[RosterSheet, ...]
    problems: tuple[SheetProblem, ...]


def read_roster(path: Path, *, max_bytes: int = 50_000_000) -> RosterSource:
    """Read every visible sheet of a roster file.

    Raises :class:`SpreadsheetError` when the file is missing, larger than ``max_bytes``, not
    a spreadsheet, password-protected, damaged, empty, or has no recognisable header at all.
    Sheets without a header are reported in :attr:`RosterSource.problems`.
    """
    data = read_file_bytes(path, max_bytes)
    kind = detect_kind(data, path.name, max_unpacked=max_bytes * 20)
    sheets: list[RosterSheet] = []
    problems: list[SheetProblem] = []
    any_content = False
    with open_sheets(data, kind, path.name) as grids:
        for grid in grids:
            if grid.hidden:
                problems.append(
                    SheetProblem(grid.name, f"Trang “{grid.name}” đang bị ẩn nên được bỏ qua.")
                )
                continue
            outcome = _SheetReader(grid).read()
            any_content = any_content or outcome.has_content
            problems.extend(SheetProblem(grid.name, message) for message in outcome.problems)
            if outcome.sheet is not None:
                sheets.append(outcome.sheet)
    if not any_content:
        raise SpreadsheetError(f"Tệp “{path.name}” không có dữ liệu.", "no non-empty cell")
    if not sheets:
        raise SpreadsheetError(
            f"Không tìm thấy dòng tiêu đề của danh sách trong tệp “{path.name}”. Dòng tiêu đề "
            "cần có cột “Họ và tên” và ít nhất một cột khác (STT, Ngày sinh, Giới tính, …).",
            "; ".join(problem.message for problem in problems),
        )
    return RosterSource(path.name, tuple(sheets), tuple(problems))


@dataclass
class _Header:
    row: int  # first header row
    height: int
    columns: dict[RosterField, int]
    labels: dict[RosterField, str]
    gender_marks: tuple[int, int] | None
    problems: list[str]


@dataclass
class _Outcome:
    sheet: RosterSheet | None
    problems: list[str]
    has_content: bool


class _SheetReader:
    """Reads one sheet: header search over the first rows, then a single pass over the rest."""

    def __init__(self, grid: SheetGrid) -> None:
        self.grid = grid
        self.name = grid.name
        # rows where a merge spanning three or more columns starts: group rows
        self.wide_rows = {m.min_row for m in grid.merges if m.max_col - m.min_col >= 2}

    def read(self) -> _Outcome:
        rows = self.grid.rows()
        buffer: list[GridRow] = []
        for row in rows:
            buffer.append(row)
            if len(buffer) >= HEADER_SCAN_ROWS:
                break
        has_content = any(_non_empty(values) for _, values, _ in buffer)
        header = self._find_header(buffer)
        if header is None:
            if not has_content:
                has_content = any(_non_empty(values) for _, values, _ in rows)
                if not has_content:
                    return _Outcome(None, [], False)
            message = (
                f"Trang “{self.name}” không tìm thấy dòng tiêu đề (cần có cột “Họ và tên”) "
                f"trong {HEADER_SCAN_ROWS} dòng đầu nên được bỏ qua."
            )
            return _Outcome(None, [message], True)
        village, team = self._context(buffer, header.row)
        data_rows = self._data_rows(header, buffer, rows)
        problems = list(header.problems)
        if not data_rows:
            problems.append(f"Trang “{self.name}” có dòng tiêu đề nhưng không có thành viên nào.")
        sheet = RosterSheet(
            name=self.name,
            header_row=header.row,
            columns=header.columns,
            context_village=village,
            context_team=team,
            rows=tuple(data_rows),
            header_height=header.height,
            labels=header.labels,
            gender_mark_columns=header.gender_marks,
        )
        return _Outcome(sheet, problems, True)

    # --- header ------------------------------------------------------------------------

    def _find_header(self, buffer: list[GridRow]) -> _Header | None:
        for index, (number, values, styles) in enumerate(buffer):
            fields = {
                field_for_label(value, _font(styles, col))
                for col, value in enumerate(values, start=1)
                if isinstance(value, str) and value.strip()
            }
            fields.discard(None)
            if RosterField.FULL_NAME not in fields or len(fields) < 2:
                continue
            above = buffer[index - 1] if index > 0 else None
            below = buffer[index + 1] if index + 1 < len(buffer) else None
            if above is not None and self._merged_down_into(above[0], number):
                return self._build_header(above, (number, values, styles))
            if below is not None and self._is_sub_header((number, values, styles), below):
                return self._build_header((number, values, styles), below)
            return self._build_header((number, values, styles), None)
        return None

    def _merged_down_into(self, upper: int, lower: int) -> bool:
        """A two-row header whose sub-header row holds the "Họ và tên" cell."""
        return lower == upper + 1 and any(
            r.min_row == upper and r.max_row >= lower for r in self.grid.merges
        )

    def _is_sub_header(self, top: GridRow, below: GridRow) -> bool:
        """Whether ``below`` is the second row of a two-row header.

        With merges in the top row (cells merged down, or a group cell merged across) the
        row below must hold at least one header word; without any (CSV), every cell must be
        one and there must be two or more. A group row ("I. Thôn Đông" merged across) never
        is, even though "thôn" is a header word.
        """
        number, _, _ = top
        below_number, below_values, below_styles = below
        if below_number != number + 1:
            return False
        cells = [(col, value) for col, value in enumerate(below_values, start=1) if _present(value)]
        if not cells or not all(
            isinstance(value, str) and not is_numbered_label(value) for _, value in cells
        ):
            return False
        if below_number in self.wide_rows:
            return False
        words = [
            isinstance(value, str)
            and (
                field_for_label(value, _font(below_styles, col)) is not None
                or folded_reading(value, _font(below_styles, col)) in ("nam", "nu")
            )
            for col, value in cells
        ]
        merged_header = any(
            r.min_row == number and (r.max_row > number or r.max_col > r.min_col)
            for r in self.grid.merges
        )
        if merged_header:
            return any(words)
        return all(words) and len(words) >= 2

    def _build_header(self, top: GridRow, sub: GridRow | None) -> _Header:
        number, top_values, top_styles = top
        group_label = self._group_labels(number, top_values, top_styles)
        width = max(len(top_values), len(sub[1]) if sub is not None else 0)
        columns: dict[RosterField, int] = {}
        labels: dict[RosterField, str] = {}
        problems: list[str] = []
        marks: dict[SubHeaderMeaning, int] = {}
        # A merged group cell saved as CSV keeps its text in its first column only: the
        # columns after it, with a sub-header but an empty top cell, belong to the same group.
        carried: tuple[str | None, str | None] = (None, None)
        for col in range(1, width + 1):
            top_text = _text_at(top_values, col)
            if sub is not None and col not in group_label:
                if _text_at(sub[1], col) is None:
                    carried = (None, None)
                elif top_text is not None:
                    carried = (top_text, _font(top_styles, col))
                else:
                    group_label[col] = carried
            if sub is None:
                if top_text is None:
                    continue
                found = field_for_label(top_text, _font(top_styles, col))
                meaning = SubHeaderMeaning.FIELD
                label = label_reading(top_text, _font(top_styles, col))
            else:
                group_text, group_font = group_label.get(col, (top_text, _font(top_styles, col)))
                sub_text = _text_at(sub[1], col)
                sub_font = _font(sub[2], col)
                found, meaning = field_for_sub_header(
                    group_text, sub_text, group_font=group_font, sub_font=sub_font
                )
                if group_text:
                    group_text = label_reading(group_text, group_font)
                if sub_text:
                    sub_text = label_reading(sub_text, sub_font)
                label = _combined_label(group_text, sub_text)
            if found is None:
                continue
            if meaning is not SubHeaderMeaning.FIELD:
                marks.setdefault(meaning, col)
                if meaning is SubHeaderMeaning.GENDER_FEMALE_MARK:
                    continue
                label = clean_text(group_text) if sub is not None and group_text else label
            if found in columns:
                problems.append(
                    f"Trang “{self.name}”: cột “{clean_text(label)}” ({_letter(col)}) trùng nghĩa "
                    f"với cột “{labels[found]}” ({_letter(columns[found])}), chỉ đọc cột "
                    f"{_letter(columns[found])}."
                )
                continue
            columns[found] = col
            labels[found] = clean_text(label)
        gender_marks = None
        male = marks.get(SubHeaderMeaning.GENDER_MALE_MARK)
        female = marks.get(SubHeaderMeaning.GENDER_FEMALE_MARK)
        if male is not None and female is not None and columns.get(RosterField.GENDER) == male:
            gender_marks = (male, female)
        return _Header(number, 1 if sub is None else 2, columns, labels, gender_marks, problems)

    def _group_labels(
        self, row: int, values: Sequence[object], styles: Sequence[CellStyle | None] | None
    ) -> dict[int, tuple[str | None, str | None]]:
        """Column → the text (and font) of the merged group cell above it in the header."""
        groups: dict[int, tuple[str | None, str | None]] = {}
        for merged in self.grid.merges:
            if merged.min_row == row and merged.max_col > merged.min_col:
                text = _text_at(values, merged.min_col)
                font = _font(styles, merged.min_col)
                for col in range(merged.min_col, merged.max_col + 1):
                    groups[col] = (text, font)
        return groups

    # --- context -----------------------------------------------------------------------

    def _context(self, buffer: list[GridRow], header_row: int) -> tuple[str | None, str | None]:
        village, team = context_from_sheet_name(self.name)
        titles: list[str] = []
        for number, values, styles in buffer:
            if number >= header_row:
                break
            for col, value in enumerate(values, start=1):
                if isinstance(value, str) and value.strip():
                    titles.append(decode_for_font(value, _font(styles, col)))
        if not titles:
            return village, team
        title_village, title_team = context_from_titles(titles)
        if title_village is None and title_team is None:
            # fonts get lost when rows are copied: try the legacy readings of the titles too
            for decode in (decode_tcvn3, decode_vni):
                title_village, title_team = context_from_titles([decode(t) for t in titles])
                if title_village or title_team:
                    break
        return title_village or village, title_team or team

    # --- rows --------------------------------------------------------------------------

    def _data_rows(
        self, header: _Header, buffer: list[GridRow], rest: Iterator[GridRow]
    ) -> list[RawRow]:
        columns = header.columns
        name_col = columns[RosterField.FULL_NAME]
        stt_col = columns.get(RosterField.STT)
        last_header_row = header.row + header.height - 1
        name_label = _text_at_row(buffer, header.row, name_col) or _text_at_row(
            buffer, last_header_row, name_col
        )
        merges_by_row: dict[int, list[CellRange]] = {}
        for merged in self.grid.merges:
            if merged.min_row > last_header_row and merged.max_row > merged.min_row:
                merges_by_row.setdefault(merged.min_row, []).append(merged)
        fills: dict[int, tuple[int, object, CellStyle | None]] = {}  # col → (last row, …)
        group_village: str | None = None
        group_team: str | None = None
        blank_run = 0
        out: list[RawRow] = []

        def all_rows() -> Iterator[GridRow]:
            yield from (row for row in buffer if row[0] > last_header_row)
            yield from rest

        for number, values, styles in all_rows():
            for merged in merges_by_row.get(number, ()):
                # A cell merged down (a village written once for its members) counts for
                # every row it covers, as the clerk sees it.
                col = merged.min_col
                fills[col] = (merged.max_row, _at(values, col), _style_at(styles, col))
            present = [
                (col, v)
                for col, v in enumerate(values, start=1)
                if v is not None and (not isinstance(v, str) or v.strip())
            ]
            if not present:
                blank_run += 1
                if blank_run > MAX_BLANK_RUN:
                    break
                continue
            blank_run = 0
            stt = _at(values, stt_col) if stt_col else None
            if not _is_number(stt):
                if number <= last_header_row + 3 and is_column_numbering(values):
                    continue
                texts = [
                    decode_for_font(v, _font(styles, col))
                    for col, v in present
                    if isinstance(v, str)
                ]
                if texts and len(present) <= 4:
                    kind = footer_kind(" ".join(texts))
                    if kind is FooterKind.END:
                        break
                    if kind is FooterKind.TOTAL:
                        continue
                name_value = _at(values, name_col)
                if name_label is not None and name_value == name_label:
                    continue  # the header repeated (a table pasted twice, page headers)
            group = self._group_label(number, values, styles, present, name_col, stt_col, stt)
            if group is not None:
                village, team = parse_group_label(group)
                if village is not None:
                    group_village, group_team = village, team
                elif team is not None:
                    group_team = team
                continue
            row = self._raw_row(number, values, styles, header, fills, group_village, group_team)
            if row is not None:
                out.append(row)
        return out

    def _group_label(
        self,
        number: int,
        values: Sequence[object],
        styles: Sequence[CellStyle | None] | None,
        present: list[tuple[int, object]],
        name_col: int,
        stt_col: int | None,
        stt: object,
    ) -> str | None:
        """The label of a group row ("I. Thôn Đông" merged across the row), or None."""
        label_col, label = present[-1]
        if not isinstance(label, str):
            return None
        text = decode_for_font(label, _font(styles, label_col))
        if len(present) == 1:
            if label_col != name_col or number in self.wide_rows:
                return text
            return text if names_a_place(text) or is_numbered_label(text) else None
        if len(present) == 2 and label_col == name_col and present[0][0] == stt_col:
            numbering = str(stt).strip().rstrip(".").lower()
            if numbering in _GROUP_STT or (len(numbering) == 1 and numbering.isalpha()):
                return text
            if _is_number(stt) and names_a_place(text):
                return text
        return None

    def _raw_row(
        self,
        number: int,
        values: Sequence[object],
        styles: Sequence[CellStyle | None] | None,
        header: _Header,
        fills: dict[int, tuple[int, object, CellStyle | None]],
        group_village: str | None,
        group_team: str | None,
    ) -> RawRow | None:
        out_values: dict[RosterField, object] = {}
        fonts: dict[RosterField, str | None] = {}
        formats: dict[RosterField, str] = {}
        flags: list[str] = []
        filled = False
        width = len(values)
        # This loop runs once per cell of every member row: kept flat, without helper calls.
        for roster_field, col in header.columns.items():
            index = col - 1
            if index < width:
                value = values[index]
                style = styles[index] if styles is not None else None
            else:
                value = style = None
            if value is None:
                fill = fills.get(col)
                if fill is not None and number <= fill[0]:
                    value, style = fill[1], fill[2]
            if value is None:
                if (number, col) in self.grid.formulas_without_value:
                    flags.append(
                        f"công thức không có giá trị ở cột “{header.labels[roster_field]}” "
                        f"(ô {_letter(col)}{number}): hãy mở tệp bằng Excel, lưu lại rồi nhập lại"
                    )
            elif isinstance(value, str):
                if not value.strip():
                    value = None
            elif isinstance(value, CellError):
                flags.append(
                    f"ô lỗi {value.code} ở cột “{header.labels[roster_field]}” "
                    f"(ô {_letter(col)}{number})"
                )
                value = None
            elif style is not None and not isinstance(value, bool):
                formats[roster_field] = style.number_format  # numbers, dates, times
            out_values[roster_field] = value
            if value is None:
                fonts[roster_field] = None
            else:
                fonts[roster_field] = style.font_name if style is not None else None
                filled = filled or roster_field is not RosterField.STT
        if header.gender_marks is not None:
            # ticks ("x") in the "Nam" / "Nữ" columns under "Giới tính" become the gender label
            male = _present(_at(values, header.gender_marks[0]))
            female = _present(_at(values, header.gender_marks[1]))
            gender = _MALE if male and not female else _FEMALE if female and not male else None
            out_values[RosterField.GENDER] = gender
            fonts[RosterField.GENDER] = None
            formats.pop(RosterField.GENDER, None)
            if male and female:
                flags.append("đánh dấu cả “Nam” và “Nữ” ở cột Giới tính")
            filled = filled or male or female
        if not filled and not flags:
            return None  # a numbered but empty line of a form
        return RawRow(
            sheet=self.name,
            row_number=number,
            values=out_values,
            fonts=fonts,
            group_village=group_village,
            group_team=group_team,
            flags=tuple(flags),
            number_formats=formats,
        )


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _non_empty(values: Sequence[object]) -> bool:
    return any(_present(value) for value in values)


def _at(values: Sequence[object], col: int | None) -> object:
    if col is None or col > len(values):
        return None
    return values[col - 1]


def _style_at(styles: Sequence[CellStyle | None] | None, col: int) -> CellStyle | None:
    if styles is None or col > len(styles):
        return None
    return styles[col - 1]


def _font(styles: Sequence[CellStyle | None] | None, col: int) -> str | None:
    style = _style_at(styles, col)
    return style.font_name if style is not None else None


def _text_at(values: Sequence[object], col: int) -> str | None:
    value = _at(values, col)
    return value if isinstance(value, str) and value.strip() else None


def _text_at_row(buffer: list[GridRow], row: int, col: int) -> str | None:
    for number, values, _ in buffer:
        if number == row:
            return _text_at(values, col)
    return None


def _combined_label(group_text: str | None, sub_text: str | None) -> str:
    if group_text and sub_text and fold_label(group_text) != fold_label(sub_text):
        return f"{clean_text(group_text)} ({clean_text(sub_text)})"
    return clean_text(sub_text or group_text or "")


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and value.strip().rstrip(".").isdigit()


def _letter(col: int) -> str:
    letters = ""
    while col > 0:
        col, remainder = divmod(col - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


__all__ = [
    "RawRow",
    "RosterField",
    "RosterSheet",
    "RosterSource",
    "SheetProblem",
    "SpreadsheetError",
    "read_roster",
]
