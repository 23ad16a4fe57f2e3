"""Roster use cases on a real database: people, duplicates, memberships, teams, trainings."""

from datetime import date

import pytest

from tcns_desktop.domain.enums import (
    DigitalSkill,
    Gender,
    SkillLevel,
    TeamLevel,
    TeamRole,
    TeamStatus,
    TrainingResult,
)
from tcns_desktop.domain.roster_records import CourseInput, PersonInput, TeamInput
from tcns_desktop.errors import ValidationError
from tcns_desktop.services.roster import DuplicatePersonError
from tcns_desktop.services.workspace import Workspace
from tests.conftest import sample_setup


@pytest.fixture
def commune(workspace: Workspace):
    return workspace.commune.save_setup(sample_setup())


def _team(workspace: Workspace, village_id: str, name: str = "Tổ CNSCĐ thôn Đông"):
    return workspace.roster.create_team(TeamInput(name, TeamLevel.VILLAGE, village_id))


AN = PersonInput(
    full_name="  nguyễn  văn an ",
    gender=Gender.MALE,
    birth="12/03/1985",
    citizen_id="025085001234",
    phone="0912 345 678",
)


def test_adding_a_person_cleans_and_checks_the_fields(workspace: Workspace, commune) -> None:
    outcome = workspace.roster.add_person(AN)
    person = outcome.person
    assert person.full_name == "Nguyễn Văn An"
    assert person.birth_date == date(1985, 3, 12) and person.birth_year == 1985
    assert person.phone == "0912345678"
    assert person.citizen_id == "025085001234"
    assert outcome.warnings == ()


def test_invalid_fields_are_refused_with_every_problem(workspace: Workspace, commune) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.roster.add_person(
            PersonInput(full_name="", birth="31/02/1990", citizen_id="12345", phone="12")
        )
    assert len(caught.value.problems) >= 4


def test_a_person_on_file_is_offered_instead_of_a_duplicate(workspace: Workspace, commune) -> None:
    first = workspace.roster.add_person(AN).person
    with pytest.raises(DuplicatePersonError) as caught:
        workspace.roster.add_person(PersonInput(full_name="Nguyễn Văn An", birth="1985"))
    assert [c.id for c in caught.value.candidates] == [first.id]
    with pytest.raises(DuplicatePersonError):
        workspace.roster.add_person(PersonInput(full_name="Người Khác", citizen_id="025085001234"))
    again = workspace.roster.add_person(
        PersonInput(full_name="Nguyễn Văn An", birth="1985"), allow_duplicate=True
    )
    assert again.person.id != first.id


def test_memberships_keep_the_history_of_moves_roles_and_ends(
    workspace: Workspace, commune
) -> None:
    east, west, _ = commune.villages
    team_a = _team(workspace, east.id)
    team_b = _team(workspace, west.id, "Tổ CNSCĐ thôn Tây")
    person = workspace.roster.add_person(AN).person
    first = workspace.roster.add_member(team_a.id, person.id, TeamRole.MEMBER, date(2024, 1, 5))
    with pytest.raises(ValidationError, match="đang là thành viên"):
        workspace.roster.add_member(team_a.id, person.id, TeamRole.MEMBER)
    workspace.roster.change_role(first.id, TeamRole.DEPUTY, date(2024, 6, 1))
    current = workspace.roster.memberships(team_a.id)
    assert [m.role for m in current] == [TeamRole.DEPUTY]
    moved = workspace.roster.move_member(current[0].id, team_b.id, date(2025, 7, 1))
    assert moved.role is TeamRole.DEPUTY
    workspace.roster.end_membership(moved.id, date(2025, 12, 31), "Chuyển công tác")
    page = workspace.roster.person_page(person.id)
    lines = sorted(page.memberships, key=lambda m: (m.start_date, m.role.value))
    assert [(m.team_name, m.role, m.end_date) for m in lines] == [
        ("Tổ CNSCĐ thôn Đông", TeamRole.MEMBER, date(2024, 6, 1)),
        ("Tổ CNSCĐ thôn Đông", TeamRole.DEPUTY, date(2025, 7, 1)),
        ("Tổ CNSCĐ thôn Tây", TeamRole.DEPUTY, date(2025, 12, 31)),
    ]
    assert page.history  # the audit log names the changes
    member = next(r for r in workspace.roster.members() if r.person.id == person.id)
    assert not member.active and member.teams == ()


def test_dissolve_and_reform_a_team(workspace: Workspace, commune) -> None:
    team = _team(workspace, commune.villages[0].id)
    people = [
        workspace.roster.add_person(PersonInput(full_name=name)).person
        for name in ("Vũ Văn Một", "Vũ Văn Hai", "Vũ Văn Ba", "Vũ Thị Bốn")
    ]
    for person in people[:3]:
        workspace.roster.add_member(team.id, person.id, TeamRole.MEMBER, date(2024, 1, 1))
    with pytest.raises(ValidationError, match="Tổ trưởng"):
        workspace.roster.reform_team(team.id, [(people[0].id, TeamRole.MEMBER)], date(2025, 7, 1))
    reformed = workspace.roster.reform_team(
        team.id,
        [(people[0].id, TeamRole.MEMBER), (people[3].id, TeamRole.LEADER)],
        date(2025, 7, 1),
        "15/QĐ-UBND",
    )
    assert reformed.active_members == 2 and reformed.leader_name == "Vũ Thị Bốn"
    dissolved = workspace.roster.dissolve_team(team.id, date(2026, 1, 1))
    assert dissolved.status is TeamStatus.DISSOLVED and dissolved.active_members == 0
    with pytest.raises(ValidationError, match="giải thể"):
        workspace.roster.add_member(team.id, people[1].id, TeamRole.MEMBER)


def test_merging_two_records_keeps_both_histories(workspace: Workspace, commune) -> None:
    team_a = _team(workspace, commune.villages[0].id)
    team_b = _team(workspace, commune.villages[1].id, "Tổ CNSCĐ thôn Tây")
    keep = workspace.roster.add_person(PersonInput(full_name="Lê Thị Hoa", birth="1990")).person
    drop = workspace.roster.add_person(
        PersonInput(full_name="Lê Thị Hoa", phone="0987654321"), allow_duplicate=True
    ).person
    workspace.roster.add_member(team_a.id, keep.id, TeamRole.MEMBER)
    workspace.roster.add_member(team_b.id, drop.id, TeamRole.LEADER)
    merged = workspace.roster.merge_people(keep.id, drop.id)
    assert merged.phone == "0987654321" and merged.birth_year == 1990
    rows = [r for r in workspace.roster.members() if r.person.full_name == "Lê Thị Hoa"]
    assert len(rows) == 1 and sorted(rows[0].teams) == ["Tổ CNSCĐ thôn Tây", "Tổ CNSCĐ thôn Đông"]


def test_delete_is_a_tombstone_that_ends_memberships(workspace: Workspace, commune) -> None:
    team = _team(workspace, commune.villages[0].id)
    person = workspace.roster.add_person(AN).person
    workspace.roster.add_member(team.id, person.id, TeamRole.LEADER)
    workspace.roster.delete_person(person.id)
    assert workspace.roster.members() == []
    assert workspace.roster.teams()[0].active_members == 0


def test_trainings_and_skills(workspace: Workspace, commune) -> None:
    people = [
        workspace.roster.add_person(PersonInput(full_name=name)).person
        for name in ("Trần Văn Ba", "Phạm Thị Tư")
    ]
    course = workspace.qualifications.add_course(
        CourseInput("Kỹ năng số cơ bản trên OneTouch", "Sở KH&CN", date(2025, 9, 1), hours=8)
    )
    workspace.qualifications.set_attendance(
        course.id,
        {
            people[0].id: (TrainingResult.PASSED, "CN-001"),
            people[1].id: (TrainingResult.ABSENT, ""),
        },
    )
    workspace.qualifications.set_attendance(
        course.id, {people[0].id: (TrainingResult.PASSED, "CN-001")}
    )
    attendance = workspace.qualifications.attendance(course.id)
    assert [(a.person_name, a.certificate_number) for a in attendance] == [
        ("Trần Văn Ba", "CN-001")
    ]
    trained = {r.person.full_name: r.trained for r in workspace.roster.members()}
    assert trained == {"Trần Văn Ba": True, "Phạm Thị Tư": False}
    workspace.qualifications.assess_skill(
        people[0].id, DigitalSkill.ONLINE_PAYMENT, SkillLevel.BASIC
    )
    workspace.qualifications.assess_skill(
        people[0].id, DigitalSkill.ONLINE_PAYMENT, SkillLevel.PROFICIENT
    )
    page = workspace.roster.person_page(people[0].id)
    assert [(s.skill, s.level) for s in page.skills] == [
        (DigitalSkill.ONLINE_PAYMENT, SkillLevel.PROFICIENT)
    ]
    with pytest.raises(ValidationError):
        workspace.qualifications.add_course(CourseInput("  "))
