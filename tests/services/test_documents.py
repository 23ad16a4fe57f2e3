"""Documents from real data: the member annex, issuing into the register, reprints that stay
byte-identical after the roster changes, numbering, and report figures equal to the
statistics service's."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from tcns_desktop.data.models import Commune as CommuneRow
from tcns_desktop.data.models import LocalSite, TeamDecision
from tcns_desktop.domain.document_records import FigureTable, ReportContent, ReportParagraph
from tcns_desktop.domain.enums import (
    CommuneKind,
    DocumentKind,
    SigningMode,
    SiteMode,
    TeamDecisionKind,
    TeamLevel,
    TeamRole,
)
from tcns_desktop.domain.number_format import format_number
from tcns_desktop.domain.roster_records import PersonInput, TeamInput
from tcns_desktop.domain.statistics_records import NO_DATA
from tcns_desktop.errors import NotFoundError, TcnsError, ValidationError
from tcns_desktop.services.documents import DocumentService
from tcns_desktop.services.workspace import Workspace
from tests.services.document_data import (
    COMMUNE_TEAM,
    EAST_TEAM,
    FORMER,
    PERIOD,
    WEST_TEAM,
    Commune,
    add_activities,
    build_commune,
)

ISSUED_ON = date(2025, 2, 5)


@pytest.fixture
def made(workspace: Workspace) -> Commune:
    return build_commune(workspace)


@pytest.fixture
def documents(workspace: Workspace) -> DocumentService:
    return DocumentService(
        workspace.sessions, workspace.statistics, today=lambda: date(2025, 11, 20)
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- drafting a decision ---------------------------------------------------------------------


def test_the_annex_is_grouped_by_team_and_ordered_by_role_then_name(
    documents: DocumentService, made: Commune
) -> None:
    content = documents.draft_decision(list(made.teams.values()), number=5, issued_on=ISSUED_ON)
    assert content.annex is not None
    groups = content.annex.groups
    # The commune-level team first, then the village teams in the villages' order.
    assert [group.team_name for group in groups] == [COMMUNE_TEAM, EAST_TEAM, WEST_TEAM]
    east = groups[1]
    assert east.village_name == "Thôn Đông"
    # Tổ trưởng, Tổ phó, then members by given name (An before Dung); the former member gone.
    assert [(m.full_name, m.team_role) for m in east.members] == [
        ("Trần Thị Ánh", "Tổ trưởng"),
        ("Lê Văn Bình", "Tổ phó"),
        ("Nguyễn Văn An", "Thành viên"),
        ("Đặng Thị Dung", "Thành viên"),
    ]
    assert FORMER not in {m.full_name for group in groups for m in group.members}
    leader, deputy, member = east.members[0], east.members[1], east.members[2]
    assert (leader.birth_year, leader.gender) == ("1990", "Nữ")
    assert leader.position == "Chi hội trưởng, Chi hội Phụ nữ thôn Đông"
    assert member.position == "Trưởng thôn"
    assert leader.phone.startswith("0912345")
    # The office's own notes stay out of a public decision; Youth Union membership is noted.
    assert deputy.notes == "Đoàn viên" and leader.notes == ""
    assert content.annex.member_count == 7


def test_a_draft_has_the_commune_the_signer_and_the_default_text(
    documents: DocumentService, made: Commune
) -> None:
    content = documents.draft_decision(
        all_village_teams=True, number=5, issued_on=ISSUED_ON, signing_mode=SigningMode.CHAIR
    )
    assert content.heading.number_line == "Số: 05/QĐ-UBND"
    assert content.heading.place_and_date_line == "Tân Lập, ngày 05 tháng 02 năm 2025"
    assert content.heading.issuing_body == ("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP")
    assert content.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP"
    assert content.signature.signer_name == "Nguyễn Văn Hùng"
    assert content.summary.startswith("Về việc thành lập")
    assert "02 Tổ công nghệ số cộng đồng" in content.articles[0].paragraphs[0]
    assert content.annex is not None
    assert [g.team_name for g in content.annex.groups] == [EAST_TEAM, WEST_TEAM]
    assert "05/QĐ-UBND ngày 05 tháng 02 năm 2025" in content.annex.reference

    deputy = documents.draft_decision(
        [made.teams[WEST_TEAM]],
        kind=TeamDecisionKind.REFORMATION,
        signing_mode=SigningMode.ON_BEHALF_OF_CHAIR,
    )
    assert deputy.signature.signer_name == "Trần Thị Mai"
    assert deputy.signature.authority_lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert deputy.summary == f"Về việc kiện toàn {WEST_TEAM}, xã Tân Lập"
    assert deputy.heading.number is None  # left blank for the văn thư


def test_a_dissolved_or_unknown_team_is_refused(
    workspace: Workspace, documents: DocumentService, made: Commune
) -> None:
    workspace.roster.dissolve_team(made.teams[WEST_TEAM], date(2025, 6, 1))
    with pytest.raises(ValidationError, match="giải thể"):
        documents.draft_decision([made.teams[WEST_TEAM]])
    with pytest.raises(NotFoundError):
        documents.draft_decision(["no-such-team"])
    with pytest.raises(ValidationError, match="Chưa chọn Tổ"):
        documents.draft_decision([])
    assert documents.village_team_ids() == [made.teams[EAST_TEAM]]


# --- issuing, the register, reprints ---------------------------------------------------------


def test_issue_records_the_document_and_reprints_it_identically_after_the_roster_changed(
    workspace: Workspace, documents: DocumentService, made: Commune, tmp_path: Path
) -> None:
    ids = made.village_team_ids
    content = documents.draft_decision(ids, number=5, issued_on=ISSUED_ON)
    issued = tmp_path / "qd-05.pdf"
    record = documents.issue(content, issued, team_ids=ids)

    assert record.kind is DocumentKind.FOUNDING_DECISION
    assert record.number_text == "05/QĐ-UBND"
    assert record.issued_on == ISSUED_ON
    assert record.signer_name == "Nguyễn Văn Hùng" and record.signer_title == "Chủ tịch"
    assert record.title == content.summary
    assert record.file_sha256 == _sha256(issued)
    assert set(record.team_names) == {EAST_TEAM, WEST_TEAM}
    assert documents.register() == [record]
    assert documents.content(record.id) == content
    with workspace.sessions.begin() as session:
        links = session.query(TeamDecision).filter_by(document_id=record.id).all()
        assert {link.team_id for link in links} == set(ids)
        assert {link.number for link in links} == {"05/QĐ-UBND"}
        assert all(link.kind is TeamDecisionKind.FOUNDING for link in links)

    # The roster changes: a team renamed, a leader replaced, a member leaves, one joins.
    east = made.teams[EAST_TEAM]
    workspace.roster.update_team(east, TeamInput("Tổ CNSCĐ thôn Đông mới", TeamLevel.VILLAGE))
    workspace.roster.change_role(made.memberships["Trần Thị Ánh"], TeamRole.MEMBER)
    workspace.roster.end_membership(made.memberships["Đặng Thị Dung"], date(2025, 10, 1))
    newcomer = workspace.roster.add_person(PersonInput(full_name="Đỗ Thị Mới")).person
    workspace.roster.add_member(east, newcomer.id, TeamRole.MEMBER)
    assert documents.draft_decision(ids, number=5, issued_on=ISSUED_ON) != content

    again = tmp_path / "in-lai.pdf"
    outcome = documents.reprint(record.id, again)
    assert outcome.identical
    assert again.read_bytes() == issued.read_bytes()
    with pdfplumber.open(again) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Đặng Thị Dung" in text and "Đỗ Thị Mới" not in text


def test_a_founding_decision_dates_the_teams_without_a_founding_date(
    workspace: Workspace, documents: DocumentService, made: Commune, tmp_path: Path
) -> None:
    team = workspace.roster.create_team(
        TeamInput("Tổ mới", TeamLevel.VILLAGE, made.profile.villages[2].id)
    )
    content = documents.draft_decision([team.id], number=9, issued_on=date(2025, 4, 1))
    documents.issue(content, tmp_path / "qd.pdf", team_ids=[team.id])
    founded = {record.id: record.founded_on for record in workspace.roster.teams()}
    assert founded[team.id] == date(2025, 4, 1)
    assert founded[made.teams[EAST_TEAM]] == date(2025, 1, 2)  # had one already


def test_a_reformation_replaces_the_decision_that_founded_the_same_teams(
    documents: DocumentService, made: Commune, tmp_path: Path
) -> None:
    ids = made.village_team_ids
    first = documents.draft_decision(ids, number=5, issued_on=ISSUED_ON)
    documents.issue(first, tmp_path / "qd-05.pdf", team_ids=ids)
    again = documents.draft_decision(ids, kind=TeamDecisionKind.REFORMATION)
    assert again.articles[2].paragraphs[0] == (
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 05/QĐ-UBND ngày 05 "
        "tháng 02 năm 2025 của Chủ tịch Ủy ban nhân dân xã Tân Lập."
    )
    # One of the two teams only: the old decision still holds for the other.
    alone = documents.draft_decision([ids[0]], kind=TeamDecisionKind.REFORMATION)
    assert "thay thế" not in alone.articles[2].paragraphs[0]


def test_numbers_are_suggested_per_symbol_and_year_and_never_reused(
    documents: DocumentService, made: Commune, tmp_path: Path
) -> None:
    ids = [made.teams[EAST_TEAM]]
    assert documents.suggested_number(DocumentKind.FOUNDING_DECISION, 2025) == 1
    content = documents.draft_decision(ids, number=7, issued_on=ISSUED_ON)
    documents.issue(content, tmp_path / "a.pdf", team_ids=ids)
    assert documents.suggested_number(DocumentKind.FOUNDING_DECISION, 2025) == 8
    assert documents.suggested_number(DocumentKind.REFORMATION_DECISION, 2025) == 8  # QĐ-UBND
    assert documents.suggested_number(DocumentKind.PERIODIC_REPORT, 2025) == 1  # BC-UBND
    assert documents.suggested_number(DocumentKind.FOUNDING_DECISION, 2026) == 1

    with pytest.raises(ValidationError, match="07/QĐ-UBND năm 2025 đã có"):
        documents.issue(content, tmp_path / "b.pdf", team_ids=ids)
    assert not (tmp_path / "b.pdf").exists()
    next_year = replace(content, heading=replace(content.heading, issued_on=date(2026, 1, 3)))
    documents.issue(next_year, tmp_path / "c.pdf", team_ids=ids)  # numbering restarts yearly
    assert len(documents.register()) == 2


def test_issue_needs_a_number_a_date_a_signer_and_a_writable_file(
    documents: DocumentService, made: Commune, tmp_path: Path
) -> None:
    ids = [made.teams[EAST_TEAM]]
    blank = documents.draft_decision(ids, signer_name="")
    with pytest.raises(ValidationError) as caught:
        documents.issue(blank, tmp_path / "x.pdf", team_ids=ids)
    assert caught.value.problems == [
        "Chưa nhập số văn bản.",
        "Chưa chọn ngày ban hành.",
        "Chưa nhập họ tên người ký.",
    ]
    content = documents.draft_decision(ids, number=3, issued_on=ISSUED_ON)
    with pytest.raises(ValidationError) as caught:
        documents.issue(content, tmp_path / "x.pdf")
    assert caught.value.problems == ["Quyết định chưa gắn với Tổ nào."]
    # The folder is missing: nothing is recorded, and the number stays free.
    with pytest.raises(TcnsError):
        documents.issue(content, tmp_path / "missing" / "x.pdf", team_ids=ids)
    assert documents.register() == []
    assert documents.suggested_number(DocumentKind.FOUNDING_DECISION, 2025) == 1


# --- the periodic report ---------------------------------------------------------------------


def _table(content: ReportContent, title_start: str) -> FigureTable:
    tables = [
        block
        for section in content.sections
        for block in section.blocks
        if isinstance(block, FigureTable)
    ]
    tables += [table for annex in content.annexes for table in annex.tables]
    return next(table for table in tables if table.title.startswith(title_start))


def test_report_figures_are_the_statistics_services(
    workspace: Workspace, documents: DocumentService, made: Commune
) -> None:
    add_activities(workspace, made)
    record = workspace.statistics.compute(PERIOD)
    content = documents.draft_report(PERIOD, number=12, issued_on=date(2025, 10, 6))
    assert content.summary == "Kết quả hoạt động của Tổ công nghệ số cộng đồng quý III năm 2025"
    assert content.heading.number_line == "Số: 12/BC-UBND"

    villages = _table(content, "Bảng 1.")
    assert villages.total_row == (
        "",
        "Tổng cộng",
        format_number(record.active_teams),
        format_number(record.active_members),
        format_number(record.totals.activities),
    )
    by_name = {row[1]: row for row in villages.rows}
    for village in record.villages:
        row = by_name[village.name]
        assert row[2:] == (
            format_number(village.active_teams),
            format_number(village.active_members),
            format_number(village.totals.activities),
        )

    pillars = _table(content, "Bảng 2.")
    for row, group in zip(pillars.rows, record.by_pillar, strict=True):
        assert row[1] == group.label
        assert row[2] == format_number(group.totals.activities)
        expected_people = group.totals.people_reached
        assert row[3] == (NO_DATA if expected_people is None else format_number(expected_people))
    assert pillars.total_row is not None and pillars.total_row[3] == "77"  # 25 + 40 + 12

    indicators = _table(content, "Bảng 3.")
    rows = {row[1]: row for row in indicators.rows}
    vneid = record.indicator("VNEID_ACTIVATED")
    dvc = record.indicator("DVC_DOSSIERS")
    assert vneid is not None and dvc is not None
    assert rows[vneid.name][3:] == ("50", "55", "110")  # target, value, 110 %
    # Nothing reported: "không có số liệu", never 0, even with a target.
    assert dvc.value is None
    assert rows[dvc.name][3:] == ("30", NO_DATA, "")
    unreported = [row for row in indicators.rows if row[4] == NO_DATA]
    assert unreported and all(row[4] != "0" for row in unreported)

    text = " ".join(
        block.text
        for section in content.sections
        for block in section.blocks
        if isinstance(block, ReportParagraph)
    )
    assert "03 Tổ công nghệ số cộng đồng đang hoạt động với tổng số 07 thành viên" in text
    assert "02/03 thôn, tổ dân phố đã có Tổ" in text
    assert "số hộ gia đình được hỗ trợ: 9 hộ" in text
    assert "Có 01/02 chỉ tiêu được giao đạt hoặc vượt kế hoạch" in text
    assert WEST_TEAM in text  # idle in the last 30 days of the period
    last = content.sections[-1].blocks[-1]
    assert isinstance(last, ReportParagraph) and last.text.endswith("./.")

    team_rows = {row[1]: row for row in _table(content, "Biểu 1.").rows}
    assert team_rows[EAST_TEAM][4:7] == ("3", "77", "9")
    assert team_rows[WEST_TEAM][4:7] == ("0", NO_DATA, NO_DATA)


def test_a_report_without_activities_says_no_data_not_zero(
    documents: DocumentService, made: Commune
) -> None:
    content = documents.draft_report(PERIOD)
    pillars = _table(content, "Bảng 2.")
    assert all(row[3] == NO_DATA and row[4] == NO_DATA for row in pillars.rows)
    assert all(row[2] == "0" for row in pillars.rows)  # no activity is a count, not a blank
    paragraph = content.sections[1].blocks[1]
    assert isinstance(paragraph, ReportParagraph)
    assert paragraph.text == "Trong kỳ, chưa ghi nhận hoạt động nào của các Tổ."


def test_an_issued_report_keeps_its_period_and_reprints(
    workspace: Workspace, documents: DocumentService, made: Commune, tmp_path: Path
) -> None:
    add_activities(workspace, made)
    content = documents.draft_report(PERIOD, number=12, issued_on=date(2025, 10, 6))
    path = tmp_path / "bc.pdf"
    record = documents.issue(content, path, period=PERIOD)
    assert (record.kind, record.period_key, record.number_text) == (
        DocumentKind.PERIODIC_REPORT,
        "2025-Q3",
        "12/BC-UBND",
    )
    assert record.signing_mode is SigningMode.FOR_THE_COMMITTEE
    assert documents.suggested_number(DocumentKind.PERIODIC_REPORT, 2025) == 13
    assert documents.reprint(record.id, tmp_path / "again.pdf").identical


def test_the_upper_level_reports_on_every_commune_but_issues_nothing(
    workspace: Workspace, documents: DocumentService, tmp_path: Path
) -> None:
    with workspace.sessions.begin() as session:
        site = session.get(LocalSite, 1)
        assert site is not None
        site.mode = SiteMode.HUB
        for code, name in (("00001", "An Bình"), ("00002", "Hòa Lạc")):
            session.add(
                CommuneRow(
                    code=code,
                    name=name,
                    kind=CommuneKind.XA,
                    province_code="25",
                    province_name="Phú Thọ",
                )
            )
    content = documents.draft_report(PERIOD)
    assert content.heading.governing_body == ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",)
    assert content.heading.issuing_body == ("SỞ KHOA HỌC VÀ CÔNG NGHỆ",)
    assert content.heading.place_name == "Phú Thọ"
    communes = _table(content, "Bảng 1.")
    assert [row[1] for row in communes.rows] == ["Xã An Bình", "Xã Hòa Lạc"]
    with pytest.raises(ValidationError, match="Cấp trên"):
        documents.issue(
            replace(
                content,
                heading=replace(content.heading, number=1, issued_on=ISSUED_ON),
                signature=replace(content.signature, signer_name="Lê Văn Giám"),
            ),
            tmp_path / "x.pdf",
        )
    with pytest.raises(ValidationError, match="Cấp trên"):
        documents.draft_decision(all_village_teams=True)
    assert documents.register() == []
