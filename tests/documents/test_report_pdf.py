"""The periodic report PDF read back: header, sections, figure tables, appendix, signature."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.pdf import PDF

from tcns_desktop.documents.document_parts import MOTTO, NATIONAL_NAME
from tcns_desktop.documents.nd30_styles import Element
from tcns_desktop.documents.page_layout import MARGIN_RIGHT, MARGIN_TOP
from tcns_desktop.documents.paged_table import PADDING_X
from tcns_desktop.documents.report_pdf import write_report
from tcns_desktop.domain.document_records import FigureTable, ReportContent
from tests.documents.pdf_reading import (
    LIBERATION,
    MM,
    assert_element,
    lines_of,
    locate,
    locate_all,
    locate_on,
    page_number_chars,
    text_chars,
)
from tests.documents.sample_documents import CHAIR, sample_report

ANNEX_ROWS = 120


@pytest.fixture(scope="module")
def report() -> ReportContent:
    return sample_report(long_table_rows=ANNEX_ROWS)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory, report: ReportContent) -> Iterator[PDF]:
    path = tmp_path_factory.mktemp("report") / "bao-cao.pdf"
    write_report(report, path)
    with pdfplumber.open(path) as opened:
        yield opened


def _annex_start(pdf: PDF) -> int:
    return locate(pdf, "DANH MỤC HOẠT ĐỘNG").page


def test_pages_fonts_and_margins(pdf: PDF) -> None:
    for index, page in enumerate(pdf.pages):
        assert (round(page.width, 2), round(page.height, 2)) == (595.28, 841.89)
        assert all(LIBERATION.match(c["fontname"]) for c in page.chars)
        chars = text_chars(page, MARGIN_TOP)
        assert 30 - 0.01 <= min(c["x0"] for c in chars) / MM <= 35, index
        assert (page.width - max(c["x1"] for c in chars)) / MM >= 15 - 0.01, index
        assert 20 <= min(c["top"] for c in chars) / MM <= 25, index
        assert (page.height - max(c["bottom"] for c in chars)) / MM >= 20, index


def test_header_title_and_addressee(pdf: PDF, report: ReportContent) -> None:
    assert_element(locate(pdf, NATIONAL_NAME).chars, Element.NATIONAL_NAME)
    assert_element(locate(pdf, MOTTO).chars, Element.MOTTO)
    assert_element(locate(pdf, "Số: 41/BC-UBND").chars, Element.NUMBER)
    assert_element(locate(pdf, "Tân Lập, ngày 08 tháng 10 năm 2026").chars, Element.PLACE_DATE)
    assert_element(locate(pdf, "BÁO CÁO").chars, Element.DOCUMENT_TYPE)
    assert_element(locate(pdf, report.summary).chars, Element.SUMMARY)
    addressee = locate(pdf, "Kính gửi: Sở Khoa học và Công nghệ tỉnh Phú Thọ.")
    assert_element(addressee.chars, Element.ADDRESSEE)
    assert len(lines_of(addressee.chars)) == 1  # one addressee: on the "Kính gửi" line


def test_sections_paragraphs_and_subheadings(pdf: PDF, report: ReportContent) -> None:
    for section in report.sections:
        assert_element(locate(pdf, section.heading).chars, Element.SECTION_HEADING)
    assert_element(locate(pdf, "1. Công tác tuyên truyền").chars, Element.SUBHEADING)
    assert_element(locate(pdf, report.introduction[0]).chars, Element.BODY)
    assert_element(locate(pdf, "Các Tổ công nghệ số cộng đồng đã tổ chức").chars, Element.BODY)


def test_figure_tables(pdf: PDF, report: ReportContent) -> None:
    table = report.sections[0].blocks[1]
    assert isinstance(table, FigureTable)
    title = locate(pdf, table.title)
    assert_element(title.chars, Element.TABLE_TITLE)
    assert_element(locate(pdf, "Thôn, tổ dân phố").chars, Element.TABLE_HEADER)
    total = locate(pdf, "Tổng cộng")
    assert_element(total.chars, Element.TABLE_GROUP)
    # The title is on the page of its table, just above the header row.
    header = locate(pdf, "Thôn, tổ dân phố")
    assert header.page == title.page
    assert 0 < header.chars[0]["top"] - title.chars[0]["bottom"] < 20
    page = pdf.pages[title.page]
    columns = sorted({round(line["x0"], 1) for line in page.lines if line["x0"] == line["x1"]})
    assert len(columns) == len(table.columns) + 1


def test_figures_align_right_in_their_column(tmp_path: Path) -> None:
    table = FigureTable(
        columns=("STT", "Chỉ tiêu", "Số lượng"),
        rows=(("1", "Hồ sơ trực tuyến", "7"), ("2", "Tài khoản VNeID", "1.284")),
        column_weights=(1, 5, 2),
        alignments=("center", "left", "right"),
    )
    base = sample_report()
    section = dataclasses.replace(base.sections[0], blocks=(table,))
    path = tmp_path / "align.pdf"
    write_report(dataclasses.replace(base, sections=(section,)), path)
    with pdfplumber.open(path) as opened:
        seven = locate(opened, "Hồ sơ trực tuyến7").chars[-1]
        thousands = locate(opened, "Tài khoản VNeID1.284").chars[-1]
        page = opened.pages[0]
        right = max(line["x1"] for line in page.lines if line["x0"] == line["x1"])
        assert right == pytest.approx(page.width - MARGIN_RIGHT, abs=0.01)
        assert seven["x1"] == pytest.approx(thousands["x1"], abs=0.01)
        assert seven["x1"] == pytest.approx(right - PADDING_X, abs=0.01)


def test_appendix_starts_a_page_repeats_its_header_and_restarts_numbers(
    pdf: PDF, report: ReportContent
) -> None:
    start = _annex_start(pdf)
    assert start >= 1
    assert_element(locate(pdf, "Phụ lục").chars, Element.ANNEX_LABEL)
    assert_element(locate(pdf, report.annexes[0].reference).chars, Element.ANNEX_REFERENCE)
    pages = pdf.pages[start:]
    assert len(pages) >= 3
    numbers = []
    for offset, page in enumerate(pages, start=1):
        assert len(locate_on(page, "Nội dung hoạt động")) == 1, offset
        numbers.append("".join(c["text"] for c in page_number_chars(page, MARGIN_TOP)))
    assert numbers == ["", *[str(n) for n in range(2, len(pages) + 1)]]
    text = "\n".join(page.extract_text() for page in pages)
    positions = [text.index(f"Hoạt động hướng dẫn người dân số {n} ") for n in (1, 2, 60, 120)]
    assert positions == sorted(positions)
    # Body pages are numbered from 2 too.
    assert "".join(c["text"] for c in page_number_chars(pdf.pages[1], MARGIN_TOP)) == "2"


def test_signature_follows_the_last_section(pdf: PDF, report: ReportContent) -> None:
    label = locate(pdf, "Nơi nhận:")
    assert_element(label.chars, Element.RECIPIENTS_LABEL)
    last = locate(pdf, "thành viên Tổ công nghệ số cộng đồng.")
    assert last.page == label.page < _annex_start(pdf)
    authority = locate(pdf, "TM. ỦY BAN NHÂN DÂN")
    assert authority.page == label.page
    assert_element(authority.chars, Element.SIGNING_AUTHORITY)
    assert label.chars[0]["matrix"][5] == pytest.approx(authority.chars[0]["matrix"][5], abs=0.1)
    name = [f for f in locate_all(pdf, CHAIR) if f.page == label.page]
    assert_element(name[0].chars, Element.SIGNER_NAME)
    for line in report.recipient_lines():
        assert_element(locate(pdf, f"- {line}").chars, Element.RECIPIENT)


def test_several_addressees_one_per_line_under_the_colon(tmp_path: Path) -> None:
    report = dataclasses.replace(
        sample_report(),
        addressees=("Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh"),
    )
    path = tmp_path / "kinh-gui.pdf"
    write_report(report, path)
    with pdfplumber.open(path) as opened:
        label = locate(opened, "Kính gửi:").chars
        first = locate(opened, "- Sở Khoa học và Công nghệ;").chars
        second = locate(opened, "- Văn phòng Ủy ban nhân dân tỉnh.").chars
        assert first[0]["x0"] == pytest.approx(second[0]["x0"], abs=0.1)
        # Dashes sit under the colon.
        assert first[0]["x0"] == pytest.approx(label[-1]["x0"], abs=2)
        assert first[0]["top"] > label[0]["top"]
        assert_element(first, Element.ADDRESSEE)
