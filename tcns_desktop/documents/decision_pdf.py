"""The decision founding or re-forming Tổ công nghệ số cộng đồng, as a PDF.

Mẫu 1.2 of NĐ 30 Phụ lục III, with its member annex (Mẫu 2.1) on its own, separately numbered,
landscape pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Paragraph

from tcns_desktop.documents import fonts
from tcns_desktop.documents.document_parts import (
    annex_heading,
    header_table,
    paragraph,
    signature_table,
    text_of,
    title_block,
)
from tcns_desktop.documents.nd30_styles import Element, TextAlignment, paragraph_style
from tcns_desktop.documents.page_layout import (
    LANDSCAPE,
    PORTRAIT,
    RestartPageNumbers,
    build_pdf,
    frame_width,
)
from tcns_desktop.documents.paged_table import PagedTable, TableRow
from tcns_desktop.domain.document_records import (
    MEMBER_COLUMNS,
    Article,
    DecisionContent,
    MemberAnnex,
    with_closing_mark,
)
from tcns_desktop.domain.vietnamese_text import to_nfc

# Shares of the annex width per column (STT, name, birth year, gender, position, role in the
# team, phone, notes) on a landscape page: names and positions get the room.
MEMBER_COLUMN_SHARES = (0.045, 0.19, 0.075, 0.07, 0.25, 0.13, 0.115, 0.125)
# On a portrait page the short columns get what their widest usual text needs at 12 pt
# ("STT" bold, "1990", "Nam", "Thành viên", a 10-digit phone, plus padding), in points, and
# name, position and notes share the rest.
PORTRAIT_FIXED_WIDTHS = {0: 30.0, 2: 34.0, 3: 32.0, 5: 62.0, 6: 68.0}
PORTRAIT_SHARED = {1: 0.38, 4: 0.38, 7: 0.24}
MEMBER_ALIGNMENTS: tuple[TextAlignment, ...] = (
    "center",
    "left",
    "center",
    "center",
    "left",
    "left",
    "center",
    "left",
)


def write_decision(content: DecisionContent, path: Path) -> None:
    """Write the decision (and its member annex, if any) to ``path`` as a PDF, atomically."""
    build_pdf(
        path,
        decision_story(content),
        title=to_nfc(content.heading.reference_phrase(content.title.capitalize())),
        author=to_nfc(" ".join(content.heading.issuing_body)),
        subject=to_nfc(content.summary),
    )


def decision_story(content: DecisionContent) -> list[Flowable]:
    """The flowables of the decision, first page to last."""
    fonts.register_fonts()
    width = frame_width(PORTRAIT)
    story: list[Flowable] = [header_table(content.heading, width)]
    story += title_block(content.title, content.summary, width)
    story.append(paragraph(content.authority, Element.AUTHORITY))
    story += [paragraph(line, Element.LEGAL_BASIS) for line in content.basis_lines()]
    story.append(paragraph("QUYẾT ĐỊNH:", Element.DECIDES))
    body = _article_paragraphs(content.articles)
    # The signature block never starts a page alone: it travels with the last paragraph.
    last = body.pop() if body else None
    story += body
    signature = signature_table(content.recipient_lines(), content.signature, width)
    story.append(KeepTogether([last, signature] if last is not None else [signature]))
    if content.annex is not None and content.annex.groups:
        story += annex_story(content.annex)
    return story


def _article_paragraphs(articles: tuple[Article, ...]) -> list[Flowable]:
    """ "Điều n." in bold, then its text on the same line (or its bold title, then the text
    below); every paragraph justified with the first-line indent."""
    style = paragraph_style(Element.BODY)
    flowables: list[Flowable] = []
    for index, article in enumerate(articles):
        texts = list(article.paragraphs)
        if index == len(articles) - 1 and texts:
            texts[-1] = with_closing_mark(texts[-1])
        label = text_of(article.label)
        if article.title.strip():
            flowables.append(Paragraph(f"<b>{label} {text_of(article.title)}</b>", style))
        else:
            first = text_of(texts.pop(0)) if texts else ""
            flowables.append(Paragraph(f"<b>{label}</b> {first}".rstrip(), style))
        flowables += [paragraph(text, Element.BODY) for text in texts]
    return flowables


def annex_story(annex: MemberAnnex) -> list[Flowable]:
    """The member annex on new pages (landscape unless asked otherwise), numbered from 1."""
    template = LANDSCAPE if annex.landscape else PORTRAIT
    width = frame_width(template)
    widths = member_column_widths(width, landscape=annex.landscape)
    return [
        NextPageTemplate(template),
        PageBreak(),
        RestartPageNumbers(),
        *annex_heading(annex.label, annex.title, annex.subtitle, annex.reference, width),
        PagedTable(MEMBER_COLUMNS, member_rows(annex), widths, MEMBER_ALIGNMENTS),
    ]


def member_column_widths(width: float, *, landscape: bool) -> list[float]:
    if landscape:
        return [width * share for share in MEMBER_COLUMN_SHARES]
    rest = width - sum(PORTRAIT_FIXED_WIDTHS.values())
    return [
        PORTRAIT_FIXED_WIDTHS.get(column) or rest * PORTRAIT_SHARED[column]
        for column in range(len(MEMBER_COLUMNS))
    ]


def member_rows(annex: MemberAnnex) -> list[TableRow]:
    """A heading row per team ("I. Tổ … thôn Đông"), then its members numbered from 1."""
    rows: list[TableRow] = []
    for index, group in enumerate(annex.groups, start=1):
        rows.append(TableRow((group.heading(index),), "group"))
        rows += [
            TableRow((str(number), *member.cells()))
            for number, member in enumerate(group.members, start=1)
        ]
    return rows
