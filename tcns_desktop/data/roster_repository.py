"""Queries of the roster (teams, people, memberships, trainings) and their records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from tcns_desktop.data.database import fetch_tuples
from tcns_desktop.data.models import (
    Commune,
    Membership,
    Person,
    SkillAssessment,
    Team,
    TrainingAttendance,
    TrainingCourse,
    Village,
)
from tcns_desktop.domain.enums import Gender, TeamRole, TrainingResult
from tcns_desktop.domain.roster_records import (
    AttendanceRecord,
    CourseRecord,
    MemberRow,
    MembershipRecord,
    PersonRecord,
    SkillRecord,
    TeamRecord,
)
from tcns_desktop.domain.vietnamese_text import fold_for_search

_LEAD_ROLES = (TeamRole.LEADER,)
TRAINED_RESULTS = (TrainingResult.COMPLETED, TrainingResult.PASSED)


def _in_commune(column: Any, commune_id: str | None) -> Any:
    """``commune_id`` None means every commune: the upper level's consolidated lists."""
    return true() if commune_id is None else column == commune_id


def village_names(session: Session, commune_id: str | None) -> dict[str, str]:
    rows = session.execute(
        select(Village.id, Village.name).where(_in_commune(Village.commune_id, commune_id))
    ).all()
    return {row[0]: row[1] for row in rows}


def person_record(person: Person, villages: dict[str, str]) -> PersonRecord:
    return PersonRecord(
        id=person.id,
        full_name=person.full_name,
        gender=person.gender,
        birth_date=person.birth_date,
        birth_year=person.birth_year,
        ethnicity=person.ethnicity,
        citizen_id=person.citizen_id,
        phone=person.phone,
        village_id=person.village_id,
        village_name=villages.get(person.village_id or "", ""),
        organisation=person.organisation,
        position=person.position,
        youth_union_member=person.youth_union_member,
        education=person.education,
        notes=person.notes,
    )


def live_people(session: Session, commune_id: str | None) -> list[Person]:
    return list(
        session.scalars(
            select(Person).where(
                _in_commune(Person.commune_id, commune_id),
                Person.deleted_at.is_(None),
                Person.merged_into_id.is_(None),
            )
        )
    )


def live_teams(session: Session, commune_id: str | None) -> list[Team]:
    return list(
        session.scalars(
            select(Team).where(_in_commune(Team.commune_id, commune_id), Team.deleted_at.is_(None))
        )
    )


def team_records(session: Session, commune_id: str | None) -> list[TeamRecord]:
    villages = village_names(session, commune_id)
    counts = dict(
        session.execute(
            select(Membership.team_id, func.count())
            .join(Team, Team.id == Membership.team_id)
            .where(
                _in_commune(Team.commune_id, commune_id),
                Membership.deleted_at.is_(None),
                Membership.end_date.is_(None),
            )
            .group_by(Membership.team_id)
        ).all()
    )
    leaders: dict[str, str] = {}
    for team_id, name in session.execute(
        select(Membership.team_id, Person.full_name)
        .join(Person, Person.id == Membership.person_id)
        .join(Team, Team.id == Membership.team_id)
        .where(
            _in_commune(Team.commune_id, commune_id),
            Membership.deleted_at.is_(None),
            Membership.end_date.is_(None),
            Membership.role.in_(_LEAD_ROLES),
        )
    ).all():
        leaders.setdefault(team_id, name)
    communes = (
        dict(session.execute(select(Commune.id, Commune.name)).all()) if commune_id is None else {}
    )
    return [
        TeamRecord(
            id=team.id,
            name=team.name,
            level=team.level,
            village_id=team.village_id,
            village_name=villages.get(team.village_id or "", ""),
            status=team.status,
            founded_on=team.founded_on,
            dissolved_on=team.dissolved_on,
            zalo_group=team.zalo_group,
            notes=team.notes,
            active_members=int(counts.get(team.id, 0)),
            leader_name=leaders.get(team.id, ""),
            commune_name=communes.get(team.commune_id, ""),
            commune_id=team.commune_id,
        )
        for team in live_teams(session, commune_id)
    ]


def membership_records(
    session: Session, memberships: Iterable[Membership]
) -> list[MembershipRecord]:
    items = list(memberships)
    team_ids = {m.team_id for m in items}
    person_ids = {m.person_id for m in items}
    teams = dict(session.execute(select(Team.id, Team.name).where(Team.id.in_(team_ids))).all())
    people = dict(
        session.execute(select(Person.id, Person.full_name).where(Person.id.in_(person_ids))).all()
    )
    return [
        MembershipRecord(
            id=m.id,
            team_id=m.team_id,
            team_name=teams.get(m.team_id, ""),
            person_id=m.person_id,
            person_name=people.get(m.person_id, ""),
            role=m.role,
            start_date=m.start_date,
            end_date=m.end_date,
            end_reason=m.end_reason,
        )
        for m in items
    ]


def member_rows(session: Session, commune_id: str | None) -> list[MemberRow]:
    """Every person of the commune (or of all communes) with their current teams.

    Plain driver tuples, not ORM objects or Rows: a province's 10,000+ people must open in
    a blink, and the few conversions needed (enums, dates) are cheaper done here by hand.
    """
    connection = session.connection()
    villages = village_names(session, commune_id)
    teams = dict(
        fetch_tuples(
            connection,
            select(Team.id, Team.name).where(
                _in_commune(Team.commune_id, commune_id), Team.deleted_at.is_(None)
            ),
        )
    )
    roles = {role.value: role for role in TeamRole}
    current: dict[str, list[tuple[str, TeamRole]]] = defaultdict(list)
    ever: set[str] = set()
    for person_id, team_id, role, end_date in fetch_tuples(
        connection,
        select(Membership.person_id, Membership.team_id, Membership.role, Membership.end_date)
        .join(Team, Team.id == Membership.team_id)
        .where(_in_commune(Team.commune_id, commune_id), Membership.deleted_at.is_(None)),
    ):
        ever.add(person_id)
        if end_date is None and team_id in teams:
            current[person_id].append((team_id, roles[role]))
    trained = {
        person_id
        for (person_id,) in fetch_tuples(
            connection,
            select(TrainingAttendance.person_id)
            .distinct()
            .where(
                TrainingAttendance.deleted_at.is_(None),
                TrainingAttendance.result.in_(TRAINED_RESULTS),
            ),
        )
    }
    people = fetch_tuples(
        connection,
        select(
            Person.id,
            Person.full_name,
            Person.gender,
            Person.birth_date,
            Person.birth_year,
            Person.ethnicity,
            Person.citizen_id,
            Person.phone,
            Person.village_id,
            Person.organisation,
            Person.position,
            Person.youth_union_member,
            Person.education,
            Person.notes,
            Person.search_key,
            Person.commune_id,
        ).where(
            _in_commune(Person.commune_id, commune_id),
            Person.deleted_at.is_(None),
            Person.merged_into_id.is_(None),
        ),
    )
    genders = {gender.value: gender for gender in Gender}
    parse_date = date.fromisoformat
    folded_villages = {vid: fold_for_search(name) for vid, name in villages.items()}
    no_links: list[tuple[str, TeamRole]] = []
    rows = []
    for (
        person_id, full_name, gender, birth_date, birth_year, ethnicity, citizen_id, phone,
        village_id, organisation, position, youth_union, education, notes, search_key,
        person_commune,
    ) in people:  # fmt: skip
        links = current.get(person_id, no_links)
        team_names = tuple(teams[team_id] for team_id, _ in links)
        rows.append(
            MemberRow(
                PersonRecord(
                    person_id,
                    full_name,
                    genders.get(gender) if gender else None,
                    parse_date(birth_date) if birth_date else None,
                    birth_year,
                    ethnicity,
                    citizen_id,
                    phone,
                    village_id,
                    villages.get(village_id, "") if village_id else "",
                    organisation,
                    position,
                    bool(youth_union),
                    education,
                    notes,
                ),
                team_names,
                tuple(team_id for team_id, _ in links),
                tuple(role for _, role in links),
                bool(links) or person_id not in ever,
                person_id in trained,
                " ".join(
                    (
                        search_key,
                        phone,
                        citizen_id or "",
                        folded_villages.get(village_id, "") if village_id else "",
                        fold_for_search(" ".join(team_names)) if team_names else "",
                        fold_for_search(position) if position else "",
                    )
                ),
                person_commune,
            )
        )
    return rows


def course_record(session: Session, course: TrainingCourse) -> CourseRecord:
    attendees = session.scalar(
        select(func.count())
        .select_from(TrainingAttendance)
        .where(TrainingAttendance.course_id == course.id, TrainingAttendance.deleted_at.is_(None))
    )
    return CourseRecord(
        id=course.id,
        name=course.name,
        organiser=course.organiser,
        start_date=course.start_date,
        end_date=course.end_date,
        hours=course.hours,
        mode=course.mode,
        platform=course.platform,
        location=course.location,
        notes=course.notes,
        attendees=int(attendees or 0),
    )


def attendance_records(
    session: Session, attendances: Iterable[TrainingAttendance]
) -> list[AttendanceRecord]:
    items = list(attendances)
    courses = {
        c.id: c
        for c in session.scalars(
            select(TrainingCourse).where(TrainingCourse.id.in_({a.course_id for a in items}))
        )
    }
    people = dict(
        session.execute(
            select(Person.id, Person.full_name).where(Person.id.in_({a.person_id for a in items}))
        ).all()
    )
    return [
        AttendanceRecord(
            id=a.id,
            course_id=a.course_id,
            course_name=courses[a.course_id].name if a.course_id in courses else "",
            course_date=courses[a.course_id].start_date if a.course_id in courses else None,
            person_id=a.person_id,
            person_name=people.get(a.person_id, ""),
            result=a.result,
            certificate_number=a.certificate_number,
            certificate_date=a.certificate_date,
        )
        for a in items
    ]


def latest_skills(session: Session, person_id: str) -> list[SkillRecord]:
    """The most recent assessment of each of the 5 skills."""
    rows = session.scalars(
        select(SkillAssessment)
        .where(SkillAssessment.person_id == person_id, SkillAssessment.deleted_at.is_(None))
        .order_by(SkillAssessment.assessed_on.desc().nulls_last(), SkillAssessment.rev_seq.desc())
    )
    latest: dict[object, SkillRecord] = {}
    for row in rows:
        if row.skill not in latest:
            latest[row.skill] = SkillRecord(row.skill, row.level, row.source, row.assessed_on)
    return list(latest.values())
