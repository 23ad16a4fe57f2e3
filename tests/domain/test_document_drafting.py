"""Register numbers and symbols, the annex's lines, and the report's renumbering rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tcns_desktop.domain.document_records import ReportParagraph, ReportSection
from tcns_desktop.domain.document_register import (
    content_from_snapshot,
    next_number,
    parse_register_number,
    report_symbol,
    signer_title,
)
from tcns_desktop.domain.enums import Gender, PeriodKind, SigningMode, TeamRole
from tcns_desktop.domain.member_annex import annex_member, ordered_members, position_text
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.report_drafting import (
    closed_sections,
    count_text,
    percent_text,
    period_in_sentence,
    renumbered_report,
    table_number,
)
from tcns_desktop.domain.roster_records import PersonRecord
from tests.documents.sample_documents import sample_decision, sample_report


def _person(name: str, **changes: object) -> PersonRecord:
    base = PersonRecord(
        id=name,
        full_name=name,
        gender=None,
        birth_date=None,
        birth_year=None,
        ethnicity="",
        citizen_id=None,
        phone="",
        village_id=None,
        village_name="",
        organisation="",
        position="",
        youth_union_member=False,
        education="",
        notes="",
    )
    return replace(base, **changes)


def test_numbers_and_symbols_of_the_register() -> None:
    assert parse_register_number("05") == 5 and parse_register_number(" 12a") == 12
    assert parse_register_number("") is None and parse_register_number("không số") is None
    assert next_number([]) == 1 and next_number([3, None, 9]) == 10
    assert report_symbol("QĐ-UBND") == "BC-UBND"
    assert report_symbol("QĐ-CT") == "BC-UBND"  # chair's own numbering: still the committee
    assert report_symbol("QĐ-UBNDP") == "BC-UBNDP"
    assert report_symbol("") == "BC-UBND"
    assert signer_title(SigningMode.ON_BEHALF_OF_CHAIR) == "Phó Chủ tịch"
    assert signer_title(SigningMode.FOR_THE_COMMITTEE) == "Chủ tịch"
    decision = sample_decision(teams=1, per_team=2)
    assert content_from_snapshot(decision.to_json_dict()) == decision
    with pytest.raises(ValueError, match="schema"):
        content_from_snapshot({"schema": "other"})


def test_annex_lines_and_their_order() -> None:
    assert position_text(_person("A", position="Giáo viên", organisation="Trường THCS")) == (
        "Giáo viên, Trường THCS"
    )
    assert position_text(_person("A", position="Trưởng thôn Đông", organisation="thôn Đông")) == (
        "Trưởng thôn Đông"
    )
    assert position_text(_person("A", organisation="VNPT")) == "VNPT"
    line = annex_member(
        _person("Lò Thị Ửng", gender=Gender.FEMALE, birth_date=date(1990, 3, 1), notes="riêng"),
        TeamRole.DEPUTY_STANDING,
    )
    assert (line.birth_year, line.gender, line.team_role, line.notes) == (
        "1990",
        "Nữ",
        "Tổ phó thường trực",
        "",
    )
    people = [
        (_person("Nguyễn Văn Bình"), TeamRole.MEMBER),
        (_person("Trần Văn An"), TeamRole.MEMBER),
        (_person("Lê Thị Yến"), TeamRole.DEPUTY),
        (_person("Phạm Văn Ân"), TeamRole.LEADER),
    ]
    assert [p.full_name for p, _ in ordered_members(people)] == [
        "Phạm Văn Ân",
        "Lê Thị Yến",
        "Trần Văn An",
        "Nguyễn Văn Bình",
    ]


def test_report_text_rules() -> None:
    assert period_in_sentence(Period(2026, PeriodKind.QUARTER, 3)) == "quý III năm 2026"
    assert period_in_sentence(Period(2026, PeriodKind.HALF_YEAR, 1)) == "6 tháng đầu năm 2026"
    assert count_text(0) == "0" and count_text(7) == "07" and count_text(1250) == "1.250"
    assert table_number(None) == "không có số liệu" and table_number(0) == "0"
    assert percent_text(None) == "" and percent_text(0.9283) == "92,8"
    sections = closed_sections(
        [ReportSection("I.", (ReportParagraph("Một."),)), ReportSection("II.", ())]
    )
    assert sections[0].blocks == (ReportParagraph("Một./."),)


def test_a_new_number_reaches_the_annex_reference() -> None:
    report = sample_report(long_table_rows=2)
    renumbered = renumbered_report(report, 7, date(2026, 12, 1))
    assert renumbered.heading.number_line == "Số: 07/BC-UBND"
    assert renumbered.heading.year == 2026
    assert "Báo cáo số 07/BC-UBND ngày 01 tháng 12 năm 2026" in renumbered.annexes[0].reference
    blank = renumbered_report(report, None, None)
    assert "41/BC-UBND" not in blank.annexes[0].reference
