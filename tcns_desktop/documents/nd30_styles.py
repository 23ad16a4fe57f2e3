"""Size, face, alignment and spacing of every document element, from NĐ 30 Phụ lục I.

The element table of docs/domain.md §4.2 (Nghị định 30/2020/NĐ-CP Phụ lục I), turned into
reportlab paragraph styles.

Where the decree gives a range the chosen size is stated next to the range, so the tests can
check both that the PDF uses the chosen size and that the choice is inside the decree's range.
The chosen sizes follow the decree's own illustration column (Quốc hiệu 12 with Tiêu ngữ 13,
number and date 13, title, body and signature 14).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Literal

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from tcns_desktop.documents import fonts

TextAlignment = Literal["left", "center", "right", "justify"]

FIRST_LINE_INDENT = 1.27 * cm  # Phụ lục I II.6.e: 1 cm or 1.27 cm
PARAGRAPH_SPACING = 6.0  # Phụ lục I II.6.e: at least 6 pt between paragraphs
BODY_SIZE = 14.0
# Line spacing "from single up to 1.5 lines" (II.6.e). Word's single line for Times New Roman
# is 1.15 x the size; 18 pt for 14 pt text is about 1.1 lines.
BODY_LEADING = 18.0
SINGLE_LINE = 1.15  # leading factor of a single line, used by header and table lines
RULE_THICKNESS = 0.6  # pt; the decree asks for a solid line and gives no weight
# Room between the signer's title and name for the handwritten signature and the seal
# (ô 7c, ô 8); printed decisions leave three to four blank lines.
SIGNATURE_SPACE = 26 * mm


class Element(StrEnum):
    """The elements of NĐ 30 Phụ lục I II–III that the documents draw."""

    NATIONAL_NAME = "quoc_hieu"  # II.1.a
    MOTTO = "tieu_ngu"  # II.1.b
    GOVERNING_BODY = "co_quan_chu_quan"  # II.2.b
    ISSUING_BODY = "co_quan_ban_hanh"  # II.2.b
    NUMBER = "so_ky_hieu"  # II.3.c
    PLACE_DATE = "dia_danh_ngay_thang"  # II.4.c
    DOCUMENT_TYPE = "ten_loai"  # II.5.b
    SUMMARY = "trich_yeu"  # II.5.b
    AUTHORITY = "tham_quyen_ban_hanh"  # Mẫu 1.2 (as the type name)
    ADDRESSEE = "kinh_gui"  # II.9.d ô 9a
    LEGAL_BASIS = "can_cu"  # II.6.a
    DECIDES = "quyet_dinh"  # Mẫu 1.2 "QUYẾT ĐỊNH:" (as the type name)
    BODY = "noi_dung"  # II.6.e
    ARTICLE = "dieu"  # II.6.đ (the "Điều n." run is bold, same size as the body)
    SECTION_HEADING = "muc"  # table row "Số thứ tự và tiêu đề của mục": upper, bold
    SUBHEADING = "khoan_co_tieu_de"  # table row "Khoản có tiêu đề": normal case, bold
    SIGNING_AUTHORITY = "quyen_han_chuc_vu"  # II.7.đ
    SIGNER_NAME = "ho_ten_nguoi_ky"  # II.7.đ
    RECIPIENTS_LABEL = "noi_nhan"  # II.9.d ô 9b
    RECIPIENT = "noi_nhan_danh_sach"  # II.9.d ô 9b
    PAGE_NUMBER = "so_trang"  # I.7
    ANNEX_LABEL = "phu_luc"  # III.1.b
    ANNEX_TITLE = "ten_phu_luc"  # III.1.b
    ANNEX_REFERENCE = "chi_dan_kem_theo"  # III.1.c
    TABLE_TITLE = "ten_bang"  # not ruled by the decree
    TABLE_HEADER = "tieu_de_cot"  # not ruled by the decree
    TABLE_CELL = "o_bang"  # not ruled by the decree
    TABLE_GROUP = "nhom_trong_bang"  # not ruled by the decree
    TABLE_NOTE = "ghi_chu_bang"  # not ruled by the decree


@dataclass(frozen=True)
class ElementStyle:
    size: float
    decree_sizes: tuple[float, float] | None  # (min, max) allowed; None: no rule
    bold: bool = False
    italic: bool = False
    alignment: TextAlignment = "left"
    leading_factor: float = SINGLE_LINE
    first_line_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def font_name(self) -> str:
        return fonts.face(bold=self.bold, italic=self.italic)

    @property
    def leading(self) -> float:
        return round(self.size * self.leading_factor, 2)


_BODY_FACTOR = BODY_LEADING / BODY_SIZE

_BODY = ElementStyle(
    BODY_SIZE,
    (13, 14),
    alignment="justify",
    leading_factor=_BODY_FACTOR,
    first_line_indent=FIRST_LINE_INDENT,
    space_after=PARAGRAPH_SPACING,
)

ELEMENT_STYLES: dict[Element, ElementStyle] = {
    Element.NATIONAL_NAME: ElementStyle(12, (12, 13), bold=True, alignment="center"),
    Element.MOTTO: ElementStyle(13, (13, 14), bold=True, alignment="center"),
    Element.GOVERNING_BODY: ElementStyle(12, (12, 13), alignment="center"),
    Element.ISSUING_BODY: ElementStyle(12, (12, 13), bold=True, alignment="center"),
    Element.NUMBER: ElementStyle(13, (13, 13), alignment="center"),
    Element.PLACE_DATE: ElementStyle(13, (13, 14), italic=True, alignment="center"),
    Element.DOCUMENT_TYPE: ElementStyle(14, (13, 14), bold=True, alignment="center"),
    Element.SUMMARY: ElementStyle(14, (13, 14), bold=True, alignment="center"),
    Element.AUTHORITY: ElementStyle(
        14, (13, 14), bold=True, alignment="center", space_before=12, space_after=12
    ),
    Element.ADDRESSEE: ElementStyle(14, (13, 14), alignment="left", leading_factor=_BODY_FACTOR),
    Element.LEGAL_BASIS: ElementStyle(
        BODY_SIZE,
        (13, 14),
        italic=True,
        alignment="justify",
        leading_factor=_BODY_FACTOR,
        first_line_indent=FIRST_LINE_INDENT,
        space_after=PARAGRAPH_SPACING,
    ),
    Element.DECIDES: ElementStyle(
        14, (13, 14), bold=True, alignment="center", space_before=6, space_after=12
    ),
    Element.BODY: _BODY,
    # Articles' labels and headings are body text in bold (same size, indent and spacing).
    Element.ARTICLE: replace(_BODY, bold=True),
    Element.SECTION_HEADING: replace(_BODY, bold=True, space_before=PARAGRAPH_SPACING),
    Element.SUBHEADING: replace(_BODY, bold=True),
    Element.SIGNING_AUTHORITY: ElementStyle(14, (13, 14), bold=True, alignment="center"),
    Element.SIGNER_NAME: ElementStyle(14, (13, 14), bold=True, alignment="center"),
    Element.RECIPIENTS_LABEL: ElementStyle(12, (12, 12), bold=True, italic=True),
    Element.RECIPIENT: ElementStyle(11, (11, 11)),
    Element.PAGE_NUMBER: ElementStyle(13, (13, 14), alignment="center"),
    Element.ANNEX_LABEL: ElementStyle(14, (14, 14), bold=True, alignment="center"),
    Element.ANNEX_TITLE: ElementStyle(14, (13, 14), bold=True, alignment="center"),
    Element.ANNEX_REFERENCE: ElementStyle(14, (13, 14), italic=True, alignment="center"),
    Element.TABLE_TITLE: ElementStyle(
        13, None, bold=True, alignment="center", space_before=6, space_after=6
    ),
    Element.TABLE_HEADER: ElementStyle(12, None, bold=True, alignment="center"),
    Element.TABLE_CELL: ElementStyle(12, None),
    Element.TABLE_GROUP: ElementStyle(12, None, bold=True),
    Element.TABLE_NOTE: ElementStyle(12, None, italic=True, space_before=4),
}

_ALIGNMENTS: dict[TextAlignment, Literal[0, 1, 2, 4]] = {
    "left": TA_LEFT,
    "center": TA_CENTER,
    "right": TA_RIGHT,
    "justify": TA_JUSTIFY,
}


@cache
def paragraph_style(element: Element, alignment: TextAlignment | None = None) -> ParagraphStyle:
    """The reportlab style of ``element`` (optionally realigned, for table columns)."""
    # Markup is parsed when a paragraph is made, and needs the faces registered by then.
    fonts.register_fonts()
    spec = ELEMENT_STYLES[element]
    chosen = alignment or spec.alignment
    return ParagraphStyle(
        name=f"{element.value}-{chosen}",
        fontName=spec.font_name,
        fontSize=spec.size,
        leading=spec.leading,
        alignment=_ALIGNMENTS[chosen],
        firstLineIndent=spec.first_line_indent,
        spaceBefore=spec.space_before,
        spaceAfter=spec.space_after,
        allowWidows=0,
        allowOrphans=0,
    )
