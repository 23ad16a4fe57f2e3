"""The flowables every administrative document shares (NĐ 30 Phụ lục I; Mẫu 1.2, 1.4, 2.1).

The two-column header, the type name with its trích yếu and rule, "Kính gửi", the Nơi nhận
block level with the signature block, and an appendix's heading."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from tcns_desktop.documents.horizontal_rule import HorizontalRule
from tcns_desktop.documents.nd30_styles import (
    ELEMENT_STYLES,
    SIGNATURE_SPACE,
    Element,
    paragraph_style,
)
from tcns_desktop.domain.document_records import DocumentHeading, SignatureBlock
from tcns_desktop.domain.vietnamese_text import to_nfc

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# Header columns: the right one must hold Quốc hiệu (250 pt at 12 pt bold) and the place and
# date on one line; practice gives the issuing body ~40 % (docs/domain.md §4.3).
HEADER_LEFT_SHARE = 0.40
# Footer columns: Nơi nhận on the left, the signature block centred on the right half.
FOOTER_LEFT_SHARE = 0.50
# Rules under the issuing body and the trích yếu: 1/3 to 1/2 of the line above (II.2.b, II.5.b).
SHORT_RULE_SHARE = 0.4


def text_of(text: str) -> str:
    """Paragraph markup of plain text: NFC, with &, < and > escaped."""
    return escape(to_nfc(text))


def paragraph(text: str, element: Element, *, left_indent: float = 0.0) -> Paragraph:
    """``text`` in the style of ``element``, optionally indented on the left."""
    style = paragraph_style(element)
    if left_indent:
        style = ParagraphStyle(f"{style.name}-indented", parent=style, leftIndent=left_indent)
    return Paragraph(text_of(text), style)


def text_width(text: str, element: Element) -> float:
    spec = ELEMENT_STYLES[element]
    return float(stringWidth(to_nfc(text), spec.font_name, spec.size))


def widest_line(text: str, element: Element, width: float) -> float:
    """Width of the longest line ``text`` wraps to in ``width``."""
    spec = ELEMENT_STYLES[element]
    lines = simpleSplit(to_nfc(text), spec.font_name, spec.size, width)
    return max((float(stringWidth(line, spec.font_name, spec.size)) for line in lines), default=0)


def header_table(heading: DocumentHeading, width: float) -> Table:
    """Box 1–4: issuing body, its rule and the number on the left; Quốc hiệu, Tiêu ngữ with a
    rule as long as the line, and the place and date on the right; number and date level."""
    left_width = width * HEADER_LEFT_SHARE
    right_width = width - left_width
    body: list[Flowable] = [
        paragraph(line, Element.GOVERNING_BODY) for line in heading.governing_body
    ]
    body += [paragraph(line, Element.ISSUING_BODY) for line in heading.issuing_body]
    longest = max(
        (widest_line(line, Element.ISSUING_BODY, left_width) for line in heading.issuing_body),
        default=0,
    )
    body.append(HorizontalRule(longest * SHORT_RULE_SHARE))
    national: list[Flowable] = [
        paragraph(NATIONAL_NAME, Element.NATIONAL_NAME),
        paragraph(MOTTO, Element.MOTTO),
        HorizontalRule(text_width(MOTTO, Element.MOTTO)),
    ]
    table = Table(
        [
            [body, national],
            [
                paragraph(heading.number_line, Element.NUMBER),
                paragraph(heading.place_and_date_line, Element.PLACE_DATE),
            ],
        ],
        colWidths=[left_width, right_width],
    )
    table.setStyle(TableStyle(_borderless()))
    return table


def title_block(type_name: str, summary: str, width: float) -> list[Flowable]:
    """Box 5a: the type name, the trích yếu under it and a short rule."""
    return [
        Spacer(width, 14),
        paragraph(type_name, Element.DOCUMENT_TYPE),
        paragraph(summary, Element.SUMMARY),
        HorizontalRule(
            widest_line(summary, Element.SUMMARY, width) * SHORT_RULE_SHARE, gap_below=8
        ),
    ]


def addressee_block(addressees: Sequence[str], width: float) -> list[Flowable]:
    """Box 9a "Kính gửi:": one addressee on the same line; several one per line, their
    dashes aligned under the colon."""
    if not addressees:
        return []
    label = "Kính gửi:"
    if len(addressees) == 1:
        single = Paragraph(
            f"{text_of(label)} {text_of(addressees[0])}", paragraph_style(Element.ADDRESSEE)
        )
        return [_centred_block([single], width), Spacer(1, 8)]
    indent = text_width(label, Element.ADDRESSEE) - text_width("-", Element.ADDRESSEE)
    lines: list[Flowable] = [paragraph(label, Element.ADDRESSEE)]
    lines += [paragraph(f"- {line}", Element.ADDRESSEE, left_indent=indent) for line in addressees]
    return [_centred_block(lines, width), Spacer(1, 8)]


def _centred_block(parts: list[Flowable], width: float) -> Table:
    """A left-aligned block placed in the middle of the page, as Kính gửi is in practice;
    as wide as the page at most (a long addressee wraps)."""
    widest = 0.0
    for part in parts:
        if isinstance(part, Paragraph):
            text = part.getPlainText()
            widest = max(widest, text_width(text, Element.ADDRESSEE) + part.style.leftIndent)
    table = Table([[parts]], colWidths=[min(widest + 2, width)])
    table.setStyle(TableStyle(_borderless()))
    return table


def signature_table(recipients: Sequence[str], signature: SignatureBlock, width: float) -> Table:
    """Box 9b and 7a–7b: "Nơi nhận:" level with the first line of the signer's authority,
    the list under it; the title(s), room for the signature and seal, the name."""
    authority_spec = ELEMENT_STYLES[Element.SIGNING_AUTHORITY]
    label_spec = ELEMENT_STYLES[Element.RECIPIENTS_LABEL]
    # reportlab puts a paragraph's first baseline one font size below its top: lowering the
    # smaller label by the difference puts both baselines on one line. (A table cell ignores
    # its first flowable's spaceBefore, hence a spacer.)
    left: list[Flowable] = [
        Spacer(1, authority_spec.size - label_spec.size),
        paragraph("Nơi nhận:", Element.RECIPIENTS_LABEL),
    ]
    left += [paragraph(f"- {line}", Element.RECIPIENT) for line in recipients]
    right: list[Flowable] = [
        paragraph(line, Element.SIGNING_AUTHORITY) for line in signature.authority_lines
    ]
    right.append(Spacer(1, SIGNATURE_SPACE))
    right.append(paragraph(signature.signer_name, Element.SIGNER_NAME))
    left_width = width * FOOTER_LEFT_SHARE
    table = Table([[left, right]], colWidths=[left_width, width - left_width])
    table.setStyle(TableStyle([*_borderless(), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return table


def annex_heading(
    label: str, title: str, subtitle: str, reference: str, width: float
) -> list[Flowable]:
    """Mẫu 2.1: "Phụ lục …" (if any), the title in capitals, the reference line in italics
    and a short rule."""
    parts: list[Flowable] = []
    if label.strip():
        parts.append(paragraph(label, Element.ANNEX_LABEL))
    parts.append(paragraph(title, Element.ANNEX_TITLE))
    if subtitle.strip():
        parts.append(paragraph(subtitle, Element.ANNEX_TITLE))
    parts.append(paragraph(reference, Element.ANNEX_REFERENCE))
    rule = widest_line(reference, Element.ANNEX_REFERENCE, width) * SHORT_RULE_SHARE
    parts.append(HorizontalRule(rule, gap_below=10))
    return parts


def _borderless() -> list[tuple[Any, ...]]:
    spec = ELEMENT_STYLES[Element.BODY]
    return [
        # Tables set their cells' font even when the cells hold paragraphs; reportlab's
        # default would reference Helvetica in the page's resources.
        ("FONT", (0, 0), (-1, -1), spec.font_name, spec.size, spec.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
