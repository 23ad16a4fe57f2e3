"""One interface over the three roster formats: sheets of rows of raw cell values and styles.

- **.xlsx** — :class:`~tcns_desktop.spreadsheets.xlsx_package.XlsxPackage` reads the package's
  XML itself and reports exactly the values, fonts and number formats openpyxl's read-only
  mode with ``data_only=True`` (cached formula results) reports, in about 0.4x of the time
  openpyxl needs for the values alone (0.25x when the text is stored inline;
  ``bench/bench_roster_read.py``). Neither exposes the merged ranges nor whether a formula
  had a cached value, so the sheet XML is scanned once more, as raw bytes, for
  ``<mergeCell>`` and for formula cells without a ``<v>`` (a few per cent of the read).
- **.xls** — xlrd with ``formatting_info=True``: fonts, number formats, merged ranges; date
  cells become dates through ``xldate``. BIFF stores every number as a double: whole numbers
  come back as ``int``, as openpyxl returns them for .xlsx.
- **.csv** — every cell is text; no fonts, no merges.

Values: ``str``, ``int``, ``float``, ``bool``, ``date`` (a date-time at midnight, which is how
Excel stores a date), ``datetime``, ``time``, :class:`CellError` for "#N/A" and friends, or
None for an empty cell.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, time
from functools import partial
from typing import Any

from tcns_desktop.spreadsheets.file_checks import (
    FileKind,
    damaged_error,
    encrypted_error,
    not_a_spreadsheet,
)
from tcns_desktop.spreadsheets.sheet_cells import CellError, CellStyle, GridRow
from tcns_desktop.spreadsheets.xlsx_package import PackageError, XlsxPackage

__all__ = [
    "CellError",
    "CellRange",
    "CellStyle",
    "GridRow",
    "SheetGrid",
    "open_sheets",
]


@dataclass(frozen=True, slots=True)
class CellRange:
    """A merged range, 1-based and inclusive as Excel shows it."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass(frozen=True)
class SheetGrid:
    name: str
    hidden: bool
    merges: tuple[CellRange, ...]
    formulas_without_value: frozenset[tuple[int, int]]
    rows: Callable[[], Iterator[GridRow]]


@contextmanager
def open_sheets(data: bytes, kind: FileKind, file_name: str) -> Iterator[Iterator[SheetGrid]]:
    """The sheets of a workbook, read lazily; the workbook is closed when the block ends."""
    if kind is FileKind.XLSX:
        with _xlsx_sheets(data, file_name) as sheets:
            yield sheets
    elif kind is FileKind.XLS:
        with _xls_sheets(data, file_name) as sheets:
            yield sheets
    else:
        yield iter([_csv_sheet(data, file_name)])


# --- .xlsx ---------------------------------------------------------------------------------

_MIDNIGHT = time(0, 0)
_CELL_XML = re.compile(rb"<(?:\w+:)?c(\s[^>]*)?(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')
_STRING_RESULT = re.compile(rb'\bt="str"')
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE_WITH_TEXT = re.compile(rb"<(?:\w+:)?v>[^<]")
_MERGE_XML = re.compile(
    rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})([0-9]+)(?::([A-Z]{1,3})([0-9]+))?"'
)
_SCAN_CHUNK = 1 << 20
# A sheet up to this size is unpacked once for the scan and the rows; a bigger one (formatting
# down to row 1,048,576) is unpacked twice rather than held in memory.
_KEEP_UNPACKED = 64 << 20


@contextmanager
def _xlsx_sheets(data: bytes, file_name: str) -> Iterator[Iterator[SheetGrid]]:
    try:
        package = XlsxPackage(data)
    except PackageError as exc:
        raise damaged_error(file_name, exc) from exc
    try:
        yield _xlsx_grids(package)
    except PackageError as exc:
        raise damaged_error(file_name, exc) from exc
    finally:
        package.close()


def _xlsx_grids(package: XlsxPackage) -> Iterator[SheetGrid]:
    for sheet in package.worksheets:
        merges: tuple[CellRange, ...] = ()
        missing: frozenset[tuple[int, int]] = frozenset()
        xml = None
        if not sheet.hidden:
            xml = package.read_part(sheet.part, _KEEP_UNPACKED)
            chunks = [xml] if xml is not None else package.chunks(sheet.part, _SCAN_CHUNK)
            merges, missing = _scan_sheet_xml(chunks)
        yield SheetGrid(
            name=sheet.name,
            hidden=sheet.hidden,
            merges=merges,
            formulas_without_value=missing,
            rows=partial(package.rows, sheet.part, xml),
        )


def _scan_sheet_xml(
    chunks: Iterable[bytes],
) -> tuple[tuple[CellRange, ...], frozenset[tuple[int, int]]]:
    """Merged ranges and formula cells without a cached value, from the raw sheet XML.

    Read in chunks cut after a ``</row>`` so that no cell is split; the bytes are never
    parsed as XML, which keeps this pass at a few per cent of openpyxl's.
    """
    merges: list[CellRange] = []
    missing: set[tuple[int, int]] = set()
    pending = b""
    for chunk in itertools.chain(chunks, [b""]):
        buffer = pending + chunk
        if chunk:
            cut = buffer.rfind(b"</row>")
            if cut < 0 and len(buffer) < 16 * _SCAN_CHUNK:
                pending = buffer
                continue
            cut = cut + len(b"</row>") if cut >= 0 else len(buffer)
            ready, pending = buffer[:cut], buffer[cut:]
        else:
            ready, pending = buffer, b""
        # Substring tests first, a one-byte one (memchr) before the others: the expression
        # alone stops at every "<", and a two-byte search costs a third of expat's pass.
        if b"f" in ready and (b"<f" in ready or b":f" in ready) and _FORMULA_TAG.search(ready):
            missing.update(_formulas_without_value(ready))
        if b"mergeCell" in ready:
            merges.extend(_merged_ranges(ready))
    return tuple(merges), frozenset(missing)


def _formulas_without_value(xml: bytes) -> Iterator[tuple[int, int]]:
    for match in _CELL_XML.finditer(xml):
        attributes, body = match.group(1) or b"", match.group(2)
        if not _FORMULA_TAG.search(body) or _VALUE_WITH_TEXT.search(body):
            continue
        if _STRING_RESULT.search(attributes):
            continue  # <v></v> with t="str" is a formula whose result is empty text
        ref = _CELL_REF.search(attributes)
        if ref is not None:
            yield int(ref.group(2)), _column_number(ref.group(1))


def _merged_ranges(xml: bytes) -> Iterator[CellRange]:
    # from the tag holding the first "mergeCell": the expression stops at every "<"
    start = max(0, xml.rfind(b"<", 0, xml.find(b"mergeCell")))
    for match in _MERGE_XML.finditer(xml, start):
        first_col, first_row, last_col, last_row = match.groups()
        min_row, min_col = int(first_row), _column_number(first_col)
        if last_col is None:
            yield CellRange(min_row, min_col, min_row, min_col)
        else:
            yield CellRange(min_row, min_col, int(last_row), _column_number(last_col))


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


# --- .xls ----------------------------------------------------------------------------------


@contextmanager
def _xls_sheets(data: bytes, file_name: str) -> Iterator[Iterator[SheetGrid]]:
    import xlrd  # type: ignore[import-untyped]  # no stubs in the project's dependencies

    # Every sheet is parsed here, not on demand: xlrd fails on damaged BIFF in many ways
    # (CompDocError, IndexError, OverflowError, LookupError for a bogus code page, …), and
    # all of them can then be reported as a damaged file without hiding errors of our own.
    # xlrd writes its warnings to stdout unless given a log file.
    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, logfile=io.StringIO(), verbosity=0
        )
    except xlrd.XLRDError as exc:
        text = str(exc).lower()
        if "encrypt" in text:
            raise encrypted_error(file_name, str(exc)) from exc
        if "can't find workbook" in text or "unsupported format" in text:
            raise not_a_spreadsheet(file_name, "tài liệu Office khác") from exc
        raise damaged_error(file_name, exc) from exc
    except Exception as exc:  # any other failure of xlrd's BIFF parser means damage
        raise damaged_error(file_name, exc) from exc
    try:
        yield _xls_grids(book, xlrd)
    finally:
        book.release_resources()


def _xls_grids(book: Any, xlrd: Any) -> Iterator[SheetGrid]:
    styles: dict[int, CellStyle] = {}
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        merges = tuple(
            CellRange(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells
        )
        yield SheetGrid(
            name=sheet.name,
            hidden=sheet.visibility != 0,
            merges=merges,
            formulas_without_value=frozenset(),  # xlrd keeps only the cached results
            rows=partial(_xls_rows, book, sheet, styles, xlrd),
        )


def _xls_rows(book: Any, sheet: Any, styles: dict[int, CellStyle], xlrd: Any) -> Iterator[GridRow]:
    empty, blank = xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK
    text, number, date_type = xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE
    boolean, error = xlrd.XL_CELL_BOOLEAN, xlrd.XL_CELL_ERROR
    for row_index in range(sheet.nrows):
        values: list[object] = []
        row_styles: list[CellStyle | None] = []
        for cell in sheet.row(row_index):
            kind = cell.ctype
            if kind in (empty, blank) or (kind == text and cell.value == ""):
                values.append(None)
                row_styles.append(None)
                continue
            value: object = cell.value
            if kind == number:
                value = _whole_number(cell.value)
            elif kind == date_type:
                value = _xls_date(cell.value, book.datemode, xlrd)
            elif kind == boolean:
                value = bool(cell.value)
            elif kind == error:
                value = CellError(xlrd.error_text_from_code.get(cell.value, "#LỖI"))
            values.append(value)
            row_styles.append(_xls_style(book, cell.xf_index, styles))
        yield row_index + 1, values, row_styles


def _whole_number(value: float) -> int | float:
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _xls_date(value: float, datemode: int, xlrd: Any) -> object:
    try:
        moment: datetime = xlrd.xldate.xldate_as_datetime(value, datemode)
    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
        return _whole_number(value)  # a date format on a number Excel cannot show as a date
    if value < 1:  # a time of day only
        return moment.time()
    return moment.date() if moment.time() == _MIDNIGHT else moment


def _xls_style(book: Any, xf_index: int | None, styles: dict[int, CellStyle]) -> CellStyle | None:
    if xf_index is None:
        return None
    style = styles.get(xf_index)
    if style is None:
        try:
            xf = book.xf_list[xf_index]
            font_name = book.font_list[xf.font_index].name
            number_format = book.format_map[xf.format_key].format_str
        except (IndexError, KeyError):  # a damaged format table: the values still count
            return None
        style = styles[xf_index] = CellStyle(font_name or None, number_format or "General")
    return style


# --- .csv ----------------------------------------------------------------------------------


def _csv_sheet(data: bytes, file_name: str) -> SheetGrid:
    from tcns_desktop.spreadsheets.csv_text import read_csv_rows

    rows, _encoding, _delimiter = read_csv_rows(data)
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name

    def grid_rows() -> Iterator[GridRow]:
        for number, row in enumerate(rows, start=1):
            yield number, [cell if cell.strip() else None for cell in row], None

    return SheetGrid(
        name=stem,
        hidden=False,
        merges=(),
        formulas_without_value=frozenset(),
        rows=grid_rows,
    )
