from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tcns_desktop.data.models import Person
from tcns_desktop.domain.enums import LeaderRole, VillageKind
from tcns_desktop.domain.records import LeaderInput
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.errors import ConfigError, ValidationError
from tcns_desktop.services.commune_config import EXAMPLE, read_setup_file
from tcns_desktop.services.workspace import Workspace
from tests.conftest import sample_setup


def test_setup_creates_the_profile_leaders_and_villages(workspace: Workspace) -> None:
    profile = workspace.commune.save_setup(sample_setup())
    assert profile.display_name == "Xã Tân Lập"
    assert profile.province_name == "Tỉnh Phú Thọ"
    assert profile.chair is not None and profile.chair.full_name == "Nguyễn Văn Hùng"
    assert [v.name for v in profile.villages] == ["Thôn Đông", "Thôn Tây", "Bản Mới"]
    assert workspace.commune.profile() == profile


def test_invalid_setup_is_refused_with_every_problem(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.commune.save_setup(sample_setup(commune_code="12", leaders=()))
    assert len(caught.value.problems) == 2
    assert workspace.commune.profile() is None


def test_editing_the_setup_updates_in_place_and_retires_removed_leaders(
    workspace: Workspace,
) -> None:
    first = workspace.commune.save_setup(sample_setup())
    second = workspace.commune.save_setup(
        sample_setup(
            commune_name="Xã Tân Lập Mới",
            leaders=(LeaderInput("Lê Văn Bình", "", LeaderRole.CHAIR),),
            villages=(),
        )
    )
    assert second.id == first.id
    assert second.commune_name == "Xã Tân Lập Mới"
    assert [ld.full_name for ld in second.leaders] == ["Lê Văn Bình"]
    assert len(second.villages) == 3  # villages are never dropped silently


def test_village_operations(workspace: Workspace) -> None:
    profile = workspace.commune.save_setup(sample_setup())
    east, west, new = profile.villages
    added = workspace.commune.add_village("  Tổ dân phố   số 1 ", VillageKind.TO_DAN_PHO)
    assert added.name == "Tổ dân phố số 1"
    with pytest.raises(ValidationError, match="Đã có thôn"):
        workspace.commune.add_village("thon dong", VillageKind.THON)
    with pytest.raises(ValidationError, match="trống"):
        workspace.commune.add_village("   ", VillageKind.THON)
    workspace.commune.update_village(west.id, "Thôn Tây Sơn", VillageKind.THON, "T02")
    workspace.commune.reorder_villages([added.id, new.id, west.id, east.id])
    names = [v.name for v in workspace.commune.profile().villages]
    assert names == ["Tổ dân phố số 1", "Bản Mới", "Thôn Tây Sơn", "Thôn Đông"]


def test_merging_a_village_keeps_it_and_moves_its_people(workspace: Workspace) -> None:
    profile = workspace.commune.save_setup(sample_setup())
    east, west, _ = profile.villages
    with workspace.sessions.begin() as session:
        session.add(
            Person(
                commune_id=profile.id,
                full_name="Hoàng Thị Lan",
                search_key=fold_for_search("Hoàng Thị Lan"),
                village_id=east.id,
            )
        )
    merged = workspace.commune.merge_villages(east.id, west.id, date(2025, 7, 1))
    assert not merged.active and merged.merged_into_id == west.id
    with workspace.sessions.begin() as session:
        person = session.scalars(select(Person)).one()
        assert person.village_id == west.id
    with pytest.raises(ValidationError):
        workspace.commune.merge_villages(west.id, east.id, date(2025, 7, 2))
    with pytest.raises(ValidationError):
        workspace.commune.merge_villages(west.id, west.id, date(2025, 7, 2))


def test_setup_file_example_is_valid_and_errors_are_plain(tmp_path: Path) -> None:
    good = tmp_path / "xa.toml"
    good.write_text(EXAMPLE, encoding="utf-8")
    setup = read_setup_file(good)
    assert setup.commune_code == "00004" and len(setup.villages) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[commune\nname = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="sai cú pháp"):
        read_setup_file(bad)
    with pytest.raises(ConfigError, match="Không tìm thấy"):
        read_setup_file(tmp_path / "none.toml")
    wrong_kind = tmp_path / "kind.toml"
    wrong_kind.write_text('[commune]\nkind = "huyen"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="không hợp lệ"):
        read_setup_file(wrong_kind)
