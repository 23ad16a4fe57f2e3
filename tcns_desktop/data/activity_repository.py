"""Queries of the activity log: the filtered, sorted, paged list, one activity, entry facts.

Core queries on the session's connection, no ORM objects out. The list is paged in the
database: a page is a LIMIT/OFFSET over an index that matches the filter and the order
(``models.Activity``'s live-row indexes), and the rows of the page are read afterwards by id,
so skipping rows never reads them. Sorting by team or by kind walks the groups in their
display order: one GROUP BY gives each group's count (their sum is the total), and a page
is then read from the one or two groups it falls in, each in date order from its index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from tcns_desktop.data.models import (
    Activity,
    ActivityParticipant,
    ActivityResult,
    Commune,
    Indicator,
    Membership,
    Person,
    PlatformService,
    Team,
    Village,
)
from tcns_desktop.domain.activity_records import (
    ActivityInput,
    ActivityQuery,
    ActivityRecord,
    ActivityRow,
    ActivitySort,
    ParticipantRecord,
    ResultRecord,
)
from tcns_desktop.domain.activity_rules import (
    ActivityFacts,
    IndicatorFacts,
    PlatformFacts,
    TeamFacts,
)
from tcns_desktop.domain.enums import ActivityKind, TeamStatus
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.domain.vietnamese_text import fold_for_search

LIKE_ESCAPE = "\\"


def live_activity_conditions(
    query: ActivityQuery,
    commune_id: str | None,
    days: tuple[date | None, date | None] | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE terms of ``query``; ``commune_id`` None reads every commune (upper level).

    ``deleted_at IS NULL`` comes first and exactly so: it is what lets SQLite use the
    partial (live-row) indexes. ``days`` replaces the query's first and last day (one bound
    per side: SQLite seeks on one and would test a second on every row).
    """
    terms: list[ColumnElement[bool]] = [Activity.deleted_at.is_(None)]
    if commune_id is not None:
        terms.append(Activity.commune_id == commune_id)
    if query.commune_id is not None:
        terms.append(Activity.commune_id == query.commune_id)
    first, last = days if days is not None else (query.first_day, query.last_day)
    if first is not None:
        terms.append(Activity.activity_date >= first)
    if last is not None:
        terms.append(Activity.activity_date <= last)
    for column, value in (
        (Activity.team_id, query.team_id),
        (Activity.village_id, query.village_id),
        (Activity.kind, query.kind),
        (Activity.pillar, query.pillar),
        (Activity.skill, query.skill),
        (Activity.platform_id, query.platform_id),
    ):
        if value is not None:
            terms.append(column == value)
    if query.indicator_id is not None:
        terms.append(
            exists().where(
                ActivityResult.activity_id == Activity.id,
                ActivityResult.indicator_id == query.indicator_id,
                ActivityResult.deleted_at.is_(None),
            )
        )
    if query.person_id is not None:
        terms.append(
            Activity.id.in_(
                select(ActivityParticipant.activity_id).where(
                    ActivityParticipant.person_id == query.person_id,
                    ActivityParticipant.deleted_at.is_(None),
                )
            )
        )
    for word in fold_for_search(query.text).split():
        terms.append(Activity.search_key.like(f"%{_escape_like(word)}%", escape=LIKE_ESCAPE))
    return terms


def _escape_like(word: str) -> str:
    return (
        word.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )


# --- Pages ---------------------------------------------------------------------------------

Bucket = tuple[str | None, date | None, int]
"""(group, day, activities) of the list: the group is the team or kind of a team or kind
order (None in date order); the day is None for teams, whose groups are read whole."""


def list_buckets(
    connection: Connection,
    terms: Sequence[ColumnElement[bool]],
    sort: ActivitySort,
    *,
    descending: bool,
) -> list[Bucket]:
    """How many activities of the list fall on each day (of each group), in list order.

    Their sum is the list's size; a page is then found without counting the rows before
    it. The query is a GROUP BY in the order of an index (date; kind and date; team), so
    it reads index entries only.
    """
    if sort is ActivitySort.DATE:
        rows = connection.execute(
            select(Activity.activity_date, func.count())
            .where(*terms)
            .group_by(Activity.activity_date)
        )
        days = sorted(((day, int(count)) for day, count in rows), reverse=descending)
        return [(None, day, count) for day, count in days]
    if sort is ActivitySort.KIND:
        counts: dict[str, list[tuple[date, int]]] = {}
        for kind, day, count in connection.execute(
            select(Activity.kind, Activity.activity_date, func.count())
            .where(*terms)
            .group_by(Activity.kind, Activity.activity_date)
        ):
            counts.setdefault(str(kind), []).append((day, int(count)))
        kinds = sorted(counts, key=lambda key: (collation_key(ActivityKind(key).label), key))
        if descending:
            kinds.reverse()
        return [
            (kind, day, count)
            for kind in kinds
            for day, count in sorted(counts[kind], reverse=True)
        ]
    teams = {
        str(team_id): int(count)
        for team_id, count in connection.execute(
            select(Activity.team_id, func.count()).where(*terms).group_by(Activity.team_id)
        )
    }
    names = {
        team_id: (collation_key(commune_name), collation_key(team_name))
        for team_id, team_name, commune_name in connection.execute(
            select(Team.id, Team.name, Commune.name)
            .join(Commune, Commune.id == Team.commune_id)
            .where(Team.id.in_(list(teams)))
        )
    }
    ordered = sorted(teams, key=lambda key: (names.get(key, ("", "")), key))
    if descending:
        ordered.reverse()
    return [(team_id, None, teams[team_id]) for team_id in ordered]


def page_ids(
    connection: Connection,
    query: ActivityQuery,
    commune_id: str | None,
    buckets: Sequence[Bucket],
    offset: int,
    limit: int,
) -> list[str]:
    """Ids of rows ``offset`` … ``offset + limit - 1`` of the list.

    The page starts on the day (of the group) that holds row ``offset``: the query starts
    there, in index order, and skips only the rows of that day before it, so the last page
    costs what the first does.
    """
    group_column = {ActivitySort.TEAM: Activity.team_id, ActivitySort.KIND: Activity.kind}.get(
        query.sort
    )
    newest_first = query.descending or query.sort is not ActivitySort.DATE
    order = (
        (Activity.activity_date.desc(), Activity.id.desc())
        if newest_first
        else (Activity.activity_date.asc(), Activity.id.asc())
    )
    ids: list[str] = []
    seen = 0
    index = 0
    # The bucket holding row ``offset``.
    while index < len(buckets) and seen + buckets[index][2] <= offset:
        seen += buckets[index][2]
        index += 1
    skip = offset - seen
    while index < len(buckets) and len(ids) < limit:
        group, day, _count = buckets[index]
        first, last = query.first_day, query.last_day
        if day is not None:
            # The bucket's day lies within the query's days: it is the tighter bound.
            first, last = (first, day) if newest_first else (day, last)
        where = live_activity_conditions(query, commune_id, (first, last))
        if group_column is not None:
            where.append(group_column == group)
        rows = connection.execute(
            select(Activity.id).where(*where).order_by(*order).limit(limit - len(ids)).offset(skip)
        )
        ids += [row[0] for row in rows]
        skip = 0
        # The query ran to the end of its group (or of the list): go on with the next group.
        index += 1
        while index < len(buckets) and buckets[index][0] == group:
            index += 1
    return ids


def activity_rows(connection: Connection, ids: Sequence[str]) -> list[ActivityRow]:
    """The list lines of ``ids``, in that order (names resolved, participants counted)."""
    if not ids:
        return []
    found = {
        row.id: row
        for row in connection.execute(
            select(
                Activity.id,
                Activity.activity_date,
                Activity.commune_id,
                Activity.team_id,
                Activity.village_id,
                Activity.kind,
                Activity.pillar,
                Activity.skill,
                Activity.platform_id,
                Activity.title,
                Activity.location,
                Activity.people_reached,
                Activity.households_reached,
                Activity.notes,
            ).where(Activity.id.in_(list(ids)))
        )
    }
    rows = list(found.values())
    names = _names(
        connection,
        communes={row.commune_id for row in rows},
        teams={row.team_id for row in rows},
        villages={row.village_id for row in rows if row.village_id},
        platforms={row.platform_id for row in rows if row.platform_id},
    )
    participants = _counts(connection, ActivityParticipant, ids)
    results = _counts(connection, ActivityResult, ids)
    lines = []
    for activity_id in ids:
        row = found.get(activity_id)
        if row is None:
            continue
        lines.append(
            ActivityRow(
                id=row.id,
                activity_date=row.activity_date,
                commune_id=row.commune_id,
                commune_name=names["commune"].get(row.commune_id, ""),
                team_id=row.team_id,
                team_name=names["team"].get(row.team_id, ""),
                village_id=row.village_id,
                village_name=names["village"].get(row.village_id or "", ""),
                kind=row.kind,
                pillar=row.pillar,
                skill=row.skill,
                platform_id=row.platform_id,
                platform_name=names["platform"].get(row.platform_id or "", ""),
                title=row.title,
                location=row.location,
                people_reached=row.people_reached,
                households_reached=row.households_reached,
                notes=row.notes,
                participant_count=participants.get(row.id, 0),
                result_count=results.get(row.id, 0),
            )
        )
    return lines


def _names(
    connection: Connection,
    *,
    communes: Iterable[str],
    teams: Iterable[str],
    villages: Iterable[str],
    platforms: Iterable[str],
) -> dict[str, dict[str, str]]:
    tables: tuple[tuple[str, Any, Iterable[str]], ...] = (
        ("commune", Commune, communes),
        ("team", Team, teams),
        ("village", Village, villages),
        ("platform", PlatformService, platforms),
    )
    names: dict[str, dict[str, str]] = {}
    for key, model, wanted in tables:
        wanted_ids = list(set(wanted))
        names[key] = (
            {
                row[0]: row[1]
                for row in connection.execute(
                    select(model.id, model.name).where(model.id.in_(wanted_ids))
                )
            }
            if wanted_ids
            else {}
        )
    return names


def _counts(connection: Connection, model: Any, ids: Sequence[str]) -> dict[str, int]:
    return {
        activity_id: int(count)
        for activity_id, count in connection.execute(
            select(model.activity_id, func.count())
            .where(model.activity_id.in_(list(ids)), model.deleted_at.is_(None))
            .group_by(model.activity_id)
        )
    }


# --- One activity --------------------------------------------------------------------------


def activity_record(session: Session, activity_id: str) -> ActivityRecord | None:
    connection = session.connection()
    rows = activity_rows(connection, [activity_id])
    if not rows:
        return None
    row = rows[0]
    stamps = connection.execute(
        select(Activity.created_at, Activity.updated_at, Activity.deleted_at).where(
            Activity.id == activity_id
        )
    ).one()
    if stamps.deleted_at is not None:
        return None
    participants = tuple(
        ParticipantRecord(person_id, full_name)
        for person_id, full_name in connection.execute(
            select(Person.id, Person.full_name)
            .join(ActivityParticipant, ActivityParticipant.person_id == Person.id)
            .where(
                ActivityParticipant.activity_id == activity_id,
                ActivityParticipant.deleted_at.is_(None),
            )
            .order_by(ActivityParticipant.rev_seq)
        )
    )
    results = tuple(
        ResultRecord(indicator_id, code, name, unit, float(value))
        for indicator_id, code, name, unit, value in connection.execute(
            select(
                ActivityResult.indicator_id,
                Indicator.code,
                Indicator.name,
                Indicator.unit,
                ActivityResult.value,
            )
            .join(Indicator, Indicator.id == ActivityResult.indicator_id)
            .where(ActivityResult.activity_id == activity_id, ActivityResult.deleted_at.is_(None))
            .order_by(Indicator.sort_order, Indicator.code)
        )
    )
    return ActivityRecord(
        id=row.id,
        commune_id=row.commune_id,
        commune_name=row.commune_name,
        team_id=row.team_id,
        team_name=row.team_name,
        village_id=row.village_id,
        village_name=row.village_name,
        activity_date=row.activity_date,
        kind=row.kind,
        pillar=row.pillar,
        skill=row.skill,
        platform_id=row.platform_id,
        platform_name=row.platform_name,
        title=row.title,
        location=row.location,
        people_reached=row.people_reached,
        households_reached=row.households_reached,
        notes=row.notes,
        participants=participants,
        results=results,
        created_at=stamps.created_at,
        updated_at=stamps.updated_at,
    )


def last_entered_id(connection: Connection, commune_id: str) -> str | None:
    """The activity entered last: ids are UUIDv7, so the largest id is the newest row."""
    return connection.execute(
        select(Activity.id)
        .where(Activity.deleted_at.is_(None), Activity.commune_id == commune_id)
        .order_by(Activity.id.desc())
        .limit(1)
    ).scalar()


def used_texts(connection: Connection, commune_id: str, column: Any, recent: int) -> list[str]:
    """Distinct non-empty values of ``column`` among the latest ``recent`` activities, the
    most used first (then the most recent)."""
    latest = (
        select(column.label("text"), Activity.activity_date.label("day"))
        .where(Activity.deleted_at.is_(None), Activity.commune_id == commune_id, column != "")
        .order_by(Activity.activity_date.desc(), Activity.id.desc())
        .limit(recent)
        .subquery()
    )
    rows = connection.execute(
        select(latest.c.text)
        .group_by(latest.c.text)
        .order_by(func.count().desc(), func.max(latest.c.day).desc(), latest.c.text)
    )
    return [row[0] for row in rows]


# --- Facts for the entry rules -------------------------------------------------------------


def members_on(connection: Connection, team_id: str, day: date) -> list[tuple[str, str, Any]]:
    """(person id, name, role) of the team's members on ``day``."""
    return [
        (row[0], row[1], row[2])
        for row in connection.execute(
            select(Person.id, Person.full_name, Membership.role)
            .join(Membership, Membership.person_id == Person.id)
            .where(
                Membership.team_id == team_id,
                Membership.deleted_at.is_(None),
                or_(Membership.start_date.is_(None), Membership.start_date <= day),
                or_(Membership.end_date.is_(None), Membership.end_date > day),
                Person.deleted_at.is_(None),
            )
        )
    ]


def entry_facts(session: Session, data: ActivityInput, today: date) -> ActivityFacts:
    """What ``activity_rules.check_activity`` needs to know about ``data``."""
    connection = session.connection()
    team_row = connection.execute(
        select(Team.name, Team.founded_on, Team.dissolved_on, Team.status).where(
            Team.id == data.team_id, Team.deleted_at.is_(None)
        )
    ).first()
    team = (
        TeamFacts(
            name=team_row.name,
            founded_on=team_row.founded_on,
            dissolved_on=team_row.dissolved_on,
            dissolved=team_row.status is TeamStatus.DISSOLVED,
        )
        if team_row is not None
        else None
    )
    members: frozenset[str] = frozenset()
    if team is not None and isinstance(data.activity_date, date):
        members = frozenset(m[0] for m in members_on(connection, data.team_id, data.activity_date))
    people: dict[str, str] = {}
    if data.participant_ids:
        people = {
            row[0]: row[1]
            for row in connection.execute(
                select(Person.id, Person.full_name).where(
                    Person.id.in_(list(data.participant_ids)),
                    Person.deleted_at.is_(None),
                )
            )
        }
    indicators: dict[str, IndicatorFacts] = {}
    if data.results:
        indicators = {
            row.id: IndicatorFacts(row.name, row.unit, row.active)
            for row in connection.execute(
                select(Indicator.id, Indicator.name, Indicator.unit, Indicator.active).where(
                    Indicator.id.in_([r.indicator_id for r in data.results]),
                    Indicator.deleted_at.is_(None),
                )
            )
        }
    platform = None
    if data.platform_id is not None:
        found = connection.execute(
            select(PlatformService.name, PlatformService.active).where(
                PlatformService.id == data.platform_id, PlatformService.deleted_at.is_(None)
            )
        ).first()
        platform = PlatformFacts(found.name, found.active) if found is not None else None
    return ActivityFacts(
        team=team,
        members_on_date=members,
        people=people,
        indicators=indicators,
        platform=platform,
        today=today,
    )


def team_place(connection: Connection, team_id: str) -> tuple[str, str | None] | None:
    """(commune id, village id) of a live team."""
    row = connection.execute(
        select(Team.commune_id, Team.village_id).where(
            Team.id == team_id, Team.deleted_at.is_(None)
        )
    ).first()
    return None if row is None else (row[0], row[1])


def village_of_commune(connection: Connection, village_id: str, commune_id: str) -> bool:
    found = connection.execute(
        select(Village.id).where(
            and_(
                Village.id == village_id,
                Village.commune_id == commune_id,
                Village.deleted_at.is_(None),
            )
        )
    ).first()
    return found is not None


def live_children(session: Session, model: Any, activity_id: str) -> list[Any]:
    """The live participants or results of an activity, as ORM objects to change."""
    return list(
        session.scalars(
            select(model).where(model.activity_id == activity_id, model.deleted_at.is_(None))
        )
    )
