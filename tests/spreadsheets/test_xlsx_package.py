"""The .xlsx package reader against openpyxl: the same sheets, values, fonts and formats.

The reference is what ``sheet_sources`` did before it had its own reader: openpyxl's
read-only, ``data_only`` workbook, ``reset_dimensions()``, ``iter_rows()``, error cells as
:class:`CellError`, a date-time at midnight as a date, and ``CellStyle(cell.font.name,
cell.number_format)`` for every cell holding a value. Each workbook is read by both of the
package's sheet readers (the fast one and the general one it falls back to) and compared row
by row, with the types of the values. Workbooks come from the test corpus, from hypothesis
through openpyxl (then rewritten the ways other writers store the same cells), and written by
hand for what openpyxl never writes.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904, WINDOWS_EPOCH, from_excel

from tcns_desktop.spreadsheets import sheet_sources, xlsx_package
from tcns_desktop.spreadsheets.errors import SpreadsheetError
from tcns_desktop.spreadsheets.file_checks import FileKind
from tcns_desktop.spreadsheets.roster_reader import read_roster
from tcns_desktop.spreadsheets.sheet_cells import CellError, CellStyle
from tcns_desktop.spreadsheets.xlsx_package import PackageError, XlsxPackage
from tests.spreadsheets import corpus

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl on odd cells

DAMAGED = "damaged"
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)
Row = tuple[int, list[tuple[str, object]], list[CellStyle | None]]
Sheets = list[tuple[str, bool, list[Row]]] | str


def _comparable(number: int, values: Any, styles: Any) -> Row:
    # with the type: 1 == 1.0 == True, and a date must not pass for a datetime
    return number, [(type(value).__name__, value) for value in values], list(styles)


# --- the two readings ---------------------------------------------------------------------


def openpyxl_sheets(data: bytes) -> Sheets:
    """The rows as sheet_sources read them through openpyxl, or DAMAGED where it failed."""
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (
        *_ZIP_ERRORS,
        ElementTree.ParseError,
        KeyError,
        OSError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
    ):
        return DAMAGED
    try:
        sheets: list[tuple[str, bool, list[Row]]] = []
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            rows: list[Row] = []
            for number, cells in enumerate(sheet.iter_rows(), start=1):
                values: list[object] = []
                styles: list[CellStyle | None] = []
                for cell in cells:
                    value = cell.value
                    if value is None:
                        values.append(None)
                        styles.append(None)
                        continue
                    if cell.data_type == "e":
                        value = CellError(str(value))
                    elif type(value) is datetime and value.time() == time(0):
                        value = value.date()
                    values.append(value)
                    styles.append(CellStyle(cell.font.name, cell.number_format))
                rows.append(_comparable(number, values, styles))
            sheets.append((sheet.title, sheet.sheet_state != "visible", rows))
        return sheets
    except (
        *_ZIP_ERRORS,
        ElementTree.ParseError,
        ValueError,
        KeyError,
        IndexError,
        TypeError,
        AttributeError,
        OverflowError,
    ):
        return DAMAGED
    finally:
        workbook.close()


def package_sheets(data: bytes) -> Sheets:
    try:
        package = XlsxPackage(data)
    except (*_ZIP_ERRORS, KeyError, PackageError):
        return DAMAGED
    try:
        return [
            (
                sheet.name,
                sheet.hidden,
                [_comparable(*row) for row in package.rows(sheet.part)],
            )
            for sheet in package.worksheets
        ]
    except (*_ZIP_ERRORS, PackageError):
        return DAMAGED
    finally:
        package.close()


@contextmanager
def general_reader_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The fast readers refuse every sheet and every shared strings table, as they do those
    they cannot read."""

    def refuse(*_args: object) -> Iterator[Any]:
        raise xlsx_package._NeedsGeneralReaderError
        yield

    with monkeypatch.context() as patch:
        patch.setattr(xlsx_package._FastSheetReader, "batches", refuse)
        patch.setattr(xlsx_package, "_plain_shared_strings", lambda _data, _part: None)
        yield


@contextmanager
def reader_used(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The parts the general reader was asked for."""
    parts: list[str] = []
    original = xlsx_package._GeneralSheetReader.rows

    def spy(self: Any, part: str, xml: bytes | None) -> Iterator[Any]:
        parts.append(part)
        return original(self, part, xml)

    with monkeypatch.context() as patch:
        patch.setattr(xlsx_package._GeneralSheetReader, "rows", spy)
        yield parts


def assert_reads_as_openpyxl(
    data: bytes, monkeypatch: pytest.MonkeyPatch, *, fast: bool | None = None
) -> Sheets:
    """Both readers agree with openpyxl; ``fast`` says whether the fast one must have read
    every sheet (True), must have handed over (False), or either (None)."""
    expected = openpyxl_sheets(data)
    with reader_used(monkeypatch) as handed_over:
        found = package_sheets(data)
    assert found == expected
    if fast is True:
        assert handed_over == []
    elif fast is False:
        assert handed_over
    with general_reader_only(monkeypatch):
        assert package_sheets(data) == expected
    return expected


# --- the corpus -------------------------------------------------------------------------------

CORPUS: dict[str, Callable[[Path], Path]] = {
    "commune_roster": corpus.commune_roster_xlsx,
    "village_sheets": corpus.village_sheets_xlsx,
    "village_column": corpus.village_column_xlsx,
    "tcvn3": corpus.tcvn3_xlsx,
    "gender_ticks": corpus.gender_ticks_xlsx,
}


@pytest.mark.parametrize("name", sorted(CORPUS))
@pytest.mark.parametrize("strings", ["inline", "shared"])
def test_corpus_reads_as_openpyxl_reads_it(
    name: str, strings: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = CORPUS[name](tmp_path).read_bytes()
    if strings == "shared":
        data = to_shared_strings(data)
    sheets = assert_reads_as_openpyxl(data, monkeypatch, fast=True)
    assert sheets != DAMAGED and any(rows for _, _, rows in sheets)


def test_empty_and_title_only_workbooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = corpus.bad_files(tmp_path, corpus.gender_ticks_xlsx(tmp_path))
    for name in ("rong.xlsx", "khong_tieu_de.xlsx"):
        assert_reads_as_openpyxl(files[name].read_bytes(), monkeypatch, fast=True)


def test_grids_are_what_the_openpyxl_reading_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """open_sheets end to end: merges and formulas without values are unchanged too."""
    for build in CORPUS.values():
        data = build(tmp_path).read_bytes()
        expected = openpyxl_sheets(data)
        assert expected != DAMAGED
        with sheet_sources.open_sheets(data, FileKind.XLSX, "x.xlsx") as grids:
            found = [
                (grid, [_comparable(*row) for row in grid.rows()] if not grid.hidden else None)
                for grid in grids
            ]
        assert [(grid.name, grid.hidden) for grid, _ in found] == [
            (name, hidden) for name, hidden, _ in expected
        ]
        for (grid, rows), (_, _, expected_rows) in zip(found, expected, strict=True):
            if rows is not None:
                assert rows == expected_rows
            merges, missing = _plain_scan(data, grid.name)
            assert (grid.merges, grid.formulas_without_value) == (
                (merges, missing) if not grid.hidden else ((), frozenset())
            )


def _plain_scan(data: bytes, name: str) -> tuple[tuple[Any, ...], frozenset[tuple[int, int]]]:
    """The merges and formulas without value by the scan's expressions over the whole XML,
    without its shortcuts."""
    package = XlsxPackage(data)
    part = next(sheet.part for sheet in package.worksheets if sheet.name == name)
    xml = package.read_part(part, 1 << 30)
    package.close()
    assert xml is not None
    merges = []
    for match in sheet_sources._MERGE_XML.finditer(xml):
        first_col, first_row, last_col, last_row = match.groups()
        low, left = int(first_row), sheet_sources._column_number(first_col)
        if last_col is None:
            merges.append(sheet_sources.CellRange(low, left, low, left))
        else:
            merges.append(
                sheet_sources.CellRange(
                    low, left, int(last_row), sheet_sources._column_number(last_col)
                )
            )
    return tuple(merges), frozenset(sheet_sources._formulas_without_value(xml))


# --- generated workbooks ------------------------------------------------------------------

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "<>&\"' \t\n\r;#_x005F0=.-Ôåö§¨"),
        st.characters(
            blacklist_categories=("Cs", "Cc", "Co", "Cn"), blacklist_characters="\ufffe\uffff"
        ),
    ),
    max_size=12,
)
VALUES = st.one_of(
    st.none(),
    TEXT,
    st.sampled_from([" lead", "trail ", "  ", "", "#N/A", "#REF!", "=1+1", "_x000D_"]),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 30)),
    st.times(),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=900)),
)
FONTS = st.sampled_from([None, "Times New Roman", ".VnTime", ".VnTimeH", "VNI-Times", "Arial"])
FORMATS = st.sampled_from(
    [
        None,
        "General",
        "0",
        "0.00",
        "0.00E+00",
        "@",
        "mm-dd-yy",
        "dd/mm/yyyy",
        "d/m/yyyy h:mm",
        "[h]:mm:ss",
        "h:mm AM/PM",
        "#,##0",
        "[$-42A]dd/mm/yyyy;@",
        '"Ngày "dd',
        "0%",
    ]
)
REWRITES = st.sampled_from(
    ["none", "shared", "no_refs", "pretty", "prefixed", "reordered", "comment", "utf16"]
)


class Generated(bytes):
    """A workbook; shown by its sheets' XML when hypothesis reports it."""

    def __repr__(self) -> str:
        parts = _parts(self)
        return "\n".join(
            f"{name}: {parts[name]!r}" for name in sorted(parts) if name.startswith("xl/")
        )


@st.composite
def workbooks(draw: st.DrawFn) -> Generated:
    book = openpyxl.Workbook()
    if draw(st.booleans()):
        book.epoch = CALENDAR_MAC_1904
    first = book.active
    assert first is not None
    for index in range(draw(st.integers(1, 3))):
        sheet = first if index == 0 else book.create_sheet()
        sheet.title = f"Trang {index} " + draw(st.sampled_from(["", "Đông", "&<", "x'y"]))
        if index:  # openpyxl refuses to hide the first sheet
            sheet.sheet_state = draw(st.sampled_from(["visible", "hidden", "veryHidden"]))
        for _ in range(draw(st.integers(0, 14))):
            row, col = draw(st.integers(1, 9)), draw(st.integers(1, 7))
            value = draw(VALUES)
            cell = sheet.cell(row, col)
            cell.value = value
            font = draw(FONTS)
            if font is not None or draw(st.booleans()):
                cell.font = Font(name=font, bold=draw(st.booleans()))
            number_format = draw(FORMATS)
            if number_format is not None:
                cell.number_format = number_format
        if draw(st.booleans()):
            top, left = draw(st.integers(1, 8)), draw(st.integers(1, 6))
            sheet.merge_cells(
                start_row=top, start_column=left, end_row=top + 1, end_column=left + 1
            )
    stream = io.BytesIO()
    book.save(stream)
    return Generated(rewrite(stream.getvalue(), draw(REWRITES)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=workbooks())
def test_generated_workbooks_read_as_openpyxl_reads_them(data: bytes) -> None:
    expected = openpyxl_sheets(data)
    assert package_sheets(data) == expected
    with pytest.MonkeyPatch.context() as patch, general_reader_only(patch):
        assert package_sheets(data) == expected


# --- ways other writers store the same cells ----------------------------------------------


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return stream.getvalue()


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', re.S)
_SHEETS = re.compile(r"xl/worksheets/sheet\d+\.xml")


def to_shared_strings(data: bytes) -> bytes:
    """Inline strings moved to a shared strings table (rich text and all), as Excel stores
    text."""
    parts = _parts(data)
    table: dict[bytes, int] = {}

    def shared(match: re.Match[bytes]) -> bytes:
        index = table.setdefault(match.group(3), len(table))
        return b'<c %st="s"%s><v>%d</v></c>' % (match.group(1), match.group(2), index)

    for name in [name for name in parts if _SHEETS.fullmatch(name)]:
        parts[name] = _INLINE.sub(shared, parts[name])
    items = b"".join(b"<si>%s</si>" % content for content in table)
    parts["xl/sharedStrings.xml"] = b'<sst xmlns="%s" count="%d">%s</sst>' % (
        xlsx_package.MAIN_NS.encode(),
        len(table),
        items,
    )
    types = parts["[Content_Types].xml"]
    parts["[Content_Types].xml"] = types.replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
        + xlsx_package._SHARED_STRINGS_TYPE.encode()
        + b'"/></Types>',
    )
    return _zip(parts)


def rewrite(data: bytes, how: str) -> bytes:
    if how == "none":
        return data
    if how == "shared":
        return to_shared_strings(data)
    parts = _parts(data)
    for name in [name for name in parts if _SHEETS.fullmatch(name)]:
        xml = parts[name]
        if how == "no_refs":  # cells and rows without "r": their place is implied
            xml = re.sub(rb'(<(?:c|row)) r="[A-Z]*[0-9]+"', rb"\1", xml)
        elif how == "pretty":  # indented, as some XML libraries write
            xml = re.sub(rb"(<(?:row|c|/c|/row|v|is|f)[ >/])", rb"\n  \1", xml)
        elif how == "prefixed":  # the main namespace under "x:", as the Open XML SDK writes
            xml = re.sub(rb"<(/?)(?=[A-Za-z])", rb"<\1x:", xml)
            xml = xml.replace(b"<x:worksheet xmlns=", b"<x:worksheet xmlns:x=", 1)
        elif how == "reordered":  # attributes in another order and quoting
            xml = re.sub(rb'<c r="([A-Z0-9]+)"([^>]*?)( ?/?)>', rb"<c\2 r='\1'\3>", xml)
        elif how == "comment":  # a comment in the sheet data
            xml = xml.replace(b"<sheetData>", b"<sheetData><!-- <row r='9'> -->", 1)
        elif how == "utf16":
            xml = ('<?xml version="1.0" encoding="UTF-16"?>' + xml.decode("utf-8")).encode("utf-16")
        parts[name] = xml
    return _zip(parts)


# --- packages written by hand ---------------------------------------------------------------

STYLES = f"""<styleSheet xmlns="{xlsx_package.MAIN_NS}">
<numFmts count="4">
  <numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
  <numFmt numFmtId="165" formatCode="[h]:mm:ss"/>
  <numFmt numFmtId="170" formatCode="mm-dd-yy"/>
  <numFmt numFmtId="171" formatCode="0.00E+00"/>
</numFmts>
<fonts count="3">
  <font><sz val="11"/><name val="Calibri"/></font>
  <font><name val="Ignored"/><name val=".VnTime"/></font>
  <font><b/></font>
</fonts>
<cellXfs count="12">
  <xf numFmtId="0" fontId="0"/>
  <xf numFmtId="0" fontId="1"/>
  <xf numFmtId="14" fontId="2"/>
  <xf numFmtId="164" fontId="1"/>
  <xf numFmtId="165" fontId="0"/>
  <xf numFmtId="170" fontId="0"/>
  <xf numFmtId="171" fontId="1"/>
  <xf numFmtId="22"/>
  <xf numFmtId="200" fontId="0"/>
  <xf numFmtId="0" fontId="9"/>
  <xf numFmtId="49" fontId="-1"/>
  <xf numFmtId="0" fontId="3"/>
</cellXfs>
</styleSheet>"""
SHARED = [
    "<si><t>Nguyễn Văn An</t></si>",
    '<si><r><rPr><rFont val=".VnTime"/></rPr><t>Ngu</t></r><r><t xml:space="preserve">y n</t></r>'
    '<rPh sb="0" eb="1"><t>phonetic</t></rPh></si>',
    "<si><t>_x005F_x0041_ a&amp;b &lt;c&gt;</t></si>",
    "<si><t/></si>",
    "<si><t>plain</t><r><t>run</t></r></si>",
    "<si><t><![CDATA[<cdata> & ]]></t></si>",
    "<si><t>line\r\nend</t></si>",
]
UNSTYLED_ROWS = """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>
<c r="C1"><v>36075012345</v></c><c r="D1" s="0"><v>31118</v></c></row>"""
PLAIN_ROWS = """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c>
<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" s="1"><v>36075012345</v></c>
<c r="F1" s="6"><v>1.085E9</v></c><c r="G1" s="3"><v>31118</v></c></row>"""


CHART_SHEET = (
    f'<chartsheet xmlns="{xlsx_package.MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/>'
    '</sheetViews><drawing r:id="rId1"/></chartsheet>'
).encode()
CHART_SHEET_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
)
DRAWING = (
    b'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'
)


def make_package(
    sheet: str | bytes,
    *,
    shared: list[str] | None = None,
    styles: str | None = STYLES,
    workbook_pr: str = "",
    sheets: str = '<sheet name="Danh sách" sheetId="1" r:id="rId1"/>',
    extra: dict[str, bytes] | None = None,
) -> bytes:
    main = xlsx_package.MAIN_NS
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    overrides = [
        (
            "/xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        ),
        (
            "/xl/worksheets/sheet1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        ),
    ]
    parts: dict[str, bytes] = {}
    if shared is not None:
        overrides.append(("/xl/sharedStrings.xml", xlsx_package._SHARED_STRINGS_TYPE))
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{main}">{"".join(shared)}</sst>'.encode()
    if styles is not None:
        parts["xl/styles.xml"] = styles.encode()
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    ).encode()
    parts["_rels/.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{relationships}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ).encode()
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{main}" xmlns:r="{relationships}">{workbook_pr}'
        f"<sheets>{sheets}</sheets></workbook>"
    ).encode()
    parts["xl/_rels/workbook.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{relationships}/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{relationships}/worksheet" '
        'Target="/xl/worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{relationships}/chartsheet" '
        'Target="chartsheets/sheet1.xml"/>'
        f'<Relationship Id="rId4" Type="{relationships}/worksheet" Target="missing.xml"/>'
        "</Relationships>"
    ).encode()
    if isinstance(sheet, str):
        sheet = sheet_xml(sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet
    parts.update(extra or {})
    return _zip(parts)


def sheet_xml(rows: str, *, head: str = "", tail: str = "", root: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<worksheet xmlns="{xlsx_package.MAIN_NS}" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"'
        f'{root}><dimension ref="A1:B2"/>{head}<sheetData>{rows}</sheetData>{tail}</worksheet>'
    ).encode()


HAND_WRITTEN: dict[str, tuple[bytes, bool | None]] = {
    # name: (package, whether the fast reader reads it alone)
    "shared strings, rich text, phonetic runs, escapes": (
        make_package(PLAIN_ROWS, shared=SHARED),
        True,
    ),
    "every cell type": (
        make_package(
            '<row r="1" spans="1:12" x14ac:dyDescent="0.25">'
            '<c r="A1" t="str"><v>text result</v></c><c r="B1" t="b"><v>1</v></c>'
            '<c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c>'
            '<c r="E1" t="e"><v>#REF!</v></c><c r="F1" t="d"><v>2024-03-05</v></c>'
            '<c r="G1" t="d"><v>2024-03-05T10:20:30</v></c><c r="H1" t="d"><v>10:20</v></c>'
            '<c r="I1" t="d"><v>2024-03-05T00:00:00</v></c><c r="J1" t="zz"><v>odd</v></c>'
            '<c r="K1" t="n"><v>-0</v></c><c r="L1"><v>007</v></c></row>'
            '<row r="2"><c r="A2" t="str"><v></v></c><c r="B2" t="e"/><c r="C2" t="s"/>'
            '<c r="D2" t="inlineStr"><v>9</v></c><c r="E2" t="inlineStr"/>'
            '<c r="F2" t="inlineStr"><is/></c><c r="G2" t="inlineStr"><is><t/></is></c>'
            '<c r="H2" t="inlineStr"><is><t xml:space="preserve"> a&amp;b\r\n</t></is></c>'
            '<c r="I2" t="n"><is><t>ignored</t></is></c><c r="J2" s="1"><v> 12 </v></c></row>',
            shared=SHARED,
        ),
        True,
    ),
    "numbers": (
        make_package(
            '<row r="1"><c r="A1"><v>1E3</v></c><c r="B1"><v>1.0</v></c><c r="C1"><v>1e-5</v>'
            '</c><c r="D1"><v>123456789012345678</v></c><c r="E1"><v>-12.5</v></c>'
            '<c r="F1" s="6"><v>36075012345</v></c><c r="G1"><v>&#49;&#50;</v></c>'
            '<c r="H1" t="s"><v>&#49;</v></c><c r="I1" t="b"><v>&#49;</v></c>'
            '<c r="J1" s="3"><v>&#52;5000</v></c></row>',
            shared=SHARED,
        ),
        True,
    ),
    "dates in every system and format": (
        make_package(
            "".join(
                f'<row r="{row}"><c r="A{row}" s="2"><v>{serial}</v></c>'
                f'<c r="B{row}" s="3"><v>{serial}</v></c><c r="C{row}" s="4"><v>{serial}</v></c>'
                f'<c r="D{row}" s="5"><v>{serial}</v></c><c r="E{row}" s="7"><v>{serial}</v></c>'
                "</row>"
                for row, serial in enumerate(
                    [
                        0,
                        0.25,
                        1,
                        59,
                        60,
                        61,
                        45000,
                        45000.5,
                        45000.999999,
                        2958465,
                        2958466,
                        -1,
                        1e20,
                        61.0,
                        "60.75",
                    ],
                    start=1,
                )
            )
        ),
        True,
    ),
    "the 1904 date system": (
        make_package(
            '<row r="1"><c r="A1" s="2"><v>0</v></c><c r="B1" s="3"><v>1</v></c>'
            '<c r="C1" s="3"><v>61</v></c><c r="D1" s="3"><v>43000</v></c>'
            '<c r="E1" s="7"><v>43000.5</v></c><c r="F1" s="3"><v>2957003</v></c>'
            '<c r="G1" s="3"><v>2957004</v></c></row>',
            workbook_pr='<workbookPr date1904="1"/>',
        ),
        True,
    ),
    "date1904 spelled false": (
        make_package(
            '<row r="1"><c r="A1" s="3"><v>61</v></c></row>',
            workbook_pr='<workbookPr date1904="false"/>',
        ),
        True,
    ),
    "formulas with and without results": (
        make_package(
            '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>1+1</f></c>'
            '<c r="C1"><f>1+1</f><v/></c><c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
            '<c r="E1" t="str"><f>""</f><v></v></c><c r="F1" s="3"><f t="shared" ref="F1:F3" '
            'si="0">A1+30000</f><v>30002</v></c></row><row r="2"><c r="F2" s="3">'
            '<f t="shared" si="0"/><v>30003</v></c><c r="G2" cm="1"><f t="array" ref="G2">'
            "SORT(A1)</f><v>5</v></c></row>"
        ),
        True,
    ),
    "gaps, order, duplicates and odd row numbers": (
        make_package(
            '<row r="2"><c r="C2"><v>1</v></c><c r="A2"><v>2</v></c></row>'
            '<row r="4"><c r="A4"><v>1</v></c><c r="A4"><v>3</v></c><c r="F4" s="1"/></row>'
            '<row r="3"><c r="A3" t="str"><v>too late</v></c></row>'
            '<row r="4"><c r="A4"><v>9</v></c></row>'
            '<row r="0"><c r="A0"><v>9</v></c></row><row r="6"/><row r="7"></row>'
            '<row r="40"><c r="AA40" t="s"><v>0</v></c><c r="ZZ40"><v>1</v></c>'
            '<c r="XFD40"><v>2</v></c></row>',
            shared=SHARED,
        ),
        True,
    ),
    "no r attributes": (
        make_package(
            '<row><c><v>1</v></c><c/><c t="s"><v>0</v></c></row><row r="5"><c><v>1</v></c>'
            '<c r="D5"><v>2</v></c><c><v>3</v></c></row><row><c s="1"><v>4</v></c></row>',
            shared=SHARED,
        ),
        False,
    ),
    "a wrong dimension": (
        make_package(
            sheet_xml(
                '<row r="1"><c r="A1"><v>1</v></c></row><row r="30"><c r="H30"><v>2</v></c></row>'
            ).replace(b'ref="A1:B2"', b'ref="A1:A1"')
        ),
        True,
    ),
    "styles: unknown index on an empty cell, negative index": (
        make_package(
            '<row r="1"><c r="A1" s="99"/><c r="B1" s="8"/><c r="C1" s="9"/>'
            '<c r="D1" s="10"><v>1</v></c><c r="E1" s="-1"><v>5</v></c><c r="F1" s="11"><v>6</v>'
            "</c></row>"
        ),
        False,
    ),
    "no styles part": (make_package(UNSTYLED_ROWS, shared=SHARED, styles=None), True),
    "no cell formats": (
        make_package(
            UNSTYLED_ROWS, shared=SHARED, styles=f'<styleSheet xmlns="{xlsx_package.MAIN_NS}"/>'
        ),
        True,
    ),
    "named styles, fonts past the end": (
        make_package(
            '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1"><v>2</v></c>'
            '<c r="C1" s="10"><v>3</v></c></row>',
            styles=STYLES.replace(
                "</cellXfs>",
                "</cellXfs><fills><fill><patternFill/></fill></fills><borders><border/>"
                '</borders><cellStyleXfs><xf fontId="0"/></cellStyleXfs><cellStyles>'
                '<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
            ).replace(
                "<font><b/></font>",
                '<font><name val="Calibri"/><family val="2"/>'
                '<b val="0"/><i val="0"/><color theme="1"/><sz val="12"/>'
                '<scheme val="minor"/></font>',
            ),
        ),
        True,
    ),
    "pretty printed with comments and processing instructions": (
        make_package(
            sheet_xml(
                '\n  <row r="1">\n    <c r="A1" t="s">\n      <v>0</v>\n    </c>\n'
                '    <!-- a comment --><?pi x?><c r="B1"><v>1<!-- c -->2</v></c>\n  </row>\n',
                head="<!-- head -->",
            ),
            shared=SHARED,
        ),
        False,
    ),
    "cdata and references in values": (
        make_package(
            '<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c>'
            '<c r="B1" t="inlineStr"><is><t><![CDATA[x & y]]></t></is></c></row>'
        ),
        False,
    ),
    "prefixed main namespace": (
        make_package(
            b'<?xml version="1.0"?><x:worksheet xmlns:x="'
            + xlsx_package.MAIN_NS.encode()
            + b'"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>'
            b'<x:c r="B1" s="3"><x:f>1</x:f><x:v>30000</x:v></x:c><x:c r="C1" t="inlineStr">'
            b"<x:is><x:t>inline</x:t></x:is></x:c></x:row><x:row r='2'/></x:sheetData>"
            b"</x:worksheet>",
            shared=SHARED,
        ),
        False,
    ),
    "prefixed main namespace, plain attributes": (
        make_package(
            b'<x:worksheet xmlns:x="'
            + xlsx_package.MAIN_NS.encode()
            + b'"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>'
            b'<x:c r="B1" s="3"><x:f>1</x:f><x:v>30000</x:v></x:c><x:c r="C1" t="inlineStr">'
            b'<x:is><x:t>inline</x:t></x:is></x:c></x:row><x:row r="2"/></x:sheetData>'
            b"</x:worksheet>",
            shared=SHARED,
        ),
        True,
    ),
    "elements of another namespace": (
        make_package(
            sheet_xml(
                '<row r="1"><c r="A1"><v>1</v></c><y:c xmlns:y="urn:y" r="B1"><y:v>2</y:v></y:c>'
                '<c r="C1"><y:v xmlns:y="urn:y">3</y:v><v>4</v></c></row>'
                '<y:row xmlns:y="urn:y" r="2"><c r="A2"><v>5</v></c></y:row>'
            )
        ),
        False,
    ),
    "rows nested by a lost end tag": (
        make_package(
            '<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row>'
            '<c r="C1"><v>3</v></c></row><row r="3"><c r="A3"><v>4</v></c></row>'
            '<row><c r="B4"><v>5</v></c><row r="9"/></row>'
        ),
        False,
    ),
    "relationships whatever their tag, with the type shorthand": (
        make_package(
            PLAIN_ROWS,
            shared=SHARED,
            extra={
                "xl/_rels/workbook.xml.rels": (
                    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    b'relationships"><Rel Id="rId1" type="worksheet" '
                    b'Target="/xl/worksheets/sheet1.xml"/></Relationships>'
                )
            },
        ),
        True,
    ),
    "a row outside the sheet data": (
        make_package(
            sheet_xml(
                '<row r="1"><c r="A1"><v>1</v></c></row>',
                tail='<extLst><row r="3"><c r="A3"><v>3</v></c></row></extLst>',
            )
        ),
        False,
    ),
    "attributes as other writers order and quote them": (
        make_package(
            '<row spans="1:2" r="1"><c t="s" r="A1"><v>0</v></c><c r=\'B1\' s=\'1\'><v>1</v>'
            '</c><c\n r="C1"\ts="3"><v>30000</v></c><c r="D1" s="01"><v>30000</v></c></row>',
            shared=SHARED,
        ),
        False,
    ),
    "utf-16": (
        make_package(
            (
                '<?xml version="1.0" encoding="UTF-16"?>' + sheet_xml(PLAIN_ROWS).decode()[55:]
            ).encode("utf-16"),
            shared=SHARED,
        ),
        False,
    ),
    "sheets: hidden, very hidden, chart sheet, missing part, no relationship id": (
        make_package(
            PLAIN_ROWS,
            shared=SHARED,
            sheets='<sheet name="A" sheetId="1" r:id="rId1"/>'
            '<sheet name="B" sheetId="2" state="hidden" r:id="rId2"/>'
            '<sheet name="C" sheetId="3" r:id="rId3"/><sheet name="D" sheetId="4" r:id="rId4"/>'
            '<sheet name="E" sheetId="5"/>'
            '<sheet name="F" sheetId="6" state="veryHidden" r:id="rId1"/>',
            extra={
                "xl/worksheets/sheet2.xml": sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'),
                "xl/chartsheets/sheet1.xml": CHART_SHEET,
                "xl/chartsheets/_rels/sheet1.xml.rels": CHART_SHEET_RELS,
                "xl/drawings/drawing1.xml": DRAWING,
            },
        ),
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(HAND_WRITTEN))
def test_hand_written_packages_read_as_openpyxl_reads_them(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, fast = HAND_WRITTEN[name]
    sheets = assert_reads_as_openpyxl(data, monkeypatch, fast=fast)
    assert sheets != DAMAGED


@pytest.mark.parametrize(
    ("items", "plain"),
    [
        (SHARED[:5] + SHARED[6:], True),  # rich text items one by one
        (SHARED, False),  # a CDATA section
        ([*SHARED[:2], '<si xmlns:y="urn:y"><t>a</t><y:x/></si>'], False),
        ([*SHARED[:2], '<si><x:t xmlns:x="urn:x">a</x:t></si>'], False),
        (["<si><t>a</t></si>", "<?pi?>"], False),
    ],
)
def test_shared_strings_read_as_openpyxl_reads_them(
    items: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = sum(item.startswith("<si") for item in items)
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="s"><v>{n - 1}</v></c></row>' for n in range(1, count + 1)
    )
    data = make_package(rows, shared=items)
    calls: list[str] = []
    original = xlsx_package._shared_strings_by_elements

    def spy(data: bytes, part: str) -> list[str]:
        calls.append(part)
        return original(data, part)

    with monkeypatch.context() as patch:
        patch.setattr(xlsx_package, "_shared_strings_by_elements", spy)
        XlsxPackage(data).close()
    assert bool(calls) is not plain
    assert assert_reads_as_openpyxl(data, monkeypatch) != DAMAGED


DAMAGED_PACKAGES: dict[str, bytes] = {
    "a style with a font that does not exist, on a value": make_package(
        '<row r="1"><c r="A1" s="9"><v>1</v></c></row>'
    ),
    "a style with a format that does not exist, on a value": make_package(
        '<row r="1"><c r="A1" s="8"><v>1</v></c></row>'
    ),
    "a style index past the end, on a value": make_package(
        '<row r="1"><c r="A1" s="12"><v>1</v></c></row>'
    ),
    "an empty style index on a value": make_package('<row r="1"><c r="A1" s=""><v>1</v></c></row>'),
    "a shared string that does not exist": make_package(
        '<row r="1"><c r="A1" t="s"><v>7</v></c></row>', shared=SHARED
    ),
    "no shared strings at all": make_package('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
    "a number that is not one": make_package('<row r="1"><c r="A1"><v>12a</v></c></row>'),
    "a boolean that is not one": make_package('<row r="1"><c r="A1" t="b"><v>yes</v></c></row>'),
    "an ISO date that is not one": make_package(
        '<row r="1"><c r="A1" t="d"><v>05/03</v></c></row>'
    ),
    "a bad cell reference": make_package('<row r="1"><c r="A1B"><v>1</v></c></row>'),
    "a bad row number": make_package('<row r="1.5"><c r="A1"><v>1</v></c></row>'),
    "malformed sheet XML": make_package(b"<worksheet><sheetData><row></sheetData>"),
    "an unbound prefix": make_package(sheet_xml('<row r="1"><c r="A1" q:x="1"><v>1</v></c></row>')),
    "a truncated sheet": make_package(sheet_xml(PLAIN_ROWS)[:-30], shared=SHARED),
    "malformed shared strings": make_package(PLAIN_ROWS, shared=["<si><t>open"]),
    "a sheet state that does not exist": make_package(
        PLAIN_ROWS, shared=SHARED, sheets='<sheet name="A" sheetId="1" state="x" r:id="rId1"/>'
    ),
    "a relationship openpyxl cannot read": make_package(
        PLAIN_ROWS,
        shared=SHARED,
        extra={
            "xl/_rels/workbook.xml.rels": (
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"><Relationship Id="rId1" Type="worksheet" Colour="red" '
                b'Target="worksheets/sheet1.xml"/></Relationships>'
            )
        },
    ),
    "a relationship id that does not exist": make_package(
        PLAIN_ROWS, shared=SHARED, sheets='<sheet name="A" sheetId="1" r:id="rId9"/>'
    ),
}


@pytest.mark.parametrize("name", sorted(DAMAGED_PACKAGES))
def test_damage_is_found_where_openpyxl_finds_it(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_reads_as_openpyxl(DAMAGED_PACKAGES[name], monkeypatch)
    assert package_sheets(DAMAGED_PACKAGES[name]) == DAMAGED


def test_the_fast_reader_hands_over_late_without_repeating_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A comment after many blocks of plain rows: the rows already given are not given
    again, and none is missed."""
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="C{n}"><v>{n}</v></c></row>'
        for n in range(1, 3000)
    )
    late = '<!-- late --><row r="3005"><c r="B3005"><v>1</v></c></row>'
    data = make_package(rows + late, shared=SHARED)
    assert_reads_as_openpyxl(data, monkeypatch, fast=False)
    # and the same with the surprise after the sheet data
    data = make_package(
        sheet_xml(rows, tail='<extLst><ext uri="x"><row r="4000"/></ext></extLst>'),
        shared=SHARED,
    )
    assert_reads_as_openpyxl(data, monkeypatch, fast=False)


def _rows_before_damage(read: Callable[[], Iterator[Any]]) -> int:
    count = 0
    with pytest.raises(Exception):  # noqa: B017  (each reader raises its own)
        for _ in read():
            count += 1
    return count


@pytest.mark.parametrize("where", [1000, 40_000, 150_000])
def test_damage_in_a_sheet_surfaces_after_the_same_rows(
    where: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl parses 16 KiB at a time and gives no row of a block that fails: a roster
    that stops before the damage (a signature block) reads the same with either."""
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="C{n}"><v>{n}</v></c></row>'
        for n in range(1, 6000)
    )
    xml = bytearray(sheet_xml(rows))
    where = xml.index(b"<v>", where) + 3  # a digit becomes "<": not well-formed from there
    xml[where] = ord("<")
    data = make_package(bytes(xml), shared=SHARED)

    def theirs() -> Iterator[Any]:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        sheet.reset_dimensions()
        yield from sheet.iter_rows(values_only=True)

    def ours() -> Iterator[Any]:
        package = XlsxPackage(data)
        yield from package.rows(package.worksheets[0].part)

    expected = _rows_before_damage(theirs)
    assert _rows_before_damage(ours) == expected
    with general_reader_only(monkeypatch):
        assert _rows_before_damage(ours) == expected


# --- document type declarations -----------------------------------------------------------

LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


@pytest.mark.parametrize("part", ["sheet", "shared strings", "workbook", "styles"])
def test_a_document_type_declaration_is_refused_as_damage(part: str, tmp_path: Path) -> None:
    """No entity is ever expanded: a part declaring a DTD makes the file a damaged one
    (openpyxl, without defusedxml, would expand the entities)."""
    main = xlsx_package.MAIN_NS
    sheet: str | bytes = PLAIN_ROWS
    shared = SHARED
    styles = STYLES
    if part == "sheet":
        sheet = LAUGHS.encode() + sheet_xml('<row r="1"><c r="A1" t="str"><v>&lol3;</v></c></row>')
    elif part == "shared strings":
        shared = [*SHARED, "<si><t>&lol3;</t></si>"]
    elif part == "styles":
        styles = LAUGHS + STYLES
    data = make_package(sheet, shared=shared, styles=styles)
    if part == "shared strings":
        parts = _parts(data)
        parts["xl/sharedStrings.xml"] = LAUGHS.encode() + parts["xl/sharedStrings.xml"]
        data = _zip(parts)
    elif part == "workbook":
        parts = _parts(data)
        parts["xl/workbook.xml"] = (
            f'<?xml version="1.0"?>{LAUGHS}<workbook xmlns="{main}"><sheets/></workbook>'
        ).encode()
        data = _zip(parts)
    assert package_sheets(data) == DAMAGED
    path = tmp_path / "dtd.xlsx"
    path.write_bytes(data)
    with pytest.raises(SpreadsheetError, match="bị hỏng"):
        read_roster(path)


# --- conversions ----------------------------------------------------------------------------


@given(
    serial=st.one_of(
        st.integers(min_value=-5, max_value=3_000_000),
        st.floats(min_value=-5, max_value=3_000_000, allow_nan=False),
    ),
    date1904=st.booleans(),
    duration=st.booleans(),
)
@example(serial=61, date1904=False, duration=False)
@example(serial=60, date1904=False, duration=False)
@example(serial=2958465, date1904=False, duration=False)
@example(serial=2958466, date1904=False, duration=False)
@example(serial=2957003, date1904=True, duration=False)
@example(serial=2957004, date1904=True, duration=False)
def test_serials_become_what_from_excel_makes_of_them(
    serial: float, date1904: bool, duration: bool
) -> None:
    epoch = CALENDAR_MAC_1904 if date1904 else WINDOWS_EPOCH
    expected: object
    try:
        expected = from_excel(serial, epoch, timedelta=duration)
    except (OverflowError, ValueError):
        expected = CellError("#VALUE!")
    if type(expected) is datetime and expected.time() == time(0):
        expected = expected.date()
    package = XlsxPackage(make_package("", workbook_pr=f'<workbookPr date1904="{int(date1904)}"/>'))
    found = package.date_value(serial, duration)
    package.close()
    assert (type(found), found) == (type(expected), expected)


@given(text=st.text(max_size=20))
@example(text="a\r\nb\rc &amp; &#x1EA1;&#7841; &lt;&gt;&quot;&apos;")
def test_character_data_is_decoded_as_expat_decodes_it(text: str) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    try:
        parsed = ElementTree.fromstring(b"<t>" + raw + b"</t>").text or ""
    except ElementTree.ParseError:
        return  # not well-formed: the fast reader never sees it
    assert xlsx_package._xml_text(raw) == parsed
