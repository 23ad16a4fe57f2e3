"""PDF pages as bitmaps, for the in-app preview and for printing (PDFium through pypdfium2).

The Qt wheel the application ships (PySide6-Essentials) has no QtPdf, so pages are rendered
here, without Qt: plain RGB bytes and a size that the window wraps in a QImage.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pypdfium2  # type: ignore[import-untyped]

from tcns_desktop.documents.errors import DocumentError

POINTS_PER_INCH = 72.0
# PDFium is not thread-safe: the preview renders on the GUI thread while printing renders
# on the file lane, so every call into it holds this lock.
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One rendered page: ``pixels`` are rows of RGB bytes (3 per pixel), ``stride`` bytes
    apart; ``width_pt``/``height_pt`` the page's size in PDF points."""

    index: int
    width: int
    height: int
    stride: int
    pixels: bytes
    width_pt: float
    height_pt: float

    @property
    def landscape(self) -> bool:
        return self.width_pt > self.height_pt


class PdfPages:
    """An open PDF whose pages are rendered on demand (a 500-page annex is never rendered
    whole). Use as a context manager, or call ``close``."""

    def __init__(self, source: Path | bytes) -> None:
        self._closed = False
        with _PDFIUM:
            try:
                self._document: Any = pypdfium2.PdfDocument(
                    str(source) if isinstance(source, Path) else source
                )
            except (pypdfium2.PdfiumError, OSError) as exc:
                name = source.name if isinstance(source, Path) else "PDF"
                raise DocumentError(
                    f"Không đọc được tệp “{name}” (không phải PDF hoặc tệp bị hỏng).", repr(exc)
                ) from exc
            self._sizes = [
                (float(width), float(height))
                for width, height in (
                    self._document.get_page_size(index) for index in range(len(self._document))
                )
            ]

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> tuple[float, float]:
        """(width, height) of a page in PDF points (1/72 inch)."""
        return self._sizes[index]

    def render(self, index: int, dpi: float) -> PageImage:
        """Page ``index`` (from 0) at ``dpi`` dots per inch, on a white background."""
        if not 0 <= index < self.page_count:
            raise IndexError(f"page {index} of {self.page_count}")
        scale = dpi / POINTS_PER_INCH
        with _PDFIUM:
            page = self._document[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True)  # BGR → RGB
                try:
                    pixels = bytes(bitmap.buffer)
                    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                finally:
                    bitmap.close()
            finally:
                page.close()
        width_pt, height_pt = self._sizes[index]
        return PageImage(index, width, height, stride, pixels, width_pt, height_pt)

    def close(self) -> None:
        """Release the file (safe to call again)."""
        with _PDFIUM:
            if not self._closed:
                self._closed = True
                self._document.close()

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def render_pages(source: Path | bytes, dpi: float) -> list[PageImage]:
    """Every page of a (short) PDF at ``dpi``."""
    with PdfPages(source) as pages:
        return [pages.render(index, dpi) for index in range(pages.page_count)]
