"""What a sheet's cells hold, whatever the file format: error values, styles and rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CellError:
    """An Excel error value in a cell: "#N/A", "#VALUE!", "#REF!", …"""

    code: str


@dataclass(frozen=True, slots=True)
class CellStyle:
    font_name: str | None
    number_format: str


# (row number, values, styles or None when the format has none); lists are indexed by
# column - 1 and may be shorter than the widest row.
GridRow = tuple[int, Sequence[object], Sequence[CellStyle | None] | None]
