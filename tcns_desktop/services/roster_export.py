"""Exporting the roster as the workbook communes keep: grouped by village and team."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.commune_repository import own_commune, profile_record
from tcns_desktop.data.models import Membership, Person, Team, TrainingAttendance, TrainingCourse
from tcns_desktop.data.roster_repository import (
    latest_skills,
    live_people,
    live_teams,
    member_rows,
    village_names,
)
from tcns_desktop.domain.enums import DigitalSkill, TeamLevel, TeamRole, TeamStatus
from tcns_desktop.domain.roster_records import NO_TEAM_LABEL
from tcns_desktop.domain.vietnamese_collation import collation_key, person_sort_key
from tcns_desktop.errors import NotFoundError
from tcns_desktop.spreadsheets.roster_writer import (
    QualificationDocument,
    RosterDocument,
    RosterGroup,
    RosterLine,
    SkillLine,
    TrainingLine,
    write_qualifications_workbook,
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


class QualificationExportService:
    """Trainings and the 5 digital skills of every current member, as a workbook."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def document(self, today: date | None = None) -> QualificationDocument:
        with self._sessions.begin() as session:
            commune = own_commune(session)
            if commune is None:
                raise NotFoundError("Chưa thiết lập thông tin xã.")
            profile = profile_record(session, commune)
            rows = sorted(
                member_rows(session, commune.id), key=lambda r: person_sort_key(r.person.full_name)
            )
            by_person = {row.person.id: row for row in rows}
            attendances = session.scalars(
                select(TrainingAttendance)
                .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)
                .where(
                    TrainingCourse.commune_id == commune.id,
                    TrainingAttendance.deleted_at.is_(None),
                    TrainingCourse.deleted_at.is_(None),
                )
            )
            courses = {
                c.id: c
                for c in session.scalars(
                    select(TrainingCourse).where(TrainingCourse.commune_id == commune.id)
                )
            }
            trainings = []
            for attendance in attendances:
                member = by_person.get(attendance.person_id)
                course = courses.get(attendance.course_id)
                if member is None or course is None:
                    continue
                trainings.append(
                    TrainingLine(
                        full_name=member.person.full_name,
                        village=member.person.village_name,
                        team="; ".join(member.teams),
                        course=course.name,
                        course_date=course.start_date.strftime("%d/%m/%Y")
                        if course.start_date
                        else "",
                        hours=f"{course.hours:g}" if course.hours else "",
                        mode=course.mode.label,
                        result=attendance.result.label,
                        certificate=attendance.certificate_number,
                    )
                )
            trainings.sort(key=lambda t: (person_sort_key(t.full_name), t.course_date))
            skills = []
            for row in rows:
                latest = {s.skill: s.level for s in latest_skills(session, row.person.id)}
                skills.append(
                    SkillLine(
                        full_name=row.person.full_name,
                        village=row.person.village_name,
                        team="; ".join(row.teams),
                        levels=tuple(
                            latest[skill].label if skill in latest else "" for skill in DigitalSkill
                        ),
                    )
                )
            return QualificationDocument(
                commune_display_name=profile.display_name,
                province_name=profile.province_name,
                generated_on=today or date.today(),
                trainings=tuple(trainings),
                skill_names=tuple(skill.label for skill in DigitalSkill),
                skills=tuple(skills),
            )

    def export(self, path: Path) -> Path:
        target = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        write_qualifications_workbook(target, self.document())
        return target
