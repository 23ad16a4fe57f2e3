"""The aggregation service against sums computed independently, on generated activities."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tcns_desktop.data.models import (
    Commune,
    LocalSite,
    Membership,
    Person,
    Team,
    TrainingAttendance,
    TrainingCourse,
    Village,
)
from tcns_desktop.domain.activity_records import IndicatorInput, TargetInput
from tcns_desktop.domain.enums import (
    ActivityKind,
    Aggregation,
    CommuneKind,
    DigitalSkill,
    PeriodKind,
    Pillar,
    ScopeKind,
    SiteMode,
    TeamLevel,
    TrainingResult,
)
from tcns_desktop.domain.identifiers import uuid7_block
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.statistics_records import ActivityTotals, Scope, StatisticsRecord
from tcns_desktop.errors import NotFoundError, ValidationError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.statistics import StatisticsService
from tcns_desktop.services.workspace import Workspace
from tests.services.activity_data import Made, Roster, build_roster, load_activities

FAR_FUTURE = date(2100, 12, 31)


@dataclass
class World:
    workspace: Workspace
    roster: Roster
    indicators: dict[str, tuple[str, Aggregation]]  # code -> (id, aggregation)
    statistics: StatisticsService
    made: list[Made] = field(default_factory=list)
    years: Iterator[int] = field(default_factory=lambda: itertools.count(2001))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    paths = AppPaths.in_folder(tmp_path_factory.mktemp("statistics") / "data")
    workspace, _ = Workspace.open(paths, Preferences())
    roster = build_roster(workspace)
    catalogue = {item.code: item for item in workspace.indicators.catalogue()}
    dvc = catalogue["DVC_DOSSIERS"]
    workspace.indicators.update(
        dvc.id,
        IndicatorInput(dvc.code, dvc.name, dvc.unit, dvc.pillar, Aggregation.MAX),
    )
    picked = {
        code: (catalogue[code].id, aggregation)
        for code, aggregation in (
            ("VNEID_ACTIVATED", Aggregation.SUM),
            ("DVC_DOSSIERS", Aggregation.MAX),
            ("ZALO_GROUP_HOUSEHOLDS", Aggregation.LATEST),
        )
    }
    statistics = StatisticsService(workspace.sessions, today=lambda: FAR_FUTURE)
    yield World(workspace, roster, picked, statistics)
    workspace.close()


# --- Independent expectations --------------------------------------------------------------


def _totals(items: list[Made]) -> ActivityTotals:
    people = [m.people for m in items if m.people is not None]
    households = [m.households for m in items if m.households is not None]
    return ActivityTotals(
        activities=len(items),
        people_reached=sum(people) if people else None,
        households_reached=sum(households) if households else None,
        people_reported=len(people),
        households_reported=len(households),
    )


def _indicator_value(
    items: list[Made], indicator_id: str, aggregation: Aggregation
) -> float | None:
    reported = [(m, value) for m in items for i, value in m.results if i == indicator_id]
    if not reported:
        return None
    if aggregation is Aggregation.SUM:
        return sum(value for _, value in reported)
    if aggregation is Aggregation.MAX:
        return max(value for _, value in reported)
    latest: dict[str, tuple[tuple[date, str], float]] = {}
    for made, value in reported:
        key = (made.day, made.id)
        if made.team_id not in latest or latest[made.team_id][0] < key:
            latest[made.team_id] = (key, value)
    return sum(value for _, value in latest.values())


def _check(record: StatisticsRecord, world: World, items: list[Made], period: Period) -> None:
    assert record.totals == _totals(items)
    for figures, attribute, members in (
        (record.by_pillar, "pillar", list(Pillar)),
        (record.by_kind, "kind", list(ActivityKind)),
        (record.by_skill, "skill", [*DigitalSkill, None]),
    ):
        assert [g.key for g in figures] == ["" if m is None else m.value for m in members]
        for group, member in zip(figures, members, strict=True):
            assert group.totals == _totals([m for m in items if getattr(m, attribute) == member])
    for code, (indicator_id, aggregation) in world.indicators.items():
        figure = record.indicator(code)
        assert figure is not None
        assert figure.value == _indicator_value(items, indicator_id, aggregation), code
        assert figure.reports == sum(1 for m in items for i, _ in m.results if i == indicator_id)


def _spec() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "team": st.integers(0, 2),
            "village": st.none() | st.integers(0, 2),
            "day": st.integers(0, 364),
            "kind": st.sampled_from(list(ActivityKind)),
            "pillar": st.sampled_from(list(Pillar)),
            "skill": st.none() | st.sampled_from(list(DigitalSkill)),
            "people": st.none() | st.integers(0, 800),
            "households": st.none() | st.integers(0, 300),
            "results": st.dictionaries(
                st.sampled_from(["VNEID_ACTIVATED", "DVC_DOSSIERS", "ZALO_GROUP_HOUSEHOLDS"]),
                st.integers(0, 800).map(lambda v: v / 2),
            ),
        }
    )


def _make(world: World, year: int, specs: list[dict[str, Any]]) -> list[Made]:
    made = []
    for activity_id, spec in zip(uuid7_block(len(specs)) if specs else [], specs, strict=True):
        team_id, team_village = world.roster.teams[int(spec["team"])]
        village = team_village
        if village is None and spec["village"] is not None:
            village = world.roster.villages[int(spec["village"])]
        results = spec["results"]
        assert isinstance(results, dict)
        made.append(
            Made(
                id=activity_id,
                commune_id=world.roster.commune_id,
                team_id=team_id,
                village_id=village,
                day=date(year, 1, 1) + timedelta(days=int(spec["day"])),
                kind=spec["kind"],
                pillar=spec["pillar"],
                skill=spec["skill"],
                people=spec["people"],
                households=spec["households"],
                title="Hoạt động thử",
                results=tuple(
                    (world.indicators[code][0], value) for code, value in results.items()
                ),
            )
        )
    return made


@settings(max_examples=40, deadline=None)
@given(specs=st.lists(_spec(), max_size=30), quarter=st.integers(1, 4))
def test_figures_equal_independent_sums(
    world: World, specs: list[dict[str, Any]], quarter: int
) -> None:
    year = next(world.years)
    made = _make(world, year, specs)
    load_activities(world.workspace, made)
    world.made += made
    roster = world.roster
    for period in (Period(year, PeriodKind.YEAR), Period(year, PeriodKind.QUARTER, quarter)):
        items = [m for m in world.made if period.contains(m.day)]
        record = world.statistics.compute(period)
        _check(record, world, items, period)
        # Breakdowns add up to the same activities, by team and by village.
        for team in record.teams:
            assert team.totals == _totals([m for m in items if m.team_id == team.id])
        for village in record.villages:
            assert village.totals == _totals([m for m in items if m.village_id == village.id])
        assert sum(v.totals.activities for v in record.villages) == len(items)
        # Idle teams: no activity (in any year so far) in the last 30 days of the period.
        for team_id, _village in roster.teams:
            days = [m.day for m in world.made if m.team_id == team_id and m.day <= period.end]
            idle = not days or (period.end - max(days)).days >= 30
            assert (team_id in {u.id for u in record.idle_teams}) is idle
        # A village's and a team's own figures are the same sums over their activities.
        east = roster.villages[0]
        by_village = world.statistics.compute(period, Scope.village(east))
        _check(by_village, world, [m for m in items if m.village_id == east], period)
        team_id = roster.teams[2][0]
        by_team = world.statistics.compute(period, Scope.team(team_id))
        _check(by_team, world, [m for m in items if m.team_id == team_id], period)


def test_targets_give_progress_at_every_scope(world: World) -> None:
    year = next(world.years)
    period = Period(year, PeriodKind.YEAR)
    roster = world.roster
    (east_team, east), (west_team, _west), _ = roster.teams
    vneid, _ = world.indicators["VNEID_ACTIVATED"]
    zalo, _ = world.indicators["ZALO_GROUP_HOUSEHOLDS"]
    dvc, _ = world.indicators["DVC_DOSSIERS"]
    base = dict(
        commune_id=roster.commune_id,
        kind=ActivityKind.GUIDANCE,
        pillar=Pillar.DIGITAL_GOVERNMENT,
        skill=None,
        people=10,
        households=None,
        title="Thử chỉ tiêu",
    )
    ids = uuid7_block(3)
    made = [
        Made(
            ids[0],
            team_id=east_team,
            village_id=east,
            day=date(year, 3, 1),
            results=((vneid, 30.0), (zalo, 100.0)),
            **base,
        ),
        Made(
            ids[1],
            team_id=east_team,
            village_id=east,
            day=date(year, 5, 1),
            results=((vneid, 20.0), (zalo, 120.0)),
            **base,
        ),
        Made(
            ids[2],
            team_id=west_team,
            village_id=roster.villages[1],
            day=date(year, 4, 1),
            results=((dvc, 7.0),),
            **base,
        ),
    ]
    load_activities(world.workspace, made)
    world.made += made
    world.workspace.targets.save(
        period,
        [
            TargetInput(vneid, ScopeKind.COMMUNE, None, 200),
            TargetInput(zalo, ScopeKind.VILLAGE, east, 150),
            TargetInput(dvc, ScopeKind.TEAM, west_team, 14),
            TargetInput(vneid, ScopeKind.TEAM, east_team, 0),
        ],
    )
    record = world.statistics.compute(period)
    figure = record.indicator("VNEID_ACTIVATED")
    assert figure is not None and (figure.value, figure.target, figure.progress) == (50, 200, 0.25)
    progress = {(t.indicator_id, t.scope_kind): t for t in record.targets}
    assert progress[(zalo, ScopeKind.VILLAGE)].value == 120  # the latest value
    assert progress[(zalo, ScopeKind.VILLAGE)].scope_name == "Thôn Đông"
    assert progress[(dvc, ScopeKind.TEAM)].progress == 0.5
    assert progress[(vneid, ScopeKind.TEAM)].progress is None  # a zero target has no ratio
    assert progress[(vneid, ScopeKind.TEAM)].value == 50
    village = world.statistics.compute(period, Scope.village(east))
    zalo_figure = village.indicator("ZALO_GROUP_HOUSEHOLDS")
    assert zalo_figure is not None and zalo_figure.target == 150 and zalo_figure.value == 120
    # A village's figures list its own targets and its teams', not the commune's.
    assert {(t.scope_kind, t.scope_id) for t in village.targets} == {
        (ScopeKind.VILLAGE, east),
        (ScopeKind.TEAM, east_team),
    }


def test_a_blank_is_not_zero(world: World) -> None:
    year = next(world.years)
    period = Period(year, PeriodKind.MONTH, 6)
    record = world.statistics.compute(period)
    assert record.totals == ActivityTotals()
    assert all(figure.value is None and figure.reports == 0 for figure in record.indicators)
    team_id, village = world.roster.teams[0]
    vneid, _ = world.indicators["VNEID_ACTIVATED"]
    made = Made(
        uuid7_block(1)[0],
        world.roster.commune_id,
        team_id,
        village,
        date(year, 6, 3),
        ActivityKind.GUIDANCE,
        Pillar.DIGITAL_GOVERNMENT,
        None,
        0,
        None,
        "Không ai đến",
        ((vneid, 0.0),),
    )
    load_activities(world.workspace, [made])
    world.made.append(made)
    record = world.statistics.compute(period)
    figure = record.indicator("VNEID_ACTIVATED")
    assert figure is not None and figure.value == 0 and figure.reports == 1
    assert record.totals.people_reached == 0 and record.totals.households_reached is None


# --- Roster figures ------------------------------------------------------------------------


def test_teams_members_and_training_at_the_period_end(workspace: Workspace) -> None:
    roster = _small_commune(workspace)
    statistics = StatisticsService(workspace.sessions, today=lambda: date(2026, 12, 31))
    record = statistics.compute(Period.parse("2026-Q2"))
    assert record.as_of == date(2026, 6, 30)
    # The west team was dissolved on 1/6: not active at the end of June, its members gone.
    assert record.active_teams == 2
    assert record.active_members == 4
    by_village = {v.name: (v.active_teams, v.active_members) for v in record.villages}
    assert by_village == {
        "Thôn Đông": (1, 3),
        "Thôn Tây": (0, 0),
        "Bản Mới": (0, 0),
        "Cấp xã (không gắn thôn)": (1, 2),
    }
    # A member trained before the end is trained; one trained in July is not yet.
    assert record.never_trained == 3
    assert roster["trained"] not in record.never_trained_ids
    assert record.trained_in_period == 1
    later = statistics.compute(Period.parse("2026-Q3"))
    assert later.never_trained == 2 and later.trained_in_period == 1
    # Every active team and every active village is idle: no activity at all.
    assert {u.name for u in record.idle_villages} == {"Thôn Đông", "Thôn Tây", "Bản Mới"}
    assert all(u.last_activity_on is None for u in record.idle_teams)
    earlier = statistics.compute(Period.parse("2026-Q1"))
    assert earlier.active_teams == 3


def _small_commune(workspace: Workspace) -> dict[str, str]:
    from tests.conftest import sample_setup

    profile = workspace.commune.save_setup(sample_setup())
    east, west, _new = profile.villages
    with workspace.sessions.begin() as session:
        teams = {
            "east": Team(
                commune_id=profile.id,
                level=TeamLevel.VILLAGE,
                village_id=east.id,
                name="Tổ thôn Đông",
                founded_on=date(2025, 1, 1),
            ),
            "west": Team(
                commune_id=profile.id,
                level=TeamLevel.VILLAGE,
                village_id=west.id,
                name="Tổ thôn Tây",
                founded_on=date(2025, 1, 1),
                dissolved_on=date(2026, 6, 1),
            ),
            "commune": Team(
                commune_id=profile.id,
                level=TeamLevel.COMMUNE,
                village_id=None,
                name="Tổ xã",
                founded_on=date(2025, 1, 1),
            ),
        }
        session.add_all(teams.values())
        people = {
            name: Person(commune_id=profile.id, full_name=name, search_key=name.lower())
            for name in ("A", "B", "C", "D", "E", "F")
        }
        session.add_all(people.values())
        session.flush()
        start = date(2025, 2, 1)
        for team, names, end in (
            ("east", "ABC", None),
            ("west", "DE", date(2026, 6, 1)),
            ("commune", "AF", None),
            ("east", "E", date(2026, 3, 1)),  # left before the quarter's end
        ):
            for name in names:
                session.add(
                    Membership(
                        team_id=teams[team].id,
                        person_id=people[name].id,
                        start_date=start,
                        end_date=end,
                    )
                )
        june = TrainingCourse(
            commune_id=profile.id,
            name="Tập huấn",
            start_date=date(2026, 5, 2),
            end_date=date(2026, 6, 20),
        )
        july = TrainingCourse(commune_id=profile.id, name="Khóa 2", start_date=date(2026, 7, 5))
        session.add_all([june, july])
        session.flush()
        session.add_all(
            [
                TrainingAttendance(course_id=june.id, person_id=people["A"].id),
                TrainingAttendance(course_id=july.id, person_id=people["B"].id),
                TrainingAttendance(
                    course_id=june.id, person_id=people["C"].id, result=TrainingResult.ABSENT
                ),
            ]
        )
        return {"trained": people["A"].id}


# --- The upper level -----------------------------------------------------------------------


def _hub(workspace: Workspace) -> dict[str, list[str]]:
    """Two communes in an upper-level database: a team and a member each."""
    made: dict[str, list[str]] = {}
    with workspace.sessions.begin() as session:
        site = session.get(LocalSite, 1)
        assert site is not None
        site.mode = SiteMode.HUB
        for code, name in (("00001", "An Bình"), ("00002", "Phường Hòa")):
            commune = Commune(
                code=code,
                name=name,
                kind=CommuneKind.XA,
                province_code="25",
                province_name="Tỉnh Phú Thọ",
            )
            session.add(commune)
            session.flush()
            village = Village(commune_id=commune.id, name="Thôn 1")
            session.add(village)
            session.flush()
            team = Team(
                commune_id=commune.id,
                level=TeamLevel.VILLAGE,
                village_id=village.id,
                name="Tổ thôn 1",
            )
            person = Person(commune_id=commune.id, full_name="Người " + code, search_key=code)
            session.add_all([team, person])
            session.flush()
            session.add(Membership(team_id=team.id, person_id=person.id))
            made[code] = [commune.id, village.id, team.id]
    return made


def test_the_upper_level_sums_every_commune_and_breaks_them_down(workspace: Workspace) -> None:
    hub = _hub(workspace)
    first, second = hub["00001"], hub["00002"]
    year = 2026
    ids = uuid7_block(3)
    common = dict(
        kind=ActivityKind.CAMPAIGN,
        pillar=Pillar.DIGITAL_SOCIETY,
        skill=None,
        households=None,
        title="Ra quân",
    )
    made = [
        Made(ids[0], first[0], first[2], first[1], date(year, 8, 1), people=10, **common),
        Made(ids[1], first[0], first[2], first[1], date(year, 8, 2), people=5, **common),
        Made(ids[2], second[0], second[2], second[1], date(year, 9, 9), people=None, **common),
    ]
    load_activities(workspace, made)
    statistics = StatisticsService(workspace.sessions, today=lambda: date(2026, 12, 31))
    record = statistics.compute(Period.parse("2026-Q3"))
    assert record.hub and record.commune_id is None
    assert record.scope_name == "Toàn bộ 2 xã, phường, đặc khu"
    assert (record.totals.activities, record.totals.people_reached) == (3, 15)
    assert record.active_teams == 2 and record.active_members == 2
    assert [(c.code, c.name, c.totals.activities) for c in record.communes] == [
        ("00001", "Xã An Bình", 2),
        ("00002", "Xã Phường Hòa", 1),
    ]
    assert record.communes[1].totals.people_reached is None
    one = statistics.compute(Period.parse("2026-Q3"), commune_id=statistics.commune_id_of("00002"))
    assert one.commune_name == "Xã Phường Hòa" and one.totals.activities == 1
    assert one.communes == ()
    with pytest.raises(NotFoundError, match="Không có xã mã"):
        statistics.commune_id_of("99999")


def test_a_commune_database_computes_only_its_own_commune(world: World) -> None:
    with pytest.raises(ValidationError, match="chỉ có số liệu của xã mình"):
        world.statistics.compute(Period.parse("2026"), commune_id="another")
    with pytest.raises(NotFoundError):
        world.statistics.compute(Period.parse("2026"), Scope.village("nowhere"))
    with pytest.raises(ValidationError, match="Số ngày"):
        world.statistics.compute(Period.parse("2026"), idle_days=0)


def test_figures_of_a_commune_not_set_up_are_refused(tmp_path: Path) -> None:
    workspace, _ = Workspace.open(AppPaths.in_folder(tmp_path / "d"), Preferences())
    try:
        with pytest.raises(NotFoundError, match="Chưa thiết lập"):
            workspace.statistics.compute(Period.parse("2026"))
    finally:
        workspace.close()


def test_figures_take_a_fixed_number_of_statements(world: World) -> None:
    """Grouped queries, no statement per team, village or activity."""
    from sqlalchemy import event

    statements: list[str] = []

    def remember(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    engine = world.workspace.engine
    event.listen(engine, "after_cursor_execute", remember)
    try:
        world.statistics.compute(Period.parse("2001"))
    finally:
        event.remove(engine, "after_cursor_execute", remember)
    assert 0 < len(statements) < 25
