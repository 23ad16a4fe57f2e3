"""Pieces every workbook writer shares: saving atomically, sheet titles, column letters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tcns_desktop.atomic_files import write_atomically
from tcns_desktop.spreadsheets.errors import SpreadsheetError

if TYPE_CHECKING:
    from openpyxl import Workbook

# Excel refuses these in a sheet's title, and titles longer than 31 characters.
_FORBIDDEN_IN_TITLES = "[]:*?/\\"
_TITLE_LENGTH = 31


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Save beside ``path`` and rename over it: readers see the old file or the new one."""
    folder = path.parent
    if not folder.is_dir():
        raise SpreadsheetError(f"Không có thư mục “{folder}” để lưu tệp.", str(path))
    try:
        write_atomically(path, workbook.save)
    except OSError as exc:
        raise SpreadsheetError(
            f"Không ghi được tệp “{path.name}”. Nếu tệp đang mở trong Excel, hãy đóng lại rồi "
            "thử lại; nếu không, hãy chọn thư mục khác.",
            repr(exc),
        ) from exc


def unique_sheet_title(name: str, used: set[str], *, fallback: str) -> str:
    """A valid title for ``name`` (characters Excel refuses replaced, at most 31 long) that no
    title in ``used`` has yet, case aside; it is added to ``used``."""
    cleaned = "".join("-" if ch in _FORBIDDEN_IN_TITLES else ch for ch in name).strip("' ")
    base = (cleaned or fallback)[:_TITLE_LENGTH]
    title, counter = base, 2
    while title.casefold() in used:
        suffix = f" ({counter})"
        title = base[: _TITLE_LENGTH - len(suffix)] + suffix
        counter += 1
    used.add(title.casefold())
    return title


def column_letter(col: int) -> str:
    from openpyxl.utils import get_column_letter  # lazily: openpyxl costs ~100 ms to import

    return get_column_letter(col)
