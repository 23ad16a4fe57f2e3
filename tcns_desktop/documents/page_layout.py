"""A4 pages of NĐ 30 Phụ lục I: margins, page templates, page numbers, building the file.

Portrait and landscape templates share the margins; the page number is centred in the top
margin from the second page on and restarts for each appendix."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tcns_desktop.documents import fonts
from tcns_desktop.documents.atomic_file import write_atomically
from tcns_desktop.documents.nd30_styles import ELEMENT_STYLES, Element

# Phụ lục I I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The minima leave
# the most room for text (as docs/domain.md §4.3 recommends); landscape pages keep the same
# margins as they are read.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
# Baseline of the page number: its glyphs sit between ~9 and ~13 mm from the top edge,
# inside the top margin (I.7) and clear of the first line of text.
PAGE_NUMBER_BASELINE = 13 * mm

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
PAGE_SIZES = {PORTRAIT: A4, LANDSCAPE: landscape(A4)}


def frame_width(template: str = PORTRAIT) -> float:
    """Width of the text area of a portrait or landscape page."""
    return float(PAGE_SIZES[template][0]) - MARGIN_LEFT - MARGIN_RIGHT


def frame_height(template: str = PORTRAIT) -> float:
    return float(PAGE_SIZES[template][1]) - MARGIN_TOP - MARGIN_BOTTOM


class RestartPageNumbers(Flowable):
    """Invisible marker at the top of an appendix: its pages are numbered from 1 again
    (Phụ lục I III.1.đ), and its first page shows no number, like the document's."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        return None


class OfficialDocument(BaseDocTemplate):
    """A document with a portrait and a landscape page template and NĐ 30 page numbers."""

    def __init__(self, target: BinaryIO, *, title: str, author: str, subject: str) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="TCNS Desktop",
            lang="vi-VN",
            # Without these the canvas opens every page with Helvetica, which would put a
            # font that is neither Times-like nor embedded into the page resources.
            initialFontName=fonts.REGULAR,
            initialFontSize=ELEMENT_STYLES[Element.BODY].size,
            initialLeading=ELEMENT_STYLES[Element.BODY].leading,
            # Fixed dates and ids: printing the same snapshot twice gives the same bytes.
            invariant=1,
        )
        self.numbering_start = 1
        self.addPageTemplates([_page_template(PORTRAIT), _page_template(LANDSCAPE)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802  (reportlab's hook)
        if isinstance(flowable, RestartPageNumbers):
            self.numbering_start = self.page

    def page_label(self) -> int:
        return self.page - self.numbering_start + 1


def _page_template(kind: str) -> PageTemplate:
    width, height = PAGE_SIZES[kind]
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"{kind}-body",
    )
    # Drawn when the page ends, after any RestartPageNumbers on it has been seen.
    return PageTemplate(id=kind, frames=[frame], pagesize=(width, height), onPageEnd=_draw_number)


def _draw_number(canvas: Canvas, document: Any) -> None:
    if not isinstance(document, OfficialDocument):
        return
    label = document.page_label()
    if label < 2:
        return
    spec = ELEMENT_STYLES[Element.PAGE_NUMBER]
    width, height = document.pageTemplate.pagesize
    centre = MARGIN_LEFT + (float(width) - MARGIN_LEFT - MARGIN_RIGHT) / 2
    canvas.saveState()
    canvas.setFont(spec.font_name, spec.size)
    canvas.drawCentredString(centre, float(height) - PAGE_NUMBER_BASELINE, str(label))
    canvas.restoreState()


def build_pdf(path: Path, story: list[Flowable], *, title: str, author: str, subject: str) -> None:
    """Lay ``story`` out on NĐ 30 pages and write it to ``path`` atomically."""
    fonts.register_fonts()

    def write(output: BinaryIO) -> None:
        OfficialDocument(output, title=title, author=author, subject=subject).build(story)

    write_atomically(path, write)
