"""The decision PDF read back: Nghị định 30/2020 layout, fonts, text, pages and annex."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest
from pdfplumber.pdf import PDF

from tcns_desktop.documents.decision_pdf import write_decision
from tcns_desktop.documents.document_parts import MOTTO, NATIONAL_NAME
from tcns_desktop.documents.nd30_styles import (
    BODY_LEADING,
    BODY_SIZE,
    ELEMENT_STYLES,
    FIRST_LINE_INDENT,
    PARAGRAPH_SPACING,
    Element,
)
from tcns_desktop.documents.page_layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
)
from tcns_desktop.domain.document_records import (
    AnnexGroup,
    AnnexMember,
    Article,
    DecisionContent,
)
from tcns_desktop.domain.enums import SigningMode
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
from tests.documents.sample_documents import CHAIR, SPECIAL_NAMES, VICE_CHAIR, sample_decision

A4_PORTRAIT = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)


@pytest.fixture(scope="module")
def decision() -> DecisionContent:
    return sample_decision(teams=3, per_team=7)


@pytest.fixture(scope="module")
def decision_pdf(tmp_path_factory: pytest.TempPathFactory, decision: DecisionContent) -> Path:
    path = tmp_path_factory.mktemp("decision") / "quyet-dinh.pdf"
    write_decision(decision, path)
    return path


@pytest.fixture(scope="module")
def pdf(decision_pdf: Path) -> Iterator[PDF]:
    with pdfplumber.open(decision_pdf) as opened:
        yield opened


def _annex_start(pdf: PDF) -> int:
    return locate(pdf, "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG").page


def test_pages_are_a4_portrait_and_the_annex_landscape(pdf: PDF) -> None:
    annex = _annex_start(pdf)
    assert annex >= 1
    for index, page in enumerate(pdf.pages):
        expected = A4_PORTRAIT if index < annex else A4_LANDSCAPE
        assert (round(page.width, 2), round(page.height, 2)) == expected


def test_text_stays_inside_the_decree_margins(pdf: PDF) -> None:
    for index, page in enumerate(pdf.pages):
        chars = text_chars(page, MARGIN_TOP)
        left = min(c["x0"] for c in chars) / MM
        right = (page.width - max(c["x1"] for c in chars)) / MM
        top = min(c["top"] for c in chars) / MM
        bottom = (page.height - max(c["bottom"] for c in chars)) / MM
        assert 30 - 0.01 <= left <= 35, (index, left)
        assert 15 - 0.01 <= right <= 20 or index >= _annex_start(pdf), (index, right)
        assert right >= 15 - 0.01, (index, right)
        assert 20 <= top <= 25, (index, top)
        assert bottom >= 20, (index, bottom)
    # The body's justified lines reach the right margin; a full first page its bottom.
    first = pdf.pages[0]
    chars = text_chars(first, MARGIN_TOP)
    assert (first.width - max(c["x1"] for c in chars)) / MM == pytest.approx(15, abs=0.01)
    last_line_gap = (BODY_LEADING * 2 + PARAGRAPH_SPACING) / MM
    assert (first.height - max(c["bottom"] for c in chars)) / MM <= 20 + last_line_gap
    # The annex grid keeps the same margins on the landscape pages.
    annex = pdf.pages[_annex_start(pdf)]
    xs = [x for line in annex.lines for x in (line["x0"], line["x1"])]
    assert min(xs) / MM == pytest.approx(MARGIN_LEFT / MM, abs=0.01)
    assert (annex.width - max(xs)) / MM == pytest.approx(MARGIN_RIGHT / MM, abs=0.01)
    assert (annex.height - max(line["bottom"] for line in annex.lines)) >= MARGIN_BOTTOM


def test_only_liberation_serif_is_used_and_it_is_embedded(decision_pdf: Path, pdf: PDF) -> None:
    reader = pypdf.PdfReader(decision_pdf)
    seen: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            name = str(font["/BaseFont"]).lstrip("/")
            assert LIBERATION.match(name), name
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert "/ToUnicode" in font
            seen.add(name.split("+")[-1])
    assert seen == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
    for plumbed in pdf.pages:
        assert all(LIBERATION.match(c["fontname"]) for c in plumbed.chars)


def test_header_elements_follow_the_decree(pdf: PDF, decision: DecisionContent) -> None:
    assert_element(locate(pdf, NATIONAL_NAME).chars, Element.NATIONAL_NAME)
    assert_element(locate(pdf, MOTTO).chars, Element.MOTTO)
    for line in decision.heading.issuing_body:
        assert_element(locate(pdf, line).chars, Element.ISSUING_BODY)
    number = locate(pdf, "Số: 05/QĐ-UBND")
    assert_element(number.chars, Element.NUMBER)
    date = locate(pdf, "Tân Lập, ngày 05 tháng 02 năm 2026")
    assert_element(date.chars, Element.PLACE_DATE)
    # Number and date on one line (box 3 and box 4); the date centred under Quốc hiệu.
    assert number.chars[0]["matrix"][5] == pytest.approx(date.chars[0]["matrix"][5], abs=0.01)
    national = locate(pdf, NATIONAL_NAME).chars
    centre = (national[0]["x0"] + national[-1]["x1"]) / 2
    assert (date.chars[0]["x0"] + date.chars[-1]["x1"]) / 2 == pytest.approx(centre, abs=1)
    motto = locate(pdf, MOTTO).chars
    assert (motto[0]["x0"] + motto[-1]["x1"]) / 2 == pytest.approx(centre, abs=1)
    # Quốc hiệu in the right half, the issuing body in the left.
    assert national[0]["x0"] > pdf.pages[0].width / 2 - 60
    issuing = locate(pdf, decision.heading.issuing_body[0]).chars
    assert issuing[-1]["x1"] < national[0]["x0"]


def test_rules_under_the_motto_the_issuing_body_and_the_summary(
    pdf: PDF, decision: DecisionContent
) -> None:
    page = pdf.pages[0]
    rules = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.01]

    def rule_under(chars: list[dict[str, Any]]) -> dict[str, Any]:
        bottom = max(c["bottom"] for c in chars)
        left, right = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
        below = [
            r
            for r in rules
            if 0 < r["top"] - bottom < 8 and left - 1 <= r["x0"] and r["x1"] <= right + 1
        ]
        assert below, "no rule under the text"
        return min(below, key=lambda r: r["top"])

    motto = locate(pdf, MOTTO).chars
    rule = rule_under(motto)
    assert rule["x1"] - rule["x0"] == pytest.approx(motto[-1]["x1"] - motto[0]["x0"], abs=0.5)
    assert rule["x0"] == pytest.approx(motto[0]["x0"], abs=0.5)
    body = locate(pdf, decision.heading.issuing_body[-1]).chars
    first = locate(pdf, decision.heading.issuing_body[0]).chars
    longest = max(first[-1]["x1"] - first[0]["x0"], body[-1]["x1"] - body[0]["x0"])
    rule = rule_under(body)
    assert longest / 3 <= rule["x1"] - rule["x0"] <= longest / 2
    summary = locate(pdf, decision.summary).chars
    rule = rule_under(summary)
    assert (summary[-1]["x1"] - summary[0]["x0"]) / 3 <= rule["x1"] - rule["x0"]
    assert rule["x1"] - rule["x0"] <= (summary[-1]["x1"] - summary[0]["x0"]) / 2
    centre = (summary[0]["x0"] + summary[-1]["x1"]) / 2
    assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(centre, abs=1)


def test_body_elements_follow_the_decree(pdf: PDF, decision: DecisionContent) -> None:
    assert_element(locate(pdf, "QUYẾT ĐỊNH").chars, Element.DOCUMENT_TYPE)
    assert_element(locate(pdf, decision.summary).chars, Element.SUMMARY)
    assert_element(locate(pdf, decision.authority).chars, Element.AUTHORITY)
    for line in decision.basis_lines():
        assert_element(locate(pdf, line).chars, Element.LEGAL_BASIS)
    assert_element(locate(pdf, "QUYẾT ĐỊNH:").chars, Element.DECIDES)
    for article in decision.articles:
        label = locate(pdf, article.label).chars
        assert_element(label, Element.ARTICLE)
        # The label's size is the body's; the text after it is upright, not bold.
        assert ELEMENT_STYLES[Element.ARTICLE].size == BODY_SIZE
        text = locate(pdf, article.paragraphs[0][:40]).chars
        assert_element(text, Element.BODY)


def test_recipients_and_signature_follow_the_decree(pdf: PDF, decision: DecisionContent) -> None:
    label = locate(pdf, "Nơi nhận:")
    assert_element(label.chars, Element.RECIPIENTS_LABEL)
    for line in decision.recipient_lines():
        found = [f for f in locate_all(pdf, f"- {line}") if f.page == label.page]
        assert found, line
        assert_element(found[0].chars, Element.RECIPIENT)
    authority = [f for f in locate_all(pdf, "CHỦ TỊCH") if f.page == label.page][-1]
    assert_element(authority.chars, Element.SIGNING_AUTHORITY)
    name = next(f for f in locate_all(pdf, CHAIR) if f.page == label.page)
    assert_element(name.chars, Element.SIGNER_NAME)
    # "Nơi nhận:" level with the signer's title, flush with the left margin.
    assert label.chars[0]["matrix"][5] == pytest.approx(authority.chars[0]["matrix"][5], abs=0.1)
    assert label.chars[0]["x0"] / MM == pytest.approx(30, abs=0.01)
    # The name centred under the title, on the right half, below it with room to sign.
    title_centre = (authority.chars[0]["x0"] + authority.chars[-1]["x1"]) / 2
    name_centre = (name.chars[0]["x0"] + name.chars[-1]["x1"]) / 2
    assert name_centre == pytest.approx(title_centre, abs=1)
    assert title_centre > pdf.pages[label.page].width / 2
    assert name.chars[0]["top"] - authority.chars[0]["bottom"] > 20 * MM


def test_body_is_justified_with_a_first_line_indent(pdf: PDF) -> None:
    right_edge = pdf.pages[0].width - MARGIN_RIGHT
    paragraphs = [
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ "
        "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;",
        "Thành lập 03 Tổ công nghệ số cộng đồng trên địa bàn xã Tân Lập, gồm: Tổ công nghệ số "
        "cộng đồng thôn Đông, Tổ công nghệ số cộng đồng thôn Tây và Tổ công nghệ số cộng đồng "
        "bản Mới, với tổng số 21 thành viên (có danh sách kèm theo).",
    ]
    for text in paragraphs:
        found = locate(pdf, text)
        lines = lines_of(found.chars)
        assert len(lines) >= 2
        if text.startswith("Thành lập"):
            # "Điều 1. " precedes the text on the first line.
            lines[0] = lines_of(locate(pdf, "Điều 1.").chars)[0] + lines[0]
        assert lines[0][0]["x0"] == pytest.approx(MARGIN_LEFT + FIRST_LINE_INDENT, abs=0.1)
        for line in lines[1:]:
            assert line[0]["x0"] == pytest.approx(MARGIN_LEFT, abs=0.1)
        for line in lines[:-1]:
            assert line[-1]["x1"] == pytest.approx(right_edge, abs=0.1)
        assert lines[-1][-1]["x1"] < right_edge - 5
        gaps = [
            b[0]["matrix"][5] - a[0]["matrix"][5]
            for a, b in zip(lines[1:], lines[:-1], strict=True)
        ]
        for gap in gaps:
            # Line spacing from single (1.15 x size in Word) to 1.5 lines.
            assert BODY_SIZE * 1.15 <= gap <= BODY_SIZE * 1.15 * 1.5
    # At least 6 pt between paragraphs: two consecutive Căn cứ lines.
    first = lines_of(locate(pdf, "Căn cứ Luật Tổ chức chính quyền địa phương").chars)[-1]
    second = lines_of(locate(pdf, "Căn cứ Quyết định số 749/QĐ-TTg").chars)[0]
    assert first[0]["matrix"][5] - second[0]["matrix"][5] >= BODY_LEADING + 6


def test_text_is_nfc_and_extracts_back_exactly(tmp_path: Path) -> None:
    content = sample_decision(teams=3, per_team=7)
    assert content.annex is not None
    # The Windows Vietnamese keyboard types combining marks: give the writer NFD text.
    decomposed = dataclasses.replace(
        content,
        annex=dataclasses.replace(
            content.annex,
            groups=tuple(
                AnnexGroup(
                    unicodedata.normalize("NFD", group.team_name),
                    tuple(
                        dataclasses.replace(
                            member, full_name=unicodedata.normalize("NFD", member.full_name)
                        )
                        for member in group.members
                    ),
                    group.village_name,
                )
                for group in content.annex.groups
            ),
        ),
    )
    path = tmp_path / "nfd.pdf"
    write_decision(decomposed, path)
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert unicodedata.is_normalized("NFC", text)
    for name in SPECIAL_NAMES:
        assert name in text
    with pdfplumber.open(path) as opened:
        annex = _annex_start(opened)
        words = "\n".join(page.extract_text() for page in opened.pages[annex:])
        for group in content.annex.groups:
            for member in group.members:
                assert member.full_name in words
                assert member.phone in words
        body = "\n".join(page.extract_text() for page in opened.pages[:annex])
        assert content.basis_lines()[0] in body
        assert "Lò Thị Ửng" in words and "Đặng Quốc Tuấn" in words


def test_page_numbers_from_the_second_page_restart_in_the_annex(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    write_decision(sample_decision(teams=8, per_team=9), path)
    with pdfplumber.open(path) as opened:
        annex = _annex_start(opened)
        assert annex >= 2 and len(opened.pages) - annex >= 3
        for index, page in enumerate(opened.pages):
            number = page_number_chars(page, MARGIN_TOP)
            label = index + 1 if index < annex else index - annex + 1
            if label == 1:
                assert number == [], index
                continue
            assert "".join(c["text"] for c in number) == str(label), index
            assert_element(number, Element.PAGE_NUMBER)
            centre = (number[0]["x0"] + number[-1]["x1"]) / 2
            frame_centre = MARGIN_LEFT + (page.width - MARGIN_LEFT - MARGIN_RIGHT) / 2
            assert centre == pytest.approx(frame_centre, abs=0.5)
            assert max(c["bottom"] for c in number) < MARGIN_TOP


def _signature_page_matches_last_line(path: Path) -> None:
    with pdfplumber.open(path) as opened:
        closing = locate(opened, "thi hành Quyết định này./.")
        label = locate(opened, "Nơi nhận:")
        assert closing.page == label.page
        name = [f for f in locate_all(opened, VICE_CHAIR) if f.page == label.page]
        assert name, "signer's name not on the page of the last body line"


@pytest.mark.parametrize("extra", [0, 2, 3, 4, 5, 6, 7, 9])
def test_signature_block_stays_with_the_last_body_lines(tmp_path: Path, extra: int) -> None:
    base = sample_decision(teams=2, per_team=3, mode=SigningMode.ON_BEHALF_OF_CHAIR)
    tasks = base.articles[1]
    padding = tuple(
        f"{6 + index}. Phối hợp với đoàn thanh niên, hội phụ nữ hướng dẫn người dân sử dụng "
        "dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và tự bảo vệ trên không "
        "gian mạng."
        for index in range(extra)
    )
    longer = Article(tasks.number, tasks.paragraphs + padding, tasks.title)
    content = dataclasses.replace(base, articles=(base.articles[0], longer, base.articles[2]))
    path = tmp_path / f"extra-{extra}.pdf"
    write_decision(content, path)
    _signature_page_matches_last_line(path)


@pytest.mark.parametrize(
    ("mode", "lines", "authority"),
    [
        (SigningMode.CHAIR, ["CHỦ TỊCH"], "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP"),
        (
            SigningMode.ON_BEHALF_OF_CHAIR,
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
        ),
        (
            SigningMode.FOR_THE_COMMITTEE,
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
        ),
    ],
)
def test_signing_variants(
    tmp_path: Path, mode: SigningMode, lines: list[str], authority: str
) -> None:
    path = tmp_path / f"{mode.value}.pdf"
    content = sample_decision(teams=1, per_team=3, mode=mode)
    write_decision(content, path)
    with pdfplumber.open(path) as opened:
        label = locate(opened, "Nơi nhận:")
        page = opened.pages[label.page]
        signature = [c for c in page.chars if c["x0"] > page.width / 2 and not c["text"].isspace()]
        signature = [c for c in signature if c["top"] >= label.chars[0]["top"] - 4]
        text_lines = ["".join(c["text"] for c in line) for line in lines_of(signature)]
        assert text_lines == [line.replace(" ", "") for line in lines] + [
            content.signature.signer_name.replace(" ", "")
        ]
        *titles, signer = lines_of(signature)
        for title in titles:
            assert_element(title, Element.SIGNING_AUTHORITY)
        assert_element(signer, Element.SIGNER_NAME)
        # The authority line is the first match under the trích yếu (the issuing body's two
        # header lines read the same without their line break).
        summary_top = locate(opened, content.summary).chars[0]["top"]
        found = next(f for f in locate_all(opened, authority) if f.chars[0]["top"] > summary_top)
        assert_element(found.chars, Element.AUTHORITY)


def test_governing_body_line_is_upright_and_a_portrait_annex_is_allowed(tmp_path: Path) -> None:
    base = sample_decision(teams=2, per_team=12)
    assert base.annex is not None
    content = dataclasses.replace(
        base,
        heading=dataclasses.replace(base.heading, governing_body=("UBND TỈNH PHÚ THỌ",)),
        annex=dataclasses.replace(base.annex, landscape=False),
    )
    path = tmp_path / "portrait.pdf"
    write_decision(content, path)
    with pdfplumber.open(path) as opened:
        assert_element(locate(opened, "UBND TỈNH PHÚ THỌ").chars, Element.GOVERNING_BODY)
        assert_element(locate(opened, "ỦY BAN NHÂN DÂN").chars, Element.ISSUING_BODY)
        assert all(
            (round(page.width, 2), round(page.height, 2)) == A4_PORTRAIT for page in opened.pages
        )
        annex = opened.pages[_annex_start(opened)]
        header = annex.extract_text()
        for column in ("STT", "Họ và tên", "Giới", "Ghi chú"):
            assert column in header
        # The narrow columns still hold their usual text on one line.
        for text in ("STT", "Thành viên", "0981924865"):
            assert len(lines_of(locate_on(annex, text)[0])) == 1, text
        xs = [x for line in annex.lines for x in (line["x0"], line["x1"])]
        assert (annex.width - max(xs)) / MM == pytest.approx(MARGIN_RIGHT / MM, abs=0.01)


def test_annex_heading_and_group_rows(pdf: PDF, decision: DecisionContent) -> None:
    annex = decision.annex
    assert annex is not None
    start = _annex_start(pdf)
    assert_element(locate(pdf, annex.title).chars, Element.ANNEX_TITLE)
    reference = locate(pdf, annex.reference)
    assert reference.page == start
    assert_element(reference.chars, Element.ANNEX_REFERENCE)
    assert "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 02 năm 2026" in annex.reference
    page = pdf.pages[start]
    text = page.extract_text()
    assert "I. Tổ công nghệ số cộng đồng thôn Đông" in text
    heading = locate(pdf, "I. Tổ công nghệ số cộng đồng thôn Đông").chars
    assert all("Bold" in c["fontname"] for c in heading)
    assert heading[0]["x0"] < locate(pdf, "Họ và tên").chars[0]["x0"]  # spans from column 1


def test_multi_page_annex_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    content = sample_decision(teams=200, per_team=10)  # 2,000 members
    path = tmp_path / "province.pdf"
    write_decision(content, path)
    reader = pypdf.PdfReader(path)
    texts = [page.extract_text() for page in reader.pages]
    annex = next(i for i, text in enumerate(texts) if "DANH SÁCH THÀNH VIÊN" in text)
    annex_pages = texts[annex:]
    assert len(annex_pages) > 50
    for text in annex_pages:
        assert "Họ và tên" in text and "Chức danh" in text and "Số điện thoại" in text
    assert content.annex is not None
    names = [m.full_name for g in content.annex.groups for m in g.members]
    joined = "\n".join(annex_pages)
    assert all(name in joined for name in names[:50] + names[-50:])
    assert joined.count("Tổ công nghệ số cộng đồng") >= 200
    with pdfplumber.open(path) as opened:
        for index in (annex + 1, len(opened.pages) - 1):
            page = opened.pages[index]
            on_page = locate_on(page, "Họ và tên")
            assert len(on_page) == 1
            # The header is the first row under the page number, at the top margin.
            top = min(c["top"] for c in text_chars(page, MARGIN_TOP))
            assert on_page[0][0]["top"] - top < 20
            assert (round(page.width, 2), round(page.height, 2)) == A4_LANDSCAPE


def test_reprinting_a_snapshot_gives_the_same_file(tmp_path: Path) -> None:
    import json

    content = sample_decision(teams=2, per_team=4)
    first = tmp_path / "first.pdf"
    again = tmp_path / "again.pdf"
    write_decision(content, first)
    snapshot = json.loads(json.dumps(content.to_json_dict(), ensure_ascii=False))
    write_decision(DecisionContent.from_json_dict(snapshot), again)
    assert first.read_bytes() == again.read_bytes()


def test_blank_number_and_date_for_filling_in_at_signing(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    write_decision(sample_decision(teams=1, per_team=2, number=None, issued_on=None), path)
    with pdfplumber.open(path) as opened:
        text = opened.pages[0].extract_text()
    assert "/QĐ-UBND" in text and "Số: 05" not in text
    assert "Tân Lập, ngày" in text and "tháng" in text


def test_members_with_long_text_wrap_inside_their_cells(tmp_path: Path) -> None:
    member = AnnexMember(
        full_name="Nguyễn Thị Ngọc Hường",
        position="Phó Chủ tịch Hội Liên hiệp Phụ nữ kiêm Chi hội trưởng Chi hội Phụ nữ thôn Đông",
        notes="Tham gia Tổ từ năm 2022; hướng dẫn người dân cài đặt VNeID & nộp hồ sơ <trực tuyến>",
    )
    base = sample_decision(teams=1, per_team=1)
    assert base.annex is not None
    content = dataclasses.replace(
        base,
        annex=dataclasses.replace(
            base.annex, groups=(AnnexGroup("Tổ công nghệ số cộng đồng thôn Đông", (member,)),)
        ),
    )
    path = tmp_path / "long-cells.pdf"
    write_decision(content, path)
    with pdfplumber.open(path) as opened:
        page = opened.pages[_annex_start(opened)]
        xs = sorted({round(line["x0"], 1) for line in page.lines if line["x0"] == line["x1"]})
        assert len(xs) == 9  # 8 columns
        for needle in (member.position, member.notes):
            chars = locate(opened, needle).chars
            assert len(lines_of(chars)) >= 2
            column = max(x for x in xs if x <= chars[0]["x0"])
            right = min(x for x in xs if x > chars[0]["x0"])
            assert all(column <= c["x0"] and c["x1"] <= right for c in chars)
