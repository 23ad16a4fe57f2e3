"""Long tables (member annexes, figure tables) laid out page by page in linear time.

The header row is repeated on every page and group heading rows span the table.

reportlab's own ``Table`` re-measures and copies every remaining row each time it splits at a
page end, which costs O(rows x pages): a 12,000-row annex took minutes. Here every row is
measured once, a running total of heights finds each page's last row by bisection, and each
page gets a small ``Table`` of its own rows under a copy of the header.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from tcns_desktop.documents.nd30_styles import (
    ELEMENT_STYLES,
    Element,
    TextAlignment,
    paragraph_style,
)
from tcns_desktop.domain.vietnamese_text import to_nfc

RowKind = Literal["data", "group", "total"]
CellValue = str | Paragraph

PADDING_X = 3.0
PADDING_Y = 2.0
GRID_WIDTH = 0.5
_REPORTLAB_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}


@dataclass(frozen=True)
class TableRow:
    """One row: ``data`` cells, a ``group`` heading (first cell spans the table) or a
    ``total`` row (bold)."""

    cells: tuple[str, ...]
    kind: RowKind = "data"


class _RowBook:
    """The rows of one table, each turned into cell values and measured once, shared by
    every page piece of the table."""

    def __init__(
        self,
        columns: Sequence[str],
        rows: Sequence[TableRow],
        widths: Sequence[float],
        alignments: Sequence[TextAlignment],
    ) -> None:
        self.widths = list(widths)
        self.alignments = list(alignments)
        self.width = sum(self.widths)
        header = [
            self._paragraph(text, Element.TABLE_HEADER, "center", width)
            for text, width in zip(columns, self.widths, strict=True)
        ]
        self.header: list[CellValue] = list(header)
        self.header_height = max(
            self._height(cell, w) for cell, w in zip(header, self.widths, strict=True)
        )
        self.kinds: list[RowKind] = []
        self.values: list[list[CellValue]] = []
        self.heights: list[float] = []
        for row in rows:
            self._add(row)
        self.cumulative = [0.0]
        for height in self.heights:
            self.cumulative.append(self.cumulative[-1] + height)

    def _add(self, row: TableRow) -> None:
        if row.kind == "group":
            text = to_nfc(row.cells[0]) if row.cells else ""
            heading = self._cell(text, Element.TABLE_GROUP, "left", self.width)
            values: list[CellValue] = [heading] + [""] * (len(self.widths) - 1)
            height = self._height(heading, self.width)
        else:
            element = Element.TABLE_GROUP if row.kind == "total" else Element.TABLE_CELL
            values = [
                self._cell(to_nfc(text), element, alignment, width)
                for text, alignment, width in zip(
                    row.cells, self.alignments, self.widths, strict=True
                )
            ]
            height = max(
                self._height(value, width) for value, width in zip(values, self.widths, strict=True)
            )
        self.kinds.append(row.kind)
        self.values.append(values)
        self.heights.append(height)

    @staticmethod
    def _cell(text: str, element: Element, alignment: TextAlignment, width: float) -> CellValue:
        """Plain text when it fits on one line (drawn as fast as a bare table's cells); a
        wrapping paragraph only for the long ones."""
        spec = ELEMENT_STYLES[element]
        room = width - 2 * PADDING_X
        if "\n" not in text and stringWidth(text, spec.font_name, spec.size) <= room:
            return text
        return _RowBook._paragraph(text, element, alignment, width)

    @staticmethod
    def _paragraph(
        text: str, element: Element, alignment: TextAlignment, width: float
    ) -> Paragraph:
        markup = escape(to_nfc(text)).replace("\n", "<br/>")
        return Paragraph(markup, paragraph_style(element, alignment))

    @staticmethod
    def _height(value: CellValue, width: float) -> float:
        if isinstance(value, Paragraph):
            _, height = value.wrap(width - 2 * PADDING_X, 1e6)
            return float(height) + 2 * PADDING_Y
        return ELEMENT_STYLES[Element.TABLE_CELL].leading + 2 * PADDING_Y

    def rows_fitting(self, start: int, budget: float) -> int:
        """The end (exclusive) of the longest run of rows from ``start`` within ``budget``."""
        limit = self.cumulative[start] + budget + 1e-6
        return max(start, bisect_right(self.cumulative, limit) - 1)

    def piece(self, start: int, end: int) -> Table:
        data = [self.header, *self.values[start:end]]
        heights = [self.header_height, *self.heights[start:end]]
        table = Table(data, colWidths=self.widths, rowHeights=heights)
        table.setStyle(TableStyle(self._commands(start, end)))
        return table

    def _commands(self, start: int, end: int) -> list[tuple[Any, ...]]:
        cell = ELEMENT_STYLES[Element.TABLE_CELL]
        bold = ELEMENT_STYLES[Element.TABLE_GROUP]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), cell.font_name, cell.size, cell.leading),
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING_X),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING_Y),
        ]
        for column, alignment in enumerate(self.alignments):
            commands.append(("ALIGN", (column, 1), (column, -1), _REPORTLAB_ALIGN[alignment]))
        for offset, kind in enumerate(self.kinds[start:end], start=1):
            if kind == "group":
                commands.append(("SPAN", (0, offset), (-1, offset)))
                commands.append(("ALIGN", (0, offset), (-1, offset), "LEFT"))
            if kind != "data":
                commands.append(
                    ("FONT", (0, offset), (-1, offset), bold.font_name, bold.size, bold.leading)
                )
        return commands


class PagedTable(Flowable):
    """A table that breaks across pages with its header row on every page; an optional title
    above it stays with its first rows, and a group heading never ends a page."""

    def __init__(
        self,
        columns: Sequence[str],
        rows: Sequence[TableRow],
        widths: Sequence[float],
        alignments: Sequence[TextAlignment] | None = None,
        *,
        title: Flowable | None = None,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        if len(columns) != len(widths):
            raise ValueError("one width per column")
        chosen: list[TextAlignment] = list(alignments) if alignments else ["center"] * len(columns)
        self._book = _RowBook(columns, rows, widths, chosen)
        self._start = 0
        self._title = title
        self._title_height = 0.0
        self.spaceAfter = space_after

    @classmethod
    def _rest(cls, book: _RowBook, start: int, space_after: float) -> PagedTable:
        """The rows from ``start`` on, sharing the measured rows (no copy, no re-measure)."""
        rest = cls.__new__(cls)
        Flowable.__init__(rest)
        rest._book = book
        rest._start = start
        rest._title = None
        rest._title_height = 0.0
        rest.spaceAfter = space_after
        return rest

    def _measure_title(self, width: float) -> float:
        if self._title is None:
            return 0.0
        _, height = self._title.wrap(width, 1e6)
        return float(height) + self._title.getSpaceBefore() + self._title.getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        book = self._book
        self._title_height = self._measure_title(book.width)
        rows = book.cumulative[-1] - book.cumulative[self._start]
        self.width = book.width
        self.height = self._title_height + book.header_height + rows
        return (self.width, self.height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        book = self._book
        self._title_height = self._measure_title(book.width)
        budget = avail_height - self._title_height - book.header_height
        end = book.rows_fitting(self._start, budget) if budget > 0 else self._start
        # A group heading at the foot of a page goes over with its first member.
        while end - 1 > self._start and book.kinds[end - 1] == "group" and end < len(book.kinds):
            end -= 1
        if end <= self._start:
            return []
        parts: list[Flowable] = [self._title] if self._title is not None else []
        piece = book.piece(self._start, end)
        parts.append(piece)
        if end < len(book.kinds):
            parts.append(PagedTable._rest(book, end, self.spaceAfter))
        else:
            piece.spaceAfter = self.spaceAfter
        return parts

    def draw(self) -> None:
        """Everything left fits: the title and one table piece, top to bottom."""
        book = self._book
        parts: list[Flowable] = [self._title] if self._title is not None else []
        parts.append(book.piece(self._start, len(book.kinds)))
        y = self.height
        for part in parts:
            _, height = part.wrap(book.width, y)
            y -= part.getSpaceBefore() + height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()
