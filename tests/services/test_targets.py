"""Targets per indicator, period and scope: the grid's save, its checks, clearing."""

from __future__ import annotations

import pytest

from tcns_desktop.data.models import LocalSite
from tcns_desktop.domain.activity_records import TargetInput
from tcns_desktop.domain.enums import ScopeKind, SiteMode
from tcns_desktop.domain.periods import Period
from tcns_desktop.errors import ValidationError
from tcns_desktop.services.workspace import Workspace
from tests.services.activity_data import Roster, build_roster

Q3 = Period.parse("2026-Q3")


@pytest.fixture
def roster(workspace: Workspace) -> Roster:
    return build_roster(workspace)


def _ids(workspace: Workspace) -> dict[str, str]:
    return {i.code: i.id for i in workspace.indicators.catalogue()}


def test_the_grid_sets_changes_and_clears_targets(workspace: Workspace, roster: Roster) -> None:
    ids = _ids(workspace)
    east = roster.villages[0]
    team = roster.teams[1][0]
    saved = workspace.targets.save(
        Q3,
        [
            TargetInput(ids["VNEID_ACTIVATED"], ScopeKind.COMMUNE, None, 300),
            TargetInput(ids["VNEID_ACTIVATED"], ScopeKind.VILLAGE, east, 120),
            TargetInput(ids["DVC_DOSSIERS"], ScopeKind.TEAM, team, 40),
            TargetInput(ids["PEOPLE_TRAINED"], ScopeKind.COMMUNE, None, None),
        ],
    )
    assert (saved.added, saved.changed, saved.cleared, saved.unchanged) == (3, 0, 0, 0)
    assert [(t.indicator_code, t.scope_kind, t.scope_name, t.value) for t in saved.targets] == [
        ("VNEID_ACTIVATED", ScopeKind.COMMUNE, "Xã Tân Lập", 300),
        ("VNEID_ACTIVATED", ScopeKind.VILLAGE, "Thôn Đông", 120),
        ("DVC_DOSSIERS", ScopeKind.TEAM, "Tổ CNSCĐ thôn Tây", 40),
    ]
    again = workspace.targets.save(
        Q3,
        [
            TargetInput(ids["VNEID_ACTIVATED"], ScopeKind.COMMUNE, None, 350),
            TargetInput(ids["VNEID_ACTIVATED"], ScopeKind.VILLAGE, east, None),
            TargetInput(ids["DVC_DOSSIERS"], ScopeKind.TEAM, team, 40),
        ],
    )
    assert (again.added, again.changed, again.cleared, again.unchanged) == (0, 1, 1, 1)
    assert {(t.scope_kind, t.value) for t in workspace.targets.targets(Q3)} == {
        (ScopeKind.COMMUNE, 350),
        (ScopeKind.TEAM, 40),
    }
    # Another period keeps its own targets.
    assert workspace.targets.targets(Q3.next()) == []
    assert workspace.targets.clear(Q3, ScopeKind.TEAM) == 1
    assert [t.scope_kind for t in workspace.targets.targets(Q3)] == [ScopeKind.COMMUNE]


def test_a_grid_with_a_bad_cell_saves_nothing(workspace: Workspace, roster: Roster) -> None:
    ids = _ids(workspace)
    with pytest.raises(ValidationError, match="chưa lưu gì") as caught:
        workspace.targets.save(
            Q3,
            [
                TargetInput(ids["VNEID_ACTIVATED"], ScopeKind.COMMUNE, None, 10),
                TargetInput(ids["DVC_DOSSIERS"], ScopeKind.COMMUNE, None, -5),
                TargetInput(ids["DVC_DOSSIERS"], ScopeKind.VILLAGE, "nowhere", 5),
                TargetInput(ids["VNEID_ACTIVATED"], ScopeKind.COMMUNE, None, 11),
                TargetInput("missing", ScopeKind.COMMUNE, None, 1),
                TargetInput(
                    ids["PEOPLE_TRAINED"], ScopeKind.TEAM, roster.teams[0][0], float("inf")
                ),
            ],
        )
    problems = caught.value.problems
    assert len(problems) == 5
    assert any("không được âm" in p for p in problems)
    assert any("thôn đã chọn không thuộc xã này" in p for p in problems)
    assert any("được nhập hai lần" in p for p in problems)
    assert any("không còn trong danh mục" in p for p in problems)
    assert any("phải là một số" in p for p in problems)
    assert workspace.targets.targets(Q3) == []


def test_the_upper_level_reads_targets_but_does_not_set_them(
    workspace: Workspace, roster: Roster
) -> None:
    ids = _ids(workspace)
    workspace.targets.save(Q3, [TargetInput(ids["VNEID_ACTIVATED"], ScopeKind.COMMUNE, None, 9)])
    with workspace.sessions.begin() as session:
        site = session.get(LocalSite, 1)
        assert site is not None
        site.mode, site.commune_id = SiteMode.HUB, None
    assert [t.value for t in workspace.targets.targets(Q3)] == [9]
    assert workspace.targets.targets(Q3, commune_id="another") == []
    with pytest.raises(ValidationError, match="Cấp trên chỉ xem"):
        workspace.targets.save(Q3, [])
