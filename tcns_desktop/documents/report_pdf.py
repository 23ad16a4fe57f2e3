"""The periodic report on the teams' work, as a PDF.

Mẫu 1.4 ("văn bản có tên loại") of NĐ 30 Phụ lục III: narrative sections with figure tables,
then appendices of tables, each on its own, separately numbered pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak

from tcns_desktop.documents import fonts
from tcns_desktop.documents.document_parts import (
    addressee_block,
    annex_heading,
    header_table,
    paragraph,
    signature_table,
    title_block,
)
from tcns_desktop.documents.nd30_styles import Element, TextAlignment
from tcns_desktop.documents.page_layout import (
    LANDSCAPE,
    PORTRAIT,
    RestartPageNumbers,
    build_pdf,
    frame_width,
)
from tcns_desktop.documents.paged_table import PagedTable, TableRow
from tcns_desktop.domain.document_records import (
    FigureTable,
    ReportAnnex,
    ReportContent,
    ReportParagraph,
    ReportSection,
    ReportSubheading,
)
from tcns_desktop.domain.vietnamese_text import to_nfc

# Room between a table and the paragraph or heading after it.
TABLE_SPACE_AFTER = 8.0


def write_report(content: ReportContent, path: Path) -> None:
    """Write the report (and its appendices, if any) to ``path`` as a PDF, atomically."""
    build_pdf(
        path,
        report_story(content),
        title=to_nfc(content.heading.reference_phrase(content.title.capitalize())),
        author=to_nfc(" ".join(content.heading.issuing_body)),
        subject=to_nfc(content.summary),
    )


def report_story(content: ReportContent) -> list[Flowable]:
    """The flowables of the report, first page to last."""
    fonts.register_fonts()
    width = frame_width(PORTRAIT)
    story: list[Flowable] = [header_table(content.heading, width)]
    story += title_block(content.title, content.summary, width)
    story += addressee_block(content.addressee_lines(), width)
    body: list[Flowable] = [paragraph(text, Element.BODY) for text in content.introduction]
    for section in content.sections:
        body += section_flowables(section, width)
    # The signature block never starts a page alone: it travels with the last paragraph.
    last = body.pop() if body else None
    story += body
    signature = signature_table(content.recipient_lines(), content.signature, width)
    story.append(KeepTogether([last, signature] if last is not None else [signature]))
    for annex in content.annexes:
        story += annex_story(annex)
    return story


def section_flowables(section: ReportSection, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    if section.heading.strip():
        heading = paragraph(section.heading, Element.SECTION_HEADING)
        heading.keepWithNext = True
        flowables.append(heading)
    for block in section.blocks:
        if isinstance(block, ReportParagraph):
            flowables.append(paragraph(block.text, Element.BODY))
        elif isinstance(block, ReportSubheading):
            subheading = paragraph(block.text, Element.SUBHEADING)
            subheading.keepWithNext = True
            flowables.append(subheading)
        else:
            flowables += figure_table(block, width)
    return flowables


def figure_table(table: FigureTable, width: float) -> list[Flowable]:
    """The table with its title kept over its first rows, header repeated on every page,
    the total row in bold, and its note under it."""
    weights = table.column_weights or tuple(1.0 for _ in table.columns)
    total = sum(weights)
    widths = [width * weight / total for weight in weights]
    alignments: list[TextAlignment] = list(table.alignments) or ["center"] * len(table.columns)
    rows = [TableRow(row) for row in table.rows]
    if table.total_row is not None:
        rows.append(TableRow(table.total_row, "total"))
    title = paragraph(table.title, Element.TABLE_TITLE) if table.title.strip() else None
    flowables: list[Flowable] = [
        PagedTable(
            table.columns, rows, widths, alignments, title=title, space_after=TABLE_SPACE_AFTER
        )
    ]
    if table.note.strip():
        flowables.append(paragraph(table.note, Element.TABLE_NOTE))
    return flowables


def annex_story(annex: ReportAnnex) -> list[Flowable]:
    """An appendix on new pages, numbered from 1, landscape when it asks for it."""
    template = LANDSCAPE if annex.landscape else PORTRAIT
    width = frame_width(template)
    story: list[Flowable] = [NextPageTemplate(template), PageBreak(), RestartPageNumbers()]
    story += annex_heading(annex.label, annex.title, "", annex.reference, width)
    for table in annex.tables:
        story += figure_table(table, width)
    return story
