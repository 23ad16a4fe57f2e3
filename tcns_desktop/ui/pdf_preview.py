"""A PDF shown inside the application (pages, zoom, page count) and printed through Qt.

PySide6-Essentials has no QtPdf: pages are rendered by ``documents.page_images`` (PDFium)
and painted here. Only the pages in view are rendered, at the zoom and screen density in
use, and the last few are kept; printing renders each page at the printer's resolution
(at most 300 dpi) and lays it on the whole sheet, so the decree's margins stay exact.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPageLayout,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.documents.page_images import PageImage, PdfPages

SCREEN_DPI = 96.0
PRINT_DPI_LIMIT = 300.0
PAGE_GAP = 12  # pixels between pages and around them
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_CACHED_PAGES = 8


def page_qimage(page: PageImage) -> QImage:
    """The rendered page as a QImage that owns its pixels (the bytes may go away)."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()


class _PageCanvas(QWidget):
    """All pages one under the other, each painted when it comes into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: PdfPages | None = None
        self.zoom = 1.0
        self._rects: list[QRect] = []
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#7f8790"))
        self.setPalette(palette)

    def set_pages(self, pages: PdfPages | None) -> None:
        self.pages = pages
        self._cache.clear()
        self.relayout()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._cache.clear()
        self.relayout()

    def relayout(self) -> None:
        sizes: list[tuple[int, int]] = []
        if self.pages is not None:
            for index in range(self.pages.page_count):
                width_pt, height_pt = self.pages.page_size(index)
                sizes.append(
                    (
                        round(width_pt / 72 * SCREEN_DPI * self.zoom),
                        round(height_pt / 72 * SCREEN_DPI * self.zoom),
                    )
                )
        widest = max((width for width, _ in sizes), default=0)
        self._rects = []
        top = PAGE_GAP
        for width, height in sizes:
            # Portrait pages centred over the landscape annex pages.
            self._rects.append(QRect(PAGE_GAP + (widest - width) // 2, top, width, height))
            top += height + PAGE_GAP
        self.setFixedSize(QSize(widest + 2 * PAGE_GAP, max(top, PAGE_GAP * 2)))
        self.update()

    def page_top(self, index: int) -> int:
        return self._rects[index].top() if 0 <= index < len(self._rects) else 0

    def page_at(self, y: int) -> int:
        """The page shown at height ``y`` (the one whose rectangle reaches past it)."""
        for index, rect in enumerate(self._rects):
            if rect.bottom() + PAGE_GAP >= y:
                return index
        return max(0, len(self._rects) - 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self.pages is None:
            return
        painter = QPainter(self)
        exposed = event.rect()
        ratio = self.devicePixelRatioF()
        dpi = round(SCREEN_DPI * self.zoom * ratio)
        for index, rect in enumerate(self._rects):
            if not rect.intersects(exposed):
                continue
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60))
            painter.drawImage(rect, self._image(index, dpi))
        painter.end()

    def _image(self, index: int, dpi: int) -> QImage:
        key = (index, dpi)
        image = self._cache.get(key)
        if image is None:
            assert self.pages is not None
            image = page_qimage(self.pages.render(index, dpi))
            self._cache[key] = image
            while len(self._cache) > _CACHED_PAGES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return image


class PdfPreview(QWidget):
    """A scrollable view of a PDF's pages with zoom and "Trang 2/7"."""

    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self.canvas = _PageCanvas()
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pdfPreviewScroll")
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidgetResizable(False)
        # Arrows and Page Up/Down page through the document from the keyboard.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.verticalScrollBar().valueChanged.connect(lambda _v: self._update_page())
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("pdfZoom")
        for step in ZOOM_STEPS:
            self.zoom_box.addItem(f"{round(step * 100)} %", step)
        self.zoom_box.addItem(self.tr("Vừa chiều rộng"), 0.0)
        self.zoom_box.setCurrentIndex(len(ZOOM_STEPS))  # fit the width
        self.zoom_box.currentIndexChanged.connect(lambda _i: self._apply_zoom())
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Thu nhỏ (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Phóng to (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pdfPageLabel")
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_box)
        bar.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step_zoom(1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.step_zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step_zoom(-1))

    # --- the document --------------------------------------------------------------------

    def load(self, path: Path) -> None:
        """Show the PDF at ``path`` from its first page (raises DocumentError if unreadable)."""
        pages = PdfPages(path)
        self.clear()
        # A preview dropped without being closed still lets go of its file.
        self.destroyed.connect(pages.close)
        self._path = path
        self.canvas.set_pages(pages)
        self._apply_zoom()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._update_page()

    def clear(self) -> None:
        if self.canvas.pages is not None:
            self.canvas.pages.close()
        self.canvas.set_pages(None)
        self._path = None
        self.page_label.setText("")

    @property
    def path(self) -> Path | None:
        return self._path

    def page_count(self) -> int:
        return self.canvas.pages.page_count if self.canvas.pages is not None else 0

    def current_page(self) -> int:
        """The page at the top of the view, from 0."""
        return self.canvas.page_at(self.scroll_area.verticalScrollBar().value() + PAGE_GAP)

    def show_page(self, index: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(self.canvas.page_top(index) - PAGE_GAP)

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.canvas.zoom

    def step_zoom(self, step: int) -> None:
        current = self.canvas.zoom
        if step > 0:
            larger = [z for z in ZOOM_STEPS if z > current + 1e-6]
            target = larger[0] if larger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 1e-6]
            target = smaller[-1] if smaller else ZOOM_STEPS[0]
        self.zoom_box.setCurrentIndex(ZOOM_STEPS.index(target))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if not self.zoom_box.currentData():
            self._apply_zoom()

    def _apply_zoom(self) -> None:
        wanted = float(self.zoom_box.currentData() or 0.0)
        if wanted <= 0 and self.canvas.pages is not None and self.page_count():
            # Fit the first page into the visible width (wider annex pages then scroll).
            first_width = self.canvas.pages.page_size(0)[0]
            room = self.scroll_area.viewport().width() - 2 * PAGE_GAP
            wanted = max(0.25, room / (first_width / 72 * SCREEN_DPI))
        page = self.current_page()
        self.canvas.set_zoom(wanted or 1.0)
        self.show_page(page)

    def _update_page(self) -> None:
        count = self.page_count()
        if count == 0:
            self.page_label.setText(self.tr("Không có trang nào"))
            return
        page = self.current_page()
        self.page_label.setText(self.tr("Trang {0}/{1}").format(page + 1, count))
        self.page_changed.emit(page)


# --- printing --------------------------------------------------------------------------------


def choose_printer(parent: QWidget | None, page_count: int) -> QPrinter | None:
    """The Qt print dialog; the printer set up by the clerk, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setFromTo(1, page_count)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, page_count))
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "In văn bản"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Paint the PDF's pages (the printer's page range, if any) on ``printer``; returns the
    number of pages sent. Safe on a worker thread: QPainter may paint on a printer there."""
    with PdfPages(path) as pages:
        first, last = 1, pages.page_count
        if printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        dpi = min(float(printer.resolution()), PRINT_DPI_LIMIT)
        printer.setFullPage(True)
        painter: QPainter | None = None
        sent = 0
        try:
            for number in range(first, last + 1):
                width_pt, height_pt = pages.page_size(number - 1)
                orientation = (
                    QPageLayout.Orientation.Landscape
                    if width_pt > height_pt
                    else QPageLayout.Orientation.Portrait
                )
                # Set before begin() for the first page, before newPage() for the others.
                printer.setPageOrientation(orientation)
                if painter is None:
                    painter = QPainter()
                    if not painter.begin(printer):
                        raise OSError("the printer could not be opened")
                else:
                    printer.newPage()
                image = page_qimage(pages.render(number - 1, dpi))
                painter.drawImage(_fitted(printer, image.size()), image)
                sent += 1
        finally:
            if painter is not None:
                painter.end()
        return sent


def _fitted(printer: QPrinter, size: QSize) -> QRect:
    """The sheet's rectangle in device pixels, narrowed to keep the page's proportions."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
    scale = min(paper.width() / size.width(), paper.height() / size.height())
    width, height = round(size.width() * scale), round(size.height() * scale)
    return QRect(
        paper.left() + (paper.width() - width) // 2,
        paper.top() + (paper.height() - height) // 2,
        width,
        height,
    )


# --- the preview window ------------------------------------------------------------------


class PreviewDialog(QDialog):
    """A document's preview with "In…", the caller's actions (issue, save…) and "Đóng".

    ``actions`` are (button text, callback) pairs; the first is the default button.
    """

    print_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        path: Path,
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(920, 760)
        self.preview = PdfPreview()
        self.preview.load(path)
        self.print_button = QPushButton(self.tr("&In…"))
        self.print_button.clicked.connect(self.print_requested)
        self.action_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        for text, callback in actions:
            button = QPushButton(text)
            button.clicked.connect(callback)
            buttons.addWidget(button)
            self.action_buttons.append(button)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        if self.action_buttons:
            self.action_buttons[0].setDefault(True)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.preview.scroll_area.setFocus()

    def done(self, result: int) -> None:
        # Release the PDF file now (Windows keeps an open file locked against overwriting).
        self.preview.clear()
        super().done(result)
