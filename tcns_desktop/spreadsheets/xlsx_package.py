"""An .xlsx package read straight from its XML parts, with the cell values openpyxl gives.

openpyxl's read-only mode builds an element, a dictionary and a cell object per cell and
finds each cell's style through several objects: most of a 10,000-row roster's import went
there. This module reads the same parts the way openpyxl does and reports exactly what
``load_workbook(read_only=True, data_only=True)`` + ``reset_dimensions()`` + ``iter_rows()``
report, in the conventions of :mod:`~tcns_desktop.spreadsheets.sheet_sources` (error cells as
:class:`CellError`, a date-time at midnight as a ``date``, a :class:`CellStyle` for each cell
holding a value), using openpyxl's own tables and functions for number formats and dates:

- ``[Content_Types].xml`` names the workbook part and the shared strings part;
- the workbook part gives the sheets in order (name, state, relationship id) and
  ``workbookPr/@date1904``; its relationships give each sheet's part;
- ``xl/styles.xml`` gives, per cell style index, the font name and the number format code
  (custom codes rebased as openpyxl rebases them), and whether numbers are dates;
- the shared strings and a worksheet's rows each come from one of two readers:

  * a **fast** reader: one regular expression over the XML, used only while the bytes are
    UTF-8, the main namespace is the default one (or one prefix) with no declaration inside
    the data, and there are no comments, CDATA sections or processing instructions. In
    well-formed XML every ``<`` then starts a tag, and a last catch-all alternative turns any
    tag the expression does not know (another namespace, an attribute order or spacing it
    does not expect, rich text in a cell, …) into a switch to the general reader. Every
    byte is also fed to expat, without handlers, before its rows are used, so malformed
    XML is refused as openpyxl refuses it;
  * the **general** reader: ``ElementTree.iterparse`` in 16 KiB blocks, element by element
    as openpyxl's own parser goes, for everything else, damage included (it gives the rows
    that end before the damage, as openpyxl does, then raises).

No part may declare a document type: entity expansion ("billion laughs") and external
entities never get a chance, and such a file is reported as damaged.
"""

from __future__ import annotations

import io
import itertools
import logging
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

from tcns_desktop.spreadsheets.sheet_cells import CellError, CellStyle, GridRow

log = logging.getLogger(__name__)

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_ID = f"{{{_RELATIONSHIPS_NS}}}id"
_RELATIONSHIP_KEYS = {"Id", "Type", "type", "Target", "TargetMode"}
_SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
# openpyxl's order of preference (reader/excel.py, _find_workbook_part)
_WORKBOOK_TYPES = (
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
)
_STYLES_PART = "xl/styles.xml"  # openpyxl reads it from this path, whatever the manifest says
_DEFAULT_FONT = "Calibri"  # openpyxl's font when a workbook has no cell styles
_SHEET_STATES = {"visible": False, "hidden": True, "veryHidden": True, "none": True}
_CUSTOM_FORMATS_START = 164  # openpyxl's BUILTIN_FORMATS_MAX_SIZE
_BLOCK = 16 * 1024  # what ElementTree.iterparse reads at a time
_MIDNIGHT = time(0, 0)
# From this serial on, from_excel is plain day counting in both date systems (below it come
# times of day and the days before Excel's phantom 29 February 1900).
_FIRST_PLAIN_SERIAL = 61
_ROW_TAG = f"{{{MAIN_NS}}}row"
_VALUE_TAG = f"{{{MAIN_NS}}}v"
_INLINE_TAG = f"{{{MAIN_NS}}}is"
_SHARED_ITEM_TAG = f"{{{MAIN_NS}}}si"

# A style no cell can use (a font or number format index past the end of its table):
# openpyxl fails only when a cell holding a value asks for it.
_UNUSABLE = CellStyle("\x00unusable", "\x00unusable")


# What zipfile raises for a damaged archive: a bad offset gives ValueError, a flipped flag
# bit NotImplementedError (compression) or RuntimeError ("encrypted, password required"), a
# missing part KeyError.
_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    KeyError,
    OSError,
)


class PackageError(Exception):
    """The package cannot be read as a workbook: a part is missing, malformed or refers to
    nothing, or a cell holds what its type cannot be. The cause, if any, is chained."""


@dataclass(frozen=True)
class WorksheetEntry:
    name: str
    hidden: bool
    part: str


@dataclass(frozen=True)
class _Styles:
    by_index: tuple[CellStyle, ...]
    dates: frozenset[int]
    durations: frozenset[int]


class XlsxPackage:
    """An open .xlsx package: its worksheets, and their rows on demand. Close it after use."""

    def __init__(self, data: bytes) -> None:
        # openpyxl's own rules for dates, so that they cannot drift apart (imported here:
        # importing openpyxl takes ~60 ms, which the application's start-up does not pay)
        from openpyxl.utils.datetime import (
            CALENDAR_MAC_1904,
            WINDOWS_EPOCH,
            from_excel,
            from_ISO8601,
        )

        self._from_excel: Callable[..., object] = from_excel
        self._from_iso8601: Callable[[str], object] = from_ISO8601
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(data))
        except _ARCHIVE_ERRORS as exc:
            raise PackageError(f"zip: {exc!r}") from exc
        try:
            self._names = set(self._archive.namelist())
            overrides, defaults = self._manifest()
            self._shared = self._shared_strings(overrides)
            workbook_part = _workbook_part(overrides, defaults)
            self.date1904, sheets = self._workbook(workbook_part)
            self._epoch = CALENDAR_MAC_1904 if self.date1904 else WINDOWS_EPOCH
            self._epoch_ordinal = self._epoch.toordinal()
            self._last_serial = date.max.toordinal() - self._epoch_ordinal
            self.worksheets = self._worksheet_entries(workbook_part, sheets)
            self._styles = self._stylesheet()
        except BaseException:
            self._archive.close()
            raise

    def close(self) -> None:
        self._archive.close()

    def read_part(self, part: str, limit: int | None = None) -> bytes | None:
        """The whole part, unpacked, when it is no larger than ``limit`` bytes."""
        try:
            if limit is not None and self._archive.getinfo(part).file_size > limit:
                return None
            return self._archive.read(part)
        except _ARCHIVE_ERRORS as exc:
            raise PackageError(f"{part}: {exc!r}") from exc

    def chunks(self, part: str, size: int) -> Iterator[bytes]:
        """The part unpacked ``size`` bytes at a time (the last chunk may be shorter)."""
        try:
            with self._archive.open(part) as stream:
                while chunk := stream.read(size):
                    yield chunk
        except _ARCHIVE_ERRORS as exc:
            raise PackageError(f"{part}: {exc!r}") from exc

    def blocks(self, part: str, xml: bytes | None) -> Iterator[bytes]:
        """The part (``xml`` if already read) in blocks of the size ElementTree.iterparse
        reads, then ``b""``."""
        if xml is None:
            yield from self.chunks(part, _BLOCK)
        else:
            for start in range(0, len(xml), _BLOCK):
                yield xml[start : start + _BLOCK]
        yield b""

    def rows(self, part: str, xml: bytes | None = None) -> Iterator[GridRow]:
        """The rows of a worksheet, numbered from 1 with gaps filled by empty rows, as
        openpyxl's ``iter_rows()`` gives them once the recorded dimensions are dropped.
        ``xml`` is the part already read with :meth:`read_part`, if it was."""
        given = 0
        try:
            fast = _FastSheetReader(self).batches(part, xml)
            for row in _numbered(itertools.chain.from_iterable(fast)):
                yield row
                given += 1
            return
        except _NeedsGeneralReaderError as unusual:
            # An unusual layout or damage: the general reader replays the sheet from the start
            # (and raises the damage, if any), skipping the rows already given.
            log.debug("Sheet %s read by the general reader: %s", part, unusual)
        for row in _numbered(_GeneralSheetReader(self).rows(part, xml)):
            if given:
                given -= 1
            else:
                yield row

    # --- cell values, as openpyxl's WorkSheetParser.parse_cell (data_only) gives them -------

    def cell_value(self, data_type: str, style_id: int | str, text: str | None) -> object:
        """A cell's value from its type, style index and the text of its ``<v>``; inline
        strings are the caller's (their ``<v>`` is ignored)."""
        value: Any = text or None
        if value is None or data_type == "inlineStr":
            return None
        if data_type == "n":
            value = _cast_number(value)
            if style_id in self._styles.dates:
                return self.date_value(value, style_id in self._styles.durations)
            return value
        if data_type == "s":
            return self._shared[int(value)]
        if data_type == "b":
            return bool(int(value))
        if data_type == "e":
            return CellError(value)
        if data_type == "d":
            return _at_midnight_as_date(self._from_iso8601(value))
        return value  # "str" and any type openpyxl does not know: the text as stored

    def date_value(self, serial: float, duration: bool) -> object:
        """A number in a cell formatted as a date or a duration, as openpyxl's from_excel
        makes it (and a date-time at midnight as a date)."""
        if (
            type(serial) is int
            and not duration
            and _FIRST_PLAIN_SERIAL <= serial <= self._last_serial
        ):
            # What from_excel then computes, epoch + serial days at midnight, in a quarter of
            # its time: a date typed in a cell is the most common case of all.
            return date.fromordinal(self._epoch_ordinal + serial)
        try:
            value = self._from_excel(serial, self._epoch, timedelta=duration)
        except (OverflowError, ValueError):
            # openpyxl warns and turns the cell into an error cell
            return CellError("#VALUE!")
        return _at_midnight_as_date(value)

    def style(self, style_id: int | str) -> CellStyle:
        """The style of a cell holding a value; raises :class:`PackageError` where openpyxl's
        ``cell.font`` or ``cell.number_format`` would fail."""
        if isinstance(style_id, str):  # s="" stays a string in openpyxl: not an index
            raise PackageError(f"style index {style_id!r}")
        try:
            style = self._styles.by_index[style_id]
        except IndexError as exc:
            raise PackageError(f"style index {style_id}") from exc
        if style is _UNUSABLE:
            raise PackageError(f"style {style_id} names a font or format that does not exist")
        return style

    # --- package parts -------------------------------------------------------------------

    def _read_xml(self, part: str) -> ElementTree.Element:
        data = self.read_part(part)
        assert data is not None  # no limit
        return parse_xml(data, part)

    def _manifest(self) -> tuple[list[tuple[str, str]], set[str]]:
        root = self._read_xml("[Content_Types].xml")
        overrides: list[tuple[str, str]] = []
        defaults: set[str] = set()
        seen_default = False
        for child in root:
            tag = _local(child.tag)
            if tag == "Override":
                overrides.append((_required(child, "PartName"), _required(child, "ContentType")))
            elif tag == "Default":
                _required(child, "Extension")
                defaults.add(_required(child, "ContentType"))
                seen_default = True
        if not seen_default:
            defaults = set()  # openpyxl's stand-in defaults name no workbook type
        return overrides, defaults

    def _shared_strings(self, overrides: list[tuple[str, str]]) -> list[str]:
        for part_name, content_type in overrides:
            if content_type == _SHARED_STRINGS_TYPE:
                part = part_name[1:]
                data = self.read_part(part)  # every string is kept anyway
                assert data is not None
                plain = _plain_shared_strings(data, part)
                return plain if plain is not None else _shared_strings_by_elements(data, part)
        return []

    def _workbook(self, part: str) -> tuple[bool, list[tuple[str, bool, str | None]]]:
        root = self._read_xml(part)
        date1904 = False
        sheets: list[tuple[str, bool, str | None]] = []
        for child in root:
            tag = _local(child.tag)
            if tag == "workbookPr":
                flag = child.get("date1904")
                # openpyxl's Bool: "false", "f" and "0" are false, any other text is true
                date1904 = flag is not None and flag not in ("false", "f", "0") and bool(flag)
            elif tag == "sheets":
                sheets = [_sheet_reference(sheet, part) for sheet in child]
        return date1904, sheets

    def _worksheet_entries(
        self, workbook_part: str, sheets: list[tuple[str, bool, str | None]]
    ) -> tuple[WorksheetEntry, ...]:
        relationships = self._relationships(workbook_part)
        entries: list[WorksheetEntry] = []
        for name, hidden, rel_id in sheets:
            if not rel_id:
                continue  # openpyxl drops a sheet without a relationship id, with a warning
            try:
                rel_type, target = relationships[rel_id]
            except KeyError as exc:
                raise PackageError(f"sheet {name!r}: no relationship {rel_id!r}") from exc
            if target not in self._names or "chartsheet" in rel_type:
                continue  # a missing part is skipped, a chart sheet has no cells
            entries.append(WorksheetEntry(name, hidden, target))
        return tuple(entries)

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, target part), resolved as openpyxl's get_dependents."""
        folder, base = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", f"{base}.rels")
        root = self._read_xml(rels_part)
        parent = posixpath.split(posixpath.dirname(rels_part))[0]
        relationships: dict[str, tuple[str, str]] = {}
        for child in root:  # every child is a relationship, whatever its tag (ElementList)
            attributes = {
                key: value for key, value in child.attrib.items() if not key.startswith("{")
            }
            target = attributes.get("Target")
            rel_type = attributes.get("Type")
            if "type" in attributes:  # openpyxl's shorthand
                rel_type = f"{_RELATIONSHIPS_NS}/{attributes['type']}"
            if target is None or rel_type is None or not attributes.keys() <= _RELATIONSHIP_KEYS:
                # openpyxl warns and drops every relationship of the part
                return {}
            if attributes.get("TargetMode") != "External":
                if target.startswith("/"):
                    target = target[1:]
                else:
                    target = posixpath.normpath(posixpath.join(parent, target))
            relationships[attributes.get("Id") or ""] = (rel_type, target)
        return relationships

    def _stylesheet(self) -> _Styles:
        from openpyxl.styles.numbers import (
            BUILTIN_FORMATS,
            BUILTIN_FORMATS_REVERSE,
            is_date_format,
            is_timedelta_format,
        )

        if _STYLES_PART not in self._names:
            return _Styles((CellStyle(_DEFAULT_FONT, "General"),), frozenset(), frozenset())
        font_elements: list[ElementTree.Element] = []
        custom: dict[int, str] = {}
        cell_formats: list[tuple[int, int]] = []  # (numFmtId, fontId) of each <xf>
        named_styles = False
        for child in self._read_xml(_STYLES_PART):
            tag = _local(child.tag)
            if tag == "fonts":
                font_elements = list(child)  # every child is a font
            elif tag == "cellStyles":
                named_styles = any(_local(style.tag) == "cellStyle" for style in child)
            elif tag == "numFmts":
                custom = {}
                for entry in child:
                    if _local(entry.tag) == "numFmt":
                        custom[_integer(entry, "numFmtId", None)] = _required(entry, "formatCode")
            elif tag == "cellXfs":
                cell_formats = [
                    (_integer(xf, "numFmtId", 0), _integer(xf, "fontId", 0))
                    for xf in child
                    if _local(xf.tag) == "xf"
                ]
        if not cell_formats:  # openpyxl keeps its defaults (and warns)
            return _Styles((CellStyle(_DEFAULT_FONT, "General"),), frozenset(), frozenset())
        fonts = [_font_name(font) for font in font_elements]
        if not named_styles:
            fonts += _normal_style_font(font_elements)
        # Stylesheet._normalise_numbers: custom codes that are built in take the built-in id,
        # the others get 164 + their index in the order the cell formats first use them.
        codes: dict[str, int] = {}
        dates: set[int] = set()
        durations: set[int] = set()
        rebased: list[tuple[int, int]] = []
        for index, (format_id, font_id) in enumerate(cell_formats):
            format_code: str | None
            if format_id in custom:
                format_code = custom[format_id]
                if format_code in BUILTIN_FORMATS_REVERSE:
                    format_id = BUILTIN_FORMATS_REVERSE[format_code]
                else:
                    format_id = codes.setdefault(format_code, len(codes)) + _CUSTOM_FORMATS_START
            else:
                format_code = BUILTIN_FORMATS.get(format_id)
            if is_date_format(format_code):
                dates.add(index)
            if is_timedelta_format(format_code):
                durations.add(index)
            rebased.append((format_id, font_id))
        custom_codes = list(codes)
        styles: list[CellStyle] = []
        for format_id, font_id in rebased:
            # ReadOnlyCell.number_format and .font, indexing as Python lists do
            if format_id < _CUSTOM_FORMATS_START:
                number_format: str | None = BUILTIN_FORMATS.get(format_id, "General")
            elif format_id - _CUSTOM_FORMATS_START < len(custom_codes):
                number_format = custom_codes[format_id - _CUSTOM_FORMATS_START]
            else:
                number_format = None
            try:
                font_name = fonts[font_id]
            except IndexError:
                number_format = None
            if number_format is None:
                styles.append(_UNUSABLE)
            else:
                styles.append(CellStyle(font_name, number_format))
        return _Styles(tuple(styles), frozenset(dates), frozenset(durations))


class _BlockReader:
    """Blocks as a file for ElementTree.iterparse, which asks for 16 KiB at a time."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks

    def read(self, _size: int = -1) -> bytes:
        return next(self._blocks, b"")


def _numbered(
    rows: Iterable[tuple[int, list[object], list[CellStyle | None]]],
) -> Iterator[GridRow]:
    """The rows as openpyxl's read-only ``iter_rows()`` numbers them: the rows between two
    recorded ones come as empty rows, a row numbered below the next expected one is left
    out (as are row numbers 0 and below)."""
    expected = 1
    for number, values, styles in rows:
        if number < expected:
            continue
        while expected < number:
            yield expected, [], []
            expected += 1
        yield number, values, styles
        expected = number + 1


def _workbook_part(overrides: list[tuple[str, str]], defaults: set[str]) -> str:
    for content_type in _WORKBOOK_TYPES:
        for part_name, found in overrides:
            if found == content_type:
                return part_name[1:]
    if defaults & set(_WORKBOOK_TYPES):
        return "xl/workbook.xml"
    raise PackageError("no workbook part in [Content_Types].xml")


def _sheet_reference(sheet: ElementTree.Element, part: str) -> tuple[str, bool, str | None]:
    name = _required(sheet, "name")
    _integer(sheet, "sheetId", None)
    state = sheet.get("state", "visible")
    if state not in _SHEET_STATES:
        raise PackageError(f"{part}: sheet {name!r} has state {state!r}")
    return name, _SHEET_STATES[state], sheet.get(_REL_ID)


def _normal_style_font(fonts: list[ElementTree.Element]) -> list[str | None]:
    """What openpyxl adds to the font list of a workbook without named styles: the font of
    the "Normal" style it adds, unless the list holds an equal one. It is seen only through
    a font index past the end of the list (or a negative one)."""
    from openpyxl.styles.builtins import styles as builtin_styles
    from openpyxl.styles.fonts import Font

    normal = builtin_styles["Normal"].font
    # the stubs type from_tree's argument as openpyxl's own protocol, not ElementTree's
    read_font: Callable[[Any], object] = Font.from_tree
    try:
        if any(read_font(font) == normal for font in fonts):
            return []
    except (TypeError, ValueError, AttributeError, IndexError, KeyError) as exc:
        # openpyxl would not have opened the workbook
        raise PackageError("xl/styles.xml: a font openpyxl cannot read") from exc
    return [normal.name]


def _font_name(font: ElementTree.Element) -> str | None:
    name = None
    for child in font:
        if _local(child.tag) == "name":
            name = child.get("val")  # the last one counts, as in openpyxl
    return name


def _required(element: ElementTree.Element, attribute: str) -> str:
    value = element.get(attribute)
    if value is None:
        raise PackageError(f"<{_local(element.tag)}> without {attribute}")
    return value


def _integer(element: ElementTree.Element, attribute: str, default: int | None) -> int:
    value = element.get(attribute)
    if value is None:
        if default is None:
            raise PackageError(f"<{_local(element.tag)}> without {attribute}")
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise PackageError(f"<{_local(element.tag)} {attribute}={value!r}>") from exc


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _cast_number(text: str) -> int | float:
    """openpyxl's _cast_number: integers stay ``int``."""
    if "." in text or "E" in text or "e" in text:
        return float(text)
    return int(text)


def _at_midnight_as_date(value: object) -> object:
    if type(value) is datetime and value.time() == _MIDNIGHT:
        return value.date()
    return value


# --- XML -----------------------------------------------------------------------------------


def _refuse_doctype(*_args: object) -> None:
    raise PackageError("a document type declaration in a package part")


class _RootReachedError(Exception):
    """The prolog is over: no document type declaration can come any more."""


def _root_reached(*_args: object) -> None:
    raise _RootReachedError


def refuse_document_type(blocks: Iterable[bytes], part: str) -> None:
    """Raises :class:`PackageError` if the part declares a document type (entities could
    then expand without bound). A declaration can only come before the root element, so
    only the prolog is read; a malformed one is left to the parser that reads the part."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.StartElementHandler = _root_reached
    try:
        for block in blocks:
            parser.Parse(block, not block)
    except (_RootReachedError, expat.ExpatError):
        return


def new_expat_parser() -> expat.XMLParserType:
    """A namespace-aware expat parser, as ElementTree's, that refuses a DOCTYPE."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _refuse_doctype
    return parser


def parse_xml(data: bytes, part: str) -> ElementTree.Element:
    """A small part as an ElementTree, as openpyxl parses it, refusing a DOCTYPE."""
    refuse_document_type((data, b""), part)
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise PackageError(f"{part}: {exc}") from exc


def _feed(parser: expat.XMLParserType, block: bytes, part: str) -> None:
    try:
        parser.Parse(block, not block)
    except expat.ExpatError as exc:
        raise PackageError(f"{part}: {exc}") from exc


def _text_content(node: ElementTree.Element) -> str:
    """The text of an ``<si>`` or ``<is>`` as openpyxl's ``Text.from_tree(node).content``:
    its ``<t>`` (the last one), then the ``<t>`` of each ``<r>`` run; phonetic runs and
    formatting are left out. Children count by local name only, as in openpyxl."""
    plain: str | None = None
    runs: list[str] = []
    for child in node:
        local = _local(child.tag)
        if local == "t":
            plain = child.text
        elif local == "r":
            run: str | None = None
            for part in child:
                if _local(part.tag) == "t":
                    run = part.text
            if run is not None:
                runs.append(run)
    text = "".join(runs)
    return plain + text if plain is not None else text


def _shared_strings_by_elements(data: bytes, part: str) -> list[str]:
    """The shared strings table as openpyxl's read_string_table reads it."""
    refuse_document_type((data, b""), part)
    strings: list[str] = []
    try:
        for _event, node in ElementTree.iterparse(io.BytesIO(data)):
            if node.tag == _SHARED_ITEM_TAG:
                # openpyxl removes every "x005F_" (the escape of "_x" in _xHHHH_ notation)
                strings.append(_text_content(node).replace("x005F_", ""))
                node.clear()
    except ElementTree.ParseError as exc:
        raise PackageError(f"{part}: {exc}") from exc
    return strings


# --- worksheets: the general reader -------------------------------------------------------


class _GeneralSheetReader:
    """Rows of any well-formed worksheet, read as openpyxl's WorkSheetParser reads them:
    ``iterparse`` in 16 KiB blocks, every ``{main}row`` element a row when it ends (then
    cleared), every child element of a row a cell."""

    def __init__(self, package: XlsxPackage) -> None:
        from openpyxl.utils.cell import coordinate_to_tuple

        self.package = package
        self.coordinate_to_tuple = coordinate_to_tuple
        self.row_number = 0

    def rows(
        self, part: str, xml: bytes | None
    ) -> Iterator[tuple[int, list[object], list[CellStyle | None]]]:
        blocks = self.package.blocks(part, xml)
        refuse_document_type(self.package.blocks(part, xml), part)
        try:
            # each row is given as soon as it ends, and rows before any damage are given, as
            # ElementTree queues expat's events before the error
            for _event, element in ElementTree.iterparse(_BlockReader(blocks)):
                if element.tag == _ROW_TAG:
                    row = self.row(element)
                    element.clear()
                    yield row
        except ElementTree.ParseError as exc:
            raise PackageError(f"{part}: {exc}") from exc
        except (ValueError, IndexError, OverflowError) as exc:
            # a cell holding what its type cannot be
            raise PackageError(f"{part}: row {self.row_number}") from exc

    def row(self, element: ElementTree.Element) -> tuple[int, list[object], list[CellStyle | None]]:
        number = element.get("r")
        if number is not None:
            try:
                self.row_number = int(number)
            except ValueError:
                as_float = float(number)
                if not as_float.is_integer():
                    raise ValueError(f"{number} is not a valid row number") from None
                self.row_number = int(as_float)
        else:
            self.row_number += 1
        package = self.package
        column = 0
        cells: list[tuple[int, object, int | str]] = []
        for cell in element:
            data_type = cell.get("t", "n")
            coordinate = cell.get("r")
            style_text = cell.get("s")
            # openpyxl: element.get("s", 0), made an int only when not empty
            style_id: int | str = 0
            if style_text is not None:
                style_id = int(style_text) if style_text else style_text
            if coordinate:
                column = self.column(coordinate)
            else:
                column += 1
            value: object
            if data_type == "inlineStr":
                inline = cell.find(_INLINE_TAG)
                value = _text_content(inline) if inline is not None else None
            else:
                value = package.cell_value(data_type, style_id, cell.findtext(_VALUE_TAG))
            cells.append((column, value, style_id))
        values: list[object] = []
        styles: list[CellStyle | None] = []
        if cells:
            # ReadOnlyWorksheet._get_row: as wide as the last cell's column, later cells of a
            # column replacing earlier ones; then a style for each cell holding a value
            width = cells[-1][0]
            slots: list[tuple[object, int | str]] = [(None, 0)] * width
            for column, value, style_id in cells:
                if 1 <= column <= width:
                    slots[column - 1] = (value, style_id)
            for value, style_id in slots:
                values.append(value)
                styles.append(None if value is None else package.style(style_id))
        return self.row_number, values, styles

    def column(self, coordinate: str) -> int:
        # the letters of a plain reference name the column; anything else goes through
        # openpyxl's own parsing, errors and all
        letters = coordinate.rstrip("0123456789")
        column = _COLUMNS_BY_LETTERS.get(letters) if letters != coordinate else None
        if column is None:
            column = self.coordinate_to_tuple(coordinate)[1]
            if _PLAIN_COORDINATE.fullmatch(coordinate):
                _COLUMNS_BY_LETTERS[letters] = column
        return column


# --- worksheets: the fast reader ------------------------------------------------------------


class _NeedsGeneralReaderError(Exception):
    """The sheet XML uses something the fast reader does not read: use the general one."""


_QUOTED = rb"""(?:"[^"]*"|'[^']*')"""
_ATTRIBUTES = rb"(?:\s+[^\s=/>]+\s*=\s*" + _QUOTED + rb")*"
# Attributes other than r, s and t (those three must come first, in that order, as Excel and
# openpyxl write them; anything else makes the cell fail to match, hence the general reader).
_OTHER_CELL_ATTRIBUTES = rb"(?:\s+(?![rst]\s*=)[^\s=/>]+\s*=\s*" + _QUOTED + rb")*"
_OTHER_ROW_ATTRIBUTES = rb"(?:\s+(?!r\s*=)[^\s=/>]+\s*=\s*" + _QUOTED + rb")*"


def _token_pattern(prefix: bytes) -> re.Pattern[bytes]:
    """The tags of ``<sheetData>`` whose elements carry ``prefix`` ("" or "x:", bound to the
    main namespace). One match per cell, row start or row end; any other tag matches the last
    alternative, which sends the sheet to the general reader."""
    p = re.escape(prefix)
    return re.compile(
        # 1 column letters, 2 style index, 3 type
        b"<"
        + p
        + rb'c r="([A-Z]{1,3})[0-9]+"(?: s="(0|[1-9][0-9]*)")?(?: t="([A-Za-z]+)")?'
        # the common cells first, for speed: empty, or a plain value (4)
        + rb"(?: ?/>|><"
        + p
        + rb"v>([^<]*)</"
        + p
        + rb"v></"
        + p
        + rb"c>|"
        + _OTHER_CELL_ATTRIBUTES
        + rb"\s*(?:/>|>"
        # a formula, which data_only reading ignores ("[^<]*" also eats a "/>" ending it)
        + rb"(?:<"
        + p
        + rb"f[\s/>][^<]*(?:</"
        + p
        + rb"f>)?)?"
        # 5 the value; 6 marks an inline string, 7 its text
        + rb"(?:<"
        + p
        + rb"v>([^<]*)</"
        + p
        + rb"v>|<"
        + p
        + rb"v\s*/>"
        + rb"|(<"
        + p
        + rb"is)(?:>(?:<"
        + p
        + rb"t"
        + _ATTRIBUTES
        + rb"\s*>([^<]*)</"
        + p
        + rb"t>|<"
        + p
        + rb"t"
        + _ATTRIBUTES
        + rb"\s*/>)?</"
        + p
        + rb"is>|\s*/>))?</"
        + p
        + rb"c>))"
        # 8 row number, 9 the end of a row's start tag (">" or "/>")
        + b"|<"
        + p
        + rb'row(?: r="([0-9]+)")?'
        + _OTHER_ROW_ATTRIBUTES
        + rb"\s*(/?>)"
        + b"|</"
        + p
        + b"row>"
        # 10 any other tag
        + rb"|(<)"
    )


_TOKENS: dict[bytes, re.Pattern[bytes]] = {}
_PROLOG = re.compile(
    rb"(?:\xef\xbb\xbf)?(?:<\?xml\s+version\s*=\s*"
    + _QUOTED
    + rb"(?:\s+encoding\s*=\s*(?:\"([^\"]*)\"|'([^']*)'))?"
    + rb"(?:\s+standalone\s*=\s*"
    + _QUOTED
    + rb")?\s*\?>)?\s*"
)
_START_TAG = re.compile(rb"<[^\s/>!?]+(" + _ATTRIBUTES + rb")\s*/?>")
_ATTRIBUTE = re.compile(rb"""([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# 1 the prefix of the main namespace ("" or "x:"), 2 "/" when empty
_SHEET_DATA = re.compile(rb"<((?:[^\s/>!?:]+:)?)sheetData" + _ATTRIBUTES + rb"\s*(/?)>")
# 1 the text of a plain <si>, 2 an <si> with rich text, 3 any other tag
_SHARED_ITEM_TOKEN = re.compile(
    rb"<si><t" + _ATTRIBUTES + rb"\s*(?:/>|>([^<]*)</t>)</si>|(<si>.*?</si>)|(<)", re.S
)
_TAG_CLOSE = re.compile(rb"\s*>")
_ANY_ROW_TAG = re.compile(rb"<(?:[^\s/>!?:]+:)?row[\s/>]")
_MAIN_DECLARATION = MAIN_NS.encode()
_REFERENCE = re.compile(r"&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([a-z]+));")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_COLUMNS: dict[bytes, int] = {}
_COLUMNS_BY_LETTERS: dict[str, int] = {}
_PLAIN_COORDINATE = re.compile(r"[A-Z]{1,3}[0-9]+")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    _COLUMNS[letters] = number
    return number


def _reference(match: re.Match[str]) -> str:
    hexadecimal, decimal, name = match.groups()
    if hexadecimal:
        return chr(int(hexadecimal, 16))
    if decimal:
        return chr(int(decimal))
    return _PREDEFINED[name]


def _plain_root(xml: bytes) -> tuple[int, dict[bytes, bytes], bool] | None:
    """Where the root element's start tag ends, its attributes, and whether it is empty, for
    UTF-8 XML with nothing before the root but an XML declaration and no processing
    instruction anywhere; None for any other document."""
    prolog = _PROLOG.match(xml)
    assert prolog is not None  # every part of it is optional
    encoding = prolog.group(1) or prolog.group(2)
    if encoding is not None and encoding.lower() != b"utf-8":
        return None
    if b"<?" in xml[prolog.end() :]:
        return None
    root = _START_TAG.match(xml, prolog.end())
    if root is None:  # a comment, a document type declaration or another encoding
        return None
    attributes = {
        match.group(1): match.group(2) if match.group(2) is not None else match.group(3)
        for match in _ATTRIBUTE.finditer(root.group(1))
    }
    return root.end(), attributes, root.group(0).endswith(b"/>")


def _plain_shared_strings(data: bytes, part: str) -> list[str] | None:
    """The shared strings of a table as Excel writes it, read as the fast sheet reader reads
    cells: plain ``<si><t>`` items by the expression, items with rich text one by one as
    elements; None for any other table, which the general reader then reads."""
    validator = new_expat_parser()
    try:
        validator.Parse(data, True)
    except expat.ExpatError as exc:
        raise PackageError(f"{part}: {exc}") from exc
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return None
    root = _plain_root(data)
    if root is None or b"<!" in data:
        return None
    root_end, declared, empty = root
    if empty:
        return []
    body = data[root_end : data.rfind(b"</")]  # up to the root's end tag, the last tag
    if declared.get(b"xmlns") != _MAIN_DECLARATION or b"xmlns" in body:
        return None
    strings: list[str] = []
    for text, rich, stray in _SHARED_ITEM_TOKEN.findall(body):
        if text:
            strings.append(_xml_text(text))
        elif rich:
            try:  # a fragment without the declarations: local names are all that count
                strings.append(_text_content(ElementTree.fromstring(rich)))
            except ElementTree.ParseError:
                return None  # a prefix declared outside the item
        elif stray:
            return None
        else:
            strings.append("")
    # openpyxl removes every "x005F_" (the escape of "_x" in Excel's _xHHHH_ notation)
    return [string.replace("x005F_", "") for string in strings]


def _xml_text(raw: bytes) -> str:
    """Character data as an XML parser reports it. Only for well-formed UTF-8 XML without a
    DOCTYPE or CDATA: line ends are normalised first, then the references are replaced (the
    only ones well-formedness then allows are the five predefined entities and characters)."""
    text = raw.decode("utf-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _REFERENCE.sub(_reference, text)
    return text


class _FastSheetReader:
    """Rows of a worksheet written the way Excel, LibreOffice and openpyxl write them."""

    def __init__(self, package: XlsxPackage) -> None:
        self.package = package
        self.row_number = 0
        styles = package._styles
        # style index as written → style; unusable styles are left out, like indexes past
        # the end, so that only a cell holding a value finds out
        self.styles: dict[bytes, CellStyle] = {
            str(index).encode(): style
            for index, style in enumerate(styles.by_index)
            if style is not _UNUSABLE
        }
        if styles.by_index[0] is not _UNUSABLE:
            self.styles[b""] = styles.by_index[0]
        self.dates = {str(index).encode() for index in styles.dates}
        self.durations = {str(index).encode() for index in styles.durations}
        if 0 in styles.dates:
            self.dates.add(b"")
        if 0 in styles.durations:
            self.durations.add(b"")
        # set once the sheet data's start tag is found
        self.token = _TOKENS.get(b"") or _TOKENS.setdefault(b"", _token_pattern(b""))
        self.row_end = b"</row>"
        self.data_end = b"</sheetData"

    def batches(
        self, part: str, xml: bytes | None
    ) -> Iterator[list[tuple[int, list[object], list[CellStyle | None]]]]:
        validator = new_expat_parser()
        head = b""
        pending = b""
        tail_seen = b""
        in_body = in_tail = False
        for block in self.package.blocks(part, xml):
            try:
                _feed(validator, block, part)
            except PackageError:
                # openpyxl still gives every row that ended before the damage (expat reports
                # each element as it completes): the general reader finds exactly which
                raise _NeedsGeneralReaderError from None
            if in_tail:
                self._check_tail(tail_seen[-64:] + block)
                tail_seen = block
            elif not in_body:
                head += block
                start = self._sheet_data_start(head, final=not block)
                if start is None:
                    continue
                body_start, empty = start
                if empty:
                    in_tail = True
                    tail_seen = head[body_start:]
                    self._check_tail(tail_seen)
                else:
                    in_body = True
                    pending = head[body_start:]
                head = b""
            else:
                pending += block
            if in_body:
                end = None
                found = pending.find(self.data_end)
                if found >= 0:
                    end = _TAG_CLOSE.match(pending, found + len(self.data_end))
                if end is not None:
                    region, tail_seen = pending[:found], pending[end.end() :]
                    in_body, in_tail = False, True
                    self._check_tail(tail_seen)
                else:
                    # whole rows only: every row of the region ends in a validated block
                    cut = pending.rfind(self.row_end)
                    cut = cut + len(self.row_end) if cut >= 0 else 0
                    region, pending = pending[:cut], pending[cut:]
                if region:
                    try:
                        rows = self._rows(region)
                    except (ValueError, IndexError, OverflowError, PackageError):
                        # a cell its type cannot hold: the rows before it count, as above
                        raise _NeedsGeneralReaderError from None
                    if rows:
                        yield rows
            if not block:
                return

    def _sheet_data_start(self, head: bytes, *, final: bool) -> tuple[int, bool] | None:
        """Where the sheet data begins (and whether it is empty), once the head is known to
        be simple; None while more bytes are needed (or when there is no sheet data)."""
        if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            raise _NeedsGeneralReaderError  # UTF-16 or another encoding not ASCII-based
        found = _SHEET_DATA.search(head)
        if found is None:
            if final:
                raise _NeedsGeneralReaderError  # no plain <sheetData>: rare, let expat tell
            return None
        root = _plain_root(head)
        if root is None:
            raise _NeedsGeneralReaderError
        root_end, declared, _ = root
        prefix = found.group(1)
        declaration = b"xmlns:" + prefix[:-1] if prefix else b"xmlns"
        between = head[root_end : found.end()]
        if (
            declared.get(declaration) != _MAIN_DECLARATION
            or b"<!" in head
            or b"xmlns" in between
            or _ANY_ROW_TAG.search(between)
        ):
            raise _NeedsGeneralReaderError
        if prefix:
            self.token = _TOKENS.get(prefix) or _TOKENS.setdefault(prefix, _token_pattern(prefix))
            self.row_end = b"</" + prefix + b"row>"
            self.data_end = b"</" + prefix + b"sheetData"
        return found.end(), found.group(2) == b"/"

    @staticmethod
    def _check_tail(xml: bytes) -> None:
        if _ANY_ROW_TAG.search(xml):
            raise _NeedsGeneralReaderError  # openpyxl reads a row wherever it is

    def _rows(self, region: bytes) -> list[tuple[int, list[object], list[CellStyle | None]]]:
        """The rows of complete ``<row>`` elements. This loop runs once per cell of the
        workbook: kept flat, with the common cases first and no calls in them."""
        # one-byte searches first: two-byte ones cost as much as the whole expat pass
        if (
            (b"!" in region and b"<!" in region)
            or (b"?" in region and b"<?" in region)
            or b"xmlns" in region
        ):
            raise _NeedsGeneralReaderError
        package = self.package
        shared = package._shared
        styles_by_key = self.styles
        dates = self.dates
        durations = self.durations
        columns = _COLUMNS
        out: list[tuple[int, list[object], list[CellStyle | None]]] = []
        values: list[object] | None = None
        styles: list[CellStyle | None] = []
        number = self.row_number
        last = 0
        unusable_seen = False
        value: object
        style: CellStyle | None
        for col, s, t, plain, v, inline, inline_text, row_r, row_open, stray in self.token.findall(
            region
        ):
            if col:
                if values is None:
                    raise _NeedsGeneralReaderError  # a cell outside any row
                try:
                    column = columns[col]
                except KeyError:
                    column = _column_number(col)
                last = column
                v = plain or v
                if v:
                    try:
                        if t == b"s":
                            value = shared[int(v)]
                        elif not t or t == b"n":
                            value = float(v) if b"." in v or b"E" in v or b"e" in v else int(v)
                            if s in dates:
                                value = package.date_value(value, s in durations)
                        else:
                            value = package.cell_value(t.decode(), int(s or 0), _xml_text(v))
                    except ValueError:
                        # a reference ("&#49;") or other digits: read the text as a parser would
                        value = package.cell_value(t.decode() or "n", int(s or 0), _xml_text(v))
                elif inline and t == b"inlineStr":
                    value = _xml_text(inline_text) if inline_text else ""
                else:
                    value = None
                if value is None:
                    style = None
                else:
                    try:
                        style = styles_by_key[s]
                    except KeyError:
                        style = _UNUSABLE
                        unusable_seen = True
                count = len(values)
                if column > count:
                    if column > count + 1:
                        padding: list[Any] = [None] * (column - 1 - count)
                        values += padding
                        styles += padding
                    values.append(value)
                    styles.append(style)
                else:
                    values[column - 1] = value
                    styles[column - 1] = style
            elif row_open:
                if values is not None:
                    raise _NeedsGeneralReaderError  # a row inside a row
                number = int(row_r) if row_r else number + 1
                if row_open == b"/>":
                    out.append((number, [], []))
                else:
                    values = []
                    styles = []
                    last = 0
            elif stray:
                raise _NeedsGeneralReaderError
            else:  # </row>
                if values is None:
                    raise _NeedsGeneralReaderError
                if last < len(values):  # cells out of order: as wide as the last cell
                    del values[last:]
                    del styles[last:]
                if unusable_seen and _UNUSABLE in styles:
                    raise PackageError(f"row {number}: a cell's style does not exist")
                out.append((number, values, styles))
                values = None
                unusable_seen = False
        self.row_number = number
        return out
