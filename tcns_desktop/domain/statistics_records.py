"""The figures of a period and scope, as one frozen record, and its stable JSON form.

Every screen, report and consolidation reads these records (made by the statistics service
only), so the same figure is the same number everywhere. A figure nobody reported is None
("không có số liệu"), never 0: zero is a reported result, a blank is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tcns_desktop.domain.enums import Aggregation, Pillar, ScopeKind
from tcns_desktop.domain.number_format import format_number
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.translation_marks import QT_TRANSLATE_NOOP

NO_DATA = "không có số liệu"
COMMUNE_LEVEL_NAME = QT_TRANSLATE_NOOP("labels", "Cấp xã (không gắn thôn)")
NO_SKILL_LABEL = QT_TRANSLATE_NOOP("labels", "Không gắn kỹ năng số")


@dataclass(frozen=True)
class Scope:
    """What the figures cover: the whole commune (or, at the upper level, every commune),
    one village or one team."""

    kind: ScopeKind = ScopeKind.COMMUNE
    id: str | None = None

    @classmethod
    def village(cls, village_id: str) -> Scope:
        return cls(ScopeKind.VILLAGE, village_id)

    @classmethod
    def team(cls, team_id: str) -> Scope:
        return cls(ScopeKind.TEAM, team_id)


@dataclass(frozen=True)
class CommuneChoice:
    """A commune the figures can be computed for (the upper level's commune filter)."""

    id: str
    code: str
    name: str


@dataclass(frozen=True)
class ActivityTotals:
    """Activities and their reach; a reach nobody reported is None (not 0).

    ``people_reported``/``households_reported`` count the activities that gave the figure.
    """

    activities: int = 0
    people_reached: int | None = None
    households_reached: int | None = None
    people_reported: int = 0
    households_reported: int = 0


@dataclass(frozen=True)
class GroupFigures:
    """Activities of one pillar, skill group or kind; ``key`` is the stored value ("" for
    activities tied to no skill group)."""

    key: str
    label: str
    totals: ActivityTotals


@dataclass(frozen=True)
class VillageFigures:
    """A village (``id`` None: the commune level, for commune teams and activities tied to
    no village) with its teams and members at the period's end and its activities."""

    id: str | None
    name: str
    commune_id: str
    commune_name: str
    active_teams: int
    active_members: int
    totals: ActivityTotals
    last_activity_on: date | None


@dataclass(frozen=True)
class TeamFigures:
    """A team that existed during the period; ``active`` at the period's end."""

    id: str
    name: str
    commune_id: str
    commune_name: str
    village_id: str | None
    village_name: str
    active: bool
    active_members: int
    totals: ActivityTotals
    last_activity_on: date | None


@dataclass(frozen=True)
class IndicatorFigure:
    """An indicator's value over the period and scope, with its target.

    ``value`` follows the indicator's aggregation: SUM adds every reported value, MAX keeps
    the largest, LATEST takes each team's most recent value in the period and adds them up
    (a running total kept per team, such as the households in a village's Zalo group).
    None when nothing was reported. ``progress`` = value / target.
    """

    indicator_id: str
    code: str
    name: str
    unit: str
    pillar: Pillar
    aggregation: Aggregation
    active: bool
    value: float | None
    reports: int
    target: float | None
    progress: float | None


@dataclass(frozen=True)
class CommuneFigures:
    """One commune's headline figures, for the upper level's consolidation."""

    id: str
    code: str
    name: str
    active_teams: int
    active_members: int
    totals: ActivityTotals
    indicators: tuple[IndicatorFigure, ...]
    never_trained: int


@dataclass(frozen=True)
class TargetProgress:
    """Progress against one target of the period (at any scope: commune, village, team)."""

    target_id: str
    commune_id: str
    commune_name: str
    indicator_id: str
    indicator_code: str
    indicator_name: str
    unit: str
    scope_kind: ScopeKind
    scope_id: str | None
    scope_name: str
    target: float
    value: float | None
    progress: float | None


@dataclass(frozen=True)
class IdleUnit:
    """A village or an active team without activity in the last N days of the period.

    ``last_activity_on`` None: no activity on file at all up to the period's end.
    """

    kind: ScopeKind
    id: str
    name: str
    commune_name: str
    last_activity_on: date | None
    days_without: int | None


@dataclass(frozen=True)
class StatisticsRecord:
    """Every figure of one period and scope (see the module's docstring).

    Activities and indicator values are those dated in the period. Teams, members, idle
    units and training are taken on ``as_of``: ``active_members`` counts distinct people in
    the scope's active teams; ``never_trained`` (and its ids) those of them with no completed
    or passed course dated by then; ``trained_in_period`` the distinct members of the scope's
    teams during the period who completed a course dated in the period. ``villages`` lists
    the scope's villages (and the commune level, ``id`` None); ``communes`` is filled at the
    upper level when the figures cover every commune.
    """

    period: Period
    scope: Scope
    scope_name: str
    commune_id: str | None  # None: every commune of the upper level's database
    commune_name: str
    hub: bool
    as_of: date  # the day roster figures are taken on: the period's end, or today before it
    idle_days: int
    active_teams: int
    active_members: int
    totals: ActivityTotals
    by_pillar: tuple[GroupFigures, ...]
    by_skill: tuple[GroupFigures, ...]
    by_kind: tuple[GroupFigures, ...]
    indicators: tuple[IndicatorFigure, ...]
    targets: tuple[TargetProgress, ...]
    villages: tuple[VillageFigures, ...]
    teams: tuple[TeamFigures, ...]
    communes: tuple[CommuneFigures, ...]
    idle_villages: tuple[IdleUnit, ...]
    idle_teams: tuple[IdleUnit, ...]
    never_trained: int
    never_trained_ids: tuple[str, ...]
    trained_in_period: int

    def indicator(self, code: str) -> IndicatorFigure | None:
        return next((item for item in self.indicators if item.code == code), None)


def figure_text(value: float | None, unit: str = "") -> str:
    """A figure as a report prints it: "1.234 hồ sơ", or "không có số liệu"."""
    if value is None:
        return NO_DATA
    number = format_number(value)
    return f"{number} {unit}".strip()


# --- JSON form -----------------------------------------------------------------------------


def statistics_as_dict(record: StatisticsRecord) -> dict[str, Any]:
    """Plain JSON-ready values with stable keys (``tcns stats --json``, report snapshots)."""
    return {
        "period": {
            "key": record.period.key,
            "kind": record.period.kind.value,
            "label": record.period.label,
            "start": record.period.start.isoformat(),
            "end": record.period.end.isoformat(),
        },
        "scope": {
            "kind": record.scope.kind.value,
            "id": record.scope.id,
            "name": record.scope_name,
        },
        "commune_id": record.commune_id,
        "commune_name": record.commune_name,
        "hub": record.hub,
        "as_of": record.as_of.isoformat(),
        "idle_days": record.idle_days,
        "active_teams": record.active_teams,
        "active_members": record.active_members,
        "activities": _totals(record.totals),
        "by_pillar": [_group(g) for g in record.by_pillar],
        "by_skill": [_group(g) for g in record.by_skill],
        "by_kind": [_group(g) for g in record.by_kind],
        "indicators": [_indicator(i) for i in record.indicators],
        "targets": [_target(t) for t in record.targets],
        "villages": [_village(v) for v in record.villages],
        "teams": [_team(t) for t in record.teams],
        "communes": [_commune(c) for c in record.communes],
        "idle_villages": [_idle(u) for u in record.idle_villages],
        "idle_teams": [_idle(u) for u in record.idle_teams],
        "never_trained": record.never_trained,
        "never_trained_ids": list(record.never_trained_ids),
        "trained_in_period": record.trained_in_period,
    }


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _totals(totals: ActivityTotals) -> dict[str, Any]:
    return {
        "activities": totals.activities,
        "people_reached": totals.people_reached,
        "households_reached": totals.households_reached,
        "people_reported": totals.people_reported,
        "households_reported": totals.households_reported,
    }


def _group(group: GroupFigures) -> dict[str, Any]:
    return {"key": group.key, "label": group.label, **_totals(group.totals)}


def _indicator(item: IndicatorFigure) -> dict[str, Any]:
    return {
        "id": item.indicator_id,
        "code": item.code,
        "name": item.name,
        "unit": item.unit,
        "pillar": item.pillar.value,
        "aggregation": item.aggregation.value,
        "active": item.active,
        "value": item.value,
        "reports": item.reports,
        "target": item.target,
        "progress": item.progress,
    }


def _target(item: TargetProgress) -> dict[str, Any]:
    return {
        "id": item.target_id,
        "commune_id": item.commune_id,
        "commune_name": item.commune_name,
        "indicator_id": item.indicator_id,
        "indicator_code": item.indicator_code,
        "indicator_name": item.indicator_name,
        "unit": item.unit,
        "scope_kind": item.scope_kind.value,
        "scope_id": item.scope_id,
        "scope_name": item.scope_name,
        "target": item.target,
        "value": item.value,
        "progress": item.progress,
    }


def _village(item: VillageFigures) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "commune_id": item.commune_id,
        "commune_name": item.commune_name,
        "active_teams": item.active_teams,
        "active_members": item.active_members,
        **_totals(item.totals),
        "last_activity_on": _day(item.last_activity_on),
    }


def _team(item: TeamFigures) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "commune_id": item.commune_id,
        "commune_name": item.commune_name,
        "village_id": item.village_id,
        "village_name": item.village_name,
        "active": item.active,
        "active_members": item.active_members,
        **_totals(item.totals),
        "last_activity_on": _day(item.last_activity_on),
    }


def _commune(item: CommuneFigures) -> dict[str, Any]:
    return {
        "id": item.id,
        "code": item.code,
        "name": item.name,
        "active_teams": item.active_teams,
        "active_members": item.active_members,
        **_totals(item.totals),
        "indicators": [_indicator(i) for i in item.indicators],
        "never_trained": item.never_trained,
    }


def _idle(item: IdleUnit) -> dict[str, Any]:
    return {
        "kind": item.kind.value,
        "id": item.id,
        "name": item.name,
        "commune_name": item.commune_name,
        "last_activity_on": _day(item.last_activity_on),
        "days_without": item.days_without,
    }
