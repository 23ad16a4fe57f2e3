"""The SQL of the statistics: every figure is a GROUP BY (or a COUNT DISTINCT) in SQLite.

Each function returns plain tuples: grouped rows, one per group (never one per activity),
which ``services.statistics`` rolls up into the figures of a period and scope. Activities
are read through the live-row indexes of ``models.Activity`` (the figures index holds every
column read here, so a period's figures never read an activity row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, exists, func, not_, or_, select

from tcns_desktop.data.models import (
    Activity,
    ActivityResult,
    Commune,
    Indicator,
    Membership,
    Person,
    Target,
    Team,
    TrainingAttendance,
    TrainingCourse,
    Village,
)
from tcns_desktop.data.roster_repository import TRAINED_RESULTS
from tcns_desktop.domain.enums import CommuneKind, PeriodKind, ScopeKind, TeamStatus


@dataclass(frozen=True)
class FigureScope:
    """The rows the figures cover: a commune (None: every commune), a village or a team."""

    commune_id: str | None = None
    village_id: str | None = None
    team_id: str | None = None


# --- Activities ----------------------------------------------------------------------------


def activity_terms(scope: FigureScope, start: date, end: date) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = [
        Activity.deleted_at.is_(None),
        Activity.activity_date >= start,
        Activity.activity_date <= end,
    ]
    if scope.commune_id is not None:
        terms.append(Activity.commune_id == scope.commune_id)
    if scope.village_id is not None:
        terms.append(Activity.village_id == scope.village_id)
    if scope.team_id is not None:
        terms.append(Activity.team_id == scope.team_id)
    return terms


def _reach_columns() -> tuple[Any, ...]:
    return (
        func.count(),
        func.sum(Activity.people_reached),
        func.sum(Activity.households_reached),
        func.count(Activity.people_reached),
        func.count(Activity.households_reached),
    )


def reach_by_category(
    connection: Connection, terms: Sequence[ColumnElement[bool]]
) -> list[tuple[Any, ...]]:
    """(pillar, skill, kind, activities, people, households, people reported, households
    reported) per combination present."""
    rows = connection.execute(
        select(Activity.pillar, Activity.skill, Activity.kind, *_reach_columns())
        .where(*terms)
        .group_by(Activity.pillar, Activity.skill, Activity.kind)
    )
    return [tuple(row) for row in rows]


def reach_by_place(
    connection: Connection, terms: Sequence[ColumnElement[bool]]
) -> list[tuple[Any, ...]]:
    """(team id, village id, activities, people, households, people reported, households
    reported) per team and village present."""
    rows = connection.execute(
        select(Activity.team_id, Activity.village_id, *_reach_columns())
        .where(*terms)
        .group_by(Activity.team_id, Activity.village_id)
    )
    return [tuple(row) for row in rows]


def indicator_groups(
    connection: Connection,
    terms: Sequence[ColumnElement[bool]],
    by: ScopeKind,
    only: Sequence[str] | None = None,
) -> list[tuple[Any, ...]]:
    """(indicator id, commune, village or team id, values reported, their sum, their max).

    By commune for the figures; by team or village (``only`` the few that have targets)
    for progress against their targets."""
    column = {
        ScopeKind.COMMUNE: Activity.commune_id,
        ScopeKind.VILLAGE: Activity.village_id,
        ScopeKind.TEAM: Activity.team_id,
    }[by]
    where = list(terms)
    if only is not None:
        if not only:
            return []
        where.append(column.in_(list(only)))
    rows = connection.execute(
        select(
            ActivityResult.indicator_id,
            column,
            func.count(),
            func.sum(ActivityResult.value),
            func.max(ActivityResult.value),
        )
        .select_from(Activity)
        .join(ActivityResult, ActivityResult.activity_id == Activity.id)
        .where(*where, ActivityResult.deleted_at.is_(None))
        .group_by(ActivityResult.indicator_id, column)
    )
    return [tuple(row) for row in rows]


def latest_values(
    connection: Connection, terms: Sequence[ColumnElement[bool]], indicator_ids: Sequence[str]
) -> list[tuple[Any, ...]]:
    """Most recent values of LATEST indicators: (indicator id, commune id, team id, village
    id, value, latest of the team, latest of the team in that village).

    Only rows that are the latest of one of the two partitions come back; the newest day
    wins, and on one day the activity entered last (ids are UUIDv7).
    """
    if not indicator_ids:
        return []
    order = (Activity.activity_date.desc(), Activity.id.desc())
    of_team = (
        func.row_number()
        .over(partition_by=(ActivityResult.indicator_id, Activity.team_id), order_by=order)
        .label("of_team")
    )
    of_place = (
        func.row_number()
        .over(
            partition_by=(ActivityResult.indicator_id, Activity.team_id, Activity.village_id),
            order_by=order,
        )
        .label("of_place")
    )
    ranked = (
        select(
            ActivityResult.indicator_id,
            Activity.commune_id,
            Activity.team_id,
            Activity.village_id,
            ActivityResult.value,
            of_team,
            of_place,
        )
        .select_from(Activity)
        .join(ActivityResult, ActivityResult.activity_id == Activity.id)
        .where(
            *terms,
            ActivityResult.deleted_at.is_(None),
            ActivityResult.indicator_id.in_(list(indicator_ids)),
        )
        .subquery()
    )
    rows = connection.execute(
        select(
            ranked.c.indicator_id,
            ranked.c.commune_id,
            ranked.c.team_id,
            ranked.c.village_id,
            ranked.c.value,
            ranked.c.of_team == 1,
            ranked.c.of_place == 1,
        ).where(or_(ranked.c.of_team == 1, ranked.c.of_place == 1))
    )
    return [tuple(row) for row in rows]


def last_activity_by_team(connection: Connection, scope: FigureScope, end: date) -> dict[str, date]:
    """Each team's latest activity up to ``end`` (one index probe per team)."""
    latest = (
        select(func.max(Activity.activity_date))
        .where(
            Activity.deleted_at.is_(None),
            Activity.team_id == Team.id,
            Activity.activity_date <= end,
        )
        .scalar_subquery()
    )
    rows = connection.execute(select(Team.id, latest).where(*team_terms(scope)))
    return {row[0]: row[1] for row in rows if row[1] is not None}


def last_activity_by_village(
    connection: Connection, village_ids: Sequence[str], end: date
) -> dict[str, date]:
    if not village_ids:
        return {}
    latest = (
        select(func.max(Activity.activity_date))
        .where(
            Activity.deleted_at.is_(None),
            Activity.village_id == Village.id,
            Activity.activity_date <= end,
        )
        .scalar_subquery()
    )
    rows = connection.execute(select(Village.id, latest).where(Village.id.in_(list(village_ids))))
    return {row[0]: row[1] for row in rows if row[1] is not None}


# --- Teams, members, training --------------------------------------------------------------


def team_terms(scope: FigureScope) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = [Team.deleted_at.is_(None)]
    if scope.commune_id is not None:
        terms.append(Team.commune_id == scope.commune_id)
    if scope.village_id is not None:
        terms.append(Team.village_id == scope.village_id)
    if scope.team_id is not None:
        terms.append(Team.id == scope.team_id)
    return terms


def team_active_on(day: date) -> ColumnElement[bool]:
    """Founded by ``day`` and not dissolved by then (dissolved on ``day`` = gone that day)."""
    return and_(
        or_(Team.founded_on.is_(None), Team.founded_on <= day),
        or_(Team.dissolved_on.is_(None), Team.dissolved_on > day),
        not_(and_(Team.status == TeamStatus.DISSOLVED, Team.dissolved_on.is_(None))),
    )


def teams(connection: Connection, scope: FigureScope, end: date) -> list[tuple[Any, ...]]:
    """(id, name, commune id, village id, founded on, dissolved on, active at ``end``)."""
    rows = connection.execute(
        select(
            Team.id,
            Team.name,
            Team.commune_id,
            Team.village_id,
            Team.founded_on,
            Team.dissolved_on,
            team_active_on(end),
        ).where(*team_terms(scope))
    )
    return [tuple(row) for row in rows]


def _members_on(scope: FigureScope, day: date) -> Any:
    """Memberships of live people in active teams of the scope on ``day``."""
    return (
        select(Membership.person_id, Membership.team_id, Team.village_id, Team.commune_id)
        .join(Team, Team.id == Membership.team_id)
        .join(Person, Person.id == Membership.person_id)
        .where(
            *team_terms(scope),
            team_active_on(day),
            Membership.deleted_at.is_(None),
            or_(Membership.start_date.is_(None), Membership.start_date <= day),
            or_(Membership.end_date.is_(None), Membership.end_date > day),
            Person.deleted_at.is_(None),
        )
        .subquery()
    )


def member_counts(
    connection: Connection, scope: FigureScope, day: date
) -> dict[tuple[str | None, ...], int]:
    """Distinct members on ``day``: in total (key ``()``), per team (``("team", id)``), per
    village (``("village", commune id, village id)``; village id None is the commune level)
    and per commune (``("commune", id)``)."""
    members = _members_on(scope, day)
    person = func.count(members.c.person_id.distinct())
    counts: dict[tuple[str | None, ...], int] = {
        (): int(connection.execute(select(person)).scalar() or 0)
    }
    for row in connection.execute(select(members.c.team_id, person).group_by(members.c.team_id)):
        counts[("team", row[0])] = int(row[1])
    for row in connection.execute(
        select(members.c.commune_id, members.c.village_id, person).group_by(
            members.c.commune_id, members.c.village_id
        )
    ):
        counts[("village", row[0], row[1])] = int(row[2])
    for row in connection.execute(
        select(members.c.commune_id, person).group_by(members.c.commune_id)
    ):
        counts[("commune", row[0])] = int(row[1])
    return counts


def _trained_by(person: Any, day: date) -> Any:
    """A completed or passed course of ``person`` dated on or before ``day``."""
    course_day = func.coalesce(TrainingCourse.end_date, TrainingCourse.start_date)
    return exists().where(
        TrainingAttendance.person_id == person,
        TrainingAttendance.deleted_at.is_(None),
        TrainingAttendance.result.in_(TRAINED_RESULTS),
        TrainingCourse.id == TrainingAttendance.course_id,
        TrainingCourse.deleted_at.is_(None),
        or_(course_day.is_(None), course_day <= day),
    )


def never_trained(connection: Connection, scope: FigureScope, day: date) -> list[tuple[str, str]]:
    """(person id, commune id) of the members on ``day`` with no completed training up to
    that day."""
    members = _members_on(scope, day)
    rows = connection.execute(
        select(members.c.person_id, func.max(members.c.commune_id))
        .where(not_(_trained_by(members.c.person_id, day)))
        .group_by(members.c.person_id)
        .order_by(members.c.person_id)
    )
    return [(row[0], row[1]) for row in rows]


def trained_in_period(connection: Connection, scope: FigureScope, start: date, end: date) -> int:
    """Distinct members of the scope's teams during the period who completed a training
    dated in the period."""
    course_day = func.coalesce(TrainingCourse.end_date, TrainingCourse.start_date)
    in_scope = (
        select(Membership.person_id)
        .join(Team, Team.id == Membership.team_id)
        .where(
            *team_terms(scope),
            Membership.deleted_at.is_(None),
            or_(Membership.start_date.is_(None), Membership.start_date <= end),
            or_(Membership.end_date.is_(None), Membership.end_date > start),
        )
    )
    total = connection.execute(
        select(func.count(TrainingAttendance.person_id.distinct()))
        .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)
        .join(Person, Person.id == TrainingAttendance.person_id)
        .where(
            TrainingAttendance.deleted_at.is_(None),
            TrainingAttendance.result.in_(TRAINED_RESULTS),
            TrainingCourse.deleted_at.is_(None),
            Person.deleted_at.is_(None),
            course_day >= start,
            course_day <= end,
            TrainingAttendance.person_id.in_(in_scope),
        )
    ).scalar()
    return int(total or 0)


# --- Reference rows ------------------------------------------------------------------------


def villages(connection: Connection, scope: FigureScope) -> list[tuple[Any, ...]]:
    """(id, name, commune id, active) of the live villages the scope covers."""
    terms: list[ColumnElement[bool]] = [Village.deleted_at.is_(None)]
    if scope.commune_id is not None:
        terms.append(Village.commune_id == scope.commune_id)
    if scope.village_id is not None:
        terms.append(Village.id == scope.village_id)
    if scope.team_id is not None:
        return []
    rows = connection.execute(
        select(Village.id, Village.name, Village.commune_id, Village.active, Village.sort_order)
        .where(*terms)
        .order_by(Village.sort_order)
    )
    return [tuple(row) for row in rows]


def team_communes(connection: Connection, team_ids: Sequence[str]) -> dict[str, str]:
    """Team id → commune id, deleted teams included (their activities still count)."""
    if not team_ids:
        return {}
    rows = connection.execute(select(Team.id, Team.commune_id).where(Team.id.in_(list(team_ids))))
    return {row[0]: row[1] for row in rows}


def village_names(connection: Connection, village_ids: Sequence[str]) -> dict[str, str]:
    if not village_ids:
        return {}
    rows = connection.execute(
        select(Village.id, Village.name).where(Village.id.in_(list(village_ids)))
    )
    return {row[0]: row[1] for row in rows}


def communes(connection: Connection, commune_id: str | None) -> list[tuple[Any, ...]]:
    """(id, code, display name) of the live communes (one, or every one)."""
    query = select(Commune.id, Commune.code, Commune.kind, Commune.name).where(
        Commune.deleted_at.is_(None)
    )
    if commune_id is not None:
        query = query.where(Commune.id == commune_id)
    return [
        (row.id, row.code, _display_name(row.kind, row.name))
        for row in connection.execute(query.order_by(Commune.code))
    ]


def _display_name(kind: CommuneKind, name: str) -> str:
    """ "Xã Tân Lập": the kind before the name unless the name has it (as the profile)."""
    prefix = kind.label
    if name.casefold().startswith(prefix.casefold() + " "):
        return name
    return f"{prefix} {name}"


def indicators(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, code, name, unit, pillar, aggregation, active) in the catalogue's order."""
    rows = connection.execute(
        select(
            Indicator.id,
            Indicator.code,
            Indicator.name,
            Indicator.unit,
            Indicator.pillar,
            Indicator.aggregation,
            Indicator.active,
        )
        .where(Indicator.deleted_at.is_(None))
        .order_by(Indicator.sort_order, Indicator.code)
    )
    return [tuple(row) for row in rows]


def targets(
    connection: Connection, commune_id: str | None, kind: PeriodKind, key: str
) -> list[tuple[Any, ...]]:
    """(id, commune id, indicator id, scope kind, scope id, value) of the period's targets."""
    query = select(
        Target.id,
        Target.commune_id,
        Target.indicator_id,
        Target.scope_kind,
        Target.scope_id,
        Target.value,
    ).where(Target.deleted_at.is_(None), Target.period_kind == kind, Target.period_key == key)
    if commune_id is not None:
        query = query.where(Target.commune_id == commune_id)
    return [tuple(row) for row in connection.execute(query)]


def scope_place(connection: Connection, kind: ScopeKind, scope_id: str) -> tuple[str, str] | None:
    """(name, commune id) of a live village or team."""
    model: Any = Village if kind is ScopeKind.VILLAGE else Team
    row = connection.execute(
        select(model.name, model.commune_id).where(model.id == scope_id, model.deleted_at.is_(None))
    ).first()
    return None if row is None else (row[0], row[1])
