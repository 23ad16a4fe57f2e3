"""The indicator catalogue: edits, and the catalogue file exchanged with the upper level."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tcns_desktop.domain.activity_records import CatalogueAction, IndicatorInput
from tcns_desktop.domain.catalogues import DEFAULT_INDICATORS
from tcns_desktop.domain.enums import Aggregation, Pillar
from tcns_desktop.errors import NotFoundError, ValidationError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.indicators import CatalogueFileError
from tcns_desktop.services.workspace import Workspace


def test_the_default_catalogue_is_seeded_in_order(workspace: Workspace) -> None:
    catalogue = workspace.indicators.catalogue()
    assert [i.code for i in catalogue] == [seed.code for seed in DEFAULT_INDICATORS]
    zalo = catalogue[-1]
    assert zalo.aggregation is Aggregation.LATEST and zalo.active


def test_add_rename_and_deactivate(workspace: Workspace) -> None:
    service = workspace.indicators
    added = service.add(
        IndicatorInput(
            "hue s accounts", "  Số tài khoản Hue-S ", "tài khoản", Pillar.DIGITAL_GOVERNMENT
        )
    )
    assert (added.code, added.name, added.sort_order) == (
        "HUE_S_ACCOUNTS",
        "Số tài khoản Hue-S",
        14,
    )
    with pytest.raises(ValidationError, match="Đã có chỉ tiêu mã HUE_S_ACCOUNTS"):
        service.add(IndicatorInput("HUE_S_ACCOUNTS", "Tên khác"))
    with pytest.raises(ValidationError, match="Đã có chỉ tiêu tên"):
        service.add(IndicatorInput("OTHER", "so tai khoan hue-s"))
    with pytest.raises(ValidationError) as caught:
        service.add(IndicatorInput("", ""))
    assert caught.value.problems == ["Chưa nhập mã chỉ tiêu.", "Chưa nhập tên chỉ tiêu."]
    renamed = service.rename(added.id, "Tài khoản Hue-S được kích hoạt")
    assert renamed.name == "Tài khoản Hue-S được kích hoạt" and renamed.code == added.code
    with pytest.raises(ValidationError, match="Không đổi được mã"):
        service.update(added.id, IndicatorInput("NEW_CODE", "Tên"))
    assert not service.set_active(added.id, False).active
    assert added.id not in {i.id for i in service.catalogue(include_inactive=False)}
    assert added.id in {i.id for i in service.catalogue()}
    with pytest.raises(NotFoundError):
        service.rename("missing", "X")


def _other_database(tmp_path: Path) -> Workspace:
    workspace, _ = Workspace.open(AppPaths.in_folder(tmp_path / "other"), Preferences())
    return workspace


def test_a_catalogue_exported_by_the_upper_level_imports_into_a_commune(
    workspace: Workspace, tmp_path: Path
) -> None:
    upper = workspace.indicators
    upper.add(IndicatorInput("SMART_CITIZEN", "Tài khoản công dân thông minh", "tài khoản"))
    vneid = next(i for i in upper.catalogue() if i.code == "VNEID_ACTIVATED")
    upper.rename(vneid.id, "Kích hoạt VNeID mức 2")
    zalo = next(i for i in upper.catalogue() if i.code == "ZALO_GROUP_HOUSEHOLDS")
    upper.set_active(zalo.id, False)
    path = upper.export_catalogue(tmp_path / "danh-muc")
    assert path.suffix == ".json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "tcns-indicator-catalogue" and document["version"] == 1
    assert len(document["indicators"]) == 14

    commune = _other_database(tmp_path)
    try:
        preview = commune.indicators.preview_import(path)
        assert (preview.count(CatalogueAction.ADD), preview.count(CatalogueAction.UPDATE)) == (1, 2)
        assert preview.count(CatalogueAction.UNCHANGED) == 12 - 1
        changes = {row.code: row.changes for row in preview.rows}
        assert changes["VNEID_ACTIVATED"] == ("tên",)
        assert changes["ZALO_GROUP_HOUSEHOLDS"] == ("trạng thái dùng",)
        before = commune.indicators.catalogue()
        assert before == commune.indicators.catalogue()  # the dry run wrote nothing
        result = commune.indicators.apply_import(path)
        assert (result.added, result.updated, result.rejected) == (1, 2, 0)
        imported = {(i.code, i.name, i.active) for i in commune.indicators.catalogue()}
        assert imported == {(i.code, i.name, i.active) for i in upper.catalogue()}
        again = commune.indicators.preview_import(path)
        assert again.count(CatalogueAction.UNCHANGED) == 14
    finally:
        commune.close()


def test_bad_rows_are_rejected_and_the_rest_imported(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(
        json.dumps(
            {
                "format": "tcns-indicator-catalogue",
                "version": 1,
                "indicators": [
                    {"code": "NEW_ONE", "name": "Chỉ tiêu mới", "pillar": "digital_economy"},
                    {"code": "BROKEN", "name": "", "pillar": "xyz"},
                    {
                        "code": "CLASH",
                        "name": "Số chữ ký số cá nhân được cấp",
                        "pillar": "digital_government",
                    },
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    preview = workspace.indicators.preview_import(path)
    rejected = {row.code: row.errors for row in preview.rejected}
    assert set(rejected) == {"BROKEN", "CLASH"}
    assert "Chưa nhập tên chỉ tiêu." in rejected["BROKEN"]
    assert rejected["CLASH"] == ("Tên chỉ tiêu trùng với chỉ tiêu mã DIGITAL_SIGNATURES.",)
    assert preview.rows[1].where == "Chỉ tiêu thứ 2 (BROKEN)"
    assert len(preview.not_in_file) == 13  # kept as they are
    result = workspace.indicators.apply_import(path)
    assert (result.added, result.rejected) == (1, 2)
    assert "NEW_ONE" in {i.code for i in workspace.indicators.catalogue()}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00garbage", "Không đọc được tệp"),
        (b"{}", "không phải danh mục chỉ tiêu"),
        (b'{"format": "tcns-indicator-catalogue", "version": 2}', "mới hơn"),
    ],
)
def test_unreadable_catalogue_files_are_a_usage_error(
    workspace: Workspace, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(CatalogueFileError, match=message) as caught:
        workspace.indicators.preview_import(path)
    assert caught.value.exit_code == 2
    with pytest.raises(CatalogueFileError, match="Không tìm thấy tệp"):
        workspace.indicators.apply_import(tmp_path / "missing.json")
