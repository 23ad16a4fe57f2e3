"""The spreadsheet layer's typed error: a file that cannot be read or written as a roster."""

from __future__ import annotations

from tcns_desktop.errors import TcnsError


class SpreadsheetError(TcnsError):
    """A roster file is missing, is not a spreadsheet, is protected, damaged, empty or too big,
    or a workbook could not be written. ``message`` is plain Vietnamese for the clerk."""

    exit_code = 2
