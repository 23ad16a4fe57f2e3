"""Test data for activities and figures: a small roster, and activities loaded in bulk."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from tcns_desktop.data.bulk_load import BulkLoader
from tcns_desktop.data.models import Activity, ActivityResult
from tcns_desktop.domain.activity_rules import activity_search_key
from tcns_desktop.domain.enums import ActivityKind, DigitalSkill, Pillar, TeamLevel, TeamRole
from tcns_desktop.domain.identifiers import uuid7_block
from tcns_desktop.domain.roster_records import PersonInput, TeamInput
from tcns_desktop.services.workspace import Workspace
from tests.conftest import sample_setup

MEMBERS_SINCE = date(2000, 1, 1)


@dataclass
class Roster:
    """Villages Đông, Tây (a team each) and Mới (no team), a commune-level team."""

    commune_id: str
    villages: list[str]
    teams: list[tuple[str, str | None]]  # (team id, village id)
    members: dict[str, list[str]] = field(default_factory=dict)


def build_roster(workspace: Workspace) -> Roster:
    profile = workspace.commune.save_setup(sample_setup())
    east, west, new = (village.id for village in profile.villages)
    roster = workspace.roster
    plans = (
        ("Tổ CNSCĐ thôn Đông", TeamLevel.VILLAGE, east, ("Lê Văn Một", "Lê Thị Hai")),
        ("Tổ CNSCĐ thôn Tây", TeamLevel.VILLAGE, west, ("Phạm Văn Ba", "Phạm Thị Bốn", "Vũ Năm")),
        ("Tổ CNSCĐ xã Tân Lập", TeamLevel.COMMUNE, None, ("Đỗ Văn Sáu",)),
    )
    result = Roster(profile.id, [east, west, new], [])
    for name, level, village, people in plans:
        team = roster.create_team(TeamInput(name, level, village))
        result.teams.append((team.id, village))
        result.members[team.id] = []
        for position, full_name in enumerate(people):
            person = roster.add_person(PersonInput(full_name=full_name)).person
            role = TeamRole.LEADER if position == 0 else TeamRole.MEMBER
            roster.add_member(team.id, person.id, role, MEMBERS_SINCE)
            result.members[team.id].append(person.id)
    return result


@dataclass(frozen=True)
class Made:
    """One generated activity, as stored."""

    id: str
    commune_id: str
    team_id: str
    village_id: str | None
    day: date
    kind: ActivityKind
    pillar: Pillar
    skill: DigitalSkill | None
    people: int | None
    households: int | None
    title: str
    results: tuple[tuple[str, float], ...] = ()


ACTIVITY_COLUMNS = (
    "id",
    "commune_id",
    "team_id",
    "village_id",
    "activity_date",
    "kind",
    "pillar",
    "skill",
    "title",
    "people_reached",
    "households_reached",
    "search_key",
)
RESULT_COLUMNS = ("id", "activity_id", "indicator_id", "value")


def load_activities(workspace: Workspace, made: Sequence[Made]) -> None:
    """Insert activities with their results as the demo generator does (one transaction)."""
    if not made:
        return
    result_ids = iter(uuid7_block(sum(len(m.results) for m in made) or 1))
    with workspace.engine.connect() as connection, connection.begin():
        loader = BulkLoader(connection)
        loader.insert(
            Activity,
            ACTIVITY_COLUMNS,
            [
                (
                    m.id,
                    m.commune_id,
                    m.team_id,
                    m.village_id,
                    m.day.isoformat(),
                    m.kind.value,
                    m.pillar.value,
                    None if m.skill is None else m.skill.value,
                    m.title,
                    m.people,
                    m.households,
                    activity_search_key(m.title, "", ""),
                )
                for m in made
            ],
        )
        loader.insert(
            ActivityResult,
            RESULT_COLUMNS,
            [
                (next(result_ids), m.id, indicator_id, value)
                for m in made
                for indicator_id, value in m.results
            ],
        )
