"""Test data for the documents: a commune with teams, members in every role, activities and
targets of 2025-Q3 (some indicators reported, some not), for services, CLI and window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tcns_desktop.domain.activity_records import ActivityInput, ResultInput, TargetInput
from tcns_desktop.domain.enums import (
    ActivityKind,
    Gender,
    Pillar,
    ScopeKind,
    TeamLevel,
    TeamRole,
)
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.roster_records import PersonInput, TeamInput
from tests.conftest import sample_setup

PERIOD = Period.parse("2025-Q3")
FOUNDED = date(2025, 1, 2)
EAST_TEAM = "Tổ công nghệ số cộng đồng thôn Đông"
WEST_TEAM = "Tổ công nghệ số cộng đồng thôn Tây"
COMMUNE_TEAM = "Tổ công nghệ số cộng đồng xã Tân Lập"


@dataclass
class Commune:
    """Ids of what ``build_commune`` made."""

    profile: Any
    teams: dict[str, str] = field(default_factory=dict)  # name → id
    people: dict[str, str] = field(default_factory=dict)  # name → id
    memberships: dict[str, str] = field(default_factory=dict)  # person name → membership id
    indicators: dict[str, str] = field(default_factory=dict)  # code → id

    @property
    def village_team_ids(self) -> list[str]:
        return [self.teams[EAST_TEAM], self.teams[WEST_TEAM]]


# (team, full name, role, gender, birth, position, organisation, youth union)
MEMBERS = (
    (EAST_TEAM, "Nguyễn Văn An", TeamRole.MEMBER, Gender.MALE, "1985", "Trưởng thôn", "", False),
    (
        EAST_TEAM,
        "Trần Thị Ánh",
        TeamRole.LEADER,
        Gender.FEMALE,
        "12/03/1990",
        "Chi hội trưởng",
        "Chi hội Phụ nữ thôn Đông",
        False,
    ),
    (EAST_TEAM, "Lê Văn Bình", TeamRole.DEPUTY, Gender.MALE, "2001", "", "", True),
    (EAST_TEAM, "Đặng Thị Dung", TeamRole.MEMBER, Gender.FEMALE, "1978", "", "", False),
    (WEST_TEAM, "Hoàng Văn Em", TeamRole.LEADER, Gender.MALE, "1980", "", "", False),
    (WEST_TEAM, "Vũ Thị Giang", TeamRole.MEMBER, Gender.FEMALE, "1995", "", "", False),
    (COMMUNE_TEAM, "Bùi Văn Hải", TeamRole.LEADER, Gender.MALE, "1975", "Công chức", "", False),
)
FORMER = "Phạm Văn Đức"  # left the east team: never in a decision made after


def build_commune(workspace: Any) -> Commune:
    profile = workspace.commune.save_setup(sample_setup())
    east, west, _new = (village.id for village in profile.villages)
    made = Commune(profile)
    for name, level, village in (
        (EAST_TEAM, TeamLevel.VILLAGE, east),
        (WEST_TEAM, TeamLevel.VILLAGE, west),
        (COMMUNE_TEAM, TeamLevel.COMMUNE, None),
    ):
        team = workspace.roster.create_team(TeamInput(name, level, village, founded_on=FOUNDED))
        made.teams[name] = team.id
    for index, (team, name, role, gender, birth, position, organisation, youth) in enumerate(
        MEMBERS
    ):
        person = workspace.roster.add_person(
            PersonInput(
                full_name=name,
                gender=gender,
                birth=birth,
                phone=f"09123450{index:02d}",
                position=position,
                organisation=organisation,
                youth_union_member=youth,
                notes="Ghi chú nội bộ",
            )
        ).person
        made.people[name] = person.id
        membership = workspace.roster.add_member(made.teams[team], person.id, role, FOUNDED)
        made.memberships[name] = membership.id
    former = workspace.roster.add_person(PersonInput(full_name=FORMER, birth="1990")).person
    gone = workspace.roster.add_member(made.teams[EAST_TEAM], former.id, TeamRole.MEMBER, FOUNDED)
    workspace.roster.end_membership(gone.id, date(2025, 3, 1), "Chuyển đi")
    made.people[FORMER] = former.id
    made.indicators = {item.code: item.id for item in workspace.indicators.catalogue()}
    return made


def add_activities(workspace: Any, made: Commune) -> None:
    """Q3 2025: the east team reports VNeID activations and reach; the west team nothing."""
    east = made.teams[EAST_TEAM]
    for day, pillar, people, households, vneid in (
        (date(2025, 7, 10), Pillar.DIGITAL_GOVERNMENT, 25, None, 20.0),
        (date(2025, 8, 14), Pillar.DIGITAL_GOVERNMENT, 40, None, 35.0),
        (date(2025, 9, 20), Pillar.DIGITAL_ECONOMY, 12, 9, None),
    ):
        results = (ResultInput(made.indicators["VNEID_ACTIVATED"], vneid),) if vneid else ()
        workspace.activities.create(
            ActivityInput(
                activity_date=day,
                team_id=east,
                kind=ActivityKind.GUIDANCE,
                pillar=pillar,
                title="Hướng dẫn người dân sử dụng dịch vụ số",
                people_reached=people,
                households_reached=households,
                results=results,
            ),
            confirmed=True,
        )
    workspace.targets.save(
        PERIOD,
        [
            TargetInput(made.indicators["VNEID_ACTIVATED"], ScopeKind.COMMUNE, None, 50.0),
            TargetInput(made.indicators["DVC_DOSSIERS"], ScopeKind.COMMUNE, None, 30.0),
        ],
    )
