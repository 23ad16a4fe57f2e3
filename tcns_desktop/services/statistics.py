"""The one aggregation service: every figure of a period and scope, for every reader.

The dashboard, the periodic reports and the upper level's consolidation all use it, so the
same figure is the same number everywhere.

SQLite computes the figures (``data.statistics_repository``: GROUP BY and COUNT DISTINCT
over indexes); this service rolls the grouped rows (one per team and village, never one per
activity) up into the commune's, villages', teams' and communes' figures, and attaches the
targets. Roster figures (teams, members, training, idle units) are taken as of the period's
end, or today while the period is still running.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data import statistics_repository as sql
from tcns_desktop.data.statistics_repository import FigureScope
from tcns_desktop.domain.enums import ActivityKind, Aggregation, DigitalSkill, Pillar, ScopeKind
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.statistics_records import (
    COMMUNE_LEVEL_NAME,
    NO_SKILL_LABEL,
    ActivityTotals,
    CommuneChoice,
    CommuneFigures,
    GroupFigures,
    IdleUnit,
    IndicatorFigure,
    Scope,
    StatisticsRecord,
    TargetProgress,
    TeamFigures,
    VillageFigures,
)
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.errors import NotFoundError, ValidationError
from tcns_desktop.services.commune_scope import readable_scope

DEFAULT_IDLE_DAYS = 30

# Roll-up keys: the whole scope, one commune, one village of a commune (None: the commune
# level), one team.
_ALL: tuple[str | None, ...] = ()


def _commune_key(commune_id: str) -> tuple[str | None, ...]:
    return ("commune", commune_id)


def _village_key(commune_id: str, village_id: str | None) -> tuple[str | None, ...]:
    return ("village", commune_id, village_id)


def _team_key(team_id: str) -> tuple[str | None, ...]:
    return ("team", team_id)


def _place_key(village_id: str) -> tuple[str | None, ...]:
    """A village's key for indicator values (reach keys also carry the commune, for the
    commune level's None village)."""
    return ("place", village_id)


@dataclass
class _Reach:
    activities: int = 0
    people: int = 0
    households: int = 0
    people_reported: int = 0
    households_reported: int = 0

    def add(self, activities: int, people: Any, households: Any, p_n: int, h_n: int) -> None:
        self.activities += int(activities)
        self.people += int(people or 0)
        self.households += int(households or 0)
        self.people_reported += int(p_n)
        self.households_reported += int(h_n)

    def totals(self) -> ActivityTotals:
        return ActivityTotals(
            activities=self.activities,
            people_reached=self.people if self.people_reported else None,
            households_reached=self.households if self.households_reported else None,
            people_reported=self.people_reported,
            households_reported=self.households_reported,
        )


@dataclass
class _Values:
    """One indicator's reported values under one roll-up key."""

    reports: int = 0
    total: float = 0.0
    maximum: float | None = None
    latest: float | None = None

    def value(self, aggregation: Aggregation) -> float | None:
        if not self.reports:
            return None
        if aggregation is Aggregation.MAX:
            return self.maximum
        if aggregation is Aggregation.LATEST:
            return self.latest
        return self.total


@dataclass
class _Rolled:
    """The grouped rows rolled up by key."""

    reach: dict[tuple[str | None, ...], _Reach] = field(default_factory=lambda: defaultdict(_Reach))
    values: dict[tuple[str, tuple[str | None, ...]], _Values] = field(
        default_factory=lambda: defaultdict(_Values)
    )


class StatisticsService:
    def __init__(
        self, sessions: sessionmaker[Session], today: Callable[[], date] = date.today
    ) -> None:
        self._sessions = sessions
        self._today = today

    def compute(
        self,
        period: Period,
        scope: Scope | None = None,
        commune_id: str | None = None,
        *,
        idle_days: int = DEFAULT_IDLE_DAYS,
    ) -> StatisticsRecord:
        """Every figure of ``period`` for ``scope`` (default: the whole commune).

        At the upper level, ``commune_id`` None covers every commune (and breaks the figures
        down by commune); a commune's database always works on its own commune.
        """
        if idle_days < 1:
            raise ValidationError("Số ngày không hoạt động phải từ 1 trở lên.")
        scope = scope or Scope()
        with self._sessions.begin() as session:
            return _Computation(session, period, self._today()).run(scope, commune_id, idle_days)

    def communes(self) -> list[CommuneChoice]:
        """The communes the figures can cover: the own one, or each at the upper level."""
        with self._sessions.begin() as session:
            rows = sql.communes(session.connection(), readable_scope(session))
        return [CommuneChoice(*row) for row in rows]

    def commune_id_of(self, code: str) -> str:
        """The id of the commune with this 5-digit code (``tcns stats --commune``)."""
        wanted = code.strip()
        for commune in self.communes():
            if commune.code == wanted:
                return commune.id
        raise NotFoundError(f"Không có xã mã \u201c{wanted}\u201d trong dữ liệu.")


class _Computation:
    """One ``compute`` call: the queries of one transaction, then the roll-ups."""

    def __init__(self, session: Session, period: Period, today: date) -> None:
        self.session = session
        self.connection = session.connection()
        self.period = period
        self.as_of = min(period.end, today)

    def run(self, scope: Scope, commune_id: str | None, idle_days: int) -> StatisticsRecord:
        own = readable_scope(self.session)
        hub = own is None
        if own is not None and commune_id not in (None, own):
            raise ValidationError("Cơ sở dữ liệu của xã chỉ có số liệu của xã mình.")
        figure_scope, scope_name = self._resolve(scope, own or commune_id)
        communes = {
            row[0]: (row[1], row[2])
            for row in sql.communes(self.connection, figure_scope.commune_id)
        }
        if figure_scope.commune_id is not None and figure_scope.commune_id not in communes:
            raise NotFoundError("Không tìm thấy xã đã chọn.")
        commune_name = communes[figure_scope.commune_id][1] if figure_scope.commune_id else ""
        if scope.kind is ScopeKind.COMMUNE:
            scope_name = commune_name or f"Toàn bộ {len(communes)} xã, phường, đặc khu"

        period, conn = self.period, self.connection
        terms = sql.activity_terms(figure_scope, period.start, period.end)
        catalogue = sql.indicators(conn)
        team_rows = sql.teams(conn, figure_scope, self.as_of)
        target_rows = sql.targets(conn, figure_scope.commune_id, period.kind, period.key)
        place_rows = sql.reach_by_place(conn, terms)
        team_commune = {row[0]: row[2] for row in team_rows}
        team_commune.update(
            sql.team_communes(conn, [row[0] for row in place_rows if row[0] not in team_commune])
        )
        rolled = _Rolled()
        self._roll_reach(rolled, place_rows, team_commune)
        self._roll_values(rolled, terms, catalogue, target_rows)
        categories = sql.reach_by_category(conn, terms)

        members = sql.member_counts(conn, figure_scope, self.as_of)
        last_by_team = sql.last_activity_by_team(conn, figure_scope, self.as_of)
        village_rows = sql.villages(conn, figure_scope)
        last_by_village = sql.last_activity_by_village(
            conn, [row[0] for row in village_rows], self.as_of
        )
        untrained = sql.never_trained(conn, figure_scope, self.as_of)
        trained = sql.trained_in_period(conn, figure_scope, period.start, period.end)

        names = _Names(communes, team_rows, village_rows)
        names.villages.update(sql.village_names(conn, self._missing_villages(rolled, names)))
        targets = self._targets(target_rows, figure_scope, catalogue, rolled, names)
        main_target = self._main_targets(target_rows, scope, figure_scope)
        indicators = tuple(
            _indicator_figure(row, rolled.values.get((row[0], _ALL)), main_target.get(row[0]))
            for row in catalogue
        )
        teams = self._team_figures(team_rows, rolled, members, last_by_team, names)
        villages = self._village_figures(
            village_rows, team_rows, rolled, members, last_by_village, names
        )
        untrained_by_commune = Counter(commune for _, commune in untrained)
        communes_figures = (
            self._commune_figures(
                communes, team_rows, rolled, members, catalogue, target_rows, untrained_by_commune
            )
            if hub and figure_scope.commune_id is None
            else ()
        )
        return StatisticsRecord(
            period=period,
            scope=scope,
            scope_name=scope_name,
            commune_id=figure_scope.commune_id,
            commune_name=commune_name,
            hub=hub,
            as_of=self.as_of,
            idle_days=idle_days,
            active_teams=sum(1 for row in team_rows if row[6]),
            active_members=members.get(_ALL, 0),
            totals=rolled.reach[_ALL].totals() if _ALL in rolled.reach else ActivityTotals(),
            by_pillar=_by_category(categories, 0, list(Pillar), None),
            by_skill=_by_category(categories, 1, list(DigitalSkill), NO_SKILL_LABEL),
            by_kind=_by_category(categories, 2, list(ActivityKind), None),
            indicators=indicators,
            targets=targets,
            villages=villages,
            teams=teams,
            communes=communes_figures,
            idle_villages=self._idle_villages(village_rows, last_by_village, idle_days, names),
            idle_teams=self._idle_teams(team_rows, last_by_team, idle_days, names),
            never_trained=len(untrained),
            never_trained_ids=tuple(person for person, _ in untrained),
            trained_in_period=trained,
        )

    # --- scope ---------------------------------------------------------------------------

    def _resolve(self, scope: Scope, commune_id: str | None) -> tuple[FigureScope, str]:
        if scope.kind is ScopeKind.COMMUNE:
            if scope.id is not None and commune_id is not None and scope.id != commune_id:
                raise ValidationError("Phạm vi thống kê thuộc một xã khác.")
            return FigureScope(commune_id=scope.id or commune_id), ""
        if not scope.id:
            raise ValidationError(f"Chưa chọn {scope.kind.label.lower()} để thống kê.")
        place = sql.scope_place(self.connection, scope.kind, scope.id)
        if place is None or (commune_id is not None and place[1] != commune_id):
            raise NotFoundError(f"Không tìm thấy {scope.kind.label.lower()} đã chọn.")
        name, place_commune = place
        if scope.kind is ScopeKind.VILLAGE:
            return FigureScope(commune_id=place_commune, village_id=scope.id), name
        return FigureScope(commune_id=place_commune, team_id=scope.id), name

    # --- roll-ups ------------------------------------------------------------------------

    def _roll_reach(
        self,
        rolled: _Rolled,
        rows: Iterable[tuple[Any, ...]],
        team_commune: dict[str, str],
    ) -> None:
        for team_id, village_id, *reach in rows:
            commune_id = team_commune.get(team_id, "")
            for key in (
                _ALL,
                _commune_key(commune_id),
                _village_key(commune_id, village_id),
                _team_key(team_id),
            ):
                rolled.reach[key].add(*reach)

    def _roll_values(
        self,
        rolled: _Rolled,
        terms: list[Any],
        catalogue: list[tuple[Any, ...]],
        target_rows: list[tuple[Any, ...]],
    ) -> None:
        """Reported values by commune (and the whole scope); by village and team only for
        those with a target; each team's latest values for LATEST indicators."""
        conn = self.connection
        targeted = {
            kind: sorted({str(row[4]) for row in target_rows if row[3] is kind and row[4]})
            for kind in (ScopeKind.VILLAGE, ScopeKind.TEAM)
        }
        grouped: list[tuple[tuple[Any, ...], list[tuple[str | None, ...]]]] = []
        for indicator_id, commune_id, *figures in sql.indicator_groups(
            conn, terms, ScopeKind.COMMUNE
        ):
            grouped.append(((indicator_id, *figures), [_ALL, _commune_key(commune_id)]))
        for kind, key_of in ((ScopeKind.VILLAGE, _place_key), (ScopeKind.TEAM, _team_key)):
            for indicator_id, place_id, *figures in sql.indicator_groups(
                conn, terms, kind, targeted[kind]
            ):
                grouped.append(((indicator_id, *figures), [key_of(place_id)]))
        for (indicator_id, reports, total, maximum), keys in grouped:
            for key in keys:
                values = rolled.values[(indicator_id, key)]
                values.reports += int(reports)
                values.total += float(total or 0.0)
                if maximum is not None:
                    values.maximum = (
                        float(maximum) if values.maximum is None else max(values.maximum, maximum)
                    )
        latest_ids = [row[0] for row in catalogue if row[5] is Aggregation.LATEST]
        for (
            indicator_id,
            commune_id,
            team_id,
            village_id,
            value,
            of_team,
            of_place,
        ) in sql.latest_values(conn, terms, latest_ids):
            keys = []
            if of_team:
                keys += [_ALL, _commune_key(commune_id), _team_key(team_id)]
            if of_place and village_id is not None:
                keys.append(_place_key(village_id))
            for key in keys:
                values = rolled.values[(indicator_id, key)]
                values.latest = (values.latest or 0.0) + float(value)

    def _missing_villages(self, rolled: _Rolled, names: _Names) -> list[str]:
        """Villages that activities name but the scope's village list lacks (another
        commune's team worked there, or the village was deleted later)."""
        wanted = {key[2] for key in rolled.reach if key[:1] == ("village",) and key[2]}
        return [str(v) for v in wanted if v not in names.villages]

    # --- targets -------------------------------------------------------------------------

    def _main_targets(
        self, rows: list[tuple[Any, ...]], scope: Scope, figure_scope: FigureScope
    ) -> dict[str, float]:
        """Each indicator's target for the computed scope (the upper level's total over
        every commune adds up the communes' own targets)."""
        found: dict[str, float] = {}
        for _id, commune_id, indicator_id, scope_kind, scope_id, value in rows:
            if scope_kind is not scope.kind:
                continue
            if scope.kind is ScopeKind.COMMUNE:
                if figure_scope.commune_id not in (None, commune_id):
                    continue
            elif scope_id != scope.id:
                continue
            found[indicator_id] = found.get(indicator_id, 0.0) + float(value)
        return found

    def _targets(
        self,
        rows: list[tuple[Any, ...]],
        figure_scope: FigureScope,
        catalogue: list[tuple[Any, ...]],
        rolled: _Rolled,
        names: _Names,
    ) -> tuple[TargetProgress, ...]:
        indicators = {row[0]: row for row in catalogue}
        progress: list[tuple[Any, TargetProgress]] = []
        for target_id, commune_id, indicator_id, scope_kind, scope_id, value in rows:
            row = indicators.get(indicator_id)
            if row is None:
                continue
            if scope_kind is ScopeKind.COMMUNE:
                if figure_scope.village_id is not None or figure_scope.team_id is not None:
                    continue
                key, scope_name = _commune_key(commune_id), names.commune_name(commune_id)
            elif scope_kind is ScopeKind.VILLAGE:
                if figure_scope.team_id is not None or (
                    figure_scope.village_id not in (None, scope_id)
                ):
                    continue
                key, scope_name = _place_key(str(scope_id)), names.village_name(scope_id)
            else:
                if scope_id not in names.teams or (figure_scope.team_id not in (None, scope_id)):
                    continue
                key, scope_name = _team_key(str(scope_id)), names.team_name(scope_id)
            values = rolled.values.get((indicator_id, key))
            current = values.value(row[5]) if values else None
            progress.append(
                (
                    (
                        row[0],
                        _SCOPE_ORDER[scope_kind],
                        collation_key(names.commune_name(commune_id)),
                        collation_key(scope_name),
                    ),
                    TargetProgress(
                        target_id=target_id,
                        commune_id=commune_id,
                        commune_name=names.commune_name(commune_id),
                        indicator_id=indicator_id,
                        indicator_code=row[1],
                        indicator_name=row[2],
                        unit=row[3],
                        scope_kind=scope_kind,
                        scope_id=scope_id,
                        scope_name=scope_name,
                        target=float(value),
                        value=current,
                        progress=_ratio(current, float(value)),
                    ),
                )
            )
        order = {row[0]: position for position, row in enumerate(catalogue)}
        progress.sort(key=lambda item: (order[item[0][0]], *item[0][1:]))
        return tuple(item for _, item in progress)

    # --- rows of the breakdowns ----------------------------------------------------------

    def _team_figures(
        self,
        team_rows: list[tuple[Any, ...]],
        rolled: _Rolled,
        members: dict[tuple[str | None, ...], int],
        last_by_team: dict[str, date],
        names: _Names,
    ) -> tuple[TeamFigures, ...]:
        start = self.period.start
        figures = []
        for team_id, name, commune_id, village_id, founded, dissolved, active in team_rows:
            reach = rolled.reach.get(_team_key(team_id))
            existed = (founded is None or founded <= self.period.end) and (
                dissolved is None or dissolved >= start
            )
            if not (existed or reach):
                continue
            figures.append(
                TeamFigures(
                    id=team_id,
                    name=name,
                    commune_id=commune_id,
                    commune_name=names.commune_name(commune_id),
                    village_id=village_id,
                    village_name=names.village_name(village_id),
                    active=bool(active),
                    active_members=members.get(_team_key(team_id), 0),
                    totals=reach.totals() if reach else ActivityTotals(),
                    last_activity_on=last_by_team.get(team_id),
                )
            )
        return tuple(
            sorted(
                figures,
                key=lambda t: (collation_key(t.commune_name), collation_key(t.name), t.id),
            )
        )

    def _village_figures(
        self,
        village_rows: list[tuple[Any, ...]],
        team_rows: list[tuple[Any, ...]],
        rolled: _Rolled,
        members: dict[tuple[str | None, ...], int],
        last_by_village: dict[str, date],
        names: _Names,
    ) -> tuple[VillageFigures, ...]:
        active_teams = Counter(
            _village_key(commune_id, village_id)
            for _id, _name, commune_id, village_id, _f, _d, active in team_rows
            if active
        )
        places: dict[tuple[str | None, ...], tuple[int, str | None]] = {}
        for position, (village_id, _name, commune_id, active, _order) in enumerate(village_rows):
            key = _village_key(commune_id, village_id)
            if active or key in rolled.reach or active_teams[key]:
                places[key] = (position, village_id)
        # The commune level of each commune, and villages outside the scope's list that
        # activities name, after the listed villages.
        extra = [
            key
            for key in list(rolled.reach) + list(active_teams)
            if key[:1] == ("village",) and key not in places
        ]
        for key in dict.fromkeys(extra):
            places[key] = (len(village_rows), key[2])
        figures = []
        for key, (position, village_id) in places.items():
            commune_id = str(key[1])
            reach = rolled.reach.get(key)
            figures.append(
                (
                    (
                        collation_key(names.commune_name(commune_id)),
                        village_id is None,
                        position,
                        collation_key(names.village_name(village_id)),
                    ),
                    VillageFigures(
                        id=village_id,
                        name=names.village_name(village_id) if village_id else COMMUNE_LEVEL_NAME,
                        commune_id=commune_id,
                        commune_name=names.commune_name(commune_id),
                        active_teams=active_teams[key],
                        active_members=members.get(key, 0),
                        totals=reach.totals() if reach else ActivityTotals(),
                        last_activity_on=last_by_village.get(village_id or ""),
                    ),
                )
            )
        figures.sort(key=lambda item: item[0])
        return tuple(item for _, item in figures)

    def _commune_figures(
        self,
        communes: dict[str, tuple[str, str]],
        team_rows: list[tuple[Any, ...]],
        rolled: _Rolled,
        members: dict[tuple[str | None, ...], int],
        catalogue: list[tuple[Any, ...]],
        target_rows: list[tuple[Any, ...]],
        untrained: Counter[str],
    ) -> tuple[CommuneFigures, ...]:
        active_teams = Counter(row[2] for row in team_rows if row[6])
        commune_targets = {
            (row[1], row[2]): float(row[5]) for row in target_rows if row[3] is ScopeKind.COMMUNE
        }
        figures = []
        for commune_id, (code, name) in communes.items():
            key = _commune_key(commune_id)
            reach = rolled.reach.get(key)
            figures.append(
                CommuneFigures(
                    id=commune_id,
                    code=code,
                    name=name,
                    active_teams=active_teams[commune_id],
                    active_members=members.get(key, 0),
                    totals=reach.totals() if reach else ActivityTotals(),
                    indicators=tuple(
                        _indicator_figure(
                            row,
                            rolled.values.get((row[0], key)),
                            commune_targets.get((commune_id, row[0])),
                        )
                        for row in catalogue
                    ),
                    never_trained=untrained[commune_id],
                )
            )
        return tuple(sorted(figures, key=lambda c: (collation_key(c.name), c.code)))

    # --- idle units ----------------------------------------------------------------------

    def _idle_villages(
        self,
        village_rows: list[tuple[Any, ...]],
        last_by_village: dict[str, date],
        idle_days: int,
        names: _Names,
    ) -> tuple[IdleUnit, ...]:
        units = [
            self._idle(
                ScopeKind.VILLAGE,
                village_id,
                name,
                names.commune_name(commune_id),
                last_by_village.get(village_id),
                idle_days,
            )
            for village_id, name, commune_id, active, _order in village_rows
            if active
        ]
        return _idle_sorted(unit for unit in units if unit is not None)

    def _idle_teams(
        self,
        team_rows: list[tuple[Any, ...]],
        last_by_team: dict[str, date],
        idle_days: int,
        names: _Names,
    ) -> tuple[IdleUnit, ...]:
        units = [
            self._idle(
                ScopeKind.TEAM,
                team_id,
                name,
                names.commune_name(commune_id),
                last_by_team.get(team_id),
                idle_days,
            )
            for team_id, name, commune_id, _village, _f, _d, active in team_rows
            if active
        ]
        return _idle_sorted(unit for unit in units if unit is not None)

    def _idle(
        self,
        kind: ScopeKind,
        unit_id: str,
        name: str,
        commune_name: str,
        last: date | None,
        idle_days: int,
    ) -> IdleUnit | None:
        """The unit if it had no activity in the ``idle_days`` days up to the as-of day."""
        days = None if last is None else (self.as_of - last).days
        if days is not None and days < idle_days:
            return None
        return IdleUnit(kind, unit_id, name, commune_name, last, days)


_SCOPE_ORDER = {ScopeKind.COMMUNE: 0, ScopeKind.VILLAGE: 1, ScopeKind.TEAM: 2}


class _Names:
    """Names of the communes, villages and teams the figures mention."""

    def __init__(
        self,
        communes: dict[str, tuple[str, str]],
        team_rows: list[tuple[Any, ...]],
        village_rows: list[tuple[Any, ...]],
    ) -> None:
        self.communes = {commune_id: name for commune_id, (_code, name) in communes.items()}
        self.teams: dict[str, str] = {row[0]: row[1] for row in team_rows}
        self.villages: dict[str, str] = {row[0]: row[1] for row in village_rows}

    def commune_name(self, commune_id: str | None) -> str:
        return self.communes.get(commune_id or "", "")

    def village_name(self, village_id: str | None) -> str:
        return self.villages.get(village_id or "", "")

    def team_name(self, team_id: str | None) -> str:
        return self.teams.get(team_id or "", "")


def _ratio(value: float | None, target: float | None) -> float | None:
    if value is None or target is None or target <= 0:
        return None
    return value / target


def _indicator_figure(
    row: tuple[Any, ...], values: _Values | None, target: float | None
) -> IndicatorFigure:
    indicator_id, code, name, unit, pillar, aggregation, active = row
    value = values.value(aggregation) if values else None
    return IndicatorFigure(
        indicator_id=indicator_id,
        code=code,
        name=name,
        unit=unit,
        pillar=pillar,
        aggregation=aggregation,
        active=bool(active),
        value=value,
        reports=values.reports if values else 0,
        target=target,
        progress=_ratio(value, target),
    )


def _by_category(
    rows: list[tuple[Any, ...]], column: int, members: list[Any], none_label: str | None
) -> tuple[GroupFigures, ...]:
    """One line per enum member (and one for "none" when ``none_label`` is given), in the
    enum's order; zero lines included, so every report lists the same groups."""
    reach: dict[Any, _Reach] = defaultdict(_Reach)
    for row in rows:
        reach[row[column]].add(*row[3:])
    keys: list[Any] = [*members, None] if none_label is not None else list(members)
    return tuple(
        GroupFigures(
            key="" if key is None else key.value,
            label=(none_label or "") if key is None else key.label,
            totals=reach[key].totals() if key in reach else ActivityTotals(),
        )
        for key in keys
    )


def _idle_sorted(units: Iterable[IdleUnit]) -> tuple[IdleUnit, ...]:
    """Longest without activity first (never first of all), then by name."""
    return tuple(
        sorted(
            units,
            key=lambda u: (
                u.days_without is not None,
                -(u.days_without or 0),
                collation_key(u.commune_name),
                collation_key(u.name),
            ),
        )
    )
