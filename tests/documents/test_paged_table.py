"""The long-table flowable: pages cut in linear time, header on each page, groups kept."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Table

from tcns_desktop.documents.nd30_styles import Element, paragraph_style
from tcns_desktop.documents.paged_table import PagedTable, TableRow

WIDTHS = (30.0, 200.0, 100.0)


def _cells(piece: Table) -> list[list[Any]]:
    """The cell values of one page's table (reportlab keeps them in a private list)."""
    values: list[list[Any]] = getattr(piece, "_cellvalues")  # noqa: B009
    return values


def _rows(count: int, group_every: int = 0) -> list[TableRow]:
    rows: list[TableRow] = []
    for index in range(count):
        if group_every and index % group_every == 0:
            rows.append(TableRow((f"Nhóm {index // group_every + 1}",), "group"))
        rows.append(TableRow((str(index + 1), f"Thành viên {index + 1}", "Thôn Đông")))
    return rows


def _pages(table: PagedTable, height: float) -> list[Table]:
    """Split like a frame does, page after page, until the rest fits."""
    pieces: list[Table] = []
    rest: PagedTable | None = table
    while rest is not None:
        _, needed = rest.wrap(sum(WIDTHS), height)
        if needed <= height:
            pieces.append(rest._book.piece(rest._start, len(rest._book.kinds)))
            break
        parts = rest.split(sum(WIDTHS), height)
        assert parts, "nothing fits on a full page"
        pieces += [part for part in parts if isinstance(part, Table)]
        rest = parts[-1] if isinstance(parts[-1], PagedTable) else None
    return pieces


def test_every_page_gets_the_header_and_every_row_once() -> None:
    rows = _rows(3000, group_every=7)
    pieces = _pages(PagedTable(("STT", "Họ và tên", "Thôn"), rows, WIDTHS), 480)
    assert len(pieces) > 50
    seen: list[object] = []
    for piece in pieces:
        header = _cells(piece)[0]
        assert all(isinstance(cell, Paragraph) for cell in header)
        assert "Họ và tên" in header[1].getPlainText()
        assert piece.wrap(sum(WIDTHS), 480)[1] <= 480 + 1e-6
        seen += [row[1] for row in _cells(piece)[1:]]
    data = [row.cells[1] for row in rows if row.kind == "data"]
    assert [value for value in seen if str(value).startswith("Thành viên")] == data


def test_a_group_heading_never_ends_a_page() -> None:
    rows = _rows(400, group_every=3)
    for height in (200.0, 233.0, 301.5, 480.0):
        table = PagedTable(("STT", "Họ và tên", "Thôn"), rows, WIDTHS)
        for piece in _pages(table, height)[:-1]:
            last = _cells(piece)[-1]
            assert not str(last[0]).startswith("Nhóm"), height


def test_the_title_stays_with_the_first_rows() -> None:
    title = Paragraph("Bảng 1. Kết quả", paragraph_style(Element.TABLE_TITLE))
    table = PagedTable(("STT", "Họ và tên", "Thôn"), _rows(100), WIDTHS, title=title)
    # Room for the title and the header but no row: nothing is placed, the table moves on.
    assert table.split(sum(WIDTHS), 50) == []
    parts = table.split(sum(WIDTHS), 200)
    assert parts[0] is title and isinstance(parts[1], Table) and isinstance(parts[2], PagedTable)
    assert parts[2].split(sum(WIDTHS), 200)[0] is not title


def test_long_text_wraps_and_is_measured() -> None:
    long_text = "Giáo viên Tin học Trường Trung học cơ sở Tân Lập kiêm Bí thư Chi đoàn " * 2
    rows = [TableRow(("1", long_text, "Thôn Đông")), TableRow(("2", "Lò Thị Ửng", "Bản Mới"))]
    table = PagedTable(("STT", "Họ và tên", "Thôn"), rows, WIDTHS)
    book = table._book
    assert isinstance(book.values[0][1], Paragraph)
    assert book.values[1][1] == "Lò Thị Ửng"
    assert book.heights[0] > 2 * book.heights[1]
    _, height = table.wrap(sum(WIDTHS), 1000)
    assert height == book.header_height + sum(book.heights)
