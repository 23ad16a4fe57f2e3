"""Document content records: NĐ 30 text rules, default text, JSON snapshots."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tcns_desktop.domain.document_records import (
    BLANK,
    AnnexGroup,
    AnnexMember,
    DecisionContent,
    DocumentHeading,
    FigureTable,
    ReportContent,
    ReportParagraph,
    ReportSection,
    ReportSubheading,
    SignatureBlock,
    authority_line,
    default_legal_bases,
    draft_decision,
    issuer_phrase,
    number_line,
    place_and_date_line,
    punctuate_list,
    roman_numeral,
    unit_word,
    vietnamese_count,
    vietnamese_date,
    with_closing_mark,
)
from tcns_desktop.domain.enums import SigningMode, TeamDecisionKind


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 1), "ngày 01 tháng 01 năm 2026"),
        (date(2026, 3, 5), "ngày 05 tháng 3 năm 2026"),
        (date(2026, 3, 15), "ngày 15 tháng 3 năm 2026"),
        (date(2026, 12, 10), "ngày 10 tháng 12 năm 2026"),
        (date(2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
    ],
)
def test_dates_pad_days_below_ten_and_months_one_and_two(day: date, expected: str) -> None:
    assert vietnamese_date(day) == expected


def test_place_and_date_line_and_blank_date() -> None:
    assert place_and_date_line("Hòa Bình", date(2026, 3, 5), 2026) == (
        "Hòa Bình, ngày 05 tháng 3 năm 2026"
    )
    blank = place_and_date_line("Hòa Bình", None, 2026)
    assert blank == f"Hòa Bình, ngày{BLANK}tháng{BLANK}năm 2026"


def test_number_line_pads_below_ten_and_leaves_a_blank() -> None:
    assert number_line(5, "QĐ-UBND") == "Số: 05/QĐ-UBND"
    assert number_line(12, "QĐ-UBND") == "Số: 12/QĐ-UBND"
    assert number_line(None, "BC-UBND") == f"Số: {BLANK}/BC-UBND"


def test_counts_and_roman_numerals() -> None:
    assert [vietnamese_count(n) for n in (3, 12, 2000, 12345)] == ["03", "12", "2.000", "12.345"]
    assert [roman_numeral(n) for n in (1, 4, 9, 14, 40, 2026)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XL",
        "MMXXVI",
    ]
    with pytest.raises(ValueError):
        roman_numeral(0)


def test_lists_end_each_line_with_semicolon_and_the_last_with_a_full_stop() -> None:
    assert punctuate_list(["Như Điều 3,", " Sở KH&CN ;", "", "Lưu: VT"]) == (
        "Như Điều 3;",
        "Sở KH&CN;",
        "Lưu: VT.",
    )


def test_closing_mark() -> None:
    assert with_closing_mark("thi hành Quyết định này.") == "thi hành Quyết định này./."
    assert with_closing_mark("thi hành Quyết định này./.") == "thi hành Quyết định này./."
    assert with_closing_mark("thi hành") == "thi hành./."


@pytest.mark.parametrize(
    ("mode", "lines", "authority", "issuer"),
    [
        (
            SigningMode.CHAIR,
            ("CHỦ TỊCH",),
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
            "Chủ tịch Ủy ban nhân dân xã Tân Lập",
        ),
        (
            SigningMode.ON_BEHALF_OF_CHAIR,
            ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
            "Chủ tịch Ủy ban nhân dân xã Tân Lập",
        ),
        (
            SigningMode.FOR_THE_COMMITTEE,
            ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
            "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
            "Ủy ban nhân dân xã Tân Lập",
        ),
    ],
)
def test_signing_modes(
    mode: SigningMode, lines: tuple[str, ...], authority: str, issuer: str
) -> None:
    assert SignatureBlock(mode, "Nguyễn Văn Hùng").authority_lines == lines
    assert authority_line(mode, "Xã Tân Lập") == authority
    assert issuer_phrase(mode, "Xã Tân Lập") == issuer


def test_unit_word() -> None:
    assert unit_word("Phường Hòa Bình") == "phường"
    assert unit_word("Đặc khu Phú Quốc") == "đặc khu"
    assert unit_word("Tân Lập") == "xã"


def _groups() -> tuple[AnnexGroup, ...]:
    return (
        AnnexGroup(
            "Tổ công nghệ số cộng đồng thôn Đông",
            (AnnexMember("Nguyễn Thị Ngọc Hường", "1990", "Nữ", "Trưởng thôn", "Tổ trưởng"),),
            "Thôn Đông",
        ),
        AnnexGroup(
            "Tổ công nghệ số cộng đồng bản Mới",
            (AnnexMember("Lò Thị Ửng"), AnnexMember("Đặng Quốc Tuấn", notes="Đoàn viên")),
            "Bản Mới",
        ),
    )


def test_draft_decision_has_the_default_text() -> None:
    decision = draft_decision(
        kind=TeamDecisionKind.REFORMATION,
        commune_display_name="Xã Tân Lập",
        place_name="Tân Lập",
        groups=_groups(),
        signature=SignatureBlock(SigningMode.ON_BEHALF_OF_CHAIR, "Trần Thị Mai"),
        number=7,
        issued_on=date(2026, 3, 5),
        replaces="Quyết định số 45/QĐ-UBND ngày 10 tháng 5 năm 2022",
    )
    assert decision.heading.number_line == "Số: 07/QĐ-UBND"
    assert decision.heading.place_and_date_line == "Tân Lập, ngày 05 tháng 3 năm 2026"
    assert decision.summary == (
        "Về việc kiện toàn Tổ công nghệ số cộng đồng trên địa bàn xã Tân Lập"
    )
    assert [article.number for article in decision.articles] == [1, 2, 3]
    first = decision.articles[0].paragraphs[0]
    assert first.startswith("Kiện toàn 02 Tổ công nghệ số cộng đồng")
    assert "thôn Đông và Tổ công nghệ số cộng đồng bản Mới" in first
    assert "03 thành viên" in first
    assert "thay thế Quyết định số 45/QĐ-UBND" in decision.articles[2].paragraphs[0]
    assert decision.articles[2].paragraphs[-1].endswith("./.")
    basis = decision.basis_lines()
    assert all(line.endswith(";") for line in basis[:-1])
    assert basis[-1].startswith("Theo đề nghị của") and basis[-1].endswith(".")
    assert decision.recipient_lines()[-1] == "Lưu: VT."
    assert decision.annex is not None
    assert decision.annex.reference == (
        "(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch "
        "Ủy ban nhân dân xã Tân Lập)"
    )
    assert decision.annex.groups[1].heading(2) == "II. Tổ công nghệ số cộng đồng bản Mới"
    assert decision.annex.member_count == 3


def test_group_heading_names_the_village_when_the_team_name_does_not() -> None:
    group = AnnexGroup("Tổ công nghệ số cộng đồng số 2", (), "Thôn Đông")
    assert group.heading(4) == "IV. Tổ công nghệ số cộng đồng số 2 (Thôn Đông)"


def test_legal_bases_cite_the_sourced_documents() -> None:
    text = " ".join(default_legal_bases())
    for cited in ("749/QĐ-TTg", "411/QĐ-TTg", "793/BTTTT-THH", "3240/BTTTT-CĐSQG", "01-KH/BCĐTW"):
        assert cited in text
    assert all(line.startswith("Căn cứ ") for line in default_legal_bases())


def test_decision_snapshot_round_trips_through_json() -> None:
    decision = draft_decision(
        kind=TeamDecisionKind.FOUNDING,
        commune_display_name="Xã Tân Lập",
        place_name="Tân Lập",
        groups=_groups(),
        signature=SignatureBlock(SigningMode.CHAIR, "Nguyễn Văn Hùng"),
        number=None,
        issued_on=None,
        year=2026,
    )
    text = json.dumps(decision.to_json_dict(), ensure_ascii=False)
    again = DecisionContent.from_json_dict(json.loads(text))
    assert again == decision
    assert again.heading.year == 2026
    without_annex = DecisionContent.from_json_dict({**decision.to_json_dict(), "annex": None})
    assert without_annex.annex is None
    with pytest.raises(ValueError):
        DecisionContent.from_json_dict({**decision.to_json_dict(), "schema": "other"})


def test_report_snapshot_round_trips_through_json() -> None:
    table = FigureTable(
        title="Bảng 1",
        columns=("STT", "Chỉ tiêu", "Số lượng"),
        rows=(("1", "Số người được hỗ trợ VNeID", "742"),),
        total_row=("", "Tổng", "742"),
        column_weights=(1, 4, 2),
        alignments=("center", "left", "right"),
        note="Số liệu đến ngày 30/9/2026.",
    )
    report = ReportContent(
        heading=DocumentHeading(("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"), "BC-UBND", "Tân Lập", 41),
        summary="Kết quả hoạt động của Tổ công nghệ số cộng đồng quý III năm 2026",
        sections=(
            ReportSection(
                "I. TÌNH HÌNH CHUNG",
                (ReportSubheading("1. Tổ"), ReportParagraph("Toàn xã có 06 tổ."), table),
            ),
        ),
        recipients=("Như trên", "Lưu: VT"),
        signature=SignatureBlock(SigningMode.FOR_THE_COMMITTEE, "Nguyễn Văn Hùng"),
        addressees=("Sở Khoa học và Công nghệ",),
    )
    text = json.dumps(report.to_json_dict(), ensure_ascii=False)
    assert ReportContent.from_json_dict(json.loads(text)) == report


def test_figure_table_rejects_ragged_rows() -> None:
    with pytest.raises(ValueError):
        FigureTable(columns=("A", "B"), rows=(("1",),))
    with pytest.raises(ValueError):
        FigureTable(columns=("A", "B"), rows=(), alignments=("left",))
