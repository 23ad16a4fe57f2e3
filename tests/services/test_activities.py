"""Activity log use cases on a real database: entry rules, edits, tombstones, the list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tcns_desktop.data.models import (
    Activity,
    ActivityParticipant,
    ActivityResult,
    AuditEntry,
    LocalSite,
)
from tcns_desktop.domain.activity_records import (
    ActivityInput,
    ActivityQuery,
    ActivitySort,
    ResultInput,
    TemplateInput,
)
from tcns_desktop.domain.enums import (
    ActivityKind,
    AuditAction,
    DigitalSkill,
    Pillar,
    SiteMode,
)
from tcns_desktop.domain.identifiers import uuid7_block
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.errors import NotFoundError, ValidationError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.activities import ActivityService, WarningsToConfirmError
from tcns_desktop.services.workspace import Workspace
from tests.services.activity_data import Made, Roster, build_roster, load_activities

TODAY = date(2026, 9, 15)


@pytest.fixture
def roster(workspace: Workspace) -> Roster:
    return build_roster(workspace)


@pytest.fixture
def service(workspace: Workspace) -> ActivityService:
    return ActivityService(workspace.sessions, today=lambda: TODAY)


def _indicator(workspace: Workspace, code: str) -> str:
    return next(i.id for i in workspace.indicators.catalogue() if i.code == code)


def _entry(roster: Roster, **changes: Any) -> ActivityInput:
    team_id, _village = roster.teams[0]
    base = ActivityInput(
        activity_date=date(2026, 9, 10),
        team_id=team_id,
        kind=ActivityKind.GUIDANCE,
        pillar=Pillar.DIGITAL_GOVERNMENT,
        skill=DigitalSkill.PUBLIC_SERVICES,
        title="  Hướng dẫn  kích hoạt VNeID ",
        location="Nhà văn hóa thôn Đông",
        people_reached=40,
        households_reached=25,
        participant_ids=tuple(roster.members[team_id]),
    )
    return replace(base, **changes)


# --- Entry ---------------------------------------------------------------------------------


def test_an_activity_is_saved_with_its_village_participants_and_results(
    workspace: Workspace, roster: Roster, service: ActivityService
) -> None:
    vneid = _indicator(workspace, "VNEID_ACTIVATED")
    saved = service.create(_entry(roster, results=(ResultInput(vneid, 30),)))
    activity = saved.activity
    assert saved.warnings == ()
    assert activity.title == "Hướng dẫn kích hoạt VNeID"
    assert activity.village_id == roster.teams[0][1]  # filled from the team
    assert activity.village_name == "Thôn Đông"
    assert activity.team_name == "Tổ CNSCĐ thôn Đông"
    assert [p.full_name for p in activity.participants] == ["Lê Văn Một", "Lê Thị Hai"]
    assert [(r.code, r.value) for r in activity.results] == [("VNEID_ACTIVATED", 30.0)]
    assert service.get(activity.id) == activity
    with workspace.sessions.begin() as session:
        stored = session.get(Activity, activity.id)
        assert stored is not None and stored.search_key == (
            "huong dan kich hoat vneid nha van hoa thon dong"
        )
        assert stored.rev_seq > 0
        audits = session.scalars(select(AuditEntry).where(AuditEntry.row_id == activity.id))
        assert [a.action for a in audits] == [AuditAction.INSERT]


def test_a_commune_team_may_name_the_village_it_worked_in(
    roster: Roster, service: ActivityService
) -> None:
    commune_team, _none = roster.teams[2]
    new_village = roster.villages[2]
    saved = service.create(
        _entry(roster, team_id=commune_team, village_id=new_village, participant_ids=())
    )
    assert saved.activity.village_name == "Bản Mới"
    with pytest.raises(ValidationError) as caught:
        service.create(_entry(roster, team_id=commune_team, village_id="elsewhere"))
    assert any("không thuộc xã này" in p for p in caught.value.problems)


def test_errors_block_and_name_every_problem(roster: Roster, service: ActivityService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(
            _entry(roster, people_reached=-1, activity_date=TODAY + timedelta(days=1), title="")
        )
    problems = caught.value.problems
    assert len(problems) == 3
    assert any("ở tương lai" in p for p in problems)
    assert any("không được âm" in p for p in problems)
    assert service.list_page(ActivityQuery()).total == 0


def test_warnings_need_a_confirmation(roster: Roster, service: ActivityService) -> None:
    other_team_member = roster.members[roster.teams[1][0]][0]
    entry = _entry(
        roster, people_reached=6000, households_reached=7000, participant_ids=(other_team_member,)
    )
    check = service.check(entry)
    assert check.ok and len(check.warnings) == 4
    with pytest.raises(WarningsToConfirmError) as caught:
        service.create(entry)
    assert caught.value.warnings == check.warnings
    assert service.list_page(ActivityQuery()).total == 0
    saved = service.create(entry, confirmed=True)
    assert saved.warnings == check.warnings
    assert service.list_page(ActivityQuery()).total == 1


def test_a_batch_is_saved_whole_or_not_at_all(roster: Roster, service: ActivityService) -> None:
    lines = [_entry(roster), _entry(roster, people_reached=-2), _entry(roster, title="")]
    with pytest.raises(ValidationError) as caught:
        service.create_many(lines)
    assert [p.split(":")[0] for p in caught.value.problems] == ["Dòng 2", "Dòng 3"]
    assert service.list_page(ActivityQuery()).total == 0
    lines = [_entry(roster), _entry(roster, households_reached=90)]
    with pytest.raises(WarningsToConfirmError) as warned:
        service.create_many(lines)
    assert warned.value.warnings[0].startswith("Dòng 2: Số hộ (90)")
    saved = service.create_many(lines, confirmed=True)
    assert [len(s.warnings) for s in saved] == [0, 1]
    assert service.list_page(ActivityQuery()).total == 2


def test_a_dissolved_team_takes_no_activity_after_its_dissolution(
    workspace: Workspace, roster: Roster, service: ActivityService
) -> None:
    team_id = roster.teams[1][0]
    workspace.roster.dissolve_team(team_id, date(2026, 9, 1))
    with pytest.raises(ValidationError, match="chưa hợp lệ") as caught:
        service.create(_entry(roster, team_id=team_id, participant_ids=()))
    assert "đã giải thể từ ngày 01/09/2026" in caught.value.problems[0]
    before = _entry(roster, team_id=team_id, activity_date=date(2026, 8, 20), participant_ids=())
    assert service.create(before).activity.team_id == team_id


def test_update_replaces_participants_and_results_keeping_history(
    workspace: Workspace, roster: Roster, service: ActivityService
) -> None:
    vneid = _indicator(workspace, "VNEID_ACTIVATED")
    dvc = _indicator(workspace, "DVC_DOSSIERS")
    first, second = roster.members[roster.teams[0][0]]
    saved = service.create(
        _entry(roster, results=(ResultInput(vneid, 30), ResultInput(dvc, 3)))
    ).activity
    changed = service.update(
        saved.id,
        saved.as_input(
            title="Hướng dẫn dịch vụ công",
            participant_ids=(second,),
            results=(ResultInput(vneid, 32),),
            people_reached=41,
        ),
    ).activity
    assert changed.id == saved.id and changed.title == "Hướng dẫn dịch vụ công"
    assert [p.person_id for p in changed.participants] == [second]
    assert [(r.code, r.value) for r in changed.results] == [("VNEID_ACTIVATED", 32.0)]
    with workspace.sessions.begin() as session:
        participants = session.scalars(
            select(ActivityParticipant).where(ActivityParticipant.activity_id == saved.id)
        ).all()
        assert {(p.person_id, p.deleted_at is None) for p in participants} == {
            (first, False),
            (second, True),
        }
        results = session.scalars(
            select(ActivityResult).where(ActivityResult.activity_id == saved.id)
        ).all()
        assert sorted((r.indicator_id == dvc, r.deleted_at is None) for r in results) == [
            (False, True),
            (True, False),
        ]


def test_delete_is_a_tombstone_with_its_participants_and_results(
    workspace: Workspace, roster: Roster, service: ActivityService
) -> None:
    vneid = _indicator(workspace, "VNEID_ACTIVATED")
    saved = service.create(_entry(roster, results=(ResultInput(vneid, 3),))).activity
    service.delete(saved.id)
    with pytest.raises(NotFoundError):
        service.get(saved.id)
    with pytest.raises(NotFoundError):
        service.delete(saved.id)
    assert service.list_page(ActivityQuery()).total == 0
    with workspace.sessions.begin() as session:
        stored = session.get(Activity, saved.id)
        assert stored is not None and stored.deleted_at is not None
        for model in (ActivityParticipant, ActivityResult):
            rows = session.scalars(select(model).where(model.activity_id == saved.id)).all()
            assert rows and all(row.deleted_at == stored.deleted_at for row in rows)
        audits = session.scalars(select(AuditEntry.action).where(AuditEntry.row_id == saved.id))
        assert list(audits) == [AuditAction.INSERT, AuditAction.DELETE]


def test_repeat_last_suggestions_and_the_team_members(
    roster: Roster, service: ActivityService
) -> None:
    assert service.last_entered() is None
    service.create(_entry(roster, title="Tuyên truyền Bình dân học vụ số", location="Chợ"))
    service.create(_entry(roster, location="Chợ"))
    last = service.create(_entry(roster, title="Tuyên truyền Bình dân học vụ số")).activity
    assert service.last_entered() == last
    repeated = last.as_input(activity_date=TODAY)
    assert repeated.title == last.title and repeated.team_id == last.team_id
    suggestions = service.suggestions()
    assert suggestions.titles == ("Tuyên truyền Bình dân học vụ số", "Hướng dẫn kích hoạt VNeID")
    assert suggestions.locations[0] == "Chợ"
    team_id = roster.teams[0][0]
    members = service.team_members(team_id, date(2026, 1, 1))
    assert [m.person_name for m in members] == ["Lê Thị Hai", "Lê Văn Một"]  # by given name
    assert service.team_members(team_id, date(1999, 1, 1)) == []


def test_templates_prefill_an_activity(
    workspace: Workspace, service: ActivityService, roster: Roster
) -> None:
    platform = service.platforms()[0]
    template = service.save_template(
        TemplateInput(
            name="Ngày Chủ nhật số",
            kind=ActivityKind.CAMPAIGN,
            pillar=Pillar.DIGITAL_SOCIETY,
            platform_id=platform.id,
            title="Ra quân Ngày Chủ nhật số",
            indicator_codes=("vneid activated", "PEOPLE_TRAINED"),
        )
    )
    assert template.platform_name == platform.name
    assert template.indicator_codes == ("VNEID_ACTIVATED", "PEOPLE_TRAINED")
    assert len(template.indicator_ids) == 2
    with pytest.raises(ValidationError) as caught:
        service.save_template(
            TemplateInput(
                "ngay chu nhat so",
                ActivityKind.CAMPAIGN,
                Pillar.DIGITAL_SOCIETY,
                indicator_codes=("NOPE",),
            )
        )
    assert len(caught.value.problems) == 2
    entry = template.to_input(date(2026, 9, 6), roster.teams[0][0])
    saved = service.create(replace(entry, people_reached=120)).activity
    assert (saved.kind, saved.title) == (ActivityKind.CAMPAIGN, "Ra quân Ngày Chủ nhật số")
    service.save_template(
        replace(TemplateInput("Ngày Chủ nhật số", ActivityKind.TRAINING, Pillar.DIGITAL_SOCIETY)),
        template.id,
    )
    assert [t.kind for t in service.templates()] == [ActivityKind.TRAINING]
    service.delete_template(template.id)
    assert service.templates() == []


def test_the_platform_pick_list(service: ActivityService, roster: Roster) -> None:
    seeded = service.platforms()
    assert seeded[0].name == "VNeID" and len(seeded) == 12
    added = service.add_platform("  Ứng dụng  Công dân số tỉnh ")
    assert added.name == "Ứng dụng Công dân số tỉnh" and added.sort_order == 13
    with pytest.raises(ValidationError, match="Đã có nền tảng"):
        service.add_platform("ung dung cong dan so tinh")
    renamed = service.rename_platform(added.id, "Hue-S")
    assert renamed.name == "Hue-S"
    service.set_platform_active(added.id, False)
    assert added.id not in {p.id for p in service.platforms()}
    assert added.id in {p.id for p in service.platforms(include_inactive=True)}
    check = service.check(_entry(roster, platform_id=added.id))
    assert check.ok and "đã ngừng dùng" in check.warnings[0]


def test_the_upper_level_reads_but_does_not_write(
    workspace: Workspace, roster: Roster, service: ActivityService
) -> None:
    saved = service.create(_entry(roster)).activity
    with workspace.sessions.begin() as session:
        site = session.get(LocalSite, 1)
        assert site is not None
        site.mode = SiteMode.HUB
        site.commune_id = None
    assert service.get(saved.id).id == saved.id
    assert service.list_page(ActivityQuery()).total == 1
    with pytest.raises(ValidationError, match="Cấp trên chỉ xem"):
        service.create(_entry(roster))
    with pytest.raises(ValidationError, match="Cấp trên chỉ xem"):
        service.delete(saved.id)


# --- The list ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, list[Made]]]:
    """A commune with 240 activities over 2025–2026, titles with and without accents."""
    paths = AppPaths.in_folder(tmp_path_factory.mktemp("list") / "data")
    workspace, _ = Workspace.open(paths, Preferences())
    roster = build_roster(workspace)
    titles = ("Hướng dẫn VNeID", "Tuyên truyền chuyển đổi số", "Đại sứ số kèm cặp", "Zalo thôn")
    made = []
    for number, activity_id in enumerate(uuid7_block(240)):
        team_id, village = roster.teams[number % 3]
        made.append(
            Made(
                id=activity_id,
                commune_id=roster.commune_id,
                team_id=team_id,
                village_id=village or (roster.villages[2] if number % 2 else None),
                day=date(2025, 1, 1) + timedelta(days=(number * 37) % 600),
                kind=list(ActivityKind)[number % 5],
                pillar=list(Pillar)[number % 3],
                skill=None if number % 6 == 0 else list(DigitalSkill)[number % 5],
                people=number,
                households=None,
                title=titles[number % 4],
            )
        )
    load_activities(workspace, made)
    yield workspace, made
    workspace.close()


def _expected(workspace: Workspace, made: list[Made], query: ActivityQuery) -> list[str]:
    team_names = {t.id: t.name for t in workspace.roster.teams()}
    first, last = query.first_day, query.last_day
    chosen = [
        m
        for m in made
        if (first is None or m.day >= first)
        and (last is None or m.day <= last)
        and (query.team_id is None or m.team_id == query.team_id)
        and (query.village_id is None or m.village_id == query.village_id)
        and (query.kind is None or m.kind is query.kind)
        and (query.pillar is None or m.pillar is query.pillar)
        and (query.skill is None or m.skill is query.skill)
        and all(word in _fold(m.title) for word in _fold(query.text).split())
    ]
    newest = sorted(chosen, key=lambda m: (m.day, m.id), reverse=True)
    if query.sort is ActivitySort.DATE:
        return [m.id for m in (newest if query.descending else newest[::-1])]
    if query.sort is ActivitySort.TEAM:
        group = {m.id: collation_key(team_names[m.team_id]) for m in made}
    else:
        group = {m.id: collation_key(m.kind.label) for m in made}
    groups = sorted({group[m.id] for m in newest}, reverse=query.descending)
    return [m.id for g in groups for m in newest if group[m.id] == g]


def _fold(text: str) -> str:
    from tcns_desktop.domain.vietnamese_text import fold_for_search

    return fold_for_search(text)


queries = st.builds(
    ActivityQuery,
    period=st.none() | st.sampled_from([Period.parse(k) for k in ("2025", "2026-Q1", "2025-07")]),
    date_from=st.none() | st.dates(date(2024, 12, 1), date(2026, 9, 1)),
    kind=st.none() | st.sampled_from(list(ActivityKind)),
    pillar=st.none() | st.sampled_from(list(Pillar)),
    skill=st.none() | st.sampled_from(list(DigitalSkill)),
    text=st.sampled_from(["", "vneid", "DAI SU", "số", "zalo thôn", "không có"]),
    sort=st.sampled_from(list(ActivitySort)),
    descending=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(query=queries, limit=st.integers(1, 70), start=st.integers(0, 260))
def test_pages_follow_the_filters_and_the_order(
    listed: tuple[Workspace, list[Made]], query: ActivityQuery, limit: int, start: int
) -> None:
    workspace, made = listed
    expected = _expected(workspace, made, query)
    service = workspace.activities
    page = service.list_page(query, start, limit)
    assert page.total == len(expected)
    assert [row.id for row in page.rows] == expected[start : start + limit]
    # Scrolling through every page gives the whole list once.
    seen = []
    for offset in range(0, page.total, 50):
        seen += [row.id for row in service.list_page(query, offset, 50).rows]
    assert seen == expected


def test_the_list_filters_by_team_village_indicator_and_person(
    workspace: Workspace, roster: Roster
) -> None:
    service = ActivityService(workspace.sessions, today=lambda: TODAY)
    vneid = _indicator(workspace, "VNEID_ACTIVATED")
    first = service.create(_entry(roster, results=(ResultInput(vneid, 5),))).activity
    west_team = roster.teams[1][0]
    second = service.create(
        _entry(roster, team_id=west_team, participant_ids=tuple(roster.members[west_team]))
    ).activity
    rows = service.list_page(ActivityQuery(indicator_id=vneid)).rows
    assert [r.id for r in rows] == [first.id]
    assert rows[0].result_count == 1 and rows[0].participant_count == 2
    person = roster.members[west_team][2]
    assert [r.id for r in service.list_page(ActivityQuery(person_id=person)).rows] == [second.id]
    village = roster.teams[1][1]
    assert [r.id for r in service.list_page(ActivityQuery(village_id=village)).rows] == [second.id]
    assert service.count(ActivityQuery(team_id=west_team)) == 1
    # A change is seen at once: the kept counts belong to the data as it was.
    service.delete(second.id)
    assert service.count(ActivityQuery(team_id=west_team)) == 0
    assert service.list_page(ActivityQuery(text="100%_x")).total == 0


def test_the_commune_filter_and_the_names_of_a_row(listed: tuple[Workspace, list[Made]]) -> None:
    workspace, made = listed
    page = workspace.activities.list_page(ActivityQuery(commune_id=made[0].commune_id), 0, 5)
    assert page.total == len(made)
    row = page.rows[0]
    newest = max(made, key=lambda m: (m.day, m.id))
    team_names = {t.id: t.name for t in workspace.roster.teams()}
    assert (row.id, row.activity_date) == (newest.id, newest.day)
    assert (row.commune_name, row.team_name) == ("Xã Tân Lập", team_names[newest.team_id])
    assert workspace.activities.list_page(ActivityQuery(commune_id="other")).total == 0
