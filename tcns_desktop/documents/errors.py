"""The documents layer's typed error: a PDF that could not be written."""

from __future__ import annotations

from tcns_desktop.errors import TcnsError


class DocumentError(TcnsError):
    """A document file could not be written (folder missing, file open in a viewer, disk
    full). ``message`` is plain Vietnamese for the clerk."""
