"""Liberation Serif registered once for reportlab, as one family of four faces.

Times New Roman metrics and every Vietnamese letter; registered under its PostScript names so
the embedded fonts carry them, and as a family so <b> and <i> pick the right face."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tcns_desktop.paths import resource_path

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

# PDFs are written on a worker lane; two first documents at once must not register twice.
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces (idempotent). TrueType fonts are embedded as subsets with a
    ToUnicode map, so every Vietnamese character is extractable from the PDF."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # Paragraph markup (<b>, <i>) finds the other faces through the family.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True


def face(*, bold: bool = False, italic: bool = False) -> str:
    """The registered font name of one face."""
    if bold and italic:
        return BOLD_ITALIC
    if bold:
        return BOLD
    if italic:
        return ITALIC
    return REGULAR
