"""Exporting the roster as the workbook communes keep: grouped by village and team."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.commune_repository import own_commune, profile_record
from tcns_desktop.data.models import Membership, Person, Team
from tcns_desktop.data.roster_repository import live_people, live_teams, village_names
from tcns_desktop.domain.enums import TeamLevel, TeamRole, TeamStatus
from tcns_desktop.domain.roster_records import NO_TEAM_LABEL
from tcns_desktop.domain.vietnamese_collation import collation_key, person_sort_key
from tcns_desktop.errors import NotFoundError
from tcns_desktop.spreadsheets.roster_writer import (
    RosterDocument,
    RosterGroup,
    RosterLine,
    write_roster_workbook,
)

_ROLE_ORDER = {role: position for position, role in enumerate(TeamRole)}


class RosterExportService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def document(self, today: date | None = None) -> RosterDocument:
        """The roster as it stands: active teams, their current members, then people in none."""
        with self._sessions.begin() as session:
            commune = own_commune(session)
            if commune is None:
                raise NotFoundError("Chưa thiết lập thông tin xã.")
            profile = profile_record(session, commune)
            villages = village_names(session, commune.id)
            people = {p.id: p for p in live_people(session, commune.id)}
            teams = [t for t in live_teams(session, commune.id) if t.status is TeamStatus.ACTIVE]
            members: dict[str, list[tuple[Person, TeamRole]]] = defaultdict(list)
            placed: set[str] = set()
            for membership in session.scalars(
                select(Membership).where(
                    Membership.team_id.in_([t.id for t in teams]),
                    Membership.deleted_at.is_(None),
                    Membership.end_date.is_(None),
                )
            ):
                person = people.get(membership.person_id)
                if person is not None:
                    members[membership.team_id].append((person, membership.role))
                    placed.add(person.id)
            village_order = {v.id: v.sort_order for v in profile.villages}
            teams.sort(key=lambda t: _team_order(t, village_order))
            groups = [
                RosterGroup(
                    village=villages.get(team.village_id or "", ""),
                    team=team.name,
                    rows=tuple(
                        _line(person, role, team.name, villages)
                        for person, role in sorted(
                            members[team.id],
                            key=lambda pr: (_ROLE_ORDER[pr[1]], person_sort_key(pr[0].full_name)),
                        )
                    ),
                )
                for team in teams
            ]
            loose = sorted(
                (p for p in people.values() if p.id not in placed),
                key=lambda p: person_sort_key(p.full_name),
            )
            if loose:
                groups.append(
                    RosterGroup(
                        village="",
                        team=NO_TEAM_LABEL,
                        rows=tuple(_line(p, None, "", villages) for p in loose),
                    )
                )
            return RosterDocument(
                commune_display_name=profile.display_name,
                province_name=profile.province_name,
                generated_on=today or date.today(),
                groups=tuple(groups),
                subtitle=f"{profile.display_name}, {profile.province_name}",
            )

    def export(self, path: Path) -> Path:
        target = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        write_roster_workbook(target, self.document())
        return target


def _team_order(team: Team, village_order: dict[str, int]) -> tuple[object, ...]:
    commune_level = team.level is TeamLevel.COMMUNE
    return (
        not commune_level,
        village_order.get(team.village_id or "", 0),
        collation_key(team.name),
    )


def _line(
    person: Person, role: TeamRole | None, team_name: str, villages: dict[str, str]
) -> RosterLine:
    if person.birth_date is not None:
        birth = person.birth_date.strftime("%d/%m/%Y")
    else:
        birth = str(person.birth_year) if person.birth_year else ""
    return RosterLine(
        record_id=person.id,
        full_name=person.full_name,
        birth=birth,
        gender=person.gender.label if person.gender else "",
        ethnicity=person.ethnicity,
        position=person.position,
        team_role=role.label if role else "",
        phone=person.phone,
        citizen_id=person.citizen_id or "",
        village=villages.get(person.village_id or "", ""),
        team=team_name,
        notes=person.notes,
    )
