"""Shared fixtures: offscreen Qt, a data folder per test, an open workspace."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from tcns_desktop.domain.enums import LeaderRole
from tcns_desktop.domain.records import CommuneSetup, LeaderInput, VillageInput
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.workspace import Workspace


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.in_folder(tmp_path / "data")


@pytest.fixture
def workspace(paths: AppPaths) -> Iterator[Workspace]:
    opened, _report = Workspace.open(paths, Preferences(clerk_name="Cán bộ kiểm thử"))
    yield opened
    opened.close()


def sample_setup(**changes: object) -> CommuneSetup:
    base = CommuneSetup(
        province_code="25",
        province_name="",
        commune_code="07951",
        commune_name="Xã Tân Lập",
        leaders=(
            LeaderInput("Nguyễn Văn Hùng", "", LeaderRole.CHAIR),
            LeaderInput("Trần Thị Mai", "", LeaderRole.VICE_CHAIR),
        ),
        villages=(VillageInput("Thôn Đông"), VillageInput("Thôn Tây"), VillageInput("Bản Mới")),
    )
    from dataclasses import replace

    return replace(base, **changes)
